"""British and American spellings of cue words read alike."""

from __future__ import annotations

import pytest

from loaders.lexicon import load_lexicon, spellings

from extracted import edge_rows as rows


def test_spellings_pair_the_endings() -> None:
    assert spellings("normalize") == ("normalize", "normalise")
    assert spellings("mobilisation") == ("mobilisation", "mobilization")
    assert spellings("analyse") == ("analyse", "analyze")
    assert spellings("attack") == ("attack",)
    assert spellings("rise") == ("rise",)  # too short to be an -ise verb


def test_lexicon_knows_both_spellings() -> None:
    lex = load_lexicon()
    assert "mobilise" in lex.verbs and "mobilize" in lex.verbs
    assert lex.verbs["mobilise"].type == lex.verbs["mobilize"].type


@pytest.mark.parametrize(("text", "expected"), [
    ("Morocco agreed to normalise relations with Israel.", ("MAR", "COOPERATES", "ISR", "asserted")),
    ("Morocco agreed to normalize relations with Israel.", ("MAR", "COOPERATES", "ISR", "asserted")),
    ("Russia mobilised troops near Ukraine's border.", ("RUS", "MOBILIZES", "UKR", "asserted")),
])
def test_both_spellings_are_read(extractor, text, expected) -> None:
    assert expected in rows(extractor, text)


def test_word_lists_read_a_data_file_once_by_name() -> None:
    from loaders.lexicon import word_lists

    lists = word_lists("conditions.yaml")
    assert "unless" in lists.unless_marks and word_lists("conditions.yaml") is lists
    with pytest.raises(AttributeError, match="has no word list 'no_such_list'"):
        lists.no_such_list
