"""Run the declared suites, and the cross-dataset integrity checks, on a set of dataset frames.

Great Expectations 1.x has no Polars backend: each frame is converted once, here, with Arrow-backed
pandas dtypes (plain `to_pandas()` would turn nullable ints into floats).
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from schemas import DATASETS
from schemas._spec import CRITICAL, polars_schema

INTEGRITY_SUFFIX = "_integrity"


@dataclass
class Failure:
    """One failed expectation: where, what, how badly, and a sample of what broke it."""

    dataset: str
    expectation: str
    column: str | None
    severity: str
    observed: str

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


@dataclass
class ValidationReport:
    """Outcome of validating every dataset; `ok` is False when any critical expectation failed."""

    evaluated: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(f.severity == CRITICAL for f in self.failures)

    def summary(self) -> dict[str, Any]:
        return {
            "success": self.ok,
            "expectations_evaluated": self.evaluated,
            "failed_critical": sum(f.severity == CRITICAL for f in self.failures),
            "failed_warning": sum(f.severity != CRITICAL for f in self.failures),
            "failures": [f.as_dict() for f in self.failures],
        }


def integrity_checks(frames: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Boolean columns, one per cross-dataset rule; every value must be True."""
    docs = frames["documents"].select("doc_id", pl.col("text").alias("_doc_text"), pl.col("n_chars").alias("_n"))
    sections = frames["sections"].select("section_id", "doc_id", "char_start", "char_end", "text")

    def sliced(frame: pl.DataFrame) -> pl.DataFrame:
        joined = frame.join(docs, on="doc_id", how="left")
        return joined.select(
            pl.col("_doc_text").is_not_null().alias("doc_id_in_documents"),
            (pl.col("char_end") <= pl.col("_n")).fill_null(False).alias("offsets_inside_text"),
            (
                pl.col("_doc_text").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start"))
                == pl.col("text")
            ).fill_null(False).alias("text_equals_document_slice"),
        )

    claims = frames["claims"]
    in_section = claims.join(
        sections.select("section_id", pl.col("char_start").alias("_s0"), pl.col("char_end").alias("_s1")),
        on="section_id",
        how="left",
    ).select(
        ((pl.col("char_start") >= pl.col("_s0")) & (pl.col("char_end") <= pl.col("_s1")))
        .fill_null(False).alias("claim_inside_its_section"),
    )  # fmt: skip
    return {
        "documents": frames["documents"].select(
            (pl.col("text").str.len_chars() == pl.col("n_chars")).alias("n_chars_equals_text_length")
        ),
        "sections": sliced(sections),
        "claims": pl.concat([sliced(claims), in_section], how="horizontal"),
    }


def _gx_context() -> Any:
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return context


def _run_suite(context: Any, name: str, frame: pl.DataFrame, suite: Any, report: ValidationReport) -> None:
    source = context.data_sources.add_pandas(f"{name}_source")
    batch_definition = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe(name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pdf = frame.to_pandas(use_pyarrow_extension_array=True)
        result = batch_definition.get_batch(batch_parameters={"dataframe": pdf}).validate(suite)
    for r in result.results:
        report.evaluated += 1
        if r.success:
            continue
        config = r.expectation_config
        observed = r.result.get("partial_unexpected_list") or r.result.get("observed_value") or r.exception_info
        report.failures.append(
            Failure(
                dataset=name,
                expectation=config.type,
                column=config.kwargs.get("column") or config.kwargs.get("column_A"),
                severity=(config.meta or {}).get("severity", CRITICAL),
                observed=str(observed)[:300],
            )
        )


def _integrity_suite(name: str, frame: pl.DataFrame) -> Any:
    import great_expectations as gx

    return gx.ExpectationSuite(
        name=f"{name}{INTEGRITY_SUFFIX}",
        expectations=[
            gx.expectations.ExpectColumnValuesToBeInSet(column=c, value_set=[True], meta={"severity": CRITICAL})
            for c in frame.columns
        ],
    )


def validate_datasets(frames: dict[str, pl.DataFrame]) -> ValidationReport:
    """Validate each dataset against its declared dtype schema and suite, then the integrity checks."""
    report = ValidationReport()
    for name, module in DATASETS.items():
        expected = polars_schema(module.COLUMNS)
        report.evaluated += 1
        if frames[name].schema != expected:
            got = {k: str(v) for k, v in frames[name].schema.items()}
            want = {k: str(v) for k, v in expected.items()}
            report.failures.append(Failure(name, "schema_matches_declaration", None, CRITICAL, f"{got} != {want}"))
            return report  # the suites below assume the declared columns
    context = _gx_context()
    for name, module in DATASETS.items():
        _run_suite(context, name, frames[name], module.SUITE, report)
    for name, checks in integrity_checks(frames).items():
        if checks.height:
            _run_suite(context, f"{name}{INTEGRITY_SUFFIX}", checks, _integrity_suite(name, checks), report)
    return report
