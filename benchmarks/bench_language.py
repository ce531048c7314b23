"""Language identification: the vectorised 'profiles' backend against langdetect, on the seeds and the shared
language-ID sentences (../shared/eval/langid/sentences.tsv, 300 sentences x 49 languages).

Prints speed (texts/s, MB/s of UTF-8), accuracy per language and overall (texts >= 20 and >= 100 characters),
agreement between the backends (texts >= 200 characters) and run-to-run identity, then one summary line:
`lid: speedup=<x> agreement=<fraction> accuracy_profiles=<a> accuracy_langdetect=<b>`.

Speed is CPU time of the process (all threads), median over repeats, so that other jobs on the machine slow
both sides alike; wall-clock medians are printed next to it. The speedup is detect_language(backend=
'profiles') against a plain loop of langdetect.detect (seed 0) on the seed documents, the issue's baseline.
Accuracy is that of detect_language with its defaults, for both backends (same 'und' rule).

Run: .venv/bin/python benchmarks/bench_language.py [--quick]
"""

from __future__ import annotations

import hashlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from transforms.language import detect_language  # noqa: E402

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SENTENCES = ROOT / ".." / "shared" / "eval" / "langid" / "sentences.tsv"
QUICK = "--quick" in sys.argv


def timed(fn: Callable[[], object], repeats: int) -> tuple[float, float, object]:
    """Median CPU seconds, median wall seconds, last result."""
    return interleaved([fn], repeats)[0]


def interleaved(fns: list[Callable[[], object]], repeats: int) -> list[tuple[float, float, object]]:
    """timed() for several functions, run in turn so that a busy spell on the machine hits them alike."""
    cpu: list[list[float]] = [[] for _ in fns]
    wall: list[list[float]] = [[] for _ in fns]
    results: list[object] = [None] * len(fns)
    for _ in range(repeats):
        for i, fn in enumerate(fns):
            c0, w0 = time.process_time(), time.perf_counter()
            results[i] = fn()
            cpu[i].append(time.process_time() - c0)
            wall[i].append(time.perf_counter() - w0)
    return [(statistics.median(c), statistics.median(w), r) for c, w, r in zip(cpu, wall, results, strict=True)]


def langdetect_loop(texts: list[str]) -> list[str]:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    out = []
    for text in texts:
        try:
            out.append(detect(text))
        except LangDetectException:
            out.append("und")
    return out


def run(texts: list[str], backend: str) -> pl.DataFrame:
    return detect_language(pl.LazyFrame({"text": texts}, schema={"text": pl.String}), backend=backend).collect()


def speed_line(name: str, texts: list[str], cpu: float, wall: float) -> str:
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return (
        f"  {name:<28} {len(texts) / cpu:>10.1f} texts/s {mb / cpu:>8.2f} MB/s   "
        f"(wall {len(texts) / wall:>10.1f} texts/s {mb / wall:>8.2f} MB/s)"
    )


def paragraphs(doc: str) -> list[str]:
    return [p.strip() for p in doc.replace("\r\n", "\n").split("\n\n") if p.strip()]


