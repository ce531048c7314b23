"""Boilerplate removal benchmark: this project's cleaner against real pages and real peers.

Data: ../shared/eval/boilerplate/ (Scrapinghub article-extraction benchmark, 181 pages, split into `tune` and
`heldapart`) and ../shared/eval/boilerplate_multilingual/ (103 pages, 33 French); see its README.
Scored with benchmarks/shingles.py, the benchmark's own metric. Tools:
- ours: transforms.pipeline.clean_texts on all raw texts of a set in ONE call (cross-page repetition and article
  splitting included); a page's text = its articles' bodies joined with "\n" in article_index order, an article's
  body being its document text without the title line it opens with (the `title` column): the gold is the
  article body without its headline, as are the peers' outputs. The row "ours, title line kept" scores the
  document texts whole;
- c4: the C4 line rules (tensorflow_datasets c4_utils.clean_page) on the same raw texts;
- raw: no cleaning at all, the floor;
- trafilatura live on the original HTML if importable; stored peer outputs from peers_on_html.json.

Run from the project root: `.venv/bin/python -m benchmarks.bench_boilerplate`. Prints figures, asserts nothing;
the last line is the one-line summary. `--param NAME=VALUE` (repeatable) sets a field of the cleaner's
BoilerplateParams, for a grid point (`--param block_min_words=60`). With `--fit`: refits the cleaner's line model on
the `tune` pages and prints the weights to paste into transforms/boilerplate/rules.py (LINE_MODEL_WEIGHTS).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import polars as pl

from benchmarks.shingles import SHINGLE_TOKENS, Scores, overlap, score, shingles, tokenize

PROJECT_ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = PROJECT_ROOT.parent / "shared" / "eval"
BENCH_DIR = EVAL_DIR / "boilerplate"
MULTI_DIR = EVAL_DIR / "boilerplate_multilingual"
LANGDETECT_SEED = 0

# --- C4 line rules, as tensorflow_datasets/text/c4_utils.py clean_page applies them ---------------------------
C4_END_MARKS = r"[.?!\"]$"                  # a line must end in one of . ? ! "
C4_ELLIPSIS = r"\.\.\.$"                    # ... but not in an ellipsis
C4_CITATION = r"\[\d*\]|\[edit\]|\[citation needed\]"  # removed before the end-mark test
C4_MIN_WORDS = 5                            # whitespace-separated words per kept line
C4_MAX_WORD_CHARS = 1000                    # a line with a longer word is dropped
C4_POLICY = r"terms of use|privacy policy|cookie policy|uses cookies|use of cookies|use cookies"
# str.splitlines() boundaries other than "\n", so a line here is a line for C4's Python `splitlines()`
LINE_BREAKS = "[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]"
# The README's C4 reference (0.840 / 0.796 / 0.890) is only reproduced with these end marks and no ellipsis
# rule: the curly closing quote ends most quoted sentences in news text, and C4's ASCII `"` misses it.
C4_README_END_MARKS = r"[.?!\"”。！？…]$"


def filter_c4_lines(
    pages: pl.LazyFrame, *, end_marks: str = C4_END_MARKS, exclude_ellipsis: bool = True,
) -> pl.LazyFrame:
    """Keep only the lines C4's line rules keep, joined back with "\n"; a page losing every line gets "".

    Page-level C4 rules (drop pages with 'lorem ipsum', '{', fewer than 3 sentences, bad words; cross-page
    three-sentence dedup) are left out: they discard documents, not boilerplate lines.
    """
    line = pl.col("line")
    lower = line.str.to_lowercase()
    keep = (
        ~line.str.contains(rf"\S{{{C4_MAX_WORD_CHARS + 1}}}")
        & line.str.contains(end_marks)
        & (~line.str.contains(C4_ELLIPSIS) if exclude_ellipsis else pl.lit(True))
        & (line.str.count_matches(r"\S+") >= C4_MIN_WORDS)
        & ~lower.str.contains("javascript", literal=True)
        & ~lower.str.contains(C4_POLICY)
    )
    return (
        pages.select(
            "source_path",
            pl.col("text").str.replace_all(LINE_BREAKS, "\n").str.split("\n").alias("line"),
        )
        .explode("line", empty_as_null=True)
        .with_columns(
            # C4 strips, then removes citations, then tests the end mark on what is left
            pl.col("line").str.strip_chars().str.replace_all(C4_CITATION, "").alias("line"),
            pl.int_range(pl.len()).over("source_path").alias("line_no"),
        )
        .group_by("source_path")
        .agg(line.filter(keep).sort_by(pl.col("line_no").filter(keep)).str.join("\n").str.strip_chars()
             .alias("text"))
        .sort("source_path")
    )


# --- inputs ---------------------------------------------------------------------------------------------------
def decode_raw(data: bytes) -> str:
    """The text the pipeline would ingest: transforms.ingest.decode_bytes where it exists (BOM, UTF-8 or a
    charset guess, LF, NFC, zero-width characters dropped), else UTF-8 + LF + NFC."""
    try:
        from transforms.ingest import decode_bytes
    except ImportError:
        text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        return unicodedata.normalize("NFC", text)
    decoded = decode_bytes(data)
    if decoded.text is None:
        raise ValueError(f"eval page not decodable by transforms.ingest: {decoded.reject_detail}")
    return decoded.text


def load_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def detect_languages(texts: dict[str, str]) -> dict[str, str]:
    """langdetect on each gold text, fixed seed; one Python call per page because langdetect has no batch API."""
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = LANGDETECT_SEED
    return {page: detect(text) for page, text in texts.items()}


# --- tools ----------------------------------------------------------------------------------------------------
def article_bodies(articles: pl.LazyFrame) -> pl.LazyFrame:
    """Each article's text without the title line it opens with (the whole line: a title may leave out a page
    title's trail of site names); articles without a title are unchanged."""
    return articles.with_columns(
        pl.when(pl.col("title").is_not_null())
        .then(pl.col("text").str.replace(r"^[^\n]*", "").str.strip_chars_start("\n"))
        .otherwise(pl.col("text"))
        .alias("text")
    )


