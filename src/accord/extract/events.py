"""Diplomatic acts from a parsed, resolved text: triggers, agents, targets, place and modality."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .. import gazetteer as gz
from . import aims
from . import syntax as sx
from .actorwords import COLLECTIVES
from .appraisals import APPRAISING, aimed_elsewhere, for_a_cause, mourns
from .behest import at_request
from .counterparts import complete_targets
from .dissent import protested_in_purpose, protested_persons, tie_dissenters
from .domestic import tie_domestic
from .eventrefs import aim_at_events, drop_retold, parties_told
from .framing import (ACCUSING, ATTEMPT, CONFLICT_TYPES, DOCUMENTS, ENGAGED, OBLIGATION_AUX, PLEDGES, SPEECH,
                      apprehended, charged_for, kind_of_thing, objects_of, pledged_hostility)
from .kinds import (ALERT, BACKING, PROTECTION, REFUGE, backs_armed_group, conditional_threat, controlled,
                    controlled_modality, gives_refuge, invoked_protection, moved_or_given, readied, refused_content,
                    sits, terms_of_warning)
from .lexicon import Trigger, plover_type
from .mentions import Resolution, actor_of
from .modality import (CONTINUING, FUTURE_AUX, HYPOTHETICAL_AUX, INTEND, LIGHT_VERBS, OWNED_ONLY, REFUSE, REQUEST,
                       THREATEN, modality_of)
from .parties import concluded, earlier_parties, terms_of
from .performers import UNDERGONE, performed_by, undergone
from .predicates import labelled_accusations, predicated_accusations, untold
from .phrases import actors_at, of_actors, possessors, states_of
from .merging import drop_restated, drop_told_around, merge, same_meeting
from .numbered import named_after
from .records import Act, ActorRef
from .topics import asks_nothing, met_jointly, met_no_one, topic_actors, warns_off
from .settings import background, new_setting, setting_parties
from .responses import answered_with, conditional_responses, protesters_answered
from .undertakings import aimed_as_first, undertaking_leader
from .unnamed import built_up_against, forces_owner, holding_force, unnamed_doers
from .wars import ongoing_wars

OBJECT_DEPS = ("dobj", "attr", "oprd", "acomp", "xcomp", "ccomp")
RELATIVE = {"who", "which", "that"}
# verbs whose object is an act brought to a stop: "halt the fighting", "end the attacks"
STOPPERS = {"halt", "stop", "end", "cease", "prevent", "avoid", "suspend", "abandon", "condemn", "denounce",
            "criticize", "criticise", "investigate", "probe", "reject", "dismiss", "rebuff", "accept", "ignore",
            "meet", "refuse", "decline", "oppose", "renege", "counter", "deter", "combat",
            "thwart", "foil", "complain"}
# prepositions of the means by which a thing is done: "end the war through sanctions" stops no sanctions
MEANS = {"through", "via"}
# words by which someone is held to have done wrong: what they are held to have done is alleged
CULPABLE = {"culpable", "guilty", "responsible", "liable"}
# verbs of foreseeing what others will do
EXPECTING = {"expect", "anticipate", "predict", "forecast", "assume"}
PLACE_TARGETED = {"PROTEST", "COERCE", "ASSAULT", "CONCEDE", "RETREAT"}
# determiners by which a noun names an act the text has already told: "this assistance", "these sanctions"
ANAPHORIC = {"this", "these", "that", "those", "such"}
ALLIANCE_KINDS = (gz.STATE, gz.ORGANIZATION)


def find_acts(res: Resolution, triggers: dict[tuple[str, str], list[Trigger]]) -> list[Act]:
    """Every act the lexicon's triggers signal, merged where two clauses of a sentence tell one act.

    A trigger that governs another act's trigger ("threatened to impose sanctions", "agreed to lift the
    embargo", "demanded that Israel ease restrictions") only tells that act's modality; its own act is dropped.
    """
    consumed: set[int] = set()
    acts: list[tuple[int, Act]] = []
    governors: set[int] = set()
    verbs: set[int] = set()
    quiet: set[int] = set()                              # objects of a trigger row that tells no act
    scenery: list[tuple[Token, Trigger, list[Token]]] = []   # triggers of events that set a sentence's scene
    # verbs first, so that "impose sanctions" claims the noun before "sanctions" is read alone
    tokens = sorted(res.doc, key=lambda t: (t.pos_ != "VERB", t.i))
    for token in tokens:
        if token.i in consumed or token.pos_ not in ("VERB", "NOUN", "ADJ") \
                or (token.pos_ in ("VERB", "ADJ") and token.dep_ == "amod" and not sx.gerund_read_as_modifier(token)
                    and sx.verb_read_as_modifier(token) is None):
            continue                                     # "the long-threatened invasion", "a committed partner"
        match = _match(token, triggers.get((token.lemma_.lower(), token.pos_), ()))
        if match is None or kind_of_thing(token, match[0], triggers) or pledged_hostility(token, match[0], triggers):
            continue
        trigger, objects = match
        consumed.add(token.i)
        if not trigger.cameo:
            # "offered a pretext for the invasion": a row that tells no act; nor does it give the invasion a modality
            consumed.update(o.i for o in objects)
            quiet.update(o.i for o in objects)
            continue
        if token.pos_ in ("VERB", "ADJ"):
            verbs.add(token.i)
        if token.pos_ == "NOUN" and background(token):
            # "after two days of fighting": the setting, not news; read apart, once the clauses are (_settings)
            scenery.append((token, trigger, objects))
            consumed.update(o.i for o in objects)
            continue
        found = _acts(token, trigger, objects, res, verbs, quiet)
        if found or token.pos_ != "VERB":
            # a verb that tells no act ("a meeting between Iran and Iraq held in Baghdad": a participle without
            # an agent) leaves its object noun to tell the act alone
            consumed.update(o.i for o in objects)
        if found and (token.pos_ == "VERB" or found[0].modality != "asserted"):
            # "called for sanctions against X": the sanctions, requested, are the act
            governor = modality_of(token, trigger, quiet)[1]
            if governor is not None:
                governors.add(governor.i)
                # "said the US must be ready to mediate": the intent asked for is no intent of its own
                node = token
                while node.i != governor.i and node.head.i != node.i:
                    node = node.head
                    if node.lemma_.lower() in INTEND:
                        governors.add(node.i)
        acts.extend((token.i, act) for act in found)
    acts = [(i, act) for i, act in acts if i not in governors and not untold(res.doc[i])]
    acts = drop_told_around(res, acts)
    told = {i for i, _ in acts} | governors | consumed
    acts.extend(_obligations(res, told))
    acts.extend(conditional_responses(res, told))
    acts.extend(at_request(res, told))
    acts.extend(predicated_accusations(res, [a for _, a in acts]))
    acts.extend(ongoing_wars(res, [a for _, a in acts]))
    acts.extend(_settings(scenery, res, verbs, quiet, acts))
    acts.extend((i, a) for i, a in labelled_accusations(res, [a for _, a in acts])
                if i not in told)
    acts = named_after(res, acts)                      # "sanctioned two officials. A ... and B ..."
    return drop_restated(same_meeting(merge(res.doc, tie_dissenters(res, tie_domestic(res, complete_targets(
        res, aim_at_events(res, drop_retold(res, acts))))))))


def _obligations(res: Resolution, told: set[int]) -> list[tuple[int, Act]]:
    """"X said Y must ...": a demand by the speaker on Y (CAMEO 100), where no trigger tells the act."""
    out = []
    for token in res.doc:
        # a statement's own "Y must ..." is a demand by the one it speaks for
        own = res.home is not None and sx.own_obligation(token)
        if token.i in told or token.pos_ not in ("VERB", "AUX") or not own and (
                token.dep_ != "ccomp" or token.head.lemma_.lower() not in SPEECH):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in token.children) \
                or any(t.i in told for t in token.subtree):
            continue
        agents = [res.home] if own else _agents(token.head, res, None)
        targets = [a for s in token.children if s.dep_ in ("nsubj", "nsubjpass") for a in actors_at(s, res)
                   if a not in agents]
        if agents and targets:
            trigger = sx.token_span(token)
            out.append((token.i, Act("REQUEST", "100", "requested", tuple(agents), tuple(dict.fromkeys(targets)),
                                     sx.sentence_span(token), trigger, aims.location(token, res), None)))
    return out


def _match(token: Token, candidates) -> tuple[Trigger, list[Token]] | None:
    for trigger in candidates:
        if trigger.prep:
            children = list(token.children)
            if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS:
                # "held separate calls on Monday with X": the light verb carries the noun's phrase
                children += [c for c in token.head.children if c.dep_ == "prep"]
            heads = [c for c in children if c.dep_ in ("prep", "prt") and c.lower_ == trigger.prep]
            if not heads:
                continue
            objects = [o for h in heads for o in h.children if o.dep_ == "pobj"]
            if any(h.dep_ == "prt" or not any(o.dep_ == "pobj" for o in h.children) for h in heads):
                # a particle verb's object is the verb's own: "called off the strike", "handed over aid", "forced
                # the agency out of the country", and the measured thing: "handed over 700 kg of medicine"
                own = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
                objects += own + [o for d in own for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
                                  for o in p.children if o.dep_ == "pobj"]
        else:
            objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
            objects += [o for p in token.children if p.dep_ in ("prep", "agent") for o in p.children
                        if o.dep_ == "pobj"]
            if token.pos_ == "VERB":
                # "gave 5 million dollars of aid", "sent tons of food": the measured thing
                objects += [o for d in token.children if d.dep_ in ("dobj", "dative") for p in d.children
                            if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
                # "tariffs imposed by the EU", "sanctions were imposed on Iran": the noun the verb is about
                objects += [token.head] if token.dep_ == "acl" or sx.gerund_read_as_modifier(token) else []
                joined = sx.verb_read_as_modifier(token)   # "removed and detained president X": X
                objects += [joined[1]] if joined else []
                objects += [c for c in token.children if c.dep_ == "nsubjpass"]
                # "took its pilot, John Smith, prisoner": the parser reads the object's complement as apposition
                objects += sx.appositions([c for c in token.children if c.dep_ == "dobj"])
                objects += aims.moved_to_border(token)
                # "a reality we have to accept": the noun a relative clause tells of
                objects += [o for o in (sx.antecedent_object(token),) if o is not None]
            if token.pos_ == "NOUN":
                # "hunger strike", "air raid", "general strike": the modifier tells the kind of act
                objects += [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
        if not trigger.with_:
            return trigger, []
        # "providing aerial photographs and other military intelligence": a conjunct of an object is one too
        objects += [c for o in objects for c in o.conjuncts if c not in objects]
        chosen = [o for o in objects if o.lemma_.lower() in trigger.with_ or o.lower_ in trigger.with_
                  or any(c.dep_ in ("compound", "nmod") and c.lemma_.lower() in trigger.with_ for c in o.children)
                  or _named_kind(o, trigger.with_)]
        if chosen:
            return trigger, chosen
    return None


def _settings(scenery: list[tuple[Token, Trigger, list[Token]]], res: Resolution, verbs: set[int],
              quiet: set[int], acts: list[tuple[int, Act]]) -> list[tuple[int, Act]]:
    """The events that set a sentence's scene, each read as told ("following the NATO bombing of Belgrade"), kept
    where the text tells them nowhere else (settings.new_setting). Talks without sides of their own are between
    the parties of the joint event their clause tells ("The exchange took place after months of talks")."""
    out: list[tuple[int, Act]] = []
    for token, trigger, objects in scenery:
        parties = setting_parties(token, res, acts) if trigger.reciprocal else ()
        told = [a for _, a in acts + out]
        out += [(token.i, act) for act in _acts(token, trigger, objects, res, verbs, quiet, scene=parties)
                if new_setting(act, told, res)]
    return out


def _named_kind(noun: Token, kinds: frozenset[str]) -> bool:
    """Whether a proper name the parser split at "of" names a thing of one of `kinds` by its last word: "the
    Cessation of Hostilities Agreement" is an agreement, as "the Paris Agreement" is."""
    if noun.pos_ != "PROPN":
        return False
    name = [t for t in noun.subtree if t.i >= noun.i and (t.pos_ == "PROPN" or t.lower_ == "of")]
    name = name[:next((k for k, t in enumerate(name) if t.i != noun.i + k), len(name))]
    return len(name) > 2 and name[-1].lemma_.lower() in kinds


