"""Headline, author and publication date of articles laid out as real pages are: headline / byline / date / body
in French, English, German and Dutch, a headline inside the navigation block, blog-index posts, pages without a
headline; dates in every format the step reads."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.boilerplate import classify_lines
from transforms.lines import split_lines
from transforms.metadata.dates import add_publication_and_update
from tests.transforms.test_structure import run_structure
from transforms.pipeline import boilerplate_audit, build_articles

FR_BODY = [
    "Le gouvernement a présenté mardi un projet de budget qui prévoit une hausse des dépenses de santé et une "
    "baisse des impôts locaux pour les ménages les plus modestes.",
    "Selon le ministre, la mesure coûtera près de deux milliards d'euros par an et sera financée par la lutte "
    "contre la fraude fiscale, un chiffre contesté par l'opposition.",
    "Les députés examineront le texte en commission la semaine prochaine, avant un vote solennel prévu au début "
    "du mois d'avril à l'Assemblée nationale.",
]
EN_BODY = [
    "The city council voted on Tuesday to expand the bike lane network across the downtown area, a plan that "
    "had been debated for more than two years.",
    "Supporters said the new lanes would make streets safer for cyclists and pedestrians, while some shop owners "
    "worried about the loss of parking spaces in front of their stores.",
    "Construction is expected to begin in the spring and to last about eighteen months, according to the city's "
    "transportation department.",
]
DE_BODY = [
    "Der Stadtrat hat am Dienstag beschlossen, das Radwegenetz in der Innenstadt deutlich auszubauen, nachdem "
    "über den Plan mehr als zwei Jahre lang gestritten worden war.",
    "Befürworter sagen, die neuen Wege machten die Straßen für Radfahrer und Fußgänger sicherer, während einige "
    "Händler den Verlust von Parkplätzen vor ihren Geschäften fürchten.",
    "Die Bauarbeiten sollen im Frühjahr beginnen und etwa achtzehn Monate dauern, teilte das Verkehrsamt der "
    "Stadt mit.",
]
NL_BODY = [
    "De gemeenteraad heeft dinsdag besloten het netwerk van fietspaden in het centrum flink uit te breiden, "
    "nadat er meer dan twee jaar over het plan was gediscussieerd.",
    "Voorstanders zeggen dat de nieuwe paden de straten veiliger maken voor fietsers en voetgangers, terwijl "
    "sommige winkeliers vrezen voor het verlies van parkeerplaatsen.",
    "De werkzaamheden beginnen naar verwachting in het voorjaar en duren ongeveer achttien maanden, aldus de "
    "gemeente.",
]
MENU = ["Accueil", "Politique", "Économie", "Culture", "Sport", "Recherche", "Se connecter"]


def run(files: dict[str, str]) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(documents, article lines, boilerplate audit, classified lines) of `files` as one run."""
    lines, documents, _ = run_structure(files)
    article_lines, _ = build_articles(lines.lazy())
    return documents, article_lines.collect(), boilerplate_audit(lines.lazy()).collect(), lines


def page(*blocks: str | list[str]) -> str:
    out: list[str] = []
    for block in blocks:
        out.extend(block if isinstance(block, list) else [block])
    return "\n\n".join(out)


def assert_lines_partitioned(article_lines: pl.DataFrame, audit: pl.DataFrame, lines: pl.DataFrame) -> None:
    """Every non-blank input line is in exactly one article or in the audit, never both."""
    in_articles = article_lines.select("source_path", "line_no")
    in_audit = audit.select("source_path", "line_no")
    both = pl.concat([in_articles, in_audit])
    assert both.height == both.unique().height
    nonblank = lines.filter(~pl.col("is_blank")).select("source_path", "line_no")
    assert both.sort(pl.all()).equals(nonblank.sort(pl.all()))


