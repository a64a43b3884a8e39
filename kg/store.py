"""The store: one interface, two implementations (embedded Oxigraph and a remote SPARQL server).

``open_store("kg-store")`` opens (or creates) an on-disk Oxigraph store in that
folder; ``open_store("memory")`` a throw-away in-memory one;
``open_store("http://127.0.0.1:7878")`` a :class:`RemoteStore` that speaks the
SPARQL 1.1 Protocol and Update over HTTP to any server (Oxigraph server,
Fuseki, GraphDB, Virtuoso).

The default graph that queries see is the union of the named graphs: one per
article, plus ``graph/ontology`` with the ontology and the CAMEO scheme so
queries can join code labels, QuadClass and Goldstein scores. (Oxigraph's
union is a bag: a triple stored in two article graphs is seen twice, so
queries count with ``DISTINCT``.)

Writes go through :meth:`KGStore.write_documents`: one SPARQL update that drops
and re-inserts the articles' named graphs, which the store applies in a single
transaction, so an article lands whole or not at all (:meth:`KGStore.write_prepared`
does the same from graphs made ready by :func:`prepare_graph`, which ``kg ingest
--jobs`` runs in its worker processes). A remote store sends one HTTP request per
batch (split only when a batch exceeds ``max_request_bytes``, and then at article
boundaries).

Everything outside this module uses only the :class:`KGStore` interface:
:meth:`~KGStore.query`, :meth:`~KGStore.write_documents` (and
:meth:`~KGStore.write_prepared`), :meth:`~KGStore.remove_documents`,
:meth:`~KGStore.document_hashes`, :meth:`~KGStore.quads`, :meth:`~KGStore.stats`,
:meth:`~KGStore.flush` and :meth:`~KGStore.close`.
"""

from __future__ import annotations

import base64
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, Dataset, Graph, Literal, URIRef
from rdflib import Variable as RdfVariable
from rdflib.query import Result, ResultRow

from kg.dyads import (
    DYAD_PREDICATES,
    Tally,
    article_tallies,
    dyad_triples,
    label_triple,
    marker_triple,
    read_record,
    read_tally,
)
from kg.errors import QueryError, StoreError
from kg.iris import DYAD_GRAPH, ONTOLOGY_GRAPH, dyad_iri
from kg.namespaces import CKG
from kg.ontology import load_cameo_scheme, resource_dir
from kg.rdf import Triple, nquads, nt_term
from kg.sparql import (
    DEFAULT_PREFIXES,
    PREFIX_BLOCK,
    inject_rows,
    inject_values,
    prefix_header,
    syntax_error,
)

_PREFIXES = PREFIX_BLOCK
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
_COUNT_TRIPLES = f"""SELECT (COUNT(*) AS ?n) WHERE {{
  GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN (<{ONTOLOGY_GRAPH}>, <{DYAD_GRAPH}>))
}}"""
_ALL_HASHES = f"SELECT ?d ?h WHERE {{ GRAPH ?g {{ ?d <{CKG.contentHash}> ?h }} }}"
_HAS_ONTOLOGY = f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}"
_ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
_MATCH = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
#: Graphs that are not articles (left out of the dyad tallies)
_NOT_ARTICLES = (str(ONTOLOGY_GRAPH), str(DYAD_GRAPH))
_SUMMARY_CHUNK = 200_000
#: Summary triples deleted per transaction by a rebuild
_DELETE_CHUNK = 50_000
#: Every ``ckg:dyadRecord`` of the summary graph (one column: Oxigraph decodes only it)
_RECORDS = f"SELECT ?r WHERE {{ GRAPH <{DYAD_GRAPH}> {{ ?d <{CKG.dyadRecord}> ?r }} }}"
_LABELS = f"SELECT ?a ?l WHERE {{ GRAPH <{DYAD_GRAPH}> {{ ?a <{CKG.actorLabel}> ?l }} }}"
_DELETE_SOME_SUMMARY = f"""DELETE {{ GRAPH <{DYAD_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{
  {{ SELECT ?s ?p ?o WHERE {{ GRAPH <{DYAD_GRAPH}> {{ ?s ?p ?o }} }} LIMIT {_DELETE_CHUNK} }}
}}"""

MEMORY = "memory"
DEFAULT_STORE = "kg-store"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

#: Environment variables a remote store reads (credentials never come from the URL).
ENV_USER = "KG_SPARQL_USER"
ENV_PASSWORD = "KG_SPARQL_PASSWORD"
ENV_TOKEN = "KG_SPARQL_TOKEN"
ENV_UPDATE_URL = "KG_SPARQL_UPDATE_URL"
ENV_UNION = "KG_SPARQL_UNION"
ENV_TIMEOUT = "KG_SPARQL_TIMEOUT"


@dataclass(frozen=True)
class StoreStats:
    articles: int
    entities: int
    events: int
    relations: int
    triples: int


# --------------------------------------------------------------------------- term conversion
def from_ox(term: Any) -> Any:
    """A pyoxigraph term as the rdflib term (``None`` stays ``None``)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise StoreError(f"unsupported RDF term {term!r}")


def to_ox(term: Any) -> Any:
    """An rdflib term as the pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"unsupported RDF term {term!r}")


