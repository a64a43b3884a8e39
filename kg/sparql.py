"""Running SPARQL: named queries shipped as ``kg/queries/*.rq`` and result formatting.

A named query file starts with comment lines::

    # title: Who communicated with whom
    # param: actor  IRI or label of an actor (optional)

Parameters are passed as ``initBindings`` (never pasted into the text).
A parameter whose value is a label is looked up to the actor IRI first.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.query import Result

from kg.errors import QueryError
from kg.store import KGStore

_PARAM = re.compile(r"^#\s*param:\s*(\w+)\s*(.*)$")
_TITLE = re.compile(r"^#\s*title:\s*(.*)$")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    params: tuple[tuple[str, str], ...]
    text: str


@dataclass(frozen=True)
class QueryResult:
    """Rows of a SELECT (or ASK) result, as rdflib terms."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    boolean: bool | None = None

    def to_dicts(self) -> list[dict[str, Any]]:
        return [
            {
                v: (None if t is None else t.toPython() if isinstance(t, Literal) else str(t))
                for v, t in zip(self.variables, row, strict=False)
            }
            for row in self.rows
        ]

    def to_dataframe(self):  # type: ignore[no-untyped-def]
        """The rows as a pandas DataFrame (needs the ``pandas`` extra)."""
        import pandas as pd

        return pd.DataFrame(self.to_dicts(), columns=list(self.variables))


def named_queries() -> dict[str, NamedQuery]:
    """Every ``.rq`` file shipped in ``kg/queries``, by name."""
    out = {}
    for entry in sorted(resources.files("kg.queries").iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".rq") or entry.name.startswith("_"):
            continue
        text = entry.read_text(encoding="utf-8")
        title, params = entry.name[:-3], []
        for line in text.splitlines():
            if m := _TITLE.match(line):
                title = m.group(1).strip()
            elif m := _PARAM.match(line):
                params.append((m.group(1), m.group(2).strip()))
        out[entry.name[:-3]] = NamedQuery(entry.name[:-3], title, tuple(params), text)
    return out


def _bind_value(store: KGStore, value: str) -> URIRef | Literal:
    if re.match(r"^[a-z][a-z0-9+.-]*://", value):
        return URIRef(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))
    found = store.query(_LABEL_LOOKUP, {"label": Literal(value)})
    for row in found:
        return URIRef(str(row[0]))
    folded = store.query(_LABEL_LOOKUP_CI, {"needle": Literal(value.casefold())})
    for row in folded:
        return URIRef(str(row[0]))
    return Literal(value)


_LABEL_LOOKUP = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s WHERE { { ?s rdfs:label ?label } UNION { ?s skos:altLabel ?label } } LIMIT 1
"""
_LABEL_LOOKUP_CI = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s WHERE { { ?s rdfs:label ?l } UNION { ?s skos:altLabel ?l }
  FILTER(LCASE(STR(?l)) = ?needle) } LIMIT 1
"""


def run_query(store: KGStore, query: str, params: Mapping[str, str] | None = None) -> QueryResult:
    """Run a SPARQL query text or a named query with parameters."""
    named = named_queries()
    text = named[query].text if query in named else query
    if query in named:
        allowed = {p for p, _ in named[query].params}
        unknown = set(params or {}) - allowed
        if unknown:
            raise QueryError(f"query {query!r} has no parameter {', '.join(sorted(unknown))}")
    elif not re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", query, re.IGNORECASE):
        raise QueryError(f"unknown named query {query!r} (see 'kg query --list')")
    bindings = {k: _bind_value(store, v) for k, v in (params or {}).items()}
    try:
        res: Result = store.query(text, bindings)
    except QueryError as exc:
        raise QueryError(_with_position(str(exc))) from exc
    if res.type == "ASK":
        return QueryResult(("ask",), ((Literal(bool(res.askAnswer)),),), bool(res.askAnswer))
    if res.type != "SELECT":
        rows = tuple((s, p, o) for s, p, o in res.graph)  # type: ignore[union-attr]
        return QueryResult(("subject", "predicate", "object"), rows)
    variables = tuple(str(v) for v in res.vars or ())
    return QueryResult(variables, tuple(tuple(row) for row in res))


def _with_position(message: str) -> str:
    m = re.search(r"error at (\d+):(\d+)", message)
    if m:
        return message + f" (line {m.group(1)}, column {m.group(2)})"
    return message


def _cell(term: Any) -> str:
    if term is None:
        return ""
    return str(term)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result as ``table``, ``csv``, ``tsv`` or ``json`` (SPARQL 1.1 JSON results)."""
    if fmt == "json":
        if result.boolean is not None:
            return json.dumps({"head": {}, "boolean": result.boolean})
        bindings = []
        for row in result.rows:
            b: dict[str, Any] = {}
            for v, t in zip(result.variables, row, strict=False):
                if t is None:
                    continue
                if isinstance(t, URIRef):
                    b[v] = {"type": "uri", "value": str(t)}
                elif isinstance(t, BNode):
                    b[v] = {"type": "bnode", "value": str(t)}
                else:
                    item: dict[str, str] = {"type": "literal", "value": str(t)}
                    if t.language:
                        item["xml:lang"] = t.language
                    elif t.datatype:
                        item["datatype"] = str(t.datatype)
                    b[v] = item
            bindings.append(b)
        return json.dumps(
            {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
            ensure_ascii=False,
        )
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(result.variables)
        for row in result.rows:
            w.writerow([_cell(t) for t in row])
        return buf.getvalue()
    if fmt != "table":
        raise QueryError(f"unknown output format {fmt!r} (table, csv, tsv, json)")
    widths = [len(v) for v in result.variables]
    cells = [[_cell(t) for t in row] for row in result.rows]
    for row in cells:
        for i, c in enumerate(row):
            widths[i] = min(max(widths[i], len(c)), 60)

    def line(items: list[str]) -> str:
        return "  ".join(c[:60].ljust(widths[i]) for i, c in enumerate(items)).rstrip()

    out = [line(list(result.variables)), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    return "\n".join(out) + f"\n({len(cells)} rows)\n"
