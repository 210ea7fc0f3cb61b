"""The linking commands of `accord`: link (and --reconcile), federated, void. Registered by accord.cli."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from ..errors import LinkError
from ..store import graph_quads, serialize
from . import federated as federated_queries
from . import reconcile
from .client import WIKIDATA, Client, allowed_endpoints
from .enrich import link
from .void import describe


def _client(endpoint: str, deadline: float, interval: float = 1.0) -> Client:
    return Client(endpoint, allowed=allowed_endpoints(), deadline=deadline, interval=interval)


def link_commands(open_kg: Callable, parse_params: Callable, format_option: Callable) -> list[click.Command]:
    """The commands, given the CLI's store opener, --param parser and --format option."""

    @click.command("link")
    @click.option("--endpoint", default=WIKIDATA, show_default=True,
                  help="SPARQL endpoint to ask; it must be on the allow-list ($ACCORD_ENDPOINTS).")
    @click.option("--offline", is_flag=True, help="Ask no endpoint: use the cache, then the shipped snapshot.")
    @click.option("--cache", "cache_dir", default=lambda: os.environ.get("ACCORD_CACHE", "accord-cache"),
                  show_default="$ACCORD_CACHE or ./accord-cache", help="Folder of cached answers.")
    @click.option("--deadline", type=click.FloatRange(1, 600), default=60, show_default=True,
                  help="Seconds one request may take, retries included.")
    @click.option("--interval", type=click.FloatRange(0, 60), default=1, show_default=True,
                  help="Least seconds between two requests (be kind to public endpoints).")
    @click.option("--reconcile", "do_reconcile", is_flag=True,
                  help="Propose Wikidata candidates for actors without an id instead of enriching.")
    @click.option("--accept", is_flag=True, help="With --reconcile: record candidates at or above the threshold "
                  "that clearly beat the next in data/linking/reviewed.tsv.")
    @click.option("--threshold", type=click.FloatRange(0, 1), default=reconcile.THRESHOLD, show_default=True)
    @click.pass_context
    def link_cmd(ctx, endpoint, offline, cache_dir, deadline, interval, do_reconcile, accept, threshold) -> None:
        """Link actors and places to Wikidata, DBpedia and GeoNames, and enrich them from Wikidata.

        Rebuilds the links graphs and the enrichment graph. Without a network it uses the cache (and the
        snapshot shipped in data/linking/) and says in one line what it could not refresh.
        """
        if do_reconcile:
            if offline:
                raise LinkError("--reconcile asks the endpoint for candidates; it cannot run --offline")
            with open_kg(ctx, read_only=not accept) as kg:
                found = reconcile.candidates(kg.store, _client(endpoint, deadline, interval))
            for label, options in found.items():
                for c in options:
                    click.echo(f"{label}\t{c.wikidata}\t{c.score:.2f}\t{c.evidence}")
            if accept:
                added = reconcile.record(reconcile.accepted(found, threshold),
                                         by=f"accord link --reconcile --accept (threshold {threshold:.2f})")
                click.echo(f"accepted {len(added)} links into {reconcile.REVIEWED}; re-ingest to apply them",
                           err=True)
            return
        client = None if offline else _client(endpoint, deadline, interval)
        with open_kg(ctx) as kg:
            report = link(kg.store, cache_dir=Path(cache_dir), endpoint=endpoint, offline=offline, client=client)
        click.echo(report.summary(), err=True)

    @click.command("federated")
    @click.argument("name", required=False)
    @click.option("--param", "-p", "pairs", multiple=True, metavar="KEY=VALUE", help="A parameter; repeat for more.")
    @click.option("--endpoint", help="Ask this endpoint instead of the one the query names (must be allow-listed).")
    @click.option("--deadline", type=click.FloatRange(1, 600), default=60, show_default=True)
    @format_option
    @click.pass_context
    def federated_cmd(ctx, name, pairs, endpoint, deadline, fmt) -> None:
        """Run a federated query (accord's facts joined with Wikidata's through SERVICE); without NAME, list them."""
        if not name:
            for q in federated_queries.catalogue().values():
                click.echo(f"{q.name}\n    {q.query.summary}\n    SERVICE {q.service}")
                for p in q.query.params:
                    click.echo(f"    --param {p.name}=<{p.type}>  {'required' if p.required else 'optional'}: {p.doc}")
            return
        fed = federated_queries.get(name)
        endpoints = {fed.service: endpoint} if endpoint else {}
        with open_kg(ctx, read_only=True) as kg:
            rows = federated_queries.run(kg.store, name, parse_params(pairs), resolve_actor=kg.resolve_actor,
                                         endpoints=endpoints, client=lambda e: _client(e, deadline))
        click.echo(rows.render(fmt), nl=False)

    @click.command("void")
    @click.option("--format", "fmt", type=click.Choice(("turtle", "ntriples", "rdfxml")), default="turtle",
                  show_default=True)
    @click.pass_context
    def void_cmd(ctx, fmt) -> None:
        """Print a VoID/DCAT description of the store: size, classes, link sets, licences, source documents."""
        with open_kg(ctx, read_only=True) as kg:
            graph = describe(kg.store)
        if fmt == "turtle":
            click.echo(graph.serialize(format="turtle"), nl=False)
        else:
            sys.stdout.buffer.write(serialize(graph_quads(graph, "urn:x-void"), fmt))
            sys.stdout.buffer.flush()

    return [link_cmd, federated_cmd, void_cmd]
