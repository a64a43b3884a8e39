"""Projections (store -> networkx) and analyses, on stores whose facts we know.

``world_store`` holds a small invented world written through the real RDF mapping
(:func:`kg.rdf.extraction_triples` and :meth:`KGStore.write_documents`), so every
expected value follows from the facts listed in :func:`world`. ``pipeline_store`` runs
invented English articles through the real extractor.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pytest

from kg import api
from kg.analysis import (
    UnknownNodeError,
    actor_place_graph,
    centrality,
    communities,
    connection_paths,
    describe_path,
    dyads,
    ego_network,
    fact_graph,
    find_node,
    interaction_graph,
    interaction_summary,
    interactions,
    timeline,
)
from kg.analysis.layout import fast_layout
from kg.analysis.report import COLUMNS, analyze, format_rows
from kg.errors import KGError
from kg.iris import actor_iri
from kg.model import Document, Entity, Event, Evidence, Extraction, Quantity, Relation, Sentence
from kg.ontology import load_cameo_scheme
from kg.rdf import event_id, extraction_triples

ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------------------- fixture world
@dataclass(frozen=True)
class Ev:
    """An event to write: ``actors`` are sources (participants when ``joint``)."""

    name: str
    code: str
    sentence: str
    actors: tuple[str, ...]
    targets: tuple[str, ...] = ()
    place: str | None = None
    date: str | None = None
    precision: str | None = "day"
    joint: bool = False
    negated: bool = False
    quantities: tuple[Quantity, ...] = ()


@dataclass(frozen=True)
class Rel:
    subject: str
    predicate: str
    object: str
    sentence: str


@dataclass(frozen=True)
class Art:
    doc_id: str
    title: str
    items: Sequence[Ev | Rel]
    url: str | None = None
    published: dt.date = dt.date(2022, 5, 20)
    extra_entities: Sequence[Entity] = field(default=())


ENTITIES = {
    e.key: e
    for e in (
        Entity("person-ana-rivera", "Ana Rivera", "Person", aliases=("A. Rivera",)),
        Entity("person-ben-okafor", "Ben Okafor", "Person"),
        Entity("org-northern-front", "Northern Front", "ArmedGroup"),
        Entity("org-eastern-brigade", "Eastern Brigade", "MilitaryUnit"),
        Entity("org-western-ministry", "Western Ministry", "GovernmentBody"),
        Entity("country-arcadia", "Arcadia", "Country", country="ARC"),
        Entity("place-port-lune", "Port Lune", "City", lat=10.5, lon=20.25),
        Entity("place-hillcrest", "Hillcrest", "City"),
        Entity("org-union-of-nations", "Union of Nations", "InternationalOrganization"),
        Entity("person-iso-lated", "Iso Lated", "Person"),
    )
}


def world() -> list[Art]:
    """Seven events (one negated) and three relations in two articles."""
    return [
        Art(
            "d1",
            "Clashes near Port Lune",
            url="https://example.org/d1",
            items=[
                Ev(
                    "e1",
                    "190",
                    "Northern Front fought Eastern Brigade in Port Lune.",
                    ("org-northern-front",),
                    ("org-eastern-brigade",),
                    "place-port-lune",
                    "2022-05-02",
                    quantities=(Quantity("killed", 12.0, "at_least"),),
                ),
                Ev(
                    "e2",
                    "041",
                    "Ana Rivera spoke by phone with Ben Okafor.",
                    ("person-ana-rivera", "person-ben-okafor"),
                    date="2022-05-03",
                    joint=True,
                ),
                Ev(
                    "e3",
                    "111",
                    "Ana Rivera denounced the Northern Front.",
                    ("person-ana-rivera",),
                    ("org-northern-front",),
                    date="2022-05-10",
                ),
                Rel(
                    "person-ben-okafor",
                    "memberOf",
                    "org-western-ministry",
                    "Ben Okafor works for the Western Ministry.",
                ),
            ],
        ),
        Art(
            "d2",
            "Talks in Hillcrest",
            items=[
                Ev(
                    "e4",
                    "042",
                    "Ana Rivera visited Arcadia, in Hillcrest.",
                    ("person-ana-rivera",),
                    ("country-arcadia",),
                    "place-hillcrest",
                    "2022-05",
                    precision="month",
                ),
                Ev(
                    "e5",
                    "190",
                    "Northern Front attacked Eastern Brigade at Hillcrest.",
                    ("org-northern-front",),
                    ("org-eastern-brigade",),
                    "place-hillcrest",
                    "2022-05-16",
                ),
                Ev(
                    "e6",
                    "173",
                    "Eastern Brigade detained Northern Front fighters.",
                    ("org-eastern-brigade",),
                    ("org-northern-front",),
                    date=None,
                ),
                Ev(
                    "e7",
                    "190",
                    "Eastern Brigade did not attack the Northern Front.",
                    ("org-eastern-brigade",),
                    ("org-northern-front",),
                    date="2022-05-04",
                    negated=True,
                ),
                Rel(
                    "org-western-ministry",
                    "locatedIn",
                    "country-arcadia",
                    "The Western Ministry sits in Arcadia.",
                ),
                Rel(
                    "person-iso-lated",
                    "memberOf",
                    "org-union-of-nations",
                    "Iso Lated belongs to the Union of Nations.",
                ),
            ],
        ),
    ]


def build_extraction(art: Art) -> tuple[Extraction, dict[str, str]]:
    """An extraction of one article and the IRIs of its events by name."""
    sentences = [item.sentence for item in art.items]
    text = " ".join(sentences)
    starts = []
    offset = 0
    for s in sentences:
        starts.append(offset)
        offset += len(s) + 1
    events, relations, names, used = [], [], {}, set()
    for item, start in zip(art.items, starts, strict=True):
        evidence = Evidence(
            art.doc_id,
            item.sentence,
            start,
            start + len(item.sentence),
            "test",
            0.9,
            trigger_start=start,
            trigger_end=start + 4,
        )
        if isinstance(item, Rel):
            relations.append(
                Relation(art.doc_id, item.subject, item.predicate, item.object, evidence)
            )
            used |= {item.subject, item.object}
            continue
        ev = Event(
            doc_id=art.doc_id,
            cameo=item.code,
            actors=item.actors,
            targets=item.targets,
            evidence=evidence,
            place=item.place,
            date=item.date,
            date_precision=item.precision if item.date else None,
            quantities=item.quantities,
            negated=item.negated,
            frame="joint" if item.joint else "directed",
        )
        events.append(ev)
        names[item.name] = str(event_id(ev))
        used |= set(item.actors) | set(item.targets) | ({item.place} if item.place else set())
    doc = Document(
        doc_id=art.doc_id,
        text=text,
        title=art.title,
        published=art.published,
        lang="en",
        url=art.url,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )
    extra = {e.key: e for e in art.extra_entities}
    entities = tuple(extra.get(k) or ENTITIES[k] for k in sorted(used))
    sents = tuple(
        Sentence(i, s0, s0 + len(s), s)
        for i, (s, s0) in enumerate(zip(sentences, starts, strict=True))
    )
    return Extraction(doc, sents, entities, (), (), tuple(events), tuple(relations)), names


def write_articles(store, articles: Sequence[Art]) -> dict[str, str]:
    """Write articles through the RDF mapping; return event IRIs by name."""
    scheme = load_cameo_scheme()
    names: dict[str, str] = {}
    graphs = {}
    for art in articles:
        ext, found = build_extraction(art)
        graph, triples = extraction_triples(ext, scheme)
        graphs[graph] = triples
        names.update(found)
    store.write_documents(graphs)
    return names


def iri(key: str) -> str:
    return str(actor_iri(key))


@pytest.fixture(scope="module")
def world_store():
    store = api.open_store("memory")
    names = write_articles(store, world())
    return store, names


@pytest.fixture(scope="module")
def facts(world_store):
    return fact_graph(world_store[0])


# ---------------------------------------------------------------------------- fact graph
def test_fact_graph_has_every_entity_and_every_asserted_event(world_store, facts):
    _, ev = world_store
    entities = {n for n, d in facts.nodes(data=True) if d["kind"] == "entity"}
    events = {n for n, d in facts.nodes(data=True) if d["kind"] == "event"}
    assert entities == {iri(k) for k in ENTITIES}
    assert events == {ev[n] for n in ("e1", "e2", "e3", "e4", "e5", "e6")}  # e7 is negated


def test_fact_graph_event_attributes_come_from_the_store_and_the_cameo_scheme(world_store, facts):
    _, ev = world_store
    scheme = load_cameo_scheme()
    e1 = facts.nodes[ev["e1"]]
    assert e1["code"] == "190"
    assert e1["quad_class"] == scheme.get("190").quad_class == 4
    assert e1["goldstein"] == scheme.get("190").goldstein
    assert e1["root"] == "19" and e1["root_label"] == scheme.get("19").label
    assert e1["event_class"] == scheme.get("190").class_name
    assert e1["date"] == "2022-05-02" and e1["date_precision"] == "day"
    assert e1["evidence"] == "Northern Front fought Eastern Brigade in Port Lune."
    assert (e1["doc_id"], e1["title"], e1["url"]) == (
        "d1",
        "Clashes near Port Lune",
        "https://example.org/d1",
    )
    assert e1["quantities"] == {"killed": 12.0}
    assert facts.nodes[ev["e4"]]["date_precision"] == "month"


def test_fact_graph_edges_are_roles_and_relations(world_store, facts):
    _, ev = world_store
    assert facts.has_edge(iri("org-northern-front"), ev["e1"], key="source")
    assert facts.has_edge(ev["e1"], iri("org-eastern-brigade"), key="target")
    assert facts.has_edge(ev["e1"], iri("place-port-lune"), key="place")
    assert facts.has_edge(iri("person-ben-okafor"), ev["e2"], key="participant")
    rel = facts.get_edge_data(iri("person-ben-okafor"), iri("org-western-ministry"), "memberOf")
    assert rel["kind"] == "relation"
    assert rel["evidence"][0]["sentence"] == "Ben Okafor works for the Western Ministry."
    assert rel["evidence"][0]["doc_id"] == "d1"


def test_entity_attributes(facts):
    port = facts.nodes[iri("place-port-lune")]
    assert (port["cls"], port["label"], port["lat"], port["lon"]) == (
        "City",
        "Port Lune",
        10.5,
        20.25,
    )
    assert facts.nodes[iri("country-arcadia")]["country"] == "ARC"
    assert facts.nodes[iri("person-ana-rivera")]["aliases"] == ["A. Rivera"]


def test_filters_by_date_type_and_assertion(world_store):
    store, ev = world_store

    def events(**kw):
        g = fact_graph(store, **kw)
        return {n for n, d in g.nodes(data=True) if d["kind"] == "event"}

    # e4 is dated "2022-05" (month precision): it overlaps any range inside May
    assert events(since="2022-05-10") == {ev["e3"], ev["e4"], ev["e5"]}
    assert events(until="2022-05-02") == {ev["e1"], ev["e4"]}
    assert events(since=dt.date(2022, 6, 1)) == set()
    assert events(types=["19"]) == {ev["e1"], ev["e5"]}
    assert events(types=["TelephoneCall"]) == {ev["e2"]}
    assert events(types=["consult"]) == {ev["e2"], ev["e4"]}  # root label, any case
    assert events(types=["19"], asserted_only=False) == {ev["e1"], ev["e5"], ev["e7"]}


def test_filtered_fact_graph_keeps_only_entities_of_kept_events(world_store):
    g = fact_graph(world_store[0], types=["19"])
    entities = {n for n, d in g.nodes(data=True) if d["kind"] == "entity"}
    assert entities == {
        iri(k)
        for k in ("org-northern-front", "org-eastern-brigade", "place-port-lune", "place-hillcrest")
    }


def test_bad_date_is_a_user_error(world_store):
    with pytest.raises(KGError, match="bad date"):
        fact_graph(world_store[0], since="May 2022")


# ---------------------------------------------------------------------------- interactions
def test_interaction_graph_has_one_edge_per_event_and_pair(world_store):
    store, ev = world_store
    m = interaction_graph(store)
    nf, eb = iri("org-northern-front"), iri("org-eastern-brigade")
    ana, ben = iri("person-ana-rivera"), iri("person-ben-okafor")
    assert set(m[nf][eb]) == {ev["e1"], ev["e5"]}
    assert set(m[eb][nf]) == {ev["e6"]}  # e7 is negated
    # a joint event (phone call) links the participants both ways
    assert m[ana][ben][ev["e2"]]["joint"] and m[ben][ana][ev["e2"]]["joint"]
    assert m.number_of_edges() == 7
    e5 = m[nf][eb][ev["e5"]]
    assert (e5["code"], e5["quad_class"], e5["date"]) == ("190", 4, "2022-05-16")
    assert e5["evidence"] == "Northern Front attacked Eastern Brigade at Hillcrest."
    # places are not actors
    assert iri("place-hillcrest") not in m


def test_interaction_summary_weights(world_store):
    store, _ = world_store
    scheme = load_cameo_scheme()
    s = interaction_summary(interaction_graph(store))
    d = s[iri("org-northern-front")][iri("org-eastern-brigade")]
    assert d["weight"] == 2 and d["q4"] == 2 and d["conflict"] == 2 and d["cooperation"] == 0
    assert d["goldstein"] == 2 * scheme.get("190").goldstein
    assert (d["first"], d["last"]) == ("2022-05-02", "2022-05-16")
    visit = s[iri("person-ana-rivera")][iri("country-arcadia")]
    assert visit["cooperation"] == 1 and visit["goldstein"] == scheme.get("042").goldstein


def test_actor_place_bipartite_graph(world_store):
    b = actor_place_graph(world_store[0])
    places = {d["entity"] for _, d in b.nodes(data=True) if d["bipartite"] == 1}
    actors = {d["entity"] for _, d in b.nodes(data=True) if d["bipartite"] == 0}
    assert places == {iri("place-port-lune"), iri("place-hillcrest")}
    assert actors == {
        iri(k)
        for k in (
            "org-northern-front",
            "org-eastern-brigade",
            "person-ana-rivera",
            "country-arcadia",
        )
    }
    assert nx.is_bipartite(b)
    edge = b[("actor", iri("org-northern-front"))][("place", iri("place-hillcrest"))]
    assert edge["weight"] == 1


def test_interactions_derive_from_a_fact_graph(world_store, facts):
    from_store = interaction_graph(world_store[0])
    derived = interactions(facts)
    assert sorted(derived.edges(keys=True)) == sorted(from_store.edges(keys=True))


# ---------------------------------------------------------------------------- measures
def test_dyads_table(world_store):
    scheme = load_cameo_scheme()
    rows = {
        (r["source_label"], r["target_label"]): r for r in dyads(interaction_graph(world_store[0]))
    }
    nf_eb = rows[("Northern Front", "Eastern Brigade")]
    assert (nf_eb["events"], nf_eb["q4"], nf_eb["conflict"]) == (2, 2, 2)
    assert nf_eb["goldstein"] == 2 * scheme.get("190").goldstein
    assert (nf_eb["first"], nf_eb["last"]) == ("2022-05-02", "2022-05-16")
    eb_nf = rows[("Eastern Brigade", "Northern Front")]
    assert eb_nf["events"] == 1 and eb_nf["first"] is None  # the arrest is undated
    assert eb_nf["goldstein"] == scheme.get("173").goldstein
    ana_nf = rows[("Ana Rivera", "Northern Front")]
    assert ana_nf["q3"] == 1 and ana_nf["mean_goldstein"] == scheme.get("111").goldstein
    assert next(iter(rows)) == ("Northern Front", "Eastern Brigade")  # most events first


def test_timeline_by_day_week_and_month(facts):
    day = {(r["period"], r["type"]): r["events"] for r in timeline(facts)}
    assert day == {
        ("2022-05-02", "19 Fight"): 1,
        ("2022-05-03", "04 Consult"): 1,
        ("2022-05-10", "11 Disapprove"): 1,
        ("2022-05-16", "19 Fight"): 1,
        (None, "04 Consult"): 1,  # the month-precision visit
        (None, "17 Coerce"): 1,  # the undated arrest
    }
    week = {(r["period"], r["type"]): r["events"] for r in timeline(facts, freq="week")}
    assert week[("2022-W18", "19 Fight")] == 1 and week[("2022-W18", "04 Consult")] == 1
    assert week[("2022-W20", "19 Fight")] == 1
    month = timeline(facts, freq="month", by="quad")
    assert {(r["period"], r["type"]): r["events"] for r in month} == {
        ("2022-05", "Verbal cooperation"): 2,
        ("2022-05", "Verbal conflict"): 1,
        ("2022-05", "Material conflict"): 2,
        (None, "Material conflict"): 1,
    }
    assert timeline(facts, freq="month")[-1]["period"] is None  # undated rows come last
    with pytest.raises(KGError, match="unknown period"):
        timeline(facts, freq="year")


def test_centrality_ranks_the_best_connected_actor_first(world_store):
    m = interaction_graph(world_store[0])
    scores = centrality(m)
    top = max(scores, key=lambda n: (scores[n]["degree"], scores[n]["pagerank"]))
    assert top == iri("person-ana-rivera")  # partners: Ben, Northern Front, Arcadia
    assert scores[iri("person-ana-rivera")]["betweenness"] > 0
    assert scores[iri("country-arcadia")]["betweenness"] == 0
    assert sum(s["pagerank"] for s in scores.values()) == pytest.approx(1.0, abs=1e-4)


def test_betweenness_is_sampled_above_the_exact_limit():
    g = nx.barabasi_albert_graph(300, 2, seed=3)
    exact = centrality(g)
    sampled = centrality(g, max_exact=100, k=60, seed=1)
    assert sampled == centrality(g, max_exact=100, k=60, seed=1)  # seeded
    assert sampled != exact
    hub = max(exact, key=lambda n: exact[n]["betweenness"])
    assert max(sampled, key=lambda n: sampled[n]["betweenness"]) == hub


def test_communities_partition_the_graph_and_are_seeded(facts):
    found = communities(facts, seed=7)
    assert found == communities(facts, seed=7)
    members = [n for c in found for n in c]
    assert sorted(members) == sorted(facts.nodes)
    same = next(c for c in found if iri("org-northern-front") in c)
    assert iri("org-eastern-brigade") in same  # three events between them
    assert [len(c) for c in found] == sorted((len(c) for c in found), reverse=True)


def test_connection_paths_run_through_events_and_relations(world_store, facts):
    _, ev = world_store
    ben, eb = iri("person-ben-okafor"), iri("org-eastern-brigade")
    paths = connection_paths(facts, ben, eb)
    via_call = [ben, ev["e2"], iri("person-ana-rivera"), ev["e3"]]
    via_call += [iri("org-northern-front"), ev["e1"], eb]
    assert via_call in paths
    via_ministry = [ben, iri("org-western-ministry"), iri("country-arcadia"), ev["e4"]]
    via_ministry += [iri("place-hillcrest"), ev["e5"], eb]
    assert via_ministry in paths
    assert {len(p) for p in paths} == {7}
    steps = describe_path(facts, via_call)
    assert steps[0]["link"] == "participant" and steps[0]["from_label"] == "Ben Okafor"
    assert steps[0]["evidence"] == "Ana Rivera spoke by phone with Ben Okafor."
    assert describe_path(facts, via_ministry)[0]["link"] == "memberOf"
    iso = iri("person-iso-lated")
    assert connection_paths(facts, ben, iso) == []  # different components
    union = iri("org-union-of-nations")
    assert describe_path(facts, [union, iso])[0]["link"] == "<-memberOf"


def test_ego_network(world_store, facts):
    _, ev = world_store
    ego = ego_network(facts, iri("person-ana-rivera"), radius=2)
    distance = dict(ego.nodes(data="distance"))
    assert distance[iri("person-ana-rivera")] == 0
    assert {n for n, d in distance.items() if d == 1} == {ev["e2"], ev["e3"], ev["e4"]}
    assert {n for n, d in distance.items() if d == 2} == {
        iri(k)
        for k in ("person-ben-okafor", "org-northern-front", "country-arcadia", "place-hillcrest")
    }


def test_find_node_by_label_alias_and_iri(facts):
    ana = iri("person-ana-rivera")
    assert find_node(facts, "Ana Rivera") == ana
    assert find_node(facts, "a. rivera") == ana
    assert find_node(facts, ana) == ana
    assert find_node(facts, "Rivera") == ana  # unique substring
    with pytest.raises(UnknownNodeError, match="did you mean 'Ana Rivera'"):
        find_node(facts, "Ana Riviera")
    assert find_node(facts, "front") == iri("org-northern-front")
    with pytest.raises(KGError, match="matches 3 nodes"):
        find_node(facts, "ern")  # Northern Front, Eastern Brigade, Western Ministry
    assert issubclass(UnknownNodeError, KGError)  # the CLI reports it in one line


def test_fast_layout_separates_nodes_and_is_seeded():
    g = nx.random_geometric_graph(400, 0.08, seed=2)
    pos = fast_layout(g, seed=4)
    assert pos == fast_layout(g, seed=4)
    coords = list(pos.values())
    assert len(set(coords)) == len(coords)
    # edges are shorter than the distance between random pairs of nodes
    import math
    import random

    rng = random.Random(0)
    edge = sorted(math.dist(pos[u], pos[v]) for u, v in g.edges())[len(g.edges()) // 2]
    nodes = list(g)
    pairs = sorted(
        math.dist(pos[a], pos[b]) for a, b in (rng.sample(nodes, 2) for _ in range(500))
    )[250]
    assert edge < pairs / 3


# ---------------------------------------------------------------------------- tables
def test_analyze_returns_rows_with_the_declared_columns(world_store):
    store, _ = world_store
    for what in ("centrality", "communities", "dyads", "timeline"):
        rows = analyze(store, what)
        assert rows, what
        assert all(set(r) == set(COLUMNS[what]) for r in rows), what
    path = analyze(store, "path", source="Ben Okafor", target="Eastern Brigade")
    assert {r["path"] for r in path} == set(range(1, max(r["path"] for r in path) + 1))
    ego = analyze(store, "ego", source="Iso Lated", radius=1)
    assert [r["label"] for r in ego] == ["Iso Lated", "Union of Nations"]


def test_analyze_facts_graph_ranks_entities_only(world_store):
    rows = analyze(world_store[0], "centrality", graph="facts")
    assert {r["class"] for r in rows} == {e.type for e in ENTITIES.values()}
    assert len(rows) == len(ENTITIES)


def test_analyze_rejects_bad_requests(world_store):
    store, _ = world_store
    with pytest.raises(KGError, match="unknown analysis"):
        analyze(store, "pagerank")
    with pytest.raises(KGError, match="name two actors"):
        analyze(store, "path", source="Ana Rivera")
    with pytest.raises(UnknownNodeError):
        analyze(store, "ego", source="Nobody Atall")


def test_format_rows_csv_and_json(world_store):
    rows = analyze(world_store[0], "dyads")
    text = format_rows(rows, COLUMNS["dyads"], "csv")
    lines = text.splitlines()
    assert lines[0].split(",") == list(COLUMNS["dyads"])
    assert len(lines) == len(rows) + 1
    assert json.loads(format_rows(rows, COLUMNS["dyads"], "json")) == [
        {c: r[c] for c in COLUMNS["dyads"]} for r in rows
    ]
    with pytest.raises(KGError, match="unknown output format"):
        format_rows(rows, COLUMNS["dyads"], "xml")


def test_api_analyze_is_the_report_function(world_store):
    store, _ = world_store
    assert api.analyze(store, "dyads", top=2) == analyze(store, "dyads")[:2]


# ---------------------------------------------------------------------------- real pipeline
ARTICLES = [
    {
        "id": "en-1",
        "title": "Calls and criticism",
        "text": "Volodymyr Zelensky spoke by phone with Emmanuel Macron on Tuesday. "
        "Vladimir Putin criticized NATO on Thursday.",
        "published": "2022-05-20",
        "lang": "en",
    },
]


@pytest.fixture(scope="module")
def pipeline_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("articles") / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    store = api.open_store("memory")
    report = api.ingest([path], store)
    assert report.stored == 1 and not report.failed
    return store


def test_pipeline_store_projects_every_stored_event(pipeline_store):
    g = fact_graph(pipeline_store, asserted_only=False)
    events = [n for n, d in g.nodes(data=True) if d["kind"] == "event"]
    assert len(events) == pipeline_store.stats().events > 0


def test_pipeline_phone_call_and_criticism_become_interactions(pipeline_store):
    m = interaction_graph(pipeline_store)
    zelensky = find_node(m, "Volodymyr Zelensky")
    macron = find_node(m, "Emmanuel Macron")
    calls = [d for d in m[zelensky][macron].values() if d["code"].startswith("04")]
    assert calls and calls[0]["joint"] and calls[0]["quad_class"] == 1
    assert "spoke by phone" in calls[0]["evidence"]
    putin, nato = find_node(m, "Vladimir Putin"), find_node(m, "NATO")
    criticism = [d for d in m[putin][nato].values() if d["root"] == "11"]
    assert criticism and criticism[0]["quad_class"] == 3
    assert criticism[0]["title"] == "Calls and criticism"
