"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over an on-disk store.

What it guarantees (each one is tested in ``tests/test_server.py``):

* **Read-only.** Only SPARQL queries run. SPARQL Update (``INSERT``, ``DELETE``,
  ``LOAD``, ``CLEAR``, ``DROP``, ...) and ``SERVICE`` (federated queries, a
  server-side request forgery path) are refused with ``403`` and a message
  naming the operation, whether they come by GET, form POST, a
  ``application/sparql-update`` body or the ``/update`` path. The check reads
  the query's terminals (:func:`kg.sparql.refused_operation`), so comments,
  case, strings and prefixed names neither hide nor fake a keyword. Behind it,
  the workers open the store read-only and call only Oxigraph's query parser,
  which rejects update syntax.
* **Per-query timeout** (default 30 s). Queries run in worker processes; when
  the deadline passes the client gets ``503`` and the worker is killed and
  replaced, so a runaway query stops using CPU. (Oxigraph cannot interrupt a
  query from Python; killing the process is how the deadline is enforced.)
* **Result-size limit** (default 10,000 rows or triples, 64 MiB): larger
  results get ``422`` asking for a ``LIMIT``; requests over 1 MiB get ``413``.
* **Loopback by default**: binds ``127.0.0.1`` unless told otherwise.

Results are negotiated from the ``Accept`` header (or a ``format`` parameter):
SPARQL JSON, XML, CSV and TSV results for SELECT/ASK; Turtle, N-Triples and
RDF/XML for CONSTRUCT/DESCRIBE. ``GET /`` is a query page that needs no
network (no external scripts, styles or fonts).

The workers reopen the store when its files change (checked at most every
``refresh`` seconds), so ``kg ingest`` can keep writing in another process.
"""

from __future__ import annotations

import html
import io
import json
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from types import MappingProxyType
from typing import Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from kg.errors import KGError, QueryError, StoreError
from kg.sparql import DEFAULT_PREFIXES, named_queries, query_form, refused_operation, syntax_error
from kg.store import open_read_only

log = logging.getLogger("kg.server")

RESULT_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "json": "application/sparql-results+json",
        "xml": "application/sparql-results+xml",
        "csv": "text/csv",
        "tsv": "text/tab-separated-values",
    }
)
GRAPH_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "ttl": "text/turtle",
        "nt": "application/n-triples",
        "rdf": "application/rdf+xml",
    }
)
_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "application/json": "json",
        "application/xml": "xml",
        "text/xml": "xml",
        "text/plain": "nt",
    }
)
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_SPARQL_NS = "http://www.w3.org/2005/sparql-results#"


@dataclass(frozen=True)
class ServeOptions:
    """Limits and address of the endpoint.

    Attributes
    ----------
    host, port : str, int
        Where to listen; ``127.0.0.1`` unless told otherwise.
    timeout : float
        Seconds a query may run before the client gets ``503``.
    max_rows : int
        Most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) in a result.
    max_result_bytes : int
        Most bytes of a serialised result.
    max_request_bytes : int
        Largest request body (or query string) accepted.
    workers : int
        Query worker processes.
    refresh : float
        Seconds between checks whether the store's files changed.
    """

    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    max_rows: int = 10_000
    max_result_bytes: int = 64 * 1024 * 1024
    max_request_bytes: int = 1024 * 1024
    workers: int = 2
    refresh: float = 2.0


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, media type and body."""

    status: int
    content_type: str
    body: bytes