LAYOUTS = [  # (language, headline, byline, dateline, body, author, date)
    ("fr", "Le gouvernement présente un budget de relance", "Par Claire Dubois",
     "Publié le 12 mars 2019 à 10h05, mis à jour le 13 mars 2019", FR_BODY, "Claire Dubois", dt.date(2019, 3, 12)),
    ("en", "City council approves a bigger bike lane network", "Posted by Jenna Park on March 3, 2025",
     "5 min read", EN_BODY, "Jenna Park", dt.date(2025, 3, 3)),
    ("de", "Stadtrat beschließt mehr Radwege in der Innenstadt", "Von Moritz Bachmann",
     "3. März 2025, 14:09 Uhr", DE_BODY, "Moritz Bachmann", dt.date(2025, 3, 3)),
    ("nl", "Gemeenteraad kiest voor meer fietspaden in het centrum", "Door Pieter de Vries",
     "12 maart 2019", NL_BODY, "Pieter de Vries", dt.date(2019, 3, 12)),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "headline", "byline", "dateline", "body", "author", "date"), LAYOUTS)
def test_headline_byline_date_body(lang, headline, byline, dateline, body, author, date) -> None:
    text = page(MENU, headline, byline, dateline, body, ["Partager", "Facebook", "Twitter"])
    documents, article_lines, audit, lines = run({f"{lang}.txt": text})
    doc = documents.row(0, named=True)
    assert (doc["title"], doc["author"], doc["published_date"]) == (headline, author, date)
    assert doc["text"].startswith(headline + "\n\n" + body[0])
    assert doc["title_line_no"] == lines.filter(pl.col("text") == headline)["line_no"][0]
    rules = dict(zip(audit["text"], audit["rule"], strict=True))
    assert rules[byline] in ("byline", "date") and dateline in rules  # out of the text, in the audit
    assert_lines_partitioned(article_lines, audit, lines)


@pytest.mark.parametrize(
    ("byline", "body", "author", "date"),
    [
        ("Publié le 12/03/2019 par Jean Dupont", FR_BODY, "Jean Dupont", dt.date(2019, 3, 12)),
        ("Posted on March 3, 2025 by Jenna Park", EN_BODY, "Jenna Park", dt.date(2025, 3, 3)),
        ("Publié le 12 mars 2019 à 10h00 par Jean Dupont", FR_BODY, "Jean Dupont", dt.date(2019, 3, 12)),
        ("Written by Jenna Park", EN_BODY, "Jenna Park", None),
        ("Auteur : Jean Dupont", FR_BODY, "Jean Dupont", None),
        ("Propos recueillis par Jean Dupont", FR_BODY, "Jean Dupont", None),
        ("Ein Beitrag von Anna Schmidt", DE_BODY, "Anna Schmidt", None),
        ("Door Pieter de Vries · 12 maart 2019", NL_BODY, "Pieter de Vries", dt.date(2019, 3, 12)),
        ("Jean Dupont, correspondant à Bruxelles", FR_BODY, "Jean Dupont", None),
        ("Anna Schmidt, Redakteurin", DE_BODY, "Anna Schmidt", None),
        ("March 3, 2025 | Jenna Park", EN_BODY, "Jenna Park", dt.date(2025, 3, 3)),
        ("12/03/2019 – Jean Dupont", FR_BODY, "Jean Dupont", dt.date(2019, 3, 12)),
        ("12 mars 2019 | Politique", FR_BODY, None, dt.date(2019, 3, 12)),  # a section, one word: no person
        ("Jenna Park @jennapark", EN_BODY, "Jenna Park", None),
        ("Von Anna Schmidt, dpa", DE_BODY, "Anna Schmidt, dpa", None),  # an agency after the comma, as written
        ("Marco Rossi, inviato a Bruxelles", FR_BODY, "Marco Rossi", None),
    ],
)  # fmt: skip
def test_a_plain_text_file_opens_with_its_headline_then_a_byline(byline, body, author, date) -> None:
    # no menu: the file's first line is the headline, not a page <title> above the site's chrome
    headline = "Une nouvelle ligne de tramway pour la ville"
    documents, article_lines, audit, lines = run({"f.txt": page(headline, byline, body)})
    doc = documents.row(0, named=True)
    assert (doc["title"], doc["author"], doc["published_date"]) == (headline, author, date)
    assert doc["text"].startswith(headline + "\n\n" + body[0])
    assert_lines_partitioned(article_lines, audit, lines)


