"""The public Python API. Every CLI command calls exactly one function here.

>>> from kg import api
>>> store = api.open_store("memory")
>>> report = api.ingest(["data/articles"], store)      # doctest: +SKIP
>>> rows = api.query(store, "events-by-type")          # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import IO, TYPE_CHECKING, Any

from kg.dates import implausible_dates
from kg.errors import InputError, QueryError
from kg.events import DEFAULT_MIN_CONFIDENCE
from kg.iris import document_iri, graph_iri
from kg.jsonl import extraction_records
from kg.model import Extraction
from kg.ontology import load_cameo_scheme
from kg.pipeline import Extractor
from kg.rdf import LiteralCache, extraction_triples
from kg.readers import DEFAULT_MAX_BYTES, Record, read_paths
from kg.sparql import UPDATE_KEYWORDS, NamedQuery, QueryResult, keywords, run_query
from kg.sparql import named_queries as _named_queries
from kg.store import KGStore, PreparedGraph, StoreStats, open_store, prepare_graph

if TYPE_CHECKING:  # kg.validate loads pyshacl: imported when a validation runs
    from kg.validate import ValidationResult

__all__ = [
    "ExtractResult",
    "IngestReport",
    "export",
    "extract",
    "ingest",
    "named_queries",
    "open_store",
    "query",
    "serve",
    "stats",
    "validate",
]

PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class ExtractResult:
    """One input record and what was extracted from it (or why not)."""

    record: Record
    extraction: Extraction | None

    @property
    def error(self) -> InputError | None:
        return self.record.error


@dataclass
class IngestReport:
    """What an ingest did."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    events: int = 0
    relations: int = 0
    triples: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def _safe_extract(ex: Extractor, rec: Record) -> ExtractResult:
    if rec.document is None:
        return ExtractResult(rec, None)
    try:
        ext = ex.extract(rec.document)
        flags = implausible_dates(ext)
    except Exception as exc:  # an extractor bug must not stop a batch
        err = InputError(rec.source, f"extraction failed ({type(exc).__name__}: {exc})")
        return ExtractResult(Record(rec.source, None, err, rec.warnings), None)
    if flags:
        ext = replace(ext, warnings=(*ext.warnings, *flags))
    return ExtractResult(rec, ext)


class _WorkerState:
    """Process-local extractor of a worker process, built once by the pool initializer."""

    extractor: Extractor | None = None
    literals: LiteralCache | None = None


def _init_worker(min_confidence: float) -> None:
    _WorkerState.extractor = Extractor.default(min_confidence=min_confidence)
    _WorkerState.literals = LiteralCache()
    # the extractor (gazetteer, language packs) lives as long as the worker: the garbage
    # collector need not go through it again at every full collection
    gc.freeze()


def _work(rec: Record) -> ExtractResult:
    ex = _WorkerState.extractor
    assert ex is not None
    return _extract_freezing_new_tables(ex, rec)


def _extract_freezing_new_tables(ex: Extractor, rec: Record) -> ExtractResult:
    """``_safe_extract``; the tables of a language its article loads live as long as the
    extractor, so they are frozen too."""
    loaded = ex.languages_loaded
    res = _safe_extract(ex, rec)
    if ex.languages_loaded != loaded:
        gc.freeze()
    return res


def _extract_frozen(ex: Extractor, records: Iterable[Record]) -> Iterator[ExtractResult]:
    """``_safe_extract`` of each record in one process. What exists when it starts (the
    extractor above all), and the tables of each language its first article loads, outlive
    the run: full collections skip them until the run ends, then they are collected as before
    (unless the program keeps frozen objects of its own: then nothing is frozen here). Going
    through them took a thirtieth of the extraction time of English news."""
    if gc.get_freeze_count():
        for rec in records:
            yield _safe_extract(ex, rec)
        return
    gc.freeze()
    try:
        for rec in records:
            yield _extract_freezing_new_tables(ex, rec)
    finally:
        gc.unfreeze()


def _prepare(ext: Extraction, literals: LiteralCache) -> PreparedGraph:
    """An extraction's article graph, ready for :meth:`KGStore.write_prepared`."""
    _g, triples = extraction_triples(ext, load_cameo_scheme(), literals)
    return prepare_graph(triples)


Prepared = tuple[ExtractResult, PreparedGraph | None]


