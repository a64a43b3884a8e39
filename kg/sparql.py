"""Running SPARQL: named queries shipped as ``kg/queries/*.rq``, result formatting, query text.

A named query file starts with comment lines::

    # title: Who communicated with whom
    # param: actor  IRI or label of an actor (optional)

Parameters are passed as ``initBindings`` (never pasted into the text).
A parameter whose value is a label is looked up to the actor IRI first.

This module also holds the small SPARQL lexer that the rest of the package
uses to read query text without executing it: :func:`tokens` splits a query
into the grammar's terminals (so keywords inside strings, comments, IRIs,
prefixed names and variables are not keywords), :func:`refused_operation`
names an operation a read-only endpoint must refuse (UPDATE, LOAD, SERVICE),
and :func:`inject_values` adds bound parameters as a ``VALUES`` block for
stores that cannot take bindings (a remote SPARQL server).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Literal, URIRef
from rdflib.query import Result

from kg.errors import QueryError
from kg.namespaces import CAMEO, CKG, KGR, WD

if TYPE_CHECKING:
    from kg.store import KGStore

_PARAM = re.compile(r"^#\s*param:\s*(\w+)\s*(.*)$")
_TITLE = re.compile(r"^#\s*title:\s*(.*)$")

#: Prefixes every query may use without declaring them (embedded, remote and ``kg serve``).
DEFAULT_PREFIXES: Mapping[str, str] = MappingProxyType(
    {
        "ckg": str(CKG),
        "kgr": str(KGR),
        "cameo": str(CAMEO),
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "owl": "http://www.w3.org/2002/07/owl#",
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "prov": "http://www.w3.org/ns/prov#",
        "dcterms": "http://purl.org/dc/terms/",
        "wd": str(WD),
    }
)
#: The default prefixes as ``PREFIX`` lines, for queries written in code.
PREFIX_BLOCK = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in DEFAULT_PREFIXES.items())

# --------------------------------------------------------------------------- lexer
# Character classes of the SPARQL 1.1 grammar (section 19.8).
_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_U = _BASE + "_"
_CHARS = _U + r"\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PREFIX = rf"[{_BASE}](?:[{_CHARS}.]*[{_CHARS}])?"
_LOCAL = rf"(?:[{_U}:0-9]|{_PLX})(?:(?:[{_CHARS}.:]|{_PLX})*(?:[{_CHARS}:]|{_PLX}))?"
_TOKEN = re.compile(
    "|".join(
        [
            r"(?P<ws>\s+)",
            r"(?P<comment>#[^\r\n]*)",
            r"(?P<iri><[^<>\"{}|^`\\\x00-\x20]*>)",
            r"(?P<string>'''(?:[^'\\]|\\.|'{1,2}(?!'))*(?:'''|\Z)"
            r"|\"\"\"(?:[^\"\\]|\\.|\"{1,2}(?!\"))*(?:\"\"\"|\Z)"
            r"|'(?:[^'\\\r\n]|\\.)*'|\"(?:[^\"\\\r\n]|\\.)*\")",
            rf"(?P<var>[?$][{_U}0-9][{_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*)",
            rf"(?P<bnode>_:[{_U}0-9](?:[{_CHARS}.]*[{_CHARS}])?)",
            rf"(?P<pname>(?:{_PREFIX})?:(?:{_LOCAL})?)",
            r"(?P<lang>@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)",
            r"(?P<number>[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)",
            r"(?P<word>[A-Za-z_][A-Za-z0-9_]*)",
            r"(?P<punct>\^\^|&&|\|\||!=|<=|>=|.)",
        ]
    ),
    re.DOTALL,
)

#: Keywords that only occur in SPARQL Update requests.
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH", "USING"}
)


@dataclass(frozen=True)
class Token:
    """One terminal of a SPARQL text: its kind, text and character offset."""

    kind: str
    text: str
    start: int


def tokens(text: str) -> Iterator[Token]:
    """Split SPARQL text into terminals, skipping whitespace and comments.

    Examples
    --------
    >>> [t.kind for t in tokens('SELECT ?s { ?s ex:SERVICE "SERVICE" } # SERVICE')]
    ['word', 'var', 'punct', 'var', 'pname', 'string', 'punct']
    """
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        if kind in ("ws", "comment"):
            continue
        yield Token(kind, m.group(), m.start())


def keywords(text: str) -> list[str]:
    """The bare words of a query (keywords and function names), upper-cased."""
    return [t.text.upper() for t in tokens(text) if t.kind == "word"]


def refused_operation(text: str) -> str | None:
    """Name the operation a read-only endpoint refuses in ``text``, or ``None``.

    Looks at the query's terminals, so keywords written inside strings,
    comments, IRIs, prefixed names or variables do not count, while case and
    layout do not hide one.

    Examples
    --------
    >>> refused_operation('SELECT * { ?s ?p "DROP SERVICE" }') is None
    True
    >>> refused_operation("select * { service <http://x/> { ?s ?p ?o } }")
    'SERVICE'
    >>> refused_operation("INSERT DATA { <a:b> <a:c> <a:d> }")
    'INSERT'
    """
    for word in keywords(text):
        if word == "SERVICE" or word in UPDATE_KEYWORDS:
            return word
    return None


def query_form(text: str) -> str | None:
    """``SELECT``, ``CONSTRUCT``, ``ASK`` or ``DESCRIBE`` (the first one in ``text``)."""
    for word in keywords(text):
        if word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"):
            return word
    return None


def used_prefixes(text: str) -> set[str]:
    """Prefixes used by prefixed names in ``text`` (declared or not)."""
    return {t.text.split(":", 1)[0] for t in tokens(text) if t.kind == "pname"}


def declared_prefixes(text: str) -> set[str]:
    """Prefixes declared with ``PREFIX p: <...>`` in ``text``."""
    toks = list(tokens(text))
    return {
        toks[i + 1].text[:-1]
        for i, t in enumerate(toks[:-1])
        if t.kind == "word" and t.text.upper() == "PREFIX" and toks[i + 1].kind == "pname"
    }


def prefix_header(text: str) -> str:
    """``PREFIX`` declarations (one line, no newline) for default prefixes ``text`` needs.

    Prepending the header to the first line of the query keeps line numbers of
    syntax errors unchanged.
    """
    missing = sorted((used_prefixes(text) - declared_prefixes(text)) & set(DEFAULT_PREFIXES))
    return "".join(f"PREFIX {p}: <{DEFAULT_PREFIXES[p]}> " for p in missing)


def where_brace(text: str) -> int:
    """Offset just after the ``{`` that opens the query's top-level WHERE group.

    Raises
    ------
    QueryError
        If the text has no top-level group pattern.
    """
    toks = list(tokens(text))
    depth, after_where, form_seen = 0, False, False
    for t in toks:
        if t.kind == "word" and depth == 0:
            word = t.text.upper()
            if word == "WHERE":
                after_where = True
            elif word in ("SELECT", "ASK", "DESCRIBE"):
                form_seen = True
        if t.kind == "punct" and t.text == "{":
            if depth == 0 and (after_where or form_seen):
                return t.start + 1
            depth += 1
        elif t.kind == "punct" and t.text == "}":
            depth -= 1
    raise QueryError("the query has no WHERE group to bind parameters in")


def term_sparql(term: Any) -> str:
    """A term as SPARQL/N-Triples text, validated and escaped by Oxigraph.

    Raises
    ------
    QueryError
        For blank nodes and malformed IRIs (which could otherwise change the query).
    """
    import pyoxigraph as ox

    try:
        if isinstance(term, URIRef):
            return str(ox.NamedNode(str(term)))
        if isinstance(term, Literal):
            if term.language:
                return str(ox.Literal(str(term), language=term.language))
            if term.datatype is not None:
                return str(ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))))
            return str(ox.Literal(str(term)))
    except ValueError as exc:
        raise QueryError(f"bad parameter value {str(term)!r}: {exc}") from exc
    raise QueryError(f"cannot bind {type(term).__name__} {term!r} as a query parameter")


def inject_values(text: str, bindings: Mapping[str, Any]) -> str:
    """Add ``bindings`` as a ``VALUES`` block at the start of the top-level WHERE group.

    Used for servers that take no initBindings. Terms are serialised by
    :func:`term_sparql`, so a value cannot change the query's structure.

    Examples
    --------
    >>> inject_values("SELECT ?x WHERE { ?x ?p ?o }", {"o": Literal("a")})
    'SELECT ?x WHERE { VALUES (?o) { ("a") } ?x ?p ?o }'
    """
    if not bindings:
        return text
    names = list(bindings)
    for n in names:
        if not re.fullmatch(r"\w+", n):
            raise QueryError(f"bad parameter name {n!r}")
    at = where_brace(text)
    head = " ".join(f"?{n}" for n in names)
    row = " ".join(term_sparql(bindings[n]) for n in names)
    return f"{text[:at]} VALUES ({head}) {{ ({row}) }}{text[at:]}"


def inject_rows(text: str, name: str, values: Iterable[Any]) -> str:
    """Add a one-variable ``VALUES`` block with many rows, like :func:`inject_values`.

    Examples
    --------
    >>> inject_rows("SELECT ?x WHERE { ?x ?p ?o }", "o", [Literal("a"), Literal("b")])
    'SELECT ?x WHERE { VALUES ?o { "a" "b" } ?x ?p ?o }'
    """
    if not re.fullmatch(r"\w+", name):
        raise QueryError(f"bad parameter name {name!r}")
    at = where_brace(text)
    rows = " ".join(term_sparql(v) for v in values)
    return f"{text[:at]} VALUES ?{name} {{ {rows} }}{text[at:]}"


def syntax_error(message: str, offset_line1: int = 0) -> QueryError:
    """A :class:`QueryError` from an engine's syntax message, with its line and column.

    Understands Oxigraph's ``error at L:C`` and Jena's ``line L, column C``;
    ``offset_line1`` is subtracted from columns on line 1 (text prepended there).
    """
    first = (message.strip().splitlines() or [""])[0]
    m = re.search(r"error at (\d+):(\d+)", first) or re.search(r"line (\d+), column (\d+)", message)
    short = re.sub(r"^error at \d+:\d+:\s*", "", first)
    if len(short) > 160:
        short = short[:157] + "..."
    if not m:
        return QueryError(f"malformed SPARQL: {short}")
    line, col = int(m.group(1)), int(m.group(2))
    if line == 1:
        col = max(1, col - offset_line1)
    return QueryError(f"malformed SPARQL: {short}", line=line, column=col)


# --------------------------------------------------------------------------- named queries
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
        """The rows as dictionaries of Python values (literals converted, IRIs as strings)."""
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


_XSD = "http://www.w3.org/2001/XMLSchema#"


def _bind_value(store: KGStore, value: str, lookup: bool = True) -> URIRef | Literal:
    """A parameter value as a term: IRI, date, or (when ``lookup``) the IRI of a label."""
    if re.match(r"^[a-z][a-z0-9+.-]*://", value):
        return URIRef(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=URIRef(_XSD + "date"))
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=URIRef(_XSD + "gYearMonth"))
    if not lookup:
        return Literal(value)
    found = store.query(_LABEL_LOOKUP, {"label": Literal(value)})
    for row in found:
        return URIRef(str(row[0]))  # type: ignore[index]
    folded = store.query(_LABEL_LOOKUP_CI, {"needle": Literal(value.casefold())})
    for row in folded:
        return URIRef(str(row[0]))  # type: ignore[index]
    return Literal(value)


_LABEL_LOOKUP = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s WHERE { { ?s rdfs:label ?label } UNION { ?s skos:altLabel ?label } }
ORDER BY ?s LIMIT 1
"""
_LABEL_LOOKUP_CI = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s WHERE { { ?s rdfs:label ?l } UNION { ?s skos:altLabel ?l }
  FILTER(LCASE(STR(?l)) = ?needle) } ORDER BY ?s LIMIT 1
"""


def run_query(store: KGStore, query: str, params: Mapping[str, str] | None = None) -> QueryResult:
    """Run a SPARQL query text or a named query with parameters.

    Parameters
    ----------
    store : KGStore
        Any store (embedded or remote).
    query : str
        SPARQL text or the name of a query in ``kg/queries``.
    params : mapping of str to str, optional
        Parameter values: an IRI, a date ``YYYY-MM-DD`` or ``YYYY-MM``, a number,
        or a label (looked up to the IRI of the thing with that label).

    Raises
    ------
    QueryError
        For an unknown named query or parameter, or a malformed query (with
        its line and column).
    """
    named = named_queries()
    params = dict(params or {})
    lookups = dict.fromkeys(params, True)
    if query in named:
        nq = named[query]
        text = nq.text
        described = dict(nq.params)
        unknown = set(params) - set(described)
        if unknown:
            raise QueryError(f"query {query!r} has no parameter {', '.join(sorted(unknown))}")
        missing = [p for p, d in nq.params if "(required)" in d and not params.get(p)]
        if missing:
            raise QueryError(f"query {query!r} needs --param {missing[0]}=...")
        lookups = {k: "label" in described[k].lower() for k in params}
    elif query_form(query) is None:
        raise QueryError(f"unknown named query {query!r} (see 'kg query --list')")
    else:
        text = query
    if query == "dyad-balance" and not params:
        table = dyad_balance_table(store)
        if table is not None:
            return table
    bindings = {k: _bind_value(store, v, lookups[k]) for k, v in params.items()}
    res: Result = store.query(text, bindings)
    if res.type == "ASK":
        return QueryResult(("ask",), ((Literal(bool(res.askAnswer)),),), bool(res.askAnswer))
    if res.type != "SELECT":
        rows = tuple((s, p, o) for s, p, o in res.graph)  # type: ignore[union-attr]
        return QueryResult(("subject", "predicate", "object"), rows)
    variables = tuple(str(v) for v in res.vars or ())
    return QueryResult(variables, tuple(tuple(row) for row in res))  # type: ignore[arg-type]


def dyad_balance_table(store: KGStore) -> QueryResult | None:
    """The whole ``dyad-balance`` table (no parameters) from the dyads' records.

    The named query joins ten triples per dyad, which costs Oxigraph 60-130 µs per dyad at
    1M events (over a minute for the 540k rows); the summary graph also keeps each dyad's
    tallies as one ``ckg:dyadRecord`` literal, so the whole table is read as one triple per
    dyad plus the labels, with the same rows (:func:`kg.dyads.balance_rows`). ``None`` when
    the summary has no records (a store written before them, opened read-only): the caller
    then runs the query. With a source or target bound the query itself is fast (0.1 s).
    """
    from kg.dyads import BALANCE_VARIABLES, balance_rows

    if not store.has_dyad_records():
        return None
    rows = balance_rows(store.dyad_records(), store.dyad_labels())
    return QueryResult(BALANCE_VARIABLES, tuple(rows))


# --------------------------------------------------------------------------- formatting
def _cell(term: Any) -> str:
    if term is None:
        return ""
    return str(term)


def _tsv_cell(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        return term_sparql(term)
    return str(term)


def json_binding(term: Any) -> dict[str, str]:
    """One RDF term in the SPARQL 1.1 JSON results format."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    item: dict[str, str] = {"type": "literal", "value": str(term)}
    if getattr(term, "language", None):
        item["xml:lang"] = term.language
    elif getattr(term, "datatype", None):
        item["datatype"] = str(term.datatype)
    return item


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result as ``table``, ``csv``, ``tsv`` or ``json`` (SPARQL 1.1 JSON results).

    ``csv`` and ``tsv`` follow the SPARQL 1.1 CSV/TSV results formats: CSV
    cells are plain values, TSV cells are terms in N-Triples syntax.
    """
    if fmt == "json":
        if result.boolean is not None:
            return json.dumps({"head": {}, "boolean": result.boolean})
        bindings = [
            {
                v: json_binding(t)
                for v, t in zip(result.variables, row, strict=False)
                if t is not None
            }
            for row in result.rows
        ]
        return json.dumps(
            {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
            ensure_ascii=False,
        )
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(result.variables)
        for row in result.rows:
            w.writerow([_cell(t) for t in row])
        return buf.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in result.variables)]
        lines += ["\t".join(_tsv_cell(t) for t in row) for row in result.rows]
        return "\n".join(lines) + "\n"
    if fmt != "table":
        raise QueryError(f"unknown output format {fmt!r} (table, csv, tsv, json)")
    widths = [len(v) for v in result.variables]
    cells = [[_cell(t) for t in row] for row in result.rows]
    for cell_row in cells:
        for i, c in enumerate(cell_row):
            widths[i] = min(max(widths[i], len(c)), 60)

    def line(items: list[str]) -> str:
        return "  ".join(c[:60].ljust(widths[i]) for i, c in enumerate(items)).rstrip()

    out = [line(list(result.variables)), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    return "\n".join(out) + f"\n({len(cells)} rows)\n"
