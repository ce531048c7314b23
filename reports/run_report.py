"""`report.html`: one self-contained page about a run, with inline SVG charts and no external resource."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import polars as pl

PALETTE = ("#2f6690", "#3a7ca5", "#81c3d7", "#16425b", "#d9dcd6", "#f4a259", "#bc4b51", "#5b8e7d")
CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;background:#f6f7f9;color:#1d2530}
header{background:#16425b;color:#fff;padding:1.2rem 2rem}header h1{margin:0 0 .3rem;font-size:1.5rem}
header p{margin:0;opacity:.85;font-size:.9rem}main{padding:1.2rem 2rem;display:grid;gap:1.2rem;
grid-template-columns:repeat(auto-fit,minmax(440px,1fr))}section{background:#fff;border-radius:8px;padding:1rem 1.2rem;
box-shadow:0 1px 3px rgba(0,0,0,.08)}h2{font-size:1.05rem;margin:.2rem 0 .8rem;color:#16425b}
.tiles{display:flex;flex-wrap:wrap;gap:.8rem;grid-column:1/-1}.tile{background:#fff;border-radius:8px;padding:.8rem 1.1rem;
min-width:120px;box-shadow:0 1px 3px rgba(0,0,0,.08)}.tile b{display:block;font-size:1.6rem;color:#16425b}
.tile span{font-size:.8rem;color:#5a6573}table{border-collapse:collapse;width:100%;font-size:.85rem}
td,th{text-align:left;padding:.3rem .4rem;border-bottom:1px solid #e6e8eb}th{color:#5a6573;font-weight:600}
.ok{color:#2d7d46;font-weight:600}.bad{color:#bc4b51;font-weight:600}.muted{color:#5a6573;font-size:.85rem}
svg text{font-family:inherit}.wide{grid-column:1/-1}
"""


def _esc(value: Any) -> str:
    return html.escape(str(value))


def bar_chart(labels: Sequence[str], values: Sequence[float], *, unit: str = "", colour: str = PALETTE[0],
              label_width: int = 190, width: int = 420) -> str:  # fmt: skip
    """Horizontal bars with their values; an empty series says so instead of drawing nothing."""
    if not values:
        return '<p class="muted">nothing to show</p>'
    row, top = 22, 4
    biggest = max(max(values), 1e-12)
    plot = width - label_width - 60
    parts = [f'<svg role="img" viewBox="0 0 {width} {top + row * len(values)}" width="100%">']
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = top + i * row
        bar = max(plot * value / biggest, 1.0)
        shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
        fits = label_width // 7  # characters at 12 px that fit left of the bars
        short = label if len(label) <= fits else "…" + label[-(fits - 1):]  # keep the end: file names differ there
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end" font-size="12"><title>{_esc(label)}</title>{_esc(short)}</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{bar:.1f}" height="{row - 7}" rx="3" fill="{colour}"/>'
            f'<text x="{label_width + bar + 5:.1f}" y="{y + 14}" font-size="11" fill="#5a6573">{shown}{unit}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _counts(frame: pl.DataFrame, column: str, *, limit: int = 15) -> tuple[list[str], list[float]]:
    """Rows per value of `column`, most first; a frame with a `len` column counts `len` per row."""
    if frame.is_empty():
        return [], []
    weight = pl.col("len").sum() if "len" in frame.columns else pl.len()
    counted = frame.group_by(column).agg(weight.alias("len")).sort(["len", column], descending=[True, False]).head(limit)
    return [str(v) for v in counted[column]], [float(v) for v in counted["len"]]


def _boilerplate_share(frames: dict[str, pl.DataFrame]) -> pl.DataFrame:
    kept = frames["documents"].group_by("source_path").agg(pl.col("n_lines").sum().alias("kept"))
    removed = frames["boilerplate"].group_by("source_path").agg(pl.col("len").sum().alias("removed"))
    return (
        kept.join(removed, on="source_path", how="full", coalesce=True)
        .fill_null(0)
        .with_columns((pl.col("removed") / (pl.col("removed") + pl.col("kept"))).alias("share"))
        .sort(["share", "source_path"], descending=[True, False])
    )