@pytest.mark.parametrize(
    ("headline", "meta"),
    [("Les Français travaillent-ils trop peu ?", "Par Jean Dupont"), ("Victoire historique pour les Bleus !", "12 mars 2019")],
)
def test_a_question_or_exclamation_headline_with_a_byline_or_dateline_under_it_is_the_title(headline, meta) -> None:
    # a sentence line is rather the lead than the headline, unless a byline or dateline sits right under it
    documents, article_lines, audit, lines = run({"f.txt": page(headline, meta, FR_BODY)})
    assert documents["title"][0] == headline
    assert_lines_partitioned(article_lines, audit, lines)


@pytest.mark.parametrize(
    "headline", ["Les Français travaillent-ils trop peu ?", "Is the four-day week the future of work?",
                 "Le pari fou d'un village breton !"],
)
def test_a_question_or_exclamation_headline_right_above_the_body_is_the_title(headline: str) -> None:
    # no byline, no page title repeating it: the line right above the first paragraph is still the headline
    body = FR_BODY if headline.endswith(" ?") or headline.endswith(" !") else EN_BODY
    documents, article_lines, audit, lines = run({"f.txt": page("Le Journal", MENU, headline, body)})
    assert documents["title"][0] == headline
    assert_lines_partitioned(article_lines, audit, lines)


@pytest.mark.parametrize(
    ("meta", "author", "date"),
    [
        ("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad arrombamento veiculo",
         "Clarissa Borba", dt.date(2018, 10, 5)),
        ("12 mars 2019 – Publié par : Claire Dubois – Catégories : Politique, Budget, Santé – Mots-clés : impôts",
         "Claire Dubois", dt.date(2019, 3, 12)),
    ],
)  # fmt: skip
def test_a_post_meta_line_with_category_and_tag_fields_leaves_the_text(meta: str, author: str, date: dt.date) -> None:
    headline = "Le gouvernement présente un budget de relance"
    documents, article_lines, audit, lines = run({"f.txt": page(MENU, headline, meta, FR_BODY)})
    doc = documents.row(0, named=True)
    assert (doc["title"], doc["author"], doc["published_date"]) == (headline, author, date)
    assert doc["text"].startswith(headline + "\n\n" + FR_BODY[0])
    assert dict(zip(audit["text"], audit["rule"], strict=True))[meta] == "byline"
    assert_lines_partitioned(article_lines, audit, lines)


def test_a_headline_the_navigation_block_swallowed_is_restored() -> None:
    headline = "Le gouvernement présente un budget de relance"
    text = page(MENU, headline, ["Partager", "Facebook", "Twitter", "Imprimer"], FR_BODY)
    files = {"f.txt": text}
    frame = pl.LazyFrame({"source_path": list(files), "source_sha256": ["s"], "text": list(files.values())})
    before = frame.pipe(split_lines).pipe(classify_lines).collect()
    assert before.filter(pl.col("text") == headline)["rule"][0] == "nav_head"  # what the boilerplate rules say
    documents, article_lines, audit, lines = run(files)
    assert documents["title"].to_list() == [headline]
    assert lines.filter(pl.col("text") == headline)["rule"][0] is None
    assert headline not in audit["text"].to_list()
    assert_lines_partitioned(article_lines, audit, lines)


def test_a_byline_never_becomes_the_title() -> None:
    documents, article_lines, audit, lines = run({"f.txt": page(MENU, "Par Claire Dubois", FR_BODY)})
    doc = documents.row(0, named=True)
    assert doc["title"] is None and doc["author"] == "Claire Dubois"
    assert not doc["text"].startswith("Par Claire Dubois")
    assert_lines_partitioned(article_lines, audit, lines)


@pytest.mark.parametrize(
    "line",
    [
        "Sarah.Needleman@wsj.com", "Image 1 of 23", "8 min lues", "Télécharger au format EPUB", "Share this article",
        "Newer Article", "Escucha esta noticia", "Das Link wurde kopiert", "Article précédent", "Organization: Alexa Crawls",
        "Diese Website benutzt Cookies. Wenn du die Website weiter nutzt, gehen wir von deinem Einverständnis aus.",
        "En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies",
        "Veuillez saisir deux fois le même mot de passe", "Retour vers toutes les actualités", "Back to all news",
        "Index nutritionAllergies alimentairesAlimentation femme enceinteLes bonnes graisses",
        "Facebook Twitter Linkedin Instagram RSS", "Voir tous nos barbecues gaz 5 brûleurs →", "← Articles plus anciens",
    ],
)  # fmt: skip
def test_never_a_title_lines_leave_the_title_null(line: str) -> None:
    documents, *_ = run({"f.txt": page(line, FR_BODY)})
    assert documents["title"][0] is None


