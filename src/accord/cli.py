"""The accord command: a thin layer over KnowledgeGraph. stdout is data, stderr is messages."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import ingestion
from . import queries as catalogue
from . import reasoning
from .api import KnowledgeGraph
from .documents import read_documents
from .errors import AccordError, InputError, QueryError
from .extract import extract
from .extract.graph import document_iri, to_graph
from .limits import QueryLimits
from .namespaces import PREFIXES
from .remote import is_remote, open_store
from .results import OUTPUT_FORMATS
from .store import INFERRED_GRAPH, graph_quads, serialize

DEFAULT_STORE = "accord-store"
EXTRACT_FORMATS = ("jsonl", "turtle", "trig", "nquads", "jsonld")
EXPORT_FORMATS = ("trig", "nquads", "turtle", "jsonld")
# What `accord demo` shows: every stored query, with a sample actor where it needs one.
DEMO_PARAMS = {"allies_of": {"actor": "Q159"}, "acts_by_actor": {"actor": "United States"},
               "acts_against_actor": {"actor": "Q159"}, "actor_profile": {"actor": "Q30"},
               "acts_by_type": {"type": "AGREE"}, "acts_by_quad_class": {"quad": "verbal-conflict"},
               "leaders_over_time": {"actor": "Q159"}, "leader_on_date": {"state": "Q159", "date": "2019-04-25"}}

format_option = click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table",
                             show_default=True, help="How to print the rows.")


def _store_path(ctx: click.Context) -> str:
    return ctx.obj["store"]


# A write after `accord reason` leaves its inferred graph behind the data until reason runs again.
STALE_NOTE = "note: the inferred facts predate this write; run 'accord reason' to bring them up to date"


def _open(ctx: click.Context, *, read_only: bool = False) -> KnowledgeGraph:
    path = _store_path(ctx)
    if is_remote(path):
        return KnowledgeGraph(open_store(path, read_only=read_only, **ctx.obj["remote"]))
    if read_only and not Path(path).exists():
        raise AccordError(f"no store at {path} (run 'accord ingest' first, or pass --store)")
    return KnowledgeGraph.open(path, read_only=read_only)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", "store", default=lambda: os.environ.get("ACCORD_STORE", DEFAULT_STORE),
              show_default=f"$ACCORD_STORE or ./{DEFAULT_STORE}",
              help="The store folder, or a SPARQL server's query endpoint (http://…/sparql).")
@click.option("--update-url", help="A SPARQL server's update endpoint, if not the query endpoint "
              "[$ACCORD_STORE_UPDATE_URL].")
@click.option("--user", help="User name for the SPARQL server [$ACCORD_STORE_USER].")
@click.option("--password", help="Password for the SPARQL server [$ACCORD_STORE_PASSWORD].")
@click.option("--auth", type=click.Choice(("basic", "digest")), help="HTTP authentication scheme (Virtuoso's "
              "/sparql-auth: digest) [$ACCORD_STORE_AUTH, else basic].")
@click.option("--timeout", type=click.FloatRange(min=0.1), help="Seconds a request to the SPARQL server may take "
              "in all [$ACCORD_STORE_TIMEOUT, else 60].")
@click.version_option(package_name="accord")
@click.pass_context
def cli(ctx: click.Context, store: str, **remote: object) -> None:
    """accord: news about international politics as a knowledge graph of actors, alliances and acts."""
    ctx.obj = {"store": store, "remote": remote}


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--title", help="The document's title (one document only).")
@click.option("--url", help="Where the document was published (one document only).")
@click.option("--published", help="Publication date, YYYY-MM-DD (one document only).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extract in this many processes (the store is written by one).")
@click.option("--force", is_flag=True, help="Re-ingest documents the store already holds unchanged.")
@click.pass_context
def ingest(ctx, paths, title, url, published, jobs, force) -> None:
    """Read documents (.txt, .md, or folders of them) into the store, one named graph each.

    Documents the store already holds with the same text and metadata are skipped, so an interrupted run
    resumes where it stopped.
    """
    docs = read_documents(paths)
    if len(docs) > 1 and any(v is not None for v in (title, url, published)):
        raise InputError("--title, --url and --published apply to one document; give one at a time")
    docs = [d.with_metadata(title=title, url=url, published=published) for d in docs]
    with _open(ctx) as kg, ingestion.progress_bar() as (on_start, on_extracted, on_written):
        summary = ingestion.ingest(kg.store, docs, jobs=jobs, force=force, on_start=on_start,
                                   on_extracted=on_extracted, on_written=on_written)
        stale = bool(summary.written) and kg.has_inferred()
    click.echo(summary.line(), err=True)
    if stale:
        click.echo(STALE_NOTE, err=True)


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="jsonl", show_default=True)
def extract_cmd(paths, fmt) -> None:
    """Print what ingest would store, without a store."""
    docs = read_documents(paths)
    extractions = [extract(d) for d in docs]
    if fmt == "jsonl":
        for x in extractions:
            for record in x.records(x.document.path or x.document.id):
                click.echo(json.dumps(record, ensure_ascii=False))
        return
    quads = [q for x in extractions for q in graph_quads(to_graph(x), str(document_iri(x.document.id)))]
    sys.stdout.buffer.write(serialize(quads, fmt))
    sys.stdout.buffer.flush()


@cli.command("queries")
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True)
def queries_cmd(fmt) -> None:
    """List the stored queries with their summaries and parameters."""
    items = list(catalogue.catalogue().values())
    if fmt == "json":
        click.echo(json.dumps([{"name": q.name, "summary": q.summary, "returns": q.returns,
                                "params": [{"name": p.name, "type": p.type, "required": p.required,
                                            "doc": p.doc} for p in q.params]} for q in items], indent=1))
        return
    for q in items:
        click.echo(q.name)
        click.echo(f"    {q.summary}")
        for p in q.params:
            click.echo(f"    --param {p.name}=<{p.type}>  {'required' if p.required else 'optional'}: {p.doc}")


def _params(pairs: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, val = pair.partition("=")
        if not sep or not key:
            raise QueryError(f"--param wants KEY=VALUE, got {pair!r}")
        out[key.strip()] = val
    return out


@cli.command()
@click.argument("name")
@click.option("--param", "-p", "pairs", multiple=True, metavar="KEY=VALUE", help="A parameter; repeat for more.")
@click.option("--asserted", is_flag=True, help="See asserted facts only, not what accord reason inferred.")
@format_option
@click.pass_context
def query(ctx, name, pairs, asserted, fmt) -> None:
    """Run a stored query. A query under checks/ exits 1 when it returns rows."""
    stored = catalogue.get(name)
    params = _params(pairs)
    with _open(ctx, read_only=True) as kg:
        rows = kg.query(name, asserted=asserted, **params)
    click.echo(rows.render(fmt), nl=False)
    if stored.is_check and len(rows):
        ctx.exit(1)


def _is_file(text: str) -> bool:
    try:
        return Path(text).is_file()
    except OSError:  # query text longer than a file name may be
        return False


@cli.command()
@click.argument("query_or_file")
@format_option
@click.pass_context
def sparql(ctx, query_or_file, fmt) -> None:
    """Run any SPARQL query, given inline or as a file (- reads standard input)."""
    if query_or_file == "-":
        text = sys.stdin.read()
    elif _is_file(query_or_file):
        text = Path(query_or_file).read_text(encoding="utf-8")
    else:
        text = query_or_file
    QueryLimits().check(text, PREFIXES)  # a deeply nested query would end the process inside the parser
    with _open(ctx, read_only=True) as kg:
        result = kg.sparql(text)
    if isinstance(result, bool):
        click.echo("true" if result else "false")
    elif hasattr(result, "render"):
        click.echo(result.render(fmt), nl=False)
    else:
        click.echo(result.serialize(format="turtle"), nl=False)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="trig", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to a file instead of stdout.")
@click.pass_context
def export(ctx, fmt, output) -> None:
    """Dump the whole store."""
    with _open(ctx, read_only=True) as kg:
        data = kg.store.dump(fmt)
    if output:
        try:
            Path(output).write_bytes(data)
        except OSError as exc:
            raise AccordError(f"{output}: cannot write ({exc.strerror or exc})") from None
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()


@cli.command("import")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(("trig", "nquads", "jsonld")), default=None,
              help="The file's format (by default, from its extension).")
@click.pass_context
def import_cmd(ctx, path, fmt) -> None:
    """Add a dataset written by 'accord export' (TriG, N-Quads or JSON-LD) to the store."""
    file = Path(path)
    if not file.is_file():
        raise InputError(f"{path}: no such file")
    fmt = fmt or {".trig": "trig", ".nq": "nquads", ".jsonld": "jsonld", ".json": "jsonld"}.get(file.suffix)
    if fmt is None:
        raise InputError(f"{path}: cannot tell the format from the extension; pass --format")
    with _open(ctx) as kg:
        kg.import_file(file, format=fmt)
        if kg.has_inferred():
            click.echo(STALE_NOTE, err=True)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True)
@click.pass_context
def stats(ctx, fmt) -> None:
    """Count documents, actors, acts by type, and alliances."""
    with _open(ctx, read_only=True) as kg:
        counts = kg.stats()
    if fmt == "json":
        click.echo(json.dumps(counts, indent=1))
        return
    for key in ("documents", "actors", "acts", "alliances", "triples"):
        click.echo(f"{key:>10}: {counts[key]}")
    for plover, n in counts["acts_by_type"].items():
        click.echo(f"{'':>10}  {plover:<10} {n}")


@cli.command()
@click.pass_context
def demo(ctx) -> None:
    """Print the answer of every stored query on the store, as tables."""
    stored_queries = list(catalogue.catalogue().values())
    with _open(ctx, read_only=True) as kg:
        for stored in (q for q in stored_queries if not q.is_check):
            params = DEMO_PARAMS.get(stored.name, {})
            if any(p.required and p.name not in params for p in stored.params):
                continue
            shown = ", ".join(f"{k}={v}" for k, v in params.items())
            click.echo(f"{stored.name}({shown}): {stored.summary}")
            click.echo(kg.query(stored.name, **params).to_table())
        for stored in (q for q in stored_queries if q.is_check):
            found = len(kg.query(stored.name))
            click.echo(f"{stored.name}: {'ok' if not found else f'{found} problems'} — {stored.summary}")


# Linking to Wikidata, DBpedia and GeoNames (issue 5): accord link [--reconcile], accord federated, accord void.
# The commands live in accord.linking.commands; they get this module's store opener and --param parser.
from .linking.commands import link_commands  # noqa: E402

for _command in link_commands(_open, _params, format_option):
    cli.add_command(_command)


# evaluation (issue 3): score the extractor against gold files ----------------------------------------------
@cli.command("evaluate")
@click.argument("gold", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True)
@click.option("--processes", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for extraction.")
def evaluate_cmd(gold, fmt, processes) -> None:
    """Score extraction against gold files: a PLOVER GSR file, passage files, or folders of them.

    Acts match by PLOVER type and one agent and one target; actors are scored by Wikidata id, the gold's
    actors against those the extracted acts and alliances name (with the states a person or body acts for).
    """
    from .evaluation import evaluate, render_json, render_table

    reports = evaluate([Path(g) for g in gold], processes=processes)
    click.echo(render_json(reports) if fmt == "json" else render_table(reports), nl=False)


# Serving (issue 6): the SPARQL endpoint, stored queries over HTTP and the query page; logic in accord.serve.
@cli.command("serve")
@click.option("--store", "store", default=None, help="The store folder (overrides the global --store).")
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes (each query runs in one and is ended at the time limit).")
@click.option("--time-limit", default=10.0, show_default=True, type=click.FloatRange(0.01),
              help="Seconds a query may run before it is ended.")
@click.option("--row-cap", default=10_000, show_default=True, type=click.IntRange(1),
              help="Rows (or triples) a result may hold; past it the result is cut and says so.")
@click.option("--update-token", envvar="ACCORD_UPDATE_TOKEN", default=None,
              help="Allow SPARQL updates with 'Authorization: Bearer TOKEN' (or $ACCORD_UPDATE_TOKEN).")
@click.option("--allow-endpoint", "endpoints", multiple=True, metavar="IRI",
              help="An endpoint SERVICE and LOAD may reach; repeat for more (none by default).")
@click.option("--cors-origin", "origins", multiple=True, default=("*",), show_default=True,
              help="An origin browsers may call from; repeat for more.")
@click.pass_context
def serve_cmd(ctx, store, host, port, workers, time_limit, row_cap, update_token, endpoints, origins) -> None:
    """Serve the store over the SPARQL 1.1 Protocol, with stored queries at /queries and a query page at /."""
    from .serve import ServeConfig, serve

    serve(ServeConfig(Path(store or _store_path(ctx)), host=host, port=port, workers=workers, time_limit=time_limit,
                      row_cap=row_cap, limits=QueryLimits(allowed_endpoints=frozenset(endpoints)),
                      update_token=update_token or None, cors_origins=tuple(origins)))

# --- reasoning: accord reason, explain, validate, check (issue 4; logic in accord.reasoning / validation) ---


@cli.command("reason")
@click.option("--timeout", default=600.0, show_default=True, help="Seconds the closure may take.")
@click.option("--memory", default=4096, show_default=True, help="MB of memory the closure may take.")
@click.pass_context
def reason_cmd(ctx, timeout, memory) -> None:
    """Write the OWL 2 RL closure of ontology and data to its own graph (exit 1 if it is inconsistent)."""
    with _open(ctx) as kg:
        report = kg.reason(seconds=timeout, memory_mb=memory)
    for found in report.inconsistencies:
        click.echo(f"{found.rule}: {found.message}")
    state = "written to " + INFERRED_GRAPH if report.written else "NOT written: the data is inconsistent"
    click.echo(f"reasoned over {report.asserted} asserted triples with {report.rules} rules in {report.rounds} "
               f"rounds, {report.seconds:.2f} s: {report.inferred} inferred triples, {state}", err=True)
    if not report.written:
        ctx.exit(1)


@cli.command("explain")
@click.argument("subject")
@click.argument("predicate")
@click.argument("object")
@click.pass_context
def explain_cmd(ctx, subject, predicate, object) -> None:
    """Say why a triple holds: the sentence asserting it, or the rule and premises inferring it.

    Terms are IRIs or prefixed names (id:actor/Q159 acc:allyOf id:actor/Q423); exit 1 when it does not hold.
    """
    with _open(ctx, read_only=True) as kg:
        explanation = kg.explain(subject, predicate, object)
    click.echo("\n".join(explanation.lines()))
    if explanation.how == "unknown":
        ctx.exit(1)


@cli.command("validate")
@click.pass_context
def validate_cmd(ctx) -> None:
    """Check the store's asserted triples against the SHACL shapes (exit 1 on violations)."""
    with _open(ctx, read_only=True) as kg:
        report = kg.validate()
    for violation in report.violations:
        click.echo(str(violation))
    click.echo("conforms" if report.conforms else f"{len(report.violations)} violations", err=True)
    if not report.conforms:
        ctx.exit(1)


