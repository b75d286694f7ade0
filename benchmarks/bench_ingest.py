"""Ingest speed: relations per second, batched vs one relation per transaction, on both stores.

    python benchmarks/bench_ingest.py [--relations 100000] [--actors 5000] [--neo4j bolt://...]

Without --neo4j a private local Neo4j is started with scripts/neo4j-local and stopped after.
Figures are printed, never asserted: these machines are shared, so read the ratios of one run.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from graph.ingest import batches_by_article  # noqa: E402
from graph.model import Relation, RelationType, Status  # noqa: E402
from graph.store import Batch, Store, open_store  # noqa: E402


def synthetic(n_relations: int, n_actors: int, seed: int = 7) -> list[Relation]:
    rng = random.Random(seed)
    ids = [f"A{i:05d}" for i in range(n_actors)]
    types = list(RelationType)
    statuses = list(Status)
    out = []
    for i in range(n_relations):
        s, t = rng.sample(ids, 2)
        out.append(Relation(
            s, rng.choice(types), t, rng.choice(statuses), (rng.choice(ids),), "weapons", rng.random(),
            f"art{i // 20:06d}", f"Sentence {i} about {s} and {t}.", i, i + 30,
            f"20{rng.randint(10, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        ))
    return out


def batched(store: Store, relations: list[Relation]) -> float:
    start = time.perf_counter()
    store.write_many(batches_by_article(relations, max_relations=10_000))
    return len(relations) / (time.perf_counter() - start)


def one_per_transaction(store: Store, relations: list[Relation]) -> float:
    start = time.perf_counter()
    for rel in relations:
        store.write(Batch(relations=[rel]))
    return len(relations) / (time.perf_counter() - start)


def measure(name: str, store: Store, relations: list[Relation], baseline_n: int) -> None:
    store.init()
    store.reset()
    rate = batched(store, relations)
    stats = store.stats()
    again = batched(store, relations)  # idempotent re-write: MERGE on existing edges
    assert store.stats() == stats
    store.reset()
    base = one_per_transaction(store, relations[:baseline_n])
    print(f"{name:8s} batched {rate:10,.0f} rel/s   re-write {again:10,.0f} rel/s   "
          f"one-per-transaction {base:8,.0f} rel/s   ratio {rate / base:6.1f}x   "
          f"({stats.relations:,} relations, {stats.actors:,} actors)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--actors", type=int, default=5_000)
    parser.add_argument("--baseline", type=int, default=2_000, help="relations for the one-per-transaction path")
    parser.add_argument("--neo4j", help="a Bolt URI; default: start a private local Neo4j")
    args = parser.parse_args()

    relations = synthetic(args.relations, args.actors)
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(str(Path(tmp) / "bench.lbug")) as store:
            measure("ladybug", store, relations, args.baseline)

        uri, home = args.neo4j, None
        if uri is None:
            home = Path(tmp) / "neo4j"
            out = subprocess.run([str(REPO / "scripts/neo4j-local"), "start", "--dir", str(home), "--port", "0"],
                                 check=True, capture_output=True, text=True)
            uri = out.stdout.strip().splitlines()[-1]
        try:
            with open_store(uri) as store:
                measure("neo4j", store, relations, args.baseline)
        finally:
            if home is not None:
                subprocess.run([str(REPO / "scripts/neo4j-local"), "stop", "--dir", str(home)], capture_output=True)


if __name__ == "__main__":
    main()
