"""The claims gold: its shape (counts, shares, split by source) and the typing figures of both halves.

`pytest -s tests/transforms/test_claims_gold.py` prints the report of both halves.
"""

from __future__ import annotations

import hashlib

import polars as pl
import pytest

from transforms.claims import CLAIM_TYPES
from tests.transforms.claims_gold import (
    LABELS,
    NON_CLAIM,
    SPLITS,
    HalfScores,
    align,
    boundary_prf,
    format_report,
    load_gold,
    passage_texts,
    predict,
    score_gold,
)

MIN_SENTENCES = 650
MIN_SOURCES = 45
MIN_FRENCH_SHARE = 0.40
MIN_PER_LANGUAGE = {"en": 40, "de": 40, "es": 40, "it": 40}
MIN_PER_TYPE = 45
MIN_NONCLAIMS = 90
MIN_TEST_SENTENCES = 300
MACRO_F1_TARGET = 0.85
NONCLAIM_FP_TARGET = 0.08


@pytest.fixture(scope="module")
def gold() -> pl.DataFrame:
    return load_gold()


@pytest.fixture(scope="module")
def scores(gold: pl.DataFrame) -> dict[str, HalfScores]:
    return score_gold(gold)


# --- the data ----------------------------------------------------------------------------------------------------
def test_gold_rows_are_well_formed(gold: pl.DataFrame) -> None:
    assert gold.filter(pl.col("text").str.strip_chars() != pl.col("text")).height == 0  # trimmed sentences
    assert gold.filter(pl.col("text") == "").height == 0
    assert set(gold["split"].unique()) == set(SPLITS)
    assert gold.filter(pl.col("is_claim") != pl.col("claim_type").is_in(CLAIM_TYPES)).height == 0
    assert gold.filter(~pl.col("is_claim") & pl.col("claim_type").is_not_null()).height == 0
    lengths = [pl.col(name).list.len() for name in ("numbers", "number_values", "units")]
    assert gold.filter((lengths[0] != lengths[1]) | (lengths[0] != lengths[2])).height == 0
    assert gold.filter(pl.col("number_values").list.eval(pl.element().is_null()).list.any()).height == 0
    for text, numbers in gold.select("text", "numbers").iter_rows():
        assert all(number in text for number in numbers), (text, numbers)


def test_passages_are_unique_and_their_rows_consecutive(gold: pl.DataFrame) -> None:
    runs = gold.select((pl.col("passage") != pl.col("passage").shift(1)).fill_null(True).sum()).item()
    assert runs == gold["passage"].n_unique()  # a passage id never reappears after another passage
    per_passage = gold.group_by("passage").agg(pl.col("source", "lang", "split").n_unique())
    assert per_passage.filter(pl.max_horizontal("source", "lang", "split") > 1).height == 0


def test_gold_has_the_counts_and_shares_it_promises(gold: pl.DataFrame) -> None:
    assert gold.height >= MIN_SENTENCES
    assert gold["source"].n_unique() >= MIN_SOURCES
    per_language = dict(gold.group_by("lang").len().iter_rows())
    assert per_language["fr"] / gold.height >= MIN_FRENCH_SHARE, per_language
    assert all(per_language.get(lang, 0) >= n for lang, n in MIN_PER_LANGUAGE.items()), per_language
    per_type = dict(gold.filter(pl.col("is_claim")).group_by("claim_type").len().iter_rows())
    assert all(per_type.get(claim_type, 0) >= MIN_PER_TYPE for claim_type in CLAIM_TYPES), per_type
    assert gold.filter(~pl.col("is_claim")).height >= MIN_NONCLAIMS
    assert gold.filter(pl.col("split") == "test").height >= MIN_TEST_SENTENCES


