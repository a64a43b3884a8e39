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
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Extract in N worker processes.")] = 1,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Articles per transaction (each batch lands whole or not).")
    ] = 50,
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
        printed: set[str] = set()

        def warn(message: str) -> None:
            printed.add(message)
            typer.echo(f"warning: {message}", err=True)

        def tick(res: api.ExtractResult) -> None:
            bar.advance(task)
            if res.error is not None:
                _err(str(res.error))
            for w in res.record.warnings:
                warn(w)
            if res.extraction is not None:
                for w in res.extraction.warnings:
                    warn(f"{res.record.source}: {w}")

        report = api.ingest(
            paths,
            kg_store,
            published=_date(published),
            lang=lang,
            source=source,
            min_confidence=min_confidence,
            max_bytes=max_bytes,
            batch_size=batch_size,
            jobs=jobs,
            on_record=tick,
        )
    for w in report.warnings:  # those the batch found (duplicate ids), not a record
        if w not in printed:
            warn(w)
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
            shown = " ".join(f"[{p}]" for p, _ in q.params)
            typer.echo(f"{q.name} {shown}".rstrip() + f"\n    {q.title}")
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
    params: dict[str, str] = {}
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
    from kg.export import FORMATS

    if fmt not in FORMATS:  # before -o is opened, so a typo does not empty the file
        raise KGError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    kg_store = api.open_store(store, read_only=True)
    if output is None:
        api.export(kg_store, fmt, sys.stdout)
        return
    try:
        with output.open("w", encoding="utf-8") as fh:
            api.export(kg_store, fmt, fh)
    except OSError as exc:
        raise KGError(f"{output}: cannot write ({exc.strerror or exc})") from None
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


