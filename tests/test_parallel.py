"""Parallel extraction: threads bounded by `threads=`, the GIL released, safe after fork."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import newsgraph as ng

TEXTS = [
    f"Report {i}. The minister met the envoy in Geneva on Monday, officials said. "
    "Protesters gathered outside the embassy and police arrested two people. " * 3
    for i in range(200)
]
TASKS = Path("/proc/self/task")


def os_threads() -> int:
    return len(os.listdir(TASKS))


class Spinner:
    """A Python thread that counts loop turns and samples the process's OS threads.

    Each turn sleeps for 0 s, which releases the GIL, so another thread that wants it gets it
    back at once. With the switch interval raised (see `no_forced_switches`), the spinner can
    run only while every other Python thread has released the GIL."""

    def __init__(self, sample_threads: bool = True) -> None:
        self.sample = sample_threads and TASKS.exists()
        self.turns = 0
        self.max_threads = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        while not self.stop.is_set():
            self.turns += 1
            if self.sample:
                self.max_threads = max(self.max_threads, os_threads())
            time.sleep(0)

    def __enter__(self) -> Spinner:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=30)


@pytest.fixture
def no_forced_switches() -> Any:
    """No GIL hand-over on a timer: a thread keeps the GIL until it blocks or releases it."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(1000.0)
    try:
        yield
    finally:
        sys.setswitchinterval(old)


def test_gil_is_released_while_extracting(no_forced_switches: None) -> None:
    big = " ".join(TEXTS)  # ~130 KB: one long native call
    long_texts = [big[i * 20_000 : (i + 1) * 20_000] for i in range(6)] * 8
    # Between the two reads of `spinner.turns` this thread runs only native code, so the
    # spinner counts a turn only if that code releases the GIL; holding it, it would count
    # exactly none. A few attempts, as a loaded machine may not schedule the spinner at once.
    extract_turns, next_turns = [], []
    for _ in range(5):
        with Spinner(sample_threads=False) as spinner:
            time.sleep(0.01)  # blocks: lets the spinner start
            before = spinner.turns
            ng.extract(big)
            extract_turns.append(spinner.turns - before)
            stream = ng.extract_many(long_texts, threads=1)  # one chunk: 16 long records
            before = spinner.turns
            first = next(stream)
            next_turns.append(spinner.turns - before)
        assert isinstance(first, ng.Document)
        if extract_turns[-1] > 0 and next_turns[-1] > 0:
            break
    assert max(extract_turns) > 0, extract_turns
    assert max(next_turns) > 0, next_turns


@pytest.mark.skipif(not TASKS.exists(), reason="needs /proc/self/task (Linux)")
def test_threads_bound_the_workers_and_none_outlive_the_call(no_forced_switches: None) -> None:
    with Spinner() as spinner:
        # Let threads of earlier tests finish exiting: then every OS thread is a Python one.
        deadline = time.monotonic() + 2
        while os_threads() != threading.active_count() and time.monotonic() < deadline:
            time.sleep(0.01)
        with_spinner = os_threads()
        docs = list(ng.extract_many(TEXTS, threads=3))
        peak = spinner.max_threads
        # Workers are scoped to each chunk and joined: no pool is left for a fork to inherit.
        after = os_threads()
    assert len(docs) == len(TEXTS)
    assert after <= with_spinner
    # The spinner samples only while extraction has released the GIL, i.e. while it runs.
    assert with_spinner < peak <= with_spinner + 3


def _extract_in_child(texts: list[str]) -> list[str]:
    return [d.to_json() for d in ng.extract_many(texts, threads=2)]  # type: ignore[union-attr]


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="no fork on this platform"
)
def test_extraction_after_fork_does_not_deadlock() -> None:
    texts = TEXTS[:60]
    # Multi-threaded extraction in the parent first, so any pool or lock would exist at fork.
    parent = [d.to_json() for d in ng.extract_many(texts, threads=2)]  # type: ignore[union-attr]
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(2) as pool:
        chunks = [texts[i : i + 15] for i in range(0, len(texts), 15)]
        result = pool.map_async(_extract_in_child, chunks)
        children = [doc for chunk in result.get(timeout=120) for doc in chunk]
    assert children == parent
    # And a bare fork, extracting with threads in the child and in the parent at once.
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        code = 0 if _extract_in_child(texts[:20]) == parent[:20] else 1
        os._exit(code)
    assert _extract_in_child(texts[20:40]) == parent[20:40]
    deadline = time.monotonic() + 120
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, 9)
            pytest.fail("forked child deadlocked")
        time.sleep(0.05)
    assert os.waitstatus_to_exitcode(status) == 0
