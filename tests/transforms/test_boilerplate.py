"""One test per rule, on real lines from the seeds (and typical lines of the languages the rules cover)."""

import dataclasses
import re
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from transforms.boilerplate import (
    PROBABILITY_STEPS,
    RULES,
    BoilerplateParams,
    LanguageWords,
    add_line_features,
    add_model_features,
    classify_lines,
    flag_line_rules,
    flag_repeated_lines,
    flag_teaser_runs,
    line_content_probability,
    line_text_features,
    per_distinct_text,
    repetition_pairs,
)
from transforms.boilerplate import rules as boilerplate_rules
from transforms.lines import split_lines
from transforms.pipeline import file_repetition_facts

PROSE = (
    "Nous assistons à une profonde transformation des métiers technologiques et marketing, "
    "et les deux fonctions apprennent à travailler ensemble."
)


def classify(files: dict[str, str], **options: float) -> pl.DataFrame:
    frame = pl.LazyFrame(
        {
            "source_path": list(files),
            "source_sha256": [str(hash(t)) for t in files.values()],
            "text": list(files.values()),
        }
    )
    return frame.pipe(split_lines).pipe(classify_lines, BoilerplateParams(**options)).collect()


def rule_of(line: str) -> str | None:
    """The rule of `line` placed between two prose paragraphs of one file."""
    out = classify({"f.txt": f"{PROSE}\n\n{line}\n\n{PROSE}"})
    return out.filter(pl.col("line_no") == 3)["rule"][0]


# Case tables of later rules; they run through the two shared tests below.
MAIN_BLOCK_RULE_CASES = [
    ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "comment_form"),
    ("Please confirm the information below before signing up.", "comment_form"),
    ("Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "comment_form"),
    ("Photo: Meg Kinnard, AP", "caption"),
    ("Image 4 of 5", "caption"),
    ("(Image credit: NASA)", "caption"),
    ("← Previous Story", "pagination"),
    ("Colunistas »", "pagination"),
]

DATE_AND_COOKIE_CASES = [
    ("Wednesday November 20, 2019", "date"),
    ("Tuesday, November 19, 2019", "date"),
    (
        "This website uses cookies to improve your experience while you navigate through the website. Out of "
        "these cookies, the cookies that are categorized as necessary are stored on your browser as they are "
        "essential for the working of basic functionalities of the website. We also use third-party cookies "
        "that help us analyze and understand how you use this website.",
        "cookie",
    ),
]

CAPTION_AND_NEWSLETTER_CASES = [
    (
        "Scooter Braun and Scott Borchetta pose for a photo at a private residence on June 28, 2019 in "
        "Montecito, California. (Photo by Kevin Mazur/Getty Images)",
        "caption",
    ),
    ("A reference habitation module for a crewed Mars mission compared to its equivalent. Credit: ESA", "caption"),
    ("Rep. Ilhan Omar, D-Minn., speaks at the Capitol on July 25, 2019. J. Scott Applewhite / AP file", "caption"),
    ("FILE PHOTO: Traders work on the floor at the New York Stock Exchange. REUTERS/Brendan McDermid", "caption"),
    ("Stay up to date with Ascom. Subscribe to our newsletter.", "newsletter"),
    ("Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.",
     "newsletter"),
    ("Abonnez-vous à notre newsletter pour recevoir nos articles chaque semaine.", "newsletter"),
    # the sign-up widget's other states (sh tune pages 08f793, c69e53)
    ("Thanks for signing up!", "newsletter"),
    ("You have succesfully subscribed. Thank you!", "newsletter"),
    ("There was an error processing your subscription.", "newsletter"),
    ("Please check the opt-in box to acknowledge that you would like to subscribe.", "newsletter"),
    ('I agree that CBS Sports can send me the "Pick Six Newsletter" newsletter.', "newsletter"),
    ("Keep an eye on your inbox for the latest sports news.", "newsletter"),
    ("Stay up to date with Ascom.", "newsletter"),  # the widget's heading and buttons (sh tune pages 5ae11e, c69e53)
    ("Subscribe No thanks", "newsletter"),
    ("Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik. Follow us on Twitter @Spacedotcom and on "
     "Facebook.", "share"),
    ("Suivez-nous sur Facebook et Twitter pour ne rien manquer de nos articles.", "share"),
    ("Have a tip? Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com. Follow her on Twitter @AmyKup or "
     "on Facebook.", "share"),
]