def run_ours(raw: dict[str, str], params: dict[str, str]) -> tuple[dict[str, str], dict[str, str], float] | None:
    """All pages through clean_texts in one call, with `params` (BoilerplateParams fields, as text) set; (page ->
    article bodies, page -> whole document texts, seconds), None if not importable."""
    try:
        from transforms.boilerplate import BoilerplateParams
        from transforms.pipeline import clean_texts
    except ImportError as err:
        print(f"[ours] transforms.pipeline.clean_texts not importable ({err}): reported as n/a")
        return None
    sources = pl.DataFrame({"source_path": list(raw), "text": list(raw.values())},
                           schema={"source_path": pl.String, "text": pl.String})
    defaults = BoilerplateParams()
    chosen = BoilerplateParams(**{name: type(getattr(defaults, name))(value) for name, value in params.items()})
    start = time.perf_counter()
    result = clean_texts(sources, chosen)
    seconds = time.perf_counter() - start

    def by_page(articles: pl.LazyFrame) -> dict[str, str]:
        joined = articles.group_by("source_path").agg(pl.col("text").sort_by("article_index").str.join("\n")).collect()
        extracted = dict(zip(joined["source_path"].to_list(), joined["text"].to_list(), strict=True))
        return {page: extracted.get(page, "") for page in raw}

    return by_page(result.articles.lazy().pipe(article_bodies)), by_page(result.articles.lazy()), seconds


def run_c4(raw: dict[str, str], **rules) -> dict[str, str]:
    pages = pl.LazyFrame({"source_path": list(raw), "text": list(raw.values())},
                         schema={"source_path": pl.String, "text": pl.String})
    out = filter_c4_lines(pages, **rules).collect()
    return dict(zip(out["source_path"].to_list(), out["text"].to_list(), strict=True))


def run_trafilatura(html_paths: dict[str, Path]) -> tuple[dict[str, str | None], str] | None:
    """trafilatura.extract on each page's HTML as the benchmark ran it (include_comments=False)."""
    try:
        import trafilatura
    except ImportError:
        return None
    return ({page: trafilatura.extract(gzip.decompress(path.read_bytes()), include_comments=False)
             for page, path in html_paths.items()}, trafilatura.__version__)


# --- reporting ------------------------------------------------------------------------------------------------
def fmt(value: float | None) -> str:
    return "n/a" if value is None or value != value else f"{value:.3f}"


def scores_for(gold: dict[str, str], predicted: dict[str, str | None] | None, pages: Iterable[str]) -> Scores | None:
    if predicted is None:
        return None
    return score(overlap(gold[p], predicted.get(p)) for p in pages)


def print_split_table(gold, tools: dict[str, dict | None], groups: dict[str, list[str]]) -> dict:
    header = f"{'tool':<34}" + "".join(f"{f'{name} (n={len(ids)})':>24}" for name, ids in groups.items())
    print(header)
    print(f"{'':<34}" + "".join(f"{'F1    P     R':>24}" for _ in groups))
    table = {}
    for tool, predicted in tools.items():
        cells = []
        for name, ids in groups.items():
            s = scores_for(gold, predicted, ids)
            table[tool, name] = s
            cells.append("n/a" if s is None else f"{s.f1:.3f} {s.precision:.3f} {s.recall:.3f}")
        print(f"{tool:<34}" + "".join(f"{c:>24}" for c in cells))
    return table


