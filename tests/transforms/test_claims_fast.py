"""transforms.claims matches its tables fast; these tests hold it to the plain rules, the patterns as written."""

import re

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from polars.testing import assert_series_equal

import transforms.claims as C
from transforms.claims import alphabet, classify, matching, rewrite

TABLES = {name: getattr(C, name) for name in (
    "NOT_A_CLAIM", "ATTRIBUTION", "QUOTED_SPAN", "STATISTIC", "PREDICTION", "FUTURE_TENSE", "CONDITIONAL", "OPINION",
    "HEDGE", "CONDITIONAL_OR_HEDGE")} | {"FINITE_VERB": classify.FINITE_VERB}
ALTERNATIVES = sorted({a for table in TABLES.values() for p in table.values() if p != C.NEVER for a in rewrite._alternatives(p)})
# The words of the rules, and what decides a \b, a class or a case-insensitive match next to them.
WORDS = sorted({w for table in TABLES.values() for p in table.values() for w in re.findall(r"[^\W\d_]+", p)}
               | {"Gartner", "McKinsey", "INSEE", "Jean-Paul", "qu'il", "qu’elle", "sera", "faranno", "wird", "gehen"})
TRICKY = ["K", "ſ", "İ", "ß", "É", "e\u0301", "_", "٣", "²", "1", "42", "2017", "13,3", "1 000", "5km", "%", "€", "$",
          "«", "»", "“", "”", "„", "\"", "'", "’", "(", ")", "-", ",", ";", ":", ".", "!", "?", "¿", "…", "\u00a0", "\x00",
          "ж", "Ж", "ǅ", "ω", "Ω", "ﬁ", "\u2003", "\u200d", "🙂", "Ⅻ", "的"]  # outside the alphabet (alphabet.py)
SEPARATORS = [" ", " ", " ", "", "  ", ", ", "'", "’", "-", " « ", " » ", "\u00a0", "\t", "\n", " (", ") ", "\"", "."]
LANG_VALUES = ["fr", "fr", "en", "de", "es", "it", "und", "pt", "xx"]

_token = st.sampled_from(WORDS).flatmap(lambda w: st.sampled_from([w, w.upper(), w.capitalize()])) | st.sampled_from(TRICKY)
_text = st.lists(st.tuples(_token, st.sampled_from(SEPARATORS)), max_size=18).map(lambda ts: "".join(t + s for t, s in ts))
_frames = st.lists(st.tuples(_text, st.sampled_from(LANG_VALUES)), min_size=30, max_size=30)
_slow = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def frame(rows: list[tuple[str, str]]) -> pl.DataFrame:
    """The rows as type_claims types them: the text itself (PLAIN), its small_text (TEXT), tagged."""
    texts, langs = zip(*rows, strict=True)
    return (pl.DataFrame({"__text": texts, "__lang": langs})
            .with_columns(C.TEXT.alias(f"{C.TEMP}plain"), alphabet.small_text(C.TEXT).alias("__text"))
            .with_columns(C.TAGGING))


def plain_contains(table: dict[str, str]) -> pl.Expr:
    """The rule as first written: the row language's pattern, or all languages' joined for the other languages."""
    patterns = {code: p for code, p in table.items() if p != C.NEVER}
    other = ~C.LANG.is_in(C.LANGS) & C.PLAIN.str.contains("|".join(f"(?:{p})" for p in patterns.values()))
    return pl.any_horizontal([(C.LANG == code) & C.PLAIN.str.contains(p) for code, p in patterns.items()] + [other])


def plain_in_main_clause(table: dict[str, str], not_cue: str) -> pl.Expr:
    """The rule as first written: the row language's cues minus those after its subordinators (other languages:
    every language's cues and subordinators) minus not_cue, positive."""
    def positive(pattern: str, subordinate: str) -> pl.Expr:
        n = C.PLAIN.str.count_matches(pattern).cast(pl.Int64)
        n = n - C.PLAIN.str.count_matches(subordinate + f"(?:{pattern})").cast(pl.Int64)
        return (n - C.PLAIN.str.count_matches(not_cue).cast(pl.Int64) if not_cue != C.NEVER else n) > 0

    patterns = {code: p for code, p in table.items() if p != C.NEVER}
    other = ~C.LANG.is_in(C.LANGS) & positive("|".join(f"(?:{p})" for p in patterns.values()), C.SUBORDINATE_ANY)
    return pl.any_horizontal([(C.LANG == code) & positive(p, C.SUBORDINATE.get(code, C.SUBORDINATE_ANY))
                              for code, p in patterns.items()] + [other])


def test_every_alternative_has_a_fast_form_and_a_tagged_place() -> None:
    for alternative in ALTERNATIVES:
        fast = rewrite._fast(alternative)
        rest = fast.removeprefix(C.FAST_BOUNDARY).removeprefix("^").replace("[^", "[")
        assert "^" not in rest, fast  # ^ only at the start, where the tag takes its place
    for code, pattern in C.ATTRIBUTION.items():
        assert [rewrite._span_form(a) for a in rewrite._alternatives(pattern)], code


