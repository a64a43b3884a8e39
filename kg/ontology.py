"""Access to the ontology files and the CAMEO concept scheme.

The Turtle files live in ``ontology/`` at the repository root; a wheel carries
them (and ``data/``, ``viz/templates/``) under ``kg/_resources/``.
:func:`resource_dir` finds either.

:func:`load_cameo_scheme` reads ``ontology/cameo.ttl`` and
``ontology/conflict.ttl`` once and answers questions about CAMEO codes:

>>> scheme = load_cameo_scheme()
>>> code = scheme.get("041")
>>> code.class_name, code.plover, code.plover_mode, code.quad_class
('TelephoneCall', 'CONSULT', 'phone', 1)
>>> scheme.root_of("0871")
'08'
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import OWL, SKOS

from kg.namespaces import CAMEO, CKG, PLOVER

__all__ = [
    "CameoCode",
    "CameoScheme",
    "load_cameo_scheme",
    "load_ontology_graph",
    "resource_dir",
]

_KINDS = ("ontology", "data", "viz/templates")


def resource_dir(kind: str) -> Path:
    """Return the directory that holds one kind of project resource.

    Parameters
    ----------
    kind
        ``"ontology"``, ``"data"`` or ``"viz/templates"``.

    Returns
    -------
    pathlib.Path
        ``kg/_resources/<kind>`` when the package was installed from a wheel,
        otherwise ``<repository root>/<kind>`` (source checkout or editable
        install).

    Raises
    ------
    ValueError
        If ``kind`` is not one of the known kinds.
    FileNotFoundError
        If neither location exists.
    """
    if kind not in _KINDS:
        raise ValueError(f"unknown resource kind {kind!r}; expected one of {', '.join(_KINDS)}")
    package = Path(__file__).resolve().parent
    candidates = (package / "_resources" / kind, package.parent / kind)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"resource directory {kind!r} not found (tried {tried})")


def load_ontology_graph(include_cameo: bool = True) -> Graph:
    """Parse the ontology into a new graph.

    Parameters
    ----------
    include_cameo
        Also parse ``cameo.ttl`` (CAMEO and PLOVER concept schemes).

    Returns
    -------
    rdflib.Graph
        A fresh graph with ``conflict.ttl`` (and ``cameo.ttl``); callers may
        modify it.
    """
    directory = resource_dir("ontology")
    graph = Graph()
    graph.parse(directory / "conflict.ttl", format="turtle")
    if include_cameo:
        graph.parse(directory / "cameo.ttl", format="turtle")
    return graph


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with its annotations from ``cameo.ttl``.

    Attributes
    ----------
    code
        The code as written in the codebook, e.g. ``"041"``.
    label
        English preferred label, e.g. ``"Discuss by telephone"``.
    root
        The 2-digit root code, e.g. ``"04"``.
    quad_class
        QuadClass 1-4 (verbal cooperation, material cooperation, verbal
        conflict, material conflict).
    goldstein
        Goldstein score, -10 to +10.
    plover
        Name of the closest PLOVER category (``"CONSULT"``) or ``None``.
    plover_mode
        PLOVER mode (``"phone"``) or ``None``.
    event_class
        IRI of the ``ckg:Event`` subclass that events with this code get.
    class_name
        Local name of ``event_class``, e.g. ``"TelephoneCall"``.
    """

    code: str
    label: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None
    event_class: URIRef
    class_name: str

    @property
    def concept(self) -> URIRef:
        """IRI of the SKOS concept, e.g. ``cameo:041``."""
        return CAMEO[self.code]


class CameoScheme:
    """Read-only lookup of CAMEO codes.

    Parameters
    ----------
    codes
        The codes, keyed by their notation.
    """

    def __init__(self, codes: Mapping[str, CameoCode]) -> None:
        self._codes: Mapping[str, CameoCode] = MappingProxyType(dict(codes))
        self._by_concept: Mapping[str, CameoCode] | None = None

    def by_concept(self) -> Mapping[str, CameoCode]:
        """Every code by the text of its concept IRI (``str(code.concept)``).

        Built once per scheme: the dyad tallies look codes up this way for every article
        written, and building the IRIs (rdflib's namespace lookup) cost more than the rest
        of the tally.
        """
        if self._by_concept is None:
            self._by_concept = MappingProxyType(
                {str(c.concept): c for c in (self._codes[k] for k in self.codes())}
            )
        return self._by_concept

    def get(self, code: str) -> CameoCode:
        """Return the entry for a CAMEO code.

        Parameters
        ----------
        code
            A 2-, 3- or 4-digit code such as ``"19"``, ``"195"`` or ``"0871"``.

        Raises
        ------
        KeyError
            If the code is not in the CAMEO scheme.
        """
        try:
            return self._codes[code]
        except (KeyError, TypeError):
            raise KeyError(
                f"unknown CAMEO code {code!r}: not a concept of ontology/cameo.ttl "
                "(codes are strings of 2-4 digits with leading zeros, e.g. '041')"
            ) from None

    def codes(self) -> tuple[str, ...]:
        """All codes, sorted (roots before their children)."""
        return tuple(sorted(self._codes))

    def roots(self) -> tuple[str, ...]:
        """The 20 root codes ``"01"`` to ``"20"``."""
        return tuple(c for c in self.codes() if len(c) == 2)

    def root_of(self, code: str) -> str:
        """Return the 2-digit root of a code (``"195"`` -> ``"19"``).

        Raises
        ------
        KeyError
            If the code is not in the CAMEO scheme.
        """
        return self.get(code).root

    def class_name_of(self, code: str) -> str:
        """Return the local name of the event class of a code."""
        return self.get(code).class_name

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __iter__(self) -> Iterator[CameoCode]:
        return (self._codes[c] for c in self.codes())

    def __len__(self) -> int:
        return len(self._codes)


