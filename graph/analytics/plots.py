"""Figures for people who would rather look than read. Each function returns a matplotlib
``Figure`` built without pyplot (no global state, no display); the caller decides where it goes.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
from matplotlib.colors import TwoSlopeNorm
from matplotlib.figure import Figure

from graph.analytics.centrality import ActorCentrality
from graph.analytics.dyads import Dyad
from graph.errors import EmptyGraphError, ValidationError

__all__ = ["CENTRALITY_METRICS", "centrality_bars", "dyad_heatmap"]

CENTRALITY_METRICS = ("pagerank", "betweenness", "degree_in", "degree_out")


def dyad_heatmap(pairs: Sequence[Dyad], top: int = 20) -> Figure:
    """Source actors by target actors, coloured by mean weight (red hostile, blue cooperative),
    for the ``top`` actors by relation volume.

    >>> fig = dyad_heatmap([Dyad("RUS", "UKR", 2, 1, -20.0, -10.0)])
    >>> fig.axes[0].get_title()
    'Mean cooperation–conflict weight (row acts on column)'
    """
    if not pairs:
        raise EmptyGraphError("no dyads to plot")
    volume: dict[str, int] = {}
    for d in pairs:
        volume[d.source] = volume.get(d.source, 0) + d.relations
        volume[d.target] = volume.get(d.target, 0) + d.relations
    actors = sorted(sorted(volume), key=lambda a: -volume[a])[:top]
    pos = {a: i for i, a in enumerate(actors)}
    grid = np.full((len(actors), len(actors)), np.nan)
    for d in pairs:
        if d.source in pos and d.target in pos:
            grid[pos[d.source], pos[d.target]] = d.weight_mean
    size = 2.0 + 0.35 * len(actors)
    fig = Figure(figsize=(size + 1.5, size), layout="constrained")
    ax = fig.add_subplot()
    image = ax.imshow(np.ma.masked_invalid(grid), cmap="RdBu", norm=TwoSlopeNorm(0.0, -10.0, 10.0))
    ax.set_xticks(range(len(actors)), actors, rotation=90)
    ax.set_yticks(range(len(actors)), actors)
    ax.set_xlabel("target")
    ax.set_ylabel("source")
    ax.set_title("Mean cooperation–conflict weight (row acts on column)")
    fig.colorbar(image, ax=ax, label="mean weight")
    return fig


def centrality_bars(scores: Sequence[ActorCentrality], metric: str = "pagerank", top: int = 20) -> Figure:
    """A horizontal bar chart of the ``top`` actors by ``metric``.

    >>> fig = centrality_bars([ActorCentrality("UKR", pagerank=0.6), ActorCentrality("RUS", pagerank=0.4)])
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['RUS', 'UKR']
    """
    if metric not in CENTRALITY_METRICS:
        raise ValidationError(f"cannot plot {metric!r} (choose from {', '.join(CENTRALITY_METRICS)})")
    if not scores:
        raise EmptyGraphError("no centrality scores to plot")
    ranked = sorted(scores, key=lambda s: (-getattr(s, metric), s.actor))[:top]
    ranked.reverse()
    fig = Figure(figsize=(6.0, 1.0 + 0.3 * len(ranked)), layout="constrained")
    ax = fig.add_subplot()
    ax.barh([s.actor for s in ranked], [getattr(s, metric) for s in ranked], color="#4c72b0")
    ax.set_xlabel(metric)
    ax.set_title(f"Top {len(ranked)} actors by {metric}")
    return fig
