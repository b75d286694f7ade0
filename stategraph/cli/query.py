"""Commands: ``query`` (named questions: list, show, run) and ``cypher`` (the user's own Cypher)."""

from __future__ import annotations

import json
from typing import Any

import click

from graph.errors import QueryError
from queries import DIALECTS, NamedQuery, Param, get_query, list_queries, run_named
from stategraph.cli.output import echo_rows

__all__ = ["commands", "cypher", "query"]

FORMATS = click.Choice(["table", "json", "csv"])


def _split_params(values: tuple[str, ...], *, decode_json: bool) -> dict[str, Any]:
    """``key=value`` pairs as a dict; with ``decode_json`` a value that parses as JSON is decoded."""
    out: dict[str, Any] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected key=value, got {item!r}", param_hint="'--param'")
        parsed: Any = value
        if decode_json:
            try:
                parsed = json.loads(value)
            except json.JSONDecodeError:
                parsed = value
        out[key.strip()] = parsed
    return out


def _param_text(p: Param) -> str:
    """``name:kind`` for a required parameter, ``[name:kind=default]`` for an optional one."""
    kind = f"{p.kind}[{p.low}..{p.high}]" if p.low is not None else p.kind
    return f"{p.name}:{kind}" if p.required else f"[{p.name}:{kind}={p.default}]"


def _param_summary(named: NamedQuery) -> str:
    return " ".join(_param_text(p) for p in named.params)


def _run_command(name: str) -> click.Command:
    """A command that runs the named query ``name``; built on demand so unknown names fail cleanly."""
    named = get_query(name)
    epilog = "\b\nParameters:\n" + "\n".join(
        f"  {_param_text(p)}: {p.description}" for p in named.params
    )

    @click.command(name=name, help=named.description, epilog=epilog)
    @click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter; repeatable.")
    @click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
    @click.pass_obj
    def run(obj: Any, params: tuple[str, ...], fmt: str) -> None:
        raw = _split_params(params, decode_json=False)
        named.bind(raw)  # refuse bad parameters before opening the store
        echo_rows(run_named(obj.store, name, raw), fmt)

    return run


class QueryGroup(click.Group):
    """``query list`` and ``query show`` are subcommands; any other word is a named query."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            return command
        try:
            return _run_command(cmd_name)
        except QueryError:
            return None

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name and not name.startswith("-") and super().get_command(ctx, name) is None:
            try:
                return name, _run_command(name), args[1:]
            except QueryError as err:
                raise click.ClickException(str(err)) from err
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_commands(ctx, formatter)
        with formatter.section("Named queries"):
            formatter.write_dl([(q.name, q.description) for q in list_queries()])


@click.group(cls=QueryGroup)
def query() -> None:
    """Named questions: `query list`, `query show NAME`, `query NAME --param key=value ...`."""


@query.command(name="list")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def list_command(fmt: str) -> None:
    """The named queries: names, descriptions and parameters."""
    named = list_queries()
    if fmt == "json":
        echo_rows([q.to_json() for q in named], "json")
        return
    rows = [{"name": q.name, "parameters": _param_summary(q), "description": q.description} for q in named]
    echo_rows(rows, fmt, ["name", "parameters", "description"])


@query.command(name="show")
@click.argument("name")
@click.option("--dialect", type=click.Choice(DIALECTS), default="neo4j", show_default=True,
              help="Which store's variant to show.")
def show_command(name: str, dialect: str) -> None:
    """The Cypher of one named query, header included."""
    click.echo(get_query(name).source_for(dialect), nl=False)


@click.command()
@click.argument("statement", metavar="QUERY")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter ($key in the query); JSON values (numbers, lists) are decoded. Repeatable.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--write", is_flag=True, help="Allow the query to write (read-only by default).")
@click.pass_obj
def cypher(obj: Any, statement: str, params: tuple[str, ...], fmt: str, write: bool) -> None:
    """Run your own Cypher on the store, read-only unless --write."""
    values = _split_params(params, decode_json=True)
    echo_rows(obj.store.run(statement, values, read_only=not write), fmt)


commands = [query, cypher]
