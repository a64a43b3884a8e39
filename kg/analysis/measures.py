"""Analyses of the projected graphs, networkx style: graph first, keyword options, plain results.

Every function takes a graph from :mod:`kg.analysis.projections` (or any networkx graph
with the same attributes) and returns dicts, lists or graphs; nothing here touches the
store.

>>> g = nx.MultiDiGraph()
>>> g.add_nodes_from([("a", {"label": "Alpha"}), ("b", {"label": "Beta"}),
...                   ("c", {"label": "Gamma"})])
>>> _ = g.add_edges_from([("a", "b"), ("b", "c"), ("a", "b")])
>>> scores = centrality(g)
>>> max(scores, key=lambda n: scores[n]["pagerank"])
'b'
>>> connection_paths(g, "a", "c")
[['a', 'b', 'c']]
"""

from __future__ import annotations

import difflib
import itertools
from collections import Counter
from collections.abc import Hashable
from typing import Any

import networkx as nx

from kg.analysis.projections import QUAD_CLASSES, date_range
from kg.errors import KGError

__all__ = [
    "AmbiguousNodeError",
    "UnknownNodeError",
    "centrality",
    "communities",
    "connection_paths",
    "describe_path",
    "dyads",
    "ego_network",
    "find_node",
    "rank_nodes",
    "simple_weighted",
    "timeline",
]

FREQUENCIES = ("day", "week", "month")
TIMELINE_GROUPS = ("type", "code", "quad", "none")


class UnknownNodeError(KGError, LookupError):
    """No node of the graph has this IRI, label or alias."""


class AmbiguousNodeError(KGError, LookupError):
    """Several nodes match a name equally well."""


def find_node(g: nx.Graph, name: str, *, kind: str | None = "entity") -> Hashable:
    """The node that ``name`` refers to: its id (IRI), its label or one of its aliases.

    Exact matches win over case-insensitive ones, which win over a unique substring of a
    label.

    Parameters
    ----------
    g : networkx.Graph
        A graph whose nodes carry ``label`` (and optionally ``aliases`` and ``kind``).
    name : str
        IRI, label or alias.
    kind : str or None
        Only consider nodes with this ``kind`` attribute (``None``: all nodes).

    Raises
    ------
    UnknownNodeError
        If nothing matches (the message suggests close labels).
    AmbiguousNodeError
        If several nodes match equally well.

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_node("x:1", label="Volodymyr Zelensky", aliases=["Zelenskyy"], kind="entity")
    >>> find_node(g, "zelenskyy"), find_node(g, "Zelensky")
    ('x:1', 'x:1')
    """
    if name in g and (kind is None or g.nodes[name].get("kind", kind) == kind):
        return name
    candidates = [
        (n, d) for n, d in g.nodes(data=True) if kind is None or d.get("kind", kind) == kind
    ]
    folded = name.strip().casefold()

    def names(d: dict[str, Any]) -> list[str]:
        return [str(d.get("label") or ""), *(str(a) for a in d.get("aliases") or ())]

    tests = (
        lambda d: name.strip() in names(d),
        lambda d: folded in (x.casefold() for x in names(d)),
        lambda d: bool(folded) and folded in str(d.get("label") or "").casefold(),
    )
    for test in tests:
        found = sorted({n for n, d in candidates if test(d)}, key=str)
        if len(found) == 1:
            return found[0]
        if found:
            listed = ", ".join(f"{g.nodes[n].get('label')} <{n}>" for n in found[:5])
            raise AmbiguousNodeError(f"{name!r} matches {len(found)} nodes: {listed}")
    labels = sorted({str(d.get("label")) for _, d in candidates if d.get("label")})
    close = difflib.get_close_matches(name, labels, n=3)
    hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
    raise UnknownNodeError(f"no actor or place called {name!r} in the graph{hint}")


def simple_weighted(g: nx.Graph, *, weight: str = "weight") -> nx.Graph:
    """An undirected simple graph; parallel and opposite edges add up their ``weight``.

    Edges without the attribute count 1. Node attributes are kept.

    Examples
    --------
    >>> m = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("a", "b")])
    >>> simple_weighted(m)["a"]["b"]["weight"]
    3
    """
    h = nx.Graph()
    h.add_nodes_from(g.nodes(data=True))
    for u, v, w in g.edges(data=weight, default=1):
        if u == v:
            continue
        if h.has_edge(u, v):
            h[u][v]["weight"] += w
        else:
            h.add_edge(u, v, weight=w)
    return h


