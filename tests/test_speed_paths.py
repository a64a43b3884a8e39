"""The fast paths of the extractor give what the slow paths they replace give."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.dates import _dateparser_parse, parse_day_month
from kg.langpack import LanguagePack
from kg.ontology import resource_dir
from kg.readers import make_document
from kg.text import KeywordScan, normalize, text_view


@pytest.fixture(scope="module")
def packs() -> dict[str, LanguagePack]:
    return {lang: LanguagePack.load(resource_dir("data") / "lang" / lang) for lang in ("id", "en")}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_day_month_reading_matches_dateparser_for_every_month_word(packs, lang):
    months = packs[lang].cues.months
    for word in months:
        for w in (word, word.title()):
            for day in ("1", "07", "29", "31", "32"):
                texts = [f"{day} {w} 2023", f"{day} {w}.", f"{w} {day}, 2024", f"{w} {day}th"]
                for text in texts:
                    expected = _dateparser_parse(
                        text if re.search(r"\d{4}", text) else f"{text} 2000", lang
                    )
                    assert parse_day_month(text, months, lang) == expected, text


def test_keyword_scan_finds_what_finditer_finds():
    rx = re.compile(
        r"(?<![\w])(?:(?:at\s+least|about)\s+)?(?:\d+|two|dozens)\s+(?:people\s+)?(?:killed|dead)",
        re.IGNORECASE,
    )
    scans = [
        KeywordScan(rx, ["at least", "about", "two", "dozens"]),
        # every first word of a match is whole here: white space follows it
        KeywordScan(rx, ["at least", "about", "two", "dozens"], whole_words=True),
        # first words that are not letters and digits alone take the other search
        KeywordScan(rx, ["at least", "about", "two", "dozens", "x-ray"], whole_words=True),
    ]
    texts = [
        "At least 12 people killed; two dead and DOZENS killed, x5 dead, 2022 dead.",
        "about\n3 killed, Two  dead",
        "Üçüncü: at least 4 killed",  # not ASCII
        "Kyïv: AT LEAST 4 killed, about 7 dead",
        "atleaſt: at leaſt 4 killed; İİ about 2 dead; abouT 3 dead",  # "ſ" is "s" to re
        "Dıyarbakır: at least 5 killed, Abouı 6 dead",  # "ı" is "i" to re
        "İstanbul: at least 6 killed",  # "İ" lower-cased is two characters
        "",
        "abouttwo: two two killed, about about 3 dead, at-least 4 dead",
    ]
    for scan in scans:
        _assert_scan_is_finditer(scan, rx, texts)


def test_keyword_scan_with_characters_anywhere_finds_what_finditer_finds():
    # a quoted name before a noun may open right after a letter ("Putin's 'Z' plant")
    rx = re.compile(
        r"(?<!\w)(?P<noun>plant|power station)\s+'[^']{2,40}'|'[^']{2,40}'\s+(?:plant)(?!\w)",
        re.IGNORECASE,
    )
    scan = KeywordScan(rx, ["plant", "power station"], whole_words=True, anywhere="'")
    texts = [
        "Putin's 'Azot' plant, the power station 'Zaporizhzhia' and x'Yy' plant, plant 'Ab'",
        "POWER STATION 'Ok one' and plants 'no', 'Kyïv' plant",
        "İstanbul 'Azot' plant",
        "'ab' plant",
        "",
    ]
    _assert_scan_is_finditer(scan, rx, texts)
    found = scan.finditer("the power station 'Zaporizhzhia' and x'Yy' plant, plant 'Ab'")
    assert [m.group() for m in found] == [
        "power station 'Zaporizhzhia'",
        "'Yy' plant",
        "plant 'Ab'",
    ]


def _assert_scan_is_finditer(scan: KeywordScan, rx: re.Pattern[str], texts: list[str]) -> None:
    for text in texts:
        assert [m.span() for m in scan.finditer(text)] == [m.span() for m in rx.finditer(text)]
        # with the text's view (lower case and digits made once for several scans)
        view = text_view(text)
        assert [m.span() for m in scan.finditer(text, view=view)] == [
            m.span() for m in rx.finditer(text)
        ]
        assert [m.span() for m in scan.finditer(text, 3, max(len(text) - 2, 3), view)] == [
            m.span() for m in rx.finditer(text, 3, max(len(text) - 2, 3))
        ]
        assert [m.span() for m in scan.finditer(text, 3, max(len(text) - 2, 3))] == [
            m.span() for m in rx.finditer(text, 3, max(len(text) - 2, 3))
        ]


def _normalize_plainly(text: str) -> str:
    """``kg.text.normalize`` as first written: every substitution over the whole text."""
    from kg.text import _CONTROL, _QUOTES, _ZERO_WIDTH, SURROGATES

    text = unicodedata.normalize("NFC", SURROGATES.sub("\ufffd", text))
    text = text.translate(_ZERO_WIDTH).translate(_QUOTES)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    text = re.sub(r"(?<=\s)-(?=[^\W\d_])", "- ", text)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"(?<=[a-z]{2})(?=[A-Z][a-z])", " ", text)
    text = re.sub(r"(?<=[a-z]{3}[.!?])(?=[A-Z][a-z])", " ", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


_NORMALIZE_PIECES = st.sampled_from(
    ["a", "ab", "abc", "Ab", "A", ".", "!", "-", " ", "  ", "\t", "\n", "\r", "\u200b", "\u00ad",
     "\u201c", "\u2014", "\u00a0", "\u2009", "é", "1", "_", "\x07", "Kyiv", "said.The", "x -Y"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_NORMALIZE_PIECES, st.text(max_size=4)), max_size=40).map("".join))
def test_normalize_matches_the_plain_substitutions(text):
    assert normalize(text) == _normalize_plainly(text)


@pytest.fixture(scope="module")
def finder_en(packs):
    from kg.quantities import QuantityFinder

    return QuantityFinder(packs["en"].cues)


_SINGLE_PIECES = st.sampled_from(
    ["a", "an", "one", "A", "Ukrainian", "O'Neil-Smith", "soldier", "civilian", "police",
     "officer", "was", "has been", "killed", "dead", "death", "toll", "kills", "injured", " ",
     "  ", "\n", ",", ".", "-", "'", "’", "(", "\"", "_", "1", "x", "İ", "ſ", "ı", "é"]
)  # fmt: skip


@given(st.lists(_SINGLE_PIECES, max_size=30).map("".join), st.integers(0, 5))
@settings(max_examples=300, deadline=None)
def test_single_person_counts_scan_only_stretches_that_can_hold_them(finder_en, text, cut):
    """``QuantityFinder._single_matches`` gives what ``finditer`` over the whole text gives."""
    finder = finder_en
    assert finder._single is not None and finder._single_filter is not None
    for start, end in ((0, len(text)), (min(cut, len(text)), max(len(text) - cut, cut))):
        end = max(start, min(end, len(text)))
        fast = [m.span() for m in finder._single_matches(text, start, end)]
        assert fast == [m.span() for m in finder._single.finditer(text, start, end)]


def _candidates_plainly(pack: LanguagePack, text: str, start: int, end: int) -> list:
    """``LanguagePack._candidates`` as first written: Aho-Corasick over the anchor words and
    every rule of an anchor tried at each of its occurrences (no prefilter)."""
    import ahocorasick

    from kg.langpack import TriggerMatch, _anchors

    index: dict[str, list[int]] = {}
    for i, rule in enumerate(pack.rules):
        for pat in rule.patterns:
            for a in _anchors(pat):
                index.setdefault(a, []).append(i)
    automaton = ahocorasick.Automaton()
    for word, ids in index.items():
        automaton.add_word(word, (len(word), word.endswith("-"), sorted(set(ids))))
    automaton.make_automaton()
    low = text[start:end].lower()
    if len(low) != end - start:
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text[start:end])
    found, seen, size = [], set(), len(low)
    for e, (length, hyphen, ids) in automaton.iter(low):
        s = e - length + 1
        if (s and low[s - 1].isalnum()) or (e + 1 < size and low[e + 1].isalnum() and not hyphen):
            continue
        for i in ids:
            if (s, i) in seen:
                continue
            seen.add((s, i))
            m = pack.rules[i].regex.match(text, start + s, end)
            if m is not None:
                found.append(TriggerMatch(pack.rules[i], m.start(), m.end(), m.group()))
    return found


def _pattern_instances(pack: LanguagePack, seed: int = 7) -> list[str]:
    """Texts each pattern of ``pack`` matches (a random alternative of each group, zero to
    four words for ``*``), some cut short, in random case."""
    import random

    from kg.langpack import _expand_groups

    rnd = random.Random(seed)
    words = ["the", "a", "big", "Kyiv", "of", "in"]
    out = []
    for rule in pack.rules:
        for pat in rule.patterns:
            for _ in range(3):
                toks = []
                for tok in _expand_groups(pat).split():
                    if tok in ("*", "**"):
                        toks.extend(
                            rnd.choice(words) for _ in range(rnd.randint(0, 3 * len(tok) + 1))
                        )
                    elif tok.startswith("(") and tok.endswith(")"):
                        toks.append(rnd.choice(tok[1:-1].split("|")).replace("\u0001", " "))
                    else:
                        toks.append(tok)
                if rnd.random() < 0.3:
                    toks = toks[: rnd.randint(1, len(toks))]
                text = " ".join(toks)
                out.append(rnd.choice([text, text.upper(), text.title(), text.lower()]))
    return out


@pytest.fixture(scope="module")
def trigger_pieces(packs) -> dict[str, list[str]]:
    return {lang: _pattern_instances(pack) for lang, pack in packs.items()}


_GLUE = st.sampled_from([" ", " ", "  ", "\n", ", ", ". ", "-", "'", "x", "İ", "ſ", "é", "1", ""])


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("after", [1, 10_000])
def test_trigger_candidates_match_the_plain_search(packs, trigger_pieces, lang, after):
    """Prefilters (``after`` occurrences before one is compiled) skip only rules that would
    not match: the candidates and their order are those of trying every rule."""
    import kg.langpack as langpack
    from kg.ontology import resource_dir

    pack = LanguagePack.load(resource_dir("data") / "lang" / lang)  # fresh prefilter caches
    pieces = st.sampled_from(trigger_pieces[lang])

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.tuples(pieces, _GLUE), min_size=1, max_size=12), st.integers(0, 6))
    def check(parts, cut):
        text = "".join(p + g for p, g in parts)
        for start, end in ((0, len(text)), (min(cut, len(text)), max(len(text) - cut, cut))):
            end = max(start, min(end, len(text)))
            fast = pack._candidates(text, start, end)
            plain = _candidates_plainly(pack, text, start, end)
            key = [(t.rule.rule_id, t.start, t.end, t.text) for t in fast]
            assert key == [(t.rule.rule_id, t.start, t.end, t.text) for t in plain]
            assert pack.find_triggers(text, start, end) == pack._choose(plain, start, end)

    old = langpack._PREFILTER_AFTER, langpack._PREFILTER_MIN_RULES
    langpack._PREFILTER_AFTER, langpack._PREFILTER_MIN_RULES = after, 2
    try:
        check()
    finally:
        langpack._PREFILTER_AFTER, langpack._PREFILTER_MIN_RULES = old


_TOKEN_PIECES = st.sampled_from(
    ["a", "Ab", "juta", "Mr", "A.S", "U.S.", "e.g", "5", "5,5", "1.000", "x5", "_", ".", "..",
     ",", "-", "'", "’", " ", "  ", "\n", "abcDef", "SerikatDonald", "McDonald", "iPhone", "é",
     "İ", "ß", "Σ", "ΟΔΟΣ", "dell'", "anti-war", "o'clock", "(", ")", "!", "?"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_TOKEN_PIECES, st.text(max_size=3)), max_size=30).map("".join),
       st.integers(0, 4))  # fmt: skip
def test_tokenize_matches_the_token_by_token_reading(text, cut):
    """The fast path of ``tokenize`` (no case-change cut possible) gives the general one."""
    from kg.text import _tokenize_general, tokenize

    for start, end in ((0, len(text)), (min(cut, len(text)), max(len(text) - cut, cut))):
        end = max(start, min(end, len(text)))
        assert tokenize(text, start, end) == _tokenize_general(text, start, end)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_date_shapes_read_without_dateparser_are_read_so_by_dateparser(packs, lang):
    """Every shape of ``date_shapes.yaml`` is one dateparser reads as its day of its month
    (so ``parse_day_month`` gives what dateparser gives without asking it)."""
    from kg.dates import _shape_agrees

    cues = packs[lang].cues
    assert cues.date_shapes, "date_shapes.yaml missing"
    by_form = {form: m for w, m in cues.months.items() for form in (w, w.title(), w.upper())}
    for shape in cues.date_shapes:
        words = [w for w in shape.replace(".", " ").replace(",", " ").split() if w in by_form]
        assert len(words) == 1, shape
        assert _shape_agrees(shape, by_form[words[0]], lang), shape


def test_holders_by_kind_are_the_holders_of_a_scan_of_every_post():
    """``Gazetteer._holders`` (posts indexed by kind) gives what a scan of every post gives."""
    import datetime as dt

    from kg.gazetteer import Gazetteer

    gaz = Gazetteer.load(resource_dir("data") / "gazetteer")
    posts = [p for specs in gaz.positions.values() for p in specs]
    kinds = [*sorted({p.kind for p in posts}), "no-such-kind"]
    countries = [None, *sorted({p.country for p in posts if p.country})[:12], "XXX"]
    days = [
        None,
        dt.date(1990, 1, 1),
        dt.date(2014, 3, 1),
        dt.date(2022, 2, 24),
        dt.date(2025, 6, 18),
    ]
    for kind in kinds:
        for country in countries:
            for day in days:
                plain = [
                    person
                    for person, specs in gaz.positions.items()
                    for p in specs
                    if p.kind == kind
                    and (country is None or p.country == country)
                    and p.valid_on(day)
                ]
                assert gaz._holders(kind, country, day) == plain, (kind, country, day)


def _honorific_names_plainly(self, text, tokens, titles, sentences, out, claimed, stop):
    """``MentionFinder._honorific_names`` as first written: a walk over every token."""
    from kg.mentions import _tok_after

    hon = self.pack.cues.honorifics
    ranks = {r[0]: r for r in titles if r[2].rank}
    k = 0
    while k < len(tokens):
        t = tokens[k]
        nxt = k + 1
        if t.start in ranks:
            nxt = _tok_after(tokens, ranks[t.start][1])
        elif t.lower.rstrip(".") not in hon:
            k += 1
            continue
        if nxt < len(tokens) and tokens[nxt].text == ".":
            nxt += 1
        span = self._name_at(tokens, nxt, stop) if nxt < len(tokens) else None
        if span is None:
            k += 1
            continue
        a, b = span
        ns, ne = tokens[a].start, tokens[b - 1].end
        inst = None
        if t.start in ranks:
            inst = next(
                (
                    spec
                    for pos in range(t.start, ranks[t.start][1])
                    if (pos == t.start or not text[pos - 1].isalnum())
                    and (spec := self._institution_at(text, pos)) is not None
                ),
                None,
            )
        if any(ns < e and s < ne for s, e in claimed):
            known = next((m for m in out.mentions if m.start == ns and m.type == "Person"), None)
            if known is not None and inst is not None:
                out.services.append((known.key, inst[1].kind, known.sentence))
            k = b
            continue
        name = text[ns:ne]
        ent = self._surname_owner(name, out) or self._person_entity(name)
        if inst is not None:
            out.services.append((ent.key, inst[1].kind, self._sentence_of(sentences, ns)))
        self._add_named(out, claimed, ns, ne, ent, "honorific.name", sentences, text)
        k = b


_NAME_PIECES = st.sampled_from(
    ["Mr", "Mr.", "mr.", "Dr.", "Dr..", "Sir", "Lady", "analyst", "Gen.", "General", "Colonel",
     "Lt. Col.", "Air Force General", "President", "Bapak", "Jenderal", "Kolonel", "Pak", "Ibu",
     "John", "Smith", "Putin", "Vladimir", "Zelensky", "O'Neil", "Kyiv", "Ukraine", "said", "the",
     "of", "and", ",", ".", "'s", "Sergei Shoigu", "A.S.", "Prabowo", "Subianto"]
)  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en"])
def test_honorific_names_visit_the_openings_the_token_walk_visits(lang, monkeypatch):
    """``_honorific_names`` (only the tokens that open a name) finds what the walk over
    every token finds."""
    from kg.mentions import MentionFinder
    from kg.pipeline import Extractor

    extractor = Extractor.default()
    finder = extractor.tools(lang).mentions

    def mentions(text: str) -> tuple:
        doc = make_document(text, doc_id="t", lang=lang)
        sentences = extractor.tools(lang).splitter.split(doc.text)
        ms = finder.find(doc, sentences)
        return ms.mentions, ms.services, sorted(ms.entities)

    @settings(max_examples=120, deadline=None)
    @given(st.lists(_NAME_PIECES, min_size=1, max_size=25).map(" ".join))
    def check(text):
        fast = mentions(text)
        with monkeypatch.context() as mp:
            mp.setattr(MentionFinder, "_honorific_names", _honorific_names_plainly)
            plain = mentions(text)
        assert fast == plain

    check()


_LEXICAL = st.text(
    st.sampled_from(
        ["a", "Z", " ", '"', "'", "\\", "\n", "\r", "\t", "u", "0", "é", "İ", "€", "#"]
    ),
    max_size=12,
)


@example([("plain", '\n\\"')])  # rdflib's n3() writes this one as an unreadable long literal
@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            _LEXICAL.map(lambda s: ("plain", s)),
            _LEXICAL.map(lambda s: ("lang", s)),
            st.integers(-5, 10**6).map(lambda i: ("int", i)),
            st.sampled_from([0.0, -0.0, 0.5, 1e-7, 12.25]).map(lambda f: ("dec", f)),
            st.booleans().map(lambda b: ("bool", b)),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_insert_text_reads_as_oxigraphs_serialisation(values):
    """``update_text`` (IRIs and escaped one-line literals written directly) inserts the
    quads that the same update with Oxigraph's serialisation of every term inserts."""
    import pyoxigraph as ox
    from rdflib import XSD, Literal, URIRef

    from kg.store import update_text

    def literal(kind: str, value: object) -> Literal:
        if kind == "lang":
            return Literal(value, lang="en")
        if kind == "int":
            return Literal(value, datatype=XSD.integer)
        if kind == "dec":
            return Literal(value, datatype=XSD.decimal)
        return Literal(value)

    graph = URIRef("https://w3id.org/conflict-kg/id/graph/t")
    node = URIRef("https://w3id.org/conflict-kg/id/actor/x%20y")
    triples = [
        (node, URIRef(f"https://w3id.org/conflict-kg/ontology#p{n}"), literal(kind, value))
        for n, (kind, value) in enumerate(values)
    ]
    triples.append((node, URIRef("https://w3id.org/conflict-kg/ontology#q"), graph))

    def stored(update: str) -> object:
        store = ox.Store()
        try:
            store.update(update)
        except (SyntaxError, ValueError) as exc:  # the same refusal either way
            return type(exc)
        return sorted(str(q) for q in store)

    def nt(term: object) -> str:
        """The term in Oxigraph's own N-Triples form (rdflib's ``n3()`` writes some long
        literals it cannot read back, such as a newline, a backslash and a quote)."""
        if isinstance(term, Literal):
            dt = ox.NamedNode(str(term.datatype)) if term.datatype else None
            return str(ox.Literal(str(term), language=term.language, datatype=dt))
        return str(ox.NamedNode(str(term)))

    lines = " ".join(f"{nt(s)} {nt(p)} {nt(o)} ." for s, p, o in triples)
    plain = f"\nINSERT DATA {{ GRAPH {nt(graph)} {{ {lines} }} }}"
    assert stored(update_text({graph: triples})) == stored(plain)


