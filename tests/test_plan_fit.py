"""Agenda -> plans: a shortened session is rescaled or loses steps by the trainer's choice, the trainer pack
prints that choice with dated days, and preflight warns about runs past a break and long stretches."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from trainerkit.cli import cli
from trainerkit.course import load_course
from trainerkit.course.decks import deck_path
from trainerkit.course.model import AgendaSlot
from trainerkit.course.plan_fit import day_shape_warnings, fit_plan, fitted_minutes, training_dates
from trainerkit.store import open_store
from trainerkit.store.courses import add_change

pytestmark = pytest.mark.skipif(not deck_path(5).is_file(), reason="bundled decks are not built yet")


def tk(*args: str, ok: bool = True) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert (result.exit_code == 0) == ok, result.output
    return result.output


def test_rescale_totals_the_agenda_minutes_and_drop_removes_the_named_steps() -> None:
    session = load_course().session(5)
    assert session.planned_minutes == 160
    rescaled = fit_plan(session, 135, {"mode": "rescale"})
    assert fitted_minutes(rescaled) == 135 and all(f.minutes >= 1 for f in rescaled)
    case_study = next(f for f in rescaled if f.step.number == 12)
    assert 48 <= case_study.minutes <= 53 and case_study.rescaled
    dropped = fit_plan(session, 135, {"mode": "drop", "drop": [12]})
    assert fitted_minutes(dropped) == 100 and [f.step.number for f in dropped if f.dropped] == [12]
    assert fitted_minutes(fit_plan(session, 135, None)) == 160


def test_long_stretches_without_a_break_are_flagged_for_the_sessions_taught() -> None:
    course = load_course()
    days = [(d.day, d.slots) for d in course.agenda.days]
    every = {s.number: s for s in course.sessions}
    stretch = [w for w in day_shape_warnings(days, every, {}) if w.code == "long-stretch"]
    assert [(w.day, w.message) for w in stretch] == [(2, "3 h 45 min without a break from 14:00.")]  # S6 + wrap-up
    assert not [w for w in day_shape_warnings(days, {5: every[5]}, {}) if w.code == "long-stretch"]
    six_hours = [
        (
            1,
            [
                AgendaSlot("09:00", "12:00", "session", "A", "", session=1),
                AgendaSlot("12:00", "15:00", "session", "B", "", session=2),
            ],
        )
    ]
    assert [w.message for w in day_shape_warnings(six_hours, every, {}) if w.code == "long-stretch"] == [
        "6 h 00 min without a break from 09:00."
    ]
    lunch_gap = [
        (
            1,
            [
                AgendaSlot("09:00", "12:00", "session", "A", "", session=1),
                AgendaSlot("13:00", "16:00", "session", "B", "", session=2),
            ],
        )
    ]
    assert not [w for w in day_shape_warnings(lunch_gap, every, {}) if w.code == "long-stretch"]


@pytest.mark.parametrize(
    ("text", "first", "count"),
    [
        ("3-5 March 2027", date(2027, 3, 3), 3),
        ("3–5 March 2027", date(2027, 3, 3), 3),
        ("30 March - 1 April 2027", date(2027, 3, 30), 3),
        ("March 3-5, 2027", date(2027, 3, 3), 3),
        ("3 March 2027", date(2027, 3, 3), 3),
        ("2027-03-03 to 2027-03-05", date(2027, 3, 3), 3),
    ],
)
def test_training_dates_parse_common_forms(text: str, first: date, count: int) -> None:
    dates = training_dates(text, count)
    assert dates is not None and dates[0] == first and len(dates) == count


@pytest.mark.parametrize("text", ["", "next spring", "3-4 March 2027", "31 February 2027", "5-3 March 2027"])
def test_training_dates_refuse_what_does_not_parse_or_is_too_short(text: str) -> None:
    assert training_dates(text, 3) is None


def _shorten_session_5(name: str) -> None:
    course = load_course()
    days = []
    for day in course.agenda.days:
        slots = []
        for slot in day.slots:
            raw = {"start": slot.start, "end": slot.end, "kind": slot.kind, "title": slot.title}
            if slot.session is not None:
                raw["session"] = slot.session
            if slot.session == 5:
                raw["end"] = "12:30"
            slots.append(raw)
        days.append({"day": day.day, "slots": slots})
    add_change(open_store(), name, "agenda", payload={"days": days})


def _pack_text(name: str, out: Path) -> str:
    tk("export", name, "--out", str(out), "--what", "trainer-pack")
    pdf = next(out.rglob("Trainer pack*.pdf"))
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _check(name: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(cli, ["check", name, "--json"])
    return [f for f in json.loads(result.output)["findings"] if f["location"].get("kind") == "agenda"]


def test_shortened_session_5_gets_the_trainers_choice_in_the_trainer_pack(tmp_path: Path) -> None:
    tk("course", "create", "Amman", "--country", "JO", "--dates", "3-5 March 2027")
    tk("course", "sessions", "Amman", "5")
    _shorten_session_5("Amman")

    findings = _check("Amman")
    past = [f for f in findings if f["code"] == "session-past-break"]
    assert len(past) == 1 and "to 12:55" in str(past[0]["message"]) and "fit-plan Amman 5" in str(past[0]["fix"])
    assert not [f for f in findings if f["code"] == "long-stretch"]  # session 6's afternoon is not taught

    text = _pack_text("Amman", tmp_path / "as-planned")
    assert "Day 2 (Thursday 4 March 2027) 10:15–12:30" in " ".join(text.split())
    assert "The plan needs 2 h 40 min but the agenda gives 2 h 15 min" in " ".join(text.split())
    assert "`trainerkit fit-plan Amman 5 --rescale`" in " ".join(text.split())

    assert "Drop steps 12 of session 5" in tk("fit-plan", "Amman", "5", "--drop", "12")
    text = " ".join(_pack_text("Amman", tmp_path / "dropped").split())
    assert "Dropped (your choice): 12. Case study activity" in text
    assert "Dropped to fit 2 h 15 min (your choice): 12. Case study activity" in text
    assert "11:50 13. Summary and key messages" in text  # right after step 11, not at 12:50
    assert not [f for f in _check("Amman") if f["code"] == "session-past-break"]

    assert "Rescale the plan of session 5" in tk("fit-plan", "Amman", "5", "--rescale")
    text = " ".join(_pack_text("Amman", tmp_path / "rescaled").split())
    assert "Rescaled to the agenda" in text and "(plan 1 h)" in text and "Dropped (your choice)" not in text
    assert not [f for f in _check("Amman") if f["code"] == "session-past-break"]

    assert "Undone: Rescale" in tk("undo", "Amman")
    assert "Undone: Drop steps 12" in tk("undo", "Amman")
    assert [f for f in _check("Amman") if f["code"] == "session-past-break"]


def test_fit_plan_refuses_unknown_steps_and_mixed_choices() -> None:
    tk("course", "create", "Amman", "--country", "JO")
    for args in (["--drop", "42"], ["--rescale", "--drop", "12"], []):
        result = CliRunner().invoke(cli, ["fit-plan", "Amman", "5", *args])
        assert result.exit_code != 0


def test_the_agenda_handout_dates_its_days(tmp_path: Path) -> None:
    from docx import Document

    tk("course", "create", "Amman", "--country", "JO", "--dates", "30 March - 1 April 2027")
    tk("course", "sessions", "Amman", "1")
    tk("export", "Amman", "--out", str(tmp_path), "--what", "handouts")
    agenda = Document(str(next(tmp_path.rglob("*Course agenda.docx"))))
    headings = [p.text for p in agenda.paragraphs if p.text.startswith("Day ")]
    assert headings[:3] == [
        "Day 1 (Tuesday 30 March 2027)",
        "Day 2 (Wednesday 31 March 2027)",
        "Day 3 (Thursday 1 April 2027)",
    ]


def test_a_short_plan_without_a_choice_says_where_to_choose_in_the_app_and_on_the_command_line() -> None:
    from trainerkit.course.plan_fit import describe_fit

    session = load_course().session(5)
    text = describe_fit(session, session.planned_minutes - 25, None, "Rabat 2027")
    assert "Choose on TrainerKit's Agenda tab (Rescale the plan, or Drop steps)" in text
    assert "`trainerkit fit-plan 'Rabat 2027' 5 --rescale`" in text
