"""Questions the actor resolver asks of a parse: titles and names, venues, clause subjects, antecedents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan, Token

from .. import gazetteer as gz
from .actorwords import FORMER, LOCATION_PREPS, MINISTER_TITLES, OFFICE_WORDS, SUBJECT_DEPS, TITLES, WILLING
from .records import ActorRef, Span

if TYPE_CHECKING:
    from .found import Found, Resolution


# words before a title that make it any holder's, not the one in office: "the first Sri Lankan president"
ANY_HOLDER = {"first", "last", "only", "next", "every", "each", "successive", "previous", "future", "second",
              "third", "youngest", "oldest", "longest", "longest-serving"}


def former(token: Token) -> bool:
    """Whether the title or name at `token` is of someone out of office: "former Kenyan President Kenyatta",
    "the late king", "ex-President X"."""
    i = token.i - 1
    while i >= max(token.sent.start, token.i - 6) and token.doc[i].pos_ in ("PROPN", "ADJ", "NOUN", "PUNCT"):
        if token.doc[i].lower_ in FORMER:
            return True
        i -= 1
    return i >= token.sent.start and token.doc[i].lower_ in FORMER


def any_holder(title: Token) -> bool:
    """Whether a title speaks of whoever holds or held the office, not of one holder: "the first Sri Lankan
    president to resign", "every Russian president since Yeltsin", "became the French president"."""
    if any(c.dep_ in ("amod", "det", "advmod") and c.lower_ in ANY_HOLDER for c in title.children):
        return True
    return title.dep_ in ("attr", "oprd") and title.head.lemma_.lower() in ("become", "remain", "elect")


def role(title: Token) -> str | None:
    """The gazetteer role a title noun names: "president" → head_of_state, "foreign minister" →
    foreign_minister; None for other nouns."""
    lemma = title.lemma_.lower()
    if lemma == "minister":
        return next((r for w, r in MINISTER_TITLES.items() if any(c.lower_ == w for c in title.children)), None)
    return TITLES.get(lemma)


def in_person_name(span: SpacySpan, person: SpacySpan) -> bool:
    """Whether a place or state name is part of the longer person's name `person` the entity recogniser found
    around it ("George Washington", "Chad Smith"); not when it owns what follows ("Jordan's King Abdullah")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].dep_ == "case":
        return False
    return all(t.pos_ == "PROPN" for t in person)


def first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def in_one_name(first: Token, last: Token) -> bool:
    """Whether the entity recogniser read two tokens as parts of one name ("the Kosovo Police")."""
    return first.ent_iob_ != "O" and last.ent_iob_ == "I" \
        and all(t.ent_iob_ == "I" for t in first.doc[first.i + 1:last.i + 1])


def at_venue(token: Token) -> bool:
    """Whether a name is the object of "at": a building or seat where something happens ("at the Pentagon")."""
    if token.dep_ == "appos":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "at"


def name_before(span: SpacySpan) -> Token | None:
    """The proper noun that runs into `span` as part of one name: "AU" in "AU Commission", "People" in
    "People's Congress"."""
    i = span.start - 1
    if i >= 0 and span.doc[i].dep_ == "case":
        i -= 1
    if i < 0:
        return None
    before = span.doc[i]
    return before if before.pos_ == "PROPN" and before.dep_ in ("compound", "poss") else None


def surname(name: str) -> str:
    """ "Lloyd J. Austin III" → "Austin"."""
    words = [w for w in name.split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III", "IV")]
    return words[-1] if words else name


def full_name(span: SpacySpan) -> SpacySpan:
    """The person's name with the given name the entity recogniser leaves out before a middle initial: it
    reads "Antony J. Blinken" as "J. Blinken". (Only then: a capitalised word before a whole name is as
    often the end of a title, as in "Minister for Foreign Affairs Hayashi Yoshimasa".)"""
    first = span[0].text
    initial = len(first) == 2 and first[0].isupper() and first[1] == "."
    if len(span) < 2 or not initial or span.start == span.sent.start:
        return span
    before = span.doc[span.start - 1]
    if before.pos_ == "PROPN" and before.text.isalpha() and before.text[:1].isupper() and not before.ent_type_ \
            and before.lower_ not in OFFICE_WORDS:
        return span.doc[span.start - 1:span.end]
    return span


def is_location(token: Token) -> bool:
    if token.dep_ == "appos":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATION_PREPS


def window_start(token: Token) -> int:
    """The first token of the sentence before `token`'s (or of its own, at the start of the text)."""
    sent = token.sent
    return token.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start


