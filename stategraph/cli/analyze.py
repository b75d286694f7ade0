"""Commands: ``analyze dyads | centrality | blocs | balance | claims | ego | path``.

Each subcommand takes a filtered snapshot from the store, calls one function of
``graph.analytics``, and prints a table, JSON or CSV; ``--plot`` saves a PNG and
``--write-back`` stores scores as actor properties.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

import click

from graph import analytics as an
from graph.analytics.centrality import EXACT_BETWEENNESS_LIMIT
from graph.errors import ValidationError
from graph.model import RelationType, Status
from stategraph.cli.options import iso_date, split_values

__all__ = ["analyze", "commands"]



def _filter_options(with_status: bool = True) -> Callable:
    """--since/--until/--types (and --status) plus --format, shared by every subcommand."""

    def decorate(fn: Callable) -> Callable:
        options = [
            click.option("--since", metavar="DATE", help="Only relations published on or after DATE (YYYY-MM-DD)."),
            click.option("--until", metavar="DATE", help="Only relations published on or before DATE (YYYY-MM-DD)."),
            click.option("--types", "types", multiple=True, metavar="TYPES",
                         help="Only these relation types (comma list or repeated)."),
            click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                         show_default=True, help="Output format."),
        ]
        if with_status:
            options.append(click.option(
                "--status", "statuses", multiple=True, metavar="STATUS",
                help="Only these statuses (comma list or repeated). Default: all but denied."))
        for option in reversed(options):
            fn = option(fn)
        return fn

    return decorate


class _Query:
    """The parsed filters of one invocation."""

    def __init__(self, since: str | None, until: str | None, types: Sequence[str], statuses: Sequence[str] = ()) -> None:
        self.since = iso_date(since, "--since")
        self.until = iso_date(until, "--until")
        if self.since and self.until and self.since > self.until:
            raise ValidationError(f"--since {self.since} is after --until {self.until}")
        self.types = sorted({RelationType.parse(t).value for t in split_values(types)}) or None
        self.statuses = sorted({Status.parse(s).value for s in split_values(statuses)}) or None

    def snapshot(self, obj: Any, *, keep_denied: bool = False) -> Any:
        """The store's snapshot; without --status, denied relations are fetched only if needed."""
        statuses = self.statuses
        if statuses is None and not keep_denied:
            statuses = sorted(an.HAPPENING)
        return obj.store.to_networkx(since=self.since, until=self.until, statuses=statuses, types=self.types)


def _plot_path(value: str | None) -> Path | None:
    if value is None:
        return None
    path = Path(value)
    if path.suffix.lower() != ".png":
        raise ValidationError(f"--plot needs a .png file name, got {value!r}")
    if not path.parent.is_dir():
        raise ValidationError(f"cannot write {value!r}: directory {str(path.parent)!r} does not exist")
    return path


def _save(fig: Any, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    try:
        fig.savefig(path, dpi=120)
    except OSError as err:
        raise click.ClickException(f"cannot write {str(path)!r}: {err.strerror}") from err
    click.echo(f"wrote {path}", err=True)


def _cell(value: Any, fmt: str) -> str:
    if isinstance(value, float):
        return f"{value:.4g}" if fmt == "table" else repr(value)
    if isinstance(value, dict):
        return " ".join(f"{k}={v}" for k, v in value.items()) if fmt == "table" else ";".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ",".join(map(str, value))
    return "" if value is None else str(value)


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str | None = None) -> None:
    if title:
        click.echo(title)
    cells = [[_cell(row.get(c), "table") for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for r in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip())


def _emit(fmt: str, rows: Sequence[dict[str, Any]], columns: Sequence[str], payload: Any,
          summary: dict[str, Any] | None = None, extra: Sequence[tuple[str, Sequence[dict], Sequence[str]]] = ()) -> None:
    """Print ``rows`` as a table or CSV, or ``payload`` as JSON."""
    if fmt == "json":
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c), "csv") for c in columns])
        return
    for key, value in (summary or {}).items():
        click.echo(f"{key}: {_cell(value, 'table')}")
    if summary:
        click.echo("")
    _table(rows, columns)
    for title, more, cols in extra:
        click.echo("")
        _table(more, cols, title)


def _limit(items: Sequence[Any], top: int) -> Sequence[Any]:
    return items if top <= 0 else items[:top]


