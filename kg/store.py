"""The store: an rdflib ``Dataset`` over Oxigraph (on disk or in memory).

``open_store("kg-store")`` opens (or creates) an on-disk Oxigraph store in that
folder; ``open_store("memory")`` a throw-away in-memory one. The default graph
is the union of the named graphs: one per article, plus ``graph/ontology``
with the ontology and the CAMEO scheme so queries can join code labels,
QuadClass and Goldstein scores.

Writes go through :meth:`KGStore.write_documents`: one SPARQL update that drops
and re-inserts the articles' named graphs, which Oxigraph applies in a single
transaction, so an article lands whole or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Literal, URIRef
from rdflib.query import Result

from kg.errors import QueryError, StoreError
from kg.iris import ONTOLOGY_GRAPH
from kg.namespaces import CKG
from kg.ontology import resource_dir
from kg.rdf import Triple

_PREFIXES = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
_COUNT_ARTICLES = _PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a ckg:Article }"
_COUNT_ENTITIES = (
    _PREFIXES
    + """SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {
  ?a a ?c . ?c rdfs:subClassOf* ?top . VALUES ?top { ckg:Actor ckg:Place }
  FILTER(?c NOT IN (ckg:Actor, ckg:Place))
}"""
)
_COUNT_EVENTS = _PREFIXES + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ckg:Event }"
_COUNT_RELATIONS = _PREFIXES + (
    "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a ckg:RelationAssertion }"
)
_COUNT_TRIPLES = """SELECT (COUNT(*) AS ?n) WHERE {
  GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/conflict-kg/id/graph/ontology>)
}"""

MEMORY = "memory"
DEFAULT_STORE = "kg-store"


@dataclass(frozen=True)
class StoreStats:
    articles: int
    entities: int
    events: int
    relations: int
    triples: int


class KGStore:
    """A knowledge-graph store; use :func:`open_store` to get one."""

    def __init__(self, inner: ox.Store, location: str, read_only: bool = False) -> None:
        self.location = location
        self.read_only = read_only
        self._inner = inner
        self.dataset = Dataset(store=OxigraphStore(store=inner), default_union=True)

    # ------------------------------------------------------------ writing
    def ensure_ontology(self) -> None:
        """Load the ontology and CAMEO scheme into ``graph/ontology`` once."""
        if self.read_only:
            return
        if any(
            True
            for _ in self._inner.quads_for_pattern(
                None, None, None, ox.NamedNode(str(ONTOLOGY_GRAPH))
            )
        ):
            return
        onto = resource_dir("ontology")
        for name in ("conflict.ttl", "cameo.ttl"):
            self._inner.load(
                path=str(onto / name),
                format=ox.RdfFormat.TURTLE,
                to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)),
            )

    def document_hashes(self, doc_iris: Iterable[URIRef]) -> dict[str, str]:
        """Content hashes of the given articles that are already stored."""
        out = {}
        pred = ox.NamedNode(str(CKG.contentHash))
        for iri in doc_iris:
            for q in self._inner.quads_for_pattern(ox.NamedNode(str(iri)), pred, None, None):
                out[str(iri)] = q.object.value
        return out

    def write_documents(self, graphs: Mapping[URIRef, list[Triple]]) -> None:
        """Replace the named graphs of several articles in one transaction."""
        if self.read_only:
            raise StoreError(f"{self.location}: store is open read-only")
        if not graphs:
            return
        parts = [f"DROP SILENT GRAPH {g.n3()} ;" for g in graphs]
        body = []
        for g, triples in graphs.items():
            lines = " ".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples)
            body.append(f"GRAPH {g.n3()} {{ {lines} }}")
        update = "\n".join(parts) + "\nINSERT DATA { " + "\n".join(body) + " }"
        try:
            self._inner.update(update)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.location}: write failed ({exc})") from exc

    def remove_documents(self, graphs: Iterable[URIRef]) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: store is open read-only")
        update = " ".join(f"DROP SILENT GRAPH {g.n3()} ;" for g in graphs).rstrip(" ;")
        if update:
            self._inner.update(update)

    def flush(self) -> None:
        if not self.read_only and self.location != MEMORY:
            self._inner.flush()

    # ------------------------------------------------------------ reading
    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> Result:
        """Run a SPARQL query over the union of all graphs; ``bindings`` go in as initBindings."""
        try:
            return self.dataset.query(sparql, initBindings=dict(bindings or {}))
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {exc}") from exc
        except ValueError as exc:
            raise QueryError(f"SPARQL error: {exc}") from exc

    def count(self, sparql: str) -> int:
        for row in self.query(sparql):
            value = row[0]
            return int(value.toPython()) if isinstance(value, Literal) else 0
        return 0

    def stats(self) -> StoreStats:
        return StoreStats(
            articles=self.count(_COUNT_ARTICLES),
            entities=self.count(_COUNT_ENTITIES),
            events=self.count(_COUNT_EVENTS),
            relations=self.count(_COUNT_RELATIONS),
            triples=self.count(_COUNT_TRIPLES),
        )

    def close(self) -> None:
        self.flush()


def open_store(location: str | Path = DEFAULT_STORE, *, read_only: bool = False) -> KGStore:
    """Open (or create) a store.

    Parameters
    ----------
    location : str or Path
        A folder for the on-disk Oxigraph store, or ``"memory"``.
    read_only : bool
        Open an existing on-disk store without taking the write lock.

    Raises
    ------
    StoreError
        If the folder is locked by another writer, is not a store, or cannot be created.
    """
    loc = str(location)
    try:
        if loc == MEMORY:
            inner = ox.Store()
        elif read_only:
            if not Path(loc).exists():
                raise StoreError(f"{loc}: no store here (run 'kg ingest' first)")
            inner = ox.Store.read_only(loc)
        else:
            inner = ox.Store(loc)
    except OSError as exc:
        msg = str(exc)
        if "lock" in msg.lower():
            raise StoreError(
                f"{loc}: store is locked by another process ({msg.splitlines()[0]})"
            ) from exc
        raise StoreError(
            f"{loc}: cannot open store ({msg.splitlines()[0] if msg else exc})"
        ) from exc
    store = KGStore(inner, loc, read_only)
    store.ensure_ontology()
    return store
