"""Projection and network analyses (networkx) of synthetic conflict-event graphs, by size.

For each size (events) the synthetic graph of ``synthetic_graph.py`` is bulk-loaded into an
on-disk Oxigraph store (or a store left by ``store_scale.py --workdir`` is reused), then in a
fresh process each step of :mod:`kg.analysis` is timed once:

* ``dyad_graph``: the weighted actor graph read from the store's dyad summary graph (one
  ``ckg:dyadRecord`` literal per actor pair; the same graph as ``interaction_summary``
  without filters), the projection meant for 1M events;
* ``dyad_graph_nodes``: the same graph read from the dyad nodes' properties (ten triples
  per pair, as before the records existed), for comparison;
* ``fact_graph``: the full projection (SPARQL over the store into a ``MultiDiGraph``);
* ``interactions``, ``interaction_summary``, ``actor_places``: the derived graphs;
* ``centrality`` (degree, strength, PageRank, betweenness sampled from 200 pivots above
  1,000 nodes), ``communities`` (Louvain), ``dyads``, ``timeline`` (monthly) and
  ``ego_network`` (radius 2 around the 100th most popular actor, in the interaction graph).

A step that does not finish within ``--timeout`` seconds stops the run for that size (the
table says where). ``--profile`` prints where ``fact_graph`` spends its time (pyinstrument).

    python benchmarks/projection.py                  # 10k and 100k events
    python benchmarks/projection.py --sizes 1M --timeout 1800
    python benchmarks/projection.py --sizes 1M --steps dyad_graph   # only the fast path
    python benchmarks/projection.py --sizes 1M --steps dyad_graph,dyad_graph_nodes
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from common import (
    Stopped,
    emit,
    fmt,
    header,
    limits,
    parse_sizes,
    peak_rss_mb,
    run_child,
    size_label,
    table,
)

HERE = Path(__file__).resolve()
STEPS = (
    "dyad_graph",
    "dyad_graph_nodes",
    "fact_graph",
    "interactions",
    "interaction_summary",
    "actor_places",
    "centrality",
    "communities",
    "dyads",
    "timeline",
    "ego_network",
)


def load_store(nquads: Path, folder: Path) -> float:
    """Bulk-load ``nquads`` into an Oxigraph store at ``folder`` unless it is already there."""
    import pyoxigraph as ox
    from synthetic_graph import store_marker

    from kg.store import open_store

    marker = Path(str(folder) + ".json")
    expected = store_marker(nquads)
    if folder.exists() and marker.exists():
        kept = json.loads(marker.read_text())  # store_scale.py adds its load figures
        if {k: kept.get(k) for k in expected} == expected:
            # a store loaded by an older revision gets the current summary graph (a rebuild
            # when it lacks the dyad records; nothing otherwise)
            open_store(folder).close()
            return 0.0
    if folder.exists():
        shutil.rmtree(folder)
    t0 = time.perf_counter()
    raw = ox.Store(str(folder))
    raw.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    raw.optimize()
    del raw
    gc.collect()
    open_store(folder).close()  # adds the ontology graph that the projection joins
    marker.write_text(json.dumps(expected))
    return time.perf_counter() - t0


def child(opts: dict[str, Any]) -> dict[str, Any]:
    """Time every projection and analysis step on the store at ``opts["store"]``."""
    from kg.analysis import (
        actor_places,
        centrality,
        communities,
        dyad_graph,
        dyads,
        ego_network,
        fact_graph,
        interaction_summary,
        interactions,
        timeline,
    )
    from kg.store import open_store

    store = open_store(opts["store"], read_only=True)
    made: dict[str, Any] = {}
    steps: dict[str, Callable[[], Any]] = {
        "dyad_graph": lambda: dyad_graph(store),
        "dyad_graph_nodes": lambda: dyad_graph(store, records=False),
        "fact_graph": lambda: fact_graph(store),
        "interactions": lambda: interactions(made["fact_graph"]),
        "interaction_summary": lambda: interaction_summary(made["interactions"]),
        "actor_places": lambda: actor_places(made["fact_graph"]),
        "centrality": lambda: centrality(made["interaction_summary"]),
        "communities": lambda: communities(made["interaction_summary"]),
        "dyads": lambda: dyads(made["interactions"]),
        "timeline": lambda: timeline(made["fact_graph"], freq="month"),
        "ego_network": lambda: ego_network(made["interactions"], opts["actor"], radius=2),
    }
    out: dict[str, Any] = {"steps": {}}
    for name in STEPS:
        if opts.get("steps") and name not in opts["steps"]:
            continue
        t0 = time.perf_counter()
        try:
            with limits(opts["timeout"], opts["max_rss_mb"]):
                made[name] = steps[name]()
        except Stopped as exc:
            out["steps"][name] = {"error": f"stopped: {exc}", "peak_rss_mb": peak_rss_mb()}
            if name == "fact_graph":
                break
            continue
        except Exception as exc:  # report and go on with the steps that do not need it
            msg = f"{type(exc).__name__}: {str(exc).splitlines()[0][:80]}"
            out["steps"][name] = {"error": msg, "peak_rss_mb": peak_rss_mb()}
            continue
        result = made[name]
        size = None
        if hasattr(result, "number_of_nodes"):
            size = f"{result.number_of_nodes():,} nodes, {result.number_of_edges():,} edges"
        if name == "fact_graph":
            events = sum(1 for _n, kind in result.nodes(data="kind") if kind == "event")
            size = f"{events:,} events, {size}"
        elif isinstance(result, list | dict):
            size = f"{len(result):,} rows"
        out["steps"][name] = {
            "s": round(time.perf_counter() - t0, 3),
            "size": size,
            "peak_rss_mb": peak_rss_mb(),
        }
    store.close()
    return out


def profile_fact_graph(store_path: str) -> str:
    """Where :func:`kg.analysis.fact_graph` spends its time (pyinstrument text)."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        return "pyinstrument is not installed (pip install pyinstrument)"
    from kg.analysis import fact_graph
    from kg.store import open_store

    store = open_store(store_path, read_only=True)
    profiler = Profiler(interval=0.001)
    profiler.start()
    fact_graph(store)
    profiler.stop()
    store.close()
    return profiler.output_text(unicode=False, color=False, show_all=False)


