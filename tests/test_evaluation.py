"""accord evaluate: reading both gold formats, matching acts and actors, and printing the same bytes each run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord import gazetteer as gz
from accord.cli import main
from accord.documents import Document
from accord.errors import InputError
from accord.evaluation import evaluate, load, render_json, render_table
from accord.extract import extract, extract_many

DATA = Path(__file__).resolve().parent / "data" / "evaluation"
GSR, PASSAGES = DATA / "gsr.json", DATA / "passages"


def test_gsr_records_map_cameo_country_codes_to_wikidata_ids() -> None:
    gold = load(GSR, gz.default())
    assert len(gold.passages) == 3                     # the DOCUMENT record is skipped
    sanction, demand, agree = gold.passages
    assert sanction.state_level and sanction.acts[0].type == "SANCTION"
    assert [a.wikidata for a in sanction.acts[0].agents] == ["Q17"]      # CAMEO's JAP is Japan
    assert [a.wikidata for a in sanction.acts[0].targets] == ["Q159"]
    assert demand.acts[0].type == "REQUEST" and demand.acts[0].agents[0].wikidata is None   # DEMAND, a sector code
    assert agree.acts[0].targets == ()                 # an empty string stands for no target


def test_gsr_scores_by_type_with_officials_counted_as_their_state() -> None:
    (report,) = evaluate([GSR])
    sanction, request, agree = (report.by_type[t] for t in ("SANCTION", "REQUEST", "AGREE"))
    assert (sanction.gold, sanction.predicted, sanction.matched) == (1, 1, 1)   # "The Japanese government"
    assert (request.matched, request.recall) == (1, 1.0)          # matched by name, no id
    assert (agree.gold, agree.predicted, agree.recall) == (1, 0, 0.0)
    assert report.by_type["SUPPORT"].predicted == 1 and report.by_type["SUPPORT"].precision == 0.0
    assert report.errors["AGREE: read as SUPPORT"] == 1
    assert round(report.macro_f1, 3) == 0.667 and (report.actors_matched, report.actors_gold) == (2, 3)


def test_passage_files_score_acts_modality_and_actors() -> None:
    (report,) = evaluate([PASSAGES])
    assert report.passages == 2
    assert report.by_type["SANCTION"].f1 == 1.0 and report.by_type["SANCTION"].modality_accuracy == 1.0
    assert report.by_type["ACCUSE"].matched == 1              # an actor without an id, matched by name
    assert report.by_type["THREATEN"].recall == 0.0
    assert report.overall.modality_accuracy == 1.0
    assert (report.actor_precision, report.actor_recall) == (1.0, 1.0)


def test_output_is_the_same_bytes_on_every_run() -> None:
    first = render_json(evaluate([GSR, PASSAGES]))
    assert first == render_json(evaluate([GSR, PASSAGES], processes=2))
    assert json.loads(first)[0]["types"]["SANCTION"]["f1"] == 1.0
    table = render_table(evaluate([GSR]))
    assert table.startswith(f"== {GSR} (3 passages)\ntype ") and "macro-F1" in table


def test_cli_prints_the_table_and_rejects_bad_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(PASSAGES), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["passages"] == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"text": "x", "acts": [{"type": "GREET"}]}', encoding="utf-8")
    assert main(["evaluate", str(bad)]) == 2
    assert capsys.readouterr().err.startswith("error: ")
    assert main(["evaluate", str(tmp_path / "missing.json")]) == 2


@pytest.mark.parametrize("content", ["not json", '{"text": 1, "acts": []}', '[{"no": "event"}]',
                                     '{"text": "x", "acts": [], "actors": [{"label": "A", "wikidata": "P31"}]}'])
def test_malformed_gold_is_an_input_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError):
        load(path, gz.default())


def test_extract_many_equals_extract_one_by_one() -> None:
    texts = ["Japan imposed sanctions on Russia.", "France praised Chile.", "Iran threatened Iraq.",
             "Kim and Putin met in Vladivostok."]
    documents = [Document.from_text(t, id=f"d{n}") for n, t in enumerate(texts)]
    expected = [extract(d) for d in documents]
    assert extract_many(documents) == expected
    assert extract_many(documents, processes=2, batch_size=2) == expected


def _act(kind: str, agents: tuple, targets: tuple, start: int):
    from accord.extract import Act, ActorRef, Span
    ref = lambda label: ActorRef(label, "Person")  # noqa: E731
    return Act(kind, "040", "asserted", tuple(map(ref, agents)), tuple(map(ref, targets)),
               Span("x", 0, 1), Span("met", start, start + 3))


def test_a_joint_act_read_once_per_party_is_one_act_and_names_match_without_initials() -> None:
    from accord.evaluation.gold import GoldAct, GoldActor, GoldSet, Passage
    from accord.evaluation.score import score
    from accord.extract import Extraction
    a, b = GoldActor("Lloyd Austin"), GoldActor("Richard Marles")
    gold = GoldSet("t", (Passage("p", "x", (GoldAct("CONSULT", (a, b), (b, a)),), ()),))
    document = Document.from_text("x", id="t")
    # the same trigger read in both directions: one act, matched; the text form has a middle initial
    both = [_act("CONSULT", ("Lloyd J. Austin III",), ("Richard Marles",), 10),
            _act("CONSULT", ("Richard Marles",), ("Lloyd J. Austin III",), 10)]
    report = score(gold, [Extraction(document, tuple(both))], gz.default())
    assert (report.overall.predicted, report.overall.matched, report.overall.precision) == (1, 1, 1.0)
    # another trigger saying the same is a second act, and spurious
    again = both + [_act("CONSULT", ("Richard Marles",), ("Lloyd J. Austin III",), 40)]
    report = score(gold, [Extraction(document, tuple(again))], gz.default())
    assert (report.overall.predicted, report.overall.matched) == (2, 1)
    # a directed gold act is not met by its reverse
    directed = GoldSet("t", (Passage("p", "x", (GoldAct("CONSULT", (a,), (b,)),), ()),))
    report = score(directed, [Extraction(document, tuple(both))], gz.default())
    assert (report.overall.predicted, report.overall.matched) == (2, 1)
