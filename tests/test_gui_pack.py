"""Pack for venue and Verify a package, through the dialogs: the preflight report links to its places, the
package is complete and verified, and a changed file is named by Verify.

Staging is shared between the tests (one cache folder) and only session 2 is packed, without the PDF
packs, so each test pays for what it is about.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from trainerkit.customise import select_sessions
from trainerkit.package import layout as layout_module
from trainerkit.package.copy import PackInterrupted
from trainerkit.ui import main_window as main_window_module
from trainerkit.ui import pack_dialog as pack_dialog_module
from trainerkit.ui.main_window import TAB_AGENDA, TAB_PROFILE, TAB_SLIDES, MainWindow
from trainerkit.ui.pack_dialog import ROLE_FINDING, PackDialog
from trainerkit.ui.worker import shutdown_jobs


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("usb-cache")


@pytest.fixture
def window(qtbot, monkeypatch, shared_cache: Path):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TRAINERKIT_NO_LIBREOFFICE", "1")

    def cache_dir(name: str) -> Path:
        folder = shared_cache / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    monkeypatch.setattr(layout_module, "cache_dir", cache_dir)
    monkeypatch.setattr(layout_module, "PACK_EXPORTERS", ())
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.create_course("Nairobi 2025", "Kenya")
    select_sessions(window.store, "Nairobi 2025", [2])
    window.controller.changed.emit()
    window.select_session(1)
    yield window
    window.close()
    shutdown_jobs()


def _pack_dialog(qtbot, window: MainWindow) -> PackDialog:  # type: ignore[no-untyped-def]
    window.act_pack.trigger()
    dialog = window.pack_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.job is not None
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=60_000)
    assert dialog.report is not None
    return dialog


def test_pack_to_a_folder_then_verify_from_the_menu_and_see_a_tampered_file(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = _pack_dialog(qtbot, window)
    stick = tmp_path / "stick"
    stick.mkdir()
    assert dialog.choose_folder(stick) == stick
    assert dialog.target() == stick and dialog.pack_button.isEnabled()
    job = dialog.start()
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=300_000)
    assert job.error is None, job.error
    report = dialog.pack_report
    assert report is not None
    files = len(report.staged.files)
    assert f"Package complete and verified: {files} files" in dialog.summary.text()
    assert dialog.summary.isVisible() and dialog.open_button.isVisible()
    assert dialog.cancel_button.text() == "Close" and dialog.pack_button.isEnabled()
    assert dialog.package is not None and dialog.package.parent == stick

    # Verify a package… from the File menu, choosing the stick's root
    monkeypatch.setattr(main_window_module.QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    window.act_verify.trigger()
    verify = window.verify_dialog
    assert verify is not None and verify.job is not None
    qtbot.waitUntil(lambda: verify.job is not None and verify.job.done, timeout=60_000)
    assert verify.label.text() == f"All {files} files match."
    assert "All" in verify.outcome.toPlainText()

    deck = next((dialog.package / "Slides").glob("*.pptx"))
    with deck.open("ab") as handle:
        handle.write(b"changed at the venue")
    window.act_verify.trigger()
    verify = window.verify_dialog
    assert verify is not None and verify.job is not None
    qtbot.waitUntil(lambda: verify.job is not None and verify.job.done, timeout=60_000)
    assert "need attention" in verify.label.text()
    text = verify.outcome.toPlainText()
    assert "damaged" in text and "Changed since packing (1)" in text and f"Slides/{deck.name}" in text


def test_clicking_a_preflight_line_takes_the_window_to_its_place(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = _pack_dialog(qtbot, window)
    items = dialog.finding_items()
    slide_item = next(i for i in items if i.data(0, ROLE_FINDING).location.get("kind") == "slide")
    location = slide_item.data(0, ROLE_FINDING).location
    dialog.tree.itemClicked.emit(slide_item, 0)
    assert window.current_session() == location["session"]
    assert window.tabs.currentIndex() == TAB_SLIDES
    assert window.sorter.selected_keys() == [location["slide"]]

    profile_item = next(i for i in items if i.data(0, ROLE_FINDING).location.get("kind") == "profile")
    assert dialog.activate(profile_item)
    assert window.tabs.currentIndex() == TAB_PROFILE

    agenda_item = next((i for i in items if i.data(0, ROLE_FINDING).location.get("kind") == "agenda"), None)
    if agenda_item is not None:
        assert dialog.activate(agenda_item)
        assert window.tabs.currentIndex() == TAB_AGENDA
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups[0].startswith("Warnings") and any(g.startswith("Notes") for g in groups)


def test_an_interrupted_packing_says_so_plainly(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def pack_course(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise PackInterrupted(
            "The stick was removed while packing. 12 files are verified; plug it in and pack again to finish.",
            "removed",
            [],
            [],
        )

    monkeypatch.setattr(pack_dialog_module, "pack_course", pack_course)
    dialog = _pack_dialog(qtbot, window)
    dialog.choose_folder(tmp_path)
    job = dialog.start()
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert "The stick was removed while packing." in dialog.summary.text()
    assert dialog.label.text() == "Packing stopped."
    assert not dialog.open_button.isVisible() and dialog.pack_button.isEnabled()
