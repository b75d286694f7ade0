"""Commands: db init | status | reset, ingest, stats."""

from __future__ import annotations

import json
from pathlib import Path

import click

from graph.ingest import batches_by_article, read_relations_jsonl
from stategraph.cli.output import echo_table

commands: list[click.Command] = []


@click.group()
def db() -> None:
    """Create, inspect or empty the graph store."""


@db.command("init")
@click.pass_obj
def db_init(obj) -> None:
    """Create constraints, indexes and tables (safe to run again)."""
    store = obj.store
    store.init()
    click.echo(f"Initialised {store.dialect} store at {store.location}")


@db.command("status")
@click.pass_obj
def db_status(obj) -> None:
    """Say which store is in use and what it holds."""
    store = obj.store
    stats = store.stats()
    click.echo(f"store: {store.dialect} at {store.location}")
    click.echo(f"actors: {stats.actors}  articles: {stats.articles}  relations: {stats.relations}")


@db.command("reset")
@click.option("--yes", is_flag=True, help="Confirm that every node and relation is to be deleted.")
@click.pass_obj
def db_reset(obj, yes: bool) -> None:
    """Delete everything in the store (the schema stays). Needs --yes."""
    if not yes:
        raise click.UsageError("reset deletes every actor, article and relation; pass --yes to confirm")
    store = obj.store
    store.reset()
    click.echo(f"Emptied {store.dialect} store at {store.location}")


@click.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.pass_obj
def ingest(obj, path: Path) -> None:
    """Write relations in the codebook's JSON shape (one per line) into the store.

    The file is checked whole first: one bad line loads nothing. Loading the same file again
    changes nothing.
    """
    relations = read_relations_jsonl(path)
    kind_of = _gazetteer_kinds()
    store = obj.store
    written = store.write_many(batches_by_article(relations, kind_of))
    click.echo(f"Ingested {written} relations from {path} into {store.location}")


def _gazetteer_kinds():
    """The loaders' gazetteer tells actor kinds; ingest works without it if it cannot load."""
    try:
        from loaders.actors import default_gazetteer
    except ImportError:
        return None
    return default_gazetteer().kind_of


@click.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_obj
def stats(obj, fmt: str) -> None:
    """Count actors, articles and relations by type and status."""
    data = obj.store.stats().to_json()
    if fmt == "json":
        click.echo(json.dumps(data, indent=2))
        return
    click.echo(f"actors     {data['actors']}")
    click.echo(f"articles   {data['articles']}")
    click.echo(f"relations  {data['relations']}")
    if data["by_type"]:
        click.echo("")
        echo_table(["type", "relations"], [[k, v] for k, v in data["by_type"].items()])
    if data["by_status"]:
        click.echo("")
        echo_table(["status", "relations"], [[k, v] for k, v in data["by_status"].items()])


commands += [db, ingest, stats]
