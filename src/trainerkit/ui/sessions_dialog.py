"""Sessions to teach: which of the course's sessions this course exports, packs and checks.

The same choice as ``trainerkit course sessions NAME N...`` (``OpenCourse.select_sessions``), made with a
tick box per session; one undo step. The dialog only collects the choice; the main window hands it to
the controller.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainerkit.course import Course
from trainerkit.ui.i18n import tr


class SessionsDialog(QDialog):
    """A tick box per session of ``course``; ``chosen`` are ticked at the start. OK needs one ticked."""

    def __init__(self, course: Course, chosen: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("sessions_dialog", "Sessions to teach"))
        self.list = QListWidget()
        self.list.setAccessibleName(tr("sessions_dialog", "Sessions to teach"))
        for session in course.sessions:
            item = QListWidgetItem(
                tr("sessions_dialog", "Session {number}: {title}").format(number=session.number, title=session.title)
            )
            item.setData(Qt.ItemDataRole.UserRole, session.number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if session.number in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._update())
        self.list.itemActivated.connect(self._toggle)
        self.all_button = QPushButton(tr("sessions_dialog", "&All"))
        self.all_button.clicked.connect(lambda: self.tick_all(True))
        self.none_button = QPushButton(tr("sessions_dialog", "&None"))
        self.none_button.clicked.connect(lambda: self.tick_all(False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.none_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.count = QLabel()
        self.count.setAccessibleName(tr("sessions_dialog", "Sessions chosen"))
        note = QLabel(
            tr(
                "sessions_dialog",
                "Export, Pack for venue, the gaps list and the trainer pack cover the ticked sessions. "
                "Space ticks the current one.",
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.resize(560, 460)
        self._update()

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def tick_all(self, on: bool) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_chosen(self, numbers: list[int]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in numbers
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[int]:
        """The ticked session numbers, in course order."""
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
            if (item := self.list.item(row)).checkState() == Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        count = len(self.chosen())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(count > 0)
        self.count.setText(
            tr("sessions_dialog", "{count} of {total} sessions chosen.").format(count=count, total=self.list.count())
            if count
            else tr("sessions_dialog", "Tick at least one session.")
        )