def salient(token: Token, res: Resolution, kind: str) -> ActorRef | None:
    """The actor of `kind` a pronoun or description at `token` stands for: the last one that was the subject of
    a clause in this sentence or the one before ("Blinken reiterated President Biden's resolve. He called on
    Russia ..." is Blinken), else the last one that was a subject at all (the topic: "Putin ... He expected
    ... his forces were met by President Zelensky. He has been met ..." is Putin), else the one named last."""
    named = [(f, a) for f in res.found if f.start < token.i and len(f.actors) == 1 for a in f.actors
             if a.kind == kind]
    if not named:
        return None
    subjects = [(f, a) for f, a in named if res.doc[f.start:f.end].root.dep_ in SUBJECT_DEPS]
    near = [(f, a) for f, a in subjects if f.start >= window_start(token)]
    return max(near or subjects or named, key=lambda pair: pair[0].start)[1]


def titled_person(title: Token, res: Resolution) -> ActorRef | None:
    """The person last named with the title `title` ends ("Secretary", "Foreign Minister") in the words just
    before the name or in the description the name stands beside."""
    words = [c.lower_ for c in title.lefts if c.dep_ in ("compound", "amod")] + [title.lower_]
    doc = title.doc
    for item in sorted((f for f in res.found if f.end <= title.i), key=lambda f: -f.start):
        if len(item.actors) != 1 or item.actors[0].kind != gz.PERSON or doc[item.start].pos_ in ("PRON", "DET") \
                or doc[item.end - 1].lower_ in OFFICE_WORDS:      # a name, not a pronoun or another description
            continue
        # the words of the title run straight into the name ("Secretary Blinken reiterated President Biden's"
        # does not make Biden a secretary)
        i, titled = item.start - 1, []
        while i >= max(doc[item.start].sent.start, item.start - 8) and (
                doc[i].pos_ in ("PROPN", "ADJ", "NOUN") or doc[i].lower_ in ("of", "for", "-", "the")):
            titled.append(doc[i].lower_)
            i -= 1
        root = first_conjunct(doc[item.start:item.end].root)
        if root.dep_ == "appos":                         # "the Foreign Minister of Oman, Sayyid Badr al Busaidi"
            titled += [t.lower_ for t in root.head.subtree if t.i < item.start]
        if all(w in titled for w in words):
            return item.actors[0]
    return None


def thing_subject_before(token: Token, res: Resolution) -> bool:
    """Whether the last singular subject before "it" (in its own sentence, else the main clause of the sentence
    before) is a thing, not an actor: "This funding ...". Persons and plurals cannot be "it" and are passed by."""
    doc = token.doc
    own = [t for t in doc[token.sent.start:token.i] if t.dep_ in SUBJECT_DEPS]
    before = []
    if token.sent.start > 0:
        previous = doc[token.sent.start - 1].sent
        before = [t for t in previous if t.dep_ in SUBJECT_DEPS and t.head.i in
                  {previous.root.i, *(c.i for c in previous.root.conjuncts)}]
    for subject in reversed(before + own):
        if subject.pos_ == "PRON" or subject.tag_ in ("NNS", "NNPS"):
            continue
        found = res.at(subject)
        if found and found.actors:
            if found.actors[0].kind == gz.PERSON or len(found.actors) > 1:
                continue
            return False
        return subject.pos_ == "NOUN"
    return False


def states_now(root: Token) -> bool:
    """Whether a name (not a pronoun) is the subject of a verb in the simple present ("condemns", "calls on")."""
    verb = root.head
    return root.dep_ == "nsubj" and root.pos_ == "PROPN" and verb.tag_ == "VBZ" and verb.lemma_ not in ("be", "have") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def announces(root: Token) -> bool:
    """Whether a name (not a pronoun) is the subject of a verb with "will" or "shall" ("will respond")."""
    verb = root.head
    return root.dep_ == "nsubj" and root.pos_ == "PROPN" and verb.pos_ == "VERB" \
        and any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in verb.children)


def clause_verb(token: Token) -> Token | None:
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            while node.dep_ in ("xcomp",) and node.head.i != node.i:
                node = node.head
            return node
    return node if node.pos_ in ("VERB", "AUX") else None


def subject_tokens(verb: Token) -> list[Token]:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [t for s in subjects for t in [s, *s.conjuncts]]


def within_subject(token: Token) -> bool:
    node = token
    while node.head.i != node.i:
        if node.dep_ in ("nsubj", "nsubjpass"):
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


