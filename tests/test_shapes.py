"""SHACL shapes (ontology/shapes.ttl) on a conforming graph and on broken variants.

``tests/fixtures/shapes/valid.ttl`` is a small graph in the extractor's RDF
mapping that must conform. Every other ``*.ttl`` file there is a patch for it:
for each (subject, predicate) pair in the patch, the values in ``valid.ttl``
are replaced by the patch's values; the object ``fix:none`` deletes them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDFS, Dataset, Graph, Namespace, URIRef
from rdflib.namespace import PROV, SH

from kg.namespaces import CKG, KGR
from kg.validate import ValidationResult, load_shapes_graph, validate_graph

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "shapes"
NONE = URIRef("urn:conflict-kg:fixture:none")
SHAPES = Namespace("https://w3id.org/conflict-kg/shapes#")

CALL = KGR["event/seed/0-130-041"]
STRIKE = KGR["event/seed/131-250-195"]
QUANTITY = KGR["event/seed/131-250-195/q0"]


def load_valid() -> Graph:
    return Graph().parse(FIXTURES / "valid.ttl", format="turtle")


def patched(name: str) -> Graph:
    graph = load_valid()
    patch = Graph().parse(FIXTURES / f"{name}.ttl", format="turtle")
    assert len(patch) > 0, f"empty patch {name}"
    for s, p in set(patch.subject_predicates()):
        graph.remove((s, p, None))
    for s, p, o in patch:
        if o != NONE:
            graph.add((s, p, o))
    return graph


def has_result(
    result: ValidationResult, focus: URIRef, path: URIRef | None, component: str
) -> bool:
    path_text = "-" if path is None else f"<{path}>"
    prefix = f"Violation <{focus}> {path_text}:"
    return any(m.startswith(prefix) and m.endswith(f"[{component}]") for m in result.messages)


def test_valid_fixture_conforms() -> None:
    graph = load_valid()
    size = len(graph)
    result = validate_graph(graph)
    # inference works on a copy: the caller's graph is left as it was
    assert len(graph) == size
    assert result.messages == ()
    assert result.conforms
    assert result.violations == 0


def test_every_patch_fixture_is_exercised() -> None:
    patches = {p.stem for p in FIXTURES.glob("*.ttl")} - {"valid"}
    assert patches == {case[0] for case in BROKEN}


# (patch, focus node, result path or None for node-level constraints, constraint component)
BROKEN = [
    ("event_without_cameo_code", CALL, CKG.cameoCode, "MinCountConstraintComponent"),
    ("event_confidence_above_one", CALL, CKG.confidence, "MaxInclusiveConstraintComponent"),
    ("event_without_actor", STRIKE, None, "OrConstraintComponent"),
    ("event_date_as_string", CALL, CKG.date, "OrConstraintComponent"),
    ("event_bad_date_precision", CALL, CKG.datePrecision, "PatternConstraintComponent"),
    ("event_derived_from_article", CALL, PROV.wasDerivedFrom, "ClassConstraintComponent"),
    (
        "event_source_is_evidence",
        KGR["evidence/seed/131-250"],
        RDFS.label,
        "MinCountConstraintComponent",
    ),
    (
        "evidence_negative_offset",
        KGR["evidence/seed/0-130"],
        CKG.startOffset,
        "MinInclusiveConstraintComponent",
    ),
    (
        "evidence_reversed_offsets",
        KGR["evidence/seed/251-321"],
        CKG.startOffset,
        "LessThanConstraintComponent",
    ),
    ("quantity_unknown_kind", QUANTITY, CKG.quantityKind, "PatternConstraintComponent"),
    ("quantity_negative_value", QUANTITY, CKG.quantityValue, "MinInclusiveConstraintComponent"),
    ("country_alpha2_code", KGR["actor/rus"], CKG.countryCode, "PatternConstraintComponent"),
    (
        "relation_predicate_not_allowed",
        KGR["relation/seed/located-1"],
        CKG.assertedPredicate,
        "InConstraintComponent",
    ),
    (
        "relation_triple_missing",
        KGR["relation/seed/holds-1"],
        None,
        "SPARQLConstraintComponent",
    ),
    (
        "article_without_content_hash",
        KGR["doc/seed"],
        CKG.contentHash,
        "MinCountConstraintComponent",
    ),
    (
        "position_without_title",
        KGR["position/rus-defence_minister"],
        CKG.title,
        "MinCountConstraintComponent",
    ),
    ("actor_without_label", KGR["actor/sergei-shoigu"], RDFS.label, "MinCountConstraintComponent"),
    (
        "place_latitude_out_of_range",
        KGR["actor/kharkiv"],
        CKG.latitude,
        "MaxInclusiveConstraintComponent",
    ),
]


@pytest.mark.parametrize(
    ("patch", "focus", "path", "component"), BROKEN, ids=[c[0] for c in BROKEN]
)
def test_broken_fixture_is_reported(
    patch: str, focus: URIRef, path: URIRef | None, component: str
) -> None:
    result = validate_graph(patched(patch))
    assert not result.conforms
    # each patch introduces exactly one defect
    assert result.violations == 1, "\n".join(result.messages)
    assert has_result(result, focus, path, component), "\n".join(result.messages)


def test_event_without_actor_message_names_the_properties() -> None:
    result = validate_graph(patched("event_without_actor"))
    (line,) = [m for m in result.messages if m.startswith(f"Violation <{STRIKE}> -:")]
    assert "ckg:hasSource" in line
    assert "ckg:hasParticipant" in line


def test_missing_relation_triple_message_names_the_triple() -> None:
    result = validate_graph(patched("relation_triple_missing"))
    (line,) = [m for m in result.messages if "SPARQLConstraintComponent" in m]
    assert str(CKG.holdsPosition) in line
    assert str(KGR["actor/lloyd-austin"]) in line


def test_subclass_typing_needs_inference() -> None:
    # Shoigu is typed only ckg:Person; the actor shape sees him through RDFS inference.
    result = validate_graph(patched("actor_without_label"))
    assert result.violations == 1


def test_dataset_is_validated_as_union_of_named_graphs() -> None:
    graph = load_valid()
    dataset = Dataset()
    actors = dataset.graph(KGR["graph/actors"])
    document = dataset.graph(KGR["graph/doc/seed"])
    for s, p, o in graph:
        target = actors if str(s).startswith(str(KGR["actor/"])) else document
        target.add((s, p, o))
    # the label of a document-graph actor lives in another named graph only
    shoigu = KGR["actor/sergei-shoigu"]
    assert (shoigu, RDFS.label, None) in actors
    assert (None, CKG.hasParticipant, shoigu) in document
    assert validate_graph(dataset).conforms

    actors.remove((shoigu, RDFS.label, None))
    result = validate_graph(dataset)
    assert not result.conforms
    assert has_result(result, shoigu, RDFS.label, "MinCountConstraintComponent")


def test_custom_shapes_graph_is_used() -> None:
    shapes = load_shapes_graph()
    assert (SHAPES.EventShape, SH.targetClass, CKG.Event) in shapes
    only_articles = Graph()
    only_articles += shapes.triples((SHAPES.ArticleShape, None, None))
    for node in shapes.objects(SHAPES.ArticleShape, SH.property):
        only_articles += shapes.triples((node, None, None))
    # an event without a CAMEO code is fine for a shapes graph that only knows articles
    result = validate_graph(patched("event_without_cameo_code"), shapes=only_articles)
    assert result.conforms
    result = validate_graph(patched("article_without_content_hash"), shapes=only_articles)
    assert has_result(result, KGR["doc/seed"], CKG.contentHash, "MinCountConstraintComponent")
