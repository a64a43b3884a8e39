"""Synthetic conflict-event graphs from 10k to millions of events, written straight to N-Quads.

:func:`conflict_extractions` makes :class:`kg.model.Extraction` objects with a realistic
shape: about six events per article, actors about a tenth of the events with a heavy-tailed
(Zipf) popularity, places about a hundredth, CAMEO codes weighted by root the way news event
data are (many statements and consultations, many fights, few mass violence), dates spread
over several years (mostly day precision, some month precision, a few undated), casualty
counts on violent events, reporting sources, publishers and one relation per article.

:class:`NQuadsWriter` turns one extraction into the N-Quads lines of its named graph with
plain string formatting. It mirrors :func:`kg.rdf.extraction_triples` (about fifty times
faster than building rdflib terms), and :func:`check_shape` proves it: it compares both
outputs quad for quad, so the named queries in ``kg/queries`` see the same graph shape that
``kg ingest`` writes.

Command line::

    python benchmarks/synthetic_graph.py --events 100k -o graph.nq    # write N-Quads
    python benchmarks/synthetic_graph.py --check                       # compare with kg.rdf

Everything is deterministic for a given ``seed``.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import itertools
import json
import random
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from kg.iris import (
    EXTRACTOR_IRI,
    actor_iri,
    document_iri,
    event_iri,
    evidence_iri,
    graph_iri,
    relation_iri,
)
from kg.model import (
    Document,
    Entity,
    Event,
    Evidence,
    Extraction,
    Mention,
    Quantity,
    Relation,
    Sentence,
)
from kg.namespaces import CKG, WD
from kg.ontology import CameoScheme, load_cameo_scheme

#: Bump when the generated graph changes, so cached files are rebuilt.
GENERATOR_VERSION = 2

_SYLLABLES = (
    "ka", "ri", "mo", "ta", "na", "lo", "ve", "sa", "du", "bi", "ren", "tor", "mal", "gan",
    "sol", "dar", "vik", "hel", "ami", "oru", "pel", "zan", "tek", "ush", "lir", "nob",
)  # fmt: skip
#: Actor classes and their shares of the actor pool.
_ACTOR_TYPES = (
    ("Person", 0.34),
    ("GovernmentBody", 0.14),
    ("MilitaryUnit", 0.12),
    ("ArmedGroup", 0.12),
    ("Organization", 0.08),
    ("Country", 0.04),
    ("MediaOrganization", 0.10),
    ("InternationalOrganization", 0.06),
)
_PLACE_TYPES = (("City", 0.6), ("Region", 0.25), ("Facility", 0.15))
_SUFFIX = {
    "MilitaryUnit": "Brigade",
    "GovernmentBody": "Ministry",
    "ArmedGroup": "Front",
    "Organization": "Foundation",
    "MediaOrganization": "News",
    "InternationalOrganization": "Union",
    "Region": "Province",
    "Facility": "Airbase",
}
#: Relative frequency of CAMEO roots in news event data (statements, consultations and
#: fights dominate; mass violence is rare).
_ROOT_WEIGHTS = {
    "01": 10, "02": 6, "03": 5, "04": 15, "05": 7, "06": 3, "07": 3, "08": 3, "09": 2,
    "10": 3, "11": 6, "12": 3, "13": 4, "14": 3, "15": 2, "16": 2, "17": 4, "18": 6,
    "19": 12, "20": 1,
}  # fmt: skip
_START = dt.date(2019, 1, 1)


# ---------------------------------------------------------------------------- generation
def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _pool(
    rng: random.Random, n: int, types: Sequence[tuple[str, float]], tag: str, countries: int
) -> list[Entity]:
    names, weights = zip(*types, strict=True)
    out = []
    for i in range(n):
        typ = rng.choices(names, weights)[0]
        country = f"X{i % countries:02d}" if countries else None
        lat = lon = None
        if typ == "Person":
            label = f"{_name(rng, 2)} {_name(rng, 3)}"
        elif typ in ("Country", "City"):
            label = _name(rng, 3)
        else:
            label = f"{_name(rng, 2)} {_SUFFIX[typ]}"
        if typ in ("City", "Region", "Facility"):
            lat, lon = round(rng.uniform(-60, 70), 4), round(rng.uniform(-180, 180), 4)
        wikidata = f"Q{900000 + i}" if typ != "Person" or rng.random() < 0.3 else None
        aliases = (label, label.upper()) if rng.random() < 0.2 else ()
        out.append(
            Entity(
                key=f"syn-{tag}{i}",
                label=label,
                type=typ,
                aliases=aliases,
                country=country,
                wikidata=wikidata,
                lat=lat,
                lon=lon,
            )
        )
    return out


class _Zipf:
    """Pick items with weight ``1 / (rank + 1) ** exponent`` (the first is the most popular)."""

    def __init__(self, items: Sequence[Entity], exponent: float = 1.0) -> None:
        self.items = list(items)
        self.cum = list(
            itertools.accumulate(1.0 / (i + 1) ** exponent for i in range(len(self.items)))
        )
        self.total = self.cum[-1]

    def pick(self, rng: random.Random) -> Entity:
        return self.items[bisect.bisect(self.cum, rng.random() * self.total)]


@dataclass(frozen=True)
class GraphInfo:
    """What :func:`write_nquads` wrote."""

    events: int
    articles: int
    actors: int
    places: int
    quads: int
    bytes: int
    seconds: float
    #: IRI of the 100th most popular actor (used by the one-actor queries).
    sample_actor: str
    seed: int
    version: int = GENERATOR_VERSION


def sample_actor_key(n_events: int, seed: int = 0, rank: int = 100) -> str:
    """The key of the actor at popularity ``rank`` (1 = most popular) of a generated graph."""
    n_actors = max(20, n_events // 10)
    return f"syn-{seed}a{min(rank, n_actors) - 1}"


def conflict_extractions(
    n_events: int,
    seed: int = 0,
    *,
    events_per_article: int = 6,
    n_actors: int | None = None,
    n_places: int | None = None,
    years: int = 5,
) -> Iterator[Extraction]:
    """Generate articles whose extractions hold ``n_events`` events in total.

    Parameters
    ----------
    n_events : int
        Events over all articles.
    seed : int
        Seed of the random generator; equal seeds give equal output.
    events_per_article : int
        Events per article (the last article may have fewer).
    n_actors, n_places : int, optional
        Pool sizes (defaults ``n_events // 10`` and ``n_events // 100``, at least 20).
        Popularity is Zipf-like, so a few actors take part in many events.
    years : int
        Publication dates are spread over this many years from 2019-01-01.

    Yields
    ------
    kg.model.Extraction
        One per article; every event has an evidence sentence whose offsets point into
        the article text and a trigger span inside it.
    """
    rng = random.Random(seed)
    scheme = load_cameo_scheme()
    by_root: dict[str, list[str]] = {}
    for code in scheme.codes():
        if len(code) >= 3:
            by_root.setdefault(code[:2], []).append(code)
    roots = [r for r in _ROOT_WEIGHTS if r in by_root]
    root_cum = list(itertools.accumulate(_ROOT_WEIGHTS[r] for r in roots))
    countries = 60
    actors = _pool(rng, n_actors or max(20, n_events // 10), _ACTOR_TYPES, f"{seed}a", countries)
    places = _pool(rng, n_places or max(20, n_events // 100), _PLACE_TYPES, f"{seed}p", countries)
    media = [a for a in actors if a.type in ("MediaOrganization", "GovernmentBody")] or actors
    people = [a for a in actors if a.type == "Person"] or actors
    groups = [a for a in actors if a.type not in ("Person", "Country")] or actors
    pools = (_Zipf(actors), _Zipf(places, 1.1), _Zipf(media), _Zipf(people), _Zipf(groups))
    labels = {c: scheme.get(c).label for codes in by_root.values() for c in codes}
    days = 365 * years
    for index, first in enumerate(range(0, n_events, max(1, events_per_article))):
        count = min(events_per_article, n_events - first)
        root = roots[bisect.bisect(root_cum, rng.random() * root_cum[-1])]
        yield _article(rng, pools, by_root, root, labels, index, count, seed, days)


def _article(
    rng: random.Random,
    pools: tuple[_Zipf, _Zipf, _Zipf, _Zipf, _Zipf],
    by_root: dict[str, list[str]],
    topic: str,
    labels: dict[str, str],
    index: int,
    n_events: int,
    seed: int,
    days: int,
) -> Extraction:
    actors, places, media, people, groups = pools
    doc_id = f"syn-{seed}-{index:07d}"
    published = _START + dt.timedelta(days=rng.randrange(days))
    parts: list[str] = []
    sentences: list[Sentence] = []
    offset = 0
    used: dict[str, Entity] = {}
    events: list[Event] = []
    relations: list[Relation] = []

    def add(sentence: str) -> int:
        nonlocal offset
        start = offset
        parts.append(sentence)
        sentences.append(Sentence(len(sentences), start, start + len(sentence), sentence))
        offset += len(sentence) + 1
        return start

    publisher = media.pick(rng) if rng.random() < 0.6 else None
    mentions: tuple[Mention, ...] = ()
    if publisher is not None:
        used[publisher.key] = publisher
        line = f"{publisher.label.upper()} -"
        add(line)
        mentions = (
            Mention(0, len(line) - 2, line[:-2], publisher.key, "Organization", "dateline"),
        )
    for _ in range(n_events):
        # most events of an article share its topic (a battle report is mostly fighting)
        root = topic if rng.random() < 0.6 else rng.choice(list(by_root))
        code = rng.choice(by_root[root])
        src = actors.pick(rng)
        tgt = actors.pick(rng) if rng.random() < 0.8 else None
        if tgt is not None and tgt.key == src.key:
            tgt = None
        place = places.pick(rng) if rng.random() < 0.7 else None
        verb = labels[code].split(",")[0].lower()
        sentence = f"{src.label} {verb}"
        trig_at = len(src.label) + 1
        if tgt is not None:
            sentence += f" {tgt.label}"
        if place is not None:
            sentence += f" in {place.label}"
        reporter = media.pick(rng) if rng.random() < 0.2 else None
        if reporter is not None and reporter.key != src.key:
            sentence += f", {reporter.label} said"
        else:
            reporter = None
        sentence += "."
        start = add(sentence)
        for e in (src, tgt, place, reporter):
            if e is not None:
                used[e.key] = e
        roll = rng.random()
        date: str | None = None
        precision: str | None = None
        source: str | None = None
        if roll < 0.85:
            date = (published - dt.timedelta(days=rng.randrange(4))).isoformat()
            precision, source = "day", "text" if roll < 0.6 else "context"
        elif roll < 0.95:
            date, precision, source = published.isoformat()[:7], "month", "text"
        quantities: tuple[Quantity, ...] = ()
        if root in ("18", "19", "20") and rng.random() < 0.5:
            quantities = (Quantity("killed", float(rng.randrange(1, 60)), "exact"),)
            if rng.random() < 0.4:
                quantities += (Quantity("injured", float(rng.randrange(1, 200)), "at_least"),)
        joint = root == "04" and tgt is not None and rng.random() < 0.5
        events.append(
            Event(
                doc_id=doc_id,
                cameo=code,
                actors=(src.key, tgt.key) if joint and tgt else (src.key,),
                targets=() if joint or tgt is None else (tgt.key,),
                evidence=Evidence(
                    doc_id,
                    sentence,
                    start,
                    start + len(sentence),
                    f"syn.{root}",
                    round(rng.uniform(0.55, 0.95), 3),
                    trigger_start=start + trig_at,
                    trigger_end=start + trig_at + len(verb),
                ),
                place=place.key if place else None,
                date=date,
                date_precision=precision,
                date_source=source,
                quantities=quantities,
                negated=rng.random() < 0.03,
                hypothetical=rng.random() < 0.05,
                reported_by=(reporter.key,) if reporter else (),
                frame="joint" if joint else "directed",
            )
        )
    if rng.random() < 0.5:
        subj, pred, obj = groups.pick(rng), "locatedIn", places.pick(rng)
    else:
        subj, pred, obj = people.pick(rng), "memberOf", groups.pick(rng)
    if subj.key != obj.key:
        verb = "is based in" if pred == "locatedIn" else "is a member of"
        sentence = f"{subj.label} {verb} {obj.label}."
        start = add(sentence)
        evidence = Evidence(doc_id, sentence, start, start + len(sentence), "syn.relation", 0.8)
        relations.append(Relation(doc_id, subj.key, pred, obj.key, evidence))
        used[subj.key] = subj
        used[obj.key] = obj
    text = " ".join(parts)
    doc = Document(
        doc_id=doc_id,
        text=text,
        title=f"Synthetic report {index}",
        published=published,
        lang="en" if index % 2 else "id",
        url=f"https://example.org/news/{doc_id}",
        source="Synthetic Wire",
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
    return Extraction(
        document=doc,
        sentences=tuple(sentences),
        entities=tuple(sorted(used.values(), key=lambda e: e.key)),
        positions=(),
        mentions=mentions,
        events=tuple(events),
        relations=tuple(relations),
    )


# ---------------------------------------------------------------------------- N-Quads
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_SKOS_ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
_OWL_SAME = "<http://www.w3.org/2002/07/owl#sameAs>"
_DCT_TITLE = "<http://purl.org/dc/terms/title>"
_PROV_DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
_PROV_ATTRIBUTED = "<http://www.w3.org/ns/prov#wasAttributedTo>"
_PRECISION = {"day": "date", "month": "gYearMonth", "year": "gYear"}


def _lit(value: str) -> str:
    return f'"{value.translate(_ESCAPES)}"'


def _typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{_XSD}{datatype}>'


def _decimal(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class NQuadsWriter:
    """Serialise extractions as N-Quads, one named graph per article, like :mod:`kg.rdf`.

    Parameters
    ----------
    scheme : kg.ontology.CameoScheme, optional
        The CAMEO scheme (loaded when absent).
    """

    def __init__(self, scheme: CameoScheme | None = None) -> None:
        self.scheme = scheme or load_cameo_scheme()
        self._codes: dict[str, tuple[str, str, str]] = {}
        self._iris: dict[str, str] = {}
        self.p = {name: f"<{CKG[name]}>" for name in CKG.__annotations__}
        self.extractor = f"<{EXTRACTOR_IRI}>"

    def _actor(self, key: str) -> str:
        iri = self._iris.get(key)
        if iri is None:
            iri = self._iris[key] = f"<{actor_iri(key)}>"
        return iri

    def _code(self, code: str) -> tuple[str, str, str]:
        found = self._codes.get(code)
        if found is None:
            c = self.scheme.get(code)
            found = self._codes[code] = (f"<{c.event_class}>", f"<{c.concept}>", c.label)
        return found

    def _evidence(self, ev: Evidence, doc: str, out: list[str]) -> str:
        p = self.p
        node = f"<{evidence_iri(ev.doc_id, ev.start, ev.end)}>"
        out += [
            f"{node} {_RDF_TYPE} {p['Evidence']}",
            f"{node} {p['sentenceText']} {_lit(ev.sentence)}",
            f"{node} {p['startOffset']} {_typed(ev.start, 'integer')}",
            f"{node} {p['endOffset']} {_typed(ev.end, 'integer')}",
            f"{node} {p['inDocument']} {doc}",
            f"{node} {_PROV_DERIVED} {doc}",
        ]
        return node

    def triples(self, ext: Extraction) -> tuple[str, list[str]]:
        """The graph IRI (in angle brackets) and the ``s p o`` parts of every line."""
        p = self.p
        d = ext.document
        doc = f"<{document_iri(d.doc_id)}>"
        out = [
            f"{doc} {_RDF_TYPE} {p['Article']}",
            f"{doc} {p['docId']} {_lit(d.doc_id)}",
            f"{doc} {p['contentHash']} {_lit(d.content_hash)}",
        ]
        if d.title:
            out.append(f"{doc} {_DCT_TITLE} {_lit(d.title)}")
        if d.url:
            out.append(f"{doc} {p['url']} {_typed(d.url, 'anyURI')}")
        if d.published:
            out.append(f"{doc} {p['publishedDate']} {_typed(d.published.isoformat(), 'date')}")
        if d.lang:
            out.append(f"{doc} {p['language']} {_lit(d.lang)}")
        publisher = next((m.key for m in ext.mentions if m.rule == "dateline"), None)
        if publisher:
            out.append(f"{doc} {p['publisher']} {self._actor(publisher)}")
        out.append(f"{self.extractor} {_RDF_TYPE} {p['Extractor']}")
        out.append(f'{self.extractor} {_RDFS_LABEL} "conflict-kg rule-based extractor"')
        for ent in ext.entities:
            node = self._actor(ent.key)
            out.append(f"{node} {_RDF_TYPE} {p[ent.type]}")
            out.append(f"{node} {_RDFS_LABEL} {_lit(ent.label)}")
            out += [f"{node} {_SKOS_ALT} {_lit(a)}" for a in ent.aliases if a != ent.label]
            if ent.country:
                out.append(f"{node} {p['countryCode']} {_lit(ent.country)}")
            if ent.wikidata:
                out.append(f"{node} {p['wikidata']} {_lit(ent.wikidata)}")
                out.append(f"{node} {_OWL_SAME} <{WD[ent.wikidata]}>")
            if ent.lat is not None and ent.lon is not None:
                lat, lon = round(float(ent.lat), 6), round(float(ent.lon), 6)
                out.append(f"{node} {p['latitude']} {_typed(lat, 'decimal')}")
                out.append(f"{node} {p['longitude']} {_typed(lon, 'decimal')}")
        for ev in ext.events:
            e = ev.evidence
            start = e.trigger_start if e.trigger_start is not None else e.start
            end = e.trigger_end if e.trigger_end is not None else e.end
            node = f"<{event_iri(ev.doc_id, start, end, ev.cameo)}>"
            cls, concept, label = self._code(ev.cameo)
            ev_node = f"<{evidence_iri(ev.doc_id, e.start, e.end)}>"
            out += [
                f"{node} {_RDF_TYPE} {p['Event']}",
                f"{node} {_RDF_TYPE} {cls}",
                f"{node} {p['cameoCode']} {concept}",
                f"{node} {p['inDocument']} {doc}",
                f"{node} {p['rule']} {_lit(e.rule)}",
                f"{node} {p['confidence']} {_typed(round(e.confidence, 3), 'decimal')}",
                f"{node} {p['negated']} {_typed(str(ev.negated).lower(), 'boolean')}",
                f"{node} {p['hypothetical']} {_typed(str(ev.hypothetical).lower(), 'boolean')}",
                f"{node} {_PROV_DERIVED} {ev_node}",
                f"{node} {_PROV_ATTRIBUTED} {self.extractor}",
                f"{node} {_RDFS_LABEL} {_lit(f'{label} ({ev.cameo})')}",
            ]
            if e.trigger_start is not None and e.trigger_end is not None:
                trig = d.text[e.trigger_start : e.trigger_end]
                out.append(f"{node} {p['trigger']} {_lit(trig)}")
            role = p["hasParticipant"] if ev.frame == "joint" else p["hasSource"]
            out += [f"{node} {role} {self._actor(a)}" for a in ev.actors]
            out += [f"{node} {p['hasTarget']} {self._actor(t)}" for t in ev.targets]
            out += [f"{node} {p['reportedBy']} {self._actor(r)}" for r in ev.reported_by]
            if ev.place:
                out.append(f"{node} {p['atPlace']} {self._actor(ev.place)}")
            if ev.date:
                kind = _PRECISION.get(ev.date_precision or "day", "date")
                out.append(f"{node} {p['date']} {_typed(ev.date, kind)}")
                out.append(f"{node} {p['datePrecision']} {_lit(ev.date_precision or 'day')}")
                if ev.date_source:
                    out.append(f"{node} {p['dateSource']} {_lit(ev.date_source)}")
            for n, q in enumerate(ev.quantities):
                qn = f"<{node[1:-1]}/q/{n}-{q.kind}>"
                out += [
                    f"{node} {p['hasQuantity']} {qn}",
                    f"{qn} {_RDF_TYPE} {p['Quantity']}",
                    f"{qn} {p['quantityKind']} {_lit(q.kind)}",
                    f"{qn} {p['quantityValue']} {_typed(_decimal(q.value), 'decimal')}",
                    f"{qn} {p['approximation']} {_lit(q.approx)}",
                ]
            self._evidence(e, doc, out)
        for rel in ext.relations:
            pred = p[rel.predicate]
            s, o = self._actor(rel.subject), self._actor(rel.object)
            node = f"<{relation_iri(rel.doc_id, rel.subject, rel.predicate, rel.object)}>"
            e = rel.evidence
            out += [
                f"{s} {pred} {o}",
                f"{node} {_RDF_TYPE} {p['RelationAssertion']}",
                f"{node} {p['assertedSubject']} {s}",
                f"{node} {p['assertedPredicate']} {pred}",
                f"{node} {p['assertedObject']} {o}",
                f"{node} {p['inDocument']} {doc}",
                f"{node} {p['rule']} {_lit(e.rule)}",
                f"{node} {p['confidence']} {_typed(round(e.confidence, 3), 'decimal')}",
                f"{node} {_PROV_DERIVED} <{evidence_iri(rel.doc_id, e.start, e.end)}>",
                f"{node} {_PROV_ATTRIBUTED} {self.extractor}",
            ]
            self._evidence(e, doc, out)
        return f"<{graph_iri(d.doc_id)}>", list(dict.fromkeys(out))

    def nquads(self, ext: Extraction) -> str:
        """The N-Quads text of one article's named graph."""
        graph, lines = self.triples(ext)
        tail = f" {graph} .\n"
        return tail.join(lines) + tail if lines else ""


# ---------------------------------------------------------------------------- checks and files
def check_shape(n_events: int = 600, seed: int = 3) -> int:
    """Compare :class:`NQuadsWriter` with :func:`kg.rdf.extraction_triples`, quad for quad.

    Returns
    -------
    int
        The number of quads compared.

    Raises
    ------
    AssertionError
        When the two differ (the message shows a few differing quads).
    """
    import pyoxigraph as ox

    from kg.rdf import extraction_triples
    from kg.store import to_ox

    scheme = load_cameo_scheme()
    writer = NQuadsWriter(scheme)
    compared = 0
    for ext in conflict_extractions(n_events, seed):
        g, triples = extraction_triples(ext, scheme)
        graph = ox.NamedNode(str(g))
        expected = {ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph) for s, p, o in triples}
        got = set(ox.parse(writer.nquads(ext), ox.RdfFormat.N_QUADS))
        if got != expected:
            missing = sorted(map(str, expected - got))[:3]
            extra = sorted(map(str, got - expected))[:3]
            raise AssertionError(f"{ext.document.doc_id}: missing {missing}, unexpected {extra}")
        compared += len(expected)
    return compared


