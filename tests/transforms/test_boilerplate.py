"""One test per rule, on real lines from the seeds (and typical lines of the languages the rules cover)."""

import polars as pl
import pytest

from transforms.boilerplate import RULES, classify_lines
from transforms.lines import split_lines

PROSE = (
    "Nous assistons à une profonde transformation des métiers technologiques et marketing, "
    "et les deux fonctions apprennent à travailler ensemble."
)


def classify(files: dict[str, str], **options: int) -> pl.DataFrame:
    frame = pl.LazyFrame(
        {
            "source_path": list(files),
            "source_sha256": [str(hash(t)) for t in files.values()],
            "text": list(files.values()),
        }
    )
    return frame.pipe(split_lines).pipe(classify_lines, **options).collect()


def rule_of(line: str) -> str | None:
    """The rule of `line` placed between two prose paragraphs of one file."""
    out = classify({"f.txt": f"{PROSE}\n\n{line}\n\n{PROSE}"})
    return out.filter(pl.col("line_no") == 3)["rule"][0]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("0", "counter"),
        ("1815", "counter"),
        (
            "paged,page-template,page-template-blog-large-image,page,page-id-1815,page-parent,paged-38,"
            "ajax_fade,page_not_loaded,,select-theme-ver-2.3,wpb-js-composer js-comp-ver-4.5.3,vc_responsive",
            "css_classes",
        ),
        ("Recherche", "navigation"),
        ("Retour haut de page", "navigation"),
        ("Back to top", "navigation"),
        ("Nach oben", "navigation"),
        ("  • Imprimer", "print"),
        ("Drucken", "print"),
        ("S'abonner", "subscribe"),
        ("Abonnieren", "subscribe"),
        ("Se connecter", "login"),
        ("Iniciar sesión", "login"),
        ("Partager sur Facebook", "share"),
        ("Condividi", "share"),
        ("Newsletter", "newsletter"),
        ("Mentions légales", "legal"),
        ("Datenschutzerklärung", "legal"),
        ("Política de privacidad", "legal"),
        ("© 2017 Marketing is Dead. Tous droits réservés.", "copyright"),
        ("Tutti i diritti riservati", "copyright"),
        (
            "Ce site utilise des cookies pour améliorer votre expérience de navigation, en poursuivant vous acceptez.",
            "cookie",
        ),
        ("Page 2 sur 5", "pagination"),
        ("Página siguiente", "pagination"),
        ("Articles similaires", "related"),
        ("Artículos relacionados", "related"),
        ("Articoli correlati", "related"),
        ("3 commentaires", "comments"),
        ("Publié par le | Mis à jour le", "byline_empty"),
        ("Posted by on", "byline_empty"),
        ("Publié le 12 mars 2017", "byline_empty"),
        ("12 mars 2017", "date"),
        ("March 3, 2017", "date"),
    ],
)
def test_rule_names_the_boilerplate_line(line: str, rule: str) -> None:
    assert rule in RULES
    assert rule_of(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Par Didier Barbé, vice-président Marketing, Communication et Relations Extérieures d'IBM France",
        "Le Gartner ne dit pas autre chose : en 2017, les directions marketing auront plus de budget.",
        "Les Tweets auxquels vous avez (peut-être) échappé",
        "13,3 % des ventes",
        "Partager le pouvoir entre CMO et CIO est devenu une nécessité pour les entreprises françaises.",
        "Nous utilisons toujours plus d’applications et d’internet depuis nos smartphones.",
    ],
)
def test_article_lines_are_not_boilerplate(line: str) -> None:
    assert rule_of(line) is None


def test_nbsp_only_line_is_blank_not_content() -> None:
    out = classify({"f.txt": f"{PROSE}\n\u00a0\n{PROSE}"})
    assert out.filter(pl.col("line_no") == 2)["is_blank"][0]
    assert out.filter(pl.col("line_no") == 2)["rule"][0] is None


def test_head_navigation_spares_the_title_and_tail_short_lines_go() -> None:
    text = "\n".join(["Blog - Marketing is Dead", "Blog", "La place du CMO dans l’entreprise", PROSE, PROSE,
                      "au magazine", "Se connecter"])  # fmt: skip
    out = classify({"003.txt": text})
    assert out["rule"].to_list() == ["nav_head", "navigation", None, None, None, "nav_tail", "login"]


def test_lines_repeated_across_files_are_template_text() -> None:
    footer = "Marketing is Dead, le blog du marketing"
    out = classify({"a.txt": f"{PROSE}\n{footer}\n{PROSE}", "b.txt": f"Autre texte ici.\n{footer}\n{PROSE} Fin."})
    assert out.filter(pl.col("text") == footer)["rule"].to_list() == ["repeated_across_files"] * 2


def test_identical_files_do_not_make_their_lines_repeated() -> None:
    text = f"Titre de l’article\n{PROSE}"
    frame = pl.LazyFrame({"source_path": ["a.txt", "copy/a.txt"], "source_sha256": ["x", "x"], "text": [text, text]})
    out = frame.pipe(split_lines).pipe(classify_lines).collect()
    assert out["rule"].null_count() == 4


def test_repeated_long_paragraph_is_kept() -> None:
    out = classify({"a.txt": f"Titre A\n{PROSE}", "b.txt": f"Titre B\n{PROSE}"})
    assert out.filter(pl.col("text") == PROSE)["rule"].to_list() == [None, None]
