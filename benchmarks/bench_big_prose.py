"""Big prose files: how much of a file that is all article text the boilerplate stage keeps.

The main-block search was built for web pages; a book, a text dump or a long report is one big file of prose, and
none of it is page chrome. Each file is built from the article bodies of ../shared/eval/boilerplate/gold.json
(pages in id order, repeated until the file reaches `--mb` megabytes):
- `sentences`: prose only, one paragraph per line; a paragraph of the gold is prose when it passes C4's line rule
  (at least C4_MIN_WORDS words, a sentence mark at its end);
- `wrapped`: the same paragraphs hard-wrapped at WRAP_COLUMNS columns, a blank line between paragraphs (plain-text
  books, e-mail, RFCs);
- `paragraphs`: every paragraph of the gold, one per line: subheads, lists, product boxes and tables included.
Each file goes through transforms.pipeline.classify_files alone. Figures per file: share of its non-blank lines
kept, lines removed by the main-block rules (nav_head, nav_tail, after_comments) and by the others, and lines over
LONG_LINE_CHARS characters removed.

Run from the project root: `.venv/bin/python -m benchmarks.bench_big_prose [--mb 30]`. Prints figures, asserts
nothing; the last line is the one-line summary.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
import time

import polars as pl

from benchmarks.bench_boilerplate import BENCH_DIR, C4_MIN_WORDS, C4_README_END_MARKS, load_json

WRAP_COLUMNS = 72
LONG_LINE_CHARS = 200
MAIN_BLOCK_RULES = ("nav_head", "nav_tail", "after_comments")


def gold_paragraphs() -> list[str]:
    """Every non-empty paragraph of the gold article bodies, pages in id order."""
    gold = load_json(BENCH_DIR / "gold.json")
    return [p.strip() for page in sorted(gold) for p in gold[page]["articleBody"].split("\n") if p.strip()]


def is_prose(paragraph: str) -> bool:
    return len(paragraph.split()) >= C4_MIN_WORDS and re.search(C4_README_END_MARKS, paragraph) is not None


def layouts(paragraphs: list[str]) -> dict[str, list[str]]:
    """Each layout's lines for one pass over the gold (blank lines included)."""
    prose = [p for p in paragraphs if is_prose(p)]
    wrapped = [line for p in prose for line in [*textwrap.wrap(p, WRAP_COLUMNS), ""]]
    return {"sentences": prose, "wrapped": wrapped, "paragraphs": paragraphs}


def fill(lines: list[str], megabytes: float) -> str:
    """`lines` repeated, one per text line, up to `megabytes` of UTF-8."""
    target, size, out = megabytes * 1e6, 0, []
    while size < target:
        for line in lines:
            out.append(line)
            size += len(line.encode("utf-8")) + 1
            if size >= target:
                break
    return "\n".join(out) + "\n"


def measure(name: str, text: str) -> dict[str, float]:
    """Classify one file holding `text`; print and return its figures."""
    from transforms.pipeline import classify_files

    files = pl.LazyFrame({"source_path": [f"{name}.txt"], "source_sha256": [name], "file_key": [name], "text": [text]})
    started = time.perf_counter()
    lines = classify_files(files).collect().filter(~pl.col("is_blank"))
    seconds = time.perf_counter() - started
    removed = lines.filter(pl.col("rule").is_not_null())
    by_rule = dict(removed.group_by("rule").len().sort("len", descending=True).iter_rows())
    figures = {
        "lines": lines.height,
        "kept": 1 - removed.height / max(lines.height, 1),
        "main_block": int(removed["rule"].is_in(MAIN_BLOCK_RULES).sum()),
        "long_removed": int((removed["text"].str.len_chars() > LONG_LINE_CHARS).sum()),
    }
    print(f"{name:<11} {len(text.encode()) / 1e6:6.1f} MB {figures['lines']:>9,} lines  kept {figures['kept']:.4f}  "
          f"main-block removed {figures['main_block']:,}  long lines removed {figures['long_removed']:,}  "
          f"{seconds:.1f} s")  # fmt: skip
    print(f"            removed by rule: {by_rule}")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=30.0, help="size of each file, in megabytes")
    args = parser.parse_args()
    if not BENCH_DIR.is_dir():
        print(f"eval data not found at {BENCH_DIR}; nothing to benchmark")
        return 1
    results = {name: measure(name, fill(lines, args.mb)) for name, lines in layouts(gold_paragraphs()).items()}
    summary = " ".join(f"kept_{name}={r['kept']:.4f}" for name, r in results.items())
    long_removed = sum(r["long_removed"] for r in results.values())
    print(f"big_prose: mb={args.mb:g} {summary} long_lines_removed={long_removed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
