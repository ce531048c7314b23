"""`boilerplate`: the audit of every line removed from the articles, with the rule that removed it."""

import polars as pl

from schemas._spec import Col, gx_suite, polars_schema
from transforms.boilerplate import RULES
from transforms.metadata import METADATA_RULES

NAME = "boilerplate"
VERSION = 2  # v2: rules `byline`, `above_title` and `head_chrome` (transforms.metadata)
COLUMNS = (
    Col("source_path", pl.String(), "Raw file the line comes from (relative to `--input`).", min_len=1),
    Col("line_no", pl.Int64(), "1-based line number in the decoded file.", min_value=1),
    Col("text", pl.String(), "The line as decoded (not trimmed).", min_len=1),
    Col("rule", pl.String(), "The first rule that matched (see `transforms/boilerplate.py`), or `byline` (a line naming the author, kept out of the text) or `above_title` (a kicker or rubric between the body start and the headline) or `head_chrome` (an interface line between the headline and the first paragraph: share, listen, copy link, neighbouring posts), see `transforms/metadata/`.", allowed=RULES + METADATA_RULES),
)  # fmt: skip
SORT_BY = ("source_path", "line_no")  # rows are written in this order: same input, same bytes
SCHEMA = polars_schema(COLUMNS)
SUITE = gx_suite(f"{NAME}_v{VERSION}", COLUMNS)
