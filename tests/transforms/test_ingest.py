import unicodedata

import charset_normalizer
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from transforms import ingest
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
    text = normalise_text("Cafe\u0301\u200b au\u00a0lait\ufeff\u2060 pro\u00adgrès")
    assert text == "Café au\u00a0lait progrès"


def test_zero_width_joiners_are_kept() -> None:
    """Regression (issue 17): ZWJ joined the emoji of a family, ZWNJ shapes Persian and Indic words."""
    family, persian = "👩\u200d👩\u200d👧\u200d👦", "می\u200cخواهم"
    assert normalise_text(f"{family} {persian}") == f"{family} {persian}"


def test_truncated_utf8_is_utf8_with_one_replacement() -> None:
    """Regression (issue 17): one missing trailing byte made the whole file decode as cp1252 mojibake."""
    decoded = decode_bytes(FRENCH.encode() + "é".encode()[:1])
    assert (decoded.text, decoded.encoding, decoded.decode_errors) == (FRENCH + "\ufffd", "utf-8", 1)


def test_utf8_with_a_few_bad_bytes_counts_them_and_keeps_written_replacements() -> None:
    data = FRENCH.encode() * 20 + b"\xff\xfe" + "d’un texte déjà lu \ufffd\n".encode()
    decoded = decode_bytes(data)
    assert (decoded.encoding, decoded.decode_errors, decoded.text.count("\ufffd")) == ("utf-8", 2, 3)


def test_utf8_with_too_many_bad_bytes_is_undecodable() -> None:
    data = ("Été déjà à Noël, ça coûte.\n" * 30).encode().replace(b"\xc3\xa9j", b"\xc3j")
    decoded = decode_bytes(data)
    assert decoded.reject_reason == "undecodable" and "invalid UTF-8 sequences" in decoded.reject_detail


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_bom_are_told_by_their_nul_bytes(codec: str) -> None:
    """Regression (issue 17): UTF-16 without a BOM was rejected as binary."""
    decoded = decode_bytes(FRENCH.encode(codec))
    assert (decoded.text, decoded.encoding, decoded.reject_reason) == (FRENCH, codec, None)


@pytest.mark.parametrize(
    "data",
    [
        (FRENCH * 3).encode().replace(b"le", b"l\x00", 1),  # text with a stray NUL, even length or not
        (FRENCH * 3 + "x").encode().replace(b"le", b"l\x00", 1),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00",
        "\x01\x02\x03 mostly controls".encode("utf-16-le"),
    ],
)
def test_nul_bytes_that_are_not_utf16_or_utf32_stay_binary(data: bytes) -> None:
    assert decode_bytes(data).reject_reason == "binary"


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
    assert out["decode_errors"].to_list() == [0, None, None]
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


MIXED_FILES = {  # one file per path through decode_bytes
    "utf8.txt": FRENCH.encode("utf-8"),
    "utf8_crlf.txt": FRENCH.replace("\n", "\r\n").encode("utf-8"),
    "utf8_nfd.txt": unicodedata.normalize("NFD", FRENCH).encode("utf-8"),
    "utf8_zero_width.txt": "Mot\u200bcoupé\u00ad ici\ufeff.\n".encode("utf-8"),
    "utf8_sig.txt": b"\xef\xbb\xbf" + FRENCH.encode("utf-8"),
    "utf16.txt": FRENCH.encode("utf-16"),
    "cp1252.txt": FRENCH.encode("cp1252"),
    "latin1.txt": "Le marché a progressé en été ; très bien.\n".encode("latin-1"),
    "ascii.txt": b"plain ascii\r\n",
    "empty.txt": b"",
    "blank.txt": b" \n\t",
    "zero_width_only.txt": "\u200b \n".encode("utf-8"),
    "nul.txt": b"abc\x00def",
    "control.txt": b"\x01\x02" + b"a" * 100,
    "utf16_odd.txt": b"\xff\xfeA\x00B",
}


def _raw(files: dict[str, bytes]) -> pl.DataFrame:
    return pl.DataFrame(
        {"source_path": list(files), "data": list(files.values()), "read_error": [None] * len(files)},
        schema={"source_path": pl.String, "data": pl.Binary, "read_error": pl.String},
    )


def test_decode_sources_gives_decode_bytes_outcome_for_every_kind_of_file() -> None:
    """The frame is built from the files' own UTF-8 bytes where normalising changed nothing: same text."""
    out = decode_sources(_raw(MIXED_FILES))
    expected = [decode_bytes(data) for data in MIXED_FILES.values()]
    assert out.select("text", "encoding", "reject_reason", "reject_detail").rows() == [tuple(d)[:4] for d in expected]
    assert out["decode_errors"].to_list() == [None if d.text is None else d.decode_errors for d in expected]
    assert out["size_bytes"].to_list() == [len(d) for d in MIXED_FILES.values()]


