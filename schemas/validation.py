"""Run the declared suites and checks on a set of dataset frames, and write Data Docs.

Great Expectations 1.x has no Polars backend: each frame is converted once, here (see `_to_pandas`).
"""

from __future__ import annotations

import copy
import gc
import os
import shutil
import warnings
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import polars as pl

from reports import data_docs
from schemas import DATASETS
from schemas._spec import CRITICAL
from schemas.checks import FRAMES, check_frames, check_suite

DOCS_DIR = "_validation"
COLLECT_AFTER_BYTES = 16 << 20  # see _Runner.run
# What each expectation result holds: unexpected count and share, and a sample of up to 20 offending values (what
# the failure table and the Data Docs show). GX's default, SUMMARY, adds the sample's per-value counts and row
# indexes: extra metrics per expectation, a quarter to a third of a suite run (parts of 1,000 files, best of 4
# alternated runs: documents 0.55 -> 0.375 s, claims 0.41 -> 0.28 s, boilerplate 0.23 -> 0.18 s).
RESULT_FORMAT = "BASIC"
# The run name of the Data Docs when the caller names no run (the `curate validate` command).
DEFAULT_RUN_NAME = "curate validate"


@dataclass
class Failure:
    """One failed expectation: where, what, how badly, and a sample of what broke it."""

    dataset: str
    expectation: str
    column: str | None
    severity: str
    observed: str


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
            "failures": [asdict(f) for f in self.failures],
        }


def _schema_failure(name: str, frame: pl.DataFrame) -> Failure | None:
    """Exact dtypes (Int64, not Int32) and column order, which GX's value-type check cannot see."""
    module = DATASETS[name]
    if frame.schema == module.SCHEMA:
        return None
    got = {k: str(v) for k, v in frame.schema.items()}
    want = {k: str(v) for k, v in module.SCHEMA.items()}
    return Failure(name, "schema_matches_declaration", None, CRITICAL, f"{got} != {want}")


def _to_pandas(frame: pl.DataFrame) -> Any:
    """Arrow-backed pandas dtypes (plain `to_pandas()` would turn nullable ints into floats), except numeric
    columns without nulls, which get numpy dtypes: GX's between-check runs a Python call per value on any
    other dtype (claims of 11,000 files: 0.99 -> 0.78 s a suite run; boilerplate lines: 0.52 -> 0.33 s)."""
    pdf = frame.to_pandas(use_pyarrow_extension_array=True)
    for name, dtype in frame.schema.items():
        if dtype.is_numeric() and frame[name].null_count() == 0:
            pdf[name] = frame[name].to_numpy()
    return pdf


def _skip_data_fingerprint() -> None:
    """GX hashes every batch under 1 GB into a `pandas_data_fingerprint` batch marker, a metadata line of the Data
    Docs: a third of a 20,000-file run's validation time went to hashing Arrow-backed strings. The run's files
    are identified by their sha256 in the manifest instead. GX has no setting for it; its threshold is lowered."""
    from great_expectations.execution_engine import pandas_execution_engine

    pandas_execution_engine.HASH_THRESHOLD = 0


def _severity(result: Any) -> str:
    """An expectation result's severity, from its configuration's meta (critical unless declared otherwise)."""
    return (result.expectation_config.meta or {}).get("severity", CRITICAL)


