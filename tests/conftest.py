"""Shared fixtures: the repository root and the `newsgraph` command built by cargo."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def cli() -> str:
    """Path of the `newsgraph` binary: $NEWSGRAPH_BIN, else target/{release,debug}, else PATH."""
    candidates = [os.environ.get("NEWSGRAPH_BIN", "")]
    candidates += [str(ROOT / "target" / p / "newsgraph") for p in ("release", "debug")]
    for c in candidates:
        if c and Path(c).is_file():
            return c
    found = shutil.which("newsgraph")
    if found:
        return found
    pytest.fail("the newsgraph binary is not built: run `cargo build --release -p newsgraph-cli`")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED
