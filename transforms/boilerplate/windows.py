"""Windows over a file's lines, as scans.

The rules read lines sorted by file and line number (a file's lines are contiguous and in order, as split_lines
gives them), so a window over a file is a scan that restarts at the file's first line: `shift` with the file
boundary masked, fills seeded at the boundary, integer cumulative sums minus their value at the file's start.
The boundary is read on `line_no` (every file's lines are all there, numbered from 1), not by comparing each path
with the one above: the rules take it dozens of times, and an integer test costs a fraction of a string one.
Same values as `.over("source_path")`, without its group-by on the path, which costs several times more under
Polars' streaming engine. Windows over runs or regions inside a file group by an integer id (a global cum_sum of
their first lines), never by the path.
"""

from __future__ import annotations

import polars as pl

BY_FILE = "source_path"


def file_start() -> pl.Expr:
    """True on each file's first line (line 1)."""
    return pl.col("line_no") == 1


def file_end() -> pl.Expr:
    """True on each file's last line: the next row opens a file, or there is none."""
    return (pl.col("line_no").shift(-1) == 1).fill_null(True)


def file_id() -> pl.Expr:
    """An integer per file (window key cheaper than the path)."""
    return pl.col(BY_FILE).rle_id()


def fill_down(value: pl.Expr, fill: object, start: pl.Expr | None = None) -> pl.Expr:
    """`value.forward_fill().over(file).fill_null(fill)` (`fill` not null); `start`: another segment start."""
    start = file_start() if start is None else start
    return pl.when(start & value.is_null()).then(fill).otherwise(value).forward_fill()


def prev_in_file(value: pl.Expr, fill: object) -> pl.Expr:
    """`value.shift(1).forward_fill().over(file).fill_null(fill)`: the last non-null value above, in the file."""
    return pl.when(file_start()).then(fill).otherwise(value.shift(1)).forward_fill()


def next_in_file(value: pl.Expr, fill: object) -> pl.Expr:
    """`value.shift(-1).backward_fill().over(file).fill_null(fill)`: the next non-null value below, in the file."""
    return pl.when(file_end()).then(fill).otherwise(value.shift(-1)).backward_fill()


def cum_sum_in_file(value: pl.Expr) -> pl.Expr:
    """`value.cum_sum().over(file)` of a non-null integer or boolean value."""
    total = value.cast(pl.Int64).cum_sum()
    return total - pl.when(file_start()).then(total - value.cast(pl.Int64)).forward_fill()


def sum_in_file(value: pl.Expr) -> pl.Expr:
    """`value.sum().over(file)` of a non-null integer or boolean value."""
    total = value.cast(pl.Int64).cum_sum()
    return pl.when(file_end()).then(total).backward_fill() - pl.when(file_start()).then(
        total - value.cast(pl.Int64)
    ).forward_fill()


def sum_in_run(value: pl.Expr, run_start: str) -> pl.Expr:
    """The sum of a non-null integer or boolean value over each run of lines opening where column `run_start`
    is true (every file start opens a run): `value.sum().over(file, run)`."""
    total = value.cast(pl.Int64).cum_sum()
    run_end = pl.col(run_start).shift(-1).fill_null(True)
    return pl.when(run_end).then(total).backward_fill() - pl.when(pl.col(run_start)).then(
        total - value.cast(pl.Int64)
    ).forward_fill()


def file_len() -> pl.Expr:
    """`pl.len().over(file)`: the file's number of lines."""
    row = pl.int_range(pl.len(), dtype=pl.Int64)
    return pl.when(file_end()).then(row).backward_fill() - pl.when(file_start()).then(row).forward_fill() + 1
