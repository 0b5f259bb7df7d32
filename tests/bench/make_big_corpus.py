"""Repeats the shared Wikinews corpus into a JSON Lines file of a given size (for streaming runs).

    python tests/bench/make_big_corpus.py --size 1G -o /tmp/newsgraph-1g.jsonl

Each copy of a record gets a unique id (`<id>#<copy>`); everything else is unchanged. The output
is not committed: it is regenerated in seconds.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-2019-2020.jsonl"
UNITS = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def parse_size(s: str) -> int:
    s = s.strip().upper().removesuffix("B")
    if s and s[-1] in UNITS:
        return int(float(s[:-1]) * UNITS[s[-1]])
    return int(s)


def make(out: Path, size: int, corpus: Path = CORPUS) -> tuple[int, int]:
    """Writes copies of `corpus` to `out` until it holds at least `size` bytes: (records, bytes)."""
    records = [json.loads(ln) for ln in corpus.read_text(encoding="utf-8").splitlines() if ln]
    written = n = copy = 0
    with out.open("wb") as f:
        while written < size:
            for r in records:
                line = (json.dumps({**r, "id": f"{r['id']}#{copy}"}) + "\n").encode()
                f.write(line)
                written += len(line)
                n += 1
                if written >= size:
                    break
            copy += 1
    return n, written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", default="1G", help="target size: bytes or 10M, 1G, ...")
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    n, written = make(args.output, parse_size(args.size), args.corpus)
    print(f"{args.output}: {n} records, {written:,} bytes")


if __name__ == "__main__":
    main()
