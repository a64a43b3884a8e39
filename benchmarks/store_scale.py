"""Store scale: load time, peak memory and query latency, rdflib in memory vs the Oxigraph store.

For each size (events), a synthetic conflict-event graph (``synthetic_graph.py``: the graph
shape ``kg ingest`` writes, checked quad for quad against :mod:`kg.rdf`) is written as
N-Quads, then loaded and queried twice, each time in a fresh process:

* **oxigraph**: the project's on-disk store. Bulk load with ``pyoxigraph.Store.bulk_load``
  into a folder, then :func:`kg.store.open_store` on it (which adds the ontology graph and
  builds the dyad summary graph); then, in another fresh process, queries through
  :func:`kg.sparql.run_query` (named queries by name, results converted to rdflib terms as
  every caller of the store sees them). With ``--workdir`` a store loaded from the same
  N-Quads by an earlier run is reused;
* **rdflib**: ``rdflib.Dataset(default_union=True)`` in memory, ``parse(format="nquads")``
  plus the ontology and CAMEO scheme, and the same SPARQL text with ``initBindings``.

Queries (median of ``--repeats`` runs; fewer when the runs exceed ``--budget`` seconds; a
run longer than ``--timeout`` is stopped and reported as such):

* ``dyad counts (summary graph)``: events per ordered actor pair, read from the dyad summary
  graph that the store keeps up to date at ingest (``kg/dyads.py``; Oxigraph only);
* ``dyad-balance``: the named query (reads the summary graph), for all pairs and for one
  actor as the source; Oxigraph only. By name without parameters, ``run_query`` reads the
  whole table from the dyads' ``ckg:dyadRecord`` literals (one triple per dyad); ``query
  text`` runs the same query as SPARQL text (ten joined triples per dyad), as before;
* ``dyad records``: every dyad's tallies through ``KGStore.dyad_record_tallies`` (the
  Python API; no rdflib terms);
* ``dyad counts (article graphs)`` and ``dyad-balance (article graphs)``: the same figures
  counted from the article graphs on every call, as before the summary graph (the "before"
  of the comparison);
* ``events-by-month``, ``actor-timeline``: the named queries in ``kg/queries``
  (``actor-timeline`` for one actor);
* ``2-hop``: the actors within two shared events of one actor (plain SPARQL);
* ``actor events``: one actor's events with code and date (plain SPARQL).

"One actor" is the 100th most popular actor of the graph.

    python benchmarks/store_scale.py                      # 10k and 100k events
    python benchmarks/store_scale.py --sizes 1M --rdflib-max 0    # 1M, Oxigraph only
    python benchmarks/store_scale.py --sizes 1M --rdflib-max 0 --only dyad   # the dyad queries

The Oxigraph side bulk-loads the article graphs (as a fast ingest would), then opens the
store with :func:`kg.store.open_store`, which builds the dyad summary graph from them
(``summary s`` in the load table: the one-off cost of a store written without it).

The rdflib side is skipped above ``--rdflib-max`` events (default 100k: at 1M events it
would need about 60 GB of memory and an hour to parse).
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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common import (
    Stopped,
    dir_size_mb,
    emit,
    fmt,
    header,
    limits,
    median_time,
    parse_sizes,
    peak_rss_mb,
    run_child,
    size_label,
    table,
)

HERE = Path(__file__).resolve()

_PREFIXES = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
DYAD_COUNTS = (
    _PREFIXES
    + """SELECT ?source ?target (COUNT(DISTINCT ?event) AS ?events) WHERE {
  ?event ckg:hasSource|ckg:hasParticipant ?source ; ckg:hasTarget|ckg:hasParticipant ?target .
  FILTER(?source != ?target)
} GROUP BY ?source ?target"""
)
DYAD_COUNTS_SUMMARY = (
    _PREFIXES
    + """SELECT ?source ?target ?events WHERE {
  GRAPH <https://w3id.org/conflict-kg/id/graph/dyads> {
    ?dyad ckg:dyadSource ?source ; ckg:dyadTarget ?target ; ckg:eventCount ?events .
  }
}"""
)
#: ``dyad-balance`` as it was before the summary graph: counted from the article graphs
DYAD_BALANCE_COUNTED = (
    _PREFIXES
    + """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?sourceLabel ?targetLabel ?events ?verbalCooperation ?materialCooperation
       ?verbalConflict ?materialConflict ?goldsteinSum ?first ?last
