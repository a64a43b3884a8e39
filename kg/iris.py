"""Deterministic IRIs for everything the pipeline mints.

Actors are named by their canonical identity (gazetteer key or slug of a
typed name), so the same actor in two articles is one node. Events, evidence
and relation assertions are named by article and character span, so
re-ingesting an article mints the same IRIs.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import URIRef

from kg.namespaces import KGR


def doc_slug(doc_id: str) -> str:
    """Percent-encode a document id into one IRI path segment (injective).

    Examples
    --------
    >>> doc_slug("seed"), doc_slug("a b/c")
    ('seed', 'a%20b%2Fc')
    """
    return _quote(doc_id)


def _quote(text: str) -> str:
    # "surrogatepass": a lone surrogate (JSON "\ud800") still gets its own, valid IRI
    return quote(text, safe="-._~", errors="surrogatepass")


def document_iri(doc_id: str) -> URIRef:
    return KGR[f"doc/{doc_slug(doc_id)}"]


def graph_iri(doc_id: str) -> URIRef:
    """The named graph that holds one article's facts."""
    return KGR[f"graph/{doc_slug(doc_id)}"]


def actor_iri(key: str) -> URIRef:
    if key.startswith("position-"):
        return KGR[f"position/{_quote(key[len('position-') :])}"]
    return KGR[f"actor/{_quote(key)}"]


def event_iri(doc_id: str, start: int, end: int, cameo: str) -> URIRef:
    return KGR[f"event/{doc_slug(doc_id)}/{start}-{end}-{cameo}"]


def evidence_iri(doc_id: str, start: int, end: int) -> URIRef:
    return KGR[f"evidence/{doc_slug(doc_id)}/{start}-{end}"]


def relation_iri(doc_id: str, subject: str, predicate: str, obj: str) -> URIRef:
    key = f"{subject}\x00{predicate}\x00{obj}".encode("utf-8", "surrogatepass")
    digest = hashlib.sha1(key).hexdigest()[:16]
    return KGR[f"relation/{doc_slug(doc_id)}/{digest}"]


EXTRACTOR_IRI = KGR["agent/extractor"]
ONTOLOGY_GRAPH = KGR["graph/ontology"]
DYAD_GRAPH = KGR["graph/dyads"]


def dyad_iri(source: str, target: str) -> URIRef:
    """The summary node of the ordered actor pair ``source`` -> ``target`` (two IRIs)."""
    key = f"{source}\x00{target}".encode("utf-8", "surrogatepass")
    return KGR[f"dyad/{hashlib.sha1(key).hexdigest()[:20]}"]
