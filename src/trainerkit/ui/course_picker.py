"""The course picker: open one of your courses (recent first) or create a new one for a country.

A new course starts from the bundled OHCHR course; the country (from the ISO 3166 list) fills
``{{country}}`` on the slides. The dialog only collects the choice; the main window asks the controller.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainerkit.errors import InvalidInputError
from trainerkit.ui.controller import CourseController
from trainerkit.ui.i18n import tr
from trainerkit.ui.profile_form import buddy_label, country_combo
from trainerkit.ui.worker import show_error
from trainerkit.values import course_name


class CoursePicker(QDialog):
    """``choice()`` after ``exec()``: ("open", name, None) or ("new", name, country)."""

    def __init__(self, controller: CourseController, parent: QWidget | None = None, new: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("course_picker", "Open or create a course"))
        self.setMinimumWidth(520)
        self.controller = controller
        self.list = QListWidget()
        self.list.setAccessibleName(tr("course_picker", "Your courses, most recent first"))
        recent = controller.recent()
        others = [c.name for c in controller.courses() if c.name not in recent]
        for name in recent + others:
            record = next(c for c in controller.courses() if c.name == name)
            country = record.initial_profile.get("country", "no country")
            item = QListWidgetItem(
                tr("course_picker", "{name}  ({country}, {count} changes)").format(
                    name=name, country=country, count=len(record.active_changes)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self._open())
        open_box = QGroupBox(tr("course_picker", "&Your courses"))
        open_layout = QVBoxLayout(open_box)
        open_layout.addWidget(
            self.list if self.list.count() else QLabel(tr("course_picker", "No courses yet: create one below."))
        )

        self.name = QLineEdit()
        self.name.setAccessibleName(tr("course_picker", "New course name"))
        self.name.setPlaceholderText(tr("course_picker", "e.g. Nairobi, May 2025"))
        self.country = country_combo()
        self.country.setAccessibleName(tr("course_picker", "Country of the new course"))
        form = QFormLayout()
        form.addRow(buddy_label(tr("course_picker", "&Name:"), self.name), self.name)
        form.addRow(buddy_label(tr("course_picker", "&Country:"), self.country), self.country)
        self.message = QLabel()  # why Create did nothing: an empty or refused name
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("course_picker", "New course message"))
        form.addRow("", self.message)
        new_box = QGroupBox(
            tr("course_picker", "&New course from the bundled course ({short_title})").format(
                short_title=controller.course.short_title
            )
        )
        new_box.setLayout(form)

        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(tr("course_picker", "&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setEnabled(self.list.count() > 0)
        self.create_button = buttons.addButton(tr("course_picker", "C&reate"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.clicked.connect(self._open)
        self.create_button.clicked.connect(self._create)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(open_box, 1)
        layout.addWidget(new_box)
        layout.addWidget(buttons)
        self._choice: tuple[str, str, str | None] | None = None
        if new or not self.list.count():
            self.name.setFocus()

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._choice = ("open", str(item.data(Qt.ItemDataRole.UserRole)), None)
            self.accept()

    def _create(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.message.setText(
                "<span style='color:#A84B00'>"
                + tr("course_picker", "Give the new course a name (for example the place and month of the training).")
                + "</span>"
            )
            self.name.setFocus()
            return
        try:  # the same check as `trainerkit course create` (trainerkit.values)
            name = course_name(name)
        except InvalidInputError as exc:
            show_error(self, exc, tr("course_picker", "creating the course"))
            self.name.setFocus()
            return
        self._choice = ("new", name, self.country.currentText().strip() or None)
        self.accept()

    def choice(self) -> tuple[str, str, str | None] | None:
        return self._choice