@_slow
@given(_frames)
def test_fast_forms_match_the_same_texts(rows: list[tuple[str, str]]) -> None:
    texts = frame(rows)
    plain = texts.select(C.PLAIN.str.contains(a).alias(str(i)) for i, a in enumerate(ALTERNATIVES))
    fast = texts.select(C.PLAIN.str.contains(rewrite._fast(a)).alias(str(i)) for i, a in enumerate(ALTERNATIVES))
    for column in plain.columns:
        assert_series_equal(fast[column], plain[column], check_names=False), ALTERNATIVES[int(column)]


@_slow
@given(_frames)
def test_tagged_tables_give_the_row_language_rule(rows: list[tuple[str, str]]) -> None:
    texts = frame(rows)
    for name, table in TABLES.items():
        # (VERB_GROUPS name only the languages of FINITE_VERB)
        for groups in {C.ALL_AT_ONCE, C.ATTRIBUTION_GROUPS, C.OPINION_GROUPS} | (
                {classify.VERB_GROUPS} if name == "FINITE_VERB" else set()):
            fast = texts.select(matching._contains(table, pl.lit(True), groups)).to_series()
            assert_series_equal(fast, texts.select(plain_contains(table)).to_series(), check_names=False), name


def assert_first_match_is_the_plain_extract(texts: pl.DataFrame) -> None:
    table = C.ATTRIBUTION
    joined = "|".join(f"(?:{p})" for p in table.values())
    plain = pl.coalesce([pl.when(C.LANG == code).then(C.PLAIN.str.extract(p, 0)) for code, p in table.items()]
                        + [pl.when(~C.LANG.is_in(C.LANGS)).then(C.PLAIN.str.extract(joined, 0))])
    fast = matching._first_table_match(texts.lazy(), "cue", table, pl.lit(True)).collect()["cue"]
    assert_series_equal(fast, texts.select(plain).to_series(), check_names=False)


# Several cues in a text, so that which match comes first matters.
_CUE_WORDS = sorted({w for p in C.ATTRIBUTION.values() for w in re.findall(r"[^\W\d_]+", p)} | {"Gartner", "Dupont", "X"})
_cue_text = st.lists(st.tuples(st.sampled_from(_CUE_WORDS).flatmap(lambda w: st.sampled_from([w, w.capitalize()])),
                               st.sampled_from([" ", " ", ", ", "'", " « ", ". "])), max_size=14)


@_slow
@given(_frames, st.lists(st.tuples(_cue_text.map(lambda ts: "".join(t + s for t, s in ts)), st.sampled_from(LANG_VALUES)),
                         min_size=30, max_size=30))
def test_first_match_is_the_plain_extract(rows: list[tuple[str, str]], cue_rows: list[tuple[str, str]]) -> None:
    assert_first_match_is_the_plain_extract(frame(rows + cue_rows))


@pytest.mark.parametrize(("text", "lang"), [
    ("Selon Gartner, il a déclaré que tout va bien.", "fr"),  # two alternatives: the earlier one
    ("Il a déclaré, selon Le Monde, que tout va bien.", "fr"),
    ("Le rapport, explique qu'il pleut, déclare Paul.", "fr"),  # ", explique ..." starts before "explique qu"
    ("They said that, according to Gartner, studies show it.", "en"),
    ("Selon Le Monde, they said so; laut Gartner ist es so.", "pt"),  # other langs: the earliest of all languages
    ("According to Gartner, laut Insee and selon Pew.", "und"),
])
def test_first_match_picks_the_earliest_alternative(text: str, lang: str) -> None:
    assert_first_match_is_the_plain_extract(frame([(text, lang)]))


@_slow
@given(_frames)
def test_main_clause_counts_only_where_they_can_change_the_answer(rows: list[tuple[str, str]]) -> None:
    texts = frame(rows)
    for table, not_cue in C.MAIN_CLAUSE.values():
        staged = texts.with_columns(plain_contains(table).alias("has"))
        staged = staged.with_columns(matching._subtracted(table, pl.col("has"), not_cue).alias("maybe"))
        fast = staged.select((pl.col("has") & ~pl.col("maybe")) | matching._in_main_clause(table, pl.col("maybe"), not_cue))
        assert_series_equal(fast.to_series(), texts.select(plain_in_main_clause(table, not_cue)).to_series(),
                            check_names=False)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="aZé1'’- .\u00a0«»É_\t-x", max_size=40), min_size=1, max_size=30))
def test_word_counts_without_listing_the_words(texts: list[str]) -> None:
    plain = pl.DataFrame({"__text": texts})
    words = plain.select(C.TEXT.str.extract_all(C.COUNTED_WORD)).to_series()
    title = words.list.eval(pl.element().str.contains(r"^\p{Lu}").cast(pl.UInt32).sum()).list.first().to_list()
    assert plain.select(C.TEXT.str.count_matches(C.TITLE_WORD_START)).to_series().to_list() == title
    small = plain.with_columns(alphabet.small_text(C.TEXT))  # as classify types it
    for k in (0, 1, 2, 4, 9):
        at_least = small.with_columns(classify._at_least_words(k).alias("k"))["k"].to_list()
        assert at_least == [n >= k for n in words.list.len()]