class StreamedResult(Result):
    """A SELECT result whose rows are converted to rdflib terms as they are read.

    Iterating it converts one pyoxigraph solution at a time and keeps none of them, so a
    large result never holds every row in rdflib form at once (at 540k rows of
    ``dyad-balance`` that copy was most of a 4 GB peak). ``bindings`` reads the rows into
    a list (after which the result iterates as often as wanted); otherwise it can be
    iterated once, and has no ``len()`` (so ``list(result)`` does not read it twice).
    """

    def __init__(self, solutions: ox.QuerySolutions) -> None:
        super().__init__("SELECT")
        variables = [RdfVariable(v.value) for v in solutions.variables]
        self.vars = variables
        self._solutions: Iterator[Any] | None = iter(solutions)
        self._streamed = False

    def _rows(self) -> Iterator[dict[RdfVariable, Any]]:
        solutions, self._solutions = self._solutions, None
        if solutions is None:
            raise QueryError("a streamed query result can be read only once")
        names = self.vars or []
        for sol in solutions:
            yield {v: from_ox(val) for v, val in zip(names, sol, strict=False) if val is not None}

    @property  # type: ignore[override]
    def bindings(self) -> list[dict[RdfVariable, Any]]:
        if self._solutions is not None:
            self._bindings = list(self._rows())
        return self._bindings  # type: ignore[return-value]

    @bindings.setter
    def bindings(self, rows: Any) -> None:
        self._bindings = rows

    def __len__(self) -> int:
        if self._solutions is not None or self._streamed:
            raise TypeError("a streamed query result has no length (read it with list())")
        return len(self._bindings)

    def __iter__(self) -> Iterator[Any]:
        if self._solutions is None:
            if self._streamed:
                raise QueryError("a streamed query result can be read only once")
            yield from super().__iter__()
            return
        names = self.vars or []
        self._streamed = True
        for row in self._rows():
            if row:
                yield ResultRow(row, names)


def to_result(res: Any) -> Result:
    """A pyoxigraph query result as an rdflib :class:`~rdflib.query.Result` (SELECT streamed)."""
    if isinstance(res, ox.QueryBoolean):
        out = Result("ASK")
        out.askAnswer = bool(res)
        return out
    if isinstance(res, ox.QuerySolutions):
        return StreamedResult(res)
    out = Result("CONSTRUCT")
    g = Graph()
    for t in res:
        g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    out.graph = g
    return out


def update_text(
    graphs: Mapping[URIRef, list[Triple]],
    summary: SummaryChange | None = None,
    stored: Iterable[URIRef] | None = None,
) -> str:
    """One SPARQL update that replaces the named graphs of several articles.

    With ``summary``, the same update (so the same transaction) also replaces the dyad
    nodes and labels of the summary graph that the articles change. ``stored`` are the
    graphs of ``graphs`` that the store holds already (by default all of them): only
    those are dropped first.
    """
    return _update_from_statements(
        {g: statements(triples) for g, triples in graphs.items()}, summary, stored
    )


def _update_from_statements(
    graphs: Mapping[URIRef, str],
    summary: SummaryChange | None = None,
    stored: Iterable[URIRef] | None = None,
) -> str:
    """:func:`update_text` from each graph's triples already written by :func:`statements`."""
    parts = [f"DROP SILENT GRAPH {g.n3()} ;" for g in (graphs if stored is None else stored)]
    if summary is not None and summary.delete:
        parts.append(_delete_nodes(summary.delete) + " ;")
    inserts = dict(graphs)
    if summary is not None and summary.insert:
        inserts[DYAD_GRAPH] = statements(summary.insert)
    body = [f"GRAPH {g.n3()} {{ {lines} }}" for g, lines in inserts.items()]
    return "\n".join(parts) + "\nINSERT DATA { " + "\n".join(body) + " }"


def statements(triples: Iterable[Triple]) -> str:
    """Triples as the statements of an ``INSERT DATA`` block (see :func:`_statement`)."""
    return " ".join(map(_statement, triples))


def _statement(triple: Triple) -> str:
    """One triple of an ``INSERT DATA`` block.

    IRIs are written as ``<iri>`` without rdflib's check of each one (``URIRef.n3``, a third
    of the time of writing an English article's update): Oxigraph's parser refuses an IRI
    that is not valid. Literals are written on one line, escaped (see :func:`nt_term`),
    which SPARQL reads as it reads N-Triples.
    """
    s, p, o = triple
    subject = f"<{s}>" if type(s) is URIRef else s.n3()
    if type(o) is URIRef:
        return f"{subject} <{p}> <{o}> ."
    return f"{subject} <{p}> {nt_term(o) if type(o) is Literal else o.n3()} ."


def _delete_nodes(nodes: Iterable[URIRef]) -> str:
    """An update operation that deletes every triple of some nodes in the summary graph."""
    values = " ".join(n.n3() for n in nodes)
    g = DYAD_GRAPH.n3()
    return f"DELETE {{ GRAPH {g} {{ ?n ?p ?o }} }} WHERE {{ VALUES ?n {{ {values} }} GRAPH {g} {{ ?n ?p ?o }} }}"


def _tallies_of(nodes: Iterable[list[tuple[str, str, str]]]) -> dict[tuple[str, str], Tally]:
    out = {}
    source, target = str(CKG.dyadSource), str(CKG.dyadTarget)
    for triples in nodes:
        tally = read_tally(triples)
        if tally is not None:
            ends = {p: o for _s, p, o in triples}
            out[(ends[source], ends[target])] = tally
    return out


def _chunks(triples: Iterable[Triple], size: int) -> Iterator[list[Triple]]:
    chunk: list[Triple] = []
    for t in triples:
        chunk.append(t)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _insert_summary(triples: list[Triple]) -> str:
    lines = " ".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples)
    return f"INSERT DATA {{ GRAPH {DYAD_GRAPH.n3()} {{ {lines} }} }}"


def _with_summary(update: str, summary: SummaryChange) -> str:
    """An update followed by the summary change, as one request (one transaction)."""
    parts = [update]
    if summary.delete:
        parts.append(_delete_nodes(summary.delete))
    if summary.insert:
        parts.append(_insert_summary(summary.insert))
    return " ;\n".join(parts)


@dataclass(frozen=True)
class SummaryChange:
    """What a write does to the summary graph: nodes whose triples go, triples that come."""

    delete: tuple[URIRef, ...]
    insert: list[Triple]

    def __bool__(self) -> bool:
        return bool(self.delete or self.insert)


Summary = tuple[dict[tuple[str, str], Tally], dict[str, str]]
"""What one article graph gives the summary graph: its dyads' tallies, its labels by IRI."""