@click.group()
def analyze() -> None:
    """Analyse the graph: dyads, centrality, blocs, balance, contested claims, ego networks, paths.

    Denied relations do not count as happening unless --status names them. Weights per
    relation type come from graph/data/weights.csv (Goldstein-style, -10 to +10).
    """


@analyze.command()
@_filter_options()
@click.option("--top", default=20, show_default=True, help="Rows to show (0: all).")
@click.option("--min-relations", default=1, show_default=True, help="Least relations for a most cooperative/hostile pair.")
@click.option("--plot", "plot", metavar="FILE.png", help="Save a heatmap of mean weight, source by target.")
@click.pass_obj
def dyads(obj: Any, since, until, types, fmt, statuses, top: int, min_relations: int, plot: str | None) -> None:
    """How each ordered pair of actors relates: counts, articles, weights."""
    query, plot_path = _Query(since, until, types, statuses), _plot_path(plot)
    pairs = an.dyads(query.snapshot(obj), query.statuses)
    coop, hostile = an.extreme_dyads(pairs, n=top if top > 0 else len(pairs), min_relations=min_relations)
    if plot_path:
        from graph.analytics.plots import dyad_heatmap

        _save(dyad_heatmap(pairs, top=top if top > 0 else 40), plot_path)
    rows = [d.to_json() for d in _limit(pairs, top)]
    cols = ["source", "target", "relations", "articles", "weight_sum", "weight_mean", "by_family", "by_status"]
    short = ["source", "target", "relations", "weight_sum", "weight_mean"]
    _emit(fmt, rows, cols,
          {"dyads": rows, "most_cooperative": [d.to_json() for d in coop], "most_hostile": [d.to_json() for d in hostile]},
          summary={"pairs": len(pairs)},
          extra=[("most cooperative", [d.to_json() for d in coop], short),
                 ("most hostile", [d.to_json() for d in hostile], short)])


@analyze.command()
@_filter_options()
@click.option("--top", default=20, show_default=True, help="Rows to show (0: all).")
@click.option("--weight", type=click.Choice(["count", "abs_weight"]), default="count", show_default=True,
              help="PageRank edge weight: relations per pair, or summed |Goldstein weight|.")
@click.option("--betweenness-samples", type=click.IntRange(min=1), default=None,
              help=f"Estimate betweenness from K sources (default: exact up to {EXACT_BETWEENNESS_LIMIT} actors, else 32).")
@click.option("--seed", default=0, show_default=True, help="Seed for sampled betweenness.")
@click.option("--plot", "plot", metavar="FILE.png", help="Save a bar chart of the top actors.")
@click.option("--plot-metric", type=click.Choice(["pagerank", "betweenness", "degree_in", "degree_out"]),
              default="pagerank", show_default=True)
@click.option("--write-back", is_flag=True, help="Store pagerank, betweenness, degree_in, degree_out on the actors.")
@click.pass_obj
def centrality(obj: Any, since, until, types, fmt, statuses, top: int, weight: str, betweenness_samples: int | None,
               seed: int, plot: str | None, plot_metric: str, write_back: bool) -> None:
    """PageRank, betweenness and degrees on the graph of actor pairs."""
    query, plot_path = _Query(since, until, types, statuses), _plot_path(plot)
    scores = an.centrality(query.snapshot(obj), query.statuses, weight=weight,
                           betweenness_samples=betweenness_samples, seed=seed)
    if plot_path:
        from graph.analytics.plots import centrality_bars

        _save(centrality_bars(scores, plot_metric, top=top if top > 0 else 20), plot_path)
    if write_back:
        written = obj.store.set_actor_properties(
            {"id": s.actor, "pagerank": s.pagerank, "betweenness": s.betweenness,
             "degree_in": s.degree_in, "degree_out": s.degree_out} for s in scores)
        click.echo(f"wrote centrality for {written} actors", err=True)
    rows = [s.to_json() for s in _limit(scores, top)]
    cols = ["actor", "pagerank", "betweenness", "degree_in", "degree_out", "in_by_family", "out_by_family"]
    _emit(fmt, rows, cols, rows, summary={"actors": len(scores), "pagerank weight": weight})


