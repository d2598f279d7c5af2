"""The bundled course, read-only, before any course exists: a session's slides (pictures and speaker
notes) and its handouts, as they ship. Nothing here changes anything; a line at the top offers to
create a course for a country. The slides come from the bundled index (``CourseController.bundled_slides``)
and their pictures from ``thumbnails.bundled_thumbnails`` in the worker, like the slide sorter's.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainerkit import thumbnails
from trainerkit.jobs import CancelToken, Progress
from trainerkit.ui.controller import CourseController
from trainerkit.ui.i18n import tr
from trainerkit.ui.slide_model import ROW_ROLE, SlideListModel
from trainerkit.ui.sorter import CARD, SlideCardDelegate, SlidePreview
from trainerkit.ui.worker import PICTURES, Job, run_job

log = logging.getLogger(__name__)


class BundledBrowser(QWidget):
    """Slides and handouts of one session of the bundled course; read-only."""

    create_requested = Signal()

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.session: int | None = None
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(tr("bundled_browser", "Bundled course, read-only"))
        self.create_button = QPushButton(tr("bundled_browser", "&Create a course for a country…"))
        self.create_button.clicked.connect(self.create_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(self.create_button)

        self.model = SlideListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(True)
        self.view.setGridSize(CARD + QSize(6, 6))
        self.view.setWrapping(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(False)
        self.view.setAcceptDrops(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegate(SlideCardDelegate(self.view))
        self.view.setAccessibleName(tr("bundled_browser", "Bundled slides (read-only)"))
        self.preview = SlidePreview()
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_preview())

        self.handouts = QListWidget()
        self.handouts.setAccessibleName(tr("bundled_browser", "Handouts of the session"))
        self.handouts.currentItemChanged.connect(lambda item, _old: self._show_handout(item))
        self.handout_text = QTextBrowser()
        self.handout_text.setAccessibleName(tr("bundled_browser", "Handout text"))
        handouts_page = QSplitter()
        handouts_page.addWidget(self.handouts)
        handouts_page.addWidget(self.handout_text)
        handouts_page.setSizes([260, 600])

        slides_page = QSplitter()
        slides_page.addWidget(self.view)
        slides_page.addWidget(self.preview)
        slides_page.setSizes([600, 400])
        self.pages = QTabWidget()
        self.pages.addTab(slides_page, tr("bundled_browser", "Slides and notes"))
        self.pages.addTab(handouts_page, tr("bundled_browser", "Handouts"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self._job: Job | None = None
        self._generation = 0
        self._thumbs: dict[str, thumbnails.Thumbnail] = {}

    # ---- what is shown ---------------------------------------------------------------------------
    def show_session(self, session: int) -> None:
        self.session = session
        rows = self.controller.bundled_slides(session)
        self.model.values = {}
        self.model.set_rows(session, rows)
        title = self.controller.course.session(session).title
        self.banner.setText(
            tr(
                "bundled_browser",
                "<b>Session {session}: {title}</b> — {count} slides as bundled, <i>read-only</i>. "
                "Create a course for a country to change slides, fill the country profile and plan the agenda.",
            ).format(session=session, title=title, count=len(rows))
        )
        if rows:
            self.view.setCurrentIndex(self.model.index(0))
        self._update_preview()
        self._fill_handouts(session)
        self._request_pictures()

    def _update_preview(self) -> None:
        index = self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        thumb = self._thumbs.get(row.key) if row is not None else None
        self.preview.show_slide(row, {}, thumb.large if thumb else None)

    def _fill_handouts(self, session: int) -> None:
        from trainerkit.export.handouts import load_handouts

        self.handouts.clear()
        for source in load_handouts().values():
            if session in source.meta.sessions:
                item = QListWidgetItem(source.meta.title)
                item.setData(Qt.ItemDataRole.UserRole, str(source.path))
                self.handouts.addItem(item)
        if self.handouts.count():
            self.handouts.setCurrentRow(0)
        else:
            self.handout_text.setPlainText(tr("bundled_browser", "This session has no handouts."))

    def _show_handout(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        from pathlib import Path

        from markdown_it import MarkdownIt

        text = Path(str(item.data(Qt.ItemDataRole.UserRole))).read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text.split("---", 2)[2]  # the front matter is for the exporter
        self.handout_text.setHtml(MarkdownIt("commonmark").enable("table").render(text))

    # ---- pictures --------------------------------------------------------------------------------
    def _request_pictures(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self._generation += 1
        session, generation, keys = self.session, self._generation, self.model.keys()
        if session is None:
            return

        # runs in a pool thread: plain values in and out (paths and bytes, no Qt object)
        def work(progress: Progress, token: CancelToken) -> tuple[list[thumbnails.Thumbnail], list[thumbnails.Pixels]]:
            thumbs = thumbnails.bundled_thumbnails(session, engine=thumbnails.QUICK, progress=progress, token=token)
            return thumbs, [thumbnails.picture_pixels(t.small, (400, 226)) for t in thumbs]

        self._job = run_job(
            work,
            parent=self,
            doing=tr("bundled_browser", "drawing the bundled slides of session {session}").format(session=session),
            on_result=partial(self._pictures, generation, keys),
            on_error=lambda exc: log.warning("bundled slide pictures failed: %s", exc),
            priority=PICTURES,
        )

    def _pictures(
        self, generation: int, keys: list[str], result: tuple[list[thumbnails.Thumbnail], list[thumbnails.Pixels]]
    ) -> None:
        thumbs, pixels = result
        if generation != self._generation or len(pixels) != len(keys):
            return
        images = {}
        for key, thumb, p in zip(keys, thumbs, pixels, strict=True):
            self._thumbs[key] = thumb
            image = QImage(p.rgba, p.width, p.height, 4 * p.width, QImage.Format.Format_RGBA8888)
            images[key] = image.copy()
        self.model.set_images(images, thumbnails.QUICK)
        self._update_preview()

    def pictures_complete(self) -> bool:
        return bool(self.model.keys()) and self.model.has_all_images()