def test_literal_cache_gives_the_literals_made_afresh():
    """``LiteralCache`` returns literals equal to new ones, lexical form included, for values
    that compare equal but differ in type or sign."""
    from rdflib import XSD, Literal

    from kg.rdf import LiteralCache

    values = [True, 1, 1.0, False, 0, 0.0, -0.0, "1", "true", "", "x", 0.9, 0.90000001]
    numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    cases = [(v, None) for v in values] + [
        (v, dt) for v in numbers for dt in (XSD.decimal, XSD.integer)
    ]
    cache = LiteralCache(size=7)  # small: it starts afresh several times
    for _ in range(2):
        for value, datatype in cases:
            made = cache(value, datatype)
            fresh = Literal(value, datatype=datatype)
            assert made.eq(fresh) and made == fresh, (value, datatype)
            assert (str(made), made.datatype, made.n3()) == (
                str(fresh),
                fresh.datatype,
                fresh.n3(),
            )


def _cameo_scheme_plainly() -> dict:
    """``load_cameo_scheme`` as first written: both files parsed by rdflib, read with its
    graph lookups."""
    from rdflib import RDF, RDFS, Literal, URIRef
    from rdflib.namespace import OWL, SKOS

    from kg.namespaces import CAMEO, CKG, PLOVER
    from kg.ontology import CameoCode, _local_name, load_ontology_graph

    graph = load_ontology_graph(include_cameo=True)
    event_classes = set(graph.transitive_subjects(RDFS.subClassOf, CKG.Event))
    event_classes &= set(graph.subjects(RDF.type, OWL.Class))
    codes = {}
    for concept in graph.subjects(SKOS.inScheme, URIRef(str(CAMEO))):
        notation = graph.value(concept, SKOS.notation)
        quad = graph.value(concept, CKG.quadClass)
        goldstein = graph.value(concept, CKG.goldstein)
        event_class = graph.value(concept, CKG.eventClass)
        assert isinstance(quad, Literal) and isinstance(goldstein, Literal)
        assert event_class in event_classes
        plover = graph.value(concept, CKG.ploverCategory)
        mode = graph.value(concept, CKG.ploverMode)
        code = str(notation)
        codes[code] = CameoCode(
            code=code,
            label=str(graph.value(concept, SKOS.prefLabel)),
            root=code[:2],
            quad_class=int(quad.toPython()),
            goldstein=float(goldstein.toPython()),
            plover=str(plover)[len(str(PLOVER)) :] if plover is not None else None,
            plover_mode=None if mode is None else str(mode),
            event_class=event_class,
            class_name=_local_name(event_class),
        )
    return codes


