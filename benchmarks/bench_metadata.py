"""Headline, author and publication-date benchmark: our `documents` columns against the pages' own HTML metadata.

Data: ../shared/eval/boilerplate (Scrapinghub, 181 pages: raw/<id>.txt, html/<id>.html.gz; halves from split.json,
`tune` and `heldapart`) and ../shared/eval/boilerplate_multilingual (103 page folders: raw.txt, source.html.gz). A
multilingual page's id is the number its folder name starts with ("008_fr_trafilatura" is 8): odd ids are its tune
half, even ids its held-apart half.

Gold (benchmarks/html_metadata.py reads it from the HTML), each value kept only where the flattened raw text also
shows it:
- title: the single <h1>, else og:title, else <title> without the site name; kept when a raw line has a token F1
  of at least 0.8 with it (an og:title that no line matches is tried again without its site name);
- date: article:published_time, JSON-LD datePublished or <time datetime>, as a calendar day; kept when the raw text
  writes that day in one of the common formats of benchmarks/text_dates.py (any reading of an ambiguous numeric
  date counts), a test that does not use the pipeline's own date parser;
- author: meta author or JSON-LD author, split into names; the names the raw text contains (case-insensitive, a
  leading byline cue such as "By " not needed) are kept, and a page without such a name has no author gold.

Ours: every raw text of a set through transforms.pipeline in one run, as the CLI runs it (classify_files, then
build_articles: cross-page repetition and article splitting included). Per page, the title is the best-matching
title among its articles (a page may hold several articles); author and published_date are those of the first
article (by article_index) that has one.
Peer: trafilatura's extract_metadata on the same HTML (title, author, date), scored the same way.

Scores (tokens are lower-cased \\w+ runs):
- title found: token F1 >= 0.8 with the gold; exact: equal after casefolding, collapsing whitespace and stripping
  edge punctuation; both over pages with a gold title;
- date: precision = share of pages with a gold date and an output date where the day is the gold's; recall = share
  of pages with a gold date whose output day is the gold's;
- author: names normalised (casefold, whitespace collapsed, a leading By/Par/Von/Door/Por/Di dropped, edge
  punctuation stripped, accents kept); an output is right when its set of names is non-empty and contained in the
  gold's set; precision and recall as for dates.

The summary's trafilatura_date is trafilatura's date recall (it dates nearly every page, so recall and precision
are close); the table gives both.

Run from the project root: `.venv/bin/python -m benchmarks.bench_metadata`. Prints figures, asserts nothing; the
last line is the one-line summary of the held-apart halves (title_sh / title_ml per set, the rest pooled over both).
"""

from __future__ import annotations

import datetime as dt
import gzip
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from typing import Any, NamedTuple

import polars as pl

from benchmarks.bench_boilerplate import BENCH_DIR, MULTI_DIR, decode_raw, load_json
from benchmarks.html_metadata import PageMeta, page_metadata, split_names, strip_site_name
from benchmarks.text_dates import days_in_text

TITLE_MIN_F1 = 0.8
TOKEN = re.compile(r"\w+")
EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
BYLINE_PREFIX = re.compile(
    r"^(?:(?:analysis|story|text|words|posted|written|reported)\s+)?(?:by|par|von|door|por|di|de)\s+", re.IGNORECASE
)


class Page(NamedTuple):
    corpus: str  # "sh" (Scrapinghub) or "ml" (multilingual)
    page_id: str
    half: str  # "tune" or "heldapart"
    raw: str
    html: str


class Output(NamedTuple):
    titles: tuple[str, ...]
    author: str | None
    date: dt.date | None


# --- scoring helpers ------------------------------------------------------------------------------------------
def tokens(text: str | None) -> Counter:
    return Counter(TOKEN.findall((text or "").lower()))


def token_f1(a: str | None, b: str | None) -> float:
    ta, tb = tokens(a), tokens(b)
    common = sum((ta & tb).values())
    total = sum(ta.values()) + sum(tb.values())
    return 2 * common / total if total else 0.0


def normalise(text: str | None) -> str:
    return EDGE_PUNCT.sub("", re.sub(r"\s+", " ", (text or "").casefold())).strip()


def normalise_name(name: str) -> str:
    return normalise(BYLINE_PREFIX.sub("", name.strip()))


def name_set(value: str | None) -> frozenset[str]:
    names = split_names([value]) if value else ()
    return frozenset(n for n in map(normalise_name, names) if n)


