from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal, assert_series_equal

from transforms import language
from transforms.language import model as language_model
from transforms.language import scoring
from transforms.language import BACKENDS, UND, combine_block_languages, detect_language

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SENTENCES = ROOT / ".." / "shared" / "eval" / "langid" / "sentences.tsv"

FRENCH = (
    "Pendant deux jours, à la Maison de la Mutualité à Paris, l'entreprise a organisé un forum d'échange "
    "à destination des directeurs marketing et des directeurs des systèmes d'information."
)
ENGLISH = (
    "The company gathered more than two hundred marketing and information officers of its largest European "
    "customers to propose a shared agenda in three points."
)


def _detect(texts: list[str | None], **options) -> pl.DataFrame:
    return detect_language(pl.LazyFrame({"text": texts}, schema={"text": pl.String}), **options).collect()


@pytest.mark.parametrize("backend", BACKENDS)
def test_detect_language_adds_lang_and_score_columns(backend: str) -> None:
    out = _detect([FRENCH, ENGLISH], backend=backend)
    assert out.schema == pl.Schema({"text": pl.String, "lang": pl.String, "lang_score": pl.Float64})
    assert out["lang"].to_list() == ["fr", "en"]
    assert all(0.5 < s <= 1.0 for s in out["lang_score"])


@pytest.mark.parametrize("backend", BACKENDS)
def test_no_letters_urls_and_crumbs_are_und(backend: str) -> None:
    texts = ["0", "1815", ":-)", "https://www.example.com/fr/recherche?q=1", "www.example.org", "a@b.fr", "", "  ", None]
    out = _detect(texts, backend=backend)
    assert out["lang"].to_list() == [UND] * len(texts)
    assert out["lang_score"].to_list() == [0.0] * len(texts)


def test_short_lines_langdetect_gets_wrong_are_und() -> None:
    """Regression: langdetect says 'Recherche' -> de, '• Imprimer' -> ro, 'au magazine' -> sw."""
    out = _detect(["Recherche", "• Imprimer", "au magazine"])
    assert out["lang"].to_list() == [UND] * 3
    assert _detect(["au magazine"], min_letters=3)["lang"].item() != UND  # the threshold is what decides


def test_unknown_backend_lists_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="profiles, langdetect"):
        detect_language(pl.LazyFrame({"text": ["x"]}), backend="cld3")


@pytest.mark.parametrize("backend", BACKENDS)
def test_repeated_runs_give_identical_output(backend: str) -> None:
    texts = [FRENCH, ENGLISH, "Recherche documentaire", "au magazine du mois", "Guten Morgen, wie geht's?"]
    first = _detect(texts, backend=backend, min_letters=3)
    for _ in range(3):
        assert_frame_equal(_detect(texts, backend=backend, min_letters=3), first)