MENTIONS_KEPT_CASES = [
    "The agency said the photo: a blurry image taken at night, was enough to open an inquiry into the crash.",
    "Readers who subscribe to the paper's print edition will pay more from January, the publisher said.",
    "Once you have subscribed, the app sends an alert every morning, the company said in a statement.",
    "Nurses must stay up to date with the guidelines, and no thanks are given for the extra hours, she said.",
    "Millions of fans follow her on Instagram, where she posts a new photograph every morning from her garden.",
]


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
        ("1 / 5", "pagination"),  # a photo gallery's slide counter
        ("dp3_1_en", "caption"),  # an image's alt text that is its file name
        ("IMG_2041.jpg", "caption"),
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
        *MAIN_BLOCK_RULE_CASES,
        *DATE_AND_COOKIE_CASES,
        *CAPTION_AND_NEWSLETTER_CASES,
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
        *MENTIONS_KEPT_CASES,
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


def test_a_web_archive_toolbar_above_the_captured_page_is_navigation() -> None:
    toolbar = ["22 captures", "About this capture", "COLLECTED BY", "Organization: Alexa Crawls",
               "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.",
               "The Wayback Machine - https://web.archive.org/web/20070221/http://www.example.fr/article"]
    out = classify({"a.txt": "\n".join([*toolbar, "La place du CMO dans l’entreprise", PROSE, PROSE])})
    assert out["rule"].to_list() == ["navigation"] * len(toolbar) + [None, None, None]


def test_lines_repeated_across_files_are_template_text() -> None:
    footer = "Marketing is Dead, le blog du marketing"
    out = classify({"a.txt": f"{PROSE}\n{footer}\n{PROSE}", "b.txt": f"Autre texte ici.\n{footer}\n{EN_PROSE}"})
    assert out.filter(pl.col("text") == footer)["rule"].to_list() == ["repeated_across_files"] * 2


def test_identical_files_do_not_make_their_lines_repeated() -> None:
    text = f"Titre de l’article\n{PROSE}"
    frame = pl.LazyFrame({"source_path": ["a.txt", "copy/a.txt"], "source_sha256": ["x", "x"], "text": [text, text]})
    out = frame.pipe(split_lines).pipe(classify_lines).collect()
    assert out["rule"].null_count() == 4


def test_repeated_long_paragraph_is_kept() -> None:
    out = classify({"a.txt": f"Titre A\n{PROSE}", "b.txt": f"Titre B\n{PROSE}"})
    assert out.filter(pl.col("text") == PROSE)["rule"].to_list() == [None, None]


# --- issue #4: lines from the seeds and from the tune half of ../shared/eval/boilerplate ------------------------
def rules_of(text: str) -> list[str | None]:
    out = classify({"f.txt": text})
    return out.filter(~pl.col("is_blank"))["rule"].to_list()


def test_teaser_headlines_after_the_article_are_a_teaser_list() -> None:
    teasers = [
        "Plague and zoonotic influenza warning: CDC names EIGHT deadly diseases [WARNING]",
        "BLACK DEATH PLAGUE fears: Holidaymakers die after eating marmot [INSIGHT]",
        "Plane passengers quarantined after BUBONIC PLAGUE outbreak [NEWS]",
    ]
    rules = rules_of("\n\n".join([PROSE, PROSE, *teasers, PROSE, PROSE]))
    assert rules == [None, None, "teaser_list", "teaser_list", "teaser_list", None, None]


def test_list_introduced_by_a_colon_is_not_a_teaser_list() -> None:
    # seed 002: "Ils ont un rôle qui leur donne toutes les clefs :" then three unpunctuated items
    items = ["Ils ont un rôle qui leur donne toutes les clefs :",
             "Écoute, dialogue et empathie pour une meilleure créativité",
             "Perception et compréhension pour une relation améliorée",
             "Visibilité et anticipation pour des résultats optimisés"]  # fmt: skip
    assert rules_of("\n".join([PROSE, *items, PROSE, PROSE])) == [None] * 7


