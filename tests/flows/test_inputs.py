"""The input walk and read: every path met is read or rejected with its reason; names that are not UTF-8 are kept."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from flows import inputs
from flows.batches import read_files


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_bytes(b"a")
    (root / "sub" / "b.txt").write_bytes(b"b")
    (root / "dir.txt").mkdir()  # a folder whose name matches: walked, not listed
    (root / os.fsdecode(b"bad\xff.txt")).write_bytes(b"raw name")
    (root / "bad\\xff.txt").write_bytes(b"literal backslash name")  # the other's escaped form, as a real name
    (tmp_path / "secret.txt").write_bytes(b"outside")
    os.symlink("../secret.txt", root / "out.txt")
    os.symlink("sub/b.txt", root / "in.txt")
    os.symlink("loop.txt", root / "loop.txt")
    os.symlink("gone.txt", root / "broken.txt")
    os.symlink("sub", root / "linked_dir.txt")
    os.mkfifo(root / "fifo.txt")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(root / "sock.txt"))
    return root


def test_walk_lists_every_matching_path_but_folders(tree: Path) -> None:
    assert inputs.list_inputs(tree, "*.txt") == [
        "a.txt", "bad\\\\xff.txt", "bad\\xff.txt", "broken.txt", "fifo.txt", "in.txt", "linked_dir.txt", "loop.txt",
        "out.txt", "sock.txt", "sub/b.txt",
    ]  # fmt: skip


def test_read_gives_bytes_or_the_reason(tree: Path) -> None:
    paths = [*inputs.list_inputs(tree, "*.txt"), "deleted.txt"]
    rows = {row["source_path"]: row for row in read_files(tree, paths).iter_rows(named=True)}
    assert {p: (r["data"], r["read_reason"]) for p, r in rows.items()} == {
        "a.txt": (b"a", None), "bad\\xff.txt": (b"raw name", None),
        "bad\\\\xff.txt": (b"literal backslash name", None), "sub/b.txt": (b"b", None),
        "in.txt": (b"b", None), "out.txt": (None, "outside_input"), "loop.txt": (None, "not_regular_file"),
        "linked_dir.txt": (None, "not_regular_file"), "fifo.txt": (None, "not_regular_file"),
        "sock.txt": (None, "not_regular_file"), "broken.txt": (None, "unreadable"), "deleted.txt": (None, "unreadable"),
    }  # fmt: skip
    assert rows["fifo.txt"]["read_error"] == "a FIFO" and rows["loop.txt"]["read_error"] == "a symlink loop"
    assert rows["linked_dir.txt"]["read_error"] == "a folder"
    assert "secret.txt" in rows["out.txt"]["read_error"] and "FileNotFoundError" in rows["deleted.txt"]["read_error"]


def test_name_that_is_not_utf8_is_read_under_its_escaped_form(tmp_path: Path) -> None:
    (tmp_path / os.fsdecode(b"caf\xe9 \xff.txt")).write_bytes(b"raw name")
    assert inputs.list_inputs(tmp_path, "*.txt") == ["caf\\xe9 \\xff.txt"]
    assert read_files(tmp_path, ["caf\\xe9 \\xff.txt"])["data"].to_list() == [b"raw name"]


def test_follow_symlinks_reads_targets_outside_the_input(tree: Path) -> None:
    assert read_files(tree, ["out.txt"], follow_symlinks=True)["data"].to_list() == [b"outside"]
