"""Read relations in the codebook's JSON shape (JSONL) into batches for a store.

The whole file is validated before anything is written: a malformed line names itself and
loads nothing from that file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterator

from graph.errors import InputError, ValidationError
from graph.model import ActorKind, Article, Relation
from graph.store.base import Batch

__all__ = ["read_relations_jsonl", "batches_by_article"]

KindOf = Callable[[str], ActorKind | None]


def read_relations_jsonl(path: Path, *, max_bytes: int = 200_000_000) -> list[Relation]:
    """Every relation of a JSONL file, or an error naming the first bad line."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as err:
        raise InputError(f"{path}: no such file") from err
    except OSError as err:
        raise InputError(f"{path}: {err.strerror}") from err
    if path.is_dir():
        raise InputError(f"{path}: is a directory, expected a .jsonl file")
    if size > max_bytes:
        raise InputError(f"{path}: larger than {max_bytes:,} bytes")
    relations: list[Relation] = []
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                raise InputError(f"{path}, line {number}: not UTF-8 text; nothing was loaded") from err
            if not line.strip():
                continue
            try:
                relations.append(Relation.from_json_line(line))
            except (ValidationError, TypeError, RecursionError) as err:
                raise InputError(f"{path}, line {number}: {err}; nothing was loaded") from err
    if not relations:
        raise InputError(f"{path}: no relations in the file")
    return relations


def batches_by_article(
    relations: list[Relation], kind_of: KindOf | None = None, *, max_relations: int = 5_000
) -> Iterator[Batch]:
    """Group relations into batches that never split an article (one transaction each).

    Articles named by relations get a bare Article node; actor ids get the kind ``kind_of``
    knows, else the kind the id scheme suggests.
    """
    by_article: dict[str, list[Relation]] = {}
    for rel in relations:
        by_article.setdefault(rel.article, []).append(rel)
    batch = Batch()
    for article_id, rels in by_article.items():
        if batch.relations and len(batch.relations) + len(rels) > max_relations:
            yield _with_actors(batch, kind_of)
            batch = Batch()
        if article_id:
            published = next((r.published for r in rels if r.published), None)
            batch.articles.append(Article(article_id, published=published))
        batch.relations.extend(rels)
    if batch.relations:
        yield _with_actors(batch, kind_of)


def _with_actors(batch: Batch, kind_of: KindOf | None) -> Batch:
    ids = dict.fromkeys(end for r in batch.relations for end in (r.source, r.target, *r.attributed_to))
    batch.kinds = {i: (kind_of(i) if kind_of else None) or infer_kind(i) for i in ids}
    return batch


def infer_kind(actor_id: str) -> ActorKind:
    """The kind the codebook's id schemes suggest when nothing better is known.

    Three capital letters read as an ISO 3166-1 alpha-3 code; anything else as an organization.
    """
    if len(actor_id) == 3 and actor_id.isalpha():
        return ActorKind.STATE
    return ActorKind.ORGANIZATION


def dumps_relation(rel: Relation) -> str:
    """One JSONL line in the codebook's shape."""
    return json.dumps(rel.to_json(), ensure_ascii=False)
