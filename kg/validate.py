"""SHACL validation of extracted graphs against ``ontology/shapes.ttl``.

Validation runs under RDFS inference with ``ontology/conflict.ttl`` mixed in,
so that an actor typed only ``ckg:Person`` counts as a ``ckg:Actor``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from pyshacl import validate as shacl_validate
from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import SH

from kg.ontology import resource_dir

__all__ = ["ValidationResult", "load_shapes_graph", "validate_graph"]


@dataclass(frozen=True)
class ValidationResult:
    """Outcome of a SHACL validation.

    Attributes
    ----------
    conforms
        True when the graph has no validation result at all.
    violations
        Number of results with severity ``sh:Violation``.
    text
        pyshacl's human-readable report.
    messages
        One line per result, sorted:
        ``"<severity> <focus node> <path>: <message> [<constraint component>]"``;
        the path is ``-`` for node-level constraints.
    """

    conforms: bool
    violations: int
    text: str
    messages: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def _shapes_source() -> str:
    return (resource_dir("ontology") / "shapes.ttl").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _ontology_source() -> str:
    return (resource_dir("ontology") / "conflict.ttl").read_text(encoding="utf-8")


def load_shapes_graph() -> Graph:
    """Parse ``ontology/shapes.ttl`` into a new graph.

    Returns
    -------
    rdflib.Graph
        The default shapes used by :func:`validate_graph`.
    """
    return Graph().parse(data=_shapes_source(), format="turtle")


def _short(term: object) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        return term.n3()
    return "-" if term is None else str(term)


def _local(term: object) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1] if "#" in text else text


def _messages(report: Graph) -> tuple[tuple[str, ...], int]:
    lines = []
    violations = 0
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        if severity == SH.Violation:
            violations += 1
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        component = report.value(result, SH.sourceConstraintComponent)
        lines.append(
            f"{_local(severity)} {_short(focus)} {_short(path)}: "
            f"{message if message is not None else ''} [{_local(component)}]"
        )
    return tuple(sorted(lines)), violations


def _as_graph(data: Graph | Dataset) -> Graph:
    if isinstance(data, ConjunctiveGraph):
        union = Graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return data


def validate_graph(data: Graph | Dataset, *, shapes: Graph | None = None) -> ValidationResult:
    """Validate a graph, or the union of a dataset's graphs, with SHACL.

    Parameters
    ----------
    data
        The graph to check. For an :class:`rdflib.Dataset` the triples of all
        named graphs (and the default graph) are validated together.
    shapes
        Shapes graph; defaults to ``ontology/shapes.ttl``.

    Returns
    -------
    ValidationResult
        Whether the data conforms, the number of violations, the report text
        and one message per result.
    """
    shapes_graph = shapes if shapes is not None else load_shapes_graph()
    ontology = Graph().parse(data=_ontology_source(), format="turtle")
    conforms, report, text = shacl_validate(
        _as_graph(data),
        shacl_graph=shapes_graph,
        ont_graph=ontology,
        inference="rdfs",
        abort_on_first=False,
        allow_warnings=False,
    )
    messages, violations = _messages(report)
    return ValidationResult(
        conforms=bool(conforms), violations=violations, text=str(text), messages=messages
    )
