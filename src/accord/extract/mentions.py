"""Who and where a parsed text talks about: gazetteer names, named entities, titles, groups and coreference."""

from __future__ import annotations

import datetime as dt

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span as SpacySpan, Token
from spacy.util import filter_spans

from .. import gazetteer as gz
from . import syntax as sx
from .actorwords import (
    BODY_NOUNS, COLLECTIVES, COLLECTIVE_SINGULAR, FIRST_PLURAL, FIRST_SINGULAR, GROUP_HEADS, MEMBERS,
    NAMED_AFTER_PLACES, OFFICE_WORDS, OFFICIAL_HEADS, ORG_BODY_WORDS, ORG_NOUNS, PLACE_HEADS, PLURAL_NOUNS,
    STATE_NOUNS, UK, group_label, with_article,
)
from .armedgroups import ArmedGroups
from .collectives import collective
from .found import Found, Resolution, actor_of, place_of
from .byname import find_passive_doers
from .ledby import find_led
from .listed import find_listed
from .offices import office_state, title_then_name
from .populations import described, find_populations
from .records import ActorRef, PlaceRef
from .speakers import government, home_state, in_parliament


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
        self.armed = ArmedGroups(nlp, gazetteer)

    def resolve(self, doc: Doc, day: dt.date | None, title: str | None = None) -> Resolution:
        """Every mention of `doc`; `day` is the document's date and `title` its title, which may tell who speaks
        in it (the record of a parliamentary debate)."""
        res = Resolution(doc, self.gaz, day, title=title or "")
        ents = doc.ents                                   # built anew on each access: read once
        persons = {i: e for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        named = [span for span in filter_spans([doc[s:e] for _, s, e in self.matcher(doc)])
                 if not self._inside_other_name(span, persons)]
        # "Hamas", "the Houthis": a listed group outranks the recogniser's reading and any state inside its name
        # ("Palestinian Islamic Jihad" is not Palestine)
        groups = self.armed.spans(doc)
        named = [span for span in named if not self._demonym_in(span, groups)]
        # "the self-proclaimed Armenian Republic of X": a republic the gazetteer lacks outranks a demonym in its name
        republics = {e.start: e for e in ents if self._unlisted_republic(e)
                     and not any(n.start <= i < n.end for n in named for i in range(e.start, e.end)
                                 if doc[i].text == "Republic")}
        named = [span for span in named
                 if not any(r.start <= span.start and span.end <= r.end for r in republics.values())]
        covered = {i for span in named for i in range(span.start, span.end)}
        armed = {span.start: span for span in groups if not any(i in covered for i in range(span.start, span.end))}
        taken = covered | {i for span in armed.values() for i in range(span.start, span.end)}
        entities = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
        entities += [name for e in ents if (name := _name_after_title(e, taken)) is not None]
        for span in sorted(named + list(armed.values()) + entities, key=lambda s: s.start):
            if span.start in armed:
                res.add(Found(span.start, span.end, (self.armed.actor(span),)))
                continue
            if span.start in republics:
                first = next(t.i for t in span if t.text == "Republic")
                res.add(Found(first, span.end, (ActorRef(doc[first:span.end].text, gz.ACTOR),)))
                continue
            item = self._named(span, day, res) if span.start in covered else self._entity(span, res)
            if item:
                res.add(item)
        find_led(res)
        find_passive_doers(res)
        self._coreference(res)
        self._groups(res)
        find_listed(res)
        self._collectives(res)
        find_populations(res)
        return res

    def _unlisted_republic(self, span: SpacySpan) -> bool:
        """Whether the recogniser's place is a republic the gazetteer lacks, named "Republic of X" (a breakaway
        or self-proclaimed state): an actor, though no state the gazetteer knows."""
        words = [t.text for t in span]
        if span.label_ != "GPE" or "Republic" not in words:
            return False
        at = words.index("Republic")
        return words[at + 1:at + 2] == ["of"] and at + 2 < len(words) and words[at + 2][:1].isupper() \
            and " ".join(words[at:]) not in self.gaz.surfaces

    def _demonym_in(self, span: SpacySpan, groups: list[SpacySpan]) -> bool:
        """Whether a demonym is the first word of a listed group's longer name ("Palestinian Islamic Jihad")."""
        surfaces = self.gaz.surfaces.get(span.text, [])
        return bool(surfaces) and all(s.how == "demonym" for s in surfaces) \
            and any(g.start == span.start and span.end < g.end for g in groups)

    def _inside_other_name(self, span: SpacySpan, persons: dict[int, SpacySpan]) -> bool:
        """A person's alias inside a longer name ("Boris" in "Boris Yeltsin") names someone else: no match;
        so does a one-word alias of a body after a name it belongs to ("AU Commission", "People's Congress").
        `persons` holds the recogniser's person names by token."""
        surfaces = self.gaz.surfaces.get(span.text, [])
        if len(span) == 1 and surfaces and sx.name_before(span) is not None and all(
                s.how == "alias" and self.gaz.entities[s.wikidata].kind in (gz.BODY, gz.ORGANIZATION) for s in surfaces):
            return True
        e = persons.get(span.start)
        if e is None or not (e.start <= span.start and span.end <= e.end and len(e) > len(span)):
            return False                                  # not inside a longer person's name
        if surfaces and all(self.gaz.entities[s.wikidata].kind != gz.PERSON for s in surfaces):
            # "George Washington", "Chad Smith", "Israel Katz": part of a person's name
            return sx.in_person_name(span, e)
        if not all(self.gaz.entities[s.wikidata].kind == gz.PERSON for s in surfaces):
            return False
        known = {w for s in self.gaz.surfaces.get(span.text, []) for text in (self.gaz.entities[s.wikidata].name,
                                                                             *self.gaz.entities[s.wikidata].aliases)
                 for w in text.split()}
        # "Antony J. Blinken" is still Blinken; "Boris Yeltsin" is not Boris Johnson
        return e.text not in self.gaz.surfaces and any(
            t.text not in known and not (len(t.text) <= 2 and t.text.endswith(".")) for t in e)

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
            # "the Albanians of southern Serbia": tied to where they live ("of the Israeli-occupied West Bank"
            # names no state there: only the place's own name or its compound counts)
            places = [w for p in span.root.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "inside")
                      for o in p.children if o.dep_ == "pobj"
                      for w in (o, *o.children) if w.dep_ in ("pobj", "compound")]
            home = next((h for w in places if (h := self._state_named(w)) is not None), None)
            if home is not None and home.wikidata != state.wikidata:
                state = actor_of(home)
            return Found(span.start, span.end, (ActorRef(span.text + described(span.root), gz.GROUP, related=state,
                                                         relation="associatedWith"),))
        surfaces = self.gaz.surfaces.get(span.text, [])
        if not surfaces:
            return None
        if len(span) == 1 and span.root.pos_ == "PROPN" and not sx.is_location(span.root) \
                and all(self.gaz.entities[s.wikidata].kind != gz.PERSON for s in surfaces):
            person = res.people.get(span.text)
            if person is not None and person.wikidata is None and len(person.label.split()) > 1:
                return Found(span.start, span.end, (person,))   # "Ali Jordan ... Jordan said"
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
            # the name the city starts, up to its noun: "the Pretoria Cessation of Hostilities Agreement"
            name = []
            for t in doc[span.end:min(span.end + 6, span.sent.end)]:
                if t.pos_ != "PROPN" and t.lower_ != "of":
                    break
                name.append(t)
            in_name = span.root.dep_ in ("compound", "nmod", "amod") and head.i > span.root.i \
                and any(t.lemma_.lower() in NAMED_AFTER_PLACES for t in [head, *name])
            if (in_name or sx.is_location(span.root)) and entity.capital_wikidata in self.gaz.entities:
                # "in Moscow" is a place; so is the city that names a treaty or event ("the Vienna
                # Convention", "the Budapest accord", "the Ankara prisoner exchange")
                return Found(span.start, span.end, place=place_of(self.gaz.entities[entity.capital_wikidata]))
            return Found(span.start, span.end, (actor_of(entity),))
        if surface.how == "demonym":
            return self._demonym(span, entity, day)
        if entity.kind == gz.BODY and sx.at_venue(span.root):
            # "met ... at the Pentagon", "at the Department of State": the building where it happened, not
            # a party to it
            return Found(span.start, span.end, place=PlaceRef(span.text, country=entity.of))
        head = span.root.head
        if entity.kind == gz.STATE and span.root.dep_ in ("compound", "poss", "nmod") and head.i > span.root.i \
                and sx.role(head):
            # "the U.S. president", "Japan's foreign minister": the office holder of the day
            holder = self._office_holder(span, head, entity, day)
            if holder is None and span.root.dep_ == "compound" and head.dep_ == "compound" and head.head.pos_ == "PROPN":
                return None     # "Kosovo prime minister Hashim Thaçi": the person named after stands for the state
            return holder or Found(span.start, span.end, (actor_of(entity),))
        if entity.kind == gz.STATE and span.root.dep_ in ("compound", "poss") and head.i > span.root.i \
                and head.lemma_.lower() in BODY_NOUNS and head.text not in self.gaz.surfaces \
                and (not head.ent_type_ or span.root.dep_ == "compound" and sx.in_one_name(span.root, head)):
            # "Russia's foreign ministry", "the Kosovo Police": a body of the state (the parser may call the noun
            # a proper one, or the phrase an organisation's name, so _collectives would pass it by)
            label = span.doc[span.start:head.i + 1].text
            return Found(span.start, head.i + 1, (ActorRef(label, gz.BODY, related=actor_of(entity), relation="bodyOf"),))
        if entity.kind == gz.STATE and sx.is_location(span.root):
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
        if root.dep_ == "conj" and sx.first_conjunct(root).dep_ in ("amod", "compound", "nmod"):
            # "U.S. and Russian negotiators": the second of two modifiers names its state; the collective
            # they modify is read with both (_collective)
            return Found(span.start, span.end, (actor_of(state),))
        if root.dep_ not in ("amod", "compound", "nmod"):
            return Found(span.start, span.end, (actor_of(state),)) if root.pos_ in ("PROPN", "NOUN") else None
        head = root.head
        if head.i == root.i + 2 and root.doc[root.i + 1].text in ("-", "–") and self._state_named(head) is not None:
            # "a French-Australian contract": the first of two hyphened demonyms names its state as the second does
            return Found(span.start, span.end, (actor_of(state),))
        lemma = head.lemma_.lower()
        if sx.role(head):
            return self._office_holder(span, head, state, day)
        if lemma in STATE_NOUNS:
            return Found(span.start, head.i + 1, (actor_of(state),))
        if (head.pos_ == "NOUN" or head.tag_ == "NNPS" or lemma in BODY_NOUNS) and head.i > root.i:
            label = span.doc[span.start:head.i + 1].text
            if lemma in BODY_NOUNS:                       # "the Israeli cabinet", "the Lithuanian Parliament"
                return Found(span.start, head.i + 1, (ActorRef(label, gz.BODY, related=actor_of(state),
                                                               relation="bodyOf"),))
            if head.tag_ == "NN" and lemma in OFFICIAL_HEADS and head.dep_ == "compound" and head.head.pos_ == "PROPN":
                return None  # a title before a name: "Chinese foreign ministry spokesperson Mao Ning"
            if head.tag_ == "NN" and lemma in OFFICIAL_HEADS and not sx.former(head):
                return Found(span.start, head.i + 1, (ActorRef(label, gz.PERSON, related=actor_of(state),
                                                               relation="officialOf"),))
            if head.tag_ != "NNPS" and lemma not in COLLECTIVES and lemma not in GROUP_HEADS:
                # "Israeli air raids", "the Russian language": a thing or an event, no collective; the
                # demonym names the state (the one that raids), the thing is no actor
                return Found(span.start, span.end, (actor_of(state),))
            # "French and Egyptian warships": one group for each state the modifiers name
            named = [(span.text, state)] + [(c.text, s) for c in root.conjuncts
                                             if (s := self._state_named(c)) is not None and s != state]
            ethnic = next((c for c in head.lefts if c.lower_ == "ethnic" and c.i < root.i), None)
            if ethnic is not None:
                # "ethnic Albanian guerrillas in Macedonia": tied to where they live, as "ethnic Albanians" are
                home = self._state_after(head)
                return Found(ethnic.i, head.i + 1, (ActorRef(span.doc[ethnic.i:head.i + 1].text, gz.GROUP,
                                                             related=home and actor_of(home),
                                                             relation=home and "associatedWith"),))
            if len(named) == 1:
                return Found(span.start, head.i + 1,
                             (ActorRef(group_label(label, lemma, actor_of(state)), gz.GROUP, related=actor_of(state),
                                       relation="associatedWith"),))
            noun = span.doc[max(c.i for c in root.conjuncts) + 1:head.i + 1].text
            return Found(span.start, head.i + 1, tuple(ActorRef(f"{word} {noun}", gz.GROUP, related=actor_of(s),
                                                                relation="associatedWith") for word, s in named))
        return None

    def _office_holder(self, span: SpacySpan, head: Token, state: gz.Entity, day: dt.date | None) -> Found | None:
        """ "The Russian president", "Japan's foreign minister": who held the office on the document's date,
        or the state where the gazetteer does not know."""
        if head.dep_ == "compound" and head.head.pos_ == "PROPN":
            # a title before a name: "Russian President Vladimir Putin" is read as the name
            return self._missed_name(span, head, state)
        if sx.former(head) or sx.any_holder(head):
            # "the former Russian president", "the first Sri Lankan president to resign": not the holder of the
            # day, and no longer the state (or no one in particular)
            return None
        # without the document's date the holder is unknown (today's may not be the text's): the state; a plural
        # ("Palestinian leaders", "EU foreign ministers") is more than the one holder: the state too
        plural = head.tag_ in ("NNS", "NNPS")
        person = self.gaz.holder(sx.role(head), state.wikidata, day) if day is not None and not plural else None
        if person:
            return Found(span.start, head.i + 1, (actor_of(self.gaz.entities[person]),))
        return Found(span.start, head.i + 1, (actor_of(state),))

    def _missed_name(self, span: SpacySpan, title: Token, state: gz.Entity) -> Found | None:
        """The person a state's title names when the recogniser does not read the name after it as one
        ("Ethiopian Prime Minister Abiy"): acting for that state, as a recognised name would. None when the
        name is recognised or known (it is read as such), or is not a run of capitalised proper nouns."""
        name = title.head
        words = span.doc[title.i + 1:name.i + 1]
        if name.ent_type_ or name.text in self.gaz.surfaces \
                or any(w.pos_ != "PROPN" or not w.text[:1].isupper() or w.ent_type_ for w in words) \
                or sx.former(title):
            return None
        person = ActorRef(words.text, gz.PERSON, related=actor_of(state), relation="officialOf")
        return Found(span.start, name.i + 1, (person,))

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
        if len(span) == 1 and span.label_ in ("PERSON", "ORG") and span.text in res.people:
            # "Blinken" after "Antony J. Blinken"; "Hayashi" after "Hayashi Yoshimasa" (family name first), even
            # where the recogniser reads it as an organisation
            return Found(span.start, span.end, (res.people[span.text],))
        if len(span) == 1 and span.label_ == "ORG" and span.root.dep_ == "pobj" and span.root.head.lower_ == "of" \
                and span.root.head.head.lemma_.lower() in OFFICE_WORDS:
            return None       # "Secretary of State", "Minister of Defence": part of a title, no actor
        if span.label_ in ("ORG", "PERSON") and len(span) > 1 and span[-1].lemma_.lower() in PLACE_HEADS:
            return Found(span.start, span.end, place=PlaceRef(label))   # "Banjska Monastery", "X Air Base"
        named = title_then_name(span) if span.label_ == "ORG" else None
        if named is not None:
            span = named                                 # "Secretary of Defense Lloyd Austin": the name after
        if span.label_ == "PERSON" or named is not None:
            span = sx.full_name(span)
            label = span.text[:-2] if span.text.endswith(("'s", "’s")) else span.text
            state = None if sx.former(span[0]) else office_state(span, self.gaz)
            apposed = sx.first_conjunct(span.root)              # "Deputy Prime Minister and Minister X"
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
        if span.label_ == "ORG" and label.lower() == "government":
            return None       # "the Government" alone: read with pronouns and descriptions (speakers.government)
        if span.label_ in ("ORG", "LAW") and sx.names_document(span, label):
            return None       # "the Cessation of Hostilities Agreement (COHA)": a document, no actor
        if span.label_ == "ORG":
            if len(span) > 1 and span[-1].tag_ == "NNS" and span[-1].lemma_.lower() in MEMBERS:
                label = span[:-1].text.removeprefix("the ").removeprefix("The ")   # "Guidance Patrol officers"
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

    # pronouns and descriptions -----------------------------------------------------------------------
    def _coreference(self, res: Resolution) -> None:
        res.groups.extend(sx.conj_groups(res))  # actors named together, found once before pronouns are read
        home = res.home = home_state(res, self.gaz)
        # in a statement to Parliament "I" is the minister speaking for the United Kingdom ("I spoke to
        # President Zelensky"); elsewhere "I" may be anyone quoted
        first = FIRST_PLURAL | FIRST_SINGULAR if home is not None and home.wikidata == UK \
            and in_parliament(res) else FIRST_PLURAL
        for token in res.doc:
            if token.i in res.by_token:
                continue
            if home is not None and token.pos_ == "PRON" and token.lower_ in first:
                # a statement's "we" and "our": the state it speaks for
                res.add(Found(token.i, token.i + 1, (home,)))
                continue
            item = government(token, home, res) or self._refer(token, res)
            if item:
                res.add(item)
                if len(item.actors) > 1:
                    res.groups.append((item.start, item.actors))
                elif token.dep_ == "conj":
                    # "The Secretary and the Foreign Minister": named together once the last of them is read,
                    # so that a later "they" finds them
                    group = sx.conj_group(sx.first_conjunct(token), res)
                    if group is not None and group not in res.groups:
                        res.groups.append(group)

    def _refer(self, token: Token, res: Resolution) -> Found | None:
        lower = token.lower_
        if lower in ("former", "latter") and (named := sx.former_or_latter(token, res)):
            return Found(token.i - 1, token.i + 1, named)    # "the latter": second of the last two named
        if token.pos_ == "PRON" and lower in ("their", "they", "them"):
            subject = sx.clause_subject_actors(token, res)
            if len(subject) > 1 and not sx.within_subject(token):
                return Found(token.i, token.i + 1, subject)
            group = self._recent_group(token.i, res, exclude=subject)
            if group:
                return Found(token.i, token.i + 1, group)
            # "Palestinian leaders said they would ...": the speaker; else the collective named last
            speaker = sx.reporting_subject(token, res)
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
            person = sx.salient(token, res, gz.PERSON)
            return Found(token.i, token.i + 1, (person,)) if person else None
        if token.pos_ == "PROPN" and lower in OFFICE_WORDS and token.dep_ != "compound" \
                and any(c.lower_ == "the" and c.dep_ == "det" for c in token.children) \
                and not any(c.dep_ in ("prep", "appos") for c in token.children):
            # "The Secretary", "the Foreign Minister": the person last named with that title
            person = sx.titled_person(token, res)
            if person is not None:
                start = min(c.i for c in token.lefts if c.dep_ in ("det", "compound", "amod"))
                return Found(start, token.i + 1, (person,))
            return None
        if token.pos_ == "NOUN" and token.tag_ == "NN" and lower in ("country", "nation", "kingdom", "republic") \
                and [c.lower_ for c in token.lefts] == ["the"] and not sx.is_location(token):
            # "The country also condemned ...": the state last a subject, else the one named last
            state = sx.salient(token, res, gz.STATE)
            return Found(token.i - 1, token.i + 1, (state,)) if state else None
        if token.pos_ == "NOUN" and token.tag_ == "NNS" and token.lemma_.lower() in ("party", "side", "signatory") \
                and [c.lower_ for c in token.lefts] == ["the"]:
            # "the parties", "the sides": the actors last named together; with none named yet, those the next
            # sentence opens with ("met the signatories of the accord. Minister A and Envoy B shared ...")
            group = self._recent_group(token.i, res, exclude=()) or _opening_next(token, res)
            return Found(token.i - 1, token.i + 1, group) if len(group) > 1 else None
        if token.pos_ == "NOUN" and token.tag_ == "NNS" and token.lemma_.lower() in PLURAL_NOUNS:
            return self._plural_description(token, res)
        if lower == "two" and token.dep_ in ("nsubj", "nsubjpass") and [c.lower_ for c in token.lefts] == ["the"]:
            # "the two committed to ...": the two persons last named, else the two states
            for kind in (gz.PERSON, gz.STATE):
                chosen = list(dict.fromkeys(a for _, a in res.actors_before(token.i) if a.kind == kind))[:2]
                if len(chosen) == 2:
                    return Found(token.i - 1, token.i + 1, tuple(reversed(chosen)))
            return None
        if token.pos_ == "NOUN" and token.tag_ == "NN" and lower in ORG_NOUNS \
                and any(c.lower_ == "the" and c.dep_ == "det" for c in token.children):
            # "the bloc", "the alliance": the organisation named last
            for _, actor in res.actors_before(token.i):
                if actor.kind == gz.ORGANIZATION:
                    return Found(token.i - 1, token.i + 1, (actor,))
            return None
        if token.pos_ == "PRON" and lower == "it" and token.dep_ in ("nsubj", "dobj", "pobj") \
                and (token.head.lemma_ != "be" or sx.willing(token.head)) \
                and not any(c.dep_ in ("ccomp", "xcomp") and c.i > token.head.i and token.dep_ == "nsubj"
                            and c.lemma_ == "be" for c in token.head.children):
            # "it" for the state or organisation that was last a subject, else the one named last; not when
            # the thing last a subject is no actor ("This funding ... It also supports ...")
            if sx.thing_subject_before(token, res):
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
        excluded = {a.key for a in sx.clause_subject_actors(noun, res)} if not sx.within_subject(noun) else set()
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
                item = collective(token, res)
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
            res.add(Found(start, end, (ActorRef(f"allies of {with_article(ally)}", gz.GROUP, related=ally,
                                                relation="allyOf"),)))
            res.found.sort(key=lambda f: f.start)