@cli.command("check")
@click.option("--data/--no-data", default=None, help="Include the data (default: when it is small enough).")
@click.option("--timeout", default=120, show_default=True, help="Seconds HermiT may take.")
@click.option("--heap", default=1024, show_default=True, help="Java heap cap in MB.")
@click.pass_context
def check_cmd(ctx, data, timeout, heap) -> None:
    """Run HermiT (OWL 2 DL) on the ontology, and on the data: consistency, unsatisfiable classes, classification."""
    with _open(ctx) as kg:
        report = reasoning.check(kg.store, data=data, seconds=timeout, heap_mb=heap)
    h = report.hermit
    scope = "ontology and data" if report.with_data else "ontology"
    click.echo(f"HermiT on the {scope} ({h.triples} triples, {h.seconds} s): "
               f"{'consistent' if h.consistent else 'INCONSISTENT'}")
    if report.note:
        click.echo(f"note: {report.note}")
    for name in h.unsatisfiable:
        click.echo(f"unsatisfiable class: {name}")
    if h.consistent and not h.unsatisfiable:
        click.echo("unsatisfiable classes: none")
    for sub, sup in h.inferred_subclasses:
        click.echo(f"inferred: {sub} subClassOf {sup}")
    if h.consistent and not h.inferred_subclasses:
        click.echo("classification: no subclass link beyond those stated")
    for found in report.inconsistencies:
        click.echo(f"{found.rule}: {found.message}")
    if not h.consistent and not report.inconsistencies:
        click.echo("the OWL 2 RL checks do not locate the inconsistency; it needs OWL 2 DL reasoning")
    if not report.ok:
        ctx.exit(1)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 a check found problems, 2 bad usage or input)."""
    try:
        # Without standalone mode click returns ctx.exit's code instead of raising it.
        code = cli.main(args=argv, prog_name="accord", standalone_mode=False)
        if isinstance(code, int):
            return code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("error: aborted", err=True)
        return 2
    except click.ClickException as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        return 2
    except AccordError as exc:
        click.echo(f"error: {exc}", err=True)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a disk or folder problem no command foresaw: still one line, never a traceback
        click.echo(f"error: {exc.strerror or exc}{f' ({exc.filename})' if exc.filename else ''}", err=True)
        return 2
    return 0


def run() -> None:
    sys.exit(main())
