"""Who and where a parsed text talks about: gazetteer names, named entities, titles, groups and coreference."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span as SpacySpan, Token
from spacy.util import filter_spans

from .. import gazetteer as gz
from .records import ActorRef, PlaceRef, Span

# Nouns a demonym can modify, and what the phrase then stands for.
TITLES = {"president": "head_of_state", "leader": "head_of_state", "king": "head_of_state",
          "queen": "head_of_state", "emir": "head_of_state", "premier": "head_of_government",
          "chancellor": "head_of_government"}
MINISTER_TITLES = {"prime": "head_of_government", "foreign": "foreign_minister"}
STATE_NOUNS = {"government", "authority", "administration", "leadership", "regime", "official", "side",
               "delegation", "diplomat"}
LOCATION_PREPS = {"in", "at", "to", "from", "near", "outside", "inside", "into"}
# "both nations", "the two leaders": head noun → the kind of actor meant (None: any actor).
PLURAL_NOUNS = {"nation": gz.STATE, "country": gz.STATE, "state": gz.STATE, "government": gz.STATE,
                "power": gz.STATE, "neighbor": gz.STATE, "neighbour": gz.STATE, "capital": gz.STATE,
                "leader": gz.PERSON, "president": gz.PERSON, "side": None, "party": None, "ally": None}
# Definite descriptions of an organisation: "the bloc", "the alliance".
ORG_NOUNS = {"bloc", "alliance", "organisation", "organization", "union", "grouping", "council", "body"}
# Nouns for collectives that act without a name of their own: "students", "rebels", "the opposition".
COLLECTIVES = {"student", "worker", "demonstrator", "protester", "protestor", "rebel", "militant", "guerrilla",
               "guerilla", "insurgent", "soldier", "troop", "force", "police", "farmer", "prisoner", "activist",
               "opposition", "settler", "refugee", "militia", "militiaman", "fighter", "separatist", "extremist",
               "fundamentalist", "islamist", "hacker", "bomber", "gunman", "army", "military", "inhabitant",
               "resident", "villager", "youth", "union", "teacher", "doctor", "landowner", "supporter", "group",
               "party", "faction", "movement", "officer", "official", "authority", "diplomat", "leader", "minister",
               "lawmaker", "deputy", "legislator", "monitor", "observer", "inspector", "peacekeeper", "serviceman",
               "civilian", "journalist", "negotiator", "commander", "agent", "immigrant", "national", "detainee",
               "hostage", "elder", "politician", "administrator", "bulldozer", "helicopter", "aircraft", "tank",
               "warship", "jet", "assembly", "parliament", "cabinet", "ministry", "court", "senate", "congress",
               "council", "navy", "ally"}
# Heads other than COLLECTIVES that make a demonym's phrase a group of that state's people or companies.
GROUP_HEADS = {"company", "bank", "firm", "business", "entity", "oligarch", "individual", "people", "citizen",
               "man", "woman", "child", "family", "exporter", "importer", "producer", "investor", "tourist",
               "pilot", "sailor", "crew", "athlete", "envoy", "team", "community", "population",
               "émigré", "emigre", "exile", "dissident", "minority", "majority", "worker", "nationalist",
               "communist", "leadership", "elite", "operative", "spy", "mercenary", "volunteer", "contractor",
               "adviser", "advisor", "expert", "scientist", "engineer", "crewman", "fisherman", "trader",
               "media", "outlet", "newspaper", "agency", "airline", "carrier", "vessel", "ship", "boat",
               "plane", "warplane", "drone", "unit", "battalion", "brigade", "regiment", "division", "patrol",
               "guard", "squad", "delegate", "representative", "citizenry", "public", "voter",
               # "Sri Lankan protests": the protesters
               "protest", "demonstration", "rally", "uprising", "riot", "unrest", "strike", "march"}
# Singular heads that make a demonym's phrase one official of the state: "the Ecuadorian ambassador".
OFFICIAL_HEADS = {"ambassador", "envoy", "diplomat", "minister", "secretary", "official", "spokesman",
                  "spokeswoman", "spokesperson", "negotiator", "counterpart", "representative", "delegate",
                  "commander", "general", "chief", "governor", "consul", "attaché", "attache"}
COLLECTIVE_SINGULAR = {"police", "opposition", "army", "military", "militia", "government", "assembly",
                       "parliament", "cabinet", "ministry", "court", "senate", "congress", "council"}
# Collectives that are organs of a state: "Kosovo's Assembly" is a government body of Kosovo.
BODY_NOUNS = {"assembly", "parliament", "cabinet", "ministry", "court", "senate", "congress", "council", "army",
              "military", "navy", "police", "government"}
# words of an office before a name: "Foreign Minister", "President", "Defence Secretary"
OFFICE_WORDS = {"president", "minister", "secretary", "king", "queen", "emir", "sultan", "premier", "chancellor",
                "leader", "ambassador", "envoy", "general", "commander", "spokesman", "spokeswoman", "negotiator",
                "official", "chairman", "chief", "prince", "vice-president", "governor", "speaker", "judge",
                "diplomat", "senator", "mayor", "admiral", "colonel", "ayatollah"}
# Titles before a name that only one state's officials bear (the United Kingdom's Secretary of State is always
# "Secretary of State for ..." and spells "Defence"), by the state's name in states.tsv.
NATIONAL_TITLES = {"Secretary of State": "United States", "Secretary of Defense": "United States",
                   "Defense Secretary": "United States", "Secretary of the Treasury": "United States",
                   "Treasury Secretary": "United States", "Foreign Secretary": "United Kingdom",
                   "Defence Secretary": "United Kingdom", "Home Secretary": "United Kingdom",
                   "Chancellor of the Exchequer": "United Kingdom"}
# Treaties, meetings and events named after the city where they happened: the city is then a place.
NAMED_AFTER_PLACES = {"accord", "accords", "agreement", "convention", "pact", "treaty", "award", "exchange",
                      "protocol", "declaration", "memorandum", "communique", "summit", "conference", "format",
                      "process", "talks", "charter", "statute", "principle"}
FIRST_PLURAL = {"we", "us", "our", "ours"}
# Forms of address that mark a statement to the UK Parliament, whose "we" is the United Kingdom.
PARLIAMENT_MARKERS = ("Mr Speaker", "Madam Speaker", "Deputy Speaker", "noble Lord", "My Lords", "the House",
                      "right honourable", "right hon.", "hon. Friend", "hon. Member")
UK = "Q145"
ORG_BODY_WORDS = ("Ministry", "Department", "Office", "Agency", "Parliament", "Senate", "Congress", "Assembly",
                  "Council of Ministers", "Army", "Navy", "Air Force", "Armed Forces", "Court", "Cabinet")


@dataclass
class Found:
    """A span of the parse that stands for one or more actors, or for a place."""

    start: int                        # token index
    end: int                          # token index, exclusive
    actors: tuple[ActorRef, ...] = ()
    place: PlaceRef | None = None

    def span(self, doc: Doc) -> Span:
        s = doc[self.start:self.end]
        return Span(s.text, s.start_char, s.end_char)


@dataclass
class Resolution:
    """Every actor and place mention of a document, findable by token."""

    doc: Doc
    gazetteer: gz.Gazetteer
    day: dt.date | None = None
    found: list[Found] = field(default_factory=list)
    by_token: dict[int, Found] = field(default_factory=dict)
    groups: list[tuple[int, tuple[ActorRef, ...]]] = field(default_factory=list)

    def add(self, item: Found) -> None:
        self.found.append(item)
        for i in range(item.start, item.end):
            self.by_token[i] = item

    def at(self, token: Token) -> Found | None:
        return self.by_token.get(token.i)

    def actors_before(self, index: int) -> list[tuple[int, ActorRef]]:
        """(position, actor) of every actor mentioned before token `index`, most recent first."""
        out = [(f.start, a) for f in self.found if f.start < index for a in f.actors]
        return sorted(out, key=lambda pair: -pair[0])


def actor_of(entity: gz.Entity) -> ActorRef:
    return ActorRef(entity.name, entity.kind, entity.wikidata)


def place_of(entity: gz.Entity) -> PlaceRef:
    return PlaceRef(entity.name, entity.wikidata, entity.of)


class Resolver:
    """Finds mentions in parsed documents; holds the phrase matcher built from one gazetteer."""

    def __init__(self, nlp, gazetteer: gz.Gazetteer):
        self.gaz = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for text in gazetteer.surfaces:
            self.matcher.add(text, [nlp.make_doc(text)])
        # "Palestinians", "ethnic Albanians": a demonym's plural names a group of the state's people
        self.plurals: dict[str, str] = {}
        for text, surfaces in gazetteer.surfaces.items():
            states = {s.wikidata for s in surfaces if s.how == "demonym"}
            if len(states) == 1 and not text.endswith("s") and text + "s" not in gazetteer.surfaces:
                self.plurals[text + "s"] = states.pop()
                self.matcher.add(text + "s", [nlp.make_doc(text + "s")])

    def resolve(self, doc: Doc, day: dt.date | None) -> Resolution:
        res = Resolution(doc, self.gaz, day)
        named = [span for span in filter_spans([doc[s:e] for _, s, e in self.matcher(doc)])
                 if not self._inside_other_name(span, doc)]
        covered = {i for span in named for i in range(span.start, span.end)}
        entities = [e for e in doc.ents if not any(i in covered for i in range(e.start, e.end))]
        for span in sorted(named + entities, key=lambda s: s.start):
            item = self._named(span, day, res) if span.start in covered else self._entity(span, res)
            if item:
                res.add(item)
        self._coreference(res)
        self._groups(res)
        self._collectives(res)
        return res

    def _inside_other_name(self, span: SpacySpan, doc: Doc) -> bool:
        """A person's alias inside a longer name ("Boris" in "Boris Yeltsin") names someone else: no match;
        so does a one-word alias of a body after a name it belongs to ("AU Commission", "People's Congress")."""
        surfaces = self.gaz.surfaces.get(span.text, [])
        if surfaces and all(self.gaz.entities[s.wikidata].kind != gz.PERSON for s in surfaces) \
                and _in_person_name(span):
            return True       # "George Washington", "Chad Smith", "Israel Katz": part of a person's name
        if len(span) == 1 and surfaces and _name_before(span) is not None and all(
                s.how == "alias" and self.gaz.entities[s.wikidata].kind in (gz.BODY, gz.ORGANIZATION) for s in surfaces):
            return True
        if not all(self.gaz.entities[s.wikidata].kind == gz.PERSON for s in self.gaz.surfaces.get(span.text, [])):
            return False
        known = {w for s in self.gaz.surfaces.get(span.text, []) for text in (self.gaz.entities[s.wikidata].name,
                                                                             *self.gaz.entities[s.wikidata].aliases)
                 for w in text.split()}
        for e in doc.ents:
            if e.label_ == "PERSON" and e.start <= span.start and span.end <= e.end and len(e) > len(span) \
                    and e.text not in self.gaz.surfaces:
                # "Antony J. Blinken" is still Blinken; "Boris Yeltsin" is not Boris Johnson
                if any(t.text not in known and not (len(t.text) <= 2 and t.text.endswith(".")) for t in e):
                    return True
        return False

    # names from the gazetteer -------------------------------------------------------------------------
    def _named(self, span: SpacySpan, day: dt.date | None, res: Resolution) -> Found | None:
        if span.text in self.plurals:
            state = actor_of(self.gaz.entities[self.plurals[span.text]])
            ethnic = next((c for c in span.root.lefts if c.lower_ == "ethnic"), None)
            if ethnic is not None:
                # "ethnic Albanians in south Serbia": a community, tied to the state it lives in, not to the
                # state of its name; with no state said, to none
                home = self._state_after(span.root)
                label = span.doc[ethnic.i:span.end].text
                return Found(ethnic.i, span.end, (ActorRef(label, gz.GROUP, related=home and actor_of(home),
                                                           relation=home and "associatedWith"),))
            return Found(span.start, span.end, (ActorRef(span.text, gz.GROUP, related=state, relation="associatedWith"),))
        surfaces = self.gaz.surfaces.get(span.text, [])
        if not surfaces:
            return None
        surface = self._choose(surfaces, day, res)
        entity = self.gaz.entities[surface.wikidata]
        if entity.kind == gz.PLACE:
            return Found(span.start, span.end, place=place_of(entity))
        if surface.how == "capital":
            doc = span.doc
            if (span.end < len(doc) and doc[span.end].lower_ == "state") \
                    or (span.start >= 2 and doc[span.start - 2].lower_ == "state" and doc[span.start - 1].lower_ == "of"):
                # "Washington State", "the state of Washington": a province that shares the capital's name
                return Found(span.start, span.end, place=PlaceRef(span.text))
            head = span.root.head
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head                          # "the Pretoria Cessation of Hostilities Agreement"
            in_name = span.root.dep_ in ("compound", "nmod", "amod") and head.i > span.root.i \
                and head.lemma_.lower() in NAMED_AFTER_PLACES
            if (in_name or _is_location(span.root)) and entity.capital_wikidata in self.gaz.entities:
                # "in Moscow" is a place; so is the city that names a treaty or event ("the Vienna
                # Convention", "the Budapest accord", "the Ankara prisoner exchange")
                return Found(span.start, span.end, place=place_of(self.gaz.entities[entity.capital_wikidata]))
            return Found(span.start, span.end, (actor_of(entity),))
        if surface.how == "demonym":
            return self._demonym(span, entity, day)
        if entity.kind == gz.BODY and _at_venue(span.root):
            # "met ... at the Pentagon", "at the Department of State": the building where it happened, not
            # a party to it
            return Found(span.start, span.end, place=PlaceRef(span.text, country=entity.of))
        head = span.root.head
        if entity.kind == gz.STATE and span.root.dep_ in ("compound", "poss", "nmod") and head.i > span.root.i \
                and _role(head):
            # "the U.S. president", "Japan's foreign minister": the office holder of the day
            return self._office_holder(span, head, entity, day) or Found(span.start, span.end, (actor_of(entity),))
        if entity.kind == gz.STATE and _is_location(span.root):
            # "in Russia": the state as a place; it is an actor elsewhere in the text.
            return Found(span.start, span.end, (actor_of(entity),),
                         place=PlaceRef(entity.name, entity.wikidata, country=entity.wikidata))
        return Found(span.start, span.end, (actor_of(entity),))

    def _choose(self, surfaces: list[gz.Surface], day: dt.date | None, res: Resolution) -> gz.Surface:
        if len(surfaces) == 1:
            return surfaces[0]
        earlier = {a.wikidata for f in res.found for a in f.actors}
        for surface in surfaces:
            if surface.wikidata in earlier:
                return surface
        for surface in surfaces:
            if self.gaz.roles_of(surface.wikidata, day):
                return surface
        return min(surfaces, key=lambda s: ("name", "alias", "capital", "demonym").index(s.how))

    def _demonym(self, span: SpacySpan, state: gz.Entity, day: dt.date | None) -> Found | None:
        root = span.root
        if root.dep_ == "conj" and _first_conjunct(root).dep_ in ("amod", "compound", "nmod"):
            # "U.S. and Russian negotiators": the second of two modifiers names its state; the collective
            # they modify is read with both (_collective)
            return Found(span.start, span.end, (actor_of(state),))
        if root.dep_ not in ("amod", "compound", "nmod"):
            return Found(span.start, span.end, (actor_of(state),)) if root.pos_ in ("PROPN", "NOUN") else None
        head = root.head
        lemma = head.lemma_.lower()
        if _role(head):
            return self._office_holder(span, head, state, day)
        if lemma in STATE_NOUNS:
            return Found(span.start, head.i + 1, (actor_of(state),))
        if (head.pos_ == "NOUN" or head.tag_ == "NNPS" or lemma in BODY_NOUNS) and head.i > root.i:
            label = span.doc[span.start:head.i + 1].text
            if lemma in BODY_NOUNS:                       # "the Israeli cabinet", "the Lithuanian Parliament"
                return Found(span.start, head.i + 1, (ActorRef(label, gz.BODY, related=actor_of(state),
                                                               relation="bodyOf"),))
            if head.tag_ == "NN" and lemma in OFFICIAL_HEADS and not _former(head):
                return Found(span.start, head.i + 1, (ActorRef(label, gz.PERSON, related=actor_of(state),
                                                               relation="officialOf"),))
            if head.tag_ != "NNPS" and lemma not in COLLECTIVES and lemma not in GROUP_HEADS:
                # "Israeli air raids", "the Russian language": a thing or an event, no collective; the
                # demonym names the state (the one that raids), the thing is no actor
                return Found(span.start, span.end, (actor_of(state),))
            # "French and Egyptian warships": one group for each state the modifiers name
            named = [(span.text, state)] + [(c.text, s) for c in root.conjuncts
                                             if (s := self._state_named(c)) is not None and s != state]
            if len(named) == 1:
                return Found(span.start, head.i + 1,
                             (ActorRef(label, gz.GROUP, related=actor_of(state), relation="associatedWith"),))
            noun = span.doc[max(c.i for c in root.conjuncts) + 1:head.i + 1].text
            return Found(span.start, head.i + 1, tuple(ActorRef(f"{word} {noun}", gz.GROUP, related=actor_of(s),
                                                                relation="associatedWith") for word, s in named))
        return None

    def _office_holder(self, span: SpacySpan, head: Token, state: gz.Entity, day: dt.date | None) -> Found | None:
        """ "The Russian president", "Japan's foreign minister": who held the office on the document's date,
        or the state where the gazetteer does not know."""
        if head.dep_ == "compound" and head.head.pos_ == "PROPN":
            return None  # a title before a name: "Russian President Vladimir Putin"
        if _former(head):
            return None  # "the former Russian president": not the holder of the day, and no longer the state
        person = self.gaz.holder(_role(head), state.wikidata, day)
        if person:
            return Found(span.start, head.i + 1, (actor_of(self.gaz.entities[person]),))
        return Found(span.start, head.i + 1, (actor_of(state),))

    def _state_named(self, token: Token) -> gz.Entity | None:
        """The state one token names by its name, alias or demonym ("Egyptian", "Japan")."""
        for surface in self.gaz.surfaces.get(token.text, []):
            entity = self.gaz.entities[surface.wikidata]
            if entity.kind == gz.STATE and surface.how != "capital":
                return entity
        return None

    def _state_after(self, token: Token) -> gz.Entity | None:
        """The state named in an "in"/"of" phrase after `token`: "Albanians in south Serbia"."""
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from", "inside", "throughout"):
                for word in prep.subtree:
                    state = self._state_named(word) if word.i != prep.i else None
                    if state is not None:
                        return state
        return None

    # names the gazetteer lacks ------------------------------------------------------------------------
    def _entity(self, span: SpacySpan, res: Resolution) -> Found | None:
        label = span.text[4:] if span.text.lower().startswith("the ") else span.text
        label = label[:-2] if label.endswith(("'s", "’s")) else label.rstrip("'’")
        if label.count("(") > label.count(")"):
            label = label[:label.rindex("(")].rstrip()   # "Office of Foreign Assets Control (OFAC"
        if len(span) == 1 and span.label_ in ("PERSON", "ORG"):
            for _, actor in res.actors_before(span.start):
                if actor.kind == gz.PERSON and span.text in actor.label.split()[:1] + [_surname(actor.label)]:
                    # "Blinken" after "Antony J. Blinken"; "Hayashi" after "Hayashi Yoshimasa" (family name
                    # first), even where the recogniser reads it as an organisation
                    return Found(span.start, span.end, (actor,))
        if len(span) == 1 and span.label_ == "ORG" and span.root.dep_ == "pobj" and span.root.head.lower_ == "of" \
                and span.root.head.head.lemma_.lower() in OFFICE_WORDS:
            return None       # "Secretary of State", "Minister of Defence": part of a title, no actor
        if span.label_ == "PERSON":
            span = _full_name(span)
            label = span.text[:-2] if span.text.endswith(("'s", "’s")) else span.text
            state = None if _former(span[0]) else self._office_state(span)
            apposed = _first_conjunct(span.root)              # "Deputy Prime Minister and Minister X"
            described = res.at(apposed.head) if apposed.dep_ == "appos" else None
            if state is None and described is not None and len(described.actors) == 1 \
                    and described.actors[0].kind == gz.PERSON and described.actors[0].related is not None:
                # "his Australian counterpart, Richard Marles": the name and the description are one person,
                # who acts for the state the description names
                person = ActorRef(label, gz.PERSON, related=described.actors[0].related,
                                  relation=described.actors[0].relation)
                described.actors = (person,)
                return Found(span.start, span.end, (person,))
            if state is not None:
                # "Israeli Prime Minister Ehud Barak": a person the gazetteer lacks, acting for a known state
                return Found(span.start, span.end, (ActorRef(label, gz.PERSON, related=actor_of(state),
                                                             relation="officialOf"),))
            return Found(span.start, span.end, (ActorRef(label, gz.PERSON),))
        if span.label_ == "ORG":
            kind = gz.BODY if any(w in label for w in ORG_BODY_WORDS) else gz.ACTOR
            owner = next((res.at(c).actors[0] for c in span.root.lefts if c.dep_ in ("poss", "compound", "amod")
                          and res.at(c) and len(res.at(c).actors) == 1 and res.at(c).actors[0].kind == gz.STATE), None)
            if kind == gz.BODY and owner is not None:
                # "Kosovo's Assembly": a body of the state that owns it
                return Found(span.start, span.end, (ActorRef(label, kind, related=owner, relation="bodyOf"),))
            return Found(span.start, span.end, (ActorRef(label, kind),))
        if span.label_ in ("GPE", "LOC", "FAC"):
            return Found(span.start, span.end, place=PlaceRef(label))
        return None

    def _office_state(self, span: SpacySpan) -> gz.Entity | None:
        """The state a title before or after a name says the person serves: "Gambian President X",
        "Jordan's King X", "King X of Morocco"; None without both a title and a state."""
        doc = span.doc
        left = []
        i = span.start - 1
        while i >= max(span.sent.start, span.start - 6) and (doc[i].pos_ in ("PROPN", "ADJ", "NOUN", "PART")
                                                             or doc[i].lower_ in ("-", "of", "for")):
            left.append(doc[i])
            i -= 1
        root = span.root
        title = root.head
        if root.dep_ == "appos" and title.dep_ == "pobj" and title.head.lower_ == "of":
            title = title.head.head                       # parsed as "Venezuela, Nicolas Maduro"
        if root.dep_ == "appos" and title.lemma_.lower() in OFFICE_WORDS:
            # "the President of Venezuela, Nicolas Maduro": the title the name stands beside
            left = [t for t in title.subtree if t.i < span.start and t.i != title.i] + [title]
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
                    for surface in self.gaz.surfaces.get(text, []):
                        entity = self.gaz.entities[surface.wikidata]
                        if entity.kind == gz.STATE:
                            return entity
        if left:
            # "Secretary of State Antony Blinken", "Foreign Secretary X": a title only one state uses
            titled = doc[left[-1].i:left[0].i + 1].text
            for title, state in NATIONAL_TITLES.items():
                if titled.endswith(title) and state in self.gaz.surfaces:
                    return self.gaz.entities[self.gaz.surfaces[state][0].wikidata]
        return None

    # pronouns and descriptions -----------------------------------------------------------------------
    def _coreference(self, res: Resolution) -> None:
        res.groups.extend(_conj_groups(res))  # actors named together, found once before pronouns are read
        home = self._home_state(res)
        for token in res.doc:
            if token.i in res.by_token:
                continue
            if home is not None and token.pos_ == "PRON" and token.lower_ in FIRST_PLURAL:
                # a statement's "we" and "our": the state it speaks for
                res.add(Found(token.i, token.i + 1, (home,)))
                continue
            item = self._refer(token, res)
            if item:
                res.add(item)
                if len(item.actors) > 1:
                    res.groups.append((item.start, item.actors))

    def _home_state(self, res: Resolution) -> ActorRef | None:
        """The state a document written in the first person speaks for: the United Kingdom in a statement
        to Parliament ("Mr Speaker", "the House", "noble Lords"); else the state that is most often the
        subject of a verb in the simple present, more often than any other; None if it says no "we"."""
        doc = res.doc
        if not any(t.pos_ == "PRON" and t.lower_ in FIRST_PLURAL for t in doc):
            return None
        text = doc.text
        if any(marker in text for marker in PARLIAMENT_MARKERS) and UK in self.gaz.entities:
            return actor_of(self.gaz.entities[UK])
        # a government speaks of itself in the present: "The United States condemns ...", "... calls on"
        subjects = Counter(f.actors[0] for f in res.found if len(f.actors) == 1 and f.actors[0].kind == gz.STATE
                           and _states_now(doc[f.start:f.end].root))
        ranked = subjects.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return None

    def _refer(self, token: Token, res: Resolution) -> Found | None:
        lower = token.lower_
        if token.pos_ == "PRON" and lower in ("their", "they", "them"):
            subject = _clause_subject_actors(token, res)
            if len(subject) > 1 and not _within_subject(token):
                return Found(token.i, token.i + 1, subject)
            group = self._recent_group(token.i, res, exclude=subject)
            if group:
                return Found(token.i, token.i + 1, group)
            # "Palestinian leaders said they would ...": the speaker; else the collective named last
            speaker = _reporting_subject(token, res)
            if speaker:
                return Found(token.i, token.i + 1, speaker)
            for _, actor in res.actors_before(token.i):
                if actor.kind == gz.GROUP:
                    return Found(token.i, token.i + 1, (actor,))
            return None
        if token.pos_ == "PRON" and lower == "its":
            for _, actor in res.actors_before(token.i):
                if actor.kind not in (gz.PERSON, gz.GROUP):
                    return Found(token.i, token.i + 1, (actor,))
            return None
        if token.pos_ == "PRON" and lower in ("he", "him", "his", "she", "her"):
            person = _salient_person(token, res)
            return Found(token.i, token.i + 1, (person,)) if person else None
        if token.pos_ == "PROPN" and lower in OFFICE_WORDS and token.dep_ != "compound" \
                and any(c.lower_ == "the" and c.dep_ == "det" for c in token.children) \
                and not any(c.dep_ in ("prep", "appos") for c in token.children):
            # "The Secretary", "the Foreign Minister": the person last named with that title
            person = _titled_person(token, res)
            if person is not None:
                start = min(c.i for c in token.lefts if c.dep_ in ("det", "compound", "amod"))
                return Found(start, token.i + 1, (person,))
            return None
        if token.pos_ == "NOUN" and token.tag_ == "NNS" and token.lemma_.lower() in ("party", "side") \
                and [c.lower_ for c in token.lefts] == ["the"]:
            # "the parties", "the sides": the actors last named together
            group = self._recent_group(token.i, res, exclude=())
            return Found(token.i - 1, token.i + 1, group) if len(group) > 1 else None
        if token.pos_ == "NOUN" and token.tag_ == "NNS" and token.lemma_.lower() in PLURAL_NOUNS:
            return self._plural_description(token, res)
        if token.pos_ == "NOUN" and token.tag_ == "NN" and lower in ORG_NOUNS \
                and any(c.lower_ == "the" and c.dep_ == "det" for c in token.children):
            # "the bloc", "the alliance": the organisation named last
            for _, actor in res.actors_before(token.i):
                if actor.kind == gz.ORGANIZATION:
                    return Found(token.i - 1, token.i + 1, (actor,))
            return None
        if token.pos_ == "PRON" and lower == "it" and token.dep_ in ("nsubj", "dobj", "pobj") \
                and token.head.lemma_ != "be" and not any(c.dep_ in ("ccomp", "xcomp") and c.i > token.head.i
                                                          and token.dep_ == "nsubj" and c.lemma_ == "be"
                                                          for c in token.head.children):
            # "it" for the state or organisation that was last a subject, else the one named last; not when
            # the thing last a subject is no actor ("This funding ... It also supports ...")
            if _thing_subject_before(token, res):
                return None
            earlier = [f for f in res.found if f.start < token.i and len(f.actors) == 1
                       and f.actors[0].kind in (gz.STATE, gz.ORGANIZATION, gz.BODY, gz.ACTOR)]
            subjects = [f for f in earlier if res.doc[f.start:f.end].root.dep_ in ("nsubj", "nsubjpass")]
            for item in sorted(subjects or earlier, key=lambda f: -f.start)[:1]:
                return Found(token.i, token.i + 1, item.actors)
        return None

    def _plural_description(self, noun: Token, res: Resolution) -> Found | None:
        count = next((c for c in noun.children if c.lower_ in ("both", "two") and c.dep_ in ("det", "nummod",
                                                                                              "predet")), None)
        if count is None or noun.lemma_.lower() == "ally":
            return None
        kind = PLURAL_NOUNS[noun.lemma_.lower()]
        excluded = {a.key for a in _clause_subject_actors(noun, res)} if not _within_subject(noun) else set()
        chosen: list[ActorRef] = []
        for _, actor in res.actors_before(noun.i):
            if (kind is None or actor.kind == kind) and actor.key not in excluded and actor not in chosen:
                chosen.append(actor)
            if len(chosen) == 2:
                break
        if len(chosen) < 2:
            return None
        start = min(c.i for c in noun.subtree if c.i <= noun.i and c.dep_ in ("det", "nummod", "predet"))
        return Found(start, noun.i + 1, tuple(reversed(chosen)))

    def _recent_group(self, index: int, res: Resolution, exclude: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
        for position, group in sorted(res.groups, key=lambda p: -p[0]):
            if position < index and set(group) != set(exclude):
                return group
        return ()

    def _collectives(self, res: Resolution) -> None:
        added = False
        for token in res.doc:
            if token.pos_ == "NOUN" and token.i not in res.by_token and token.lemma_.lower() in COLLECTIVES \
                    and (token.tag_ == "NNS" or token.lemma_.lower() in COLLECTIVE_SINGULAR):
                item = _collective(token, res)
                if item:
                    res.add(item)
                    added = True
        if added:
            res.found.sort(key=lambda f: f.start)

    # "its allies", "the United States' allies" ---------------------------------------------------------
    def _groups(self, res: Resolution) -> None:
        for token in res.doc:
            if token.lemma_.lower() != "ally" or token.pos_ != "NOUN" or token.i in res.by_token:
                continue
            # "its allies", "the United States' allies", "US allies", "allies of the United States"
            owner = next((c for c in token.children if c.dep_ in ("poss", "compound")), None)
            if owner is None:
                owner = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                              for o in p.children if o.dep_ == "pobj"), None)
            found = res.at(owner) if owner is not None else None
            if not found or len(found.actors) != 1:
                continue
            ally = found.actors[0]
            start, end = min(found.start, token.i), max(found.end, token.i + 1)
            res.add(Found(start, end, (ActorRef(f"allies of {ally.label}", gz.GROUP, related=ally,
                                                relation="allyOf"),)))
            res.found.sort(key=lambda f: f.start)


def _collective(noun: Token, res: Resolution) -> Found | None:
    """A collective without a name of its own ("university students throughout Indonesia", "rebels in the
    Ivory Coast", "EU foreign ministers", "opposition groups"), tied to the state or organisation named before
    or after it, if any."""
    modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.i not in res.by_token]
    start = min([noun.i] + [t.i for m in modifiers for t in m.subtree])
    if any(i in res.by_token for i in range(start, noun.i + 1)):
        return None
    state: ActorRef | None = None
    owners: list[tuple[Token, ActorRef]] = []
    for modifier in (c for c in noun.lefts if c.dep_ in ("compound", "nmod", "poss", "amod")):
        for word in (modifier, *modifier.conjuncts):
            found = res.at(word)
            if found and len(found.actors) == 1 and found.actors[0].kind in (gz.STATE, gz.ORGANIZATION, gz.ACTOR) \
                    and found.actors[0] not in [o for _, o in owners]:
                owners.append((word, found.actors[0]))    # "EU foreign ministers", "NATO troops"
    if len(owners) > 1 and noun.lemma_.lower() not in BODY_NOUNS:
        # "U.S. and Russian negotiators": one group for each state or organisation
        noun_text = noun.doc[max(w.i for w, _ in owners) + 1:noun.i + 1].text
        return Found(start, noun.i + 1, tuple(ActorRef(f"{w.text} {noun_text}", gz.GROUP, related=o,
                                                       relation="associatedWith") for w, o in owners))
    if owners:
        state = owners[-1][1]
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "of", "from", "throughout", "across", "inside"):
            continue
        for obj in prep.children:
            found = res.at(obj)
            if found is None:
                continue
            if found.actors and found.actors[0].kind == gz.STATE:
                state = found.actors[0]
            elif found.place and found.place.country and found.place.country in res.gazetteer.entities:
                state = actor_of(res.gazetteer.entities[found.place.country])
    first = min([start] + [t.i for m in noun.lefts if m.dep_ in ("compound", "nmod") for t in m.subtree])
    label = noun.doc[first:noun.i + 1].text             # "NATO foreign ministers", though "NATO" is its own mention
    if state is not None and noun.lemma_.lower() in BODY_NOUNS and state.kind == gz.STATE:
        # "Kosovo's Assembly", "the Israeli cabinet": a government body of the state
        return Found(start, noun.i + 1, (ActorRef(label, gz.BODY, related=state, relation="bodyOf"),))
    if state is not None:
        return Found(start, noun.i + 1, (ActorRef(label, gz.GROUP, related=state, relation="associatedWith"),))
    return Found(start, noun.i + 1, (ActorRef(label, gz.GROUP),))


SUBJECT_DEPS = ("nsubj", "nsubjpass")
FORMER = {"former", "ex", "ex-", "late"}


def _former(token: Token) -> bool:
    """Whether the title or name at `token` is of someone out of office: "former Kenyan President Kenyatta",
    "the late king", "ex-President X"."""
    i = token.i - 1
    while i >= max(token.sent.start, token.i - 6) and token.doc[i].pos_ in ("PROPN", "ADJ", "NOUN", "PUNCT"):
        if token.doc[i].lower_ in FORMER:
            return True
        i -= 1
    return i >= token.sent.start and token.doc[i].lower_ in FORMER


def _role(title: Token) -> str | None:
    """The gazetteer role a title noun names: "president" → head_of_state, "foreign minister" →
    foreign_minister; None for other nouns."""
    lemma = title.lemma_.lower()
    if lemma == "minister":
        return next((r for w, r in MINISTER_TITLES.items() if any(c.lower_ == w for c in title.children)), None)
    return TITLES.get(lemma)


def _in_person_name(span: SpacySpan) -> bool:
    """Whether a place or state name is part of a longer person's name the entity recogniser found ("George
    Washington", "Chad Smith"); not when it owns what follows ("Jordan's King Abdullah")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].dep_ == "case":
        return False
    return any(e.label_ == "PERSON" and e.start <= span.start and span.end <= e.end and len(e) > len(span)
               and all(t.pos_ == "PROPN" for t in e) for e in doc.ents)


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _at_venue(token: Token) -> bool:
    """Whether a name is the object of "at": a building or seat where something happens ("at the Pentagon")."""
    if token.dep_ == "appos":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "at"


def _window_start(token: Token) -> int:
    """The first token of the sentence before `token`'s (or of its own, at the start of the text)."""
    sent = token.sent
    return token.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start


def _salient_person(token: Token, res: Resolution) -> ActorRef | None:
    """The person "he" or "her" stands for: the last person that was the subject of a clause in this sentence
    or the one before ("Blinken reiterated President Biden's resolve. He called on Russia ..." is Blinken),
    else the person named last."""
    persons = [(f, a) for f in res.found if f.start < token.i for a in f.actors if a.kind == gz.PERSON]
    if not persons:
        return None
    start = _window_start(token)
    subjects = [a for f, a in persons if f.start >= start and res.doc[f.start:f.end].root.dep_ in SUBJECT_DEPS]
    return subjects[-1] if subjects else max(persons, key=lambda pair: pair[0].start)[1]


def _titled_person(title: Token, res: Resolution) -> ActorRef | None:
    """The person last named with the title `title` ends ("Secretary", "Foreign Minister") in the words just
    before the name or in the description the name stands beside."""
    words = [c.lower_ for c in title.lefts if c.dep_ in ("compound", "amod")] + [title.lower_]
    doc = title.doc
    for item in sorted((f for f in res.found if f.end <= title.i), key=lambda f: -f.start):
        if len(item.actors) != 1 or item.actors[0].kind != gz.PERSON or doc[item.start].pos_ in ("PRON", "DET") \
                or doc[item.end - 1].lower_ in OFFICE_WORDS:      # a name, not a pronoun or another description
            continue
        before = doc[max(doc[item.start].sent.start, item.start - 8):item.start]
        titled = " ".join(t.lower_ for t in before)
        if all(w in titled.split() for w in words):
            return item.actors[0]
    return None


def _thing_subject_before(token: Token, res: Resolution) -> bool:
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


def _states_now(root: Token) -> bool:
    """Whether a name (not a pronoun) is the subject of a verb in the simple present ("condemns", "calls on")."""
    verb = root.head
    return root.dep_ == "nsubj" and root.pos_ == "PROPN" and verb.tag_ == "VBZ" and verb.lemma_ not in ("be", "have") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _name_before(span: SpacySpan) -> Token | None:
    """The proper noun that runs into `span` as part of one name: "AU" in "AU Commission", "People" in
    "People's Congress"."""
    i = span.start - 1
    if i >= 0 and span.doc[i].dep_ == "case":
        i -= 1
    if i < 0:
        return None
    before = span.doc[i]
    return before if before.pos_ == "PROPN" and before.dep_ in ("compound", "poss") else None


def _surname(name: str) -> str:
    """ "Lloyd J. Austin III" → "Austin"."""
    words = [w for w in name.split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III", "IV")]
    return words[-1] if words else name


def _full_name(span: SpacySpan) -> SpacySpan:
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


def _is_location(token: Token) -> bool:
    if token.dep_ == "appos":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATION_PREPS


def _clause_verb(token: Token) -> Token | None:
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            while node.dep_ in ("xcomp",) and node.head.i != node.i:
                node = node.head
            return node
    return node if node.pos_ in ("VERB", "AUX") else None


def _subject_tokens(verb: Token) -> list[Token]:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [t for s in subjects for t in [s, *s.conjuncts]]


def _within_subject(token: Token) -> bool:
    node = token
    while node.head.i != node.i:
        if node.dep_ in ("nsubj", "nsubjpass"):
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


def _clause_subject_actors(token: Token, res: Resolution) -> tuple[ActorRef, ...]:
    verb = _clause_verb(token)
    if verb is None:
        return ()
    actors: list[ActorRef] = []
    for subject in _subject_tokens(verb):
        found = res.at(subject)
        for actor in found.actors if found else ():
            if actor not in actors:
                actors.append(actor)
    return tuple(actors)


def _reporting_subject(token: Token, res: Resolution) -> tuple[ActorRef, ...]:
    """The subject of the verb that reports the clause `token` is the subject of: "X said they ..."."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp":
        return ()
    reporter = token.head.head
    out: list[ActorRef] = []
    for subject in (c for c in reporter.children if c.dep_ == "nsubj"):
        found = res.at(subject)
        out.extend(a for a in (found.actors if found else ()) if a not in out)
    return tuple(out)


def _conj_groups(res: Resolution) -> list[tuple[int, tuple[ActorRef, ...]]]:
    """Actors named together ("Kim and Putin", "North Korea and Russia"), at the last one's position."""
    groups = []
    for token in res.doc:
        if token.dep_ == "conj" or not any(c.dep_ == "conj" for c in token.children):
            continue
        members = [t for t in [token, *token.conjuncts] if res.at(t) and res.at(t).actors]
        if len(members) > 1:
            actors = tuple(dict.fromkeys(a for t in members for a in res.at(t).actors))
            groups.append((max(t.i for t in members), actors))
    return groups