def test_cameo_scheme_read_by_oxigraph_is_the_one_rdflib_reads():
    """``load_cameo_scheme`` (the files parsed by Oxigraph) gives every code, annotation and
    event class that rdflib's reading of the files gives."""
    from kg.ontology import load_cameo_scheme

    scheme = load_cameo_scheme()
    plain = _cameo_scheme_plainly()
    assert len(plain) > 250
    assert {c.code: c for c in scheme} == plain
    for code in plain.values():
        assert type(code.quad_class) is int and type(code.goldstein) is float
        assert type(code.event_class) is type(scheme.get(code.code).event_class)


def _cue_in_window_plainly(phrases: list[str], window: list[str], first: list[str]) -> bool:
    """A cue phrase stands in ``window`` or opens ``first``: every phrase at every place."""
    for phrase in phrases:
        cue = phrase.split()
        if not cue:
            return True
        n = len(cue)
        if any(window[k : k + n] == cue for k in range(len(window) - n + 1)):
            return True
        if first[:n] == cue:
            return True
    return False


_CUE_WORDS = st.sampled_from(["will", "not", "no", "would", "be", "to", "going", "never", ""])


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.lists(_CUE_WORDS.filter(bool), max_size=3).map(" ".join), max_size=6),
    st.lists(_CUE_WORDS, max_size=8),
    st.lists(_CUE_WORDS.filter(bool), max_size=3),
)
def test_cue_words_by_first_word_find_what_every_phrase_finds(phrases, window, first):
    from kg.events import _CueWords

    cues = _CueWords.of(phrases)
    assert cues.in_window(window, first) == _cue_in_window_plainly(phrases, window, first)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.lists(_CUE_WORDS.filter(bool), min_size=2, max_size=3).map(" ".join), max_size=6),
    st.lists(_CUE_WORDS.filter(bool), max_size=8),
)
def test_cue_words_by_last_word_find_every_phrase_ending_a_window(phrases, window):
    """The last-word index finds exactly the longer cues that end a window."""
    from kg.events import _CueWords

    cues = _CueWords.of(phrases)
    plain = any(
        len(p.split()) <= len(window) and window[-len(p.split()) :] == p.split() for p in phrases
    )
    indexed = bool(window) and any(
        window[-len(c) :] == c for c in cues.by_last.get(window[-1], ()) if len(c) <= len(window)
    )
    assert indexed == plain


