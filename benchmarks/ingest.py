"""End-to-end ingest: ``kg ingest`` from files to the on-disk store; articles/s, triples/s, size.

Uses the samples of ``extraction.py`` (Indonesian and English news from ``../shared/corpus``,
or the seed article repeated when ``../shared`` is absent) and runs the real command line,

    python -m kg ingest SAMPLE.jsonl --store TMP/store --no-progress --jobs N

once per sample and job count, into a new store each time. The wall time includes the
interpreter start-up, loading the extractor, extraction, mapping to RDF and the store's
transactions; ``triples`` is what ``kg stats`` counts afterwards (article graphs only) and
``on disk`` the size of the store folder.

    python benchmarks/ingest.py                          # 300 articles per language
    python benchmarks/ingest.py --articles 1000 --jobs 1,2
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from common import ROOT, cores, dir_size_mb, fmt, header, table

#: Target of issue 6: end-to-end articles per second.
TARGET = 200


def run_ingest(sample: Path, store: Path, jobs: int) -> dict[str, Any]:
    """Run ``kg ingest`` in a child process; wall time, peak memory and the store's counts."""
    from kg.store import open_store

    cmd = [sys.executable, "-m", "kg", "ingest", str(sample), "--store", str(store)]
    cmd += ["--no-progress", "--jobs", str(jobs)]
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=str(ROOT), stdout=subprocess.DEVNULL, stderr=errors)
        _pid, status, usage = os.wait4(proc.pid, 0)  # rusage of the command and its workers
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            errors.seek(0)
            raise RuntimeError(f"{' '.join(cmd)} failed:\n{errors.read()[-2000:]}")
    disk_mb = dir_size_mb(store)
    wal_mb = round(sum(f.stat().st_size for f in store.glob("*.log")) / 1e6, 1)
    with open_store(store) as kg_store:  # opening for writing replays and drops the WAL
        stats = kg_store.stats()
    return {
        "jobs": jobs,
        "wall_s": round(wall, 3),
        "articles": stats.articles,
        "events": stats.events,
        "triples": stats.triples,
        "disk_mb": disk_mb,
        "wal_mb": wal_mb,
        "settled_mb": dir_size_mb(store),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
    }


def measure(
    articles: int, jobs: Sequence[int], log: Callable[[str], None] = print
) -> list[dict[str, Any]]:
    """Ingest every sample with every job count into a fresh store."""
    from extraction import write_samples

    folder = Path(tempfile.mkdtemp(prefix="kg-bench-ingest-"))
    try:
        samples = write_samples(folder, articles)
        if "seed" in samples:
            log(
                "../shared/corpus not found: skipping the Indonesian and English corpus "
                f"samples; ingesting data/articles/seed.txt repeated {articles} times"
            )
        results = []
        for name, path in samples.items():
            for j in jobs:
                log(f"[{name}] kg ingest --jobs {j} ...")
                store = folder / f"store-{name}-{j}"
                res = run_ingest(path, store, j)
                res["sample"] = name
                results.append(res)
                shutil.rmtree(store, ignore_errors=True)
        return results
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def report(results: list[dict[str, Any]]) -> str:
    """The ingest table (Markdown) and the verdict on the target."""
    rows = []
    verdicts = []
    for r in results:
        wall = max(r["wall_s"], 1e-9)
        rate = r["articles"] / wall
        rows.append(
            [
                r["sample"],
                r["jobs"],
                r["articles"],
                fmt(wall),
                fmt(rate),
                f"{r['events']:,}",
                f"{r['triples']:,}",
                f"{r['triples'] / wall:,.0f}",
                f"{fmt(r['disk_mb'])} ({fmt(r['wal_mb'])})",
                fmt(r["settled_mb"]),
                f"{r['peak_rss_mb']:,.0f}" if r["peak_rss_mb"] else "-",
            ]
        )
        met = "met" if rate >= TARGET else "missed"
        verdicts.append(
            f"- {r['sample']}, {r['jobs']} job(s): {rate:,.0f} articles/s end to end: "
            f"target >= {TARGET} {met}"
        )
    headers = [
        "sample",
        "jobs",
        "articles",
        "wall s",
        "articles/s",
        "events",
        "triples",
        "triples/s",
        "on disk MB (of it WAL)",
        "reopened MB",
        "peak RSS MB",
    ]
    note = (
        "\n\nOn disk: the store folder right after the command, most of it RocksDB's "
        "write-ahead log (WAL); reopened: after the store was opened for writing once more "
        "(the WAL is replayed into sorted tables and dropped)."
    )
    return table(headers, rows) + note + "\n\n" + "\n".join(verdicts)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=300, help="articles per sample")
    ap.add_argument("--jobs", default=f"1,{cores()}", help="job counts to compare, e.g. 1,2")
    ap.add_argument("--json", type=Path, help="also write the results as JSON")
    args = ap.parse_args(argv)
    print(header("End-to-end ingest (kg ingest into the on-disk store)"), flush=True)
    jobs = sorted({max(1, int(j)) for j in args.jobs.split(",") if j.strip()})
    results = measure(args.articles, jobs, lambda s: print(s, file=sys.stderr, flush=True))
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
