"""The dyad summary graph stays equal to the tallies computed from the article graphs.

The store keeps one node per ordered actor pair (``graph/dyads``) and updates it with every
article it writes or drops; the named dyad query reads it. These tests check the summary
against a recount of the article graphs (and against the query that counted them before
the summary existed) after ingest, re-ingest of changed articles, deletion and rebuild.
"""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from rdflib import Literal, URIRef

from kg.dyads import Tally, article_tallies
from kg.iris import DYAD_GRAPH
from kg.namespaces import CKG
from kg.ontology import load_cameo_scheme
from kg.rdf import Triple
from kg.sparql import run_query
from kg.store import KGStore, open_store
from tests.test_store import sample_graphs

#: The dyad-balance query as it was before the summary graph: counted from the article
#: graphs on every call. The summary must give the same rows.
COUNTED = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?source ?target ?events ?verbalCooperation ?materialCooperation
       ?verbalConflict ?materialConflict ?goldsteinSum ?first ?last
WHERE {
    SELECT ?source ?target (COUNT(?event) AS ?events)
           (SUM(IF(?quad = 1, 1, 0)) AS ?verbalCooperation)
           (SUM(IF(?quad = 2, 1, 0)) AS ?materialCooperation)
           (SUM(IF(?quad = 3, 1, 0)) AS ?verbalConflict)
           (SUM(IF(?quad = 4, 1, 0)) AS ?materialConflict)
           (SUM(?goldstein) AS ?goldsteinSum) (MIN(?day) AS ?first) (MAX(?day) AS ?last)
    WHERE {
      SELECT DISTINCT ?source ?target ?event ?quad ?goldstein ?day WHERE {
        GRAPH ?g { ?event a ckg:Event ; ckg:cameoCode ?concept ; ckg:negated false ;
               ckg:hypothetical false ;
               ckg:hasSource|ckg:hasParticipant ?source ;
               ckg:hasTarget|ckg:hasParticipant ?target . }
        FILTER(?source != ?target)
        ?concept ckg:quadClass ?quad ; ckg:goldstein ?goldstein .
        OPTIONAL { ?event ckg:date ?d }
        BIND(STR(?d) AS ?day)
      }
    }
    GROUP BY ?source ?target
}
"""


def counted(store: KGStore) -> dict[tuple[str, str], tuple[object, ...]]:
    """Tallies by the old query over the article graphs."""
    out = {}
    for row in store.query(COUNTED):
        v = [None if x is None else x.toPython() for x in row]  # type: ignore[union-attr]
        tally = Tally(int(v[2]), [int(x) for x in v[3:7]], Decimal(str(v[7])), v[8], v[9])
        out[(str(v[0]), str(v[1]))] = tally.key()
    return out


def summary(store: KGStore) -> dict[tuple[str, str], tuple[object, ...]]:
    return {d: t.key() for d, t in store.dyad_tallies().items()}


def records(store: KGStore) -> dict[tuple[str, str], tuple[object, ...]]:
    return {d: t.key() for d, t in store.dyad_record_tallies().items()}


def assert_consistent(store: KGStore) -> None:
    held = summary(store)
    assert held == {d: t.key() for d, t in store.count_dyads().items()}
    assert held == counted(store)
    # the one-literal records say what the nodes' properties say, one per dyad node
    assert records(store) == held
    assert len(list(store.dyad_records())) == len(held)


def without_events(triples: list[Triple], events: set[URIRef]) -> list[Triple]:
    return [t for t in triples if t[0] not in events]


def events_of(triples: list[Triple]) -> list[URIRef]:
    return sorted({s for s, p, o in triples if p == CKG.cameoCode})


@pytest.fixture()
def store() -> KGStore:
    s = open_store("memory")
    s.write_documents(sample_graphs())
    return s


def test_summary_after_ingest_matches_the_article_graphs(store):
    assert store.has_dyad_summary()
    assert_consistent(store)
    rus, ukr = (
        "https://w3id.org/conflict-kg/id/actor/rus",
        "https://w3id.org/conflict-kg/id/actor/ukr",
    )
    t = store.dyad_tallies()[(rus, ukr)]
    assert (t.events, t.quads[3], t.goldstein, t.first, t.last) == (
        4, 4, Decimal(-40), "2022-05-18", "2022-06-01",
    )  # fmt: skip
    rows = run_query(store, "dyad-balance").to_dicts()
    assert len(rows) == len(counted(store)) == 5
    assert rows[0]["sourceLabel"] == "Russia" and rows[0]["events"] == 4


def test_reingest_of_changed_article_and_deletion_keep_the_summary_exact(store):
    graphs = sample_graphs()
    g = max(graphs, key=lambda k: len(events_of(graphs[k])))
    original = graphs[g]
    # drop the earliest event and one more: the first date of their dyads must move
    changed = without_events(original, set(events_of(original)[:2]))
    store.write_documents({g: changed})
    assert_consistent(store)
    # an event that becomes negated no longer counts
    event = events_of(changed)[0]
    negated = [
        (s, p, Literal(True)) if (s, p) == (event, CKG.negated) else (s, p, o)
        for s, p, o in changed
    ]
    store.write_documents({g: negated})
    assert_consistent(store)
    store.remove_documents([g])
    assert_consistent(store)
    store.write_documents({g: original})
    assert summary(store) == summary(_fresh())


def test_random_writes_and_removals_keep_the_summary_exact():
    store = open_store("memory")
    graphs = sample_graphs()
    rng = random.Random(7)
    for _ in range(12):
        g = rng.choice(sorted(graphs))
        if rng.random() < 0.25:
            store.remove_documents([g])
        else:
            events = events_of(graphs[g])
            keep = set(rng.sample(events, rng.randint(0, len(events))))
            store.write_documents({g: without_events(graphs[g], set(events) - keep)})
        assert_consistent(store)


def test_rebuild_from_the_article_graphs(store, tmp_path):
    before = summary(store)
    store.remove_documents([])  # a no-op
    store.rebuild_dyad_summary()
    assert summary(store) == before
    # a store written without the summary (an older version) gets it when next opened
    disk = open_store(tmp_path / "s")
    disk.write_documents(sample_graphs())
    disk.oxigraph.update(f"DROP GRAPH <{DYAD_GRAPH}>")
    assert not disk.has_dyad_summary()
    disk.close()
    del disk
    reopened = open_store(tmp_path / "s")
    assert reopened.has_dyad_summary() and summary(reopened) == before


def test_article_tallies_rules():
    scheme = load_cameo_scheme()
    e, a, b = "urn:e", "urn:a", "urn:b"
    base = [
        (e, str(CKG.cameoCode), str(scheme.get("190").concept)),
        (e, str(CKG.negated), "false"),
        (e, str(CKG.hypothetical), "false"),
        (e, str(CKG.hasParticipant), a),
        (e, str(CKG.hasParticipant), b),
        (e, str(CKG.date), "2022-05"),
    ]
    got = article_tallies(base, scheme)
    assert set(got) == {(a, b), (b, a)}  # joint events count both ways, never a -> a
    assert got[(a, b)].key() == (1, (0, 0, 0, 1), Decimal(-10), "2022-05", "2022-05")
    hypothetical = [t if t[1] != str(CKG.hypothetical) else (e, t[1], "true") for t in base]
    assert article_tallies(hypothetical, scheme) == {}


def _fresh() -> KGStore:
    s = open_store("memory")
    s.write_documents(sample_graphs())
    return s


def test_dyad_graph_is_the_interaction_summary(store):
    from kg.analysis import dyad_graph, interaction_graph, interaction_summary

    fast = dyad_graph(store)
    full = interaction_summary(interaction_graph(store))
    assert dict(fast.edges) == dict(full.edges) and len(fast.edges) == 5
    assert fast.nodes["https://w3id.org/conflict-kg/id/actor/rus"]["label"] == "Russia"


# ---------------------------------------------------------------------------- dyad records
#: The dyad nodes' properties by SPARQL: what the projection reads, the slow way.
NODES = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?source ?target ?events ?q1 ?q2 ?q3 ?q4 ?goldstein ?first ?last ?sl ?tl WHERE {
  GRAPH <https://w3id.org/conflict-kg/id/graph/dyads> {
    ?d ckg:dyadSource ?source ; ckg:dyadTarget ?target ; ckg:eventCount ?events ;
       ckg:verbalCooperationCount ?q1 ; ckg:materialCooperationCount ?q2 ;
       ckg:verbalConflictCount ?q3 ; ckg:materialConflictCount ?q4 ; ckg:goldsteinSum ?goldstein .
    OPTIONAL { ?d ckg:firstDate ?first } OPTIONAL { ?d ckg:lastDate ?last }
    OPTIONAL { ?source ckg:actorLabel ?sl } OPTIONAL { ?target ckg:actorLabel ?tl }
  }
}
"""