def expected_split(source: str, legacy_sources: set[str]) -> str:
    """The split rule (README.md): a source of the former gold is tune, any other goes by the parity of its sha1."""
    if source in legacy_sources:
        return "tune"
    return "test" if int(hashlib.sha1(source.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "tune"


def test_gold_is_split_by_source_with_the_documented_rule(gold: pl.DataFrame) -> None:
    halves = gold.group_by("source").agg(pl.col("split").unique())
    assert halves.filter(pl.col("split").list.len() > 1).height == 0  # no source in both halves
    legacy = set(gold.filter(pl.col("passage").str.contains("#legacy", literal=True))["source"])
    for source, (split,) in halves.iter_rows():
        assert split == expected_split(source, legacy), source
    languages = gold.group_by("split").agg(pl.col("lang").unique().sort())
    assert all(set(langs) >= {"fr", "en", "de", "es", "it"} for _, langs in languages.iter_rows())


# --- the scoring -------------------------------------------------------------------------------------------------
def test_a_gold_sentence_takes_the_prediction_it_overlaps_most() -> None:
    gold = pl.DataFrame({
        "row": [0, 1, 2], "passage": ["a", "a", "b"], "char_start": [0, 13, 0], "char_end": [12, 30, 12],
        "is_claim": [False, True, True], "claim_type": [None, "quote", "other"], "numbers": [[], [], ["1"]],
    }, schema_overrides={"row": pl.UInt32, "char_start": pl.Int64, "char_end": pl.Int64})
    predicted = pl.DataFrame({  # passage a split once, wrongly; passage b found whole
        "passage": ["a", "a", "b"], "char_start": [0, 5, 0], "char_end": [4, 30, 12], "is_claim": [False, True, True],
        "claim_type": ["other", "quote", "statistic"], "has_number": [False, False, True], "numbers": [[], [], ["1"]],
    }, schema_overrides={"char_start": pl.Int64, "char_end": pl.Int64})
    out = align(gold, predicted)
    assert out["gold_label"].to_list() == [NON_CLAIM, "quote", "other"]
    assert out["pred_label"].to_list() == ["quote", "quote", "statistic"]  # row 0 shares 7 characters with [5, 30), 4 with [0, 4)
    assert out["exact"].to_list() == [False, False, True]


def test_the_pipeline_path_sees_every_passage_text(gold: pl.DataFrame) -> None:
    passages = passage_texts(gold)
    predicted = predict(passages)
    texts = dict(passages.select("passage", "text").iter_rows())
    for passage, start, end, sentence in predicted.select("passage", "char_start", "char_end", "sentence").iter_rows():
        assert texts[passage][start:end] == sentence
    assert set(predicted["passage"]) == set(texts)


def test_both_halves_are_scored_and_printed(gold: pl.DataFrame, scores: dict[str, HalfScores]) -> None:
    print("\n" + format_report(scores))
    for half in SPLITS:
        rows = gold.filter(pl.col("split") == half)
        half_scores = scores[half]
        assert half_scores.n_sentences == rows.height
        assert half_scores.confusion.select(pl.sum_horizontal(LABELS).sum()).item() == rows.height
        supports = {claim_type: n for claim_type, (_, _, _, n) in half_scores.per_type.items()}
        assert supports == {t: rows.filter(pl.col("claim_type") == t).height for t in CLAIM_TYPES}
        matched, predicted_ends, gold_ends = half_scores.boundary
        assert matched <= min(predicted_ends, gold_ends)
        assert gold_ends == rows.height - rows["passage"].n_unique()
        assert 0.0 <= boundary_prf(half_scores.boundary)[2] <= 1.0


@pytest.mark.xfail(strict=True, reason="claims rules not yet generalised (issue 16)")
def test_the_test_half_reaches_the_targets(scores: dict[str, HalfScores]) -> None:
    report = format_report(scores)
    print("\n" + report)
    test = scores["test"]
    assert test.macro_f1 >= MACRO_F1_TARGET, report
    assert test.nonclaim_fp <= NONCLAIM_FP_TARGET, report
    assert test.has_number_misses == [], report
    if test.number_values is not None:  # once type_claims emits number_values
        assert test.number_values == 1.0, report
