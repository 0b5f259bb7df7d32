"""spaCy baseline for the `actors` figures: spaCy's named entities scored by newsgraph's own scorer.

    python3 tests/bench/spacy_baseline.py [--data ../shared/eval] [--model en_core_web_sm]

Runs a spaCy pipeline over the MEANTIME and GUM texts, maps its entity labels to the gold types
(LABELS below), writes the mentions to tests/bench/spacy_predictions.jsonl, and scores them with
`newsgraph eval actors DATA --predictions FILE --json` (one scorer implementation, in Rust, for
both systems), saving the report as tests/bench/spacy_baseline.json. The README table takes its
baseline column from that file:

    newsgraph eval ../shared/eval --markdown --baseline tests/bench/spacy_baseline.json

Needs `pip install spacy` and the model package. spaCy's own `en_core_web_sm` wheel is not on
PyPI; where it cannot be installed the script prints a message and exits 0 (nothing changes).
`--model` takes any installed pipeline package name.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PREDICTIONS = Path("tests/bench/spacy_predictions.jsonl")
REPORT = Path("tests/bench/spacy_baseline.json")

# spaCy (OntoNotes) labels -> gold types. NORP ("Muslims", "Democrats") are groups of people,
# as GUM types them; FAC (buildings, airports) and GPE (countries, cities) are places, as both
# corpora type them. PRODUCT, EVENT, WORK_OF_ART, LAW, LANGUAGE and the numeric labels have no
# gold counterpart and are dropped.
LABELS = {
    "PERSON": "PER",
    "NORP": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
}

DATASETS = {"meantime": "meantime/documents.jsonl", "gum": "gum_wikinews/documents.jsonl"}


def load_pipeline(name: str) -> Any:
    try:
        import spacy
    except ImportError:
        return None
    try:
        return spacy.load(name, disable=["lemmatizer"])
    except OSError:
        return None


def newsgraph_bin() -> str:
    env = os.environ.get("NEWSGRAPH_BIN")
    if env:
        return env
    built = ROOT / "target" / "release" / "newsgraph"
    return str(built) if built.exists() else "newsgraph"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--model", default="en_core_web_sm")
    args = ap.parse_args()

    nlp = load_pipeline(args.model)
    if nlp is None:
        print(
            f"spaCy baseline skipped: spaCy or its pipeline {args.model!r} is not installed "
            "(pip install spacy, then the model package; the official en_core_web_sm wheel is "
            "not on PyPI). tests/bench/spacy_baseline.json is left as it is.",
            file=sys.stderr,
        )
        return 0

    data = Path(args.data)
    rows = []
    for dataset, rel in DATASETS.items():
        path = data / rel
        if not path.exists():
            print(f"note: {path} not found; {dataset} skipped", file=sys.stderr)
            continue
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        texts = [d["text"] for d in docs]
        for d, doc in zip(docs, nlp.pipe(texts, batch_size=8)):
            for ent in doc.ents:
                ty = LABELS.get(ent.label_)
                if ty is None:
                    continue
                # Python string offsets are code points, as the data's.
                rows.append(
                    {
                        "dataset": dataset,
                        "doc_id": d["doc_id"],
                        "start": ent.start_char,
                        "end": ent.end_char,
                        "type": ty,
                    }
                )
    rows.sort(key=lambda r: (r["dataset"], r["doc_id"], r["start"], r["end"], r["type"]))
    out = ROOT / PREDICTIONS
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    # Relative paths keep the report byte-identical between machines.
    res = subprocess.run(
        [newsgraph_bin(), "eval", "actors", str(data), "--predictions", str(PREDICTIONS), "--json"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    report = json.loads(res.stdout)
    report["data"] = "../shared/eval"
    report["baseline"] = {
        "system": "spaCy",
        "pipeline": nlp.meta.get("name"),
        "pipeline_version": nlp.meta.get("version"),
        "spacy_version": nlp.meta.get("spacy_version"),
        "package": args.model,
        "labels": LABELS,
    }
    (ROOT / REPORT).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {PREDICTIONS} ({len(rows)} mentions) and {REPORT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
