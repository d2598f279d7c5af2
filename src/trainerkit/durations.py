"""Every duration TrainerKit shows, formatted by one function, and a session's three durations labelled.

The guide gives three different figures for a session, and a trainer needs to know which is which:

* **Guide**: the module outline's duration for the session ("1-1.5 hours", 001 L597), a range or one figure;
* **Plan**: the session plan's timed steps added up (optional steps left out; a step given as "10-15
  minutes" counts 10 at least and 15 at most), also a range when steps are;
* **Agenda**: the time the agenda gives the session (the guide's sample agenda, or the course's own),
  all its slots together.

``format_duration`` and ``SessionDurations.line()`` are used by the CLI (``info``, ``sessions``, ``session``,
``agenda``), the app's overview and agenda builder, the trainer pack and the USB ``index.html``, so the
same session shows the same figures, with the same labels, everywhere. Never imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainerkit.course.model import Session

#: The three labels, in the order they are shown, with what each means (for tooltips and help text).
LABELS = {
    "guide": "the duration the guide's module outline gives the session",
    "plan": "the session plan's timed steps added up",
    "agenda": "the time the agenda gives the session",
}
DASH = "\u2013"  # en dash between the ends of a range


def format_duration(minutes: int, upper: int | None = None) -> str:
    """Minutes as a trainer reads them: ``45 min``, ``2 h``, ``1 h 30 min``; with ``upper`` greater than
    ``minutes``, a range: ``10–15 min``, ``1 h–1 h 30 min``. Raises ``ValueError`` for negative minutes."""
    if minutes < 0 or (upper is not None and upper < 0):
        raise ValueError(f"a duration cannot be negative: {minutes}, {upper}")
    if upper is not None and upper != minutes:
        low, high = sorted((minutes, upper))
        if high < 60:
            return f"{low}{DASH}{high} min"
        return f"{format_duration(low)}{DASH}{format_duration(high)}"
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


@dataclass(frozen=True)
class SessionDurations:
    """A session's three durations in minutes: ``guide`` and ``plan`` as (least, most); ``agenda`` the
    agenda's total, or None when the session is not on the agenda."""

    guide: tuple[int, int]
    plan: tuple[int, int]
    agenda: int | None

    @property
    def guide_text(self) -> str:
        return format_duration(*self.guide)

    @property
    def plan_text(self) -> str:
        return format_duration(*self.plan)

    @property
    def agenda_text(self) -> str:
        return "not on the agenda" if self.agenda is None else format_duration(self.agenda)

    def parts(self) -> list[tuple[str, str]]:
        """[('Guide', '1 h–1 h 30 min'), ('Plan', ...), ('Agenda', ...)]."""
        return [("Guide", self.guide_text), ("Plan", self.plan_text), ("Agenda", self.agenda_text)]

    def line(self) -> str:
        """'Guide 1 h–1 h 30 min · Plan 1 h–1 h 30 min · Agenda 1 h 30 min': the same words everywhere."""
        return " \u00b7 ".join(f"{label} {text}" for label, text in self.parts())

    def as_dict(self) -> dict[str, object]:
        return {
            "guide_minutes": list(self.guide),
            "plan_minutes": list(self.plan),
            "agenda_minutes": self.agenda,
            "guide": self.guide_text,
            "plan": self.plan_text,
            "agenda": self.agenda_text,
        }


def session_durations(session: Session, agenda_minutes: int | None) -> SessionDurations:
    """The three durations of ``session``; ``agenda_minutes`` from the agenda in use (0 or None: not on it)."""
    guide_low = session.minutes_min if session.minutes_min is not None else session.minutes
    steps = [step for step in session.plan if not step.optional]
    plan = (sum(s.minutes for s in steps), sum(max(s.minutes, s.minutes_max or 0) for s in steps))
    return SessionDurations((guide_low, session.minutes), plan, agenda_minutes or None)


__all__ = ["LABELS", "SessionDurations", "format_duration", "session_durations"]
