"""make bench: synthetic graphs at several sizes, pyoxigraph (memory, disk) beside rdflib's Memory store.

Each case runs in its own process (case.py) under a time budget; what a case did not finish is reported as
skipped. Writes bench/results.json and bench/results.md.

Usage: python scripts/bench/run.py [--sizes 10000,100000,1000000] [--budget SECONDS] [--rdflib-budget SECONDS]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

import synth

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench"
CASE = Path(__file__).resolve().parent / "case.py"
# This checkout's accord, not whichever one the environment installed (an editable install of another worktree).
CASE_PATH = os.pathsep.join([str(CASE.parent), str(ROOT / "src"), *filter(None, [os.environ.get("PYTHONPATH")])])
ENGINES = ("oxigraph-memory", "oxigraph-disk", "rdflib-memory")
PLOVER = ROOT.parent / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.json"
# Parameters as a user would pass them: the most frequent actors, a common type, a document, one of its acts.
PARAMS = {"allies_of": {"actor": "Q159"}, "acts_by_actor": {"actor": "Q30"}, "acts_against_actor": {"actor": "Q159"},
          "actor_profile": {"actor": "Q30"}, "acts_by_type": {"type": "THREATEN"},
          "acts_by_quad_class": {"quad": "material-conflict"}, "acts_in_document": {"document": "synthetic-000003"},
          "leader_on_date": {"state": "Q159", "date": "2020-01-01"}, "leaders_over_time": {"actor": "Q159"},
          "network": {"actor": "Q159"}}
_ACT = re.compile(rb"^(<https://w3id\.org/accord/id/act/synthetic-000003/[^>]*>) <https://w3id\.org/accord/ontology#evidence>",
                  re.MULTILINE)


def params_for(path: Path) -> dict:
    """The stored queries' parameters for the synthetic graph in `path`: PARAMS, and one act of a document."""
    act = _ACT.search(path.read_bytes())
    return {**PARAMS, "act_evidence": {"act": act.group(1).decode()[1:-1]}}


