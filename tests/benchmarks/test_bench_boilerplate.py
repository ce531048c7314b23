"""The boilerplate bench's reading of our articles: the body is the text without the title line."""

from __future__ import annotations

import polars as pl

from benchmarks.bench_boilerplate import article_bodies


def test_the_body_is_the_text_without_its_whole_title_line() -> None:
    articles = pl.LazyFrame(
        {
            "title": ["Budget 2025", "Calendário Stock Car 2018", None],
            "text": ["Budget 2025\n\nLe texte.", "Calendário Stock Car 2018 | Autoracing | F1\n\nO texto.", "Sans titre."],
        }
    )
    assert article_bodies(articles).collect()["text"].to_list() == ["Le texte.", "O texto.", "Sans titre."]
