"""Actors the resolver tied wrongly or missed: a list the parser hangs on an apposition, a name after a title that
the recogniser misses or reads with the title, the speaker of a debate whose title alone says so, a request's
addressee after a particle, an American secretary, signatories named after they are referred to, and the topic of
a discussion between two who met, and whom a request or an act that names no one is aimed at."""

from __future__ import annotations

from accord.documents import Document
from accord.extract import extract
from extracts import read, summary


def test_a_list_the_parser_reads_as_an_apposition_names_its_members() -> None:
    # the parser makes "Israel" an apposition of "conservatives" and the rest its conjuncts: the list does it,
    # not the state of the first item's modifier
    text = "Critics attacked the plan, while British conservatives, Israel, Morocco and allies have backed it."
    assert [a for t, _, _, a, _ in summary(text) if t == "SUPPORT"] == [["Q801", "Q1028", "allies"]]


def test_a_name_after_a_states_title_is_that_states_official_when_the_recogniser_misses_it() -> None:
    # the recogniser reads no person in "Ethiopian Prime Minister Abiy": the title still names one, and "his"
    # is that person, not someone named earlier
    text = ("Kenya praised former President Kenyatta. We note the speech of Ethiopian Prime Minister Abiy "
            "calling for calm and support his plan.")
    mentions = [(m.span.text, m.actor.label, m.actor.related and m.actor.related.wikidata)
                for m in read(text).mentions if m.actor]
    assert ("Ethiopian Prime Minister Abiy", "Abiy", "Q115") in mentions
    assert ("his", "Abiy", "Q115") in mentions


def test_the_title_of_a_debates_record_makes_we_the_united_kingdom() -> None:
    # nothing in the text addresses the House; the title says it is the Commons' record of a debate
    text = "We condemn the seizure of the tanker by Iran."
    title = "Shipping in the Gulf, House of Commons, Volume 731, debated on Monday 3 April 2023"
    acts = extract(Document.from_text(text, id="t", title=title, published="2023-04-03")).acts
    assert [(a.type, [x.wikidata for x in a.agents]) for a in acts] == [("ACCUSE", ["Q145"])]
    assert [a.agents for a in read(text).acts if a.agents and a.agents[0].wikidata == "Q145"] == []


def test_a_call_on_whose_on_the_parser_reads_as_a_particle_is_addressed_to_its_object() -> None:
    # "on" as the particle of "call", "every nation" its object: the request is to every nation, not to Syria
    text = ("Mr Speaker, the Security Council will vote later today, and we call on every nation to join us in "
            "condemning Syria.")
    assert ("REQUEST", "020", "requested", ["Q145"], ["every nation"]) in summary(text)


def test_the_bare_title_secretary_before_a_name_is_an_american_cabinet_secretary() -> None:
    mentions = [(m.span.text, m.actor.related and m.actor.related.wikidata) for m in read(
        "Secretary Hallworth travelled to Nairobi on Monday and met with the President of Kenya.").mentions
        if m.actor]
    assert ("Hallworth", "Q30") in mentions


def test_the_signatories_named_only_in_the_next_sentence_are_its_subjects() -> None:
    # the recogniser reads "Hamas Spokesperson Karim Farouk" as one person; the name is the words after the title
    text = ("Secretary Hallworth met with the signatories of the Doha Peace Agreement. Government of Sudan Envoy "
            "Omar Hassan and Hamas Spokesperson Karim Farouk described the progress made since March.")
    assert [(a.type, [x.label for x in a.targets]) for a in read(text).acts] \
        == [("CONSULT", ["Sudan", "Omar Hassan", "Hamas", "Karim Farouk"])]


def test_what_two_who_met_discussed_is_their_meeting_not_a_meeting_with_the_states_in_its_topic() -> None:
    text = ("Secretary of State Antony J. Blinken spoke today with Irish Foreign Minister Micheál Martin. The two "
            "also discussed ongoing talks between Serbia and Kosovo.")
    consults = [(a, t) for kind, _, _, a, t in summary(text) if kind == "CONSULT"]
    assert (["Antony J. Blinken", "Micheál Martin"], ["Q403", "Q1246"]) not in consults
    assert (["Antony J. Blinken"], ["Micheál Martin"]) in consults


def test_two_coordinated_support_nouns_of_one_agent_are_one_act_toward_both() -> None:
    # the parser joins "solidarity" to "NATO"; the commitment and the solidarity are one act of support
    text = "Mr Speaker, last week I was in Vilnius reaffirming our commitment to NATO and our solidarity with Moldova."
    assert [(t, a, tt) for t, _, _, a, tt in summary(text)] == [("SUPPORT", ["Q145"], ["Q7184", "Q217"])]


def test_a_request_naming_no_one_asks_those_its_agent_addressed_just_before() -> None:
    text = ("Canada commends Armenia and Azerbaijan for the progress on the border talks. Canada urges continued "
            "restraint, including by withdrawing heavy weapons to protect civilians.")
    assert ("REQUEST", "020", "requested", ["Q16"], ["Q399", "Q227"]) in summary(text)


def test_an_act_naming_no_one_after_an_agreement_is_toward_the_other_party() -> None:
    text = ("Peru and Chile agreed on a trade deal on Monday. Concurrently, Chile agreed to suspend plans for "
            "annexing the disputed islands.")
    assert ("CONCEDE", "0832", "intended", ["Q298"], ["Q419"]) in summary(text)
