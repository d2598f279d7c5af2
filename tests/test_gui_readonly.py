"""The app on a read-only data folder (a locked SD card, a read-only portable copy): courses open and are
shown; only a change is refused. Remembered preferences (recent courses, folders, window size) are skipped."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trainerkit import customise
from trainerkit.store.db import open_store
from trainerkit.ui.main_window import MainWindow
from trainerkit.ui.worker import error_message, shutdown_jobs


@pytest.fixture(autouse=True)
def quick_pictures(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRAINERKIT_NO_LIBREOFFICE", "1")


def test_a_course_opens_from_a_read_only_data_folder(
    qtbot: QtBot, trainerkit_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store()
    customise.new_course(store, "Amman", country="JO")
    store.close()
    real = os.access  # tests run as root, who may write anywhere: the folder says it is not writable

    def access(path: object, mode: int, **kw: object) -> bool:
        if mode & os.W_OK and str(path).startswith(str(trainerkit_home)):
            return False
        return real(path, mode, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.store.read_only
    window.open_course("Amman")  # remembered as a recent course: raised "attempt to write a readonly database"
    assert window.controller.name == "Amman"
    window.save_settings()  # the window's size, on closing
    assert window.controller.recent() == []
    window.close()
    shutdown_jobs()


def test_a_change_refused_by_a_read_only_database_is_explained_as_on_the_command_line(trainerkit_home: Path) -> None:
    message, details = error_message(sqlite3.OperationalError("attempt to write a readonly database"))
    assert "is read-only" in message and "Something went wrong" not in message
    assert "OperationalError" not in message and "read-only" in details


def test_an_export_folder_that_refuses_writing_is_explained_not_called_a_bug(tmp_path: Path) -> None:
    # exporting or packing onto a write-protected stick: "please try again" would not help the trainer
    locked = tmp_path / "STICK"
    locked.mkdir()
    message, details = error_message(
        PermissionError(13, "Permission denied", str(locked / "participants")), "exporting the course"
    )
    assert "Something went wrong" not in message and "Nothing you did" not in message, message
    assert str(locked) in message and "cannot be written" in message, message
    assert "PermissionError" in details
