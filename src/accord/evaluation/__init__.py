"""How well extraction reads gold-annotated text: `evaluate` runs it and scores, `render` prints the scores.

>>> from accord.evaluation.score import normalise
>>> normalise("the European Union")
'european union'
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import gazetteer as gz
from ..documents import Document
from ..extract import extract_many
from .gold import GoldSet, load
from .score import Counts, Report, score

__all__ = ["evaluate", "load", "render_table", "render_json", "Report", "GoldSet"]


def evaluate(paths: list[Path], *, processes: int = 1) -> list[Report]:
    """Score the extractor on each gold file or folder (a GSR file, a passage file, a folder of them)."""
    gazetteer = gz.default()
    reports = []
    for path in paths:
        gold = load(Path(path), gazetteer)
        documents = [Document.from_text(p.text, id=f"gold-{n}", title=p.title, url=p.url, published=p.published)
                     for n, p in enumerate(gold.passages)]
        reports.append(score(gold, extract_many(documents, processes=processes), gazetteer))
    return reports


def _pct(value: float | None) -> str:
    return "     -" if value is None else f"{value:6.3f}"


def render_table(reports: list[Report], *, errors: int = 10) -> str:
    """The scores as plain-text tables, one per gold set, with the most frequent errors under each."""
    lines: list[str] = []
    header = f"{'type':<10} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'typeF1':>6} {'modal':>6}"
    for report in reports:
        lines.append(f"== {report.name} ({report.passages} passages)")
        if not report.passages:
            lines.append("no passages")
            lines.append("")
            continue
        lines.append(header)
        rows = [(t, report.by_type[t]) for t in report.types] + [("overall", report.overall)]
        for name, c in rows:
            lines.append(f"{name:<10} {c.gold:>5} {c.predicted:>5} {_pct(c.precision)} {_pct(c.recall)} "
                         f"{_pct(c.f1)} {_pct(c.type_f1)} {_pct(c.modality_accuracy)}")
        lines.append(f"macro-F1 over gold types: acts {report.macro_f1:.3f}, PLOVER type alone {report.macro_type_f1:.3f}")
        lines.append(f"actors named by acts and alliances, by Wikidata id: precision {report.actor_precision:.3f} "
                     f"({report.actors_matched}/{report.actors_predicted}), recall (accuracy) "
                     f"{report.actor_recall:.3f} ({report.actors_matched}/{report.actors_gold})")
        lines.append(f"actors found in the text, by Wikidata id: precision {report.found_precision:.3f} "
                     f"({report.found_matched}/{report.found_predicted}), recall (accuracy) "
                     f"{report.found_recall:.3f} ({report.found_matched}/{report.actors_gold})")
        if errors and report.errors:
            lines.append("most frequent errors: " + "; ".join(
                f"{kind} ×{count}" for kind, count in list(report.errors.items())[:errors]))
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _counts_json(c: Counts) -> dict:
    return {"gold": c.gold, "predicted": c.predicted, "matched": c.matched, "precision": round(c.precision, 4),
            "recall": round(c.recall, 4), "f1": round(c.f1, 4), "type_f1": round(c.type_f1, 4),
            "modality_accuracy": None if c.modality_accuracy is None else round(c.modality_accuracy, 4)}


def render_json(reports: list[Report]) -> str:
    """The scores as one JSON document (keys sorted, so the same scores print the same bytes)."""
    out = []
    for r in reports:
        out.append({
            "gold": r.name, "passages": r.passages,
            "types": {t: _counts_json(r.by_type[t]) for t in r.types},
            "overall": _counts_json(r.overall),
            "macro_f1": round(r.macro_f1, 4), "macro_type_f1": round(r.macro_type_f1, 4),
            "actors": {"gold": r.actors_gold, "predicted": r.actors_predicted,
                       "precision": round(r.actor_precision, 4), "recall": round(r.actor_recall, 4)},
            "actors_found": {"gold": r.actors_gold, "predicted": r.found_predicted,
                             "precision": round(r.found_precision, 4), "recall": round(r.found_recall, 4)},
            "errors": r.errors,
        })
    return json.dumps(out, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
