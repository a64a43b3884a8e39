"""The user's seed article end to end: each required fact is asserted by SPARQL on the store."""

from __future__ import annotations

import pytest
from rdflib import Literal

PREFIXES = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

EVENT_WITH = (
    PREFIXES
    + """
ASK {
  ?e a ckg:Event ; ckg:cameoCode ?c ; ?r1 ?a ; prov:wasDerivedFrom ?ev .
  ?c skos:notation ?code .
  ?a rdfs:label ?actor .
  ?ev ckg:sentenceText ?sentence .
  VALUES ?r1 { ckg:hasSource ckg:hasParticipant }
}
"""
)


def ask(store, query, **bindings):
    res = store.query(
        query, {k: Literal(v) if isinstance(v, str) else v for k, v in bindings.items()}
    )
    return bool(res.askAnswer)


def test_phone_call_between_milley_and_gerasimov(seed_store):
    q = (
        PREFIXES
        + """
    ASK {
      ?e a ckg:TelephoneCall ; ckg:cameoCode ?c ; ckg:hasParticipant ?m, ?g ;
         ckg:date "2022-05-19"^^xsd:date ; ckg:reportedBy ?dod .
      ?c skos:notation "041" .
      ?m rdfs:label "Mark Milley" . ?g rdfs:label "Valery Gerasimov" .
      ?dod rdfs:label "US Department of Defense" .
    }"""
    )
    assert ask(seed_store, q)


def test_hotline_located_in_stuttgart_in_germany(seed_store):
    q = (
        PREFIXES
        + "ASK { ?h a ckg:Facility ; ckg:locatedIn ?s . ?s rdfs:label ?city . ?s ckg:locatedIn ?de . ?de rdfs:label ?country }"
    )
    assert ask(seed_store, q, city="Stuttgart", country="Germany")


def test_european_command_headquarters_in_stuttgart(seed_store):
    q = PREFIXES + "ASK { ?o rdfs:label ?org ; ckg:locatedIn ?s . ?s rdfs:label ?city }"
    assert ask(seed_store, q, org="US European Command", city="Stuttgart")


def test_wolters_commands_us_european_command(seed_store):
    q = (
        PREFIXES
        + """ASK { ?p rdfs:label "Tod Wolters" ; ckg:leads ?o . ?o rdfs:label "US European Command" .
                        ?p ckg:holdsPosition ?pos . ?pos ckg:positionOf ?o }"""
    )
    assert ask(seed_store, q)


@pytest.mark.parametrize(
    ("person", "title_word", "of"),
    [
        ("Mark Milley", "Chairman", "US Joint Chiefs of Staff"),
        ("Valery Gerasimov", "Chief of the General Staff", "Russia"),
        ("Lloyd Austin", "Secretary of Defense", "United States"),
        ("Joe Biden", "President", "United States"),
    ],
)
def test_posts(seed_store, person, title_word, of):
    q = (
        PREFIXES
        + """ASK { ?p rdfs:label ?person ; ckg:holdsPosition ?pos . ?pos ckg:title ?t .
                        FILTER(CONTAINS(?t, ?word)) ?pos ckg:positionOf ?o . ?o rdfs:label ?of }"""
    )
    assert ask(seed_store, q, person=person, word=title_word, of=of)


def test_austin_talk_with_russia_last_week(seed_store):
    q = (
        PREFIXES
        + """ASK { ?e ckg:cameoCode ?c ; ckg:hasParticipant ?a, ?r ; ckg:date ?d .
      ?c skos:notation "040" . ?a rdfs:label "Lloyd Austin" . ?r rdfs:label "Russia" .
      FILTER(STR(?d) = "2022-05") }"""
    )
    assert ask(seed_store, q)


def test_austin_calls_for_ceasefire(seed_store):
    q = (
        PREFIXES
        + """ASK { ?e a ckg:CeasefireAppeal ; ckg:cameoCode ?c ; ckg:hasSource ?a .
      ?c skos:notation "0256" . ?a rdfs:label "Lloyd Austin" . }"""
    )
    assert ask(seed_store, q)


def test_invasion_with_casualties_and_displacement(seed_store):
    invasion = (
        PREFIXES
        + """ASK { ?e ckg:cameoCode ?c ; ckg:hasSource ?r ; ckg:hasTarget ?u ;
      ckg:date "2022-02-24"^^xsd:date . ?c skos:broader* ?root . ?root skos:notation "19" .
      ?r rdfs:label "Russia" . ?u rdfs:label "Ukraine" }"""
    )
    assert ask(seed_store, invasion)
    quantity = (
        PREFIXES
        + """ASK { ?e ckg:hasSource ?r ; ckg:hasQuantity ?q . ?r rdfs:label "Russia" .
      ?q ckg:quantityKind ?kind ; ckg:quantityValue ?v ; ckg:approximation ?approx .
      FILTER(?v = ?value) }"""
    )
    assert ask(seed_store, quantity, kind="killed_or_injured", value=Literal(1000), approx="order")
    assert ask(seed_store, quantity, kind="displaced", value=Literal(5000000), approx="at_least")


def test_wolters_speaks_in_brussels_belgium(seed_store):
    q = (
        PREFIXES
        + """ASK { ?e ckg:hasSource ?w ; ckg:atPlace ?b ; ckg:date "2022-05-19"^^xsd:date ;
      ckg:cameoCode ?c . ?c skos:broader* ?root . ?root skos:notation "01" .
      ?w rdfs:label "Tod Wolters" . ?b rdfs:label "Brussels" ; ckg:locatedIn ?be .
      ?be rdfs:label "Belgium" }"""
    )
    assert ask(seed_store, q)


def test_ria_cites_russian_defence_ministry(seed_store):
    q = (
        PREFIXES
        + """ASK { ?m rdfs:label "Russian Ministry of Defence" ; ckg:citedBy ?r .
      ?r rdfs:label "RIA" ; a ckg:MediaOrganization }"""
    )
    assert ask(seed_store, q)


def test_every_event_has_its_sentence(seed_store, seed_extraction):
    text = seed_extraction.document.text
    for ev in seed_extraction.events:
        e = ev.evidence
        assert text[e.start : e.end] == e.sentence
        assert e.trigger_start is not None and e.start <= e.trigger_start < e.trigger_end <= e.end


def test_reingest_changes_nothing(seed_store):
    from kg import api
    from tests.conftest import SEED

    before = seed_store.stats()
    report = api.ingest([SEED], seed_store)
    assert report.unchanged == 1 and report.stored == 0
    assert seed_store.stats() == before


def test_seed_graph_conforms_to_shapes(seed_store):
    from kg import api

    result = api.validate(seed_store)
    assert result.conforms, result.text


def test_seed_gold_core_events_found(seed_extraction, seed_gold):
    """Every core gold event of the seed is matched by root code and one actor label."""
    labels = {e.key: {e.label, *e.aliases} for e in seed_extraction.entities}
    found = []
    for ev in seed_extraction.events:
        names = set()
        for k in (*ev.actors, *ev.targets):
            names |= labels.get(k, set())
        found.append((ev.cameo[:2], names))
    missing = []
    for g in seed_gold["events"]:
        if not g["core"]:
            continue
        want = set(g["actors"]) | set(g.get("targets", []))
        if not any(root == g["cameo_root"] and names & want for root, names in found):
            missing.append((g["id"], g["cameo"], g["actors"]))
    assert not missing, f"core events not found: {missing}"
