"""Write a validated dump into any store: in transactions that never split an article.

Each batch carries whole articles with their relations and the actors those relations name,
so a store that fails midway holds whole articles only; writing is idempotent (MERGE on ids
and relation keys), so running the import again completes it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterator

from graph.export.jsondump import Dump
from graph.model import Actor, Relation
from graph.store.base import Batch, Store

__all__ = ["ImportResult", "dump_batches", "import_dump"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import wrote."""

    actors: int
    articles: int
    relations: int
    batches: int


def dump_batches(dump: Dump, *, max_relations: int = 2_000) -> Iterator[Batch]:
    """Batches of whole articles, up to ``max_relations`` each (one article may exceed it).

    Actors and articles that no relation names travel in the first batch.
    """
    actors = {a.id: a for a in dump.actors}
    articles = {a.id: a for a in dump.articles}
    by_article: dict[str, list[Relation]] = {}
    for rel in dump.relations:
        by_article.setdefault(rel.article, []).append(rel)
    named = {end for rel in dump.relations for end in (rel.source, rel.target, *rel.attributed_to)}

    batch = Batch(
        actors=[a for a in dump.actors if a.id not in named],
        articles=[a for a in dump.articles if a.id not in by_article],
    )
    for article_id, rels in by_article.items():
        if batch.relations and len(batch.relations) + len(rels) > max_relations:
            yield _complete(batch, actors)
            batch = Batch()
        if article_id in articles:
            batch.articles.append(articles[article_id])
        batch.relations.extend(rels)
    if batch.relations or batch.actors or batch.articles:
        yield _complete(batch, actors)


def _complete(batch: Batch, actors: dict[str, Actor]) -> Batch:
    """Add the full record of every actor the batch's relations name, so none becomes a stub.

    An ``attributed_to`` id that the dump does not list becomes a stub, as in any write.
    """
    have = {a.id for a in batch.actors}
    for rel in batch.relations:
        for end in (rel.source, rel.target, *rel.attributed_to):
            if end not in have and end in actors:
                batch.actors.append(actors[end])
                have.add(end)
    return batch


def import_dump(store: Store, dump: Dump, *, max_relations: int = 2_000) -> ImportResult:
    """Write ``dump`` into ``store`` (already validated by ``jsondump.loads``); idempotent."""
    batches = 0
    for batch in dump_batches(dump, max_relations=max_relations):
        store.write(batch)
        batches += 1
    if dump.actor_properties:
        store.set_actor_properties(dump.actor_properties)
    log.info("imported %d relations in %d batches into %s", len(dump.relations), batches, store.location)
    return ImportResult(len(dump.actors), len(dump.articles), len(dump.relations), batches)