# --- pages and gold -------------------------------------------------------------------------------------------
def load_pages() -> list[Page]:
    pages = []
    split = load_json(BENCH_DIR / "split.json")
    for half in ("tune", "heldapart"):
        for pid in split[half]:
            html = gzip.decompress((BENCH_DIR / "html" / f"{pid}.html.gz").read_bytes()).decode("utf-8", "replace")
            pages.append(Page("sh", pid, half, decode_raw((BENCH_DIR / "raw" / f"{pid}.txt").read_bytes()), html))
    if MULTI_DIR.is_dir():
        for folder in sorted(p for p in MULTI_DIR.iterdir() if p.is_dir()):
            number = int(folder.name.split("_", 1)[0])
            html = gzip.decompress((folder / "source.html.gz").read_bytes()).decode("utf-8", "replace")
            half = "tune" if number % 2 else "heldapart"
            pages.append(Page("ml", folder.name, half, decode_raw((folder / "raw.txt").read_bytes()), html))
    return pages


def visible_gold(page: Page) -> PageMeta:
    """The page's HTML metadata, each field kept only where the raw text shows it (see the module docstring)."""
    meta = page_metadata(page.html)
    lines = [line for line in page.raw.split("\n") if line.strip()]
    shown = lambda t: any(token_f1(t, line) >= TITLE_MIN_F1 for line in lines)  # noqa: E731
    title = next((t for t in (meta.title, meta.title and strip_site_name(meta.title)) if t and shown(t)), None)
    date = meta.date if meta.date and meta.date in days_in_text(page.raw) else None
    raw_lower = page.raw.casefold()
    authors = tuple(n for n in meta.authors if BYLINE_PREFIX.sub("", n.strip()).casefold() in raw_lower)
    return PageMeta(title, date, authors)


# --- tools ----------------------------------------------------------------------------------------------------
def run_ours(pages: list[Page]) -> dict[tuple[str, str], Output]:
    """Each set's raw texts through the pipeline in one run (classify_files, build_articles)."""
    from transforms import pipeline

    out: dict[tuple[str, str], Output] = {}
    for corpus in ("sh", "ml"):
        chosen = [p for p in pages if p.corpus == corpus]
        if not chosen:
            continue
        files = pl.LazyFrame(
            {"source_path": [p.page_id for p in chosen], "text": [p.raw for p in chosen]},
            schema={"source_path": pl.String, "text": pl.String},
        ).with_columns(pl.col("text").hash().cast(pl.String).alias("source_sha256"), pl.col("source_path").alias("file_key"))
        lines = pipeline.classify_files(files).collect()
        _, documents = pipeline.build_articles(lines.lazy())
        docs = documents.collect().sort("source_path", "article_index")
        for column, dtype in (("author", pl.String), ("published_date", pl.Date)):
            if column not in docs.columns:
                docs = docs.with_columns(pl.lit(None, dtype=dtype).alias(column))
        grouped = docs.group_by("source_path", maintain_order=True).agg(
            pl.col("title").drop_nulls(), pl.col("author").drop_nulls().first(), pl.col("published_date").drop_nulls().first()
        )
        for row in grouped.iter_rows(named=True):  # a few hundred pages: the bench's own bookkeeping
            out[corpus, row["source_path"]] = Output(tuple(row["title"]), row["author"], row["published_date"])
    return out


def run_trafilatura(pages: list[Page]) -> tuple[dict[tuple[str, str], Output], str] | None:
    try:
        import trafilatura
        from trafilatura.metadata import extract_metadata
    except ImportError:
        return None
    out = {}
    for page in pages:
        doc = extract_metadata(page.html)
        if doc is None:
            out[page.corpus, page.page_id] = Output((), None, None)
            continue
        date = None
        if doc.date:
            try:
                date = dt.date.fromisoformat(doc.date[:10])
            except ValueError:
                date = None
        out[page.corpus, page.page_id] = Output((doc.title,) if doc.title else (), doc.author, date)
    return out, trafilatura.__version__


# --- scores ---------------------------------------------------------------------------------------------------
def share(hits: int, total: int) -> float | None:
    return hits / total if total else None