def main() -> None:
    docs = [p.read_text(encoding="utf-8") for p in SEEDS]
    blocks = [b for d in docs for b in paragraphs(d)]
    print(f"seeds: {len(docs)} documents, {sum(map(len, docs))} characters, {len(blocks)} paragraph blocks")

    # --- speed on the seeds -------------------------------------------------------------------------
    run(docs[:1], "profiles")  # load the profiles once, outside the timings
    langdetect_loop(docs[:1])
    reps_slow = 3 if QUICK else 15
    print("speed, seed documents (median CPU time over repeats):")
    (cpu_ld, wall_ld, ld_docs), (cpu_pr, wall_pr, pr_docs), (cpu_lb, wall_lb, _) = interleaved(
        [lambda: langdetect_loop(docs), lambda: run(docs, "profiles"), lambda: run(docs, "langdetect")], reps_slow
    )
    print(speed_line("langdetect.detect loop", docs, cpu_ld, wall_ld))
    print(speed_line("backend='langdetect'", docs, cpu_lb, wall_lb))
    print(speed_line("backend='profiles'", docs, cpu_pr, wall_pr))
    speedup = cpu_ld / cpu_pr
    print(f"  speedup on documents: {speedup:.1f}x CPU, {wall_ld / wall_pr:.1f}x wall")

    print("speed, seed paragraph blocks:")
    (cpu_ldb, wall_ldb, _), (cpu_prb, wall_prb, pr_blocks) = interleaved(
        [lambda: langdetect_loop(blocks), lambda: run(blocks, "profiles")], max(reps_slow // 3, 1)
    )
    print(speed_line("langdetect.detect loop", blocks, cpu_ldb, wall_ldb))
    print(speed_line("backend='profiles'", blocks, cpu_prb, wall_prb))
    print(f"  speedup on blocks: {cpu_ldb / cpu_prb:.1f}x CPU, {wall_ldb / wall_prb:.1f}x wall")
    lb_blocks = run(blocks, "langdetect")

    # --- determinism --------------------------------------------------------------------------------
    digests = {hashlib.sha256(run(blocks + docs, "profiles").write_ipc(None).getvalue()).hexdigest() for _ in range(3)}
    print(f"profiles output identical over 3 runs: {len(digests) == 1}")

    # --- agreement on texts >= 200 characters -------------------------------------------------------
    pools = {
        "seed documents": (docs, pr_docs["lang"].to_list(), ld_docs),
        "seed blocks >= 200": (
            blocks,
            pr_blocks["lang"].to_list(),
            lb_blocks["lang"].to_list(),
        ),
    }
    if not SENTENCES.exists():
        print(f"no {SENTENCES}: accuracy skipped")
        same, total = _agreement(pools)
        print(f"lid: speedup={speedup:.1f} agreement={same / total:.4f} accuracy_profiles=nan accuracy_langdetect=nan")
        return

    # --- accuracy on the shared sentences ---------------------------------------------------------
    sentences = pl.read_csv(SENTENCES, separator="\t", quote_char=None)
    if QUICK:
        sentences = sentences.group_by("lang", maintain_order=True).head(40)
    texts = sentences["text"].to_list()
    cpu_ps, wall_ps, pr_sent = timed(lambda: run(texts, "profiles"), 1 if QUICK else 3)
    cpu_ls, wall_ls, ld_sent = timed(lambda: run(texts, "langdetect"), 1)
    print(f"speed, shared sentences ({len(texts)}):")
    print(speed_line("backend='langdetect'", texts, cpu_ls, wall_ls))
    print(speed_line("backend='profiles'", texts, cpu_ps, wall_ps))
    scored = sentences.with_columns(
        n_chars=pl.col("text").str.len_chars(),
        profiles=pr_sent["lang"],
        langdetect=ld_sent["lang"],
    )
    pools["sentences >= 200"] = (texts, scored["profiles"].to_list(), scored["langdetect"].to_list())

    results = {}
    for min_chars in (20, 100):
        part = scored.filter(pl.col("n_chars") >= min_chars)
        per_lang = (
            part.group_by("lang")
            .agg(
                pl.len().alias("n"),
                (pl.col("profiles") == pl.col("lang")).mean().alias("profiles"),
                (pl.col("langdetect") == pl.col("lang")).mean().alias("langdetect"),
            )
            .sort("lang")
        )
        overall = [(part[b] == part["lang"]).mean() for b in ("profiles", "langdetect")]
        results[min_chars] = overall
        print(f"accuracy on sentences >= {min_chars} characters ({part.height}):")
        cells = [f"{r['lang']:>5} {r['profiles']:.3f}/{r['langdetect']:.3f}" for r in per_lang.iter_rows(named=True)]
        for i in range(0, len(cells), 7):
            print("  " + "  ".join(cells[i : i + 7]))
        print(f"  overall profiles {overall[0]:.4f}  langdetect {overall[1]:.4f}  (per language: profiles/langdetect)")

    same, total = _agreement(pools)
    acc_pr, acc_ld = results[20]
    print(
        f"lid: speedup={speedup:.1f} agreement={same / total:.4f} "
        f"accuracy_profiles={acc_pr:.4f} accuracy_langdetect={acc_ld:.4f}"
    )


def _agreement(pools: dict[str, tuple[list[str], list[str], list[str]]]) -> tuple[int, int]:
    print("agreement profiles vs langdetect (seed 0) on texts >= 200 characters:")
    same = total = 0
    for name, (texts, a, b) in pools.items():
        pairs = [(x, y) for t, x, y in zip(texts, a, b, strict=True) if len(t) >= 200]
        agree = sum(x == y for x, y in pairs)
        print(f"  {name:<20} {agree}/{len(pairs)} = {agree / max(len(pairs), 1):.4f}")
        same, total = same + agree, total + len(pairs)
    print(f"  all                  {same}/{total} = {same / max(total, 1):.4f}")
    return same, total


if __name__ == "__main__":
    main()