def clause_subject_actors(token: Token, res: Resolution) -> tuple[ActorRef, ...]:
    verb = clause_verb(token)
    if verb is None:
        return ()
    actors: list[ActorRef] = []
    for subject in subject_tokens(verb):
        found = res.at(subject)
        for actor in found.actors if found else ():
            if actor not in actors:
                actors.append(actor)
    return tuple(actors)


def reporting_subject(token: Token, res: Resolution) -> tuple[ActorRef, ...]:
    """The subject of the verb that reports the clause `token` is the subject of: "X said they ..."."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp":
        return ()
    reporter = token.head.head
    out: list[ActorRef] = []
    for subject in (c for c in reporter.children if c.dep_ == "nsubj"):
        found = res.at(subject)
        out.extend(a for a in (found.actors if found else ()) if a not in out)
    return tuple(out)


def conj_groups(res: Resolution) -> list[tuple[int, tuple[ActorRef, ...]]]:
    """Actors named together ("Kim and Putin", "North Korea and Russia"), at the last one's position."""
    groups = []
    for token in res.doc:
        if token.dep_ == "conj" or not any(c.dep_ == "conj" for c in token.children):
            continue
        group = conj_group(token, res)
        if group is not None:
            groups.append(group)
    return groups


def conj_group(token: Token, res: Resolution) -> tuple[int, tuple[ActorRef, ...]] | None:
    """The actors the coordination headed by `token` names, at the last one's position, if it names two or more."""
    members = [(t, found) for t in [token, *token.conjuncts] for found in [_named_at(t, res)] if found]
    if len(members) < 2:
        return None
    actors = tuple(dict.fromkeys(a for _, found in members for a in found.actors))
    return max(found.end - 1 for _, found in members), actors


def _named_at(token: Token, res: Resolution) -> Found | None:
    """The actors a conjunct names: itself, or the actor its "of" phrase names ("the Government of Ethiopia")."""
    found = res.at(token)
    if found and found.actors:
        return found
    of = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    found = res.at(of[0]) if len(of) == 1 else None
    return found if found and found.actors else None


def former_or_latter(token: Token, res: Resolution) -> tuple[ActorRef, ...]:
    """"India blamed Pakistan, while the latter denied it": of the last two actors named before, within the
    sentence and the one before it, "the former" is the first and "the latter" the second."""
    if token.lower_ not in ("former", "latter") or token.dep_ not in SUBJECT_DEPS + ("dobj", "pobj") \
            or [c.lower_ for c in token.lefts] != ["the"]:
        return ()
    start = window_start(token)
    named: list[ActorRef] = []
    for found in sorted(res.found, key=lambda f: -f.start):
        if start <= found.start < token.i and len(found.actors) == 1 and found.actors[0] not in named:
            named.append(found.actors[0])
        if len(named) == 2:
            return (named[0],) if token.lower_ == "latter" else (named[1],)
    return ()


def willing(copula: Token) -> bool:
    """Whether a copula says what its subject is ready or set to do ("it is willing to withdraw", "it was
    prepared to talk"): a subject that can intend, so "it" there is an actor, not the "it" of "it is likely"."""
    return any(c.dep_ == "acomp" and c.lemma_.lower() in WILLING for c in copula.children)


# plural nouns of armed groups that "these" or "those" makes refer to a group named before
ARMED_COLLECTIVES = {"faction", "group", "militia", "rebel", "militant", "insurgent", "fighter", "guerrilla"}
ANAPHORA_WINDOW = 80                                     # tokens back: some three sentences


def _own_name(actor: ActorRef) -> bool:
    """Whether a group's label is a name of its own ("the Houthis", "Hamas"), not a description ("Serb militants")."""
    return not any(w.lower().rstrip("s") in ARMED_COLLECTIVES | {"protester", "demonstrator", "force", "troop"}
                   for w in actor.label.split())


def told_group(noun: Token, res: Resolution) -> ActorRef | None:
    """The group "the protesters" stands for when the text has named it before with its place ("protesters in
    Sri Lanka", "Russian protesters"): the group last named by the same noun; and the armed group "these
    factions" or "those militias" refers to."""
    if noun.tag_ == "NNS" and noun.lemma_.lower() in ARMED_COLLECTIVES \
            and any(c.dep_ == "det" and c.lower_ in ("these", "those") for c in noun.children):
        # "Owing to Iran's support of these factions": the armed group named last before, in the sentences just told
        return next((a for i, a in res.actors_before(noun.i) if i >= noun.i - ANAPHORA_WINDOW and a.kind == gz.GROUP
                     and a.related is not None and _own_name(a)), None)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    for _, actor in res.actors_before(noun.i):
        words = actor.label.lower().split()
        if actor.kind == gz.GROUP and actor.related is not None and noun.lower_ in (words[0], words[-1]):
            return actor
    return None


