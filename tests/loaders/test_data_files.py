"""Every rule module reads its data file through one reader: read once, read-only, and a broken
file is one InputError naming it rather than a raw parser error."""

from __future__ import annotations

import pytest

from graph.errors import InputError
from loaders import lexicon


def test_a_data_file_is_read_once_and_read_only() -> None:
    first = lexicon.data_file("measures.yaml")
    assert first is lexicon.data_file("measures.yaml")
    assert "closing_verbs" in first
    with pytest.raises(TypeError):
        first["closing_verbs"] = []  # type: ignore[index]


def test_a_malformed_or_missing_data_file_is_an_input_error(tmp_path, monkeypatch) -> None:
    (tmp_path / "broken.yaml").write_text("key: [unclosed\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "_DATA", tmp_path)
    lexicon.data_file.cache_clear()
    try:
        with pytest.raises(InputError, match="broken.yaml"):
            lexicon.data_file("broken.yaml")
        with pytest.raises(InputError, match="absent.yaml"):
            lexicon.data_file("absent.yaml")
    finally:
        lexicon.data_file.cache_clear()
