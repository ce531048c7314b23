"""Throughput benchmark: the real `curate run` on a generated corpus, against a floor and a langdetect-only pass.

`python -m benchmarks.bench_pipeline --docs N [--seed S] [--repeat R] [--keep DIR] [--lid-backend B]`
1. generates N raw files with benchmarks/make_corpus.py (not timed into any figure);
2. overhead: `curate run` on a 1-file corpus (one seed), wall seconds = the fixed per-run cost (Python and
   Prefect imports, the temporary Prefect server, the GX import and context, publish), median of R runs after
   one warm-up run, reported apart (a machine's first run also creates Prefect's database, ~7 s);
3. pipeline: `curate run` on the corpus, R times; wall seconds from spawn to exit, peak RSS of the process
   from os.wait4 (ru_maxrss: the max of the process and its waited-for children), RSS sampled from /proc
   every 0.2 s and attributed to the stage running at the time (Prefect's INFO task logs give the times);
   per-stage seconds from OUTPUT/manifest.json `stage_seconds` and, independently, from the task logs
   (so a failed run still says where the time went);
4. floor: the same bytes read in Python and written as one zstd Parquet with pyarrow (same run);
5. langdetect only: langdetect.detect (DetectorFactory.seed = 0) over every decoded accepted file.
MB/s are raw input bytes (all files, bad ones included) / wall seconds, 1 MB = 10^6 bytes. Medians where
repeated. Asserts nothing; the last line is:
`pipeline: mbps=<x> peak_rss_mb=<y> docs=<n> floor_mbps=<z> overhead_s=<fixed per-run seconds>`.
`--project DIR` runs `python -m flows.cli` from another checkout (e.g. `git archive HEAD` unpacked) with this
venv, to measure a consistent tree while the working tree is being edited.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from benchmarks.make_corpus import SEEDS_DIR, generate, summarise

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CURATE = PROJECT_ROOT / ".venv" / "bin" / "curate"
VENV_PYTHON = PROJECT_ROOT / ".venv" / "bin" / "python"
RSS_POLL_SECONDS = 0.2
MB = 1e6
# "21:31:08.171 | INFO    | Task run 'read_sources-c19' - Finished in state Completed()"
TASK_DONE = re.compile(r"^(\d\d:\d\d:\d\d\.\d{3}) \| \w+ +\| Task run '([a-z_]+)-\w+' - Finished in state (\w+)")
FLOW_BEGIN = re.compile(r"^(\d\d:\d\d:\d\d\.\d{3}) \| \w+ +\| Flow run '[^']+' - Beginning flow run")
SERVER_START = re.compile(r"^(\d\d:\d\d:\d\d\.\d{3}) \| \w+ +\| prefect - Starting temporary server")


class RunResult(NamedTuple):
    """One `curate run`: wall seconds, peak RSS, exit code, manifest (if published), log-derived timings."""

    wall_s: float
    cpu_s: float                         # user + system seconds of the process and its waited-for children
    load: tuple[float, float]            # 1-minute load average at start and end: other work on the machine
    peak_rss_mb: float
    returncode: int
    manifest: dict[str, Any] | None
    task_seconds: dict[str, float]       # from the task logs: end of previous event -> this task's end
    task_peak_rss_mb: dict[str, float]   # max sampled RSS while the task ran
    startup_s: float | None              # spawn -> "Beginning flow run" (imports + temporary server)
    stderr_tail: str


def _clock(stamp: str, day: datetime) -> float:
    t = datetime.strptime(stamp, "%H:%M:%S.%f").time()
    return datetime.combine(day.date(), t).timestamp()


def _rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run_curate(input_dir: Path, output_dir: Path, *, lid_backend: str, project: Path | None) -> RunResult:
    """Run `curate run` once in a subprocess and measure it."""
    if output_dir.exists():
        shutil.rmtree(output_dir)
    env = dict(os.environ, PREFECT_LOGGING_LEVEL="INFO", PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
    args = ["run", "--input", str(input_dir), "--output", str(output_dir), "--lid-backend", lid_backend]
    if project is None:
        cmd, cwd = [str(CURATE), *args], PROJECT_ROOT
    else:
        cmd, cwd = [str(VENV_PYTHON), "-m", "flows.cli", *args], project
        env["PYTHONPATH"] = str(project)
    samples: list[tuple[float, float]] = []
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as log:
        load_start = os.getloadavg()[0]
        spawned = datetime.now()
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        done = threading.Event()

        def poll() -> None:
            while not done.is_set():
                rss = _rss_mb(proc.pid)
                if rss is not None:
                    samples.append((time.time(), rss))
                done.wait(RSS_POLL_SECONDS)

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        poller.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        text = log.read()
    events: list[tuple[float, str]] = []
    flow_begin = None
    for line in text.splitlines():
        if m := FLOW_BEGIN.match(line):
            flow_begin = _clock(m.group(1), spawned)
        elif m := TASK_DONE.match(line):
            events.append((_clock(m.group(1), spawned), m.group(2) + ("" if m.group(3) == "Completed" else "!")))
    task_seconds, task_peak = {}, {}
    previous = flow_begin
    for stamp, name in events:
        if previous is not None:
            task_seconds[name] = round(stamp - previous, 3)
            in_task = [rss for t, rss in samples if previous <= t <= stamp]
            task_peak[name] = round(max(in_task), 1) if in_task else float("nan")
        previous = stamp
    if previous is not None:  # after the last task: publish, flow teardown, server shutdown
        task_seconds["after_last_task"] = round(spawned.timestamp() + wall - previous, 3)
        tail = [rss for t, rss in samples if t >= previous]
        task_peak["after_last_task"] = round(max(tail), 1) if tail else float("nan")
    manifest_path = output_dir / "manifest.json"
    published = proc.returncode == 0 and manifest_path.is_file()
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if published else None
    return RunResult(
        wall_s=wall, cpu_s=usage.ru_utime + usage.ru_stime, load=(load_start, os.getloadavg()[0]),
        peak_rss_mb=usage.ru_maxrss / 1024, returncode=proc.returncode, manifest=manifest,
        task_seconds=task_seconds, task_peak_rss_mb=task_peak,
        startup_s=None if flow_begin is None else round(flow_begin - spawned.timestamp(), 3),
        stderr_tail="\n".join(text.splitlines()[-15:]),
    )  # fmt: skip


def corpus_files(corpus: Path) -> list[Path]:
    """Every *.txt under the corpus, in the order the pipeline lists them."""
    return sorted((p for p in corpus.rglob("*.txt") if p.is_file()), key=lambda p: p.relative_to(corpus).as_posix())


def floor_seconds(corpus: Path, out_file: Path) -> tuple[float, int]:
    """Read every file's bytes and write them as one zstd Parquet (path, bytes) with pyarrow."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    start = time.perf_counter()
    paths, blobs = [], []
    for path in corpus_files(corpus):
        try:
            blobs.append(path.read_bytes())
        except OSError:
            continue
        paths.append(path.relative_to(corpus).as_posix())
    table = pa.table({"source_path": pa.array(paths, pa.string()), "data": pa.array(blobs, pa.large_binary())})
    pq.write_table(table, out_file, compression="zstd")
    return time.perf_counter() - start, sum(len(b) for b in blobs)


