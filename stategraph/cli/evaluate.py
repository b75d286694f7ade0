"""Command: evaluate, extraction scored against gold files.

The table's last three lines are always the strict, lenient/edge and attribution summaries, so
that ``stategraph evaluate ... | tail -n 3`` gives the headline figures.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import click

from graph.model import Article, Relation
from loaders.evaluate import Counts, Report, actor_aliases, describe_prediction, evaluate_dir

__all__ = ["commands", "evaluate"]


def _load_extract(actors_files: tuple[Path, ...] = ()) -> tuple[Callable[[Article], list[Relation]], dict[str, str],
                                                                 frozenset[str]]:
    """The default extractor's relations-of-an-article function (imported late: heavy, and optional),
    the gold ids its gazetteer knows by another id, and the ids it knows."""
    try:
        from stategraph.cli.load import _extractor
    except ImportError as err:
        raise click.ClickException(f"relation extraction is not available: {err}") from err
    extractor = _extractor(actors_files)
    gazetteer = extractor.gazetteer

    def relations(article: Article) -> list[Relation]:
        extraction = extractor.extract(article)
        if extraction.failure:
            click.echo(f"Warning: {article.url or 'article ' + article.id}: {extraction.failure}; scored as empty",
                       err=True)
        return list(extraction.relations)

    return relations, actor_aliases(gazetteer.names, gazetteer.actors), frozenset(gazetteer.actors)


@click.command()
@click.argument("gold_dir", type=click.Path(file_okay=False, path_type=str))
@click.argument("articles_dir", type=click.Path(file_okay=False, path_type=str))
@click.option("--verbose", is_flag=True, help="List each article's missed gold rows and spurious predictions (with the sentence each came from).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--actors", "actors_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Extra actors (yaml or csv with id, kind, names); may be repeated.")
def evaluate(gold_dir: str, articles_dir: str, verbose: bool, fmt: str, actors_files: tuple[Path, ...]) -> None:
    """Score extraction on ARTICLES_DIR against the gold files in GOLD_DIR, paired by base name."""
    extract, aliases, known = _load_extract(actors_files)
    report = evaluate_dir(gold_dir, articles_dir, extract, aliases)
    for warning in report.warnings():
        click.echo(f"Warning: {warning}", err=True)
    for gold_id, actor in report.renamed:
        click.echo(f"Note: gold id {gold_id} scored as {actor} (a name of {actor} in the gazetteer)", err=True)
    unknown = report.unknown_ids(known)
    if unknown:
        listed = ", ".join(f"{a} ({n} row{'s' if n > 1 else ''})" for a, n in unknown)
        click.echo(f"Note: required gold rows name actors the gazetteer does not know (extend it with --actors): {listed}",
                   err=True)
    if fmt == "json":
        click.echo(json.dumps(report.to_json(), indent=2))
    else:
        click.echo("\n".join(render_table(report, verbose)))


def _rate(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _prf(counts: Counts) -> str:
    return f"P {_rate(counts.precision)}  R {_rate(counts.recall)}  F1 {_rate(counts.f1)}"


def _clip(sentence: str, width: int = 150) -> str:
    flat = " ".join(sentence.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def render_table(report: Report, verbose: bool = False) -> list[str]:
    """The readable report, one string per line; the last three lines are the micro summaries."""
    width = max(len("article"), *(len(a.name) for a in report.articles))
    lines = [f"{'article':<{width}}  gold  pred    tp   fp   fn  strict P/R/F1     lenient F1  edge F1  attr"]
    for a in report.articles:
        s = a.score
        lines.append(
            f"{a.name:<{width}}  {a.gold_rows:>4}  {a.predictions:>4}  {s.strict.tp:>4} {s.strict.fp:>4} {s.strict.fn:>4}"
            f"  {_rate(s.strict.precision)}/{_rate(s.strict.recall)}/{_rate(s.strict.f1)}"
            f"  {_rate(s.lenient.f1):>10}  {_rate(s.edge.f1):>7}  {_rate(s.attribution)}"
        )
        if verbose:
            lines.extend(f"    missed:   {row.describe()}" for row in s.misses)
            for p in s.spurious:
                lines.append(f"    spurious: {describe_prediction(p)}")
                if p.sentence:
                    lines.append(f"              from: {_clip(p.sentence)}")
    total = report.total
    n = len(report.articles)
    lines.append(f"micro over {n} article{'s' if n != 1 else ''}:")
    lines.append(f"strict   {_prf(total.strict)}  (tp {total.strict.tp}, fp {total.strict.fp}, fn {total.strict.fn})")
    lines.append(f"lenient  {_prf(total.lenient)}  |  edge  {_prf(total.edge)}")
    lines.append(
        f"attribution {_rate(total.attribution)}  ({total.attribution_hits} of {total.attribution_total} "
        "matched required rows with attribution)"
    )
    return lines


commands = [evaluate]
