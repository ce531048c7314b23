"""Split section texts into sentences with exact code-point offsets, vectorised over the whole batch.

How it works, in one screen:
1. `PIECE` tiles each text into pieces, each ending at a candidate boundary: a terminator run (.!?…)
   with its closing quotes/brackets (French « … . » spacing allowed) and the whitespace after it,
   a line break, or the start of a bullet. Breaks that no punctuation shows (e-mail header stamps,
   "Ginny, Please", "Thanks, Dawn") are first marked with MARK, which opens a piece like a bullet.
   Pieces cover the text exactly, so a cumulative sum of their lengths gives their offsets.
2. Each piece gets a few features (token before the terminator, first letter of the next piece).
3. `_ends_sentence` decides, piece by piece, whether the candidate is a real boundary.
4. Pieces are merged up to each real boundary; offsets come from the merged pieces, the sentence is a
   slice of the original text, so offsets and text agree by construction.
"""

from __future__ import annotations

import polars as pl

from transforms.lexicon import (
    CLOSING_BRACE,
    CLOSING_BRACKETS,
    CLOSING_QUOTES,
    DOUBLE_QUOTE,
    DOUBLED_TERMINATORS,
    INVERTED_MARKS,
    LINE_BREAKS,
    LOW_OPENING_QUOTE,
    MONTHS,
    OPENING_BRACE,
    OPENING_BRACKETS,
    OPENING_QUOTES,
    REGIONAL_MONTHS,
    SEMICOLON,
    SENTENCE_SPLITTER_BULLETS,
    SENTENCE_TERMINATORS,
    SINGLE_GUILLEMETS,
    SINGLE_QUOTE,
    TERMINATOR_CLOSERS,
    UNICODE_WHITE_SPACE,
    WEEKDAYS,
    char_class,
)

# --- character classes (Rust regex syntax: no look-around) -----------------------------------------
LINE_BREAK = char_class(LINE_BREAKS)  # line breaks of str.splitlines() that are Unicode White_Space
HSPACE = rf"[^\S{LINE_BREAK}]"  # whitespace that is not a line break
# ";" only ends a sentence before a capital (French lists: "… ; Il")
TERMINATOR = f"[{char_class(SENTENCE_TERMINATORS, DOUBLED_TERMINATORS, SEMICOLON)}]"
# attached right after a terminator: any quote or bracket closes
CLOSER = f"[{char_class(TERMINATOR_CLOSERS, OPENING_QUOTES, CLOSING_BRACE, SINGLE_GUILLEMETS[1])}]"
# closes even after a space ("Non . »", 'fin. " Elle'), if a space follows: the closing double quotes and brackets
SPACED_CLOSER = f"[{char_class(CLOSING_QUOTES.replace('’', ''), CLOSING_BRACKETS, SINGLE_GUILLEMETS[1], DOUBLE_QUOTE)}]"
# skipped when looking at the first letter of the next piece
OPENER = char_class(DOUBLE_QUOTE, SINGLE_QUOTE, OPENING_QUOTES, LOW_OPENING_QUOTE, OPENING_BRACKETS, OPENING_BRACE,
                    SINGLE_GUILLEMETS[0], INVERTED_MARKS, "*")
BULLETS = SENTENCE_SPLITTER_BULLETS  # "·" only counts after whitespace: "l·l" (Catalan) is one word
MARK = "\ue000"  # inserted where a rule below forces a break; any MARK already in the text is neutralised

