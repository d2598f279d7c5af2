"""The slide sorter's model: a ``QAbstractListModel`` over the core's ``SlideRow`` list of one session.

The model owns no slide data: rows come from ``customise.current_slides`` (via the controller) and are
replaced wholesale after every change; a drop does not move rows itself, it asks the controller to record
``move`` changes, and the store's new order comes back through ``set_rows``. Pictures arrive later (a
worker draws them; the sorter makes the ``QImage`` on the main thread, the only thread that touches this
model) and are kept by slide key, so a moved slide keeps its picture while a new one is drawn.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QImage

from trainerkit.customise import SlideRow
from trainerkit.thumbnails import fill_tokens
from trainerkit.ui.i18n import tr

ROW_ROLE = Qt.ItemDataRole.UserRole + 10
KEY_ROLE = Qt.ItemDataRole.UserRole + 11
HIDDEN_ROLE = Qt.ItemDataRole.UserRole + 12
ADAPT_ROLE = Qt.ItemDataRole.UserRole + 13
IMAGE_ROLE = Qt.ItemDataRole.UserRole + 14
MIME_TYPE = "application/x-trainerkit-slide-keys"

Index = QModelIndex | QPersistentModelIndex
MoveHandler = Callable[[list[str], int], None]


class SlideListModel(QAbstractListModel):
    """Slides of one session, in deck order; drag and drop reorders through ``move_handler``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.session: int | None = None
        self._rows: list[SlideRow] = []
        self._images: dict[str, QImage] = {}
        self._image_engine: dict[str, str] = {}
        self.move_handler: MoveHandler | None = None
        self.values: dict[str, str] = {}  # the profile's token values: titles show them as the export will
        self.labelled: set[str] | None = None  # slides keeping their "To adapt" label (None: not known)
        #: the course's content language and its translations by source hash: the tooltip shows a slide's
        #: title as the export will write it in that language
        self.language = "en"
        self.translations: dict[str, str] = {}

    # ---- content ---------------------------------------------------------------------------------
    def set_rows(self, session: int | None, rows: Sequence[SlideRow]) -> None:
        if session != self.session:
            self._images.clear()
            self._image_engine.clear()
        same_keys = session == self.session and [r.key for r in rows] == [r.key for r in self._rows]
        self.session = session
        if same_keys:
            self._rows = list(rows)
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[SlideRow]:
        return list(self._rows)

    def keys(self) -> list[str]:
        return [r.key for r in self._rows]

    def row_of(self, key: str) -> int:
        return self.keys().index(key)

    def set_images(self, images: dict[str, QImage], engine: str) -> None:
        """Pictures by slide key; a LibreOffice picture is never replaced by a quick one."""
        for key, image in images.items():
            if engine != "libreoffice" and self._image_engine.get(key) == "libreoffice":
                continue
            self._images[key] = image
            self._image_engine[key] = engine
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [IMAGE_ROLE])

    def title(self, row: SlideRow) -> str:
        return fill_tokens(row.title, self.values)

    def translated_title(self, row: SlideRow) -> str:
        """The slide's title in the course's language ("" when English or not translated), tokens filled."""
        if not self.translations or not row.title:
            return ""
        from trainerkit.translate.checks import source_hash

        found = self.translations.get(source_hash(row.title))
        return fill_tokens(found, self.values).replace("\n", " ") if found else ""

    def has_all_images(self) -> bool:
        return all(r.key in self._images for r in self._rows)

    def image_engine(self, key: str) -> str | None:
        return self._image_engine.get(key)

    # ---- QAbstractListModel ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.position}. {self.title(row) or tr('slide_model', '(no title)')}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = tr("slide_model", ", hidden") if row.hidden else ""
            adapt = tr("slide_model", ", needs adapting") if row.adapt else ""
            return (
                tr("slide_model", "Slide {position}: {title}").format(
                    position=row.position, title=row.title or tr("slide_model", "no title")
                )
                + f"{state}{adapt}"
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [
                tr("slide_model", "Slide {position}: {title}").format(position=row.position, title=row.title),
                tr("slide_model", "Key: {key} · layout {layout} · {origin}").format(
                    key=row.key, layout=row.layout, origin=row.origin
                ),
            ]
            translated = self.translated_title(row)
            if translated:
                from trainerkit.messages import language_display

                lines.append(
                    tr("slide_model", "In {language}: {title}").format(
                        language=language_display(self.language), title=translated
                    )
                )
            elif self.language != "en" and row.title:
                lines.append(tr("slide_model", "Title not translated yet"))
            if row.hidden:
                lines.append(tr("slide_model", "Hidden in the slideshow (click the eye or press H to show it)"))
            if row.adapt:
                lines.append(tr("slide_model", "To adapt: {adapt}").format(adapt=row.adapt))
            return "\n".join(lines)
        if role == ROW_ROLE:
            return row
        if role == KEY_ROLE:
            return row.key
        if role == HIDDEN_ROLE:
            return row.hidden
        if role == ADAPT_ROLE:  # the guide's advice while the slide keeps its "To adapt" label
            return row.adapt if self.labelled is None or row.key in self.labelled else ""
        if role == IMAGE_ROLE:
            return self._images.get(row.key)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return base

    # ---- drag and drop ---------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        keys = [self._rows[i.row()].key for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(json.dumps({"session": self.session, "keys": keys}).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(MIME_TYPE) and action in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Record moves for the dropped slides; the view then shows the store's order (never removes rows)."""
        if not self.canDropMimeData(data, action, row, column, parent) or self.move_handler is None:
            return False
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        if payload.get("session") != self.session:
            return False
        before = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        self.move_handler(list(payload["keys"]), before)
        return False  # the rows were not moved by Qt: the refreshed model shows the new order

    def moveRows(
        self, sourceParent: Index, sourceRow: int, count: int, destinationParent: Index, destinationChild: int
    ) -> bool:
        if self.move_handler is None or sourceParent.isValid() or count < 1:
            return False
        keys = [r.key for r in self._rows[sourceRow : sourceRow + count]]
        self.move_handler(keys, destinationChild)
        return True
