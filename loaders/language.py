"""Is this text English? A stopword-ratio check that needs no model and no download.

The extractor's cue lexicons and the spaCy model are English; a French or Russian article would
yield noise, so readers skip it and say so. English prose has 35-50% of its words on a short list
of function words (``data/english_function_words.txt``); other languages share only a few of them.
A short text (a news brief, a headline and a line) can be mostly names and numbers; it is skipped
only on evidence of another language: other languages' function words outnumbering English ones,
or letters mostly outside the Latin script.

>>> is_english("The minister said that the talks with the delegation would resume in May.")
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from pathlib import Path

__all__ = ["MIN_ENGLISH_RATIO", "english_ratio", "is_english"]

MIN_ENGLISH_RATIO = 0.15
"""Below this share of English function words a text is taken as not English."""

_MIN_WORDS = 12
"""Shorter texts are too small to judge and count as English."""

_JUDGE_ALONE = 60
"""From this many words on, the English share alone decides."""

_SAMPLE_WORDS = 3000
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_DATA = Path(__file__).with_name("data") / "english_function_words.txt"
_FOREIGN = Path(__file__).with_name("data") / "foreign_function_words.txt"


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    lines = _DATA.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.lstrip().startswith("#"))


@lru_cache(maxsize=1)
def _foreign_words() -> frozenset[str]:
    lines = _FOREIGN.read_text(encoding="utf-8").splitlines()
    words = {w.lower() for line in lines if not line.lstrip().startswith("#") for w in line.split()}
    return frozenset(words - _function_words())


def english_ratio(text: str) -> tuple[float, int]:
    """The share of English function words among the first 3,000 words, and the words counted."""
    words = [m.group().lower() for m in islice(_WORD.finditer(text), _SAMPLE_WORDS)]
    if not words:
        return 0.0, 0
    known = _function_words()
    return sum(w in known for w in words) / len(words), len(words)


def is_english(text: str) -> bool:
    """True unless the text has enough words to judge and too few English function words (a short
    text must also show another language)."""
    ratio, count = english_ratio(text)
    if count < _MIN_WORDS or ratio >= MIN_ENGLISH_RATIO:
        return True
    if count >= _JUDGE_ALONE:
        return False
    words = [m.group().lower() for m in islice(_WORD.finditer(text), _SAMPLE_WORDS)]
    foreign = sum(w in _foreign_words() for w in words) / len(words)
    letters = [c for w in words for c in w]
    latin = sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) / len(letters)
    return foreign <= ratio and latin >= 0.5