def test_result_does_not_depend_on_the_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: a text's score moved in the last digits with the rows it was grouped with. The sums are exact
    (log-probabilities on a 2^-19 grid), so any grouping or chunking gives the same bits."""
    texts = [FRENCH, ENGLISH, "Это русский текст о погоде.", "這是一個關於天氣的中文句子。", "Ceci est court."]
    texts.append("x" * 5000)  # one row longer than a chunk
    batch = [f"{t} {i}" for i in range(40) for t in texts]  # distinct: repeated texts are scored once
    alone = pl.concat([_detect([t]) for t in batch[: len(texts)]])
    many = _detect(batch)
    for chunk_chars, group_rows in ((300, 1), (7000, 5), (1 << 20, 1000)):
        monkeypatch.setattr(scoring, "_CHUNK_CHARS", chunk_chars)
        monkeypatch.setattr(scoring, "_GROUP_ROWS", group_rows)
        assert_frame_equal(_detect(batch), many)
    assert_frame_equal(many.head(len(texts)), alone)


def test_repeated_texts_are_scored_once_with_their_own_result(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [FRENCH, ENGLISH, None, FRENCH, "", ENGLISH, None, "Guten Morgen, wie geht es dir heute?"]
    alone = pl.concat([_detect([t]) for t in texts])
    scored: list[int] = []
    score = scoring._score_distinct
    monkeypatch.setattr(scoring, "_score_distinct", lambda t, **kw: scored.append(len(t)) or score(t, **kw))
    assert_frame_equal(_detect(texts), alone)
    assert scored == [4]  # FRENCH, ENGLISH, "" (null too), German


@given(st.lists(st.one_of(st.none(), st.text(max_size=30)), max_size=12))
@settings(max_examples=100, deadline=None)
def test_count_letters_is_count_matches_of_letter(texts: list[str | None]) -> None:
    """The table lookup replaces str.count_matches(LETTER): same counts (astral letters, nulls included)."""
    series = pl.Series("text", texts, dtype=pl.String)
    expected = series.str.count_matches(language.LETTER)
    assert_series_equal(scoring._count_letters(series), expected)
    assert_series_equal(scoring._per_distinct(scoring._count_letters, series), expected)


def test_count_letters_counts_astral_and_cjk_letters() -> None:
    series = pl.Series("text", ["𝒜𝒷 𠀀 ab1 é́", "", None, "12 !?"])
    assert scoring._count_letters(series).to_list() == [6, 0, None, 0]  # the combining accent is no letter


@pytest.mark.parametrize(
    "text",
    [
        "Hello World  ABC def USA is BIG",
        "Élève ÉTÉ, l'été!  x ",
        unicodedata.normalize("NFD", "Tiếng Việt có dấu ĐÂY"),
        "Привет мир hello world",
        "Привет мир, это текст hello",
        "中文字符 日本語 ひらがな カタカナ 한국어",
        "ab😀cd 😀 x",
        FRENCH,
        ENGLISH + " " + FRENCH.upper(),
        "Это русский текст о погоде в Москве, 25 мая.",
        "這是一個關於天氣的中文句子。東京の天気は晴れです。 한국어 문장입니다",
        "Tiếng Việt là ngôn ngữ chính thức của Việt Nam; có khoảng 85 triệu người nói.",
        "a  b   c x  y z\t\n Ab AB aB ABc l'été -- l' été x y",  # runs of spaces, one-letter words, case
    ],
)
def test_profiles_count_exactly_the_ngrams_langdetect_extracts(text: str) -> None:
    """The model is langdetect's: same normalisation, same n-grams (acronyms, Vietnamese, scripts), each found in
    the unit tables with its own probabilities (the 3-gram hash, the pair table and the folded 1-grams)."""
    import langdetect.detector_factory as factory

    factory.init_factory()
    detector = factory._factory.create()
    detector.append(text)
    detector.cleaning_text()
    expected = Counter(detector._extract_ngrams())

    model = language_model._model()
    codes = np.frombuffer((" " + text).encode("utf-32-le"), dtype=np.uint32)
    codes, starts = scoring._normalize_vi(model, codes, np.array([0]))
    _, latin, non_latin = scoring._class_counts(model, codes, starts, np.array([len(codes)]))
    codes, starts = scoring._drop_latin_in_non_latin(codes, starts, latin * 2 < non_latin)
    loglik, n_grams = scoring._log_likelihood(model, codes, starts, np.zeros(len(codes), dtype=np.int64))

    assert n_grams[0] == sum(expected.values())
    order = [factory._factory.langlist.index(lang) for lang in model.langs.to_list()[:-1]]

    def log_p(gram: str) -> np.ndarray:  # langdetect's probabilities; the backend's smoothing, penalty and weights
        p = np.array(detector.word_lang_prob_map[gram])[order]
        lp = np.log(p + language_model._ALPHA / 10_000)
        lp = np.where(p > 0, lp, np.maximum(lp, lp.max() - language_model._UNSEEN_PENALTY))
        return lp * language_model._ORDER_WEIGHTS[len(gram) - 1]

    reference = sum(count * log_p(g) for g, count in expected.items())
    np.testing.assert_allclose(loglik[0], reference, rtol=1e-6)


def test_reads_past_langdetects_10000_characters() -> None:
    text = (ENGLISH + " ") * 70 + (FRENCH + " ") * 200  # 10k characters of English, then 30k of French
    assert _detect([text])["lang"].item() == "fr"


def test_huge_text_is_scored_without_error() -> None:
    out = _detect([(FRENCH + " ") * 15_000, "x" * 3_000_000])
    assert out["lang"].to_list()[0] == "fr"


text_inputs = st.one_of(
    st.none(),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=300),
    st.binary(max_size=300).map(lambda b: b.decode("latin-1")),
    st.text(alphabet="aàÀAé ,.-'\t\n0123456789ΣσЖжあア中한ệ\u0301😀@:/", max_size=200),
    st.sampled_from([FRENCH, ENGLISH]).map(lambda t: t.upper()),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(text_inputs, max_size=12))
def test_profiles_never_raises_and_returns_valid_columns(texts: list[str | None]) -> None:
    out = _detect(texts)
    assert out.height == len(texts)
    assert out["lang"].null_count() == 0
    assert set(out["lang"]) <= set(language_model._model().langs)
    assert out["lang_score"].is_between(0.0, 1.0).all()
    assert out.filter(pl.col("lang") == UND)["lang_score"].eq(0.0).all()


@settings(max_examples=25, deadline=None)
@given(st.lists(text_inputs, max_size=4))
def test_langdetect_backend_never_raises(texts: list[str | None]) -> None:
    out = _detect(texts, backend="langdetect")
    assert out["lang"].null_count() == 0
    assert out["lang_score"].is_between(0.0, 1.0).all()


def test_mixed_french_english_document_is_flagged() -> None:
    blocks = pl.LazyFrame(
        {
            "doc_id": ["mixed"] * 4 + ["french"] * 3,
            "text": [FRENCH, ENGLISH, FRENCH, "1815", FRENCH, FRENCH, "The end."],
        }
    )
    out = combine_block_languages(blocks.pipe(detect_language)).collect()
    assert out["doc_id"].to_list() == ["french", "mixed"]
    assert out["is_mixed_lang"].to_list() == [False, True]
    french, mixed = out["lang_shares"].to_list()
    assert [s["lang"] for s in mixed] == ["fr", "en"]
    letters = {t: sum(c.isalpha() for c in t) for t in (FRENCH, ENGLISH)}
    assert mixed[1]["share"] == pytest.approx(letters[ENGLISH] / (2 * letters[FRENCH] + letters[ENGLISH]))
    assert [s["lang"] for s in french] == ["fr"]  # "The end." has too few letters: 'und', left out


def test_combine_block_languages_shares_by_letters() -> None:
    blocks = pl.LazyFrame(
        {
            "doc_id": ["a", "a", "a", "a", "a", "b", "b", "c"],
            "text": ["abcd", "efgh", "ijkl", "mnop", "qrst", "zz", "yy", None],
            "lang": ["fr", "fr", "fr", "fr", "en", "de", "da", UND],
        }
    )
    out = combine_block_languages(blocks).collect()
    expected = pl.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "lang_shares": [
                [{"lang": "fr", "share": 0.8}, {"lang": "en", "share": 0.2}],
                [{"lang": "da", "share": 0.5}, {"lang": "de", "share": 0.5}],
                [],
            ],
            "is_mixed_lang": [True, True, False],  # exactly mixed_share (1 block in 5) counts as mixed
        },
        schema={
            "doc_id": pl.String,
            "lang_shares": pl.List(pl.Struct({"lang": pl.String, "share": pl.Float64})),
            "is_mixed_lang": pl.Boolean,
        },
    )
    assert_frame_equal(out, expected)
    assert combine_block_languages(blocks, mixed_share=0.25).collect()["is_mixed_lang"].to_list() == [False, True, False]


@pytest.mark.skipif(not SEEDS, reason="no seeds")
def test_profiles_agree_with_langdetect_on_the_seed_documents() -> None:
    docs = pl.LazyFrame({"text": [p.read_text(encoding="utf-8") for p in SEEDS]})
    profiles = detect_language(docs, backend="profiles").collect()
    reference = detect_language(docs, backend="langdetect").collect()
    assert profiles["lang"].to_list() == reference["lang"].to_list()
    assert set(profiles["lang"]) == {"fr"}


@pytest.mark.skipif(not SENTENCES.exists(), reason="shared language-ID sentences not available")
def test_profiles_accuracy_on_shared_sentences() -> None:
    sample = (
        pl.scan_csv(SENTENCES, separator="\t", quote_char=None)
        .filter(pl.col("text").str.len_chars() >= 100)
        .group_by("lang")
        .head(10)
        .collect()
    )
    out = detect_language(sample.lazy().rename({"lang": "truth"})).collect()
    assert (out["lang"] == out["truth"]).mean() >= 0.95