def test_decode_sources_of_no_files_is_an_empty_frame() -> None:
    assert decode_sources(_raw({})).schema == pl.Schema(ingest.DECODED_SCHEMA)


def test_control_bytes_are_counted_but_ff_and_esc_tolerated() -> None:
    """Regression guard for the byte-table count that replaced a regex: \\x0c and \\x1b are not control bytes."""
    assert decode_bytes(b"\x0c\x1b" * 10 + b"a" * 10).reject_reason is None
    decoded = decode_bytes(b"\x01\x0b\x1f" + b"a" * 97)
    assert (decoded.reject_reason, decoded.reject_detail) == ("binary", "3 control bytes in 100 bytes")
    assert decode_bytes(b"\x01" + b"a" * 99).reject_reason is None  # 1 % is tolerated


@given(st.lists(st.text(max_size=60), max_size=8), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
@settings(max_examples=60, deadline=None)
def test_decode_sources_text_is_decode_bytes_text(texts: list[str], codec: str) -> None:
    files = {f"{i}.txt": t.encode(codec, "surrogatepass") for i, t in enumerate(texts) if not _has_surrogate(t)}
    out = decode_sources(_raw(files))
    assert out["text"].to_list() == [decode_bytes(data).text for data in files.values()]


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(c) < 0xE000 for c in text)


PAGE = "Le marché a progressé de 13,3 % en été ; « déjà » – l’été… Ça coûte cher à Noël.\n" * 8
POLISH = "Zażółć gęślą jaźń - to jest polski tekst, który ma sporo znaków diakrytycznych.\n" * 8
RUSSIAN = "Привет мир, как дела? Погода в Москве хорошая.\n" * 8


@pytest.mark.parametrize(
    "data",
    [
        PAGE.encode("cp1252"),
        PAGE.replace("’", "'").replace("…", "...").replace("–", "-").encode("latin-1"),
        POLISH.encode("cp1250"),
        POLISH.encode("iso8859-2"),
        RUSSIAN.encode("koi8-r"),
        RUSSIAN.encode("cp1251"),
        PAGE.encode("mac-roman"),
        "café".encode("cp1252"),
        b'<meta charset="windows-1252">' + PAGE.encode("cp1252"),  # declared cp1252: the full guess decides
        b'<meta charset="iso-8859-2">' + POLISH.encode("iso8859-2"),
        b"# -*- coding: cp1250 -*-\n" + PAGE.encode("cp1252"),
        b"\x841\x953" + PAGE.encode("cp1252"),  # GB18030 signature, tried first by the guess
        b"+/v8" + PAGE.encode("cp1252"),  # UTF-7 signature
    ],
)
def test_guess_shortcut_decides_as_the_full_guess(data: bytes) -> None:
    """`_plausible` may stop at cp1252: the decoded outcome is the one of charset_normalizer's whole list."""
    full = [m.encoding for m in charset_normalizer.from_bytes(data)]
    assert ingest._decode_guessed(data, ingest._plausible(data)) == ingest._decode_guessed(data, full)


def test_guess_shortcut_is_taken_for_a_cp1252_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression guard for the speed: a cp1252 page costs one guess restricted to the candidates up to cp1252."""
    calls: list[list[str] | None] = []
    from_bytes = charset_normalizer.from_bytes
    record = lambda data, **kw: calls.append(kw.get("cp_isolation")) or from_bytes(data, **kw)  # noqa: E731
    monkeypatch.setattr(charset_normalizer, "from_bytes", record)
    assert decode_bytes(PAGE.encode("cp1252")).encoding == "cp1252"
    assert len(calls) == 1 and calls[0] is not None and calls[0][-1] == "cp1252"


def test_decode_sources_sends_only_the_files_utf8_did_not_decode_to_the_guess() -> None:
    """A caller may run the guess elsewhere (flows.charset_pool): it gets those files' bytes in one call."""
    files = {"a.txt": PAGE.encode("cp1252"), "b.txt": PAGE.encode("utf-8"), "c.txt": RUSSIAN.encode("cp1251"),
             "d.txt": b"", "e.txt": b"\xff\xfe" + "é".encode("utf-16-le")}  # fmt: skip
    calls: list[list[bytes]] = []

    def guess(datas: list[bytes]) -> list[list[str]]:
        calls.append(datas)
        return ingest.plausible_encodings(datas)

    assert_frame_equal(decode_sources(_raw(files), guess=guess), decode_sources(_raw(files)))
    assert calls == [[files["a.txt"], files["c.txt"]]]
    decode_sources(_raw({"b.txt": files["b.txt"]}), guess=guess)
    assert len(calls) == 1  # nothing to guess: no call