@pytest.mark.parametrize(
    "headline",
    ["1Password für Mac generiert Einmal-Passwörter", "Google will phase out third-party cookies by 2024",
     "Back to the future of jazz", "PlayStation and GameCube fans meet at McDonald's", "Facebook and Twitter ban the ads",
     "« Il y a, d’abord, le poids de la géographie »"],
)  # fmt: skip
def test_headlines_that_only_look_like_interface_lines_stay_titles(headline: str) -> None:
    documents, *_ = run({"f.txt": page(headline, FR_BODY)})
    assert documents["title"][0] == headline


def test_a_page_without_a_headline_has_a_null_title() -> None:
    documents, article_lines, audit, lines = run({"f.txt": page(EN_BODY)})
    assert documents["title"].to_list() == [None]
    assert documents["title_line_no"].to_list() == [None]
    assert_lines_partitioned(article_lines, audit, lines)


@pytest.mark.parametrize("headline", ["Rapport annuel", "Économie française", "Titre du rapport", "Budget 2025"])
def test_a_short_headline_opening_the_file_right_above_the_body_is_the_title(headline: str) -> None:
    documents, article_lines, audit, lines = run({"f.txt": "\n".join([headline, *FR_BODY])})
    assert documents["title"].to_list() == [headline]
    assert documents["text"][0].startswith(headline)
    assert_lines_partitioned(article_lines, audit, lines)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Budget de relance : ce qui change | Économie | Le Journal", "Budget de relance : ce qui change"),
        ("Calendário Stock Car 2018 | Autoracing | F1 | Indy | MotoGP", "Calendário Stock Car 2018"),
        # one separator is as often inside the headline; a site name first is not a prefix to keep
        ("Milan Design Week 2018 | Michael Anastassiades' light installation", None),
        ("Le Journal | Économie | Budget de relance : ce qui change", None),
    ],
)
def test_a_page_title_headline_loses_its_trail_of_section_and_site_names(line: str, title: str | None) -> None:
    documents, article_lines, audit, lines = run({"f.txt": "\n".join([line, *FR_BODY])})
    assert documents["title"].to_list() == [title or line]
    assert documents["text"][0].startswith(line)
    assert_lines_partitioned(article_lines, audit, lines)


@pytest.mark.parametrize(
    ("lang", "kicker", "headline", "body"),
    [
        ("de", "Kommentar zur Verkehrswende", "Stadtrat beschließt mehr Radwege in der Innenstadt", DE_BODY),
        ("fr", "Politique et société", "Le gouvernement présente un budget de relance", FR_BODY),
    ],
)
def test_a_kicker_above_the_headline_is_not_the_headline(lang, kicker, headline, body) -> None:
    documents, article_lines, audit, lines = run({f"{lang}.txt": page(kicker, headline, body)})
    assert documents["title"].to_list() == [headline]
    assert dict(zip(audit["text"], audit["rule"], strict=True))[kicker] == "above_title"
    assert_lines_partitioned(article_lines, audit, lines)


@pytest.mark.parametrize(
    ("lang", "headline", "standfirst", "body"),
    [
        ("nl", "Gemeenteraad kiest voor meer fietspaden", "Na twee jaar discussie krijgen fietsers in het centrum "
         "eindelijk meer ruimte op straat.", NL_BODY),
        ("en", "City council approves a bigger bike lane network", "After two years of debate cyclists downtown "
         "finally get more room on the street.", EN_BODY),
    ],
)  # fmt: skip
def test_the_headline_above_its_standfirst_is_the_title(lang, headline, standfirst, body) -> None:
    documents, *_ = run({f"{lang}.txt": page(MENU, headline, standfirst, body)})
    assert documents["title"].to_list() == [headline]