def sparql_dyad_graph(store: KGStore):
    """The weighted actor graph built from a SPARQL query over the dyad nodes."""
    import networkx as nx

    g = nx.DiGraph()
    for row in store.query(NODES):
        v = [None if x is None else x.toPython() for x in row]  # type: ignore[union-attr]
        q = [int(x) for x in v[3:7]]
        g.add_edge(
            str(v[0]), str(v[1]), weight=int(v[2]), goldstein=round(float(v[7]), 6),
            cooperation=q[0] + q[1], conflict=q[2] + q[3], q1=q[0], q2=q[1], q3=q[2], q4=q[3],
            first=v[8], last=v[9],
        )  # fmt: skip
        g.nodes[str(v[0])]["label"], g.nodes[str(v[1])]["label"] = v[10], v[11]
    return g


def assert_same_graph(a, b) -> None:
    assert dict(a.edges) == dict(b.edges)
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))


def balance_by_sparql(store: KGStore):
    """``dyad-balance`` run as SPARQL text (no fast path)."""
    from kg.sparql import named_queries

    return run_query(store, named_queries()["dyad-balance"].text)


def assert_balance_is_the_query(store: KGStore) -> None:
    fast, slow = run_query(store, "dyad-balance"), balance_by_sparql(store)
    assert fast.variables == slow.variables
    assert sorted(fast.rows, key=repr) == sorted(slow.rows, key=repr)

    # the order is one the query's ORDER BY DESC(?events) ?sourceLabel ?targetLabel allows
    def key(row):
        return (-int(row[2]), row[0] is not None, str(row[0] or ""), row[1] is not None,
                str(row[1] or ""))  # fmt: skip

    assert [key(r) for r in fast.rows] == sorted(key(r) for r in fast.rows)
    assert [key(r) for r in fast.rows] == [key(r) for r in slow.rows]