def _work_and_prepare(records: list[Record]) -> list[Prepared]:
    """Extract some records in a worker process and make each article ready to write.

    The statements of an article's update are strings, cheap to send back (its rdflib
    triples are not: unpickling them costs more than making them), so the ingesting
    process, which alone can write the store, is left only the writing.
    """
    assert _WorkerState.literals is not None
    out: list[Prepared] = []
    for rec in records:
        res = _work(rec)
        prepared = None
        if res.extraction is not None:
            # a failure here is met again, and raised, where the ingest prepares the article
            # itself: at the same article, and only if the article is to be written
            with contextlib.suppress(Exception):
                prepared = _prepare(res.extraction, _WorkerState.literals)
        out.append((res, prepared))
    return out


def extract(
    paths: Iterable[PathLike],
    *,
    published: dt.date | None = None,
    lang: str | None = None,
    source: str | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extractor: Extractor | None = None,
    jobs: int = 1,
) -> Iterator[ExtractResult]:
    """Extract facts from files without storing them.

    Yields one :class:`ExtractResult` per input record, in input order;
    unreadable inputs yield a result whose ``error`` names the file and the
    problem. ``jobs > 1`` extracts in that many worker processes.
    """
    records = read_paths(paths, published=published, lang=lang, source=source, max_bytes=max_bytes)
    if jobs <= 1:
        ex = extractor or Extractor.default(min_confidence=min_confidence)
        yield from _extract_frozen(ex, records)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_init_worker, initargs=(min_confidence,)
    ) as pool:
        yield from pool.map(_work, records, chunksize=4)


#: Records per task sent to a worker process, and tasks in flight per worker
_CHUNK = 4
_IN_FLIGHT = 16


def _extract_for_ingest(
    paths: Iterable[PathLike],
    *,
    published: dt.date | None,
    lang: str | None,
    source: str | None,
    min_confidence: float,
    max_bytes: int,
    jobs: int,
) -> Iterator[Prepared]:
    """:func:`extract` for an ingest: with ``jobs > 1`` each result comes with its article
    made ready to write (by the worker), otherwise with ``None`` (the ingest makes it).

    Records go to the workers a few at a time and at most ``_IN_FLIGHT`` tasks per worker
    wait for the ingest to take their results, so a large input is neither read whole
    nor extracted far ahead of the store's writing.
    """
    if jobs <= 1:
        extractor = Extractor.default(min_confidence=min_confidence)
        for res in extract(
            paths,
            published=published,
            lang=lang,
            source=source,
            max_bytes=max_bytes,
            extractor=extractor,
        ):
            yield res, None
        return
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    records = read_paths(paths, published=published, lang=lang, source=source, max_bytes=max_bytes)
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_init_worker, initargs=(min_confidence,)
    ) as pool:
        waiting: deque[Future[list[Prepared]]] = deque()
        try:
            chunk: list[Record] = []
            for rec in records:
                chunk.append(rec)
                if len(chunk) >= _CHUNK:
                    waiting.append(pool.submit(_work_and_prepare, chunk))
                    chunk = []
                    if len(waiting) >= _IN_FLIGHT * jobs:
                        yield from waiting.popleft().result()
            if chunk:
                waiting.append(pool.submit(_work_and_prepare, chunk))
            while waiting:
                yield from waiting.popleft().result()
        finally:
            for future in waiting:  # stopped early: drop the work nobody will read
                future.cancel()


def extract_records(results: Iterable[ExtractResult]) -> Iterator[dict[str, Any]]:
    """The JSON Lines contract records of extraction results (errors skipped)."""
    scheme = load_cameo_scheme()
    for r in results:
        if r.extraction is not None:
            yield from extraction_records(r.extraction, scheme)


def ingest(
    paths: Iterable[PathLike],
    store: KGStore,
    *,
    published: dt.date | None = None,
    lang: str | None = None,
    source: str | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = 50,
    jobs: int = 1,
    on_record: Callable[[ExtractResult], None] | None = None,
) -> IngestReport:
    """Extract facts from files and store them, one named graph per article.

    Articles are written in batches; each batch is one transaction, so an
    article is either fully stored or absent. An article whose content hash
    is already stored is skipped. Bad inputs are reported in
    :attr:`IngestReport.failed` and the rest of the batch goes on. A batch is
    written in a thread of its own while the next one is extracted. With ``jobs > 1``
    the worker processes also make each article's statements and dyad tallies
    (:func:`kg.store.prepare_graph`), so this process is left only the writing.
    """
    with _BatchWriter(store) as writer:
        return _ingest(
            paths,
            store,
            writer,
            published=published,
            lang=lang,
            source=source,
            min_confidence=min_confidence,
            max_bytes=max_bytes,
            batch_size=batch_size,
            jobs=jobs,
            on_record=on_record,
        )


