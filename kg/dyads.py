"""Per-dyad tallies of events, and their RDF form in the summary graph ``graph/dyads``.

Why a summary graph: a whole-graph aggregate such as ``dyad-balance`` costs Oxigraph time in
proportion to the events stored (about 120 µs per event: 122 s at 1M events), far from the
0.5 s target. No query shape fixes that, since every event has to be visited. So the store
keeps the aggregate itself: one node per ordered actor pair with its event count, counts per
QuadClass, Goldstein sum and first and last date, updated in the same transaction as the
article graphs it is computed from (see :class:`kg.store.KGStore`), and the named dyad
queries read it.

Each dyad node also carries its tallies once more as one literal, ``ckg:dyadRecord`` (see
:func:`record_text`): a program that reads every dyad (``kg.analysis.dyad_graph``, the whole
``dyad-balance`` table) then reads one triple per dyad instead of ten, and Oxigraph's cost is
per triple read (about 60-130 µs per dyad node through SPARQL joins at 1M events, a few µs per
record). The record is part of the node, so it is written, replaced and deleted with it, in
the same transaction.

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
    "BALANCE_VARIABLES",
    "DYAD_PREDICATES",
    "Tally",
    "article_tallies",
    "balance_rows",
    "dyad_triples",
    "label_triple",
    "marker_triple",
    "read_record",
    "read_tally",
    "record_text",
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
    by_concept = scheme.by_concept()
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


def _date_field(date: str) -> str:
    return date.replace("%", "%25").replace(" ", "%20") if " " in date or "%" in date else date


def _date_value(text: str) -> str:
    return text.replace("%20", " ").replace("%25", "%") if "%" in text else text


def record_text(dyad: Dyad, tally: Tally) -> str:
    """The ``ckg:dyadRecord`` literal of a dyad: its tallies as one line of text.

    Fields, separated by one space: source IRI, target IRI, event count, the counts of
    QuadClass 1 to 4, Goldstein sum (the lexical form of ``ckg:goldsteinSum``), then first
    and last date when the dyad has dated events. IRIs hold no spaces; a space or ``%`` in a
    date is percent-encoded.

    >>> t = Tally(2, [1, 0, 0, 1], Decimal("-9.0"), "2022-05-01", "2022-05-02")
    >>> record_text(("urn:a", "urn:b"), t)
    'urn:a urn:b 2 1 0 0 1 -9 2022-05-01 2022-05-02'
    >>> read_record(record_text(("urn:a", "urn:b"), t)) == (("urn:a", "urn:b"), t)
    True
    """
    fields = [dyad[0], dyad[1], str(tally.events), *map(str, tally.quads)]
    fields.append(_decimal(tally.goldstein))
    if tally.first is not None and tally.last is not None:
        fields += [_date_field(tally.first), _date_field(tally.last)]
    return " ".join(fields)


def read_record(text: str) -> tuple[Dyad, Tally]:
    """The dyad and tally of a ``ckg:dyadRecord`` literal (see :func:`record_text`).

    Raises
    ------
    ValueError
        If the text is not a record.
    """
    f = text.split(" ")
    if len(f) not in (8, 10):
        raise ValueError(f"not a dyad record: {text[:200]!r}")
    first = last = None
    if len(f) == 10:
        first, last = _date_value(f[8]), _date_value(f[9])
    quads = [int(f[3]), int(f[4]), int(f[5]), int(f[6])]
    return (f[0], f[1]), Tally(int(f[2]), quads, Decimal(f[7]), first, last)


#: The columns of the named query ``dyad-balance`` (``kg/queries/dyad-balance.rq``).
BALANCE_VARIABLES = (
    "sourceLabel",
    "targetLabel",
    "events",
    "verbalCooperation",
    "materialCooperation",
    "verbalConflict",
    "materialConflict",
    "goldsteinSum",
    "first",
    "last",
)


def balance_rows(
    records: Iterable[str], labels: Mapping[str, str]
) -> list[tuple[Literal | None, ...]]:
    """The rows of ``dyad-balance`` without parameters, computed from the dyads' records.

    The same terms as the query returns (integer and decimal literals in their stored
    lexical form, labels and dates as plain literals, ``None`` where the query leaves a
    variable unbound), in an order its ``ORDER BY DESC(?events) ?sourceLabel
    ?targetLabel`` allows (an unbound label sorts first, as in SPARQL). ``labels`` are the
    summary graph's ``ckg:actorLabel`` values by actor IRI. Terms are shared between rows:
    the 540k rows at 1M events hold a few hundred thousand distinct values, not 5M.
    """
    ints, decimals = _Terms(str(XSD.integer)), _Terms(str(XSD.decimal))
    plain = _Terms(None)
    # labels by rank, so that a row's sort key is one integer (an unlabelled actor sorts
    # first: rank 0); equal labels share a rank, their rows stay in any order, as in SPARQL
    ranks = {label: r for r, label in enumerate(sorted(set(labels.values())), start=1)}
    rank = {actor: ranks[label] for actor, label in labels.items()}
    width = len(ranks) + 1
    rows: list[tuple[Literal | None, ...]] = []
    keys: list[int] = []
    for text in records:
        f = text.split(" ")
        if len(f) == 10:
            first, last = f[8], f[9]
            if "%" in text:
                first, last = _date_value(first), _date_value(last)
            dates: tuple[Literal | None, Literal | None] = (plain[first], plain[last])
        elif len(f) == 8:
            dates = (None, None)
        else:
            read_record(text)  # raises ValueError naming the text
        source, target = labels.get(f[0]), labels.get(f[1])
        rows.append(
            (
                None if source is None else plain[source],
                None if target is None else plain[target],
                ints[f[2]], ints[f[3]], ints[f[4]], ints[f[5]], ints[f[6]], decimals[f[7]],
                *dates,
            )
        )  # fmt: skip
        keys.append((-int(f[2]) * width + rank.get(f[0], 0)) * width + rank.get(f[1], 0))
    order = sorted(range(len(rows)), key=keys.__getitem__)
    return [rows[i] for i in order]


class _Terms(dict[str, Literal]):
    """Literals of one datatype (``None``: plain) by lexical form, made once each."""

    def __init__(self, datatype: str | None) -> None:
        super().__init__()
        self.datatype = None if datatype is None else URIRef(datatype)

    def __missing__(self, text: str) -> Literal:
        term = self[text] = Literal(text, datatype=self.datatype)
        return term


def dyad_triples(dyad: Dyad, tally: Tally) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The triples of one dyad's node in the summary graph (the record included)."""
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
    out.append((node, CKG.dyadRecord, Literal(record_text(dyad, tally))))
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
