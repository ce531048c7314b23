"""Datelines, inline story links, tag lines, captions and closing credits: one case per rule on real lines
(the `tune` half of ../shared/eval/boilerplate and the French pages of boilerplate_multilingual)."""

import polars as pl
import pytest

from tests.transforms.test_boilerplate import EN_PROSE, PROSE, rule_of, rules_of
from transforms.boilerplate import RULES
from transforms.headings import heading_like

DATELINE_CASES = [
    ("Updated 12:24 am EST, Wednesday, November 20, 2019", "date"),
    ("By Tess Bonn - 11/19/19 06:56 AM EST", "date"),
    ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", "date"),
    ("Nov 18, 2019 at 9:24 pm ET • 2 min read", "date"),
    ("Von Moritz Bachmann publiziert am 30. Juli 2018", "date"),
    ("Marie Merlet | lundi 9 décembre 2019 à 09h08", "date"),
    ("Por Ana García | 19 de noviembre de 2019 - 10:32", "date"),
    ("5 Min Read", "date"),
    ("Tempo de leitura: 1 minuto", "date"),
    ("Lesezeit: 3 Min.", "date"),
]

LINK_AND_TAG_CASES = [
    ("Related: The 15 Weirdest Galaxies in Our Universe", "related"),
    ("READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing", "related"),
    ("Lire aussi : Les critiques de la CNIL contre le projet de loi sur le renseignement", "related"),
    ("Filed Under: Eastern Equine Encephalitis, EEE, health, Michigan, mosquito-borne virus", "navigation"),
    ("Mots-clés : élections, Assemblée nationale, budget", "navigation"),
]

NOTICE_AND_CAPTION_CASES = [
    ("Media playback is unsupported on your device", "comment_form"),
    ("This site is protected by recaptcha Privacy Policy | Terms of Service", "comment_form"),
    ("Media caption Julian Assange being dragged from the Ecuadorean embassy in London", "caption"),
    ("Natalie Naccache | Bloomberg | Getty Images", "caption"),
    ("Photo by Kirk Irwin/Getty Images", "caption"),
    (
        "The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, "
        "except with the prior written permission of Advance Local.",
        "copyright",
    ),
    ("Reproduction interdite sans autorisation de l'éditeur.", "copyright"),
    ("Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.", "newsletter"),
]

DATED_ARTICLE_LINES = [
    "— Rep. Ilhan Omar (@Ilhan) November 19, 2019",  # an embedded tweet's signature is article text
    "Point d’étape au 12 janvier 2020 à 11h :",  # a dated heading that introduces what follows
    "Revenues from the Trump-imposed tariffs have totaled about $63 billion through June 30, 2019.",
    "Related coverage of the summit continued on Monday, when ministers met again in Brussels to agree the text.",
]


@pytest.mark.parametrize(("line", "rule"), [*DATELINE_CASES, *LINK_AND_TAG_CASES, *NOTICE_AND_CAPTION_CASES])
def test_rule_names_the_metadata_line(line: str, rule: str) -> None:
    assert rule in RULES
    assert rule_of(line) == rule


@pytest.mark.parametrize("line", DATED_ARTICLE_LINES)
def test_dated_article_lines_are_kept(line: str) -> None:
    assert rule_of(line) is None


def test_closing_credit_after_a_teaser_list_is_kept() -> None:
    # page 3c5bf8db of the tune half: the credit follows the article's "Related" teaser list
    teasers = ["15 Amazing Images of Stars", "11 Fascinating Facts About Our Milky Way Galaxy",
               "The 11 Biggest Unanswered Questions About Dark Matter"]  # fmt: skip
    closer = "Originally published on Live Science."
    rules = rules_of("\n\n".join([EN_PROSE] * 4 + ["\n".join(teasers), closer, "Sign Up for e-mail newsletters"]))
    assert rules[:4] == [None] * 4
    assert rules[4:7] == ["teaser_list"] * 3
    assert rules[7] is None
    assert rules[8] is not None


def test_closing_credit_far_below_the_article_is_not_kept() -> None:
    menu = [f"Section {i}" for i in range(8)]
    rules = rules_of("\n".join([EN_PROSE] * 4 + menu + ["Originally published on Live Science."]))
    assert rules[-1] is not None


