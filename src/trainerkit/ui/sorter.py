"""The slide sorter page: a grid of slide pictures (``QListView`` in icon mode) and a large preview.

The view shows ``SlideListModel``; a delegate paints each card (picture, number and title, an eye to hide
or show, a "to adapt" badge) and dims hidden slides. Every action (hide/show, duplicate, delete, insert slides
from a file, edit notes, reset) goes through the controller to the core ("Insert an example" asks the main
window to open the examples library aimed at this session and the selected slide);
the page then re-reads the session from the store. Pictures are drawn by ``trainerkit.thumbnails`` on
worker threads: quick ones first, LibreOffice ones when installed, so the window never waits for them.
A worker hands back paths and plain RGBA bytes; the ``QImage`` is made here, on the main thread.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QImage, QKeySequence, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainerkit import thumbnails
from trainerkit.customise import SlideRow
from trainerkit.deck.tokens import token_value
from trainerkit.errors import TrainerKitError
from trainerkit.jobs import CancelToken, Progress
from trainerkit.store import open_store
from trainerkit.ui.controller import CourseController
from trainerkit.ui.i18n import QT_TRANSLATE_NOOP, tr
from trainerkit.ui.icons import BLUE, SP, WARM, draw_eye, standard
from trainerkit.ui.slide_dialogs import ImportSlidesDialog, MoveToDialog, NotesDialog, show_left_out
from trainerkit.ui.slide_editor import SlideEditor
from trainerkit.ui.slide_model import ADAPT_ROLE, IMAGE_ROLE, ROW_ROLE, SlideListModel
from trainerkit.ui.worker import PICTURES, Job, run_job, show_error

log = logging.getLogger(__name__)

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None
THUMB = QSize(176, 99)
CARD = QSize(190, 138)
EYE = 22


class SlideCardDelegate(QStyledItemDelegate):
    """Paints one slide card; a click on its eye asks the sorter to hide or show the slide."""

    eye_clicked = Signal(str)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return CARD

    @staticmethod
    def eye_rect(card: QRect) -> QRect:
        return QRect(card.right() - EYE - 8, card.top() + 8, EYE, EYE)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row: SlideRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        rect: QRect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = rect.adjusted(3, 3, -3, -3)
        if state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(palette.highlight().color(), 3))
            painter.setBrush(palette.highlight().color().lighter(185))
        else:
            painter.setPen(QPen(QColor("#c8ccd2"), 1))
            painter.setBrush(palette.base())
        painter.drawRoundedRect(card, 6, 6)
        pic = QRect(card.left() + 7, card.top() + 5, THUMB.width(), THUMB.height())
        image: QImage | None = index.data(IMAGE_ROLE)
        painter.setOpacity(0.32 if row.hidden else 1.0)
        if image is not None and not image.isNull():
            scaled = image.size().scaled(pic.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(pic.topLeft(), scaled)
            target.moveCenter(pic.center())
            painter.drawImage(target, image)
            painter.setPen(QPen(QColor("#d0d0d0"), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target)
        else:  # still being drawn: a plain card with the title
            painter.setPen(QPen(QColor("#d0d0d0"), 1))
            painter.setBrush(QColor("#f4f6f9"))
            painter.drawRect(pic)
            painter.setPen(BLUE)
            font = QFont(painter.font())
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(
                pic.adjusted(8, 6, -8, -6), int(Qt.TextFlag.TextWordWrap), str(index.data(Qt.ItemDataRole.DisplayRole))
            )
            painter.setFont(option.font)  # type: ignore[attr-defined]
        painter.setOpacity(1.0)
        # eye: always visible on hidden slides, so they read as hidden at a glance
        eye = self.eye_rect(card)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawEllipse(eye.adjusted(-3, -3, 3, 3))
        draw_eye(painter, QRectF(eye), open_=not row.hidden, colour=QColor("#7a7a7a") if row.hidden else BLUE)
        if index.data(ADAPT_ROLE):  # the badge goes with the export's "To adapt" label
            badge = QRect(pic.left() + 4, pic.bottom() - 21, 50, 17)
            painter.setBrush(WARM)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge, 3, 3)
            painter.setPen(QColor("white"))
            font = QFont(painter.font())
            font.setPointSizeF(max(6.5, font.pointSizeF() * 0.75))
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), tr("sorter", "ADAPT"))
            painter.setFont(option.font)  # type: ignore[attr-defined]
        label_rect = QRect(card.left() + 7, pic.bottom() + 4, card.width() - 14, card.bottom() - pic.bottom() - 6)
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        if row.hidden:
            text += tr("sorter", "  (hidden)")
        if row.origin not in ("bundled", "unknown"):
            text += f"  [{row.origin}]"
        painter.setPen(palette.text().color() if not row.hidden else QColor("#777777"))
        elided = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, label_rect.width())  # type: ignore[attr-defined]
        painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        painter.restore()

    def editorEvent(
        self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            card = option.rect.adjusted(3, 3, -3, -3)  # type: ignore[attr-defined]
            if self.eye_rect(card).adjusted(-4, -4, 4, 4).contains(event.position().toPoint()):
                self.eye_clicked.emit(str(index.data(ROW_ROLE).key))
                return True
        return super().editorEvent(event, model, option, index)


class SlidePreview(QWidget):
    """The selected slide, large, with its speaker notes; tokens show the profile's values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(320, 180)
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.picture.setAccessibleName(tr("sorter", "Slide preview"))
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(tr("sorter", "Slide title"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("sorter", "Slide status"))
        self.notes = QTextBrowser()
        self.notes.setAccessibleName(tr("sorter", "Speaker notes"))
        self.notes.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.picture, 3)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        notes_label = QLabel(tr("sorter", "Speaker notes"))
        notes_label.setStyleSheet("font-weight: bold")
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 2)
        self._pixmap: QPixmap | None = None
        self.row: SlideRow | None = None

    def show_slide(self, row: SlideRow | None, values: dict[str, str], image_path: Path | None) -> None:
        self.row = row
        if row is None:
            self.title.setText(tr("sorter", "No slide selected"))
            self.status.setText("")
            self.notes.setPlainText("")
            self._pixmap = None
            self.picture.clear()
            return
        self.title.setText(f"{row.position}. {thumbnails.fill_tokens(row.title, values)}")
        status = []
        if row.hidden:
            status.append(tr("sorter", "<b>Hidden</b> in the slideshow (it stays in the file)."))
        if row.adapt:
            status.append(
                tr("sorter", "<span style='color:#A84B00'><b>To adapt:</b></span> ")
                + _html(thumbnails.fill_tokens(row.adapt, values))
            )
        missing = [t for t in row.tokens if token_value(values, t) is None]  # shown as a blank line
        if missing:
            status.append(
                tr("sorter", "No value yet for ")
                + ", ".join("{{" + t + "}}" for t in missing)
                + tr("sorter", " (country profile).")
            )
        self.status.setText("<br/>".join(status))
        self.notes.setPlainText(thumbnails.fill_tokens(row.notes, values) or tr("sorter", "(no speaker notes)"))
        self._pixmap = QPixmap(str(image_path)) if image_path else None
        self._fit()

    def _fit(self) -> None:
        if self._pixmap is None or self._pixmap.isNull():
            self.picture.setText(tr("sorter", "Drawing the slide…") if self.row else "")
            return
        ratio = self.devicePixelRatioF()
        size = self.picture.size() * ratio
        scaled = self._pixmap.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        scaled.setDevicePixelRatio(ratio)
        self.picture.setPixmap(scaled)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()


