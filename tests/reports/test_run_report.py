"""report.html: the run's mode and file actions, a link to the Data Docs, and what the top rules removed."""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

import polars as pl

from flows import tasks
from reports.run_report import removed_samples


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def _report(folder: Path, manifest: dict) -> str:
    return tasks.write_report(folder, manifest).read_text(encoding="utf-8")


def test_a_manifest_without_the_run_facts_says_not_recorded(seeds_copy: Path) -> None:
    manifest = tasks.read_manifest(seeds_copy)
    for key in ("mode", "full_reason", "changes", "docs"):
        manifest.pop(key, None)
    text = _text(_report(seeds_copy, manifest))
    assert "mode not recorded" in text and "mode: not recorded" in text
    assert "names not recorded" in text
    assert f"processed (new or changed) {manifest['files_processed']}" in text


def test_mode_reason_file_actions_and_data_docs_link(seeds_copy: Path) -> None:
    manifest = tasks.read_manifest(seeds_copy)
    new = [f"batch/{i:03d}.txt" for i in range(13)]
    manifest.update(
        mode="full", full_reason="code changed", docs={"report": "report.html", "data_docs": "_validation/index.html"},
        changes={"new": new, "changed": ["a.txt"], "reclassified": [], "deleted": ["gone.txt", "old.txt"]},
    )
    page = _report(seeds_copy, manifest)
    text = _text(page)
    assert "mode full (code changed)" in text
    assert f"new 13 {', '.join(new[:10])} … and 3 more" in text and new[10] not in text
    assert "changed 1 a.txt" in text and "reclassified 0" in text and "deleted 2 gone.txt, old.txt" in text
    links = re.findall(r'<a href="([^"]+)">Data Docs</a>', page)
    assert links == ["_validation/index.html"] and (seeds_copy / links[0]).is_file()
    manifest.update(mode="incremental", full_reason=None)
    assert "mode incremental ·" in _text(_report(seeds_copy, manifest))


def test_removed_samples_are_each_top_rules_most_frequent_lines(seeds_output: Path) -> None:
    lines = pl.read_parquet(seeds_output / "boilerplate" / "*.parquet")
    counts = lines.group_by("source_path", "rule").len()
    samples = removed_samples(pl.scan_parquet(seeds_output / "boilerplate" / "*.parquet"), counts, rules=3, per_rule=2)
    per_rule = Counter(lines["rule"].to_list())
    top = sorted(per_rule, key=lambda r: (-per_rule[r], r))[:3]
    per_line = Counter(zip(lines["rule"].to_list(), lines["text"].to_list(), strict=True))
    expected = [
        (rule, text, n) for rule in top
        for text, n in sorted(((t, n) for (r, t), n in per_line.items() if r == rule), key=lambda x: (-x[1], x[0]))[:2]
    ]  # fmt: skip
    assert samples.rows() == expected and len(expected) > len(top)


def test_the_published_report_shows_removed_lines_per_top_rule(seeds_output: Path) -> None:
    page = (seeds_output / "report.html").read_text(encoding="utf-8")
    section = page[page.index("Removed lines of the top rules"):]
    section = section[: section.index("</section>")]
    lines = seeds_output / "boilerplate" / "*.parquet"
    sample = removed_samples(pl.scan_parquet(lines), pl.read_parquet(lines).group_by("source_path", "rule").len())
    assert sample.height > 0
    for rule, text, _ in sample.rows():
        assert html.escape(rule) in section and html.escape(text[:100]) in section
