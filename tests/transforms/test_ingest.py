import polars as pl
import pytest

from transforms.ingest import decode_bytes, decode_sources, normalise_text

FRENCH = "Publié par le | Mis à jour le\nLa stratégie d’entreprise coûte 2 € ; « déjà » vu.\n"


def test_utf8_without_bom_decodes_exactly() -> None:
    decoded = decode_bytes(FRENCH.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.reject_reason) == (FRENCH, "utf-8", None)


def test_utf8_bom_is_stripped() -> None:
    decoded = decode_bytes(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"))
    assert decoded.text == FRENCH
    assert decoded.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_decodes_without_replacement(codec: str) -> None:
    data = FRENCH.encode(codec) if codec == "utf-16" else ("\ufeff" + FRENCH).encode(codec)
    decoded = decode_bytes(data)
    assert decoded.text == FRENCH
    assert decoded.encoding == "utf-16"
    assert "\ufffd" not in decoded.text


def test_latin1_file_decodes_to_the_right_accents() -> None:
    text = "Le marché français a progressé de 13,3 % en été ; très bien.\nÇa coûte cher à Noël.\n"
    decoded = decode_bytes(text.encode("latin-1"))
    assert decoded.text == text
    assert "\ufffd" not in decoded.text


def test_cp1252_quotes_decode_to_curly_quotes() -> None:
    text = "L’entreprise a dit « oui » – c’est réglé… pour l’été.\n"
    assert decode_bytes(text.encode("cp1252")).text == text


def test_crlf_and_cr_become_lf() -> None:
    assert decode_bytes(b"un\r\ndeux\rtrois\r\n").text == "un\ndeux\ntrois\n"


def test_nfc_and_zero_width_removed_but_nbsp_kept() -> None:
    text = normalise_text("Cafe\u0301\u200b au\u00a0lait\ufeff")
    assert text == "Café au\u00a0lait"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\r\n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(0, 32)) * 20, "binary"),
        (b"\xff\xfeA\x00B", "undecodable"),  # UTF-16 BOM then an odd number of bytes
    ],
)
def test_bad_input_is_rejected_with_reason(data: bytes, reason: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text is None
    assert decoded.reject_reason == reason
    assert decoded.reject_detail


def test_decode_sources_keeps_order_and_rejects_unreadable() -> None:
    raw = pl.DataFrame(
        {
            "source_path": ["b.txt", "a.txt", "locked.txt"],
            "data": [b"hello world", b"", None],
            "read_error": [None, None, "PermissionError: Permission denied"],
        },
        schema={"source_path": pl.String, "data": pl.Binary, "read_error": pl.String},
    )
    out = decode_sources(raw)
    assert out["source_path"].to_list() == ["b.txt", "a.txt", "locked.txt"]
    assert out["reject_reason"].to_list() == [None, "empty", "unreadable"]
    assert out["source_sha256"][0] == "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"
    assert out["file_key"][0] is not None and out["file_key"][2] is None


@pytest.mark.parametrize(
    "text",
    [
        "Le directeur général a présenté les résultats : « une année réussie » – déjà 13 % de croissance.",
        "Über die Größe der Städte wird gestritten; die Bürger sind geteilter Meinung über das Ergebnis.",
        "La niña comió piñas en el año más frío; ¿quién lo habría pensado? Así es la vida, señor.",
    ],
)
def test_short_cp1252_pages_are_not_mistaken_for_other_code_pages(text: str) -> None:
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text  # the label may name a code page that maps these letters identically


def test_cp1250_page_keeps_its_own_code_page() -> None:
    text = "Zażółć gęślą jaźń — to jest polski tekst, który ma sporo znaków diakrytycznych."
    assert decode_bytes(text.encode("cp1250")).text == text
