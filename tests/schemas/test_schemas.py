"""Schema changes are reviewed diffs: the snapshot holds every column's dtype and constraints."""

from __future__ import annotations

import json
import os
from pathlib import Path

from flows.tasks import output_readme
from schemas import DATASETS
from schemas._spec import arrow_schema
from tests.conftest import ROOT

SNAPSHOT = Path(__file__).with_name("snapshot.json")


def current() -> dict:
    return {
        name: {
            "version": m.VERSION,
            "sort_by": list(m.SORT_BY),
            "columns": {
                c.name: {"dtype": str(c.dtype), "nullable": c.nullable, "unique": c.unique,
                         "allowed": list(c.allowed) if c.allowed else None, "min_len": c.min_len,
                         "max_len": c.max_len, "min_value": c.min_value, "max_value": c.max_value}
                for c in m.COLUMNS
            },  # fmt: skip
        }
        for name, m in DATASETS.items()
    }


def test_schemas_match_the_reviewed_snapshot() -> None:
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(json.dumps(current(), indent=1, ensure_ascii=False) + "\n")
    assert current() == json.loads(SNAPSHOT.read_text()), "schema changed: review, bump VERSION, UPDATE_SNAPSHOTS=1"


def test_suites_cover_every_column_and_name_the_version() -> None:
    for name, m in DATASETS.items():
        assert m.SUITE.name == f"{name}_v{m.VERSION}"
        covered = {e.column for e in m.SUITE.expectations if hasattr(e, "column")}
        assert {c.name for c in m.COLUMNS if not c.nullable} <= covered


def test_arrow_schema_carries_version_and_plain_strings() -> None:
    schema = arrow_schema(DATASETS["documents"].COLUMNS, dataset="documents", version=3)
    assert schema.metadata[b"curate.schema_version"] == b"3"
    assert str(schema.field("text").type) == "string"


def test_committed_output_readme_is_the_generated_one() -> None:
    assert (ROOT / "output" / "README.md").read_text(encoding="utf-8") == output_readme()
