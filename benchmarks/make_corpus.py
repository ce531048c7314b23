"""Generate a realistic raw corpus for the throughput benchmark, from real lines; deterministic for a seed.

`python -m benchmarks.make_corpus --docs N --seed S OUT` writes N raw `*.txt` files (one file = one document)
under OUT, in nested site/year/month folders. Every line comes from real raw pages:
- prose and headings: windows of consecutive body lines of seeds/*.txt and of the shared benchmark pages
  (../shared/eval/boilerplate/raw/*.txt, mostly English; ../shared/eval/boilerplate_multilingual/*/raw.txt,
  language from the folder name). Without ../shared/eval the corpus is built from the seeds alone (French).
- page chrome: each synthetic site owns the head and tail of one real page (the short lines before its first
  and after its last prose line: menus, footers, cookie banners), repeated on every file of the site, as a
  crawl of one site repeats them; blog sites open with a page-id counter and a WordPress body-class line
  (both from seeds/003) and separate their posts with like/comment counters "0" / "0".
- several posts per file on blog sites; sizes log-normal around the seeds' (median about 9 KB).
- encodings of good files: UTF-8, UTF-8 with BOM, UTF-16 LE with BOM, cp1252 and latin-1 (only where the
  text fits, else UTF-8); CRLF line ends on some files whatever the encoding.
- BAD_SHARE of the files (5 %) are bad, split evenly over every kind the ingest rejects (BAD_KINDS):
  0-byte and whitespace-only files, binary (a gzip-compressed page saved as .txt: NUL bytes; a page damaged
  by control bytes), undecodable (a UTF-16 BOM followed by an odd number of bytes) and unreadable (mode 000).
  As root (the CI) mode 000 does not prevent reading: those files are then read and accepted as good text.

Determinism: inputs are read in sorted order, every choice comes from one random.Random(seed), no time or
environment value enters a file, so the same --docs/--seed give byte-identical files. Prints a summary.
"""

from __future__ import annotations

import argparse
import gzip
import math
import os
import random
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = PROJECT_ROOT / "seeds"
EVAL_DIR = PROJECT_ROOT.parent / "shared" / "eval"

BAD_SHARE = 0.05
# kind -> the reject reason transforms.ingest gives it ("unreadable" only when the reader is not root)
BAD_KINDS = {
    "empty_zero": "empty",
    "empty_whitespace": "empty",
    "binary_gzip": "binary",
    "binary_control": "binary",
    "undecodable_utf16_odd": "undecodable",
    "unreadable_mode000": "unreadable",
}
# Share of good files per encoding (cp1252 / latin-1 fall back to UTF-8 when the text does not fit).
ENCODING_SHARES = (("utf-8", 0.68), ("utf-8-sig", 0.08), ("utf-16", 0.05), ("cp1252", 0.15), ("latin-1", 0.04))
CRLF_SHARE = 0.10
# Document languages; a language without pages (no ../shared/eval) is left out and the rest renormalised.
LANG_SHARES = (("fr", 0.70), ("en", 0.12), ("de", 0.07), ("es", 0.05), ("it", 0.02), ("pt", 0.01), ("pl", 0.01),
               ("other", 0.02))  # fmt: skip
OTHER_LANGS = ("zh", "cs", "ja", "id")  # single benchmark pages each, pooled
N_SITES = 80
BLOG_SITE_SHARE = 0.35            # sites that list several posts per file, with counters (like seeds/003)
MEDIAN_FILE_BYTES = 9_000         # seeds: 7-17 KB
SIZE_SIGMA = 0.7                  # log-normal spread: most files 3-35 KB, a few over 100 KB
MIN_FILE_BYTES, MAX_FILE_BYTES = 600, 150_000
FOREIGN_POST_SHARE = 0.05         # a post in another language than its site's (mixed-language files)
MAX_CHROME_LINES = 30

END_OF_SENTENCE = tuple(".!?…»”\"。！？:")
WORDPRESS_ID = re.compile(r"\d+")


