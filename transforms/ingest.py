"""Decode raw file bytes into normalised text, or a reject reason.

Decoding is inherently per file (BOM sniffing, a statistical charset guess), so it runs in Python over a
batch of files; everything after it is Polars expressions. The per-file work is kept to C-speed str and
bytes methods (one pass each). The charset guess, most of the cost, runs only where strict UTF-8 fails.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

import charset_normalizer
import charset_normalizer.api
import polars as pl
from charset_normalizer.utils import any_specified_encoding, identify_sig_or_bom

# outside_input, not_regular_file: the walk's (flows.inputs): a symlink out of --input, a FIFO, device or loop
REJECT_REASONS = ("empty", "binary", "undecodable", "unreadable", "outside_input", "not_regular_file")

BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Control characters that never occur in text (tab, LF, CR, FF and ESC excluded); their presence means binary.
CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])
MAX_CONTROL_SHARE = 0.01  # a stray \x1b or \x0c in a real page is tolerated; 1 % is a binary file
# Invisible characters that carry no text: zero width space, word joiner, BOM (zero width no-break space) and
# soft hyphen. ZWJ and ZWNJ (U+200D, U+200C) are kept: they change how emoji sequences and Persian or Indic
# words read. NBSP (U+00A0) is kept too: rules treat it as a space.
ZERO_WIDTH = "\u200b\u2060\ufeff\u00ad"
# Share of a file's characters that may be U+FFFD from invalid UTF-8 (a few corrupted bytes) before the file is
# rejected as undecodable: past it, the replacements would hit every few lines of text. One invalid sequence (a
# truncated tail) is always decoded, however short the file.
MAX_DECODE_ERROR_SHARE = 0.01
NON_ASCII_BYTES = bytes(range(0x80, 0x100))
# Without a BOM, UTF-32 and UTF-16 are told apart from binary by where their NUL bytes fall (the zero high bytes
# of ASCII and Latin text): (name, code unit width, index of the high byte in a unit).
UNMARKED_UTFS = (("utf-32-le", 4, 3), ("utf-32-be", 4, 0), ("utf-16-le", 2, 1), ("utf-16-be", 2, 0))
# In UTF-16: at least 90 % of the NULs are high bytes (others are low bytes of code points such as U+0100), and
# at least 10 % of the code units are ASCII (spaces, line ends, digits), so that text with a stray NUL stays binary.
MIN_HIGH_NUL_SHARE, MIN_ASCII_UNIT_SHARE = 0.9, 0.1
# charset_normalizer's candidate encodings in the order from_bytes tries them, up to cp1252: the shortcut in
# `_plausible` rests on that order and on how from_bytes 3.5.2 (the locked version) keeps its matches.
_GUESS_ORDER = charset_normalizer.api.IANA_SUPPORTED_MB_FIRST if charset_normalizer.__version__ == "3.5.2" else None
_GUESS_PREFIX = None if _GUESS_ORDER is None else _GUESS_ORDER[: _GUESS_ORDER.index("cp1252") + 1]
DECODED_SCHEMA = {
    "source_path": pl.String,
    "source_sha256": pl.String,
    "file_key": pl.String,
    "size_bytes": pl.Int64,
    "encoding": pl.String,
    "decode_errors": pl.Int64,
    "text": pl.String,
    "reject_reason": pl.String,
    "reject_detail": pl.String,
}


class Decoded(NamedTuple):
    """Outcome of decoding one file: text and encoding, or a reject reason with a human detail."""

    text: str | None
    encoding: str | None
    reject_reason: str | None = None
    reject_detail: str | None = None
    decode_errors: int = 0  # invalid UTF-8 sequences replaced by U+FFFD


class _Raw(NamedTuple):
    """A file decoded by its BOM or as strict UTF-8, not yet normalised."""

    text: str
    encoding: str
    decode_errors: int = 0


def normalise_text(text: str) -> str:
    """NFC, LF line ends, no BOM or zero-width characters: the one text form every later offset refers to."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():  # ASCII is NFC and holds no zero-width character: skip both scans
        return text
    for char in ZERO_WIDTH:  # `in` is a memchr-like scan, and free when the text's width cannot hold the char
        if char in text:
            text = text.replace(char, "")
    return unicodedata.normalize("NFC", text)


def _looks_binary(data: bytes, encoding: str | None) -> str | None:
    if encoding and encoding.startswith(("utf-16", "utf-32")):
        return None  # NUL bytes are expected in these encodings
    if b"\x00" in data:
        return f"NUL byte at offset {data.index(0)}"
    n_control = len(data) - len(data.translate(None, CONTROL_BYTES))
    if n_control > MAX_CONTROL_SHARE * len(data):
        return f"{n_control} control bytes in {len(data)} bytes"
    return None