def langdetect_seconds(corpus: Path) -> tuple[float, int, int]:
    """langdetect.detect over every accepted decoded file (decoding not timed): seconds, raw bytes, files."""
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    from transforms.ingest import decode_bytes

    DetectorFactory.seed = 0
    texts, n_bytes = [], 0
    for path in corpus_files(corpus):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        decoded = decode_bytes(data)
        if decoded.text is not None:
            texts.append(decoded.text)
            n_bytes += len(data)
    detect("warm up the profiles")
    start = time.perf_counter()
    for text in texts:
        try:
            detect(text)
        except LangDetectException:
            pass
    return time.perf_counter() - start, n_bytes, len(texts)


def _fmt(d: dict[str, float]) -> str:
    return " ".join(f"{k}={v:g}" for k, v in d.items())


def report_run(label: str, run: RunResult, n_bytes: int) -> None:
    print(f"{label}: exit={run.returncode} wall_s={run.wall_s:.1f} mbps={n_bytes / MB / run.wall_s:.2f} "
          f"cpu_s={run.cpu_s:.1f} peak_rss_mb={run.peak_rss_mb:.0f} startup_s={run.startup_s} "
          f"loadavg={run.load[0]:.1f}->{run.load[1]:.1f}")  # fmt: skip
    if run.manifest:
        stages = run.manifest.get("stage_seconds", {})
        print(f"  manifest stage_seconds (wall): {_fmt(stages)} (sum {sum(stages.values()):.1f}; wall - sum = "
              f"{run.wall_s - sum(stages.values()):.1f} s: startup, listing, write (not in the manifest), publish, "
              "shutdown)")  # fmt: skip
        print(f"  manifest batch_task_seconds (summed over batches and threads): {_fmt(run.manifest.get('batch_task_seconds', {}))}")
        print(f"  inputs: {run.manifest.get('inputs', {}).get('rejected_by_reason')} rows: {run.manifest.get('rows')}")
    print(f"  task-log seconds: {_fmt(run.task_seconds)}")
    print(f"  task peak RSS MB (sampled): {_fmt(run.task_peak_rss_mb)}")
    if run.returncode != 0:
        print("  curate run FAILED; last output lines:\n    " + run.stderr_tail.replace("\n", "\n    "))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="End-to-end throughput of `curate run` on a generated corpus.")
    parser.add_argument("--docs", type=int, default=2000, help="files in the generated corpus (default 2000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1, help="runs of the overhead and the pipeline; medians")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep corpus and outputs in DIR (must be empty)")
    parser.add_argument("--lid-backend", default="profiles", choices=("langdetect", "profiles"), help="passed to curate run (default: profiles, the pipeline default)")
    parser.add_argument("--project", type=Path, help="run flows.cli from this checkout instead of .venv/bin/curate")
    parser.add_argument("--skip-langdetect", action="store_true", help="skip the langdetect-only pass")
    args = parser.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_pipeline_"))
    try:
        corpus, one_file = work / "corpus", work / "one_file"
        start = time.perf_counter()
        records = generate(corpus, docs=args.docs, seed=args.seed)
        print(f"corpus: generated in {time.perf_counter() - start:.1f} s (not in any figure) at {corpus}")
        print("  " + summarise(records).replace("\n", "\n  "))
        n_bytes = sum(r.n_bytes for r in records)
        one_file.mkdir()
        seed_file = sorted(SEEDS_DIR.glob("*.txt"))[0]
        shutil.copyfile(seed_file, one_file / seed_file.name)

        # One-time costs are not per-run: a fresh PREFECT_HOME's database is created and migrated (~7 s here), and
        # site-packages are read from disk, by whichever run comes first on a machine. Reported, not counted.
        first = run_curate(one_file, work / "out_one_file", lid_backend=args.lid_backend, project=args.project)
        report_run("warm-up run (1 file, not in any figure: one-time costs on a fresh machine)", first, seed_file.stat().st_size)
        overheads = []
        for k in range(args.repeat):
            run = run_curate(one_file, work / "out_one_file", lid_backend=args.lid_backend, project=args.project)
            report_run(f"overhead run {k + 1} (1 file, {seed_file.stat().st_size} B)", run, seed_file.stat().st_size)
            overheads.append(run.wall_s)
        overhead = statistics.median(overheads)

        runs = []
        for k in range(args.repeat):
            run = run_curate(corpus, work / "out", lid_backend=args.lid_backend, project=args.project)
            report_run(f"pipeline run {k + 1} ({args.docs} files, {n_bytes / MB:.1f} MB)", run, n_bytes)
            runs.append(run)
        wall = statistics.median(r.wall_s for r in runs)
        peak = statistics.median(r.peak_rss_mb for r in runs)
        print(f"pipeline median of {len(runs)}: wall_s={wall:.1f} cpu_s={statistics.median(r.cpu_s for r in runs):.1f} "
              f"peak_rss_mb={peak:.0f}; the machine has {os.cpu_count()} cores, a loadavg above that means "
              "other work competed for them")  # fmt: skip

        floor_s, floor_bytes = floor_seconds(corpus, work / "floor.parquet")
        floor_mbps = floor_bytes / MB / floor_s
        print(f"floor: read + pyarrow Parquet write of {floor_bytes / MB:.1f} MB in {floor_s:.2f} s = "
              f"{floor_mbps:.1f} MB/s")  # fmt: skip
        if not args.skip_langdetect:
            lid_s, lid_bytes, lid_files = langdetect_seconds(corpus)
            print(f"langdetect only: {lid_files} files, {lid_bytes / MB:.1f} MB in {lid_s:.1f} s = "
                  f"{lid_bytes / MB / lid_s:.2f} MB/s ({1000 * lid_s / lid_files:.1f} ms/file)")  # fmt: skip
        ok = all(r.returncode == 0 for r in runs)
        print(f"pipeline: mbps={n_bytes / MB / wall:.2f} peak_rss_mb={peak:.0f} docs={args.docs} "
              f"floor_mbps={floor_mbps:.1f} overhead_s={overhead:.1f}" + ("" if ok else " FAILED"))  # fmt: skip
        return 0 if ok else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
