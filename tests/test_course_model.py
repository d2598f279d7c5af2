"""The bundled course data matches the guide: sessions, modules, plans and the sample agenda."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from trainerkit.course import load_course
from trainerkit.course.model import to_minutes

GUIDE = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "001_6b4e4fdb43d7d8d2.txt"

# Minutes of each top-level session-plan step, as the guide's session plans give them
# (lower bound of ranges; 0 for steps the guide marks optional or "if there is time").
PLAN_MINUTES = {
    1: [10, 15, 5, 5, 10, 5, 5, 5, 0],
    2: [5, 5, 5, 10, 5, 5, 45, 10, 35, 15, 5, 0],
    3: [5, 60, 5, 5, 15, 10, 30, 20, 10],
    4: [5, 20, 5, 10, 5, 5, 5, 20, 40, 15, 5, 5],
    5: [5, 15, 5, 10, 5, 5, 5, 5, 30, 5, 5, 60, 5],
    6: [5, 10, 15, 5, 45, 5, 5, 5, 50, 5],
    7: [5, 5, 5, 10, 5, 20, 90, 40, 50],
}

SESSION_TITLES = {
    1: "Course introduction and overview",
    2: "An introduction to international migration",
    6: "A human rights-based approach to migration",
    7: "Protecting rights in practice",
}

# (day, start, end, session) of every session slot of the guide's sample agenda (L537-L585).
AGENDA_SESSION_SLOTS = [
    (1, "09:00", "10:30", 1),
    (1, "10:45", "12:15", 2),
    (1, "13:15", "14:45", 3),
    (1, "15:00", "16:00", 3),
    (1, "16:00", "17:00", 4),
    (2, "09:00", "10:00", 4),
    (2, "10:15", "13:00", 5),
    (2, "14:00", "17:30", 6),
    (3, "09:15", "09:45", 7),
    (3, "09:45", "10:15", 7),
    (3, "10:15", "12:00", 7),
    (3, "13:00", "13:45", 7),
    (3, "13:45", "14:30", 7),
]


@pytest.fixture(scope="module")
def course():
    return load_course()


def test_three_core_modules_with_seven_sessions_and_a_forthcoming_fourth(course):
    assert [m.number for m in course.modules] == [1, 2, 3, 4]
    assert [m.number for m in course.core_modules] == [1, 2, 3]
    assert [s.number for s in course.sessions] == [1, 2, 3, 4, 5, 6, 7]
    assert [list(m.sessions) for m in course.core_modules] == [[1, 2], [3, 4, 5], [6, 7]]
    module4 = course.module(4)
    assert module4.forthcoming and not module4.sessions
    assert [a.number for a in module4.announced_sessions] == [8, 9, 10, 11]
    assert "border" in module4.announced_sessions[0].title.lower()
    assert "climate" in module4.announced_sessions[3].title.lower()
    assert all(a.minutes == 180 for a in module4.announced_sessions)


@pytest.mark.parametrize("number,title", sorted(SESSION_TITLES.items()))
def test_session_titles_are_the_guides(course, number, title):
    assert course.session(number).title == title


def test_session_durations_follow_the_outline(course):
    minutes = {s.number: s.minutes for s in course.sessions}
    assert minutes[1] == 90 and minutes[2] == 150 and minutes[7] == 255


@pytest.mark.parametrize("number", sorted(PLAN_MINUTES))
def test_each_session_plan_has_the_guides_steps_and_minutes(course, number):
    session = course.session(number)
    assert [step.minutes for step in session.plan] == PLAN_MINUTES[number]
    assert [step.number for step in session.plan] == list(range(1, len(PLAN_MINUTES[number]) + 1))
    for step in session.plan:
        assert step.title and step.source
        if step.minutes == 0:
            assert step.optional


def test_every_session_has_its_overview(course):
    for s in course.sessions:
        assert s.objectives.items and s.key_messages.items, s.number
        assert s.preparation.items and s.equipment.items, s.number
        assert s.handouts, s.number
        assert s.summary.text and s.aim.text


def test_hidden_slide_adaptation_points_are_recorded_where_the_guide_hides_slides(course):
    hid = {s.number for s in course.sessions for p in s.adaptation_points if p.kind == "HID"}
    assert {2, 3, 5} <= hid


def test_agenda_has_three_days_with_the_guides_slot_times(course):
    agenda = course.agenda
    assert [d.day for d in agenda.days] == [1, 2, 3]
    assert (agenda.days[0].start, agenda.days[0].end) == ("09:00", "17:15")
    assert (agenda.days[1].start, agenda.days[1].end) == ("08:45", "17:45")
    assert (agenda.days[2].start, agenda.days[2].end) == ("09:00", "15:00")
    found = [
        (d.day, slot.start, slot.end, slot.session) for d in agenda.days for slot in d.slots if slot.kind == "session"
    ]
    assert found == AGENDA_SESSION_SLOTS
    kinds = [slot.kind for d in agenda.days for slot in d.slots]
    assert kinds.count("lunch") == 3 and "recap" in kinds and "wrap-up" in kinds


def test_agenda_slots_follow_each_other_without_overlap(course):
    for day in course.agenda.days:
        for before, after in zip(day.slots, day.slots[1:], strict=False):
            assert to_minutes(before.end) <= to_minutes(after.start)


def test_every_handout_a_session_names_is_in_the_catalogue(course):
    ids = {h.id for h in course.handouts}
    for s in course.sessions:
        assert set(s.handouts) <= ids


@pytest.mark.skipif(not GUIDE.is_file(), reason="the guide's text (shared/seeds) is not beside the repo")
def test_source_references_point_inside_the_guide(course):
    lines = GUIDE.read_text(encoding="utf-8").count("\n") + 1
    refs = [course.source, *(s.source for s in course.sessions)]
    refs += [step.source for s in course.sessions for step in s.plan]
    refs += [p.source for s in course.sessions for p in s.adaptation_points]
    for ref in refs:
        number = int(re.match(r"\d{3} L(\d+)", ref).group(1))  # type: ignore[union-attr]
        assert 1 <= number <= lines, ref