class _Runner:
    """One ephemeral GX context. Each run stores its result; Data Docs are rendered once, at the end, from the
    stored results (a checkpoint's UpdateDataDocsAction re-rendered the site after every run: 2x the time)."""

    def __init__(self, docs_dir: Path | None, run_name: str) -> None:
        os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
        import great_expectations as gx
        from great_expectations.core.run_identifier import RunIdentifier
        from great_expectations.data_context.types.base import ProgressBarsConfig

        self.gx = gx
        _skip_data_fingerprint()
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
        self.docs_dir = docs_dir
        self.suites: dict[str, Any] = {}
        # One run identifier for every result, as a checkpoint gives its validations: the run's id, now.
        self.run_id = RunIdentifier(run_name=run_name, run_time=datetime.now(UTC))
        self.stored: dict[Any, tuple[str, Any]] = {}  # result key -> (data asset, result), in run order
        if docs_dir is not None:
            self.context.add_data_docs_site(
                site_name="curate",
                site_config={
                    "class_name": "SiteBuilder",
                    "show_how_to_buttons": False,  # GX's tutorial modal and edit-this-suite buttons
                    "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                    "site_section_builders": {"profiling": "None"},  # no profiler runs here
                    "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir.resolve())},
                },
            )

    def run(self, name: str, frame: pl.DataFrame, suite: Any, report: ValidationReport, *, label: str | None = None) -> None:
        """Validate `frame` against `suite`; `label` names this batch of the data (a part) in the Data Docs."""
        gx = self.gx
        dataset = name
        name = label or name
        batch_definition = (
            self.context.data_sources.add_pandas(name).add_dataframe_asset(name).add_batch_definition_whole_dataframe(name)
        )
        if suite.name not in self.suites:  # a fresh copy: a suite object belongs to the context it was added to
            self.suites[suite.name] = self.context.suites.add(
                gx.ExpectationSuite(name=suite.name, expectations=[copy.copy(e) for e in suite.expectations])
            )
        suite = self.suites[suite.name]
        definition = self.context.validation_definitions.add(gx.ValidationDefinition(data=batch_definition, suite=suite, name=name))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                pdf = _to_pandas(frame)
                validation = definition.run(
                    batch_parameters={"dataframe": pdf}, result_format=RESULT_FORMAT, run_id=self.run_id
                )
                del pdf
        finally:
            # The data source's execution engine keeps the batch's data (2-3x the frame) in reference cycles:
            # validating a 20,000-file run (64 MB groups), RSS peaked at 1,200 MB; deleted and collected, at
            # 990 MB, for 0.8 s more. The stored result is all Data Docs need. A collection costs 0.2-0.3 s (GX
            # makes many objects), so only big frames pay it: the 11 small runs of a seeds run do not need it.
            self.context.validation_definitions.delete(name)
            self.context.data_sources.delete(name)
            if frame.estimated_size() >= COLLECT_AFTER_BYTES:
                gc.collect()
        if self.docs_dir is not None:
            self._name_data_asset(name, validation)
        for r in validation.results:
            report.evaluated += 1
            if r.success:
                continue
            config = r.expectation_config
            observed = r.result.get("partial_unexpected_list") or r.result.get("observed_value")
            if observed is None and r.exception_info:
                observed = r.exception_info.get("exception_message")
            report.failures.append(
                Failure(
                    dataset=dataset,
                    expectation=config.type,
                    column=config.kwargs.get("column") or config.kwargs.get("column_A"),
                    severity=_severity(r),
                    observed=str(observed)[:300],
                )
            )

    def _name_data_asset(self, asset: str, validation: Any) -> None:
        """Store the result again with its data asset named: GX's result page reads the name from the batch spec,
        which a dataframe batch leaves without one ("Data asset: None")."""
        store = self.context.validation_results_store
        key = next(k for k in store.list_keys() if k not in self.stored)  # each run stores one result
        validation.meta["batch_spec"] = {**(validation.meta.get("batch_spec") or {}), "data_asset_name": asset}
        store.set(key, validation)
        self.stored[key] = (asset, validation)

    def build_docs(self) -> None:
        """Render the stored results, then make the site open offline with an index of every outcome."""
        if self.docs_dir is None:
            return
        self.context.build_data_docs(site_names=["curate"])
        site = self.docs_dir.resolve()
        pages = []
        for key, (asset, validation) in self.stored.items():
            url = self.context.get_docs_sites_urls(resource_identifier=key, site_name="curate")[0]["site_url"]
            failed = [r for r in validation.results if not r.success]
            pages.append(data_docs.ResultPage(
                data_asset=asset, suite=validation.suite_name, run_name=self.run_id.run_name,
                run_time=self.run_id.run_time.isoformat(timespec="seconds"), evaluated=len(validation.results),
                failed=len(failed), warnings=sum(_severity(r) != CRITICAL for r in failed),
                page=Path(unquote(urlparse(url).path)).relative_to(site).as_posix(),
            ))  # fmt: skip
        data_docs.make_offline(site, pages)


class Validator:
    """Validates a run dataset by dataset or part by part (GX has no Polars backend, and a run's datasets
    need not fit in memory together), then the cross-dataset checks on the concatenated check frames."""

    def __init__(self, docs_dir: Path | None, *, run_id: str | None = None) -> None:
        """`docs_dir`: where Data Docs are (re)built, if anywhere; `run_id`: their run name (the curate run's id)."""
        if docs_dir is not None and docs_dir.exists():
            shutil.rmtree(docs_dir)
        self.docs_dir = docs_dir
        self.report = ValidationReport()
        self._runner = _Runner(docs_dir, run_id or DEFAULT_RUN_NAME)
        self._checks: dict[str, list[pl.DataFrame]] = {name: [] for name in FRAMES}

    def dataset(self, name: str, frame: pl.DataFrame, *, part: str | None = None) -> bool:
        """Run the dataset's suite on `frame` (the dataset, or one `part` of it); False if its schema is wrong."""
        self.report.evaluated += 1
        failure = _schema_failure(name, frame)
        if failure is not None:
            self.report.failures.append(failure)
            return False  # the suite assumes the declared columns
        self._runner.run(name, frame, DATASETS[name].SUITE, self.report, label=f"{name}-{part}" if part else None)
        return True

    def add_checks(self, derived: dict[str, pl.DataFrame]) -> None:
        """Check frames of the whole run or of one batch of files (see schemas.checks.check_frames)."""
        for name in FRAMES:
            self._checks[name].append(derived[name])

    def finish(self) -> ValidationReport:
        for name in FRAMES:
            frame = pl.concat(self._checks[name]) if self._checks[name] else pl.DataFrame()
            if frame.height:
                self._runner.run(name, frame, check_suite(name), self.report)
        self._runner.build_docs()
        return self.report


def validate_datasets(
    frames: dict[str, pl.DataFrame], files: pl.DataFrame, *, docs_dir: Path | None = None, run_id: str | None = None
) -> ValidationReport:
    """Validate every dataset (declared dtypes, its suite) and the cross-dataset and distribution checks.

    `files` lists every input file (`source_path`, `status`). With `docs_dir`, Data Docs are (re)built there,
    under the run name `run_id` (default: DEFAULT_RUN_NAME).
    """
    validator = Validator(docs_dir, run_id=run_id)
    valid = [validator.dataset(name, frames[name]) for name in DATASETS]
    if all(valid):
        validator.add_checks(check_frames(frames, files))
    return validator.finish()
