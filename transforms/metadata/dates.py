"""Calendar dates written in a line, read into `pl.Date` with expressions only: each format of rules.DATE_FORMATS
is extracted as three numbers (month names looked up), the leftmost match of the line wins, and the day is
validated by parsing the ISO string it makes (an impossible day gives null). Steps are materialised columns,
so each regex runs once per line."""

from __future__ import annotations

import polars as pl

from transforms.metadata.rules import DATE_FORMATS, MONTH_NUMBER, PUBLICATION_CUE, UPDATE_CUE, YEAR_MAX, YEAR_MIN


def _month_of(name: pl.Expr) -> pl.Expr:
    return name.replace_strict(MONTH_NUMBER, default=None, return_dtype=pl.Int32)


def _year(value: pl.Expr) -> pl.Expr:
    """A written year; two digits read 20yy."""
    year = value.cast(pl.Int32, strict=False)
    return pl.when(year < 100).then(year + 2000).otherwise(year)


def _ymd_of(fmt: str, groups: pl.Expr, month_first: pl.Expr) -> tuple[pl.Expr, pl.Expr, pl.Expr]:
    """(year, month, day) of one format's three captured fields. A numeric date whose two first numbers could both
    be a month is read as `month_first` says (true, false, or null: unsure)."""
    a, b, c = (groups.struct.field(str(i)) for i in (1, 2, 3))
    if fmt == "ymd":
        return _year(a), b.cast(pl.Int32), c.cast(pl.Int32)
    if fmt == "day_month":
        return _year(c), _month_of(b), a.cast(pl.Int32)
    if fmt == "month_day":
        return _year(c), _month_of(a), b.cast(pl.Int32)
    x, y = a.cast(pl.Int32), b.cast(pl.Int32)
    swap = pl.when(x > 12).then(False).when(y > 12).then(True).otherwise(month_first)
    month = pl.when(swap).then(x).when(~swap).then(y)
    day = pl.when(swap).then(y).when(~swap).then(x)
    return _year(c), month, day


def add_first_date(frame: pl.LazyFrame, text: str, out: str, *, month_first: pl.Expr | None = None) -> pl.LazyFrame:
    """Add `out`: the leftmost date written in column `text` (any format of DATE_FORMATS) as pl.Date, null when
    none is readable. `month_first`: how to read numeric dates like 04/05/2015 (default: day first)."""
    month_first = pl.lit(False) if month_first is None else month_first
    low = pl.col("_low")
    formats = list(DATE_FORMATS)
    dates = []
    for fmt in formats:
        year, month, day = _ymd_of(fmt, pl.col(f"_g_{fmt}"), month_first)
        iso = pl.format("{}-{}-{}", year.cast(pl.String), month.cast(pl.String).str.zfill(2), day.cast(pl.String).str.zfill(2))
        dates.append(pl.when(year.is_between(YEAR_MIN, YEAR_MAX)).then(iso.str.to_date("%Y-%m-%d", strict=False)).alias(f"_d_{fmt}"))
    best = pl.min_horizontal(*[pl.when(pl.col(f"_d_{f}").is_not_null()).then(pl.col(f"_p_{f}")) for f in formats])
    chosen = pl.lit(None, dtype=pl.Date)
    for fmt in reversed(formats):
        chosen = pl.when(pl.col(f"_d_{fmt}").is_not_null() & (pl.col(f"_p_{fmt}") == best)).then(pl.col(f"_d_{fmt}")).otherwise(chosen)
    return (
        frame.with_columns(pl.col(text).str.to_lowercase().alias("_low"))
        .with_columns(
            *[low.str.extract_groups(p).alias(f"_g_{f}") for f, p in DATE_FORMATS.items()],
            *[low.str.find(p).alias(f"_p_{f}") for f, p in DATE_FORMATS.items()],
        )
        .with_columns(dates)
        .with_columns(chosen.alias(out))
        .drop("_low", *[f"_{k}_{f}" for f in formats for k in "gpd"])
    )


def add_publication_and_update(
    frame: pl.LazyFrame, text: str, *, month_first: pl.Expr | None = None, pub: str = "pub", upd: str = "upd"
) -> pl.LazyFrame:
    """Add `pub` and `upd`: the first date outside the update's part of the line (from an update cue, "Mis à jour le",
    "Updated", to a publication cue, a separator or the end) is the publication's; the first date after an update
    cue is the update's."""
    update_part = UPDATE_CUE + r"[^|•·]*?(" + PUBLICATION_CUE.removeprefix("(?i)") + r"|[|•·]|$)"
    return (
        frame.with_columns(
            pl.col(text).str.replace_all(update_part, " $1").alias("_before_update"),
            pl.col(text).str.extract(UPDATE_CUE + "(.*)$", 1).alias("_after_update"),
        )
        .pipe(add_first_date, "_before_update", pub, month_first=month_first)
        .pipe(add_first_date, "_after_update", upd, month_first=month_first)
        .drop("_before_update", "_after_update")
    )
