"""Analytics over the networkx snapshot: pure functions, graph first, plain data back.

By default a ``denied`` relation does not count as happening (``filters.HAPPENING``).
Weights per relation type come from ``graph/data/weights.csv``.
"""

from graph.analytics.aggregate import aggregate, signed_graph
from graph.analytics.balance import BalanceReport, Triad, balance
from graph.analytics.blocs import BlocPartition, blocs, frustration
from graph.analytics.centrality import ActorCentrality, centrality, weighted_pagerank
from graph.analytics.claims import Claim, contested_claims
from graph.analytics.dyads import Dyad, dyads, extreme_dyads
from graph.analytics.ego import EgoNetwork, ego_network, shortest_paths
from graph.analytics.filters import HAPPENING, happening_statuses, iter_relations, select
from graph.analytics.weights import TypeWeight, load_weights

__all__ = [
    "HAPPENING",
    "ActorCentrality",
    "BalanceReport",
    "BlocPartition",
    "Claim",
    "Dyad",
    "EgoNetwork",
    "Triad",
    "TypeWeight",
    "aggregate",
    "balance",
    "blocs",
    "centrality",
    "contested_claims",
    "dyads",
    "ego_network",
    "extreme_dyads",
    "frustration",
    "happening_statuses",
    "iter_relations",
    "load_weights",
    "select",
    "shortest_paths",
    "signed_graph",
    "weighted_pagerank",
]