@app.command()
def serve(
    store: StoreOpt = DEFAULT_STORE,
    host: Annotated[
        str, typer.Option(help="Address to bind; anything but loopback exposes the store.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port (0 picks a free one).")] = 7878,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run.")] = 30.0,
    max_rows: Annotated[int, typer.Option(help="Most rows or triples in a result.")] = 10_000,
    workers: Annotated[int, typer.Option(help="Query worker processes.")] = 2,
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint with a query page (no UPDATE/SERVICE)."""
    from kg.server import is_loopback

    if not is_loopback(host):
        typer.echo(f"warning: listening on {host}: other machines can query the store", err=True)
    server = api.serve(
        store,
        host=host,
        port=port,
        timeout=timeout,
        max_rows=max_rows,
        workers=workers,
        background=True,
    )
    server.handle_sigterm()
    typer.echo(f"serving {store} read-only at {server.url}/query (query page: {server.url}/)")
    try:
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


analyze_app = typer.Typer(
    name="analyze",
    help="Network analyses of the stored graph (networkx): tables, CSV or JSON.",
    no_args_is_help=True,
)
app.add_typer(analyze_app, name="analyze")

AnalysisFormat = Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")]
Since = Annotated[str | None, typer.Option(help="Only events dated on or after YYYY-MM-DD.")]
Until = Annotated[str | None, typer.Option(help="Only events dated on or before YYYY-MM-DD.")]
Types = Annotated[
    list[str] | None,
    typer.Option(
        "--types", "-t", help="Only these CAMEO codes/prefixes or event classes (repeat or a,b)."
    ),
]
Top = Annotated[int | None, typer.Option(help="Print only the first N rows.")]
PageOut = Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")]
GraphOpt = Annotated[
    str, typer.Option("--graph", "-g", help="interactions (actors) or facts (with relations).")
]


def _types(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [t.strip() for v in values for t in v.split(",") if t.strip()]


def _analysis(what: str, store: str, fmt: str, **options: object) -> None:
    from kg.analysis.report import COLUMNS, IRI_COLUMNS, format_rows

    if fmt not in ("table", "csv", "json"):
        raise KGError(f"--format: unknown format {fmt!r} (table, csv, json)")
    options["types"] = _types(options.get("types"))  # type: ignore[arg-type]
    rows = api.analyze(api.open_store(store, read_only=True), what, **options)
    columns = COLUMNS[what]
    if fmt == "table":  # labels are enough on screen; CSV and JSON keep the IRIs
        columns = tuple(c for c in columns if c not in IRI_COLUMNS)
    missing = "undated" if what == "timeline" and fmt == "table" else ""
    sys.stdout.write(format_rows(rows, columns, fmt, missing=missing))


@analyze_app.command("centrality")
def analyze_centrality(
    store: StoreOpt = DEFAULT_STORE,
    graph: GraphOpt = "interactions",
    top: Top = 20,
    fmt: AnalysisFormat = "table",
    since: Since = None,
    until: Until = None,
    types: Types = None,
) -> None:
    """Actors ranked by PageRank, with degree, strength and betweenness."""
    _analysis("centrality", store, fmt, graph=graph, top=top, since=since, until=until, types=types)


@analyze_app.command("communities")
def analyze_communities(
    store: StoreOpt = DEFAULT_STORE,
    graph: GraphOpt = "interactions",
    seed: Annotated[int, typer.Option(help="Louvain seed.")] = 0,
    top: Top = None,
    fmt: AnalysisFormat = "table",
    since: Since = None,
    until: Until = None,
    types: Types = None,
) -> None:
    """Louvain communities, largest first, with their best-connected members."""
    _analysis(
        "communities",
        store,
        fmt,
        graph=graph,
        seed=seed,
        top=top,
        since=since,
        until=until,
        types=types,
    )


@analyze_app.command("path")
def analyze_path(
    source: Annotated[str, typer.Argument(help="An actor or place (label, alias or IRI).")],
    target: Annotated[str, typer.Argument(help="Another actor or place.")],
    store: StoreOpt = DEFAULT_STORE,
    max_paths: Annotated[int, typer.Option(help="Shortest paths to list.")] = 5,
    fmt: AnalysisFormat = "table",
    since: Since = None,
    until: Until = None,
    types: Types = None,
) -> None:
    """How A is connected to B: shortest paths through events and relations."""
    _analysis(
        "path",
        store,
        fmt,
        source=source,
        target=target,
        max_paths=max_paths,
        since=since,
        until=until,
        types=types,
    )


@analyze_app.command("ego")
def analyze_ego(
    source: Annotated[str, typer.Argument(help="An actor or place (label, alias or IRI).")],
    store: StoreOpt = DEFAULT_STORE,
    radius: Annotated[int, typer.Option(help="Steps from the actor; an event is one.")] = 2,
    fmt: AnalysisFormat = "table",
    since: Since = None,
    until: Until = None,
    types: Types = None,
) -> None:
    """The ego network of an actor: everything within RADIUS steps."""
    _analysis(
        "ego", store, fmt, source=source, radius=radius, since=since, until=until, types=types
    )


@analyze_app.command("dyads")
def analyze_dyads(
    store: StoreOpt = DEFAULT_STORE,
    top: Top = None,
    fmt: AnalysisFormat = "table",
    since: Since = None,
    until: Until = None,
    types: Types = None,
) -> None:
    """A->B events by QuadClass, Goldstein balance, first and last date."""
    _analysis("dyads", store, fmt, top=top, since=since, until=until, types=types)


@analyze_app.command("timeline")
def analyze_timeline(
    store: StoreOpt = DEFAULT_STORE,
    freq: Annotated[str, typer.Option(help="day, week or month.")] = "day",
    by: Annotated[str, typer.Option(help="type (CAMEO root), code, quad or none.")] = "type",
    fmt: AnalysisFormat = "table",
    since: Since = None,
    until: Until = None,
    types: Types = None,
) -> None:
    """Events per day, week or month and event type."""
    _analysis("timeline", store, fmt, freq=freq, by=by, since=since, until=until, types=types)


@app.command()
def viz(
    store: StoreOpt = DEFAULT_STORE,
    output: PageOut = Path("viz/graph.html"),
    focus: Annotated[
        str | None, typer.Option(help="Draw only the surroundings of this actor or place.")
    ] = None,
    hops: Annotated[int, typer.Option(help="Steps around --focus; an event is one.")] = 2,
    since: Since = None,
    until: Until = None,
    types: Types = None,
    max_nodes: Annotated[
        int, typer.Option(help="Node budget; above it the page shows the top-ranked nodes.")
    ] = 2000,
    title: Annotated[str | None, typer.Option(help="Page title.")] = None,
    open_: Annotated[bool, typer.Option("--open", help="Open the page in a browser.")] = False,
) -> None:
    """Write one self-contained HTML page of the graph that works offline."""
    report = api.viz(
        api.open_store(store, read_only=True),
        output,
        focus=focus,
        hops=hops,
        since=since,
        until=until,
        types=_types(types),
        max_nodes=max_nodes,
        title=title,
    )
    left_out = (
        f" (left out {report.omitted_nodes} of {report.total_nodes} nodes)"
        if report.omitted_nodes
        else ""
    )
    typer.echo(
        f"wrote {output}: {report.nodes} nodes, {report.edges} edges, "
        f"{report.bytes / 1e6:.1f} MB{left_out}"
    )
    if open_:
        import webbrowser

        webbrowser.open(output.resolve().as_uri())


def main() -> None:
    """Entry point of the ``kg`` console script."""
    try:
        app()
    except KGError as exc:
        _err(str(exc))
        sys.exit(1)