_LABEL = str(RDFS.label)
_CONTENT_HASH = str(CKG.contentHash)
#: The predicates a summary reads (the tallies' and ``rdfs:label``); it looks at no other
_SUMMARY_PREDICATES = frozenset({*map(str, DYAD_PREDICATES), _LABEL})
_PREPARED_PREDICATES = _SUMMARY_PREDICATES | {_CONTENT_HASH}


def _text_triples(triples: Iterable[Triple], wanted: frozenset[str]) -> list[tuple[str, str, str]]:
    """The triples whose predicate is ``wanted``, as strings (IRIs and lexical forms)."""
    return [(str(s), p, str(o)) for s, p0, o in triples if (p := str(p0)) in wanted]


def _summary_of(text: list[tuple[str, str, str]]) -> Summary:
    labels = {s: o for s, p, o in text if p == _LABEL}
    return article_tallies(text, load_cameo_scheme()), labels


def graph_summary(triples: Iterable[Triple]) -> Summary:
    """The tallies (:func:`kg.dyads.article_tallies`) and labels of one article's triples.

    Only the triples of the tallies' predicates and of ``rdfs:label`` are turned into
    strings, as ``article_tallies`` reads no other (an English article has some 60 of its
    400). Labels are by subject IRI, the last one of a subject winning.
    """
    return _summary_of(_text_triples(triples, _SUMMARY_PREDICATES))


@dataclass(frozen=True)
class PreparedGraph:
    """One article graph made ready to be written (:func:`prepare_graph`).

    Strings and small dicts, cheap to send between processes: ``kg ingest --jobs N`` makes
    them in the worker processes, so the process that holds the store only merges the
    summaries of a batch and runs its update. :meth:`KGStore.write_documents` makes them
    from triples and writes them, so both ways write the same quads.
    """

    statements: str
    """The graph's triples as ``INSERT DATA`` statements (:func:`statements`)."""
    summary: Summary
    """What the graph gives the dyad summary (:func:`graph_summary`)."""
    hashes: dict[str, str]
    """Content hash of each article IRI in the graph."""
    size: int
    """Number of triples."""


def prepare_graph(triples: list[Triple]) -> PreparedGraph:
    """An article graph's triples made ready to be written (see :class:`PreparedGraph`)."""
    text = _text_triples(triples, _PREPARED_PREDICATES)
    hashes = {s: o for s, p, o in text if p == _CONTENT_HASH}
    return PreparedGraph(statements(triples), _summary_of(text), hashes, len(triples))


