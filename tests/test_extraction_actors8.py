"""Actors the resolver missed: the speaker of a statement that says "we", a state's police or guard told by a
description or named again without its state, and the people such a force coerces."""

from __future__ import annotations

from extracts import read, summary


def test_a_statement_whose_state_announces_its_steps_speaks_for_it() -> None:
    # no verb in the simple present names the speaker, but "Canada will ..." does: "we" is Canada
    text = ("Today, Canada designated three officials of the Eritrean government. Canada will respond to any "
            "further abuses. We condemn the detention of the journalists.")
    assert ("ACCUSE", "111", "asserted", ["Q16"], ["journalists"]) in summary(text)


def test_a_debate_that_addresses_an_hon_gentleman_is_parliament_speaking() -> None:
    # "the hon. Gentleman", "the whole House": a statement to the UK Parliament, whose "we" is the United Kingdom
    text = ("I thank the hon. Gentleman, and the whole House shares his view. We condemn Iran's attack on "
            "the tanker.")
    assert ("ACCUSE", "111", "asserted", ["Q145"], ["Q794"]) in summary(text)


def test_the_countrys_guard_is_a_body_of_the_state_the_description_names() -> None:
    mentions = {m.span.text: m.actor for m in read("Gabon faced unrest, and the country's presidential guard "
                                                   "arrested the opposition leader.").mentions if m.actor}
    guard = mentions["presidential guard"]
    assert (guard.label, guard.related.wikidata, guard.relation) == ("presidential guard of Gabon", "Q1000", "bodyOf")


def test_police_named_again_without_a_state_are_the_police_named_before() -> None:
    # "riot police" after "the Georgian police": the same body, and the people it coerces are in Georgia
    text = ("The Georgian police did not block the march. Later, riot police arrested protesters near the "
            "parliament.")
    assert ("COERCE", "173", "asserted", ["Georgian police"], ["protesters in Georgia"]) in summary(text)


def test_dissenters_with_no_state_named_are_people_of_the_state_they_protest_in() -> None:
    acts = read("About 300 ethnic Uzbeks demonstrated on Friday in Kyrgyzstan.").acts
    assert [(a.type, [(x.label, x.related and x.related.wikidata) for x in a.agents]) for a in acts] \
        == [("PROTEST", [("ethnic Uzbeks", "Q813")])]


def test_groups_of_no_state_in_a_sentence_that_names_one_state_are_its_people() -> None:
    # the rebels are Mali's, the farmers Peru's
    tied = [[(x.label, x.related and x.related.wikidata) for x in a.targets] for a in read(
        "The Malian government accused northern rebels of breaking the truce.").acts]
    assert tied == [[("northern rebels", "Q912")]]
    tied = [[(x.label, x.related and x.related.wikidata) for x in a.agents] for a in read(
        "Angry farmers accused the Peruvian government of neglect.").acts]
    assert tied == [[("Angry farmers", "Q419")]]
    # other states are not the people of the one state named
    acts = read("Canada urged countries to send more monitors.").acts
    assert all(x.related is None for a in acts for x in a.agents + a.targets if x.kind == "Group")


def test_a_titled_person_of_no_known_state_belongs_to_the_one_state_named_unless_aimed_at_it() -> None:
    def agents(text: str) -> list:
        return [[(x.label, x.related and x.related.wikidata) for x in a.agents] for a in read(text).acts]
    assert agents("General Tomas Verhoeven resigned to allow Suriname's first free elections.") \
        == [[("Tomas Verhoeven", "Q730")]]
    # a state the act is aimed at is a counterpart, not the person's own
    assert agents("President Tomas Verhoeven threatened further action against Chile.") == [[("Tomas Verhoeven", None)]]
