"""Projections of the store into networkx graphs, read with SPARQL.

Three graphs come out of the store:

* :func:`fact_graph`: everything that can be drawn. Nodes are entities (actors, places,
  positions; ``kind="entity"``) and events (``kind="event"``); edges are event roles
  (``source``/``participant`` from actor to event, ``target``/``place``/``reportedBy`` from
  event to entity; ``kind="role"``) and relations between entities (``locatedIn``,
  ``memberOf``, ``holdsPosition``, ...; ``kind="relation"``, with their evidence).
* :func:`interaction_graph`: actors only, one ``MultiDiGraph`` edge per event and ordered
  actor pair (source to target; joint events such as a phone call give an edge each way),
  keyed by the event IRI and carrying its CAMEO code, QuadClass, Goldstein score, date and
  evidence. :func:`interaction_summary` folds it into a weighted ``DiGraph``.
* :func:`actor_place_graph`: the bipartite graph of actors and the places of their events.

All node ids are IRIs (strings), except in the bipartite graph (see there). Filters are
keyword options: ``since``/``until`` (dates; an event counts when its date, at its
precision, overlaps the range), ``types`` (CAMEO codes or code prefixes such as ``"19"``,
or event class names such as ``"Fight"``), and ``asserted_only`` (drop negated and
hypothetical events; on by default).

The functions that take a fact graph (:func:`interactions`, :func:`actor_places`) let a
notebook query the store once and derive the other projections from it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, cast

import networkx as nx

from kg.dyads import read_record
from kg.errors import KGError
from kg.namespaces import sparql_prefixes
from kg.store import KGStore

__all__ = [
    "ENTITY_CLASSES",
    "PLACE_CLASSES",
    "QUAD_CLASSES",
    "actor_place_graph",
    "actor_places",
    "date_range",
    "dyad_graph",
    "fact_graph",
    "interaction_graph",
    "interaction_summary",
    "interactions",
]

#: Entity classes in order of precedence (an entity typed twice gets the first).
ENTITY_CLASSES = (
    "ArmedGroup",
    "MilitaryUnit",
    "GovernmentBody",
    "MediaOrganization",
    "InternationalOrganization",
    "Organization",
    "Person",
    "Country",
    "City",
    "Region",
    "Facility",
    "Place",
    "Position",
)
#: Classes whose members can be the place of an event.
PLACE_CLASSES = ("Country", "City", "Region", "Facility", "Place")
#: QuadClass names, by number.
QUAD_CLASSES = MappingProxyType(
    {
        1: "Verbal cooperation",
        2: "Material cooperation",
        3: "Verbal conflict",
        4: "Material conflict",
    }
)
#: Roles of entities in events: predicate local name -> (role, entity is the edge's source).
_ROLES = MappingProxyType(
    {
        "hasSource": ("source", True),
        "hasParticipant": ("participant", True),
        "hasTarget": ("target", False),
        "atPlace": ("place", False),
        "reportedBy": ("reportedBy", False),
    }
)

_PREFIXES = sparql_prefixes()
_Q_ENTITIES = (
    _PREFIXES
    + """
SELECT DISTINCT ?s ?type ?label WHERE {
  VALUES ?type { ckg:ArmedGroup ckg:MilitaryUnit ckg:GovernmentBody ckg:MediaOrganization
                 ckg:InternationalOrganization ckg:Organization ckg:Person ckg:Country
                 ckg:City ckg:Region ckg:Facility ckg:Place ckg:Position }
  GRAPH ?g { ?s a ?type ; rdfs:label ?label . }
}"""
)
_Q_ENTITY_FACTS = (
    _PREFIXES
    + """
SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?p { ckg:countryCode ckg:wikidata ckg:latitude ckg:longitude }
  ?s ?p ?o .
}"""
)
_Q_ALIASES = (
    _PREFIXES
    + """
SELECT DISTINCT ?s ?alias WHERE {
  ?s skos:altLabel ?alias .
  FILTER NOT EXISTS { ?s a ckg:Event }
}"""
)
_Q_EVENTS = (
    _PREFIXES
    + """
