"""Changes a trainer makes to a course's country facts and to how a session's plan fits its agenda slot:
each recorded as one undoable change (kinds ``fact`` and ``agenda-fit`` in ``store.kinds``). The facts
and the fitting maths live in ``trainerkit.course.facts`` and ``trainerkit.course.plan_fit``, which know
nothing of the store. Never imports Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from trainerkit.course.facts import AS_OF, CountryFacts, country_facts, course_country_code, has_facts, parse_correction
from trainerkit.errors import InvalidInputError
from trainerkit.recipe import state_of
from trainerkit.store.courses import add_change

# --- a course's facts ------------------------------------------------------------------------------------


def course_facts_of(store: Any, name: str) -> CountryFacts:
    """The facts for course ``name``'s country with its corrections. ``NotFoundError`` when the course is
    unknown, ``InvalidInputError`` when its profile names no country the data covers."""
    record, state, _course = state_of(store, name)
    code = course_country_code(state.profile)
    if not code:
        raise InvalidInputError(
            f"Course '{record.name}' has no country; set one: `trainerkit course set '{record.name}' country=CODE`."
        )
    if not has_facts(code):
        raise InvalidInputError(f"The treaty data ({AS_OF}) does not cover '{state.profile.get('country', code)}'.")
    return country_facts(code, state.fact_corrections)


def correct_fact(store: Any, name: str, text: str) -> Any:
    """Record the trainer's correction ``text`` (``"ICMW=ratified:2004"``; ``"ICMW="`` goes back to the
    data) as one undoable ``fact`` change; returns the ``Change``. Raises as ``parse_correction``."""
    course_facts_of(store, name)  # the course must have a covered country
    return add_change(store, name, "fact", payload=parse_correction(text))


# --- the trainer's choice ----------------------------------------------------------------------------------


def choose_fit(store: Any, name: str, session: int, mode: str, drop: Sequence[int] = ()) -> Any:
    """Record how session ``session``'s plan fits the agenda, as one undoable ``agenda-fit`` change:
    ``mode`` ``rescale``, ``drop`` (with the step numbers ``drop``) or ``""`` (the plan as written).
    Returns the ``Change``; ``InvalidInputError`` for an unknown session or step, ``NotFoundError`` for
    an unknown course."""

    _record, _state, course = state_of(store, name)
    try:
        plan = course.session(session)
    except KeyError:
        raise InvalidInputError(
            f"There is no session {session}; the course has sessions 1-{len(course.sessions)}."
        ) from None
    if mode not in ("rescale", "drop", ""):
        raise InvalidInputError(f"'{mode}' is not a way to fit a plan (rescale, drop).")
    numbers = sorted({int(n) for n in drop})
    if mode == "drop":
        known = {s.number for s in plan.plan}
        unknown = [n for n in numbers if n not in known]
        if not numbers or unknown:
            steps = ", ".join(f"{s.number} {s.title} ({s.minutes_text})" for s in plan.plan)
            raise InvalidInputError(
                f"Session {session} has no step {', '.join(map(str, unknown))}; its steps: {steps}."
                if unknown
                else f"Name the steps to drop; session {session}'s steps: {steps}."
            )
    payload: dict[str, Any] = {"mode": mode, "drop": numbers if mode == "drop" else []}
    return add_change(store, name, "agenda-fit", session=session, payload=payload)
