"""One function formats every duration; a session's Guide, Plan and Agenda figures read the same in the CLI
(info, sessions, session, agenda), the app's overview, the trainer pack and the USB index.html."""

from __future__ import annotations

import re
from html import unescape

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from trainerkit.cli import cli
from trainerkit.course import load_course
from trainerkit.course.overview_html import module_overview_html, session_overview_html
from trainerkit.customise import new_course, state_of
from trainerkit.durations import format_duration, session_durations
from trainerkit.export.packs import export_trainer_pack
from trainerkit.package.agenda import agenda_minutes
from trainerkit.package.index_html import render_index
from trainerkit.store import open_store

ALL = list(range(1, 8))


@pytest.mark.parametrize(
    ("minutes", "upper", "text"),
    [
        (0, None, "0 min"),
        (45, None, "45 min"),
        (60, None, "1 h"),
        (90, None, "1 h 30 min"),
        (255, None, "4 h 15 min"),
        (10, 15, "10–15 min"),
        (60, 90, "1 h–1 h 30 min"),
        (45, 75, "45 min–1 h 15 min"),
        (90, 90, "1 h 30 min"),
    ],
)
def test_format_duration(minutes: int, upper: int | None, text: str) -> None:
    assert format_duration(minutes, upper) == text


def test_negative_durations_are_refused() -> None:
    with pytest.raises(ValueError):
        format_duration(-5)


def test_the_guide_plan_and_agenda_figures_of_session_one_and_seven() -> None:
    course = load_course()
    one = session_durations(course.session(1), course.agenda.minutes_for_session(1))
    assert one.line() == "Guide 1 h–1 h 30 min · Plan 1 h–1 h 30 min · Agenda 1 h 30 min"
    seven = session_durations(course.session(7), course.agenda.minutes_for_session(7))
    assert seven.line() == "Guide 4 h 15 min · Plan 3 h 50 min · Agenda 4 h 15 min"
    assert session_durations(course.session(7), None).agenda_text == "not on the agenda"


def _flat(text: str) -> str:
    """Text without tags or repeated spaces, as a reader sees it."""
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", text)))


def test_each_sessions_figures_agree_everywhere(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = open_store()
    new_course(store, "Amman 2027", "JO", venue="Landmark Hotel", dates="3-5 March 2027")
    _record, state, course = state_of(store, "Amman 2027")
    assert sorted(state.sessions) == ALL
    given = agenda_minutes(course, state)
    expected = {n: session_durations(course.session(n), given.get(n)) for n in ALL}
    # the course's agenda is the guide's sample agenda until the trainer changes it
    assert all(given[n] == course.agenda.minutes_for_session(n) for n in ALL)

    runner = CliRunner()
    info = runner.invoke(cli, ["info"]).output
    sessions = runner.invoke(cli, ["sessions"]).output.splitlines()
    agenda = runner.invoke(cli, ["agenda"]).output
    index = _flat(render_index(course, state, [], packed_on="2027-03-01"))
    export_trainer_pack(store, "Amman 2027", tmp_path, slides={n: [] for n in ALL})
    pack = _flat(
        " ".join(p.extract_text() or "" for p in PdfReader(str(tmp_path / "Trainer pack - Amman 2027.pdf")).pages)
    )
    for n in ALL:
        d = expected[n]
        line = d.line()
        title = course.session(n).title
        assert re.search(rf"Session {n}: {re.escape(title)} \(.*\)\n    {re.escape(line)}\n", info), n
        row = next(r for r in sessions if r.startswith(f"{n}  "))
        assert re.search(rf"{re.escape(d.guide_text)}\s+{re.escape(d.plan_text)}\s+{re.escape(d.agenda_text)}\s", row)
        assert f"  Session {n}: {line}\n" in agenda
        one = runner.invoke(cli, ["session", str(n)]).output
        assert f"Duration: {line}\n" in one and f"{d.plan_text}  in all (Plan)" in one
        app = _flat(session_overview_html(course, course.session(n), given.get(n, 0)))
        assert f"Duration: {line}" in app and f"{d.plan_text} in all (Plan)" in app
        assert f"Duration: {line}" in index, n
        assert f"Duration: {line}" in pack, n
    module = _flat(module_overview_html(course, course.module(1)))
    assert expected[1].line() in module and expected[2].line() in module


def test_the_index_and_overview_use_the_courses_own_agenda() -> None:
    """A trainer who gives session 2 its planned time sees that time as its Agenda figure."""
    from trainerkit import arrange

    store = open_store()
    new_course(store, "Amman 2027", "JO")
    days = arrange.course_agenda(store, "Amman 2027")
    slot = next(s for d in days for s in d["slots"] if s.get("session") == 2)
    slot["minutes"] = 145
    arrange.save_agenda(store, "Amman 2027", arrange.retime(days))
    _record, state, course = state_of(store, "Amman 2027")
    given = agenda_minutes(course, state)
    assert given[2] == 145
    index = _flat(render_index(course, state, [], packed_on="2027-03-01"))
    assert "Guide 2 h 30 min · Plan 2 h 25 min · Agenda 2 h 25 min" in index
    assert "Agenda 2 h 25 min" in _flat(session_overview_html(course, course.session(2), given[2]))


def test_the_apps_overview_shows_the_same_figures(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The window's session overview: the sample agenda with no course open, the course's own when one is."""
    from trainerkit import arrange
    from trainerkit.ui.main_window import MainWindow

    course = load_course()
    store = open_store()
    new_course(store, "Amman 2027", "JO")
    days = arrange.course_agenda(store, "Amman 2027")
    next(s for d in days for s in d["slots"] if s.get("session") == 2)["minutes"] = 145
    arrange.save_agenda(store, "Amman 2027", arrange.retime(days))
    window = MainWindow()
    qtbot.addWidget(window)
    for n in ALL:
        window.tree.setCurrentItem(window.session_items()[n - 1])
        line = session_durations(course.session(n), course.agenda.minutes_for_session(n)).line()
        assert f"Duration: {line}" in _flat(window.overview.toPlainText()), n
    assert window.open_course("Amman 2027")
    window.tree.setCurrentItem(window.session_items()[1])
    assert "Duration: Guide 2 h 30 min · Plan 2 h 25 min · Agenda 2 h 25 min" in _flat(window.overview.toPlainText())
