"""Course bundles from the File menu: share a course from one window, import it (in the same data folder,
answering the "exists" question, and in another one), and find the course with its changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainerkit.bundle import Bundle
from trainerkit.store import open_store
from trainerkit.ui import bundle_actions
from trainerkit.ui.main_window import MainWindow
from trainerkit.ui.worker import shutdown_jobs


@pytest.fixture
def window(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TRAINERKIT_NO_LIBREOFFICE", "1")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.create_course("Nairobi 2025", "Kenya")
    window.select_session(2)
    yield window
    window.close()
    shutdown_jobs()


def _share(qtbot, window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(bundle_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.act_share.trigger()
    job = window.bundles.job
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert job.error is None, job.error
    assert window.bundles.last_export == path and path.is_file()
    return path


def _import(qtbot, window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(bundle_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.bundles.last_import = None
    window.act_import_bundle.trigger()
    qtbot.waitUntil(lambda: window.bundles.last_import is not None, timeout=60_000)


def test_share_then_import_as_a_new_name(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    hidden = window.sorter.model.keys()[3]
    window.sorter.toggle_hidden_key(hidden)
    window.profile.set_value("venue", "Nairobi, Safari Park")
    bundle = _share(qtbot, window, tmp_path / "Nairobi 2025.tkcourse", monkeypatch)

    summaries: list[str] = []
    asked: list[str] = []

    def confirm(self, b: Bundle) -> bool:  # type: ignore[no-untyped-def]
        summaries.append(bundle_actions.summary_text(b))
        return True

    def ask_exists(self, name: str) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
        asked.append(name)
        return bundle_actions.NEW_NAME, "Nairobi 2025 (copy)"

    monkeypatch.setattr(bundle_actions.BundleActions, "confirm", confirm)
    monkeypatch.setattr(bundle_actions.BundleActions, "ask_exists", ask_exists)
    _import(qtbot, window, bundle, monkeypatch)

    assert summaries and "Course: Nairobi 2025" in summaries[0] and "2 changes" in summaries[0]
    assert asked == ["Nairobi 2025"]
    assert window.controller.name == "Nairobi 2025 (copy)"
    assert window.windowTitle().startswith("Nairobi 2025 (copy)")
    assert {c.name for c in window.controller.courses()} == {"Nairobi 2025", "Nairobi 2025 (copy)"}
    assert window.controller.state().profile["venue"] == "Nairobi, Safari Park"
    window.select_session(2)
    assert next(r for r in window.sorter.model.rows() if r.key == hidden).hidden
    assert window.act_undo.text() == "&Undo Set venue = 'Nairobi, Safari Park'"  # the change log came too


def test_import_can_replace_or_be_cancelled(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bundle = _share(qtbot, window, tmp_path / "shared.tkcourse", monkeypatch)
    window.profile.set_value("venue", "Changed after sharing")
    monkeypatch.setattr(bundle_actions.BundleActions, "confirm", lambda self, b: True)
    monkeypatch.setattr(bundle_actions.BundleActions, "ask_exists", lambda self, name: (bundle_actions.CANCEL, None))
    monkeypatch.setattr(bundle_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(bundle), ""))
    window.act_import_bundle.trigger()
    job = window.bundles.job
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert window.bundles.last_import is None
    assert window.controller.state().profile["venue"] == "Changed after sharing"

    monkeypatch.setattr(bundle_actions.BundleActions, "ask_exists", lambda self, name: (bundle_actions.REPLACE, None))
    _import(qtbot, window, bundle, monkeypatch)
    assert window.bundles.last_import is not None and window.bundles.last_import.replaced
    assert [c.name for c in window.controller.courses()] == ["Nairobi 2025"]
    assert window.controller.state().profile.get("venue", "") != "Changed after sharing"


def test_a_bundle_opens_in_another_data_folder(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.sorter.toggle_hidden_key(window.sorter.model.keys()[0])
    bundle = _share(qtbot, window, tmp_path / "to-take-along.tkcourse", monkeypatch)
    other = MainWindow(store=open_store(tmp_path / "other" / "trainerkit.db"))
    qtbot.addWidget(other)
    assert other.controller.courses() == []
    monkeypatch.setattr(bundle_actions.BundleActions, "confirm", lambda self, b: True)
    _import(qtbot, other, bundle, monkeypatch)
    assert other.controller.name == "Nairobi 2025"
    assert other.welcome.recent.count() == 1
    other.select_session(2)
    assert other.sorter.model.rows()[0].hidden
    other.close()
