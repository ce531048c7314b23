"""The boilerplate benchmark's own metric: multiset overlap of 4-token shingles, averaged per page.

Follows the definition in ../shared/eval/README.md, which is the Scrapinghub article-extraction-benchmark's
`evaluate.py`. Two edge cases of that definition matter for reproducing its figures:
- a text with fewer than 4 tokens (but at least one) is one shingle made of all its tokens, not zero shingles;
- a page whose prediction is empty (tp + fp = 0) is left out of mean precision, and one whose gold is empty
  (tp + fn = 0) out of mean recall, rather than counted as 0 or 1.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

SHINGLE_TOKENS = 4
TOKEN = re.compile(r"\w+")  # str patterns are Unicode-aware; no IGNORECASE needed, `\w` has no case


class Overlap(NamedTuple):
    """Per-page shingle overlap, normalised so tp + fp + fn = 1 (all 0 when both texts have no token)."""

    tp: float
    fp: float
    fn: float


class Scores(NamedTuple):
    f1: float
    precision: float
    recall: float
    pages: int


def tokenize(text: str | None) -> list[str]:
    """`\\w+` runs, case kept; None counts as the empty text."""
    return TOKEN.findall(text or "")


def shingles(text: str | None, n: int = SHINGLE_TOKENS) -> Counter[tuple[str, ...]]:
    """Counts of every run of n consecutive tokens; a text of 1..n-1 tokens is a single shorter shingle."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def overlap(gold: str | None, predicted: str | None, n: int = SHINGLE_TOKENS) -> Overlap:
    """Multiset tp/fp/fn of the two texts' shingles, normalised by their sum so every page weighs the same."""
    true, pred = shingles(gold, n), shingles(predicted, n)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if total == 0:
        return Overlap(0.0, 0.0, 0.0)
    return Overlap(tp / total, fp / total, fn / total)


def page_precision(o: Overlap) -> float:
    return 1.0 if o.fp == o.fn == 0 else o.tp / (o.tp + o.fp)


def page_recall(o: Overlap) -> float:
    return 1.0 if o.fp == o.fn == 0 else o.tp / (o.tp + o.fn)


def score(overlaps: Iterable[Overlap]) -> Scores:
    """Mean precision over pages with a non-empty prediction, mean recall over pages with a non-empty gold,
    F1 their harmonic mean (not the mean of per-page F1). NaN where no page qualifies."""
    pages = list(overlaps)
    precisions = [page_precision(o) for o in pages if o.tp + o.fp > 0]
    recalls = [page_recall(o) for o in pages if o.tp + o.fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else float("nan")
    recall = sum(recalls) / len(recalls) if recalls else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else float("nan")
    return Scores(f1, precision, recall, len(pages))


def score_texts(gold: dict[str, str], predicted: dict[str, str | None], ids: Iterable[str]) -> Scores:
    """Score the pages `ids`; a page missing from `predicted` counts as an empty extraction."""
    return score(overlap(gold[i], predicted.get(i)) for i in ids)
