"""Which characters the bundled fonts can draw, and which of a course's texts hold one they cannot.

Printed material uses only the fonts in ``resources/fonts`` (so it looks the same everywhere); a character
none of them has would print blank. ``missing_characters`` finds such characters in the course's own
text (profile values, edited slide text and notes), naming the field and the character, so the export
report and the preflight can say so instead of printing a blank. Font coverage is read from each font's
character map with fontTools (once per process). Never imports Qt.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from trainerkit.paths import resources_dir

#: Characters that are never drawn (layout controls, joiners, variation selectors): no glyph is needed.
_INVISIBLE_CATEGORIES = ("Cc", "Cf", "Zl", "Zp")


@dataclass(frozen=True)
class MissingGlyph:
    """A character (``char``, code point ``U+XXXX``) in ``field`` that no bundled font can draw."""

    field: str
    char: str

    @property
    def code(self) -> str:
        return f"U+{ord(self.char):04X}"

    @property
    def name(self) -> str:
        return unicodedata.name(self.char, self.code)

    def __str__(self) -> str:
        return f"{self.field}: '{self.char}' ({self.code} {self.name}) is in no bundled font and would print blank"


@lru_cache(maxsize=1)
def covered() -> frozenset[int]:
    """Code points at least one font in ``resources/fonts`` maps to a glyph."""
    from fontTools.ttLib import TTFont

    points: set[int] = set()
    for path in sorted((resources_dir() / "fonts").glob("*.[ot]tf")):
        with TTFont(str(path), lazy=True) as font:
            cmap = font.getBestCmap() or {}
            points.update(cmap)
    return frozenset(points)


def drawable(char: str) -> bool:
    if char.isspace() or unicodedata.category(char) in _INVISIBLE_CATEGORIES:
        return True
    if 0xFE00 <= ord(char) <= 0xFE0F or 0xE0100 <= ord(char) <= 0xE01EF:  # variation selectors
        return True
    return ord(char) in covered()


def missing_in(text: str) -> list[str]:
    """Characters of ``text`` no bundled font can draw, each once, in order."""
    out: list[str] = []
    for char in text:
        if char not in out and not drawable(char):
            out.append(char)
    return out


def course_texts(state: Any) -> list[tuple[str, str]]:
    """(field, text) pairs of what a trainer typed into a course: profile values and slide edits."""
    texts = [(f"profile {key}", str(value)) for key, value in sorted(state.profile.items()) if value]
    for session, ops in sorted(state.slide_ops.items()):
        for op in ops:
            for key, value in sorted(op.payload.items()):
                if isinstance(value, str) and value:
                    texts.append((f"session {session} slide {op.key} {key}", value))
    return texts


def missing_characters(state: Any) -> list[MissingGlyph]:
    """Every (field, character) of the course's own text that would print blank."""
    return [MissingGlyph(field, char) for field, text in course_texts(state) for char in missing_in(text)]
