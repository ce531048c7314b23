"""Big prose files keep their prose: hard-wrapped plain text and long files of many articles.

Built from the prose lines of the seed articles (benchmarks/bench_big_prose.py measures the same on 30 MB of the
Scrapinghub gold). The main-block search was made for web pages: a plain-text file hard-wrapped at 72 columns lost
most of its lines as nav_tail, and in a long file every article scoring under half of the longest one was cut.
"""

from __future__ import annotations

import textwrap

import polars as pl

from tests.conftest import SEEDS
from transforms.ingest import decode_bytes
from transforms.pipeline import build_articles, build_sections, classify_files

SEED_TEXTS = {p.name: decode_bytes(p.read_bytes()).text for p in sorted(SEEDS.glob("*.txt"))}
# a wall of page chrome: ten short lines, several named by the single-line rules
WALL = ["Accueil", "Actualités", "Partager", "Imprimer", "S'abonner à la newsletter", "Contact", "Mentions légales",
        "Plan du site", "Facebook", "Twitter"]  # fmt: skip


def _classify(texts: dict[str, str]) -> pl.DataFrame:
    files = pl.LazyFrame({"source_path": list(texts), "source_sha256": list(texts), "file_key": list(texts),
                          "text": list(texts.values())})  # fmt: skip
    return classify_files(files).collect()


def _seed_prose() -> dict[str, list[str]]:
    """Each seed's article paragraphs: the sentence lines the cleaner keeps on the page."""
    lines = _classify(SEED_TEXTS)
    kept = lines.filter(pl.col("rule").is_null() & pl.col("is_prose") & pl.col("ends_sentence"))
    return {name: kept.filter(pl.col("source_path") == name)["text"].to_list() for name in SEED_TEXTS}


def _fill(lines: list[str], megabytes: float) -> list[str]:
    out, size = [], 0
    while size < megabytes * 1e6:
        out += lines
        size += sum(len(line.encode()) + 1 for line in lines)
    return out


def test_a_hard_wrapped_prose_file_keeps_its_lines() -> None:
    paragraphs = [p for lines in _seed_prose().values() for p in lines]
    wrapped = _fill([line for p in paragraphs for line in [*textwrap.wrap(p, 72), ""]], 2.0)
    lines = _classify({"book.txt": "\n".join(wrapped)}).filter(~pl.col("is_blank"))
    assert lines["wraps"].mean() > 0.5
    assert lines["rule"].null_count() >= 0.99 * lines.height


def test_hard_wrapped_lines_are_neither_titles_nor_headings() -> None:
    paragraphs = [p for lines in _seed_prose().values() for p in lines]
    wrapped = [line for p in paragraphs for line in [*textwrap.wrap(p, 72), ""]]
    lines = _classify({"book.txt": "\n".join(wrapped)})
    article_lines, documents = build_articles(lines.lazy())
    documents = documents.collect()
    sections = build_sections(article_lines, documents.lazy()).collect()
    wrapping = set(lines.filter(pl.col("wraps"))["text"])
    assert documents["title"].is_in(wrapping).sum() == 0
    assert sections["heading"].is_in(wrapping).sum() == 0


def test_flattened_pages_are_not_hard_wrapped() -> None:
    assert not _classify(SEED_TEXTS)["wraps"].any()


def test_every_article_of_a_long_file_is_kept() -> None:
    """A long article, then shorter ones, each after a wall of chrome: none scores half of the first."""
    prose = _seed_prose()
    longest, *others = sorted(prose, key=lambda name: -sum(len(p.split()) for p in prose[name]))
    articles = [prose[longest] * 4, *(prose[name] for name in others)]
    page = [line for article in articles for line in [*WALL, *article]]
    lines = _classify({"digest.txt": "\n".join(page)})
    article_rules = lines.filter(pl.col("text").is_in([p for a in articles for p in a]))["rule"]
    assert article_rules.null_count() == article_rules.len()
    assert lines.filter(pl.col("text") == "Imprimer")["rule"].to_list() == ["print"] * len(articles)