def _acts(token: Token, trigger: Trigger, objects: list[Token], res: Resolution, verbs: set[int],
          quiet: set[int] = frozenset(), scene: tuple[ActorRef, ...] | None = None) -> list[Act]:
    """The acts one trigger tells. `scene` is None for a trigger read in its clause; for one read as the setting
    of its sentence, it is the sides to take where the trigger's own phrase names none (its agents never come
    from the clause around it)."""
    if token.dep_ in ("dobj", "nsubjpass", "xcomp") and token.head.lemma_.lower() in STOPPERS \
            or token.dep_ == "pobj" and not _means(token) and token.head.head.lemma_.lower() in STOPPERS:
        return []                                        # "halt the fighting", "reneged on its commitment"
    if token.dep_ in ("pcomp", "pobj") and token.head.lower_ in ("of", "with") \
            and token.head.head.lemma_.lower() in ACCUSING:
        return []                                        # "accused the rebels of violating the ceasefire": alleged
    if token.pos_ == "VERB" and token.lemma_.lower() == "demonstrate" \
            and any(c.dep_ in ("dobj", "ccomp") for c in token.children):
        return []                                        # "its response demonstrated disdain": shown, no protest
    if _held_culpable(token):
        return []                                        # "X was culpable for threatening ...": alleged
    if _subject_read_as_object(token):
        return []                                        # "reaffirms an armed attack ... would invoke": if any
    if _foreseen(token):
        return []                                        # "he expected Ukraine to retreat": a forecast, no act
    if token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_ == "be" \
            and any(c.dep_ == "attr" and c.lemma_ == token.lemma_ for c in token.head.children):
        return []                                        # "the X–Y summit was a summit between ...": one summit
    if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ANAPHORIC for c in token.children):
        return []                                        # "announced this assistance": an act told before
    if refused_content(token) or terms_of_warning(token) or charged_for(token) or for_a_cause(token, trigger, res) \
            or terms_of(token):
        return []                                        # "rejected a proposal for signing", "... unless X agrees"
    if token.lemma_.lower() in OWNED_ONLY and (not any(c.dep_ == "poss" for c in token.children)
                                               or token.dep_ == "pobj" and token.head.lower_ == "in"):
        return []                                        # "the Kosovo War", "a trade war"; "in its war": the setting
    modality, governor = modality_of(token, trigger, quiet)
    cameo = trigger.cameo
    # a hostile act others fear ("concern that X is committed to an invasion"), or one its doers agree on with
    # their allies ("agreed to keep the pressure up through tougher sanctions"), is intended, not a threat voiced
    meant = modality == "intended" and plover_type(cameo) in CONFLICT_TYPES and (
        apprehended(token) or governor is not None and governor.lemma_.lower() == "agree")
    if modality == "refused" or modality == "negated" and governor is not None and governor.lemma_.lower() in REFUSE:
        # "refused to meet": the refusal is what happened (PLOVER REJECT), not a meeting that did not
        modality, cameo = "asserted", "120"
    elif modality == "intended" and governor is not None and governor.lemma_.lower() in ATTEMPT \
            and plover_type(cameo) in CONFLICT_TYPES:
        modality = "asserted"                            # "tried to hack", "attempted to assassinate": it was done
    elif modality == "intended" and readied(governor) and plover_type(cameo) == "ASSAULT":
        modality, cameo = "asserted", ALERT              # "the army prepared to resume shelling": readiness
    elif modality == "intended" and trigger.intend and not meant and not (governor is not None
                                                                          and governor.lemma_.lower() in CONTINUING):
        cameo = trigger.intend
    elif modality == "intended" and plover_type(cameo) in CONFLICT_TYPES and not meant:
        # announcing a hostile act is threatening it (CAMEO 13x)
        modality, cameo = "threatened", trigger.threaten or "130"
    elif modality == "hypothetical" and plover_type(cameo) in CONFLICT_TYPES and conditional_threat(token):
        modality, cameo = "threatened", trigger.threaten or "130"   # "may halt mediation if ...": a threat
    elif modality == "requested" and not trigger.modality:
        cameo = trigger.request or "020"                 # what happened is the appeal: "called for sanctions"
    elif modality == "threatened" and trigger.threaten and not trigger.modality:
        cameo = trigger.threaten
    control = controlled(token)
    if control is not None:
        modality = controlled_modality(control, modality)   # "requires X to provide arms": a duty
    if gives_refuge(token, cameo):
        cameo = REFUGE                                   # "opened its borders to refugees": refuge, not access
    if (invoked := invoked_protection(token, cameo)) is not None:
        modality, cameo = invoked, PROTECTION            # "an attack would invoke its defence commitments"
    modality, cameo = ("asserted", "057") if concluded(token) else (modality, cameo)   # "the treaty agreed by X"
    if modality == "threatened" and trigger.modality and warns_off(token) is not None:
        modality, cameo = "requested", trigger.request or "020"   # "warned Japan not to interfere"

    # "an assault carried out by X against Y": the clause that tells the act outranks a name before the noun
    agents, performed_on = performed_by(token, res)
    agents = agents or _agents(token, res, governor if modality == "requested" and not trigger.modality else None,
                               verbs)
    if not agents and token.pos_ == "NOUN" and (plover_type(cameo) == "MOBILIZE" or cameo.startswith("087")):
        # "the buildup of Serbian forces", "the withdrawal of Russian troops", "an increase in Russian troop
        # numbers": the forces moved do it
        moving = objects_of(token) + [o for o in objects if o.dep_ == "pobj" and o not in objects_of(token)]
        agents = [a for o in moving for a in actors_at(o, res) or possessors(o, res)]
    if not agents and token.pos_ == "VERB" and cameo.startswith("087") and _passive(token) \
            and not any(c.dep_ == "agent" for c in token.children):
        # "the Artsakh Defence Army was disbanded", "a third of the guerrillas have been demobilized": they did
        agents = [a for c in token.children if c.dep_ == "nsubjpass" for a in actors_at(c, res) or of_actors(c, res)]
    if token.pos_ == "VERB" and token.lemma_.lower() in APPRAISING and not aimed_elsewhere(token, agents, res):
        return []                                        # "welcomed the launch of the framework": no one's act
    if met_no_one(token, res):
        if not met_jointly(token):
            return []                                    # "met the challenge"
        cameo = "030" if modality == "intended" else "060"   # "a challenge X and Y can meet together": joint work
    elif asks_nothing(token, res) or mourns(token) or sits(token, agents):
        return []                                        # "pressed its claim", "concern over floods"
    participants = aims.participants(token, res)
    if not agents and len(participants) > 1:
        agents, participants = participants, ()
    if not agents and token.pos_ == "VERB" and trigger.reciprocal and _passive(token):
        # "the agreement was signed": by its parties told before
        agents = earlier_parties(token, res) or parties_told(token, res)
    talked_of = topic_actors(token, res)                   # "discussed Iran": what the talks were about
    moved = [a for o in moved_or_given(token, objects, plover_type(cameo))
             for a in actors_at(o, res) + possessors(o, res)]   # "NATO peacekeeping troops": NATO's own
    targets = [a for a in (*participants, *performed_on, *aims.targets(token, objects, res))
               if a not in agents and a not in talked_of and a not in moved]
    targets = protesters_answered(token, agents) or targets       # "as protests spread, X responded with ..."
    if not targets and plover_type(cameo) == "PROTEST":
        targets = [a for a in protested_in_purpose(token, res) if a not in agents]   # "to protest X's decision"
    if modality == "requested" and not trigger.modality and governor is not None:
        # "X urged Y to meet": Y is asked; the act requested of Y is a REQUEST by X at Y
        asked = aims.addressees(governor, res) + [a for c in token.children if c.dep_ in ("nsubj", "nsubjpass")
                                                  for a in actors_at(c, res)]
        if governor.lemma_.lower() in SPEECH:
            # "said the US must be ready to mediate": asked of the clause's subject
            asked += [a for c in governor.children if c.dep_ == "ccomp" for n in c.children
                      if n.dep_ in ("nsubj", "nsubjpass") for a in actors_at(n, res)]
        targets = list(dict.fromkeys(a for a in asked + targets if a not in agents))
    if not targets and token.pos_ == "VERB" and token.lemma_.lower() in REQUEST:
        targets = [a for a in aims.addressees(token, res) if a not in agents]   # "called on every nation"
    location = aims.location(token, res)
    if not targets and location and location.country and cameo in ("042", "036") and trigger.cameo == "042":
        # "arrived in Amman on a visit": a visit is to the state it is made in
        host = res.gazetteer.entities.get(location.country)
        if host is not None and not any(aims.belongs_to(a, host.wikidata, res) for a in agents):
            targets = [actor_of(host)]
    if scene is not None:
        agents = agents or list(scene)
        if not agents:
            return []
    if not agents:
        # "protests against the government grew", "a roadside bomb killed a soldier": protesters, attackers
        agents = unnamed_doers(token, plover_type(cameo), modality, targets, location, res)
    if not agents:
        agents, faced = holding_force(token, plover_type(cameo), modality, res)   # "eight were later detained"
        targets = targets or faced
    if not agents:
        agents = forces_owner(cameo, modality, res)           # "110 battalions massed"
        targets = built_up_against(token, targets, agents, res)
    if not agents:
        # "the operation consisted of airstrikes": by the coalition that leads it
        agents = undertaking_leader(token, plover_type(cameo), modality, res)
        targets = targets or (aimed_as_first(token, res) if agents else [])
    if not targets and agents and plover_type(cameo) in PLACE_TARGETED:
        # dissent, coercion, violence or a concession with no stated target is aimed at the state where it
        # happens (the CAMEO convention); dissent without a place, at the state its people belong to, and a
        # movement's retreat (not a state's forces'), at the state it stands against ("the TPLF's turnover")
        state = location.country if location and location.country else None
        if state is None and plover_type(cameo) in ("PROTEST", "RETREAT"):
            state = next((a.related.wikidata for a in agents if a.related and a.relation == "associatedWith" and (
                plover_type(cameo) == "PROTEST" or a.label.split()[-1].lower().rstrip("s") not in COLLECTIVES)), None)
        if state in res.gazetteer.entities:
            targets = [actor_of(res.gazetteer.entities[state])]
            if plover_type(cameo) == "PROTEST":
                targets += protested_persons(token, agents, res)   # "after X was re-elected, protests grew"
    if backs_armed_group(token, cameo, agents, targets):
        cameo = BACKING                                  # "Iran's support of the Houthis": material help
    if cameo == "042" and agents and all(a.kind == gz.PERSON and not a.wikidata and a.related is None for a in agents):
        return []                                        # "while visiting her family in X": a private person's trip
    evidence = sx.sentence_span(token)
    trigger_span = sx.token_span(token)
    topic = " ".join(o.text for o in objects) or None
    base = Act(plover_type(cameo), cameo, modality, tuple(agents), tuple(dict.fromkeys(targets)), evidence,
               trigger_span, location, topic)
    if not agents:
        return []
    mutual = any(c.lower_ in ("other", "another") and any(d.lower_ in ("each", "one") for d in c.children)
                 for c in token.subtree)
    joint = plover_type(cameo) == "CONSULT"              # "Iran and Iraq hosted rounds of dialogue": with each other
    if (trigger.reciprocal or mutual or joint) and not targets and len(agents) > 1:
        # "met", "signed a treaty", "blamed each other": each agent acts toward the others
        if not mutual and _each_its_own(token):
            return []                                    # "the NATO and G7 meetings": each met within itself
        # "led by Serbian prime minister X and Kosovo prime minister Y": the persons, not also their states
        agents = [a for a in agents if not any(b != a and b.kind in (gz.PERSON, gz.BODY) and a.wikidata
                                               and a.wikidata in states_of(b, res) for b in agents)]
        if location and location.country:
            hosts = tuple(a for a in agents if aims.belongs_to(a, location.country, res))
            guests = tuple(a for a in agents if a not in hosts)
            if hosts and guests and cameo.startswith("04"):
                return [replace(base, type="CONSULT", cameo="042", agents=guests, targets=hosts)]
        host = aims.venue_host(token, agents, res) if modality == "asserted" else None
        hosting = [replace(base, type="CONSULT", cameo="043", agents=(host,), targets=tuple(agents))] if host else []
        return [replace(base, agents=(a,), targets=tuple(b for b in agents if b != a)) for a in agents] + hosting
    return [base]