def score(pages: list[Page], gold: dict, predicted: dict[tuple[str, str], Output]) -> dict[str, Any]:
    n = Counter()
    for page in pages:
        g: PageMeta = gold[page.corpus, page.page_id]
        o = predicted.get((page.corpus, page.page_id), Output((), None, None))
        if g.title:
            n["title_gold"] += 1
            best = max(o.titles, key=lambda t: token_f1(t, g.title), default=None)
            n["title_found"] += best is not None and token_f1(best, g.title) >= TITLE_MIN_F1
            n["title_exact"] += best is not None and normalise(best) == normalise(g.title)
        if g.date:
            n["date_gold"] += 1
            n["date_output"] += o.date is not None
            n["date_right"] += o.date == g.date
        if g.authors:
            n["author_gold"] += 1
            ours = name_set(o.author)
            n["author_output"] += bool(ours)
            n["author_right"] += bool(ours) and ours <= frozenset(map(normalise_name, g.authors))
    return {
        "pages": len(pages),
        "title_found": share(n["title_found"], n["title_gold"]),
        "title_exact": share(n["title_exact"], n["title_gold"]),
        "date_p": share(n["date_right"], n["date_output"]),
        "date_r": share(n["date_right"], n["date_gold"]),
        "author_p": share(n["author_right"], n["author_output"]),
        "author_r": share(n["author_right"], n["author_gold"]),
    }


def fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def print_gold_counts(pages: list[Page], gold: dict, groups: dict[str, Callable[[Page], bool]]) -> None:
    print(f"{'gold pages':<22}{'pages':>7}{'title':>7}{'date':>7}{'author':>8}")
    for name, keep in groups.items():
        chosen = [gold[p.corpus, p.page_id] for p in pages if keep(p)]
        print(f"{name:<22}{len(chosen):>7}{sum(bool(g.title) for g in chosen):>7}"
              f"{sum(g.date is not None for g in chosen):>7}{sum(bool(g.authors) for g in chosen):>8}")


def print_scores(pages, gold, tools: dict[str, dict | None], groups: dict[str, Callable[[Page], bool]]) -> dict:
    fields = ("title_found", "title_exact", "date_p", "date_r", "author_p", "author_r")
    print(f"{'tool':<22}{'pages':<22}" + "".join(f"{f:>12}" for f in fields))
    table = {}
    for tool, predicted in tools.items():
        for name, keep in groups.items():
            if predicted is None:
                continue
            s = score([p for p in pages if keep(p)], gold, predicted)
            table[tool, name] = s
            print(f"{tool:<22}{name:<22}" + "".join(f"{fmt(s[f]):>12}" for f in fields))
    return table


def main() -> int:
    if not BENCH_DIR.is_dir():
        print(f"eval data not found at {BENCH_DIR.parent}; nothing to benchmark")
        return 1
    started = time.perf_counter()
    pages = load_pages()
    gold = {(p.corpus, p.page_id): visible_gold(p) for p in pages}
    groups: dict[str, Callable[[Page], bool]] = {
        f"{corpus} {half}": (lambda p, c=corpus, h=half: p.corpus == c and p.half == h)
        for corpus in ("sh", "ml") for half in ("tune", "heldapart")
    }  # fmt: skip
    groups["both heldapart"] = lambda p: p.half == "heldapart"
    print("== gold fields per set and half (sh: Scrapinghub, ml: multilingual), kept where the raw text shows them")
    print_gold_counts(pages, gold, groups)

    t0 = time.perf_counter()
    tools: dict[str, dict | None] = {"ours": run_ours(pages)}
    print(f"\n[ours] {len(pages)} pages through transforms.pipeline: {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    traf = None if "--no-peer" in sys.argv else run_trafilatura(pages)
    traf_name = "trafilatura" if traf is None else f"trafilatura {traf[1]}"
    tools[traf_name] = None if traf is None else traf[0]
    print(f"[trafilatura] extract_metadata on {len(pages)} HTML pages: "
          f"{'not importable' if traf is None else f'{time.perf_counter() - t0:.1f} s'}")
    print("\n== scores (title over pages with a gold title; date and author precision over pages with gold and output)")
    table = print_scores(pages, gold, tools, groups)
    print(f"\n(benchmark ran in {time.perf_counter() - started:.1f} s)")
    ours = table["ours", "both heldapart"]
    peer = table.get((traf_name, "both heldapart"), {})
    print(f"metadata: title_sh={fmt(table['ours', 'sh heldapart']['title_found'])} "
          f"title_ml={fmt(table['ours', 'ml heldapart']['title_found'])} date_p={fmt(ours['date_p'])} "
          f"date_r={fmt(ours['date_r'])} author_p={fmt(ours['author_p'])} author_r={fmt(ours['author_r'])} "
          f"trafilatura_title={fmt(peer.get('title_found'))} trafilatura_date={fmt(peer.get('date_r'))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
