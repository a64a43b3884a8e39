"""Extraction throughput: articles/s, MB/s per core and peak memory, one process and several.

Samples (each written to a temporary JSON Lines file, deleted afterwards):

* ``id``: the first ``--articles`` Indonesian articles of
  ``../shared/corpus/id-news-2025-06/articles_all.jsonl`` (June 2025 online news);
* ``en``: the first ``--articles`` English articles of
  ``../shared/corpus/ukraine-war-news-en/articles.jsonl`` (Russia-Ukraine war news);
* ``seed``: ``data/articles/seed.txt`` repeated ``--articles`` times, when ``../shared`` is
  absent (the corpus samples are then skipped with a message).

Each sample is extracted with :func:`kg.api.extract` (what ``kg extract`` and ``kg ingest``
run) in a fresh process, with ``jobs=1`` and with ``jobs=N`` worker processes (``kg ingest
--jobs N``). ``articles/s`` counts from the first article read to the last result; the
extractor's start-up (loading gazetteers and lexicons, building the sample language's tables and
compiling its trigger patterns) is reported apart for one process and
included in the wall time of the pool (every worker loads its own).

    python benchmarks/extraction.py                      # 300 articles per language
    python benchmarks/extraction.py --articles 1000 --jobs 1,2
    python benchmarks/extraction.py --profile            # where the time goes (pyinstrument)
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from common import (
    ROOT,
    cores,
    emit,
    fmt,
    header,
    run_child,
    shared_corpus,
    table,
)

HERE = Path(__file__).resolve()
#: Target of issue 6: articles per second per core on articles of about 3 KB.
TARGET_PER_CORE = 500

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12,
    "dec": 12,
}  # fmt: skip
_ID_DATE = re.compile(r"(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})")


def _id_published(raw: str | None) -> str | None:
    """``"Rabu, 18 Juni 2025 |17:57 WIB"`` as ``"2025-06-18"``.

    Examples
    --------
    >>> _id_published(", Jurnalis-Rabu, 18 Juni 2025 |17:57 WIB")
    '2025-06-18'
    >>> _id_published("kemarin") is None
    True
    """
    m = _ID_DATE.search(raw or "")
    if not m or m.group(2).lower() not in _MONTHS:
        return None
    return f"{m.group(3)}-{_MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"


def write_samples(folder: Path, articles: int) -> dict[str, Path]:
    """Write the JSON Lines samples (see the module docstring) into ``folder``."""
    corpus = shared_corpus()
    out: dict[str, Path] = {}
    if corpus is None:
        from kg.readers import read_paths

        seed = next(iter(read_paths([ROOT / "data" / "articles" / "seed.txt"]))).document
        assert seed is not None
        path = folder / "seed.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(articles):
                rec = {
                    "id": f"seed-{i}",
                    "text": seed.text,
                    "lang": seed.lang,
                    "published": seed.published.isoformat() if seed.published else None,
                }
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return {"seed": path}
    sources = {
        "id": corpus / "id-news-2025-06" / "articles_all.jsonl",
        "en": corpus / "ukraine-war-news-en" / "articles.jsonl",
    }
    for lang, src in sources.items():
        if not src.exists():
            continue
        path = folder / f"{lang}.jsonl"
        with src.open(encoding="utf-8") as fin, path.open("w", encoding="utf-8") as fout:
            for n, line in enumerate(fin):
                if n >= articles:
                    break
                raw = json.loads(line)
                if lang == "en":
                    seen = str(raw.get("seendate_utc") or "")
                    published = f"{seen[:4]}-{seen[4:6]}-{seen[6:8]}" if len(seen) >= 8 else None
                else:
                    published = _id_published(raw.get("published_raw"))
                rec = {
                    "id": raw["id"],
                    "text": raw["text"],
                    "title": raw.get("title"),
                    "lang": lang,
                    "published": published,
                    "url": raw.get("url"),
                    "source": raw.get("source"),
                }
                fout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        out[lang] = path
    return out


def child(opts: dict[str, Any]) -> dict[str, Any]:
    """Extract one sample with ``opts["jobs"]`` processes; counts, times and memory."""
    from kg import api
    from kg.pipeline import Extractor

    jobs = opts["jobs"]
    load_s = 0.0
    extractor = None
    if jobs <= 1:
        t0 = time.perf_counter()
        extractor = Extractor.default()
        # the sample's language tables are built when its first article comes, and each
        # trigger pattern is compiled when first tried: both are start-up, done here so that
        # articles/s counts extraction alone (a pool's workers pay them inside its wall time)
        with open(opts["path"], encoding="utf-8") as fh:
            lang = json.loads(fh.readline()).get("lang")
        if lang in extractor.packs:
            for rule in extractor.tools(lang).pack.rules:
                rule.regex  # noqa: B018 - compiles and keeps the pattern
        load_s = time.perf_counter() - t0
    articles = failed = events = relations = size = 0
    t0 = time.perf_counter()
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    for res in api.extract([opts["path"]], extractor=extractor, jobs=jobs):
        if res.extraction is None:
            failed += 1
            continue
        articles += 1
        size += len(res.extraction.document.text.encode("utf-8"))
        events += len(res.extraction.events)
        relations += len(res.extraction.relations)
    wall = time.perf_counter() - t0
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    cpu += kids.ru_utime + kids.ru_stime
    return {
        "jobs": jobs,
        "articles": articles,
        "failed": failed,
        "bytes": size,
        "events": events,
        "relations": relations,
        "load_s": round(load_s, 3),
        "wall_s": round(wall, 3),
        "cpu_s": round(cpu, 3),
    }


def profile(path: Path, top: int = 25) -> str:
    """Where one process spends its extraction time: pyinstrument's call tree and a flat list."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        return "pyinstrument is not installed (pip install pyinstrument)"
    from kg.pipeline import Extractor
    from kg.readers import read_paths

    extractor = Extractor.default()
    docs = [r.document for r in read_paths([path]) if r.document is not None]
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for doc in docs:
        extractor.extract(doc)
    profiler.stop()
    session = profiler.last_session
    assert session is not None
    root = session.root_frame()
    total = root.time if root is not None else 0.0
    own: dict[str, float] = defaultdict(float)
    inclusive: dict[str, float] = defaultdict(float)

    def walk(frame: Any, active: frozenset[str]) -> None:
        name = f"{frame.function} ({frame.file_path_short}:{frame.line_no})"
        real = [c for c in frame.children if not c.is_synthetic]
        own[name] += frame.time - sum(c.time for c in real)
        if name not in active:  # count recursive frames once
            inclusive[name] += frame.time
        for c in real:
            walk(c, active | {name})

    if root is not None:
        walk(root, frozenset())
    rows = [
        [name, f"{inclusive[name] / total * 100:.1f}", f"{own[name] / total * 100:.1f}"]
        for name in sorted(own, key=lambda k: -own[k])[:top]
    ]
    tree = profiler.output_text(unicode=False, color=False, show_all=False)
    return (
        f"{len(docs)} articles, {total:.2f} s in one process\n\n"
        + tree
        + "\nFunctions by own time (% of the extraction time):\n\n"
        + table(["function", "% inclusive", "% own"], rows)
    )


