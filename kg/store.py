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
transaction, so an article lands whole or not at all. A remote store sends one
HTTP request per batch (split only when a batch exceeds ``max_request_bytes``,
and then at article boundaries).

Everything outside this module uses only the :class:`KGStore` interface:
:meth:`~KGStore.query`, :meth:`~KGStore.write_documents`,
:meth:`~KGStore.remove_documents`, :meth:`~KGStore.document_hashes`,
:meth:`~KGStore.quads`, :meth:`~KGStore.stats`, :meth:`~KGStore.flush` and
:meth:`~KGStore.close`.
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
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib import Variable as RdfVariable
from rdflib.query import Result

from kg.errors import QueryError, StoreError
from kg.iris import ONTOLOGY_GRAPH
from kg.namespaces import CKG
from kg.ontology import resource_dir
from kg.rdf import Triple, nquads
from kg.sparql import (
    DEFAULT_PREFIXES,
    PREFIX_BLOCK,
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
  GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{ONTOLOGY_GRAPH}>)
}}"""
_ALL_HASHES = f"SELECT ?d ?h WHERE {{ GRAPH ?g {{ ?d <{CKG.contentHash}> ?h }} }}"
_HAS_ONTOLOGY = f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}"
_ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"

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


def to_result(res: Any) -> Result:
    """A pyoxigraph query result as an rdflib :class:`~rdflib.query.Result`."""
    if isinstance(res, ox.QueryBoolean):
        out = Result("ASK")
        out.askAnswer = bool(res)
        return out
    if isinstance(res, ox.QuerySolutions):
        out = Result("SELECT")
        variables = [RdfVariable(v.value) for v in res.variables]
        out.vars = variables
        out.bindings = [
            {v: from_ox(val) for v, val in zip(variables, sol, strict=False) if val is not None}
            for sol in res
        ]
        return out
    out = Result("CONSTRUCT")
    g = Graph()
    for t in res:
        g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    out.graph = g
    return out


def update_text(graphs: Mapping[URIRef, list[Triple]]) -> str:
    """One SPARQL update that replaces the named graphs of several articles."""
    parts = [f"DROP SILENT GRAPH {g.n3()} ;" for g in graphs]
    body = []
    for g, triples in graphs.items():
        lines = " ".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples)
        body.append(f"GRAPH {g.n3()} {{ {lines} }}")
    return "\n".join(parts) + "\nINSERT DATA { " + "\n".join(body) + " }"


def _hashes_in(triples: Iterable[Triple]) -> dict[str, str]:
    return {str(s): str(o) for s, p, o in triples if p == CKG.contentHash}


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

    @abstractmethod
    def write_documents(self, graphs: Mapping[URIRef, list[Triple]]) -> None:
        """Replace the named graphs of several articles in one transaction."""

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
        """Every stored quad (article graphs; the ontology graph on request)."""

    @property
    def dataset(self) -> Dataset:
        """The stored quads as an rdflib ``Dataset`` (a copy unless the store says otherwise)."""
        ds = Dataset(default_union=True)
        for q in self.quads(include_ontology=True):
            g = q.graph_name
            ctx = ds.graph(URIRef(g.value)) if isinstance(g, ox.NamedNode) else ds.default_context
            ctx.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return ds

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

    def write_documents(self, graphs: Mapping[URIRef, list[Triple]]) -> None:
        self._check_writable()
        if not graphs:
            return
        try:
            if any(self._inner.contains_named_graph(ox.NamedNode(str(g))) for g in graphs):
                # an article whose text changed: drop and insert in one update
                self._inner.update(update_text(graphs))
            else:
                # new articles only: Oxigraph's loader is several times faster than an
                # INSERT DATA update and is just as transactional
                data = "".join(nquads(g, triples) for g, triples in graphs.items())
                self._inner.load(data.encode("utf-8"), ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.location}: write failed ({exc})") from exc

    def remove_documents(self, graphs: Iterable[URIRef]) -> None:
        self._check_writable()
        update = " ".join(f"DROP SILENT GRAPH {g.n3()} ;" for g in graphs).rstrip(" ;")
        if update:
            self._inner.update(update)

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
        onto = ox.NamedNode(str(ONTOLOGY_GRAPH))
        for q in self._inner.quads_for_pattern(None, None, None, None):
            if include_ontology or q.graph_name != onto:
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

    def quads(self, *, include_ontology: bool = False) -> Iterator[ox.Quad]:
        form = [("query", _ALL_QUADS)]
        _ctype, body = self._post(self.query_url, form, "application/sparql-results+json")
        onto = ox.NamedNode(str(ONTOLOGY_GRAPH))
        solutions = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        if not isinstance(solutions, ox.QuerySolutions):
            raise StoreError(f"{_redact(self.query_url)}: unexpected answer to a SELECT")
        for sol in solutions:
            g = sol["g"]
            if include_ontology or g != onto:
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

    def write_documents(self, graphs: Mapping[URIRef, list[Triple]]) -> None:
        """Replace articles' graphs with one update request (more only for huge batches)."""
        self._check_writable()
        if not graphs:
            return
        batch: dict[URIRef, list[Triple]] = {}
        size = 0
        for g, triples in graphs.items():
            one = len(update_text({g: triples}).encode("utf-8"))
            if batch and size + one > self.max_request_bytes:
                self._update(update_text(batch))
                batch, size = {}, 0
            batch[g] = triples
            size += one
        self._update(update_text(batch))
        if self._hashes is not None:
            for triples in graphs.values():
                self._hashes.update(_hashes_in(triples))

    def remove_documents(self, graphs: Iterable[URIRef]) -> None:
        self._check_writable()
        update = " ".join(f"DROP SILENT GRAPH {g.n3()} ;" for g in graphs).rstrip(" ;")
        if update:
            self._update(update)
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
    return store
