"""The other pages of the window: the agenda builder, the profile form, the course picker, errors."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from trainerkit.errors import InvalidInputError
from trainerkit.ui.course_picker import CoursePicker
from trainerkit.ui.main_window import MainWindow
from trainerkit.ui.worker import error_message, run_job, shutdown_jobs


@pytest.fixture(autouse=True)
def quick_pictures(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are not about pictures: skip LibreOffice so they stay fast."""
    monkeypatch.setenv("TRAINERKIT_NO_LIBREOFFICE", "1")


def _window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.create_course("Accra", "GH")
    return window


def test_agenda_drag_records_one_change_and_warns(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    agenda = window.agenda
    assert any("Session 2 gets 1 h 30 min" in w for w in agenda.warning_texts())
    # give session 2 its own extra hour: drop it from the list onto day 2, first slot
    slot = {"kind": "session", "session": 2, "part": "", "title": "An introduction", "minutes": 60}
    agenda.place(slot, 1, 0)
    assert window.act_undo.text() == "&Undo Edit the agenda"
    days = window.controller.agenda()
    assert days[1]["slots"][0]["session"] == 2 and days[1]["start"] == "08:45"
    # the guide plans 2 h 25 min and day 1 gives 1 h 30: the new slot fills the gap (55 min)
    assert days[1]["slots"][0]["minutes"] == 55 and days[1]["slots"][1]["start"] == "09:40"
    assert not any(w.startswith("Session 2 ") for w in agenda.warning_texts())
    agenda.move_slot(1, 0, 0, 3)  # and move it to day 1
    assert window.controller.agenda()[0]["slots"][3]["session"] == 2
    window.undo()
    window.undo()
    assert any("Session 2 gets 1 h 30 min" in w for w in agenda.warning_texts())
    window.close()
    shutdown_jobs()


def test_profile_form_saves_each_field_and_custom_tokens(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    form = window.profile
    assert form.country.currentText() == "Ghana"
    form.set_value("venue", "Accra Conference Centre")
    form.set_value("trainer_phone", "+233 000")
    profile = window.controller.state().profile
    assert profile["venue"] == "Accra Conference Centre" and profile["trainer_phone"] == "+233 000"
    assert form.custom.rowCount() == 1
    window.undo()
    assert form.custom.rowCount() == 0
    window.close()
    shutdown_jobs()


def test_course_picker_lists_recent_courses_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    window.create_course("Lomé", "TG")
    window.open_course("Accra")
    picker = CoursePicker(window.controller, window)
    qtbot.addWidget(picker)
    assert picker.list.item(0).text().startswith("Accra  (Ghana")
    assert picker.list.item(1).text().startswith("Lomé  (Togo")
    window.close()
    shutdown_jobs()


def test_errors_are_plain_sentences_with_details_never_a_traceback(qtbot) -> None:  # type: ignore[no-untyped-def]
    message, details = error_message(ValueError("boom"), "exporting the course")
    assert message.startswith("Something went wrong while exporting the course.")
    assert "Traceback" not in details and "log file" in details
    message, _ = error_message(InvalidInputError("Position 99 is outside 1-20."))
    assert message == "Position 99 is outside 1-20."

    def fail(progress, token):  # type: ignore[no-untyped-def]
        raise InvalidInputError("This file is not a PowerPoint presentation.")

    job = run_job(fail, parent=None, doing="importing", on_error=lambda exc: None)
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert isinstance(job.error, InvalidInputError)


def test_a_failing_change_shows_a_message_box(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    window.select_session(1)
    window.sorter.edit_notes("no-such-slide", "x")
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "no-such-slide" in boxes[0].text()
    assert boxes[0].detailedText()
    window.close()
    shutdown_jobs()
