import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from transforms.claims import CLAIM_TYPE_DOCS, CLAIM_TYPES, type_claims
from transforms.pipeline import build_claims, number_claims
from transforms.sentences import split_sentences


def typed(texts: list[str], lang: str | list[str] = "fr") -> pl.DataFrame:
    langs = [lang] * len(texts) if isinstance(lang, str) else lang
    frame = pl.LazyFrame({"sentence": texts, "lang": langs}, schema={"sentence": pl.String, "lang": pl.String})
    return type_claims(frame).collect()


# --- output contract ---------------------------------------------------------------------------------------
def test_type_claims_adds_the_documented_columns_and_keeps_the_input() -> None:
    out = typed(["Selon Gartner, 60 % des entreprises utiliseront le cloud."])
    assert out.schema == pl.Schema({
        "sentence": pl.String, "lang": pl.String, "is_claim": pl.Boolean, "claim_type": pl.String,
        "source_cue": pl.String, "numbers": pl.List(pl.String), "has_number": pl.Boolean, "is_hedged": pl.Boolean,
    })
    assert set(CLAIM_TYPE_DOCS) == set(CLAIM_TYPES)


def test_type_claims_honours_custom_column_names() -> None:
    frame = pl.LazyFrame({"text": ["Revenue grew 42% in 2017."], "language": ["en"]})
    out = type_claims(frame, text_col="text", lang_col="language").collect()
    assert out.row(0, named=True)["claim_type"] == "statistic"


def test_null_empty_and_unknown_language_rows_never_raise() -> None:
    out = typed([None, "", "   ", "?", "Le chiffre d'affaires a progressé de 13,3 % en 2017."], ["fr", None, "und", "xx", "und"])
    assert out["claim_type"].to_list() == ["other", "other", "other", "other", "statistic"]
    assert out["numbers"].to_list()[:4] == [[], [], [], []]


# --- numbers -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Les ventes ont progressé de 13,3 % en 2017.", ["13,3", "2017"]),
        ("Le site compte 2,4 millions de visiteurs.", ["2,4"]),
        ("Plus de 1 000 clients, 1\u00a0000 prospects et 1\u202f000 leads.", ["1 000", "1\u00a0000", "1\u202f000"]),
        ("Revenue reached 2.4 million dollars, up 60% and 42%.", ["2.4", "60", "42"]),
        ("Le café coûte 2€ et reste notre recommandation n°3.", ["2", "3"]),
        ("Go2Market réduit le CO2 du B2B depuis COVID-19.", []),
        ("Les 3e et 21st places, 5km en 5h45, format 8x5min.", ["3", "21", "5", "5", "45", "8", "5"]),
        ("Le 1Password et la 5G ne sont pas des valeurs.", []),
    ],
)
def test_numbers_are_the_numerals_as_written(text: str, numbers: list[str]) -> None:
    out = typed([text])
    assert out["numbers"].to_list() == [numbers]
    assert out["has_number"].to_list() == [bool(numbers)]


# --- claim or not --------------------------------------------------------------------------------------------
def test_questions_imperatives_headings_and_fragments_are_not_claims() -> None:
    out = typed([
        "Mais alors, que devient le CIO ?",
        "Proposez une marque et une culture d’entreprise authentiques",
        "Quelques faits notables et commentaires",
        "3.",
        "Aujourd’hui, la place du client est centrale dans la stratégie de l’entreprise.",
    ])
    assert out["is_claim"].to_list() == [False, False, False, False, True]
    assert out["claim_type"].to_list()[:4] == ["other"] * 4


# --- one sentence per type and per rule ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "claim_type"),
    [
        ("« Nous avons vendu 3 millions d’unités cette année », a déclaré le PDG.", "fr", "quote"),
        ("“If NASA focuses on the investment, there is a better chance,” Cooke said.", "en", "quote"),
        ("Selon Gartner, 60 % des entreprises utiliseront le cloud d’ici 2020.", "fr", "attribution"),
        ("Middle East observers say the base is vital to preventing weapons trafficking.", "en", "attribution"),
        ("Laut einer Studie nutzen viele Firmen die Cloud.", "de", "attribution"),
        ("IBM a réuni plus de 200 CMOs de ses grands clients européens.", "fr", "statistic"),
        ("Alibaba shares closed in New York on Tuesday at $185.25, up 0.35%.", "en", "statistic"),
        ("Le marché sera dominé par les plateformes.", "fr", "prediction"),
        ("The U.S. will keep its military base in al-Tanf.", "en", "prediction"),
        ("Il faut évaluer le coût d’acquisition d’un client en regard de son potentiel.", "fr", "opinion"),
        ("You should also aim to pay off all high-interest debt before retiring.", "en", "opinion"),
        ("La loi crée un fichier judiciaire national des auteurs d’infractions terroristes.", "fr", "other"),
    ],
)
def test_type_claims_types_by_definition(text: str, lang: str, claim_type: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == [claim_type]


def test_precedence_quote_over_attribution_over_statistic() -> None:
    out = typed([
        "«Pour certains d’entre eux on est très interrogatif», a ajouté Laurent Fabius.",
        "2 209 Français ont été localisés sains et saufs, selon le Quai d’Orsay.",
        "Environ 400 Français ont demandé à être rapatriés.",
    ])
    assert out["claim_type"].to_list() == ["quote", "attribution", "statistic"]
    assert out["source_cue"].to_list() == ["a ajouté", "selon le Quai d’Orsay", None]


def test_future_inside_a_que_clause_is_not_a_prediction() -> None:
    out = typed(["Ça ne veut pas dire qu’il n’y aura pas des corrélations profitables par la suite."])
    assert out["claim_type"].to_list() == ["other"]


def test_dates_versions_and_years_are_not_statistics() -> None:
    out = typed(
        ["AgileBits hat Version 5.3 seines Passwortmanagers freigegeben.", "It first appeared in 2014, at the border."],
        ["de", "en"],
    )
    assert out["claim_type"].to_list() == ["other", "other"]
    assert out["has_number"].to_list() == [True, True]


def test_hedges_are_flagged() -> None:
    out = typed(["Les deux directions semblent disposées à collaborer.", "Les deux directions collaborent."])
    assert out["is_hedged"].to_list() == [True, False]


# --- properties ------------------------------------------------------------------------------------------------
_PIECES = list("aeiouzCOGo2017 ,.%€$«»“”?!:'’-\u00a0\u202f\nxhé") + ["ra", "qu’", "selon ", "will ", "1 000", "n°"]
_TRICKY_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)  # numbers, quotes, cues, odd spaces


