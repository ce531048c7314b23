"""Authors from byline lines: names with roles, desks and degrees, several authors, wire agencies, glued cues,
names that are not an author (organisations, sentence fragments, commenters), and the German "am" before a date."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from tests.transforms.test_metadata import DE_BODY, EN_BODY, FR_BODY, MENU, page, run
from transforms.metadata.authors import add_line_authors
from transforms.metadata.dates import add_publication_and_update
from transforms.metadata.rules import ENGLISH_CUE


def one(place: str, line: str) -> str | None:
    """The author `line` gives in `place` (a column of add_line_authors)."""
    return pl.LazyFrame({"clean": [line]}).pipe(add_line_authors).collect()[place][0]


BYLINES = [  # (line, author)
    ("By Jane Doe, Staff Writer", "Jane Doe"),
    ("By Bruce Y. Lee Senior Contributor", "Bruce Y. Lee"),
    ("Par Claire Dubois, envoyée spéciale à Kyiv", "Claire Dubois"),
    ("Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42", "Alexandre Hervaud et Jérémy Piette"),
    ("Von Anna Müller und Jörg Schmidt", "Anna Müller und Jörg Schmidt"),
    ("By Lia Eustachewich and Yaron Steinbuch", "Lia Eustachewich and Yaron Steinbuch"),
    ("Written by Rachael Link, MS, RD on November 14, 2019", "Rachael Link, MS, RD"),
    ("By Sandee LaMotte, CNN", "Sandee LaMotte, CNN"),
    ("Door Pieter de Vries", "Pieter de Vries"),
    ("By Sean Martin Sean Martin", "Sean Martin"),
    ("By Korin MillerPublished: Jan 29, 2025", "Korin Miller"),
    ("By Reuters", "Reuters"),
    ("Catherine Shu @catherineshu / 2 days", "Catherine Shu"),
    ("Autor: Moritz Bachmann", "Moritz Bachmann"),
    ("Bruce Y. Lee Senior Contributor", "Bruce Y. Lee"),  # no cue: the role says it is a byline
    ("Accueil | Par Loïc Le Clerc | 30 septembre 2018", "Loïc Le Clerc"),  # a capitalised "Le" is part of a name
    ("By Kashmira Gander On 11/13/19 at 4:00 PM EST", "Kashmira Gander"),
    ("Por Agencia EFE", "Agencia EFE"),
    # a role held at an outlet, after the comma
    ("By Greg Beacham, Ap Sports Writer", "Greg Beacham"),
    ("Steve Peoples, Ap National Political Writer", "Steve Peoples"),
    ("Analysis by Chris Cillizza, CNN Editor-at-large", "Chris Cillizza"),
    # a blog post's meta line: its date first, a time after the name, the category it is filed in
    ("12 mars 2019 par Jean Dupont dans Politique", "Jean Dupont"),
    ("March 3, 2025 at 10:05 am by Jenna Park", "Jenna Park"),
    ("Posted on March 3, 2025 by Jenna Park in News", "Jenna Park"),
    ("Posted by Jenna Park at 10:05 AM", "Jenna Park"),
]
NOT_AUTHORS = [
    "by Regan December 6, 2017",  # one word: not a person's full name
    "von David · 18. Oktober 2019",
    "by European Space Agency",  # an organisation
    "By clicking Accept you agree to our terms",
    "Von Montag bis Freitag geöffnet",
    "Photo: Jane Doe",
    "Image Copyright",
    "Mes LISTES D’envies",
    "Next Post", "Voucher Codes", "Nos Boutiques", "CAR REVIEWS",  # a page's links, capitalised like a name
    "In 2019 the bill was passed by Congress",  # a date inside a sentence does not open a meta line
]


@pytest.mark.parametrize(("line", "author"), BYLINES)
def test_byline_names_the_people(line: str, author: str) -> None:
    assert one("_by", line) == author


@pytest.mark.parametrize("line", NOT_AUTHORS)
def test_organisations_fragments_and_single_words_are_no_author(line: str) -> None:
    assert one("_by", line) is None
    assert one("_name_line", line) is None


def test_name_lines_and_dated_names() -> None:
    assert one("_name_line", "ByAlex Bozarjian") == "Alex Bozarjian"
    assert one("_name_line", "Tom Davies Associated Press") == "Tom Davies"  # a wire agency after the name, no comma
    assert one("_name_line", "Claire Dubois avec AFP") == "Claire Dubois"
    several = "Meg Kinnard and Errin Haines, Associated Press"  # several people, then their desk
    assert one("_name_line", several) == several
    assert one("_dated_name", "Evgenia Karp Zuletzt geändert am 06.11.2023") == "Evgenia Karp"
    assert one("_dated_name", "Politique | 4 mai 2019") is None
    credit_lines = ("REUTERS", "Reuters, Washington,", "Reuters file photo")
    assert [one("_name_line", line) for line in credit_lines] == ["REUTERS", "Reuters", None]


def test_german_am_before_a_date_is_not_an_english_cue() -> None:
    assert not pl.select(pl.lit("Zuletzt geändert am 06.11.2023").str.contains(ENGLISH_CUE)).item()
    assert pl.select(pl.lit("Posted 04/05/2015 at 10:00 am").str.contains(ENGLISH_CUE)).item()
    frame = pl.LazyFrame({"clean": ["Zuletzt geändert am 06.11.2023"]})
    month_first = pl.when(pl.col("clean").str.contains(ENGLISH_CUE)).then(None).otherwise(False)
    out = frame.pipe(add_publication_and_update, "clean", month_first=month_first).collect()
    assert out["upd"][0] == dt.date(2023, 11, 6)


def test_a_wire_credit_line_next_to_the_date_names_the_agency() -> None:
    headline = "City council approves a bigger bike lane network"
    documents, *_ = run({"wire.txt": page(MENU, headline, "REUTERS", "19 NOV 2019", EN_BODY)})
    assert documents.select("title", "author", "published_date").row(0) == (headline, "REUTERS", dt.date(2019, 11, 19))


def test_a_name_next_to_the_reading_time_is_the_byline() -> None:
    headline = "City council approves a bigger bike lane network"
    documents, *_ = run({"en.txt": page(MENU, headline, "Rodrigo Campos", "5 Min Read", EN_BODY)})
    assert documents["author"].to_list() == ["Rodrigo Campos"]
    undated, *_ = run({"en.txt": page(MENU, headline, "Rodrigo Campos", EN_BODY)})
    assert undated["author"].to_list() == [None]


@pytest.mark.parametrize(("relative", "body"), [
    ("Today at 10:05 AM", EN_BODY), ("3 hours ago", EN_BODY), ("aujourd'hui à 10h05", FR_BODY), ("vor 2 Stunden", DE_BODY),
])
def test_a_name_next_to_a_relative_dateline_is_the_byline(relative: str, body: list[str]) -> None:
    """"dzisiaj, 08:07" under a name (ml tune page 103): a dateline with no day to read still marks the byline."""
    headline = "City council approves a bigger bike lane network"
    documents, *_ = run({"page.txt": page(MENU, headline, "Rodrigo Campos", relative, body)})
    assert documents.select("author", "published_date").row(0) == ("Rodrigo Campos", None)


def test_a_commenter_below_the_body_is_not_the_author() -> None:
    headline = "Stadtrat beschließt mehr Radwege in der Innenstadt"
    comments = ["Kommentare", "Helmut Kruse · Mai 14, 2019", "Das ist eine gute Nachricht für alle Radfahrer hier."]
    documents, *_ = run({"comments.de.txt": page(MENU, headline, "14. Mai 2019", DE_BODY, DE_BODY, comments)})
    assert documents["author"].to_list() == [None]
    with_byline, *_ = run({"byline.de.txt": page(MENU, headline, "Von Moritz Bachmann", "14. Mai 2019", DE_BODY)})
    assert with_byline["author"].to_list() == ["Moritz Bachmann"]


def test_a_byline_after_the_standfirst_and_a_caption_is_read() -> None:
    headline = "Le gouvernement présente un budget de relance"
    standfirst = "Le projet prévoit une hausse des dépenses de santé et une baisse des impôts locaux, a dit le ministre."
    caption = "Le ministre de l'Économie lors de la présentation du budget à Paris, mardi. Photo AFP."
    documents, *_ = run({"fr.txt": page(MENU, headline, standfirst, caption, "Par Claire Dubois", "12 mars 2019", FR_BODY)})
    assert documents.select("author", "published_date").row(0) == ("Claire Dubois", dt.date(2019, 3, 12))
