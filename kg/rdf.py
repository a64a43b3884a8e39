"""Map an :class:`kg.model.Extraction` to RDF triples in the article's named graph.

This module is the only place that decides the shape of the graph (see the
README's data model section and ``ontology/shapes.ttl``).
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.iris import (
    EXTRACTOR_IRI,
    actor_iri,
    document_iri,
    event_iri,
    evidence_iri,
    graph_iri,
    relation_iri,
)
from kg.model import Event, Evidence, Extraction
from kg.namespaces import CKG, WD
from kg.ontology import CameoScheme

Triple = tuple[URIRef, URIRef, URIRef | Literal]

RELATION_PREDICATES = {
    "locatedIn": CKG.locatedIn,
    "holdsPosition": CKG.holdsPosition,
    "memberOf": CKG.memberOf,
    "leads": CKG.leads,
    "spokespersonOf": CKG.spokespersonOf,
    "affiliatedWith": CKG.affiliatedWith,
    "partOf": CKG.partOf,
    "reportedBy": CKG.reportedBy,
    "citedBy": CKG.citedBy,
}
PRECISION_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def date_literal(value: str, precision: str | None) -> Literal:
    """A date of day, month or year precision.

    Examples
    --------
    >>> date_literal("2022-05", "month").datatype.endswith("gYearMonth")
    True
    """
    return Literal(value, datatype=PRECISION_TYPES.get(precision or "day", XSD.date))


def event_id(ev: Event) -> URIRef:
    e = ev.evidence
    start = e.trigger_start if e.trigger_start is not None else e.start
    end = e.trigger_end if e.trigger_end is not None else e.end
    # the two directions of one reciprocal report share their trigger
    cameo = f"{ev.cameo}-r" if ev.frame == "reciprocal" else ev.cameo
    return event_iri(ev.doc_id, start, end, cameo)


def _evidence(ev: Evidence, doc: URIRef) -> Iterator[Triple]:
    node = evidence_iri(ev.doc_id, ev.start, ev.end)
    yield node, RDF.type, CKG.Evidence
    yield node, CKG.sentenceText, Literal(ev.sentence)
    yield node, CKG.startOffset, Literal(ev.start, datatype=XSD.integer)
    yield node, CKG.endOffset, Literal(ev.end, datatype=XSD.integer)
    yield node, CKG.inDocument, doc
    yield node, PROV.wasDerivedFrom, doc


def extraction_triples(ext: Extraction, scheme: CameoScheme) -> tuple[URIRef, list[Triple]]:
    """Return the article's graph IRI and all its triples."""
    d = ext.document
    doc = document_iri(d.doc_id)
    # many facts of a sentence share its evidence: its triples are built once (they would
    # be dropped as repeats anyway)
    evidence_done: set[tuple[str, int, int, str]] = set()

    def evidence(ev: Evidence) -> list[Triple]:
        key = (ev.doc_id, ev.start, ev.end, ev.sentence)
        if key in evidence_done:
            return []
        evidence_done.add(key)
        return list(_evidence(ev, doc))

    out: list[Triple] = [
        (doc, RDF.type, CKG.Article),
        (doc, CKG.docId, Literal(d.doc_id)),
        (doc, CKG.contentHash, Literal(d.content_hash)),
    ]
    if d.title:
        out.append((doc, DCTERMS.title, Literal(d.title)))
    if d.url:
        out.append((doc, CKG.url, Literal(d.url, datatype=XSD.anyURI)))
    if d.published:
        out.append((doc, CKG.publishedDate, Literal(d.published.isoformat(), datatype=XSD.date)))
    if d.lang:
        out.append((doc, CKG.language, Literal(d.lang)))
    publisher = next((m.key for m in ext.mentions if m.rule == "dateline"), None)
    if publisher:
        out.append((doc, CKG.publisher, actor_iri(publisher)))
    out.append((EXTRACTOR_IRI, RDF.type, CKG.Extractor))
    out.append((EXTRACTOR_IRI, RDFS.label, Literal("conflict-kg rule-based extractor")))

    for ent in ext.entities:
        node = actor_iri(ent.key)
        out.append((node, RDF.type, CKG[ent.type]))
        out.append((node, RDFS.label, Literal(ent.label)))
        for alias in ent.aliases:
            if alias != ent.label:
                out.append((node, SKOS.altLabel, Literal(alias)))
        if (ent.country and ent.type == "Country") or ent.country:
            out.append((node, CKG.countryCode, Literal(ent.country)))
        if ent.wikidata:
            out.append((node, CKG.wikidata, Literal(ent.wikidata)))
            out.append((node, OWL.sameAs, WD[ent.wikidata]))
        if ent.lat is not None and ent.lon is not None:
            out.append(
                (node, CKG.latitude, Literal(round(float(ent.lat), 6), datatype=XSD.decimal))
            )
            out.append(
                (node, CKG.longitude, Literal(round(float(ent.lon), 6), datatype=XSD.decimal))
            )
    for pos in ext.positions:
        node = actor_iri(pos.key)
        out.append((node, RDF.type, CKG.Position))
        out.append((node, RDFS.label, Literal(pos.title)))
        out.append((node, CKG.title, Literal(pos.title)))
        if pos.of_key:
            out.append((node, CKG.positionOf, actor_iri(pos.of_key)))
        if pos.start:
            out.append((node, CKG.startDate, Literal(pos.start.isoformat(), datatype=XSD.date)))
        if pos.end:
            out.append((node, CKG.endDate, Literal(pos.end.isoformat(), datatype=XSD.date)))

    for ev in ext.events:
        node = event_id(ev)
        code = scheme.get(ev.cameo)
        out += [
            (node, RDF.type, CKG.Event),
            (node, RDF.type, code.event_class),
            (node, CKG.cameoCode, code.concept),
            (node, CKG.inDocument, doc),
            (node, CKG.rule, Literal(ev.evidence.rule)),
            (node, CKG.confidence, Literal(round(ev.evidence.confidence, 3), datatype=XSD.decimal)),
            (node, CKG.negated, Literal(ev.negated)),
            (node, CKG.hypothetical, Literal(ev.hypothetical)),
            (
                node,
                PROV.wasDerivedFrom,
                evidence_iri(ev.doc_id, ev.evidence.start, ev.evidence.end),
            ),
            (node, PROV.wasAttributedTo, EXTRACTOR_IRI),
            (node, RDFS.label, Literal(f"{code.label} ({ev.cameo})")),
        ]
        if ev.evidence.trigger_start is not None and ev.evidence.trigger_end is not None:
            trig = d.text[ev.evidence.trigger_start : ev.evidence.trigger_end]
            out.append((node, CKG.trigger, Literal(trig)))
        role = CKG.hasParticipant if ev.frame == "joint" else CKG.hasSource
        for a in ev.actors:
            out.append((node, role, actor_iri(a)))
        for t in ev.targets:
            out.append((node, CKG.hasTarget, actor_iri(t)))
        for r in ev.reported_by:
            out.append((node, CKG.reportedBy, actor_iri(r)))
        if ev.place:
            out.append((node, CKG.atPlace, actor_iri(ev.place)))
        if ev.date:
            out.append((node, CKG.date, date_literal(ev.date, ev.date_precision)))
            out.append((node, CKG.datePrecision, Literal(ev.date_precision or "day")))
            if ev.date_source:
                out.append((node, CKG.dateSource, Literal(ev.date_source)))
        for n, q in enumerate(ev.quantities):
            qn = URIRef(f"{node}/q/{n}-{q.kind}")
            out += [
                (node, CKG.hasQuantity, qn),
                (qn, RDF.type, CKG.Quantity),
                (qn, CKG.quantityKind, Literal(q.kind)),
                (qn, CKG.quantityValue, Literal(_decimal(q.value), datatype=XSD.decimal)),
                (qn, CKG.approximation, Literal(q.approx)),
            ]
        out += evidence(ev.evidence)

    for rel in ext.relations:
        pred = RELATION_PREDICATES[rel.predicate]
        s, o = actor_iri(rel.subject), actor_iri(rel.object)
        node = relation_iri(rel.doc_id, rel.subject, rel.predicate, rel.object)
        out += [
            (s, pred, o),
            (node, RDF.type, CKG.RelationAssertion),
            (node, CKG.assertedSubject, s),
            (node, CKG.assertedPredicate, pred),
            (node, CKG.assertedObject, o),
            (node, CKG.inDocument, doc),
            (node, CKG.rule, Literal(rel.evidence.rule)),
            (
                node,
                CKG.confidence,
                Literal(round(rel.evidence.confidence, 3), datatype=XSD.decimal),
            ),
            (
                node,
                PROV.wasDerivedFrom,
                evidence_iri(rel.doc_id, rel.evidence.start, rel.evidence.end),
            ),
            (node, PROV.wasAttributedTo, EXTRACTOR_IRI),
        ]
        out += evidence(rel.evidence)
    return graph_iri(d.doc_id), list(dict.fromkeys(out))


