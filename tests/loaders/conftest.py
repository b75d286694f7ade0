"""Shared fixtures for the loader tests."""

from __future__ import annotations

import pytest

from loaders.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One extractor for the whole run: loading spaCy and the gazetteer is the slow part."""
    return Extractor()