def state_right_after(noun: Token, res: Resolution) -> tuple[ActorRef, str] | None:
    """The state an "in" right after a plural noun names ("the coup leaders in Niger"), and the words
    " in Niger" for the group's label; None if the next words are not "in" and a state's name."""
    doc = noun.doc
    if noun.tag_ != "NNS" or noun.i + 2 >= noun.sent.end or doc[noun.i + 1].lower_ != "in":
        return None
    found = res.at(doc[noun.i + 2]) or (res.at(doc[noun.i + 3]) if doc[noun.i + 2].lower_ == "the" else None)
    if found is None or len(found.actors) != 1 or found.actors[0].kind != gz.STATE:
        return None
    return found.actors[0], f" in {doc[found.start:found.end].text}"


def subject_read_as_conjunct(verb: Token) -> list[Token]:
    """The subject of a joined clause that the parser read as a conjunct of the clause before ("Brazil sent
    troops to its border with the region and [the US] conducted exercises"): a name right before a conj verb
    without a subject, itself a conjunct of a noun of the first clause."""
    if verb.dep_ != "conj" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    before = verb.doc[verb.i - 1]
    if before.dep_ == "conj" and before.pos_ == "PROPN" and before.head.i < before.i \
            and before.head.i > verb.head.i and before.head.pos_ in ("NOUN", "PROPN"):
        return [before]
    return []


def subject_read_into_fronted_phrase(verb: Token, res: Resolution) -> list[ActorRef]:
    """The subject of a clause that the parser read as more conjuncts of the object of a fronted phrase
    ("Under the mediation of China, Saudi Arabia and Iran, which are rivals, agreed ..."): names after a comma,
    conjuncts of a noun inside a phrase before a verb with no subject of its own, that run up to the verb or to
    a relative clause set off by commas before it."""
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("csubj", "expl", "agent") for c in verb.children):
        return []
    for phrase in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        inside = {t.i for t in phrase.subtree}
        for first in phrase.subtree:
            if first.dep_ != "conj" or first.pos_ != "PROPN" or first.head.i not in inside \
                    or first.left_edge.i == 0 or first.doc[first.left_edge.i - 1].text != ",":
                continue
            group = [first, *(c for c in first.conjuncts if c.i > first.i)]
            if not _runs_up_to(group[-1], verb):
                continue
            found = [res.at(t) for t in group]
            if all(f and f.actors for f in found):
                return list(dict.fromkeys(a for f in found for a in f.actors))
    return []


def _runs_up_to(last: Token, verb: Token) -> bool:
    """Whether only commas and a relative clause stand between the end of the name `last` and `verb`."""
    i = last.right_edge.i + 1
    while i < verb.i:
        token = verb.doc[i]
        if token.text == ",":
            i += 1
        else:
            clause = next((t for t in (token, *token.ancestors) if t.dep_ == "relcl"), None)
            if clause is None or clause.i >= verb.i:
                return False
            i = clause.right_edge.i + 1
    return True


