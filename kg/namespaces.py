"""The one place where code names ontology terms.

Every term used by code is declared here as an attribute of a closed rdflib
``DefinedNamespace``; asking for an undeclared term raises ``AttributeError``.
``tests/test_ontology.py`` checks that each declared term is defined in
``ontology/conflict.ttl`` (and the other way round for properties), so the
namespace cannot drift from the ontology.

Event classes are not listed here: they are data. Each CAMEO concept in
``ontology/cameo.ttl`` names its class with ``ckg:eventClass`` and code looks
it up through :mod:`kg.ontology`.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/conflict-kg/"

#: Resources minted by the pipeline (actors, events, documents, evidence).
KGR = Namespace(BASE + "id/")
#: CAMEO concept scheme (``ontology/cameo.ttl``).
CAMEO = Namespace(BASE + "cameo/")
#: PLOVER categories referenced from the CAMEO scheme.
PLOVER = Namespace(BASE + "plover/")
#: Simple Event Model.
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
#: Wikidata entities.
WD = Namespace("http://www.wikidata.org/entity/")


class CKG(DefinedNamespace):
    """Conflict knowledge graph ontology (``ontology/conflict.ttl``)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # actors and places
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    GovernmentBody: URIRef
    MilitaryUnit: URIRef
    MediaOrganization: URIRef
    ArmedGroup: URIRef
    InternationalOrganization: URIRef
    Country: URIRef
    Place: URIRef
    City: URIRef
    Region: URIRef
    Facility: URIRef
    Position: URIRef

    # events and their parts
    Event: URIRef
    Quantity: URIRef
    Article: URIRef
    Evidence: URIRef
    RelationAssertion: URIRef
    Extractor: URIRef

    # actor properties
    countryCode: URIRef
    wikidata: URIRef
    latitude: URIRef
    longitude: URIRef

    # positions
    holdsPosition: URIRef
    title: URIRef
    positionOf: URIRef
    startDate: URIRef
    endDate: URIRef

    # relations between actors, places and facilities
    locatedIn: URIRef
    memberOf: URIRef
    leads: URIRef
    spokespersonOf: URIRef
    affiliatedWith: URIRef
    partOf: URIRef
    reportedBy: URIRef
    citedBy: URIRef

    # reified relation assertions
    assertedSubject: URIRef
    assertedPredicate: URIRef
    assertedObject: URIRef

    # events
    cameoCode: URIRef
    eventClass: URIRef
    hasSource: URIRef
    hasTarget: URIRef
    hasParticipant: URIRef
    atPlace: URIRef
    date: URIRef
    datePrecision: URIRef
    dateSource: URIRef
    hasQuantity: URIRef
    quantityKind: URIRef
    quantityValue: URIRef
    approximation: URIRef
    negated: URIRef
    hypothetical: URIRef
    trigger: URIRef

    # CAMEO scheme annotations
    quadClass: URIRef
    goldstein: URIRef
    ploverCategory: URIRef
    ploverMode: URIRef

    # documents and evidence
    docId: URIRef
    url: URIRef
    publisher: URIRef
    publishedDate: URIRef
    language: URIRef
    contentHash: URIRef
    inDocument: URIRef
    sentenceText: URIRef
    startOffset: URIRef
    endOffset: URIRef
    rule: URIRef
    confidence: URIRef

    # the dyad summary graph (kept up to date at ingest, see kg/dyads.py)
    Dyad: URIRef
    DyadSummary: URIRef
    dyadSource: URIRef
    dyadTarget: URIRef
    eventCount: URIRef
    verbalCooperationCount: URIRef
    materialCooperationCount: URIRef
    verbalConflictCount: URIRef
    materialConflictCount: URIRef
    goldsteinSum: URIRef
    firstDate: URIRef
    lastDate: URIRef
    dyadRecord: URIRef
    actorLabel: URIRef


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace of this module, for SPARQL text kept in code.

    Query text in ``.py`` files starts with this instead of repeating namespace IRIs.

    >>> "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>" in sparql_prefixes()
    True
    """
    spaces = {
        "ckg": str(CKG._NS),
        "kgr": str(KGR),
        "cameo": str(CAMEO),
        "plover": str(PLOVER),
        "sem": str(SEM),
        "wd": str(WD),
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "prov": "http://www.w3.org/ns/prov#",
        "dcterms": "http://purl.org/dc/terms/",
        "owl": "http://www.w3.org/2002/07/owl#",
    }
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in spaces.items())
