"""Exported decks reflect exactly the course's changes, in files PowerPoint and LibreOffice open."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from tests.libreoffice import convert, needs_libreoffice
from trainerkit import customise
from trainerkit.course.decks import deck_path
from trainerkit.deck.slides import is_hidden
from trainerkit.deck.tags import get_slide_key
from trainerkit.errors import Cancelled
from trainerkit.export.decks import export_decks
from trainerkit.jobs import CancelToken
from trainerkit.store import open_store

pytestmark = pytest.mark.skipif(not deck_path(2).is_file(), reason="bundled decks are not built yet")


def _texts(slide) -> str:  # type: ignore[no-untyped-def]
    parts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
    if slide.has_notes_slide:
        parts.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(parts)


@pytest.fixture
def tailored(tmp_path: Path) -> dict[str, object]:
    """A course for Kenya with a hidden slide, a moved slide, a shown hidden slide and two sessions."""
    store = open_store()
    customise.new_course(store, "Kenya", "KE")
    customise.set_profile(
        store,
        "Kenya",
        {
            "venue": "Kenyatta Centre, Nairobi",
            "dates": "3-5 March 2027",
            "organisation": "KNCHR",
            "facilitators": "A. Wanjiru; J. Otieno",
        },
    )
    customise.select_sessions(store, "Kenya", [2, 3])
    rows2 = customise.current_slides(store, "Kenya", 2)
    hidden_key = rows2[2].key
    moved_key = rows2[6].key
    customise.slide_change(store, "Kenya", "hide", hidden_key)
    customise.slide_change(store, "Kenya", "move", moved_key, {"to": 2})
    rows3 = customise.current_slides(store, "Kenya", 3)
    shown_key = next(r.key for r in rows3 if r.hidden)
    customise.slide_change(store, "Kenya", "show", shown_key)
    out = tmp_path / "out"
    report = export_decks(store, "Kenya", out)
    return {
        "out": out,
        "report": report,
        "hidden": hidden_key,
        "moved": moved_key,
        "shown": shown_key,
        "rows2": rows2,
        "rows3": rows3,
    }


def test_only_selected_sessions_are_exported(tailored: dict[str, object]) -> None:
    out = tailored["out"]
    assert isinstance(out, Path)
    names = sorted(p.name for p in out.glob("*.pptx"))
    assert names == [
        "Session 02 - An introduction to international migration.pptx",
        "Session 03 - International human rights and migration.pptx",
    ]
    assert not list(out.glob(".*.tmp"))


def test_hidden_moved_and_shown_slides_are_as_the_trainer_left_them(tailored: dict[str, object]) -> None:
    out = tailored["out"]
    assert isinstance(out, Path)
    deck2 = Presentation(str(next(out.glob("Session 02*"))))
    keys = [get_slide_key(s) for s in deck2.slides]
    assert keys[1] == tailored["moved"]
    hidden = {get_slide_key(s) for s in deck2.slides if is_hidden(s)}
    assert tailored["hidden"] in hidden
    assert len(keys) == len(tailored["rows2"])  # type: ignore[arg-type]
    deck3 = Presentation(str(next(out.glob("Session 03*"))))
    shown = next(s for s in deck3.slides if get_slide_key(s) == tailored["shown"])
    assert not is_hidden(shown)


def test_tokens_are_replaced_on_slides_and_in_notes(tailored: dict[str, object]) -> None:
    out = tailored["out"]
    assert isinstance(out, Path)
    for deck_file in out.glob("*.pptx"):
        for slide in Presentation(str(deck_file)).slides:
            text = _texts(slide)
            for token in ("{{country}}", "{{venue}}", "{{dates}}", "{{organisation}}", "{{facilitators}}"):
                assert token not in text, (deck_file.name, get_slide_key(slide), token)
    every = "\n".join(_texts(s) for f in out.glob("*.pptx") for s in Presentation(str(f)).slides)
    assert "Kenya" in every


def test_original_hidden_slides_stay_hidden_unless_dropped(tmp_path: Path) -> None:
    store = open_store()
    customise.new_course(store, "Drop", "FR")
    customise.select_sessions(store, "Drop", [5])
    kept = export_decks(store, "Drop", tmp_path / "kept")
    dropped = export_decks(store, "Drop", tmp_path / "dropped", drop_hidden=True)
    assert kept.hidden > 0
    assert dropped.hidden == 0
    assert dropped.slides == kept.slides - kept.hidden


def test_cancel_stops_between_sessions_and_leaves_no_partial_file(tmp_path: Path) -> None:
    store = open_store()
    customise.new_course(store, "Cancel", "FR")
    token = CancelToken()
    seen: list[str] = []

    def progress(done: int, total: int, label: str) -> None:
        seen.append(label)
        if done == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        export_decks(store, "Cancel", tmp_path, progress=progress, token=token)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert len(files) == 2 and all(f.endswith(".pptx") for f in files)


def test_combined_daily_decks_hold_each_days_sessions(tmp_path: Path) -> None:
    store = open_store()
    customise.new_course(store, "Days", "FR")
    customise.select_sessions(store, "Days", [1, 2])
    report = export_decks(store, "Days", tmp_path, combined=True)
    day1 = next(tmp_path.glob("Day 1*.pptx"))
    n1 = len(Presentation(str(next(tmp_path.glob("Session 01*")))).slides)
    n2 = len(Presentation(str(next(tmp_path.glob("Session 02*")))).slides)
    assert len(Presentation(str(day1)).slides) == n1 + n2
    assert day1 in report.files


@needs_libreoffice
@pytest.mark.libreoffice
def test_libreoffice_converts_the_export_leaving_hidden_slides_out(tailored: dict[str, object], tmp_path: Path) -> None:
    out = tailored["out"]
    assert isinstance(out, Path)
    deck_file = next(out.glob("Session 02*"))
    visible = sum(1 for s in Presentation(str(deck_file)).slides if not is_hidden(s))
    pdf = convert(deck_file, "pdf", tmp_path / "pdf")
    assert len(PdfReader(str(pdf)).pages) == visible


KILL_SCRIPT = """
import sys
from pathlib import Path
from trainerkit import customise
from trainerkit.export.decks import export_decks
from trainerkit.store import open_store
store = open_store()
out = Path(sys.argv[1])
print("ready", flush=True)
for round in range(1000):
    export_decks(store, "Kill", out)
