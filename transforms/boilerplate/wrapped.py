"""Hard-wrapped plain text: paragraphs broken into lines at a fixed width (books, e-mail, RFCs, text dumps).

A flattened web page puts each block on one line; a plain-text file often breaks its paragraphs every 60-80
columns instead, so most of its lines end mid-sentence and, one by one, look like anything but prose (no sentence
end, a dozen words, some opening with a capital). A line *runs on* when it holds WRAP_MIN_CHARS characters or
more, does not end a sentence, and the next line (no blank line between) starts with a lowercase letter. A file
where at least WRAPPED_FILE_MIN_SHARE of the non-blank lines run on is hard-wrapped; flattened pages stay far
below it (their lowercase menus are short lines). In a hard-wrapped file every such long open-ended line
`wraps`: it continues on the next non-blank line, whatever that line's case ("... said" then "John Smith"). The
lines linked so are one paragraph, and each takes the paragraph's sentence features: `is_prose` and
`ends_sentence`, and the line model's f_prose and f_ends_sentence. A heading never wraps.
"""

from __future__ import annotations

import polars as pl

from transforms.boilerplate.rules import PROSE_LONG_WORDS, PROSE_MIN_WORDS, WRAP_MIN_CHARS, WRAPPED_FILE_MIN_SHARE
from transforms.boilerplate.windows import file_end, file_start, sum_in_file, sum_in_run

_TEMPORARY = ("_runs_on", "_paragraph_start", "_paragraph_lines", "_paragraph_words", "_paragraph_ends")


def join_wrapped_lines(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Add `wraps`; in hard-wrapped files, give the lines of each paragraph its `is_prose` and `ends_sentence`.

    `lines` sorted by file, then line, with the line features (add_line_features, add_text_model_features).
    """
    nonblank = ~pl.col("is_blank")
    next_text = pl.when(~file_end()).then(pl.col("clean").shift(-1))
    open_end = nonblank & (pl.col("clean").str.len_chars() >= WRAP_MIN_CHARS) & ~pl.col("ends_sentence")
    runs_on = open_end & next_text.str.contains(r"^\p{Ll}").fill_null(False)
    wrapped_file = sum_in_file(pl.col("_runs_on")) >= WRAPPED_FILE_MIN_SHARE * sum_in_file(nonblank)
    # the paragraph's last line: where the next line opens another paragraph (or the file ends)
    last_line = pl.col("_paragraph_start").shift(-1).fill_null(True)
    paragraph_prose = (
        (pl.col("_paragraph_words") >= PROSE_MIN_WORDS) & pl.col("_paragraph_ends")
    ) | (pl.col("_paragraph_words") >= PROSE_LONG_WORDS)
    joined = pl.col("_paragraph_lines") > 1
    return (
        lines.with_columns(runs_on.alias("_runs_on"))
        # in a hard-wrapped file, a long line without a sentence end continues on the next line, whatever its case
        .with_columns((open_end & (next_text != "").fill_null(False) & wrapped_file).alias("wraps"))
        .with_columns((file_start() | ~pl.col("wraps").shift(1)).fill_null(True).alias("_paragraph_start"))
        .with_columns(
            sum_in_run(nonblank, "_paragraph_start").alias("_paragraph_lines"),
            sum_in_run(pl.col("n_words"), "_paragraph_start").alias("_paragraph_words"),
            pl.when(last_line).then(pl.col("ends_sentence")).backward_fill().alias("_paragraph_ends"),
        )
        .with_columns(
            pl.when(joined).then(paragraph_prose).otherwise(pl.col("is_prose")).alias("is_prose"),
            pl.when(joined).then(pl.col("_paragraph_ends")).otherwise(pl.col("ends_sentence")).alias("ends_sentence"),
        )
        .with_columns(
            pl.col("is_prose").cast(pl.Float64).alias("f_prose"),
            pl.col("ends_sentence").cast(pl.Float64).alias("f_ends_sentence"),
        )
        .drop(*_TEMPORARY)
    )