def test_projection_from_records_is_the_sparql_projection(store):
    from kg.analysis import dyad_graph

    assert store.has_dyad_records()
    fast = dyad_graph(store)
    assert len(fast.edges) == 5
    assert_same_graph(fast, sparql_dyad_graph(store))
    assert_same_graph(fast, dyad_graph(store, records=False))
    assert_balance_is_the_query(store)
    # and after a changed article is re-ingested and another dropped
    graphs = sample_graphs()
    g = max(graphs, key=lambda k: len(events_of(graphs[k])))
    store.write_documents({g: without_events(graphs[g], set(events_of(graphs[g])[:2]))})
    store.remove_documents([sorted(graphs)[0]])
    assert_consistent(store)
    assert_same_graph(dyad_graph(store), sparql_dyad_graph(store))
    assert_balance_is_the_query(store)


def test_balance_table_handles_actors_without_label(store):
    from kg.iris import DYAD_GRAPH

    rus = "https://w3id.org/conflict-kg/id/actor/rus"
    store.oxigraph.update(
        f"DELETE WHERE {{ GRAPH <{DYAD_GRAPH}> {{ <{rus}> <{CKG.actorLabel}> ?l }} }}"
    )
    rows = run_query(store, "dyad-balance").rows
    assert any(r[0] is None for r in rows)
    assert_balance_is_the_query(store)