def print_language_table(gold, tools: dict[str, dict | None], language: dict[str, str]) -> None:
    langs = sorted(set(language.values()), key=lambda lang: (-list(language.values()).count(lang), lang))
    by_lang = {lang: [p for p, found in language.items() if found == lang] for lang in langs}
    print(f"{'F1 by language':<34}" + "".join(f"{f'{lang}({len(ids)})':>8}" for lang, ids in by_lang.items()))
    for tool, predicted in tools.items():
        cells = [fmt(s.f1) if (s := scores_for(gold, predicted, ids)) else "n/a" for ids in by_lang.values()]
        print(f"{tool:<34}" + "".join(f"{c:>8}" for c in cells))


WHITESPACE = re.compile(r"\s+")


def normalise_space(text: str | None) -> str:
    return WHITESPACE.sub(" ", text or "").strip()


def snippet_shares(snippets: dict[str, dict], predicted: dict[str, str | None], pages: list[str]):
    """(share of `with` snippets found in the output, share of `without` snippets absent), pooled over pages."""
    kept = with_total = removed = without_total = 0
    for page in pages:
        out = normalise_space(predicted.get(page))
        must_keep = [normalise_space(s) for s in snippets[page].get("with", [])]
        must_drop = [normalise_space(s) for s in snippets[page].get("without", [])]
        kept += sum(s in out for s in must_keep)
        removed += sum(s not in out for s in must_drop)
        with_total += len(must_keep)
        without_total += len(must_drop)
    return (kept / with_total if with_total else None, removed / without_total if without_total else None,
            with_total, without_total)


# --- the two benchmark sets -----------------------------------------------------------------------------------
def bench_scrapinghub(params: dict[str, str]) -> dict:
    gold = {page: item["articleBody"] for page, item in load_json(BENCH_DIR / "gold.json").items()}
    split = load_json(BENCH_DIR / "split.json")
    peers = load_json(BENCH_DIR / "peers_on_html.json")
    raw_bytes = {page: (BENCH_DIR / "raw" / f"{page}.txt").read_bytes() for page in gold}
    raw_by_page = {page: decode_raw(data) for page, data in raw_bytes.items()}
    # the cleaner sees real paths, so per-source logic (if any) sees what it would in production
    path_of = {page: str(BENCH_DIR / "raw" / f"{page}.txt") for page in gold}

    ours = run_ours({path_of[p]: raw_by_page[p] for p in gold}, params)
    tools: dict[str, dict | None] = {}
    if ours is not None:
        by_path, whole_by_path, seconds = ours
        tools["ours (clean_texts)"] = {p: by_path[path_of[p]] for p in gold}
        tools["ours, title line kept"] = {p: whole_by_path[path_of[p]] for p in gold}
        megabytes = sum(len(t.encode("utf-8")) for t in raw_by_page.values()) / 1e6
        print(f"[ours] clean_texts on {len(gold)} pages, {megabytes:.2f} MB in one run: "
              f"{seconds:.2f} s, {megabytes / seconds:.2f} MB/s")
    else:
        tools["ours (clean_texts)"] = tools["ours, title line kept"] = None
    tools["c4 line rules (TFDS)"] = run_c4(raw_by_page)
    tools["c4 as README (” end, no ...)"] = run_c4(raw_by_page, end_marks=C4_README_END_MARKS,
                                                    exclude_ellipsis=False)
    tools["raw (no cleaning)"] = dict(raw_by_page)
    start = time.perf_counter()
    live = run_trafilatura({p: BENCH_DIR / "html" / f"{p}.html.gz" for p in gold})
    traf_live_name = "trafilatura live"
    if live is None:
        print("[trafilatura] not importable: live run reported as n/a")
        tools[traf_live_name] = None
    else:
        traf_live_name = f"trafilatura {live[1]} live/html"
        tools[traf_live_name] = live[0]
        print(f"[trafilatura] {live[1]} on {len(gold)} HTML pages: {time.perf_counter() - start:.1f} s")
    for peer, stored in peers.items():
        version = f" {stored['version']}" if stored.get("version") else ""
        tools[f"{peer}{version} (stored/html)"] = {p: o.get("articleBody") for p, o in stored["output"].items()}

    groups = {"tune": split["tune"], "heldapart": split["heldapart"], "all": list(gold)}
    print(f"\n== Scrapinghub article-extraction benchmark: {len(gold)} pages (shingle F1 / precision / recall)")
    table = print_split_table(gold, tools, groups)

    language = detect_languages(gold)
    print(f"\n== by language of the gold text (langdetect 1.0.9, seed {LANGDETECT_SEED}), all {len(gold)} pages")
    print_language_table(gold, tools, language)
    return {"table": table, "pages": len(gold), "traf_live_name": traf_live_name}