@pytest.mark.parametrize(
    ("headline", "chrome", "body"),
    [
        ("This new API makes requests simpler", ["Older Article", "Newer Article"], EN_BODY),
        ("Le gouvernement présente un budget de relance", ["Écouter cet article", "Copier le lien"], FR_BODY),
        ("Stadtrat beschließt mehr Radwege in der Innenstadt", ["Artikel anhören", "Link kopieren"], DE_BODY),
        ("Gemeenteraad kiest voor meer fietspaden", ["Vorige artikel", "Volgende artikel"], NL_BODY),
    ],
)
def test_interface_lines_under_the_headline_are_head_chrome(headline, chrome, body) -> None:
    documents, article_lines, audit, lines = run({"f.txt": page(MENU, headline, chrome, body)})
    doc = documents.row(0, named=True)
    assert doc["title"] == headline
    assert doc["text"].startswith(headline + "\n\n" + body[0])
    rules = dict(zip(audit["text"], audit["rule"], strict=True))
    assert all(line in rules for line in chrome)  # out of the text, in the audit
    assert rules[chrome[-1]] == "head_chrome"  # the block search keeps the line right above the body
    assert_lines_partitioned(article_lines, audit, lines)


@pytest.mark.parametrize(
    "credit", ["Posted by DT in Tagebuch", "The Associated Press", "Publié par Lucie dans Actualités"]
)
def test_a_post_meta_or_agency_line_is_a_byline_never_the_title(credit: str) -> None:
    documents, article_lines, audit, lines = run({"f.txt": page(MENU, credit, EN_BODY)})
    assert documents["title"].to_list() == [None]
    assert dict(zip(audit["text"], audit["rule"], strict=True))[credit] == "byline"
    assert_lines_partitioned(article_lines, audit, lines)


def test_names_and_outlet_above_the_dateline_are_a_byline_below_the_headline() -> None:
    headline = "Two prison officers charged over falsified records"
    names = "Kevin Johnson and Kevin McCoy USA TODAY"
    documents, article_lines, audit, lines = run({"f.txt": page(MENU, headline, names, "Nov 19, 2019", EN_BODY)})
    assert documents["title"].to_list() == [headline]
    assert dict(zip(audit["text"], audit["rule"], strict=True))[names] == "byline"
    assert_lines_partitioned(article_lines, audit, lines)


@pytest.mark.parametrize(("byline", "author"), [
    ("Jenna Park\n\nBBC News", "Jenna Park"),  # a name line, then the outlet, then the date
    ("By JENNA PARK Associated Press", "JENNA PARK"),  # a wire agency after the name, no comma
    ("Jenna Park with AP", "Jenna Park"),
])
def test_a_name_with_its_outlet_or_agency_above_the_dateline_is_the_author(byline: str, author: str) -> None:
    headline = "City council approves a bigger bike lane network"
    documents, article_lines, audit, lines = run({"f.txt": page(MENU, headline, byline, "March 3, 2025", EN_BODY)})
    assert documents.select("title", "author", "published_date").row(0) == (headline, author, dt.date(2025, 3, 3))
    assert_lines_partitioned(article_lines, audit, lines)


@pytest.mark.parametrize(("credit", "author"), [
    ("(Reporting by Jenna Park in London; Additional reporting by Ann Wu; Editing by Tom Lee)", "Jenna Park"),
    ("Reporting by Jenna Park; Editing by Tom Lee", "Jenna Park"),
    ("— Jenna Park", "Jenna Park"),  # a signature
    ("Propos recueillis par Claire Dubois", "Claire Dubois"),
    ("Reporting by Regan; Editing by Tom Lee", None),  # one word: no full name
])
def test_a_closing_credit_names_the_author_when_the_head_does_not(credit: str, author: str | None) -> None:
    headline = "City council approves a bigger bike lane network"
    text = page(MENU, headline, "March 3, 2025", EN_BODY * 5, credit, "Related", "Five things to know about the budget")
    documents, article_lines, audit, lines = run({"f.txt": text})
    assert documents.select("title", "author").row(0) == (headline, author)
    assert_lines_partitioned(article_lines, audit, lines)