def measure(
    sizes: Sequence[int],
    workdir: Path,
    *,
    seed: int = 0,
    timeout: float = 600.0,
    max_rss_mb: float = 16_000,
    steps: Sequence[str] = (),
    log: Callable[[str], None] = print,
) -> list[dict[str, Any]]:
    """Generate (or reuse), load and project every size; one result dict per size."""
    from synthetic_graph import cached_nquads

    results = []
    for n in sizes:
        log(f"[{size_label(n)}] generating (or reusing) the graph ...")
        path, info = cached_nquads(workdir, n, seed)
        folder = workdir / f"store-{n}-s{seed}"
        loaded = load_store(path, folder)
        log(f"[{size_label(n)}] store ready ({'reused' if not loaded else f'{loaded:.0f} s'})")
        opts = {
            "store": str(folder),
            "actor": info.sample_actor,
            "timeout": timeout,
            "max_rss_mb": max_rss_mb,
            "steps": list(steps),
        }
        res = run_child(HERE, ["--child", json.dumps(opts)])
        res["events"] = n
        res["quads"] = info.quads
        res["wanted"] = list(steps) or list(STEPS)
        results.append(res)
    return results


def report(results: list[dict[str, Any]]) -> str:
    """One row per size and step (Markdown)."""
    rows = []
    for r in results:
        for name in STEPS:
            step = r["steps"].get(name)
            if step is None and name not in r.get("wanted", STEPS):
                continue
            if step is None:
                rows.append([size_label(r["events"]), name, "not run", "-", "-"])
            elif "error" in step:
                rss = f"{step['peak_rss_mb']:,.0f}"
                rows.append([size_label(r["events"]), name, step["error"], "-", rss])
            else:
                rows.append(
                    [
                        size_label(r["events"]),
                        name,
                        fmt(step["s"], 3),
                        step["size"] or "-",
                        f"{step['peak_rss_mb']:,.0f}",
                    ]
                )
    return "Projection and analyses (one run each; peak RSS so far in the process):\n\n" + table(
        ["events", "step", "seconds", "result", "peak RSS MB"], rows
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Command line (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k,100k", help="events per graph, e.g. 10k,100k,1M")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per step")
    ap.add_argument(
        "--max-rss-gb", type=float, default=16.0, help="stop a step above this memory (GB)"
    )
    ap.add_argument("--workdir", type=Path, help="reuse and keep generated files and stores")
    ap.add_argument("--steps", default="", help="comma-separated steps to run (default: all)")
    ap.add_argument("--profile", action="store_true", help="profile fact_graph (pyinstrument)")
    ap.add_argument("--json", type=Path, help="also write the results as JSON")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        emit(child(json.loads(args.child)))
        return 0
    print(header("Projection and network analyses (networkx)"), flush=True)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        sizes = parse_sizes(args.sizes)
        if args.profile:
            from synthetic_graph import cached_nquads

            path, _info = cached_nquads(workdir, sizes[0], args.seed)
            folder = workdir / f"store-{sizes[0]}-s{args.seed}"
            load_store(path, folder)
            print(profile_fact_graph(str(folder)))
            return 0
        results = measure(
            sizes,
            workdir,
            seed=args.seed,
            timeout=args.timeout,
            max_rss_mb=args.max_rss_gb * 1000,
            steps=[s for s in args.steps.split(",") if s],
            log=lambda s: print(s, file=sys.stderr, flush=True),
        )
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
