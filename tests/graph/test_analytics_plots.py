import pytest

from graph.analytics import ActorCentrality, Dyad
from graph.analytics.plots import centrality_bars, dyad_heatmap
from graph.errors import EmptyGraphError, ValidationError


def test_heatmap_cells_hold_mean_weights():
    fig = dyad_heatmap([Dyad("RUS", "UKR", 3, 2, -30.0, -10.0), Dyad("USA", "UKR", 1, 1, 7.0, 7.0)])
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["UKR", "RUS", "USA"]
    grid = ax.images[0].get_array()
    assert grid[1, 0] == -10.0 and grid[2, 0] == 7.0
    assert grid.mask[0, 0]


def test_heatmap_keeps_the_busiest_actors():
    pairs = [Dyad("A", "B", 5, 1, 5.0, 1.0), Dyad("C", "D", 1, 1, -1.0, -1.0)]
    fig = dyad_heatmap(pairs, top=2)
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["A", "B"]


def test_bars_sorted_by_metric():
    scores = [ActorCentrality("A", betweenness=0.1), ActorCentrality("B", betweenness=0.7), ActorCentrality("C")]
    ax = centrality_bars(scores, "betweenness", top=2).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "B"]
    assert [p.get_width() for p in ax.patches] == [0.1, 0.7]


def test_errors():
    with pytest.raises(ValidationError, match="cannot plot 'name'"):
        centrality_bars([ActorCentrality("A")], "name")
    with pytest.raises(EmptyGraphError):
        dyad_heatmap([])
