"""Articles and sections computed from rows in order (no `.over()`): same results whatever the input order."""

from __future__ import annotations

import polars as pl
from polars.testing import assert_frame_equal

from tests.conftest import SEEDS
from transforms.articles import PY_WHITESPACE, since_run_start, starts_run
from transforms.boilerplate import EDGE_SPACE
from transforms.ingest import decode_bytes
from transforms.pipeline import build_articles, build_sections, classify_files


def test_py_whitespace_is_what_edge_space_strips() -> None:
    """strip_chars(PY_WHITESPACE) replaced replace_all(EDGE_SPACE, ""): the same characters, and str.strip()'s."""
    chars = pl.Series([chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000])
    edge = "".join(chars.filter(chars.str.contains(f"^(?:{EDGE_SPACE})$")).to_list())
    assert edge == PY_WHITESPACE
    texts = pl.Series([" \x1c a b\u3000\x85", "\u00a0x\u200b ", "", "  ", "\x1fé\x1f"])
    stripped = texts.str.strip_chars(PY_WHITESPACE).to_list()
    assert stripped == texts.str.replace_all(EDGE_SPACE, "").to_list() == [t.strip() for t in texts]


def test_runs_restart_per_key() -> None:
    frame = pl.DataFrame({"k": ["a", "a", "b", "b", "b", "a"], "x": [1, 2, 3, 4, 5, 6]})
    out = frame.select(
        starts_run("k").alias("start"),
        since_run_start(pl.col("x").cum_sum(), starts_run("k")).alias("since"),
    )
    assert out["start"].to_list() == [True, False, True, False, False, True]
    assert out["since"].to_list() == [0, 2, 0, 4, 9, 0]


def _seed_lines() -> pl.DataFrame:
    files = {p.name: decode_bytes(p.read_bytes()).text for p in sorted(SEEDS.glob("*.txt"))}
    frame = pl.LazyFrame(
        {
            "source_path": list(files),
            "source_sha256": [f"sha-{p}" for p in files],
            "file_key": [f"key{i}" for i in range(len(files))],
            "text": list(files.values()),
        }
    )
    return classify_files(frame).collect()


def test_articles_and_sections_do_not_depend_on_the_order_of_lines() -> None:
    """The lines are sorted once (file, line number); every later step reads runs in that order."""
    lines = _seed_lines()
    article_lines, documents = build_articles(lines.lazy())
    documents = documents.collect()
    sections = build_sections(article_lines, documents.lazy()).collect()
    shuffled = lines.sample(fraction=1.0, shuffle=True, seed=3)
    article_lines_2, documents_2 = build_articles(shuffled.lazy())
    assert_frame_equal(documents_2.collect(), documents)
    assert_frame_equal(article_lines_2.collect(), article_lines.collect())
    assert_frame_equal(build_sections(article_lines_2, documents.lazy()).collect(), sections)