SELECT ?e ?label ?code ?codeLabel ?class ?quad ?goldstein ?root ?rootLabel ?rootClass
       ?date ?precision ?negated ?hypothetical ?confidence ?sentence
       ?docId ?title ?url ?published ?publisher WHERE {
  ?e a ckg:Event ; ckg:cameoCode ?concept .
  ?concept skos:notation ?code ; skos:prefLabel ?codeLabel ;
           ckg:quadClass ?quad ; ckg:goldstein ?goldstein .
  OPTIONAL { ?concept ckg:eventClass ?class }
  OPTIONAL {
    ?concept skos:broader* ?rootConcept .
    ?rootConcept skos:topConceptOf ?scheme ; skos:notation ?root ; skos:prefLabel ?rootLabel .
    OPTIONAL { ?rootConcept ckg:eventClass ?rootClass }
  }
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e ckg:date ?date }
  OPTIONAL { ?e ckg:datePrecision ?precision }
  OPTIONAL { ?e ckg:negated ?negated }
  OPTIONAL { ?e ckg:hypothetical ?hypothetical }
  OPTIONAL { ?e ckg:confidence ?confidence }
  OPTIONAL { ?e prov:wasDerivedFrom ?evidence . ?evidence ckg:sentenceText ?sentence }
  OPTIONAL {
    ?e ckg:inDocument ?doc .
    OPTIONAL { ?doc ckg:docId ?docId }
    OPTIONAL { ?doc dcterms:title ?title }
    OPTIONAL { ?doc ckg:url ?url }
    OPTIONAL { ?doc ckg:publishedDate ?published }
    # the publisher's label inside the article's own graph: over the union it repeats once
    # per article that names the publisher
    OPTIONAL { GRAPH ?pg { ?doc ckg:publisher ?pub . ?pub rdfs:label ?publisher } }
  }
}"""
)
_Q_ROLES = (
    _PREFIXES
    + """
SELECT DISTINCT ?e ?role ?x WHERE {
  VALUES ?role { "hasSource" "hasParticipant" "hasTarget" "atPlace" "reportedBy" }
  BIND(IRI(CONCAT(STR(ckg:), ?role)) AS ?predicate)
  ?e a ckg:Event ; ?predicate ?x .
}"""
)
_Q_QUANTITIES = (
    _PREFIXES
    + """
SELECT DISTINCT ?e ?kind ?value ?approx WHERE {
  ?e a ckg:Event ; ckg:hasQuantity ?q .
  ?q ckg:quantityKind ?kind ; ckg:quantityValue ?value .
  OPTIONAL { ?q ckg:approximation ?approx }
}"""
)
_Q_RELATIONS = (
    _PREFIXES
    + """
SELECT DISTINCT ?s ?predicate ?o ?sentence ?docId ?title ?url ?published WHERE {
  ?r a ckg:RelationAssertion ; ckg:assertedSubject ?s ; ckg:assertedPredicate ?p ;
     ckg:assertedObject ?o .
  BIND(STRAFTER(STR(?p), "#") AS ?predicate)
  OPTIONAL { ?r prov:wasDerivedFrom ?evidence . ?evidence ckg:sentenceText ?sentence }
  OPTIONAL {
    ?r ckg:inDocument ?doc .
    OPTIONAL { ?doc ckg:docId ?docId }
    OPTIONAL { ?doc dcterms:title ?title }
    OPTIONAL { ?doc ckg:url ?url }
    OPTIONAL { ?doc ckg:publishedDate ?published }
  }
}"""
)
_Q_POSITION_OF = (
    _PREFIXES
    + """
