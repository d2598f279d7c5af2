"""The bundled course as typed, Qt-free objects: modules, sessions, plans, agenda, handouts.

``load_course()`` reads the YAML under ``resources/course/`` and validates it; a malformed file raises
``CourseDataError`` naming the file, the line and the problem. Nothing here imports Qt.
"""

from __future__ import annotations

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
