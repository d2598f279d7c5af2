"""The country profile form: the values that replace ``{{tokens}}`` on slides, notes and handouts.

Each field is saved as one ``profile`` change when the trainer leaves it (Tab, Enter or a click
elsewhere), so it is one undo step and the previews show the new value at once. Custom tokens are extra
rows (name, value) for a trainer's own ``{{tokens}}``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainerkit.countries import countries
from trainerkit.errors import TrainerKitError
from trainerkit.recipe import PROFILE_FIELDS, PROFILE_LABELS
from trainerkit.ui.controller import CourseController
from trainerkit.ui.i18n import QT_TRANSLATE_NOOP, tr
from trainerkit.ui.worker import show_error

HIDDEN_KEYS = {"country_code"}


#: the core's ``PROFILE_LABELS`` marked for translation here (the core does not speak Qt)
LABELS_FOR_TRANSLATION = (
    QT_TRANSLATE_NOOP("profile_form", "Country"),
    QT_TRANSLATE_NOOP("profile_form", "Region"),
    QT_TRANSLATE_NOOP("profile_form", "Organisation"),
    QT_TRANSLATE_NOOP("profile_form", "Venue"),
    QT_TRANSLATE_NOOP("profile_form", "Dates"),
    QT_TRANSLATE_NOOP("profile_form", "Facilitators"),
    QT_TRANSLATE_NOOP("profile_form", "Number of participants"),
    QT_TRANSLATE_NOOP("profile_form", "Language"),
)


def field_label(key: str) -> str:
    """The profile field's label in the app's language."""
    return tr("profile_form", PROFILE_LABELS[key])


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose &-mnemonic (Alt+letter) moves the focus to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def country_names() -> list[str]:
    return sorted({c.name for c in countries()})


def country_combo() -> QComboBox:
    """An editable, searchable list of the ISO 3166 countries."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItem("")
    combo.addItems(country_names())
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    return combo


class ProfileForm(QWidget):
    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.fields: dict[str, QLineEdit] = {}
        self.country = country_combo()
        self.country.setAccessibleName(tr("profile_form", "Country"))
        line = self.country.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._country_done)
        self.country.activated.connect(lambda _i: self._country_done())
        form = QFormLayout()
        form.addRow(buddy_label(f"&{field_label('country')}:", self.country), self.country)
        for key in PROFILE_FIELDS:
            if key == "country":
                continue
            edit = QLineEdit()
            edit.setAccessibleName(field_label(key))
            edit.setPlaceholderText("{{" + key + "}}")
            edit.editingFinished.connect(lambda k=key: self._field_done(k))
            self.fields[key] = edit
            form.addRow(buddy_label(f"&{field_label(key)}:", edit), edit)
        box = QGroupBox(tr("profile_form", "Course profile"))
        box.setLayout(form)

        self.custom = QTableWidget(0, 2)
        self.custom.setHorizontalHeaderLabels([tr("profile_form", "Token"), tr("profile_form", "Value")])
        self.custom.horizontalHeader().setStretchLastSection(True)
        self.custom.setAccessibleName(tr("profile_form", "Custom tokens"))
        self.custom.itemChanged.connect(self._custom_changed)
        add = QPushButton(tr("profile_form", "&Add token"))
        add.setAccessibleName(tr("profile_form", "Add a custom token"))
        add.clicked.connect(self._add_custom_row)
        remove = QPushButton(tr("profile_form", "&Remove token"))
        remove.setAccessibleName(tr("profile_form", "Remove the selected custom token"))
        remove.clicked.connect(self._remove_custom_row)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        custom_box = QGroupBox(tr("profile_form", "Custom tokens"))
        custom_layout = QVBoxLayout(custom_box)
        custom_hint = QLabel(
            tr("profile_form", "Your own {{tokens}} for slides you add: a name (letters, digits, _) and its value.")
        )
        custom_hint.setWordWrap(True)  # long in French: unwrapped, it widened the window past 1366 px
        custom_layout.addWidget(custom_hint)
        custom_layout.addWidget(self.custom)
        custom_layout.addLayout(buttons)

        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "profile_form",
                "These values replace the {{tokens}} on slides and in speaker notes; "
                "the slide previews show them at once.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addWidget(custom_box, 1)
        layout.addWidget(self.note)
        self._loading = False

    def refresh(self) -> None:
        self._loading = True
        try:
            enabled = self.controller.name is not None
            self.setEnabled(enabled)
            profile = self.controller.state().profile if enabled else {}
            self.country.setCurrentText(profile.get("country", ""))
            for key, edit in self.fields.items():
                if edit.text() != profile.get(key, ""):
                    edit.setText(profile.get(key, ""))
            custom = sorted((k, v) for k, v in profile.items() if k not in PROFILE_FIELDS and k not in HIDDEN_KEYS)
            self.custom.setRowCount(len(custom))
            for i, (key, value) in enumerate(custom):
                self.custom.setItem(i, 0, QTableWidgetItem(key))
                self.custom.setItem(i, 1, QTableWidgetItem(value))
            self.note.setText(tr("profile_form", "Open or create a course to edit its profile.") if not enabled else "")
        finally:
            self._loading = False

    def _save(self, values: dict[str, str], tokens: bool = False) -> None:
        """Save profile fields, or (``tokens``) the trainer's own tokens from the custom-token table: those
        are declared there, so a new name is accepted; a misspelt field elsewhere is refused by name."""
        if self._loading or self.controller.name is None:
            return
        current = self.controller.state().profile
        values = {k: v for k, v in values.items() if current.get(k, "") != v}
        if not values:
            return
        try:
            if tokens:
                self.controller.set_profile({}, values)
            else:
                self.controller.set_profile(values)
        except TrainerKitError as exc:
            show_error(self, exc, tr("profile_form", "saving the course profile"))
            self.refresh()

    def _country_done(self) -> None:
        self._save({"country": self.country.currentText().strip()})

    def _field_done(self, key: str) -> None:
        self._save({key: self.fields[key].text().strip()})

    def set_value(self, key: str, value: str) -> None:
        """Type a value and leave the field (what a trainer does; used by tests and screenshots)."""
        if key == "country":
            self.country.setCurrentText(value)
            self._country_done()
        elif key in self.fields:
            self.fields[key].setText(value)
            self._field_done(key)
        else:
            self._save({key: value}, tokens=True)

    def _add_custom_row(self) -> None:
        row = self.custom.rowCount()
        self.custom.insertRow(row)
        self.custom.setCurrentCell(row, 0)
        self.custom.editItem(self.custom.item(row, 0) or self._blank(row, 0))

    def _blank(self, row: int, column: int) -> QTableWidgetItem:
        self._loading = True
        item = QTableWidgetItem("")
        self.custom.setItem(row, column, item)
        self._loading = False
        return item

    def _remove_custom_row(self) -> None:
        row = self.custom.currentRow()
        key_item = self.custom.item(row, 0) if row >= 0 else None
        if key_item is None:
            return
        key = key_item.text().strip()
        self.custom.removeRow(row)
        if key:
            self._save({key: ""}, tokens=True)

    def _custom_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        key_item, value_item = self.custom.item(item.row(), 0), self.custom.item(item.row(), 1)
        key = key_item.text().strip() if key_item else ""
        if key and value_item is not None:
            self._save({key: value_item.text().strip()}, tokens=True)
