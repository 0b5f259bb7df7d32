"""The HTML view in a real browser: headless Chromium renders `to_html()`; the rendered DOM
holds the highlights, and text that looks like markup neither creates elements nor runs.

Skipped when no Chromium is installed (Debian: `apt-get install chromium`; `.ci/run` tries).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from notebook_support import Tree, rich, span, synthetic

import newsgraph as ng

CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install chromium)"
)

PWN_SCRIPT = "<script>document.body.setAttribute('data-pwned', 'script')</script>"
PWN_IMG = "\"><img src=x onerror=\"document.body.setAttribute('data-pwned', 'img')\">"


def chromium(tmp_path: Path, *args: str) -> str:
    assert CHROMIUM is not None
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def dump_dom(tmp_path: Path, html: str, name: str = "page.html") -> Tree:
    page = tmp_path / name
    page.write_text(html, encoding="utf-8")
    dom = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert "</html>" in dom
    tree = Tree(dom)
    assert tree.errors == []
    return tree


def body(tree: Tree) -> dict[str, str]:
    (b,) = tree.tags("body")
    return b.attrs


def test_the_harness_sees_a_script_that_runs(tmp_path: Path) -> None:
    """Control: a page whose script does run marks the body, so the checks below can fail."""
    tree = dump_dom(tmp_path, f"<!DOCTYPE html><html><body>{PWN_SCRIPT}</body></html>")
    assert body(tree).get("data-pwned") == "script"


def test_rendered_dom_holds_the_highlights(tmp_path: Path) -> None:
    doc = rich()
    tree = dump_dom(tmp_path, doc.to_html())
    assert tree.text == doc.text
    for a in doc.actors:
        for m in a.mentions:
            assert tree.covers("ng-actor", a.id, m.start, m.end)
    for s in doc.statements:
        assert tree.covers("ng-cue", s.id, s.cue.start, s.cue.end)
    for e in doc.events:
        assert tree.covers("ng-event", e.id, e.trigger.start, e.trigger.end)
    for t in doc.times:
        assert tree.covers("ng-time", t.id, t.char_start, t.char_end)
    assert [e for e in tree.elements if "ng-legend" in e.classes]


def test_seed_renders_with_its_times(tmp_path: Path) -> None:
    doc = ng.seed()
    tree = dump_dom(tmp_path, doc.to_html())
    assert tree.text == doc.text
    for t in doc.times:
        assert tree.covers("ng-time", t.id, t.char_start, t.char_end)


def test_injected_markup_stays_text(tmp_path: Path) -> None:
    text = f"Officials said {PWN_SCRIPT} and {PWN_IMG} on Monday."
    said = text.index("said")
    doc = synthetic(
        text,
        title=PWN_SCRIPT + PWN_IMG,
        actors=[
            {
                "id": "a1",
                "name": PWN_IMG,
                "kind": "group",
                "titles": [PWN_SCRIPT],
                "mentions": [{**span(text, 0, 9), "kind": "nominal"}],
            }
        ],
        statements=[
            {
                "id": "s1",
                "speaker": "a1",
                "act": "say",
                "cue": span(text, said, said + 4),
                "content": span(text, said + 5, text.index(" on Monday")),
                "quote": "indirect",
                "sourcing": {"kind": "on_record"},
                "sentence": 0,
            }
        ],
    )
    for html in (doc.to_html(), f"<!DOCTYPE html><html><body>{doc._repr_html_()}</body></html>"):
        tree = dump_dom(tmp_path, html)
        assert "data-pwned" not in body(tree)
        assert tree.tags("script") == []
        assert tree.tags("img") == []
        assert tree.text == text
        assert tree.covers("ng-content", "s1", said + 5, text.index(" on Monday"))


def test_screenshot_shows_the_colours(tmp_path: Path) -> None:
    page = tmp_path / "view.html"
    page.write_text(rich().to_html(), encoding="utf-8")
    shot = tmp_path / "view.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1100,1500", page.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    image = pytest.importorskip("matplotlib.image")
    pixels = image.imread(str(shot))[:, :, :3]
    # Actor highlights are #cfe3ff, event triggers #ffc9c9: both must cover visible area.
    for rgb in ((0xCF, 0xE3, 0xFF), (0xFF, 0xC9, 0xC9)):
        target = [c / 255 for c in rgb]
        close = (abs(pixels - target) < 0.02).all(axis=2).sum()
        assert close > 500, (rgb, close)
