"""The shared vocabulary: character classes built from it hold exactly its characters, and the whitespace
classes say what the regex engine and Python call whitespace."""

import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from transforms.lexicon import EDGE_SPACE, PY_WHITESPACE, UNICODE_WHITE_SPACE, char_class

CLASS_SPECIAL = "-]^\\[&~"


@given(st.text(alphabet=st.sampled_from(CLASS_SPECIAL + "ab•’"), min_size=1, max_size=8))
def test_char_class_holds_exactly_its_characters(chars: str) -> None:
    candidates = sorted(set(CLASS_SPECIAL + "ab•’c"))
    matched = pl.Series(candidates).str.contains(f"^[{char_class(chars)}]$").to_list()
    assert [c for c, hit in zip(candidates, matched, strict=True) if hit] == sorted(set(chars))


def test_unicode_white_space_is_the_regex_engines_space() -> None:
    chars = pl.Series([chr(c) for c in range(0x3001)])
    assert set(chars.filter(chars.str.contains(r"^\s$")).to_list()) == set(UNICODE_WHITE_SPACE)


@given(st.text(alphabet=st.sampled_from(PY_WHITESPACE + "a b\u200b"), max_size=12))
def test_edge_space_strips_what_python_strips(text: str) -> None:
    assert pl.Series([text]).str.replace_all(EDGE_SPACE, "")[0] == text.strip()
