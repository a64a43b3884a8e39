"""``kg serve``: protocol, content negotiation, read-only guarantees, timeout, limits, page."""

from __future__ import annotations

import contextlib
import csv
import io
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.server import ServeOptions, negotiate, start
from kg.sparql import DEFAULT_PREFIXES, named_queries, run_query
from kg.store import open_store, to_ox
from tests.test_store import sample_graphs, sample_store

SELECT_PERSONS = "SELECT ?l WHERE { ?x a ckg:Person ; rdfs:label ?l } ORDER BY ?l"


def http(
    url: str,
    *,
    query: str | None = None,
    method: str = "GET",
    body: bytes | None = None,
    content_type: str | None = None,
    accept: str | None = None,
    path: str = "/query",
    params: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    """One HTTP request; returns status, headers (lower-case names) and body."""
    qs = dict(params or {})
    if query is not None and method == "GET":
        qs["query"] = query
    target = url + path + ("?" + urllib.parse.urlencode(qs) if qs else "")
    if query is not None and method == "POST" and body is None:
        body = urllib.parse.urlencode({"query": query}).encode()
        content_type = content_type or "application/x-www-form-urlencoded"
    headers = {}
    if content_type:
        headers["Content-Type"] = content_type
    if accept:
        headers["Accept"] = accept
    req = urllib.request.Request(target, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("served") / "store"
    store = sample_store(str(path))
    store.close()
    del store
    return path


@pytest.fixture(scope="module")
def server(store_dir):
    srv = start(store_dir, ServeOptions(port=0, workers=2, max_rows=500, refresh=0.2))
    yield srv
    srv.close()


@pytest.fixture(scope="module")
def embedded():
    return sample_store()


class Canary:
    """A TCP listener that records whether anything connected to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.hits = 0
        self._stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"

    def _run(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.hits += 1
            conn.close()

    def close(self) -> None:
        self._stop = True
        self.thread.join(2)
        self.sock.close()


@pytest.fixture()
def canary():
    c = Canary()
    yield c
    c.close()


def rows_of(body: bytes, fmt: ox.QueryResultsFormat) -> list[tuple[str, ...]]:
    res = ox.parse_query_results(body, fmt)
    return [tuple(str(s[v]) if s[v] is not None else "" for v in res.variables) for s in res]


# --------------------------------------------------------------------------- protocol
def test_binds_loopback_by_default(store_dir):
    assert ServeOptions().host == "127.0.0.1"
    srv = start(store_dir, ServeOptions(port=0, workers=1))
    try:
        assert srv.httpd.server_address[0] == "127.0.0.1"
    finally:
        srv.close()


def test_get_and_post_give_the_same_rows(server):
    expected = [("Mark Milley",), ("Valery Gerasimov",)]
    results = []
    for method in ("GET", "POST"):
        status, headers, body = http(server.url, query=SELECT_PERSONS, method=method)
        assert status == 200 and headers["content-type"] == "application/sparql-results+json"
        results.append(rows_of(body, ox.QueryResultsFormat.JSON))
    status, _, body = http(
        server.url,
        method="POST",
        body=SELECT_PERSONS.encode(),
        content_type="application/sparql-query",
    )
    assert status == 200
    results.append(rows_of(body, ox.QueryResultsFormat.JSON))
    assert [sorted(r) for r in results] == [[(f'"{a}"',) for (a,) in expected]] * 3


@pytest.mark.parametrize(
    ("accept", "ctype", "fmt"),
    [
        ("application/sparql-results+json", "application/sparql-results+json", "JSON"),
        ("application/sparql-results+xml", "application/sparql-results+xml", "XML"),
        ("text/csv", "text/csv", "CSV"),
        ("text/tab-separated-values", "text/tab-separated-values", "TSV"),
        ("text/csv;q=0.2, application/sparql-results+xml;q=0.9", "application/sparql-results+xml",
         "XML"),
    ],
)  # fmt: skip
def test_result_formats_carry_the_same_rows(server, embedded, accept, ctype, fmt):
    q = "SELECT ?place ?lat WHERE { ?place ckg:latitude ?lat } ORDER BY ?lat"
    status, headers, body = http(server.url, query=q, accept=accept)
    assert status == 200 and headers["content-type"] == ctype
    if fmt == "CSV":  # lossy: plain values, read with the csv module
        header, *values = [tuple(r) for r in csv.reader(io.StringIO(body.decode()))]
        assert header == ("place", "lat") and body.count(b"\r\n") == 4
    else:
        got = ox.parse_query_results(body, getattr(ox.QueryResultsFormat, fmt))
        values = [(s["place"].value, s["lat"].value) for s in got]
    expected = [(str(r[0]), str(r[1])) for r in embedded.query(q)]
    assert values == expected and len(values) == 3


def test_ask_and_construct_negotiation(server):
    status, _, body = http(server.url, query="ASK { ?e ckg:cameoCode cameo:183 }")
    assert status == 200 and body == b'{"head": {}, "boolean": true}'
    q = "CONSTRUCT { ?a ckg:locatedIn ?b } WHERE { ?a ckg:locatedIn ?b }"
    for accept, rdf in (("text/turtle", "TURTLE"), ("application/n-triples", "N_TRIPLES")):
        status, headers, body = http(server.url, query=q, accept=accept)
        assert status == 200 and headers["content-type"] == accept
        triples = {str(t.triple) for t in ox.parse(body, getattr(ox.RdfFormat, rdf))}
        assert len(triples) == 4
    status, _, body = http(server.url, query=q, accept="text/csv")
    assert status == 406 and b"text/turtle" in body
    status, headers, _ = http(server.url, query=q, params={"format": "nt"})
    assert status == 200 and headers["content-type"] == "application/n-triples"


def test_negotiation_rules():
    assert negotiate(None, "SELECT", None) == "json"
    assert negotiate("text/html, */*;q=0.1", "SELECT", None) == "json"
    assert negotiate("application/json", "ASK", None) == "json"
    assert negotiate("text/csv", "SELECT", "tsv") == "tsv"
    assert negotiate("image/png", "SELECT", None) is None


def test_named_queries_over_http_match_the_embedded_store(server, embedded):
    for name, nq in named_queries().items():
        if any("(required)" in d for _, d in nq.params):
            continue
        status, _, body = http(server.url, query=nq.text, method="POST")
        assert status == 200, (name, body)
        got = sorted(_unordered(row) for row in rows_of(body, ox.QueryResultsFormat.JSON))
        res = run_query(embedded, name)
        expected = sorted(
            _unordered(tuple("" if t is None else str(to_ox(t)) for t in row)) for row in res.rows
        )
        assert got == expected, name


def _unordered(row: tuple[str, ...]) -> tuple[str, ...]:
    """GROUP_CONCAT lists come in no defined order: sort their items."""
    out = []
    for c in row:
        m = re.fullmatch(r'"(.*; .*)"', c, re.DOTALL)
        out.append('"' + "; ".join(sorted(m.group(1).split("; "))) + '"' if m else c)
    return tuple(out)


def test_malformed_query_gives_the_position(server):
    status, _, body = http(server.url, query="SELECT ?x\nWHERE { ?x ?p }")
    text = body.decode()
    assert status == 400 and re.search(r"line 2, column \d+", text), text


# --------------------------------------------------------------------------- read-only
REFUSED = [
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "INSERT"),
    ("insert data { <urn:a> <urn:b> <urn:c> }", "INSERT"),
    ("PREFIX ex: <urn:x#>\nDELETE WHERE { ?s ?p ?o }", "DELETE"),
    ("# a comment\nDrOp ALL", "DROP"),
    ("CLEAR DEFAULT", "CLEAR"),
    ("LOAD <http://127.0.0.1:9/data.ttl>", "LOAD"),
    ("CREATE GRAPH <urn:g>", "CREATE"),
    ("ADD DEFAULT TO <urn:g>", "ADD"),
    ("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
    ("SELECT * WHERE { ?s ?p ?o } ; DROP ALL", "DROP"),
]
SERVICES = [
    "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "select * where { service silent <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE {\n  SeRvIcE\n# comment } \n<{url}> { ?s ?p ?o } }",
    "PREFIX ex: <{url}#>\nSELECT * WHERE { ?x ?y ?z OPTIONAL { SERVICE ex:q { ?s ?p ?o } } }",
    "SELECT * WHERE { ?s rdfs:label ?l . FILTER EXISTS { SERVICE <{url}> { ?s ?p ?o } } }",
    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <{url}> { ?s ?p ?o } } } }",
    'SELECT * WHERE { ?s rdfs:label "a\\"" SERVICE <{url}> { ?s ?p ?o } }',
    "PREFIX ex: <urn:x/>\nSELECT * WHERE { ?s ex:a\\# ?o . SERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { BIND('''x''' AS ?x) SERVICE<{url}>{?s ?p ?o} }",
    "SELECT * WHERE { VALUES ?u { <{url}> } SERVICE ?u { ?s ?p ?o } }",
]


@pytest.mark.parametrize(("text", "op"), REFUSED)
def test_updates_are_refused(server, store_dir, text, op):
    before = open_store(store_dir, read_only=True).stats()
    for method in ("GET", "POST"):
        status, _, body = http(server.url, query=text, method=method)
        assert status == 403, body
        assert f"SPARQL Update ({op})" in body.decode() and "read-only" in body.decode()
    status, _, body = http(
        server.url, method="POST", body=text.encode(), content_type="application/sparql-update"
    )
    assert status == 403 and b"read-only" in body
    form = urllib.parse.urlencode({"update": text}).encode()
    for path in ("/update", "/query"):
        status, _, body = http(
            server.url, path=path, method="POST", body=form,
            content_type="application/x-www-form-urlencoded",
        )  # fmt: skip
        assert status == 403 and b"read-only" in body
    assert open_store(store_dir, read_only=True).stats() == before


@pytest.mark.parametrize("template", SERVICES[:-1])
def test_service_really_is_a_request_forgery_path(canary, template):
    """The baseline: run directly, Oxigraph calls each SERVICE IRI here, so refusing matters."""
    store = ox.Store()
    a, label = ox.NamedNode("urn:a"), ox.NamedNode(DEFAULT_PREFIXES["rdfs"] + "label")
    store.add(ox.Quad(a, label, ox.Literal('a"')))
    store.add(ox.Quad(a, ox.NamedNode("urn:x/a#"), ox.Literal("v")))
    with contextlib.suppress(OSError):  # the canary hangs up
        list(store.query(template.replace("{url}", canary.url), prefixes=dict(DEFAULT_PREFIXES)))
    deadline = time.monotonic() + 2
    while canary.hits == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert canary.hits >= 1


@pytest.mark.parametrize("template", SERVICES)
def test_service_is_refused_and_nothing_is_contacted(server, canary, template):
    text = template.replace("{url}", canary.url)
    for method in ("GET", "POST"):
        status, _, body = http(server.url, query=text, method=method)
        assert status == 403, (text, body)
        assert b"SERVICE" in body and b"federated" in body
    time.sleep(0.2)
    assert canary.hits == 0


@pytest.mark.parametrize(
    "text",
    [
        'SELECT ?s WHERE { ?s rdfs:label "Federal Security Service; DROP ALL" }',
        "SELECT ?s WHERE { ?s ?p <http://example.org/SERVICE/LOAD> }",
        "# SERVICE <http://x/> and DROP ALL in a comment\nSELECT ?service ?drop WHERE { }",
        "PREFIX service: <urn:x#>\nSELECT ?s WHERE { ?s service:insert ?o }",
        "SELECT ?s WHERE { ?s rdfs:label '''INSERT\nDATA''' }",
    ],
)
def test_keywords_in_strings_iris_comments_and_names_are_not_refused(server, text):
    status, _, body = http(server.url, query=text, method="POST")
    assert status == 200, body


# --------------------------------------------------------------------------- limits
def test_result_size_limit(server):
    status, _, body = http(server.url, query="SELECT * WHERE { ?s ?p ?o }")
    assert status == 422 and b"more than 500 rows" in body and b"LIMIT" in body
    status, _, body = http(server.url, query="SELECT * WHERE { ?s ?p ?o } LIMIT 500")
    assert status == 200 and len(rows_of(body, ox.QueryResultsFormat.JSON)) == 500
    status, _, body = http(server.url, query="CONSTRUCT WHERE { ?s ?p ?o }")
    assert status == 422


def test_request_size_limit(server):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * (1024 * 1024 + 10)
    status, _, body = http(server.url, query=big, method="POST")
    assert status == 413 and b"larger than 1048576 bytes" in body


def test_timeout_kills_the_query_and_the_server_recovers(store_dir):
    srv = start(store_dir, ServeOptions(port=0, workers=1, timeout=1.0))
    try:
        heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
        t0 = time.monotonic()
        status, _, body = http(srv.url, query=heavy)
        elapsed = time.monotonic() - t0
        assert status == 503 and b"timed out after 1 s" in body
        assert elapsed < 5
        assert srv.pool.killed == 1
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            status, _, body = http(srv.url, query=SELECT_PERSONS)
            if status == 200:
                break
            time.sleep(0.2)
        assert status == 200 and len(rows_of(body, ox.QueryResultsFormat.JSON)) == 2
    finally:
        srv.close()


# --------------------------------------------------------------------------- store and page
def test_ingest_can_write_while_serving(tmp_path):
    path = tmp_path / "live"
    graphs = sample_graphs()
    first, second = list(graphs)
    writer = open_store(path)
    writer.write_documents({first: graphs[first]})
    writer.close()
    del writer
    srv = start(path, ServeOptions(port=0, workers=1, refresh=0.1))
    try:
        count = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a ckg:Article }"
        _, _, body = http(srv.url, query=count)
        assert rows_of(body, ox.QueryResultsFormat.JSON)[0][0].startswith('"1"')
        writer = open_store(path)  # the server holds no lock
        writer.write_documents({second: graphs[second]})
        writer.close()
        del writer
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            time.sleep(0.2)
            _, _, body = http(srv.url, query=count)
            if rows_of(body, ox.QueryResultsFormat.JSON)[0][0].startswith('"2"'):
                break
        assert rows_of(body, ox.QueryResultsFormat.JSON)[0][0].startswith('"2"')
    finally:
        srv.close()


def test_query_page_works_offline(server):
    status, headers, body = http(server.url, path="/", accept="text/html")
    page = body.decode()
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in headers["content-security-policy"]
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert not re.search(r"@import|url\(", page)
    assert '<form id="f" method="post" action="query">' in page
    for name in named_queries():
        assert f'<option value="{name}">' in page


def test_other_methods_and_paths(server):
    assert http(server.url, method="PUT", body=b"x")[0] == 405
    assert http(server.url, method="DELETE")[0] == 405
    assert http(server.url, path="/admin")[0] == 404
    status, _, body = http(server.url, method="POST", body=b"x", content_type="text/plain")
    assert status == 415 and b"application/sparql-query" in body


def test_fifty_concurrent_clients_get_answers(server):
    """Many simultaneous connections queue for the workers instead of being refused."""
    statuses: list[int] = []
    lock = threading.Lock()

    def one() -> None:
        for _ in range(2):
            status, _, _ = http(server.url, query=SELECT_PERSONS, method="POST")
            with lock:
                statuses.append(status)

    threads = [threading.Thread(target=one) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert statuses == [200] * 100


def test_kg_serve_command(store_dir):
    """The real entry point: binds loopback, prints the URL, answers, stops on SIGTERM."""
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store_dir), "--port", "0",
         "--workers", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        m = re.search(r"at (http://127\.0\.0\.1:\d+)/query", line)
        assert m, (line, proc.stderr.read() if proc.poll() is not None and proc.stderr else "")
        status, _, body = http(m.group(1), query=SELECT_PERSONS)
        assert status == 200 and len(rows_of(body, ox.QueryResultsFormat.JSON)) == 2
        status, _, _ = http(m.group(1), query="DROP ALL")
        assert status == 403
        proc.terminate()
        assert proc.wait(20) == 0  # SIGTERM stops the server and its workers cleanly
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(20)
