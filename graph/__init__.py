"""The graph layer: the codebook model, the stores, and what is built on their networkx snapshot."""

from graph.errors import StategraphError
from graph.model import Actor, ActorKind, Article, Family, Relation, RelationType, Status

__all__ = ["Actor", "ActorKind", "Article", "Family", "Relation", "RelationType", "StategraphError", "Status"]
