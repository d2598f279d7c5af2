"""Drag and drop as core changes: a block of slides lands where it was dropped; the agenda keeps its times."""

from __future__ import annotations

import pytest

from trainerkit.arrange import (
    agenda_warnings,
    block_move_plan,
    course_agenda,
    guide_agenda,
    move_slides,
    new_slot,
    retime,
    save_agenda,
)
from trainerkit.course import load_course
from trainerkit.customise import current_slides, new_course
from trainerkit.errors import InvalidInputError
from trainerkit.store import open_store
from trainerkit.store.courses import undo


def _apply(order: list[str], moves: list[tuple[str, int]]) -> list[str]:
    for key, to in moves:
        order = [k for k in order if k != key]
        order.insert(to - 1, key)
    return order


@pytest.mark.parametrize(
    ("keys", "before", "expected"),
    [
        (["e"], 1, "aebcdf"),
        (["b"], 5, "acdebf"),
        (["b", "c"], 6, "adefbc"),
        (["e", "f"], 0, "efabcd"),
        (["b", "e"], 3, "acbedf"),
        (["a"], 0, "abcdef"),
    ],
)
def test_a_block_lands_where_it_was_dropped_moving_only_its_slides(keys, before, expected) -> None:  # type: ignore[no-untyped-def]
    order = list("abcdef")
    moves = block_move_plan(order, keys, before)
    assert _apply(order, moves) == list(expected)
    assert {key for key, _ in moves} <= set(keys)


def test_move_slides_records_moves_the_export_applies() -> None:
    store = open_store()
    new_course(store, "K", country="KE")
    keys = [r.key for r in current_slides(store, "K", 1)]
    changes = move_slides(store, "K", 1, [keys[5], keys[6]], 0)
    assert len(changes) == 1 and changes[0].describe() == "Move 2 slides"  # one drag, one undo step
    assert [sub["kind"] for sub in changes[0].payload["changes"]] == ["move", "move"]
    assert [r.key for r in current_slides(store, "K", 1)][:3] == [keys[5], keys[6], keys[0]]
    undo(store, "K")
    assert [r.key for r in current_slides(store, "K", 1)] == keys


def test_retime_follows_durations_and_counts_session_time() -> None:
    course = load_course()
    days = guide_agenda(course)
    assert retime(days) == days  # the guide's slots are back to back
    days[0]["slots"].insert(0, new_slot(course, "recap"))
    timed = retime(days)
    assert timed[0]["slots"][1]["start"] == "09:15"
    assert timed[0]["end"] == "17:30"
    assert timed[0]["session_minutes"] == days[0]["session_minutes"]


def test_warnings_name_sessions_given_less_than_the_guide_plans() -> None:
    course = load_course()
    warnings = agenda_warnings(course, guide_agenda(course))
    assert any(w.startswith("Session 2 gets 1 h 30 min") for w in warnings)
    days = guide_agenda(course)
    days[2]["slots"] = [s for s in days[2]["slots"] if s.get("session") != 7]
    assert "Session 7 is not on the agenda." in agenda_warnings(course, days)


def test_saved_agenda_is_one_change_in_the_cli_shape() -> None:
    store = open_store()
    new_course(store, "K", country="KE")
    days = course_agenda(store, "K")
    days[0]["slots"][0]["minutes"] = 120
    change = save_agenda(store, "K", days)
    assert change.kind == "agenda" and change.describe() == "Edit the agenda"
    again = course_agenda(store, "K")
    assert again[0]["slots"][1]["start"] == "11:00"
    assert set(again[0]) == {"day", "start", "end", "session_minutes", "slots"}
    assert set(again[0]["slots"][0]) == {"start", "end", "minutes", "kind", "session", "part", "title"}
    with pytest.raises(InvalidInputError):
        save_agenda(
            store, "K", [{"day": 1, "start": "09:00", "slots": [{"kind": "session", "session": 99, "minutes": 30}]}]
        )


def test_agenda_warnings_follow_the_users_language() -> None:
    """The agenda tab of the French window showed "Session 2 gets 1 h 30 min; the guide plans ..." and
    "Day 1: ..." in English."""
    from trainerkit.arrange import course_agenda_warnings
    from trainerkit.messages import set_language
    from trainerkit.recipe import CourseState

    course = load_course()
    state = CourseState(name="Rabat", profile={}, sessions=[2, 3])
    set_language("fr")
    try:
        warnings = course_agenda_warnings(course, state, guide_agenda(course))
    finally:
        set_language(None)
    assert "La séance 2 dispose de 1 h 30 min ; le guide prévoit 2 h 25 min." in warnings
    assert any(w.startswith("Jour 1: ") for w in warnings), warnings
    state.plan_fits = {2: {"mode": "rescale"}}  # a fitted plan is no longer short, in any language
    assert not any(w.startswith("Session 2 gets") for w in course_agenda_warnings(course, state, guide_agenda(course)))
