"""`claims`: declarative sentences of each section, typed, with exact offsets into the article text."""

import polars as pl

from schemas._spec import LANG_CODES, Col, Pair, gx_suite, polars_schema
from transforms.claims import CLAIM_TYPE_DOCS, CLAIM_TYPES, NOT_A_CLAIM_DOC, PRECEDENCE_DOC

NAME = "claims"
VERSION = 2
_TYPES_DOC = " ".join(f"`{t}`: {CLAIM_TYPE_DOCS[t]}" for t in CLAIM_TYPES)
COLUMNS = (
    Col("claim_id", pl.String(), "`<doc_id>-c<claim_index, 4 digits>`.", unique=True, min_len=1),
    Col("doc_id", pl.String(), "The article (`documents.doc_id`).", min_len=1),
    Col("section_id", pl.String(), "The section (`sections.section_id`).", min_len=1),
    Col("claim_index", pl.Int64(), "0-based position of the claim in the article.", min_value=0),
    Col("text", pl.String(), "The sentence: `documents.text[char_start:char_end]`.", min_len=1),
    Col("char_start", pl.Int64(), "Start offset in `documents.text` (code points).", min_value=0),
    Col("char_end", pl.Int64(), "End offset (exclusive) in `documents.text`.", min_value=1),
    Col("lang", pl.String(), "Language of the claim's section.", allowed=LANG_CODES),
    Col("claim_type", pl.String(), f"Type of assertion. {_TYPES_DOC} {PRECEDENCE_DOC} {NOT_A_CLAIM_DOC}",
        allowed=CLAIM_TYPES),
    Col("source_cue", pl.String(), "The named source or cue phrase behind the claim (`selon`, `Gartner`, ...); null if none.", nullable=True),
    Col("numbers", pl.List(pl.String()), "Numerals as written in the sentence, in order (`13,3`, `2.4`, `1 000`, `2017`, "
        "`12.9` of `$12.9bn`); a numeral glued to letters before it is a name (CO2, COVID-19), not a number."),
    Col("number_values", pl.List(pl.Float64()), "The value of each of `numbers` (same length), read in the claim's "
        "language: `13,3` is 13.3 in fr/de/es/it; `1 000`, Swiss `1'000` and de `40.000` are 1000, 1000 and 40000; "
        "`1,000.5` is 1000.5 in en; "
        "a magnitude word after it is folded in (`2,4 millions` is 2400000, `$12.9bn` 12.9e9, `5 Mio.`); a percentage "
        "keeps its number (`60 %` is 60.0); null for a numeral that is no number (`1.2.3`)."),
    Col("units", pl.List(pl.String()), "The unit of each of `numbers` (same length), null where none: `%`, currencies "
        "(`EUR`, `USD`, `GBP`, ...) from a sign or a word, `°C`, `km`, `m`, `kg`, `t`, `h`, `min`, `s`, `km/h`, "
        "`kWh`, `MW`, `ha`, `pts`, `GB`, ...; the first numeral of a range takes the second's (`8 à 12 °C`); a time "
        "of day (`à 16 heures`) has none."),
    Col("has_number", pl.Boolean(), "True when `numbers` is not empty."),
    Col("is_hedged", pl.Boolean(), "True when the claim is hedged (peut-être, probably, might, ...)."),
)  # fmt: skip
PAIRS = (Pair("char_end", "char_start", or_equal=False),)
SORT_BY = ("doc_id", "claim_index")  # rows are written in this order: same input, same bytes
SCHEMA = polars_schema(COLUMNS)
SUITE = gx_suite(f"{NAME}_v{VERSION}", COLUMNS, PAIRS)