def _is_blank(data: bytes) -> bool:
    return not data or data.isspace()  # as `not data.strip()`, without copying the file


def _finish(text: str, name: str, decode_errors: int = 0) -> Decoded:
    text = normalise_text(text)
    if not text or text.isspace():
        return Decoded(None, name, "empty", f"decoded as {name} but holds only whitespace")
    return Decoded(text, name.replace("_", "-").lower(), decode_errors=decode_errors)


def _unmarked_utf(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a BOM: the NUL bytes fall on the code units' high bytes (for UTF-32, every high
    byte is NUL), the bytes decode strictly, and the text holds no NUL or control characters."""
    for name, width, high in UNMARKED_UTFS:
        if len(data) % width:
            continue
        nuls = [data[start::width].count(0) for start in range(width)]
        units = len(data) // width
        if width == 4 and nuls[high] < units:
            continue
        if width == 2 and (nuls[high] < MIN_HIGH_NUL_SHARE * sum(nuls) or nuls[high] < MIN_ASCII_UNIT_SHARE * units):
            continue
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text.encode(), None) is None:
            return name
    return None


def _mostly_utf8(data: bytes) -> _Raw | Decoded | None:
    """UTF-8 but for a few invalid or truncated sequences, decoded with one U+FFFD each: when valid multi-byte
    sequences outnumber the invalid ones (a single-byte encoding such as cp1252 has almost none). Rejected past
    one error and MAX_DECODE_ERROR_SHARE of the characters; None (a charset guess) when it does not look like UTF-8."""
    text = data.decode("utf-8", "replace")
    written = data.count(b"\xef\xbf\xbd")  # U+FFFD the file itself holds
    errors = text.count("\ufffd") - written
    valid = len(text) - len(data.translate(None, NON_ASCII_BYTES)) - errors  # non-ASCII characters decoded
    if valid <= errors:
        return None
    if errors > 1 and errors > MAX_DECODE_ERROR_SHARE * len(text):
        detail = f"{errors} invalid UTF-8 sequences in {len(text)} characters (over {MAX_DECODE_ERROR_SHARE:.0%})"
        return Decoded(None, None, "undecodable", detail)
    return _Raw(text, "utf-8", errors)


def _decode_without_guess(data: bytes) -> _Raw | Decoded | None:
    """The text when a BOM, the NUL pattern of UTF-32 or UTF-16, or UTF-8 (strict, or with a few U+FFFD)
    decodes the file; the reject when it is empty, binary, fails its BOM's encoding or holds too many invalid
    UTF-8 sequences; None when it needs a charset guess."""
    if _is_blank(data):
        return Decoded(None, None, "empty", "file has no bytes" if not data else "file holds only whitespace")
    encoding = next((name for bom, name in BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data:
        encoding = _unmarked_utf(data)
    binary = _looks_binary(data, encoding)
    if binary:
        return Decoded(None, None, "binary", binary)
    name = encoding or "utf-8"
    try:
        return _Raw(data.decode(name), name)
    except UnicodeDecodeError:
        if encoding:
            return Decoded(None, None, "undecodable", f"no decoding among {name} fits the bytes")
        return _mostly_utf8(data)


def _plausible(data: bytes) -> list[str]:
    """Enough of charset_normalizer's plausible encodings, best first, for `_decode_guessed` to decide: the
    costly statistical guess. When cp1252 is plausible, only the encodings up to it may be listed."""
    # A declared cp1252 that fails the guess is listed only when nothing else is: the full guess decides it.
    if _GUESS_PREFIX is not None and (declared := any_specified_encoding(data)) != "cp1252":
        # from_bytes tries its candidates in a fixed order, and only `cp_isolation` ones: restricted to the
        # candidates up to cp1252 (and the declared and BOM encodings, which it tries first), it takes the same
        # steps as the full guess up to cp1252, then stops. After those first candidates the full guess only
        # adds matches: cp1252 listed here is cp1252 listed there. A quarter of the cost; else the full guess.
        isolation = [*_GUESS_PREFIX, *filter(None, (declared, identify_sig_or_bom(data)[0]))]
        head = [m.encoding for m in charset_normalizer.from_bytes(data, cp_isolation=isolation)]
        if "cp1252" in head:
            return head
    return [m.encoding for m in charset_normalizer.from_bytes(data)]


def _decode_guessed(data: bytes, plausible: list[str]) -> Decoded:
    """After strict UTF-8 failed: the guess, except that cp1252 wins when it is among the plausible
    encodings: it is the web's default single-byte encoding, and the guess alone took a quarter of real
    cp1252 pages for cp1250, cp775 or iso8859-10. Then cp1252, then latin-1 (which decodes any bytes)."""
    tried = ["utf-8"]
    for name in [*(["cp1252"] if "cp1252" in plausible else plausible[:1]), "cp1252", "latin-1"]:
        tried.append(name)
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        return _finish(text, name)
    return Decoded(None, None, "undecodable", f"no decoding among {', '.join(dict.fromkeys(tried))} fits the bytes")


def decode_bytes(data: bytes) -> Decoded:
    """Decode by BOM, then UTF-32/16 by their NUL pattern, then UTF-8 (strict, else with U+FFFD for a few invalid
    sequences), then a charset guess, then cp1252; never U+FFFD for clean input."""
    decoded = _decode_without_guess(data)
    if decoded is None:
        return _decode_guessed(data, _plausible(data))
    return _finish(*decoded) if isinstance(decoded, _Raw) else decoded


def file_key(source_path: str, sha256: str) -> str:
    """Stable id of a file: its content and its path, so identical files under two names stay apart."""
    return hashlib.sha256(f"{source_path}\n{sha256}".encode()).hexdigest()[:16]


def plausible_encodings(datas: list[bytes]) -> list[list[str]]:
    """`_plausible` of each file: the charset guess of the files strict UTF-8 did not decode (pure Python)."""
    return [_plausible(data) for data in datas]


def decode_sources(raw: pl.DataFrame, guess: Callable[[list[bytes]], list[list[str]]] = plausible_encodings) -> pl.DataFrame:
    """Decode each file's bytes (`source_path`, `data`, `read_error`); rows keep their order.

    A file that could not be read (`read_error` set) becomes a reject: `read_reason` (optional column), else
    `unreadable`. `decode_errors` counts the U+FFFD put in for invalid UTF-8 (null for rejects). Batches run in
    parallel on the flow's task runner. The charset guess (pure Python, about 5 MB/s when 3 guessed files in 4
    are cp1252, 2 MB/s before the cp1252 shortcut) holds the GIL, so a batch's files that need it go to `guess`
    in one call: a caller with a process pool runs it there (flows.charset_pool.guess_encodings), same lists.
    """
    paths = raw["source_path"].to_list()
    datas = raw["data"].to_list()
    errors = raw["read_error"].to_list()
    reasons = raw["read_reason"].to_list() if "read_reason" in raw.columns else [None] * len(errors)
    n = len(paths)
    decoded: list[Decoded | _Raw | None] = [None] * n
    sha: list[str | None] = [None] * n
    utf8: list[bytes | None] = [None] * n  # the text as UTF-8: the file's own bytes when no character changed
    unguessed: list[int] = []
    for i, (data, error, reason) in enumerate(zip(datas, errors, reasons, strict=True)):
        if error is not None:
            decoded[i] = Decoded(None, None, reason or "unreadable", error)
            continue
        sha[i] = hashlib.sha256(data).hexdigest()
        raw_text = _decode_without_guess(data)
        if raw_text is None:
            unguessed.append(i)
        elif isinstance(raw_text, _Raw):
            decoded[i] = _finish(*raw_text)
            if decoded[i].text is raw_text.text and raw_text.encoding in ("utf-8", "utf-8-sig") and not raw_text.decode_errors:
                utf8[i] = data[3:] if raw_text.encoding == "utf-8-sig" else data
        else:
            decoded[i] = raw_text
    if unguessed:
        for i, plausible in zip(unguessed, guess([datas[i] for i in unguessed]), strict=True):
            decoded[i] = _decode_guessed(datas[i], plausible)
    text = [u if u is not None or d.text is None else d.text.encode() for u, d in zip(utf8, decoded, strict=True)]
    return pl.DataFrame(
        {
            "source_path": paths,
            "source_sha256": sha,
            "file_key": [None if h is None else file_key(p, h) for p, h in zip(paths, sha, strict=True)],
            "size_bytes": [None if h is None else len(data) for data, h in zip(datas, sha, strict=True)],
            "encoding": [d.encoding for d in decoded],
            "decode_errors": [None if d.text is None else d.decode_errors for d in decoded],
            # Built from UTF-8 bytes: most texts are the file's bytes, and Polars then validates instead of
            # re-encoding every Python string.
            "text": pl.Series(text, dtype=pl.Binary).cast(pl.String),
            "reject_reason": [d.reject_reason for d in decoded],
            "reject_detail": [d.reject_detail for d in decoded],
        },
        schema=DECODED_SCHEMA,
    )
