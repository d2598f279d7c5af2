"""The About box: version, build date and data folder (the same text as `trainerkit --version`)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from trainerkit import APP_NAME
from trainerkit.ui.i18n import tr
from trainerkit.version import version_text


def about_html() -> str:
    lines = version_text().splitlines()
    body = "<br>".join(escape(line) for line in lines[1:])
    return (
        f"<p><b>{escape(lines[0])}</b></p><p>{body}</p><p>"
        + tr(
            "about",
            "An offline kit for trainers of the OHCHR course <i>Towards a Human Rights-Based Approach to "
            "Migration</i>.",
        )
        + "</p>"
    )


def about_box(parent: QWidget | None = None) -> QMessageBox:
    """A non-modal About box (the caller shows it); its text can be selected and copied."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("about", "About {APP_NAME}").format(APP_NAME=APP_NAME),
        about_html(),
        QMessageBox.StandardButton.Ok,
    )
    box.setParent(parent, box.windowFlags())
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setObjectName("about-box")
    return box
