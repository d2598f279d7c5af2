"""The gaps panel: one list of everything still to adapt in the open course, each with a field to fill it.

It shows ``trainerkit.package.gaps.course_gaps`` (the same list as ``trainerkit gaps NAME``) across the
chosen sessions: placeholder text in square brackets still on a shown slide, slides still labelled "To
adapt", and empty profile fields a slide or handout uses, with a count ("12 of 31 done"). Each gap has
its control in place: a placeholder gets a field whose text replaces it on the slide (an ``edit-text``
change), a profile field a field for its value (a ``profile`` change), a "To adapt" slide "Mark adapted"
and "Hide slide"; every slide gap has "Go to slide". Each is one undoable change through the controller
(``OpenCourse``). A slide's orange "To adapt" label comes off at export once its placeholders are all
replaced (``export.apply.settle_adapt_labels``), so filling the last one makes its slide's gaps vanish.

The list is computed in the worker (a store connection of its own thread) and again after every change
to the course while the panel is shown.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainerkit.errors import TrainerKitError
from trainerkit.jobs import CancelToken, Progress
from trainerkit.package.gaps import Gap, GapsReport, course_gaps
from trainerkit.recipe import PROFILE_LABELS
from trainerkit.store import open_store
from trainerkit.ui.controller import CourseController
from trainerkit.ui.i18n import tr
from trainerkit.ui.worker import Job, run_job, show_error


def _identity(gap: Gap) -> tuple[str, Any, Any, Any]:
    """What makes a gap the same gap in the next report: kind, slide, placeholder, profile field."""
    where = gap.location
    return gap.kind, where.get("slide"), where.get("placeholder"), where.get("field")


class GapRow(QFrame):
    """One gap: what and where, and the control that fills it (a field, or buttons)."""

    def __init__(self, panel: GapsPanel, gap: Gap) -> None:
        super().__init__()
        self.gap = gap
        self.field: QLineEdit | None = None
        self.fill_button: QPushButton | None = None
        self.adapted_button: QPushButton | None = None
        self.hide_button: QPushButton | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 2, 4, 4)
        row = QHBoxLayout()
        if gap.kind == "placeholder":
            text = str(gap.location.get("placeholder", ""))
            what = QLabel(f"<code>{escape(text, quote=False)}</code>")
            what.setTextFormat(Qt.TextFormat.RichText)
            what.setWordWrap(True)
            what.setToolTip(
                tr(
                    "gaps_panel",
                    "Type the text for the room and press Enter; the slide editor (double-click the slide) "
                    "edits the rest.",
                )
            )
            layout.addWidget(what)
            self.field = QLineEdit()
            self.field.setPlaceholderText(tr("gaps_panel", "Text for the room, in place of the brackets"))
            self.field.setAccessibleName(tr("gaps_panel", "Replace {text}").format(text=text))
            self.fill_button = QPushButton(tr("gaps_panel", "Replace"))
        elif gap.kind == "profile":
            what = QLabel(escape(gap.what, quote=False))
            what.setWordWrap(True)
            what.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(what)
            field_name = str(gap.location.get("field", ""))
            self.field = QLineEdit()
            self.field.setPlaceholderText(PROFILE_LABELS.get(field_name, field_name))
            self.field.setAccessibleName(PROFILE_LABELS.get(field_name, field_name))
            self.fill_button = QPushButton(tr("gaps_panel", "Set"))
        else:
            what = QLabel(escape(gap.what, quote=False))
            what.setWordWrap(True)
            what.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(what)
            self.adapted_button = QPushButton(tr("gaps_panel", "Mark adapted"))
            self.adapted_button.setToolTip(
                tr("gaps_panel", "You adapted it (or it fits as it is): its 'To adapt' label leaves the export.")
            )
            self.adapted_button.clicked.connect(lambda: panel.mark_adapted(self))
            self.hide_button = QPushButton(tr("gaps_panel", "Hide slide"))
            self.hide_button.clicked.connect(lambda: panel.hide_slide(self))
            row.addWidget(self.adapted_button)
            row.addWidget(self.hide_button)
            row.addStretch(1)
        if self.field is not None and self.fill_button is not None:
            self.field.returnPressed.connect(lambda: panel.fill(self))
            self.fill_button.clicked.connect(lambda: panel.fill(self))
            row.addWidget(self.field, 1)
            row.addWidget(self.fill_button)
        layout.addLayout(row)


class GapsPanel(QDockWidget):
    """Dock with the open course's gaps, a count, and a control in place for each gap."""

    go_to = Signal(dict)  # the location of a slide or profile field to show

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(tr("gaps_panel", "Gaps to adapt"), parent)
        self.setObjectName("gapsPanel")
        self.controller = controller
        self.job: Job | None = None
        self.report: GapsReport | None = None
        self.rows: list[GapRow] = []
        self._again = False
        self._focus_index: int | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        self.count = QLabel()
        self.count.setAccessibleName(tr("gaps_panel", "Adaptation points done"))
        font = self.count.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.count.setFont(font)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(tr("gaps_panel", "Adaptation progress"))
        self.check_button = QPushButton(tr("gaps_panel", "Check &again"))
        self.check_button.clicked.connect(lambda: self.run_check())
        top.addWidget(self.count, 1)
        top.addWidget(self.check_button)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        self.status = QLabel(
            tr(
                "gaps_panel",
                "Type in place of each placeholder, fill the profile, or mark a slide adapted. A slide keeps "
                "its orange 'To adapt' label while bracket text remains on it.",
            )
        )
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.list_box = QWidget()
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(2)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.list_box)
        self.scroller.setAccessibleName(tr("gaps_panel", "Gaps still to adapt"))
        layout.addWidget(self.scroller, 1)
        self.setMinimumWidth(380)  # with the tree and any page: the window still fits 1366 px
        self.setWidget(body)
        self._stale = True
        controller.changed.connect(self._course_changed)

    # ---- checking ---------------------------------------------------------------------------------
    def _course_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self._check_if_stale)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._check_if_stale)

    def _check_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.run_check()

    def run_check(self) -> Job | None:
        """List the gaps again (in the worker); a check asked for while one runs follows it."""
        name = self.controller.name
        if name is None:
            self.count.setText(tr("gaps_panel", "Open a course first."))
            self.report, self.rows = None, []
            self.scroller.setWidget(QWidget())  # nothing of the course that was open stays
            return None
        if self.job is not None and not self.job.done:
            self._again = True
            return self.job
        self._stale = False
        db_path = self.controller.store.path

        def work(progress: Progress, token: CancelToken) -> GapsReport:
            store = open_store(db_path)
            try:
                return course_gaps(store, name, token)
            finally:
                store.close()

        self.check_button.setEnabled(False)
        self.job = run_job(
            work,
            parent=self,
            doing=tr("gaps_panel", "listing the gaps"),
            on_result=self.show_report,
        )
        self.job.finished.connect(self._checked)
        return self.job

    def _checked(self) -> None:
        self.check_button.setEnabled(True)
        if self._again:
            self._again = False
            self.run_check()

    def show_report(self, report: GapsReport) -> None:
        self.report = report
        self.count.setText(tr("gaps_panel", "{done} of {total} done").format(done=report.done, total=report.total))
        self.bar.setRange(0, max(report.total, 1))
        self.bar.setValue(report.done)
        scroll = self.scroller.verticalScrollBar().value()
        # what the trainer is typing in other rows while the list was read again stays, focus included
        typed = {_identity(r.gap): r.field.text() for r in self.rows if r.field is not None and r.field.text()}
        typing = next((_identity(r.gap) for r in self.rows if r.field is not None and r.field.hasFocus()), None)
        self.list_box = QWidget()  # a new box each time: the scroll area deletes the old one
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(2)
        self.rows = []
        where = None
        for gap in report.gaps:
            if gap.where != where:
                where = gap.where
                self.list_layout.addWidget(self._heading(gap))
            row = GapRow(self, gap)
            if row.field is not None and _identity(gap) in typed:
                row.field.setText(typed[_identity(gap)])
            self.rows.append(row)
            self.list_layout.addWidget(row)
        if not report.gaps:
            done = QLabel(tr("gaps_panel", "Nothing left to adapt in the chosen sessions."))
            done.setWordWrap(True)
            self.list_layout.addWidget(done)
        self.list_layout.addStretch(1)
        self.scroller.setWidget(self.list_box)
        self.scroller.verticalScrollBar().setValue(scroll)
        fields = [r.field for r in self.rows if r.field is not None]
        kept = next((r.field for r in self.rows if r.field is not None and _identity(r.gap) == typing), None)
        if kept is not None:
            kept.setFocus()
        elif self._focus_index is not None and fields:  # after a fill: the next gap's field
            fields[min(self._focus_index, len(fields) - 1)].setFocus()
        self._focus_index = None

    def _heading(self, gap: Gap) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 8, 0, 0)
        label = QLabel(f"<b>{escape(gap.where, quote=False)}</b>")
        label.setWordWrap(True)
        row.addWidget(label, 1)
        if gap.location.get("kind") in ("slide", "profile"):
            button = QPushButton(
                tr("gaps_panel", "Go to slide")
                if gap.location.get("kind") == "slide"
                else tr("gaps_panel", "Go to profile")
            )
            location = dict(gap.location)
            button.clicked.connect(lambda: self.go_to.emit(location))
            row.addWidget(button)
        return box

    def gap_rows(self, kind: str | None = None, slide: str | None = None) -> list[GapRow]:
        """The rows shown, of one ``kind`` and/or on one ``slide`` key."""
        return [
            r
            for r in self.rows
            if (kind is None or r.gap.kind == kind) and (slide is None or r.gap.location.get("slide") == slide)
        ]

    # ---- filling ----------------------------------------------------------------------------------
    def _apply(self, row: GapRow, doing: str, action: Any) -> bool:
        fields = [r.field for r in self.rows if r.field is not None]
        self._focus_index = fields.index(row.field) if row.field in fields else None
        try:
            action()
        except TrainerKitError as exc:
            self._focus_index = None
            show_error(self, exc, doing)
            return False
        row.setEnabled(False)  # done; the list is read again
        return True

    def fill(self, row: GapRow) -> bool:
        """Store the row's text: a placeholder's replacement on its slide, or a profile field's value."""
        if row.field is None:
            return False
        text = row.field.text().strip()
        if not text:
            row.field.setFocus()
            return False
        gap = row.gap
        if gap.kind == "placeholder":
            find = str(gap.location.get("placeholder", ""))
            key = str(gap.location["slide"])
            return self._apply(
                row,
                tr("gaps_panel", "replacing a placeholder"),
                lambda: self.controller.edit_text(key, find, text),
            )
        field_name = str(gap.location.get("field"))
        return self._apply(
            row, tr("gaps_panel", "setting a profile field"), lambda: self.controller.set_profile({field_name: text})
        )

    def mark_adapted(self, row: GapRow) -> bool:
        key = str(row.gap.location["slide"])
        return self._apply(
            row, tr("gaps_panel", "marking a slide adapted"), lambda: self.controller.slide_change("mark-adapted", key)
        )

    def hide_slide(self, row: GapRow) -> bool:
        key = str(row.gap.location["slide"])
        return self._apply(row, tr("gaps_panel", "hiding a slide"), lambda: self.controller.set_hidden([key], True))