def test_a_summary_without_records_is_read_the_slow_way_and_rebuilt(tmp_path):
    from kg.analysis import dyad_graph

    disk = open_store(tmp_path / "s")
    disk.write_documents(sample_graphs())
    want_graph, want_rows = dyad_graph(disk), run_query(disk, "dyad-balance").rows
    # a store whose summary was written before the records existed
    disk.oxigraph.update(f"DELETE WHERE {{ GRAPH <{DYAD_GRAPH}> {{ ?d <{CKG.dyadRecord}> ?r }} }}")
    assert not disk.has_dyad_records() and not disk.has_dyad_summary()
    disk.close()
    del disk
    reader = open_store(tmp_path / "s", read_only=True)  # cannot rebuild: falls back
    assert list(reader.dyad_records()) == []
    assert_same_graph(dyad_graph(reader), want_graph)
    assert sorted(run_query(reader, "dyad-balance").rows, key=repr) == sorted(want_rows, key=repr)
    reader.close()
    del reader
    writer = open_store(tmp_path / "s")  # the next writer rebuilds the summary
    assert writer.has_dyad_records() and writer.has_dyad_summary()
    assert_consistent(writer)


def test_record_text_round_trip_with_odd_dates():
    from kg.analysis.projections import _record_edges
    from kg.dyads import balance_rows, read_record, record_text

    t = Tally(3, [0, 1, 2, 0], Decimal("-12.50"), "2022 05%", "2022-06-01")
    text = record_text(("urn:a", "urn:b"), t)
    assert text == "urn:a urn:b 3 0 1 2 0 -12.5 2022%2005%25 2022-06-01"
    assert read_record(text) == (("urn:a", "urn:b"), t)
    [(_a, _b, attrs)] = list(_record_edges([text]))
    assert (attrs["first"], attrs["last"], attrs["goldstein"]) == ("2022 05%", "2022-06-01", -12.5)
    [row] = balance_rows([text], {"urn:a": "A"})
    assert (str(row[0]), row[1], str(row[8]), str(row[7])) == ("A", None, "2022 05%", "-12.5")
    undated = record_text(("urn:a", "urn:b"), Tally(1, [1, 0, 0, 0], Decimal(3)))
    assert read_record(undated)[1].first is None and len(undated.split()) == 8
    with pytest.raises(ValueError, match="not a dyad record"):
        read_record("urn:a urn:b 1")


def test_summary_graph_conforms_to_the_dyad_shape(store):
    from rdflib import Graph

    from kg.validate import validate_graph

    summary_graph = Graph()
    for s, p, o in store.dataset.graph(DYAD_GRAPH):
        summary_graph.add((s, p, o))
    assert validate_graph(summary_graph).conforms
    node = next(iter(summary_graph.subjects(CKG.dyadRecord, None)))
    summary_graph.set((node, CKG.dyadRecord, Literal("not a record")))
    summary_graph.remove((node, CKG.eventCount, None))
    result = validate_graph(summary_graph)
    assert not result.conforms
    text = "\n".join(result.messages)
    assert "dyadRecord" in text and "eventCount" in text


def test_whole_balance_table_is_read_from_the_records(store, monkeypatch):
    from kg.sparql import dyad_balance_table

    table = dyad_balance_table(store)
    assert table is not None
    assert sorted(table.rows, key=repr) == sorted(balance_by_sparql(store).rows, key=repr)
    # run_query answers the whole table without the query text; with a parameter it runs it
    queried: list[str] = []
    real = store.query
    monkeypatch.setattr(store, "query", lambda text, b=None: queried.append(text) or real(text, b))
    assert len(run_query(store, "dyad-balance").rows) == 5
    assert not any("dyadSource" in text for text in queried)
    assert len(run_query(store, "dyad-balance", {"source": "Russia"}).rows) == 2
    assert any("dyadSource" in text for text in queried)
