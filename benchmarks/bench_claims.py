"""Score claim typing on the claims gold (tests/data/claims_gold/), both halves, through the pipeline's path.

Run from the project root: `.venv/bin/python benchmarks/bench_claims.py`.
Each passage is split by split_sentences and typed by type_claims as build_claims does; each gold sentence takes
the prediction of the sentence it overlaps most. Rules are changed only because of `tune` rows; `test` is reported
apart. Prints per-type P/R/F1, macro F1, the non-claim false-positive rate, the numbers' exactness, sentence
boundaries and the confusion matrix of each half, then one summary line.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.transforms.claims_gold import format_report, score_gold, summary_line  # noqa: E402


def main() -> None:
    scores = score_gold()
    print(format_report(scores))
    print(summary_line(scores))


if __name__ == "__main__":
    main()
