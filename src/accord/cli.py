"""The accord command: a thin layer over KnowledgeGraph. stdout is data, stderr is messages."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import ingestion
from . import queries as catalogue
from .api import KnowledgeGraph
from .documents import read_documents
from .errors import AccordError, InputError, QueryError
from .extract import extract
from .extract.graph import document_iri, to_graph
from .remote import is_remote, open_store
from .results import OUTPUT_FORMATS
from .store import graph_quads, serialize

DEFAULT_STORE = "accord-store"
EXTRACT_FORMATS = ("jsonl", "turtle", "trig", "nquads", "jsonld")
EXPORT_FORMATS = ("trig", "nquads", "turtle", "jsonld")
# What `accord demo` shows: every stored query, with a sample actor where it needs one.
DEMO_PARAMS = {"allies_of": {"actor": "Q159"}, "acts_by_actor": {"actor": "United States"},
               "acts_against_actor": {"actor": "Q159"}, "actor_profile": {"actor": "Q30"},
               "acts_by_type": {"type": "AGREE"}, "acts_by_quad_class": {"quad": "verbal-conflict"}}

format_option = click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table",
                             show_default=True, help="How to print the rows.")


def _store_path(ctx: click.Context) -> str:
    return ctx.obj["store"]


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
    with _open(ctx) as kg, ingestion.progress_bar() as (on_start, on_written):
        summary = ingestion.ingest(kg.store, docs, jobs=jobs, force=force, on_start=on_start,
                                   on_written=on_written)
    click.echo(summary.line(), err=True)


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
@format_option
@click.pass_context
def query(ctx, name, pairs, fmt) -> None:
    """Run a stored query. A query under checks/ exits 1 when it returns rows."""
    stored = catalogue.get(name)
    params = _params(pairs)
    with _open(ctx, read_only=True) as kg:
        rows = kg.query(name, **params)
    click.echo(rows.render(fmt), nl=False)
    if stored.is_check and len(rows):
        ctx.exit(1)


@cli.command()
@click.argument("query_or_file")
@format_option
@click.pass_context
def sparql(ctx, query_or_file, fmt) -> None:
    """Run any SPARQL query, given inline or as a file (- reads standard input)."""
    if query_or_file == "-":
        text = sys.stdin.read()
    elif Path(query_or_file).is_file():
        text = Path(query_or_file).read_text(encoding="utf-8")
    else:
        text = query_or_file
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
        Path(output).write_bytes(data)
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
        kg.load(file.read_bytes(), format=fmt)


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


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 a check found problems, 2 bad usage or input)."""
    try:
        cli.main(args=argv, prog_name="accord", standalone_mode=False)
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
    return 0


def run() -> None:
    sys.exit(main())