@pytest.mark.parametrize("lang", ["id", "en"])
def test_frame_words_are_the_lower_case_tokens(lang):
    from kg.pipeline import Extractor

    ex = Extractor.default()
    text = {
        "en": "On May 3, Russia's army shelled Kharkiv. The U.S. said it would send aid.",
        "id": "Pada 3 Mei, tentara Rusia menembaki Kharkiv. AS akan mengirim bantuan.",
    }[lang]
    doc = make_document(text, doc_id="t", lang=lang)
    tools = ex.tools(lang)
    sentences = tools.splitter.split(doc.text)
    frames = tools.events.frames(doc, sentences, tools.mentions.find(doc, sentences))
    for f in frames:
        assert f.lowers == [t.text.lower() for t in f.tokens]
        for a in range(f.sentence.start - 1, f.sentence.end + 2):
            for b in range(a, f.sentence.end + 2):
                expected = [t.lower for t in f.tokens if a <= t.start < b]
                assert f.words_between(a, b) == expected


def _speaker_names_plainly(self, text, tokens, sentences, out, claimed, stop):
    """``MentionFinder._speaker_names`` as first written: a walk over every token."""
    before = self.pack.cues.reporting_before
    after = {w for w in self.pack.cues.reporting_after if " " not in w}
    for k, t in enumerate(tokens):
        spans = []
        if t.lower in after and 0 < k < len(tokens) - 1 and tokens[k - 1].text in ",\"”'":
            span = self._name_at(tokens, k + 1, stop)
            if span is not None:
                spans.append(span)
        if t.lower in before and k >= 2:
            end = k - 1 if tokens[k - 1].text == "," else k
            j = end
            while j > 0 and end - j < 4 and tokens[j - 1].is_cap and tokens[j - 1].text.isalpha():
                j -= 1
            if j < end and (end == k or (j > 0 and tokens[j - 1].text == ",")):
                span = self._name_at(tokens, j, stop)
                if span is not None and span[1] == end:
                    spans.append(span)
        for a, b in spans:
            while b - a > 2 and self.gaz.find(tokens[a].text, self.lang):
                a += 1
            if b - a < 2:
                continue
            ns, ne = tokens[a].start, tokens[b - 1].end
            name = text[ns:ne]
            if (
                any(ns < e and s < ne for s, e in claimed)
                or any(w in stop for w in name.split())
                or self._is_known_non_person(name)
                or any(self.gaz.find(w, self.lang) for w in name.split())
            ):
                continue
            ent = self._person_entity(name)
            self._add_named(out, claimed, ns, ne, ent, "speaker.name", sentences, text)


