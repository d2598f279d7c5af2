"""Where the bundled course's files are: its YAML (for the loader and the caches keyed by them) and each
session's deck.

Importing this module loads nothing but ``paths`` (no YAML reader, no dataclasses): the slide index asks
it which files to stat on every command. Never imports Qt.
"""

from __future__ import annotations

from pathlib import Path

from trainerkit.paths import resources_dir


def deck_path(session: int) -> Path:
    """The bundled deck of ``session``: ``resources/slides/session-NN.pptx``."""
    return resources_dir() / "slides" / f"session-{session:02d}.pptx"


def course_files(root: Path) -> list[Path]:
    """Every file ``course.loader.load_course_from(root)`` reads: the course, its agenda and handouts,
    and each session's file, in a fixed order."""
    fixed = [root / name for name in ("course.yaml", "agenda.yaml", "handouts.yaml")]
    return fixed + sorted((root / "sessions").glob("session-*.yaml"))
