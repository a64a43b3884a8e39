"""Frozen data classes that carry facts from text to triples.

Data flows one way: text -> :class:`Document` -> :class:`Mention` ->
:class:`Event` / :class:`Relation` -> triples. Every fact keeps its
:class:`Evidence` (document, sentence, character span, rule, confidence).
Character offsets are into :attr:`Document.text`, the normalised text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One article, normalised and ready for extraction."""

    doc_id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    lang: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    content_hash: str = ""
    #: Characters of ``text`` that belong to a dateline or source line
    #: (e.g. ``"KENDARIEKSPRES.COM –"``); mentions inside are publisher cues.
    dateline: tuple[int, int] | None = None


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Position:
    """A post held by a person: a title, optionally of an organisation or country."""

    key: str
    title: str
    of_key: str | None = None
    of_label: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    aliases: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return self.title

    @property
    def type(self) -> str:
        return "Position"


@dataclass(frozen=True)
class Entity:
    """A canonical actor, place or facility known within an article."""

    key: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    wikidata: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Mention:
    """A span of text that refers to an :class:`Entity` (by key)."""

    start: int
    end: int
    text: str
    key: str
    type: str
    rule: str
    sentence: int = -1
    #: True when the mention is a descriptive reference ("kepala Pentagon").
    descriptive: bool = False


@dataclass(frozen=True)
class Evidence:
    doc_id: str
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass(frozen=True)
class Quantity:
    kind: str
    value: float
    approx: str = "exact"
    text: str = ""


@dataclass(frozen=True)
class Event:
    doc_id: str
    cameo: str
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    evidence: Evidence
    place: str | None = None
    date: str | None = None
    date_precision: str | None = None
    #: Where the date comes from: "text" (the sentence), "context" (an earlier sentence of the
    #: article), "publication" (no date in the text: the publication date).
    date_source: str | None = None
    quantities: tuple[Quantity, ...] = ()
    negated: bool = False
    hypothetical: bool = False
    reported_by: tuple[str, ...] = ()
    #: How the actors were read: joint (all participants), directed, passive, source,
    #: casualty, displacement, or reciprocal (the second direction of a report in which each
    #: party acts on the other, "Israel dan Iran saling serang").
    frame: str = "directed"


@dataclass(frozen=True)
class Relation:
    doc_id: str
    subject: str
    predicate: str
    object: str
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    positions: tuple[Position, ...]
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]
    relations: tuple[Relation, ...]
    warnings: tuple[str, ...] = field(default=())

    def entity(self, key: str) -> Entity | Position | None:
        for e in self.entities:
            if e.key == key:
                return e
        for p in self.positions:
            if p.key == key:
                return p
        return None
