"""The slide editor: every text of one slide (title, paragraphs, table cells, text in groups) and its
speaker notes, each in a field, beside the slide's picture.

It only collects text: "Apply" hands the changed texts and notes to the controller as one undo step
(``OpenCourse.edit_slide``: a ``set-text`` change per text, stored by slide key and text location, and
an ``edit-notes`` change). While the trainer types, the picture is redrawn from the draft off the main
thread (``thumbnails.draft_slide_thumbnail`` through ``worker.run_job``, quick drawing); once applied, the
slide sorter's pictures (LibreOffice's when installed) take over. Undo, redo or a change made elsewhere
reloads the fields from the course. Previous and Next apply what was typed, then open the neighbour.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trainerkit import thumbnails
from trainerkit.deck.texts import SlideText
from trainerkit.errors import TrainerKitError
from trainerkit.jobs import CancelToken, Progress
from trainerkit.store import open_store
from trainerkit.ui.controller import CourseController
from trainerkit.ui.i18n import tr
from trainerkit.ui.worker import PICTURES, Job, run_job, show_error, stop_jobs

log = logging.getLogger(__name__)
DRAFT_DELAY_MS = 400  # the picture follows the typing after this pause


class TextField(QPlainTextEdit):
    """One text of the slide: as tall as its lines (2 to 6), Tab moves on, Enter is a line break."""

    def __init__(self, text: SlideText, parent: QWidget | None = None) -> None:
        super().__init__(text.text, parent)
        self.slide_text = text
        self.setTabChangesFocus(True)
        self.setAccessibleName(text.where)
        self.setToolTip(
            tr("slide_editor", "{where} (location {location})").format(where=text.where, location=text.location)
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        lines = max(2, min(6, self.document().lineCount() + (1 if len(self.toPlainText()) > 70 else 0)))
        height = QFontMetrics(self.font()).lineSpacing() * lines + 12
        self.setFixedHeight(height)

    def value(self) -> str:
        return self.toPlainText()

    def changed(self) -> bool:
        return self.value() != self.slide_text.text


class SlideEditor(QDialog):
    """Edit the texts and notes of one slide of the open course; non-modal, one per sorter."""

    applied = Signal(str)  # the slide key whose edits were recorded
    neighbour_requested = Signal(str, int)  # key, -1 previous / +1 next

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.key: str | None = None
        self.session: int | None = None
        self.fields: list[TextField] = []
        self._generation = 0
        self._job: Job | None = None
        self._recording = False
        self._pixmap: QPixmap | None = None
        self.setWindowTitle(tr("slide_editor", "Edit slide text"))

        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(420, 236)
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.picture.setAccessibleName(tr("slide_editor", "Slide picture"))
        self.picture_note = QLabel()
        self.picture_note.setWordWrap(True)
        self.picture_note.setAccessibleName(tr("slide_editor", "Picture status"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(tr("slide_editor", "Slide"))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        hint = QLabel(
            tr(
                "slide_editor",
                "Each field is one paragraph of the slide; Enter makes a line break. Tokens such as "
                "{{country}} are filled from the country profile at export. The formatting stays.",
            )
        )
        hint.setWordWrap(True)

        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        scroll.setAccessibleName(tr("slide_editor", "Texts of the slide"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(tr("slide_editor", "Speaker notes"))
        self.notes.setMinimumHeight(110)
        self.notes.textChanged.connect(self._typed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.picture, 1)
        left_layout.addWidget(self.picture_note)
        notes_label = QLabel(tr("slide_editor", "&Speaker notes"))
        notes_label.setBuddy(self.notes)
        left_layout.addWidget(notes_label)
        left_layout.addWidget(self.notes)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(hint)
        right_layout.addWidget(scroll, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.previous_button = QPushButton(tr("slide_editor", "◀ &Previous slide"))
        self.previous_button.clicked.connect(lambda: self._neighbour(-1))
        self.next_button = QPushButton(tr("slide_editor", "&Next slide ▶"))
        self.next_button.clicked.connect(lambda: self._neighbour(1))
        self.undo_button = QPushButton(tr("slide_editor", "&Undo"))
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QPushButton(tr("slide_editor", "&Redo"))
        self.redo_button.clicked.connect(self.redo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        for button in (self.previous_button, self.next_button, self.undo_button, self.redo_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.apply)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._neighbour(-1))
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._neighbour(1))

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.request_picture)
        controller.changed.connect(self._course_changed)
        self.resize(1180, 720)

    # ---- which slide -------------------------------------------------------------------------------
    def open_slide(self, key: str, session: int | None = None, picture: Path | None = None) -> None:
        """Show slide ``key``'s texts and notes (what was typed on another slide is applied first)."""
        if self.key is not None and self.key != key and self.pending():
            self.apply()
        row = self.controller.slide(key, session)
        self.key, self.session = key, row.session
        self._fill(self.controller.slide_texts(key, row.session), row.notes)
        self._show_picture(picture)
        if picture is None:
            self.request_picture()

    def _fill(self, texts: list[SlideText], notes: str) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = []
        for text in texts:
            field = TextField(text)
            field.textChanged.connect(self._typed)
            label = QLabel(text.where)
            label.setBuddy(field)
            self.form.addRow(label, field)
            self.fields.append(field)
        self.notes.blockSignals(True)
        self.notes.setPlainText(notes)
        self.notes.blockSignals(False)
        self._notes = notes
        self._update_heading()
        self._update_buttons()

    def _update_heading(self) -> None:
        if self.key is None:
            return
        row = self.controller.slide(self.key, self.session)
        values = self.controller.token_values()
        title = thumbnails.fill_tokens(row.title, values) or tr("slide_editor", "(no title)")
        self.heading.setText(
            tr("slide_editor", "Session {session}, slide {position}: {title}").format(
                session=row.session, position=row.position, title=title
            )
        )
        self.setWindowTitle(tr("slide_editor", "Edit slide text: {title}").format(title=title))

    # ---- what was typed ----------------------------------------------------------------------------
    def changed_texts(self) -> dict[str, str]:
        """Location -> new text, for the fields the trainer changed."""
        return {f.slide_text.location: f.value() for f in self.fields if f.changed()}

    def changed_notes(self) -> str | None:
        notes = self.notes.toPlainText()
        return notes if notes != self._notes else None

    def pending(self) -> bool:
        return bool(self.changed_texts()) or self.changed_notes() is not None

    def field(self, location: str) -> TextField:
        return next(f for f in self.fields if f.slide_text.location == location)

    def _typed(self) -> None:
        self._update_buttons()
        self.picture_note.setText(tr("slide_editor", "Not applied yet: the picture shows your draft."))
        self._draft_timer.start()

    def _update_buttons(self) -> None:
        self.apply_button.setEnabled(self.pending())
        undo_change = self.controller.undo_change()
        redo_change = self.controller.redo_change()
        self.undo_button.setEnabled(undo_change is not None)
        self.redo_button.setEnabled(redo_change is not None)
        self.undo_button.setToolTip(self.controller.label(undo_change) if undo_change else "")
        self.redo_button.setToolTip(self.controller.label(redo_change) if redo_change else "")
        keys = self.controller.slides(self.session) if self.session is not None else []
        order = [r.key for r in keys]
        at = order.index(self.key) if self.key in order else -1
        self.previous_button.setEnabled(at > 0)
        self.next_button.setEnabled(0 <= at < len(order) - 1)

    # ---- recording ---------------------------------------------------------------------------------
    def apply(self) -> bool:
        """Record what was typed as one undo step; True when done (or nothing to do)."""
        if self.key is None or not self.pending():
            return True
        key = self.key
        self._recording = True
        try:
            self.controller.edit_slide(key, self.changed_texts(), self.changed_notes())
        except TrainerKitError as exc:
            show_error(self, exc, tr("slide_editor", "editing the slide's text"))
            return False
        finally:
            self._recording = False
        self._reload()
        self.picture_note.setText(
            tr("slide_editor", "Applied as one undo step (Undo here, or Ctrl+Z in the main window).")
        )
        self.applied.emit(key)
        return True

    def _ok(self) -> None:
        if self.apply():
            self.accept()

    def undo(self) -> None:
        self._step(self.controller.undo, tr("slide_editor", "undoing"))

    def redo(self) -> None:
        self._step(self.controller.redo, tr("slide_editor", "redoing"))

    def _step(self, step: Any, doing: str) -> None:
        try:
            step()
        except TrainerKitError as exc:
            show_error(self, exc, doing)

    def _neighbour(self, step: int) -> None:
        if self.key is None or self.session is None or not self.apply():
            return
        order = [r.key for r in self.controller.slides(self.session)]
        at = order.index(self.key) + step if self.key in order else -1
        if 0 <= at < len(order):
            self.neighbour_requested.emit(order[at], step)
            self.open_slide(order[at], self.session)

    def _course_changed(self) -> None:
        """An undo, a redo or a change elsewhere: show the slide as the course has it now."""
        if self._recording or self.key is None or not self.isVisible():
            return
        self._reload()

    def _reload(self) -> None:
        assert self.key is not None
        try:
            row = self.controller.slide(self.key, self.session)
        except TrainerKitError:  # the slide is gone (deleted, or its insertion undone)
            self.key = None
            self.close()
            return
        self._fill(self.controller.slide_texts(self.key, row.session), row.notes)
        self._generation += 1  # a draft drawn before this is stale
        if getattr(self.parent(), "session", None) != self.session:
            self.request_picture()  # else the slide sorter redraws the session and hands the picture over

    # ---- the picture -------------------------------------------------------------------------------
    def show_sorter_picture(self, key: str, path: Path | None) -> None:
        """The slide sorter drew slide ``key`` (as recorded): show it unless a draft is pending."""
        if key == self.key and path is not None and not self.pending():
            self._show_picture(path)
            self.picture_note.setText("")

    def request_picture(self) -> None:
        """Draw the slide as typed so far, in the worker (only the latest request is shown)."""
        if self.key is None or self.session is None or self.controller.name is None:
            return
        if self._job is not None:
            self._job.cancel()
        self._generation += 1
        generation = self._generation
        db_path, name, session, key = self.controller.store.path, self.controller.name, self.session, self.key
        texts = self.changed_texts()

        # runs in a pool thread: plain values in, a path out
        def work(progress: Progress, token: CancelToken) -> Path | None:
            store = open_store(db_path)
            try:
                thumb = thumbnails.draft_slide_thumbnail(store, name, session, key, texts, token=token)
            finally:
                store.close()
            return thumb.large if thumb is not None else None

        self._job = run_job(
            work,
            parent=self,
            doing=tr("slide_editor", "drawing the slide"),
            on_result=lambda path: self._drawn(generation, path),
            on_error=lambda exc: log.warning("slide editor picture failed: %s", exc),
            priority=PICTURES,
        )

    def _drawn(self, generation: int, path: Path | None) -> None:
        if generation == self._generation:
            self._show_picture(path)

    def picture_ready(self) -> bool:
        """True when the latest picture asked for has arrived (for tests)."""
        return self._job is None or self._job.done

    def _show_picture(self, path: Path | None) -> None:
        if path is None:
            if self._pixmap is None:
                self.picture.setText(tr("slide_editor", "Drawing the slide…"))
            return
        self._pixmap = QPixmap(str(path))
        self._fit()

    def _fit(self) -> None:
        if self._pixmap is None or self._pixmap.isNull():
            return
        ratio = self.devicePixelRatioF()
        scaled = self._pixmap.scaled(
            self.picture.size() * ratio, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        scaled.setDevicePixelRatio(ratio)
        self.picture.setPixmap(scaled)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def done(self, result: int) -> None:
        self._draft_timer.stop()
        stop_jobs(self)
        self._job = None
        super().done(result)
