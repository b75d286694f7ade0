import networkx as nx
import pytest

from graph.analytics import blocs, frustration, signed_graph
from graph.errors import EmptyGraphError
from graph.model import Relation
from graph.snapshot import build_graph

WEST = ["GBR", "POL", "USA"]
EAST = ["BLR", "PRK", "RUS"]


def two_camps():
    rels = []
    for camp in (WEST, EAST):
        for i, a in enumerate(camp):
            for b in camp[i + 1:]:
                rels.append(Relation(a, "SUPPORTS", b))
    for a in WEST:
        for b in EAST:
            rels.append(Relation(a, "SANCTIONS", b))
    rels.append(Relation("PRK", "SUPPLIES", "RUS"))
    rels.append(Relation("RUS", "ATTACKS", "UKR"))
    rels.append(Relation("USA", "SUPPLIES", "UKR"))
    rels.append(Relation("UN", "REQUESTS", "RUS"))
    return build_graph(relations=rels)


def test_two_bloc_graph_recovers_both_blocs():
    part = blocs(two_camps())
    assert sorted(map(sorted, part.blocs)) == [sorted(EAST), sorted(WEST + ["UKR"])]
    assert part.frustrated == 0 and part.frustrated_share == 0.0
    assert part.unplaced == ["UN"]
    assert part.membership["USA"] == part.membership["UKR"] != part.membership["RUS"]


def test_same_seed_same_partition():
    G = two_camps()
    assert blocs(G, seed=5).to_json() == blocs(G, seed=5).to_json()


def test_frustrated_share_counts_contradicting_pairs():
    G = two_camps()
    for key in ("x1", "x2"):  # 2 x COOPERATES (+6) outweigh SANCTIONS (-8): a friendly pair across camps
        G.add_edge("USA", "RUS", key=key, type="COOPERATES", family="cooperation", status="asserted", article="")
    part = blocs(G)
    assert part.edges == 17
    assert part.frustrated == 1
    assert part.frustrated_share == pytest.approx(1 / 17)
    total = 6 * 4 + 7 + 8 * 8 + 4 + 10 + 7  # camp ties, PRK SUPPLIES RUS, 8 sanctions, USA-RUS, RUS-UKR, USA-UKR
    assert part.frustrated_weight_share == pytest.approx(4 / total)
    assert sorted(map(sorted, part.blocs)) == [sorted(EAST), sorted(WEST + ["UKR"])]


def test_signed_graph_folds_directions_and_drops_neutral():
    G = build_graph(relations=[Relation("A", "ATTACKS", "B"), Relation("B", "MEETS", "A"),
                               Relation("A", "REQUESTS", "C")])
    S = signed_graph(G)
    assert S["A"]["B"] == {"weight": -8.0, "sign": -1}
    assert not S.has_edge("A", "C")


def test_an_actor_repelled_by_everyone_stands_alone():
    S = nx.Graph([("A", "B", {"weight": 1}), ("A", "C", {"weight": -1}), ("B", "C", {"weight": -1})])
    assert blocs(S).blocs == [["A", "B"], ["C"]]


def test_frustration_of_a_given_partition():
    S = nx.Graph([("A", "B", {"weight": 2.0}), ("B", "C", {"weight": -1.0}), ("A", "C", {"weight": 3.0})])
    assert frustration(S, {"A": 0, "B": 0, "C": 1}) == (1, 3.0, 3, 6.0)


def test_no_signed_ties_raises():
    with pytest.raises(EmptyGraphError, match="no signed ties"):
        blocs(build_graph(relations=[Relation("UN", "REQUESTS", "RUS")]))
    with pytest.raises(EmptyGraphError):
        blocs(build_graph())