def centrality(
    g: nx.Graph,
    *,
    weight: str = "weight",
    max_exact: int = 1000,
    k: int = 200,
    seed: int = 0,
) -> dict[Hashable, dict[str, float]]:
    """Degree, strength, PageRank and betweenness of every node.

    Measures are computed on :func:`simple_weighted` (undirected; parallel edges add up).

    Parameters
    ----------
    g : networkx.Graph
        Any graph (multigraphs and directed graphs included).
    weight : str
        Edge attribute counted as the weight of an edge (absent: 1).
    max_exact : int
        Betweenness is exact up to this many nodes; above, it is estimated from ``k``
        sampled pivots.
    k : int
        Number of pivots for sampled betweenness.
    seed : int
        Seed for the pivot sample.

    Returns
    -------
    dict
        ``{node: {"degree", "strength", "pagerank", "betweenness"}}``: ``degree`` is the
        share of other nodes linked to the node, ``strength`` its weighted degree,
        ``pagerank`` PageRank with edge weights, ``betweenness`` normalised betweenness.

    Examples
    --------
    >>> star = nx.star_graph(4)
    >>> c = centrality(star)
    >>> c[0]["degree"], c[0]["betweenness"], c[1]["betweenness"]
    (1.0, 1.0, 0.0)
    """
    h = simple_weighted(g, weight=weight)
    if len(h) == 0:
        return {}
    degree = nx.degree_centrality(h) if len(h) > 1 else dict.fromkeys(h, 0.0)
    strength = dict(h.degree(weight="weight"))
    pagerank = nx.pagerank(h, weight="weight") if h.number_of_edges() else {}
    if len(h) > max_exact:
        between = nx.betweenness_centrality(h, k=min(k, len(h)), seed=seed)
    else:
        between = nx.betweenness_centrality(h)
    uniform = 1.0 / len(h)
    return {
        n: {
            "degree": round(degree[n], 6),
            "strength": float(strength[n]),
            "pagerank": round(pagerank.get(n, uniform), 6),
            "betweenness": round(between[n], 6),
        }
        for n in h
    }


def communities(
    g: nx.Graph,
    *,
    weight: str = "weight",
    resolution: float = 1.0,
    seed: int = 0,
) -> list[set[Hashable]]:
    """Louvain communities of the undirected weighted graph, largest first.

    Parameters
    ----------
    g : networkx.Graph
        Any graph; parallel and opposite edges add up (:func:`simple_weighted`).
    weight : str
        Edge attribute used as weight.
    resolution : float
        Louvain resolution; above 1 favours smaller communities.
    seed : int
        Seed of the Louvain node order; equal seeds give equal results.

    Examples
    --------
    >>> two = nx.union(nx.complete_graph(4), nx.complete_graph(range(4, 8)))
    >>> two.add_edge(0, 4)
    >>> [sorted(c) for c in communities(two)]
    [[0, 1, 2, 3], [4, 5, 6, 7]]
    """
    h = simple_weighted(g, weight=weight)
    if len(h) == 0:
        return []
    found = nx.community.louvain_communities(h, weight="weight", resolution=resolution, seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(str(n) for n in c)))


def connection_paths(
    g: nx.Graph,
    source: Hashable,
    target: Hashable,
    *,
    max_paths: int = 5,
) -> list[list[Hashable]]:
    """How two nodes are connected: up to ``max_paths`` shortest paths, ignoring direction.

    In a fact graph a path runs through events and relations, e.g. actor, event, actor.

    Returns
    -------
    list of list
        Paths as node lists, in a stable order; empty when the nodes are not connected.

    Raises
    ------
    UnknownNodeError
        If ``source`` or ``target`` is not a node of ``g``.

    Examples
    --------
    >>> connection_paths(nx.cycle_graph(4), 0, 2)
    [[0, 1, 2], [0, 3, 2]]
    """
    for node in (source, target):
        if node not in g:
            raise UnknownNodeError(f"{node!r} is not a node of the graph")
    view = g.to_undirected(as_view=True) if g.is_directed() else g
    try:
        paths = nx.all_shortest_paths(view, source, target)
        out: list[list[Hashable]] = []
        for path in paths:
            out.append(list(path))
            if len(out) >= 10 * max_paths:
                break
    except nx.NetworkXNoPath:
        return []
    out.sort(key=lambda p: [str(n) for n in p])
    return out[:max_paths]


