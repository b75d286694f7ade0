"""The root command: the ``--store`` setting, lazy store opening, and error mapping.

Every command module exposes ``commands``, a list of click commands registered here.
"""

from __future__ import annotations

import logging
from typing import Any

import click

from graph.errors import StategraphError
from graph.store import Store, open_store
from stategraph import __version__
from stategraph.cli import analyze, db, evaluate, exchange, load, query, viz


class AppContext:
    """What commands share: the store setting, and the store once a command asks for it."""

    def __init__(self, setting: str | None, ctx: click.Context) -> None:
        self.setting = setting
        self._ctx = ctx
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = open_store(self.setting)
            self._ctx.call_on_close(self._store.close)
        return self._store


class StategraphGroup(click.Group):
    """A group that turns the library's own errors into one ``Error:`` line and exit 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StategraphError as err:
            raise click.ClickException(str(err)) from err


@click.group(cls=StategraphGroup)
@click.option(
    "--store",
    "store_setting",
    envvar="STATEGRAPH_STORE",
    metavar="URI_OR_PATH",
    help="A neo4j://, neo4j+s:// or bolt:// URI selects Neo4j; anything else is an embedded store "
    "path. Default: an embedded store in your data directory. Env: STATEGRAPH_STORE.",
)
@click.option("-v", "--verbose", is_flag=True, help="Log what the library does to stderr.")
@click.version_option(__version__, prog_name="stategraph")
@click.pass_context
def cli(ctx: click.Context, store_setting: str | None, verbose: bool) -> None:
    """stategraph: turn news about international relations into an evidenced graph."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    ctx.obj = AppContext(store_setting, ctx)


for _module in (db, load, evaluate, query, analyze, viz, exchange):
    for _command in _module.commands:
        cli.add_command(_command)
