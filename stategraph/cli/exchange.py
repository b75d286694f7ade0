"""Commands: export (graphml, gexf, json, csv, cypher) and import (a stategraph JSON dump).

The library renders and validates; this module decides where files go and writes them whole:
each file is written beside its destination and moved into place only when complete.
"""

from __future__ import annotations

from pathlib import Path

import click

from graph.errors import ExportError
from graph.export import csv_tables, cypher_script, dumps, gexf_bytes, graphml_bytes, import_dump, read_dump
from graph.model import RelationType, Status
from stategraph.cli.options import iso_date, split_values
from stategraph.cli.output import write_files

__all__ = ["commands", "export", "import_"]

FORMATS = ("graphml", "gexf", "json", "csv", "cypher")




@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="The file format to write.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="The file to write (for csv: a directory, created if missing).")
@click.option("--since", metavar="DATE", help="Only relations published on or after DATE.")
@click.option("--until", metavar="DATE", help="Only relations published on or before DATE.")
@click.option("--types", "types", multiple=True, metavar="TYPE[,TYPE]", help="Only these relation types.")
@click.option("--status", "statuses", multiple=True, metavar="STATUS[,STATUS]", help="Only these statuses.")
@click.pass_obj
def export(obj, fmt: str, output: Path, since: str | None, until: str | None,
           types: tuple[str, ...], statuses: tuple[str, ...]) -> None:
    """Write the graph (every actor, the relations passing the filters) to a file.

    graphml and gexf open in Gephi; json is a dump that `stategraph import` reads back; csv is
    the layout `neo4j-admin database import` reads; cypher is a script for cypher-shell.
    """
    type_list = [RelationType.parse(t).value for t in split_values(types)] or None
    status_list = [Status.parse(s).value for s in split_values(statuses)] or None
    since_iso, until_iso = iso_date(since, "--since"), iso_date(until, "--until")
    G = obj.store.to_networkx(since=since_iso, until=until_iso, statuses=status_list, types=type_list)
    if fmt == "csv":
        files = {name: text.encode("utf-8") for name, text in csv_tables(G).items()}
        _write_dir(output, files)
    else:
        render = {
            "graphml": graphml_bytes,
            "gexf": gexf_bytes,
            "json": lambda g: dumps(g).encode("utf-8"),
            "cypher": lambda g: cypher_script(g).encode("utf-8"),
        }[fmt]
        write_files(output.parent, {output.name: render(G)}, output)
    click.echo(f"Exported {G.number_of_nodes()} actors, {len(G.graph.get('articles') or {})} articles and "
               f"{G.number_of_edges()} relations to {output} ({fmt})")


@click.command("import")
@click.argument("path", type=click.Path(path_type=Path))
@click.pass_obj
def import_(obj, path: Path) -> None:
    """Load a JSON dump written by `stategraph export --format json` into the store.

    The whole dump is checked first: a bad dump names its first fault and loads nothing.
    Importing the same dump again changes nothing.
    """
    dump = read_dump(path)
    store = obj.store
    result = import_dump(store, dump)
    click.echo(f"Imported {result.actors} actors, {result.articles} articles and {result.relations} relations "
               f"from {path} into {store.location}")


def _write_dir(directory: Path, files: dict[str, bytes]) -> None:
    if directory.exists() and not directory.is_dir():
        raise ExportError(f"{directory}: exists and is not a directory (csv export writes a directory)")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError(f"{directory}: cannot create the directory: {err.strerror}") from err
    write_files(directory, files, directory)


commands = [export, import_]
