"""Self-contained HTML pages of the knowledge graph, drawn with vis-network.

:func:`render_page` turns a fact graph (:func:`kg.analysis.projections.fact_graph`) into
one HTML file that works offline from any folder:

* vis-network's standalone script, as shipped inside the installed ``pyvis`` package, is
  inlined; the page makes no request to any server (a Content-Security-Policy with
  ``default-src 'none'`` and script hashes enforces it);
* the page is rendered from ``viz/templates/graph.html`` by a Jinja environment with
  autoescaping; graph data travels as JSON in a ``<script type="application/json">``
  element with ``<``, ``>`` and ``&`` escaped, and the page script writes article text,
  names and titles with ``textContent`` only, so text from articles never runs as script
  (pyvis's own template puts titles into ``innerHTML`` and does not escape its heading);
* positions come from :func:`kg.analysis.layout.fast_layout` and physics is off, so
  pages of a few thousand nodes draw at once;
* above ``max_nodes`` the page shows the highest-ranked nodes (PageRank) and says what
  it left out.

pyvis assembles the node and edge records (``Network.add_node``/``add_edge``; its
``from_nx`` is quadratic and is not used).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import math
import os
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

import networkx as nx
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from kg.analysis.layout import fast_layout
from kg.analysis.measures import ego_network, find_node, simple_weighted
from kg.analysis.projections import ENTITY_CLASSES, QUAD_CLASSES, date_range, fact_graph
from kg.errors import KGError
from kg.ontology import resource_dir
from kg.store import KGStore

__all__ = [
    "DEFAULT_MAX_NODES",
    "NODE_STYLES",
    "QUAD_COLORS",
    "PageReport",
    "VizError",
    "render_page",
    "safe_url",
    "select_nodes",
    "viz_store",
    "write_page",
]

DEFAULT_MAX_NODES = 2000
#: Shape and colour of each node class (vis-network shapes whose label sits outside).
NODE_STYLES = MappingProxyType(
    {
        "Person": ("dot", "#4e79a7"),
        "Organization": ("square", "#76b7b2"),
        "GovernmentBody": ("square", "#59a14f"),
        "MilitaryUnit": ("triangle", "#9c755f"),
        "ArmedGroup": ("triangle", "#e15759"),
        "MediaOrganization": ("square", "#b07aa1"),
        "InternationalOrganization": ("hexagon", "#edc948"),
        "Country": ("star", "#f28e2b"),
        "City": ("triangleDown", "#17becf"),
        "Region": ("triangleDown", "#8cd3dc"),
        "Place": ("triangleDown", "#8c8c8c"),
        "Facility": ("hexagon", "#ff9da7"),
        "Position": ("dot", "#c9b3dd"),
        "Event": ("diamond", "#9e9e9e"),
    }
)
#: Edge and event colours by QuadClass.
QUAD_COLORS = MappingProxyType({1: "#7fbc41", 2: "#1a7837", 3: "#f4a24a", 4: "#d73027"})
RELATION_COLOR = "#8f8f8f"
_CLASS_NAMES = MappingProxyType(
    {
        "GovernmentBody": "Government body",
        "MilitaryUnit": "Military unit",
        "ArmedGroup": "Armed group",
        "MediaOrganization": "Media organisation",
        "InternationalOrganization": "International organisation",
        "Organization": "Organisation",
        "Event": "Event (colour: QuadClass)",
    }
)
_MAX_LABEL = 40
#: Pages above this many nodes hide edges while dragging or zooming, hide edges outside the
#: view once it settles, draw arrowheads only from zoom level ``_ARROW_SCALE`` on (node
#: labels appear at 0.5) and leave the event type to the event node's label instead of
#: writing it on each of its edges: vis-network draws every edge's label and arrowhead on
#: every frame, in view or not.
_BIG = 500
_ARROW_SCALE = 0.45


class VizError(KGError):
    """A page cannot be written (bad output path, missing vis-network asset)."""


@dataclass(frozen=True)
class PageReport:
    """What a page shows and what it left out."""

    path: Path | None
    nodes: int
    edges: int
    total_nodes: int
    total_edges: int
    bytes: int
    omitted_by_class: Mapping[str, int] = field(default_factory=dict)

    @property
    def omitted_nodes(self) -> int:
        return self.total_nodes - self.nodes

    @property
    def omitted_edges(self) -> int:
        return self.total_edges - self.edges


# ---------------------------------------------------------------------------- selection
def _pagerank(g: nx.Graph) -> dict[Hashable, float]:
    h = simple_weighted(g)
    if h.number_of_edges() == 0:
        return dict.fromkeys(h, 1.0 / max(len(h), 1))
    return nx.pagerank(h, weight="weight")


def select_nodes(
    g: nx.MultiDiGraph, *, max_nodes: int = DEFAULT_MAX_NODES
) -> tuple[nx.MultiDiGraph, dict[Hashable, float]]:
    """The subgraph induced by the ``max_nodes`` nodes of highest PageRank.

    Returns the (possibly unchanged) graph and the PageRank of every node of ``g``; ties
    are broken by node id, so equal graphs give equal selections.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("hub", i) for i in range(5)])
    >>> sub, rank = select_nodes(g, max_nodes=3)
    >>> "hub" in sub, len(sub)
    (True, 3)
    """
    if max_nodes < 1:
        raise VizError(f"max_nodes must be at least 1 (got {max_nodes})")
    rank = _pagerank(g)
    if len(g) <= max_nodes:
        return g, rank
    keep = sorted(g, key=lambda n: (-rank[n], str(n)))[:max_nodes]
    return g.subgraph(keep).copy(), rank


# ---------------------------------------------------------------------------- page data
def _short(text: str, limit: int = _MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL, else ``None``.

    Examples
    --------
    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)")
    ('https://example.org/a?b=1', None)
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def _source(attrs: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "title": attrs.get("title"),
        "doc": attrs.get("doc_id"),
        "url": safe_url(attrs.get("url")),
        "published": attrs.get("published"),
        "publisher": attrs.get("publisher"),
    }


def _event_details(iri: str, d: Mapping[str, Any]) -> dict[str, Any]:
    span = date_range(d.get("date"))
    quad = int(d.get("quad_class") or 0)
    return {
        "kind": "event",
        "iri": iri,
        "label": d.get("label") or d.get("code_label") or "event",
        "type": d.get("root_label") or d.get("root") or "",
        "typeKey": d.get("root") or "",
        "code": d.get("code") or "",
        "codeLabel": d.get("code_label") or "",
        "quad": f"{quad} {QUAD_CLASSES.get(quad, '')}".strip(),
        "goldstein": d.get("goldstein"),
        "date": d.get("date"),
        "start": span[0].isoformat() if span else None,
        "end": span[1].isoformat() if span else None,
        "quantities": {k: v for k, v in (d.get("quantities") or {}).items() if v is not None},
        "negated": bool(d.get("negated")),
        "hypothetical": bool(d.get("hypothetical")),
        "evidence": d.get("evidence"),
        "source": _source(d),
    }


def _entity_details(iri: str, d: Mapping[str, Any], evidence: list[dict[str, Any]]) -> dict:
    return {
        "kind": "entity",
        "iri": iri,
        "label": d.get("label") or iri,
        "cls": d.get("cls"),
        "country": d.get("country"),
        "wikidata": d.get("wikidata"),
        "aliases": list(d.get("aliases") or ())[:12],
        "evidence": evidence[:5],
    }


def _evidence_items(items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [{"sentence": e.get("sentence"), **_source(e)} for e in items]


def _node_label(d: Mapping[str, Any]) -> str:
    if d.get("kind") == "event":
        kind = _short(str(d.get("root_label") or d.get("code") or "event"), 24)
        return " · ".join(x for x in (kind, d.get("date")) if x)
    return _short(str(d.get("label") or ""))


def _options(n_nodes: int) -> dict[str, Any]:
    big = n_nodes > _BIG
    font = "DejaVu Sans, Helvetica, Arial, sans-serif"
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "interaction": {
            "hover": True,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "keyboard": False,
            "navigationButtons": False,
            "tooltipDelay": 300,
        },
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 12, "face": font, "strokeWidth": 2, "strokeColor": "#ffffff"},
            "scaling": {"label": {"drawThreshold": 7}},
        },
        "edges": {
            "smooth": False,
            "width": 1,
            "selectionWidth": 2,
            "hoverWidth": 0.5,
            "font": {"size": 9, "face": font, "align": "middle", "strokeWidth": 0},
            "scaling": {"label": {"drawThreshold": 7}},
            "color": {"inherit": False},
            "arrows": {"to": {"enabled": not big, "scaleFactor": 0.6}},
        },
    }


def _page_data(
    g: nx.MultiDiGraph, rank: Mapping[Hashable, float], positions: Mapping[Hashable, tuple]
) -> dict[str, Any]:
    from pyvis.network import Network

    net = Network(directed=True)
    big = len(g) > _BIG
    ids = {node: i for i, node in enumerate(sorted(g, key=str))}
    top = max((rank.get(n, 0.0) for n in g), default=1.0) or 1.0
    relation_evidence: dict[Hashable, list[dict[str, Any]]] = {n: [] for n in g}
    for u, v, d in g.edges(data=True):
        if d.get("kind") == "relation" and d.get("evidence"):
            items = _evidence_items(d["evidence"])
            relation_evidence[u].extend(items)
            relation_evidence[v].extend(items)
    details: dict[int, dict[str, Any]] = {}
    for node, i in ids.items():
        d = g.nodes[node]
        is_event = d.get("kind") == "event"
        cls = "Event" if is_event else str(d.get("cls") or "Place")
        shape, color = NODE_STYLES.get(cls, ("dot", "#999999"))
        if is_event:
            color = QUAD_COLORS.get(int(d.get("quad_class") or 0), color)
        weight = math.sqrt(rank.get(node, 0.0) / top)
        size = (5 + 7 * weight) if is_event else (7 + 21 * weight)
        x, y = positions[node]
        net.add_node(
            i,
            label=_node_label(d) or str(i),
            shape=shape,
            color={"background": color, "border": "#555555"},
            size=round(size, 1),
            x=x,
            y=y,
            kind="event" if is_event else "entity",
            cls=cls,
        )
        details[i] = (
            _event_details(str(node), d)
            if is_event
            else _entity_details(str(node), d, relation_evidence[node])
        )
    edge_details: dict[int, dict[str, Any]] = {}
    ordered = sorted(
        g.edges(data=True), key=lambda e: (ids[e[0]], ids[e[1]], str(e[2].get("relation")))
    )
    for j, (u, v, d) in enumerate(ordered):
        relation = str(d.get("relation") or "link")
        options: dict[str, Any] = {"id": j, "kind": d.get("kind") or "relation"}
        if d.get("kind") == "role":
            event = u if g.nodes[u].get("kind") == "event" else v
            ev = g.nodes[event]
            color = QUAD_COLORS.get(int(ev.get("quad_class") or 0), RELATION_COLOR)
            if not big:  # on big pages the event node carries the type (see _BIG)
                options["label"] = _short(str(ev.get("root_label") or ev.get("code")), 24)
            options.update(
                role=relation,
                relation=relation,
                color={"color": color, "highlight": color, "hover": color},
                # source and target edges follow the page-wide arrow setting (see graph.js)
                arrows=None if relation in ("source", "target") else "",
                dashes=relation in ("place", "reportedBy"),
            )
        else:
            options.update(
                label=relation,
                role=relation,
                relation=relation,
                color={"color": RELATION_COLOR, "highlight": "#555555", "hover": "#555555"},
                arrows=None,
            )
            edge_details[j] = {"evidence": _evidence_items(d.get("evidence") or ())}
        net.add_edge(ids[u], ids[v], **options)
    nodes, edges, _heading, _height, _width, _options_json = net.get_network_data()
    for edge in edges:
        if edge.get("arrows") is None:
            edge.pop("arrows", None)
    return {
        "nodes": nodes,
        "edges": edges,
        "details": details,
        "edgeDetails": edge_details,
        "options": _options(len(nodes)),
        # Arrowheads are most of the cost of drawing an edge and are specks when zoomed
        # out: on big pages they appear from this zoom level on (0: always).
        "arrowScale": _ARROW_SCALE if big else 0,
        # ... and hide edges outside the view once it settles (see graph.js)
        "cull": big,
    }


# ---------------------------------------------------------------------------- rendering
def _vis_script() -> str:
    """vis-network's standalone script from the installed pyvis package."""
    lib = resources.files("pyvis") / "templates" / "lib"
    candidates = []
    for entry in lib.iterdir():
        m = re.fullmatch(r"vis-(\d+)\.(\d+)\.(\d+)", entry.name)
        if m and (entry / "vis-network.min.js").is_file():
            candidates.append((tuple(int(x) for x in m.groups()), entry / "vis-network.min.js"))
    if not candidates:
        raise VizError("vis-network.min.js not found in the installed pyvis package")
    text = max(candidates)[1].read_text(encoding="utf-8")
    # keep the HTML parser inside the script element
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE).replace("<!--", "<\\!--")