def _given_name_people_plainly(self, text, tokens, sentences, out, claimed, stop):
    """``MentionFinder._given_name_people`` as first written: a walk over every token."""
    for k, t in enumerate(tokens[:-1]):
        if not (t.is_cap and t.text.isalpha() and self.gaz.is_given_name(t.text)):
            continue
        span = self._name_at(tokens, k, stop)
        if span is None or not 2 <= span[1] - span[0] <= 3:
            continue
        ns, ne = tokens[span[0]].start, tokens[span[1] - 1].end
        name = text[ns:ne]
        if (
            any(ns < e and s < ne for s, e in claimed)
            or any(w in stop for w in name.split())
            or self._is_known_non_person(name)
            or any(
                self.gaz.entities[h.alias.key].type != "Person"
                for w in name.split()[1:]
                for h in self.gaz.find(w, self.lang)
            )
        ):
            continue
        ent = self._surname_owner(name, out) or self._person_entity(name)
        self._add_named(out, claimed, ns, ne, ent, "given.name", sentences, text)


def _surnames_plainly(self, text, tokens, sentences, out, claimed, stop):
    """``MentionFinder._surnames`` as first written: a walk over every token."""
    from kg.model import Mention

    owners = {}
    for key, ent in out.entities.items():
        if ent.type == "Person" and len(ent.label.split()) >= 2:
            owners.setdefault(ent.label.split()[-1], key)
    for t in tokens:
        owner = owners.get(t.text)
        if owner is None or t.text in stop or any(t.start < e and s < t.end for s, e in claimed):
            continue
        sentence = self._sentence_of(sentences, t.start)
        mention = Mention(t.start, t.end, t.text, owner, "Person", "coref.surname", sentence)
        out.add(mention, out.entities[owner])
        claimed.append((t.start, t.end))


