"""The benchmark metric on hand-made pages, and against the eval README's reference figures when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.shingles import Overlap, overlap, score, shingles, tokenize

EVAL_BOILERPLATE = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "boilerplate"


def test_tokenize_keeps_case_and_unicode_word_runs() -> None:
    assert tokenize("L'été, São Paulo — 2019!") == ["L", "été", "São", "Paulo", "2019"]
    assert tokenize(None) == []


def test_shingles_count_repeats() -> None:
    assert shingles("a b c d a b c d") == {
        ("a", "b", "c", "d"): 2, ("b", "c", "d", "a"): 1, ("c", "d", "a", "b"): 1, ("d", "a", "b", "c"): 1,
    }


def test_text_shorter_than_a_shingle_is_one_short_shingle() -> None:
    assert shingles("Hello world") == {("Hello", "world"): 1}
    assert overlap("Hello world", "Hello world") == Overlap(1.0, 0.0, 0.0)
    assert overlap("Hello world", "Hello world again") == Overlap(0.0, 0.5, 0.5)


def test_overlap_is_a_multiset_normalised_to_one() -> None:
    # gold: abcd x2, bcda, cdab, dabc (5 shingles); the prediction's one abcd matches one of them
    assert overlap("a b c d a b c d", "a b c d") == Overlap(0.2, 0.0, 0.8)


def test_overlap_ignores_punctuation_but_not_case() -> None:
    assert overlap("The cat sat down.", "The, cat; sat — down") == Overlap(1.0, 0.0, 0.0)
    assert overlap("The cat sat down", "the cat sat down") == Overlap(0.0, 0.5, 0.5)


def test_empty_prediction_counts_for_recall_only() -> None:
    perfect, empty = overlap("a b c d", "a b c d"), overlap("a b c d", "")
    assert empty == Overlap(0.0, 0.0, 1.0)
    result = score([perfect, empty])
    assert (result.precision, result.recall) == (1.0, 0.5)


def test_both_empty_is_left_out_of_both_means() -> None:
    assert overlap("", "...") == Overlap(0.0, 0.0, 0.0)
    result = score([overlap("", ""), overlap("a b c d e", "a b c d")])
    assert (result.precision, result.recall, result.pages) == (1.0, 0.5, 2)


def test_f1_is_harmonic_mean_of_mean_precision_and_mean_recall() -> None:
    # page 1: P 1, R 0.5; page 2: P 0.5, R 1 -> means 0.75 / 0.75 -> F1 0.75 (mean of page F1s would be 0.667)
    pages = [Overlap(1 / 2, 0.0, 1 / 2), Overlap(1 / 2, 1 / 2, 0.0)]
    assert score(pages).f1 == pytest.approx(0.75)


@given(st.text(max_size=60), st.text(max_size=60))
def test_overlap_sums_to_one_and_swaps_fp_fn(gold: str, predicted: str) -> None:
    forward, backward = overlap(gold, predicted), overlap(predicted, gold)
    assert sum(forward) == pytest.approx(1.0 if tokenize(gold) or tokenize(predicted) else 0.0)
    assert (forward.tp, forward.fp, forward.fn) == pytest.approx((backward.tp, backward.fn, backward.fp))


@pytest.mark.skipif(not EVAL_BOILERPLATE.is_dir(), reason="../shared/eval/boilerplate is absent")
def test_reproduces_readme_reference_figures() -> None:
    gold = {k: v["articleBody"] for k, v in json.loads((EVAL_BOILERPLATE / "gold.json").read_text("utf-8")).items()}
    raw = {k: (EVAL_BOILERPLATE / "raw" / f"{k}.txt").read_text("utf-8") for k in gold}
    result = score(overlap(gold[k], raw[k]) for k in gold)
    assert (round(result.f1, 3), round(result.precision, 3), round(result.recall, 3)) == (0.665, 0.500, 0.994)
    # jusText returns nothing on 29 pages: its 0.804 holds only if empty outputs are left out of precision
    peers = json.loads((EVAL_BOILERPLATE / "peers_on_html.json").read_text("utf-8"))
    justext = peers["justext"]["output"]
    assert round(score(overlap(gold[k], justext[k].get("articleBody")) for k in gold).f1, 3) == 0.804