SELECT DISTINCT ?position ?of WHERE { ?position a ckg:Position ; ckg:positionOf ?of . }"""
)


# ---------------------------------------------------------------------------- helpers
def _rows(store: KGStore, sparql: str) -> Iterator[dict[str, Any]]:
    """The solutions of a SELECT query as dicts of the bound variables."""
    for row in store.query(sparql):
        yield cast(Any, row).asdict()


def _text(term: Any) -> str | None:
    return None if term is None else str(term)


def _number(term: Any) -> float | None:
    if term is None:
        return None
    try:
        return float(str(term))
    except ValueError:
        return None


def _flag(term: Any) -> bool:
    return term is not None and str(term).strip().lower() in ("true", "1")


def _local(iri: str | None) -> str | None:
    if iri is None:
        return None
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _as_date(value: dt.date | str | None, name: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise KGError(f"{name}: bad date {value!r} (expected YYYY-MM-DD)") from None


def date_range(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by a date of day, month or year precision.

    Examples
    --------
    >>> date_range("2022-02")
    (datetime.date(2022, 2, 1), datetime.date(2022, 2, 28))
    >>> date_range("2022-05-20")[0], date_range(None)
    (datetime.date(2022, 5, 20), None)
    """
    if not value:
        return None
    text = value.strip()[:10]
    try:
        if len(text) == 4:
            year = int(text)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            return dt.date(year, month, 1), dt.date(
                year, month, calendar.monthrange(year, month)[1]
            )
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return day, day


def _type_matches(attrs: Mapping[str, Any], types: Iterable[str]) -> bool:
    code = attrs.get("code") or ""
    names = {
        str(attrs.get(k) or "").casefold()
        for k in ("event_class", "root_class", "code_label", "root_label")
    }
    for spec in types:
        spec = spec.strip()
        if spec.isdigit():
            if code.startswith(spec):
                return True
        elif spec.casefold() in names:
            return True
    return False


def _keep_event(
    attrs: Mapping[str, Any],
    since: dt.date | None,
    until: dt.date | None,
    types: tuple[str, ...],
    asserted_only: bool,
) -> bool:
    if asserted_only and (attrs["negated"] or attrs["hypothetical"]):
        return False
    if types and not _type_matches(attrs, types):
        return False
    if since is None and until is None:
        return True
    span = date_range(attrs.get("date"))
    if span is None:
        return False
    return (since is None or span[1] >= since) and (until is None or span[0] <= until)


# ---------------------------------------------------------------------------- fact graph
def _entities(store: KGStore) -> dict[str, dict[str, Any]]:
    rank = {c: i for i, c in enumerate(ENTITY_CLASSES)}
    out: dict[str, dict[str, Any]] = {}
    for row in _rows(store, _Q_ENTITIES):
        iri, cls, label = (
            str(row.get("s")),
            _local(str(row.get("type"))) or "",
            str(row.get("label")),
        )
        have = out.get(iri)
        if have is None:
            out[iri] = {
                "kind": "entity",
                "cls": cls,
                "label": label,
                "country": None,
                "wikidata": None,
                "lat": None,
                "lon": None,
                "aliases": [],
            }
        elif (rank[cls], label) < (rank[have["cls"]], have["label"]):
            have["cls"], have["label"] = cls, label
    names = {
        "countryCode": "country",
        "wikidata": "wikidata",
        "latitude": "lat",
        "longitude": "lon",
    }
    for row in sorted(
        _rows(store, _Q_ENTITY_FACTS), key=lambda r: (str(r["s"]), str(r["p"]), str(r["o"]))
    ):
        entity = out.get(str(row.get("s")))
        key = names[_local(str(row.get("p"))) or ""]
        if entity is not None and entity[key] is None:
            entity[key] = _number(row.get("o")) if key in ("lat", "lon") else str(row.get("o"))
    for row in _rows(store, _Q_ALIASES):
        entity = out.get(str(row.get("s")))
        if entity is not None:
            entity["aliases"].append(str(row.get("alias")))
    for entity in out.values():
        entity["aliases"] = sorted(set(entity["aliases"]) - {entity["label"]})
    return out


