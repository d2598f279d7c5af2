"""Export once, pack many: one export reads the course once and draws each slide once; a ``usb pack``
right after it draws no slide, lays out no PDF, checks no deck again and exports no part again (counted
calls and cache counters, never timings)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

from trainerkit import recipe, thumbnails
from trainerkit.customise import new_course, select_sessions
from trainerkit.export import accessibility, export_cache, typst_writer
from trainerkit.export.packs import export_course_materials
from trainerkit.package import pack_course
from trainerkit.package.preflight import preflight
from trainerkit.store import Store, open_store


@pytest.fixture
def store() -> Store:
    store = open_store()
    new_course(store, "Once", "KE", venue="Kenyatta Centre", dates="3–5 March 2027")
    select_sessions(store, "Once", [1])
    return store


def _count(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(module, name)

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def test_pack_right_after_an_export_draws_lays_out_and_checks_nothing_again(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn_before = thumbnails.COUNTS["drawn"]
    export_course_materials(store, "Once", tmp_path / "export", "all")
    drawn = thumbnails.COUNTS["drawn"] - drawn_before
    assert drawn > 0, "a cold export draws the slides"

    made = export_cache.COUNTS["made"]
    drawn_before = thumbnails.COUNTS["drawn"]
    compiled = _count(monkeypatch, typst_writer, "compile_source")  # every PDF, the venue PDFs included
    checked = _count(monkeypatch, accessibility, "check_presentation")
    (tmp_path / "stick").mkdir()
    report = pack_course(store, "Once", tmp_path / "stick")

    assert thumbnails.COUNTS["drawn"] == drawn_before, "the pack drew slides the export had drawn"
    assert compiled == [], "the pack laid out a PDF the export (or its picture workers) had made"
    assert checked == [], "the pack checked the accessibility of a deck the export had checked"
    assert export_cache.COUNTS["made"] == made, "the pack exported a part again"
    files = {f.rel for f in report.staged.files}
    assert any(rel.startswith("Slides/") and rel.endswith(".pdf") for rel in files), "the venue PDF is packed"
    assert any(rel.endswith("slide-001.png") for rel in files), "the presenter's pictures are packed"


def test_each_slide_is_drawn_once_for_the_trainer_pack_slide_handouts_and_sorter(store: Store, tmp_path: Path) -> None:
    before = thumbnails.COUNTS["drawn"]
    export_course_materials(store, "Once", tmp_path / "a", "trainer-pack,slide-handouts")
    slides = len(thumbnails.session_thumbnails(store, "Once", 1, engine=thumbnails.QUICK))
    assert thumbnails.COUNTS["drawn"] - before == slides, "the sorter's pictures are the export's"


def test_one_export_reads_the_course_once(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads = _count(monkeypatch, recipe, "state_of")
    export_course_materials(store, "Once", tmp_path / "out", "all")
    assert len(reads) == 1, "every part must be made from the one state read at the start"


def test_preflight_builds_each_deck_once(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    select_sessions(store, "Once", [1, 2])
    preflight_module = importlib.import_module("trainerkit.package.preflight")  # the package exports the function
    built = _count(monkeypatch, preflight_module, "build_session_deck")
    built_for_a11y = _count(monkeypatch, accessibility, "build_session_deck")
    preflight(store, "Once")
    assert len(built) == 2 and built_for_a11y == [], "the slide and accessibility checks share the decks"


def test_the_accessibility_check_of_an_unchanged_deck_is_kept(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    first = accessibility.course_accessibility(store, "Once", handouts=False)
    checked = _count(monkeypatch, accessibility, "check_presentation")
    again = accessibility.course_accessibility(store, "Once", handouts=False)
    assert checked == []
    assert [f for f, _where in again.entries] == [f for f, _where in first.entries]