# --------------------------------------------------------------------------- interface
class KGStore(ABC):
    """A knowledge-graph store; use :func:`open_store` to get one.

    Attributes
    ----------
    location : str
        Where the store lives: a folder, ``"memory"`` or a URL.
    read_only : bool
        Writes raise :class:`~kg.errors.StoreError` when true.
    """

    location: str
    read_only: bool

    # ---------------------------------------------------------- writing
    @abstractmethod
    def ensure_ontology(self) -> None:
        """Load the ontology and CAMEO scheme into ``graph/ontology`` once."""

    def write_documents(self, graphs: Mapping[URIRef, list[Triple]]) -> None:
        """Replace the named graphs of several articles in one transaction."""
        self.write_prepared({g: prepare_graph(triples) for g, triples in graphs.items()})

    @abstractmethod
    def write_prepared(self, graphs: Mapping[URIRef, PreparedGraph]) -> None:
        """:meth:`write_documents` for graphs already made ready by :func:`prepare_graph`."""

    @abstractmethod
    def remove_documents(self, graphs: Iterable[URIRef]) -> None:
        """Drop the named graphs of articles."""

    def flush(self) -> None:  # noqa: B027 - optional hook
        """Make writes durable (a no-op where the server does it)."""

    def close(self) -> None:
        """Flush and release the store."""
        self.flush()

    def __enter__(self) -> KGStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: store is open read-only")

    # ---------------------------------------------------------- reading
    @abstractmethod
    def document_hashes(self, doc_iris: Iterable[URIRef]) -> dict[str, str]:
        """Content hashes of the given articles that are already stored."""

    @abstractmethod
    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> Result:
        """Run a SPARQL query over the union of all graphs.

        Parameters
        ----------
        sparql : str
            A SELECT, ASK, CONSTRUCT or DESCRIBE query. The prefixes of
            :data:`kg.sparql.DEFAULT_PREFIXES` need no declaration.
        bindings : mapping, optional
            Variable name to rdflib term (initBindings). Every store joins them
            as one ``VALUES`` row at the start of the top-level WHERE group (as
            rdflib does), serialised and validated by Oxigraph, so a value
            cannot change the query; nested groups, UNION branches and
            subqueries see them only through that join.

        Raises
        ------
        QueryError
            If the query is malformed (the message gives line and column) or fails.
        """

    @abstractmethod
    def quads(self, *, include_ontology: bool = False) -> Iterator[ox.Quad]:
        """Every stored quad of the article graphs; with ``include_ontology`` also the
        ontology and the dyad summary graph."""

    @property
    def dataset(self) -> Dataset:
        """The stored quads as an rdflib ``Dataset`` (a copy unless the store says otherwise)."""
        ds = Dataset(default_union=True)
        for q in self.quads(include_ontology=True):
            g = q.graph_name
            ctx = ds.graph(URIRef(g.value)) if isinstance(g, ox.NamedNode) else ds.default_context
            ctx.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return ds

    # ---------------------------------------------------------- dyad summary
    # The summary graph graph/dyads holds one node per ordered actor pair with the tallies of
    # kg.dyads, computed from the article graphs. Every write computes the change from the
    # stored articles it replaces and the new ones, and applies it in the same update as the
    # articles, so a kill leaves both or neither. Only one process writes a store (the lock).

    @abstractmethod
    def _match(
        self, s: str | None, p: str | None, o: str | None, g: str | None
    ) -> Iterator[tuple[str, str, str, str]]:
        """Quads matching a pattern (``None`` matches anything) as strings (s, p, o, graph)."""

    def _graph_triples(self, graph: str) -> list[tuple[str, str, str]]:
        return [(s, p, o) for s, p, o, _g in self._match(None, None, None, graph)]

    def _many_graphs(self, graphs: list[str]) -> dict[str, list[tuple[str, str, str]]]:
        """The triples of several graphs (a remote store reads them in one request)."""
        return {g: self._graph_triples(g) for g in graphs}

    def _summary_nodes(self, nodes: list[str]) -> dict[str, list[tuple[str, str, str]]]:
        """The triples of several nodes of the summary graph."""
        dyads = str(DYAD_GRAPH)
        return {n: [(s, p, o) for s, p, o, _g in self._match(n, None, None, dyads)] for n in nodes}

    def has_dyad_summary(self) -> bool:
        """Whether the summary graph exists, covers every article graph and has the records.

        A summary written before ``ckg:dyadRecord`` existed counts as missing, so the next
        writer that opens the store rebuilds it.
        """
        m = marker_triple()
        marked = any(True for _ in self._match(str(m[0]), str(m[1]), str(m[2]), str(DYAD_GRAPH)))
        return marked and self.has_dyad_records()

    def has_dyad_records(self) -> bool:
        """Whether the dyad nodes carry ``ckg:dyadRecord`` (true when there are no dyads).

        Every write puts a node's record with its other triples, so one record means all.
        """
        g = str(DYAD_GRAPH)
        if any(True for _ in self._match(None, str(CKG.dyadRecord), None, g)):
            return True
        return not any(True for _ in self._match(None, str(RDF.type), str(CKG.Dyad), g))

    def dyad_tallies(self) -> dict[tuple[str, str], Tally]:
        """The tallies that the summary graph holds, by (source, target) IRI, read from the
        properties of the dyad nodes (what SPARQL queries see)."""
        return _tallies_of(self._summary_by_node())

    def dyad_records(self) -> Iterator[str]:
        """The ``ckg:dyadRecord`` literal of every dyad (see :func:`kg.dyads.record_text`).

        The fast way to read every dyad: one triple each. Empty for a summary written
        before the records existed (see :meth:`has_dyad_records`).
        """
        for row in self.query(_RECORDS):
            yield str(row[0])  # type: ignore[index]

    def dyad_record_tallies(self) -> dict[tuple[str, str], Tally]:
        """The tallies by (source, target) IRI, read from the dyads' records."""
        return dict(read_record(text) for text in self.dyad_records())

    def _summary_by_node(self) -> Iterator[list[tuple[str, str, str]]]:
        """The summary graph's triples, one list per node."""
        nodes: dict[str, list[tuple[str, str, str]]] = {}
        for s, p, o, _g in self._match(None, None, None, str(DYAD_GRAPH)):
            nodes.setdefault(s, []).append((s, p, o))
        yield from nodes.values()

    def dyad_labels(self) -> dict[str, str]:
        """The actors' labels that the summary graph keeps, by actor IRI."""
        label = str(CKG.actorLabel)
        return {s: o for s, _p, o, _g in self._match(None, label, None, str(DYAD_GRAPH))}

    def count_dyads(self) -> dict[tuple[str, str], Tally]:
        """The tallies computed afresh from the article graphs (what the summary must hold)."""
        triples = (
            (s, p, o)
            for pred in DYAD_PREDICATES
            for s, p, o, g in self._match(None, str(pred), None, None)
            if g not in _NOT_ARTICLES
        )
        return article_tallies(triples, load_cameo_scheme())

    def rebuild_dyad_summary(self) -> None:
        """Recompute the summary graph from all article graphs (for stores written without it).

        The marker that says the summary is complete is written last, so a rebuild that is
        killed is started again by the next writer that opens the store.
        """
        self._check_writable()
        tallies = self.count_dyads()
        actors = sorted({a for dyad in tallies for a in dyad})

        def triples() -> Iterator[Triple]:
            for dyad, tally in tallies.items():
                yield from dyad_triples(dyad, tally)
            for actor in actors:
                label = next(
                    (o for _s, _p, o, g in self._match(actor, str(RDFS.label), None, None)
                     if g not in _NOT_ARTICLES),
                    None,
                )  # fmt: skip
                if label is not None:
                    yield label_triple(actor, label)

        self._replace_summary(triples())

    @abstractmethod
    def _replace_summary(self, triples: Iterable[Triple]) -> None:
        """Drop the summary graph, write ``triples`` to it, then the marker."""

    def ensure_dyad_summary(self) -> None:
        """Build the summary graph when the store has none (a store from an older version)."""
        if not self.read_only and not self.has_dyad_summary():
            self.rebuild_dyad_summary()

    def summary_change(
        self, graphs: Mapping[URIRef, list[Triple]], replaced: Iterable[URIRef]
    ) -> SummaryChange:
        """The change to the summary graph when ``replaced`` graphs go and ``graphs`` come.

        Counts and sums are updated by difference; a dyad whose first or last date came
        from a replaced graph is recounted from the other graphs that mention its source.
        """
        return self._summary_change([graph_summary(t) for t in graphs.values()], replaced)

    def _summary_change(
        self, summaries: Iterable[Summary], replaced: Iterable[URIRef]
    ) -> SummaryChange:
        """:meth:`summary_change` from the :func:`graph_summary` of each new graph, in order."""
        scheme = load_cameo_scheme()
        gone = {str(g) for g in replaced}
        old: dict[tuple[str, str], Tally] = {}
        for stored in self._many_graphs(sorted(gone)).values():
            for dyad, tally in article_tallies(stored, scheme).items():
                old.setdefault(dyad, Tally()).add(tally)
        new: dict[tuple[str, str], Tally] = {}
        labels: dict[str, str] = {}
        for tallies, graph_labels in summaries:
            for dyad, tally in tallies.items():
                new.setdefault(dyad, Tally()).add(tally)
            labels.update(graph_labels)
        delete: list[URIRef] = []
        insert: list[Triple] = []
        dyads = sorted(old.keys() | new.keys())
        held = self._summary_nodes([str(dyad_iri(*d)) for d in dyads])
        for dyad in dyads:
            node = dyad_iri(*dyad)
            current = read_tally(held[str(node)])
            tally = current or Tally()
            stale = False
            if dyad in old:
                stale = tally.subtract(old[dyad])
                if tally.events <= 0:
                    tally, stale = Tally(), False
            if dyad in new:
                tally.add(new[dyad])
            if stale:
                tally = self._recount(dyad, gone, new.get(dyad))
            if current is not None:
                delete.append(node)
            if tally.events > 0:
                insert += dyad_triples(dyad, tally)
        actors = sorted({a for dyad in new for a in dyad if a in labels})
        delete += [URIRef(a) for a in actors]
        insert += [label_triple(a, labels[a]) for a in actors]
        return SummaryChange(tuple(delete), insert)

    def _recount(self, dyad: tuple[str, str], gone: set[str], new: Tally | None) -> Tally:
        """One dyad's tally from the stored graphs not in ``gone``, plus ``new``."""
        scheme = load_cameo_scheme()
        graphs = {
            g
            for pred in (CKG.hasSource, CKG.hasParticipant)
            for _s, _p, _o, g in self._match(None, str(pred), dyad[0], None)
            if g not in gone and g not in _NOT_ARTICLES
        }
        tally = Tally()
        for g in sorted(graphs):
            found = article_tallies(self._graph_triples(g), scheme).get(dyad)
            if found is not None:
                tally.add(found)
        if new is not None:
            tally.add(new)
        return tally

    def count(self, sparql: str) -> int:
        """The integer in the first cell of a SELECT result (0 when empty)."""
        for row in self.query(sparql):
            value = row[0]  # type: ignore[index]
            return int(value.toPython()) if isinstance(value, Literal) else 0
        return 0

    def stats(self) -> StoreStats:
        """Counts of articles, entities, events, relations and (article) triples."""
        return StoreStats(
            articles=self.count(_COUNT_ARTICLES),
            entities=self.count(_COUNT_ENTITIES),
            events=self.count(_COUNT_EVENTS),
            relations=self.count(_COUNT_RELATIONS),
            triples=self.count(_COUNT_TRIPLES),
        )


