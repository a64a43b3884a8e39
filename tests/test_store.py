"""The store interface: embedded Oxigraph store, endpoint inference, writes, export.

:func:`sample_graphs` builds a small two-article fixture through the real
mapping (:func:`kg.rdf.extraction_triples`); the SPARQL, server and remote
tests import it, so their expected answers are worked out here by hand.
"""

from __future__ import annotations

import datetime as dt
import http.server
import io
import json
import threading
import urllib.parse

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from kg.errors import QueryError, StoreError
from kg.export import export
from kg.iris import document_iri, graph_iri
from kg.model import Document, Entity, Event, Evidence, Extraction, Position, Quantity, Relation
from kg.ontology import load_cameo_scheme
from kg.rdf import Triple, extraction_triples
from kg.store import EmbeddedStore, KGStore, RemoteStore, endpoints, open_store

KGR = "https://w3id.org/conflict-kg/id/"


def _entities() -> dict[str, Entity]:
    ents = [
        Entity("usa", "United States", "Country", ("US",), "USA", "Q30"),
        Entity("rus", "Russia", "Country", ("Rusia",), "RUS", "Q159"),
        Entity("ukr", "Ukraine", "Country", ("Ukraina",), "UKR", "Q212"),
        Entity("mark-milley", "Mark Milley", "Person", (), "USA", "Q6768285"),
        Entity("valery-gerasimov", "Valery Gerasimov", "Person", (), "RUS", "Q1394960"),
        Entity("kyiv", "Kyiv", "City", ("Kiev",), "UKR", "Q1899", 50.45, 30.52),
        Entity("irpin", "Irpin", "City", (), "UKR", None, 50.52, 30.25),
        Entity("lviv", "Lviv", "City", (), "UKR", None, 49.84, 24.03),
        Entity("bucha", "Bucha", "City", (), "UKR"),
        Entity("kyiv-oblast", "Kyiv Oblast", "Region", (), "UKR"),
        Entity("reuters", "Reuters", "MediaOrganization"),
        Entity("ria", "RIA", "MediaOrganization", (), "RUS"),
    ]
    return {e.key: e for e in ents}


