"""Language identification: the vectorised 'profiles' backend against langdetect, on documents (the seeds and
the shared pages) and on the shared language-ID sentences (../shared/eval/langid/sentences.tsv, 300 x 49).

Prints speed (texts/s, MB/s of UTF-8) per document set and on the sentences, accuracy per language and overall
(texts >= 20 and >= 100 characters, on both halves of the sentences: the even-numbered sentences of each
language tuned transforms/language/model.py's scoring constants, the odd ones are held out), agreement between the
backends (texts >= 200 characters) and run-to-run identity, then one summary line:
`lid: speedup=<x> agreement=<fraction> accuracy_profiles=<a> accuracy_langdetect=<b>`.

Speed is CPU time of the process (all threads), median over repeats run in turn, so that other jobs on the
machine slow both sides alike; wall-clock medians are printed next to it. The speedup is detect_language(
backend='profiles') on a set scored as one batch (as the pipeline scores a run) against a plain loop of
langdetect.detect (seed 0), the issue's baseline. The summary line's speedup is the one on all documents
(seeds + shared pages); the 5 seed documents alone are printed too. Accuracy is that of detect_language with
its defaults, for both backends (same 'und' rule).

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

SHARED = ROOT / ".." / "shared" / "eval"
SENTENCES = SHARED / "langid" / "sentences.tsv"
DOCUMENT_SETS = {
    "seeds": sorted((ROOT / "seeds").glob("*.txt")),
    "boilerplate pages": sorted((SHARED / "boilerplate" / "raw").glob("*.txt")),
    "multilingual pages": sorted((SHARED / "boilerplate_multilingual").glob("*/raw.txt")),
}
QUICK = "--quick" in sys.argv


def interleaved(fns: list[Callable[[], object]], repeats: int) -> list[tuple[float, float, object]]:
    """Median CPU seconds, median wall seconds and last result of each function, run in turn so that a busy
    spell on the machine hits them alike."""
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
        f"    {name:<26} {len(texts) / cpu:>9.1f} texts/s {mb / cpu:>7.2f} MB/s   "
        f"(wall {len(texts) / wall:>9.1f} texts/s {mb / wall:>7.2f} MB/s)"
    )


def paragraphs(doc: str) -> list[str]:
    return [p.strip() for p in doc.replace("\r\n", "\n").split("\n\n") if p.strip()]


def page_language(path: Path) -> str:
    """The language in a multilingual page's folder name, '001_fr_readability' -> 'fr'."""
    return path.parent.name.split("_")[1]


