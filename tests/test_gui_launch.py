"""The first launch, through the real window: the welcome panel creates a course for a country, the
bundled course can be browsed read-only with no course, Undo/Redo start disabled, an empty name is
refused with a visible message, three agenda days fit at 1366×768, and an agenda slot moves with
Alt+arrows (one undo step each)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from trainerkit.store import open_store
from trainerkit.store.courses import list_courses
from trainerkit.ui.course_picker import CoursePicker
from trainerkit.ui.main_window import PAGE_BUNDLED, PAGE_SORTER, PAGE_WELCOME, TAB_AGENDA, TAB_SLIDES, MainWindow
from trainerkit.ui.worker import shutdown_jobs


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("TRAINERKIT_NO_LIBREOFFICE", "1")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.close()
    shutdown_jobs()


def test_the_first_screen_is_the_welcome_panel_with_undo_and_redo_disabled(window: MainWindow) -> None:
    assert window.tabs.currentIndex() == TAB_SLIDES
    assert window.slides_page.currentIndex() == PAGE_WELCOME
    assert window.welcome.isVisible() and window.welcome.create_button.isVisible()
    assert not window.act_undo.isEnabled() and not window.act_redo.isEnabled()
    assert not window.welcome.recent.isVisible()  # no empty "recent courses" box on a first launch


def test_welcome_creates_a_course_for_the_chosen_country_and_undo_follows_changes(
    qtbot: QtBot, window: MainWindow
) -> None:
    welcome = window.welcome
    welcome.country.setCurrentText("Jordan")
    assert welcome.name.text().startswith("Jordan ")  # a name is suggested from the country
    welcome.name.clear()
    qtbot.keyClicks(welcome.name, "Amman, May 2027")
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    assert window.controller.name == "Amman, May 2027"
    assert window.controller.state().profile["country"] == "Jordan"
    assert window.slides_page.currentIndex() == PAGE_SORTER
    assert not window.act_undo.isEnabled()  # a new course has nothing to undo yet
    window.sorter.select_keys([window.sorter.model.keys()[1]])
    window.sorter.toggle_hidden_selected()
    assert window.act_undo.isEnabled() and not window.act_redo.isEnabled()
    window.undo()
    assert not window.act_undo.isEnabled() and window.act_redo.isEnabled()


def test_an_empty_or_blank_name_is_refused_with_a_visible_message(qtbot: QtBot, window: MainWindow) -> None:
    welcome = window.welcome
    welcome.country.setCurrentText("Kenya")
    welcome.name.setText("   ")
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    assert welcome.message.isVisible() and "name" in welcome.message.text()
    assert window.controller.name is None and list_courses(open_store()) == []

    picker = CoursePicker(window.controller, window, new=True)
    qtbot.addWidget(picker)
    picker.show()
    picker.name.setText("  ")
    qtbot.mouseClick(picker.create_button, Qt.MouseButton.LeftButton)
    assert picker.choice() is None and picker.isVisible()
    assert picker.message.isVisible() and "name" in picker.message.text()
    picker.close()


def test_the_bundled_course_is_browsed_read_only_without_a_course(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.welcome.browse, Qt.MouseButton.LeftButton)
    assert window.slides_page.currentIndex() == PAGE_BUNDLED
    window.select_session(3)
    browser = window.bundled
    assert browser.session == 3 and browser.model.rowCount() > 20
    assert "read-only" in browser.banner.text()
    qtbot.waitUntil(browser.pictures_complete, timeout=120_000)  # slides with pictures
    browser.view.setCurrentIndex(browser.model.index(0))
    assert browser.preview.picture.pixmap() is not None and not browser.preview.picture.pixmap().isNull()
    assert "Module 2" in browser.preview.notes.toPlainText()  # the speaker notes
    browser.pages.setCurrentIndex(1)
    titles = [browser.handouts.item(i).text() for i in range(browser.handouts.count())]
    assert any("ratif" in t.lower() for t in titles), titles
    assert browser.handout_text.toPlainText().strip()
    assert not browser.view.dragEnabled()
    assert window.controller.name is None and list_courses(open_store()) == []  # nothing was created
    qtbot.mouseClick(browser.create_button, Qt.MouseButton.LeftButton)
    assert window.slides_page.currentIndex() == PAGE_WELCOME


def test_the_agenda_tab_shows_the_guides_agenda_before_any_course(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(TAB_AGENDA)
    agenda = window.agenda
    assert len(agenda.lists) == 3 and all(slots.count() > 3 for slots in agenda.lists)
    assert all(slots.isEnabled() for slots in agenda.lists)  # readable, not greyed out
    assert agenda.browse_note.isVisible()
    assert not agenda.longer.isEnabled()


def _inside(widget: object, viewport: object) -> bool:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget) and isinstance(viewport, QWidget)
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    bottom_right = widget.mapTo(viewport, QPoint(widget.width() - 1, widget.height() - 1))
    return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)


def test_three_agenda_days_fit_at_1366_by_768(qtbot: QtBot, window: MainWindow) -> None:
    assert window.create_course("Amman", "Jordan")
    window.tabs.setCurrentIndex(TAB_AGENDA)
    qtbot.waitUntil(lambda: window.agenda.lists[-1].isVisible())
    assert window.size().width() <= 1366 and window.size().height() <= 768
    viewport = window.agenda.days_scroll.viewport()
    assert len(window.agenda.lists) == 3
    for slots in window.agenda.lists:
        assert _inside(slots, viewport), f"day {slots.day + 1} is cut off"
    assert window.agenda.days_scroll.horizontalScrollBar().maximum() == 0


def test_alt_arrows_move_an_agenda_slot_between_and_within_days_undoably(qtbot: QtBot, window: MainWindow) -> None:
    assert window.create_course("Amman", "Jordan")
    window.tabs.setCurrentIndex(TAB_AGENDA)
    agenda = window.agenda
    first = agenda.lists[0]
    first.setFocus()
    first.setCurrentRow(1)
    moved = window.controller.agenda()[0]["slots"][1]
    changes = len(window.controller.record().active_changes)

    def slot_at(day: int, row: int) -> dict[str, object]:
        return window.controller.agenda()[day]["slots"][row]

    qtbot.keyClick(agenda.lists[0], Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert slot_at(0, 2)["title"] == moved["title"] and agenda.selected() == (0, 2)
    qtbot.keyClick(agenda.lists[0], Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert slot_at(1, 2)["title"] == moved["title"] and agenda.selected() == (1, 2)
    qtbot.keyClick(agenda.lists[1], Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert slot_at(1, 1)["title"] == moved["title"] and agenda.selected() == (1, 1)
    assert len(window.controller.record().active_changes) == changes + 3  # one undo step per move
    assert window.act_undo.text() == "&Undo Edit the agenda"
    window.undo()
    assert slot_at(1, 2)["title"] == moved["title"]
    window.undo()
    window.undo()
    assert slot_at(0, 1)["title"] == moved["title"]
    menu_texts = [a.text() for a in agenda.move_actions]
    assert [a.shortcut().toString() for a in agenda.move_actions] == ["Alt+Up", "Alt+Down", "Alt+Left", "Alt+Right"]
    assert all(t for t in menu_texts)
    agenda_menu = next(m for m in window.menuBar().actions() if m.text() == "Agen&da").menu()
    assert agenda_menu is not None and set(agenda_menu.actions()) >= set(agenda.move_actions)
