"""Adapting a course on the command line, as the app does: `slide adapted` says why a label stays,
`export --no-adapt-labels` and `--check`, `agenda --course` with dates, fitted plans and warnings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from trainerkit.cli import cli
from trainerkit.course import load_course
from trainerkit.course.decks import deck_path
from trainerkit.export.apply import ADAPT_LABEL_SHAPE
from trainerkit.store import open_store
from trainerkit.store.courses import add_change

pytestmark = pytest.mark.skipif(not deck_path(5).is_file(), reason="bundled decks are not built yet")


def tk(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _deck(out: Path, session: int) -> Path:
    return next(out.glob(f"Session {session:02d}*.pptx"))


def test_slide_adapted_says_why_the_label_stays() -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["course", "create", "Amman", "--country", "JO"]).exit_code == 0
    result = runner.invoke(cli, ["slide", "adapted", "Amman", "s1-welcome"])
    assert result.exit_code == 0
    assert "Its 'To adapt' label stays while bracket text remains on it: [Why this training" in result.output


def test_cli_export_no_adapt_labels(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["course", "create", "Amman", "--country", "JO"]).exit_code == 0
    assert runner.invoke(cli, ["course", "sessions", "Amman", "1"]).exit_code == 0
    for flag, out in (([], tmp_path / "a"), (["--no-adapt-labels"], tmp_path / "b")):
        result = runner.invoke(cli, ["export", "Amman", "--out", str(out), *flag])
        assert result.exit_code == 0, result.output
    labels = [
        sum(shape.name == ADAPT_LABEL_SHAPE for s in Presentation(str(_deck(o, 1))).slides for shape in s.shapes)
        for o in (tmp_path / "a", tmp_path / "b")
    ]
    assert labels[0] > 0 and labels[1] == 0


def test_export_check_prints_the_checks_before_writing(tmp_path: Path) -> None:
    tk("course", "create", "Amman", "--country", "JO")
    tk("course", "sessions", "Amman", "1")
    result = CliRunner().invoke(cli, ["export", "Amman", "--out", str(tmp_path), "--check"])
    assert result.exit_code == 0, result.output
    assert "still shows placeholder text [Why this training" in result.stderr
    assert "Checks: 0 errors," in result.stderr
    assert result.stderr.index("Checks:") < result.stderr.index("with no value in the profile")  # before writing


def _shorten_session_5(name: str) -> None:
    """Session 5's slot 10:15-12:30 instead of 10:15-13:00 (what the agenda builder's "Shorter" records)."""
    days = [
        {
            "day": day.day,
            "slots": [
                {"start": s.start, "end": "12:30" if s.session == 5 else s.end, "kind": s.kind, "title": s.title}
                | ({"session": s.session} if s.session is not None else {})
                for s in day.slots
            ],
        }
        for day in load_course().agenda.days
    ]
    add_change(open_store(), name, "agenda", payload={"days": days})


def test_agenda_of_a_course_has_dates_fits_and_warnings() -> None:
    tk("course", "create", "Amman", "--country", "JO", "--dates", "3-5 March 2027")
    tk("course", "sessions", "Amman", "5")
    _shorten_session_5("Amman")
    text = tk("agenda", "--course", "Amman")
    assert "Day 2 (Thursday 4 March 2027)  (08:45-17:15)" in text
    assert "10:15-12:30   2 h 15 min  S5: The United Nations human rights system" in text
    assert "Warning: Day 2: Session 5's plan runs 25 min over, to 12:55" in text
    assert "fit-plan Amman 5 --rescale" in text
    tk("fit-plan", "Amman", "5", "--drop", "12")
    data = json.loads(tk("agenda", "--course", "Amman", "--json"))
    assert [d["date"] for d in data["days"]] == ["2027-03-03", "2027-03-04", "2027-03-05"]
    assert data["plan_fits"] == {"5": {"mode": "drop", "drop": [12]}}
    assert data["fit_notes"]["5"] == "Dropped to fit 2 h 15 min (your choice): 12. Case study activity."
    assert not [w for w in data["warnings"] if "Session 5" in w]
    assert not [w for w in data["warnings"] if "without a break" in w]  # session 6's afternoon is not taught