@analyze.command()
@_filter_options()
@click.option("--seed", default=0, show_default=True, help="Seed of the local search (same seed, same blocs).")
@click.option("--restarts", type=click.IntRange(min=1), default=3, show_default=True, help="Seeded restarts; the best is kept.")
@click.option("--write-back", is_flag=True, help="Store the bloc id on each actor (none for actors without signed ties).")
@click.pass_obj
def blocs(obj: Any, since, until, types, fmt, statuses, seed: int, restarts: int, write_back: bool) -> None:
    """Blocs: positive ties inside, negative ties between (least frustration)."""
    query = _Query(since, until, types, statuses)
    G = query.snapshot(obj)
    part = an.blocs(G, query.statuses, seed=seed, restarts=restarts)
    if write_back:
        written = obj.store.set_actor_properties({"id": a, "bloc": part.membership.get(a)} for a in sorted(G.nodes))
        click.echo(f"wrote bloc for {written} actors", err=True)
    rows = [{"bloc": b, "size": len(members), "members": members} for b, members in enumerate(part.blocs)]
    summary = {"blocs": len(part.blocs), "signed pairs": part.edges, "frustrated": part.frustrated,
               "frustrated share": part.frustrated_share, "frustrated weight share": part.frustrated_weight_share,
               "unplaced": len(part.unplaced)}
    _emit(fmt, rows, ["bloc", "size", "members"], part.to_json(), summary=summary)


@analyze.command()
@_filter_options()
@click.option("--top", default=10, show_default=True, help="Strongest unbalanced triads to list.")
@click.pass_obj
def balance(obj: Any, since, until, types, fmt, statuses, top: int) -> None:
    """Structural balance: share of balanced signed triangles, most unbalanced triads."""
    query = _Query(since, until, types, statuses)
    report = an.balance(query.snapshot(obj), query.statuses, top=max(top, 0))
    rows = [{"a": t.actors[0], "b": t.actors[1], "c": t.actors[2], "ab": t.weights[0], "ac": t.weights[1],
             "bc": t.weights[2], "strength": t.strength} for t in report.most_unbalanced]
    summary = {"triangles": report.triangles, "balanced": report.balanced, "unbalanced": report.unbalanced,
               "balanced share": report.balanced_share,
               "by negative ties": {k: v for k, v in report.by_negatives.items()}}
    _emit(fmt, rows, ["a", "b", "c", "ab", "ac", "bc", "strength"], report.to_json(), summary=summary)


@analyze.command()
@_filter_options(with_status=False)
@click.option("--top", default=20, show_default=True, help="Rows to show (0: all).")
@click.pass_obj
def claims(obj: Any, since, until, types, fmt, top: int) -> None:
    """Contested claims: relations affirmed by some and denied by others."""
    query = _Query(since, until, types)
    found = an.contested_claims(query.snapshot(obj, keep_denied=True))
    rows = [c.to_json() for c in _limit(found, top)]
    cols = ["source", "type", "target", "claimed_by", "claim_articles", "denied_by", "denial_articles"]
    _emit(fmt, rows, cols, rows, summary={"contested": len(found)})


@analyze.command()
@_filter_options()
@click.argument("actor")
@click.option("--hops", type=click.IntRange(min=0), default=1, show_default=True, help="Radius of the neighbourhood.")
@click.pass_obj
def ego(obj: Any, since, until, types, fmt, statuses, actor: str, hops: int) -> None:
    """ACTOR's neighbourhood within --hops steps, in either direction."""
    query = _Query(since, until, types, statuses)
    net = an.ego_network(query.snapshot(obj), actor.upper(), hops, query.statuses)
    rows = [{"actor": a, "hops": h} for a, h in net.distances.items()]
    _emit(fmt, rows, ["actor", "hops"], net.to_json(), summary={"center": net.center, "actors": len(rows)},
          extra=[("relations among them", net.edges, ["source", "target", "relations", "weight"])])


@analyze.command()
@_filter_options()
@click.argument("source")
@click.argument("target")
@click.option("--directed", is_flag=True, help="Follow relations only from source to target.")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="Most paths to list.")
@click.pass_obj
def path(obj: Any, since, until, types, fmt, statuses, source: str, target: str, directed: bool, limit: int) -> None:
    """Shortest paths (fewest hops) between SOURCE and TARGET."""
    query = _Query(since, until, types, statuses)
    paths = an.shortest_paths(query.snapshot(obj), source.upper(), target.upper(), query.statuses,
                              directed=directed, limit=limit)
    if not paths and fmt == "table":
        click.echo(f"no path from {source.upper()} to {target.upper()}")
        return
    rows = [{"hops": len(p) - 1, "path": " -> ".join(p)} for p in paths]
    _emit(fmt, rows, ["hops", "path"], paths)


commands = [analyze]
