"""Typed objects for the guide's course. Immutable: a trainer's changes live in the store, not here.

Every object keeps ``source``, the line of the guide it comes from (``"001 L612"``), so a trainer (and a
reviewer) can check our paraphrase against the guide.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from trainerkit.durations import format_duration

ADAPTATION_KINDS = ("CTX", "LOC", "CHOICE", "OPT", "AUD", "SENS", "HID", "TIMING")
SLOT_KINDS = ("session", "break", "lunch", "recap", "wrap-up", "evaluation")
HANDOUT_KINDS = ("handout", "sample-activity", "form", "external", "generated")
RESOURCE_KINDS = ("reading", "video", "tool", "website")

ADAPTATION_KIND_LABELS = {
    "CTX": "Adapt to the country or region",
    "LOC": "Add local examples",
    "CHOICE": "Choose among options",
    "OPT": "Optional",
    "AUD": "Tailor to the participants",
    "SENS": "Handle with sensitivity",
    "HID": "Hidden slides to reveal",
    "TIMING": "Timing and distribution",
}


@dataclass(frozen=True)
class Text:
    text: str
    source: str


@dataclass(frozen=True)
class TextList:
    source: str
    items: tuple[Text, ...] = ()

    def texts(self) -> list[str]:
        return [item.text for item in self.items]


@dataclass(frozen=True)
class PlanStep:
    """One row of a session plan: what happens, for how long, with what."""

    number: int
    title: str
    minutes: int
    source: str
    minutes_max: int | None = None
    optional: bool = False
    method: str = ""
    activity: str = ""
    resources: tuple[str, ...] = ()
    handouts: tuple[str, ...] = ()
    parts: tuple[PlanStep, ...] = ()

    @property
    def minutes_text(self) -> str:
        if self.optional and self.minutes == 0:
            return "optional"
        return format_duration(self.minutes, self.minutes_max)


@dataclass(frozen=True)
class AdaptationPoint:
    kind: str
    text: str
    source: str
    step: int | None = None

    @property
    def label(self) -> str:
        return ADAPTATION_KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class Resource:
    title: str
    source: str
    kind: str = "reading"
    publisher: str = ""
    year: str = ""
    link: str = ""


@dataclass(frozen=True)
class Session:
    number: int
    module: int
    title: str
    minutes: int
    duration_text: str
    source: str
    aim: Text
    summary: Text
    objectives: TextList
    key_messages: TextList
    preparation: TextList
    equipment: TextList
    tips: TextList
    handouts: tuple[str, ...]
    plan: tuple[PlanStep, ...]
    adaptation_points: tuple[AdaptationPoint, ...] = ()
    resources: tuple[Resource, ...] = ()
    minutes_min: int | None = None  # the lower end when the guide gives a range ("1-1.5 hours": 60)

    @property
    def planned_minutes(self) -> int:
        """Sum of the plan's non-optional steps (the guide's lower bounds)."""
        return sum(step.minutes for step in self.plan if not step.optional)

    def step(self, number: int) -> PlanStep:
        for step in self.plan:
            if step.number == number:
                return step
        raise KeyError(number)


@dataclass(frozen=True)
class AnnouncedSession:
    """A session the guide announces for the forthcoming Module 4; it has no content yet."""

    number: int
    title: str
    minutes: int
    summary: str
    source: str


@dataclass(frozen=True)
class Module:
    number: int
    title: str
    aim: Text
    source: str
    sessions: tuple[int, ...] = ()
    forthcoming: bool = False
    announced_sessions: tuple[AnnouncedSession, ...] = ()


@dataclass(frozen=True)
class AgendaSlot:
    start: str  # "HH:MM"
    end: str
    kind: str
    title: str
    source: str
    session: int | None = None
    part: str = ""

    @property
    def minutes(self) -> int:
        return to_minutes(self.end) - to_minutes(self.start)


@dataclass(frozen=True)
class AgendaDay:
    day: int
    slots: tuple[AgendaSlot, ...]

    @property
    def start(self) -> str:
        return self.slots[0].start

    @property
    def end(self) -> str:
        return self.slots[-1].end

    def session_minutes(self) -> int:
        return sum(slot.minutes for slot in self.slots if slot.kind == "session")


@dataclass(frozen=True)
class Agenda:
    source: str
    days: tuple[AgendaDay, ...]

    def minutes_for_session(self, number: int) -> int:
        return sum(slot.minutes for day in self.days for slot in day.slots if slot.session == number)


@dataclass(frozen=True)
class Handout:
    id: str
    title: str
    kind: str
    sessions: tuple[int, ...]
    source: str


@dataclass(frozen=True)
class Course:
    id: str
    title: str
    short_title: str
    series: str
    publisher: str
    edition: str
    version: str
    source: str
    goal: Text
    objectives: TextList
    audiences: TextList
    group_size: tuple[int, int]
    modules: tuple[Module, ...]
    sessions: tuple[Session, ...]
    agenda: Agenda
    handouts: tuple[Handout, ...] = field(default=())

    def session(self, number: int) -> Session:
        for session in self.sessions:
            if session.number == number:
                return session
        raise KeyError(number)

    def module(self, number: int) -> Module:
        for module in self.modules:
            if module.number == number:
                return module
        raise KeyError(number)

    def handout(self, handout_id: str) -> Handout:
        for handout in self.handouts:
            if handout.id == handout_id:
                return handout
        raise KeyError(handout_id)

    @property
    def core_modules(self) -> tuple[Module, ...]:
        return tuple(m for m in self.modules if not m.forthcoming)


def to_minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def clock_text(minutes: int) -> str:
    """Minutes after midnight as ``HH:MM``, the inverse of ``to_minutes`` (the one clock formatter)."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