def bench_multilingual(params: dict[str, str]) -> None:
    manifest = [json.loads(line) for line in (MULTI_DIR / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
    pages = [m["id"] for m in manifest]
    lang = {m["id"]: m["lang"] for m in manifest}
    full = [m["id"] for m in manifest if m["gold_type"] == "full"]
    snippet_pages = [m["id"] for m in manifest if m["gold_type"] == "snippets"]
    gold = {p: (MULTI_DIR / p / "gold.txt").read_text(encoding="utf-8") for p in full}
    snippets = {p: load_json(path) if (path := MULTI_DIR / p / "gold_snippets.json").exists() else {}
                for p in pages}
    raw_by_page = {p: decode_raw((MULTI_DIR / p / "raw.txt").read_bytes()) for p in pages}
    path_of = {p: str(MULTI_DIR / p / "raw.txt") for p in pages}

    tools: dict[str, dict | None] = {}
    ours = run_ours({path_of[p]: raw_by_page[p] for p in pages}, params)
    tools["ours (clean_texts)"] = None if ours is None else {p: ours[0][path_of[p]] for p in pages}
    tools["ours, title line kept"] = None if ours is None else {p: ours[1][path_of[p]] for p in pages}
    tools["c4 line rules (TFDS)"] = run_c4(raw_by_page)
    tools["raw (no cleaning)"] = dict(raw_by_page)
    live = run_trafilatura({p: MULTI_DIR / p / "source.html.gz" for p in pages})
    tools["trafilatura live/html" if live is None else f"trafilatura {live[1]} live/html"] = (
        None if live is None else live[0])

    fr = lambda ids: [p for p in ids if lang[p] == "fr"]  # noqa: E731
    other = lambda ids: [p for p in ids if lang[p] != "fr"]  # noqa: E731
    print(f"\n== boilerplate_multilingual: {len(pages)} pages ({len(fr(pages))} French)")
    print(f"full gold, shingle F1 / P / R: all n={len(full)}, fr n={len(fr(full))}, other n={len(other(full))}")
    print_split_table(gold, tools, {"full all": full, "full fr": fr(full), "full non-fr": other(full)})
    print(f"\nsnippet pages: share of `with` kept / share of `without` removed (pooled), "
          f"all n={len(snippet_pages)}, fr n={len(fr(snippet_pages))}")
    groups = {"snippets all": snippet_pages, "snippets fr": fr(snippet_pages), "snippets non-fr": other(snippet_pages)}
    counts = "".join(f"{f'{name}':>26}" for name in groups)
    print(f"{'tool':<34}{counts}")
    print(f"{'':<34}" + "".join(
        f"{f'with {snippet_shares(snippets, {}, ids)[2]} / without {snippet_shares(snippets, {}, ids)[3]}':>26}"
        for ids in groups.values()))
    for tool, predicted in tools.items():
        cells = []
        for ids in groups.values():
            if predicted is None:
                cells.append("n/a")
                continue
            kept, removed, _, _ = snippet_shares(snippets, predicted, ids)
            cells.append(f"{fmt(kept)} / {fmt(removed)}")
        print(f"{tool:<34}" + "".join(f"{c:>26}" for c in cells))


# --- refitting the line model (offline; its weights live in transforms/boilerplate/rules.py) --------------
def line_gold_share(line: str, gold_text: str, gold_shingles: set) -> float | None:
    """Share of the line's 4-token shingles found in the gold body; a line of 1-3 tokens: 1.0 when its
    tokens occur in a row in the gold. None for a line without tokens."""
    tokens = tokenize(line)
    if not tokens:
        return None
    if len(tokens) < SHINGLE_TOKENS:
        return float(f" {' '.join(tokens)} " in f" {' '.join(tokenize(gold_text))} ")
    counts = shingles(line)
    return sum(c for s, c in counts.items() if s in gold_shingles) / sum(counts.values())


def fit_line_model(l2: float = 1e-3, iterations: int = 30) -> dict[str, float]:
    """Fit LINE_MODEL_WEIGHTS on the `tune` pages: lines no single-line rule names, label = at least half of
    the line's shingles in the gold, sample weight sqrt(words), L2-penalised logistic regression (Newton).

    All 181 pages go through the cleaner in one run, as in the benchmark (repetition across files)."""
    import numpy as np

    from transforms import boilerplate as bp
    from transforms.lines import split_lines

    gold = {page: item["articleBody"] for page, item in load_json(BENCH_DIR / "gold.json").items()}
    tune = set(load_json(BENCH_DIR / "split.json")["tune"])
    raw = {page: decode_raw((BENCH_DIR / "raw" / f"{page}.txt").read_bytes()) for page in gold}
    files = pl.LazyFrame({"source_path": list(raw), "text": list(raw.values())}).with_columns(
        pl.col("text").hash().cast(pl.String).alias("source_sha256"), pl.col("source_path").alias("file_key"))
    lines = (
        files.pipe(split_lines).pipe(bp.add_line_features).pipe(bp.flag_line_rules).pipe(bp.flag_repeated_lines)
        .pipe(bp.flag_teaser_runs).pipe(bp.add_model_features)
        .filter(pl.col("source_path").is_in(tune) & ~pl.col("is_blank") & pl.col("line_rule").is_null())
        .collect()
    )  # fmt: skip
    gold_shingles = {page: set(shingles(text)) for page, text in gold.items()}
    share = [line_gold_share(text, gold[page], gold_shingles[page])
             for page, text in zip(lines["source_path"], lines["text"], strict=True)]
    lines = lines.with_columns(pl.Series("gold_share", share, dtype=pl.Float64)).drop_nulls("gold_share")
    features = list(bp.MODEL_FEATURES)
    x = np.column_stack([np.ones(len(lines))] + [lines[f].to_numpy() for f in features])
    y = (lines["gold_share"].to_numpy() >= 0.5).astype(float)
    w = np.sqrt(lines["n_words"].to_numpy().clip(1).astype(float))
    penalty = l2 * np.diag(np.r_[0.0, np.ones(len(features))])
    beta = np.zeros(x.shape[1])
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-x @ beta))
        gradient = x.T @ (w * (p - y)) / w.sum() + penalty @ beta
        hessian = (x * (w * p * (1 - p))[:, None]).T @ x / w.sum() + penalty
        beta -= np.linalg.solve(hessian, gradient)
    p = 1 / (1 + np.exp(-x @ beta))
    print(f"tune lines: {len(lines)}, weighted accuracy {((p > 0.5) == y) @ w / w.sum():.3f}")
    weights = dict(zip(["bias", *features], (round(float(b), 2) for b in beta), strict=True))
    print("LINE_MODEL_WEIGHTS = {" + ", ".join(f'"{k}": {v:.2f}' for k, v in weights.items()) + "}")
    return weights


