"""quotation_context: which sentences of a section are inside a quotation, against a plain reading of the marks."""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.claims import quotation_context

# Words and quotation marks as they stand in text: an opening mark before a word, a closing one after it
TOKENS = {"word": "mot", "opens": "« mot", "closes": "mot »", "opens_en": "“word", "closes_en": "word”",
          "opens_de": "„Wort", "closes_de": "Wort“", "scare": "« mot »", "straight": '"word"'}
EFFECT = {"word": 0, "opens": 1, "closes": -1, "opens_en": 1, "closes_en": -1, "opens_de": 1, "closes_de": -1,
          "scare": 0, "straight": 0}
_sentence = st.lists(st.sampled_from(sorted(TOKENS)), min_size=1, max_size=5)
_section = st.lists(_sentence, min_size=1, max_size=6)


def inside(section: list[list[str]]) -> list[bool]:
    """The plain reading: the last sentence that opened or closed a quotation opened it, or the sentence opens one."""
    state, out = False, []
    for tokens in section:
        balance = sum(EFFECT[t] for t in tokens)
        out.append(state or balance > 0)
        state = balance > 0 if balance != 0 else state
    return out


@settings(max_examples=60, deadline=None)
@given(st.lists(_section, min_size=1, max_size=5))
def test_a_sentence_is_inside_a_quotation_opened_before_it_in_its_section(sections: list[list[list[str]]]) -> None:
    rows = [(k, i, " ".join(TOKENS[t] for t in tokens) + ".")
            for k, section in enumerate(sections) for i, tokens in enumerate(section)]
    frame = pl.LazyFrame(rows[::-1], schema=["section", "index", "sentence"], orient="row")  # any row order
    out = quotation_context(frame, key="section", order="index").collect()
    assert out.select("section", "index").rows() == sorted((k, i) for k, i, _ in rows)
    assert out["in_quotation"].to_list() == [flag for section in sections for flag in inside(section)]


def test_an_interview_prefix_opens_the_speakers_words_until_a_mark_closes_them() -> None:
    frame = pl.LazyFrame({"k": [0, 0, 0, 0], "i": [0, 1, 2, 3], "sentence": [
        "Jean-Paul Aimetti : Le titre rappelle « No Logo ».", "Les robots contribuent au Big data.",
        "Fin de citation », conclut-il.", "Le livre paraît en mai."]})
    assert quotation_context(frame, key="k", order="i").collect()["in_quotation"].to_list() == [True, True, True, False]