def _html(text: str) -> str:
    from html import escape

    return escape(text)


def _image(pixels: thumbnails.Pixels) -> QImage:
    """On the main thread: wrap a worker's plain bytes in a QImage (copied, so it owns its pixels)."""
    image = QImage(pixels.rgba, pixels.width, pixels.height, 4 * pixels.width, QImage.Format.Format_RGBA8888)
    return image.copy()


def _picture_error(exc: BaseException) -> None:
    log.warning("slide pictures failed: %s", exc)


class SlideSorter(QWidget):
    """Slide grid + preview for one session of the open course."""

    pictures_ready = Signal(str)  # engine that delivered the latest pictures
    engine_changed = Signal(str)
    examples_requested = Signal(object, object)  # session, key of the slide to insert after (or None)

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.session: int | None = None
        self.model = SlideListModel(self)
        self.model.move_handler = self._move
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setMovement(QListView.Movement.Static)  # Qt must not move cards itself: drops go to the model
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(True)
        self.view.setGridSize(CARD + QSize(6, 6))
        self.view.setSpacing(0)
        self.view.setWrapping(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setAccessibleName(tr("sorter", "Slide sorter"))
        self.view.setAccessibleDescription(
            tr(
                "sorter",
                "Slides of the session. H hides or shows, Ctrl+D duplicates, Delete deletes, "
                "Alt+Left and Alt+Right move the selected slides.",
            )
        )
        self.delegate = SlideCardDelegate(self.view)
        self.delegate.eye_clicked.connect(self.toggle_hidden_key)
        self.view.setItemDelegate(self.delegate)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda index: self.edit_slide_dialog(str(index.data(ROW_ROLE).key)))
        self.editor: SlideEditor | None = None
        self.preview = SlidePreview()
        self.info = QLabel()
        self.info.setAccessibleName(tr("sorter", "Slide sorter status"))
        self.info.setWordWrap(True)

        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.info)
        left_layout.addWidget(self.view)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self._make_actions()
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_preview())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self._thumbs: dict[str, thumbnails.Thumbnail] = {}
        self._jobs: list[Job] = []
        self._generation = 0
        self.engine = thumbnails.best_engine()
        self._values: dict[str, str] = {}

    # ---- actions ---------------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: Any = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.act_toggle = self._action(tr("sorter", "&Hide or show"), self.toggle_hidden_selected, "H")
        self.act_space = self._action(tr("sorter", "Hide or show"), self.toggle_hidden_selected, "Space")
        self.act_duplicate = self._action(tr("sorter", "D&uplicate"), self.duplicate_selected, "Ctrl+D")
        self.act_delete = self._action(
            tr("sorter", "&Delete"), self.delete_selected, QKeySequence.StandardKey.Delete, standard(SP.SP_TrashIcon)
        )
        self.act_left = self._action(
            tr("sorter", "Move &left"), lambda: self.nudge(-1), "Alt+Left", standard(SP.SP_ArrowBack)
        )
        self.act_right = self._action(
            tr("sorter", "Move &right"), lambda: self.nudge(1), "Alt+Right", standard(SP.SP_ArrowForward)
        )
        self.act_example = self._action(
            tr("sorter", "Insert an &example from the library…"),
            self.insert_example_dialog,
            "Ctrl+Shift+E",
            standard(SP.SP_FileDialogNewFolder),
        )
        self.act_import = self._action(
            tr("sorter", "Insert slides from a &file…"), self.import_dialog, "Ctrl+I", standard(SP.SP_DialogOpenButton)
        )
        self.act_edit = self._action(tr("sorter", "&Edit slide text…"), self.edit_slide_dialog, "Return")
        self.act_edit.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.act_move_to = self._action(tr("sorter", "Move to &position…"), self.move_to_dialog, "Ctrl+M")
        self.act_notes = self._action(tr("sorter", "Edit speaker &notes…"), self.edit_notes_dialog, "F2")
        self.act_reset = self._action(
            tr("sorter", "&Reset to the original"), self.reset_selected, None, standard(SP.SP_BrowserReload)
        )
        self.act_adapted = self._action(tr("sorter", "Mark as &adapted"), self.mark_adapted_selected, "Ctrl+Shift+A")

    def _update_actions(self) -> None:
        has = bool(self.selected_keys())
        for action in (
            self.act_toggle,
            self.act_duplicate,
            self.act_delete,
            self.act_notes,
            self.act_reset,
            self.act_left,
            self.act_right,
            self.act_edit,
            self.act_move_to,
        ):
            action.setEnabled(has)
        self.act_adapted.setEnabled(any(row.adapt for row in self.selected_rows()))
        self._update_preview()

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if index.isValid() and not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        menu = QMenu(self)
        rows = self.selected_rows()
        if rows:
            hide = all(not r.hidden for r in rows)
            self.act_toggle.setText(
                tr("sorter", "&Hide in the slideshow") if hide else tr("sorter", "&Show in the slideshow")
            )
        for action in (
            self.act_edit,
            None,
            self.act_toggle,
            self.act_duplicate,
            self.act_delete,
            self.act_move_to,
            None,
            self.act_example,
            self.act_import,
            None,
            self.act_notes,
            self.act_adapted,
            self.act_reset,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.view.viewport().mapToGlobal(point))
        self._menu = menu

    # ---- what is shown ---------------------------------------------------------------------------
    def show_session(self, session: int | None) -> None:
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Re-read the session from the store, keep the selection by key, and ask for pictures."""
        keys = self.selected_keys()
        current = self.current_key()
        if self.session is None or self.controller.name is None:
            self.model.set_rows(None, [])
            self.info.setText(tr("sorter", "Choose a session in the tree to see its slides."))
            self._update_preview()
            return
        rows = self.controller.slides(self.session)
        self._values = self.controller.token_values()
        self.model.values = self._values
        labelled = self.model.labelled = self.controller.labelled(self.session)
        self.model.language, self.model.translations = self.controller.title_translations()
        self.model.set_rows(self.session, rows)
        self.select_keys(keys, current)
        hidden = sum(r.hidden for r in rows)
        adapt = sum(bool(r.adapt) and r.key in labelled for r in rows)  # "To adapt" labels still on
        self.info.setText(
            tr(
                "sorter",
                "Session {session}: {count} slides, {hidden} hidden, {adapt} to adapt. {engine}.",
            ).format(
                session=self.session,
                count=len(rows),
                hidden=hidden,
                adapt=adapt,
                engine=thumbnails.engine_label(self.engine),
            )
        )
        self._update_actions()
        self.request_pictures()

    def select_keys(self, keys: list[str], current: str | None = None) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        order = self.model.keys()
        for key in keys:
            if key in order:
                selection.select(self.model.index(order.index(key)), selection.SelectionFlag.Select)
        if current in order:
            selection.setCurrentIndex(self.model.index(order.index(current)), selection.SelectionFlag.NoUpdate)

    def selected_rows(self) -> list[SlideRow]:
        rows = [i.data(ROW_ROLE) for i in self.view.selectionModel().selectedIndexes()]
        return sorted((r for r in rows if r is not None), key=lambda r: r.position)

    def _last_selected(self) -> str | None:
        keys = self.selected_keys()
        return keys[-1] if keys else None

    def selected_keys(self) -> list[str]:
        return [r.key for r in self.selected_rows()]

    def current_key(self) -> str | None:
        index = self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row.key if row is not None else None

    def _update_preview(self) -> None:
        index = self.view.currentIndex()
        row: SlideRow | None = index.data(ROW_ROLE) if index.isValid() else None
        if row is None and self.selected_rows():
            row = self.selected_rows()[0]
        thumb = self._thumbs.get(row.key) if row else None
        self.preview.show_slide(row, self._values, thumb.large if thumb else None)

    # ---- pictures --------------------------------------------------------------------------------
    def cancel_pictures(self, wait: bool = False) -> None:
        """Forget the picture jobs running now; with ``wait``, also cancel them and wait until they have ended.

        A forgotten job may still finish its slide in the background (it holds no Qt object and its
        result is dropped); closing the window waits (``stop_jobs`` does the same for every job of it).
        """
        for job in self._jobs:
            if wait:
                job.stop()
            else:
                job.cancel()
        self._jobs = []
        self._generation += 1

    def request_pictures(self) -> None:
        """Quick pictures at once, LibreOffice ones after (when installed); stale jobs are cancelled."""
        self.cancel_pictures()
        if self.session is None or self.controller.name is None:
            return
        generation, session, name = self._generation, self.session, self.controller.name
        db_path = self.controller.store.path
        keys = self.model.keys()
        engines = [thumbnails.QUICK] if self.engine == thumbnails.QUICK else [thumbnails.QUICK, thumbnails.LIBREOFFICE]
        fit = (THUMB.width() * 2, THUMB.height() * 2)

        for engine in engines:
            # runs in a pool thread: plain values in (no widget), paths and bytes out (no Qt object)
            def work(
                progress: Progress, token: CancelToken, engine: str = engine
            ) -> tuple[list[thumbnails.Thumbnail], list[thumbnails.Pixels]]:
                store = open_store(db_path)  # a connection of this thread's own
                try:
                    thumbs = thumbnails.session_thumbnails(
                        store, name, session, engine=engine, progress=progress, token=token
                    )
                finally:
                    store.close()
                pixels = []
                for thumb in thumbs:
                    token.check()
                    pixels.append(thumbnails.picture_pixels(thumb.small, fit))
                return thumbs, pixels

            job = run_job(
                work,
                parent=self,
                doing=tr("sorter", "drawing the slides of session {session}").format(session=session),
                on_result=partial(self._pictures, generation, keys),
                on_error=_picture_error,
                priority=PICTURES,  # an export or a pack the trainer starts does not queue behind pictures
            )
            self._jobs.append(job)

    def _pictures(
        self,
        generation: int,
        keys: list[str],
        result: tuple[list[thumbnails.Thumbnail], list[thumbnails.Pixels]],
    ) -> None:
        """On the main thread: the pictures of a job, made into QImages, if the job is still the current one."""
        thumbs, pixels = result
        if generation != self._generation or len(thumbs) != len(keys):
            return
        images = [_image(p) for p in pixels]
        engine = thumbs[0].engine if thumbs and all(t.engine == thumbs[0].engine for t in thumbs) else thumbnails.QUICK
        for key, thumb in zip(keys, thumbs, strict=True):
            old = self._thumbs.get(key)
            if old is None or engine == thumbnails.LIBREOFFICE or old.engine != thumbnails.LIBREOFFICE:
                self._thumbs[key] = thumb
        self.model.set_images(dict(zip(keys, images, strict=True)), engine)
        if self.editor is not None and self.editor.key in self._thumbs:
            self.editor.show_sorter_picture(self.editor.key, self._thumbs[self.editor.key].large)
        if engine == thumbnails.LIBREOFFICE or self.engine == thumbnails.QUICK:
            text = self.info.text().rsplit(". ", 2)[0]
            self.info.setText(f"{text}. {thumbnails.engine_label(engine)}.")
        self._update_preview()
        self.pictures_ready.emit(engine)

    def pictures_complete(self) -> bool:
        """True when every slide has its best picture (for tests and the benchmark)."""
        keys = self.model.keys()
        return bool(keys) and all(k in self._thumbs and self.model.image_engine(k) == self.engine for k in keys)

    # ---- changes ---------------------------------------------------------------------------------
    def _guard(self, doing: str, fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except TrainerKitError as exc:
            show_error(self, exc, doing)
            self.refresh()
            return None

    def toggle_hidden_key(self, key: str) -> None:
        row = next((r for r in self.model.rows() if r.key == key), None)
        if row is not None:
            if row.hidden and self._shown_at_guide_place(row):
                return
            self._guard(tr("sorter", "hiding or showing a slide"), self.controller.set_hidden, [key], not row.hidden)

    def _shown_at_guide_place(self, row: SlideRow) -> bool:
        """A hidden slide of the guide, shown again away from its place in the guide's order: ask whether
        it goes back there (one undo step). True when it was shown here (either way), False to go on."""
        try:
            place = self.controller.guide_place(row.key)
        except TrainerKitError:
            return False
        if place is None or place[0] == row.position:
            return False
        position, after = place
        after_title = next((self.model.title(r) for r in self.model.rows() if r.key == after), after)
        where = (
            tr("sorter", "position {position}, after '{title}'").format(position=position, title=after_title)
            if after
            else tr("sorter", "position 1, the first slide")
        )
        question = tr(
            "sorter", "Show the slide again at its place in the guide ({where})? It is now at position {now}."
        )
        answer = self.ask_guide_place(question.format(where=where, now=row.position))
        if answer is None:
            return True  # cancelled: nothing happens
        if answer:
            self._guard(tr("sorter", "showing a slide"), self.controller.show_at_guide_place, row.key)
        else:
            self._guard(tr("sorter", "showing a slide"), self.controller.set_hidden, [row.key], False)
        return True

    def ask_guide_place(self, question: str) -> bool | None:
        """Yes (True), Keep it here (False) or Cancel (None). Tests replace it."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("sorter", "Show slide"), question, parent=self)
        back = box.addButton(tr("sorter", "Put it &back at its place"), QMessageBox.ButtonRole.YesRole)
        keep = box.addButton(tr("sorter", "&Keep it here"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(back)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is back else False if clicked is keep else None

    def toggle_hidden_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1 and rows[0].hidden and self._shown_at_guide_place(rows[0]):
            return
        if rows:
            hide = all(not r.hidden for r in rows)
            self._guard(
                tr("sorter", "hiding or showing slides"), self.controller.set_hidden, [r.key for r in rows], hide
            )

    def _change_selected(self, kind: str, verb: str, keys: list[str] | None = None) -> None:
        """One undo step for the whole selection."""
        keys = self.selected_keys() if keys is None else keys
        if keys:
            what = (
                tr("sorter", "{verb} {count} slides").format(verb=tr("sorter", verb), count=len(keys))
                if len(keys) > 1
                else tr("sorter", "{verb} slide {key}").format(verb=tr("sorter", verb), key=keys[0])
            )
            self._guard(
                tr("sorter", "changing slides"),
                self.controller.change_slides,
                kind,
                keys,
                what,
            )

    def duplicate_selected(self) -> None:
        self._change_selected("duplicate", QT_TRANSLATE_NOOP("sorter", "Duplicate"))

    def delete_selected(self) -> None:
        self._change_selected("delete", QT_TRANSLATE_NOOP("sorter", "Delete"))

    def mark_adapted_selected(self) -> None:
        """The trainer says these slides are adapted: their "To adapt" labels leave the export (a slide
        still holding bracket text keeps it, and the status bar says so, as ``slide adapted`` does)."""
        keys = [r.key for r in self.selected_rows() if r.adapt]
        self._change_selected("mark-adapted", QT_TRANSLATE_NOOP("sorter", "Mark as adapted"), keys)
        kept = [k for k in keys if self.session is not None and k in self.controller.labelled(self.session)]
        window = self.window()
        if kept and isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                tr(
                    "sorter",
                    "Slide {key} keeps its 'To adapt' label while bracket text remains on it: fill it in "
                    "Adapt > Gaps to adapt.",
                ).format(key=", ".join(kept)),
                10000,
            )

    def reset_selected(self) -> None:
        self._change_selected("reset-slide", QT_TRANSLATE_NOOP("sorter", "Reset"))

    def _move(self, keys: list[str], before: int) -> None:
        if self.session is not None:
            self._guard(tr("sorter", "moving slides"), self.controller.move_slides, self.session, keys, before)

    def nudge(self, step: int) -> None:
        """Keyboard reorder: the selected block one place left (-1) or right (+1)."""
        rows = self.selected_rows()
        if not rows:
            return
        first, last = rows[0].position - 1, rows[-1].position - 1
        before = first - 1 if step < 0 else last + 2
        if 0 <= before <= self.model.rowCount():
            self._move([r.key for r in rows], before)

    def insert_example(self, spec: dict[str, Any], after: str | None = None) -> None:
        if self.session is not None:
            after = after if after is not None else self._last_selected()
            self._guard(tr("sorter", "inserting a slide"), self.controller.insert_slide, self.session, spec, after)

    def insert_example_dialog(self) -> None:
        """Open the examples library (the main window does) aimed at this session and the selection."""
        self.examples_requested.emit(self.session, self._last_selected())

    def import_slides(self, file: Path, numbers: list[int], after: str | None = None) -> None:
        if self.session is not None and numbers:
            after = after if after is not None else self._last_selected()
            changes = self._guard(
                tr("sorter", "inserting slides from a file"),
                self.controller.import_slides,
                file,
                numbers,
                self.session,
                after,
            )
            self.left_out_box = show_left_out(self, changes or [])  # what the slides could not bring, said

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("sorter", "Insert slides from a presentation"),
            "",
            tr("sorter", "PowerPoint presentations (*.pptx)"),
        )
        if not name:
            return
        try:
            dialog = ImportSlidesDialog(Path(name), self)
        except TrainerKitError as exc:
            show_error(self, exc, tr("sorter", "opening {name}").format(name=Path(name).name))
            return
        if dialog.exec() == ImportSlidesDialog.DialogCode.Accepted:
            self.import_slides(Path(name), dialog.numbers())

    def edit_slide_dialog(self, key: str | None = None) -> SlideEditor | None:
        """Open the slide editor on ``key`` (default: the current slide); one editor, reused."""
        key = key or self.current_key() or self._last_selected()
        if key is None or self.controller.name is None:
            return None
        if self.editor is None:
            self.editor = SlideEditor(self.controller, self)
            self.editor.neighbour_requested.connect(lambda k, _step: self.select_keys([k], k))
        thumb = self._thumbs.get(key)
        try:
            self.editor.open_slide(key, self.session, thumb.large if thumb else None)
        except TrainerKitError as exc:
            show_error(self, exc, tr("sorter", "opening the slide editor"))
            return None
        self.editor.show()
        self.editor.raise_()
        self.editor.activateWindow()
        if self.editor.fields:
            self.editor.fields[0].setFocus()
        return self.editor

    def move_to(self, key: str, to: int | None = None, after: str | None = None) -> None:
        self._guard(tr("sorter", "moving a slide"), self.controller.move_slide, key, to, after)
        self.select_keys([key], key)

    def move_to_dialog(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        dialog = MoveToDialog(rows[0], self.model.rows(), self.model.title, self)
        if dialog.exec() == MoveToDialog.DialogCode.Accepted:
            to, after = dialog.choice()
            self.move_to(rows[0].key, to, after)

    def edit_notes(self, key: str, notes: str) -> None:
        self._guard(
            tr("sorter", "editing speaker notes"),
            self.controller.slide_change,
            "edit-notes",
            key,
            {"notes": notes},
        )

    def edit_notes_dialog(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        dialog = NotesDialog(rows[0].title, rows[0].notes, self)
        if dialog.exec() == NotesDialog.DialogCode.Accepted and dialog.notes() != rows[0].notes:
            self.edit_notes(rows[0].key, dialog.notes())

    def set_engine(self, engine: str) -> None:
        self.engine = engine
        self.engine_changed.emit(engine)