def _name_after_title(entity: SpacySpan, taken: set[int]) -> SpacySpan | None:
    """The name at the end of a person the recogniser read with the title and the organisation before it ("TPLF
    Spokesperson Getachew Reda", where "TPLF" is named already): the words after the title's last word, when
    only the words before the title are named and at least two capitalised words follow."""
    if entity.label_ != "PERSON" or not any(i in taken for i in range(entity.start, entity.end)):
        return None
    title = max((t.i for t in entity if t.lower_ in OFFICE_WORDS), default=None)
    if title is None or any(i in taken for i in range(title, entity.end)):
        return None
    name = entity.doc[title + 1:entity.end]
    if len(name) < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name):
        return None
    return SpacySpan(entity.doc, name.start, name.end, label="PERSON")


def _opening_next(token: Token, res: Resolution) -> tuple[ActorRef, ...]:
    """The actors named in the subject of the sentence after `token`'s: the persons and the states and groups
    their titles name ("Government of Ethiopia Advisor A and TPLF Spokesperson B")."""
    doc = token.doc
    if token.sent.end >= len(doc):
        return ()
    following = doc[token.sent.end].sent
    subjects = [c for c in following.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    named = [a for s in subjects for t in s.subtree if (f := res.at(t)) is not None and f.start == t.i
             for a in f.actors]
    return tuple(dict.fromkeys(named))
