"""Copies of a page do not cancel each other out: cross-file repetition counts a line once per content.

A seed article and a copy of it under another name (its bytes re-encoded, another footer line, a corrected
sentence) keep every line the article keeps alone, in the run's batch path and in one call; the copy gets a
duplicate mark; a template line on three distinct pages is still removed.
"""

from __future__ import annotations

import hashlib

import polars as pl
import pytest

from tests.conftest import SEEDS
from transforms.boilerplate import repeated_keys
from transforms.duplicates import mark_duplicates
from transforms.ingest import decode_bytes
from transforms.pipeline import build_articles, classify_files, file_repetition_facts

SEED_TEXTS = {p.name: decode_bytes(p.read_bytes()).text for p in sorted(SEEDS.glob("*.txt"))}
ARTICLE_NAME = "001_b2ecfc15b9bd7b62.txt"
ARTICLE = SEED_TEXTS[ARTICLE_NAME]
OTHERS = {name: text for name, text in SEED_TEXTS.items() if name != ARTICLE_NAME}
TITLE = "Servir, ensemble, le consommateur digital"
FOOTER = "Article repris de marketing-digital.example avec l’aimable autorisation de son éditeur."
SENTENCE = "Nous assistons à une profonde transformation des métiers technologiques et marketing."
TEMPLATE = "Marketing is Dead, le blog du marketing"

COPIES = {
    # same text, other bytes (CRLF or another encoding before decoding): another sha256
    "reencoded": (ARTICLE, "sha-reencoded"),
    "footer": (f"{ARTICLE}\n{FOOTER}\n", None),
    "corrected": (ARTICLE.replace(SENTENCE, SENTENCE.replace("profonde", "très profonde")) + f"\n{FOOTER}\n", None),
}


def _files(texts: dict[str, str], sha: dict[str, str] | None = None) -> pl.DataFrame:
    sha = sha or {}
    return pl.DataFrame(
        {
            "source_path": list(texts),
            "source_sha256": [sha.get(n) or hashlib.sha256(t.encode()).hexdigest() for n, t in texts.items()],
            "file_key": list(texts),
            "text": list(texts.values()),
        }
    )


def _classify(files: pl.DataFrame, batches: list[list[str]] | None) -> pl.DataFrame:
    """Every line with its rule: in one call, or as a run classifies its batches (scan, run-wide keys, classify)."""
    if batches is None:
        return classify_files(files.lazy()).collect()
    parts = [files.filter(pl.col("source_path").is_in(names)) for names in batches]
    facts = [file_repetition_facts(part.lazy()) for part in parts]
    repeated = repeated_keys(pl.concat([f.pairs for f in facts]).lazy(), pl.concat([f.fingerprints for f in facts]).lazy())
    return pl.concat([classify_files(part.lazy(), repeated=repeated).collect() for part in parts])


def _rules(lines: pl.DataFrame, name: str) -> list[str | None]:
    return lines.filter(pl.col("source_path") == name).sort("line_no")["rule"].to_list()


@pytest.mark.parametrize("kind", sorted(COPIES))
@pytest.mark.parametrize("batched", [False, True])
def test_a_copy_keeps_every_line_the_article_keeps_alone(kind: str, batched: bool) -> None:
    copy_text, copy_sha = COPIES[kind]
    alone = _classify(_files({"a.example/article.txt": ARTICLE, **OTHERS}), None)
    texts = {"a.example/article.txt": ARTICLE, "b.example/repost.txt": copy_text, **OTHERS}
    batches = [["a.example/article.txt", *OTHERS], ["b.example/repost.txt"]] if batched else None
    lines = _classify(_files(texts, {"b.example/repost.txt": copy_sha} if copy_sha else None), batches)
    expected = _rules(alone, "a.example/article.txt")
    assert TITLE in lines["text"] and "repeated_across_files" not in lines["rule"]
    assert _rules(lines, "a.example/article.txt") == expected
    copy_rules = _rules(lines, "b.example/repost.txt")
    assert copy_rules[: len(expected)] == expected  # the footer line after them is the copy's own affair
    title = lines.filter(pl.col("text") == TITLE)
    assert title.height == 2 and title["rule"].is_null().all()


@pytest.mark.parametrize(("kind", "mark"), [("reencoded", "duplicate_of"), ("corrected", "near_duplicate_of")])
def test_the_copy_is_marked_a_duplicate_of_the_article(kind: str, mark: str) -> None:
    copy_text, copy_sha = COPIES[kind]
    texts = {"a.example/article.txt": ARTICLE, "b.example/repost.txt": copy_text, **OTHERS}
    lines = _classify(_files(texts, {"b.example/repost.txt": copy_sha} if copy_sha else None), None)
    _, documents = build_articles(lines.lazy())
    marked = mark_duplicates(documents).collect()
    article = marked.filter(pl.col("source_path") == "a.example/article.txt")
    copy = marked.filter(pl.col("source_path") == "b.example/repost.txt")
    assert article[mark].to_list() == [None]
    assert copy[mark].to_list() == article["doc_id"].to_list()


@pytest.mark.parametrize("batched", [False, True])
def test_a_template_line_on_three_distinct_pages_is_still_removed(batched: bool) -> None:
    """Three different articles share a template line (plus a copy of one of them): the line is a template."""
    names = sorted(SEED_TEXTS)[:3]
    texts = {name: SEED_TEXTS[name].replace("\n", f"\n{TEMPLATE}\n", 1) for name in names}
    texts["copy/" + names[0]] = texts[names[0]]
    files = _files(texts, {"copy/" + names[0]: "sha-copy"})
    lines = _classify(files, [names[:2], [names[2], "copy/" + names[0]]] if batched else None)
    template = lines.filter(pl.col("text") == TEMPLATE)
    assert template.height == 4 and template["rule"].to_list() == ["repeated_across_files"] * 4


def test_a_template_line_on_two_pages_that_are_copies_is_kept() -> None:
    """Two copies are one content: a line they alone share is not counted twice."""
    texts = {"a.txt": ARTICLE.replace("\n", f"\n{TEMPLATE}\n", 1)}
    texts["b.txt"] = texts["a.txt"] + f"\n{FOOTER}\n"
    lines = _classify(_files({**texts, **OTHERS}), None)
    rules = lines.filter(pl.col("text") == TEMPLATE)["rule"].to_list()
    assert len(rules) == 2 and "repeated_across_files" not in rules