def main() -> None:
    sets = {name: [p.read_text(encoding="utf-8") for p in paths] for name, paths in DOCUMENT_SETS.items() if paths}
    if len(sets) > 1:
        sets["all documents"] = [d for docs in sets.values() for d in docs]
    docs = sets.get("seeds", [])
    blocks = [b for d in docs for b in paragraphs(d)]
    for name, texts in sets.items():
        print(f"{name}: {len(texts)} documents, {sum(map(len, texts))} characters")

    # --- speed on documents, each set one batch ------------------------------------------------------
    run(docs[:1] or ["warm up"], "profiles")  # load the profiles once, outside the timings
    langdetect_loop(["warm up the profiles"])
    speedups: dict[str, tuple[float, float]] = {}
    doc_results: dict[str, tuple[list[str], list[str]]] = {}
    print("speed on documents, each set scored as one batch (median CPU time over repeats):")
    for name, texts in sets.items():
        repeats = (3 if QUICK else 15) if name == "seeds" else (1 if QUICK else 5)
        (cpu_ld, wall_ld, ld), (cpu_pr, wall_pr, pr) = interleaved(
            [lambda t=texts: langdetect_loop(t), lambda t=texts: run(t, "profiles")], repeats
        )
        print(f"  {name} ({repeats} repeats):")
        print(speed_line("langdetect.detect loop", texts, cpu_ld, wall_ld))
        print(speed_line("backend='profiles'", texts, cpu_pr, wall_pr))
        speedups[name] = (cpu_ld / cpu_pr, wall_ld / wall_pr)
        print(f"    speedup: {cpu_ld / cpu_pr:.1f}x CPU, {wall_ld / wall_pr:.1f}x wall")
        doc_results[name] = (pr["lang"].to_list(), ld)
    if docs:
        (cpu_lb, wall_lb, _), (cpu_pr, wall_pr, _) = interleaved(
            [lambda: run(docs, "langdetect"), lambda: run(docs, "profiles")], 3 if QUICK else 15
        )
        print("  seeds through detect_language, both backends:")
        print(speed_line("backend='langdetect'", docs, cpu_lb, wall_lb))
        print(speed_line("backend='profiles'", docs, cpu_pr, wall_pr))
    if "multilingual pages" in sets:
        truth = [page_language(p) for p in DOCUMENT_SETS["multilingual pages"]]
        pr, ld = doc_results["multilingual pages"]
        right = [sum(got.split("-")[0] == want for got, want in zip(out, truth, strict=True)) for out in (pr, ld)]
        print(f"  multilingual pages, language of the folder name: profiles {right[0]}/{len(truth)}, "
              f"langdetect {right[1]}/{len(truth)}")

    pools = {name: (texts, *doc_results[name]) for name, texts in sets.items() if name != "all documents"}
    if blocks:
        (cpu_ldb, wall_ldb, _), (cpu_prb, wall_prb, pr_blocks) = interleaved(
            [lambda: langdetect_loop(blocks), lambda: run(blocks, "profiles")], 1 if QUICK else 5
        )
        print(f"speed on the seed paragraph blocks ({len(blocks)}):")
        print(speed_line("langdetect.detect loop", blocks, cpu_ldb, wall_ldb))
        print(speed_line("backend='profiles'", blocks, cpu_prb, wall_prb))
        print(f"    speedup: {cpu_ldb / cpu_prb:.1f}x CPU, {wall_ldb / wall_prb:.1f}x wall")
        pools["seed blocks"] = (blocks, pr_blocks["lang"].to_list(), run(blocks, "langdetect")["lang"].to_list())

    # --- accuracy on the shared sentences ---------------------------------------------------------
    results = {20: (float("nan"), float("nan"))}
    identity = blocks + [d for texts in sets.values() for d in texts]
    if SENTENCES.exists():
        sentences = pl.read_csv(SENTENCES, separator="\t", quote_char=None).with_columns(
            (pl.int_range(pl.len()).over("lang") % 2).alias("half")  # 0: tuned on, 1: held out
        )
        if QUICK:
            sentences = sentences.group_by("lang", maintain_order=True).head(40)
        texts = sentences["text"].to_list()
        identity += texts
        (cpu_ls, wall_ls, ld_sent), (cpu_ps, wall_ps, pr_sent) = interleaved(
            [lambda: run(texts, "langdetect"), lambda: run(texts, "profiles")], 1
        )
        print(f"speed on the shared sentences ({len(texts)}, one batch, 1 repeat):")
        print(speed_line("backend='langdetect'", texts, cpu_ls, wall_ls))
        print(speed_line("backend='profiles'", texts, cpu_ps, wall_ps))
        scored = sentences.with_columns(
            n_chars=pl.col("text").str.len_chars(), profiles=pr_sent["lang"], langdetect=ld_sent["lang"]
        )
        pools["sentences"] = (texts, scored["profiles"].to_list(), scored["langdetect"].to_list())
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
            print(f"accuracy on sentences >= {min_chars} characters ({part.height}), per language profiles/langdetect:")
            cells = [f"{r['lang']:>5} {r['profiles']:.3f}/{r['langdetect']:.3f}" for r in per_lang.iter_rows(named=True)]
            for i in range(0, len(cells), 7):
                print("  " + "  ".join(cells[i : i + 7]))
            halves = {"tuning half": part.filter(pl.col("half") == 0), "held-out half": part.filter(pl.col("half") == 1)}
            for label, half in (halves | {"all": part}).items():
                acc = [(half[b] == half["lang"]).mean() for b in ("profiles", "langdetect")]
                print(f"  {label:<14} ({half.height:>5}) profiles {acc[0]:.4f}  langdetect {acc[1]:.4f}")
            results[min_chars] = tuple(acc)
    else:
        print(f"no {SENTENCES}: accuracy skipped")

    # --- determinism --------------------------------------------------------------------------------
    digests = set()
    for _ in range(3):
        out = run(identity, "profiles")
        digests.add(hashlib.sha256(out.select("lang", "lang_score").write_csv().encode()).hexdigest())
    print(f"profiles output identical over 3 runs: {len(digests) == 1} (sha256 {min(digests)[:16]}: compare machines)")

    same, total = _agreement(pools)
    name = "all documents" if "all documents" in speedups else "seeds"
    print(f"speedup below: {name}, {len(sets[name])} documents as one batch, CPU time "
          f"({speedups[name][1]:.1f}x wall); 5 seed documents alone: {speedups['seeds'][0]:.1f}x CPU, "
          f"{speedups['seeds'][1]:.1f}x wall")
    acc_pr, acc_ld = results[20]
    print(
        f"lid: speedup={speedups[name][0]:.1f} agreement={same / total:.4f} "
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
