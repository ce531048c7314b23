"""Articles and sections on the real seeds, and the no-line-lost property on arbitrary files."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from transforms.ingest import decode_bytes
from transforms.pipeline import build_articles, build_sections, classify_files

SEED_003 = "003_95d0e90ca1260f27.txt"
SEED_001 = "001_b2ecfc15b9bd7b62.txt"
SEED_000 = "000_5c9b7134ebe51c3f.txt"


def run_structure(files: dict[str, str]) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Lines (with rules), documents and sections of a set of decoded files, as one run."""
    frame = pl.LazyFrame(
        {
            "source_path": list(files),
            "source_sha256": [f"sha-{p}" for p in files],
            "file_key": [f"key{i}" for i in range(len(files))],
            "text": list(files.values()),
        }
    )
    lines = classify_files(frame).collect()
    article_lines, documents = build_articles(lines.lazy())
    documents = documents.collect()
    sections = build_sections(article_lines, documents.lazy()).collect()
    return lines, documents, sections


@pytest.fixture(scope="module")
def seeds() -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    files = {p.name: decode_bytes(p.read_bytes()).text for p in sorted(SEEDS.glob("*.txt"))}
    return run_structure(files)


def test_seed_003_holds_five_titled_articles(seeds) -> None:
    _, documents, _ = seeds
    titles = documents.filter(pl.col("source_path") == SEED_003).sort("article_index")["title"].to_list()
    assert titles == [
        "La place du CMO dans l’entreprise",
        "No Data",
        "Pauvre Victor",
        "Un avantage exclusif à refuser",
        "Allo-Media remporte le Prix de l’Excellence Marketing by Adetem",
    ]


def test_seed_003_counters_and_body_class_are_boilerplate(seeds) -> None:
    lines, _, _ = seeds
    f003 = lines.filter(pl.col("source_path") == SEED_003)
    counters = f003.filter(pl.col("clean").is_in(["0", "1815"]))
    assert counters.height == 11
    assert counters["rule"].to_list() == ["counter"] * 11
    assert f003.filter(pl.col("text").str.starts_with("paged,page-template"))["rule"].to_list() == ["css_classes"]


SEED_001_BOILERPLATE = ["Recherche", "Imprimer", "Publié par le | Mis à jour le", "S'abonner", "au magazine",
                        "Se connecter", "Retour haut de page"]  # fmt: skip


def test_seed_001_interface_lines_are_boilerplate_and_in_no_section(seeds) -> None:
    lines, documents, sections = seeds
    removed = lines.filter((pl.col("source_path") == SEED_001) & pl.col("rule").is_not_null())
    assert sorted(removed["clean"].str.replace(r"^• ", "").to_list()) == sorted(SEED_001_BOILERPLATE)
    doc_ids = documents.filter(pl.col("source_path") == SEED_001)["doc_id"]
    section_lines = sections.filter(pl.col("doc_id").is_in(doc_ids.implode()))["text"].str.split("\n").explode()
    for line in SEED_001_BOILERPLATE:
        assert line not in section_lines.str.strip_chars().str.replace(r"^• ", "").to_list()


def test_seed_000_headings_are_section_headings(seeds) -> None:
    _, documents, sections = seeds
    doc_id = documents.filter(pl.col("source_path") == SEED_000)["doc_id"][0]
    headings = sections.filter(pl.col("doc_id") == doc_id)["heading"].str.replace_all("\u00a0", " ").to_list()
    assert headings[0] is None  # the lead
    for heading in ["Les Tweets auxquels vous avez (peut-être) échappé", "Quelques faits notables et commentaires",
                    "Le SI de l’entreprise se transforme", "La Culture d’Entreprise, un concept universel ?",
                    "Quand la science-fiction devient réalité"]:  # fmt: skip
        assert heading in headings
    assert "Il me semble y avoir un fossé entre les deux approches, non ?" not in headings


def test_section_text_is_the_document_slice(seeds) -> None:
    _, documents, sections = seeds
    joined = sections.join(documents.select("doc_id", pl.col("text").alias("doc_text")), on="doc_id")
    for row in joined.iter_rows(named=True):
        assert row["doc_text"][row["char_start"] : row["char_end"]] == row["text"]


def assert_nothing_lost(files: dict[str, str]) -> None:
    """Every non-blank input line is in exactly one place: its article's text, or the boilerplate audit."""
    lines, documents, _ = run_structure(files)
    texts = dict(zip(documents["doc_id"], documents["text"], strict=True))
    nonblank = lines.filter(~pl.col("is_blank"))
    kept = nonblank.filter(pl.col("rule").is_null())
    assert nonblank.height == kept.height + nonblank["rule"].is_not_null().sum()
    article_lines, _ = build_articles(lines.lazy())
    article_lines = article_lines.collect()
    assert article_lines.height == kept.height
    for row in article_lines.iter_rows(named=True):
        assert texts[row["doc_id"]][row["line_start"] : row["line_end"]] == row["text"].strip()


def test_no_seed_line_is_lost() -> None:
    assert_nothing_lost({p.name: decode_bytes(p.read_bytes()).text for p in sorted(SEEDS.glob("*.txt"))})


SEED_LINES = sorted(
    {line for p in SEEDS.glob("*.txt") for line in decode_bytes(p.read_bytes()).text.split("\n")}
)
line_strategy = st.one_of(st.sampled_from(SEED_LINES), st.text(max_size=40), st.just(""), st.just("0"))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(line_strategy, max_size=25), min_size=1, max_size=4))
def test_every_line_lands_in_an_article_or_the_audit(files: list[list[str]]) -> None:
    decoded = {f"f{i}.txt": decode_bytes("\n".join(lines).encode()).text for i, lines in enumerate(files)}
    decoded = {path: text for path, text in decoded.items() if text is not None}
    if decoded:
        assert_nothing_lost(decoded)
