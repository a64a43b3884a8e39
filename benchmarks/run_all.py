"""Run the quick version of every benchmark and print one summary table against the targets.

Runs, each as its own program (their full tables are printed as they finish):

1. ``extraction.py`` (``--articles 200``): articles/s in one process and with all CPUs;
2. ``ingest.py`` (``--articles 200``): ``kg ingest`` end to end;
3. ``store_scale.py`` (``--sizes 10k``; ``--full``: 10k and 100k): load and the named queries
   on rdflib and on the Oxigraph store;
4. ``projection.py`` (same sizes): :mod:`kg.analysis` projection and analyses;
5. ``html_page.py`` (500, 2,000 and 5,000 nodes): page generation, size and browser ready time
   (the browser part needs Debian's ``chromium``).

    python benchmarks/run_all.py            # about 7 minutes on 2 CPUs
    python benchmarks/run_all.py --full     # 10k and 100k events: about 40 minutes

The targets of the summary are those of issue 6; the 1M-event targets need
``store_scale.py --sizes 1M`` and ``projection.py --sizes 1M`` (see ``benchmarks/README.md``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from common import ROOT, header, size_label, table

HERE = Path(__file__).resolve().parent
HTML_NODES = (500, 2000, 5000)


def _run(script: str, args: Sequence[str], timeout: float) -> tuple[bool, str]:
    """Run one benchmark script; print its output; say whether it succeeded."""
    cmd = [sys.executable, str(HERE / script), *args]
    print(f"\n$ python benchmarks/{script} {' '.join(args)}", flush=True)
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd, cwd=str(ROOT), capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        print(f"stopped after {timeout:.0f} s", flush=True)
        return False, ""
    print(proc.stdout.rstrip(), flush=True)
    if proc.returncode != 0:
        print(proc.stderr[-3000:], flush=True)
    print(f"({time.perf_counter() - t0:.0f} s)", flush=True)
    return proc.returncode == 0, proc.stdout


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def summary(out: Path) -> list[list[str]]:
    """Rows ``[benchmark, measure, value, target, status]`` from the JSON files in ``out``."""
    rows: list[list[str]] = []

    def add(bench: str, measure: str, value: str, target: str = "", ok: bool | None = None) -> None:
        status = "" if ok is None else ("met" if ok else "missed")
        rows.append([bench, measure, value, target, status])

    ext = _load(out / "extraction.json") or []
    for r in ext:
        rate = r["articles"] / max(r["wall_s"], 1e-9)
        kb = r["bytes"] / max(r["articles"], 1) / 1000
        if r["jobs"] == 1:
            add(
                "extraction",
                f"{r['sample']} ({kb:.1f} KB/article), 1 process",
                f"{rate:,.0f} articles/s ({r['articles'] / max(r['cpu_s'], 1e-9):,.0f}/CPU-s)",
                ">= 500/s per core on ~3 KB",
                rate >= 500,
            )
        else:
            base = next((b for b in ext if b["sample"] == r["sample"] and b["jobs"] == 1), None)
            speed = ""
            if base is not None:
                one = base["articles"] / (base["wall_s"] + base["load_s"])
                speed = f", speed-up {rate / one:.2f}x"
            add(
                "extraction",
                f"{r['sample']}, {r['jobs']} processes",
                f"{rate:,.0f} articles/s{speed}",
            )
    for r in _load(out / "ingest.json") or []:
        rate = r["articles"] / max(r["wall_s"], 1e-9)
        add(
            "ingest",
            f"{r['sample']}, kg ingest --jobs {r['jobs']}",
            f"{rate:,.0f} articles/s, {r['triples'] / r['wall_s']:,.0f} triples/s, "
            f"{r['settled_mb']:,.0f} MB on disk",
            ">= 200 articles/s",
            rate >= 200,
        )
    for r in _load(out / "store_scale.json") or []:
        n = size_label(r["events"])
        ox = r["oxigraph"]
        add(
            "store",
            f"{n} events: Oxigraph bulk load",
            f"{ox['load_s']:.1f} s, {r['info']['quads']:,} quads, peak {ox['peak_rss_mb']:,.0f} MB",
            "<= 2 GB at 1M" if r["events"] >= 1_000_000 else "",
            ox["peak_rss_mb"] <= 2048 if r["events"] >= 1_000_000 else None,
        )
        labels = (
            "dyad counts (summary graph)",
            "dyad-balance (named, summary graph)",
            "dyad-balance, one source (named, summary graph)",
        )
        for label in labels:
            if label not in ox["queries"]:
                continue
            q, rd = ox["queries"][label], (r.get("rdflib") or {}).get("queries", {}).get(label)
            value = "error" if "error" in q else f"{q['median_s']:.3f} s"
            if rd is not None:
                value += f" (rdflib {rd.get('error') or format(rd['median_s'], '.3f') + ' s'})"
            big = r["events"] >= 1_000_000
            add(
                "store",
                f"{n} events: {label}, Oxigraph",
                value,
                "< 0.5 s at 1M" if big else "",
                ("error" not in q and q["median_s"] < 0.5) if big else None,
            )
    for r in _load(out / "projection.json") or []:
        n = size_label(r["events"])
        for name in ("dyad_graph", "fact_graph"):
            step = r["steps"].get(name)
            if step is None:
                continue
            value = step.get("error") or f"{step['s']:.1f} s, peak {step['peak_rss_mb']:,.0f} MB"
            big = r["events"] >= 1_000_000
            add(
                "projection",
                f"{n} events: {name}",
                value,
                "< 10 s at 1M" if big else "",
                ("error" not in step and step["s"] < 10) if big else None,
            )
    for nodes in HTML_NODES:
        h = _load(out / f"html-{nodes}.json")
        if h is None:
            continue
        ready = f", ready {h['ready_ms']:,} ms" if "ready_ms" in h else f", {h.get('browser')}"
        add(
            "html",
            f"{nodes:,}-node page",
            f"{h['render_s']:.2f} s, {h['bytes'] / 1e6:.2f} MB{ready}",
        )
    if not any(r["events"] >= 1_000_000 for r in _load(out / "store_scale.json") or []):
        add("store", "1M events", "not run here", "see benchmarks/README.md")
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Command line (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--full", action="store_true", help="10k and 100k events instead of 10k")
    ap.add_argument("--articles", type=int, default=200, help="articles per corpus sample")
    ap.add_argument("--out", type=Path, help="keep the JSON results here")
    args = ap.parse_args(argv)
    print(header("All benchmarks (quick)" if not args.full else "All benchmarks"), flush=True)
    out = args.out or Path(tempfile.mkdtemp(prefix="kg-bench-all-"))
    out.mkdir(parents=True, exist_ok=True)
    sizes = "10k,100k" if args.full else "10k"
    work = out / "work"
    try:
        arts = ["--articles", str(args.articles)]
        _run("extraction.py", [*arts, "--json", str(out / "extraction.json")], 1800)
        _run("ingest.py", [*arts, "--json", str(out / "ingest.json")], 1800)
        _run(
            "store_scale.py",
            ["--sizes", sizes, "--workdir", str(work), "--json", str(out / "store_scale.json")],
            7200,
        )
        _run(
            "projection.py",
            [
                "--sizes",
                sizes,
                "--workdir",
                str(work),
                "--timeout",
                "600" if args.full else "120",
                "--json",
                str(out / "projection.json"),
            ],
            7200,
        )
        for nodes in HTML_NODES:
            events = max(1600, int(nodes * 0.8))
            ok, text = _run(
                "html_page.py",
                ["--max-nodes", str(nodes), "--events", str(events), "--runs", "1", "--json"],
                1800,
            )
            lines = [s for s in text.splitlines() if s.startswith("{")]
            if ok and lines:
                (out / f"html-{nodes}.json").write_text(lines[-1], encoding="utf-8")
        print("\n## Summary\n")
        print(table(["benchmark", "measure", "value", "target", "status"], summary(out)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if args.out is None:
            shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
