"""The app's forms take text through the same checks as the command line (trainerkit.values)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from trainerkit.ui.course_picker import CoursePicker
from trainerkit.ui.main_window import MainWindow
from trainerkit.ui.worker import shutdown_jobs


@pytest.fixture(autouse=True)
def quick_pictures(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRAINERKIT_NO_LIBREOFFICE", "1")


def test_pasted_shift_enter_is_cleaned_and_custom_tokens_are_declared_in_the_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.create_course("Accra", "GH")
    form = window.profile
    form.set_value("venue", "Hall B\vSecond floor\x01")
    form.set_value("trainer_phone", "+233\v000")  # a row of the custom-token table declares the token
    profile = window.controller.state().profile
    assert profile["venue"] == "Hall B Second floor"
    assert profile["trainer_phone"] == "+233 000"
    window.close()
    shutdown_jobs()


def test_the_course_picker_refuses_a_name_naming_the_problem(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    picker = CoursePicker(window.controller, window, new=True)
    qtbot.addWidget(picker)
    picker.name.setText("Nairobi/Mombasa")
    picker._create()
    assert picker.choice() is None
    assert shown and "course name" in shown[0]
    picker.name.setText("  Nairobi\v2027 ")
    picker._create()
    assert picker.choice() == ("new", "Nairobi 2027", None)
    window.close()
    shutdown_jobs()
