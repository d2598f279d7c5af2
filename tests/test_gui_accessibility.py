"""The accessibility panel: the check runs off the main thread, lists each finding with its slide and shape,
and a click on a line takes the window to that slide."""

from __future__ import annotations

from pathlib import Path

from tests.test_accessibility import fault_deck
from trainerkit.customise import import_slide, select_sessions
from trainerkit.deck.accessibility import A11yFinding
from trainerkit.export.accessibility import AccessibilityReport
from trainerkit.ui.accessibility_panel import ROLE_ENTRY
from trainerkit.ui.main_window import TAB_OVERVIEW, TAB_SLIDES, MainWindow
from trainerkit.ui.worker import shutdown_jobs


def test_the_panel_lists_findings_and_a_click_goes_to_the_slide(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TRAINERKIT_NO_LIBREOFFICE", "1")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.create_course("Nairobi 2025", "Kenya")
        select_sessions(window.store, "Nairobi 2025", [1, 2])
        faulty = tmp_path / "faulty.pptx"
        fault_deck().save(str(faulty))
        import_slide(window.store, "Nairobi 2025", faulty, 4, session=2)  # low contrast
        window.controller.changed.emit()
        window.select_session(1)

        window.act_accessibility.trigger()
        panel = window.accessibility
        assert panel is not None and panel.isVisible()
        assert panel.job is not None
        qtbot.waitUntil(lambda: panel.job is not None and panel.job.done, timeout=60_000)
        items = panel.entry_items()
        assert [item.text(1) for item in items] == ["Pale text"]
        finding, location = items[0].data(0, ROLE_ENTRY)
        assert finding.code == "contrast" and location["session"] == 2
        assert items[0].text(0).startswith("Session 2, slide ")
        assert "1 errors" in panel.status.text() or "1 error" in panel.status.text()

        panel.tree.itemClicked.emit(items[0], 0)
        assert window.current_session() == 2
        assert window.tabs.currentIndex() == TAB_SLIDES
        assert window.sorter.selected_keys() == [location["slide"]]
        assert "What to do" in panel.fix.text()

        pdf = A11yFinding("warning", "pdf-tagged", "the PDF is not tagged.", "Use the DOCX.", file="S1 - Agenda.pdf")
        report = AccessibilityReport("Nairobi 2025", [(pdf, {"kind": "handout", "file": pdf.file, "session": 1})])
        panel.show_report(report)
        [handout] = panel.entry_items()
        assert handout.text(0) == "Handout S1 - Agenda.pdf"
        assert panel.activate(handout)
        assert window.current_session() == 1 and window.tabs.currentIndex() == TAB_OVERVIEW
    finally:
        window.close()
        shutdown_jobs()