def describe_path(g: nx.Graph, path: list[Hashable]) -> list[dict[str, Any]]:
    """The steps of a path with what links each pair of nodes.

    Returns
    -------
    list of dict
        One dict per step: ``from``, ``from_label``, ``link`` (edge relations, joined
        with ``|``, prefixed with ``<-`` when the edge points backwards), ``to``,
        ``to_label``, ``evidence`` (the event's or relation's sentence, if any).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", label="A"); g.add_node("b", label="B")
    >>> _ = g.add_edge("b", "a", key="memberOf", relation="memberOf",
    ...                evidence=[{"sentence": "A has B."}])
    >>> describe_path(g, ["a", "b"])[0]["link"]
    '<-memberOf'
    """
    steps = []
    for u, v in itertools.pairwise(path):
        links, evidence = [], None
        for a, b, arrow in ((u, v, ""), (v, u, "<-")):
            data = g.get_edge_data(a, b) or {}
            items = data.values() if g.is_multigraph() else [data]
            for attrs in items:
                links.append(arrow + str(attrs.get("relation") or attrs.get("code") or "edge"))
                ev = attrs.get("evidence")
                if evidence is None and ev:
                    evidence = ev[0].get("sentence") if isinstance(ev, list) else ev
            if links:
                break
        for node in (u, v):
            if evidence is None and g.nodes[node].get("kind") == "event":
                evidence = g.nodes[node].get("evidence")
        steps.append(
            {
                "from": u,
                "from_label": g.nodes[u].get("label"),
                "link": "|".join(sorted(set(links))),
                "to": v,
                "to_label": g.nodes[v].get("label"),
                "evidence": evidence,
            }
        )
    return steps


def ego_network(g: nx.Graph, center: Hashable, *, radius: int = 2) -> nx.Graph:
    """The nodes within ``radius`` steps of ``center`` (ignoring direction), with their edges.

    In a fact graph an event is one step, so ``radius=2`` reaches the actors, places and
    relation partners that share an event or a relation with ``center``.

    Each node gets a ``distance`` attribute (steps from ``center``) in the returned copy.

    Examples
    --------
    >>> e = ego_network(nx.path_graph(5), 0, radius=2)
    >>> sorted(e.nodes(data="distance"))
    [(0, 0), (1, 1), (2, 2)]
    """
    if center not in g:
        raise UnknownNodeError(f"{center!r} is not a node of the graph")
    view = g.to_undirected(as_view=True) if g.is_directed() else g
    distance = nx.single_source_shortest_path_length(view, center, cutoff=radius)
    sub = g.subgraph(distance).copy()
    nx.set_node_attributes(sub, distance, "distance")
    return sub