class _Text:
    """Builds an article text sentence by sentence and hands out evidence spans."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self.text = ""

    def add(self, sentence: str, rule: str = "fixture", confidence: float = 0.9) -> Evidence:
        if self.text:
            self.text += " "
        start = len(self.text)
        self.text += sentence
        return Evidence(
            self.doc_id, sentence, start, start + len(sentence), rule, confidence,
            trigger_start=start, trigger_end=start + sentence.index(" "),
        )  # fmt: skip


def sample_extractions() -> list[Extraction]:
    """Two articles with nine events between them (see the module docstring of each test)."""
    ents = _entities()
    a = _Text("fx-a")
    e1 = Event(
        "fx-a",
        "041",
        ("mark-milley", "valery-gerasimov"),
        (),
        a.add("Milley spoke by telephone with Gerasimov on Thursday."),
        date="2022-05-19",
        date_precision="day",
        reported_by=("reuters",),
        frame="joint",
    )
    e2 = Event(
        "fx-a",
        "190",
        ("rus",),
        ("ukr",),
        a.add("Russian forces struck Kyiv, killing 12 and injuring at least 30."),
        place="kyiv",
        date="2022-05-18",
        date_precision="day",
        quantities=(Quantity("killed", 12), Quantity("injured", 30, "at_least")),
        reported_by=("ria",),
    )
    e3 = Event(
        "fx-a",
        "111",
        ("usa",),
        ("rus",),
        a.add("Washington denounced Moscow for the strike, which displaced about 200."),
        date="2022-05-19",
        date_precision="day",
        quantities=(Quantity("displaced", 200, "about"),),
    )
    rel_a = [
        Relation("fx-a", "kyiv", "locatedIn", "ukr", a.add("Kyiv is the capital of Ukraine.")),
        Relation(
            "fx-a",
            "mark-milley",
            "holdsPosition",
            "position-us-cjcs",
            a.add("Milley is Chairman of the Joint Chiefs of Staff."),
        ),
    ]
    b = _Text("fx-b")
    e4 = Event(
        "fx-b",
        "193",
        ("rus",),
        ("ukr",),
        b.add("Fighting in Irpin killed 3 people on 1 June."),
        place="irpin",
        date="2022-06-01",
        date_precision="day",
        quantities=(Quantity("killed", 3),),
    )
    e5 = Event(
        "fx-b",
        "190",
        ("rus",),
        ("ukr",),
        b.add("Shelling of Lviv in June killed 1 and injured about 4."),
        place="lviv",
        date="2022-06",
        date_precision="month",
        quantities=(Quantity("killed", 1), Quantity("injured", 4, "about")),
    )
    e6 = Event(
        "fx-b",
        "036",
        ("rus",),
        ("ukr",),
        b.add("Moscow may offer talks with Kyiv."),
        date="2022-06-02",
        date_precision="day",
        hypothetical=True,
    )
    e7 = Event(
        "fx-b",
        "190",
        ("rus",),
        ("ukr",),
        b.add("Officials denied that Bucha was shelled, and no one was killed."),
        place="bucha",
        date="2022-06-01",
        date_precision="day",
        negated=True,
        quantities=(Quantity("killed", 5),),
    )
    e8 = Event(
        "fx-b",
        "183",
        ("rus",),
        ("ukr",),
        b.add("A car bomb in Bucha killed 2 on 30 May."),
        place="bucha",
        date="2022-05-30",
        date_precision="day",
        quantities=(Quantity("killed", 2),),
        reported_by=("reuters",),
    )
    e9 = Event(
        "fx-b",
        "040",
        ("usa", "rus"),
        (),
        b.add("American and Russian officials consulted in May."),
        date="2022-05",
        date_precision="month",
        frame="joint",
    )
    rel_b = [
        Relation("fx-b", "irpin", "locatedIn", "kyiv-oblast", b.add("Irpin lies in Kyiv Oblast.")),
        Relation("fx-b", "bucha", "locatedIn", "kyiv-oblast", b.add("Bucha lies in Kyiv Oblast.")),
        Relation("fx-b", "kyiv-oblast", "locatedIn", "ukr", b.add("Kyiv Oblast is in Ukraine.")),
    ]  # fmt: skip
    position = Position("position-us-cjcs", "Chairman of the Joint Chiefs of Staff", "usa",
                        "United States", dt.date(2019, 10, 1))  # fmt: skip

    def doc(t: _Text, published: dt.date, lang: str, title: str) -> Document:
        return Document(t.doc_id, t.text, title, published, lang, content_hash=f"hash-{t.doc_id}")

    keys_a = ["usa", "rus", "ukr", "mark-milley", "valery-gerasimov", "kyiv", "reuters", "ria"]
    keys_b = ["usa", "rus", "ukr", "irpin", "lviv", "bucha", "kyiv-oblast", "reuters"]
    return [
        Extraction(doc(a, dt.date(2022, 5, 20), "en", "Generals talk"), (),
                   tuple(ents[k] for k in keys_a), (position,), (), (e1, e2, e3), tuple(rel_a)),
        Extraction(doc(b, dt.date(2022, 6, 2), "id", "Serangan di Ukraina"), (),
                   tuple(ents[k] for k in keys_b), (), (), (e4, e5, e6, e7, e8, e9), tuple(rel_b)),
    ]  # fmt: skip


def sample_graphs() -> dict[URIRef, list[Triple]]:
    """The fixture articles as ``{graph IRI: triples}``, ready for ``write_documents``."""
    scheme = load_cameo_scheme()
    out = {}
    for ext in sample_extractions():
        g, triples = extraction_triples(ext, scheme)
        out[g] = triples
    return out


def sample_store(location: str = "memory") -> KGStore:
    """A store holding the fixture articles."""
    store = open_store(location)
    store.write_documents(sample_graphs())
    return store


# --------------------------------------------------------------------------- tests
@pytest.fixture(scope="module")
def store() -> KGStore:
    return sample_store()


def test_open_store_kinds(tmp_path):
    assert isinstance(open_store("memory"), EmbeddedStore)
    disk = open_store(tmp_path / "s")
    assert isinstance(disk, EmbeddedStore) and (tmp_path / "s").is_dir()
    disk.close()
    remote = RemoteStore("http://127.0.0.1:9/")
    assert isinstance(remote, KGStore)
    assert (remote.query_url, remote.update_url) == (
        "http://127.0.0.1:9/query",
        "http://127.0.0.1:9/update",
    )


def test_stats_count_the_fixture(store):
    s = store.stats()
    assert (s.articles, s.events) == (2, 9)
    # 3 + 2 relation assertions; 12 actors and places (the position is not counted)
    assert (s.relations, s.entities) == (5, 12)
    graphs = sample_graphs()
    assert s.triples == sum(len(t) for t in graphs.values())


def test_write_replaces_an_article_whole(tmp_path):
    store = sample_store(str(tmp_path / "s"))
    g = graph_iri("fx-a")
    triples = [t for t in sample_graphs()[g] if "event/fx-a" not in str(t[0])]
    store.write_documents({g: triples})
    assert store.stats().events == 6
    store.remove_documents([g])
    assert store.stats().articles == 1
    store.close()
    ro = open_store(tmp_path / "s", read_only=True)
    assert ro.stats().events == 6
    with pytest.raises(StoreError, match="read-only"):
        ro.write_documents(sample_graphs())


def test_document_hashes(store):
    iris = [document_iri("fx-a"), document_iri("fx-b"), document_iri("nope")]
    assert store.document_hashes(iris) == {
        str(iris[0]): "hash-fx-a",
        str(iris[1]): "hash-fx-b",
    }


def test_query_bindings_and_default_prefixes(store):
    q = "SELECT ?l WHERE { ?x ckg:countryCode ?cc ; rdfs:label ?l }"
    rows = {str(r[0]) for r in store.query(q, {"cc": Literal("UKR")})}
    assert rows == {"Ukraine", "Kyiv", "Irpin", "Lviv", "Bucha", "Kyiv Oblast"}
    ask = store.query("ASK { ?e ckg:cameoCode cameo:183 }")
    assert ask.askAnswer is True


def test_malformed_query_gives_line_and_column(store):
    with pytest.raises(QueryError) as err:
        store.query("SELECT ?x\nWHERE { ?x ?p }")
    assert err.value.line == 2 and 10 <= err.value.column <= 16
    assert f"line 2, column {err.value.column}" in str(err.value)


def test_quads_skip_the_ontology_unless_asked(store):
    onto = ox.NamedNode(KGR + "graph/ontology")
    graphs = {q.graph_name for q in store.quads()}
    assert graphs == {ox.NamedNode(KGR + "graph/fx-a"), ox.NamedNode(KGR + "graph/fx-b")}
    assert onto in {q.graph_name for q in store.quads(include_ontology=True)}


@pytest.mark.parametrize("fmt", ["nq", "trig", "ttl", "jsonld"])
def test_export_round_trips(store, fmt):
    buf = io.StringIO()
    export(store, fmt, buf)
    text = buf.getvalue()
    if fmt in ("nq", "trig"):
        ds = ox.Dataset(ox.parse(text.encode(), ox.RdfFormat.N_QUADS if fmt == "nq"
                                 else ox.RdfFormat.TRIG))  # fmt: skip
        assert len(ds) == sum(len(t) for t in sample_graphs().values())
    elif fmt == "ttl":
        triples = {q.triple for q in ox.parse(text.encode(), ox.RdfFormat.TURTLE)}
        assert (
            ox.Triple(
                ox.NamedNode(KGR + "actor/kyiv"),
                ox.NamedNode("https://w3id.org/conflict-kg/ontology#locatedIn"),
                ox.NamedNode(KGR + "actor/ukr"),
            )
            in triples
        )
    else:
        nodes = json.loads(text)
        assert any(n.get("@id") == KGR + "actor/lviv" for n in nodes)


def test_export_jsonl_has_every_event(store):
    buf = io.StringIO()
    export(store, "jsonl", buf)
    events = [r for r in map(json.loads, buf.getvalue().splitlines()) if r["kind"] == "event"]
    assert sorted(e["cameo"] for e in events) == sorted(
        ["041", "190", "111", "193", "190", "036", "190", "183", "040"]
    )
    lviv = next(e for e in events if e["place"] and e["place"]["label"] == "Lviv")
    assert lviv["date"] == "2022-06" and {q["kind"] for q in lviv["quantities"]} == {
        "killed",
        "injured",
    }


@pytest.mark.parametrize(
    ("url", "query", "update"),
    [
        ("http://h:7878", "http://h:7878/query", "http://h:7878/update"),
        ("https://h/ds/query", "https://h/ds/query", "https://h/ds/update"),
        ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql"),
        ("http://h:7200/repositories/kg", "http://h:7200/repositories/kg",
         "http://h:7200/repositories/kg"),
    ],
)  # fmt: skip
def test_endpoint_inference(url, query, update, monkeypatch):
    monkeypatch.delenv("KG_SPARQL_UPDATE_URL", raising=False)
    assert endpoints(url) == (query, update)
    assert endpoints(url, "http://h/u") == (query, "http://h/u")


def test_credentials_in_the_url_are_refused():
    with pytest.raises(StoreError, match="KG_SPARQL_USER") as err:
        endpoints("http://alice:secret@h:7878/")
    assert "secret" not in str(err.value)


def test_credentials_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("KG_SPARQL_USER", "alice")
    monkeypatch.setenv("KG_SPARQL_PASSWORD", "s3cret")
    monkeypatch.delenv("KG_SPARQL_TOKEN", raising=False)
    headers = RemoteStore("http://h:1")._headers("*/*")
    assert headers["Authorization"] == "Basic YWxpY2U6czNjcmV0"
    monkeypatch.setenv("KG_SPARQL_TOKEN", "tok")
    assert RemoteStore("http://h:1")._headers("*/*")["Authorization"] == "Bearer tok"


def test_unreachable_server_is_a_store_error():
    with pytest.raises(StoreError, match="cannot reach"):
        open_store("http://127.0.0.1:1/")


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every POST with an empty SELECT result and records what it got."""

    seen: list[tuple[str, dict[str, str], dict[str, list[str]]]] = []  # noqa: RUF012
    status = 200

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        form = urllib.parse.parse_qs(body, keep_blank_values=True)
        type(self).seen.append((self.path, dict(self.headers.items()), form))
        payload = b'{"head": {"vars": ["x"]}, "results": {"bindings": []}}'
        self.send_response(type(self).status)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def recorder():
    handler = type("Handler", (_Recorder,), {"seen": [], "status": 200})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield handler, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_remote_protocol_on_the_wire(recorder, monkeypatch):
    handler, url = recorder
    monkeypatch.setenv("KG_SPARQL_TOKEN", "t0k")
    monkeypatch.delenv("KG_SPARQL_UNION", raising=False)
    store = RemoteStore(url + "/ds/query", read_only=True)
    res = store.query("SELECT ?x WHERE { ?x a ckg:Event }", {"x": URIRef(KGR + "event/e")})
    assert list(res) == []
    path, headers, form = handler.seen[-1]
    assert path == "/ds/query" and headers["Authorization"] == "Bearer t0k"
    assert headers["Content-Type"].startswith("application/x-www-form-urlencoded")
    assert form["union-default-graph"] == [""]
    (text,) = form["query"]
    assert text.startswith("PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> SELECT")
    assert f"VALUES (?x) {{ (<{KGR}event/e>) }}" in text
    monkeypatch.setenv("KG_SPARQL_UNION", "0")
    RemoteStore(url).query("SELECT ?x {}")
    assert "union-default-graph" not in handler.seen[-1][2]
    handler.status = 401
    with pytest.raises(StoreError, match=r"HTTP 401.*KG_SPARQL_USER"):
        RemoteStore(url).query("SELECT ?x {}")
