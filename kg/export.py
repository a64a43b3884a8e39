"""Export the stored graph: Turtle, TriG, N-Quads, JSON-LD, the JSON Lines contract, events CSV.

Works on any :class:`~kg.store.KGStore`: the RDF formats read
:meth:`~kg.store.KGStore.quads` (the embedded store streams them straight from
Oxigraph, a remote store asks its server once); the record formats are SPARQL
queries. Labels are read in the article graph that mentions the thing, so a
label repeated in many article graphs does not repeat rows.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any, cast

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import KGError
from kg.sparql import DEFAULT_PREFIXES, PREFIX_BLOCK
from kg.store import KGStore

FORMATS = ("ttl", "trig", "nq", "jsonld", "jsonl", "events-csv")

_Q_ENTITIES = (
    PREFIX_BLOCK
    + """
SELECT ?doc ?s ?type ?label (GROUP_CONCAT(DISTINCT ?alias; SEPARATOR="\\u001f") AS ?aliases)
       (SAMPLE(?cc) AS ?country) (SAMPLE(?qid) AS ?wikidata)
WHERE {
  GRAPH ?g { ?s a ?t ; rdfs:label ?label . ?d a ckg:Article ; ckg:docId ?doc .
             OPTIONAL { ?s skos:altLabel ?alias } OPTIONAL { ?s ckg:countryCode ?cc }
             OPTIONAL { ?s ckg:wikidata ?qid } }
  FILTER(?t NOT IN (ckg:Event, ckg:Article, ckg:Evidence, ckg:Extractor, ckg:Quantity,
                    ckg:RelationAssertion))
  FILTER(STRSTARTS(STR(?t), STR(ckg:)))
  FILTER NOT EXISTS { ?s a ckg:Event }
  BIND(STRAFTER(STR(?t), "#") AS ?type)
}
GROUP BY ?doc ?s ?type ?label
ORDER BY ?doc ?s
"""
)

_Q_EVENTS = (
    PREFIX_BLOCK
    + """
SELECT ?doc ?e ?type ?code ?root ?quad ?goldstein ?date ?negated ?hyp ?rule ?conf
       ?sentence ?start ?end ?place ?placeLabel
WHERE {
  GRAPH ?g { ?e a ckg:Event ; ckg:cameoCode ?c ; ckg:negated ?negated ;
             ckg:hypothetical ?hyp ; ckg:rule ?rule ; ckg:confidence ?conf ;
             ckg:inDocument ?d ; prov:wasDerivedFrom ?ev .
             ?d ckg:docId ?doc .
             ?ev ckg:sentenceText ?sentence ; ckg:startOffset ?start ; ckg:endOffset ?end . }
  {
    SELECT ?c ?code ?quad ?goldstein ?cls ?root WHERE {
      ?c skos:notation ?code ; ckg:quadClass ?quad ; ckg:goldstein ?goldstein ;
         ckg:eventClass ?cls .
      ?c skos:broader* ?r . ?r skos:topConceptOf ?scheme ; skos:notation ?root .
    }
  }
  OPTIONAL { GRAPH ?g { ?e ckg:date ?date } }
  OPTIONAL { GRAPH ?g { ?e ckg:atPlace ?place . ?place rdfs:label ?placeLabel } }
  BIND(STRAFTER(STR(?cls), "#") AS ?type)
}
ORDER BY ?doc ?start ?e
"""
)

_Q_ROLES = (
    PREFIX_BLOCK
    + """
SELECT ?e ?role ?a ?label WHERE {
  VALUES ?role { ckg:hasSource ckg:hasParticipant ckg:hasTarget ckg:reportedBy }
  GRAPH ?g { ?e a ckg:Event ; ?role ?a . ?a rdfs:label ?label }
}
"""
)

_Q_QUANTITIES = (
    PREFIX_BLOCK
    + """
SELECT ?e ?kind ?value ?approx WHERE {
  ?e ckg:hasQuantity ?q . ?q ckg:quantityKind ?kind ; ckg:quantityValue ?value ;
  ckg:approximation ?approx .
}
"""
)

_Q_RELATIONS = (
    PREFIX_BLOCK
    + """
