"""`rejects`: input files that could not become text, with the reason; the run goes on without them."""

import polars as pl

from schemas._spec import Col, gx_suite, polars_schema
from transforms.ingest import REJECT_REASONS

NAME = "rejects"
VERSION = 2  # v2: reasons outside_input, not_regular_file
COLUMNS = (
    Col("source_path", pl.String(), "Raw file (relative to `--input`).", unique=True, min_len=1),
    Col("reason", pl.String(), "Why it was rejected: `outside_input` is a symlink that resolves outside `--input` (read with `--follow-symlinks`), `not_regular_file` a FIFO, socket, device, folder or symlink loop.", allowed=REJECT_REASONS),
    Col("detail", pl.String(), "What was seen, for a person (`NUL byte at offset 12`).", min_len=1),
    Col("source_sha256", pl.String(), "sha256 of the raw bytes; null when the file could not be read.", nullable=True, min_len=64, max_len=64),
    Col("size_bytes", pl.Int64(), "Size of the raw file; null when it could not be read.", nullable=True, min_value=0),
)  # fmt: skip
SORT_BY = ("source_path",)  # rows are written in this order: same input, same bytes
SCHEMA = polars_schema(COLUMNS)
SUITE = gx_suite(f"{NAME}_v{VERSION}", COLUMNS)