"""


def test_killing_the_process_during_export_leaves_complete_files_and_the_store_intact(tmp_path: Path) -> None:
    store = open_store()
    customise.new_course(store, "Kill", "FR")
    customise.slide_change(store, "Kill", "hide", customise.current_slides(store, "Kill", 2)[1].key)
    store.close()
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(out)], stdout=subprocess.PIPE, env={**os.environ}, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.pptx"))) < 3:
        time.sleep(0.05)
    time.sleep(0.3)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    finals = list(out.glob("*.pptx"))
    assert finals
    for deck_file in finals:  # every file under a final name is complete and opens
        assert len(Presentation(str(deck_file)).slides) > 0
    store = open_store()
    record = customise.state_of(store, "Kill")[0]
    assert record.head == 1
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_exported_decks_have_no_orphaned_or_missing_parts(tmp_path: Path) -> None:
    """Deleting, duplicating, importing and dropping hidden slides leaves a package PowerPoint never repairs."""
    from tests.decks import make_rich_deck
    from trainerkit.deck.check import package_problems

    store = open_store()
    customise.new_course(store, "Parts", "KE")
    customise.select_sessions(store, "Parts", [3, 5])
    rows = customise.current_slides(store, "Parts", 3)
    customise.slide_change(store, "Parts", "delete", rows[4].key)
    customise.slide_change(store, "Parts", "duplicate", rows[6].key)
    customise.import_slide(store, "Parts", make_rich_deck(tmp_path / "rich.pptx"), 4, 3, rows[1].key)
    for drop in (False, True):
        out = tmp_path / f"out-{drop}"
        export_decks(store, "Parts", out, combined=True, drop_hidden=drop)
        for deck_file in sorted(out.glob("*.pptx")):
            assert package_problems(deck_file) == [], deck_file.name


def test_an_empty_profile_exports_every_deck_with_blank_lines_and_no_raw_token(tmp_path: Path) -> None:
    """Issue #14: slides, tables, groups, charts and notes of every session show the blank writing line
    where a token with no value was, never ``{{token}}``; the report still names the empty fields."""
    import zipfile

    from trainerkit.course.loader import load_course
    from trainerkit.deck.tokens import SLIDE_BLANK, tokens_in

    store = open_store()
    customise.new_course(store, "Blank")
    sessions = [s.number for s in load_course().sessions if deck_path(s.number).is_file()]
    customise.select_sessions(store, "Blank", sessions)
    report = export_decks(store, "Blank", tmp_path / "out")
    assert sorted(report.missing_tokens) == sessions  # every bundled deck uses a profile token
    assert all(report.missing_tokens.values())
    for number in sessions:
        deck_file = next((tmp_path / "out").glob(f"Session {number:02d}*.pptx"))
        with zipfile.ZipFile(deck_file) as package:
            for name in package.namelist():
                if name.endswith(".xml") and not name.startswith("ppt/tags/"):  # tags: the guide's source advice
                    assert b"{{" not in package.read(name), (deck_file.name, name)
        source = {get_slide_key(s): tokens_in(s) for s in Presentation(str(deck_path(number))).slides}
        for slide in Presentation(str(deck_file)).slides:
            if source.get(get_slide_key(slide)):
                assert SLIDE_BLANK in _texts(slide) + _chart_texts(slide), (deck_file.name, get_slide_key(slide))


def _chart_texts(slide) -> str:  # type: ignore[no-untyped-def]
    from pptx.oxml.ns import qn

    texts = []
    for shape in slide.shapes:
        if shape.has_chart:
            texts += [t.text or "" for t in shape.chart._chartSpace.iter(qn("a:t"))]
        if shape.has_table:
            texts += [cell.text for row in shape.table.rows for cell in row.cells]
        if shape.shape_type == 6:
            texts += [s.text_frame.text for s in shape.shapes if s.has_text_frame]
    return "\n".join(texts)
