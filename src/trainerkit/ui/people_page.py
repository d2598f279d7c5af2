"""The People page: who leads each session, and the participants list.

Facilitators: one row per session; type a name in the second column (Enter) to set who leads it, or
clear it. Participants: a table of name and organisation; type in the empty last row to add someone,
edit a cell to correct, "Remove" takes the selected rows off, "Import from a file…" reads a CSV or XLSX
list (``courseops.people.read_participants``: empty rows and repeated names are skipped and said; a file
that cannot be read changes nothing). Every edit is one undo step through the controller, like any change.
Export gives name tags, certificates and attendance sheets from the list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainerkit.errors import TrainerKitError
from trainerkit.ui.controller import CourseController
from trainerkit.ui.i18n import tr
from trainerkit.ui.worker import show_error

SESSION_ROLE = Qt.ItemDataRole.UserRole + 30


class PeoplePage(QWidget):
    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._filling = False
        self._editing = False  # inside an itemChanged handler: its item must outlive the handler

        self.leads = QTableWidget(0, 2)
        self.leads.setAccessibleName(tr("people_page", "Facilitator of each session"))
        self.leads.setHorizontalHeaderLabels([tr("people_page", "Session"), tr("people_page", "Facilitator")])
        self.leads.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.leads.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.leads.verticalHeader().hide()
        self.leads.itemChanged.connect(self._lead_changed)
        leads_box = QGroupBox(tr("people_page", "&Facilitators: who leads each session (trainer pack, agenda)"))
        QVBoxLayout(leads_box).addWidget(self.leads)

        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(tr("people_page", "Participants list"))
        self.table.setHorizontalHeaderLabels([tr("people_page", "Name"), tr("people_page", "Organisation")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._participant_changed)
        self.import_button = QPushButton(tr("people_page", "&Import from a file (CSV or Excel)…"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.remove_button = QPushButton(tr("people_page", "&Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.count = QLabel()
        self.count.setAccessibleName(tr("people_page", "Number of participants"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("people_page", "Participants list messages"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        people_box = QGroupBox(tr("people_page", "P&articipants: name tags, certificates, attendance sheets"))
        people_layout = QVBoxLayout(people_box)
        hint = QLabel(
            tr(
                "people_page",
                "Type a name in the empty last row to add someone; export makes the papers from the list.",
            )
        )
        hint.setWordWrap(True)
        people_layout.addWidget(hint)
        people_layout.addWidget(self.table, 1)
        people_layout.addLayout(buttons)
        people_layout.addWidget(self.message)

        for box in (leads_box, people_box):  # narrower than their titles: the page fits beside a dock at 1366 px
            box.setMinimumWidth(260)
        splitter = QSplitter()
        splitter.addWidget(leads_box)
        splitter.addWidget(people_box)
        splitter.setSizes([380, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # ---- showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._editing:  # called back from inside a table's itemChanged: rebuild after it returns
            QTimer.singleShot(0, self.refresh)
            return
        has_course = self.controller.name is not None
        self.setEnabled(has_course)
        self._filling = True
        try:
            course = self.controller.course
            state = self.controller.state() if has_course else None
            leads = state.facilitators if state else {}
            taught = [s for s in course.sessions if state is None or s.number in state.sessions]  # Sessions to teach
            self.leads.setRowCount(len(taught))
            for row, session in enumerate(taught):
                label = QTableWidgetItem(
                    tr("people_page", "Session {number}: {title}").format(number=session.number, title=session.title)
                )
                label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
                lead = QTableWidgetItem(leads.get(session.number, ""))
                lead.setData(SESSION_ROLE, session.number)
                self.leads.setItem(row, 0, label)
                self.leads.setItem(row, 1, lead)
            people = self.controller.participants() if has_course else []
            self.table.setRowCount(len(people) + 1)  # the last row is empty: typing there adds someone
            for row, person in enumerate([*people, {"name": "", "organisation": ""}]):
                self.table.setItem(row, 0, QTableWidgetItem(person["name"]))
                self.table.setItem(row, 1, QTableWidgetItem(person.get("organisation", "")))
            self.count.setText(tr("people_page", "{count} participants").format(count=len(people)))
        finally:
            self._filling = False

    def rows(self) -> list[dict[str, str]]:
        """The table's participants (the empty last row left out)."""
        out = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0)
            org = self.table.item(row, 1)
            text = name.text().strip() if name is not None else ""
            if text:
                out.append({"name": text, "organisation": org.text().strip() if org is not None else ""})
        return out

    # ---- editing ---------------------------------------------------------------------------------
    def _lead_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1:
            return
        session, text = int(item.data(SESSION_ROLE)), item.text()
        self._editing = True
        try:
            self.controller.set_facilitator(session, text)
        except TrainerKitError as exc:
            if "already" not in str(exc) and "has no facilitator" not in str(exc):
                show_error(self, exc, tr("people_page", "setting the facilitator"))
            self.refresh()
        finally:
            self._editing = False

    def _participant_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        rows = self.rows()
        if rows == self.controller.participants():
            return
        what = ""
        last = self.table.rowCount() - 1
        if item.row() == last and item.column() == 0 and item.text().strip():
            what = tr("people_page", "Add {name} to the participants").format(name=item.text().strip())
        self._editing = True
        try:
            self._save(rows, what, tr("people_page", "changing the participants list"))
        finally:
            self._editing = False

    def _save(self, rows: list[dict[str, str]], what: str, doing: str) -> bool:
        try:
            self.controller.set_participants(rows, what)
        except TrainerKitError as exc:
            self.message.setText(f"<span style='color:#A84B00'>{exc}</span>")
            show_error(self, exc, doing)
            self.refresh()
            return False
        self.message.setText("")
        return True

    def remove_selected(self) -> None:
        chosen = {index.row() for index in self.table.selectionModel().selectedRows()}
        people = self.controller.participants()
        keep = [p for row, p in enumerate(people) if row not in chosen]
        if len(keep) == len(people):
            return
        gone = len(people) - len(keep)
        what = tr("people_page", "Remove {count} participants").format(count=gone)
        self._save(keep, what, tr("people_page", "removing participants"))

    def import_file(self, path: Path | None = None) -> bool:
        """Ask for a CSV or XLSX file (unless ``path``) and add its names as one undo step."""
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                tr("people_page", "Import participants"),
                "",
                tr("people_page", "Participants lists (*.csv *.xlsx *.xlsm *.txt);;All files (*)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            change, notes = self.controller.import_participants(path)
        except TrainerKitError as exc:
            self.message.setText(
                "<span style='color:#A84B00'>"
                + tr("people_page", "Nothing imported: {error}").format(error=exc)
                + "</span>"
            )
            show_error(self, exc, tr("people_page", "importing participants"))
            return False
        lines = [change.describe() + ".", *notes]
        self.message.setText("<br/>".join(lines))
        return True
