"""The bundled course as typed, Qt-free objects: modules, sessions, plans, agenda, handouts.

``load_course()`` reads the YAML under ``resources/course/`` and validates it; a malformed file raises
``CourseDataError`` naming the file, the line and the problem. Nothing here imports Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trainerkit.course.loader import load_course
    from trainerkit.course.model import (
        AdaptationPoint,
        Agenda,
        AgendaDay,
        AgendaSlot,
        AnnouncedSession,
        Course,
        Handout,
        Module,
        PlanStep,
        Resource,
        Session,
        Text,
        TextList,
    )


def __getattr__(name: str) -> Any:
    """The names below, imported on first use (PEP 562): importing ``trainerkit.course.decks`` or
    ``.model`` does not load the YAML reader, which a small change in the CLI never needs."""
    if name == "load_course":
        from trainerkit.course.loader import load_course

        return load_course
    if name in __all__:
        from trainerkit.course import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AdaptationPoint",
    "Agenda",
    "AgendaDay",
    "AgendaSlot",
    "AnnouncedSession",
    "Course",
    "Handout",
    "Module",
    "PlanStep",
    "Resource",
    "Session",
    "Text",
    "TextList",
    "load_course",
]