def run_case(args: list[str], budget: float) -> tuple[list[dict], bool]:
    """Run case.py with `args`; the records it printed, and whether it finished within `budget` seconds."""
    proc = subprocess.Popen([sys.executable, str(CASE), *args], stdout=subprocess.PIPE, text=True,
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": CASE_PATH})
    try:
        out, _ = proc.communicate(timeout=budget)
        finished = proc.returncode == 0
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
        finished = False
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")], finished


def corpus(path: Path, copies: int) -> int:
    """Real text for the ingest rate: the PLOVER gold sentences in documents of six, and the sample."""
    texts = [(ROOT / "data" / "documents" / "north-korea-russia-alliance.md").read_text(encoding="utf-8")]
    if PLOVER.exists():
        sentences = [r["text"] for r in json.loads(PLOVER.read_text(encoding="utf-8")) if r.get("text")]
        texts += [" ".join(sentences[i:i + 6]) for i in range(0, len(sentences), 6)]
    docs = [{"id": f"real-{c}-{n}", "text": t} for c in range(copies) for n, t in enumerate(texts)]
    path.write_text(json.dumps(docs), encoding="utf-8")
    return len(docs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--budget", type=float, default=600, help="seconds per pyoxigraph case")
    parser.add_argument("--rdflib-budget", type=float, default=300, help="seconds per rdflib case")
    parser.add_argument("--reps", type=int, default=20)
    opts = parser.parse_args()
    data = OUT / "data"
    data.mkdir(parents=True, exist_ok=True)
    results: dict = {"when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                     "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "load_average_at_start": os.getloadavg()[0]},
                     "sizes": {}, "ingest": [], "skipped": []}
    for size in (int(s) for s in opts.sizes.split(",")):
        path = data / f"synthetic-{size}.nq"
        if not path.exists():
            synth.write(size, path)
        params = params_for(path)
        params_file = data / "params.json"
        params_file.write_text(json.dumps(params))
        cases = {}
        for engine in ENGINES:
            budget = opts.rdflib_budget if engine.startswith("rdflib") else opts.budget
            reps = opts.reps if not engine.startswith("rdflib") else 5
            print(f"bench: {size:,} triples, {engine} …", file=sys.stderr, flush=True)
            records, finished = run_case([engine, str(path), str(params_file), str(reps), str(budget / 20)], budget)
            cases[engine] = records
            if not finished:
                done = {r["name"] for r in records if r["kind"] == "query"}
                results["skipped"].append({"size": size, "engine": engine, "budget_s": budget,
                                           "loaded": any(r["kind"] == "load" for r in records),
                                           "queries_done": len(done)})
        results["sizes"][size] = cases
    corpus_file = data / "corpus.json"
    n = corpus(corpus_file, copies=3)
    for jobs in (1, 2):
        print(f"bench: ingest {n} real documents, --jobs {jobs} …", file=sys.stderr, flush=True)
        records, _ = run_case(["ingest", str(corpus_file), str(jobs)], opts.budget)
        results["ingest"] += records
    (OUT / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    (OUT / "results.md").write_text(markdown(results), encoding="utf-8")
    print((OUT / "results.md").read_text(encoding="utf-8"))


def _by_kind(records: list[dict], kind: str) -> list[dict]:
    return [r for r in records if r["kind"] == kind]


def markdown(results: dict) -> str:
    lines = [f"# accord benchmark ({results['when']})", "",
             f"{results['machine']['cpus']} CPUs, Python {results['machine']['python']}, load average "
             f"{results['machine']['load_average_at_start']:.1f} at the start (a shared machine: other work ran "
             "beside the benchmark, so the times are upper bounds).", ""]
    lines += ["## Load and memory", "", "Load: the median of the loads timed (each into a fresh store), every load's "
              "seconds beside it.", "", "| triples | engine | load s | triples/s | each load, s | peak MB |",
              "|---|---|---|---|---|---|"]
    for size, cases in results["sizes"].items():
        for engine, records in cases.items():
            load, mem = _by_kind(records, "load"), _by_kind(records, "memory")
            loaded = (f"{load[0]['seconds']:.2f} | {load[0]['rate']:,.0f} | "
                      + ", ".join(f"{t:.2f}" for t in load[0].get("runs", [load[0]["seconds"]]))
                      if load else "skipped | – | –")
            peak = f"{mem[-1]['peak_mb']:.0f}" if mem else "–"
            lines.append(f"| {int(size):,} | {engine} | {loaded} | {peak} |")
    lines += ["", "## Stored queries: p50 / p95 in ms (rows)", ""]
    for size, cases in results["sizes"].items():
        names = [r["name"] for r in _by_kind(cases.get("oxigraph-memory", []), "query")]
        lines += [f"### {int(size):,} triples", "",
                  "| query | oxigraph memory | oxigraph disk | rdflib Memory | speed-up (p50) |", "|---|---|---|---|---|"]
        ratios = []
        for name in names:
            cells = []
            found = {}
            for engine in ENGINES:
                q = next((r for r in _by_kind(cases.get(engine, []), "query") if r["name"] == name), None)
                found[engine] = q
                cells.append(f"{q['p50_ms']:.1f} / {q['p95_ms']:.1f} ({q['rows']})" if q else "skipped")
            ox_q, rl_q = found["oxigraph-memory"], found["rdflib-memory"]
            ratio = rl_q["p50_ms"] / ox_q["p50_ms"] if ox_q and rl_q and ox_q["p50_ms"] > 0 else None
            if ratio:
                ratios.append(ratio)
            lines.append(f"| {name} | " + " | ".join(cells) + f" | {f'{ratio:.1f}×' if ratio else '–'} |")
        if ratios:
            geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
            lines += ["", f"Geometric-mean speed-up over rdflib Memory on the {len(ratios)} queries both ran: "
                      f"**{geo:.1f}×**."]
        lines.append("")
    if results["ingest"]:
        lines += ["## Ingest on real text", "", "| jobs | documents | acts | seconds | documents/s | peak MB |",
                  "|---|---|---|---|---|---|"]
        ingest = _by_kind(results["ingest"], "ingest")
        mems = _by_kind(results["ingest"], "memory")
        for r, m in zip(ingest, mems):
            lines.append(f"| {r['jobs']} | {r['documents']} | {r['acts']} | {r['seconds']:.1f} | {r['rate']:.1f} | "
                         f"{m['peak_mb']:.0f} |")
        lines.append("")
    unrun = [(size, engine, r) for size, cases in results["sizes"].items() for engine, records in cases.items()
             for r in _by_kind(records, "skipped")]
    if unrun:
        lines += ["## Queries not run (no parameter values given)", ""]
        for size, engine, r in unrun:
            lines.append(f"- {int(size):,} triples, {engine}: {r['name']} ({r['reason']})")
        lines.append("")
    if results["skipped"]:
        lines += ["## Skipped (over the time budget)", ""]
        for s in results["skipped"]:
            lines.append(f"- {int(s['size']):,} triples, {s['engine']}: budget {s['budget_s']:.0f} s; loaded: "
                         f"{'yes' if s['loaded'] else 'no'}; queries finished: {s['queries_done']}")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    start = time.perf_counter()
    main()
    print(f"bench: {time.perf_counter() - start:.0f} s in all", file=sys.stderr)