_SPEAKER_PIECES = st.sampled_from(
    ["Juri", "Ratas", "Oleksandr", "Kubrakov", "Olena", "Donald", "Washington", "Trump", "Putin",
     "Vladimir", "said", "says", "told", "mengatakan", "kata", "ujar", "Ukrainian", "President",
     "Kremlin", "Spokesman", "Michael", "Turner", "Republican", ",", '"', "'", ".", "the", "and",
     "Budi", "Santoso", "Joko", "Widodo", "Agus"]
)  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en"])
def test_name_passes_visit_the_tokens_the_token_walks_visit(lang, monkeypatch):
    """Speaker names, names opened by a given name and surnames read from the tokens that
    can open them find what the walks over every token find."""
    from kg.mentions import MentionFinder
    from kg.pipeline import Extractor

    extractor = Extractor.default()
    finder = extractor.tools(lang).mentions

    def mentions(text: str) -> tuple:
        doc = make_document(text, doc_id="t", lang=lang)
        sentences = extractor.tools(lang).splitter.split(doc.text)
        ms = finder.find(doc, sentences)
        return ms.mentions, ms.titled, sorted(ms.entities)

    @settings(max_examples=150, deadline=None)
    @given(st.lists(_SPEAKER_PIECES, min_size=1, max_size=30).map(" ".join))
    def check(text):
        fast = mentions(text)
        with monkeypatch.context() as mp:
            mp.setattr(MentionFinder, "_speaker_names", _speaker_names_plainly)
            mp.setattr(MentionFinder, "_given_name_people", _given_name_people_plainly)
            mp.setattr(MentionFinder, "_surnames", _surnames_plainly)
            plain = mentions(text)
        assert fast == plain

    check()
    # the pieces do make such names (the test compares more than empty results)
    if lang == "en":
        found = mentions('Meanwhile Juri Ratas came. Ratas left. "No," said Oleksandr Tkachuk.')
        assert {m.rule for m in found[0]} >= {"given.name", "coref.surname", "speaker.name"}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(1, 4)), max_size=12), st.integers(0, 40))
