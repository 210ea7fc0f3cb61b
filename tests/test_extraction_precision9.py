"""Acts the extractor used to find where the text tells none: precision fixes, round nine."""

from __future__ import annotations

from extracts import read


def _types(text: str) -> list[tuple[str, list[str]]]:
    return [(a.type, sorted(x.label for x in a.targets)) for a in read(text).acts]


def test_a_commitment_to_a_cause_is_no_support_for_anyone() -> None:
    text = ("The Foreign Minister of Norway renewed Norway's commitment to a negotiated settlement "
            "and discussed Chile.")
    assert not [a for a in read(text).acts if a.type == "SUPPORT"]
    assert not [a for a in read("Both governments reaffirmed their commitment to lasting peace.").acts
                if a.type == "SUPPORT"]


def test_support_for_an_actor_or_its_cause_is_still_support() -> None:
    assert ("SUPPORT", ["Chile"]) in _types("Norway reaffirmed its commitment to Chile.")
    assert [t for t, _ in _types("Norway reaffirmed its support for Chile's sovereignty.")] == ["SUPPORT"]


def test_a_running_total_of_aid_told_before_is_no_new_act() -> None:
    told = "Norway will give $20 million in humanitarian assistance to refugees in Chad. "
    assert len([a for a in read(told).acts if a.type == "AID"]) == 1
    for tally in ("This brings total Norwegian humanitarian assistance for refugees in Chad to $60 million.",
                  "Norway's assistance includes $5 million from the Norwegian Refugee Council."):
        assert len([a for a in read(told + tally).acts if a.type == "AID"]) == 1, tally


def test_what_someone_is_arrested_for_is_no_act_of_theirs() -> None:
    acts = read("Peruvian police arrested Chilean activist Marta Rojas for allegedly attacking Peru's consulate.").acts
    assert [a.type for a in acts] == ["COERCE"]


def test_the_threat_that_backs_an_ultimatum_is_that_ultimatum() -> None:
    text = ("The African Union issued an ultimatum on Sunday, giving the military officers in Mali ten days to "
            "reinstate Amadou Diallo, with the threat of international sanctions and use of force.")
    assert len([a for a in read(text).acts if a.type == "THREATEN"]) == 1


def test_protesters_against_their_own_state_are_its_people() -> None:
    acts = [a for a in read("Hundreds of farmers marched in Chile on Friday.").acts if a.type == "PROTEST"]
    assert [(x.related.label if x.related else None) for a in acts for x in a.agents] == ["Chile"]
    acts = [a for a in read("Teachers began a hunger strike to demand the resignation of Chilean President "
                            "Tomas Ruiz.").acts if a.type == "PROTEST"]
    assert [(x.related.label if x.related else None) for a in acts for x in a.agents] == ["Chile"]
    acts = [a for a in read("Students protested the sending of troops to Chile.").acts if a.type == "PROTEST"]
    assert all(x.related is None for a in acts for x in a.agents)