def test_the_byline_under_the_headline_comes_before_the_closing_credit() -> None:
    headline = "City council approves a bigger bike lane network"
    text = page(MENU, headline, "By Ann Wu", "March 3, 2025", EN_BODY * 5, "Reporting by Jenna Park; Editing by Tom Lee")
    documents, *_ = run({"f.txt": text})
    assert documents["author"].to_list() == ["Ann Wu"]


@pytest.mark.parametrize(
    "bar",
    ["Auf Facebook teilen Auf WhatsApp teilen Auf Twitter teilen", "Partager sur Facebook Partager sur LinkedIn",
     "Delen op Facebook Delen via WhatsApp", "Share on Twitter Share on Facebook Share by Email"],
)  # fmt: skip
def test_a_share_bar_between_headline_and_body_is_never_the_title(bar: str) -> None:
    headline = "Stadtrat beschließt mehr Radwege in der Innenstadt"
    documents, article_lines, audit, lines = run({"f.txt": page(MENU, headline, bar, DE_BODY)})
    assert documents["title"].to_list() == [headline]
    assert bar in audit["text"].to_list()
    assert_lines_partitioned(article_lines, audit, lines)


def test_a_headline_opening_with_a_lower_case_brand_is_title_shaped() -> None:
    headline = "iMac 5K Lightroom Performance endlich gelöst"
    documents, *_ = run({"f.txt": page(MENU, headline, "Paddy · 19. April 2019 · Mac", DE_BODY)})
    assert documents["title"].to_list() == [headline]


@pytest.mark.parametrize(
    ("headline", "caption", "body"),
    [
        ("City council approves a bigger bike lane network", "Cyclists ride through downtown on Tuesday. (AP)", EN_BODY),
        ("Stadtrat beschließt mehr Radwege in der Innenstadt", "Radfahrer in der Altstadt (Foto: dpa)", DE_BODY),
        ("Le gouvernement présente un budget de relance", "Le ministre à Bercy, mardi. (AFP)", FR_BODY),
    ],
)
def test_a_photo_credit_under_the_headline_is_a_caption(headline, caption, body) -> None:
    documents, article_lines, audit, lines = run({"f.txt": page(MENU, headline, caption, body)})
    assert documents["title"].to_list() == [headline]
    assert dict(zip(audit["text"], audit["rule"], strict=True))[caption] == "caption"
    assert_lines_partitioned(article_lines, audit, lines)


def test_a_one_word_label_at_the_body_start_under_a_restored_headline_leaves_the_text() -> None:
    headline = "City council approves a bigger bike lane network"
    documents, article_lines, audit, lines = run({"f.txt": page(MENU, headline, ["Cycling", "Local"], "Channel 5", EN_BODY)})
    assert documents["title"].to_list() == [headline]
    assert dict(zip(audit["text"], audit["rule"], strict=True))["Channel 5"] == "head_chrome"
    assert documents["text"][0].startswith(headline + "\n\n" + EN_BODY[0])


def test_the_line_one_word_apart_from_the_page_title_is_the_headline() -> None:
    headline, subheading = "Gemeenteraad kiest voor meer fietspaden", "Nieuwe regels voor het centrum van de stad"
    documents, *_ = run({"f.txt": page("Gemeenteraad kiest voor fietspaden", MENU, headline, subheading, NL_BODY)})
    assert documents["title"].to_list() == [headline]


def test_a_headline_ending_in_a_period_is_the_title_when_the_page_title_repeats_it() -> None:
    headline = "Le budget passe. Les députés votent."
    text = page(f"{headline} - Le Quotidien", MENU, headline, "Par Claire Dubois", FR_BODY)
    documents, article_lines, audit, lines = run({"f.txt": text})
    assert documents["title"].to_list() == [headline]
    assert_lines_partitioned(article_lines, audit, lines)
    alone, *_ = run({"g.txt": page(MENU, headline, "Par Claire Dubois", FR_BODY)})  # no page title: a sentence
    assert alone["title"][0] != headline


@pytest.mark.parametrize("byline", ["By 山田太郎 ／ 2016.12.01", "Door redactie Binnenland", "Par l'équipe d'Ouest"])
def test_a_byline_the_name_rules_cannot_read_leaves_the_head(byline: str) -> None:
    headline = "City council approves a bigger bike lane network"
    documents, article_lines, audit, lines = run({"f.txt": page(MENU, headline, byline, EN_BODY)})
    assert documents["title"].to_list() == [headline]
    assert dict(zip(audit["text"], audit["rule"], strict=True))[byline] in ("byline", "date")
    assert_lines_partitioned(article_lines, audit, lines)


