"""Map an :class:`kg.model.Extraction` to RDF triples in the article's named graph.

This module is the only place that decides the shape of the graph (see the
README's data model section and ``ontology/shapes.ttl``).
"""

from __future__ import annotations

import re
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


def event_id(ev: Event) -> URIRef:
    e = ev.evidence
    start = e.trigger_start if e.trigger_start is not None else e.start
    end = e.trigger_end if e.trigger_end is not None else e.end
    # the two directions of one reciprocal report share their trigger
    cameo = f"{ev.cameo}-r" if ev.frame == "reciprocal" else ev.cameo
    return event_iri(ev.doc_id, start, end, cameo)


# The terms every article uses, looked up once: a ``DefinedNamespace`` attribute builds and
# checks a new URIRef on every access (half a microsecond, some 900 times an English article).
_TYPE, _LABEL, _ALT_LABEL, _SAME_AS = RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs
_DERIVED, _ATTRIBUTED, _TITLE = PROV.wasDerivedFrom, PROV.wasAttributedTo, DCTERMS.title
_INTEGER, _DECIMAL, _DATE, _ANY_URI = XSD.integer, XSD.decimal, XSD.date, XSD.anyURI
_ARTICLE, _EVIDENCE, _EVENT, _QUANTITY = CKG.Article, CKG.Evidence, CKG.Event, CKG.Quantity
_POSITION, _ASSERTION, _EXTRACTOR = CKG.Position, CKG.RelationAssertion, CKG.Extractor
_DOC_ID, _CONTENT_HASH, _URL, _PUBLISHED = CKG.docId, CKG.contentHash, CKG.url, CKG.publishedDate
_LANGUAGE, _PUBLISHER, _COUNTRY_CODE, _WIKIDATA = (
    CKG.language,
    CKG.publisher,
    CKG.countryCode,
    CKG.wikidata,
)
_LATITUDE, _LONGITUDE, _POST_TITLE, _POSITION_OF = (
    CKG.latitude,
    CKG.longitude,
    CKG.title,
    CKG.positionOf,
)
_START_DATE, _END_DATE, _CAMEO_CODE, _IN_DOCUMENT = (
    CKG.startDate,
    CKG.endDate,
    CKG.cameoCode,
    CKG.inDocument,
)
_RULE, _CONFIDENCE, _NEGATED, _HYPOTHETICAL = (
    CKG.rule,
    CKG.confidence,
    CKG.negated,
    CKG.hypothetical,
)
_TRIGGER, _PARTICIPANT, _SOURCE, _TARGET = (
    CKG.trigger,
    CKG.hasParticipant,
    CKG.hasSource,
    CKG.hasTarget,
)
_REPORTED_BY, _AT_PLACE, _DATE_OF, _DATE_PRECISION, _DATE_SOURCE = (
    CKG.reportedBy,
    CKG.atPlace,
    CKG.date,
    CKG.datePrecision,
    CKG.dateSource,
)
_HAS_QUANTITY, _QUANTITY_KIND, _QUANTITY_VALUE, _APPROXIMATION = (
    CKG.hasQuantity,
    CKG.quantityKind,
    CKG.quantityValue,
    CKG.approximation,
)
_SENTENCE_TEXT, _START_OFFSET, _END_OFFSET = CKG.sentenceText, CKG.startOffset, CKG.endOffset
_SUBJECT, _PREDICATE, _OBJECT = CKG.assertedSubject, CKG.assertedPredicate, CKG.assertedObject
_EXTRACTOR_LABEL = Literal("conflict-kg rule-based extractor")


class LiteralCache:
    """Literals made once per value: an rdflib ``Literal`` costs one to four microseconds to
    make, and flags, rules, confidences, labels and aliases repeat within an article and
    across the articles of an ingest. Holds at most ``size`` literals (then starts afresh).
    """

    def __init__(self, size: int = 50_000) -> None:
        self._made: dict[tuple[type, object, URIRef | None], Literal] = {}
        self._size = size

    def __call__(self, value: object, datatype: URIRef | None = None) -> Literal:
        """``Literal(value, datatype=datatype)``, made once."""
        # the type is part of the key (True == 1 == 1.0, but their literals differ), and a
        # float is keyed by its repr (0.0 == -0.0, but their literals differ)
        key = (type(value), repr(value) if type(value) is float else value, datatype)
        lit = self._made.get(key)
        if lit is None:
            if len(self._made) >= self._size:
                self._made.clear()
            lit = self._made[key] = Literal(value, datatype=datatype)
        return lit