def _json_for_html(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _css() -> str:
    base = (resource_dir("viz/templates") / "graph.css").read_text(encoding="utf-8")
    rules = [f".c-{cls} {{ background: {color}; }}" for cls, (_, color) in NODE_STYLES.items()]
    rules += [f".swatch.q{q} {{ background: {c}; }}" for q, c in QUAD_COLORS.items()]
    rules += [f".line.q{q} {{ border-top-color: {c}; }}" for q, c in QUAD_COLORS.items()]
    rules.append(f".line.rel {{ border-top-color: {RELATION_COLOR}; }}")
    return base + "\n".join(rules) + "\n"


def _summary(g: nx.MultiDiGraph) -> str:
    events = sum(1 for _, d in g.nodes(data=True) if d.get("kind") == "event")
    entities = len(g) - events
    return f"{entities:,} entities, {events:,} events, {g.number_of_edges():,} links"


def _omitted_text(total: nx.MultiDiGraph, shown: nx.MultiDiGraph, by_class: Counter) -> str:
    parts = ", ".join(f"{n:,} {cls}" for cls, n in by_class.most_common())
    return (
        f"This page shows the {len(shown):,} highest-ranked (PageRank) of {len(total):,} "
        f"nodes. Left out: {len(total) - len(shown):,} nodes ({parts}) and "
        f"{total.number_of_edges() - shown.number_of_edges():,} links."
    )


def render_page(
    g: nx.MultiDiGraph,
    *,
    title: str = "conflict-kg graph",
    notes: Iterable[str] = (),
    max_nodes: int = DEFAULT_MAX_NODES,
    seed: int = 0,
) -> tuple[str, PageReport]:
    """Render a fact graph as one self-contained HTML page.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A fact graph (:func:`kg.analysis.projections.fact_graph`) or a subgraph of one.
    title : str
        Page title and heading (escaped).
    notes : iterable of str
        Lines shown under the heading, e.g. the filters that made ``g`` (escaped).
    max_nodes : int
        Node budget; above it the page shows the highest-ranked nodes.
    seed : int
        Seed of the layout.

    Returns
    -------
    tuple of (str, PageReport)
        The HTML text and what it shows (``path`` is ``None``).
    """
    from kg import __version__

    shown, rank = select_nodes(g, max_nodes=max_nodes)
    by_class: Counter[str] = Counter(
        "Event" if d.get("kind") == "event" else str(d.get("cls"))
        for n, d in g.nodes(data=True)
        if n not in shown
    )
    positions = fast_layout(shown, seed=seed)
    data = _page_data(shown, rank, positions)
    classes = Counter(n["cls"] for n in data["nodes"])
    order = {c: i for i, c in enumerate((*ENTITY_CLASSES, "Event"))}
    types: dict[str, dict[str, Any]] = {}
    for detail in data["details"].values():
        if detail["kind"] != "event":
            continue
        key = detail["typeKey"]
        entry = types.setdefault(
            key,
            {"key": key, "label": f"{key} {detail['type']}", "count": 0, "quads": Counter()},
        )
        entry["count"] += 1
        entry["quads"][detail["quad"][:1]] += 1
    templates = resource_dir("viz/templates")
    env = Environment(
        loader=FileSystemLoader(str(templates)), autoescape=True, undefined=StrictUndefined
    )
    vis_js = _vis_script()
    app_js = (templates / "graph.js").read_text(encoding="utf-8")
    css = _css()
    csp = (
        "default-src 'none'; "
        f"script-src {_sha256(vis_js)} {_sha256(app_js)}; "
        f"style-src {_sha256(css)}; img-src data:; base-uri 'none'; form-action 'none'"
    )
    html = env.get_template("graph.html").render(
        title=title,
        version=__version__,
        csp=csp,
        css=Markup(css),
        summary=_summary(shown),
        notes=list(notes),
        omitted=_omitted_text(g, shown, by_class) if len(shown) < len(g) else "",
        types=[
            {**t, "quad": t["quads"].most_common(1)[0][0]}
            for t in sorted(types.values(), key=lambda t: t["key"])
        ],
        classes=[
            {
                "cls": c,
                "name": _CLASS_NAMES.get(c, c),
                "shape": NODE_STYLES.get(c, ("dot", ""))[0],
                "count": n,
            }
            for c, n in sorted(classes.items(), key=lambda item: order.get(item[0], 99))
        ],
        quads=[{"quad": q, "name": f"{q} {name}"} for q, name in QUAD_CLASSES.items()],
        data=Markup(_json_for_html(data)),
        vis_js=Markup(vis_js),
        app_js=Markup(app_js),
    )
    report = PageReport(
        path=None,
        nodes=len(shown),
        edges=shown.number_of_edges(),
        total_nodes=len(g),
        total_edges=g.number_of_edges(),
        bytes=len(html.encode("utf-8")),
        omitted_by_class=dict(by_class),
    )
    return html, report


def write_page(
    g: nx.MultiDiGraph,
    output: str | os.PathLike[str],
    *,
    title: str = "conflict-kg graph",
    notes: Iterable[str] = (),
    max_nodes: int = DEFAULT_MAX_NODES,
    seed: int = 0,
) -> PageReport:
    """Render a fact graph (see :func:`render_page`) and write it to ``output``.

    Missing parent folders are created.

    Raises
    ------
    VizError
        If the file cannot be written.
    """
    html, report = render_page(g, title=title, notes=notes, max_nodes=max_nodes, seed=seed)
    path = Path(output)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise VizError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return PageReport(
        path=path,
        nodes=report.nodes,
        edges=report.edges,
        total_nodes=report.total_nodes,
        total_edges=report.total_edges,
        bytes=report.bytes,
        omitted_by_class=report.omitted_by_class,
    )


def viz_store(
    store: KGStore,
    output: str | os.PathLike[str],
    *,
    focus: str | None = None,
    hops: int = 2,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    types: Iterable[str] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    title: str | None = None,
) -> PageReport:
    """Project the store (:func:`~kg.analysis.projections.fact_graph`) and write a page.

    Parameters
    ----------
    store : kg.store.KGStore
        The store to draw.
    output : str or Path
        The HTML file to write.
    focus : str, optional
        An actor or place (IRI, label or alias): draw only what lies within ``hops``
        steps of it.
    hops : int
        Radius around ``focus``; an event is one step.
    since, until, types
        Event filters of :func:`~kg.analysis.projections.fact_graph`.
    max_nodes : int
        Node budget of the page.
    title : str, optional
        Page title (default: "conflict-kg graph", or the focus).

    Raises
    ------
    kg.analysis.UnknownNodeError
        If ``focus`` matches nothing.
    """
    if hops < 0:
        raise VizError(f"--hops must be 0 or more (got {hops})")
    type_list = [t.strip() for t in (types or ()) if t and t.strip()]
    g = fact_graph(store, since=since, until=until, types=type_list)
    notes = []
    if since or until:
        notes.append(f"Events dated {since or '…'} to {until or '…'}.")
    if type_list:
        notes.append(f"Event types: {', '.join(type_list)}.")
    if focus:
        centre = find_node(g, focus)
        label = g.nodes[centre].get("label") or centre
        g = ego_network(g, centre, radius=hops)
        notes.append(f"Within {hops} steps of {label} (an event is one step).")
        title = title or f"conflict-kg: {label}"
    return write_page(
        g, output, title=title or "conflict-kg graph", notes=notes, max_nodes=max_nodes
    )
