"""Evaluative speech acts: a speaker who brands another actor's deed condemns that actor.

Being written; the extractor already calls :func:`judgement_candidates` for every sentence.
"""

from __future__ import annotations

from typing import Any, Iterator

from loaders.coref import Phrases
from loaders.lexicon import Lexicon
from loaders.relations import Candidate

__all__ = ["judgement_candidates"]


def judgement_candidates(sent: Any, ph: Phrases, lex: Lexicon) -> Iterator[Candidate]:
    """CONDEMNS candidates from evaluations ("called the drills a provocation")."""
    return iter(())
