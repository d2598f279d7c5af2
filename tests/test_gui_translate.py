"""File > Translate course…: coverage, export for a translator, import with the checks' messages; the
slide sorter's tooltip shows a slide's title in the course's language."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from PySide6.QtCore import Qt

from tests.pseudo_translate import pseudo_translate_file
from trainerkit.cli import cli
from trainerkit.ui.main_window import MainWindow
from trainerkit.ui.worker import shutdown_jobs


def _wait(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=120_000)
    qtbot.wait(50)  # the result reaches the dialog through a queued signal


def test_translate_dialog_round_trip_and_sorter_tooltip(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for args in (
        # Spanish: no bundled translation, so the dialog starts at 0 and the import is what translates
        ["course", "create", "Dakar", "--country", "SN", "--lang", "es"],
        ["course", "sessions", "Dakar", "2"],
    ):
        assert CliRunner().invoke(cli, args).exit_code == 0
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_course("Dakar")
    dialog = window.open_translate_dialog()
    _wait(qtbot, dialog)
    assert "Spanish" in dialog.heading.text()
    assert dialog.table.rowCount() == 3  # Session 2, plans and agenda, handouts
    assert dialog.table.item(0, 0).text() == "Session 2" and dialog.table.item(0, 1).text() == "0"

    po = tmp_path / "dakar.po"
    dialog.export_file(po)
    _wait(qtbot, dialog)
    assert po.is_file() and "Wrote" in dialog.message.text()
    done = tmp_path / "dakar-es.po"
    pseudo_translate_file(po, done)

    tampered = tmp_path / "tampered.po"
    tampered.write_text(done.read_text(encoding="utf-8").replace("{{country}}]", "]", 1), encoding="utf-8")
    dialog.import_file(tampered)
    _wait(qtbot, dialog)
    assert "was not imported" in dialog.message.text() and "placeholder" in dialog.message.text()

    dialog.import_file(done)
    _wait(qtbot, dialog)
    assert "Imported" in dialog.message.text()
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=120_000)  # the refresh
    qtbot.waitUntil(lambda: dialog.table.item(0, 1).text() == dialog.table.item(0, 2).text(), timeout=60_000)

    dialog.close()
    window.sorter.show_session(2)
    model = window.sorter.model
    assert model.rowCount() > 5
    tips = [str(model.data(model.index(i), Qt.ItemDataRole.ToolTipRole)) for i in range(model.rowCount())]
    assert sum("In Spanish: [" in tip for tip in tips) >= model.rowCount() - 2, tips[:3]
    window.close()
    shutdown_jobs()
