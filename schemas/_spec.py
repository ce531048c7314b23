"""The column spec every dataset is declared with, and what is derived from it.

One `Col` tuple per dataset gives: the Polars schema (the dtype contract writers cast to), the pyarrow
schema (with the schema version in the Parquet metadata), the Great Expectations suite, and the docs table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import polars as pl
import pyarrow as pa

if TYPE_CHECKING:
    import great_expectations as gx

CRITICAL = "critical"  # blocks publishing
WARNING = "warning"  # reported, published anyway
# Languages langdetect 1.0.9 can answer, plus "und" (undetermined: too short or no letters).
LANG_CODES = (
    "af", "ar", "bg", "bn", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "gu",
    "he", "hi", "hr", "hu", "id", "it", "ja", "kn", "ko", "lt", "lv", "mk", "ml", "mr", "ne", "nl", "no",
    "pa", "pl", "pt", "ro", "ru", "sk", "sl", "so", "sq", "sv", "sw", "ta", "te", "th", "tl", "tr", "uk",
    "ur", "vi", "zh-cn", "zh-tw", "und",
)  # fmt: skip


@dataclass(frozen=True)
class Col:
    """One column: its dtype, meaning, and the value constraints the suite checks."""

    name: str
    dtype: pl.DataType
    doc: str
    nullable: bool = False
    unique: bool = False
    allowed: tuple[str, ...] | None = None
    min_len: int | None = None
    max_len: int | None = None
    min_value: float | None = None
    max_value: float | None = None


@dataclass(frozen=True)
class Pair:
    """A row-wise order between two columns: `left >= right` (or `>`)."""

    left: str
    right: str
    or_equal: bool = True


def polars_schema(columns: tuple[Col, ...]) -> pl.Schema:
    return pl.Schema({c.name: c.dtype for c in columns})


def arrow_schema(columns: tuple[Col, ...], *, dataset: str, version: int) -> pa.Schema:
    """Arrow types of the Polars schema, plain `string` (not large/view) so every reader takes it."""
    empty = pl.DataFrame(schema=polars_schema(columns)).to_arrow()
    fields = [pa.field(c.name, _plain(empty.schema.field(c.name).type), nullable=c.nullable) for c in columns]
    return pa.schema(fields, metadata={"curate.dataset": dataset, "curate.schema_version": str(version)})


def _plain(t: pa.DataType) -> pa.DataType:
    if pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return pa.string()
    if pa.types.is_large_list(t) or pa.types.is_list_view(t):
        return pa.list_(_plain(t.value_type))
    if pa.types.is_struct(t):
        return pa.struct([pa.field(f.name, _plain(f.type), f.nullable) for f in t])
    return t


def value_type(dtype: pl.DataType) -> str | None:
    """The Python type GX observes in an Arrow-backed pandas column of this dtype; None for a date, which GX's
    type names do not cover (validation's schema check holds the exact dtype of every column)."""
    if dtype == pl.Date:
        return None
    if dtype.is_integer():
        return "int"
    if dtype.is_float():
        return "float"
    return {pl.String: "str", pl.Boolean: "bool", pl.List: "list", pl.Struct: "dict"}[dtype.base_type()]


def expectations(columns: tuple[Col, ...], pairs: tuple[Pair, ...] = ()) -> list[Any]:
    """The column-level expectations a spec implies, each tagged with its severity in `meta`."""
    import great_expectations as gx

    e = gx.expectations
    critical = {"severity": CRITICAL}
    out: list[Any] = [
        e.ExpectTableColumnsToMatchOrderedList(column_list=[c.name for c in columns], meta=critical)
    ]
    for c in columns:
        if value_type(c.dtype) is not None:
            out.append(e.ExpectColumnValuesToBeOfType(column=c.name, type_=value_type(c.dtype), meta=critical))
        if not c.nullable:
            out.append(e.ExpectColumnValuesToNotBeNull(column=c.name, meta=critical))
        if c.unique:
            out.append(e.ExpectColumnValuesToBeUnique(column=c.name, meta=critical))
        if c.allowed is not None:
            out.append(e.ExpectColumnValuesToBeInSet(column=c.name, value_set=list(c.allowed), meta=critical))
        if c.min_len is not None or c.max_len is not None:
            out.append(
                e.ExpectColumnValueLengthsToBeBetween(
                    column=c.name, min_value=c.min_len, max_value=c.max_len, meta=critical
                )
            )
        if c.min_value is not None or c.max_value is not None:
            out.append(
                e.ExpectColumnValuesToBeBetween(
                    column=c.name, min_value=c.min_value, max_value=c.max_value, meta=critical
                )
            )
    for p in pairs:
        out.append(
            e.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A=p.left, column_B=p.right, or_equal=p.or_equal, meta=critical
            )
        )
    return out


def gx_suite(name: str, columns: tuple[Col, ...], pairs: tuple[Pair, ...] = ()) -> gx.ExpectationSuite:
    """Build the suite with the constructor: `add_expectation` at import time would need a context."""
    import great_expectations as gx

    return gx.ExpectationSuite(name=name, expectations=expectations(columns, pairs))


def docs_table(columns: tuple[Col, ...]) -> str:
    """Markdown table of the columns, for the README and `output/README.md`."""
    rows = ["| column | type | null | meaning |", "| --- | --- | --- | --- |"]
    for c in columns:
        meaning = c.doc
        if c.allowed is not None and len(c.allowed) <= 25:
            meaning += " One of: " + ", ".join(f"`{v}`" for v in c.allowed) + "."
        rows.append(f"| `{c.name}` | {c.dtype} | {'yes' if c.nullable else 'no'} | {meaning} |")
    return "\n".join(rows)
