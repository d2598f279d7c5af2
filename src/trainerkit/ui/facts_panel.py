"""The country facts view: which UN human rights treaties the course's country has ratified, and corrections.

It shows ``trainerkit.courseops.facts.course_facts_of`` (the same as ``trainerkit facts NAME``): for each
of the 18 instruments its status and year, from the bundled data (UN Treaty Collection, status as of June
2022; the view says so and asks to check for later changes) with the trainer's corrections applied. A
correction (a row, a status, a year) is one undoable ``fact`` change through the controller; "Back to
the data" takes it back. Export writes these facts into the Session 3 and 4 ratification slides and the
ratified-treaties handout (``trainerkit.export.facts_fill``). Reading the bundled CSV is quick (cached),
so the view reads again on every change to the course.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainerkit.course.facts import PARTY, STATUS_NOTE, STATUS_WORDS, CountryFacts, TreatyStatus, course_country_code
from trainerkit.courseops.facts import course_facts_of
from trainerkit.errors import TrainerKitError
from trainerkit.messages import _ as core_message
from trainerkit.messages import language
from trainerkit.ui.controller import CourseController
from trainerkit.ui.i18n import QT_TRANSLATE_NOOP, tr
from trainerkit.ui.worker import show_error

CORRECTED = QColor("#1F5FA8")
#: The status words a correction takes (``course.facts.STATUS_WORDS``), as the trainer reads them.
STATUS_NAMES = {
    "ratified": QT_TRANSLATE_NOOP("facts_panel", "ratified"),
    "acceded": QT_TRANSLATE_NOOP("facts_panel", "acceded"),
    "succession": QT_TRANSLATE_NOOP("facts_panel", "succession"),
    "signed": QT_TRANSLATE_NOOP("facts_panel", "signed only"),
    "no action": QT_TRANSLATE_NOOP("facts_panel", "no action"),
}


def status_text(entry: TreatyStatus) -> str:
    """The status column: how the State became party, "Signed only", "No action" (the year apart)."""
    if entry.status == PARTY:
        return core_message(entry.how.capitalize())  # in the app's language (the core follows it)
    return entry.label_in(language())


class FactsPanel(QDockWidget):
    """Dock with the treaty table of the course's country and a line to correct an entry."""

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(tr("facts_panel", "Country facts"), parent)
        self.setObjectName("factsPanel")
        self.controller = controller
        self.facts: CountryFacts | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(tr("facts_panel", "Country"))
        self.note = QLabel(f"<i>{core_message(STATUS_NOTE)}.</i>")
        self.note.setWordWrap(True)
        self.note.setAccessibleName(tr("facts_panel", "Source of the facts"))
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [tr("facts_panel", "Instrument"), tr("facts_panel", "Status"), tr("facts_panel", "Year")]
        )
        self.table.setAccessibleName(tr("facts_panel", "Treaty ratifications"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_: self._selected())
        layout.addWidget(self.table, 1)

        self.instrument = QLabel()
        layout.addWidget(self.instrument)
        correct = QHBoxLayout()
        self.status = QComboBox()
        self.status.setAccessibleName(tr("facts_panel", "Corrected status"))
        for word in STATUS_WORDS:
            self.status.addItem(tr("facts_panel", STATUS_NAMES.get(word, word)), word)
        self.status.currentIndexChanged.connect(lambda _i: self._year_allowed())
        self.year = QSpinBox()
        self.year.setRange(1945, 2100)
        self.year.setValue(2023)
        self.year.setAccessibleName(tr("facts_panel", "Year of ratification"))
        self.correct_button = QPushButton(tr("facts_panel", "&Correct"))
        self.correct_button.clicked.connect(lambda: self.correct())
        self.reset_button = QPushButton(tr("facts_panel", "Back to the &data"))
        self.reset_button.clicked.connect(lambda: self.back_to_data())
        for widget in (self.status, self.year, self.correct_button, self.reset_button):
            correct.addWidget(widget)
        correct.addStretch(1)
        layout.addLayout(correct)
        self.uses = QLabel(
            tr(
                "facts_panel",
                "Export writes these into the Session 3 slide 'Treaties ratified by …', the Session 4 "
                "ratification table and the ratified-treaties handout. A correction is one change: Undo takes it back.",
            )
        )
        self.uses.setWordWrap(True)
        layout.addWidget(self.uses)
        self.setMinimumWidth(380)  # with the tree and any page: the window still fits 1366 px
        self.setWidget(body)
        controller.changed.connect(self._course_changed)

    def _course_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read the facts of the open course's country again (keeps the selected row)."""
        row = self.table.currentRow()
        self.table.setRowCount(0)
        self.facts = None
        if self.controller.name is None:
            self.heading.setText(tr("facts_panel", "Open a course first."))
            self._enable(False)
            return
        if not course_country_code(self.controller.state().profile):  # the core's message names a command
            self.heading.setText(
                tr("facts_panel", "This course has no country: choose one on the Country profile tab.")
            )
            self._enable(False)
            return
        try:
            self.facts = course_facts_of(self.controller.store, self.controller.name)
        except TrainerKitError as exc:
            self.heading.setText(str(exc))
            self._enable(False)
            return
        facts = self.facts
        self.heading.setText(
            tr("facts_panel", "<b>{state} ({code})</b>: UN human rights treaties").format(
                state=facts.state, code=facts.code
            )
        )
        self.table.setRowCount(len(facts.treaties))
        for index, entry in enumerate(facts.treaties):
            mine = tr("facts_panel", " (your correction)") if entry.corrected else ""
            cells = [entry.instrument, status_text(entry) + mine, str(entry.year or "")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(entry.name + (f"\n{entry.note}" if entry.note else ""))
                if entry.corrected:
                    item.setForeground(QBrush(CORRECTED))
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(index, column, item)
        self._enable(True)
        self.table.setCurrentCell(max(0, min(row, len(facts.treaties) - 1)), 0)
        self._selected()

    def _enable(self, enabled: bool) -> None:
        for widget in (self.table, self.status, self.year, self.correct_button, self.reset_button):
            widget.setEnabled(enabled)

    def entry(self, instrument: str) -> TreatyStatus | None:
        return self.facts.get(instrument) if self.facts is not None else None

    def select(self, instrument: str) -> None:
        if self.facts is None:
            return
        codes = [t.instrument for t in self.facts.treaties]
        if instrument in codes:
            self.table.setCurrentCell(codes.index(instrument), 0)

    def current(self) -> TreatyStatus | None:
        row = self.table.currentRow()
        if self.facts is None or not 0 <= row < len(self.facts.treaties):
            return None
        return self.facts.treaties[row]

    def _selected(self) -> None:
        entry = self.current()
        self.instrument.setText(
            tr("facts_panel", "Correct <b>{instrument}</b> (a change since June 2022, or an error):").format(
                instrument=entry.instrument
            )
            if entry
            else ""
        )
        self.reset_button.setEnabled(bool(entry and entry.corrected))
        if entry is None:
            return
        word = {"signed": "signed", "no action": "no action"}.get(entry.status, entry.how)
        self.status.setCurrentIndex(max(0, self.status.findData(word)))  # the entry as it stands
        self.year.setValue(entry.year or 2023)  # the data stop in June 2022

    def _year_allowed(self) -> None:
        self.year.setEnabled(self.status.currentData() in ("ratified", "acceded", "succession"))

    def correct(self, status: str | None = None, year: int | None = None) -> bool:
        """Record the chosen status (and year, for a ratification) for the selected instrument."""
        entry = self.current()
        if entry is None:
            return False
        if status is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(status)))
        if year is not None:
            self.year.setValue(year)
        word = str(self.status.currentData())
        text = f"{entry.instrument}={word}"
        if word in ("ratified", "acceded", "succession"):
            text += f":{self.year.value()}"
        return self._record(text)

    def back_to_data(self) -> bool:
        entry = self.current()
        if entry is None or not entry.corrected:
            return False
        return self._record(f"{entry.instrument}=")

    def _record(self, text: str) -> bool:
        try:
            self.controller.correct_fact(text)
        except TrainerKitError as exc:
            show_error(self, exc, tr("facts_panel", "correcting a country fact"))
            return False
        self.refresh()
        return True
