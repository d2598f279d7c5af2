"""Fit a session's plan to the time its agenda slot gives it, date the training days, check the day's shape.

* ``fit_plan``: when the agenda gives a session less time than its plan, the trainer chooses (an
  ``agenda-fit`` change, see ``CourseState.plan_fits``): **rescale** every non-optional step in proportion
  (whole minutes, at least 1, totalling the agenda's minutes), or **drop** the steps they name. Without a
  choice the plan stays as written (and the trainer pack and preflight say it runs over).
* ``training_dates``: calendar dates of the agenda's days from the profile's free-text ``dates``
  ("3-5 March 2027", "30 March - 1 April 2027", "March 3-5, 2027", "3 March 2027", "2027-03-03");
  None when they do not parse or cover fewer days than the agenda has.
* ``day_shape_warnings``: a session whose plan runs past the break, lunch or end of day that follows
  its slot, and stretches of more than ``LONG_STRETCH`` minutes without a break.

All minutes are whole minutes; clock times are "HH:MM". Never imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from trainerkit.course.model import PlanStep, Session, to_minutes
from trainerkit.course.model import clock_text as _clock
from trainerkit.messages import _

#: Minutes of sessions, recaps and wrap-ups in a row after which a break is due (the guide's days break
#: every 1½–2 hours; more than 3 hours is flagged).
LONG_STRETCH = 180
BREAK_KINDS = ("break", "lunch")


@dataclass(frozen=True)
class FittedStep:
    """A plan step as the trainer will run it: ``minutes`` after rescaling (the plan's own otherwise),
    ``dropped`` when the trainer dropped it (then 0 minutes)."""

    step: PlanStep
    minutes: int
    dropped: bool = False

    @property
    def rescaled(self) -> bool:
        return not self.dropped and self.minutes != self.step.minutes and not self.step.optional


def fit_plan(session: Session, given: int | None, fit: dict[str, Any] | None) -> list[FittedStep]:
    """The session's steps fitted by ``fit`` (``{"mode": "rescale"}`` or ``{"mode": "drop", "drop": [n]}``)
    to ``given`` agenda minutes; unchanged steps when there is no fit (or no agenda time to rescale to)."""
    mode = (fit or {}).get("mode")
    if mode == "drop":
        dropped = {int(n) for n in (fit or {}).get("drop", [])}
        return [FittedStep(s, 0 if s.number in dropped else s.minutes, s.number in dropped) for s in session.plan]
    if mode == "rescale" and given and session.planned_minutes:
        steps = [s for s in session.plan if not s.optional]
        scale = given / session.planned_minutes
        minutes = {s.number: max(1, round(s.minutes * scale)) for s in steps}
        drift = given - sum(minutes.values())
        if steps and drift:  # rounding: the longest step absorbs the difference
            longest = max(steps, key=lambda s: minutes[s.number])
            minutes[longest.number] = max(1, minutes[longest.number] + drift)
        return [FittedStep(s, minutes.get(s.number, s.minutes)) for s in session.plan]
    return [FittedStep(s, s.minutes) for s in session.plan]


def fitted_minutes(steps: Sequence[FittedStep]) -> int:
    return sum(f.minutes for f in steps if not f.step.optional and not f.dropped)


def describe_fit(session: Session, given: int | None, fit: dict[str, Any] | None, course_name: str = "NAME") -> str:
    """One sentence on how the plan meets the agenda, for the trainer pack ("" when it simply fits)."""
    import shlex

    from trainerkit.durations import format_duration

    planned = session.planned_minutes
    mode = (fit or {}).get("mode")
    if given is None:
        return ""
    if mode == "rescale":
        return (
            f"Rescaled to the agenda: every step shortened in proportion from {format_duration(planned)} "
            f"to {format_duration(given)} (your choice)."
        )
    if mode == "drop":
        steps = fit_plan(session, given, fit)
        names = ", ".join(f"{f.step.number}. {f.step.title}" for f in steps if f.dropped)
        total = fitted_minutes(steps)
        over = f"; it still needs {format_duration(total)}" if total > given else ""
        return f"Dropped to fit {format_duration(given)} (your choice): {names}{over}."
    if given < planned:
        return (
            f"The plan needs {format_duration(planned)} but the agenda gives {format_duration(given)}: "
            "the last steps run over. Choose on TrainerKit's Agenda tab (Rescale the plan, or Drop steps), or with "
            f"`trainerkit fit-plan {shlex.quote(course_name)} {session.number} --rescale` or `--drop STEP...`."
        )
    return ""


# --- calendar dates --------------------------------------------------------------------------------------

_MONTHS = {
    name.lower(): number
    for number, names in enumerate(
        (
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sep", "Sept"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ),
        start=1,
    )
    for name in names
}
_DASH = r"\s*(?:-|–|—|to|until)\s*"
_M = r"([A-Za-z]+)\.?"
_PATTERNS = (
    # 3-5 March 2027
    (re.compile(rf"^(\d{{1,2}}){_DASH}(\d{{1,2}})\s+{_M},?\s+(\d{{4}})$"), ("d1", "d2", "m", "y")),
    # 30 March - 1 April 2027
    (re.compile(rf"^(\d{{1,2}})\s+{_M}{_DASH}(\d{{1,2}})\s+{_M},?\s+(\d{{4}})$"), ("d1", "m1", "d2", "m", "y")),
    # March 3-5, 2027
    (re.compile(rf"^{_M}\s+(\d{{1,2}}){_DASH}(\d{{1,2}}),?\s+(\d{{4}})$"), ("m", "d1", "d2", "y")),
    # 3 March 2027 / March 3, 2027
    (re.compile(rf"^(\d{{1,2}})\s+{_M},?\s+(\d{{4}})$"), ("d1", "m", "y")),
    (re.compile(rf"^{_M}\s+(\d{{1,2}}),?\s+(\d{{4}})$"), ("m", "d1", "y")),
)


def _parse_range(text: str) -> tuple[date, date | None] | None:
    text = " ".join(text.replace(",", ", ").split()).strip()
    iso = re.match(rf"^(\d{{4}}-\d{{2}}-\d{{2}})(?:{_DASH}(\d{{4}}-\d{{2}}-\d{{2}}))?$", text)
    try:
        if iso:
            first = datetime.strptime(iso.group(1), "%Y-%m-%d").date()
            last = datetime.strptime(iso.group(2), "%Y-%m-%d").date() if iso.group(2) else None
            return first, last
        for pattern, names in _PATTERNS:
            match = pattern.match(text)
            if not match:
                continue
            parts = dict(zip(names, match.groups(), strict=True))
            month = _MONTHS.get(parts["m"].lower())
            first_month = _MONTHS.get(parts.get("m1", parts["m"]).lower())
            if month is None or first_month is None:
                return None
            year = int(parts["y"])
            last = date(year, month, int(parts["d2"])) if "d2" in parts else None
            first = date(year if first_month <= month else year - 1, first_month, int(parts["d1"]))
            return first, last
    except ValueError:
        return None
    return None


def training_dates(text: str, days: int) -> list[date] | None:
    """Dates of training days 1..``days`` from the profile's ``dates`` text, consecutive from the first
    date; None when the text does not parse or its range is shorter than ``days`` (nothing is guessed)."""
    parsed = _parse_range(text or "")
    if parsed is None or days <= 0:
        return None
    first, last = parsed
    if last is not None and (last < first or (last - first).days + 1 < days):
        return None
    return [first + timedelta(days=i) for i in range(days)]


def day_label(day: int, dates: list[date] | None, lang: str = "en") -> str:
    """ "Day 2 (Thursday 4 March 2027)", or "Day 2" without dates; in language ``lang`` ("Jour 2 (jeudi
    4 mars 2027)": ``trainerkit.messages``, day and month names from Babel/CLDR)."""
    from trainerkit.messages import _, format_day

    if dates and 0 < day <= len(dates):
        return _("Day {day} ({date})", lang).format(day=day, date=format_day(dates[day - 1], lang))
    return _("Day {day}", lang).format(day=day)


def localised_dates(text: str, lang: str) -> str:
    """The profile's ``dates`` text in language ``lang`` when it parses ("14-16 June 2026" -> "14–16 juin
    2026", Babel/CLDR interval formats); the text itself otherwise, or for English."""
    from trainerkit.messages import format_date_range

    if not text or lang in ("", "en"):
        return text
    parsed = _parse_range(text)
    if parsed is None:
        return text
    return format_date_range(parsed[0], parsed[1], lang)


# --- warnings on the day's shape -------------------------------------------------------------------------


class SlotLike(Protocol):
    @property
    def start(self) -> str: ...
    @property
    def end(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def session(self) -> int | None: ...


@dataclass(frozen=True)
class DayWarning:
    """``code``: ``session-past-break`` or ``long-stretch``; ``day``; ``session`` (or None); ``message``."""

    code: str
    day: int
    session: int | None
    message: str


def day_shape_warnings(
    days: Sequence[tuple[int, Sequence[SlotLike]]],
    sessions: dict[int, Session],
    fits: dict[int, dict[str, Any]],
) -> list[DayWarning]:
    """Warnings for the agenda ``days`` (``[(day, slots)]``) given the selected ``sessions`` and the
    trainer's ``fits``: a session whose fitted plan outlasts its slots runs into what follows its last slot
    (a break, lunch, the next session or the end of the day); a run of non-break slots over
    ``LONG_STRETCH`` minutes (slots of sessions not in ``sessions`` are left out, a pause of 15 minutes or
    more between slots counts as a break)."""
    warnings: list[DayWarning] = []
    spans: dict[int, list[tuple[int, int, int, int]]] = {}  # session -> [(day, index, start, end)]
    for day, slots in days:
        for index, placed_slot in enumerate(slots):
            if placed_slot.session is not None and placed_slot.session in sessions:
                try:
                    spans.setdefault(placed_slot.session, []).append(
                        (day, index, to_minutes(placed_slot.start), to_minutes(placed_slot.end))
                    )
                except (ValueError, AttributeError):
                    continue
    by_day = dict(days)
    for number, placed in spans.items():
        session = sessions[number]
        given = sum(end - start for _d, _i, start, end in placed)
        need = fitted_minutes(fit_plan(session, given, fits.get(number)))
        if need <= given:
            continue
        day, index, _start, end = placed[-1]
        over = need - given
        following = by_day[day][index + 1] if index + 1 < len(by_day[day]) else None
        finish = end + over
        into = _("past its end at {time}").format(time=_clock(end))
        if following is None:
            into += _(", past the end of the day")
        else:
            what = {"lunch": _("the lunch break"), "break": _("the break")}.get(following.kind, _("what follows"))
            try:
                reaches = finish > to_minutes(following.start)
            except (ValueError, AttributeError):
                reaches = False
            into += (_(", into {what} at {time}") if reaches else _(" ({what} follows at {time})")).format(
                what=what, time=following.start
            )
        warnings.append(
            DayWarning(
                "session-past-break",
                day,
                number,
                _("Session {number}'s plan runs {over} min over, to {time}, {where}.").format(
                    number=number, over=over, time=_clock(finish), where=into
                ),
            )
        )
    for day, slots in days:
        run_start: str | None = None
        run = 0
        last_end: int | None = None
        # slots of sessions the course leaves out are not taught: they do not count
        items: list[SlotLike | None] = [s for s in slots if s.session is None or s.session in sessions] + [None]
        for slot in items:
            try:
                gap = to_minutes(slot.start) - last_end if slot is not None and last_end is not None else 0
            except (ValueError, AttributeError):
                gap = 0
            if slot is None or slot.kind in BREAK_KINDS or gap >= 15:  # an unlisted pause counts as a break
                if run > LONG_STRETCH and run_start is not None:
                    warnings.append(
                        DayWarning(
                            "long-stretch",
                            day,
                            None,
                            _("{hours} h {minutes} min without a break from {time}.").format(
                                hours=run // 60, minutes=f"{run % 60:02d}", time=run_start
                            ),
                        )
                    )
                run, run_start = 0, None
                if slot is None or slot.kind in BREAK_KINDS:
                    continue
            try:
                run += max(0, to_minutes(slot.end) - to_minutes(slot.start))
                last_end = to_minutes(slot.end)
            except (ValueError, AttributeError):
                continue
            run_start = run_start or slot.start
    return warnings
