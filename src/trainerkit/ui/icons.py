"""Icons drawn with QPainter (sharp at any screen scale) and the platform's standard icons.

Nothing here is read from a file: an eye (open or crossed out) for hidden slides, an "adapt" badge, and
``standard(name)`` for QStyle's icons (open, save, undo, ...), which follow the desktop theme.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

BLUE = QColor("#1B3A6B")
WARM = QColor("#A84B00")
MUTED = QColor("#595959")


def draw_eye(painter: QPainter, rect: QRectF, open_: bool, colour: QColor = BLUE) -> None:
    """An eye in ``rect``; crossed out when the slide is hidden."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = rect.width(), rect.height()
    pen = QPen(colour, max(1.2, w / 12))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    left = QPointF(rect.left() + w * 0.08, rect.center().y())
    right = QPointF(rect.right() - w * 0.08, rect.center().y())
    path.moveTo(left)
    path.quadTo(QPointF(rect.center().x(), rect.top() + h * 0.05), right)
    path.quadTo(QPointF(rect.center().x(), rect.bottom() - h * 0.05), left)
    painter.drawPath(path)
    painter.setBrush(colour)
    painter.drawEllipse(rect.center(), w * 0.13, w * 0.13)
    if not open_:
        painter.setPen(QPen(colour, max(1.5, w / 9)))
        painter.drawLine(
            QPointF(rect.left() + w * 0.15, rect.bottom() - h * 0.1),
            QPointF(rect.right() - w * 0.15, rect.top() + h * 0.1),
        )
    painter.restore()


def eye_icon(open_: bool) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        draw_eye(painter, QRectF(0, 0, size, size), open_)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    style = QApplication.style()
    return style.standardIcon(pixmap) if style is not None else QIcon()


SP = QStyle.StandardPixmap