def dyads(m: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """The dyad table of an interaction graph: one row per ordered actor pair.

    Parameters
    ----------
    m : networkx.MultiDiGraph
        An interaction graph (:func:`kg.analysis.projections.interaction_graph`), one edge
        per event with ``quad_class``, ``goldstein`` and ``date``.

    Returns
    -------
    list of dict
        Rows with ``source``, ``source_label``, ``target``, ``target_label``, ``events``,
        ``q1`` to ``q4`` (events per QuadClass), ``cooperation`` (q1 + q2), ``conflict``
        (q3 + q4), ``goldstein`` (sum: the Goldstein balance), ``mean_goldstein``,
        ``first`` and ``last`` (dates), most events first.

    Examples
    --------
    >>> m = nx.MultiDiGraph()
    >>> m.add_node("a", label="A"); m.add_node("b", label="B")
    >>> _ = m.add_edge("a", "b", quad_class=4, goldstein=-10.0, date="2022-05-02")
    >>> _ = m.add_edge("a", "b", quad_class=1, goldstein=1.0, date=None)
    >>> row = dyads(m)[0]
    >>> row["events"], row["q4"], row["goldstein"], row["first"], row["last"]
    (2, 1, -9.0, '2022-05-02', '2022-05-02')
    """
    rows: dict[tuple[Hashable, Hashable], dict[str, Any]] = {}
    for u, v, attrs in m.edges(data=True):
        row = rows.get((u, v))
        if row is None:
            row = rows[(u, v)] = {
                "source": u,
                "source_label": m.nodes[u].get("label"),
                "target": v,
                "target_label": m.nodes[v].get("label"),
                "events": 0,
                "q1": 0,
                "q2": 0,
                "q3": 0,
                "q4": 0,
                "cooperation": 0,
                "conflict": 0,
                "goldstein": 0.0,
                "mean_goldstein": 0.0,
                "first": None,
                "last": None,
            }
        quad = int(attrs.get("quad_class") or 0)
        row["events"] += 1
        if quad in QUAD_CLASSES:
            row[f"q{quad}"] += 1
            row["cooperation" if quad <= 2 else "conflict"] += 1
        row["goldstein"] = round(row["goldstein"] + float(attrs.get("goldstein") or 0.0), 6)
        date = attrs.get("date")
        if date:
            row["first"] = date if row["first"] is None else min(row["first"], date)
            row["last"] = date if row["last"] is None else max(row["last"], date)
    for row in rows.values():
        row["mean_goldstein"] = round(row["goldstein"] / row["events"], 3)
    return sorted(
        rows.values(),
        key=lambda r: (-r["events"], str(r["source_label"]), str(r["target_label"])),
    )


def _period(date: str | None, freq: str) -> str | None:
    span = date_range(date)
    if span is None or (span[0] != span[1] and freq != "month"):
        return None
    day = span[0]
    if freq == "day":
        return day.isoformat()
    if freq == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if span[0].month != span[1].month:  # a year-precision date
        return None
    return day.isoformat()[:7]


def timeline(
    g: nx.Graph,
    *,
    freq: str = "day",
    by: str = "type",
) -> list[dict[str, Any]]:
    """Events per period and event type.

    Parameters
    ----------
    g : networkx.Graph
        A fact graph: event nodes have ``kind="event"``, ``date``, ``root``,
        ``root_label``, ``code`` and ``quad_class``.
    freq : {"day", "week", "month"}
        Period length; weeks are ISO weeks (``"2022-W20"``).
    by : {"type", "code", "quad", "none"}
        Group by CAMEO root (``"19 Fight"``), full CAMEO code, QuadClass, or not at all.

    Returns
    -------
    list of dict
        Rows ``{"period", "type", "events"}`` sorted by period and type. Events without
        a date precise enough for ``freq`` (e.g. month-precision dates in a daily
        timeline) are counted in rows whose ``period`` is ``None``, after the others.

    Examples
    --------
    >>> g = nx.Graph()
    >>> for i, d in enumerate(["2022-05-16", "2022-05-17", "2022-05"]):
    ...     g.add_node(i, kind="event", date=d, root="19", root_label="Fight",
    ...                code="190", quad_class=4)
    >>> [(r["period"], r["events"]) for r in timeline(g, freq="week")]
    [('2022-W20', 2), (None, 1)]
    """
    if freq not in FREQUENCIES:
        raise KGError(f"unknown period {freq!r} (expected one of {', '.join(FREQUENCIES)})")
    if by not in TIMELINE_GROUPS:
        raise KGError(f"unknown grouping {by!r} (expected one of {', '.join(TIMELINE_GROUPS)})")
    counts: Counter[tuple[str | None, str]] = Counter()
    for _, d in g.nodes(data=True):
        if d.get("kind") != "event":
            continue
        if by == "type":
            label = f"{d.get('root')} {d.get('root_label')}"
        elif by == "code":
            label = f"{d.get('code')} {d.get('code_label') or ''}".strip()
        elif by == "quad":
            label = QUAD_CLASSES.get(int(d.get("quad_class") or 0), "unknown")
        else:
            label = "all"
        counts[(_period(d.get("date"), freq), label)] += 1
    rows = [{"period": p, "type": t, "events": n} for (p, t), n in counts.items()]
    return sorted(rows, key=lambda r: (r["period"] is None, r["period"] or "", r["type"]))


def rank_nodes(scores: dict[Hashable, dict[str, float]], *, by: str = "pagerank") -> list[Hashable]:
    """Nodes ordered by a centrality measure, highest first (ties by node id).

    Examples
    --------
    >>> rank_nodes({"a": {"pagerank": 0.2}, "b": {"pagerank": 0.8}})
    ['b', 'a']
    """
    return sorted(scores, key=lambda n: (-scores[n][by], str(n)))
