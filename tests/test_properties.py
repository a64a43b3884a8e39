"""Property tests (hypothesis): IRI minting, the text normaliser and its offsets, the
extract -> RDF -> store -> JSON Lines round trip, and a fuzz of the extractor on random
and hostile text.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.iris import (
    actor_iri,
    doc_slug,
    document_iri,
    event_iri,
    evidence_iri,
    graph_iri,
    relation_iri,
)
from kg.readers import make_document
from kg.text import MAX_SENTENCE_CHARS, SentenceSplitter, normalize, tokenize

FAST = settings(max_examples=150, deadline=None)
SLOW = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# any code point, lone surrogates included (JSON can carry them: "\ud800")
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
#: characters that IRIREF forbids in Turtle/N-Triples/SPARQL, and controls
IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f]')


def assert_valid_iri(iri: str) -> None:
    assert not IRI_FORBIDDEN.search(iri), iri
    ox.NamedNode(iri)  # Oxigraph's IRI parser accepts it
    assert iri.startswith("https://w3id.org/conflict-kg/id/")


# --------------------------------------------------------------------------- IRIs
@FAST
@given(any_text, any_text)
@example("\ud800", "\ufffd")
@example("a/b", "a%2Fb")
def test_document_iris_are_valid_deterministic_and_injective(a, b):
    for doc in (a, b):
        for iri in (document_iri(doc), graph_iri(doc), evidence_iri(doc, 0, 5)):
            assert_valid_iri(str(iri))
    assert document_iri(a) == document_iri(a) and graph_iri(a) == graph_iri(a)
    assert (document_iri(a) == document_iri(b)) == (a == b)
    assert (graph_iri(a) == graph_iri(b)) == (a == b)
    assert document_iri(a) != graph_iri(b)
    assert "/" not in doc_slug(a)  # one path segment


@FAST
@given(any_text, any_text)
@example("position-x", "x")
@example("\udfff", "%ED%BF%BF")
def test_actor_iris_are_valid_and_injective(a, b):
    assert_valid_iri(str(actor_iri(a)))
    assert actor_iri(a) == actor_iri(a)
    assert (actor_iri(a) == actor_iri(b)) == (a == b)


spans = st.tuples(
    any_text, st.integers(0, 10**7), st.integers(0, 10**7), st.from_regex(r"\A\d{2,4}\Z")
)


@FAST
@given(spans, spans)
def test_event_iris_are_valid_and_injective(x, y):
    ex, ey = event_iri(*x), event_iri(*y)
    assert_valid_iri(str(ex))
    assert (ex == ey) == (x == y)
    assert (evidence_iri(*x[:3]) == evidence_iri(*y[:3])) == (x[:3] == y[:3])


@FAST
@given(
    st.tuples(any_text, any_text, any_text, any_text),
    st.tuples(any_text, any_text, any_text, any_text),
)
def test_relation_iris_are_valid_and_distinct(x, y):
    rx, ry = relation_iri(*x), relation_iri(*y)
    assert_valid_iri(str(rx))
    assert rx == relation_iri(*x)
    assert (rx == ry) == (x == y)


# --------------------------------------------------------------------------- text
def check_offsets(text: str) -> None:
    toks = tokenize(text)
    last = 0
    for t in toks:
        assert last <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        last = t.end
    sents = SentenceSplitter(["Mr.", "Jend.", "U.S."]).split(text)
    last = 0
    for i, s in enumerate(sents):
        assert s.index == i
        assert last <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text == s.text.strip()
        assert len(s.text) <= MAX_SENTENCE_CHARS
        last = s.end
    # nothing but white space falls between sentences
    covered = "".join(text[a.end : b.start] for a, b in itertools.pairwise(sents))
    assert not covered.strip()


hostile_words = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "</script>",
        "javascript:alert(1)",
        '"',
        "'",
        "\u202e",
        "\u200f",
        "\u200b",
        "\U0001f4a3",
        "\ufeff",
        "\x00",
        "\r\n",
        "\n\n",
        "{}|\\^`",
        "<>",
        "]]>",
        "-->",
        "&amp;",
        "%00",
        "Russia",
        "shelled",
        "Kharkiv",
        "killing",
        "3",
        "people",
        "on",
        "Monday",
        "12 March 2087",
        "1 January 0001",
        "(31/2/2022)",
        "(3/4)",
        "last week",
        "99999999999999999999999",
        "1e30",
        "said",
        "menewaskan",
        "orang",
        "pada",
        "hari",
        "Kamis",
        "pekan lalu",
        "Jenderal",
        "Presiden",
        "kata",
        "according to",
        ".",
        ",",
        "...",
        "!?",
        " ",
        "U.S.",
        "A.S.",
        "Mr.",
        "J.",
        "-",
        "\u2014",
        "Rusia",
        "menyerang",
        "Ukraina",
        "Gaza",
        "Lloyd Austin",
        "Menteri Pertahanan",
        "5,5 juta",
        "1.000.000",
        "ribuan",
    ]
)
hostile_text = st.lists(st.one_of(hostile_words, any_text.map(lambda s: s[:12])), max_size=80).map(
    " ".join
)


@FAST
@given(st.one_of(any_text, hostile_text))
@example("Russia shelled Kharkiv " * 500)
@example("x" * 10_000)
@example("\ud800\udfff\ud83d")
def test_normalize_never_raises_and_keeps_offsets_valid(text):
    norm = normalize(text)
    assert isinstance(norm, str)
    norm.encode("utf-8")  # always encodable (lone surrogates are replaced)
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff\r]", norm)
    assert norm == norm.strip()
    check_offsets(norm)
    doc = make_document(text, doc_id="d")
    assert doc.text == norm
    if doc.dateline:
        assert 0 <= doc.dateline[0] < doc.dateline[1] <= len(norm)


@FAST
@given(any_text)
def test_offsets_are_valid_on_unnormalised_text(text):
    check_offsets(text)


# --------------------------------------------------------------------------- readers
json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | any_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "text", "title", "published", "lang", "url", "source", "x"]),
        inner, max_size=6),
    max_leaves=12,
)  # fmt: skip
file_bytes = st.one_of(
    st.binary(max_size=3000),
    st.lists(json_like, max_size=5).map(lambda xs: "\n".join(map(repr, xs)).encode()),
    st.tuples(st.lists(json_like, max_size=5), st.sampled_from(["utf-8", "utf-16", "latin-1"]))
    .map(lambda t: "\n".join(json.dumps(x) for x in t[0]).encode(t[1], "replace")),
    st.tuples(hostile_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"]))
    .map(lambda t: t[0].encode(t[1], "replace")),
)  # fmt: skip


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return tmp_path_factory.mktemp("files")


@SLOW
@given(file_bytes, st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".pdf", ""]))
@example(b"[" * 100_000, ".json")
@example(b"[]", ".json")
@example(b"---\npublished: 2022-13-45\ntitle: [1]\n---\nbody", ".md")
@example(b'{"text": "a\\ud800b", "id": "\\udfff"}', ".jsonl")
def test_readers_never_raise(scratch, data, ext):
    from kg.readers import read_paths

    path = scratch / f"in{ext}"
    path.write_bytes(data)
    records = list(read_paths([path]))
    assert records
    for rec in records:
        assert (rec.document is None) != (rec.error is None)
        if rec.error is not None:
            assert str(rec.error).startswith(str(path)) and "\n" not in str(rec.error)
        else:
            rec.document.text.encode("utf-8")
            rec.document.doc_id.encode("utf-8")


# --------------------------------------------------------------------------- round trip
ACTORS = {
    "en": [
        "Russia",
        "Ukraine",
        "Israel",
        "Iran",
        "Hamas",
        "Turkey",
        "NATO",
        "China",
        "the United States",
        "Hezbollah",
    ],
    "id": [
        "Rusia",
        "Ukraina",
        "Israel",
        "Iran",
        "Hamas",
        "Turki",
        "NATO",
        "China",
        "Amerika Serikat",
    ],
}
CITIES = ["Kharkiv", "Kyiv", "Gaza", "Beirut", "Odesa", "Brussels", "Stuttgart"]
DAYS = {"en": ["Monday", "Tuesday", "Thursday", "Sunday"], "id": ["Senin", "Selasa", "Kamis"]}
TEMPLATES = {
    "en": [
        "{a} shelled {c} on {d}, killing {n} civilians.",
        "{a} held talks with {b} in {c} on {d}.",
        "{a} called for a ceasefire in {c}.",
        "{a} spoke by telephone with {b} on {d}.",
        "{a} condemned the attack on {c}.",
        "{a} accused {b} of attacking {c}.",
    ],
    "id": [
        "{a} menyerang {c} pada hari {d}, menewaskan {n} warga sipil.",
        "{a} berbicara melalui telepon dengan {b} pada hari {d}.",
        "{a} menyerukan gencatan senjata di {c}.",
        "{a} mengecam serangan di {c}.",
    ],
}


@st.composite
def articles(draw):
    lang = draw(st.sampled_from(["en", "id"]))
    n = draw(st.integers(1, 4))
    sentences = []
    for _ in range(n):
        t = draw(st.sampled_from(TEMPLATES[lang]))
        a, b = draw(st.lists(st.sampled_from(ACTORS[lang]), min_size=2, max_size=2, unique=True))
        sentence = t.format(
            a=a,
            b=b,
            c=draw(st.sampled_from(CITIES)),
            d=draw(st.sampled_from(DAYS[lang])),
            n=draw(st.integers(1, 5000)),
        )
        sentences.append(sentence[0].upper() + sentence[1:])
    published = draw(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
    return lang, " ".join(sentences), published


def _event_key(r):
    return (
        r["id"],
        r["doc"],
        r["type"],
        r["cameo"],
        sorted(a["id"] for a in r["actors"]),
        sorted(a["id"] for a in r["targets"]),
        r["place"]["id"] if r["place"] else None,
        r["date"],
        # a set: RDF holds one quantity node per kind, so a repeated identical count is one
        sorted({(q["kind"], float(q["value"]), q["approx"]) for q in r["quantities"]}),
        r["negated"],
        r["hypothetical"],
        sorted(a["id"] for a in r["reported_by"]),
        {k: r["evidence"][k] for k in ("doc", "sentence", "start", "end")},
        r["rule"],
        round(r["confidence"], 3),
    )


def _relation_key(r):
    return (
        r["id"],
        r["doc"],
        r["subject"]["id"],
        r["predicate"],
        r["object"]["id"],
        {k: r["evidence"][k] for k in ("doc", "sentence", "start", "end")},
        r["rule"],
        round(r["confidence"], 3),
    )


@pytest.fixture(scope="module")
def scheme():
    from kg.ontology import load_cameo_scheme

    return load_cameo_scheme()


@SLOW
@given(articles(), st.text(min_size=1, max_size=12))
def test_extract_rdf_store_jsonl_round_trip(extractor, scheme, article, doc_id):
    from kg.export import store_records
    from kg.jsonl import extraction_records
    from kg.rdf import extraction_triples
    from kg.store import open_store

    lang, text, published = article
    ext = extractor.extract_text(text, lang=lang, published=published, doc_id=doc_id)
    assert ext.events  # every template states an event
    extracted = list(extraction_records(ext, scheme))
    store = open_store("memory")
    graph, triples = extraction_triples(ext, scheme)
    store.write_documents({graph: triples})
    exported = list(store_records(store))
    for kind, key in (("event", _event_key), ("relation", _relation_key)):
        want = sorted(key(r) for r in extracted if r["kind"] == kind)
        got = sorted(key(r) for r in exported if r["kind"] == kind)
        assert got == want, kind
    # writing the same article again changes nothing (same IRIs, same triples)
    before = sorted(map(str, store.quads()))
    store.write_documents({graph: extraction_triples(ext, scheme)[1]})
    assert sorted(map(str, store.quads())) == before


# --------------------------------------------------------------------------- fuzz
@SLOW
@given(
    st.one_of(hostile_text, any_text),
    st.sampled_from([None, "fr"]),
    st.one_of(st.none(), st.dates()),
)
@example("Russia shelled Kharkiv " * 450, None, dt.date(2022, 5, 20))  # a 10k-char sentence
@example("Rusia menyerang Kharkiv " * 420, None, dt.date(1, 1, 1))
@example("on Thursday, last week, on May 3, next month (3/4) last year", None, dt.date(1, 1, 1))
@example(
    "on Thursday, last week, on May 3, next month (3/4) next year", None, dt.date(9999, 12, 31)
)
@example("Kamis, pekan lalu, 3 Mei, (3/4), bulan depan, tahun lalu", None, dt.date(1, 1, 3))
def test_the_extractor_never_raises_on_hostile_text(extractor, scheme, text, lang, published):
    """Each text goes through both language packs, and through detection (or "fr")."""
    for as_lang in ("en", "id", lang):
        check_extraction(extractor, scheme, text, as_lang, published)


def check_extraction(extractor, scheme, text, lang, published) -> None:
    from kg.rdf import extraction_triples
    from kg.store import update_text

    ext = extractor.extract_text(text, lang=lang, published=published, doc_id="fuzz <\n>")
    doc = ext.document.text
    for ev in (*ext.events, *(r for r in ext.relations)):
        e = ev.evidence
        assert 0 <= e.start < e.end <= len(doc) and doc[e.start : e.end] == e.sentence
        if e.trigger_start is not None:
            assert e.start <= e.trigger_start < e.trigger_end <= e.end
    for m in ext.mentions:
        assert doc[m.start : m.end] == m.text
    for ev in ext.events:
        for q in ev.quantities:
            assert 0 < q.value <= 1e10
        if ev.date:
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", ev.date) and ev.date[:4] != "0000"
    graph, triples = extraction_triples(ext, scheme)
    # the triples make a valid SPARQL update that Oxigraph applies
    store = ox.Store()
    store.update(update_text({graph: triples}))
    assert len(store) == len(triples)