def is_prose(line: str) -> bool:
    """A line that reads as article text rather than page chrome: long, or a full sentence."""
    line, n_words = line.strip(), len(line.split())  # word count: a CSS class list is long but one "word"
    return n_words >= 8 and (len(line) >= 100 or line.endswith(END_OF_SENTENCE)) or (
        len(line) >= 40 and line.endswith(("。", "！", "？"))
    )


def is_heading(line: str) -> bool:
    """A short line that does not end a sentence: a post title candidate."""
    line = line.strip()
    return 3 <= len(line.split()) <= 14 and 15 <= len(line) <= 120 and not line.endswith((".", ",", ";", ":"))


@dataclass
class Page:
    """One real raw page split into its chrome and its body."""

    name: str
    lang: str
    title: str
    head: list[str]
    body: list[str]
    tail: list[str]
    headings: list[str] = field(default_factory=list)


def split_page(name: str, lang: str, text: str) -> Page | None:
    """Head chrome, body (first to last prose line, blank lines dropped), tail chrome; None without prose."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line.strip()]
    prose = [i for i, line in enumerate(lines) if is_prose(line)]
    if not prose:
        return None
    first, last = prose[0], prose[-1]
    body = lines[first : last + 1]
    return Page(
        name=name, lang=lang, title=lines[0],
        head=lines[:first][:MAX_CHROME_LINES], body=body, tail=lines[last + 1 :][-MAX_CHROME_LINES:],
        headings=[line for line in body if is_heading(line)],
    )  # fmt: skip


def load_pages(seeds_dir: Path = SEEDS_DIR, eval_dir: Path | None = EVAL_DIR) -> dict[str, list[Page]]:
    """Real pages by language, in sorted path order: the seeds (fr) and, when present, the benchmark pages."""
    sources: list[tuple[str, str, Path]] = [("fr", f"seeds/{p.name}", p) for p in sorted(seeds_dir.glob("*.txt"))]
    if eval_dir is not None and eval_dir.is_dir():
        for path in sorted((eval_dir / "boilerplate" / "raw").glob("*.txt")):
            sources.append(("en", f"boilerplate/{path.name}", path))  # mostly English, a few other languages
        for path in sorted((eval_dir / "boilerplate_multilingual").glob("*/raw.txt")):
            lang = path.parent.name.split("_")[1]
            sources.append(("other" if lang in OTHER_LANGS else lang, path.parent.name, path))
    pages: dict[str, list[Page]] = {}
    for lang, name, path in sources:
        page = split_page(name, lang, path.read_text(encoding="utf-8", errors="replace"))
        if page is not None and len(page.body) >= 3:
            pages.setdefault(lang, []).append(page)
    return pages


class Site(NamedTuple):
    """A synthetic website: its language, the chrome it repeats on every file, and its layout."""

    name: str
    lang: str
    head: list[str]
    tail: list[str]
    blog: bool           # several posts per file, page-id and body-class lines, counters between posts
    blank_lines: bool    # paragraphs separated by a blank line (seeds/003) or not (seeds/002)


class FileRecord(NamedTuple):
    """One generated file: its path under OUT, kind ('good' or a BAD_KINDS key), encoding, size, language."""

    path: str
    kind: str
    encoding: str | None
    crlf: bool
    n_bytes: int
    lang: str | None
    n_posts: int


def _weighted(rng: random.Random, pairs: Sequence[tuple[str, float]]) -> str:
    names, weights = zip(*pairs, strict=True)
    return rng.choices(names, weights=weights)[0]


def make_sites(rng: random.Random, pages: dict[str, list[Page]], body_class: str) -> list[Site]:
    """N_SITES sites, spread over the languages by LANG_SHARES; chrome from one real page each."""
    shares = [(lang, share) for lang, share in LANG_SHARES if lang in pages]
    total = sum(share for _, share in shares)
    sites = []
    for lang, share in shares:
        for k in range(max(2, round(N_SITES * share / total))):
            page = rng.choice(pages[lang])
            blog = rng.random() < BLOG_SITE_SHARE
            head = list(page.head)
            if blog:  # WordPress page: title, page id, body-class line (seeds/003), then the menu
                page_id = str(rng.randint(10, 9999))
                head = [page.title, page_id, WORDPRESS_ID.sub(page_id, body_class, count=1), *head[1:]]
            sites.append(Site(f"{lang}-site{k:02d}", lang, head, list(page.tail), blog, rng.random() < 0.5))
    return sites


def body_window(rng: random.Random, page: Page, budget: int) -> list[str]:
    """Consecutive body lines from a random start until `budget` characters (at least one line)."""
    start = rng.randrange(len(page.body))
    out, size = [], 0
    for line in page.body[start:] + page.body[:start]:
        out.append(line)
        size += len(line) + 1
        if size >= budget:
            break
    return out


def compose_text(rng: random.Random, site: Site, pages: dict[str, list[Page]], target: int) -> tuple[str, int]:
    """One raw file: site head chrome, one or several posts (title + body window), site tail chrome."""
    n_posts = (1 if rng.random() < 0.3 else rng.randint(2, 6)) if site.blog else 1
    lines = list(site.head)
    for k in range(n_posts):
        lang = site.lang
        if rng.random() < FOREIGN_POST_SHARE:
            lang = rng.choice(sorted(pages))
        page = rng.choice(pages[lang])
        post = body_window(rng, page, max(200, target // n_posts))
        title = rng.choice(page.headings) if page.headings else page.title
        if site.blog and k > 0:
            lines += ["0", "0"]  # like / comment counters close the previous post
        lines.append(title)
        lines += post
    if site.blog:
        lines += ["0", "0"]
    lines += site.tail
    sep = "\n\n" if site.blank_lines else "\n"
    return sep.join(lines) + "\n", n_posts


def encode_text(rng: random.Random, text: str) -> tuple[bytes, str, bool]:
    """Bytes of `text` in a drawn encoding (falling back to UTF-8 where it does not fit), maybe CRLF."""
    crlf = rng.random() < CRLF_SHARE
    if crlf:
        text = text.replace("\n", "\r\n")
    encoding = _weighted(rng, ENCODING_SHARES)
    if encoding == "utf-16":  # explicit LE BOM: the bytes must not depend on the machine's byte order
        return b"\xff\xfe" + text.encode("utf-16-le"), encoding, crlf
    if encoding in ("cp1252", "latin-1"):
        try:
            return text.encode(encoding), encoding, crlf
        except UnicodeEncodeError:
            encoding = "utf-8"
    return text.encode(encoding), encoding, crlf


def bad_bytes(rng: random.Random, kind: str, text: str) -> bytes:
    """The bytes of a bad file of `kind`, made from a real composed text where a text is involved."""
    if kind == "empty_zero":
        return b""
    if kind == "empty_whitespace":
        return rng.choice([b" ", b"\n", b"\r\n\r\n", b" \t \n \n", b"\n" * 7])
    if kind == "binary_gzip":  # a compressed page saved as .txt; mtime=0 keeps the bytes stable
        return gzip.compress(text.encode("utf-8"), mtime=0)
    if kind == "binary_control":  # a page damaged in transfer: 3 % of its bytes become control bytes
        data = bytearray(text.encode("utf-8"))
        for _ in range(max(1, len(data) * 3 // 100)):
            data[rng.randrange(len(data))] = rng.choice(b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x1a")
        return bytes(data)
    if kind == "undecodable_utf16_odd":  # UTF-16 BOM, then a truncated last code unit
        data = b"\xff\xfe" + text.encode("utf-16-le")
        return data + b"\x0a" if len(data) % 2 == 0 else data
    if kind == "unreadable_mode000":  # readable text; unreadable through its permissions (not for root)
        return text.encode("utf-8")
    raise ValueError(f"unknown bad kind {kind!r}; valid: {', '.join(BAD_KINDS)}")


def file_target(rng: random.Random) -> int:
    """A file size in bytes, log-normal around MEDIAN_FILE_BYTES."""
    size = int(MEDIAN_FILE_BYTES * math.exp(rng.gauss(0, SIZE_SIGMA)))
    return min(MAX_FILE_BYTES, max(MIN_FILE_BYTES, size))


def generate(
    out: Path, *, docs: int, seed: int, seeds_dir: Path = SEEDS_DIR, eval_dir: Path | None = EVAL_DIR,
    bad_share: float = BAD_SHARE,
) -> list[FileRecord]:  # fmt: skip
    """Write `docs` raw files under `out` (created; must be empty) and return what each file is."""
    if docs < 1:
        raise ValueError(f"docs must be >= 1, got {docs}")
    if out.exists() and any(out.iterdir()):
        raise ValueError(f"output folder is not empty: {out}")
    rng = random.Random(seed)
    pages = load_pages(seeds_dir, eval_dir)
    if "fr" not in pages:
        raise ValueError(f"no seed pages under {seeds_dir}")
    body_class = next((line for page in pages["fr"] for line in page.head if "page-id-" in line), "page,page-id-1815")
    sites = make_sites(rng, pages, body_class)
    by_lang: dict[str, list[Site]] = {}
    for site in sites:
        by_lang.setdefault(site.lang, []).append(site)
    lang_shares = [(lang, share) for lang, share in LANG_SHARES if lang in by_lang]
    n_bad = round(docs * bad_share)
    bad_positions = sorted(rng.sample(range(docs), n_bad))
    kinds = list(BAD_KINDS)
    bad_kind = {pos: kinds[k % len(kinds)] for k, pos in enumerate(bad_positions)}
    records = []
    out.mkdir(parents=True, exist_ok=True)
    for i in range(docs):
        site = rng.choice(by_lang[_weighted(rng, lang_shares)])
        text, n_posts = compose_text(rng, site, pages, file_target(rng))
        year, month = rng.randint(2012, 2024), rng.randint(1, 12)
        depth = rng.randint(0, 3)  # nested folders: site / year / month, cut at a random depth
        folder = Path(*[site.name, str(year), f"{month:02d}"][:depth]) if depth else Path()
        rel = folder / f"{i:06d}_{rng.getrandbits(64):016x}.txt"
        kind = bad_kind.get(i, "good")
        if kind == "good":
            data, encoding, crlf = encode_text(rng, text)
        else:
            data, encoding, crlf = bad_bytes(rng, kind, text), None, False
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if kind == "unreadable_mode000":
            os.chmod(path, 0)
        records.append(FileRecord(rel.as_posix(), kind, encoding, crlf, len(data), site.lang, n_posts))
    return records


def summarise(records: Sequence[FileRecord]) -> str:
    """Human summary: bytes, sizes, kinds, encodings, languages."""
    sizes = sorted(r.n_bytes for r in records if r.kind == "good")
    total = sum(r.n_bytes for r in records)
    encodings = Counter(r.encoding for r in records if r.encoding)

    def pct(q: float) -> int:
        return sizes[min(len(sizes) - 1, int(q * len(sizes)))] if sizes else 0

    lines = [
        f"files={len(records)} bytes={total} ({total / 1e6:.1f} MB) posts={sum(r.n_posts for r in records)}",
        f"good file bytes: p10={pct(0.1)} median={pct(0.5)} p90={pct(0.9)} max={sizes[-1] if sizes else 0}",
        "kinds: " + " ".join(f"{k}={n}" for k, n in sorted(Counter(r.kind for r in records).items())),
        "encodings: " + " ".join(f"{k}={n}" for k, n in sorted(encodings.items()))
        + f" crlf={sum(r.crlf for r in records)}",
        "site languages: " + " ".join(f"{k}={n}" for k, n in Counter(r.lang for r in records).most_common()),
    ]  # fmt: skip
    if os.geteuid() == 0:
        lines.append("note: running as root, mode-000 files stay readable and are accepted by the ingest")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a realistic raw corpus (deterministic for a seed).")
    parser.add_argument("--docs", type=int, required=True, help="number of files (one file = one document)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--bad-share", type=float, default=BAD_SHARE, help="share of bad files (default 0.05)")
    parser.add_argument("--no-eval", action="store_true", help="build from seeds/ only, ignoring ../shared/eval")
    parser.add_argument("out", type=Path, help="output folder (created; must be empty)")
    args = parser.parse_args(argv)
    try:
        records = generate(args.out, docs=args.docs, seed=args.seed, bad_share=args.bad_share,
                           eval_dir=None if args.no_eval else EVAL_DIR)  # fmt: skip
    except ValueError as exc:
        print(f"make_corpus: error: {exc}", file=sys.stderr)
        return 2
    print(summarise(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
