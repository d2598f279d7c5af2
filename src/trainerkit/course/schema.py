"""The shape of the course's YAML files, as pydantic models: what each file may hold and of what type.

``course.loader`` checks each file with these models (``yamlread.checked``, which names the file and the
line of a wrong value), then checks what spans fields (steps numbered in order, times in order, a
session slot naming its session) and builds the immutable ``course.model`` objects. Field names are the
files' keys (docs/course-data-format.md). Unknown keys are ignored; a key with no value counts as absent.

Text fields take text or a number (``year: 2019``) and are stripped; a required one may not be empty. A
``source`` must look like ``001 L612`` (a line of the guide). Imported only when the course's files
changed since they were last read (the loader keeps what it built, ``contentcache``), so the command
line does not pay for pydantic on every start. Never imports Qt.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, ClassVar

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, StrictInt
from pydantic_core import PydanticCustomError

from trainerkit.course.model import ADAPTATION_KINDS, HANDOUT_KINDS, RESOURCE_KINDS, SLOT_KINDS

SOURCE_RE = re.compile(r"^\d{3} L\d+(-L?\d+)?")


def _text(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise PydanticCustomError("tk_text", "must be text")
    return str(value).strip()


def _not_empty(value: str) -> str:
    if not value:
        raise PydanticCustomError("tk_empty", "is empty")
    return value


def _source(value: str) -> str:
    if not SOURCE_RE.match(value):
        raise PydanticCustomError("tk_source", "must look like \"001 L612\", not '{value}'", {"value": value})
    return value


def _choice(choices: tuple[str, ...]) -> Any:
    def check(value: str) -> str:
        if value not in choices:
            raise PydanticCustomError(
                "tk_choice", "must be one of {choices}, not '{value}'", {"choices": ", ".join(choices), "value": value}
            )
        return value

    return AfterValidator(check)


def _mapping_of_text(value: Any) -> Any:
    """An item given as plain text is the item's ``text`` (its source is the list's)."""
    return {"text": value} if isinstance(value, str) else value


Text = Annotated[str, BeforeValidator(_text), AfterValidator(_not_empty)]
OptText = Annotated[str, BeforeValidator(_text)]
Source = Annotated[str, BeforeValidator(_text), AfterValidator(_not_empty), AfterValidator(_source)]
Count = Annotated[StrictInt, Field(ge=1)]
Minutes = Annotated[StrictInt, Field(ge=0)]
TextItems = list[Annotated[str, BeforeValidator(_text)]]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    WHAT: ClassVar[str] = "this entry"


class TextIn(_Model):
    """A text with the guide's line; the source defaults to the one of what holds it."""

    WHAT = "an item"
    text: Text
    source: Source | None = None


InlineText = Annotated[TextIn, BeforeValidator(_mapping_of_text)]


class TextListIn(_Model):
    WHAT = "a list"
    source: Source
    items: list[InlineText]


class StepIn(_Model):
    WHAT = "a plan step"
    step: Minutes | None = None  # required (from 1, in order) for a plan's steps; parts may leave it out
    title: Text
    minutes: Minutes
    minutes_max: Minutes | None = None
    optional: StrictBool = False
    method: OptText = ""
    activity: OptText = ""
    resources: TextItems = []
    handouts: TextItems = []
    source: Source
    parts: list[StepIn] = []


class PointIn(_Model):
    WHAT = "an adaptation point"
    kind: Annotated[Text, _choice(ADAPTATION_KINDS)]
    text: Text
    source: Source
    step: Minutes | None = None


class ResourceIn(_Model):
    WHAT = "a resource"
    title: Text
    source: Source
    kind: Annotated[OptText, _choice(RESOURCE_KINDS)] = "reading"
    publisher: OptText = ""
    year: OptText = ""
    link: OptText = ""


class SessionFile(_Model):
    WHAT = "the session file"
    number: Count
    module: Count
    title: Text
    minutes: Count
    minutes_min: Minutes | None = None
    duration_text: OptText = ""
    source: Source
    aim: InlineText
    summary: InlineText
    objectives: TextListIn
    key_messages: TextListIn
    preparation: TextListIn
    equipment: TextListIn
    tips: TextListIn | None = None
    handouts: TextItems = []
    plan: list[StepIn]
    adaptation_points: list[PointIn] = []
    resources: list[ResourceIn] = []


class AnnouncedIn(_Model):
    WHAT = "an announced session"
    number: Count
    title: Text
    minutes: Count
    summary: OptText = ""
    source: Source


class ModuleIn(_Model):
    WHAT = "a module"
    number: Count
    title: Text
    aim: InlineText
    source: Source
    sessions: list[StrictInt] = []
    forthcoming: StrictBool = False
    announced_sessions: list[AnnouncedIn] = []


class GroupSizeIn(_Model):
    WHAT = "'group_size'"
    min: Count
    max: Count


class CourseFile(_Model):
    WHAT = "the course file"
    id: Text
    title: Text
    short_title: Text
    series: Text
    publisher: Text
    edition: Text
    version: Text
    source: Source
    goal: InlineText
    objectives: TextListIn
    audiences: TextListIn
    group_size: GroupSizeIn
    modules: list[ModuleIn]


class SlotIn(_Model):
    WHAT = "a time slot"
    start: Text
    end: Text
    kind: Annotated[Text, _choice(SLOT_KINDS)]
    title: Text
    source: Source
    session: Minutes | None = None
    part: OptText = ""


class DayIn(_Model):
    WHAT = "a day"
    day: Count
    slots: list[SlotIn]


class AgendaFile(_Model):
    WHAT = "the agenda file"
    source: Source
    days: list[DayIn]


class HandoutIn(_Model):
    WHAT = "a handout"
    id: Text
    title: Text
    kind: Annotated[Text, _choice(HANDOUT_KINDS)]
    sessions: list[StrictInt] = []
    source: Source


class HandoutsFile(_Model):
    WHAT = "the handouts file"
    handouts: list[HandoutIn]