def _section(title: str, body: str, *, wide: bool = False) -> str:
    return f'<section{" class=wide" if wide else ""}><h2>{_esc(title)}</h2>{body}</section>'


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    head = "".join(f"<th>{_esc(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


NOT_RECORDED = "not recorded"
ACTIONS = ("new", "changed", "reclassified", "deleted")
DATA_DOCS = "_validation/index.html"  # where curate writes the Data Docs, relative to the output


def removed_samples(
    boilerplate: pl.LazyFrame, rule_counts: pl.DataFrame, *, rules: int = 6, per_rule: int = 3
) -> pl.DataFrame:
    """What the top `rules` rules (most lines removed) removed: each one's `per_rule` most frequent lines, with
    how often each was removed, rule by rule from the top one (ties by text, so the choice is the same on every
    run)."""
    top, _ = _counts(rule_counts, "rule", limit=rules)
    rank = pl.col("rule").replace_strict({rule: i for i, rule in enumerate(top)}, return_dtype=pl.Int64)
    counted = boilerplate.filter(pl.col("rule").is_in(top)).group_by("rule", "text").len().collect(engine="streaming")
    frequent = counted.filter(pl.col("len").rank("min", descending=True).over("rule") <= per_rule)  # ties included
    frequent = frequent.sort([rank, pl.col("len"), pl.col("text")], descending=[False, True, False])
    return frequent.group_by("rule", maintain_order=True).head(per_rule)


def _mode(manifest: dict[str, Any]) -> str:
    """`incremental`, or `full` and why (older manifests did not record the reason)."""
    mode = manifest.get("mode")
    if mode is None:
        return NOT_RECORDED
    if mode != "full":
        return str(mode)
    return f"full ({manifest.get('full_reason') or NOT_RECORDED})"


def _file_actions(manifest: dict[str, Any], *, shown: int = 10) -> str:
    """Files new, changed, reclassified and deleted since the previous output: counts and the first names."""
    changes = manifest.get("changes")
    if changes is None:  # a manifest written before the names were recorded: the counts it has
        counts = [
            ("processed (new or changed)", manifest.get("files_processed")),
            ("reclassified", manifest.get("files_reclassified")),
            ("deleted", manifest.get("files_deleted")),
        ]
        rows = [(label, NOT_RECORDED if n is None else f"{n:,}", "names not recorded") for label, n in counts]
    else:
        rows = []
        for action in ACTIONS:
            names = changes.get(action, [])
            more = f" … and {len(names) - shown:,} more" if len(names) > shown else ""
            rows.append((action, f"{len(names):,}", ", ".join(names[:shown]) + more))
    unchanged = manifest.get("files_unchanged")
    rows.append(("unchanged", NOT_RECORDED if unchanged is None else f"{unchanged:,}", ""))
    return f'<p>mode: <b>{_esc(_mode(manifest))}</b></p>' + _table(["files", "count", "names"], rows)


def _removed_section(frames: dict[str, pl.DataFrame]) -> str:
    samples = frames.get("removed_samples")
    if samples is None:
        return f'<p class="muted">{NOT_RECORDED}</p>'
    if samples.is_empty():
        return '<p class="muted">no line removed</p>'
    rows = [(rule, text if len(text) <= 120 else text[:119] + "…", f"{n:,}") for rule, text, n in samples.rows()]
    return _table(["rule", "removed line", "times"], rows)


def _tiles(manifest: dict[str, Any]) -> str:
    inputs, rows = manifest["inputs"], manifest["rows"]
    validation = manifest.get("validation", {})
    status = '<b class="ok">passed</b>' if validation.get("success") else '<b class="bad">failed</b>'
    tiles = [
        (inputs["seen"], "files seen"), (inputs["accepted"], "accepted"), (inputs["rejected"], "rejected"),
        (rows["documents"], "articles"), (rows["sections"], "sections"), (rows["claims"], "claims"),
        (rows["boilerplate"], "lines removed"), (inputs.get("decode_errors", 0), "bytes decoded as U+FFFD"),
    ]  # fmt: skip
    docs_href = (manifest.get("docs") or {}).get("data_docs", DATA_DOCS)
    return (
        '<div class="tiles">' + "".join(f'<div class="tile"><b>{n:,}</b><span>{_esc(t)}</span></div>' for n, t in tiles)
        + f'<div class="tile">{status}<span>validation ({validation.get("expectations_evaluated", 0)} '
        f'expectations) · <a href="{_esc(docs_href)}">Data Docs</a></span></div></div>'
    )


def render_report(frames: dict[str, pl.DataFrame], manifest: dict[str, Any]) -> str:
    """The whole page for one published run.

    `frames`: documents (doc_id, source_path, n_lines, lang, is_mixed_lang), rejects, and small summaries that
    stay small whatever the corpus: boilerplate (source_path, rule, len), claims (doc_id, claim_type, len) and,
    optionally, removed_samples (rule, text, len; see `removed_samples`).
    """
    docs, claims, rejects = frames["documents"], frames["claims"], frames["rejects"]
    validation = manifest.get("validation", {})
    share = _boilerplate_share(frames)
    removed_total = share["removed"].sum() if share.height else 0
    all_lines = removed_total + (share["kept"].sum() if share.height else 0)
    stages = manifest.get("stage_seconds", {})
    per_doc = docs.select("doc_id").join(
        claims.group_by("doc_id").agg(pl.col("len").sum()), on="doc_id", how="left"
    ).fill_null(0)
    edges = [(0, "0"), (5, "1-5"), (10, "6-10"), (20, "11-20"), (50, "21-50"), (100, "51-100")]
    bucket = pl.lit(">100")
    for upper, label in reversed(edges):
        bucket = pl.when(pl.col("len") <= upper).then(pl.lit(label)).otherwise(bucket)
    order = [label for _, label in edges] + [">100"]
    bucket_counts = dict(zip(*_counts(per_doc.select(bucket.alias("bucket")), "bucket", limit=10), strict=True))
    failures = validation.get("failures", [])
    sections = [
        _tiles(manifest),
        _section("Files of this run", _file_actions(manifest), wide=True),
        _section("Inputs rejected, by reason", bar_chart(*_counts(rejects, "reason"), colour=PALETTE[6]) + (
            _table(["file", "reason", "detail"], rejects.sort("source_path").head(20).select("source_path", "reason", "detail").rows())
            if rejects.height else "")),
        _section("Language of articles", bar_chart(*_counts(docs, "lang")) + f'<p class="muted">{docs["is_mixed_lang"].sum() if docs.height else 0} '
                 "mixed-language articles (≥ 20 % of letters in another language)</p>"),
        _section("Boilerplate share per file (top 20)", bar_chart(
            share["source_path"].head(20).to_list(), [round(100 * v, 1) for v in share["share"].head(20)], unit=" %",
            colour=PALETTE[5], label_width=230) + f'<p class="muted">{removed_total:,} of {all_lines:,} non-blank lines removed overall</p>'),
        _section("Boilerplate rules", bar_chart(*_counts(frames["boilerplate"], "rule"), colour=PALETTE[3])),
        _section("Removed lines of the top rules (most frequent first)", _removed_section(frames), wide=True),
        _section("Claims by type", bar_chart(*_counts(claims, "claim_type"), colour=PALETTE[1])),
        _section("Claims per article", bar_chart(order, [bucket_counts.get(b, 0.0) for b in order], colour=PALETTE[2])),
        _section("Stage timings", bar_chart(list(stages), list(stages.values()), unit=" s", colour=PALETTE[7])),
        _section("Failed expectations", _table(["severity", "dataset", "column", "expectation", "observed"],
                 [(f["severity"], f["dataset"], f["column"] or "*", f["expectation"], f["observed"][:100]) for f in failures])
                 if failures else '<p class="ok">none</p>', wide=True),
    ]  # fmt: skip
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>curate run report</title>"
        f"<style>{CSS}</style></head><body><header><h1>curate run report</h1>"
        f"<p>run {_esc(manifest['run_id'])} · mode {_esc(_mode(manifest))} · started {_esc(manifest.get('started_at', ''))} · input "
        f"{_esc(manifest.get('input_dir', ''))} · language backend {_esc(manifest.get('lid_backend', ''))} · "
        f"{sum(stages.values()):.1f} s in stages</p></header><main>" + "".join(sections) + "</main></body></html>\n"
    )
