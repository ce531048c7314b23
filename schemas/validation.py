"""Run the declared suites and checks on a set of dataset frames, and write Data Docs.

Great Expectations 1.x has no Polars backend: each frame is converted once, here, with Arrow-backed
pandas dtypes (plain `to_pandas()` would turn nullable ints into floats).
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from schemas import DATASETS
from schemas._spec import CRITICAL
from schemas.checks import FRAMES, check_frames, check_suite

DOCS_DIR = "_validation"
# Data Docs pull Bootstrap, jQuery and fonts from CDNs; the published copy must open offline.
EXTERNAL_TAG = re.compile(r"<(?:script|link|img)\b[^>]*(?:src|href)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.I)
EXTERNAL_CSS_URL = re.compile(r"url\(['\"]?https?://[^)]*\)", re.I)
OFFLINE_STYLE = (
    "<style>body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}table{border-collapse:collapse}"
    "td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}.hide{display:none}</style>"
)


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


def _schema_failures(frames: dict[str, pl.DataFrame]) -> list[Failure]:
    """Exact dtypes (Int64, not Int32) and column order, which GX's value-type check cannot see."""
    failures = []
    for name, module in DATASETS.items():
        if frames[name].schema != module.SCHEMA:
            got = {k: str(v) for k, v in frames[name].schema.items()}
            want = {k: str(v) for k, v in module.SCHEMA.items()}
            failures.append(Failure(name, "schema_matches_declaration", None, CRITICAL, f"{got} != {want}"))
    return failures


class _Runner:
    """One ephemeral GX context; every suite runs through a checkpoint so Data Docs can render it."""

    def __init__(self, docs_dir: Path | None) -> None:
        os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        self.gx = gx
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
        self.actions: list[Any] = []
        if docs_dir is not None:
            from great_expectations.checkpoint import UpdateDataDocsAction

            self.context.add_data_docs_site(
                site_name="curate",
                site_config={
                    "class_name": "SiteBuilder",
                    "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                    "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir.resolve())},
                },
            )
            self.actions = [UpdateDataDocsAction(name="update_data_docs", site_names=["curate"])]

    def run(self, name: str, frame: pl.DataFrame, suite: Any, report: ValidationReport) -> None:
        gx = self.gx
        batch_definition = (
            self.context.data_sources.add_pandas(name).add_dataframe_asset(name).add_batch_definition_whole_dataframe(name)
        )
        suite = self.context.suites.add(
            gx.ExpectationSuite(name=suite.name, expectations=[copy.copy(e) for e in suite.expectations])
        )  # a fresh copy: a suite object belongs to the context it was added to
        definition = self.context.validation_definitions.add(gx.ValidationDefinition(data=batch_definition, suite=suite, name=name))
        checkpoint = self.context.checkpoints.add(gx.Checkpoint(name=name, validation_definitions=[definition], actions=self.actions))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pdf = frame.to_pandas(use_pyarrow_extension_array=True)
            result = checkpoint.run(batch_parameters={"dataframe": pdf})
        for validation in result.run_results.values():
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
                        dataset=name,
                        expectation=config.type,
                        column=config.kwargs.get("column") or config.kwargs.get("column_A"),
                        severity=(config.meta or {}).get("severity", CRITICAL),
                        observed=str(observed)[:300],
                    )
                )


def _make_offline(docs_dir: Path) -> None:
    """Strip remote CSS/JS/images, and give the index a static list of pages (its tables need that JS)."""
    for page in docs_dir.rglob("*"):
        if page.suffix in {".html", ".css"}:
            text = EXTERNAL_CSS_URL.sub("none", EXTERNAL_TAG.sub("", page.read_text(encoding="utf-8")))
            page.write_text(text.replace("</head>", OFFLINE_STYLE + "</head>", 1), encoding="utf-8")
    index = docs_dir / "index.html"
    if index.is_file():
        sections = []
        for title, folder in (("Validation results", "validations"), ("Expectation suites", "expectations")):
            links = "".join(
                f'<li><a href="{p.relative_to(docs_dir).as_posix()}">{p.relative_to(docs_dir / folder).parts[0].removesuffix(".html")}</a></li>'
                for p in sorted((docs_dir / folder).rglob("*.html"))
            )
            sections.append(f"<h2>{title}</h2><ul>{links}</ul>")
        listing = '<section id="curate-pages">' + "".join(sections) + "</section>"
        index.write_text(index.read_text(encoding="utf-8").replace("</body>", listing + "</body>", 1), encoding="utf-8")


def validate_datasets(
    frames: dict[str, pl.DataFrame], files: pl.DataFrame, *, docs_dir: Path | None = None
) -> ValidationReport:
    """Validate every dataset (declared dtypes, its suite) and the cross-dataset and distribution checks.

    `files` lists every input file (`source_path`, `status`). With `docs_dir`, Data Docs are (re)built there.
    """
    report = ValidationReport(evaluated=len(DATASETS), failures=_schema_failures(frames))
    if report.failures:
        return report  # the suites below assume the declared columns
    if docs_dir is not None and docs_dir.exists():
        shutil.rmtree(docs_dir)
    runner = _Runner(docs_dir)
    for name, module in DATASETS.items():
        runner.run(name, frames[name], module.SUITE, report)
    derived = check_frames(frames, files)
    for name in FRAMES:
        if derived[name].height:
            runner.run(name, derived[name], check_suite(name), report)
    if docs_dir is not None:
        _make_offline(docs_dir)
    return report
