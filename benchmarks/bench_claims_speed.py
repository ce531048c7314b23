"""Time `build_claims` of this tree against a baseline (the tree of /work/main, or a commit), runs alternated.

Run from the project root: `.venv/bin/python -m benchmarks.bench_claims_speed [--pairs 5] [--baseline-rev REV]`.
Input: the sections of a sample of files of a run's output (default /work/base/out20k, the base run of the
20,000-file corpus of `make_corpus --docs 20000 --seed 0`): every k-th source path in sorted order, 2,000 files,
written once to a temporary Parquet file. Each timing is a fresh process of a tree's own venv (a commit given by
`--baseline-rev` is exported with `git archive` and run with this tree's venv) with that tree first on sys.path:
it reads the sections, then takes the CPU time (`time.process_time`, every thread) of
`build_claims(sections.lazy()).collect()`, best of `--repeat`. Trees alternate, `--pairs` times; the medians of
the per-process figures make the last line `claims_speed: main_s=... branch_s=... ratio=...`.
`--save FILE` writes this tree's claims to FILE; `--compare FILE` says whether they equal FILE's.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

if not __package__:  # run as a script (the worker): this tree's root after the worker's tree, for `benchmarks`
    sys.path.append(str(Path(__file__).resolve().parents[1]))
from benchmarks import speed_pairs  # noqa: E402

BASE_RUN = Path("/work/base/out20k")


def sample_sections(run: Path, n_files: int, out: Path) -> int:
    """Writes to `out` the sections of n_files source files of `run`, every k-th path in sorted order."""
    import polars as pl

    documents = pl.read_parquet(run / "documents" / "*.parquet", columns=["doc_id", "source_path"])
    paths = documents["source_path"].unique().sort()
    step = max(1, paths.len() // n_files)
    chosen = paths.gather_every(step).head(n_files)
    doc_ids = documents.filter(pl.col("source_path").is_in(chosen.implode()))["doc_id"]
    sections = (
        pl.read_parquet(run / "sections" / "*.parquet")
        .filter(pl.col("doc_id").is_in(doc_ids.implode()))
        .sort("doc_id", "section_index")
    )
    sections.write_parquet(out)
    return sections.height


def worker(root: Path, sections_path: Path, repeat: int, save: str | None) -> None:
    """In a tree's own venv: prints the CPU seconds of each build_claims call as JSON."""
    sys.path.insert(0, str(root))
    import polars as pl

    from transforms.pipeline import build_claims

    sections = pl.read_parquet(sections_path)
    seconds = []
    for _ in range(repeat):
        start = time.process_time()
        claims = build_claims(sections.lazy()).collect()
        seconds.append(time.process_time() - start)
    if save:
        claims.write_parquet(save)
    print(json.dumps({"seconds": seconds, "rows": claims.height}))


def same_claims(path_a: str, path_b: str) -> bool:
    import polars as pl

    return pl.read_parquet(path_a).equals(pl.read_parquet(path_b))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", type=Path, default=BASE_RUN, help="output folder of a run (documents, sections)")
    parser.add_argument("--files", type=int, default=2000)
    speed_pairs.add_arguments(parser, "build_claims")
    parser.add_argument("--save", help="write this tree's claims to this Parquet file")
    parser.add_argument("--compare", help="a Parquet file of claims to compare this tree's with")
    parser.add_argument("--sections", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.sections, args.repeat, args.save)
        return
    with tempfile.TemporaryDirectory() as tmp:
        sections_path = Path(tmp) / "sections.parquet"
        chosen = speed_pairs.trees(args.baseline, args.baseline_rev, Path(tmp))
        n_sections = sample_sections(args.run, args.files, sections_path)
        claims_path = args.save or str(Path(tmp) / "claims.parquet")

        def timed(name: str) -> dict:
            save = ["--save", claims_path] if name == "branch" else []
            worker_args = ["--worker", str(chosen[name][0]), "--sections", str(sections_path), "--repeat", str(args.repeat)]
            return speed_pairs.run_worker(*chosen[name], [str(Path(__file__).resolve()), *worker_args, *save])

        medians = speed_pairs.alternate(args.pairs, timed, "claims")
        print(f"{n_sections} sections of {args.files} files of {args.run}; main: {args.baseline_rev or args.baseline}")
        if args.compare:
            print(f"claims equal to {args.compare}: {same_claims(claims_path, args.compare)}")
    main_s, branch_s = medians["main"], medians["branch"]
    print(f"claims_speed: main_s={main_s:.3f} branch_s={branch_s:.3f} ratio={branch_s / main_s:.2f}")


if __name__ == "__main__":
    main()
