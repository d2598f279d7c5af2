"""The accessibility panel: a dock listing what keeps some participants from reading the course's slides and
handouts (``trainerkit.deck.accessibility``, the same check as ``trainerkit check NAME --accessibility``).

Lines are grouped by level (errors, then warnings); each names the slide or handout, the shape and the
problem, and the fix shows below the list. A click on a slide's line asks the main window to show that
slide, on a handout's line its session's overview (``go_to``, like the preflight report's lines). The
check runs in the worker with a store connection of its own; the handout PDFs, which take longer to
make, are checked when the box is ticked.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainerkit.deck.accessibility import LEVELS
from trainerkit.export.accessibility import AccessibilityReport, course_accessibility
from trainerkit.jobs import CancelToken, Progress
from trainerkit.messages import singular_for_one
from trainerkit.store import open_store
from trainerkit.ui.controller import CourseController
from trainerkit.ui.i18n import QT_TRANSLATE_NOOP, tr
from trainerkit.ui.icons import SP, standard
from trainerkit.ui.worker import Job, run_job

ROLE_ENTRY = Qt.ItemDataRole.UserRole + 1
LEVEL_TITLES = {
    "error": QT_TRANSLATE_NOOP("accessibility_panel", "Errors: some participants cannot read this"),
    "warning": QT_TRANSLATE_NOOP("accessibility_panel", "Warnings: worth fixing"),
}
LEVEL_ICONS = {"error": SP.SP_MessageBoxCritical, "warning": SP.SP_MessageBoxWarning}


def _linked(location: dict[str, Any]) -> bool:
    """Slides, and handouts of a known session (the session's overview lists them), can be shown."""
    return location.get("kind") == "slide" or (location.get("kind") == "handout" and "session" in location)


class AccessibilityPanel(QDockWidget):
    """Dock with the accessibility findings of the open course."""

    go_to = Signal(dict)  # the location of a clicked line

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(tr("accessibility_panel", "Accessibility check"), parent)
        self.setObjectName("accessibilityPanel")
        self.controller = controller
        self.job: Job | None = None
        self.report: AccessibilityReport | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        row = QHBoxLayout()
        self.check_button = QPushButton(tr("accessibility_panel", "&Check accessibility"))
        self.check_button.clicked.connect(lambda: self.run_check())
        self.handouts = QCheckBox(tr("accessibility_panel", "Include handout &PDFs (slower)"))
        row.addWidget(self.check_button)
        row.addWidget(self.handouts)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel(
            tr("accessibility_panel", "Titles, alternative text, reading order, contrast, text size, table headers.")
        )
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                tr("accessibility_panel", "Where"),
                tr("accessibility_panel", "Shape"),
                tr("accessibility_panel", "Problem"),
            ]
        )
        self.tree.setAccessibleName(tr("accessibility_panel", "Accessibility findings"))
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(1, 130)
        self.tree.itemClicked.connect(lambda item, _col: self.activate(item))
        self.tree.itemActivated.connect(lambda item, _col: self.activate(item))
        self.tree.currentItemChanged.connect(lambda item, _prev: self._show_fix(item))
        layout.addWidget(self.tree, 1)
        self.fix = QLabel()
        self.fix.setWordWrap(True)
        self.fix.setTextFormat(Qt.TextFormat.RichText)
        self.fix.setMinimumHeight(60)
        self.fix.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.fix)
        self.setWidget(body)

    def run_check(self) -> Job | None:
        name = self.controller.name
        if name is None:
            self.status.setText(tr("accessibility_panel", "Open a course first."))
            return None
        db_path = self.controller.store.path
        handouts = self.handouts.isChecked()

        def work(progress: Progress, token: CancelToken) -> AccessibilityReport:
            store = open_store(db_path)
            try:
                return course_accessibility(store, name, handouts=handouts, progress=progress, token=token)
            finally:
                store.close()

        self.status.setText(tr("accessibility_panel", "Checking…"))
        self.check_button.setEnabled(False)
        self.job = run_job(
            work,
            parent=self,
            doing=tr("accessibility_panel", "checking accessibility"),
            on_result=self.show_report,
            on_progress=lambda done, total, label: self.status.setText(
                tr("accessibility_panel", "Checking: {label}…").format(label=label)
            ),
        )
        self.job.finished.connect(lambda: self.check_button.setEnabled(True))
        return self.job

    def show_report(self, report: AccessibilityReport) -> None:
        self.report = report
        self.tree.clear()
        link = self.palette().link().color()
        for level in LEVELS:
            entries = [e for e in report.entries if e[0].level == level]
            if not entries:
                continue
            group = QTreeWidgetItem([f"{tr('accessibility_panel', LEVEL_TITLES[level])} ({len(entries)})"])
            group.setIcon(0, standard(LEVEL_ICONS[level]))
            font = QFont(group.font(0))
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for finding, location in entries:
                item = QTreeWidgetItem([report.where(finding, location), finding.shape, finding.message])
                item.setData(0, ROLE_ENTRY, (finding, location))
                item.setToolTip(2, tr("accessibility_panel", "What to do: {fix}").format(fix=finding.fix))
                if _linked(location):
                    item.setForeground(0, link)
                    underline = QFont(item.font(0))
                    underline.setUnderline(True)
                    item.setFont(0, underline)
                    item.setToolTip(0, tr("accessibility_panel", "Click to go there."))
                group.addChild(item)
            group.setExpanded(True)
        if not report.entries:
            self.tree.addTopLevelItem(QTreeWidgetItem([tr("accessibility_panel", "Nothing to report."), "", ""]))
        pdfs = (
            tr("accessibility_panel", " and {count} handout PDFs").format(count=report.pdfs_checked)
            if report.pdfs_checked
            else ""
        )
        self.status.setText(
            singular_for_one(
                tr(
                    "accessibility_panel",
                    "{slides_checked} slides{pdfs} checked: {errors} errors, {warnings} warnings.",
                ),
                slides_checked=report.slides_checked,
                errors=report.count("error"),
                warnings=report.count("warning"),
            ).format(
                slides_checked=report.slides_checked,
                pdfs=pdfs,
                errors=report.count("error"),
                warnings=report.count("warning"),
            )
        )

    def entry_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is not None:
                items.extend(c for j in range(group.childCount()) if (c := group.child(j)) is not None)
        return items

    def _show_fix(self, item: QTreeWidgetItem | None) -> None:
        entry: Any = item.data(0, ROLE_ENTRY) if item is not None else None
        if not entry:
            self.fix.setText("")
            return
        finding, location = entry
        where = escape(self.report.where(finding, location)) if self.report else ""
        self.fix.setText(
            tr(
                "accessibility_panel",
                "<b>{where}</b>: {message}<br/><b>What to do:</b> {fix}",
            ).format(where=where, message=escape(finding.message), fix=escape(finding.fix))
        )

    def activate(self, item: QTreeWidgetItem) -> bool:
        """A click on a line: show the fix, and go to the slide when it is one. True when asked to go."""
        self._show_fix(item)
        entry: Any = item.data(0, ROLE_ENTRY)
        if entry and _linked(entry[1]):
            self.go_to.emit(dict(entry[1]))
            return True
        return False
