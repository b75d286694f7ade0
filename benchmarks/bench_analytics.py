"""Scale benchmark for graph.analytics (not a test): a synthetic snapshot of 20,000 actors and
1,000,000 relations built directly as a MultiDiGraph, then time and peak memory per step.

    python benchmarks/bench_analytics.py            # full size (heavy: about a minute, a few GB)
    python benchmarks/bench_analytics.py --small    # 2,000 actors, 100,000 relations

Endpoints follow a Zipf-like popularity (a few actors draw most relations, as in news) and
actors belong to 8 hidden camps: relations inside a camp are mostly cooperative, across camps
mostly hostile, so that blocs and balance have structure to find. Peak memory is the process's
maximum resident set size (``resource.getrusage``), which costs nothing to measure. CPU
seconds are printed next to wall seconds because the machine is shared: when other jobs hold
the cores, wall time says more about them than about this code.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

import networkx as nx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.analytics import aggregate, balance, blocs, centrality, signed_graph, weighted_pagerank  # noqa: E402
from graph.model import RelationType, Status  # noqa: E402

COOPERATIVE = [t for t in RelationType if t.family.value in ("cooperation", "material")]
HOSTILE = [t for t in RelationType if t.family.value in ("dispute", "coercion", "force")]
STATUSES = [Status.ASSERTED, Status.ALLEGED, Status.DENIED, Status.CONFIRMED, Status.PLANNED]
STATUS_P = [0.85, 0.08, 0.04, 0.02, 0.01]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def synthetic_snapshot(actors: int, relations: int, seed: int = 7) -> nx.MultiDiGraph:
    """A snapshot in the shape of graph/snapshot.py, built without a store."""
    rng = np.random.default_rng(seed)
    popularity = 1.0 / np.arange(1, actors + 1) ** 0.8
    popularity /= popularity.sum()
    src = rng.choice(actors, size=relations, p=popularity)
    dst = rng.choice(actors, size=relations, p=popularity)
    clash = src == dst
    dst[clash] = (dst[clash] + 1) % actors
    camp = rng.integers(0, 8, size=actors)
    same = camp[src] == camp[dst]
    cooperative = np.where(same, rng.random(relations) < 0.8, rng.random(relations) < 0.25)
    coop_pick = rng.integers(0, len(COOPERATIVE), size=relations)
    host_pick = rng.integers(0, len(HOSTILE), size=relations)
    status_pick = rng.choice(len(STATUSES), size=relations, p=STATUS_P)
    article = rng.integers(0, relations // 5, size=relations)
    day = rng.integers(0, 365 * 5, size=relations)
    days = [str(np.datetime64("2020-01-01") + np.timedelta64(int(d), "D")) for d in range(365 * 5)]
    sentences = [f"Synthetic sentence {i} about two actors and what one did to the other, long enough to look real."
                 for i in range(50_000)]
    names = [f"A{i:05d}" for i in range(actors)]
    G = nx.MultiDiGraph()
    G.graph["articles"] = {}
    G.add_nodes_from((n, {"kind": "state", "name": n, "aliases": []}) for n in names)

    def edges():
        for i in range(relations):
            rtype = COOPERATIVE[coop_pick[i]] if cooperative[i] else HOSTILE[host_pick[i]]
            status = STATUSES[status_pick[i]]
            yield names[src[i]], names[dst[i]], f"{i:020x}", {
                "type": rtype.value, "family": rtype.family.value, "status": status.value,
                "attributed_to": [] if status is Status.ASSERTED else [names[dst[i]]],
                "mode": None, "confidence": 0.9, "article": f"art{article[i]}",
                "sentence": sentences[i % len(sentences)], "char_start": None, "char_end": None,
                "published": days[day[i]],
            }

    G.add_edges_from(edges())
    return G


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="2,000 actors and 100,000 relations")
    parser.add_argument("--actors", type=int, default=None)
    parser.add_argument("--relations", type=int, default=None)
    parser.add_argument("--betweenness-samples", type=int, default=8, help="sources for sampled betweenness (0: skip)")
    args = parser.parse_args()
    actors = args.actors or (2_000 if args.small else 20_000)
    relations = args.relations or (100_000 if args.small else 1_000_000)

    results: list[tuple[str, float, float, float, str]] = []

    def step(name, fn, note=lambda r: ""):
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        results.append((name, time.perf_counter() - t0, time.process_time() - c0, peak_mb(), note(out)))
        _, wall, cpu, peak, text = results[-1]
        print(f"{name:<24} {wall:8.2f} {cpu:8.2f} {peak:8.0f}   {text}", flush=True)
        return out

    print(f"{actors:,} actors, {relations:,} relations; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'step':<24} {'wall s':>8} {'cpu s':>8} {'peak MB':>8}")
    G = step("snapshot (build)", lambda: synthetic_snapshot(actors, relations),
             lambda g: f"{g.number_of_edges():,} edges")
    A = step("aggregate (pairs)", lambda: aggregate(G), lambda a: f"{a.number_of_edges():,} ordered pairs")
    step("pagerank (count)", lambda: weighted_pagerank(A, "count"))
    S = step("signed graph", lambda: signed_graph(G), lambda s: f"{s.number_of_edges():,} signed pairs")
    step("blocs", lambda: blocs(S, restarts=1),
         lambda p: f"{len(p.blocs)} blocs, largest {[len(b) for b in p.blocs[:8]]}, "
                   f"frustrated {p.frustrated_share:.3f}")
    step("balance", lambda: balance(S), lambda r: f"{r.triangles:,} triangles, balanced {r.balanced_share:.3f}")
    print(f"{'total (above)':<24} {sum(r[1] for r in results):8.2f} {sum(r[2] for r in results):8.2f} {peak_mb():8.0f}")
    if args.betweenness_samples:
        step(f"betweenness (k={args.betweenness_samples})",
             lambda: centrality(A, betweenness_samples=args.betweenness_samples),
             lambda s: f"top {s[0].actor}")


if __name__ == "__main__":
    main()
