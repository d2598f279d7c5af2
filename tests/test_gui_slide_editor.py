"""The slide editor, "Move to position…" and "show again at the guide's place", driven through the real
widgets: open the editor (double-click, Enter, menu), type, apply, undo, redo, restart, export and read
the deck back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from trainerkit.course.decks import deck_path
from trainerkit.deck.tags import get_slide_key
from trainerkit.deck.texts import slide_texts
from trainerkit.export.apply import slides_by_key
from trainerkit.store import open_store
from trainerkit.ui.main_window import MainWindow
from trainerkit.ui.slide_dialogs import MoveToDialog
from trainerkit.ui.slide_editor import SlideEditor
from trainerkit.ui.worker import shutdown_jobs

pytestmark = pytest.mark.skipif(not deck_path(2).is_file(), reason="bundled decks are not built yet")

QUIZ = "s2-who-moves-quiz"
EXPORT_WAIT_MS = 480_000


@pytest.fixture
def window(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TRAINERKIT_NO_LIBREOFFICE", "1")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.create_course("Amman 2026", "Jordan")
    window.select_session(2)
    yield window
    window.close()
    shutdown_jobs()


def _index(window: MainWindow, key: str):  # type: ignore[no-untyped-def]
    return window.sorter.model.index(window.sorter.model.keys().index(key))


def _open_by_double_click(qtbot, window: MainWindow, key: str) -> SlideEditor:  # type: ignore[no-untyped-def]
    view = window.sorter.view
    index = _index(window, key)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    editor = window.sorter.editor
    assert editor is not None and editor.isVisible() and editor.key == key
    return editor


def _export(qtbot, window: MainWindow, out: Path):  # type: ignore[no-untyped-def]
    dialog = window.export_dialog()
    assert dialog is not None
    dialog.folder.setText(str(out))
    job = dialog.start()
    qtbot.waitUntil(lambda: job.done, timeout=EXPORT_WAIT_MS)
    assert job.error is None, job.error
    deck = next(f for f in dialog.report.files if f.name.startswith("Session 02"))
    dialog.close()
    return Presentation(str(deck))


def test_type_apply_undo_redo_restart_and_export(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    editor = _open_by_double_click(qtbot, window, QUIZ)
    assert [f.accessibleName() for f in editor.fields[:2]] == ["Title", "Bullets, paragraph 1"]
    assert editor.notes.toPlainText().startswith("Put up the flip chart")
    qtbot.waitUntil(
        lambda: editor.picture.pixmap() is not None and not editor.picture.pixmap().isNull(), timeout=60_000
    )
    before = editor.picture.pixmap().toImage()

    title = editor.field("2:0")
    title.selectAll()
    qtbot.keyClicks(title, "Who moves to {{country}}?")
    bullet = editor.field("3:1")
    bullet.selectAll()
    qtbot.keyClicks(bullet, "How many migrants live in {{country}}?")
    editor.notes.selectAll()
    qtbot.keyClicks(editor.notes, "Ask the room first.")
    assert editor.apply_button.isEnabled()
    # the picture follows the draft, drawn off the main thread
    qtbot.waitUntil(lambda: editor.picture.pixmap().toImage() != before, timeout=60_000)
    assert window.controller.record().head == 0, "nothing is recorded before Apply"

    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert window.controller.record().head == 1, "texts and notes: one undo step"
    assert window.act_undo.toolTip() == "Undo: Edit text on 'Who moves? A quick quiz' (Ctrl+Z)"
    row = window.sorter.model.rows()[window.sorter.model.keys().index(QUIZ)]
    assert row.title == "Who moves to {{country}}?" and row.notes == "Ask the room first."
    assert window.sorter.model.data(_index(window, QUIZ)).endswith("Who moves to Jordan?")
    assert not editor.apply_button.isEnabled()

    window.undo()
    assert editor.field("2:0").value() == "Who moves? A quick quiz", "the editor shows the undone text"
    assert editor.notes.toPlainText().startswith("Put up the flip chart")
    qtbot.mouseClick(editor.redo_button, Qt.MouseButton.LeftButton)
    assert editor.field("2:0").value() == "Who moves to {{country}}?"
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not editor.isVisible()

    # restart: a new window over the same data folder
    window.close()
    shutdown_jobs()
    again = MainWindow(store=open_store())
    qtbot.addWidget(again)
    again.show()
    assert again.open_course("Amman 2026")
    again.select_session(2)
    reopened = again.sorter.edit_slide_dialog(QUIZ)
    assert reopened is not None
    assert reopened.field("2:0").value() == "Who moves to {{country}}?"
    assert reopened.field("3:1").value() == "How many migrants live in {{country}}?"
    reopened.close()

    deck = _export(qtbot, again, tmp_path)
    slide = slides_by_key(deck)[QUIZ]
    texts = {t.location: t.text for t in slide_texts(slide)}
    assert texts["2:0"] == "Who moves to Jordan?"
    assert texts["3:1"] == "How many migrants live in Jordan?"
    assert slide.notes_slide.notes_text_frame.text == "Ask the room first."
    bundled = slides_by_key(Presentation(str(deck_path(2))))[QUIZ]
    sizes = [[r.font.size for p in s.shapes.title.text_frame.paragraphs for r in p.runs] for s in (bundled, slide)]
    assert sizes[0] == sizes[1], "the title keeps its formatting"
    again.close()
    shutdown_jobs()


def test_enter_and_the_slides_menu_open_the_editor_on_the_current_slide(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.sorter.view
    view.setFocus()
    view.setCurrentIndex(_index(window, "s2-definition"))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = window.sorter.editor
    assert editor is not None and editor.isVisible() and editor.key == "s2-definition"
    assert [f.slide_text.where for f in editor.fields][:3] == ["Title", "Quote", "Attribution"]
    editor.close()
    view.setCurrentIndex(_index(window, "s2-policy-responses"))
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "S&lides")
    edit = next(a for a in menu.actions() if a.text() == "&Edit slide text…")
    edit.trigger()
    assert editor.isVisible() and editor.key == "s2-policy-responses"
    cell = next(f for f in editor.fields if f.slide_text.where == "Table, row 2, column 1")
    cell.selectAll()
    qtbot.keyClicks(cell, "Our concern")
    qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)  # applies, then the next slide
    assert editor.key == window.sorter.model.keys()[window.sorter.model.keys().index("s2-policy-responses") + 1]
    assert window.controller.label(window.controller.undo_change()).startswith("Edit text on")
    texts = {t.where: t.text for t in window.controller.slide_texts("s2-policy-responses")}
    assert texts["Table, row 2, column 1"] == "Our concern"
    editor.close()


def test_move_to_a_position_or_after_a_slide(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sorter = window.sorter
    sorter.select_keys([QUIZ], QUIZ)

    def to_position(dialog: MoveToDialog) -> int:
        assert dialog.position.maximum() == 37
        dialog.position.setValue(30)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MoveToDialog, "exec", to_position)
    sorter.act_move_to.trigger()
    assert sorter.model.keys().index(QUIZ) == 29
    assert sorter.selected_keys() == [QUIZ]

    def after_title(dialog: MoveToDialog) -> int:
        dialog.after.setCurrentIndex(dialog.after.findData("s2-title"))
        dialog.by_after.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MoveToDialog, "exec", after_title)
    sorter.move_to_dialog()
    assert sorter.model.keys()[:2] == ["s2-title", QUIZ]
    window.undo()
    assert sorter.model.keys().index(QUIZ) == 29


def test_a_hidden_slide_shown_again_goes_back_to_the_guides_place(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    sorter = window.sorter
    sorter.select_keys([QUIZ], QUIZ)
    sorter.toggle_hidden_selected()
    sorter.move_to(QUIZ, to=37)  # as the issue found it: after "Thank you"
    head = window.controller.record().head
    asked: list[str] = []
    sorter.ask_guide_place = lambda question: asked.append(question) or True  # type: ignore[method-assign]
    sorter.view.setFocus()
    sorter.select_keys([QUIZ], QUIZ)
    qtbot.keyClick(sorter.view, Qt.Key.Key_H)
    assert asked and "position 5, after 'A broad definition, on purpose'" in asked[0]
    row = sorter.model.rows()[sorter.model.keys().index(QUIZ)]
    assert (row.position, row.hidden) == (5, False)
    assert window.controller.record().head == head + 1, "shown and moved back: one undo step"
    window.undo()
    row = sorter.model.rows()[sorter.model.keys().index(QUIZ)]
    assert (row.position, row.hidden) == (37, True)

    sorter.ask_guide_place = lambda question: False  # type: ignore[method-assign]
    sorter.toggle_hidden_key(QUIZ)  # the eye: keep it where it is
    row = sorter.model.rows()[sorter.model.keys().index(QUIZ)]
    assert (row.position, row.hidden) == (37, False)
    deck = Presentation(str(deck_path(2)))
    assert get_slide_key(list(deck.slides)[4]) == QUIZ, "the guide's place is the bundled deck's"
