"""The ``kg`` command line: a thin layer over :mod:`kg.api`.

Every command calls one API function. Domain errors (:class:`kg.errors.KGError`)
become a one-line ``error:`` message and exit status 1 in one place, :func:`main`.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from kg import api
from kg.errors import KGError
from kg.events import DEFAULT_MIN_CONFIDENCE
from kg.readers import DEFAULT_MAX_BYTES
from kg.store import DEFAULT_STORE

app = typer.Typer(
    name="kg",
    help="Conflict-event knowledge graph: news articles in, CAMEO-typed RDF facts out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

StoreOpt = Annotated[
    str, typer.Option("--store", "-s", help="Store folder, 'memory', or a SPARQL endpoint URL.")
]
Paths = Annotated[
    list[Path], typer.Argument(help="Files or folders (.txt .md .html .json .jsonl).")
]
Published = Annotated[
    str | None, typer.Option(help="Publication date YYYY-MM-DD for .txt/.md/.html inputs.")
]
Lang = Annotated[str | None, typer.Option(help="Language code (id or en); detected when absent.")]
Source = Annotated[str | None, typer.Option(help="Publisher name for .txt/.md/.html inputs.")]
MinConf = Annotated[float, typer.Option(help="Drop facts below this confidence.")]
MaxBytes = Annotated[int, typer.Option(help="Refuse input files larger than this many bytes.")]


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise KGError(f"--published: bad date {value!r} (expected YYYY-MM-DD)") from None


def _err(message: str) -> None:
    typer.echo(f"error: {message}", err=True)


@app.command()
def ingest(
    paths: Paths,
    store: StoreOpt = DEFAULT_STORE,
    published: Published = None,
    lang: Lang = None,
    source: Source = None,
    min_confidence: MinConf = DEFAULT_MIN_CONFIDENCE,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
) -> None:
    """Extract facts from articles and store them (one named graph per article)."""
    from rich.progress import BarColumn, Progress, TextColumn

    kg_store = api.open_store(store)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} read"),
        disable=not progress or not sys.stderr.isatty(),
        transient=True,
    ) as bar:
        task = bar.add_task("ingest", total=None)

        def tick(res: api.ExtractResult) -> None:
            bar.advance(task)
            if res.error is not None:
                _err(str(res.error))
            for w in res.record.warnings:
                typer.echo(f"warning: {w}", err=True)
            if res.extraction is not None:
                for w in res.extraction.warnings:
                    typer.echo(f"warning: {res.record.source}: {w}", err=True)

        report = api.ingest(
            paths,
            kg_store,
            published=_date(published),
            lang=lang,
            source=source,
            min_confidence=min_confidence,
            max_bytes=max_bytes,
            on_record=tick,
        )
    kg_store.close()
    typer.echo(
        f"ingested {report.stored} article(s), {report.unchanged} unchanged, "
        f"{len(report.failed)} failed; {report.events} events, {report.relations} relations, "
        f"{report.triples} triples written to {store}"
    )
    if report.failed:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: Paths,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="jsonl (the contract) or summary.")
    ] = "jsonl",
    published: Published = None,
    lang: Lang = None,
    source: Source = None,
    min_confidence: MinConf = DEFAULT_MIN_CONFIDENCE,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """Extract facts and print them without storing (JSON Lines contract)."""
    if fmt not in ("jsonl", "summary"):
        raise KGError(f"--format: unknown format {fmt!r} (jsonl, summary)")
    failed = 0
    results = api.extract(
        paths,
        published=_date(published),
        lang=lang,
        source=source,
        min_confidence=min_confidence,
        max_bytes=max_bytes,
    )
    for res in results:
        if res.error is not None:
            failed += 1
            _err(str(res.error))
            continue
        if res.extraction is None:
            continue
        for w in res.extraction.warnings:
            typer.echo(f"warning: {res.record.source}: {w}", err=True)
        if fmt == "summary":
            ex = res.extraction
            typer.echo(
                f"{ex.document.doc_id}: {len(ex.entities)} entities, {len(ex.events)} events, "
                f"{len(ex.relations)} relations"
            )
            continue
        for rec in api.extract_records([res]):
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if failed:
        raise typer.Exit(1)


@app.command()
def query(
    sparql: Annotated[
        str | None, typer.Argument(help="SPARQL text, @FILE, a .rq file, or a named query.")
    ] = None,
    store: StoreOpt = DEFAULT_STORE,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE for a named query.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = "table",
    list_: Annotated[
        bool, typer.Option("--list", help="List the named queries and their parameters.")
    ] = False,
) -> None:
    """Run a SPARQL query or a named query over the store."""
    from kg import sparql as sp

    if list_:
        for q in api.named_queries().values():
            params = " ".join(f"[{p}]" for p, _ in q.params)
            typer.echo(f"{q.name} {params}".rstrip() + f"\n    {q.title}")
            for p, help_ in q.params:
                typer.echo(f"    --param {p}=...  {help_}")
        return
    if sparql is None:
        raise KGError("give a SPARQL query, a .rq file or a named query (see --list)")
    text = sparql
    if sparql.startswith("@") or (sparql.endswith(".rq") and Path(sparql).exists()):
        path = Path(sparql.lstrip("@"))
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise KGError(f"{path}: cannot read ({exc.strerror})") from None
    params = {}
    for item in param or []:
        name, sep, value = item.partition("=")
        if not sep:
            raise KGError(f"--param {item!r}: expected NAME=VALUE")
        params[name] = value
    kg_store = api.open_store(store, read_only=True)
    result = api.query(kg_store, text, params)
    sys.stdout.write(sp.format_result(result, fmt))


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="ttl, trig, nq, jsonld, jsonl or events-csv.")
    ] = "trig",
    store: StoreOpt = DEFAULT_STORE,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Export the stored graph."""
    kg_store = api.open_store(store, read_only=True)
    if output is None:
        api.export(kg_store, fmt, sys.stdout)
        return
    with output.open("w", encoding="utf-8") as fh:
        api.export(kg_store, fmt, fh)
    typer.echo(f"wrote {output}", err=True)


@app.command()
def validate(store: StoreOpt = DEFAULT_STORE) -> None:
    """Check the stored graph against the SHACL shapes (ontology/shapes.ttl)."""
    result = api.validate(api.open_store(store, read_only=True))
    if result.conforms:
        typer.echo("conforms: the graph satisfies every shape")
        return
    for m in result.messages:
        typer.echo(m)
    typer.echo(f"{result.violations} violation(s)")
    raise typer.Exit(1)


@app.command()
def stats(
    store: StoreOpt = DEFAULT_STORE,
    html: Annotated[
        Path | None, typer.Option(help="Also print the path of this HTML page.")
    ] = None,
) -> None:
    """Counts of articles, entities, events, relations and triples."""
    s = api.stats(api.open_store(store, read_only=True))
    typer.echo(f"store:     {store}")
    typer.echo(f"articles:  {s.articles}")
    typer.echo(f"entities:  {s.entities}")
    typer.echo(f"events:    {s.events}")
    typer.echo(f"relations: {s.relations}")
    typer.echo(f"triples:   {s.triples}")
    if html is not None:
        typer.echo(f"html:      {html.resolve() if html.exists() else html}")


def main() -> None:
    """Entry point of the ``kg`` console script."""
    try:
        app()
    except KGError as exc:
        _err(str(exc))
        sys.exit(1)