def _events(store: KGStore) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for row in _rows(store, _Q_EVENTS):
        iri = str(row.get("e"))
        if iri in out:
            continue
        code = str(row.get("code"))
        root = _text(row.get("root")) or code[:2]
        event_class = _local(_text(row.get("class")))
        out[iri] = {
            "kind": "event",
            "cls": "Event",
            "label": _text(row.get("label")) or f"{row.get('codeLabel')} ({code})",
            "code": code,
            "code_label": str(row.get("codeLabel")),
            "event_class": event_class,
            "root": root,
            "root_label": _text(row.get("rootLabel")) or root,
            "root_class": _local(_text(row.get("rootClass"))) or event_class,
            "quad_class": int(_number(row.get("quad")) or 0),
            "goldstein": _number(row.get("goldstein")) or 0.0,
            "date": _text(row.get("date")),
            "date_precision": _text(row.get("precision"))
            or ("day" if row.get("date") is not None else None),
            "negated": _flag(row.get("negated")),
            "hypothetical": _flag(row.get("hypothetical")),
            "confidence": _number(row.get("confidence")),
            "evidence": _text(row.get("sentence")),
            "doc_id": _text(row.get("docId")),
            "title": _text(row.get("title")),
            "url": _text(row.get("url")),
            "published": _text(row.get("published")),
            "publisher": _text(row.get("publisher")),
            "quantities": {},
        }
    for row in _rows(store, _Q_QUANTITIES):
        event = out.get(str(row.get("e")))
        if event is not None:
            event["quantities"][str(row.get("kind"))] = _number(row.get("value"))
    return out


def fact_graph(
    store: KGStore,
    *,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    types: Iterable[str] | None = None,
    asserted_only: bool = True,
    relations: bool = True,
) -> nx.MultiDiGraph:
    """The graph of entities, events and relations, for drawing and path finding.

    Parameters
    ----------
    store : kg.store.KGStore
        The store to read.
    since, until : datetime.date or str, optional
        Keep events whose date overlaps this range (undated events are dropped when
        either is given).
    types : iterable of str, optional
        Keep events of these CAMEO codes or code prefixes (``"19"``, ``"041"``) or
        event classes (``"Fight"``, ``"TelephoneCall"``; case-insensitive).
    asserted_only : bool
        Drop negated and hypothetical events.
    relations : bool
        Include relations between entities.

    Returns
    -------
    networkx.MultiDiGraph
        Node attributes: ``kind`` (``"entity"`` or ``"event"``), ``cls`` (entity class
        or ``"Event"``), ``label``; entities also ``country``, ``wikidata``, ``lat``,
        ``lon``, ``aliases``; events ``code``, ``code_label``, ``event_class``, ``root``,
        ``root_label``, ``quad_class``, ``goldstein``, ``date``, ``date_precision``,
        ``evidence`` (the sentence), ``doc_id``, ``title``, ``url``, ``published``,
        ``quantities``. Edge attributes: ``kind`` (``"role"`` or ``"relation"``),
        ``relation`` (role or relation name, also the edge key) and, for relations,
        ``evidence``: a list of ``{"sentence", "doc_id", "title", "url"}``.

    When a date or type filter is given, entities are kept only when a kept event
    involves them, and relations only between kept entities.
    """
    since_d, until_d = _as_date(since, "since"), _as_date(until, "until")
    type_specs = tuple(t for t in (types or ()) if t and t.strip())
    filtered = bool(since_d or until_d or type_specs)
    entities = _entities(store)
    events = {
        iri: attrs
        for iri, attrs in _events(store).items()
        if _keep_event(attrs, since_d, until_d, type_specs, asserted_only)
    }
    g = nx.MultiDiGraph()
    if not filtered:
        g.add_nodes_from(entities.items())
    for iri, attrs in events.items():
        g.add_node(iri, **attrs)
    for row in _rows(store, _Q_ROLES):
        event, other = str(row.get("e")), str(row.get("x"))
        if event not in events or other not in entities:
            continue
        role, entity_first = _ROLES[str(row.get("role"))]
        if other not in g:
            g.add_node(other, **entities[other])
        u, v = (other, event) if entity_first else (event, other)
        g.add_edge(u, v, key=role, kind="role", relation=role)
    if relations:
        _add_relations(store, g, entities, add_nodes=not filtered)
    return g