def test_alias_hits_by_end_are_the_hits_a_scan_finds(gaps, end):
    from kg.gazetteer import Alias, AliasMatch
    from kg.mentions import _AliasHits

    alias = Alias("X", "x")
    hits, pos = [], 0
    for gap, length in gaps:  # non-overlapping, in order, as Gazetteer.find gives them
        hits.append(AliasMatch(pos + gap, pos + gap + length, "x" * length, alias))
        pos += gap + length
    by_start = _AliasHits(hits)
    assert list(by_start.values()) == hits
    scan = next((m for m in hits if m.end in (end, end - 2, end - 1)), None)
    assert by_start.ending_near(end) == scan
    assert by_start.by_end.get(end) == next((m for m in hits if m.end == end), None)


# --------------------------------------------------------------------------- ingest writes
def _summary_plainly(triples):
    """``graph_summary`` as first written: every triple turned into strings."""
    from rdflib import RDFS

    from kg.dyads import article_tallies
    from kg.ontology import load_cameo_scheme

    text = [(str(s), str(p), str(o)) for s, p, o in triples]
    labels: dict[str, str] = {}
    labels.update((s, o) for s, p, o in text if p == str(RDFS.label))
    return article_tallies(text, load_cameo_scheme()), labels


def _keys(summary):
    tallies, labels = summary
    return {d: t.key() for d, t in tallies.items()}, labels