def param_arguments(argv: list[str]) -> dict[str, str]:
    """The `--param NAME=VALUE` arguments; a NAME that is no BoilerplateParams field fails early."""
    pairs = [arg.partition("=") for flag, arg in zip(argv, argv[1:], strict=False) if flag == "--param"]
    params = {name: value for name, _, value in pairs}
    if params:
        from transforms.boilerplate import BoilerplateParams

        valid = tuple(BoilerplateParams.__dataclass_fields__)
        unknown = sorted(set(params) - set(valid))
        if unknown:
            raise ValueError(f"unknown --param {', '.join(unknown)}: valid values are {', '.join(valid)}")
    return params


def main() -> int:
    if "--fit" in sys.argv[1:]:
        fit_line_model()
        return 0
    if not BENCH_DIR.is_dir():
        print(f"eval data not found at {EVAL_DIR}; nothing to benchmark")
        return 1
    params = param_arguments(sys.argv[1:])
    if params:
        print(f"[ours] BoilerplateParams set: {params}")
    started = time.perf_counter()
    result = bench_scrapinghub(params)
    if MULTI_DIR.is_dir():
        bench_multilingual(params)
    table = result["table"]

    def held(tool: str, field: str) -> str:
        s = table.get((tool, "heldapart"))
        return fmt(None if s is None else getattr(s, field))

    print(f"\n(benchmark ran in {time.perf_counter() - started:.1f} s)")
    print(f"boilerplate: f1_heldapart={held('ours (clean_texts)', 'f1')} "
          f"recall_heldapart={held('ours (clean_texts)', 'recall')} "
          f"c4={held('c4 line rules (TFDS)', 'f1')} trafilatura_html={held(result['traf_live_name'], 'f1')} "
          f"pages={result['pages']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