def _add_relations(
    store: KGStore, g: nx.MultiDiGraph, entities: Mapping[str, Any], *, add_nodes: bool
) -> None:
    def usable(iri: str) -> bool:
        return iri in g or (add_nodes and iri in entities)

    found: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in _rows(store, _Q_RELATIONS):
        s, p, o = str(row.get("s")), str(row.get("predicate")), str(row.get("o"))
        if not (usable(s) and usable(o)):
            continue
        item = {
            "sentence": _text(row.get("sentence")),
            "doc_id": _text(row.get("docId")),
            "title": _text(row.get("title")),
            "url": _text(row.get("url")),
            "published": _text(row.get("published")),
        }
        if item not in found[(s, p, o)]:
            found[(s, p, o)].append(item)
    for row in _rows(store, _Q_POSITION_OF):
        s, o = str(row.get("position")), str(row.get("of"))
        if usable(s) and usable(o):
            found.setdefault((s, "positionOf", o), [])
    for (s, p, o), evidence in sorted(found.items()):
        for node in (s, o):
            if node not in g:
                g.add_node(node, **entities[node])
        evidence.sort(key=lambda e: (e["doc_id"] or "", e["sentence"] or ""))
        g.add_edge(s, o, key=p, kind="relation", relation=p, evidence=evidence)


# ---------------------------------------------------------------------------- interactions
def _event_edge(event: str, attrs: Mapping[str, Any], joint: bool) -> dict[str, Any]:
    return {
        "event": event,
        "code": attrs["code"],
        "label": attrs["code_label"],
        "root": attrs["root"],
        "root_label": attrs["root_label"],
        "quad_class": attrs["quad_class"],
        "goldstein": attrs["goldstein"],
        "date": attrs["date"],
        "evidence": attrs["evidence"],
        "doc_id": attrs["doc_id"],
        "title": attrs["title"],
        "joint": joint,
    }