SELECT ?doc ?r ?s ?sl ?p ?o ?ol ?sentence ?start ?end ?rule ?conf WHERE {
  GRAPH ?g { ?r a ckg:RelationAssertion ; ckg:assertedSubject ?s ; ckg:assertedPredicate ?p ;
             ckg:assertedObject ?o ; ckg:inDocument ?d ; prov:wasDerivedFrom ?ev ;
             ckg:rule ?rule ; ckg:confidence ?conf .
             ?d ckg:docId ?doc .
             ?ev ckg:sentenceText ?sentence ; ckg:startOffset ?start ; ckg:endOffset ?end .
             ?s rdfs:label ?sl . ?o rdfs:label ?ol . }
}
ORDER BY ?doc ?start ?r
"""
)


def _py(term: Any) -> Any:
    return None if term is None else term.toPython() if hasattr(term, "toPython") else str(term)


def _rows(result: Any) -> Iterable[tuple[Any, ...]]:
    """The rows of a SELECT result (rdflib types them loosely)."""
    return cast(Iterable[tuple[Any, ...]], result)


def store_records(store: KGStore) -> Iterator[dict[str, Any]]:
    """The JSON Lines contract records of everything stored."""
    roles: dict[str, dict[str, list[dict[str, str]]]] = {}
    names = {
        "hasSource": "actors",
        "hasParticipant": "actors",
        "hasTarget": "targets",
        "reportedBy": "reported_by",
    }
    for e, role, a, label in _rows(store.query(_Q_ROLES)):
        key = names[str(role).rsplit("#", 1)[1]]
        lst = roles.setdefault(str(e), {}).setdefault(key, [])
        item = {"id": str(a), "label": str(label)}
        if item not in lst:
            lst.append(item)
    for by_role in roles.values():
        for lst in by_role.values():
            lst.sort(key=lambda item: (item["label"], item["id"]))
    quantities: dict[str, list[dict[str, Any]]] = {}
    for e, kind, value, approx in _rows(store.query(_Q_QUANTITIES)):
        quantities.setdefault(str(e), []).append(
            {"kind": str(kind), "value": float(value), "approx": str(approx)}
        )
    for lst in quantities.values():
        lst.sort(key=lambda item: (item["kind"], item["value"]))
    for row in _rows(store.query(_Q_ENTITIES)):
        doc, s, typ, label, aliases, country, qid = row
        yield {
            "kind": "entity",
            "id": str(s),
            "doc": str(doc),
            "label": str(label),
            "type": str(typ),
            "aliases": sorted(a for a in str(aliases or "").split("\u001f") if a),
            "country": _py(country),
            "wikidata": _py(qid),
        }
    for row in _rows(store.query(_Q_EVENTS)):
        (
            doc,
            e,
            typ,
            code,
            root,
            quad,
            gold,
            date,
            neg,
            hyp,
            rule,
            conf,
            sentence,
            start,
            end,
            place,
            place_label,
        ) = row
        r = roles.get(str(e), {})
        yield {
            "kind": "event",
            "id": str(e),
            "doc": str(doc),
            "type": str(typ),
            "cameo": str(code),
            "cameo_root": str(root),
            "quad_class": int(quad),
            "goldstein": float(gold),
            "actors": r.get("actors", []),
            "targets": r.get("targets", []),
            "place": {"id": str(place), "label": str(place_label)} if place else None,
            "date": str(date) if date is not None else None,
            "quantities": quantities.get(str(e), []),
            "negated": bool(_py(neg)),
            "hypothetical": bool(_py(hyp)),
            "reported_by": r.get("reported_by", []),
            "evidence": {
                "doc": str(doc),
                "sentence": str(sentence),
                "start": int(start),
                "end": int(end),
            },
            "rule": str(rule),
            "confidence": float(conf),
        }
    for row in _rows(store.query(_Q_RELATIONS)):
        doc, r_, s, sl, p, o, ol, sentence, start, end, rule, conf = row
        yield {
            "kind": "relation",
            "id": str(r_),
            "doc": str(doc),
            "subject": {"id": str(s), "label": str(sl)},
            "predicate": str(p).rsplit("#", 1)[1],
            "object": {"id": str(o), "label": str(ol)},
            "evidence": {
                "doc": str(doc),
                "sentence": str(sentence),
                "start": int(start),
                "end": int(end),
            },
            "rule": str(rule),
            "confidence": float(conf),
        }


EVENT_COLUMNS = (
    "event_id",
    "doc",
    "date",
    "cameo",
    "cameo_root",
    "event_type",
    "quad_class",
    "goldstein",
    "actor1",
    "actor2",
    "place",
    "killed",
    "injured",
    "displaced",
    "negated",
    "confidence",
    "sentence",
)


def events_csv(store: KGStore, out: IO[str]) -> int:
    """One row per event with GDELT/ACLED-like columns; returns the row count."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(EVENT_COLUMNS)
    n = 0
    for rec in store_records(store):
        if rec["kind"] != "event":
            continue
        q = {x["kind"]: x["value"] for x in rec["quantities"]}
        w.writerow(
            [
                rec["id"],
                rec["doc"],
                rec["date"] or "",
                rec["cameo"],
                rec["cameo_root"],
                rec["type"],
                rec["quad_class"],
                rec["goldstein"],
                "; ".join(a["label"] for a in rec["actors"]),
                "; ".join(a["label"] for a in rec["targets"]),
                rec["place"]["label"] if rec["place"] else "",
                q.get("killed", ""),
                q.get("injured", q.get("killed_or_injured", "")),
                q.get("displaced", ""),
                rec["negated"],
                rec["confidence"],
                rec["evidence"]["sentence"],
            ]
        )
        n += 1
    return n


def export(store: KGStore, fmt: str, out: IO[str], *, include_ontology: bool = False) -> None:
    """Write the store in ``fmt`` to the text stream ``out``."""
    if fmt not in FORMATS:
        raise KGError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "jsonl":
        for rec in store_records(store):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return
    if fmt == "events-csv":
        events_csv(store, out)
        return
    quads = store.quads(include_ontology=include_ontology)
    if fmt in ("trig", "nq"):
        buf = io.BytesIO()
        ox.serialize(quads, buf, ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS)
        out.write(buf.getvalue().decode("utf-8"))
        return
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    if fmt == "ttl":
        buf = io.BytesIO()
        ox.serialize(
            sorted(triples, key=str),
            buf,
            ox.RdfFormat.TURTLE,
            prefixes={k: v for k, v in DEFAULT_PREFIXES.items() if k != "kgr"},
        )
        out.write(buf.getvalue().decode("utf-8"))
        return
    g = Graph()
    nt = io.BytesIO()
    ox.serialize(triples, nt, ox.RdfFormat.N_TRIPLES)
    g.parse(data=nt.getvalue().decode("utf-8"), format="nt")
    out.write(g.serialize(format="json-ld"))
