"""Commands: extract (articles to relations on stdout) and load (articles into the store)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator

import click

from graph.errors import StategraphError
from graph.model import Article
from graph.store.base import Batch
from loaders.readers import DEFAULT_MAX_BYTES, Notice, Skipped, read_paths
from stategraph.cli.output import echo_table

__all__ = ["commands", "extract", "load"]

_PROGRESS_MIN = 5
"""From this many input paths on, ``load`` shows a progress bar."""

_actors_option = click.option(
    "--actors", "actors_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra actors (yaml or csv with id, kind, names); may be repeated.")
_max_bytes_option = click.option(
    "--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
    help="Refuse files larger than this.")


def _extractor(actors_files: tuple[Path, ...]):
    from loaders.actors import default_gazetteer
    from loaders.extract import Extractor

    return Extractor(gazetteer=default_gazetteer(actors_files))


def _articles(paths: tuple[str, ...], max_bytes: int, skipped: list[Skipped]) -> Iterator[Article]:
    """Articles from the readers; skips are kept and said on stderr, notices said too."""
    for item in read_paths(paths, max_bytes=max_bytes):
        if isinstance(item, Skipped):
            skipped.append(item)
            click.echo(f"Skipped {item.path}: {item.reason}", err=True)
        elif isinstance(item, Notice):
            click.echo(f"Note {item.path}: {item.message}", err=True)
        else:
            yield item


def _failed(extraction, skipped: list[Skipped]) -> bool:
    """Whether the rules broke on this article; it is then kept with the skipped files and said on stderr."""
    if extraction.failure is None:
        return False
    where = extraction.article.url or f"article {extraction.article.id}"
    skipped.append(Skipped(where, extraction.failure))
    click.echo(f"Skipped {where}: {extraction.failure}", err=True)
    return True


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="A readable table, or one codebook JSON object per line.")
@_actors_option
@_max_bytes_option
def extract(paths: tuple[str, ...], fmt: str, actors_files: tuple[Path, ...], max_bytes: int) -> None:
    """Print the relations extracted from articles (files or directories); touches no store."""
    extractor = _extractor(actors_files)
    skipped: list[Skipped] = []
    read = 0
    rows = []
    for extraction in extractor.extract_many(_articles(paths, max_bytes, skipped)):
        if _failed(extraction, skipped):
            continue
        read += 1
        for rel in extraction.relations:
            if fmt == "jsonl":
                click.echo(json.dumps(rel.to_json(), ensure_ascii=False))
            else:
                rows.append((rel.source, rel.type.value, rel.target, rel.status.value, list(rel.attributed_to),
                             rel.mode, rel.confidence, rel.article, rel.sentence))
    if fmt == "table" and rows:
        echo_table(["source", "type", "target", "status", "attributed_to", "mode", "conf", "article", "sentence"],
                   rows, max_width=70)
    if not read:
        raise StategraphError("no article could be read")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes for parsing.")
@_actors_option
@_max_bytes_option
@click.pass_obj
def load(obj, paths: tuple[str, ...], workers: int, actors_files: tuple[Path, ...], max_bytes: int) -> None:
    """Read articles, extract relations and write them to the store, one transaction per article.

    Loading the same articles again changes nothing.
    """
    extractor = _extractor(actors_files)
    store = obj.store
    store.init()
    skipped: list[Skipped] = []
    articles = 0
    actors: set[str] = set()
    by_type: Counter[str] = Counter()
    extractions = extractor.extract_many(_articles(paths, max_bytes, skipped), workers=workers)
    show = len(paths) >= _PROGRESS_MIN or any(Path(p).is_dir() for p in paths)
    with click.progressbar(extractions, label="Loading", file=sys.stderr,
                           show_eta=False, show_pos=True) if show else _nullbar(extractions) as bar:
        for extraction in bar:
            if _failed(extraction, skipped):
                continue
            store.write(Batch(extraction.actors, [extraction.article], extraction.relations, extraction.unresolved))
            articles += 1
            actors.update(a.id for a in extraction.actors)
            by_type.update(r.type.value for r in extraction.relations)
    if not articles:
        raise StategraphError("no article could be read")
    click.echo(f"Loaded {articles} article(s): {len(actors)} actor(s), {sum(by_type.values())} relation(s)")
    for rtype, n in sorted(by_type.items()):
        click.echo(f"  {rtype}: {n}")
    if skipped:
        click.echo(f"Skipped {len(skipped)} file(s):")
        for item in skipped:
            click.echo(f"  {item.path}: {item.reason}")


class _nullbar:
    """A stand-in for click's progress bar when there are few files."""

    def __init__(self, items):
        self.items = items

    def __enter__(self):
        return self.items

    def __exit__(self, *exc) -> None:
        return None


commands: list[click.Command] = [extract, load]