def write_nquads(path: Path, n_events: int, seed: int = 0) -> GraphInfo:
    """Write a generated graph of ``n_events`` events to ``path`` (N-Quads, UTF-8).

    A JSON file next to it (``path`` + ``.json``) records the :class:`GraphInfo`.
    """
    t0 = time.perf_counter()
    writer = NQuadsWriter()
    articles = quads = size = 0
    events = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for ext in conflict_extractions(n_events, seed):
            text = writer.nquads(ext)
            fh.write(text)
            articles += 1
            events += len(ext.events)
            quads += text.count("\n")
            size += len(text.encode("utf-8"))
    info = GraphInfo(
        events=events,
        articles=articles,
        actors=max(20, n_events // 10),
        places=max(20, n_events // 100),
        quads=quads,
        bytes=size,
        seconds=round(time.perf_counter() - t0, 2),
        sample_actor=str(actor_iri(sample_actor_key(n_events, seed))),
        seed=seed,
    )
    Path(str(path) + ".json").write_text(json.dumps(asdict(info), indent=1), encoding="utf-8")
    return info


def cached_nquads(workdir: Path, n_events: int, seed: int = 0) -> tuple[Path, GraphInfo]:
    """The N-Quads file of a generated graph in ``workdir``, written when missing or stale."""
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"synthetic-{n_events}-s{seed}.nq"
    meta = Path(str(path) + ".json")
    if path.exists() and meta.exists():
        raw = json.loads(meta.read_text(encoding="utf-8"))
        if raw.get("version") == GENERATOR_VERSION:
            return path, GraphInfo(**raw)
    return path, write_nquads(path, n_events, seed)


def store_marker(nquads: Path) -> dict[str, object]:
    """What a store loaded from ``nquads`` records next to itself (``<store>.json``)."""
    return {"nquads": str(nquads), "mtime": nquads.stat().st_mtime, "version": GENERATOR_VERSION}


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write a graph, or check the serialiser against :mod:`kg.rdf`."""
    from common import parse_sizes

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", default="10k", help="number of events, e.g. 10k, 1M")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-o", "--output", type=Path, help="N-Quads file to write")
    ap.add_argument("--check", action="store_true", help="compare with kg.rdf and exit")
    args = ap.parse_args(argv)
    if args.check:
        t0 = time.perf_counter()
        n = check_shape()
        print(
            f"OK: {n} quads identical to kg.rdf.extraction_triples ({time.perf_counter() - t0:.1f} s)"
        )
        return 0
    if args.output is None:
        ap.error("give -o FILE (or --check)")
    info = write_nquads(args.output, parse_sizes(args.events)[0], args.seed)
    print(json.dumps(asdict(info), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