_EVENTS = [f"https://w3id.org/conflict-kg/id/event/d/{n}" for n in range(3)]
_ACTORS = [f"https://w3id.org/conflict-kg/id/actor/{a}" for a in ("rus", "ukr", "x y")]
_EVENT_FIELDS = st.fixed_dictionaries(
    {},
    optional={
        "hasSource": st.lists(st.sampled_from(_ACTORS), max_size=2),
        "hasTarget": st.lists(st.sampled_from(_ACTORS), max_size=2),
        "hasParticipant": st.lists(st.sampled_from(_ACTORS), max_size=2),
        "cameoCode": st.lists(st.sampled_from(["190", "193", "051", "999"]), max_size=1),
        "negated": st.lists(st.sampled_from(["false", "true"]), max_size=1),
        "hypothetical": st.lists(st.sampled_from(["false", "true"]), max_size=1),
        "date": st.lists(st.sampled_from(["2022-05-01", "2022-05", "2021-12-31"]), max_size=2),
        "rule": st.lists(st.just("r"), max_size=1),
    },
)
_OTHER = st.tuples(
    st.sampled_from(_EVENTS + _ACTORS),
    st.sampled_from(["label", "rule", "atPlace", "contentHash", "hasTarget"]),
    st.sampled_from([*_ACTORS, "a", "", "Kyiv"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_EVENT_FIELDS, max_size=3), st.lists(_OTHER, max_size=12), st.randoms())
def test_graph_summary_is_the_summary_of_every_triple(events, others, rng):
    """``graph_summary`` turns only the triples the tallies and labels read into strings:
    it gives what turning them all gives (random events, actors, labels, other triples)."""
    from rdflib import RDFS, XSD, Literal, URIRef

    from kg.namespaces import CKG
    from kg.store import graph_summary, prepare_graph

    def term(p: str, o: str) -> URIRef | Literal:
        if p == "cameoCode":
            return URIRef("https://w3id.org/conflict-kg/cameo/" + o)
        if o.startswith("https://"):
            return URIRef(o)
        if p in ("negated", "hypothetical"):
            return Literal(o, datatype=XSD.boolean)
        return Literal(o)

    triples = [
        (URIRef(event), CKG[p], term(p, o))
        for event, fields in zip(_EVENTS, events, strict=False)
        for p, values in fields.items()
        for o in values
    ]
    triples += [
        (URIRef(s), RDFS.label if p == "label" else CKG[p], term(p, o)) for s, p, o in others
    ]
    rng.shuffle(triples)
    assert _keys(graph_summary(triples)) == _keys(_summary_plainly(triples))
    assert _keys(prepare_graph(triples).summary) == _keys(_summary_plainly(triples))


def test_graph_summary_of_the_fixture_articles():
    """The same on real article graphs (which have dyads and labels to find)."""
    from kg.namespaces import CKG
    from kg.store import graph_summary, prepare_graph
    from tests.test_store import sample_graphs

    for triples in sample_graphs().values():
        plain = _keys(_summary_plainly(triples))
        assert plain[0] and plain[1]
        assert _keys(graph_summary(triples)) == plain
        prepared = prepare_graph(triples)
        assert _keys(prepared.summary) == plain
        assert prepared.size == len(triples)
        assert prepared.hashes == {str(s): str(o) for s, p, o in triples if p == CKG.contentHash}


def _all_quads(store) -> list[str]:
    return sorted(str(q) for q in store.oxigraph)


def test_prepared_writes_store_what_the_plain_update_stores():
    """``write_documents`` (prepared graphs; only graphs the store holds are dropped and
    read back for the summary) stores, after every write, exactly the quads of the update
    written as before: every graph dropped and read, the summary from all triples."""
    import random

    from kg.store import open_store, update_text
    from tests.test_store import sample_graphs

    fast, plain = open_store("memory"), open_store("memory")

    def write_plainly(graphs):
        summary = plain.summary_change(graphs, graphs)
        plain.oxigraph.update(update_text(graphs, summary))

    graphs = sample_graphs()
    (g1, t1), (g2, t2) = graphs.items()
    rng = random.Random(7)
    steps = [
        {g1: t1},  # a new graph
        {g1: t1, g2: t2},  # one stored, one new
        {g2: rng.sample(t2, len(t2) // 2)},  # a stored graph loses half its triples
        {g1: [t for t in t1 if "event" not in str(t[0])], g2: t2},  # events go, come back
        {g1: t1, g2: []},
    ]
    for step in steps:
        fast.write_documents(step)
        write_plainly(step)
        assert _all_quads(fast) == _all_quads(plain)
    assert fast.has_dyad_summary()


def _articles(path, n: int, changed: int):
    """Invented articles with ids repeated later with other texts (the later text wins)."""
    import json

    from tests.test_crash_safety import article

    rows = [article(i) for i in range(n)]
    for i in range(changed):
        again = article(i * 3)
        again["text"] = again["text"].replace("shelled", "bombed") + " Kyiv denied it."
        rows.insert(i * 5 + 2, again)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.slow
def test_ingest_in_worker_processes_stores_what_one_process_stores(tmp_path):
    """With ``jobs=2`` the workers make the articles' statements and summaries: the store
    holds exactly the quads that extracting and writing in one process gives (repeated
    document ids, small batches, and a second ingest that replaces stored graphs)."""
    from kg import api
    from kg.store import open_store

    first = _articles(tmp_path / "a.jsonl", 24, 4)
    second = _articles(tmp_path / "b.jsonl", 12, 6)  # changes stored articles
    dumps = []
    for jobs in (1, 2):
        store = open_store(str(tmp_path / f"store-{jobs}"))
        reports = [api.ingest([path], store, jobs=jobs, batch_size=4) for path in (first, second)]
        dumps.append((_all_quads(store), [(r.stored, r.unchanged, r.triples) for r in reports]))
        store.close()
    assert dumps[0] == dumps[1]
    assert dumps[0][1][0][0] > 0 and dumps[0][1][1][0] > 0


def test_a_worker_that_cannot_prepare_an_article_leaves_it_to_the_ingest(
    extractor, monkeypatch, tmp_path
):
    """A worker whose preparing fails sends the extraction without it; the ingest then
    prepares the article itself and meets the error there, as it did before workers
    prepared articles."""
    from kg import api
    from kg.rdf import LiteralCache
    from kg.readers import Record, make_document

    monkeypatch.setattr(api._WorkerState, "extractor", extractor)
    monkeypatch.setattr(api._WorkerState, "literals", LiteralCache())
    # the worker's code runs in this process here: it must not freeze the test process
    monkeypatch.setattr(api.gc, "freeze", lambda: None)
    text = "Russia shelled Kharkiv on Monday, killing two civilians."
    record = Record("t", make_document(text, doc_id="t", lang="en"), None, ())
    [(res, prepared)] = api._work_and_prepare([record])
    assert res.extraction is not None and prepared is not None

    def fail(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(api, "_prepare", fail)
    [(res, prepared)] = api._work_and_prepare([record])
    assert res.extraction is not None and prepared is None
    (tmp_path / "a.txt").write_text(f"A title\n\n{text}", encoding="utf-8")
    with pytest.raises(RuntimeError, match="boom"):
        api.ingest([tmp_path / "a.txt"], api.open_store("memory"))


def test_an_extraction_in_one_process_freezes_the_tables_of_the_languages_it_loads(tmp_path):
    """The language pack that the first article loads is frozen with the extractor while the
    extraction runs (full collections skip it), and everything is unfrozen at the end."""
    import gc

    from kg import api
    from kg.pipeline import Extractor

    (tmp_path / "a.txt").write_text(
        "A title\n\nRussia shelled Kharkiv on Monday, killing two civilians.", encoding="utf-8"
    )
    ex = Extractor.default()
    assert ex.languages_loaded == 0 and gc.get_freeze_count() == 0
    for res in api.extract([tmp_path / "a.txt"], lang="en", extractor=ex):
        assert res.extraction is not None and ex.languages_loaded == 1
        pack = ex.packs["en"]
        assert not any(o is pack for o in gc.get_objects())  # frozen objects are not listed
    assert gc.get_freeze_count() == 0
    assert any(o is pack for o in gc.get_objects())


def test_an_ingest_in_one_process_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    """The ingest freezes what exists when it starts (full collections then skip the
    extractor) and unfreezes it at the end, even when it fails; a program that keeps
    frozen objects of its own finds them frozen still."""
    import gc

    from kg import api

    (tmp_path / "a.txt").write_text(
        "A title\n\nRussia shelled Kharkiv on Monday, killing two civilians.", encoding="utf-8"
    )
    assert gc.get_freeze_count() == 0
    seen: list[int] = []
    report = api.ingest(
        [tmp_path / "a.txt"],
        api.open_store("memory"),
        on_record=lambda res: seen.append(gc.get_freeze_count()),
    )
    assert report.stored == 1 and seen[0] > 0
    assert gc.get_freeze_count() == 0

    def fail(res: object) -> None:
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError, match="stop"):
        api.ingest([tmp_path / "a.txt"], api.open_store("memory"), on_record=fail)
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        api.ingest([tmp_path / "a.txt"], api.open_store("memory"))
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