# Breaks no punctuation shows, where e-mail and letter conventions put a line break that flattening lost.
# Regex has no look-ahead, so each rule inserts MARK at the break; pieces then open with it like a bullet.
STAMP = r"\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d\d(?::\d\d)? ?[AaPp]\.?[Mm]\.?"  # "09/20/2000 03:22 PM"
GREETING = r"(?:Hi|Hello|Hey|Dear|Bonjour|Salut|Cher|Chère|Hallo|Liebe|Lieber|Hola|Querido|Querida|Ciao|Caro|Cara)"
SIGN_OFF = (
    r"(?:Thanks|Thank you|Many thanks|(?:Best|Kind|Warm|Warmest) regards|Regards|Best|Cheers|Sincerely|Yours"
    r"|Cordialement|Amicalement|Bien à vous|Merci|Viele Grüße|Grüße|Saludos|Un saludo|Cordiali saluti|Saluti)"
)
# Capitalised subject pronouns only open sentences; after a lowercase word, a full stop was left out.
SUBJECT_PRONOUN = "Il|Ils|Elle|Elles|Je|Nous|On|He|She|We|They"
NAME = r"\p{Lu}[\w.'-]*"
# A dateline opening a text: places, agency, date, then a dash ("NEW YORK (Reuters) -", "Paris, France | AFP |
# vendredi 04/09/2020 -", "Madrid, 3 may (EFE).-"): capitalised words, numbers, brackets, bars, day and month names
DATELINE_WORD = (  # capitalised names ("Montag", "May") are capitalised words: the lower-case forms suffice
    r"[\p{Lu}\d][\p{L}\d.'’/-]*|\([^()\n]{1,40}\)|\||"
    + "|".join(dict.fromkeys(w for table in (WEEKDAYS, MONTHS) for words in table.values() for w in words))
    + r"|de|del|di|du|la|le|el|am|im"
)
# It opens with a place in capitals ("ROMA -") or holds an agency in brackets or between bars; one dash ends it.
_DATELINE_AGENCY = rf"(?:(?:{DATELINE_WORD})[\s,]+){{0,10}}(?:\([^()\n]{{1,40}}\)|\|)"
DATELINE = rf"^\s*(?:\p{{Lu}}{{3,}}|{_DATELINE_AGENCY})(?:[\s,]+(?:{DATELINE_WORD})){{0,10}}\s*\.?\s?[-–—]\s+"
# Each rule is (before, after): a break is forced between a match of `before` and one of `after`.
FORCED_BREAKS = [
    (r"(?:^|\s)", STAMP),  # "Mike Curry 11/14/2000 11:37 AM": a header stamp opens its own line ...
    (rf"^\s*(?:{GREETING}|{GREETING}\s+{NAME}(?:\s+{NAME})?|{SIGN_OFF}),\s+", r"\p{Lu}\p{Ll}"),  # "Hi Ginny, Please"
    (rf"^\s*{NAME},\s+", r"\p{Lu}\p{Ll}+\s+\p{Ll}"),  # "Ginny, Please send", not "Paris, France | AFP"
    (r"[\p{Ll}\d]\s+", rf"(?:{SUBJECT_PRONOUN})\s|J['’]|C['’]est\s"),  # "aide beaucoup Elles donnent"
    (rf"(?:^|\s){SIGN_OFF},\s+", rf"{NAME}(?:\s+{NAME}){{0,3}}\s*$"),  # "Thanks, Dawn" at the very end
]
AFTER_STAMP = (rf"{STAMP}\s+", r"\S")  # ... and the next line opens after it (a second pass: they overlap)
# The text's dateline, then a sentence: a break after it. Apart from FORCED_BREAKS: replaced on its own, it costs
# only the start of each text (in their one pass, its words slow every position of every text).
AFTER_DATELINE = (DATELINE, r"[\p{Lu}«“\"„¿¡]")


def _mark_breaks(rules: list[tuple[str, str]]) -> tuple[str, str]:
    """One regex and replacement inserting MARK between `before` and `after` of whichever rule matched."""
    pattern = "|".join(f"(?P<b{i}>{before})(?P<a{i}>{after})" for i, (before, after) in enumerate(rules))
    n = range(len(rules))
    return pattern, "".join(f"${{b{i}}}" for i in n) + MARK + "".join(f"${{a{i}}}" for i in n)


# A stamp after "on 01/24/2001 02:45 PM" continues the line rather than opening one.
PREPOSITIONS = "on at le am el il du au des dal del vom".split()