def test_numbered_list_is_not_a_teaser_list() -> None:
    # seed 000
    items = ["1.    Traitez chaque client personnellement (Understanding Each Client as an Individual)",
             "2.    Créez de la valeur dans toutes les interactions (Creating Value at Every Touch)",
             "3.    Proposez une marque et une culture d’entreprise authentiques (Being an Authentic Brand)"]  # fmt: skip
    assert rules_of("\n\n".join([PROSE, *items, PROSE])) == [None] * 5


def test_chrome_around_the_main_block_goes_whatever_its_length() -> None:
    # a long menu line before the article no longer pins the first prose line (cnn-style chrome)
    head = ["Home", "Calendário Stock Car 2018 | Autoracing | F1 | Indy | MotoGP | StockCar Fórmula Indy Notícias",
            "News", "Sport", "Weather", "Video", "Title of the Story"]  # fmt: skip
    tail = ["Most Popular Today", "Advertise With Us", "Março (164)", "Fevereiro (98)"]
    rules = rules_of("\n".join([*head, PROSE, PROSE, *tail]))
    assert rules[:6] == ["navigation", "nav_head", "nav_head", "nav_head", "nav_head", "nav_head"]
    assert rules[6:9] == [None, None, None]  # the title just above the block is spared, then the article
    assert all(rule is not None for rule in rules[9:])


def test_comment_thread_after_the_article_is_cut() -> None:
    comment = "I completely disagree with the author, the numbers in the second paragraph are plainly wrong."
    rules = rules_of("\n\n".join([PROSE, PROSE, PROSE, "Leave a Reply", comment, "Reply", comment]))
    assert rules[:3] == [None, None, None]
    assert rules[3] == "comments"
    assert set(rules[4:]) <= {"after_comments", "comments"}


@pytest.mark.parametrize("marker", ["Deixe um comentário", "Comentários", "Você também pode gostar"])
def test_portuguese_comment_and_related_headings_cut_what_follows(marker: str) -> None:
    prose = "O governo anunciou nesta terça-feira que as novas regras valem para todos os estados a partir de maio."
    teaser = "Uma leitora escreveu que discorda completamente do autor, porque os números estão todos errados."
    rules = rules_of("\n\n".join([prose, prose, prose, marker, teaser, teaser]))
    assert rules[:3] == [None, None, None]
    assert rules[3] is not None
    assert set(rules[4:]) <= {"after_comments"}


@pytest.mark.parametrize("marker", ["Want more stories like this?", "More stories", "You may also like"])
def test_english_more_stories_headings_cut_what_follows(marker: str) -> None:
    # page 680c28 of the tune half: a news site's teasers after "Want more stories like this?"
    teaser = "Scandinavia's Sami have been herding reindeer for generations. Then the miners arrived, and they protested."
    rules = rules_of("\n\n".join([EN_PROSE, EN_PROSE, EN_PROSE, marker, teaser, teaser]))
    assert rules[:3] == [None, None, None]
    assert set(rules[4:]) <= {"after_comments"}


def test_marker_repeated_after_every_post_does_not_cut_the_page() -> None:
    # a blog index: "0 commentaires" after each post must not end the page at the first post
    posts = [f"Titre {i}\n\n{PROSE}\n\n{PROSE}\n\n{i} commentaires" for i in range(3)]
    rules = rules_of("\n\n".join(posts))
    assert "after_comments" not in rules
    assert rules.count(None) == 9


def test_short_line_between_boilerplate_lines_is_a_menu_run() -> None:
    rules = rules_of("\n".join([PROSE, "Share", "Tigers", "Twitter", PROSE, PROSE]))
    assert rules == [None, "share", "menu_run", "share", None, None]


def test_japanese_article_lines_count_as_prose() -> None:
    # page f105de of the tune half: unspaced Japanese lines were one-word lines, removed as nav_head
    line = "東京都は二十日、新型の感染症対策として、都内の全ての小中学校で来月から授業を再開すると発表した。"
    out = classify({"ja.txt": f"メニュー\n{line}\n{line}"})
    assert out["n_words"][1] >= 20
    assert out["is_prose"][1]
    assert out["rule"].to_list()[1:] == [None, None]