def test_lead_paragraph_between_two_captions_is_article_text() -> None:
    # page bc13ff87 of the tune half: the lead sat between two photo captions and was removed as nav_head
    lines = [
        "Newsletter", "Facebook", "Twitter", "Linkedin", "By David Jeans",
        "More than 4,000 people are expected to receive notice in coming weeks (Credit: iStock)",
        "More than a third of WeWork’s 12,000 employees will likely receive notice this week that they no longer "
        "have a job. The layoffs are part of an effort by the struggling office-space company to cut costs, close "
        "ancillary businesses and narrow its offering to subletting office space.",
        "WeWork chairman Marcelo Claure (Credit: Getty Images)",
        "In a company email sent by chairman Marcelo Claure, employees were told that layoffs will begin this week "
        "in the U.S., and that a planned all-hands meeting will be postponed from Tuesday to Friday, where Claure "
        "will present the company’s five-year plan.",
        "A person familiar with the matter told TRD that employees in the legal and human resources departments "
        "will begin receiving notice Monday.",
        "WeWork declined to comment.",
    ]  # fmt: skip
    rules = rules_of("\n\n".join(lines))
    assert rules[5] == "caption"
    assert rules[6] is None
    assert rules[7] == "caption"
    assert rules[8:] == [None, None, None]


def test_paragraphs_opening_with_a_name_and_title_are_not_a_teaser_list() -> None:
    # page 6ebac05f of the tune half: three paragraphs in a row open with four or five capitalised words
    paragraphs = [
        "Patrick Carlineo Jr., 55, could face up to 10 years in prison and have to pay $250,000 after pleading "
        "guilty to threatening to assault and murder a U.S. official and being a felon in possession of firearms.",
        "U.S. Attorney James Kennedy Jr. said in the release this case demonstrates that free speech does not "
        "protect people to “make threats to harm lawmakers simply because they may disagree with them.”",
        "Sonya A. Zoghlin, Carlineo’s attorney, told The Hill in a statement that her client did not intend to "
        "cause harm to Omar and did not make plans to do so.",
    ]  # fmt: skip
    assert rules_of("\n\n".join([EN_PROSE, EN_PROSE, *paragraphs, EN_PROSE])) == [None] * 6


def test_title_case_headlines_glued_to_their_teaser_stay_a_teaser_list() -> None:
    # page c467d507 of the tune half
    teasers = [
        "Michigan To Mail Redistricting Panel Applications To 250,000 The state of Michigan will mail 250,000 "
        "applications encouraging voters to apply to serve on a new commission responsible for drawing "
        "congressional and legislative maps.",
        "DNR Seeks Tips About Bull Elk Poached In Northern Michigan Michigan Department of Natural Resources "
        "conservation officers in Gaylord are seeking information about a bull elk that was poached in the Pigeon "
        "River State Forest, east of Vanderbilt in Otsego County.",
        "Mayor: ‘Despicable’ Move For Health Benefits Won’t Stand Warren Mayor Jim Fouts says it was “despicable” "
        "and “underhanded” for a city council to grant lifetime health insurance to some elected officials.",
    ]  # fmt: skip
    rules = rules_of("\n\n".join([EN_PROSE] * 4 + teasers))
    assert rules[4:] == ["teaser_list"] * 3


@pytest.mark.parametrize(
    ("line", "is_heading"),
    [("Rockledge 14 11 6 15 — 44", False), ("Palm Bay d. Rockledge 70-44", True), ("Part 2", True),
     ("La place du CMO dans l’entreprise", True)],
)  # fmt: skip
def test_a_line_of_mostly_numbers_is_not_a_heading(line: str, is_heading: bool) -> None:
    # page c81e134e of the tune half: a score line opened the article as its title
    frame = pl.DataFrame({"clean": [line], "n_words": [len(line.split())]})
    assert frame.select(heading_like()).to_series()[0] is is_heading


def test_prose_constant_still_reads_as_an_article_line() -> None:
    assert rule_of(PROSE) is None