OPENS = BULLETS + MARK  # a piece may open with one of these; its text never contains one
PIECE = (
    rf"[{OPENS}]?(?:"
    rf"[^{LINE_BREAK}{OPENS}]*?{TERMINATOR}+{CLOSER}*(?:{HSPACE}*{SPACED_CLOSER}{CLOSER}*)*(?:\s+|$)"
    rf"|[^{LINE_BREAK}{OPENS}]*?[{LINE_BREAK}]\s*"  # a line break always ends a sentence
    rf"|[^{LINE_BREAK}{OPENS}]*)"  # else the run up to the next bullet or mark (or the end of the text)
)
# The next piece's first character past spaces and openers, by its class: a group each (none for other characters),
# so one regex reads the four classes the rules test
NEXT_FIRST = (
    rf"^[\s{OPENER}]*(?:(?P<upper>\p{{Lu}})|(?P<lower>\p{{Ll}})|(?P<digit>\p{{N}})"
    r"|(?P<punct>[,;:.!?…»”)\]}%])|\S)"
)
# "… the U.S. » " -> token "U.S", terminator ".", closers " »"
TOKEN_TERMINATOR_CLOSERS = rf"([^\s'’{OPENER}]*?)({TERMINATOR}+)([\s{CLOSER[1:-1]}]*)$"

# --- rule tables: what a full stop after this token means ----------------------------------------------
# Titles and other abbreviations never final, matched with their case: "M. Dupont", "Dr. No".
TITLES = (
    "M MM Mme Mmes Mlle Mlles Me Mgr Dr Drs Pr Pre St Ste Sts Mr Mrs Ms Messrs Prof Hr Hrn Fr Sr Sra Srta "
    "Sres Dra Dña Sig Sigg Gen Col Capt Lt Sgt Cmdr Gov Sen Rep Rev Hon Mt Ft"
).split()
# Never final, matched in lower case, per language (all of them when the language is unknown).
NEVER_FINAL = {
    "fr": "cf av apr env ex éd chap fig n° boul bd réf tél coll dir trad hab sq suiv vs ann",
    "en": "e.g i.e cf vs v approx dept ed eds jan feb mar apr jun jul aug sep sept oct nov dec ave blvd"
    " rd mt ft ca esp incl misc pop",
    "de": "z.b d.h u.a usw bzw vgl ggf evtl inkl ca sog hrsg jh str u.ä o.ä z.t u.u dr prof mio mrd",
    "es": "pág págs núm ej sr sra srta dña ud uds vd vds av avda cía",
    "it": "pag pagg sig sigg dott prof ing avv geom ecc cap cfr",
}
# Abbreviations before a number only: "p. 12", "No. 5", "Art. 3"; "I said no. Then" still ends.
BEFORE_NUMBER = "p pp s no nos nr n núm art vol ch chap cap fig abs bd tel tél pag pagg pág".split()
# Often final: end the sentence only before a capital ("etc. vient" / "etc. Il", "Enron Corp. common").
MAY_END = "etc al j.-c inc ltd co corp jr sr mon tue tues wed thu thur thurs fri sat sun".split()
LANG_WORDS = [f"{lang}:{w}" for lang, words in NEVER_FINAL.items() for w in words.split()] + [
    f"*:{w}" for words in NEVER_FINAL.values() for w in words.split()
]
GERMAN_MONTHS = MONTHS["de"] + REGIONAL_MONTHS["de"]  # "am 3. Oktober": a German ordinal date, not a sentence end
INITIALS = r"^(?:\p{Lu}|\p{L}(?:\.-?\p{L})+|\p{Lu}[a-z]?\.-\p{Lu}[a-z]?)$"  # "J", "U.S", "e.g", "J.-P", "Ch.-L"
LIST_MARKER = r"^\s*(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5})\.\s*$"  # a piece that is only "1. " or "iv. "


WHITE_SPACE = UNICODE_WHITE_SPACE  # the characters of \s, which are also the ones strip_chars strips by default


