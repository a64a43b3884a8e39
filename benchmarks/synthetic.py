"""Synthetic extractions for benchmarks and large-graph tests.

:func:`synthetic_extractions` makes :class:`kg.model.Extraction` objects that look like the
extractor's output (articles, actors with a heavy-tailed popularity, places, CAMEO-typed
events with dates and evidence sentences, a few relations), without running the extractor.
:func:`write_synthetic` maps them to triples with :func:`kg.rdf.extraction_triples` and
writes them to a store, so the store has exactly the graph shape real ingests produce.

Everything is deterministic for a given ``seed``.

>>> exts = synthetic_extractions(12, seed=1, events_per_article=4)
>>> len(exts), sum(len(e.events) for e in exts)
(3, 12)
>>> ev = exts[0].events[0]
>>> doc = exts[0].document
>>> doc.text[ev.evidence.start : ev.evidence.end] == ev.evidence.sentence
True
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import random
from collections.abc import Iterator, Sequence

from kg.model import Document, Entity, Event, Evidence, Extraction, Quantity, Relation, Sentence
from kg.ontology import CameoScheme, load_cameo_scheme
from kg.rdf import extraction_triples
from kg.store import KGStore

__all__ = ["synthetic_extractions", "write_synthetic"]

_SYLLABLES = (
    "ka", "ri", "mo", "ta", "na", "lo", "ve", "sa", "du", "bi", "ren", "tor", "mal", "gan",
    "sol", "dar", "vik", "hel", "ami", "oru", "pel", "zan", "tek", "ush", "lir", "nob",
)  # fmt: skip
_ACTOR_TYPES = (
    ("Person", 0.40),
    ("MilitaryUnit", 0.12),
    ("GovernmentBody", 0.12),
    ("ArmedGroup", 0.10),
    ("Organization", 0.08),
    ("Country", 0.08),
    ("MediaOrganization", 0.04),
    ("InternationalOrganization", 0.06),
)
_PLACE_TYPES = (("City", 0.6), ("Region", 0.25), ("Facility", 0.15))
_PREFIX = {
    "Person": "person",
    "MilitaryUnit": "org",
    "GovernmentBody": "org",
    "ArmedGroup": "org",
    "Organization": "org",
    "MediaOrganization": "org",
    "InternationalOrganization": "org",
    "Country": "country",
    "City": "place",
    "Region": "place",
    "Facility": "facility",
}
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
_START = dt.date(2022, 1, 1)


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _entities(
    rng: random.Random, n: int, types: Sequence[tuple[str, float]], tag: str
) -> list[Entity]:
    names, weights = zip(*types, strict=True)
    out = []
    for i in range(n):
        typ = rng.choices(names, weights)[0]
        if typ == "Person":
            label = f"{_name(rng, 2)} {_name(rng, 3)}"
        elif typ in ("Country", "City"):
            label = _name(rng, 3)
        else:
            label = f"{_name(rng, 2)} {_SUFFIX[typ]}"
        key = f"{_PREFIX[typ]}-syn-{tag}{i}"
        out.append(Entity(key=key, label=label, type=typ))
    return out


class _Pool:
    """Entities with Zipf-like popularity: the i-th is picked with weight 1 / (i + 1) ** s."""

    def __init__(self, items: Sequence[Entity], exponent: float = 1.0) -> None:
        self.items = list(items)
        self.cum_weights = list(
            itertools.accumulate(1.0 / (i + 1) ** exponent for i in range(len(self.items)))
        )

    def pick(self, rng: random.Random) -> Entity:
        return rng.choices(self.items, cum_weights=self.cum_weights)[0]


def _date(rng: random.Random) -> tuple[str | None, str | None]:
    roll = rng.random()
    day = _START + dt.timedelta(days=rng.randrange(365))
    if roll < 0.85:
        return day.isoformat(), "day"
    if roll < 0.95:
        return day.isoformat()[:7], "month"
    return None, None


def synthetic_extractions(
    n_events: int,
    seed: int = 0,
    *,
    events_per_article: int = 4,
    n_actors: int | None = None,
    n_places: int | None = None,
    relations_per_article: int = 1,
) -> list[Extraction]:
    """Generate extraction results with ``n_events`` events in total.

    Parameters
    ----------
    n_events : int
        Number of events over all articles.
    seed : int
        Seed of the random generator; equal seeds give equal output.
    events_per_article : int
        Events per article (the last article may have fewer).
    n_actors, n_places : int, optional
        Sizes of the actor and place pools (defaults: ``n_events // 2`` and
        ``n_events // 8``, at least 8 and 4). Popularity is heavy-tailed, so not every
        pooled actor takes part in an event.
    relations_per_article : int
        ``locatedIn`` / ``memberOf`` relations per article.

    Returns
    -------
    list of kg.model.Extraction
        One extraction per article; every event and relation has an evidence sentence
        whose offsets point into the article text.
    """
    rng = random.Random(seed)
    scheme = load_cameo_scheme()
    codes = [c for c in scheme.codes() if len(c) >= 3]
    actors = _entities(rng, n_actors or max(8, n_events // 2), _ACTOR_TYPES, f"{seed}a")
    places = _entities(rng, n_places or max(4, n_events // 8), _PLACE_TYPES, f"{seed}p")
    pools = (
        _Pool(actors),
        _Pool(places, 1.2),
        _Pool([a for a in actors if a.type == "Person"] or actors),
        _Pool([a for a in actors if a.type != "Person"] or actors),
    )
    out = []
    for art, first in enumerate(range(0, n_events, max(1, events_per_article))):
        count = min(events_per_article, n_events - first)
        out.append(_article(rng, scheme, codes, pools, art, count, relations_per_article, seed))
    return out


def _article(
    rng: random.Random,
    scheme: CameoScheme,
    codes: list[str],
    pools: tuple[_Pool, _Pool, _Pool, _Pool],
    index: int,
    n_events: int,
    n_relations: int,
    seed: int,
) -> Extraction:
    actors, places, people, groups = pools
    doc_id = f"syn-{seed}-{index:05d}"
    published = _START + dt.timedelta(days=rng.randrange(365))
    sentences: list[str] = []
    events: list[tuple[int, str, str, Entity, Entity | None, Entity | None, int, int]] = []
    text_parts: list[str] = []
    offset = 0
    used: dict[str, Entity] = {}

    def add_sentence(sentence: str) -> int:
        nonlocal offset
        start = offset
        text_parts.append(sentence)
        sentences.append(sentence)
        offset += len(sentence) + 1
        return start

    for _ in range(n_events):
        code = rng.choice(codes)
        label = scheme.get(code).label
        src = actors.pick(rng)
        tgt = actors.pick(rng) if rng.random() < 0.75 else None
        if tgt is not None and tgt.key == src.key:
            tgt = None
        place = places.pick(rng) if rng.random() < 0.6 else None
        phrase = label.split(",")[0].lower()
        sentence = f"{src.label} did this: {phrase}"
        trig_at = len(f"{src.label} did this: ")
        if tgt is not None:
            sentence += f" against {tgt.label}"
        if place is not None:
            sentence += f" in {place.label}"
        sentence += "."
        start = add_sentence(sentence)
        events.append((start, sentence, code, src, tgt, place, trig_at, len(phrase)))
        for e in (src, tgt, place):
            if e is not None:
                used[e.key] = e
    relations = []
    for _ in range(n_relations):
        if rng.random() < 0.5:
            subj, pred, obj = groups.pick(rng), "locatedIn", places.pick(rng)
        else:
            subj, pred, obj = people.pick(rng), "memberOf", groups.pick(rng)
        if subj.key == obj.key:
            continue
        verb = "is based in" if pred == "locatedIn" else "is a member of"
        sentence = f"{subj.label} {verb} {obj.label}."
        start = add_sentence(sentence)
        evidence = Evidence(doc_id, sentence, start, start + len(sentence), "syn.rel", 0.8)
        relations.append(Relation(doc_id, subj.key, pred, obj.key, evidence))
        used[subj.key] = subj
        used[obj.key] = obj
    text = " ".join(text_parts)
    doc = Document(
        doc_id=doc_id,
        text=text,
        title=f"Synthetic report {index}",
        published=published,
        lang="en",
        url=f"https://example.org/news/{doc_id}",
        source="Synthetic Wire",
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
    model_events = []
    for start, sentence, code, src, tgt, place, trig_at, trig_len in events:
        date, precision = _date(rng)
        joint = code.startswith("04") and tgt is not None and rng.random() < 0.5
        quantities: tuple[Quantity, ...] = ()
        if code.startswith(("18", "19", "20")) and rng.random() < 0.5:
            quantities = (Quantity("killed", float(rng.randrange(1, 40)), "exact"),)
        model_events.append(
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
                    "syn.event",
                    round(rng.uniform(0.6, 0.95), 3),
                    trigger_start=start + trig_at,
                    trigger_end=start + trig_at + trig_len,
                ),
                place=place.key if place else None,
                date=date,
                date_precision=precision,
                quantities=quantities,
                frame="joint" if joint else "directed",
            )
        )
    sents = []
    pos = 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(i, pos, pos + len(s), s))
        pos += len(s) + 1
    return Extraction(
        document=doc,
        sentences=tuple(sents),
        entities=tuple(sorted(used.values(), key=lambda e: e.key)),
        positions=(),
        mentions=(),
        events=tuple(model_events),
        relations=tuple(relations),
    )


def _batches(items: Sequence[Extraction], size: int) -> Iterator[Sequence[Extraction]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def write_synthetic(
    store: KGStore,
    n_events: int,
    seed: int = 0,
    *,
    batch_size: int = 100,
    **options: int,
) -> list[Extraction]:
    """Write :func:`synthetic_extractions` to ``store`` and return them.

    Parameters
    ----------
    store : kg.store.KGStore
        A writable store.
    n_events, seed, options
        Passed to :func:`synthetic_extractions`.
    batch_size : int
        Articles per write transaction.

    Returns
    -------
    list of kg.model.Extraction
        What was written.
    """
    scheme = load_cameo_scheme()
    exts = synthetic_extractions(n_events, seed, **options)
    for batch in _batches(exts, batch_size):
        store.write_documents(dict(extraction_triples(e, scheme) for e in batch))
    store.flush()
    return exts
