"""Analyses as tables: what ``kg analyze`` prints and :func:`kg.api.analyze` returns.

:func:`analyze` projects the store, runs one analysis and returns rows (a list of dicts
with the columns of :data:`COLUMNS`, ready for ``pandas.DataFrame``); :func:`format_rows`
renders rows as an aligned table, CSV or JSON.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Hashable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import networkx as nx

from kg.analysis.measures import (
    centrality,
    communities,
    connection_paths,
    describe_path,
    dyads,
    ego_network,
    find_node,
    rank_nodes,
    timeline,
)
from kg.analysis.projections import fact_graph, interactions
from kg.errors import KGError
from kg.store import KGStore

__all__ = ["ANALYSES", "COLUMNS", "FORMATS", "GRAPHS", "IRI_COLUMNS", "analyze", "format_rows"]

#: Columns of each analysis, in output order.
COLUMNS = MappingProxyType(
    {
        "centrality": (
            "rank", "node", "label", "class", "degree", "strength", "pagerank", "betweenness",
        ),
        "communities": ("community", "size", "entities", "events", "top", "members"),
        "path": ("path", "step", "from", "from_label", "link", "to", "to_label", "evidence"),
        "ego": ("node", "label", "class", "distance", "degree"),
        "dyads": (
            "source", "source_label", "target", "target_label", "events", "q1", "q2", "q3",
            "q4", "cooperation", "conflict", "goldstein", "mean_goldstein", "first", "last",
        ),
        "timeline": ("period", "type", "events"),
    }
)  # fmt: skip
ANALYSES = tuple(COLUMNS)
#: Columns that hold IRIs (left out of tables, where labels are enough).
IRI_COLUMNS = frozenset({"node", "source", "target", "from", "to"})
GRAPHS = ("interactions", "facts")
FORMATS = ("table", "csv", "json")


def _graph(facts: nx.MultiDiGraph, graph: str) -> nx.Graph:
    if graph == "interactions":
        return interactions(facts)
    if graph == "facts":
        return facts
    raise KGError(f"unknown graph {graph!r} (expected one of {', '.join(GRAPHS)})")


def _cls(g: nx.Graph, node: Hashable) -> str:
    d = g.nodes[node]
    return "Event" if d.get("kind") == "event" else str(d.get("cls") or "")


def _top(rows: list[dict[str, Any]], top: int | None) -> list[dict[str, Any]]:
    return rows if top is None else rows[: max(top, 0)]


def _centrality(facts: nx.MultiDiGraph, graph: str, top: int | None, seed: int) -> list[dict]:
    g = _graph(facts, graph)
    scores = centrality(g, seed=seed)
    order = [n for n in rank_nodes(scores) if g.nodes[n].get("kind") != "event"]
    return _top(
        [
            {
                "rank": i,
                "node": n,
                "label": g.nodes[n].get("label"),
                "class": _cls(g, n),
                **scores[n],
            }
            for i, n in enumerate(order, 1)
        ],
        top,
    )


def _communities(facts: nx.MultiDiGraph, graph: str, top: int | None, seed: int) -> list[dict]:
    g = _graph(facts, graph)
    degree = dict(g.degree())
    rows = []
    for i, members in enumerate(communities(g, seed=seed), 1):
        entities = sorted(
            (n for n in members if g.nodes[n].get("kind") != "event"),
            key=lambda n: (-degree[n], str(g.nodes[n].get("label"))),
        )
        labels = [str(g.nodes[n].get("label") or n) for n in entities]
        rows.append(
            {
                "community": i,
                "size": len(members),
                "entities": len(entities),
                "events": len(members) - len(entities),
                "top": labels[0] if labels else None,
                "members": labels,
            }
        )
    return _top(rows, top)


def _path(facts: nx.MultiDiGraph, source: str, target: str, max_paths: int) -> list[dict]:
    a, b = find_node(facts, source), find_node(facts, target)
    rows = []
    for i, path in enumerate(connection_paths(facts, a, b, max_paths=max_paths), 1):
        for j, step in enumerate(describe_path(facts, path), 1):
            rows.append({"path": i, "step": j, **step})
    return rows


def _ego(facts: nx.MultiDiGraph, center: str, radius: int) -> list[dict]:
    node = find_node(facts, center)
    ego = ego_network(facts, node, radius=radius)
    h = ego.to_undirected(as_view=True)
    rows = [
        {
            "node": n,
            "label": d.get("label"),
            "class": _cls(ego, n),
            "distance": d["distance"],
            "degree": h.degree(n),
        }
        for n, d in ego.nodes(data=True)
    ]
    return sorted(rows, key=lambda r: (r["distance"], -r["degree"], str(r["label"])))


def analyze(
    store: KGStore,
    what: str,
    *,
    source: str | None = None,
    target: str | None = None,
    graph: str = "interactions",
    radius: int = 2,
    max_paths: int = 5,
    freq: str = "day",
    by: str = "type",
    top: int | None = None,
    seed: int = 0,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    types: Iterable[str] | None = None,
    asserted_only: bool = True,
) -> list[dict[str, Any]]:
    """Run one analysis over the store and return its rows.

    Parameters
    ----------
    store : kg.store.KGStore
        The store to read.
    what : str
        ``centrality``, ``communities``, ``path``, ``ego``, ``dyads`` or ``timeline``.
    source, target : str, optional
        Actors (IRI, label or alias): ``path`` needs both, ``ego`` needs ``source``.
    graph : {"interactions", "facts"}
        Graph for ``centrality`` and ``communities``: the actor interaction graph or the
        fact graph (entities linked through events and relations; events are not ranked).
    radius : int
        Steps from ``source`` for ``ego`` (an event is one step).
    max_paths : int
        Shortest paths listed by ``path``.
    freq, by : str
        Period (``day``, ``week``, ``month``) and grouping (``type``, ``code``, ``quad``,
        ``none``) of ``timeline``.
    top : int, optional
        Keep the first rows only (``centrality``, ``communities``, ``dyads``).
    seed : int
        Seed for Louvain and sampled betweenness.
    since, until, types, asserted_only
        Event filters of :func:`kg.analysis.projections.fact_graph`.

    Returns
    -------
    list of dict
        Rows with the columns ``COLUMNS[what]``.

    Raises
    ------
    KGError
        For an unknown analysis or option, or an actor that is not in the graph.
    """
    if what not in COLUMNS:
        raise KGError(f"unknown analysis {what!r} (expected one of {', '.join(ANALYSES)})")
    if graph not in GRAPHS:
        raise KGError(f"unknown graph {graph!r} (expected one of {', '.join(GRAPHS)})")
    if what in ("path", "ego") and not source:
        raise KGError(f"{what}: name an actor")
    if what == "path" and not target:
        raise KGError("path: name two actors")
    facts = fact_graph(
        store,
        since=since,
        until=until,
        types=types,
        asserted_only=asserted_only,
        relations=what != "dyads",
    )
    if what == "centrality":
        return _centrality(facts, graph, top, seed)
    if what == "communities":
        return _communities(facts, graph, top, seed)
    if what == "path":
        return _path(facts, str(source), str(target), max_paths)
    if what == "ego":
        return _ego(facts, str(source), radius)
    if what == "dyads":
        return _top(dyads(interactions(facts)), top)
    return timeline(facts, freq=freq, by=by)


# ---------------------------------------------------------------------------- formatting
def _cell(value: Any, missing: str = "") -> str:
    if value is None:
        return missing
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def format_rows(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str],
    fmt: str = "table",
    *,
    width: int = 60,
    missing: str = "",
) -> str:
    """Render rows as an aligned ``table``, ``csv`` or ``json`` (a list of objects).

    ``missing`` stands for ``None`` in tables and CSV; table cells are cut at ``width``.

    Examples
    --------
    >>> print(format_rows([{"a": 1, "b": None}, {"a": 22, "b": "x"}], ["a", "b"]), end="")
    a   b
    --  -
    1
    22  x
    >>> format_rows([{"a": [1, 2]}], ["a"], "json")
    '[{"a": [1, 2]}]\\n'
    """
    if fmt == "json":
        return json.dumps([{c: r.get(c) for c in columns} for r in rows], ensure_ascii=False) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow([_cell(r.get(c), missing) for c in columns])
        return buf.getvalue()
    if fmt != "table":
        raise KGError(f"unknown output format {fmt!r} (expected one of {', '.join(FORMATS)})")
    cells = [[_cell(r.get(c), missing).replace("\n", " ") for c in columns] for r in rows]
    widths = [len(c) for c in columns]
    for line in cells:
        for i, c in enumerate(line):
            widths[i] = min(max(widths[i], len(c)), width)

    def render(items: Sequence[str]) -> str:
        out = []
        for i, c in enumerate(items):
            text = c if len(c) <= width else c[: width - 1] + "…"
            out.append(text.ljust(widths[i]))
        return "  ".join(out).rstrip()

    lines = [render(columns), render(["-" * w for w in widths])]
    lines += [render(line) for line in cells]
    return "\n".join(lines) + "\n"
