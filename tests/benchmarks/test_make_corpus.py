"""The benchmark corpus generator: deterministic, the planned bad-file mix, decodable as the ingest expects."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.make_corpus import BAD_KINDS, EVAL_DIR, generate
from transforms.ingest import decode_bytes, normalise_text

N_DOCS = 240  # 12 bad files at 5 %: every kind twice


def _tree(root: Path) -> dict[str, tuple[bytes, int]]:
    """Relative path -> (bytes, permission bits) of every file under root."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            mode = path.stat().st_mode & 0o777
            os.chmod(path, 0o600)  # mode 000 files must be readable here even when not root
            out[path.relative_to(root).as_posix()] = (path.read_bytes(), mode)
            os.chmod(path, mode)
    return out


@pytest.fixture(scope="module")
def seeds_only(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    out = tmp_path_factory.mktemp("seeds_only") / "corpus"
    return out, generate(out, docs=N_DOCS, seed=7, eval_dir=None)


def test_same_seed_gives_byte_identical_files_and_another_seed_differs(tmp_path: Path, seeds_only) -> None:
    first, _ = seeds_only
    generate(tmp_path / "again", docs=N_DOCS, seed=7, eval_dir=None)
    generate(tmp_path / "other", docs=N_DOCS, seed=8, eval_dir=None)
    assert _tree(tmp_path / "again") == _tree(first)
    assert _tree(tmp_path / "other") != _tree(first)


def test_every_bad_kind_is_present_at_five_percent_in_all(seeds_only) -> None:
    _, records = seeds_only
    kinds = Counter(r.kind for r in records)
    assert kinds["good"] == N_DOCS - round(0.05 * N_DOCS)
    assert {kind: kinds[kind] for kind in BAD_KINDS} == dict.fromkeys(BAD_KINDS, 2)


def test_files_are_nested_txt_with_several_posts_and_encodings(seeds_only) -> None:
    root, records = seeds_only
    assert all(r.path.endswith(".txt") for r in records)
    assert any("/" in r.path for r in records) and any("/" not in r.path for r in records)
    assert max(r.n_posts for r in records) > 1
    assert {"utf-8", "utf-8-sig", "utf-16", "cp1252"} <= {r.encoding for r in records}
    assert any(r.crlf for r in records)
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*.txt")) == sorted(r.path for r in records)


def test_ingest_rejects_each_bad_kind_with_its_reason_and_accepts_good_files(seeds_only) -> None:
    root, records = seeds_only
    for record in records:
        path = root / record.path
        if record.kind == "unreadable_mode000":
            assert path.stat().st_mode & 0o777 == 0
            if os.geteuid() != 0:  # root (the CI) reads mode-000 files: they are then plain good text
                with pytest.raises(PermissionError):
                    path.read_bytes()
                continue
            os.chmod(path, 0o600)
        data = path.read_bytes()
        decoded = decode_bytes(data)
        if record.kind in ("good", "unreadable_mode000"):
            assert decoded.reject_reason is None, (record, decoded.reject_detail)
            if record.encoding in ("utf-8", "utf-8-sig", "utf-16"):
                original = data.decode({"utf-16": "utf-16"}.get(record.encoding, record.encoding))
                assert decoded.text == normalise_text(original)
        else:
            assert decoded.reject_reason == BAD_KINDS[record.kind], (record, decoded.reject_detail)
        if record.kind == "unreadable_mode000":
            os.chmod(path, 0)


@pytest.mark.skipif(not EVAL_DIR.is_dir(), reason="../shared/eval is absent")
def test_benchmark_pages_bring_other_languages(tmp_path: Path) -> None:
    records = generate(tmp_path / "corpus", docs=400, seed=3)
    langs = Counter(r.lang for r in records)
    assert langs.most_common(1)[0][0] == "fr"
    assert {"en", "de", "es"} <= set(langs)