def _piece_ends() -> list[pl.Expr]:
    """Lengths of the piece without its trailing whitespace (__n_kept), its leading whitespace (__n_unindented),
    its trailing whitespace and closers (__n_closed), and its terminator too (__n_terminated)."""
    piece = pl.col("__piece")
    closed = piece.str.strip_chars_end(WHITE_SPACE + CLOSER[1:-1].replace("\\", ""))
    return [
        piece.str.strip_chars_end().str.len_chars().cast(pl.Int64).alias("__n_kept"),
        piece.str.strip_chars_start().str.len_chars().cast(pl.Int64).alias("__n_unindented"),
        closed.str.len_chars().alias("__n_closed"),
        closed.str.strip_chars_end(TERMINATOR[1:-1]).str.len_chars().alias("__n_terminated"),
    ]


def _piece_parts() -> list[pl.Expr]:
    """Pieces split once into the parts the rules read: "(voir l'av. » " -> token "av", terminator "."."""
    # The groups of TOKEN_TERMINATOR_CLOSERS, cut at the lengths of _piece_ends rather than captured (2x faster):
    # the closers are the longest end of whitespace and closers, the terminator the run of terminators before them
    # (the two classes share no character), the token the longest run before that without a space, an apostrophe
    # or an opener; all null if no terminator precedes the closers.
    c = pl.col
    found = c("__n_terminated") < c("__n_closed")
    token = c("__piece").str.slice(0, c("__n_terminated")).str.extract(rf"[^\s'’{OPENER}]*$", 0)
    return [
        pl.when(found).then(token).alias("__token"),
        pl.when(found).then(c("__piece").str.slice(c("__n_terminated"), c("__n_closed") - c("__n_terminated")))
        .alias("__terminator"),
        pl.when(found).then(c("__piece").str.slice(c("__n_closed"))).alias("__closers"),
        c("__next").str.extract_groups(NEXT_FIRST).alias("__next_first"),
    ]


def _piece_features(lang: pl.Expr) -> list[pl.Expr]:
    """Per-piece facts the boundary rules read; `__piece` is the piece, `__next` the following one."""
    c = pl.col
    piece, nxt, token, lower, terminator = c("__piece"), c("__next"), c("__token"), c("__lower"), c("__terminator")
    next_first = {name: c("__next_first").struct.field(name).is_not_null()
                  for name in ("upper", "lower", "digit", "punct")}
    lang_key = pl.when(lang.is_in(list(NEVER_FINAL))).then(lang).otherwise(pl.lit("*"))
    return [
        pl.when(terminator.str.ends_with(";")).then(pl.lit(";"))
        .when(terminator == ".").then(pl.lit("."))
        .when(terminator.str.contains(r"[!?‼⁇⁈⁉！？]$")).then(pl.lit("?"))
        .when(terminator.is_not_null()).then(pl.lit("…")).alias("__kind"),  # one of . ? ; … or null
        # "Quoi ? »": the closers hold a non-space, so the piece keeps characters past them
        ((c("__n_terminated") < c("__n_closed")) & (c("__n_kept") > c("__n_closed"))).fill_null(False)
        .alias("__closed"),
        c("__closers").str.contains(r"[)\]]").fill_null(False).alias("__bracket_closed"),  # "(par ex.)"
        # 'fin. " Elle': a straight quote after a space closes only if it pairs with one earlier in the text
        (piece.str.contains(rf'{HSPACE}"{HSPACE}+$') & (c("__quotes_so_far") % 2 == 1))
        .fill_null(False).alias("__quote_opens_next"),
        (token.is_in(TITLES) | pl.concat_str(lang_key, pl.lit(":"), lower).is_in(LANG_WORDS)
         | (token.str.contains(INITIALS) & ~lower.is_in(MAY_END))
         | (lower.is_in(BEFORE_NUMBER) & next_first["digit"])).fill_null(False).alias("__never_final"),
        lower.is_in(MAY_END).fill_null(False).alias("__may_end"),
        piece.str.contains(LIST_MARKER).alias("__list_marker"),
        (token.str.contains(r"^\d{1,2}$") & nxt.str.contains(rf"^[\s{OPENER}]*(?i:{'|'.join(GERMAN_MONTHS)})(?:\W|$)"))
        .fill_null(False).alias("__day_of_month"),
        next_first["upper"].alias("__next_upper"),
        next_first["lower"].alias("__next_lower"),
        next_first["punct"].alias("__next_punct"),
        piece.str.contains(rf"[{LINE_BREAK}]\s*$").alias("__line_break"),
        piece.str.contains(rf"(?:^|\s)(?:{'|'.join(PREPOSITIONS)})\s*$").alias("__before_preposition"),
        (nxt.str.contains("^[•▪‣◦●■►]") | (nxt.str.starts_with("·") & piece.str.contains(r"(?:^|\s)$")))
        .fill_null(False).alias("__bullet"),
    ]