class _BatchWriter:
    """Writes batches of articles to a store in a thread of its own, one batch at a time.

    The store's transaction (Oxigraph releases the GIL while it runs it) then overlaps the
    extraction of the next batch: for English news about a third of the time of an ingest
    in one process. Batches are written in the order they come, each still one
    transaction; at most one waits while another is written, and a failed write is raised
    at the next :meth:`write` or at :meth:`close`.
    """

    def __init__(self, store: KGStore) -> None:
        self.store = store
        self.stored = 0
        self._queue: queue.Queue[dict[Any, PreparedGraph] | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kg-store-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (batch := self._queue.get()) is not None:
            if self._error is not None:
                continue  # after a failure nothing more is written; close() raises it
            try:
                self.store.write_prepared(batch)
                self.stored += len(batch)
            except BaseException as exc:  # handed to the ingesting thread
                self._error = exc

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def write(self, batch: dict[Any, PreparedGraph]) -> None:
        """Queue a batch (waits while the previous one is still queued)."""
        self._raise()
        self._queue.put(batch)

    def close(self) -> None:
        """Wait until every queued batch is written; raise a write's failure."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        self._raise()

    def __enter__(self) -> _BatchWriter:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.close()
            return
        # already failing (or interrupted): drop the batch still waiting, let the one being
        # written finish its transaction, and keep the first error
        with contextlib.suppress(queue.Empty):
            self._queue.get_nowait()
        with contextlib.suppress(BaseException):
            self.close()


def _ingest(
    paths: Iterable[PathLike],
    store: KGStore,
    writer: _BatchWriter,
    *,
    published: dt.date | None,
    lang: str | None,
    source: str | None,
    min_confidence: float,
    max_bytes: int,
    batch_size: int,
    jobs: int,
    on_record: Callable[[ExtractResult], None] | None,
) -> IngestReport:
    literals = LiteralCache()
    report = IngestReport()
    pending: dict[Any, PreparedGraph] = {}
    seen: dict[str, str] = {}  # content hash of each document id met in this run

    def flush() -> None:
        if not pending:
            return
        writer.write(dict(pending))
        pending.clear()

    for res, prepared in _extract_for_ingest(
        paths,
        published=published,
        lang=lang,
        source=source,
        min_confidence=min_confidence,
        max_bytes=max_bytes,
        jobs=jobs,
    ):
        if on_record is not None:
            on_record(res)
        report.warnings.extend(res.record.warnings)
        if res.extraction is None:
            if res.error is not None:
                report.failed.append(str(res.error))
            continue
        report.read += 1
        ext = res.extraction
        report.warnings.extend(f"{res.record.source}: {w}" for w in ext.warnings)
        doc = ext.document
        earlier = seen.get(doc.doc_id)
        if earlier == doc.content_hash:
            report.unchanged += 1
            continue
        if earlier is not None:  # whatever the store holds now, this text replaces it
            report.warnings.append(
                f"{res.record.source}: document id {doc.doc_id!r} appears twice; the later text wins"
            )
        else:
            known = store.document_hashes([document_iri(doc.doc_id)])
            if known.get(str(document_iri(doc.doc_id))) == doc.content_hash:
                seen[doc.doc_id] = doc.content_hash
                report.unchanged += 1
                continue
        seen[doc.doc_id] = doc.content_hash
        if prepared is None:  # extracted here, or the worker could not prepare it
            prepared = _prepare(ext, literals)
        pending[graph_iri(doc.doc_id)] = prepared
        report.events += len(ext.events)
        report.relations += len(ext.relations)
        report.triples += prepared.size
        if len(pending) >= batch_size:
            flush()
    flush()
    writer.close()
    report.stored = writer.stored
    store.flush()
    return report


def named_queries() -> dict[str, NamedQuery]:
    """The named SPARQL queries shipped with the package."""
    return _named_queries()


def query(store: KGStore, sparql: str, params: Mapping[str, str] | None = None) -> QueryResult:
    """Run SPARQL text or a named query; ``params`` are bound with initBindings.

    Raises
    ------
    QueryError
        If the query is malformed, or is a SPARQL Update: queries never write
        (``kg ingest`` and :func:`ingest` do).
    """
    if sparql not in named_queries():
        update = next((w for w in keywords(sparql) if w in UPDATE_KEYWORDS), None)
        if update is not None:
            raise QueryError(
                f"refused: SPARQL Update ({update}) is not run by queries; the store is "
                "read-only here (kg ingest writes it)"
            )
    return run_query(store, sparql, params)


def export(store: KGStore, fmt: str, out: IO[str]) -> None:
    """Write the whole store in ``fmt`` (ttl, trig, nq, jsonld, jsonl, events-csv)."""
    from kg.export import export as _export  # not needed to ingest or query

    _export(store, fmt, out)


def stats(store: KGStore) -> StoreStats:
    """Counts of articles, entities, events, relations and triples in the store."""
    return store.stats()


def validate(store: KGStore) -> ValidationResult:
    """Validate the stored graph (all articles) against ``ontology/shapes.ttl``."""
    from rdflib import Graph

    from kg.iris import ONTOLOGY_GRAPH

    g = Graph()
    for s, p, o, ctx in store.dataset.quads((None, None, None, None)):
        if ctx is not None and getattr(ctx, "identifier", ctx) == ONTOLOGY_GRAPH:
            continue
        g.add((s, p, o))
    from kg.validate import validate_graph

    return validate_graph(g)


def serve(
    store: PathLike,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = 30.0,
    max_rows: int = 10_000,
    workers: int = 2,
    background: bool = False,
) -> Any:
    """Serve an on-disk store as a read-only SPARQL 1.1 Protocol endpoint.

    UPDATE, LOAD and SERVICE are refused; each query has ``timeout`` seconds and
    at most ``max_rows`` result rows (see :mod:`kg.server`). Blocks until
    interrupted, unless ``background`` is true: then the running
    :class:`kg.server.SparqlServer` is returned (call ``close()`` to stop it).
    """
    from kg.server import ServeOptions, SparqlServer

    options = ServeOptions(
        host=host, port=port, timeout=timeout, max_rows=max_rows, workers=workers
    )
    server = SparqlServer(os.fspath(store), options)
    if background:
        return server.start()
    server.serve_forever()
    return None


def analyze(store: KGStore, what: str, **options: Any) -> list[dict[str, Any]]:
    """Run one network analysis and return its rows (a list of dicts, one per row).

    ``what`` is ``centrality``, ``communities``, ``path``, ``ego``, ``dyads`` or
    ``timeline``; ``options`` are those of :func:`kg.analysis.report.analyze` (e.g.
    ``source="Vladimir Putin"``, ``since="2022-05-01"``, ``freq="week"``). The rows load
    straight into pandas: ``pandas.DataFrame(api.analyze(store, "dyads"))``. For graphs
    rather than tables, use :mod:`kg.analysis` directly.
    """
    from kg.analysis.report import analyze as _analyze

    return _analyze(store, what, **options)


def viz(
    store: KGStore,
    output: PathLike,
    *,
    focus: str | None = None,
    hops: int = 2,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    types: Iterable[str] | None = None,
    max_nodes: int = 2000,
    title: str | None = None,
) -> Any:
    """Write one self-contained, offline HTML page of the graph (see :mod:`kg.viz`).

    ``focus`` (an actor's IRI, label or alias) keeps what lies within ``hops`` steps of
    it (an event is one step, so 2 reaches the actors it shares an event with);
    ``since``, ``until`` and ``types`` filter events (see
    :func:`kg.analysis.projections.fact_graph`); above ``max_nodes`` nodes the page
    shows the highest-ranked ones and says what it left out. Returns a
    :class:`kg.viz.PageReport`.

    Raises
    ------
    kg.analysis.UnknownNodeError
        If ``focus`` names no actor or place of the graph.
    """
    from kg.viz import viz_store

    return viz_store(
        store,
        output,
        focus=focus,
        hops=hops,
        since=since,
        until=until,
        types=types,
        max_nodes=max_nodes,
        title=title,
    )


__all__ += ["analyze", "viz"]