def _agents(token: Token, res: Resolution, governor: Token | None, verbs: set[int] = frozenset()) -> list[ActorRef]:
    """Who does the act: the subject (or passive "by" phrase) of the nearest clause, or a noun's owners.

    A passive clause without "by" names no agent; a participle names the noun it modifies ("rebels fighting
    the government") or its "by" phrase ("property seized by the army"); a relative clause its own subject
    or, through "who"/"which", the noun it modifies. A noun trigger takes the clause's subject only as the
    object of a light verb ("launched an attack") or through a word that governs its modality ("the need
    for a resolution"); otherwise only its owners ("Israeli air raids", "attacks by X").
    """
    joined = sx.verb_read_as_modifier(token) if governor is None else None
    node = governor or (joined[0] if joined else token)   # "the guard removed and detained X": the guard
    deed = sx.purposed_deed(token) if node.i == token.i else None
    if deed is not None:
        # "in the face of actions by X to obstruct ...": the doers of the deed whose purpose the verb tells
        doers = possessors(deed, res) + [a for p in deed.children if p.dep_ == "prep" and p.lower_ == "by"
                                         for o in p.children for a in actors_at(o, res) or of_actors(o, res)]
        if doers:
            return list(dict.fromkeys(doers))
        if token.dep_ in ("relcl", "acl"):
            node = deed                                  # "X will take measures to ensure ...": X's
    if node.pos_ == "ADJ" and node.dep_ == "acomp":
        node = node.head                                  # "Norway is willing to ...": the copula's subject
    if node.dep_ == "pcomp" and node.head.lower_ == "for" and node.head.head.pos_ == "VERB":
        # "commended South Africa for hosting the talks", "blamed Iran for attacking": the one praised or blamed
        praised = [a for c in node.head.head.children if c.dep_ in ("dobj", "nsubjpass") for a in actors_at(c, res)]
        if praised:
            return praised
    participle = False                                   # climbed from a participle clause with no subject
    while True:
        if node.pos_ in ("VERB", "AUX"):
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "csubj")] or sx.subject_read_as_conjunct(node)
            if not subjects and controlled(node) is not None and token.i in (node.i, *(c.i for c in node.children)):
                # "requires the United States to take action": the object does it
                subjects = [c for c in node.head.children if c.dep_ == "dobj" and actors_at(c, res)]
            by = [o for c in node.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            if participle and _passive(node):
                # "was arrested by the police for insulting ... while visiting Tehran": the one arrested did those
                subjects, by = [c for c in node.children if c.dep_ == "nsubjpass"], []
            participle = node.tag_ == "VBG" and node.dep_ in ("advcl", "pcomp") and not subjects and not by
            fronted = [] if subjects or by else sx.subject_read_into_fronted_phrase(node, res)
            if fronted:
                return fronted
            for subject in subjects + by:
                if subject.lower_ in RELATIVE and node.dep_ == "relcl":
                    subject = node.head
                # "the detention of X will have consequences": X undergoes the act its noun names, no doer
                patient = subject.i == token.i and token.lemma_.lower() in UNDERGONE
                actors = actors_at(subject, res) or possessors(subject, res) \
                    or ([] if patient else of_actors(subject, res))
                if actors:
                    return actors
            if not subjects and not by and node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
                # "was indicted by the court and will resign": the subject the two verbs share
                shared = [c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if shared:
                    # "The government of Serbia does not recognise X but began ...": the "of" phrase names it
                    return [a for c in shared for a in actors_at(c, res)
                            or (of_actors(c, res) if c.dep_ == "nsubj" else [])]
                if node.head.dep_ == "xcomp":
                    # "We urge all countries to condemn this launch and call on the DPRK": the parser joins "call"
                    # to "condemn"; with no subject of their own, both are the clause's above
                    node = node.head
                # "opened fire, killing one and arresting 12": the subject of the clause both participles tell of
            if not subjects and not by and node.lemma_.lower() in INTEND | {"oppose"} \
                    and any(c.dep_ == "xcomp" or c.lower_ == "to" for c in node.children):
                # "Japan is committed to supporting Ukraine", "Israel is opposed to French mediation": the
                # adjectival passive's subject is the one who intends or opposes
                subjects = [c for c in node.children if c.dep_ == "nsubjpass"]
                actors = [a for c in subjects for a in actors_at(c, res)]
                if actors:
                    return actors
            if not subjects and not by and node.lemma_.lower() in ENGAGED \
                    and any(c.dep_ == "prep" and c.lower_ == "in" for c in node.children):
                # "Serb forces were engaged in ethnic cleansing": the adjectival passive's subject does it
                actors = [a for c in node.children if c.dep_ == "nsubjpass" for a in actors_at(c, res)]
                if actors:
                    return actors
            if subjects or by or _passive(node):
                return []
            if node.dep_ == "acl" and node.tag_ != "VBG" and node.head.lemma_.lower() in PLEDGES:
                node = node.head                         # "its commitment to deepen cooperation": its owner's
                continue
            if node.dep_ == "acl" and node.tag_ != "VBG":
                return []
            if node.dep_ == "acl" and (actors_at(node.head, res) or node.head.lemma_.lower() not in DOCUMENTS):
                return actors_at(node.head, res)
            # "issued a declaration demanding that ...": a document telling the act is its issuer's
            if node.dep_ == "relcl":
                return []
        else:
            by = [a for p in node.children if p.dep_ == "prep" and p.lower_ == "by"
                  for o in p.children for a in actors_at(o, res)]
            if undergone(node):
                return list(dict.fromkeys(by))           # "his arrest": its owner undergoes it, no one else told
            owners = possessors(node, res) + by + (aims.givers(node, res) if node.i == token.i else [])
            if owners:
                return list(dict.fromkeys(owners))
            if node.i == token.i and token.pos_ == "NOUN" and not _reaches_clause(token):
                return []
        if node.head.i == node.i:
            return []
        if node.dep_ in ("nsubj", "nsubjpass") and node.i != token.i:
            return []
        node = node.head
        if token.pos_ == "NOUN" and node.i in verbs and not (node.lemma_.lower() in INTEND and _means(token)):
            return []                                    # "agreed to keep up pressure through sanctions": agreed's


def _means(noun: Token) -> bool:
    """Whether a noun names the means of what its clause tells: "end the war through tougher sanctions"."""
    return noun.dep_ == "pobj" and noun.head.lower_ in MEANS


def _each_its_own(noun: Token) -> bool:
    """Whether a plural noun's owners are joined by "and" before it ("the NATO and G7 leaders' meetings", "the
    EU and AU summits"): one such thing for each owner, none between them."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and any(
        c.dep_ in ("nmod", "compound", "poss") and any(g.dep_ == "conj" for g in c.children) for c in noun.children)


def _held_culpable(token: Token) -> bool:
    """Whether a trigger tells what someone is held guilty of ("the Russian state was culpable for the attempted
    murder ... and for threatening the lives of", "are guilty of violating the ceasefire"): an allegation, as
    "accused X of violating" is, not an act the text reports."""
    if token.dep_ not in ("pcomp", "pobj") or token.head.lower_ not in ("for", "of"):
        return False
    prep = token.head
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        prep = prep.head
    if prep.dep_ == "conj":
        # "culpable for the murder ..., and for threatening": the parser may join the second "for" to a verb
        # above; it shares the head of the same preposition before it
        prep = next((t for t in reversed(token.doc[token.sent.start:prep.i]) if t.lower_ == prep.lower_
                     and t.dep_ == "prep"), prep)
    judged = prep.head
    return judged.lemma_.lower() in CULPABLE or any(c.dep_ == "acomp" and c.lemma_.lower() in CULPABLE
                                                    for c in judged.children)


def _subject_read_as_object(noun: Token) -> bool:
    """Whether a noun parsed as an object is the subject of a clause whose "that" was left out: "reaffirms an
    armed attack on its vessels would invoke its commitments" joins "would invoke" to "reaffirms" with no
    "and"; the attack is what would invoke them, a case considered, not an act of the one reaffirming."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return False
    verb = noun.head
    return any(w.dep_ == "conj" and w.i > noun.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in w.children)
               and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX for c in w.children)
               and not any(t.dep_ == "cc" and t.head.i == verb.i and noun.i < t.i < w.i for t in verb.children)
               for w in verb.children)


def _foreseen(verb: Token) -> bool:
    """Whether a verb tells what someone expects another to do ("expected Ukraine to retreat", "predict that
    Iran will attack"): a forecast by the one who expects it, and no act of the one expected; expecting to do
    something oneself ("Iran expects to sign") is an intent, read by modality."""
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.lemma_.lower() not in EXPECTING:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        or verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _reaches_clause(noun: Token) -> bool:
    """Whether a noun trigger's act is done by its clause's subject: it is the object of a light verb or
    the subject of its clause, or a modality word governs it ("the need for", "calls for", "plans for")."""
    if noun.dep_ in ("dobj", "attr", "nsubj", "appos", "conj") and noun.head.lemma_.lower() in LIGHT_VERBS:
        return True
    node = noun
    while node.dep_ in ("pobj", "prep", "dobj", "compound", "conj", "dep") and node.head.i != node.i:
        below, node = node, node.head
        lemma = node.lemma_.lower()
        if lemma in INTEND | REQUEST | THREATEN | REFUSE | {"need", "plan", "readiness", "willingness", "call"}:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return lemma in LIGHT_VERBS or answered_with(node, below)   # "responded with gunfire"
    return False