def test_author_signature_after_the_article_is_kept() -> None:
    # seed 001
    signature = "Par Didier Barbé, vice-président Marketing, Communication et Relations Extérieures d'IBM France"
    assert rules_of("\n\n".join([PROSE, PROSE, signature, "S'abonner"])) == [None, None, None, "subscribe"]


EN_PROSE = "The committee said on Tuesday that the new rules would apply to every member state from next year onwards."


def test_table_after_a_colon_does_not_push_the_article_out_of_the_block() -> None:
    # page 11ea38 of the tune half: a standings table introduced by "... after 36 races:" inside the article
    table = ["Final standings of the 2019 Cup Series after 36 races:", "Pos. Driver Points Wins Poles",
             *[f"{i} Driver Number{i} {5040 - 10 * i} {i % 3} {i % 2}" for i in range(1, 31)]]  # fmt: skip
    page = ["Home", "News", EN_PROSE, EN_PROSE, *table, EN_PROSE, EN_PROSE, "About us", "Privacy Policy"]
    rules = rules_of("\n".join(page))
    assert rules[2:-2] == [None] * (len(table) + 4)
    assert rules[-2:] == ["navigation", "legal"]


def test_read_more_link_inside_the_article_does_not_cut_it() -> None:
    # page 7f93c1 of the tune half: an inline "Read more" widget cut the article's second half
    rules = rules_of("\n\n".join([EN_PROSE] * 3 + ["Neil Young's Plan to Vote Against Trump Suffers Setback",
                                                   "Read more", EN_PROSE, EN_PROSE]))  # fmt: skip
    assert "after_comments" not in rules
    assert rules[-2:] == [None, None]


def test_comment_thread_right_after_the_block_is_audited_as_after_comments() -> None:
    comment = "I completely disagree with the author, the numbers in the second paragraph are plainly wrong."
    rules = rules_of("\n\n".join([EN_PROSE] * 4 + ["Leave a Reply", "John Smith", comment, "Reply", comment]))
    assert rules[:4] == [None] * 4
    assert rules[4] == "comments"
    assert set(rules[5:]) <= {"after_comments", "comments"}


def test_story_teasers_after_the_article_are_removed() -> None:
    # page e4c6a3 of the tune half: headline / author / date / teaser sentence, repeated
    teasers = []
    for i, author in enumerate(["Anthony Ghosn", "Madeline Fry", "Kaylee McGhee"]):
        teasers += [f"Carlos Ghosn and the dark side of justice part {i}", author, "Tuesday November 19, 2019",
                    f"After three days of hearings, only one witness has a grievance, number {i}."]  # fmt: skip
    rules = rules_of("\n\n".join([EN_PROSE] * 4 + teasers))
    assert rules[:4] == [None] * 4
    assert all(rule is not None for rule in rules[5:])


def test_line_model_reads_every_feature_it_adds() -> None:
    from transforms.boilerplate import LINE_MODEL_WEIGHTS, MODEL_FEATURES, add_line_features, add_model_features

    lines = classify({"f.txt": PROSE}).lazy().pipe(add_line_features).with_columns(
        pl.lit(None, dtype=pl.String).alias("line_rule"), pl.lit(False).alias("is_repeated"),
        pl.lit(False).alias("is_teaser"), pl.lit(False).alias("is_tail_marker"),
    )  # fmt: skip
    added = [c for c in add_model_features(lines).collect_schema() if c.startswith("f_")]
    assert sorted(added) == sorted(MODEL_FEATURES)
    assert set(LINE_MODEL_WEIGHTS) == {"bias", *MODEL_FEATURES}


def test_short_list_items_after_a_heading_are_not_a_teaser_list() -> None:
    # a list of short items under a heading without a colon ("Qualified teams" then "England (Group A): ...")
    items = ["Qualified teams", "Brazil (Group A): Fifth appearance", "Chile (Group B): Third appearance",
             "Peru (Group C): Second appearance", "Ghana (Group D): Sixth appearance"]  # fmt: skip
    assert rules_of("\n\n".join([PROSE, PROSE, *items, PROSE, PROSE])) == [None] * 9


