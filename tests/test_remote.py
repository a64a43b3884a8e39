"""The remote store against a real ``oxigraph serve`` (from the ``oxigraph`` PyPI package).

Each test module run starts the server on a free 127.0.0.1 port with a
temporary directory, and stops it in the fixture finalizer. The embedded
store, fed the same input, gives the expected answers.
"""

from __future__ import annotations

import io
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import api
from kg.errors import QueryError, StoreError
from kg.export import export
from kg.iris import graph_iri
from kg.sparql import named_queries, run_query
from kg.store import KGStore, RemoteStore, open_store
from tests.conftest import SEED
from tests.test_store import sample_graphs, sample_store

pytestmark = pytest.mark.server

#: Parameters for named queries whose answers on the fixture are not empty.
PARAMS = {
    "who-talked-to-whom": [{}, {"actor": "Mark Milley"}],
    "events-by-month": [{}, {"root": "19"}],
    "actor-timeline": [{"actor": "Russia"}, {"actor": "Mark Milley"}],
    "events-near-place": [{"place": "Kyiv"}, {"place": "Kyiv", "km": "500"},
                          {"place": "Kyiv Oblast"}],
    "dyad-balance": [{}, {"source": "Russia", "target": "Ukraine"}],
    "casualties": [{}, {"kind": "killed"}, {"place": "Lviv"}],
    "reported-by": [{}, {"reporter": "Reuters"}],
    "actors": [{}, {"type": "City"}],
    "events": [{"from": "2022-06-01", "to": "2022-06-30"}, {"root": "04"}],
    "evidence": [{}],
}  # fmt: skip


