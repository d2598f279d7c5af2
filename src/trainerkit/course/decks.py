"""Summaries of the bundled slide decks (``resources/slides/session-NN.pptx``) for listings.

Reads the decks themselves, so a count can never disagree with the file a trainer exports. Counts are
cached per file modification time.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from trainerkit.course.files import deck_path as deck_path  # where it lives: course.files


@dataclass(frozen=True)
class DeckSummary:
    session: int
    file: str
    slides: int
    hidden: int
    adapt: int
    with_notes: int

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@lru_cache(maxsize=16)
def _summarise(path: Path, mtime: float, session: int) -> DeckSummary:
    from pptx import Presentation

    from trainerkit.deck.tags import get_slide_tags

    prs = Presentation(str(path))
    slides = hidden = adapt = notes = 0
    for slide in prs.slides:
        slides += 1
        if slide._element.get("show") in ("0", "false"):
            hidden += 1
        if "TRAINERKIT_ADAPT" in get_slide_tags(slide):
            adapt += 1
        frame = slide.notes_slide.notes_text_frame if slide.has_notes_slide else None
        if frame is not None and frame.text.strip():
            notes += 1
    return DeckSummary(session, path.name, slides, hidden, adapt, notes)


def deck_summary(session: int) -> DeckSummary | None:
    """The bundled deck's counts for a session, or None when the session has no deck yet."""
    path = deck_path(session)
    if not path.is_file():
        return None
    return _summarise(path, path.stat().st_mtime, session)
