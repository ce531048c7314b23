"""`documents`: one row per article, with its clean text and language."""

import polars as pl

from schemas._spec import LANG_CODES, Col, gx_suite, polars_schema

NAME = "documents"
VERSION = 4  # v2: text_hash, duplicate_of, near_duplicate_of; v3: decode_errors; v4: title_line_no, author, published_date
LANG_SHARE = pl.Struct({"lang": pl.String(), "share": pl.Float64()})
COLUMNS = (
    Col("doc_id", pl.String(), "`<file_key>-<article_index, 3 digits>`; file_key hashes the path and the raw bytes' sha256, so reruns give the same ids.", unique=True, min_len=1),
    Col("source_path", pl.String(), "Path of the raw file, relative to `--input`, with `/` separators.", min_len=1),
    Col("source_sha256", pl.String(), "sha256 of the raw file bytes (hex).", min_len=64, max_len=64),
    Col("article_index", pl.Int64(), "0-based position of the article in its file (blog index pages hold several).", min_value=0),
    Col("title", pl.String(), "The article's headline, the first line of `text` (without the trail of section and site names of a page title, \"Headline | Section | Site\"): for a file's first article, chosen among the lines around the start of its body, a line the boilerplate rules removed included (restored); for a later article (blog post), the heading that opens it. Null when no line qualifies (a byline, a date, a caption, a share or login line, an e-mail or URL, a counter, a reading time, a download link or a disclaimer never does).", nullable=True, min_len=1),
    Col("title_line_no", pl.Int64(), "Source line of `title` (1-based); null when `title` is null.", nullable=True, min_value=1),
    Col("author", pl.String(), "Name(s) from the article's byline as written (\"Par X\", \"By X and Y\", \"Posted by X on ...\", \"Von X\", \"Door X\", \"Por X\", \"Di X\", \"X | date\", a name line next to the dateline), else from its closing credit (\"(Reporting by X; Editing by Y)\", \"Propos recueillis par X\", \"— X\"); a wire agency after the names is kept only after a comma (\"Anna Schmidt, dpa\"); a desk (\"La rédaction\", \"Staff\") only when nobody is named. Null when there is none.", nullable=True, min_len=1),
    Col("published_date", pl.Date(), "Publication date from the article's dateline or byline (not an update date: what follows \"Mis à jour\", \"Updated\", \"Aktualisiert\"...). Numeric dates read day first (27/09/2018), month first on pages that write dates the US way; null when unsure or absent.", nullable=True),
    Col("lang", pl.String(), "Document language, ISO 639-1 as langdetect names it (`zh-cn`), `und` when undetermined.", allowed=LANG_CODES),
    Col("lang_score", pl.Float64(), "Confidence of `lang` in [0, 1]; 0 for `und`.", min_value=0.0, max_value=1.0),
    Col("is_mixed_lang", pl.Boolean(), "True when at least 20 % of the letters of the article's sections are in another language than the main one."),
    Col("lang_shares", pl.List(LANG_SHARE), "Languages of the article's sections with their share of letters, largest first."),
    Col("text", pl.String(), "Clean article text: its content lines, title first, in source order; `\\n` joins lines adjacent in the source, `\\n\\n` lines that had blank or removed lines between them. Every offset in `sections` and `claims` indexes this string (Python code points).", min_len=1),
    Col("n_chars", pl.Int64(), "Length of `text` in code points.", min_value=1),
    Col("n_lines", pl.Int64(), "Number of source lines in the article.", min_value=1),
    Col("first_line_no", pl.Int64(), "First source line of the article (1-based).", min_value=1),
    Col("last_line_no", pl.Int64(), "Last source line of the article (1-based).", min_value=1),
    Col("encoding", pl.String(), "Encoding the raw file was decoded with (`utf-8`, `utf-16`, `utf-16-le` when it had no BOM, `cp1252`, ...).", min_len=1),
    Col("decode_errors", pl.Int64(), "Invalid UTF-8 sequences of the raw file (truncated or corrupted bytes), each decoded as U+FFFD; a file with more than one, and more than 1 % of its characters, is rejected as `undecodable`.", min_value=0),
    Col("text_hash", pl.String(), "sha1 (hex) of the normalised text: lower-cased words of letters and digits, single-spaced.", min_len=40, max_len=40),
    Col("duplicate_of", pl.String(), "`doc_id` of the first article (by source_path, article_index) with the same `text_hash`; null if this is the first. Nothing is deleted: filter on it.", nullable=True, min_len=1),
    Col("near_duplicate_of", pl.String(), "`doc_id` of the first earlier article whose word 5-shingles have an estimated Jaccard >= 0.8 (MinHash, 128 permutations, LSH); null if none.", nullable=True, min_len=1),
)  # fmt: skip
SORT_BY = ("source_path", "article_index")  # rows are written in this order: same input, same bytes
SCHEMA = polars_schema(COLUMNS)
SUITE = gx_suite(f"{NAME}_v{VERSION}", COLUMNS)