def interactions(facts: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The actor interaction graph of a fact graph (see :func:`interaction_graph`).

    Examples
    --------
    >>> f = nx.MultiDiGraph()
    >>> f.add_node("a", kind="entity", cls="Country", label="A")
    >>> f.add_node("b", kind="entity", cls="City", label="B")
    >>> f.add_node("e", kind="event", code="190", code_label="Fight", root="19",
    ...            root_label="Fight", quad_class=4, goldstein=-10.0, date="2022-05-02",
    ...            evidence="A fought B.", doc_id="d", title=None)
    >>> _ = f.add_edge("a", "e", key="source", kind="role", relation="source")
    >>> _ = f.add_edge("e", "b", key="target", kind="role", relation="target")
    >>> m = interactions(f)
    >>> [(u, v, d["code"], d["goldstein"]) for u, v, d in m.edges(data=True)]
    [('a', 'b', '190', -10.0)]
    """
    m = nx.MultiDiGraph()
    for event, attrs in facts.nodes(data=True):
        if attrs.get("kind") != "event":
            continue
        senders: list[str] = []
        participants: list[str] = []
        targets: list[str] = []
        for u, _v, role in facts.in_edges(event, keys=True):
            senders.append(u)
            if role == "participant":
                participants.append(u)
        for _u, v, role in facts.out_edges(event, keys=True):
            if role == "target":
                targets.append(v)
        for actor in (*senders, *targets):
            if actor not in m:
                m.add_node(actor, **_actor_attrs(facts.nodes[actor]))
        pairs = [(s, t, False) for s in senders for t in targets if s != t]
        pairs += [(p, q, True) for p in participants for q in participants if p != q]
        for s, t, joint in sorted(set(pairs)):
            m.add_edge(s, t, key=event, **_event_edge(event, attrs, joint))
    return m


def _actor_attrs(attrs: Mapping[str, Any]) -> dict[str, Any]:
    return {k: attrs.get(k) for k in ("kind", "cls", "label", "country", "aliases")}


def interaction_graph(
    store: KGStore,
    *,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    types: Iterable[str] | None = None,
    asserted_only: bool = True,
) -> nx.MultiDiGraph:
    """The actor interaction graph: one edge per event and ordered pair of actors.

    A directed event gives an edge from each source to each target; a joint event
    (``ckg:hasParticipant``, e.g. two leaders who met) gives an edge each way between
    every two participants, marked ``joint=True``. Edges are keyed by the event IRI and
    carry ``code``, ``label``, ``root``, ``root_label``, ``quad_class``, ``goldstein``,
    ``date``, ``evidence``, ``doc_id`` and ``title``. Every actor of a kept event is a
    node, even when the event has no counterpart.

    Parameters are those of :func:`fact_graph`.
    """
    facts = fact_graph(
        store,
        since=since,
        until=until,
        types=types,
        asserted_only=asserted_only,
        relations=False,
    )
    return interactions(facts)


def interaction_summary(m: nx.MultiDiGraph) -> nx.DiGraph:
    """Fold an interaction multigraph into a weighted ``DiGraph``.

    Edge attributes: ``weight`` (number of events), ``goldstein`` (their Goldstein sum),
    ``cooperation`` (QuadClass 1-2 events), ``conflict`` (QuadClass 3-4 events), ``q1`` to
    ``q4`` (events per QuadClass), ``first`` and ``last`` (dates).

    Examples
    --------
    >>> m = nx.MultiDiGraph()
    >>> _ = m.add_edge("a", "b", quad_class=4, goldstein=-10.0, date="2022-05-02")
    >>> _ = m.add_edge("a", "b", quad_class=1, goldstein=1.0, date="2022-05-01")
    >>> d = interaction_summary(m)["a"]["b"]
    >>> d["weight"], d["goldstein"], d["cooperation"], d["conflict"], d["first"]
    (2, -9.0, 1, 1, '2022-05-01')
    """
    g = nx.DiGraph()
    g.add_nodes_from(m.nodes(data=True))
    for u, v, attrs in m.edges(data=True):
        if not g.has_edge(u, v):
            g.add_edge(
                u, v, weight=0, goldstein=0.0, cooperation=0, conflict=0,
                q1=0, q2=0, q3=0, q4=0, first=None, last=None,
            )  # fmt: skip
        d = g[u][v]
        quad = int(attrs.get("quad_class") or 0)
        d["weight"] += 1
        d["goldstein"] = round(d["goldstein"] + float(attrs.get("goldstein") or 0.0), 6)
        if quad in (1, 2):
            d["cooperation"] += 1
        elif quad in (3, 4):
            d["conflict"] += 1
        if quad in QUAD_CLASSES:
            d[f"q{quad}"] += 1
        date = attrs.get("date")
        if date:
            d["first"] = date if d["first"] is None else min(d["first"], date)
            d["last"] = date if d["last"] is None else max(d["last"], date)
    return g


def dyad_graph(store: KGStore, *, records: bool = True) -> nx.DiGraph:
    """The weighted actor graph straight from the store's dyad summary graph.

    The same edges and attributes as ``interaction_summary(interaction_graph(store))``
    (``weight``, ``goldstein``, ``cooperation``, ``conflict``, ``q1`` to ``q4``, ``first``,
    ``last``; nodes carry ``label``), for all asserted events with no date or type filter,
    but read from the tallies the store keeps up to date at ingest (:mod:`kg.dyads`): one
    record per actor pair (``ckg:dyadRecord``) instead of one row per event, so it is the
    projection that stays fast at 1M events. Use :func:`interaction_graph` for filters,
    evidence and per-event edges.

    ``records=False`` reads the dyad nodes' properties instead (ten triples per dyad, what
    SPARQL queries see): the same graph, slower; for checks and benchmarks.
    """
    g = nx.DiGraph()
    if records and store.has_dyad_records():
        g.add_edges_from(_record_edges(store.dyad_records()))
    else:  # a summary written before the records, opened read-only: node by node
        g.add_edges_from(
            (source, target, _edge_attrs(t.events, t.quads, float(t.goldstein), t.first, t.last))
            for (source, target), t in store.dyad_tallies().items()
        )
    labels = store.dyad_labels()
    for node, attrs in g.nodes(data=True):
        attrs["label"] = labels.get(node)
    return g


def _edge_attrs(
    events: int, quads: list[int], goldstein: float, first: str | None, last: str | None
) -> dict[str, Any]:
    q1, q2, q3, q4 = quads
    return {
        "weight": events, "goldstein": round(goldstein, 6),
        "cooperation": q1 + q2, "conflict": q3 + q4, "q1": q1, "q2": q2, "q3": q3, "q4": q4,
        "first": first, "last": last,
    }  # fmt: skip


def _record_edges(records: Iterable[str]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """The edges of ``ckg:dyadRecord`` texts (the fields of :func:`kg.dyads.record_text`)."""
    actors: dict[str, str] = {}  # one string per actor, however many dyads it is in
    for text in records:
        f = text.split(" ")
        if len(f) not in (8, 10):
            read_record(text)  # raises ValueError naming the text
        quads = [int(f[3]), int(f[4]), int(f[5]), int(f[6])]
        first, last = (f[8], f[9]) if len(f) == 10 else (None, None)
        if len(f) == 10 and ("%" in f[8] or "%" in f[9]):  # a percent-encoded date
            _dyad, t = read_record(text)
            first, last = t.first, t.last
        source, target = actors.setdefault(f[0], f[0]), actors.setdefault(f[1], f[1])
        yield source, target, _edge_attrs(int(f[2]), quads, float(f[7]), first, last)


# ---------------------------------------------------------------------------- actors x places
def actor_places(facts: nx.MultiDiGraph) -> nx.Graph:
    """The actor–place bipartite graph of a fact graph (see :func:`actor_place_graph`).

    Examples
    --------
    >>> f = nx.MultiDiGraph()
    >>> f.add_node("a", kind="entity", cls="Country", label="A")
    >>> f.add_node("p", kind="entity", cls="City", label="P")
    >>> f.add_node("e", kind="event", code="190", quad_class=4, date=None)
    >>> _ = f.add_edge("a", "e", key="source", kind="role", relation="source")
    >>> _ = f.add_edge("e", "p", key="place", kind="role", relation="place")
    >>> b = actor_places(f)
    >>> sorted(b.nodes(data="bipartite")), b[("actor", "a")][("place", "p")]["weight"]
    ([(('actor', 'a'), 0), (('place', 'p'), 1)], 1)
    """
    b = nx.Graph()
    for event, attrs in facts.nodes(data=True):
        if attrs.get("kind") != "event":
            continue
        actors = {u for u, _v, role in facts.in_edges(event, keys=True)}
        actors |= {v for _u, v, role in facts.out_edges(event, keys=True) if role == "target"}
        places = {v for _u, v, role in facts.out_edges(event, keys=True) if role == "place"}
        for place in places:
            pnode = ("place", place)
            if pnode not in b:
                b.add_node(pnode, bipartite=1, entity=place, **_actor_attrs(facts.nodes[place]))
            for actor in actors:
                anode = ("actor", actor)
                if anode not in b:
                    b.add_node(anode, bipartite=0, entity=actor, **_actor_attrs(facts.nodes[actor]))
                if not b.has_edge(anode, pnode):
                    b.add_edge(anode, pnode, weight=0, events=[])
                b[anode][pnode]["weight"] += 1
                b[anode][pnode]["events"].append(event)
    return b


def actor_place_graph(
    store: KGStore,
    *,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    types: Iterable[str] | None = None,
    asserted_only: bool = True,
) -> nx.Graph:
    """The bipartite graph of actors and the places where their events happened.

    An entity can act in one event and be the place of another (a country), so nodes are
    pairs: ``("actor", iri)`` with ``bipartite=0`` and ``("place", iri)`` with
    ``bipartite=1``; both carry ``entity`` (the IRI), ``label`` and ``cls``. An edge links
    an actor (source, participant or target) to the place of an event; ``weight`` counts
    the events and ``events`` lists their IRIs.

    Parameters are those of :func:`fact_graph`.
    """
    facts = fact_graph(
        store,
        since=since,
        until=until,
        types=types,
        asserted_only=asserted_only,
        relations=False,
    )
    return actor_places(facts)
