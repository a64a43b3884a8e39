"""The ontology files agree with kg.namespaces and with the CAMEO codebook."""

from __future__ import annotations

import ast
import re
import time
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, OWL, PROV, SKOS

from kg.namespaces import CAMEO, CKG, PLOVER, SEM
from kg.ontology import (
    CameoCode,
    load_cameo_scheme,
    load_ontology_graph,
    resource_dir,
)

REPO = Path(__file__).resolve().parents[1]
ONTOLOGY = REPO / "ontology"
CKG_NS = str(CKG._NS)
#: Open view of the ontology namespace, for event classes (which CKG does not list).
EV = Namespace(CKG_NS)
SDO = Namespace("https://schema.org/")
SCHEME = URIRef(str(CAMEO))
PLOVER_SCHEME = URIRef(str(PLOVER))

PLOVER_CATEGORIES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip

ROOT_CLASSES = {
    "01": "MakeStatement", "02": "Appeal", "03": "ExpressIntentToCooperate", "04": "Consult",
    "05": "DiplomaticCooperation", "06": "MaterialCooperation", "07": "ProvideAid",
    "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject",
    "13": "Threaten", "14": "Protest", "15": "ExhibitForcePosture", "16": "ReduceRelations",
    "17": "Coerce", "18": "Assault", "19": "Fight", "20": "MassViolence",
}  # fmt: skip


@pytest.fixture(scope="module")
def conflict() -> Graph:
    return Graph().parse(ONTOLOGY / "conflict.ttl", format="turtle")


@pytest.fixture(scope="module")
def cameo() -> Graph:
    return Graph().parse(ONTOLOGY / "cameo.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")


def defined(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)}


def ckg_terms(graph: Graph) -> set[URIRef]:
    terms = set()
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef) and str(term).startswith(CKG_NS):
                terms.add(term)
    return terms


def event_classes(graph: Graph) -> set[URIRef]:
    subclasses = set(graph.transitive_subjects(RDFS.subClassOf, CKG.Event))
    return {c for c in subclasses if isinstance(c, URIRef)} - {CKG.Event}


def local(term: URIRef) -> str:
    return str(term).rsplit("#", 1)[-1]


# ---------------------------------------------------------------- conflict.ttl


def test_every_namespace_term_is_defined(conflict: Graph) -> None:
    names = list(CKG.__annotations__)
    assert len(names) > 60
    for name in names:
        term = CKG[name]
        types = set(conflict.objects(term, RDF.type))
        if name[0].isupper():
            assert OWL.Class in types, name
        else:
            assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, name
        assert conflict.value(term, RDFS.label) is not None, name
        assert conflict.value(term, RDFS.comment) is not None, name


def test_every_ontology_property_and_core_class_is_in_namespace(conflict: Graph) -> None:
    declared = {CKG[name] for name in CKG.__annotations__}
    properties = {
        p
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
        for p in conflict.subjects(RDF.type, kind)
        if str(p).startswith(CKG_NS)
    }
    assert properties - declared == set()
    classes = {c for c in conflict.subjects(RDF.type, OWL.Class) if str(c).startswith(CKG_NS)}
    assert classes - event_classes(conflict) - declared == set()


def test_datatype_and_object_properties_are_disjoint(conflict: Graph) -> None:
    objects = set(conflict.subjects(RDF.type, OWL.ObjectProperty))
    datatypes = set(conflict.subjects(RDF.type, OWL.DatatypeProperty))
    assert objects & datatypes == set()
    assert CKG.hasSource in objects and CKG.confidence in datatypes


@pytest.mark.parametrize("name", ["shapes", "cameo"])
def test_ckg_terms_used_elsewhere_are_defined(name: str, conflict: Graph, request) -> None:
    graph: Graph = request.getfixturevalue(name)
    used = ckg_terms(graph)
    # prefixed names inside SPARQL constraints
    for literal in graph.objects(None, None):
        if isinstance(literal, Literal):
            used |= {EV[m] for m in re.findall(r"\bckg:([A-Za-z]\w*)", str(literal))}
    assert used, name
    assert used - defined(conflict) == set()