def _local_name(iri: URIRef) -> str:
    text = str(iri)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def _ontology_triples() -> Iterator[tuple[Any, Any, Any]]:
    """The triples of ``conflict.ttl`` and ``cameo.ttl`` as pyoxigraph terms (Oxigraph's
    parser reads them about ten times faster than rdflib's, which cost a fifth of a second
    in every ``kg ingest``)."""
    directory = resource_dir("ontology")
    for name in ("conflict.ttl", "cameo.ttl"):
        for t in ox.parse(path=directory / name, format=ox.RdfFormat.TURTLE):
            yield t.subject, t.predicate, t.object


@functools.lru_cache(maxsize=1)
def load_cameo_scheme() -> CameoScheme:
    """Load the CAMEO scheme from ``cameo.ttl`` and ``conflict.ttl`` (cached).

    Returns
    -------
    CameoScheme
        Every concept of the scheme with its label, root, QuadClass,
        Goldstein score, PLOVER category and mode, and event class.

    Raises
    ------
    ValueError
        If a concept lacks a required annotation, or names an event class that
        ``conflict.ttl`` does not define as a subclass of ``ckg:Event``.
    """
    values: dict[tuple[str, str], Any] = {}  # (subject, predicate) -> the object
    subclasses: dict[str, set[str]] = {}  # class -> its direct subclasses
    classes: set[str] = set()
    concepts: list[str] = []
    scheme, sub_class_of = str(CAMEO), str(RDFS.subClassOf)
    rdf_type, owl_class, in_scheme = str(RDF.type), str(OWL.Class), str(SKOS.inScheme)
    for s, p, o in _ontology_triples():
        if not isinstance(s, ox.NamedNode):
            continue
        values.setdefault((s.value, p.value), o)
        if p.value == sub_class_of and isinstance(o, ox.NamedNode):
            subclasses.setdefault(o.value, set()).add(s.value)
        elif p.value == rdf_type and o == ox.NamedNode(owl_class):
            classes.add(s.value)
        elif p.value == in_scheme and o == ox.NamedNode(scheme):
            concepts.append(s.value)
    event_classes = {str(CKG.Event)}
    todo = [str(CKG.Event)]
    while todo:
        for sub in subclasses.get(todo.pop(), ()):
            if sub not in event_classes:
                event_classes.add(sub)
                todo.append(sub)
    event_classes &= classes

    def value(concept: str, predicate: URIRef) -> Any:
        return values.get((concept, str(predicate)))

    codes: dict[str, CameoCode] = {}
    for concept in dict.fromkeys(concepts):
        notation = value(concept, SKOS.notation)
        label = value(concept, SKOS.prefLabel)
        quad = value(concept, CKG.quadClass)
        goldstein = value(concept, CKG.goldstein)
        event_class = value(concept, CKG.eventClass)
        if not (
            isinstance(notation, ox.Literal)
            and isinstance(label, ox.Literal)
            and isinstance(quad, ox.Literal)
            and isinstance(goldstein, ox.Literal)
            and isinstance(event_class, ox.NamedNode)
        ):
            raise ValueError(f"CAMEO concept {concept} lacks a required annotation")
        if event_class.value not in event_classes:
            raise ValueError(f"CAMEO concept {concept}: {event_class.value} is not an event class")
        code = notation.value
        plover = value(concept, CKG.ploverCategory)
        plover_name = None
        if isinstance(plover, ox.NamedNode) and plover.value.startswith(str(PLOVER)):
            plover_name = plover.value[len(str(PLOVER)) :]
        mode = value(concept, CKG.ploverMode)
        codes[code] = CameoCode(
            code=code,
            label=label.value,
            root=code[:2],
            quad_class=int(Literal(quad.value, datatype=URIRef(quad.datatype.value)).toPython()),
            goldstein=float(
                Literal(goldstein.value, datatype=URIRef(goldstein.datatype.value)).toPython()
            ),
            plover=plover_name,
            plover_mode=None if mode is None else mode.value,
            event_class=URIRef(event_class.value),
            class_name=_local_name(URIRef(event_class.value)),
        )
    return CameoScheme(codes)
