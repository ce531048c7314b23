"""Time a per-batch stage of the flow in this tree against a baseline (a commit, or another tree), alternated.

Run from the project root:
`.venv/bin/python -m benchmarks.bench_stage_speed --baseline-rev REV [--stage articles_sections] [--pairs 5]`.
Input: the accepted files of a corpus from `benchmarks.make_corpus --docs 2000 --seed 0` (one flow batch), decoded
once by this tree and written to a temporary Parquet file. Each timing is a fresh process (see
benchmarks/speed_pairs.py) that, `--repeat` times, takes the CPU time (`time.process_time`, every thread) of
what flows/batches.py:process_batch does in the stage:
- `boilerplate`: classify_files and boilerplate_audit, collected in memory as the flow does (without the run's
  repeated keys, so the call also counts the cross-file repetition the flow counts in its scan stage);
- `articles_sections`: build_articles, the documents collected, build_sections collected, on lines classified
  before each call (untimed: in a run the boilerplate stage runs in between, so the stage's compiled regexes are
  not cached).
Last line: `stage_speed: stage=... main_s=... branch_s=... ratio=...`, medians of each process's best call; per
1,000 files the figures scale by 1000 / accepted files (printed).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if not __package__:  # run as a script (the worker): this tree's root after the worker's tree, for `benchmarks`
    sys.path.append(str(Path(__file__).resolve().parents[1]))
from benchmarks import speed_pairs  # noqa: E402

STAGES = ("articles_sections", "boilerplate")


def write_texts(docs: int, seed: int, tmp: Path) -> int:
    """Writes tmp/texts.parquet: the decoded accepted files of a `make_corpus` corpus; returns their number."""
    import polars as pl

    from transforms import pipeline

    corpus = tmp / "corpus"
    subprocess.run([sys.executable, "-m", "benchmarks.make_corpus", "--docs", str(docs), "--seed", str(seed), str(corpus)],
                   cwd=speed_pairs.ROOT, check=True, capture_output=True)  # fmt: skip
    paths = sorted(p for p in corpus.rglob("*.txt") if p.is_file())
    datas = [_read(p) for p in paths]
    raw = pl.DataFrame({
        "source_path": [str(p.relative_to(corpus)) for p in paths],
        "data": datas,
        "read_error": [None if data is not None else "unreadable" for data in datas],
    }, schema={"source_path": pl.String, "data": pl.Binary, "read_error": pl.String})  # fmt: skip
    texts = pipeline.decode_sources(raw).filter(pl.col("text").is_not_null()).select(
        "source_path", "text", pl.col("text").hash().cast(pl.String).alias("source_sha256"),
        pl.col("source_path").alias("file_key"),
    )  # fmt: skip
    texts.write_parquet(tmp / "texts.parquet")
    return texts.height


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def worker(root: Path, texts_path: Path, repeat: int, stage: str) -> None:
    """In a fresh process with `root` first on sys.path: prints the CPU seconds of each stage call as JSON."""
    sys.path.insert(0, str(root))
    import polars as pl

    from transforms import pipeline

    files = pl.read_parquet(texts_path).lazy()
    seconds, rows = [], 0
    for _ in range(repeat):
        if stage == "boilerplate":
            start = time.process_time()
            lines = pipeline.classify_files(files).collect(engine="in-memory")
            rows = pipeline.boilerplate_audit(lines.lazy()).collect().height
        else:
            lines = pipeline.classify_files(files).collect(engine="in-memory")
            start = time.process_time()
            article_lines, documents = pipeline.build_articles(lines.lazy())
            documents = documents.collect()
            rows = pipeline.build_sections(article_lines, documents.lazy()).collect().height
        seconds.append(time.process_time() - start)
    print(json.dumps({"seconds": seconds, "rows": rows}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", choices=STAGES, default="articles_sections")
    parser.add_argument("--docs", type=int, default=2000, help="files of the generated corpus")
    parser.add_argument("--seed", type=int, default=0)
    speed_pairs.add_arguments(parser, "stage")
    parser.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.texts, args.repeat, args.stage)
        return
    with tempfile.TemporaryDirectory() as tmp:
        chosen = speed_pairs.trees(args.baseline, args.baseline_rev, Path(tmp))
        n_files = write_texts(args.docs, args.seed, Path(tmp))

        def timed(name: str) -> dict:
            worker_args = ["--worker", str(chosen[name][0]), "--texts", str(Path(tmp) / "texts.parquet"),
                           "--stage", args.stage]
            return speed_pairs.run_worker(*chosen[name], [str(Path(__file__).resolve()), *worker_args,
                                                           "--repeat", str(args.repeat)])  # fmt: skip

        medians = speed_pairs.alternate(args.pairs, timed, "audit rows" if args.stage == "boilerplate" else "sections")
    print(f"{n_files} accepted files of make_corpus --docs {args.docs} --seed {args.seed}; "
          f"main: {args.baseline_rev or args.baseline}")  # fmt: skip
    main_s, branch_s = medians["main"], medians["branch"]
    print(f"stage_speed: stage={args.stage} main_s={main_s:.3f} branch_s={branch_s:.3f} ratio={branch_s / main_s:.2f}")


if __name__ == "__main__":
    main()