@pytest.mark.parametrize(
    ("sub", "sup"),
    [
        (CKG.Person, CKG.Actor),
        (CKG.Organization, CKG.Actor),
        (CKG.GovernmentBody, CKG.Organization),
        (CKG.MilitaryUnit, CKG.Organization),
        (CKG.MediaOrganization, CKG.Organization),
        (CKG.ArmedGroup, CKG.Organization),
        (CKG.InternationalOrganization, CKG.Organization),
        (CKG.Country, CKG.Actor),
        (CKG.Country, CKG.Place),
        (CKG.City, CKG.Place),
        (CKG.Region, CKG.Place),
        (CKG.Facility, CKG.Place),
        (CKG.Event, SEM.Event),
        (CKG.Actor, SEM.Actor),
        (CKG.Place, SEM.Place),
        (CKG.Person, FOAF.Person),
        (CKG.Person, SDO.Person),
        (CKG.Organization, FOAF.Organization),
        (CKG.Organization, SDO.Organization),
        (CKG.Article, SDO.NewsArticle),
        (CKG.Article, PROV.Entity),
        (CKG.Evidence, PROV.Entity),
        (CKG.RelationAssertion, RDF.Statement),
        (CKG.Extractor, PROV.SoftwareAgent),
    ],
)
def test_class_hierarchy(conflict: Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subClassOf, sup) in conflict


@pytest.mark.parametrize(
    ("sub", "sup"),
    [
        (CKG.hasSource, SEM.hasActor),
        (CKG.hasTarget, SEM.hasActor),
        (CKG.hasParticipant, SEM.hasActor),
        (CKG.atPlace, SEM.hasPlace),
        (CKG.date, SEM.hasTimeStamp),
        (CKG.memberOf, SDO.memberOf),
    ],
)
def test_property_alignment(conflict: Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subPropertyOf, sup) in conflict


def test_located_in_is_only_close_to_schema_contained_in_place(conflict: Graph) -> None:
    assert (CKG.locatedIn, SKOS.closeMatch, SDO.containedInPlace) in conflict
    assert (CKG.locatedIn, RDFS.subPropertyOf, SDO.containedInPlace) not in conflict


def test_event_has_twenty_root_classes(conflict: Graph) -> None:
    roots = {c for c in conflict.subjects(RDFS.subClassOf, CKG.Event) if isinstance(c, URIRef)}
    by_code = {str(conflict.value(c, SKOS.notation)): local(c) for c in roots}
    assert by_code == ROOT_CLASSES


def test_event_class_names_are_unique_and_labelled(conflict: Graph) -> None:
    classes = event_classes(conflict)
    notations = [str(conflict.value(c, SKOS.notation)) for c in classes]
    assert len(set(notations)) == len(notations)
    assert len({local(c).lower() for c in classes}) == len(classes)
    for cls in classes:
        assert (cls, RDF.type, OWL.Class) in conflict
        assert conflict.value(cls, RDFS.label) is not None
        assert re.fullmatch(r"[A-Z][A-Za-z]+", local(cls)), cls
    # event classes do not collide with the core classes of the namespace
    assert {local(c) for c in classes} & set(CKG.__annotations__) == set()


def test_event_classes_follow_the_code_tree(conflict: Graph, cameo: Graph) -> None:
    classes = event_classes(conflict)
    class_of = {str(conflict.value(c, SKOS.notation)): c for c in classes}
    three_digit = {code for code in concepts(cameo) if len(code) == 3}
    assert three_digit <= set(class_of)
    assert {c for c in class_of if len(c) == 4} == {"0256", "0871"}
    for code, cls in class_of.items():
        parent = CKG.Event if len(code) == 2 else class_of[code[:2] if len(code) == 3 else code[:3]]
        assert list(conflict.objects(cls, RDFS.subClassOf)) == [parent], code


def test_required_class_names(conflict: Graph) -> None:
    expected = {
        "041": "TelephoneCall", "042": "MakeVisit", "043": "HostVisit",
        "044": "MeetAtThirdLocation", "045": "Mediate", "046": "Negotiate",
        "190": "UseConventionalMilitaryForce", "191": "ImposeBlockade",
        "192": "OccupyTerritory", "193": "SmallArmsFight", "194": "ArtilleryAndTankFight",
        "195": "AerialAttack", "010": "Statement", "011": "DeclineComment",
        "013": "OptimisticComment", "0256": "CeasefireAppeal", "0871": "DeclareCeasefire",
    }  # fmt: skip
    for code, name in expected.items():
        assert str(conflict.value(EV[name], SKOS.notation)) == code


# ---------------------------------------------------------------- cameo.ttl


def concepts(cameo: Graph) -> dict[str, URIRef]:
    return {
        str(cameo.value(c, SKOS.notation)): c
        for c in cameo.subjects(SKOS.inScheme, SCHEME)
        if isinstance(c, URIRef)
    }