def _decimal(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def nt_term(term: URIRef | Literal) -> str:
    r"""One term in N-Triples syntax (literals on one line, escaped).

    Examples
    --------
    >>> print(nt_term(Literal("two\nlines")))
    "two\nlines"
    """
    if isinstance(term, Literal):
        body = '"' + str(term).translate(_NT_ESCAPES) + '"'
        if term.language:
            return f"{body}@{term.language}"
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{body}^^<{term.datatype}>"
        return body
    return term.n3()


def nquads(graph: URIRef, triples: list[Triple]) -> str:
    """Serialise triples of one named graph as N-Quads.

    IRIs are written as ``<iri>`` without rdflib's check of each one (``URIRef.n3``): the
    store's N-Quads parser refuses an IRI that is not valid, and the check was a fifth of
    the time of writing an article.

    Examples
    --------
    >>> g, s = URIRef("http://x/g"), URIRef("http://x/s")
    >>> print(nquads(g, [(s, RDFS.label, Literal("a"))]), end="")
    <http://x/s> <http://www.w3.org/2000/01/rdf-schema#label> "a" <http://x/g> .
    """
    tail = f" <{graph}> .\n"
    return "".join(
        f"<{s}> <{p}> <{o}>{tail}" if type(o) is URIRef else f"<{s}> <{p}> {nt_term(o)}{tail}"
        for s, p, o in triples
    )
