"""Latency of every named query on both stores (not a test): median milliseconds per query.

    python benchmarks/bench_queries.py --neo4j bolt://127.0.0.1:PORT     # 100,000 relations, 5,000 actors
    python benchmarks/bench_queries.py --relations 10000 --actors 500     # a quick run, embedded store only

The Neo4j given with ``--neo4j`` is EMPTIED first: point it at a scratch instance
(``scripts/neo4j-local start --dir /tmp/bench-neo4j --port 0``). Endpoints follow a Zipf-like
popularity (a few actors draw most relations, as in news). Parameters are selective: actors of
middling popularity, one relation type, a one-week window. Target: a median under 100 ms each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.model import Actor, Article, Relation, RelationType, Status  # noqa: E402
from graph.store import Batch, Mention, Store, open_store  # noqa: E402
from queries import list_queries, run_named  # noqa: E402

STATUSES = [Status.ASSERTED, Status.ALLEGED, Status.DENIED, Status.CONFIRMED, Status.PLANNED]
STATUS_P = [0.85, 0.08, 0.04, 0.02, 0.01]
TYPES = list(RelationType)
DAY0 = np.datetime64("2020-01-01")


def actor_id(i: int) -> str:
    return f"A{i:05d}"


def synthetic_batches(actors: int, relations: int, batch_size: int, seed: int = 7) -> list[Batch]:
    """Batches of a synthetic store: Zipf-like endpoints, random types and statuses, five years of articles."""
    rng = np.random.default_rng(seed)
    popularity = 1.0 / np.arange(1, actors + 1) ** 0.8
    popularity /= popularity.sum()
    src = rng.choice(actors, size=relations, p=popularity)
    dst = rng.choice(actors, size=relations, p=popularity)
    clash = src == dst
    dst[clash] = (dst[clash] + 1) % actors
    type_pick = rng.integers(0, len(TYPES), size=relations)
    status_pick = rng.choice(len(STATUSES), size=relations, p=STATUS_P)
    n_articles = max(1, relations // 5)
    article_day = rng.integers(0, 365 * 5, size=n_articles)
    article_pick = rng.integers(0, n_articles, size=relations)
    witness = rng.choice(actors, size=relations, p=popularity)
    articles = [Article(f"art{i}", f"https://news.example/{i}", f"Title {i}", "Wire", str(DAY0 + int(article_day[i])))
                for i in range(n_articles)]
    batches = [Batch(actors=[Actor(actor_id(i), "state", f"Actor {i}") for i in range(actors)], articles=articles,
                     unresolved=[Mention(f"Unknown {i % 500}", f"art{i % n_articles}", f"Sentence {i}.")
                                 for i in range(min(relations // 20, 5000))])]
    current: list[Relation] = []
    for k in range(relations):
        status = STATUSES[status_pick[k]]
        art = int(article_pick[k])
        current.append(Relation(
            actor_id(int(src[k])), TYPES[type_pick[k]], actor_id(int(dst[k])), status=status,
            attributed_to=(actor_id(int(witness[k])),) if status is not Status.ASSERTED else (),
            mode="weapons" if TYPES[type_pick[k]] is RelationType.SUPPLIES else None,
            article=f"art{art}", sentence=f"Synthetic sentence {k} about two actors.",
            published=str(DAY0 + int(article_day[art])),
        ))
        if len(current) == batch_size:
            batches.append(Batch(relations=current))
            current = []
    if current:
        batches.append(Batch(relations=current))
    return batches


def selective_params(actors: int, batches: list[Batch]) -> dict[str, list[dict[str, str]]]:
    """Parameters for each query: middling actors (rank ~ actors/10 .. actors/5), one type, one week.

    ``dyad`` and ``evidence`` use a relation the middling actor really has, so they return rows.
    """
    a, b, c = actor_id(actors // 10), actor_id(actors // 5), actor_id(actors // 4)
    some = next(r for batch in batches for r in batch.relations if r.source == a)
    return {
        "actor-profile": [{"id": a}],
        "dyad": [{"a": a, "b": some.target}],
        "who-does": [{"target": a, "type": "ATTACKS"}],
        "done-to": [{"source": a}],
        "contested-claims": [{"actor": a}],
        "allegations-by": [{"accuser": a}],
        "evidence": [{"source": a, "type": some.type.value, "target": some.target}],
        "allies": [{"id": a}],
        "adversaries": [{"id": a}],
        "recognitions": [{"actor": a}],
        "arms-network": [{"actor": a}],
        "path": [{"from": b, "to": c}],
        "neighbourhood": [{"id": c, "hops": "1"}, {"id": c, "hops": "2"}],
        "most-active": [{"family": "force"}],
        "between-dates": [{"since": "2022-03-01", "until": "2022-03-07", "types": "force"}],
        "unresolved": [{"article": "art3"}],
    }


def median_ms(store: Store, name: str, params: dict[str, str], repeat: int) -> tuple[float, int]:
    rows = run_named(store, name, params)  # warm-up: plans and caches
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run_named(store, name, params)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), len(rows)


def load(store: Store, batches: list[Batch]) -> float:
    start = time.perf_counter()
    store.write_many(batches)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--actors", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per query (after one warm-up)")
    parser.add_argument("--batch", type=int, default=10_000, help="relations per write transaction")
    parser.add_argument("--neo4j", metavar="URI", help="a scratch Neo4j to EMPTY and fill; omit for the embedded store only")
    args = parser.parse_args(argv)

    batches = synthetic_batches(args.actors, args.relations, args.batch)
    stores: dict[str, Store] = {}
    tmp = tempfile.TemporaryDirectory()
    stores["ladybug"] = open_store(str(Path(tmp.name) / "bench.lbug"))
    if args.neo4j:
        neo = open_store(args.neo4j)
        neo.init()
        neo.reset()
        stores["neo4j"] = neo
    for name, store in stores.items():
        seconds = load(store, batches)
        stats = store.stats()
        print(f"{name}: loaded {stats.relations:,} relations, {stats.actors:,} actors in {seconds:.1f} s", flush=True)

    print(f"load average before timing: {os.getloadavg()[0]:.1f} (timings are medians of {args.repeat} runs)")
    cases = selective_params(args.actors, batches)
    missing = {q.name for q in list_queries()} - set(cases)
    if missing:
        raise SystemExit(f"no benchmark parameters for: {', '.join(sorted(missing))}")
    header = f"{'query':<16} {'parameters':<48} " + " ".join(f"{n + ' ms':>12} {'rows':>6}" for n in stores)
    print(header)
    print("-" * len(header))
    over = []
    for name in sorted(cases):
        for params in cases[name]:
            cells = []
            for store_name, store in stores.items():
                ms, rows = median_ms(store, name, params, args.repeat)
                cells.append(f"{ms:>12.1f} {rows:>6}")
                if ms >= 100:
                    over.append(f"{name} on {store_name} ({ms:.0f} ms)")
            shown = " ".join(f"{k}={v}" for k, v in params.items())
            print(f"{name:<16} {shown:<48} " + " ".join(cells), flush=True)
    print("over 100 ms: " + (", ".join(over) if over else "none"))
    print(f"load average after timing: {os.getloadavg()[0]:.1f}")
    for store in stores.values():
        store.close()
    tmp.cleanup()


if __name__ == "__main__":
    main()
