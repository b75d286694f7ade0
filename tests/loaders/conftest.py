"""Shared fixtures for the loader tests."""

from __future__ import annotations

import pytest

from loaders.actors import Gazetteer, default_gazetteer
from loaders.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One extractor for the whole run: loading spaCy and the gazetteer is the slow part."""
    return Extractor()


@pytest.fixture(scope="session")
def nlp(extractor: Extractor):
    """The extractor's spaCy pipeline, for tests that parse without extracting."""
    return extractor.nlp


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    """The built-in gazetteer (tests must not extend it: user files go to a gazetteer of their own)."""
    return default_gazetteer()
