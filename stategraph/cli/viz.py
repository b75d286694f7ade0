"""Command: viz, an interactive HTML page (or a whole site) of the store's graph."""

from __future__ import annotations

from pathlib import Path

import click

from graph.model import RelationType, Status
from graph.pages import PageOptions, SiteOptions, ViewOptions, build_site, render_page, select_view
from stategraph.cli.options import iso_date, split_values
from stategraph.cli.output import write_files

__all__ = ["commands", "viz"]




@click.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The page to write.  [default: graph.html]")
@click.option("--site", "site_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write an overview, one page per actor and an index into this folder instead.")
@click.option("--actor", default=None, help="Show only this actor (id, name or alias) and its neighbourhood.")
@click.option("--radius", type=click.IntRange(min=0), default=1, show_default=True,
              help="Steps from --actor (or from each actor, with --site).")
@click.option("--types", "types", multiple=True, metavar="TYPE[,TYPE]", help="Only these relation types.")
@click.option("--status", "statuses", multiple=True, metavar="STATUS[,STATUS]", help="Only these statuses.")
@click.option("--since", default=None, metavar="DATE", help="Only relations published on or after DATE.")
@click.option("--until", default=None, metavar="DATE", help="Only relations published on or before DATE.")
@click.option("--min-articles", type=click.IntRange(min=1), default=1, show_default=True,
              help="Draw a relation only if this many distinct articles report it.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=300, show_default=True,
              help="Keep at most this many actors, the most connected; the page says how many were left out.")
@click.option("--title", default="stategraph", show_default=True, help="The page title.")
@click.pass_obj
def viz(obj, output: Path | None, site_dir: Path | None, actor: str | None, radius: int,
        types: tuple[str, ...], statuses: tuple[str, ...], since: str | None, until: str | None,
        min_articles: int, max_nodes: int, title: str) -> None:
    """Write an interactive HTML page of the graph: opens offline, from a file, in any browser.

    Hover an arrow for its evidence, hover an actor for its details, and use the search box
    to find an actor by name or alias.
    """
    if site_dir is not None and output is not None:
        raise click.UsageError("use either -o/--output or --site, not both")
    if site_dir is not None and actor is not None:
        raise click.UsageError("--actor makes one page; --site makes a page for every actor")
    type_list = [RelationType.parse(t).value for t in split_values(types)] or None
    status_list = [Status.parse(s).value for s in split_values(statuses)] or None
    since_iso, until_iso = iso_date(since, "--since"), iso_date(until, "--until")
    view_options = ViewOptions(actor=actor, radius=radius, min_articles=min_articles, max_nodes=max_nodes)

    G = obj.store.to_networkx(since=since_iso, until=until_iso, statuses=status_list, types=type_list)

    if site_dir is not None:
        files = build_site(G, SiteOptions(title=title, radius=radius, overview=view_options))
        by_folder: dict[Path, dict[str, bytes]] = {}
        for relative, text in files.items():
            target = site_dir / relative
            by_folder.setdefault(target.parent, {})[target.name] = text.encode("utf-8")
        for folder, folder_files in by_folder.items():
            folder.mkdir(parents=True, exist_ok=True)
            write_files(folder, folder_files, site_dir)
        pages = sum(1 for name in files if name.startswith("actors/"))
        click.echo(f"Wrote {site_dir / 'index.html'}: {pages} actor pages and an overview")
        return

    view = select_view(G, view_options)
    html_text = render_page(view, options=PageOptions(title=title))
    path = output or Path("graph.html")
    if not path.parent.is_dir():
        raise click.ClickException(f"cannot write {path}: folder {path.parent} does not exist")
    write_files(path.parent, {path.name: html_text.encode("utf-8")}, path)
    left = f"; {view.left_out} less connected actors left out (--max-nodes {max_nodes})" if view.left_out else ""
    click.echo(f"Wrote {path}: {len(view.actors)} actors, {len(view.edges)} drawn relations{left}")


commands: list[click.Command] = [viz]