def test_headlines_longer_than_list_items_stay_a_teaser_list() -> None:
    teasers = ["Brazil beat Chile in a late thriller at the Maracana tonight",
               "Peru coach resigns after the third defeat in a row",
               "Ghana name an unchanged side for the World Cup qualifier"]  # fmt: skip
    rules = rules_of("\n\n".join([PROSE, PROSE, *teasers, PROSE, PROSE]))
    assert rules[2:5] == ["teaser_list"] * 3



SEED_FILES = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def _seed_lines() -> pl.LazyFrame:
    frame = pl.LazyFrame({"source_path": [p.name for p in SEED_FILES], "source_sha256": [p.name for p in SEED_FILES],
                          "text": [p.read_text(encoding="utf-8") for p in SEED_FILES]})  # fmt: skip
    return frame.pipe(split_lines)


def test_line_probabilities_are_on_the_rounding_grid() -> None:
    """exp and log1p may differ in the last bit between Polars' engines or CPUs; rounded, block ties do not."""
    features = (
        _seed_lines().pipe(add_line_features).pipe(flag_line_rules).pipe(flag_repeated_lines)
        .pipe(flag_teaser_runs).pipe(add_model_features)
    )  # fmt: skip
    p = features.select(line_content_probability().alias("p")).collect()["p"] * PROBABILITY_STEPS
    assert p.n_unique() > 20 and (p.round() == p).all()


def test_both_polars_engines_classify_the_seeds_alike() -> None:
    """The flow collects the classifier in-memory (flows.batches.CLASSIFY_ENGINE), the benchmark streaming."""
    query = _seed_lines().pipe(classify_lines)
    assert query.collect(engine="streaming").equals(query.collect(engine="in-memory"))


SEED_LINES = [line for p in SEED_FILES for line in p.read_text(encoding="utf-8").split("\n")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SEED_LINES) | st.text(max_size=40), min_size=1, max_size=60))
@example(["Marketique : Quand IBM marie Marketing et Informatique"] * 3)  # the case CI found
def test_text_features_once_per_distinct_line_equal_every_row(lines: list[str]) -> None:
    """classify_lines computes the line-alone features once per distinct text: same values, same row order.

    Floats agree to the last bit or so, not exactly: Polars' log1p gives a value one bit apart depending on where
    the row sits in a SIMD chunk (three identical lines, f_log_words 0.43944491546724396 twice then ...0439), which
    is why line_content_probability rounds to 2^-20.
    """
    frame = pl.LazyFrame({"source_path": ["a"] * len(lines), "line_no": range(1, len(lines) + 1), "text": lines})
    per_row = frame.pipe(line_text_features).collect()
    per_text = frame.pipe(per_distinct_text, line_text_features).collect().select(per_row.columns)
    assert_frame_equal(per_text, per_row, rel_tol=1e-14, abs_tol=0)
    exact = pl.exclude(pl.Float64)
    assert per_text.select(exact).equals(per_row.select(exact))


def test_repetition_pairs_are_counted_on_distinct_lines_alike() -> None:
    files = _seed_lines().group_by("source_path", "source_sha256", maintain_order=True).agg(pl.col("text").str.join("\n"))
    fast = file_repetition_facts(files).pairs.sort(pl.all())
    every_line = _seed_lines().pipe(add_line_features).pipe(repetition_pairs).collect().sort(pl.all())
    assert fast.height > 50 and fast.equals(every_line)


def test_boilerplate_params_are_frozen() -> None:
    params = BoilerplateParams()
    with pytest.raises(dataclasses.FrozenInstanceError):
        params.block_min_words = 0  # type: ignore[misc]


# The first plain phrase (no regex syntax) of each rule in each language block of rules.py: a block is read by
# the rules (it is in LANGUAGES and the patterns join it).
LANGUAGE_BLOCKS = [block for block in vars(boilerplate_rules).values() if isinstance(block, LanguageWords)]
LANGUAGE_PHRASES = [
    (language.code, rule, plain[0])
    for language in LANGUAGE_BLOCKS
    for rule, alternation in language.phrases.items()
    if (plain := [phrase for phrase in alternation.split("|") if re.fullmatch(r"[\w' -]+", phrase)])
]


@pytest.mark.parametrize(("code", "rule", "phrase"), LANGUAGE_PHRASES)
def test_every_language_block_names_its_phrases(code: str, rule: str, phrase: str) -> None:
    assert rule_of(phrase.capitalize()) == rule