def oxigraph_binary() -> Path:
    exe = Path(sys.executable).parent / "oxigraph"
    found = exe if exe.exists() else shutil.which("oxigraph")
    if not found:
        pytest.skip("the oxigraph server is not installed (pip install 'oxigraph>=0.5,<0.6')")
    return Path(found)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OxigraphServer:
    """``oxigraph serve`` on 127.0.0.1 with its data in ``location``."""

    def __init__(self, location: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(location.parent / "oxigraph.log", "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [str(oxigraph_binary()), "serve", "--location", str(location),
             "--bind", f"127.0.0.1:{self.port}"],
            stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited with {self.proc.returncode}")
            try:
                with urllib.request.urlopen(self.url + "/query?query=ASK%7B%7D", timeout=2):
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("oxigraph serve did not start within 30 s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        self.log.close()


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    srv = OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "data")
    yield srv
    srv.stop()


@pytest.fixture()
def fresh(oxigraph) -> RemoteStore:
    """An empty remote store (every graph dropped) with the ontology loaded."""
    store = RemoteStore(oxigraph.url)
    store._update("DROP SILENT ALL")
    store.ensure_ontology()
    return store


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> list[Path]:
    """The seed and three short articles (two languages, one JSON Lines file)."""
    d = tmp_path_factory.mktemp("articles")
    (d / "a.txt").write_text(
        "---\nid: remote-a\npublished: 2022-06-03\nlang: en\nsource: Test Wire\n---\n"
        "Russian troops shelled Kharkiv\nRussian troops shelled Kharkiv on Monday, killing "
        "at least 4 civilians, Ukraine's defence ministry said.\n",
        encoding="utf-8",
    )
    (d / "b.jsonl").write_text(
        json.dumps({"id": "remote-b", "published": "2022-06-04", "lang": "id",
                    "text": "Presiden Joe Biden bertemu Presiden Volodymyr Zelensky di Kyiv. "
                            "Pasukan Rusia menyerang Mariupol, menewaskan 12 orang."}) + "\n"
        + json.dumps({"id": "remote-c", "published": "2022-06-05", "lang": "en",
                      "text": "Ukraine accused Russia of attacking Odesa with missiles."}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    return [SEED, d / "a.txt", d / "b.jsonl"]


def same_rows(a: KGStore, b: KGStore, name: str, params: dict[str, str]) -> list[tuple]:
    def rows(store: KGStore) -> list[tuple]:
        res = run_query(store, name, params)
        return sorted(
            tuple("; ".join(sorted(str(t).split("; "))) if t is not None else "" for t in row)
            for row in res.rows
        )

    left, right = rows(a), rows(b)
    assert left == right, (name, params)
    return left


# --------------------------------------------------------------------------- tests
def test_ingest_gives_the_same_graph_and_answers(fresh, articles):
    embedded = open_store("memory")
    r1 = api.ingest(articles, embedded)
    r2 = api.ingest(articles, fresh)
    assert (r2.stored, r2.failed) == (r1.stored, r1.failed) == (4, [])
    assert fresh.stats() == embedded.stats()
    local = {str(q) for q in embedded.quads()}
    remote = {str(q) for q in fresh.quads()}
    assert remote == local and len(local) == embedded.stats().triples
    for name, nq in named_queries().items():
        for params in PARAMS.get(name, [{}]):
            if any("(required)" in d for _, d in nq.params) and not params:
                continue
            same_rows(fresh, embedded, name, params)
    again = api.ingest(articles, fresh)
    assert (again.stored, again.unchanged) == (0, 4)


def test_named_queries_agree_on_the_fixture(fresh):
    fresh.write_documents(sample_graphs())
    embedded = sample_store()
    assert fresh.stats() == embedded.stats()
    checked = 0
    for name, variants in PARAMS.items():
        for params in variants:
            rows = same_rows(fresh, embedded, name, params)
            assert rows, (name, params)
            checked += 1
    assert checked == sum(len(v) for v in PARAMS.values())
    balance = same_rows(fresh, embedded, "dyad-balance", {"source": "Russia", "target": "Ukraine"})
    # 4 material-conflict events (negated and hypothetical ones left out), Goldstein -40
    assert [r[2:] for r in balance] == [
        ("4", "0", "0", "0", "4", "-40", "2022-05-18", "2022-06-01")
    ]


def test_export_and_validate_work_remotely(fresh):
    fresh.write_documents(sample_graphs())
    embedded = sample_store()
    for fmt in ("nq", "jsonl", "events-csv"):
        a, b = io.StringIO(), io.StringIO()
        export(fresh, fmt, a)
        export(embedded, fmt, b)
        assert sorted(a.getvalue().splitlines()) == sorted(b.getvalue().splitlines()), fmt
    assert len(a.getvalue().splitlines()) == 10  # header and nine events
    assert api.validate(fresh).conforms == api.validate(embedded).conforms


def test_a_thousand_articles_take_few_requests(fresh, tmp_path):
    path = tmp_path / "many.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(1000):
            fh.write(json.dumps({
                "id": f"bulk-{i:04d}", "published": f"2022-05-{i % 28 + 1:02d}", "lang": "id",
                "text": f"Pasukan Rusia menyerang kota Kharkiv di Ukraina pada Senin. "
                        f"Sebanyak {i % 9 + 1} orang tewas dalam serangan itu.",
            }) + "\n")  # fmt: skip
    before, updates = fresh.requests, fresh.updates
    report = api.ingest([path], fresh)
    assert report.stored == 1000 and not report.failed
    # one query for the stored hashes, then per batch of 50 articles one read (the graphs it
    # replaces, for the dyad summary), one read of the Russia -> Ukraine dyad node it adds to
    # (the attack on Kharkiv hits Ukraine) and one update
    assert fresh.updates - updates == 20
    assert fresh.requests - before == 1 + 3 * 20
    assert fresh.stats().articles == 1000
    mid = fresh.requests
    again = api.ingest([path], fresh)
    assert again.unchanged == 1000 and fresh.requests == mid  # hashes known: nothing sent


def test_cli_against_the_server(fresh, oxigraph):
    fresh.write_documents(sample_graphs())

    def kg(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=120
        )

    res = kg("stats", "--store", oxigraph.url)
    assert res.returncode == 0, res.stderr
    assert "articles:  2" in res.stdout and "events:    9" in res.stdout
    res = kg("query", "casualties", "-p", "kind=killed", "-f", "csv", "--store", oxigraph.url)
    assert res.returncode == 0, res.stderr
    assert "Kyiv,2022-05,killed,12,1," in res.stdout
    res = kg("export", "-f", "nq", "--store", oxigraph.url)
    quads = list(ox.parse(res.stdout.encode(), ox.RdfFormat.N_QUADS))
    assert len(quads) == sum(len(t) for t in sample_graphs().values())
    res = kg("query", "SELECT ?x WHERE {\n ?x ?p }", "--store", oxigraph.url)
    assert res.returncode == 1 and "line 2, column" in res.stderr


def test_remote_errors_and_hostile_parameters(fresh):
    fresh.write_documents(sample_graphs())
    with pytest.raises(QueryError) as err:
        fresh.query("SELECT ?x WHERE {\n ?x ?p }")
    assert err.value.line == 2
    hostile = '" } } ; DROP ALL ; INSERT DATA { <urn:a> <urn:b> "x" } #'
    res = run_query(fresh, "who-talked-to-whom", {"actor": hostile})
    assert res.rows == ()
    assert fresh.stats().articles == 2
    ro = open_store(fresh.location, read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        ro.write_documents({graph_iri("x"): []})