def _evidence(ev: Evidence, doc: URIRef, lit: LiteralCache) -> Iterator[Triple]:
    node = evidence_iri(ev.doc_id, ev.start, ev.end)
    yield node, _TYPE, _EVIDENCE
    yield node, _SENTENCE_TEXT, lit(ev.sentence)
    yield node, _START_OFFSET, lit(ev.start, _INTEGER)
    yield node, _END_OFFSET, lit(ev.end, _INTEGER)
    yield node, _IN_DOCUMENT, doc
    yield node, _DERIVED, doc


def extraction_triples(
    ext: Extraction, scheme: CameoScheme, literals: LiteralCache | None = None
) -> tuple[URIRef, list[Triple]]:
    """Return the article's graph IRI and all its triples.

    ``literals`` keeps the literals made for earlier articles (an ingest passes one for all
    its articles); without it the article's literals are made afresh.
    """
    d = ext.document
    doc = document_iri(d.doc_id)
    lit = literals if literals is not None else LiteralCache()
    # many facts of a sentence share its evidence: its triples are built once (they would
    # be dropped as repeats anyway)
    evidence_done: set[tuple[str, int, int, str]] = set()

    def evidence(ev: Evidence) -> list[Triple]:
        key = (ev.doc_id, ev.start, ev.end, ev.sentence)
        if key in evidence_done:
            return []
        evidence_done.add(key)
        return list(_evidence(ev, doc, lit))

    out: list[Triple] = [
        (doc, _TYPE, _ARTICLE),
        (doc, _DOC_ID, lit(d.doc_id)),
        (doc, _CONTENT_HASH, lit(d.content_hash)),
    ]
    if d.title:
        out.append((doc, _TITLE, lit(d.title)))
    if d.url:
        out.append((doc, _URL, lit(d.url, _ANY_URI)))
    if d.published:
        out.append((doc, _PUBLISHED, lit(d.published.isoformat(), _DATE)))
    if d.lang:
        out.append((doc, _LANGUAGE, lit(d.lang)))
    publisher = next((m.key for m in ext.mentions if m.rule == "dateline"), None)
    if publisher:
        out.append((doc, _PUBLISHER, actor_iri(publisher)))
    out.append((EXTRACTOR_IRI, _TYPE, _EXTRACTOR))
    out.append((EXTRACTOR_IRI, _LABEL, _EXTRACTOR_LABEL))

    for ent in ext.entities:
        node = actor_iri(ent.key)
        out.append((node, _TYPE, CKG[ent.type]))
        out.append((node, _LABEL, lit(ent.label)))
        for alias in ent.aliases:
            if alias != ent.label:
                out.append((node, _ALT_LABEL, lit(alias)))
        if (ent.country and ent.type == "Country") or ent.country:
            out.append((node, _COUNTRY_CODE, lit(ent.country)))
        if ent.wikidata:
            out.append((node, _WIKIDATA, lit(ent.wikidata)))
            out.append((node, _SAME_AS, WD[ent.wikidata]))
        if ent.lat is not None and ent.lon is not None:
            out.append((node, _LATITUDE, lit(round(float(ent.lat), 6), _DECIMAL)))
            out.append((node, _LONGITUDE, lit(round(float(ent.lon), 6), _DECIMAL)))
    for pos in ext.positions:
        node = actor_iri(pos.key)
        out.append((node, _TYPE, _POSITION))
        out.append((node, _LABEL, lit(pos.title)))
        out.append((node, _POST_TITLE, lit(pos.title)))
        out += [(node, _ALT_LABEL, lit(alias)) for alias in pos.aliases]
        if pos.of_key:
            out.append((node, _POSITION_OF, actor_iri(pos.of_key)))
        if pos.start:
            out.append((node, _START_DATE, lit(pos.start.isoformat(), _DATE)))
        if pos.end:
            out.append((node, _END_DATE, lit(pos.end.isoformat(), _DATE)))

    for ev in ext.events:
        node = event_id(ev)
        code = scheme.get(ev.cameo)
        out += [
            (node, _TYPE, _EVENT),
            (node, _TYPE, code.event_class),
            (node, _CAMEO_CODE, code.concept),
            (node, _IN_DOCUMENT, doc),
            (node, _RULE, lit(ev.evidence.rule)),
            (node, _CONFIDENCE, lit(round(ev.evidence.confidence, 3), _DECIMAL)),
            (node, _NEGATED, lit(ev.negated)),
            (node, _HYPOTHETICAL, lit(ev.hypothetical)),
            (node, _DERIVED, evidence_iri(ev.doc_id, ev.evidence.start, ev.evidence.end)),
            (node, _ATTRIBUTED, EXTRACTOR_IRI),
            (node, _LABEL, lit(f"{code.label} ({ev.cameo})")),
        ]
        if ev.evidence.trigger_start is not None and ev.evidence.trigger_end is not None:
            trig = d.text[ev.evidence.trigger_start : ev.evidence.trigger_end]
            out.append((node, _TRIGGER, lit(trig)))
        role = _PARTICIPANT if ev.frame == "joint" else _SOURCE
        for a in ev.actors:
            out.append((node, role, actor_iri(a)))
        for t in ev.targets:
            out.append((node, _TARGET, actor_iri(t)))
        for r in ev.reported_by:
            out.append((node, _REPORTED_BY, actor_iri(r)))
        if ev.place:
            out.append((node, _AT_PLACE, actor_iri(ev.place)))
        if ev.date:
            precision = PRECISION_TYPES.get(ev.date_precision or "day", _DATE)
            out.append((node, _DATE_OF, lit(ev.date, precision)))
            out.append((node, _DATE_PRECISION, lit(ev.date_precision or "day")))
            if ev.date_source:
                out.append((node, _DATE_SOURCE, lit(ev.date_source)))
        for n, q in enumerate(ev.quantities):
            qn = URIRef(f"{node}/q/{n}-{q.kind}")
            out += [
                (node, _HAS_QUANTITY, qn),
                (qn, _TYPE, _QUANTITY),
                (qn, _QUANTITY_KIND, lit(q.kind)),
                (qn, _QUANTITY_VALUE, lit(_decimal(q.value), _DECIMAL)),
                (qn, _APPROXIMATION, lit(q.approx)),
            ]
        out += evidence(ev.evidence)

    for rel in ext.relations:
        pred = RELATION_PREDICATES[rel.predicate]
        s, o = actor_iri(rel.subject), actor_iri(rel.object)
        node = relation_iri(rel.doc_id, rel.subject, rel.predicate, rel.object)
        out += [
            (s, pred, o),
            (node, _TYPE, _ASSERTION),
            (node, _SUBJECT, s),
            (node, _PREDICATE, pred),
            (node, _OBJECT, o),
            (node, _IN_DOCUMENT, doc),
            (node, _RULE, lit(rel.evidence.rule)),
            (node, _CONFIDENCE, lit(round(rel.evidence.confidence, 3), _DECIMAL)),
            (node, _DERIVED, evidence_iri(rel.doc_id, rel.evidence.start, rel.evidence.end)),
            (node, _ATTRIBUTED, EXTRACTOR_IRI),
        ]
        out += evidence(rel.evidence)
    return graph_iri(d.doc_id), list(dict.fromkeys(out))


def _decimal(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r]')
_XSD_STRING = XSD.string


def nt_term(term: URIRef | Literal) -> str:
    r"""One term in N-Triples syntax (literals on one line, escaped).

    Examples
    --------
    >>> print(nt_term(Literal("two\nlines")))
    "two\nlines"
    """
    if isinstance(term, Literal):
        text = str(term)
        # most literals need no escape: one search is cheaper than ``translate``
        body = '"' + (text.translate(_NT_ESCAPES) if _NEEDS_ESCAPE.search(text) else text) + '"'
        if term.language:
            return f"{body}@{term.language}"
        if term.datatype is not None and term.datatype != _XSD_STRING:
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