def _text(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


# --------------------------------------------------------------------------- serialisation
def _json_term(term: Any) -> dict[str, str]:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        item = {"type": "literal", "value": term.value}
        if term.language:
            item["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            item["datatype"] = term.datatype.value
        return item
    return {"type": "literal", "value": str(term)}


def _xml_term(term: Any) -> str:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return (
                f"<literal xml:lang={quoteattr(term.language)}>{xml_escape(term.value)}</literal>"
            )
        if term.datatype.value != _XSD_STRING:
            return (
                f"<literal datatype={quoteattr(term.datatype.value)}>"
                f"{xml_escape(term.value)}</literal>"
            )
        return f"<literal>{xml_escape(term.value)}</literal>"
    return f"<literal>{xml_escape(str(term))}</literal>"


def _csv_cell(term: Any) -> str:
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        value = f"_:{term.value}"
    else:
        value = getattr(term, "value", str(term))
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def serialize_solutions(variables: list[str], rows: list[tuple[Any, ...]], fmt: str) -> bytes:
    """SELECT rows (pyoxigraph terms or ``None``) in a SPARQL 1.1 results format."""
    if fmt == "json":
        cache: dict[Any, dict[str, str]] = {}
        bindings = []
        for row in rows:
            b = {}
            for v, t in zip(variables, row, strict=False):
                if t is not None:
                    item = cache.get(t)
                    if item is None:
                        item = cache[t] = _json_term(t)
                    b[v] = item
            bindings.append(b)
        doc = {"head": {"vars": variables}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        out = io.StringIO()
        out.write(f'<?xml version="1.0"?>\n<sparql xmlns="{_SPARQL_NS}">\n<head>')
        out.write("".join(f"<variable name={quoteattr(v)}/>" for v in variables))
        out.write("</head>\n<results>\n")
        for row in rows:
            out.write("<result>")
            for v, t in zip(variables, row, strict=False):
                if t is not None:
                    out.write(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>")
            out.write("</result>\n")
        out.write("</results>\n</sparql>\n")
        return out.getvalue().encode("utf-8")
    if fmt == "csv":
        lines = [",".join(variables)]
        lines += [",".join(_csv_cell(t) for t in row) for row in rows]
        return ("\r\n".join(lines) + "\r\n").encode("utf-8")
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def serialize_boolean(value: bool, fmt: str) -> bytes:
    """An ASK answer in a SPARQL 1.1 results format."""
    word = "true" if value else "false"
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt == "xml":
        return (
            f'<?xml version="1.0"?>\n<sparql xmlns="{_SPARQL_NS}"><head/>'
            f"<boolean>{word}</boolean></sparql>\n"
        ).encode()
    return (
        f"_askResult\r\n{word}\r\n".encode() if fmt == "csv" else f"?_askResult\n{word}\n".encode()
    )


# --------------------------------------------------------------------------- worker process
def _store_signature(location: str) -> tuple[tuple[str, int, int], ...]:
    try:
        entries = list(os.scandir(location))
    except OSError:
        return ()
    out = []
    for e in entries:
        try:
            st = e.stat()
        except OSError:
            continue
        out.append((e.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(out))


class _Executor:
    """Runs queries on a read-only store in a worker process, reopening it when it changes."""

    def __init__(self, location: str, refresh: float) -> None:
        import pyoxigraph as ox

        self._ox = ox
        self.location = location
        self.refresh = refresh
        self.signature = _store_signature(location)
        self.checked = time.monotonic()
        self.store = open_read_only(location)

    def _maybe_reopen(self) -> None:
        now = time.monotonic()
        if now - self.checked < self.refresh:
            return
        self.checked = now
        sig = _store_signature(self.location)
        if sig != self.signature:
            try:
                self.store = open_read_only(self.location)
            except (OSError, RuntimeError) as exc:  # keep answering from the last snapshot
                log.warning("%s: cannot reopen the store (%s)", self.location, exc)
                return
            self.signature = sig

    def run(self, job: dict[str, Any]) -> Answer:
        ox = self._ox
        self._maybe_reopen()
        deadline, max_rows, fmt = job["deadline"], job["max_rows"], job["format"]
        kwargs: dict[str, Any] = {"prefixes": dict(DEFAULT_PREFIXES)}
        if job["default_graphs"]:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in job["default_graphs"]]
        else:
            kwargs["use_default_graph_as_union"] = True
        if job["named_graphs"]:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in job["named_graphs"]]
        try:
            res = self.store.query(job["query"], **kwargs)
        except SyntaxError as exc:
            return _text(400, str(syntax_error(str(exc))))
        except (ValueError, RuntimeError) as exc:
            return _text(400, f"SPARQL error: {exc}")
        except OSError as exc:
            return _text(500, f"query failed: {exc}")
        too_many = (
            f"result too large: more than {max_rows} rows or triples; add a LIMIT to the query"
        )
        try:
            if isinstance(res, ox.QueryBoolean):
                return Answer(200, RESULT_TYPES[fmt], serialize_boolean(bool(res), fmt))
            if isinstance(res, ox.QuerySolutions):
                variables = [v.value for v in res.variables]
                rows = []
                for i, sol in enumerate(res):
                    if i >= max_rows:
                        return _text(422, too_many)
                    if i % 256 == 0 and time.time() > deadline:
                        return _timeout(job["timeout"])
                    rows.append(tuple(sol))
                body = serialize_solutions(variables, rows, fmt)
                return Answer(200, RESULT_TYPES[fmt], body)
            if not isinstance(res, ox.QueryTriples):
                return _text(500, f"unexpected query result {type(res).__name__}")
            triples = []
            for i, t in enumerate(res):
                if i >= max_rows:
                    return _text(422, too_many)
                if i % 256 == 0 and time.time() > deadline:
                    return _timeout(job["timeout"])
                triples.append(t)
            rdf_format = {
                "ttl": ox.RdfFormat.TURTLE,
                "nt": ox.RdfFormat.N_TRIPLES,
                "rdf": ox.RdfFormat.RDF_XML,
            }[fmt]
            buf = io.BytesIO()
            prefixes = {k: v for k, v in DEFAULT_PREFIXES.items() if k != "kgr"}
            ox.serialize(triples, buf, rdf_format, prefixes=prefixes)
            return Answer(200, GRAPH_TYPES[fmt], buf.getvalue())
        except (ValueError, RuntimeError) as exc:
            return _text(400, f"SPARQL error: {exc}")
        except OSError as exc:
            return _text(500, f"query failed: {exc}")


def _timeout(seconds: float) -> Answer:
    return _text(503, f"query timed out after {seconds:g} s (the per-query limit)")


def _answer_jobs(conn_in: Connection, conn_out: Connection, location: str, refresh: float) -> None:
    try:
        executor = _Executor(location, refresh)
    except (OSError, RuntimeError) as exc:
        conn_out.send(_text(500, f"{location}: cannot open store ({exc})"))
        return
    conn_out.send(None)  # ready
    while True:
        try:
            job = conn_in.recv()
        except (EOFError, OSError):
            return
        conn_out.send(executor.run(job))


def worker_main() -> None:
    """Entry point of a worker process (``python -P -c ... LOCATION REFRESH``).

    Jobs arrive on stdin and answers leave on stdout as pickled frames; stray
    output goes to stderr so it cannot corrupt the stream.
    """
    location, refresh = sys.argv[1], float(sys.argv[2])
    conn_in = Connection(os.dup(0), writable=False)
    conn_out = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)
    _answer_jobs(conn_in, conn_out, location, refresh)


# --------------------------------------------------------------------------- worker pool
class _Worker:
    """A worker process started with ``subprocess`` (not ``multiprocessing``, which would
    re-import the caller's ``__main__`` in the child)."""

    def __init__(self, location: str, refresh: float) -> None:
        code = "from kg.server import worker_main; worker_main()"
        self.process = subprocess.Popen(
            [sys.executable, "-P", "-c", code, location, str(refresh)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.send = Connection(os.dup(self.process.stdin.fileno()), readable=False)
        self.recv = Connection(os.dup(self.process.stdout.fileno()), writable=False)
        self.process.stdin.close()
        self.process.stdout.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.recv.poll(timeout):
            self.stop()
            raise StoreError("a query worker did not start in time")
        try:
            msg = self.recv.recv()
        except (EOFError, OSError):
            self.stop()
            raise StoreError("a query worker failed to start") from None
        if msg is not None:
            self.stop()
            raise StoreError(msg.body.decode().strip())

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            log.warning("query worker %s did not exit", self.process.pid)
        self.send.close()
        self.recv.close()


class WorkerPool:
    """Query worker processes; a worker past its deadline is killed and replaced."""

    def __init__(self, location: str, size: int, refresh: float) -> None:
        self.location = location
        self.refresh = refresh
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.killed = 0
        workers = [self._spawn() for _ in range(max(1, size))]
        try:
            for w in workers:
                w.wait_ready(60)
                self._idle.put(w)
        except StoreError:
            self.close()
            raise

    def _spawn(self) -> _Worker:
        w = _Worker(self.location, self.refresh)
        with self._lock:
            self._all.add(w)
        return w

    def _replace(self, dead: _Worker) -> None:
        with self._lock:
            self._all.discard(dead)
        dead.stop()
        if self._closed:
            return
        try:
            w = self._spawn()
            w.wait_ready(60)
        except (StoreError, OSError) as exc:
            log.error("cannot restart a query worker: %s", exc)
            return
        self._idle.put(w)

    def run(self, job: dict[str, Any], timeout: float) -> Answer:
        """Run a job on an idle worker; ``503`` when none frees up or the deadline passes."""
        deadline = job["deadline"]
        try:
            worker = self._idle.get(timeout=max(0.0, deadline - time.time()))
        except queue.Empty:
            return _text(503, f"server busy: no query worker free within {timeout:g} s")
        try:
            worker.send.send(job)
            if worker.recv.poll(max(0.0, deadline - time.time())):
                answer: Answer = worker.recv.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError, BrokenPipeError):
            threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
            return _text(500, "the query worker failed; try again")
        self.killed += 1
        threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
        return _timeout(timeout)

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.stop()


# --------------------------------------------------------------------------- HTTP
def negotiate(accept: str | None, form: str | None, fmt_param: str | None) -> str | None:
    """The short name of the best response format, or ``None`` when nothing acceptable.

    ``form`` is the query form (``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE``);
    ``fmt_param`` a ``format`` request parameter that overrides ``Accept``.

    Examples
    --------
    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "SELECT", None)
    'xml'
    >>> negotiate("*/*", "CONSTRUCT", None)
    'ttl'
    >>> negotiate("text/csv", "DESCRIBE", None) is None
    True
    """
    graph = form in ("CONSTRUCT", "DESCRIBE")
    table = GRAPH_TYPES if graph else RESULT_TYPES
    if fmt_param:
        key = fmt_param.strip().lower()
        key = {"turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "rdfxml": "rdf"}.get(key, key)
        if key in table:
            return key
        by_type = {v: k for k, v in table.items()}
        return by_type.get(key) or (_ALIASES.get(key) if _ALIASES.get(key) in table else None)
    default = "ttl" if graph else "json"
    if not accept:
        return default
    choices: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q <= 0:
            continue
        if media in ("*/*", "application/*", "text/*"):
            key = default
        else:
            key = next((k for k, v in table.items() if v == media), None) or _ALIASES.get(media, "")
        if key in table:
            choices.append((-q, i, key))
    return min(choices)[2] if choices else None


@dataclass(frozen=True)
class SparqlRequest:
    query: str | None
    update: bool
    fmt_param: str | None
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]


def _params(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out


def parse_request(
    method: str, path_query: str, content_type: str | None, body: bytes
) -> SparqlRequest:
    """Read a SPARQL 1.1 Protocol request (query via GET, form POST or direct POST)."""
    split = urllib.parse.urlsplit(path_query)
    params = _params(urllib.parse.parse_qsl(split.query, keep_blank_values=True))
    ctype = (content_type or "").split(";")[0].strip().lower()
    query: str | None = None
    update = split.path.rstrip("/").endswith("/update")
    if method == "POST":
        text = body.decode("utf-8", "replace")
        if ctype == "application/x-www-form-urlencoded":
            form = _params(urllib.parse.parse_qsl(text, keep_blank_values=True))
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
        elif ctype == "application/sparql-query":
            query = text
        elif ctype == "application/sparql-update":
            update = True
            query = text
        elif body:
            raise QueryError(
                f"unsupported Content-Type {ctype or '(none)'}: use "
                "application/x-www-form-urlencoded or application/sparql-query"
            )
    if "update" in params or "using-graph-uri" in params or "using-named-graph-uri" in params:
        update = True
    if query is None and params.get("query"):
        query = params["query"][0]
    if update and query is None and params.get("update"):
        query = params["update"][0]
    fmts = params.get("format") or params.get("output") or []
    fmt = fmts[0] if fmts else None
    return SparqlRequest(
        query,
        update,
        fmt,
        tuple(params.get("default-graph-uri", [])),
        tuple(params.get("named-graph-uri", [])),
    )


def check_query(text: str) -> Answer | None:
    """``403`` for an operation a read-only endpoint refuses, ``400`` for no query form."""
    op = refused_operation(text)
    if op == "SERVICE":
        return _text(
            403,
            "refused: SERVICE (federated query) is not allowed on this endpoint; "
            "it would make the server send requests elsewhere",
        )
    if op is not None:
        return _text(
            403, f"refused: SPARQL Update ({op}) is not allowed; this endpoint is read-only"
        )
    if query_form(text) is None:
        return _text(400, "malformed SPARQL: no SELECT, ASK, CONSTRUCT or DESCRIBE found")
    return None


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # many clients may connect at once (the default is 5)


class SparqlServer:
    """The endpoint: a threaded HTTP server in front of a :class:`WorkerPool`.

    Use :func:`start` (tests, benchmarks) or :func:`serve` (the CLI).
    """

    def __init__(self, location: str | Path, options: ServeOptions) -> None:
        loc = str(location)
        if loc.lower().startswith(("http://", "https://")):
            raise StoreError("kg serve serves an on-disk store; query a remote server directly")
        if loc == "memory" or not Path(loc).is_dir():
            raise StoreError(f"{loc}: no store here (run 'kg ingest --store {loc}' first)")
        self.location = loc
        self.options = options
        self.pool = WorkerPool(loc, options.workers, options.refresh)
        self.page = query_page().encode("utf-8")
        handler = _make_handler(self)
        try:
            self.httpd = _HTTPServer((options.host, options.port), handler)
        except OSError as exc:
            self.pool.close()
            raise StoreError(f"cannot listen on {options.host}:{options.port} ({exc})") from exc
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def answer(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Answer:
        """Answer one HTTP request (no network I/O here)."""
        split = urllib.parse.urlsplit(path)
        route = split.path.rstrip("/") or "/"
        if route not in ("/", "/query", "/sparql", "/update"):
            return _text(404, "not found: the endpoint is /query (and the query page is /)")
        try:
            req = parse_request(method, path, headers.get("content-type"), body)
        except QueryError as exc:
            return _text(415, str(exc))
        if req.update:
            op = refused_operation(req.query or "") or "UPDATE"
            if op == "SERVICE":
                op = "UPDATE"
            return _text(
                403, f"refused: SPARQL Update ({op}) is not allowed; this endpoint is read-only"
            )
        if req.query is None:
            if method in ("GET", "HEAD") and route in ("/", "/query", "/sparql"):
                return Answer(200, "text/html; charset=utf-8", self.page)
            return _text(400, "no query: send query=... (GET or form POST) or a sparql-query body")
        refused = check_query(req.query)
        if refused is not None:
            return refused
        form = query_form(req.query)
        fmt = negotiate(headers.get("accept"), form, req.fmt_param)
        if fmt is None:
            offered = GRAPH_TYPES if form in ("CONSTRUCT", "DESCRIBE") else RESULT_TYPES
            return _text(406, "not acceptable: this endpoint offers " + ", ".join(offered.values()))
        opts = self.options
        job = {
            "query": req.query,
            "format": fmt,
            "deadline": time.time() + opts.timeout,
            "timeout": opts.timeout,
            "max_rows": opts.max_rows,
            "default_graphs": req.default_graphs,
            "named_graphs": req.named_graphs,
        }
        ans = self.pool.run(job, opts.timeout)
        if ans.status == 200 and len(ans.body) > opts.max_result_bytes:
            return _text(
                422, f"result too large: more than {opts.max_result_bytes} bytes; add a LIMIT"
            )
        return ans

    def serve_forever(self) -> None:
        try:
            self.httpd.serve_forever(poll_interval=0.2)
        finally:
            self.close()

    def start(self) -> SparqlServer:
        """Serve in a background thread; returns ``self``."""
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def handle_sigterm(self) -> None:
        """Make SIGTERM raise ``KeyboardInterrupt`` in the main thread, so ``wait`` ends and
        the server closes cleanly. Call it before announcing the server: a SIGTERM that comes
        in between would otherwise kill the process with the default action."""
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, _interrupt)

    def wait(self) -> None:
        """Block until the server stops; Ctrl-C or SIGTERM raise ``KeyboardInterrupt``."""
        self.handle_sigterm()
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(0.5)

    def close(self) -> None:
        """Stop serving and stop the workers."""
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join(5)
            self._thread = None
        self.httpd.server_close()
        self.pool.close()

    def __enter__(self) -> SparqlServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _make_handler(server: SparqlServer) -> type[BaseHTTPRequestHandler]:
    limit = server.options.max_request_bytes

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def version_string(self) -> str:
            return "conflict-kg"

        def log_message(self, format: str, *args: Any) -> None:
            log.debug("%s " + format, self.address_string(), *args)

        def _send(self, ans: Answer, head: bool = False) -> None:
            self.send_response(ans.status)
            self.send_header("Content-Type", ans.content_type)
            self.send_header("Content-Length", str(len(ans.body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Vary", "Accept")
            if ans.content_type.startswith("text/html"):
                self.send_header(
                    "Content-Security-Policy",
                    "default-src 'none'; script-src 'unsafe-inline'; "
                    "style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'",
                )
            if ans.status == 503:
                self.send_header("Retry-After", "5")
            self.end_headers()
            if not head:
                self.wfile.write(ans.body)

        def _handle(self, method: str) -> None:
            if len(self.path) > limit:
                self._send(_text(414, "request line too long"))
                return
            body = b""
            if method == "POST":
                try:
                    length = int(self.headers.get("Content-Length") or 0)
                except ValueError:
                    length = -1
                if length < 0 or length > limit:
                    self.close_connection = True
                    if 0 < length <= 16 * limit:  # drain it so the client reads the answer
                        while length > 0:
                            length -= len(self.rfile.read(min(length, 65536)) or b"x" * length)
                    self._send(_text(413, f"request body larger than {limit} bytes"))
                    return
                body = self.rfile.read(length)
            headers = {k.lower(): v for k, v in self.headers.items()}
            try:
                ans = server.answer(method, self.path, headers, body)
            except KGError as exc:
                ans = _text(400, str(exc))
            except Exception:  # the server must answer whatever goes wrong
                log.exception("error answering %s %s", method, self.path)
                ans = _text(500, "internal error")
            self._send(ans, head=method == "HEAD")

        def do_GET(self) -> None:
            self._handle("GET")

        def do_HEAD(self) -> None:
            self._handle("HEAD")

        def do_POST(self) -> None:
            self._handle("POST")

        def _refuse_method(self) -> None:
            self._send(_text(405, "method not allowed: use GET or POST"))

        do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _refuse_method

    return Handler


def start(location: str | Path, options: ServeOptions | None = None) -> SparqlServer:
    """Start an endpoint in a background thread (``port=0`` picks a free port)."""
    return SparqlServer(location, options or ServeOptions()).start()


def serve(location: str | Path, options: ServeOptions | None = None) -> None:
    """Serve until interrupted (the ``kg serve`` command)."""
    SparqlServer(location, options or ServeOptions()).serve_forever()


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# --------------------------------------------------------------------------- query page
def _examples() -> Iterator[tuple[str, str, str]]:
    for q in named_queries().values():
        yield q.name, q.title, q.text


def query_page() -> str:
    """The HTML query page: a form, the named queries as examples, a results table; no CDN."""
    options = "\n".join(
        f'<option value="{html.escape(n)}">{html.escape(n)}: {html.escape(t)}</option>'
        for n, t, _ in _examples()
    )
    texts = json.dumps({n: text for n, _, text in _examples()}, ensure_ascii=False)
    texts = texts.replace("</", "<\\/")
    return _PAGE.replace("{{OPTIONS}}", options).replace("{{TEXTS}}", texts)


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>conflict-kg SPARQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
textarea{width:100%;height:16em;font:13px/1.3 monospace}
table{border-collapse:collapse;margin-top:1em;font-size:13px}
td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top;text-align:left}
th{background:#eee} #status{margin-left:1em;color:#555} pre{white-space:pre-wrap}
.err{color:#a00}
</style></head>
<body>
<h1>conflict-kg SPARQL endpoint</h1>
<p>Read-only: SELECT, ASK, CONSTRUCT and DESCRIBE. The default graph is the union of all
article graphs. Prefixes ckg, kgr, cameo, rdf, rdfs, xsd, owl, skos, prov, dcterms and wd
need no declaration. Endpoint: <code>/query</code> (GET or POST).</p>
<form id="f" method="post" action="query">
<label>Example: <select id="ex"><option value="">(choose a named query)</option>
{{OPTIONS}}
</select></label>
<textarea id="q" name="query" spellcheck="false">SELECT ?label ?class WHERE {
  ?x a ?c ; rdfs:label ?label . BIND(STRAFTER(STR(?c), "#") AS ?class)
} LIMIT 20</textarea>
<label>Format: <select id="fmt" name="format">
<option value="json">table (JSON)</option><option value="csv">CSV</option>
<option value="tsv">TSV</option><option value="xml">XML</option>
<option value="ttl">Turtle (CONSTRUCT)</option><option value="nt">N-Triples (CONSTRUCT)</option>
</select></label>
<button type="submit">Run</button><span id="status"></span>
</form>
<div id="out"></div>
<script>
"use strict";
const TEXTS = {{TEXTS}};
const $ = (id) => document.getElementById(id);
$("ex").addEventListener("change", (e) => { if (TEXTS[e.target.value]) $("q").value = TEXTS[e.target.value]; });
function cell(b) {
  if (!b) return "";
  return b.type === "literal" && b["xml:lang"] ? b.value + "@" + b["xml:lang"] : b.value;
}
function show(node) { const out = $("out"); out.textContent = ""; out.appendChild(node); }
$("f").addEventListener("submit", async (e) => {
  e.preventDefault();
  const body = new URLSearchParams({query: $("q").value, format: $("fmt").value});
  const t0 = performance.now();
  $("status").textContent = "running...";
  let r;
  try { r = await fetch("query", {method: "POST", body}); }
  catch (err) { $("status").textContent = ""; const p = document.createElement("pre");
    p.className = "err"; p.textContent = String(err); show(p); return; }
  const text = await r.text();
  const ms = Math.round(performance.now() - t0);
  if (!r.ok) { $("status").textContent = "HTTP " + r.status + " (" + ms + " ms)";
    const p = document.createElement("pre"); p.className = "err"; p.textContent = text; show(p); return; }
  if ($("fmt").value !== "json" || !(r.headers.get("Content-Type") || "").includes("json")) {
    $("status").textContent = ms + " ms"; const p = document.createElement("pre");
    p.textContent = text; show(p); return; }
  const data = JSON.parse(text);
  if ("boolean" in data) { $("status").textContent = ms + " ms"; const p = document.createElement("pre");
    p.textContent = String(data.boolean); show(p); return; }
  const vars = data.head.vars, rows = data.results.bindings;
  $("status").textContent = rows.length + " rows, " + ms + " ms";
  const table = document.createElement("table"), head = table.insertRow();
  for (const v of vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
  for (const b of rows) { const tr = table.insertRow();
    for (const v of vars) tr.insertCell().textContent = cell(b[v]); }
  show(table);
});
</script>
</body></html>
"""
