"""Deterministic synthetic snapshots of any size, for browser tests and the page benchmark."""

from __future__ import annotations

import random

import networkx as nx

from graph.model import ActorKind, RelationType, Status
from graph.snapshot import build_graph


def synthetic_graph(actors: int, relations_per_actor: float = 2.5, seed: int = 7) -> nx.MultiDiGraph:
    """``actors`` actors and about ``relations_per_actor * actors`` relations, with a few hubs.

    Targets are drawn with preference for early actors, as in news where a few states
    appear in most stories.
    """
    rng = random.Random(seed)
    kinds = list(ActorKind)
    types = list(RelationType)
    statuses = list(Status)
    ids = [f"A{i:05d}" for i in range(actors)]
    actor_rows = [{"id": a, "kind": kinds[i % len(kinds)].value, "name": f"Actor {i}", "aliases": [f"alias-{i}"]}
                  for i, a in enumerate(ids)]
    article_count = max(actors // 2, 1)
    articles = [{"id": f"art{j}", "title": f"Story {j}", "outlet": f"Outlet {j % 7}",
                 "published": f"2024-{1 + j % 12:02d}-{1 + j % 28:02d}", "url": None} for j in range(article_count)]
    rows = []
    for k in range(int(actors * relations_per_actor)):
        src = ids[k % actors] if k < actors else ids[int(actors * rng.random() ** 2)]
        dst = ids[int(actors * rng.random() ** 2)]
        if dst == src:
            dst = ids[(ids.index(src) + 1) % actors]
        status = statuses[rng.randrange(len(statuses))]
        art = articles[rng.randrange(article_count)]
        rows.append({"source": src, "type": types[rng.randrange(len(types))].value, "target": dst,
                     "status": status.value, "attributed_to": [] if status is Status.ASSERTED else [ids[0]],
                     "article": art["id"], "sentence": f"Sentence {k} about {src} and {dst}.",
                     "published": art["published"], "confidence": 0.9})
    return build_graph(actor_rows, rows, articles)