# --------------------------------------------------------------------------- embedded
class EmbeddedStore(KGStore):
    """An Oxigraph store in this process (on disk or in memory)."""

    def __init__(self, inner: ox.Store, location: str, read_only: bool = False) -> None:
        self.location = location
        self.read_only = read_only
        self._inner = inner
        self._dataset: Dataset | None = None

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying :class:`pyoxigraph.Store` (for the embedded fast paths)."""
        return self._inner

    @property
    def dataset(self) -> Dataset:
        """A live rdflib ``Dataset`` over the store (default graph = union of graphs)."""
        if self._dataset is None:
            from oxrdflib import OxigraphStore

            self._dataset = Dataset(store=OxigraphStore(store=self._inner), default_union=True)
        return self._dataset

    def ensure_ontology(self) -> None:
        if self.read_only:
            return
        onto_graph = ox.NamedNode(str(ONTOLOGY_GRAPH))
        if any(True for _ in self._inner.quads_for_pattern(None, None, None, onto_graph)):
            return
        onto = resource_dir("ontology")
        quads = [
            ox.Quad(q.subject, q.predicate, q.object, onto_graph)
            for name in ("conflict.ttl", "cameo.ttl")
            for q in ox.parse(path=str(onto / name), format=ox.RdfFormat.TURTLE)
        ]
        # one transaction: a process killed here leaves the whole ontology or none of it
        # (the check above would otherwise take half of it for all of it)
        self._inner.extend(quads)

    def document_hashes(self, doc_iris: Iterable[URIRef]) -> dict[str, str]:
        out = {}
        pred = ox.NamedNode(str(CKG.contentHash))
        for iri in doc_iris:
            for q in self._inner.quads_for_pattern(ox.NamedNode(str(iri)), pred, None, None):
                out[str(iri)] = str(getattr(q.object, "value", q.object))
        return out

    def write_prepared(self, graphs: Mapping[URIRef, PreparedGraph]) -> None:
        self._check_writable()
        if not graphs:
            return
        try:
            # a DROP costs Oxigraph about 2 ms even for a graph it does not hold (a scan
            # inside the transaction), as much as inserting 200 triples: new articles, the
            # usual case, are not dropped, and their (empty) stored graphs are not read for
            # the summary either (this process holds the write lock, so the answer stays
            # true until the update)
            stored = [g for g in graphs if self._inner.contains_named_graph(ox.NamedNode(g))]
            summary = self._summary_change([p.summary for p in graphs.values()], stored)
            # one update for the articles and the summary graph: one transaction (the bulk
            # loader, faster for new articles, cannot delete the summary nodes it replaces)
            text = {g: p.statements for g, p in graphs.items()}
            self._inner.update(_update_from_statements(text, summary, stored))
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.location}: write failed ({exc})") from exc

    def remove_documents(self, graphs: Iterable[URIRef]) -> None:
        self._check_writable()
        graphs = list(graphs)
        update = " ".join(f"DROP SILENT GRAPH {g.n3()} ;" for g in graphs).rstrip(" ;")
        if update:
            self._inner.update(_with_summary(update, self.summary_change({}, graphs)))

    def _match(
        self, s: str | None, p: str | None, o: str | None, g: str | None
    ) -> Iterator[tuple[str, str, str, str]]:
        def node(x: str | None) -> ox.NamedNode | None:
            return None if x is None else ox.NamedNode(x)

        for q in self._inner.quads_for_pattern(node(s), node(p), node(o), node(g)):
            yield (
                str(getattr(q.subject, "value", "")),
                q.predicate.value,
                str(getattr(q.object, "value", "")),
                str(getattr(q.graph_name, "value", "")),
            )

    def _select(self, sparql: str) -> ox.QuerySolutions:
        res = self._inner.query(sparql)
        if not isinstance(res, ox.QuerySolutions):
            raise StoreError(f"{self.location}: a SELECT gave no solutions")
        return res

    def dyad_labels(self) -> dict[str, str]:
        return {row[0].value: row[1].value for row in self._select(_LABELS)}

    def dyad_records(self) -> Iterator[str]:
        # straight from pyoxigraph: no rdflib term per row (at 1M events, 540k records)
        for solution in self._select(_RECORDS):
            yield solution[0].value

    def _summary_by_node(self) -> Iterator[list[tuple[str, str, str]]]:
        if self.location == MEMORY:  # the in-memory store keeps no order
            yield from super()._summary_by_node()
            return
        # on disk, with the graph bound, Oxigraph reads its GSPO index: a node's triples
        # come together, so one node is held at a time (at 1M events: 6M triples)
        node: list[tuple[str, str, str]] = []
        done: set[str] = set()
        for s, p, o, _g in self._match(None, None, None, str(DYAD_GRAPH)):
            if node and node[0][0] != s:
                done.add(node[0][0])
                yield node
                node = []
                if s in done:
                    raise StoreError(f"{self.location}: summary graph not read in node order")
            node.append((s, p, o))
        if node:
            yield node

    def _replace_summary(self, triples: Iterable[Triple]) -> None:
        # the marker goes first, so a rebuild killed from here on is redone on the next open;
        # then the old summary goes in bounded deletes: one DROP (or clear_graph) holds the
        # whole graph in one transaction (about 780 MB more for the 600k triples at 100k
        # events)
        graph = ox.NamedNode(str(DYAD_GRAPH))
        s, p, o = (ox.NamedNode(str(t)) for t in marker_triple())
        self._inner.remove(ox.Quad(s, p, o, graph))
        while any(True for _ in self._inner.quads_for_pattern(None, None, None, graph)):
            self._inner.update(_DELETE_SOME_SUMMARY)
            # the deletions stay in memory until written out (about 400 MB for the 650k
            # summary triples at 100k events, 50 MB when written out after every chunk)
            self.flush()
        # the bulk loader writes files straight to disk: at 100k events half the time and
        # 790 MB at most instead of 1.34 GB for transactions (it is not atomic, but the marker
        # comes after it, so a rebuild killed meanwhile is redone and its leftovers deleted)
        for chunk in _chunks(triples, _SUMMARY_CHUNK):
            self._inner.bulk_load(nquads(DYAD_GRAPH, chunk).encode("utf-8"), ox.RdfFormat.N_QUADS)
        self._inner.load(nquads(DYAD_GRAPH, [marker_triple()]).encode(), ox.RdfFormat.N_QUADS)
        # to disk now: otherwise the next open replays the rebuild from the write-ahead log
        # into memory (1.2 GB at 100k events)
        self.flush()

    def flush(self) -> None:
        if not self.read_only and self.location != MEMORY:
            self._inner.flush()

    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> Result:
        text = inject_values(sparql, bindings) if bindings else sparql
        try:
            res = self._inner.query(
                text, use_default_graph_as_union=True, prefixes=dict(DEFAULT_PREFIXES)
            )
            return to_result(res)
        except SyntaxError as exc:
            if text != sparql:  # report the position in the text as written
                self.query(sparql)
            raise syntax_error(str(exc)) from exc
        except (ValueError, RuntimeError) as exc:
            raise QueryError(f"SPARQL error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{self.location}: query failed ({exc})") from exc

    def quads(self, *, include_ontology: bool = False) -> Iterator[ox.Quad]:
        derived = (ox.NamedNode(str(ONTOLOGY_GRAPH)), ox.NamedNode(str(DYAD_GRAPH)))
        for q in self._inner.quads_for_pattern(None, None, None, None):
            if include_ontology or q.graph_name not in derived:
                yield q


# --------------------------------------------------------------------------- remote
def endpoints(url: str, update_url: str | None = None) -> tuple[str, str]:
    """The query and update endpoint URLs for a store URL.

    * a server root (``http://host:7878`` or ``.../``): ``/query`` and ``/update``
      (Oxigraph server);
    * a URL ending in ``/query`` or ``/sparql``: the sibling ``/update`` for
      ``/query``, the same URL for ``/sparql`` (Virtuoso, and SPARQL 1.1
      Protocol servers that take both on one endpoint);
    * any other URL (a Fuseki dataset ``/ds``, a GraphDB repository): the same
      URL for both, unless ``update_url`` (or ``KG_SPARQL_UPDATE_URL``) says otherwise.

    Examples
    --------
    >>> endpoints("http://127.0.0.1:7878")
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update')
    >>> endpoints("http://h/ds/query")
    ('http://h/ds/query', 'http://h/ds/update')
    """
    parts = urllib.parse.urlsplit(url)
    if parts.username or parts.password:
        raise StoreError(
            f"{_redact(url)}: put credentials in {ENV_USER}/{ENV_PASSWORD} or {ENV_TOKEN}, "
            "not in the URL"
        )
    path = parts.path
    if path in ("", "/"):
        base = url.rstrip("/")
        query, update = base + "/query", base + "/update"
    elif path.endswith("/query"):
        query, update = url, url[: -len("/query")] + "/update"
    else:
        query = update = url
    return query, update_url or os.environ.get(ENV_UPDATE_URL) or update


def _redact(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))


class RemoteStore(KGStore):
    """A store on a SPARQL 1.1 server, over HTTP (stdlib ``urllib``).

    Credentials come only from the environment: ``KG_SPARQL_USER`` and
    ``KG_SPARQL_PASSWORD`` (HTTP basic) or ``KG_SPARQL_TOKEN`` (bearer).
    Queries are sent with the ``union-default-graph`` parameter (Oxigraph
    server's switch for a union default graph; other servers ignore it and
    need their own setting, e.g. Fuseki's ``tdb2:unionDefaultGraph``); set
    ``KG_SPARQL_UNION=0`` to leave it out.

    Attributes
    ----------
    requests : int
        HTTP requests sent so far (queries and updates).
    updates : int
        Update requests sent so far.
    """

    def __init__(
        self,
        url: str,
        *,
        update_url: str | None = None,
        read_only: bool = False,
        timeout: float | None = None,
        max_request_bytes: int = 32 * 1024 * 1024,
    ) -> None:
        self.location = url
        self.read_only = read_only
        self.query_url, self.update_url = endpoints(url, update_url)
        self.timeout = timeout or float(os.environ.get(ENV_TIMEOUT, "120"))
        self.union = os.environ.get(ENV_UNION, "1").strip().lower() not in ("0", "false", "no")
        self.max_request_bytes = max_request_bytes
        self.requests = 0
        self.updates = 0
        self._hashes: dict[str, str] | None = None

    # ---------------------------------------------------------- HTTP
    def _headers(self, accept: str) -> dict[str, str]:
        headers = {
            "Accept": accept,
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
            "User-Agent": "conflict-kg",
        }
        token = os.environ.get(ENV_TOKEN)
        user = os.environ.get(ENV_USER)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        elif user:
            pair = f"{user}:{os.environ.get(ENV_PASSWORD, '')}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
        return headers

    def _post(self, url: str, form: list[tuple[str, str]], accept: str) -> tuple[str, bytes]:
        data = urllib.parse.urlencode(form).encode("utf-8")
        req = urllib.request.Request(url, data=data, headers=self._headers(accept), method="POST")
        self.requests += 1
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
                return ctype, resp.read()
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace").strip()
            if exc.code == 400:
                raise QueryError(body or "bad request") from None
            if exc.code in (401, 403):
                raise StoreError(
                    f"{_redact(url)}: HTTP {exc.code} (set {ENV_USER}/{ENV_PASSWORD} "
                    f"or {ENV_TOKEN})"
                ) from None
            raise StoreError(f"{_redact(url)}: HTTP {exc.code} {body[:200]}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{_redact(url)}: cannot reach the SPARQL server ({reason})") from None

    # ---------------------------------------------------------- reading
    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> Result:
        text = inject_values(sparql, bindings) if bindings else sparql
        header = prefix_header(text)
        form = [("query", header + text)]
        if self.union:
            form.append(("union-default-graph", ""))
        accept = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
        try:
            ctype, body = self._post(self.query_url, form, accept)
        except QueryError as exc:
            raise syntax_error(str(exc), len(header)) from None
        try:
            if ctype in ("application/sparql-results+json", "application/json"):
                return to_result(ox.parse_query_results(body, ox.QueryResultsFormat.JSON))
            if ctype in ("application/sparql-results+xml", "application/xml"):
                return to_result(ox.parse_query_results(body, ox.QueryResultsFormat.XML))
            fmt = {
                "application/n-triples": ox.RdfFormat.N_TRIPLES,
                "text/plain": ox.RdfFormat.N_TRIPLES,
                "text/turtle": ox.RdfFormat.TURTLE,
                "application/rdf+xml": ox.RdfFormat.RDF_XML,
            }.get(ctype)
            if fmt is None:
                raise StoreError(f"{_redact(self.query_url)}: unexpected answer type {ctype!r}")
            return to_result(ox.parse(body, fmt))
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"{_redact(self.query_url)}: unreadable answer ({exc})") from None

    def document_hashes(self, doc_iris: Iterable[URIRef]) -> dict[str, str]:
        """Content hashes of stored articles, from one query per session (then kept up to date)."""
        if self._hashes is None:
            res = self.query(_ALL_HASHES)
            self._hashes = {str(row[0]): str(row[1]) for row in res}  # type: ignore[index]
        return {str(i): self._hashes[str(i)] for i in doc_iris if str(i) in self._hashes}

    def _match(
        self, s: str | None, p: str | None, o: str | None, g: str | None
    ) -> Iterator[tuple[str, str, str, str]]:
        pattern = {"s": s, "p": p, "o": o, "g": g}
        bindings = {k: URIRef(v) for k, v in pattern.items() if v is not None}
        for row in self.query(_MATCH, bindings):
            yield tuple(str(x) for x in row)  # type: ignore[misc,union-attr]

    def _many(self, name: str, iris: list[str], fixed: Mapping[str, URIRef]) -> Iterator[Any]:
        if iris:
            text = inject_rows(_MATCH, name, [URIRef(i) for i in iris])
            yield from self.query(text, fixed)

    def _many_graphs(self, graphs: list[str]) -> dict[str, list[tuple[str, str, str]]]:
        out: dict[str, list[tuple[str, str, str]]] = {g: [] for g in graphs}
        for s, p, o, g in self._many("g", graphs, {}):
            out[str(g)].append((str(s), str(p), str(o)))
        return out

    def _summary_nodes(self, nodes: list[str]) -> dict[str, list[tuple[str, str, str]]]:
        out: dict[str, list[tuple[str, str, str]]] = {n: [] for n in nodes}
        for s, p, o, _g in self._many("s", nodes, {"g": DYAD_GRAPH}):
            out[str(s)].append((str(s), str(p), str(o)))
        return out

    def _replace_summary(self, triples: Iterable[Triple]) -> None:
        self._update(f"DROP SILENT GRAPH {DYAD_GRAPH.n3()}")
        for chunk in _chunks(triples, _SUMMARY_CHUNK // 10):
            self._update(_insert_summary(chunk))
        self._update(_insert_summary([marker_triple()]))

    def quads(self, *, include_ontology: bool = False) -> Iterator[ox.Quad]:
        form = [("query", _ALL_QUADS)]
        _ctype, body = self._post(self.query_url, form, "application/sparql-results+json")
        derived = (ox.NamedNode(str(ONTOLOGY_GRAPH)), ox.NamedNode(str(DYAD_GRAPH)))
        solutions = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        if not isinstance(solutions, ox.QuerySolutions):
            raise StoreError(f"{_redact(self.query_url)}: unexpected answer to a SELECT")
        for sol in solutions:
            g = sol["g"]
            if include_ontology or g not in derived:
                yield ox.Quad(sol["s"], sol["p"], sol["o"], g)

    # ---------------------------------------------------------- writing
    def _update(self, text: str) -> None:
        self.updates += 1
        try:
            self._post(self.update_url, [("update", text)], "*/*")
        except QueryError as exc:
            raise StoreError(f"{_redact(self.update_url)}: update refused ({exc})") from None

    def ensure_ontology(self) -> None:
        if self.read_only or self.query(_HAS_ONTOLOGY).askAnswer:
            return
        onto = resource_dir("ontology")
        lines = []
        for name in ("conflict.ttl", "cameo.ttl"):
            for t in ox.parse(path=str(onto / name), format=ox.RdfFormat.TURTLE):
                lines.append(f"{t.subject} {t.predicate} {t.object} .")
        body = "\n".join(lines)
        self._update(f"INSERT DATA {{ GRAPH <{ONTOLOGY_GRAPH}> {{\n{body}\n}} }}")

    def write_prepared(self, graphs: Mapping[URIRef, PreparedGraph]) -> None:
        """Replace articles' graphs with one update request (more only for huge batches).

        The summary graph change goes with the last request; a batch split into several
        requests is therefore not one transaction on a remote store.
        """
        self._check_writable()
        if not graphs:
            return
        summary = self._summary_change([p.summary for p in graphs.values()], graphs)
        batch: dict[URIRef, str] = {}
        size = 0
        for g, prepared in graphs.items():
            one = len(_update_from_statements({g: prepared.statements}).encode("utf-8"))
            if batch and size + one > self.max_request_bytes:
                self._update(_update_from_statements(batch))
                batch, size = {}, 0
            batch[g] = prepared.statements
            size += one
        self._update(_update_from_statements(batch, summary))
        if self._hashes is not None:
            for prepared in graphs.values():
                self._hashes.update(prepared.hashes)

    def remove_documents(self, graphs: Iterable[URIRef]) -> None:
        self._check_writable()
        graphs = list(graphs)
        update = " ".join(f"DROP SILENT GRAPH {g.n3()} ;" for g in graphs).rstrip(" ;")
        if update:
            self._update(_with_summary(update, self.summary_change({}, graphs)))
            self._hashes = None


#: What Oxigraph says when a read-only open meets a store whose creation has not finished
_UNFINISHED = "only possible on read-write instances"
_RACED = re.compile(
    r"no such file.*\.(?:sst|log)\b|MANIFEST|column family not found|" + re.escape(_UNFINISHED),
    re.IGNORECASE | re.DOTALL,
)


def open_read_only(location: str | Path, *, attempts: int = 20, pause: float = 0.05) -> ox.Store:
    """Open an on-disk Oxigraph store read-only, retrying while a writer races the open.

    A read-only open reads the list of the store's files and then opens them; a writer
    that compacts in between deletes one of them, and RocksDB reports "No such file or
    directory" for it (as ``RuntimeError`` or ``OSError``); a store still being created
    lacks some of its column families or its version marker. The store is fine: the next
    attempt reads the new list. Other errors (and these, after ``attempts``) are raised.
    """
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(location))
        except (OSError, RuntimeError) as exc:
            if attempt == attempts - 1 or not _RACED.search(str(exc)):
                raise
            time.sleep(pause)
    raise AssertionError("unreachable")


def is_remote(location: str | Path) -> bool:
    """Whether a ``--store`` value names a SPARQL server rather than a folder."""
    return str(location).lower().startswith(("http://", "https://"))


def open_store(
    location: str | Path = DEFAULT_STORE,
    *,
    read_only: bool = False,
    update_url: str | None = None,
) -> KGStore:
    """Open (or create) a store.

    Parameters
    ----------
    location : str or Path
        A folder for the on-disk Oxigraph store, ``"memory"``, or the URL of a
        SPARQL 1.1 server (see :func:`endpoints` for how the query and update
        endpoints are found).
    read_only : bool
        Open an existing on-disk store without taking the write lock; for a
        remote store, refuse writes.
    update_url : str, optional
        The update endpoint of a remote store, when it cannot be inferred.

    Raises
    ------
    StoreError
        If the folder is locked by another writer, is not a store, or cannot be
        created; or the server cannot be reached.
    """
    loc = str(location)
    if is_remote(loc):
        remote = RemoteStore(loc, update_url=update_url, read_only=read_only)
        remote.ensure_ontology()
        remote.ensure_dyad_summary()
        return remote
    try:
        if loc == MEMORY:
            inner = ox.Store()
        elif read_only:
            if not Path(loc).exists():
                raise StoreError(f"{loc}: no store here (run 'kg ingest' first)")
            inner = open_read_only(loc)
        else:
            inner = ox.Store(loc)
    except (OSError, RuntimeError) as exc:  # RocksDB reports some I/O errors as RuntimeError
        msg = str(exc)
        first = msg.splitlines()[0] if msg else type(exc).__name__
        if re.search(r"\block\b", msg, re.IGNORECASE):  # "While lock file: .../LOCK"
            raise StoreError(
                f"{loc}: store is locked by another process (another 'kg ingest' is writing "
                f"it; wait for it to finish, or read it with 'kg query') [{first}]"
            ) from exc
        if _UNFINISHED in msg:
            raise StoreError(
                f"{loc}: the store was never completely created (was 'kg ingest' interrupted "
                "while creating it?); run 'kg ingest' again to finish it"
            ) from exc
        if "read-only file system" in msg.lower():
            raise StoreError(
                f"{loc}: cannot open store for writing: the file system is read-only "
                f"('kg query', 'kg export' and 'kg serve' can still read it) [{first}]"
            ) from exc
        raise StoreError(f"{loc}: cannot open store ({first})") from exc
    store = EmbeddedStore(inner, loc, read_only)
    store.ensure_ontology()
    store.ensure_dyad_summary()
    return store