@pytest.mark.parametrize("text", ["¿Qué?", " ¿Qué", "\u3000\t¿x", "x¿", "¿", "", " ", "\x1c¿", "Vraiment ?", "Oui ? » "])
def test_question_is_split_at_its_anchors(text: str) -> None:
    texts = pl.DataFrame({"__text": [text]})
    plain = texts.select(C.TEXT.str.contains(C.QUESTION)).item()
    split = texts.select(C.TEXT.str.contains(rewrite._alternatives(C.QUESTION)[0])
                         | C.TEXT.str.strip_chars_start().str.starts_with("¿")).item()
    assert split == plain


def test_words_not_counted_are_plain_so_membership_is_the_regex() -> None:
    for before, after in C.NOT_COUNTED.values():
        assert all(re.fullmatch(r"[^\W\d_]+", w) for w in before.split("|") + after.split("|"))


def test_the_regexes_of_every_row_run_on_one_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Polars keeps 32 compiled regexes per thread: past that, it compiles them all again for every batch of rows
    (0.1-0.2 s a batch). The rows reach the numbers and _features as one batch (classify._one_batch, before each:
    the numbers' group_by hands its rows on in several batches), so each of its regexes is compiled once per call;
    their count bounds that fixed cost (packs of PACK_CHARS: docs/tuning.md, "Claims")."""
    from polars.expr.string import ExprStringNameSpace

    steps: list[str] = []
    for step in ("_one_batch", "_features"):
        def recording_step(*args, _step=step, _function=getattr(classify, step), **kwargs):
            steps.append(_step)
            return _function(*args, **kwargs)
        monkeypatch.setattr(classify, step, recording_step)
    classify.type_claims(pl.LazyFrame({"sentence": ["x"], "lang": ["fr"]}))
    assert steps == ["_one_batch", "_one_batch", "_features"]

    patterns: set[str] = set()
    for method in ("contains", "extract", "extract_all", "count_matches", "replace_all", "find", "extract_groups"):
        def recording(self, pattern, *args, _method=getattr(ExprStringNameSpace, method), **kwargs):
            if isinstance(pattern, str) and not kwargs.get("literal", False):
                patterns.add(pattern)
            return _method(self, pattern, *args, **kwargs)
        monkeypatch.setattr(ExprStringNameSpace, method, recording)
    rows = pl.LazyFrame({"__text": ["x"], "__lang": ["fr"]}).with_row_index(f"{C.TEMP}row")
    classify._features(rows, min_words=4, min_unpunctuated_words=9, max_title_case_share=0.5, in_quotation=pl.lit(False))
    assert 20 < len(patterns) <= 64, f"{len(patterns)} regexes on every row: move some to _on_cue_rows"


def _every_character() -> pl.Series:
    return pl.Series([chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000])


def test_the_alphabet_holds_the_case_partners_of_its_characters() -> None:
    """(?i:) matches no character outside ALPHABET for a character in it: a placeholder never stands for one."""
    chars = _every_character()
    partners = chars.filter(chars.str.contains(f"(?i:{alphabet._class_of(alphabet.ALPHABET)})"))
    assert set(partners) <= alphabet.ALPHABET


def test_the_placeholders_keep_every_class_the_patterns_tell_apart() -> None:
    """Outside ALPHABET, each character is in exactly one class of PLACEHOLDERS, with its placeholder, and every
    class escape a pattern may use holds all of a class or none of it."""
    chars = _every_character().to_frame("c").filter(~pl.col("c").is_in(list(alphabet.ALPHABET)))
    classes = chars.select(pl.col("c").str.contains(f"^{cls}$").alias(ph) for cls, ph in alphabet.PLACEHOLDERS)
    assert classes.select(pl.sum_horizontal(pl.all()).eq(1).all()).item()
    for cls, placeholder in alphabet.PLACEHOLDERS:
        assert placeholder not in alphabet.ALPHABET
        assert pl.Series([placeholder]).str.contains(f"^{cls}$").item(), cls
        members = chars.filter(classes[placeholder])
        for atom in alphabet._ATOMS:
            inside = members.select(pl.col("c").str.contains(f"^{atom}$").n_unique()).item()
            assert inside == 1, (cls, atom)


@pytest.mark.parametrize("pattern", [r"\p{N}", r"[\x{4e00}]", "[à-ÿ]", "ø", r"\pL", r"[[a]]"])
def test_a_pattern_the_placeholders_would_not_keep_is_refused(pattern: str) -> None:
    with pytest.raises(ValueError):
        alphabet._small(pattern)


@given(st.lists(_text, min_size=1, max_size=20))
@_slow
def test_small_text_keeps_every_place(texts: list[str]) -> None:
    small = pl.DataFrame({"__text": texts}).select(alphabet.small_text(C.TEXT)).to_series()
    assert small.str.len_chars().to_list() == [len(t) for t in texts]
    assert set("".join(small)) <= alphabet.ALPHABET | {ph for _, ph in alphabet.PLACEHOLDERS}
