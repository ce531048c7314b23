"""The gold metadata bench_metadata reads from a page's HTML (benchmarks/html_metadata.py)."""

from __future__ import annotations

import datetime as dt

from benchmarks.html_metadata import page_metadata, split_names, strip_site_name


def test_the_single_h1_is_the_title_and_json_ld_gives_date_and_authors() -> None:
    html = """<html><head><title>Ignored | Site</title>
    <script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2019-11-18T23:05:00-05:00",
    "author": [{"name": "Meg Kinnard"}, {"name": "Errin Haines"}]}]}</script></head>
    <body><h1>  Deval Patrick takes
    campaign south </h1></body></html>"""
    meta = page_metadata(html)
    assert meta.title == "Deval Patrick takes campaign south"
    assert meta.date == dt.date(2019, 11, 18)  # the day as written, not converted to UTC
    assert meta.authors == ("Meg Kinnard", "Errin Haines")


def test_without_one_h1_the_title_is_og_title_then_the_title_without_the_site_name() -> None:
    two_h1 = '<meta property="og:title" content="The Headline"><h1>A</h1><h1>B</h1>'
    assert page_metadata(two_h1).title == "The Headline"
    assert page_metadata("<title>Site | The longest part is the headline</title>").title == (
        "The longest part is the headline"
    )
    assert strip_site_name("Le titre de l'article – Le Site") == "Le titre de l'article"


def test_meta_author_is_split_into_names_on_separators_and_conjunctions() -> None:
    assert split_names(["Amy Kuperinsky | NJ Advance Media for NJ.com"]) == ("Amy Kuperinsky", "NJ Advance Media for NJ.com")
    assert split_names(["Alexandre Hervaud et Jérémy Piette"]) == ("Alexandre Hervaud", "Jérémy Piette")
    assert split_names(["A. Smith, B. Jones, and C. Brown"]) == ("A. Smith", "B. Jones", "C. Brown")
    html = '<meta name="author" content="Pieter de Vries / Anna Jansen"><time datetime="2025-03-03">3 maart</time>'
    meta = page_metadata(html)
    assert meta.authors == ("Pieter de Vries", "Anna Jansen")
    assert meta.date == dt.date(2025, 3, 3)


def test_a_page_without_metadata_has_none() -> None:
    meta = page_metadata("<p>Just text</p><time datetime='not a date'>x</time>")
    assert meta == (None, None, ())