def expected_quad(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def test_scheme_size_and_structure(cameo: Graph) -> None:
    by_code = concepts(cameo)
    lengths = [len(c) for c in by_code]
    assert lengths.count(2) == 20
    assert lengths.count(3) == 147
    assert lengths.count(4) == 144
    for code, concept in by_code.items():
        assert concept == CAMEO[code]
        assert (concept, RDF.type, SKOS.Concept) in cameo
        label = cameo.value(concept, SKOS.prefLabel)
        assert isinstance(label, Literal) and label.language == "en" and str(label).strip()
        if len(code) == 2:
            assert (concept, SKOS.topConceptOf, SCHEME) in cameo
            assert (SCHEME, SKOS.hasTopConcept, concept) in cameo
            assert cameo.value(concept, SKOS.broader) is None
        else:
            parent = code[:2] if len(code) == 3 else code[:3]
            assert list(cameo.objects(concept, SKOS.broader)) == [CAMEO[parent]], code


def test_roots_have_quad_class_by_convention(cameo: Graph) -> None:
    by_code = concepts(cameo)
    roots = sorted(c for c in by_code if len(c) == 2)
    assert roots == [f"{i:02d}" for i in range(1, 21)]
    quads = {c: cameo.value(by_code[c], CKG.quadClass).toPython() for c in roots}
    assert [c for c, q in quads.items() if q == 1] == ["01", "02", "03", "04", "05"]
    assert [c for c, q in quads.items() if q == 2] == ["06", "07", "08"]
    assert [c for c, q in quads.items() if q == 3] == ["09", "10", "11", "12", "13"]
    assert [c for c, q in quads.items() if q == 4] == [f"{i}" for i in range(14, 21)]


def test_every_concept_is_annotated(cameo: Graph, conflict: Graph) -> None:
    classes = event_classes(conflict)
    plover = {c for c in cameo.subjects(SKOS.inScheme, PLOVER_SCHEME)}
    for code, concept in concepts(cameo).items():
        quad = cameo.value(concept, CKG.quadClass)
        assert quad.datatype == URIRef("http://www.w3.org/2001/XMLSchema#integer")
        assert quad.toPython() == expected_quad(code), code
        goldstein = cameo.value(concept, CKG.goldstein)
        assert goldstein.datatype == URIRef("http://www.w3.org/2001/XMLSchema#decimal")
        assert -10 <= goldstein.toPython() <= 10, code
        assert cameo.value(concept, CKG.eventClass) in classes, code
        category = cameo.value(concept, CKG.ploverCategory)
        assert category is None or category in plover, code
        if category is None:
            assert code[:2] == "01", code
            assert cameo.value(concept, CKG.ploverMode) is None


def test_plover_scheme(cameo: Graph) -> None:
    members = set(cameo.subjects(SKOS.inScheme, PLOVER_SCHEME))
    assert {str(cameo.value(m, SKOS.notation)) for m in members} == PLOVER_CATEGORIES
    assert members == {PLOVER[name] for name in PLOVER_CATEGORIES}
    used = set(cameo.objects(None, CKG.ploverCategory))
    assert used == members


def test_four_digit_codes_share_their_parent_class(cameo: Graph) -> None:
    by_code = concepts(cameo)
    for code, concept in by_code.items():
        if len(code) != 4:
            continue
        own = cameo.value(concept, CKG.eventClass)
        parent = cameo.value(by_code[code[:3]], CKG.eventClass)
        if code == "0256":
            assert own == EV.CeasefireAppeal
        elif code == "0871":
            assert own == EV.DeclareCeasefire
        else:
            assert own == parent, code


# ---------------------------------------------------------------- kg.ontology


def test_telephone_call() -> None:
    code = load_cameo_scheme().get("041")
    assert code == CameoCode(
        code="041",
        label="Discuss by telephone",
        root="04",
        quad_class=1,
        goldstein=1.0,
        plover="CONSULT",
        plover_mode="phone",
        event_class=EV.TelephoneCall,
        class_name="TelephoneCall",
    )
    assert code.concept == CAMEO["041"]


def test_aerial_attack() -> None:
    scheme = load_cameo_scheme()
    code = scheme.get("195")
    assert scheme.root_of("195") == "19"
    assert code.quad_class == 4
    assert code.goldstein < 0
    assert (code.plover, code.plover_mode) == ("ASSAULT", "aerial")
    assert code.class_name == "AerialAttack"


@pytest.mark.parametrize(
    ("code", "label", "goldstein", "class_name", "plover"),
    [
        ("042", "Make a visit", 1.9, "MakeVisit", ("CONSULT", "visit")),
        ("043", "Host a visit", 2.8, "HostVisit", ("CONSULT", "visit")),
        ("044", "Meet at a third location", 2.5, "MeetAtThirdLocation", ("CONSULT", "third-party")),
        ("0256", "Appeal for de-escalation of military engagement", -0.3, "CeasefireAppeal",
         ("REQUEST", "de-escalation")),
        ("0871", "Declare truce, ceasefire", 9.0, "DeclareCeasefire", ("RETREAT", "ceasefire")),
        ("0874", "Retreat or surrender militarily", 10.0, "DeEscalateMilitaryEngagement",
         ("RETREAT", "withdraw")),
        ("173", "Arrest, detain, or charge with legal action", -5.0, "ArrestOrDetain",
         ("COERCE", "arrest")),
        ("193", "Fight with small arms and light weapons", -10.0, "SmallArmsFight",
         ("ASSAULT", "small-arms")),
        ("1823", "Kill by physical assault", -10.0, "PhysicalAssault", ("ASSAULT", "physical")),
        ("2042", "Detonate nuclear weapons", -10.0, "UseWeaponsOfMassDestruction",
         ("ASSAULT", "nuclear")),
        ("010", "Make statement, not specified below", 0.0, "Statement", (None, None)),
    ],
)  # fmt: skip
def test_codebook_facts(
    code: str, label: str, goldstein: float, class_name: str, plover: tuple[str | None, ...]
) -> None:
    entry = load_cameo_scheme().get(code)
    assert entry.label == label
    assert entry.goldstein == goldstein
    assert entry.class_name == class_name
    assert (entry.plover, entry.plover_mode) == plover


def test_scheme_api() -> None:
    scheme = load_cameo_scheme()
    assert scheme is load_cameo_scheme()
    codes = scheme.codes()
    assert len(codes) == len(scheme) == 311
    assert codes[:3] == ("01", "010", "011")
    assert scheme.roots() == tuple(f"{i:02d}" for i in range(1, 21))
    assert "0871" in scheme and "999" not in scheme
    assert scheme.root_of("0871") == "08"
    assert [c.code for c in scheme][:2] == ["01", "010"]
    for entry in scheme:
        assert entry.root == entry.code[:2]
        assert entry.quad_class == scheme.get(entry.root).quad_class


@pytest.mark.parametrize("bad", ["999", "41", "0411", "", "TelephoneCall"])
def test_unknown_code_raises_key_error(bad: str) -> None:
    scheme = load_cameo_scheme()
    with pytest.raises(KeyError, match="unknown CAMEO code") as info:
        scheme.get(bad)
    assert repr(bad) in str(info.value)
    with pytest.raises(KeyError):
        scheme.root_of(bad)


def test_scheme_loads_quickly() -> None:
    load_cameo_scheme.cache_clear()
    start = time.perf_counter()
    scheme = load_cameo_scheme()
    elapsed = time.perf_counter() - start
    assert len(scheme) == 311
    assert elapsed < 1.0  # typically about 0.1 s


def test_resource_dir() -> None:
    assert resource_dir("ontology") == ONTOLOGY
    assert (resource_dir("ontology") / "conflict.ttl").is_file()
    assert resource_dir("data") == REPO / "data"
    with pytest.raises(ValueError, match="unknown resource kind"):
        resource_dir("secrets")


def test_load_ontology_graph() -> None:
    without = load_ontology_graph(include_cameo=False)
    with_cameo = load_ontology_graph()
    assert (EV.TelephoneCall, RDFS.subClassOf, EV.Consult) in without
    assert (CAMEO["041"], CKG.eventClass, EV.TelephoneCall) not in without
    assert (CAMEO["041"], CKG.eventClass, EV.TelephoneCall) in with_cameo
    with_cameo.remove((CAMEO["041"], None, None))
    assert (CAMEO["041"], CKG.eventClass, EV.TelephoneCall) in load_ontology_graph()


# ---------------------------------------------------------------- code hygiene


def test_no_ontology_iri_strings_outside_namespaces() -> None:
    offenders = []
    for path in sorted((REPO / "kg").rglob("*.py")):
        if path.name == "namespaces.py" and path.parent == REPO / "kg":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and "conflict-kg/ontology#" in node.value
            ):
                offenders.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert offenders == []
