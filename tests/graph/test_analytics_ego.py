import pytest

from graph.analytics import ego_network, shortest_paths
from graph.errors import EmptyGraphError, QueryError, ValidationError
from graph.model import Relation
from graph.snapshot import build_graph


@pytest.fixture
def G():
    return build_graph(relations=[
        Relation("PRK", "SUPPLIES", "RUS"),
        Relation("RUS", "ATTACKS", "UKR"),
        Relation("USA", "SUPPLIES", "UKR"),
        Relation("IRN", "SUPPLIES", "RUS"),
        Relation("CHN", "MEETS", "PRK", "denied", ["CHN"]),
    ])


def test_ego_within_hops(G):
    assert ego_network(G, "PRK", 1).distances == {"PRK": 0, "RUS": 1}
    net = ego_network(G, "PRK", 2)
    assert net.distances == {"PRK": 0, "RUS": 1, "IRN": 2, "UKR": 2}
    assert net.edges == [
        {"source": "IRN", "target": "RUS", "relations": 1, "weight": 7.0},
        {"source": "PRK", "target": "RUS", "relations": 1, "weight": 7.0},
        {"source": "RUS", "target": "UKR", "relations": 1, "weight": -10.0},
    ]


def test_denied_relations_do_not_connect(G):
    assert ego_network(G, "CHN", 3).distances == {"CHN": 0}
    assert ego_network(G, "CHN", 1, statuses=["denied"]).distances == {"CHN": 0, "PRK": 1}


def test_shortest_paths(G):
    assert shortest_paths(G, "PRK", "USA") == [["PRK", "RUS", "UKR", "USA"]]
    assert shortest_paths(G, "PRK", "UKR", directed=True) == [["PRK", "RUS", "UKR"]]
    assert shortest_paths(G, "UKR", "PRK", directed=True) == []
    assert shortest_paths(G, "PRK", "IRN") == [["PRK", "RUS", "IRN"]]


def test_several_shortest_paths_in_name_order():
    G = build_graph(relations=[Relation("A", "MEETS", m) for m in ("X", "W", "V")]
                    + [Relation(m, "MEETS", "B") for m in ("X", "W", "V")])
    assert shortest_paths(G, "A", "B") == [["A", "V", "B"], ["A", "W", "B"], ["A", "X", "B"]]
    assert shortest_paths(G, "A", "B", limit=2) == [["A", "V", "B"], ["A", "W", "B"]]


def test_errors(G):
    with pytest.raises(QueryError, match="unknown actor 'XYZ'"):
        ego_network(G, "XYZ")
    with pytest.raises(QueryError, match="unknown actor 'XYZ'"):
        shortest_paths(G, "PRK", "XYZ")
    with pytest.raises(ValidationError):
        ego_network(G, "PRK", -1)
    with pytest.raises(EmptyGraphError):
        ego_network(build_graph(), "PRK")