def measure(
    articles: int, jobs: Sequence[int], log: Callable[[str], None] = print
) -> list[dict[str, Any]]:
    """Run every sample with every job count, each in a fresh process."""
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-extract-"))
    try:
        samples = write_samples(folder, articles)
        if "seed" in samples:
            log(
                "../shared/corpus not found: skipping the Indonesian and English corpus "
                f"samples; measuring data/articles/seed.txt repeated {articles} times"
            )
        results = []
        for name, path in samples.items():
            for j in jobs:
                log(f"[{name}] {j} job(s) ...")
                res = run_child(HERE, ["--child", json.dumps({"path": str(path), "jobs": j})])
                res["sample"] = name
                results.append(res)
        return results
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def report(results: list[dict[str, Any]]) -> str:
    """The throughput table (Markdown) and the verdict on the per-core target."""
    rows = []
    base: dict[str, float] = {}
    verdicts = []
    for r in results:
        n, wall, jobs = r["articles"], max(r["wall_s"], 1e-9), r["jobs"]
        rate = n / wall
        e2e = n / (wall + r["load_s"])
        if jobs == 1:
            base[r["sample"]] = e2e
        speedup = e2e / base[r["sample"]] if r["sample"] in base else None
        per_core = rate / jobs
        rows.append(
            [
                r["sample"],
                n,
                f"{r['bytes'] / max(n, 1) / 1000:.1f}",
                jobs,
                fmt(r["load_s"]) if jobs == 1 else "in wall",
                fmt(wall),
                fmt(rate),
                fmt(per_core),
                fmt(r["bytes"] / 1e6 / wall / jobs, 3),
                fmt(n / max(r["cpu_s"], 1e-9)),
                f"{r['events']:,}",
                f"{r['peak_rss_mb']:,.0f}",
                f"{r['children_peak_rss_mb']:,.0f}" if jobs > 1 else "-",
                f"{speedup:.2f}x" if speedup else "-",
            ]
        )
        if jobs == 1:
            met = "met" if per_core >= TARGET_PER_CORE else "missed"
            verdicts.append(
                f"- {r['sample']}: {per_core:,.0f} articles/s per core on "
                f"{r['bytes'] / max(n, 1) / 1000:.1f} KB articles: target "
                f">= {TARGET_PER_CORE} {met}"
            )
    return (
        table(
            [
                "sample",
                "articles",
                "KB/article",
                "jobs",
                "start-up s",
                "wall s",
                "articles/s",
                "articles/s/core",
                "MB/s/core",
                "articles/CPU-s",
                "events",
                "peak RSS MB",
                "worker peak MB",
                "speed-up",
            ],
            rows,
        )
        + "\n\nspeed-up = end-to-end articles/s (start-up included) over one process; "
        + "articles/CPU-s counts the CPU time of all processes (start-up included for workers), "
        + "so it holds when other work shares the CPUs.\n"
        + "\n".join(verdicts)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Command line (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=300, help="articles per sample")
    ap.add_argument("--jobs", default=f"1,{cores()}", help="job counts to compare, e.g. 1,2")
    ap.add_argument("--profile", action="store_true", help="profile one process (pyinstrument)")
    ap.add_argument("--json", type=Path, help="also write the results as JSON")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        emit(child(json.loads(args.child)))
        return 0
    print(header("Extraction throughput"), flush=True)
    log: Callable[[str], None] = lambda s: print(s, file=sys.stderr, flush=True)  # noqa: E731
    if args.profile:
        folder = Path(tempfile.mkdtemp(prefix="kg-bench-extract-"))
        try:
            for name, path in write_samples(folder, args.articles).items():
                print(f"## Profile: {name}\n")
                print(profile(path))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return 0
    jobs = sorted({max(1, int(j)) for j in args.jobs.split(",") if j.strip()})
    if 1 not in jobs:
        jobs.insert(0, 1)
    results = measure(args.articles, jobs, log)
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
