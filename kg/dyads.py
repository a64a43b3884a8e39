"""Per-dyad tallies of events, and their RDF form in the summary graph ``graph/dyads``.

Why a summary graph: a whole-graph aggregate such as ``dyad-balance`` costs Oxigraph time in
proportion to the events stored (about 120 µs per event: 122 s at 1M events), far from the
0.5 s target. No query shape fixes that, since every event has to be visited. So the store
keeps the aggregate itself: one node per ordered actor pair with its event count, counts per
QuadClass, Goldstein sum and first and last date, updated in the same transaction as the
article graphs it is computed from (see :class:`kg.store.KGStore`), and the named dyad
queries read it.

This module only computes: it turns the triples of article graphs into :class:`Tally`
values (the same figures the old ``dyad-balance`` query computed over the union: asserted
events only, A a source or participant, B a target or participant, A != B, each event
once per dyad) and tallies into triples. Triples are given as ``(subject, predicate,
object)`` strings: IRIs as their text, literals as their lexical form, so rdflib and
pyoxigraph terms are read alike.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from sys import intern

from rdflib import RDF, XSD, Literal, URIRef

from kg.iris import DYAD_GRAPH, dyad_iri
from kg.namespaces import CKG
from kg.ontology import CameoScheme

__all__ = [
    "DYAD_PREDICATES",
    "Tally",
    "article_tallies",
    "dyad_triples",
    "label_triple",
    "marker_triple",
    "read_tally",
]

StrTriple = tuple[str, str, str]
Dyad = tuple[str, str]

_SOURCE = {str(CKG.hasSource), str(CKG.hasParticipant)}
_TARGET = {str(CKG.hasTarget), str(CKG.hasParticipant)}
_CODE = str(CKG.cameoCode)
_NEGATED = str(CKG.negated)
_HYPOTHETICAL = str(CKG.hypothetical)
_DATE = str(CKG.date)
_QUAD_PREDICATES = (
    CKG.verbalCooperationCount,
    CKG.materialCooperationCount,
    CKG.verbalConflictCount,
    CKG.materialConflictCount,
)
#: The event predicates a tally is computed from (a rebuild reads only these).
DYAD_PREDICATES = (
    CKG.hasSource,
    CKG.hasParticipant,
    CKG.hasTarget,
    CKG.cameoCode,
    CKG.negated,
    CKG.hypothetical,
    CKG.date,
)


@dataclass(slots=True)
class Tally:
    """The events of one dyad: how many, per QuadClass, Goldstein sum, first and last date."""

    events: int = 0
    quads: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    goldstein: Decimal = Decimal(0)
    first: str | None = None
    last: str | None = None

    def add(self, other: Tally) -> None:
        """Add another tally (first and last date widen)."""
        self.events += other.events
        self.quads = [a + b for a, b in zip(self.quads, other.quads, strict=True)]
        self.goldstein += other.goldstein
        dates = [d for d in (self.first, self.last, other.first, other.last) if d is not None]
        self.first = min(dates) if dates else None
        self.last = max(dates) if dates else None

    def subtract(self, other: Tally) -> bool:
        """Take away a tally that was added before; true when first or last date may be stale.

        Counts and sums subtract exactly; a date range cannot shrink without the remaining
        events, so the caller recounts the dyad when the removed events touch its bounds.
        """
        self.events -= other.events
        self.quads = [a - b for a, b in zip(self.quads, other.quads, strict=True)]
        self.goldstein -= other.goldstein
        return other.first is not None and (other.first == self.first or other.last == self.last)

    def key(self) -> tuple[object, ...]:
        """The tally as a comparable tuple (Goldstein sum by value)."""
        return (self.events, tuple(self.quads), self.goldstein.normalize(), self.first, self.last)


@dataclass(slots=True)
class _Event:
    # lists rather than sets: a rebuild holds one of these per event of the store
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    code: str | None = None
    not_negated: bool = False
    not_hypothetical: bool = False
    date: str | None = None


def article_tallies(triples: Iterable[StrTriple], scheme: CameoScheme) -> dict[Dyad, Tally]:
    """The tallies of every dyad in some triples (one article graph, or a whole store).

    An event counts when it is stated as neither negated nor hypothetical (``ckg:negated
    false`` and ``ckg:hypothetical false``, as the query used to require) and its CAMEO code
    is in the scheme.
    """
    by_concept = {str(c.concept): c for c in (scheme.get(code) for code in scheme.codes())}
    events: dict[str, _Event] = defaultdict(_Event)
    # actors, codes and dates repeat across events: one string each (a rebuild holds them all)
    for s, p, o in triples:
        if p in _SOURCE:
            events[s].sources.append(intern(o))
        if p in _TARGET:
            events[s].targets.append(intern(o))
        if p == _CODE:
            events[s].code = intern(o)
        elif p == _NEGATED:
            events[s].not_negated |= o == "false"
        elif p == _HYPOTHETICAL:
            events[s].not_hypothetical |= o == "false"
        elif p == _DATE:
            known = events[s].date
            events[s].date = intern(o) if known is None else min(known, o)
    out: dict[Dyad, Tally] = {}
    for ev in events.values():
        code = by_concept.get(ev.code or "")
        if code is None or not (ev.not_negated and ev.not_hypothetical):
            continue
        one = Tally(1, [int(code.quad_class == q) for q in (1, 2, 3, 4)])
        one.goldstein = Decimal(repr(float(code.goldstein)))
        one.first = one.last = ev.date
        for a in set(ev.sources):
            for b in set(ev.targets):
                if a != b:
                    out.setdefault((a, b), Tally()).add(one)
    return out


def _decimal(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def dyad_triples(dyad: Dyad, tally: Tally) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The triples of one dyad's node in the summary graph."""
    node = dyad_iri(*dyad)
    out: list[tuple[URIRef, URIRef, URIRef | Literal]] = [
        (node, RDF.type, CKG.Dyad),
        (node, CKG.dyadSource, URIRef(dyad[0])),
        (node, CKG.dyadTarget, URIRef(dyad[1])),
        (node, CKG.eventCount, Literal(tally.events)),
        (node, CKG.goldsteinSum, Literal(_decimal(tally.goldstein), datatype=XSD.decimal)),
    ]
    out += [(node, p, Literal(n)) for p, n in zip(_QUAD_PREDICATES, tally.quads, strict=True)]
    if tally.first is not None and tally.last is not None:
        out.append((node, CKG.firstDate, Literal(tally.first)))
        out.append((node, CKG.lastDate, Literal(tally.last)))
    return out


def read_tally(triples: Iterable[StrTriple]) -> Tally | None:
    """The tally of a dyad node from its triples (``None`` when there are none)."""
    values: Mapping[str, str] = {p: o for _s, p, o in triples}
    if str(CKG.eventCount) not in values:
        return None
    return Tally(
        int(values[str(CKG.eventCount)]),
        [int(values[str(p)]) for p in _QUAD_PREDICATES],
        Decimal(values[str(CKG.goldsteinSum)]),
        values.get(str(CKG.firstDate)),
        values.get(str(CKG.lastDate)),
    )


def marker_triple() -> tuple[URIRef, URIRef, URIRef]:
    """The triple that says the summary graph covers every article graph."""
    return DYAD_GRAPH, RDF.type, CKG.DyadSummary


def label_triple(actor: str, label: str) -> tuple[URIRef, URIRef, Literal]:
    """An actor's label as the summary graph keeps it."""
    return URIRef(actor), CKG.actorLabel, Literal(label)
