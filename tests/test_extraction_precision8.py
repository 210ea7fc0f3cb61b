"""Acts the extractor used to find where the text tells none, or tells one already found: precision fixes."""

from __future__ import annotations

from extracts import read, summary as _summary


def summary(text: str) -> list[tuple]:
    return _summary(text, by_label=True)


def test_attribution_line_before_a_blank_line_is_its_own_sentence() -> None:
    text = "The following may be quoted from Spokeswoman Dana Whitfield:\n\nSecretary Blinken met Japan's foreign minister."
    acts = read(text).acts
    assert acts and all("Whitfield" not in x.label for a in acts for x in a.agents + a.targets)
    assert all(a.evidence.text.startswith("Secretary Blinken") for a in acts)


def test_the_two_officials_are_the_two_people_named_before() -> None:
    text = ("Defence Minister Ana Souza met Foreign Minister Lars Berg in Oslo. "
            "The two officials condemned North Korea's missile launches.")
    acts = [a for a in read(text, None).acts if a.type == "ACCUSE"]
    assert [sorted(x.label for x in a.agents) for a in acts] == [["Ana Souza", "Lars Berg"]]


def test_what_a_statement_responds_to_is_its_occasion_not_news() -> None:
    assert summary("Responding to the Chinese blockade, Japan summoned the ambassador of China.") \
        == summary("Japan summoned the ambassador of China.")
    assert not [a for a in read("A coalition was formed in May to respond to Iranian attacks on shipping.").acts
                if a.type == "ASSAULT"]
