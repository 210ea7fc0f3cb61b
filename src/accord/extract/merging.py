"""What a sentence tells twice or only around an act: one act told by two clauses, a meeting a readout
already told, a protest's demands, an attack's consequences and an act's purpose."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from .. import gazetteer as gz
from .mentions import Resolution
from .records import Act, ActorRef
from .syntax import infinitive, purposed_deed
from .unnamed import ARMED_FORCES, BUILD_UP

# nouns that name a build-up as a whole: told again, they are the build-up told before, no step of it
BUILD_UP_NOUNS = {"buildup", "build-up", "deployment", "mobilization", "mobilisation"}


def same_meeting(acts: list[Act]) -> list[Act]:
    """Drop what people discussed at a meeting or call the text has already told ("X spoke with Y. X and Y
    discussed ..."): a readout's discussion is that meeting, not another one."""
    met: list[set[str]] = []
    out = []
    for act in acts:
        people = {a.key for a in act.agents + act.targets}
        if act.type == "CONSULT" and act.modality == "asserted":
            # an organisation among the targets is what they discussed ("discussed the Arctic Council")
            parties = {a.key for a in act.agents} | {a.key for a in act.targets if a.kind in (gz.PERSON, gz.STATE)}
            # "The two also discussed negotiations between Armenia and Azerbaijan": the two who met are the
            # discussion's parties, the states in what they discussed are its topic
            together = {a.key for a in act.agents} if len(act.agents) > 1 else None
            if act.trigger.text.lower().startswith("discuss") \
                    and any(parties <= earlier or together and together <= earlier for earlier in met):
                continue
            met.append(people)
        out.append(act)
    return out


def drop_restated(acts: list[Act]) -> list[Act]:
    """Drop an act with no target that an earlier sentence already told with one: "Russia invaded Ukraine ...
    Putin's invasion is not going to plan" tells the invasion once; the later mention adds no act. A further step
    of a build-up told before ("an increase in troop numbers") is news, aimed where the build-up was. A more
    specific code ("agreed to cooperate ... addressed the need for a peaceful resolution") is an act of its own."""
    out: list[Act] = []
    for act in acts:
        agents = _sides(act.agents)
        earlier = [o for o in out if o.cameo == act.cameo and o.targets and o.evidence.start < act.evidence.start
                   and agents & _sides(o.agents)]
        if not act.targets and earlier and act.cameo in BUILD_UP and act.trigger.text.lower() not in BUILD_UP_NOUNS:
            # "110 battalions massed around Ukraine's borders ... a continued increase in troop numbers": a build-up
            # grows by steps, each one news, aimed where the build-up told before was
            out.append(replace(act, targets=earlier[-1].targets))
            continue
        if not act.targets and earlier:
            continue
        if _solidarity_again(act, out):
            continue
        out.append(act)
    return out


def _sides(actors: tuple[ActorRef, ...]) -> set[str]:
    """The actors and the states whose armed forces they are: "Serbian military forces" are on Serbia's side (a
    movement merely tied to a state, "a Pakistan-based group", is not)."""
    return {a.key for a in actors} | {a.related.key for a in actors if a.related is not None and a.kind == gz.GROUP
                                      and a.label.split()[-1].lower() in ARMED_FORCES}


def _solidarity_again(act: Act, earlier: list[Act]) -> bool:
    """Whether an act stands with a people its agent already helped or supported: "The United States
    announced $400 million for people in need in Sudan ... continues to stand with the people of Sudan" tells
    that support again."""
    peoples = {a.related.key for a in act.targets if a.kind == gz.GROUP and a.related is not None}
    if act.type != "SUPPORT" or not act.targets or len(peoples) != 1 \
            or any(a.kind != gz.GROUP or a.related is None for a in act.targets):
        return False
    agents = {a.key for a in act.agents}
    return any(o.type in ("SUPPORT", "AID") and agents & {a.key for a in o.agents}
               and any(t.key in peoples or t.related is not None and t.related.key in peoples for t in o.targets)
               for o in earlier)


def drop_told_around(res: Resolution, acts: list[tuple[int, Act]]) -> list[tuple[int, Act]]:
    """Drop what a sentence tells only around another act: a protest's demands, an attack's consequences, a
    running total of aid, the threat that backs an ultimatum."""
    return drop_backing(res, drop_tallies(res, drop_consequences(res, drop_protest_purposes(res, acts))))


def drop_protest_purposes(res: Resolution, acts: list[tuple[int, Act]]) -> list[tuple[int, Act]]:
    """"Students demonstrated to demand reforms": the demand is what the protest is for, not an act of its own
    (CAMEO 141x/142x "demonstrate for ...")."""
    protests = {i for i, act in acts if act.type == "PROTEST"}
    protests |= {res.doc[i].head.i for i in protests if res.doc[i].dep_ == "dobj"}   # "staged demonstrations"
    kept = []
    for i, act in acts:
        if act.type == "REQUEST" and _under_protest(res.doc[i], protests):
            continue
        kept.append((i, act))
    return kept


def _under_protest(token: Token, protests: set[int]) -> bool:
    """Whether a demand is what a protest is for: "staged demonstrations to demand reforms", "blocked roads to
    press their demands", "joined demonstrators in demanding", "staged rallies, saying he must resign"."""
    node = token
    for _ in range(4):
        if node.dep_ not in ("advcl", "xcomp", "acl", "conj", "dobj", "pobj", "prep", "pcomp", "ccomp") \
                or node.head.i == node.i:
            return False
        node = node.head
        if node.i in protests:
            return True
    return False


def drop_consequences(res: Resolution, acts: list[tuple[int, Act]]) -> list[tuple[int, Act]]:
    """"Rebels shelled the city, killing 20 people": a participle clause that tells what an attack did is that
    attack, not another, and one that tells what rioters did ("rioted, setting fire to ...") is the riot; "opened the bridge to allow deliveries": a purpose clause is what the act is for."""
    types = {i: act.type for i, act in acts}
    # "launched rocket fire ..., killing six": the participle tells what the act the verb's object names did
    launched = {res.doc[i].head.i: t for i, t in types.items() if res.doc[i].dep_ == "dobj"}
    kept = []
    for i, act in acts:
        token = res.doc[i]
        head = token.head.i
        if token.dep_ == "advcl" and token.tag_ == "VBG" and head not in types and launched.get(head) == act.type:
            continue
        if token.dep_ == "advcl" and head in types and head != i and (
                token.tag_ == "VBG" and types[head] == act.type
                or token.tag_ == "VBG" and types[head] == "PROTEST" and act.type in ("ASSAULT", "COERCE")
                or infinitive(token)
                and purposed_deed(token) is None):
            continue                                     # "rioted, setting fire to mattresses": the riot
        kept.append((i, act))
    return kept


def merge(doc: Doc, acts: list[tuple[int, Act]]) -> list[Act]:
    """Join what one sentence tells twice: the same type, code and modality toward the same targets (its
    agents are joined), the same type and modality by the same agents through two coordinated nouns ("our
    commitment to NATO and our solidarity with Ukraine": its targets are joined), or the same participants (the
    more specific act is kept)."""
    kept: list[tuple[int, Act]] = []
    for trigger, act in acts:
        for n, (other_trigger, other) in enumerate(kept):
            if other_trigger == trigger or other.evidence != act.evidence or other.type != act.type:
                continue
            if other.modality == act.modality and other.agents == act.agents and act.agents \
                    and _coordinated_nouns(doc[other_trigger], doc[trigger]):
                targets = other.targets + tuple(t for t in act.targets if t not in other.targets)
                kept[n] = (other_trigger, replace(other, targets=targets))
                break
            if other.cameo == act.cameo and other.modality == act.modality and set(other.targets) == set(act.targets) \
                    and act.targets:
                agents = other.agents + tuple(a for a in act.agents if a not in other.agents)
                kept[n] = (other_trigger, replace(other, agents=agents))
                break
            if set(other.agents + other.targets) == set(act.agents + act.targets) and other.modality == act.modality:
                if _specificity(act) > _specificity(other):
                    kept[n] = (trigger, act)
                break
        else:
            kept.append((trigger, act))
    return [act for _, act in sorted(kept, key=lambda pair: (pair[1].evidence.start, pair[0]))]


def _coordinated_nouns(first: Token, second: Token) -> bool:
    """Whether two noun triggers are conjuncts of one phrase ("our commitment to X and our solidarity with Y"),
    also where the parser joins the second to the first's object ("NATO and our solidarity")."""
    return first.pos_ == second.pos_ == "NOUN" and second.dep_ == "conj" \
        and (second in first.conjuncts or second.head in first.subtree)


def _specificity(act: Act) -> tuple[int, int]:
    return (act.location is not None, len(act.cameo))


# words that make an aid noun a running sum: "brings total U.S. assistance to $95 million"
TALLY = {"total", "cumulative", "overall"}
# verbs whose subject is aid broken down into its parts: "USAID's assistance includes $175 million from ..."
BREAKDOWN = {"include", "comprise"}


def drop_tallies(res: Resolution, acts: list[tuple[int, Act]]) -> list[tuple[int, Act]]:
    """Drop aid a document sums up or breaks down after telling it: "This $48 million brings total U.S.
    humanitarian assistance to $95 million" or "the assistance includes $175 million from ..." adds up aid
    already told, and gives no new act (only once some aid has been told before)."""
    kept = []
    for i, act in acts:
        token = res.doc[i]
        if act.type == "AID" and token.pos_ == "NOUN" and _tallied(token) \
                and any(o.type == "AID" and o.evidence.start < act.evidence.start for _, o in acts):
            continue
        kept.append((i, act))
    return kept


def _tallied(noun: Token) -> bool:
    return any(t.lemma_.lower() in TALLY for left in noun.lefts for t in left.subtree) \
        or noun.dep_ == "nsubj" and noun.head.lemma_.lower() in BREAKDOWN


def drop_backing(res: Resolution, acts: list[tuple[int, Act]]) -> list[tuple[int, Act]]:
    """Drop an act noun in a "with" phrase of the clause that tells the same act by the same agents: "issued an
    ultimatum ..., giving the coup leaders a week to reinstate X, with the threat of sanctions" is one threat,
    aimed at those the ultimatum names, not a second one aimed at whoever stands nearest the noun."""
    told = {i: act for i, act in acts}
    kept = []
    for i, act in acts:
        clauses = _clauses_backed(res.doc[i])
        if any(j != i and j in told and told[j].type == act.type and told[j].agents == act.agents
               for c in clauses for j in (c.i, *(d.i for d in c.children if d.dep_ == "dobj"))):
            continue
        kept.append((i, act))
    return kept


def _clauses_backed(noun: Token) -> list[Token]:
    """The verbs a noun in a "with" phrase backs: the phrase's verb and the verbs it hangs from."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "with" or noun.head.head.pos_ != "VERB":
        return []
    verbs = [noun.head.head]
    while verbs[-1].dep_ in ("advcl", "conj", "xcomp") and verbs[-1].head.i != verbs[-1].i:
        verbs.append(verbs[-1].head)
    return verbs
