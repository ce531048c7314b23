"""Recall mechanisms (issue #4: a dropped paragraph cannot be recovered): inline related boxes, pages whose best
block is no article, the doubted closing sentence of a block. Real lines from the seeds and the `tune` half of
../shared/eval/boilerplate."""

import polars as pl

from tests.transforms.test_boilerplate import EN_PROSE, PROSE, classify, rules_of
from transforms.boilerplate import BoilerplateParams
from transforms.pipeline import classify_files

# page b37be3 of the tune half: a one-link "Related Links" box, then the article's last paragraph
LAST_PARAGRAPH = (
    "Challenges include designing the spacecraft to operate largely autonomously while the crew -- padded with "
    "extra body fat in advance of their trip -- slumbers for much of the journey."
)
TEASERS = ["'He strangled me': Canadian speaks about brutal hotel attack",
           "Here's what we know so far about PM Trudeau's next cabinet",
           "Hockey Canada announces changes to age-division names"]  # fmt: skip


def test_inline_related_box_does_not_cut_the_last_paragraph() -> None:
    page = [EN_PROSE] * 4 + ["Related Links", "European Space Agency website", LAST_PARAGRAPH, "Report Error",
                             *TEASERS]  # fmt: skip
    rules = rules_of("\n\n".join(page))
    assert rules[:4] == [None] * 4
    assert rules[4:6] == ["related", "related"]  # the box heading and its link, audited
    assert rules[6] is None  # the paragraph after the box
    assert "after_comments" not in rules


def test_related_box_before_more_article_names_its_links() -> None:
    # page ba4dfe of the tune half: a related box inside the article, its links were kept as article text
    links = ["Plague outbreak: China hit by ‘highly contagious’ pneumonic plague",
             "Horror as plague of killer mosquitos are headed to Britain"]  # fmt: skip
    rules = rules_of("\n\n".join([EN_PROSE, EN_PROSE, "Related articles", *links, EN_PROSE, EN_PROSE, EN_PROSE]))
    assert rules == [None, None, "related", "related", "related", None, None, None]


def test_most_read_heading_followed_by_teaser_sentences_still_cuts() -> None:
    # page 16c30a of the tune half: "Most Read" then teasers that read as sentences; a box needs a links heading
    teasers = ["Tuesday’s impeachment hearings were a disaster for Republicans Even their own witnesses said "
               "damaging stuff.",
               "One of the Republicans’ witnesses confirmed a quid pro quo on TV This may be the biggest moment in "
               "the impeachment inquiry so far."]  # fmt: skip
    rules = rules_of("\n\n".join([EN_PROSE] * 4 + ["Most Read", *teasers]))
    assert rules[:4] == [None] * 4
    assert rules[5:] == ["after_comments", "after_comments"]


def test_related_box_far_from_more_prose_still_cuts() -> None:
    # more links than an inline box holds before the next sentence: the related list ends the article
    rules = rules_of("\n\n".join([EN_PROSE] * 4 + ["Related stories", *TEASERS, "Report Error", LAST_PARAGRAPH]))
    assert rules[:4] == [None] * 4
    assert rules[-1] == "after_comments"


CALENDAR = ["Calendário da Stock Car 2018", "1a etapa: 10 de março – Interlagos",
            "2a etapa: 8 de abril – Curitiba / Alternativa", "3a etapa: 22 de abril – Velopark",
            "4a etapa: 06 de maio – Londrina", "8a etapa: 09 de setembro – Cascavel",
            "* Calendário sujeito a inúmeras alterações usualmente feitas pelo Organizador"]  # fmt: skip


# page cc03dd of the tune half: a race calendar, whose only sentence is the comment policy under it
CALENDAR_PAGE = "\n".join([
    "Home", *CALENDAR, "ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão "
    "aprovados pelo moderador.", "Privacy Policy",
])  # fmt: skip


def test_page_without_an_article_block_keeps_its_list() -> None:
    page = CALENDAR_PAGE
    rules = classify({"f.txt": page})["rule"].to_list()
    assert rules == ["navigation"] + [None] * (len(CALENDAR) + 1) + ["legal"]
    # what a block of one stray sentence did: the calendar went as page chrome
    before = classify({"f.txt": page}, block_min_words=0)["rule"].to_list()
    assert before[1:6] == ["nav_head"] * 5


def test_classify_files_applies_its_params() -> None:
    files = pl.LazyFrame(
        {"source_path": ["f.txt"], "source_sha256": ["0"], "file_key": ["f.txt"], "text": [CALENDAR_PAGE]}
    )
    default = classify_files(files).collect()["rule"].to_list()
    without_minimum = classify_files(files, params=BoilerplateParams(block_min_words=0)).collect()["rule"].to_list()
    assert default[1:6] == [None] * 5
    assert without_minimum[1:6] == ["nav_head"] * 5


def test_one_paragraph_article_keeps_its_block() -> None:
    # a block of one full paragraph (25+ sentence words) is still an article: the menu around it goes
    page = "\n".join(["Home", "World Cup", "Champ. League", "Live", f"{EN_PROSE} {EN_PROSE}", "Soccer TV Schedule"])
    rules = classify({"f.txt": page})["rule"].to_list()
    assert rules[0] == "navigation"
    assert rules[1] == "nav_head"
    assert rules[4] is None
    assert rules[5] == "nav_tail"


def test_closing_sentence_the_model_doubts_stays_with_the_article() -> None:
    # seed 000: the article's last line, a short sentence after a list, was removed as nav_tail
    intro = ("Dans un avenir très proche (Actuellement, IBM développe des POC sur des versions de Watson dans le "
             "domaine médical), le système sera capable de :")  # fmt: skip
    items = ["  • comprendre la complexité du langage humain", "  • analyser le passé mais également prévoir le futur",
             "  • interpréter des images complexes", "  • échanger et apprendre avec les humains"]  # fmt: skip
    closing = "Bref, HAL n’est plus très loin. C'est fascinant. Faudra t'il le débrancher un jour ?"
    assert rules_of("\n\n".join([PROSE, PROSE, intro, "\n".join(items), closing])) == [None] * 8


def test_author_bio_after_a_template_heading_does_not_join_the_article() -> None:
    # page 23aaec of the tune half: the author box's heading is in every post of the site, its bio is not article
    article = ["Deixe suas dúvidas e opiniões aqui embaixo! Obrigado por compartilhar nosso conteúdo!",
               "Receba em seu email nosso ebook “ As 5 Etapas para Alfabetizar seus Filhos em Casa”, um guia "
               "completo e totalmente gratuito para você começar a alfabetização dos seus filhos em casa."]  # fmt: skip
    bio = ("Pai de Francesco e Teresa e marido de Bárbara, Carlos Nadalim é também coordenador pedagógico na escola "
           "Mundo do Balão Mágico, em Londrina.")  # fmt: skip
    other_post = ["Os pais contam que a rotina da leitura ajuda muito na hora de dormir e no vocabulário.",
                  "Sobre Carlos Nadalim", "Facebook"]  # fmt: skip
    out = classify({"a.txt": "\n\n".join([PROSE, PROSE, *article, "Sobre Carlos Nadalim", bio, "Facebook"]),
                    "b.txt": "\n\n".join(other_post)})  # fmt: skip
    rules = out.filter((out["source_path"] == "a.txt") & ~out["is_blank"])["rule"].to_list()
    assert rules == [None] * 4 + ["repeated_across_files", "nav_tail", "share"]