@pytest.mark.parametrize(
    ("headline", "standfirst", "credit", "byline", "body"),
    [
        ("Le gouvernement présente un budget de relance", "Ce que prévoit le texte", "Crédit : Reuters / AFP",
         "Par Claire Dubois", FR_BODY),
        ("City council approves a bigger bike lane network", "What the plan changes downtown", "Photo: AP",
         "By Jenna Park", EN_BODY),
    ],
)  # fmt: skip
def test_the_headline_above_a_short_standfirst_and_a_credit_is_the_title(headline, standfirst, credit, byline, body):
    documents, article_lines, audit, lines = run({"f.txt": page(MENU, headline, standfirst, credit, byline, body)})
    assert documents["title"].to_list() == [headline]
    assert_lines_partitioned(article_lines, audit, lines)


def test_blog_index_posts_keep_their_titles_and_dates() -> None:
    posts = [
        ("Premier billet du mois", "12 mars 2019", FR_BODY[0]),
        ("Deuxième billet du mois", "27/03/2019", FR_BODY[1]),
        ("Troisième billet du mois", "Publié le 2 avril 2019", FR_BODY[2]),
    ]
    blocks: list[str | list[str]] = [MENU]
    for title, date, sentence in posts:
        blocks += [title, date, [sentence, sentence.replace("le", "un"), sentence.replace("la", "une")], ["0", "0"]]
    documents, article_lines, audit, lines = run({"blog.txt": page(*blocks)})
    assert documents["title"].to_list() == [p[0] for p in posts]
    assert documents["published_date"].to_list() == [dt.date(2019, 3, 12), dt.date(2019, 3, 27), dt.date(2019, 4, 2)]
    assert_lines_partitioned(article_lines, audit, lines)


def test_a_desk_is_the_author_only_when_nobody_is_named() -> None:
    alone, *_ = run({"a.txt": page(MENU, "Le budget de relance présenté", "Par la rédaction", "12 mars 2019", FR_BODY)})
    named, *_ = run(
        {"b.txt": page(MENU, "Le budget de relance présenté", "Par la rédaction", "Par Claire Dubois", FR_BODY)}
    )
    assert alone["author"].to_list() == ["la rédaction"]
    assert named["author"].to_list() == ["Claire Dubois"]


DATE_CASES = [  # (line, US page, publication date, update date)
    ("27/09/2018", False, dt.date(2018, 9, 27), None),
    ("Carlos Nadalim 27/09/2018 Comente!", False, dt.date(2018, 9, 27), None),
    ("04/05/2015", False, dt.date(2015, 5, 4), None),
    ("04/05/2015 10:00 AM EST", True, dt.date(2015, 4, 5), None),
    ("By Tess Bonn - 11/19/19 06:56 AM EST", False, dt.date(2019, 11, 19), None),
    ("2019-11-18T20:51:19Z", False, dt.date(2019, 11, 18), None),
    ("12 mars 2019", False, dt.date(2019, 3, 12), None),
    ("le 1er janvier 2020 à 8h", False, dt.date(2020, 1, 1), None),
    ("March 3, 2025", False, dt.date(2025, 3, 3), None),
    ("Nov. 20, 2019, 9:28 AM UTC", False, dt.date(2019, 11, 20), None),
    ("3. März 2025", False, dt.date(2025, 3, 3), None),
    ("19.10.19, 18:56", False, dt.date(2019, 10, 19), None),
    ("5 de mayo de 2019", False, dt.date(2019, 5, 5), None),
    ("Pubblicato il 19 febbraio 2020", False, dt.date(2020, 2, 19), None),
    ("12 maart 2019", False, dt.date(2019, 3, 12), None),
    ("Publié le 12 mars 2019 Mis à jour le 13 mars 2019", False, dt.date(2019, 3, 12), dt.date(2019, 3, 13)),
    ("Updated: 18 Nov 2019, 19:11", False, None, dt.date(2019, 11, 18)),
    ("Aktualisiert am 06.11.2023", False, None, dt.date(2023, 11, 6)),
    # the update first, then the publication: the update's part ends at the publication cue or a separator
    ("Mis à jour le 13/03/2019 | Publié le 12/03/2019", False, dt.date(2019, 3, 12), dt.date(2019, 3, 13)),
    ("Updated 11:00 a.m. March 4, 2025 Published 9:00 a.m. March 3, 2025", False, dt.date(2025, 3, 3),
     dt.date(2025, 3, 4)),
    ("Aktualisiert am 04.03.2025 · 03.03.2025", False, dt.date(2025, 3, 3), dt.date(2025, 3, 4)),
    ("31/02/2019", False, None, None),
    ("Version 2.3.1 released", False, None, None),
]


