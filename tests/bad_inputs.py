"""A corpus of every bad input curate must survive, with the outcome each file must get.

`python -m tests.bad_inputs OUT [--tiny-files N] [--big-line-mb M]` writes OUT/input (the corpus) and OUT/outside
(a file a symlink points to from inside the corpus) and prints the expected outcome per path. Each case is one
file (or a folder of them): names that are not UTF-8, symlinks in and out of the input, a symlink loop, a FIFO,
a socket, a device (when this user may create one), truncated and corrupted UTF-8, UTF-16 and UTF-32 without a
BOM, ZWJ/ZWNJ text, empty, binary, NUL, cp1252, BOMs, CRLF and CR line ends, one line of `big_line_mb` MB, lines
that make naive regexes backtrack, `tiny_files` tiny files, and `deleted.txt`, which a test deletes after the
walk listed it and before it is read.
"""

from __future__ import annotations

import argparse
import gzip
import os
import socket
import stat
from pathlib import Path

ACCEPTED = "accepted"
BODY = (
    "Le marché de l'énergie a progressé de 13,3 % en un an, selon l'étude publiée mardi par l'Insee.\n"
    "Les ménages les plus modestes consacrent désormais près d'un dixième de leur budget au chauffage.\n"
)
DELETED = "deleted.txt"  # listed by the walk, then deleted by the test before it is read: `unreadable`


def _text(title: str) -> str:
    return f"{title}\n\n{BODY}"


def make_bad_inputs(out: Path, *, tiny_files: int = 10_000, big_line_mb: int = 50) -> dict[str, str]:
    """Write the corpus under out/input; return {source_path as curate names it: "accepted" or reject reason}."""
    root, outside = out / "input", out / "outside"
    root.mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text(_text("Secret hors du dossier"), encoding="utf-8")
    expected: dict[str, str] = {}

    def write(name: str, data: bytes, outcome: str = ACCEPTED) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[name] = outcome

    write("good.txt", _text("Un article ordinaire").encode())
    write(DELETED, _text("Un fichier effacé en cours de route").encode(), "unreadable")
    # a name that is not UTF-8: ingested under its escaped form
    (root / os.fsdecode(b"nom-\xff\xfe.txt")).write_bytes(_text("Un nom en octets bruts").encode())
    expected["nom-\\xff\\xfe.txt"] = ACCEPTED
    _links(root, expected)
    _special_files(root, expected)
    _encodings(write)
    write("empty.txt", b"", "empty")
    write("blank.txt", b"  \n\t\n", "empty")
    write("binary.txt", gzip.compress(BODY.encode() * 20, mtime=0), "binary")
    write("nul.txt", _text("Un octet nul").encode().replace(b"progress", b"pro\x00gress"), "binary")
    write("crlf.txt", _text("Fins de ligne Windows").replace("\n", "\r\n").encode())
    write("cr.txt", _text("Fins de ligne Mac classique").replace("\n", "\r").encode())
    word_line = ("données " * (big_line_mb * 2**20 // len("données ".encode()))).encode()
    write("big_line.txt", b"Une ligne immense\n\n" + word_line + b"\n")
    backtrack = "\n".join(["a" * 200_000 + "!", "0." * 100_000, "(" * 50_000 + "x", "= " * 80_000, "Ab1 " * 60_000])
    write("regex_blowup.txt", (_text("Lignes pathologiques") + backtrack + "\n").encode())
    for i in range(tiny_files):
        write(f"tiny/{i:05d}.txt", f"Note {i}: le marché a progressé de {i % 97},{i % 10} % cette semaine.\n".encode())
    return expected


def _links(root: Path, expected: dict[str, str]) -> None:
    os.symlink("good.txt", root / "link_inside.txt")  # resolves inside --input: read
    expected["link_inside.txt"] = ACCEPTED
    os.symlink(os.path.relpath(root.parent / "outside" / "secret.txt", root), root / "secret.txt")
    expected["secret.txt"] = "outside_input"
    os.symlink("loop.txt", root / "loop.txt")
    expected["loop.txt"] = "not_regular_file"
    os.symlink("missing.txt", root / "broken.txt")
    expected["broken.txt"] = "unreadable"
    os.symlink("fifo.txt", root / "to_fifo.txt")
    expected["to_fifo.txt"] = "not_regular_file"


def _special_files(root: Path, expected: dict[str, str]) -> None:
    os.mkfifo(root / "fifo.txt")
    expected["fifo.txt"] = "not_regular_file"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(root / "sock.txt"))
    expected["sock.txt"] = "not_regular_file"
    try:
        os.mknod(root / "device.txt", 0o600 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null
        expected["device.txt"] = "not_regular_file"
    except PermissionError:
        pass  # not root: no device case


def _encodings(write) -> None:  # noqa: ANN001
    text = _text("Rapport annuel sur l'été")
    write("utf16le_nobom.txt", text.encode("utf-16-le"))
    write("utf16be_nobom.txt", text.encode("utf-16-be"))
    write("utf32le_nobom.txt", text.encode("utf-32-le"))
    write("utf32be_nobom.txt", text.encode("utf-32-be"))
    write("utf8_bom.txt", b"\xef\xbb\xbf" + text.encode())
    write("utf16_bom.txt", text.encode("utf-16"))
    write("utf32_bom.txt", text.encode("utf-32"))
    write("cp1252.txt", _text("Économie française — « déjà » l’été").encode("cp1252"))
    write("truncated_utf8.txt", _text("Mutualité française").encode() + "Fin de l’été".encode()[:-1])  # é cut
    lines = "".join(f"Ligne {i} : été à Noël, déjà\n" for i in range(40)).encode()
    # one é in six cut in half on every line: UTF-8, but 1 character in 30 is invalid (the limit is 1 %)
    write("corrupted_utf8.txt", lines.replace(b"\xc3\xa9t", b"\xc3t"), "undecodable")
    write("zwj.txt", _text("Famille 👩\u200d👩\u200d👧\u200d👦 et می\u200cخواهم").encode())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--tiny-files", type=int, default=10_000)
    parser.add_argument("--big-line-mb", type=int, default=50)
    args = parser.parse_args()
    for path, outcome in sorted(make_bad_inputs(args.out, tiny_files=args.tiny_files, big_line_mb=args.big_line_mb).items()):
        print(f"{outcome:<17} {path}")


if __name__ == "__main__":
    main()
