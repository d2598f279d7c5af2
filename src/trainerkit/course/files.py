"""The files the bundled course is read from, listed once for the loader and the caches keyed by them.

Importing this module loads nothing else (no YAML reader): the slide index asks it which files to stat on
every command. Never imports Qt.
"""

from __future__ import annotations

from pathlib import Path


def course_files(root: Path) -> list[Path]:
    """Every file ``course.loader.load_course_from(root)`` reads: the course, its agenda and handouts,
    and each session's file, in a fixed order."""
    fixed = [root / name for name in ("course.yaml", "agenda.yaml", "handouts.yaml")]
    return fixed + sorted((root / "sessions").glob("session-*.yaml"))