@pytest.mark.parametrize(("line", "us_page", "pub", "upd"), DATE_CASES)
def test_dates_in_every_format(line: str, us_page: bool, pub: dt.date | None, upd: dt.date | None) -> None:
    frame = pl.LazyFrame({"clean": [line], "us": [us_page]})
    out = frame.pipe(add_publication_and_update, "clean", month_first=pl.col("us")).collect()
    assert (out["pub"][0], out["upd"][0]) == (pub, upd)


def test_an_ambiguous_numeric_date_on_an_english_line_is_unsure() -> None:
    frame = pl.LazyFrame({"clean": ["Posted 04/05/2015 at 10:00 am"]})
    out = frame.pipe(add_publication_and_update, "clean", month_first=pl.lit(None, dtype=pl.Boolean)).collect()
    assert out["pub"][0] is None


POOL = [*MENU, "Le gouvernement présente un budget de relance", "Par Claire Dubois", "12 mars 2019", "0",
        "Partager", *FR_BODY, "Image 1 of 23", "Lire aussi : la réforme des retraites"]  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=14), st.lists(st.booleans(), min_size=14, max_size=14))
def test_every_line_is_in_an_article_or_the_audit_and_texts_start_with_their_title(picks, blanks) -> None:
    text = "".join(line + ("\n\n" if blank else "\n") for line, blank in zip(picks, blanks, strict=False))
    documents, article_lines, audit, lines = run({"f.txt": text})
    assert_lines_partitioned(article_lines, audit, lines)
    for doc in documents.filter(pl.col("title").is_not_null()).iter_rows(named=True):
        assert doc["text"].startswith(doc["title"])


# A site's sections, each a label and a teaser (another story's headline run into its summary): the block search
# keeps them as content, so the body starts there.
SECTIONS = [
    "Video", "Find Burgers And More At The New Cuban Spot A new restaurant opened downtown this week, with a patio.",
    "All Videos", "Eye on the City", "News", "Weather", "Autos & More", "Station Info",
    "Explore The Top Spots In The Riverside Neighborhood Visiting the riverside this weekend? Here is where to go.",
    "Heading To A Game? Check Out Our Stadium Guides If you are going to a game, read these tips before you leave.",
    "Autos", "Union Opens Talks With Carmaker Over New Contract The talks could lead to a strike if no deal is reached.",
    "Carmaker Recalls Pickups Over Loose Cable The company is recalling trucks because a cable can come loose.",
    "More", "Entertainment",
]


def test_the_page_title_headline_with_its_dateline_below_sections_kept_as_content_is_the_title() -> None:
    headline = "City council approves a bigger bike lane network"
    text = page(f"{headline} - Channel 5", MENU, SECTIONS, headline, "November 19, 2019 at 9:45 am", EN_BODY)
    documents, article_lines, audit, lines = run({"f.txt": text})
    assert documents["title"].to_list() == [headline]
    assert documents["published_date"].to_list() == [dt.date(2019, 11, 19)]
    assert documents["text"][0].startswith(headline + "\n\n" + EN_BODY[0])
    assert set(SECTIONS) <= set(audit["text"])  # the sections above the headline left the text
    assert_lines_partitioned(article_lines, audit, lines)
    # without the page title repeating it, a line that far below the body start is not taken for the headline
    alone, *_ = run({"g.txt": page("Channel 5", MENU, SECTIONS, headline, "November 19, 2019 at 9:45 am", EN_BODY)})
    assert alone["title"][0] != headline
