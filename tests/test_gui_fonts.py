"""The app draws with the fonts the printed material uses, so a profile typed with emoji or Arabic shows on a
computer that has no such fonts of its own."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from trainerkit.ui.app import create_app


def test_create_app_registers_the_bundled_fonts(qapp) -> None:  # type: ignore[no-untyped-def]
    create_app([])
    families = set(QFontDatabase.families())
    assert {"Noto Emoji", "Noto Sans Arabic", "Noto Sans Symbols2", "DejaVu Sans"} <= families
    hotel = "\N{HOTEL}"  # typed in a venue; DejaVu Sans has no glyph for it, Noto Emoji has
    assert QFontMetrics(QFont("Noto Emoji")).inFontUcs4(ord(hotel))