def _ends_sentence() -> pl.Expr:
    """The boundary rules: is the candidate at the end of this piece a real sentence end?"""
    c = pl.col
    return (
        pl.when(c("__last") | c("__line_break") | c("__bullet")).then(True)  # bullet: next piece opens with one
        .when(c("__forced")).then(~c("__before_preposition"))
        .when(c("__kind").is_null()).then(False)  # cannot happen before the last piece; kept for safety
        .when(c("__next_punct")).then(False)  # "« tu as ? ». Eglise", "décorée... !"
        .when(c("__kind") == ";").then(c("__next_upper"))  # "… du Groenland ; La même année"
        .when(c("__kind") == "…").then(~c("__next_lower"))  # "Il hésita... puis"
        .when(c("__kind") != ".").then(~(c("__next_lower") & c("__closed")))  # "« Quoi ? » dit-il"; "why? i"
        .when(c("__bracket_closed") & c("__next_upper")).then(True)  # "(Gruau par ex.) Ainsi"
        .when(c("__never_final") | c("__list_marker") | c("__day_of_month")).then(False)  # "M. Dupont", "1. Intro"
        .when(c("__may_end")).then(c("__next_upper"))  # "etc. vient" / "etc. Il"
        .otherwise(True)  # "là. Il", and in web text "later. what"
    )


def split_sentences(
    lf: pl.LazyFrame, *, key: str = "seg_id", text_col: str = "text", lang_col: str | None = None
) -> pl.LazyFrame:
    """One row per sentence of each input row: columns `key` (same dtype as input), `sentence_index` (pl.UInt32, 0-based within the row), `char_start`, `char_end` (pl.Int64, Python code-point offsets into that row's text), `sentence` (pl.String, == text[char_start:char_end]). Sentences carry no leading/trailing whitespace; a newline always ends a sentence; whitespace-only or empty texts yield no rows. Output sorted by key, sentence_index."""
    return _pieces(lf, key=key, text_col=text_col, lang_col=lang_col).pipe(_sentences_of_pieces, key=key)


def one_batch(lf: pl.LazyFrame) -> pl.LazyFrame:
    """The same rows, streamed on as one batch (imploded into one row, exploded back): the streaming engine would cut
    them into a batch per thread, and each thread would compile the regexes that follow again (it keeps too few of
    them), which costs more than matching them. Also used by claims.classify."""
    return lf.select(pl.all().implode()).explode(pl.all(), empty_as_null=False, keep_nulls=True)


def _same_row_prev() -> pl.Expr:
    return pl.col("__row") == pl.col("__row").shift(1)


