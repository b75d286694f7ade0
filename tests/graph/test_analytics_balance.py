import itertools
import random

import networkx as nx
import pytest

from graph.analytics import balance
from graph.errors import EmptyGraphError
from graph.model import Relation
from graph.snapshot import build_graph

FRIEND, FOE = "COOPERATES", "ATTACKS"


def triangle(ab, bc, ca):
    return build_graph(relations=[Relation("A", ab, "B"), Relation("B", bc, "C"), Relation("C", ca, "A")])


@pytest.mark.parametrize("ab,bc,ca,negatives", [(FRIEND, FRIEND, FRIEND, 0), (FRIEND, FOE, FOE, 2)],
                         ids=["all-friends", "enemy-of-enemy"])
def test_balanced_triangle(ab, bc, ca, negatives):
    report = balance(triangle(ab, bc, ca))
    assert (report.triangles, report.balanced, report.unbalanced) == (1, 1, 0)
    assert report.balanced_share == 1.0
    assert report.by_negatives[negatives] == 1
    assert report.most_unbalanced == []


@pytest.mark.parametrize("ab,bc,ca,negatives", [(FRIEND, FRIEND, FOE, 1), (FOE, FOE, FOE, 3)],
                         ids=["friend-of-friend-is-foe", "all-foes"])
def test_unbalanced_triangle(ab, bc, ca, negatives):
    report = balance(triangle(ab, bc, ca))
    assert (report.triangles, report.balanced, report.unbalanced) == (1, 0, 1)
    assert report.balanced_share == 0.0
    assert report.by_negatives[negatives] == 1
    triad = report.most_unbalanced[0]
    assert triad.actors == ("A", "B", "C") and not triad.balanced


def test_most_unbalanced_ranked_by_weakest_tie():
    S = nx.Graph()
    S.add_edges_from([("A", "B", {"weight": 9}), ("B", "C", {"weight": 9}), ("A", "C", {"weight": -9}),
                      ("C", "D", {"weight": 1}), ("B", "D", {"weight": -5})])
    report = balance(S, top=5)
    assert [t.actors for t in report.most_unbalanced] == [("A", "B", "C"), ("B", "C", "D")]
    assert report.most_unbalanced[0].strength == 9
    assert report.most_unbalanced[1].weights == (9, -5, 1)


def _brute(S):
    counts = {0: 0, 1: 0, 2: 0, 3: 0}
    found = []
    for a, b, c in itertools.combinations(sorted(S.nodes), 3):
        if S.has_edge(a, b) and S.has_edge(a, c) and S.has_edge(b, c):
            ws = (S[a][b]["weight"], S[a][c]["weight"], S[b][c]["weight"])
            counts[sum(w < 0 for w in ws)] += 1
            if ws[0] * ws[1] * ws[2] < 0:
                found.append((min(map(abs, ws)), (a, b, c)))
    return counts, found


def test_counts_and_top_triads_match_brute_force_on_a_larger_graph():
    rng = random.Random(1)
    S = nx.gnm_random_graph(60, 1400, seed=1)
    S = nx.relabel_nodes(S, {i: f"N{i:02d}" for i in S.nodes})
    for u, v in S.edges:
        S[u][v]["weight"] = rng.choice([-1, 1]) * rng.randint(1, 40)
    counts, found = _brute(S)
    report = balance(S, top=15)
    assert report.by_negatives == counts
    assert report.triangles == sum(counts.values())
    assert [t.strength for t in report.most_unbalanced] == sorted((s for s, _ in found), reverse=True)[:15]


def test_no_signed_ties_raises():
    with pytest.raises(EmptyGraphError):
        balance(build_graph(relations=[Relation("UN", "REQUESTS", "RUS")]))
