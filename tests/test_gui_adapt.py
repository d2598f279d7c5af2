"""Adapting a course to its country in the real window: the gaps panel, the country facts view, the export
dialog's checks, and the agenda's choice of how a shortened session's plan fits.

Each test drives the widgets as a trainer would (typing, Enter, buttons, the export dialog) and reads
what was written back: the exported deck with python-pptx, the handout with python-docx, the trainer
pack with pdftotext.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation
from PySide6.QtCore import Qt

from trainerkit.course.decks import deck_path
from trainerkit.customise import select_sessions
from trainerkit.deck.tags import get_slide_key
from trainerkit.export.apply import ADAPT_LABEL_SHAPE
from trainerkit.ui.export_dialog import ExportDialog
from trainerkit.ui.main_window import TAB_AGENDA, MainWindow
from trainerkit.ui.slide_model import ADAPT_ROLE
from trainerkit.ui.worker import shutdown_jobs

pytestmark = pytest.mark.skipif(not deck_path(5).is_file(), reason="bundled decks are not built yet")

COURSE = "Amman 2027"
WAIT_MS = 480_000  # an export on a loaded machine; the tests are about what is written, not how fast


@pytest.fixture
def window(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TRAINERKIT_NO_LIBREOFFICE", "1")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    assert window.create_course(COURSE, "JO", dates="3-5 March 2027")
    yield window
    window.close()
    shutdown_jobs()


def _sessions(window: MainWindow, *numbers: int) -> None:
    select_sessions(window.store, COURSE, list(numbers))
    window.controller.changed.emit()


def _export(qtbot, window: MainWindow, out: Path, **boxes: bool) -> ExportDialog:  # type: ignore[no-untyped-def]
    """Export through File > Export: its checks run first, then the ticked boxes are written to ``out``."""
    window.act_export.trigger()
    dialog = next(d for d in window.findChildren(ExportDialog) if d.isVisible())
    assert dialog.check_job is not None
    qtbot.waitUntil(lambda: dialog.check_job is not None and dialog.check_job.done, timeout=WAIT_MS)
    for name, checked in boxes.items():
        getattr(dialog, name).setChecked(checked)
    dialog.folder.setText(str(out))
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    job = dialog.job
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=WAIT_MS)
    assert job.error is None, job.error
    return dialog


def _slide(pptx: Path, key: str) -> tuple[str, list[str]]:
    """The text of slide ``key`` of the deck, and the names of its shapes."""
    prs = Presentation(str(pptx))
    slide = next(s for s in prs.slides if get_slide_key(s) == key)
    texts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            texts.extend(p.text for p in shape.text_frame.paragraphs)
        if getattr(shape, "has_table", False):
            texts.extend(" | ".join(c.text for c in row.cells) for row in shape.table.rows)
    return "\n".join(texts), [shape.name for shape in slide.shapes]


def _deck(out: Path, session: int) -> Path:
    return next(out.glob(f"Session {session:02d}*.pptx"))


# ---- gaps -----------------------------------------------------------------------------------------
def test_filling_a_gap_in_the_panel_takes_the_label_off_and_moves_the_count(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _sessions(window, 1)
    window.act_gaps.trigger()
    panel = window.gaps_panel
    assert panel is not None and panel.isVisible()
    qtbot.waitUntil(lambda: panel.report is not None, timeout=60_000)
    before = panel.report
    assert before is not None and before.total > 0
    assert panel.count.text() == f"{before.done} of {before.total} done"
    assert {g.location.get("session") for g in before.gaps if g.location.get("kind") == "slide"} == {1}

    welcome = panel.gap_rows("placeholder", "s1-welcome")
    assert len(welcome) == 1 and welcome[0].field is not None
    assert welcome[0].gap.location["placeholder"] == "[Why this training, why now: add the background]"
    qtbot.keyClicks(welcome[0].field, "Jordan hosts 3 million migrant workers and refugees")
    qtbot.keyClick(welcome[0].field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.report is not before and panel.job is not None and panel.job.done, timeout=60_000)
    after = panel.report
    assert after is not None and after.done == before.done + 1 and after.total == before.total
    assert panel.count.text() == f"{before.done + 1} of {before.total} done"
    assert not panel.gap_rows(slide="s1-welcome")
    assert panel.gap_rows(slide="s1-practical-matters")  # the other slides' gaps stay
    # the sorter's "To adapt" badge follows the export's label: gone from the welcome slide only
    window.select_session(1)
    model = window.sorter.model
    keys = model.keys()
    badge = {key: model.data(model.index(row), ADAPT_ROLE) for row, key in enumerate(keys)}
    assert badge["s1-welcome"] == "" and badge["s1-practical-matters"]
    assert "3 to adapt" in window.sorter.info.text()  # 4 before

    # a "To adapt" slide without placeholders: Mark adapted; a profile field: typed in place
    agenda = panel.gap_rows("to-adapt", "s1-agenda")
    assert agenda and agenda[0].adapted_button is not None
    qtbot.mouseClick(agenda[0].adapted_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.gap_rows(slide="s1-agenda") and panel.job is not None and panel.job.done)
    venue = next(r for r in panel.gap_rows("profile") if r.gap.location["field"] == "venue")
    assert venue.field is not None
    qtbot.keyClicks(venue.field, "Dead Sea Conference Centre")
    qtbot.mouseClick(venue.fill_button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.waitUntil(
        lambda: (
            not [r for r in panel.gap_rows("profile") if r.gap.location["field"] == "venue"]
            and panel.job is not None
            and panel.job.done
        )
    )
    assert window.controller.state().profile["venue"] == "Dead Sea Conference Centre"
    assert panel.count.text() == f"{before.done + 3} of {before.total} done"

    dialog = _export(qtbot, window, tmp_path / "out")
    text, shapes = _slide(_deck(tmp_path / "out", 1), "s1-welcome")
    assert "Jordan hosts 3 million migrant workers and refugees" in text and "[Why this training" not in text
    assert ADAPT_LABEL_SHAPE not in shapes  # the label is gone with its last placeholder
    assert ADAPT_LABEL_SHAPE not in _slide(_deck(tmp_path / "out", 1), "s1-agenda")[1]
    assert ADAPT_LABEL_SHAPE in _slide(_deck(tmp_path / "out", 1), "s1-practical-matters")[1]  # still [when]...
    dialog.close()

    # Undo (the window's, as for any change) brings the profile gap back, and the count down
    window.act_undo.trigger()
    qtbot.waitUntil(
        lambda: (
            bool([r for r in panel.gap_rows("profile") if r.gap.location["field"] == "venue"])
            and panel.job is not None
            and panel.job.done
        )
    )
    assert panel.count.text() == f"{before.done + 2} of {before.total} done"


def test_a_placeholder_not_on_the_slide_any_more_is_refused_with_a_message(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _sessions(window, 1)
    panel = window.open_gaps()
    qtbot.waitUntil(lambda: panel.report is not None, timeout=60_000)
    row = panel.gap_rows("placeholder", "s1-welcome")[0]
    assert row.field is not None
    window.controller.edit_text("s1-welcome", "[Why this training, why now: add the background]", "Done elsewhere")
    shown: list[str] = []
    import trainerkit.ui.gaps_panel as gaps_module

    original = gaps_module.show_error
    gaps_module.show_error = lambda parent, exc, doing="": shown.append(str(exc))  # type: ignore[assignment,misc,return-value]
    try:
        row.field.setText("Again")
        assert not panel.fill(row)
    finally:
        gaps_module.show_error = original
    assert shown and "is not on slide s1-welcome" in shown[0]


# ---- country facts --------------------------------------------------------------------------------
def test_jordan_facts_in_the_view_on_the_session_3_slide_and_in_the_handout(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _sessions(window, 3, 4)
    window.act_facts.trigger()
    view = window.facts_panel
    assert view is not None and view.isVisible()
    assert "Jordan (JO)" in view.heading.text()
    assert "Status as of June 2022 (UN Treaty Collection); check for later changes." in view.note.text()
    rows = {
        view.table.item(r, 0).text(): (view.table.item(r, 1).text(), view.table.item(r, 2).text())
        for r in range(view.table.rowCount())
    }
    assert len(rows) == 18
    assert rows["ICERD"] == ("Ratified or acceded", "1974")
    assert rows["ICMW"] == ("No action", "")

    # a correction is one change, shown at once, and Undo takes it back
    view.select("CPED")
    assert "CPED" in view.instrument.text()
    assert view.correct("signed")
    assert view.table.item(view.table.currentRow(), 1).text() == "Signed only (your correction)"
    assert "Set CPED to signed" in window.act_undo.text()
    window.act_undo.trigger()
    assert view.table.item(view.table.currentRow(), 1).text() == "No action"

    dialog = _export(qtbot, window, tmp_path / "out", handouts=True)
    text, _shapes = _slide(_deck(tmp_path / "out", 3), "s3-ratified-country")
    assert "ICERD 1974" in text
    assert re.search(r"No action: [^\n]*ICMW", text), text
    assert "Status as of June 2022 (UN Treaty Collection); check for later changes" in text
    table, _shapes = _slide(_deck(tmp_path / "out", 4), "s4-ratification-status")  # the Session 4 table
    assert "No action. Status as of June 2022 (UN Treaty Collection); check for later changes" in table
    handout = next((tmp_path / "out" / "Handouts").rglob("*ratified by*.docx"))
    document = Document(str(handout))
    cells = {row.cells[0].text: [c.text for c in row.cells] for table in document.tables for row in table.rows}
    icerd = next(v for k, v in cells.items() if "(ICERD)" in k)
    icmw = next(v for k, v in cells.items() if "(CMW)" in k)
    assert icerd[3] == "Ratified or acceded (1974)" and icmw[3] == "No action"
    assert any("Status as of June 2022" in p.text for p in document.paragraphs)
    dialog.close()


def test_the_facts_view_says_what_to_do_without_a_covered_country(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.create_course("Somewhere", None)
    view = window.open_facts()
    assert "has no country" in view.heading.text() and not view.correct_button.isEnabled()


# ---- export checks first --------------------------------------------------------------------------
def test_export_shows_the_checks_before_writing_and_can_leave_the_labels_out(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _sessions(window, 1)
    window.act_export.trigger()
    dialog = next(d for d in window.findChildren(ExportDialog) if d.isVisible())
    assert not dialog.export_button.isEnabled()  # the checks come first
    qtbot.waitUntil(lambda: dialog.check_job is not None and dialog.check_job.done, timeout=WAIT_MS)
    assert dialog.checks_report is not None and not list(tmp_path.iterdir())  # nothing written yet
    codes = {item.data(0, Qt.ItemDataRole.UserRole + 1).code for item in dialog.finding_items()}
    assert "unadapted-slide" in codes and "empty-profile-field" in codes
    assert "slides still show placeholder text" in dialog.check_counts.text()
    line = next(i for i in dialog.finding_items() if i.data(0, Qt.ItemDataRole.UserRole + 1).code == "unadapted-slide")
    assert dialog.activate(line) and window.sorter.selected_keys()  # the line goes to its slide
    dialog.close()

    out = tmp_path / "room"
    dialog = _export(qtbot, window, out, no_labels=True)
    prs = Presentation(str(_deck(out, 1)))
    assert not [shape for slide in prs.slides for shape in slide.shapes if shape.name == ADAPT_LABEL_SHAPE]
    dialog.close()


def test_export_checks_can_be_cancelled(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = window.export_dialog()
    assert dialog is not None and dialog.check_job is not None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # Cancel stops the checks, not the dialog
    qtbot.waitUntil(lambda: dialog.check_job is not None and dialog.check_job.done, timeout=60_000)
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    dialog.close()


# ---- agenda -> plans ------------------------------------------------------------------------------
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_shortening_session_5_in_the_agenda_then_dropping_a_step_reaches_the_trainer_pack(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _sessions(window, 5)
    window.tabs.setCurrentIndex(TAB_AGENDA)
    agenda = window.agenda
    day, row = next(
        (d, r) for d, day in enumerate(agenda.days) for r, slot in enumerate(day["slots"]) if slot.get("session") == 5
    )
    assert agenda.date_labels()[day] == "Thursday 4 March 2027"  # days carry the profile's dates
    for _ in range(2):
        agenda.lists[day].setCurrentRow(row)
        qtbot.mouseClick(agenda.shorter, Qt.MouseButton.LeftButton)
    slot = agenda.days[day]["slots"][row]
    assert (slot["start"], slot["end"]) == ("10:15", "12:30")
    assert any("Session 5's plan runs 25 min over, to 12:55" in w for w in agenda.warning_texts())
    assert "25 min over" in agenda.warnings.text()

    qtbot.mouseClick(agenda.fit_buttons[5]["drop"], Qt.MouseButton.LeftButton)
    dialog = agenda.drop_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.ok_button.isEnabled()
    dialog.boxes[12].setChecked(True)  # the 60-minute case study
    assert "it fits in 2 h 15 min" in dialog.left.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.controller.state().plan_fits == {5: {"mode": "drop", "drop": [12]}}
    assert not any("Session 5" in w for w in agenda.warning_texts())
    assert agenda.fit_buttons[5][""].isEnabled()  # "As planned" takes the choice back

    export = _export(qtbot, window, tmp_path / "out", handouts=False, trainer_pack=True)
    pdf = next((tmp_path / "out").glob("Trainer pack*.pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Day 2 (Thursday 4 March 2027) 10:15–12:30" in flat
    assert "Dropped to fit 2 h 15 min (your choice): 12. Case study activity." in flat
    assert "Dropped (your choice): 12. Case study activity" in flat
    start = text.index("Fitting the agenda")
    plan = text[start : text.index("\nPreparation\n", start)]  # session 5's plan table
    times = re.findall(r"^\s*(\d{2}):(\d{2})\s+(?:\(over time\)\s+)?(\d+)\. ", plan, re.MULTILINE)
    assert [int(n) for _h, _m, n in times] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13], plan
    assert all(int(h) * 60 + int(m) < 12 * 60 + 30 for h, m, _n in times), times  # nothing planned past 12:30
    assert ("11", "50", "13") in times  # the summary right after step 11, not after the dropped case study
    assert "(over time)" not in plan
    export.close()

    # rescaling instead: one click, and the agenda's Undo takes it back
    qtbot.mouseClick(agenda.fit_buttons[5]["rescale"], Qt.MouseButton.LeftButton)
    assert window.controller.state().plan_fits[5]["mode"] == "rescale"
    window.act_undo.trigger()
    assert window.controller.state().plan_fits[5]["mode"] == "drop"


def test_a_long_day_without_a_break_is_flagged_in_the_agenda(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    agenda = window.agenda
    day, row = next(
        (d, r) for d, day in enumerate(agenda.days) for r, slot in enumerate(day["slots"]) if slot["kind"] == "lunch"
    )
    agenda.lists[day].setCurrentRow(row)
    qtbot.mouseClick(agenda.remove, Qt.MouseButton.LeftButton)
    assert any("without a break from" in w for w in agenda.warning_texts())


def test_mark_as_adapted_in_the_sorter_says_why_a_label_stays(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.select_session(1)
    window.sorter.select_keys(["s1-practical-matters"], "s1-practical-matters")
    window.sorter.act_adapted.trigger()
    message = window.statusBar().currentMessage()
    assert "s1-practical-matters keeps its 'To adapt' label while bracket text remains" in message
    window.sorter.select_keys(["s1-agenda"], "s1-agenda")  # no bracket text: the label goes, nothing to say
    window.statusBar().clearMessage()
    window.sorter.act_adapted.trigger()
    assert "keeps its" not in window.statusBar().currentMessage()
    assert "s1-agenda" not in window.controller.labelled(1)


def test_the_gaps_panel_follows_the_open_course(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _sessions(window, 2)
    panel = window.open_gaps()
    qtbot.waitUntil(lambda: panel.report is not None and panel.job is not None and panel.job.done, timeout=60_000)
    assert panel.gap_rows(slide="s2-where-country")
    assert window.create_course("Tunis 2027", "TN")  # another course: its own gaps (every session)
    qtbot.waitUntil(lambda: panel.report is not None and panel.report.course == "Tunis 2027", timeout=60_000)
    assert panel.gap_rows(slide="s1-welcome")
    window.controller.close_course()
    qtbot.waitUntil(lambda: panel.rows == [] and panel.count.text() == "Open a course first.")


def test_text_typed_in_other_gaps_survives_a_refresh(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _sessions(window, 1)
    panel = window.open_gaps()
    qtbot.waitUntil(lambda: panel.report is not None and panel.job is not None and panel.job.done, timeout=60_000)
    first, second = panel.gap_rows("placeholder", "s1-practical-matters")[:2]
    assert first.field is not None and second.field is not None
    second.field.setText("half typed")  # the trainer moves on while the list is read again
    first.field.setText("Ms A. Haddad, +962 6 000 0000")
    before = panel.report
    assert panel.fill(first)
    qtbot.waitUntil(lambda: panel.report is not before and panel.job is not None and panel.job.done, timeout=60_000)
    again = [r for r in panel.gap_rows("placeholder", "s1-practical-matters") if r.gap == second.gap]
    assert again and again[0].field is not None and again[0].field.text() == "half typed"
    assert first.gap not in [r.gap for r in panel.rows]
