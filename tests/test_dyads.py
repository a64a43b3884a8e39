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


def assert_consistent(store: KGStore) -> None:
    held = summary(store)
    assert held == {d: t.key() for d, t in store.count_dyads().items()}
    assert held == counted(store)


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