def own_obligation(verb: Token) -> bool:
    """Whether `verb` heads a "must" clause the text says in its own voice, not reported nor subordinate ("The
    door is open but Pyongyang must cease its provocations"): a main clause, or one joined to it, with its own
    subject."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children) \
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def appositions(nodes: list[Token]) -> list[Token]:
    """The appositions of `nodes` and theirs in turn: "its pilot, John Smith, prisoner" (the parser reads an
    object's complement after a name in apposition as one more apposition)."""
    out: list[Token] = []
    todo = list(nodes)
    while todo:
        node = todo.pop(0)
        found = [c for c in node.children if c.dep_ == "appos"]
        out += found
        todo += found
    return out


# verbs of a phase of an act, whose gerund object is the act: "began normalising relations"
ASPECTUAL = {"begin", "start", "continue", "resume", "keep"}


def gerund_read_as_modifier(token: Token) -> bool:
    """Whether a gerund the parser read as an adjective of a phase verb's object is that verb's complement:
    "began normalising relations with Kosovo" ("normalising" an adjective of "relations")."""
    noun = token.head
    return token.tag_ == "VBG" and token.dep_ == "amod" and noun.i > token.i and noun.dep_ == "dobj" \
        and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in ASPECTUAL


def verb_read_as_modifier(token: Token) -> tuple[Token, Token] | None:
    """The verb a second verb is joined to, and that second verb's object, where the parser read the verb as an
    adjective of its object ("the guard removed and detained president X": "detained" an adjective of
    "president", X a conjunct of "removed"); None for a true adjective ("the detained president")."""
    if token.dep_ != "amod" or token.tag_ not in ("VBD", "VBN") or token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if before.dep_ != "cc" or before.head.pos_ != "VERB":
        return None
    noun = token.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return (before.head, noun) if noun.dep_ == "conj" and noun.head.i == before.head.i else None


# last words of the names of documents, which the recogniser may read as organisations
DOCUMENT_NAMES = ("Agreement", "Accord", "Accords", "Treaty", "Convention", "Protocol", "Declaration", "Act",
                  "Charter", "Memorandum", "Framework", "Plan", "Resolution")


def antecedent_object(verb: Token) -> Token | None:
    """The noun a relative clause's verb has as its object when it takes none of its own ("a fact Iran must
    accept", "a reality that we have to accept"), also where the parser reads "That is a reality" as a clause the
    verb governs ("That is a reality we simply have to accept": "is" under "have") or joins to the copula
    ("There's no challenge, I think, that X can't meet": "meet" beside "'s"). A passive verb's relative
    subject ("an agreement that was terminated") is left to the passive reading."""
    if any(c.dep_ == "dobj" and c.lower_ not in ("that", "which") or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    top = verb
    while top.dep_ == "xcomp" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "relcl" and top.head.pos_ == "NOUN":
        return top.head
    subjects = [c for c in top.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in top.children):
        # "There's no challenge, I think, that X can't meet": a parenthesis splits the relative clause off, and
        # the parser joins it to the copula or hangs both on "think"
        copulas = [top.head] if top.dep_ == "conj" else [c for c in top.head.children if c.dep_ == "ccomp"
                                                         and c.i < top.i] if top.dep_ == "ccomp" else []
        return next((a for c in copulas if c.lemma_ == "be" for a in c.children
                     if a.dep_ == "attr" and a.pos_ == "NOUN"), None)
    copulas = [c for c in top.children if c.dep_ == "ccomp" and c.i < top.i] + (
        [top.head] if top.dep_ == "ccomp" and top.head.i < top.i else [])
    return next((a for c in copulas if c.lemma_ == "be" for a in c.children
                 if a.dep_ == "attr" and a.pos_ == "NOUN" and subjects[0].left_edge.i in (a.right_edge.i + 1,
                                                                                          a.right_edge.i + 2)), None)


# nouns of a deed that take the infinitive of its purpose: "actions by X to obstruct", "an attempt by Y to seize"
PURPOSED = {"action", "attempt", "effort", "move", "bid", "step", "measure", "campaign", "operation", "activity"}


def infinitive(verb: Token) -> bool:
    """Whether a verb is marked by "to" ("met to discuss", "measures to ensure")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def purposed_deed(verb: Token) -> Token | None:
    """The deed noun whose purpose an infinitive tells: "measures to ensure the defence of X", and "actions by X
    to obstruct a mission" where the parser hangs the infinitive on the clause's verb ("stands with its allies in
    the face of ... to obstruct": the noun of PURPOSED that ends right before it)."""
    if not infinitive(verb):
        return None
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in PURPOSED:
        return verb.head
    if verb.dep_ not in ("xcomp", "advcl"):
        return None
    before = [t for t in verb.head.subtree if t.i < verb.left_edge.i and not t.is_punct]
    if not before:
        return None
    node = before[-1]
    while node.dep_ in ("pobj", "conj", "prep", "appos", "poss", "nmod", "compound") and node.head.i > verb.head.i:
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in PURPOSED:
            return node
    return None


def names_document(span: SpacySpan, label: str) -> bool:
    """Whether a name the recogniser read as an organisation's is a document's: its last word says so ("the
    Pretoria Cessation of Hostilities Agreement"), or it is the short form given in brackets after such a name
    ("... Agreement (COHA)")."""
    if label.split()[-1] in DOCUMENT_NAMES:
        return True
    text = span.doc.text
    return any(f"{word} ({label})" in text for word in DOCUMENT_NAMES)


def sentence_span(token: Token) -> Span:
    """The sentence holding `token`, without trailing white space: the evidence for what it says."""
    sent = token.sent
    text = sent.text.rstrip()
    return Span(text, sent.start_char, sent.start_char + len(text))


def token_span(token: Token) -> Span:
    """The characters of one token: the trigger of what it tells."""
    return Span(token.text, token.idx, token.idx + len(token.text))