@settings(max_examples=25, deadline=None)
@given(st.lists(_TRICKY_TEXT | st.text(max_size=40), min_size=1, max_size=30),
       st.sampled_from(["fr", "en", "de", "es", "it", "und", "pt"]))
def test_any_text_types_without_error_and_numbers_are_substrings(texts: list[str], lang: str) -> None:
    out = typed(texts, lang)
    assert out.height == len(texts)
    for text, numbers, has_number, claim_type in zip(
        texts, out["numbers"].to_list(), out["has_number"].to_list(), out["claim_type"].to_list(), strict=True
    ):
        assert all(n in text for n in numbers)
        assert has_number == (len(numbers) > 0)
        assert claim_type in CLAIM_TYPES


def test_type_claims_is_lazy_and_row_order_preserving() -> None:
    texts = ["Il faut agir.", "Le marché sera dominé par les plateformes.", "Revenue grew 42%."]
    once = typed(texts, ["fr", "fr", "en"])
    assert_frame_equal(once, typed(texts, ["fr", "fr", "en"]))
    assert once["sentence"].to_list() == texts


# --- build_claims: each distinct text split once, each distinct (sentence, lang) typed once -------------------
SENTENCES = [
    "Le chiffre d'affaires a progressé de 13,3 % en 2017.", "Selon Gartner, 60 % des entreprises utiliseront le cloud.",
    "Revenue grew 42% in 2017.", "Analysts said the market would double by 2030.", "Il faut agir.",
    "Le marché sera dominé par les plateformes.", "Nous pensons que cette réforme est une erreur.",
]
SECTION_TEXTS = [" ".join(SENTENCES[i:i + k]) for i in range(len(SENTENCES)) for k in (1, 2, 3)] + ["", "\n"]


def plain_build_claims(sections: pl.LazyFrame) -> pl.LazyFrame:
    """build_claims as first written: every section split, every sentence typed."""
    sentences = split_sentences(sections.select("section_id", "text"), key="section_id", text_col="text")
    span = sections.select("section_id", "doc_id", "section_index", "lang", pl.col("char_start").alias("_s0"))
    return (
        sentences.join(span, on="section_id", how="left")
        .pipe(type_claims, text_col="sentence", lang_col="lang")
        .filter(pl.col("is_claim"))
        .pipe(number_claims)
    )


def documents_and_sections(rows: list[tuple[str, str | None, int, int]]) -> tuple[dict[str, str], pl.DataFrame]:
    """Documents made of the given sections (text, lang, doc number, padding before it), and their sections."""
    docs: dict[str, str] = {}
    records = []
    for i, (text, lang, doc, pad) in enumerate(rows):
        doc_id = f"d{doc}"
        start = len(docs.get(doc_id, "")) + pad
        docs[doc_id] = docs.get(doc_id, "") + "x" * pad + text + "\n"
        records.append({"section_id": f"{doc_id}-s{i:03d}", "doc_id": doc_id, "section_index": i, "text": text,
                        "char_start": start, "char_end": start + len(text), "lang": lang})
    schema = {"section_id": pl.String, "doc_id": pl.String, "section_index": pl.Int64, "text": pl.String,
              "char_start": pl.Int64, "char_end": pl.Int64, "lang": pl.String}
    return docs, pl.DataFrame(records, schema=schema)


def test_build_claims_shifts_a_repeated_text_by_its_own_section_start() -> None:
    text = "Revenue grew 42% in 2017. Analysts said the market would double by 2030."
    docs, sections = documents_and_sections([(text, "en", 0, 0), (text, "en", 1, 17), (text, "en", 0, 5)])
    out = build_claims(sections.lazy()).collect()
    assert out.select("section_id", "char_start").rows() == [  # d0 at 0 and 78 (72 chars, "\n", 5 of padding), d1 at 17
        ("d0-s000", 0), ("d0-s000", 26), ("d0-s002", 78), ("d0-s002", 104), ("d1-s001", 17), ("d1-s001", 43)]
    assert [docs[d][s:e] for d, s, e in out.select("doc_id", "char_start", "char_end").iter_rows()] == out["text"].to_list()
    assert_frame_equal(out, plain_build_claims(sections.lazy()).collect())


@settings(max_examples=10, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SECTION_TEXTS), st.sampled_from(["fr", "en", "und", None]),
                          st.integers(0, 2), st.integers(0, 30)), min_size=1, max_size=12))
def test_build_claims_is_the_plain_per_section_result(rows: list[tuple[str, str | None, int, int]]) -> None:
    docs, sections = documents_and_sections(rows)
    out = build_claims(sections.lazy()).collect()
    assert_frame_equal(out, plain_build_claims(sections.lazy()).collect())
    assert [docs[d][s:e] for d, s, e in out.select("doc_id", "char_start", "char_end").iter_rows()] == out["text"].to_list()