WHERE {
  {
    SELECT ?source ?target (COUNT(?event) AS ?events)
           (SUM(IF(?quad = 1, 1, 0)) AS ?verbalCooperation)
           (SUM(IF(?quad = 2, 1, 0)) AS ?materialCooperation)
           (SUM(IF(?quad = 3, 1, 0)) AS ?verbalConflict)
           (SUM(IF(?quad = 4, 1, 0)) AS ?materialConflict)
           (SUM(?goldstein) AS ?goldsteinSum) (MIN(?day) AS ?first) (MAX(?day) AS ?last)
    WHERE {
      SELECT DISTINCT ?source ?target ?event ?quad ?goldstein ?day WHERE {
        ?event a ckg:Event ; ckg:cameoCode ?concept ; ckg:negated false ;
               ckg:hypothetical false ;
               ckg:hasSource|ckg:hasParticipant ?source ;
               ckg:hasTarget|ckg:hasParticipant ?target .
        FILTER(?source != ?target)
        ?concept ckg:quadClass ?quad ; ckg:goldstein ?goldstein .
        OPTIONAL { ?event ckg:date ?d }
        BIND(STR(?d) AS ?day)
      }
    }
    GROUP BY ?source ?target
  }
  { SELECT ?source (SAMPLE(?sl) AS ?sourceLabel) WHERE { ?source rdfs:label ?sl } GROUP BY ?source }
  { SELECT ?target (SAMPLE(?tl) AS ?targetLabel) WHERE { ?target rdfs:label ?tl } GROUP BY ?target }
}
ORDER BY DESC(?events) ?sourceLabel ?targetLabel"""
)
TWO_HOP = (
    _PREFIXES
    + """SELECT DISTINCT ?neighbour WHERE {
  ?e1 ckg:hasSource|ckg:hasParticipant|ckg:hasTarget ?actor ;
      ckg:hasSource|ckg:hasParticipant|ckg:hasTarget ?n1 .
  FILTER(?n1 != ?actor)
  ?e2 ckg:hasSource|ckg:hasParticipant|ckg:hasTarget ?n1 ;
      ckg:hasSource|ckg:hasParticipant|ckg:hasTarget ?neighbour .
  FILTER(?neighbour != ?actor)
}"""
)
ACTOR_EVENTS = (
    _PREFIXES
    + """SELECT DISTINCT ?event ?code ?date WHERE {
  ?event ckg:hasSource|ckg:hasParticipant|ckg:hasTarget ?actor ; ckg:cameoCode ?concept .
  ?concept skos:notation ?code .
  OPTIONAL { ?event ckg:date ?date }
} ORDER BY ?date ?event"""
)


#: The text of a named query (run as SPARQL text: no fast path of ``run_query``)
TEXT_OF = "text-of:"
#: A method of the store instead of a query (Oxigraph only)
METHOD = "method:"


@dataclass(frozen=True)
class Query:
    """A benchmarked query: a named query, SPARQL text (``text-of:`` the text of a named
    query) or a store method (``method:``), with or without the actor."""

    label: str
    query: str
    with_actor: bool = False
    param: str = "actor"
    oxigraph_only: bool = False


QUERIES = (
    Query("dyad counts (summary graph)", DYAD_COUNTS_SUMMARY, oxigraph_only=True),
    Query("dyad records (summary graph)", METHOD + "dyad_record_tallies", oxigraph_only=True),
    Query("dyad-balance (named, summary graph)", "dyad-balance", oxigraph_only=True),
    Query("dyad-balance (query text, summary graph)", TEXT_OF + "dyad-balance", oxigraph_only=True),
    Query("dyad-balance, one source (named, summary graph)", "dyad-balance", True, "source", True),
    Query("dyad counts (article graphs)", DYAD_COUNTS),
    Query("dyad-balance (article graphs)", DYAD_BALANCE_COUNTED),
    Query("events-by-month (named)", "events-by-month"),
    Query("2-hop neighbourhood", TWO_HOP, True),
    Query("actor events", ACTOR_EVENTS, True),
    Query("actor-timeline (named)", "actor-timeline", True),
)


def _timed_queries(
    run: Callable[[Query], int],
    repeats: int,
    budget: float,
    timeout: float,
    rss_mb: float,
    queries: Sequence[Query] = QUERIES,
) -> dict[str, dict[str, Any]]:
    """Median latency of every query; a timeout, the memory cap or an error is recorded.

    ``peak_rss_mb`` is the querying process's peak after the query (a running maximum:
    queries run in the order of ``QUERIES``, the summary-graph ones first).
    """
    out: dict[str, dict[str, Any]] = {}
    for q in queries:

        def once(q: Query = q) -> int:
            with limits(timeout, rss_mb):
                return run(q)

        try:
            t = median_time(once, repeats, budget)
            out[q.label] = {
                "median_s": round(t.median, 4),
                "runs": t.runs,
                "rows": t.rows,
                "peak_rss_mb": peak_rss_mb(),
            }
        except Stopped as exc:
            out[q.label] = {"error": str(exc)}
        except Exception as exc:  # report and go on: one failing query must not hide the rest
            out[q.label] = {"error": f"{type(exc).__name__}: {str(exc).splitlines()[0][:80]}"}
    return out


# ---------------------------------------------------------------------------- children
def child_oxigraph_load(opts: dict[str, Any]) -> dict[str, Any]:
    """Bulk-load the N-Quads into an on-disk Oxigraph store and build its dyad summary.

    A store left by an earlier run on the same N-Quads (``--workdir``) is reused, and the
    figures of the load that made it are reported again.
    """
    import pyoxigraph as ox
    from synthetic_graph import store_marker

    from kg.store import open_store

    folder = Path(opts["store"])
    marker_path = Path(str(folder) + ".json")
    marker = store_marker(Path(opts["nquads"]))
    if folder.exists() and marker_path.exists():
        kept = json.loads(marker_path.read_text())
        if {k: kept.get(k) for k in marker} == marker and "load" in kept:
            # a store loaded by an older revision gets the current summary graph: rebuilt
            # when it lacks the dyad records (reported as the summary build), else untouched
            reader = open_store(folder, read_only=True)
            current = reader.has_dyad_summary()
            reader.close()
            del reader
            if not current:
                t0 = time.perf_counter()
                open_store(folder).close()
                rebuild_s = time.perf_counter() - t0
                load = {
                    **kept["load"],
                    "summary_s": round(rebuild_s, 2),
                    "peak_rss_load_mb": peak_rss_mb(),
                    "disk_mb": dir_size_mb(folder),
                    "rebuilt": True,
                }
                marker_path.write_text(json.dumps({**marker, "load": load}))
                return load
            return {**kept["load"], "reused": True}
    if folder.exists():
        shutil.rmtree(folder)
    t0 = time.perf_counter()
    raw = ox.Store(str(folder))
    raw.bulk_load(path=opts["nquads"], format=ox.RdfFormat.N_QUADS)
    raw.optimize()
    del raw
    gc.collect()
    load_s = time.perf_counter() - t0
    rss_bulk = peak_rss_mb()
    t0 = time.perf_counter()
    store = open_store(folder)  # builds the dyad summary graph
    summary_s = time.perf_counter() - t0
    store.close()
    load = {
        "load_s": round(load_s, 2),
        "summary_s": round(summary_s, 2),
        "peak_rss_bulk_mb": rss_bulk,
        "peak_rss_load_mb": peak_rss_mb(),
        "disk_mb": dir_size_mb(folder),
    }
    marker_path.write_text(json.dumps({**marker, "load": load}))
    return load


def child_oxigraph_query(opts: dict[str, Any]) -> dict[str, Any]:
    """Run the queries on the loaded store, in a process of their own (own peak memory)."""
    from kg.sparql import named_queries, run_query
    from kg.store import open_store

    store = open_store(opts["store"], read_only=True)
    actor = opts["actor"]

    named = named_queries()

    def run(q: Query) -> int:
        if q.query.startswith(METHOD):
            return len(getattr(store, q.query[len(METHOD) :])())
        text = named[q.query[len(TEXT_OF) :]].text if q.query.startswith(TEXT_OF) else q.query
        params = {q.param: actor} if q.with_actor else None
        return len(run_query(store, text, params).rows)

    queries = _timed_queries(
        run,
        opts["repeats"],
        opts["budget"],
        opts["timeout"],
        opts["max_rss_mb"],
        _selected(opts["only"]),
    )
    store.close()
    return {"queries": queries}


def _selected(only: str | None) -> tuple[Query, ...]:
    return tuple(q for q in QUERIES if not only or only in q.label)


def child_rdflib(opts: dict[str, Any]) -> dict[str, Any]:
    """Parse the N-Quads and the ontology into an in-memory rdflib Dataset, then query."""
    from rdflib import Dataset, URIRef

    from kg.iris import ONTOLOGY_GRAPH
    from kg.ontology import resource_dir
    from kg.sparql import named_queries

    t0 = time.perf_counter()
    ds = Dataset(default_union=True)
    try:
        with limits(None, opts["max_rss_mb"]):
            ds.parse(opts["nquads"], format="nquads")
    except Stopped as exc:
        return {"load_error": f"stopped: {exc}", "queries": {}}
    onto = ds.graph(ONTOLOGY_GRAPH)
    for name in ("conflict.ttl", "cameo.ttl"):
        onto.parse(str(resource_dir("ontology") / name), format="turtle")
    load_s = time.perf_counter() - t0
    rss_load = peak_rss_mb()
    named = named_queries()
    actor = URIRef(opts["actor"])

    def run(q: Query) -> int:
        text = named[q.query].text if q.query in named else q.query
        bindings = {q.param: actor} if q.with_actor else {}
        return len(list(ds.query(text, initBindings=bindings)))

    queries = _timed_queries(
        run,
        opts["repeats"],
        opts["budget"],
        opts["timeout"],
        opts["max_rss_mb"],
        [q for q in _selected(opts["only"]) if not q.oxigraph_only],
    )
    return {"load_s": round(load_s, 2), "peak_rss_load_mb": rss_load, "queries": queries}


# ---------------------------------------------------------------------------- driver
def measure(
    sizes: Sequence[int],
    workdir: Path,
    *,
    seed: int = 0,
    repeats: int = 5,
    budget: float = 60.0,
    timeout: float = 60.0,
    rdflib_max: int = 100_000,
    max_rss_mb: float = 16_000,
    only: str | None = None,
    log: Callable[[str], None] = print,
) -> list[dict[str, Any]]:
    """Generate, load and query every size on both stores; one result dict per size."""
    from synthetic_graph import cached_nquads, check_shape

    quads = check_shape()
    log(f"generator check: {quads} quads identical to kg.rdf.extraction_triples")
    results = []
    for n in sizes:
        log(f"[{size_label(n)}] generating ...")
        path, info = cached_nquads(workdir, n, seed)
        log(
            f"[{size_label(n)}] {info.quads:,} quads ({info.quads / info.events:.1f} per event), "
            f"{info.bytes / 1e6:,.0f} MB N-Quads, written in {info.seconds:.1f} s"
        )
        opts = {
            "nquads": str(path),
            "actor": info.sample_actor,
            "repeats": repeats,
            "budget": budget,
            "timeout": timeout,
            "max_rss_mb": max_rss_mb,
            "only": only,
            "store": str(workdir / f"store-{n}-s{seed}"),
        }
        row: dict[str, Any] = {"events": n, "info": info.__dict__}
        log(f"[{size_label(n)}] oxigraph: bulk load and dyad summary ...")
        load = run_child(HERE, ["--child", "oxigraph-load", json.dumps(opts)])
        log(f"[{size_label(n)}] oxigraph: queries ...")
        query = run_child(HERE, ["--child", "oxigraph-query", json.dumps(opts)])
        row["oxigraph"] = {
            **load,
            "queries": query["queries"],
            "peak_rss_mb": max(load["peak_rss_load_mb"], query["peak_rss_mb"]),
            "peak_rss_query_mb": query["peak_rss_mb"],
        }
        if n <= rdflib_max:
            log(f"[{size_label(n)}] rdflib: parse and queries ...")
            row["rdflib"] = run_child(HERE, ["--child", "rdflib", json.dumps(opts)])
        else:
            row["rdflib"] = None
        results.append(row)
    return results


def _latency(side: dict[str, Any] | None, label: str) -> str:
    if side is None:
        return "skipped"
    q = side["queries"].get(label)
    if q is None:
        return "not run"
    if "error" in q:
        return q["error"]
    runs = "" if q["runs"] >= 5 else f" ({q['runs']} run{'s' if q['runs'] > 1 else ''})"
    return fmt(q["median_s"], 3) + runs


#: (before, after): the same figures counted from the article graphs and read from the summary
BEFORE_AFTER = (
    ("dyad counts (article graphs)", "dyad counts (summary graph)"),
    ("dyad-balance (article graphs)", "dyad-balance (named, summary graph)"),
    ("dyad-balance (query text, summary graph)", "dyad-balance (named, summary graph)"),
)


def _ratio(row: dict[str, Any], label: str) -> str:
    """rdflib time / Oxigraph time; a lower bound when rdflib was stopped by the timeout."""
    rd, ox = row.get("rdflib"), row["oxigraph"]["queries"][label]
    a = None if rd is None else rd["queries"].get(label)
    if a is None or "error" in ox:
        return "-"
    base = max(ox["median_s"], 1e-6)
    if "error" in a:
        words = a["error"].split()
        if a["error"].startswith(">") and words[-1] == "s":
            return f"> {float(words[1]) / base:,.0f}x"
        return "-"
    return f"{a['median_s'] / base:,.1f}x"


def report(results: list[dict[str, Any]]) -> str:
    """The load table and the query table (Markdown)."""
    load_rows = []
    for r in results:
        info = r["info"]
        for name in ("rdflib", "oxigraph"):
            side = r.get(name)
            if side is None or "load_error" in side:
                why = "skipped" if side is None else side["load_error"]
                load_rows.append([size_label(r["events"]), name, why, "-", "-", "-", "-"])
                continue
            load_rows.append(
                [
                    size_label(r["events"]),
                    name,
                    f"{info['quads']:,}",
                    fmt(side["load_s"]),
                    f"{info['quads'] / max(side['load_s'], 1e-6):,.0f}",
                    fmt(side.get("summary_s")) if name == "oxigraph" else "-",
                    f"{side.get('peak_rss_bulk_mb', side['peak_rss_load_mb']):,.0f}",
                    f"{side['peak_rss_load_mb']:,.0f}",
                    f"{side.get('peak_rss_query_mb', side['peak_rss_mb']):,.0f}",
                    fmt(side.get("disk_mb")) if name == "oxigraph" else "-",
                ]
            )
    heads = ["events", "store", "quads", "load s", "quads/s", "summary s"]
    heads += ["peak RSS MB (bulk load)", "(and summary)", "(queries)", "on disk MB"]
    out = [
        "Load (N-Quads file -> store; summary s: building the dyad summary graph), peak RSS"
        " of the loading process and of the querying process:",
        "",
        table(heads, load_rows),
        "",
        "Query latency, seconds (median of 5 unless noted; ratio = rdflib / Oxigraph):",
        "",
    ]
    q_rows = []
    for q in QUERIES:
        for r in results:
            if q.label not in r["oxigraph"]["queries"]:
                continue
            ox = r["oxigraph"]["queries"][q.label]
            rows = ox.get("rows")
            rd = r.get("rdflib")
            agree = ""
            if rd is not None and "rows" in rd["queries"].get(q.label, {}) and rows is not None:
                agree = "" if rd["queries"][q.label]["rows"] == rows else " (rdflib rows differ)"
            q_rows.append(
                [
                    q.label,
                    size_label(r["events"]),
                    _latency(rd, q.label),
                    _latency(r["oxigraph"], q.label),
                    _ratio(r, q.label),
                    (f"{rows:,}" if rows is not None else "-") + agree,
                    f"{ox['peak_rss_mb']:,.0f}" if "peak_rss_mb" in ox else "-",
                ]
            )
    heads = ["query", "events", "rdflib s", "Oxigraph s", "ratio", "rows", "peak RSS MB after"]
    out.append(table(heads, q_rows))
    ba_rows = []
    for before, after in BEFORE_AFTER:
        for r in results:
            qs = r["oxigraph"]["queries"]
            b, a = qs.get(before, {}), qs.get(after, {})
            if "median_s" not in a:
                continue
            ratio = f"{b['median_s'] / max(a['median_s'], 1e-6):,.0f}x" if "median_s" in b else "-"
            b_s = fmt(b["median_s"], 3) if "median_s" in b else b.get("error", "not run")
            ba_rows.append(
                [before, after, size_label(r["events"]), b_s, fmt(a["median_s"], 3), ratio]
            )
    if ba_rows:
        out += [
            "",
            "Oxigraph, before vs after: counted from the article graphs vs read from the summary"
            " graph; the query text (ten joined triples per dyad) vs the records:",
            "",
        ]
        heads = ["before", "after", "events", "before s", "after s", "speed-up"]
        out.append(table(heads, ba_rows))
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k,100k", help="events per graph, e.g. 10k,100k,1M")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--budget", type=float, default=60.0, help="seconds of repeats per query")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds before a run stops")
    ap.add_argument("--rdflib-max", default="100k", help="largest size run on rdflib")
    ap.add_argument(
        "--max-rss-gb", type=float, default=16.0, help="stop a run above this memory (GB)"
    )
    ap.add_argument("--only", help="run only the queries whose label contains this text")
    ap.add_argument("--workdir", type=Path, help="keep generated files and stores here")
    ap.add_argument("--json", type=Path, help="also write the results as JSON")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        kind, opts = args.child[0], json.loads(args.child[1])
        children = {
            "oxigraph-load": child_oxigraph_load,
            "oxigraph-query": child_oxigraph_query,
            "rdflib": child_rdflib,
        }
        emit(children[kind](opts))
        return 0
    print(header("Store scale: rdflib in memory vs the Oxigraph store"), flush=True)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        results = measure(
            parse_sizes(args.sizes),
            workdir,
            seed=args.seed,
            repeats=args.repeats,
            budget=args.budget,
            timeout=args.timeout,
            rdflib_max=(parse_sizes(args.rdflib_max) or [0])[0],
            max_rss_mb=args.max_rss_gb * 1000,
            only=args.only,
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
