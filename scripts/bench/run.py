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


# The issue's targets on 2 cores, checked at the largest size run (through `accord serve`: make bench-serve).
LOAD_TARGETS = {"oxigraph-memory": 250_000, "oxigraph-disk": 120_000}
P50_TARGET_MS = 100.0
SPEED_UP_TARGET = 15.0
PEAK_TARGET_MB = 600.0


def _geometric_mean(values: list[float]) -> float:
    return math.exp(sum(math.log(v) for v in values) / len(values))


def _speed_ups(cases: dict) -> list[float]:
    """rdflib Memory's p50 over pyoxigraph memory's, for each query both ran."""
    ours = {r["name"]: r["p50_ms"] for r in _by_kind(cases.get("oxigraph-memory", []), "query")}
    theirs = {r["name"]: r["p50_ms"] for r in _by_kind(cases.get("rdflib-memory", []), "query")}
    return [theirs[name] / ours[name] for name in ours if name in theirs and ours[name] > 0]


def targets(results: dict) -> list[tuple[str, str, bool]]:
    """(target, what was measured, met) for each target the run measured.

    The speed-up is taken at the largest size where rdflib ran every query pyoxigraph ran, so that it is a mean
    over all the stored queries, not over the few rdflib finished in its budget.

    >>> load = {"kind": "load", "rate": 300_000.0}
    >>> query = lambda ms: [{"kind": "query", "name": "q", "p50_ms": ms}]
    >>> cases = {"oxigraph-memory": [load, *query(2.0), {"kind": "memory", "peak_mb": 400.0}],
    ...          "rdflib-memory": query(50.0)}
    >>> for row in targets({"sizes": {"1000": cases}}): print(row)
    ('load in memory ≥ 250,000 triples/s at 1,000 triples', '300,000/s', True)
    ('every stored query p50 ≤ 100 ms at 1,000 triples, oxigraph memory', 'all 1 queries', True)
    ('peak memory ≤ 600 MB at 1,000 triples, oxigraph memory', '400 MB', True)
    ('geometric-mean speed-up ≥ 15× over rdflib Memory', '25.0× over 1 queries at 1,000 triples', True)
    """
    sizes = sorted(results["sizes"], key=int)
    largest = sizes[-1]
    cases = results["sizes"][largest]
    rows = []
    for engine, target in LOAD_TARGETS.items():
        load = _by_kind(cases.get(engine, []), "load")
        if load:
            where = "in memory" if engine.endswith("memory") else "on disk"
            rows.append((f"load {where} ≥ {target:,} triples/s at {int(largest):,} triples", f"{load[0]['rate']:,.0f}/s",
                         load[0]["rate"] >= target))
    for engine in LOAD_TARGETS:
        queries = _by_kind(cases.get(engine, []), "query")
        if queries:
            over = [f"{q['name']} {q['p50_ms']:.0f} ms" for q in queries if q["p50_ms"] > P50_TARGET_MS]
            rows.append((f"every stored query p50 ≤ {P50_TARGET_MS:.0f} ms at {int(largest):,} triples, "
                         f"{engine.replace('-', ' ')}", f"over: {', '.join(over)}" if over else
                         f"all {len(queries)} queries", not over))
    for engine in LOAD_TARGETS:
        memory = _by_kind(cases.get(engine, []), "memory")
        if memory:
            peak = memory[-1]["peak_mb"]
            rows.append((f"peak memory ≤ {PEAK_TARGET_MB:.0f} MB at {int(largest):,} triples, "
                         f"{engine.replace('-', ' ')}", f"{peak:,.0f} MB", peak <= PEAK_TARGET_MB))
    speed_ups = {size: _speed_ups(results["sizes"][size]) for size in sizes}
    complete = [size for size in sizes if speed_ups[size]
                and len(speed_ups[size]) == len(_by_kind(results["sizes"][size].get("oxigraph-memory", []), "query"))]
    if complete:
        size = complete[-1]
        ups = speed_ups[size]
        mean = _geometric_mean(ups)
        rows.append((f"geometric-mean speed-up ≥ {SPEED_UP_TARGET:.0f}× over rdflib Memory",
                     f"{mean:.1f}× over {len(ups)} queries at {int(size):,} triples", mean >= SPEED_UP_TARGET))
    return rows


def markdown(results: dict) -> str:
    lines = [f"# accord benchmark ({results['when']})", "",
             f"{results['machine']['cpus']} CPUs, Python {results['machine']['python']}, load average "
             f"{results['machine']['load_average_at_start']:.1f} at the start (a shared machine: other work ran "
             "beside the benchmark, so the times are upper bounds).", ""]
    lines += ["## Targets", "", "| target | measured | met |", "|---|---|---|"]
    lines += [f"| {target} | {measured} | {'yes' if met else '**no**'} |" for target, measured, met in targets(results)]
    lines += ["", "Through `accord serve` (≤ 1.3× the in-process time): `make bench-serve`.", ""]
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
            geo = _geometric_mean(ratios)
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