def _pieces(lf: pl.LazyFrame, *, key: str, text_col: str, lang_col: str | None) -> pl.LazyFrame:
    """The rows' texts cut into pieces that may end a sentence, with the features that decide whether they do."""
    lang = pl.col("__lang") if lang_col else pl.lit(None, dtype=pl.String)
    c = pl.col
    first_in_row = ~_same_row_prev().fill_null(False)
    has_mark = c("__text").str.contains(MARK, literal=True)  # rare: with no such text, no copy is made
    marked = pl.when(has_mark).then(c("__text").str.replace_all(MARK, "\ue001", literal=True)).otherwise(c("__text"))
    for pattern, replacement in (_mark_breaks(FORCED_BREAKS), _mark_breaks([AFTER_STAMP])):
        marked = marked.str.replace_all(pattern, replacement)  # unmatched groups expand to ""
    # a text without a dateline comes out unchanged: no test before (it would compile the long regex twice)
    with_dateline = c("__marked_text").str.replace(*_mark_breaks([AFTER_DATELINE]))
    return (
        lf.select(
            c(key),
            c(text_col).fill_null("").alias("__text"),
            *([c(lang_col).str.to_lowercase().str.slice(0, 2).alias("__lang")] if lang_col else []),
        )
        .with_row_index("__row")
        .pipe(one_batch)
        .with_columns(marked.alias("__marked_text"))
        .with_columns(with_dateline.str.extract_all(PIECE).alias("__piece"))
        .drop("__marked_text")
        .explode("__piece")  # an empty (or null) text gives one empty piece, hence no sentence
        .with_columns(
            c("__piece").str.starts_with(MARK).alias("__marked"),
            c("__piece").str.strip_prefix(MARK),
        )
        .with_columns(c("__piece").str.len_chars().cast(pl.Int64).alias("__len"))
        .with_columns(
            c("__len").cum_sum().alias("__cum"),
            c("__piece").str.count_matches('"', literal=True).alias("__quotes"),
        )
        .with_columns(c("__quotes").cum_sum().alias("__qcum"))
        .with_columns(  # running totals restarted at each row, without a window function
            (c("__cum") - pl.when(first_in_row).then(c("__cum") - c("__len")).forward_fill()).alias("__end"),
            (c("__qcum") - pl.when(first_in_row).then(c("__qcum") - c("__quotes")).forward_fill())
            .alias("__quotes_so_far"),
            (c("__row") != c("__row").shift(-1)).fill_null(True).alias("__last"),
        )
        .with_columns(
            pl.when(~c("__last")).then(c("__piece").shift(-1)).alias("__next"),
            pl.when(~c("__last")).then(c("__marked").shift(-1)).fill_null(False).alias("__forced"),
        )
        .with_columns(_piece_ends())
        .with_columns(_piece_parts())
        .with_columns(c("__token").str.to_lowercase().alias("__lower"))
        .with_columns(_piece_features(lang))
        .with_columns(_ends_sentence().alias("__break"))
    )


def _sentences_of_pieces(pieces: pl.LazyFrame, *, key: str) -> pl.LazyFrame:
    """Pieces joined into sentences: offsets into each row's text, the sentence text and its index in the row."""
    c = pl.col
    same_row_prev = _same_row_prev()
    first_in_row = ~same_row_prev.fill_null(False)
    starts_sentence = ~same_row_prev | c("__break").shift(1)
    piece_start = c("__end") - c("__len")
    carry = pl.when(c("__quote_opens_next") & ~c("__last")).then(c("__len") - c("__n_kept") + 1)
    return (
        pieces.with_columns(carry.fill_null(0).alias("__carry"))  # chars of '" ' handed to the next sentence
        .with_columns(
            (c("__end") - c("__n_unindented")
             - pl.when(first_in_row).then(0).otherwise(c("__carry").shift(1))).alias("__content_start"),
            (piece_start + pl.when(c("__carry") > 0).then(
                c("__piece").str.strip_chars_end().str.strip_suffix('"').str.strip_chars_end().str.len_chars()
            ).otherwise(c("__n_kept"))).alias("char_end"),
        )
        .with_columns(
            pl.when(starts_sentence.fill_null(True)).then(c("__content_start")).forward_fill().alias("char_start")
        )
        .filter(c("__break") & (c("char_end") > c("char_start")))
        .with_columns(
            pl.int_range(pl.len(), dtype=pl.UInt32).alias("__n"),
        )
        .with_columns(
            (c("__n") - pl.when(~same_row_prev.fill_null(False)).then(c("__n")).forward_fill())
            .cast(pl.UInt32).alias("sentence_index"),
            c("__text").str.slice(c("char_start"), c("char_end") - c("char_start")).alias("sentence"),
        )
        .select(key, "sentence_index", "char_start", "char_end", "sentence")
        .sort(key, "sentence_index")
    )
