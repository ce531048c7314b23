"""`sections`: one row per section of an article: a heading (null for the lead) and its paragraphs."""

import polars as pl

from schemas._spec import LANG_CODES, Col, Pair, gx_suite, polars_schema

NAME = "sections"
VERSION = 1
COLUMNS = (
    Col("section_id", pl.String(), "`<doc_id>-s<section_index, 3 digits>`.", unique=True, min_len=1),
    Col("doc_id", pl.String(), "The article (`documents.doc_id`).", min_len=1),
    Col("section_index", pl.Int64(), "0-based position in the article; the lead (text before the first heading) comes first.", min_value=0),
    Col("heading", pl.String(), "Heading line of the section; null for the lead.", nullable=True, min_len=1),
    Col("text", pl.String(), "Section body without its heading: `documents.text[char_start:char_end]`; empty when a sub-heading follows at once."),
    Col("char_start", pl.Int64(), "Start offset of the body in `documents.text` (code points).", min_value=0),
    Col("char_end", pl.Int64(), "End offset (exclusive) of the body in `documents.text`.", min_value=0),
    Col("lang", pl.String(), "Language of the section text; `und` when too short to judge.", allowed=LANG_CODES),
    Col("lang_score", pl.Float64(), "Confidence of `lang` in [0, 1].", min_value=0.0, max_value=1.0),
    Col("first_line_no", pl.Int64(), "First source line of the section (heading or body), 1-based.", min_value=1),
)  # fmt: skip
PAIRS = (Pair("char_end", "char_start"),)
SORT_BY = ("doc_id", "section_index")  # rows are written in this order: same input, same bytes
SCHEMA = polars_schema(COLUMNS)
SUITE = gx_suite(f"{NAME}_v{VERSION}", COLUMNS, PAIRS)
