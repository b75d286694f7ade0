"""The public surface is what ``__all__`` lists, and everything it lists exists."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import graph
import loaders
import queries

MODULES = sorted(
    info.name
    for package in (graph, loaders, queries)
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}.")
) + ["graph", "loaders", "queries"]


@pytest.mark.parametrize("name", MODULES)
def test_all_names_exist(name):
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    if exported is None:
        pytest.fail(f"{name} has no __all__")
    missing = [item for item in exported if not hasattr(module, item)]
    assert missing == []
    assert len(exported) == len(set(exported))


def test_codebook_enums_are_exported_from_graph():
    assert {"Actor", "Article", "Relation", "RelationType", "Status", "ActorKind", "Family"} <= set(graph.__all__)
    assert len(graph.RelationType) == 14
