"""The state or organisation an official serves, as the title beside their name tells it."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from .. import gazetteer as gz
from .actorwords import BARE_TITLES, NATIONAL_TITLES, OFFICE_WORDS

# words a title may hold between its words and the name: "Minister of Defence", "visiting Foreign Minister X"
TITLE_WORDS = ("-", "of", "for", "visiting", "outgoing", "incoming", "acting")
# titles of officials sent to another state or an organisation: "Ambassador to Japan", "Envoy to the UN"
POSTED_TITLES = {"ambassador", "envoy", "representative", "delegate", "emissary", "consul", "mission"}


def office_state(span: SpacySpan, gaz: gz.Gazetteer) -> gz.Entity | None:
    """The state (or organisation) a title before or after a name says the person serves: "Gambian
    President X", "Jordan's King X", "King X of Morocco", "EU High Representative X"; None without both a
    title and a state."""
    doc = span.doc
    left, i = _title_before(doc, span.start - 1, span.sent.start)
    posted = i - 1 if i >= 0 and doc[i].lower_ == "the" else i
    if left and posted > span.sent.start and doc[posted].lower_ == "to" \
            and doc[posted - 1].lemma_.lower() in POSTED_TITLES:
        # "U.S. Ambassador to the United Nations Linda Thomas-Greenfield": the name after "to" is where the
        # official is posted; the state they serve is named before the title, or nowhere
        left, i = _title_before(doc, posted - 1, span.sent.start)
    root = span.root
    title = root.head
    if root.dep_ == "appos" and title.dep_ == "pobj" and title.head.lower_ == "of":
        title = title.head.head                       # parsed as "Venezuela, Nicolas Maduro"
    if root.dep_ == "appos" and title.lemma_.lower() in OFFICE_WORDS:
        # "the President of Venezuela, Nicolas Maduro": the title the name stands beside
        posting = {t.i for p in title.children if p.dep_ == "prep" and p.lower_ == "to"
                   and title.lemma_.lower() in POSTED_TITLES for t in p.subtree}
        left = [t for t in title.subtree if t.i < span.start and t.i != title.i and t.i not in posting] + [title]
    if not any(t.lemma_.lower() in OFFICE_WORDS for t in [*left, *span]):   # the title may be in the name
        return None
    right = list(doc[span.end:min(span.end + 4, span.sent.end)])
    after_of = []
    if right and right[0].lower_ == "of":
        # "King X of Morocco": the name right after "of", not a word further on ("of Ohio praised Jordan")
        for t in right[1:]:
            if t.pos_ != "PROPN" and t.lower_ != "the":
                break
            after_of.append(t)
    for tokens in (list(reversed(left)), after_of):
        for n in (3, 2, 1):
            for k in range(len(tokens) - n + 1):
                text = doc[tokens[k].i:tokens[k].i + n].text
                for surface in gaz.surfaces.get(text, []):
                    entity = gaz.entities[surface.wikidata]
                    if entity.kind in (gz.STATE, gz.ORGANIZATION, gz.BODY):
                        return entity         # "EU High Representative X", "Kremlin spokesman X"
    if left:
        # "Secretary of State Antony Blinken", "Foreign Secretary X": a title only one state uses
        titled = doc[left[-1].i:left[0].i + 1].text
        for title, state in NATIONAL_TITLES.items():
            if titled.endswith(title) and state in gaz.surfaces:
                return gaz.entities[gaz.surfaces[state][0].wikidata]
        state = BARE_TITLES.get(titled)
        if state in gaz.surfaces:
            return gaz.entities[gaz.surfaces[state][0].wikidata]
    return None


# words that end a title after "of" and that the recogniser may read as the start of an organisation's name
DEPARTMENT_WORDS = {"defense", "defence", "state", "treasury", "foreign", "affairs", "interior", "justice",
                    "commerce", "energy", "homeland", "security", "health", "agriculture", "finance", "the"}


def title_then_name(span: SpacySpan) -> SpacySpan | None:
    """The person's name in what the recogniser read as an organisation that ends a title: "Secretary of
    [Defense Lloyd Austin]" is Lloyd Austin; None if the span is not such a misreading."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of" or doc[span.start - 2].lemma_.lower() not in OFFICE_WORDS:
        return None
    k = span.start
    while k < span.end and doc[k].lower_ in DEPARTMENT_WORDS:
        k += 1
    name = doc[k:span.end]
    if k == span.start or len(name) < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name):
        return None
    return name


def _title_before(doc, i: int, floor: int) -> tuple[list[Token], int]:
    """The words of a title that run leftwards from token `i` (nearest first), at most six, and the index
    of the first token left out."""
    left = []
    stop = max(floor, i - 5)
    while i >= stop and (doc[i].pos_ in ("PROPN", "ADJ", "NOUN", "PART") or doc[i].lower_ in TITLE_WORDS):
        left.append(doc[i])
        i -= 1
    return left, i
