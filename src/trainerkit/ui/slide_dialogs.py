"""Small dialogs of the slide sorter: choose slides to import, edit speaker notes, move a slide to a
position; and ``example_spec``.

Each dialog only collects input and returns it; the sorter hands it to the controller (the core).
Examples are inserted from the examples library (``trainerkit.ui.examples_page``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainerkit.courseops.index import SlideRow
from trainerkit.deck.safety import open_presentation
from trainerkit.deck.slides import list_slides
from trainerkit.store.courses import Change
from trainerkit.ui.i18n import tr


def left_out_text(changes: list[Change]) -> str | None:
    """What the imported slides left out (from each change's stored notes), as one message; None when
    nothing was."""
    lines = []
    for change in changes:
        for note in change.payload.get("notes", []):
            lines.append(
                tr("slide_dialogs", "• Slide {slide}: {note}")
                .format(slide=change.payload.get("slide"), note=note[0].upper() + note[1:])
                .rstrip(".")
                + "."
            )
    if not lines:
        return None
    count = len(changes)
    head = (
        tr("slide_dialogs", "1 slide was inserted. Not everything came with it:")
        if count == 1
        else tr("slide_dialogs", "{count} slides were inserted. Not everything came with it:").format(count=count)
    )
    return head + "\n\n" + "\n".join(lines)


def show_left_out(parent: QWidget, changes: list[Change]) -> QMessageBox | None:
    """Tell the trainer what an import left out (non-blocking; the box is returned for tests)."""
    text = left_out_text(changes)
    if text is None:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("slide_dialogs", "Slides inserted"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def example_spec(kind: str, title: str, text: str, by: str, notes: str) -> dict[str, Any]:
    """A slide spec (docs/slide-source-format.md) for a local quote or fact."""
    if kind == "quote":
        spec: dict[str, Any] = {"layout": "quote", "title": title, "quote": {"text": text, "by": by}}
    else:
        spec = {"layout": "bullets", "title": title, "bullets": [line for line in text.splitlines() if line.strip()]}
        if by:
            spec["source"] = by
    spec["notes"] = notes or "A local example added by the trainer."
    return spec


class ImportSlidesDialog(QDialog):
    """Tick the slides of a presentation to copy into the session."""

    def __init__(self, file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("slide_dialogs", "Insert slides from {name}").format(name=file.name))
        prs = open_presentation(file, allow_macros_stripped=True)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("slide_dialogs", "Slides to insert"))
        for info in list_slides(prs):
            item = QListWidgetItem(f"{info.index + 1}. {info.title or tr('slide_dialogs', '(no title)')}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, info.index + 1)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("slide_dialogs", "Tick the slides to insert after the selected slide (Space ticks):"))
        )
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def numbers(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if (item := self.list.item(i)) is not None and item.checkState() == Qt.CheckState.Checked
        ]


class NotesDialog(QDialog):
    def __init__(self, title: str, notes: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("slide_dialogs", "Speaker notes: {title}").format(title=title))
        self.edit = QPlainTextEdit(notes)
        self.edit.setAccessibleName(tr("slide_dialogs", "Speaker notes"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("slide_dialogs", "Tokens such as {{country}} are filled from the country profile at export."))
        )
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def notes(self) -> str:
        return self.edit.toPlainText()


class MoveToDialog(QDialog):
    """Where slide ``row`` goes in its session: a position number, or right after another slide."""

    def __init__(
        self, row: SlideRow, rows: list[SlideRow], title_of: Callable[[SlideRow], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.row = row
        name = title_of(row) or row.key
        self.setWindowTitle(
            tr("slide_dialogs", "Move slide {position}: {title}").format(position=row.position, title=name)
        )
        self.by_position = QRadioButton(tr("slide_dialogs", "To &position"))
        self.by_position.setChecked(True)
        self.position = QSpinBox()
        self.position.setRange(1, max(1, len(rows)))
        self.position.setValue(row.position)
        self.position.setAccessibleName(tr("slide_dialogs", "New position"))
        self.position.setSuffix(tr("slide_dialogs", " of {count}").format(count=len(rows)))
        self.by_after = QRadioButton(tr("slide_dialogs", "&After slide"))
        self.after = QComboBox()
        self.after.setAccessibleName(tr("slide_dialogs", "Slide to put it after"))
        for other in rows:
            if other.key != row.key:
                self.after.addItem(f"{other.position}. {title_of(other) or other.key}", other.key)
        self.after.activated.connect(lambda _index: self.by_after.setChecked(True))
        self.position.valueChanged.connect(lambda _value: self.by_position.setChecked(True))
        grid = QGridLayout()
        grid.addWidget(self.by_position, 0, 0)
        grid.addWidget(self.position, 0, 1)
        grid.addWidget(self.by_after, 1, 0)
        grid.addWidget(self.after, 1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("slide_dialogs", "Where should the slide go in its session?")))
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.resize(520, 160)

    def choice(self) -> tuple[int | None, str | None]:
        """(position, None) or (None, key of the slide to put it after)."""
        if self.by_after.isChecked() and self.after.currentData():
            return None, str(self.after.currentData())
        return self.position.value(), None
