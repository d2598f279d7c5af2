"""The People page through the real window: a facilitator typed per session reaches the trainer pack; the
participants list is typed, imported from CSV and XLSX (a damaged file says so and loses nothing), undone,
and the export dialog writes name tags, certificates (one per name) and attendance sheets, read back."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from pytestqt.qtbot import QtBot

from trainerkit.ui.main_window import TAB_PEOPLE, MainWindow
from trainerkit.ui.worker import shutdown_jobs

ARABIC = "ليلى منصور"


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("TRAINERKIT_NO_LIBREOFFICE", "1")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.create_course("Amman", "Jordan")
    window.tabs.setCurrentIndex(TAB_PEOPLE)
    yield window
    window.close()
    shutdown_jobs()


def _names(window: MainWindow) -> list[str]:
    return [p["name"] for p in window.controller.participants()]


def test_typing_importing_and_undoing_participants(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = window.people
    assert page.isEnabled() and page.table.rowCount() == 1  # the empty row to type in
    page.table.item(0, 0).setText("Amal Haddad")
    assert _names(window) == ["Amal Haddad"]
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)  # a new empty row, once the edit has returned
    assert window.act_undo.text() == "&Undo Add Amal Haddad to the participants"
    page.table.item(0, 1).setText("Ministry of Labour")
    assert window.controller.participants()[0]["organisation"] == "Ministry of Labour"
    qtbot.wait(10)
    page.table.item(1, 0).setText("amal haddad")  # the same person again: refused, said, nothing lost
    assert _names(window) == ["Amal Haddad"] and "twice" in page.message.text()
    qtbot.waitUntil(lambda: page.table.item(1, 0) is not None and page.table.item(1, 0).text() == "")

    csv = tmp_path / "list.csv"
    csv.write_text(f"Name,Organisation\nOmar Said,UNHCR\n\n{ARABIC},NGO\nOmar Said,UNHCR\n", encoding="utf-8")
    assert page.import_file(csv)
    assert _names(window) == ["Amal Haddad", "Omar Said", ARABIC]
    assert "repeats 'Omar Said'" in page.message.text() and "empty row" in page.message.text()
    assert page.table.rowCount() == 4

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nom", "Organisme"])
    sheet.append(["Zoë Ng", "OIM"])
    workbook.save(tmp_path / "list.xlsx")
    assert page.import_file(tmp_path / "list.xlsx")
    assert _names(window)[-1] == "Zoë Ng"

    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    assert not page.import_file(damaged)
    assert "Nothing imported" in page.message.text() and "not a readable Excel workbook" in page.message.text()
    assert len(_names(window)) == 4  # nothing lost

    window.undo()  # the XLSX import is one step
    assert _names(window) == ["Amal Haddad", "Omar Said", ARABIC]
    page.table.selectRow(1)
    page.remove_selected()
    assert _names(window) == ["Amal Haddad", ARABIC]


def test_facilitators_and_participants_reach_the_exported_papers(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = window.people
    window.controller.set_profile({"dates": "3-5 May 2027"})
    lead = page.leads.item(4, 1)  # session 5
    lead.setText("Amal Haddad")
    assert window.controller.state().facilitators == {5: "Amal Haddad"}
    qtbot.wait(10)
    assert page.leads.item(4, 1).text() == "Amal Haddad"
    agenda_texts = [lst.item(i).text() for lst in window.agenda.lists for i in range(lst.count())]
    assert any("S5:" in t and "(Amal Haddad)" in t for t in agenda_texts)  # the agenda builder shows who leads
    for row, name in enumerate(["Omar Said", ARABIC]):
        qtbot.waitUntil(lambda row=row: page.table.rowCount() > row)
        page.table.item(row, 0).setText(name)
    assert _names(window) == ["Omar Said", ARABIC]

    dialog = window.export_dialog()
    assert dialog is not None
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.handouts.setChecked(False)
    for part in ("trainer-pack", "name-tags", "certificates", "attendance"):
        dialog.packs[part].setChecked(True)
    job = dialog.start()
    qtbot.waitUntil(lambda: job.done, timeout=480_000)
    assert job.error is None, job.error
    dialog.close()
    out = tmp_path / "out"

    pack = subprocess.check_output(["pdftotext", str(out / "Trainer pack - Amman.pdf"), "-"], text=True)
    page = next(p for p in pack.split("\f") if "Facilitator: " in p)
    assert "Facilitator: Amal Haddad" in page and "Session 5: The United Nations" in page
    assert pack.count("Facilitator: ") == 1  # only the session given one

    certificates = subprocess.check_output(
        ["pdftotext", str(out / "participants" / "Certificates.pdf"), "-"], text=True
    )
    pages = [p for p in certificates.split("\f") if p.strip()]
    assert len(pages) == 2 and "Omar Said" in pages[0] and ARABIC in pages[1]
    tags = Document(str(out / "participants" / "Name tags.docx"))
    assert {"Omar Said", ARABIC} <= {c.text.split("\n")[0] for t in tags.tables for r in t.rows for c in r.cells}
    attendance = subprocess.check_output(
        ["pdftotext", str(out / "participants" / "Attendance sheets.pdf"), "-"], text=True
    )
    assert "Attendance: Day 3 (Wednesday 5 May 2027)" in attendance and attendance.count("Omar Said") == 3
