"""Headlines in Title Case, brought back to sentence case before parsing.

Many outlets capitalise every word of a headline ("Maduro Orders Troops Into Drills Near Guyana").
The parser reads such words as proper nouns and the headline's verb is lost. A line that looks like
a title is truecased: a word keeps its capital only where the article itself writes it capitalised
inside a sentence (a name), where it is an acronym or mixed-case, where the gazetteer knows it, or
where it opens the line. Only letters change case, so every character offset stays valid and the
evidence shown to users is the text as published.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

__all__ = ["is_all_caps", "is_title_case", "name_words", "truecase"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_MINOR = frozenset("a an and as at but by for from in into nor of on onto or over per the to up upon via vs with".split())
_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"’”]?\s+)$")


def is_title_case(line: str) -> bool:
    """Whether a line reads as a Title Case headline: at least four major words, nearly all capitalised."""
    if len(line) > 200 or line.rstrip().endswith((".", "?\"", ".\"", ".”")):
        return False
    major = [w for w in _WORD.findall(line) if w.lower() not in _MINOR and len(w) > 1]
    if len(major) < 4:
        return False
    capitalised = sum(w[0].isupper() for w in major)
    return capitalised >= len(major) - 1 and capitalised / len(major) >= 0.85


def is_all_caps(line: str) -> bool:
    """Whether a line is a headline set in capitals ("RUSSIA SANCTIONS LITHUANIA OVER TAIWAN OFFICE")."""
    words = _WORD.findall(line)
    letters = [c for w in words for c in w if c.isalpha()]
    if len(words) < 3 or len(line) > 200 or line.rstrip().endswith(".") or not letters:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= 0.9


def name_words(lines: Iterable[str]) -> frozenset[str]:
    """Words the text writes capitalised inside a sentence and never in lower case: names."""
    upper: set[str] = set()
    lower: set[str] = set()
    for line in lines:
        if is_title_case(line) or is_all_caps(line):
            continue
        for m in _WORD.finditer(line):
            word = _bare(m.group(0))
            if not word:
                continue
            if word[0].islower():
                lower.add(word.lower())
            elif not _opens(line[:m.start()]):
                upper.add(word)
    return frozenset(w for w in upper if w.lower() not in lower)


def truecase(line: str, names: frozenset[str], known: Callable[[str], bool] = lambda word: False) -> str:
    """``line`` with the capitals of its common words lowered; the same length, character for character."""
    if is_all_caps(line):
        return _uncapitalised(line, names, known)
    if not is_title_case(line):
        return line
    out = list(line)
    for k, m in enumerate(_WORD.finditer(line)):
        word = m.group(0)
        if k == 0 or not word[0].isupper():
            continue
        bare = _bare(word)
        if bare in names or known(bare) or (len(bare) > 1 and (bare.isupper() or any(c.isupper() for c in bare[1:]))):
            continue
        if _opens(line[:m.start()]):
            continue  # "Analysis: China ...", '"We Will Respond," Says ...': a sentence starts here
        out[m.start()] = word[0].lower()
    return "".join(out)


def _opens(before: str) -> bool:
    """Whether a word after ``before`` starts a sentence, a quotation or a colon's clause."""
    if _SENTENCE_START.search(before):
        return True
    tail = before.rstrip()
    return tail.endswith((":", "“", "‘")) or (tail.endswith('"') and tail.count('"') % 2 == 1)


def _bare(word: str) -> str:
    """A word without its possessive ending and edge punctuation ("Iran's" -> "Iran", "Monday." -> "Monday")."""
    return _POSSESSIVE.sub("", word).strip(".'’-")


def _uncapitalised(line: str, names: frozenset[str], known: Callable[[str], bool]) -> str:
    """An all-capitals headline in sentence case: names and acronyms the article writes so keep theirs."""
    out = list(line.lower())
    for k, m in enumerate(_WORD.finditer(line)):
        bare = _bare(m.group(0))
        if not bare:
            continue
        word = m.group(0)
        start = m.start() + word.index(bare[0])
        if bare in names or known(bare) or known(word):
            out[start:start + len(bare)] = bare  # an acronym the article writes in capitals: "NATO", "EU", "U.S."
        elif k == 0 or bare.title() in names or known(bare.title()) or line[:m.start()].rstrip().endswith(":"):
            out[start] = bare[0]
    return "".join(out)
