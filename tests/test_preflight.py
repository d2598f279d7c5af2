"""Preflight: each line says where, what and how to fix it, and goes away once the trainer fixes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from trainerkit.cli import cli
from trainerkit.customise import new_course, set_profile, slide_change
from trainerkit.package.preflight import Finding, PreflightReport, check_limits, check_space, preflight
from trainerkit.package.targets import Target
from trainerkit.store import Store, open_store

COURSE = "kenya"


@pytest.fixture
def store() -> Store:
    store = open_store()
    new_course(store, COURSE, "KE", venue="Nairobi")
    return store


def _find(report: PreflightReport, code: str, **location: object) -> list[Finding]:
    return [f for f in report.findings if f.code == code and all(f.location.get(k) == v for k, v in location.items())]


def test_a_fresh_course_lists_what_the_trainer_still_has_to_do(store: Store) -> None:
    report = preflight(store, COURSE)
    welcome = _find(report, "unadapted-slide", slide="s1-welcome")
    assert len(welcome) == 1
    finding = welcome[0]
    assert finding.level == "warning"
    assert finding.location == {"kind": "slide", "session": 1, "slide": "s1-welcome", "position": 2}
    assert finding.where.startswith("Session 1, slide 2")
    assert "[Why this training, why now: add the background]" in finding.message
    assert "trainerkit slide edit kenya s1-welcome" in finding.fix

    dates = _find(report, "empty-profile-field", field="dates")
    assert len(dates) == 1 and "s1-welcome" in dates[0].location["slides"]
    assert "trainerkit course set kenya dates=" in dates[0].fix
    assert not _find(report, "empty-profile-field", field="venue"), "the venue is filled in"

    short = _find(report, "agenda-shorter-than-plan", session=2)
    assert len(short) == 1
    assert short[0].location["agenda_minutes"] < short[0].location["plan_minutes"]

    assert _find(report, "handout-external"), "published documents to bring are named"
    assert not report.errors
    assert all(f.location.get("kind") for f in report.findings), "every line can be linked to a place"


def test_fixing_a_slide_or_hiding_it_clears_its_line(store: Store) -> None:
    slide_change(
        store,
        COURSE,
        "edit-text",
        "s1-welcome",
        {"find": "[Why this training, why now: add the background]", "replace": "Requested by the NHRI"},
    )
    slide_change(store, COURSE, "hide", "s1-needs-assessment")
    set_profile(store, COURSE, {"dates": "3-5 June", "organisation": "KNCHR", "facilitators": "A. Trainer"})
    report = preflight(store, COURSE)
    assert not _find(report, "unadapted-slide", slide="s1-welcome")
    assert not _find(report, "unadapted-slide", slide="s1-needs-assessment")
    assert not _find(report, "empty-profile-field", field="dates")
    assert _find(report, "unadapted-slide", slide="s1-practical-matters"), "other slides are still reported"


def test_an_untouched_slide_without_placeholders_is_a_note(store: Store) -> None:
    report = preflight(store, COURSE)
    agenda = _find(report, "unadapted-slide", slide="s1-agenda")
    assert len(agenda) == 1 and agenda[0].level == "note"
    slide_change(store, COURSE, "edit-notes", "s1-agenda", {"notes": "Our agenda starts at 08:30."})
    assert not _find(preflight(store, COURSE), "unadapted-slide", slide="s1-agenda")


def test_a_token_without_a_value_is_reported_on_its_slide(store: Store) -> None:
    slide_change(store, COURSE, "edit-text", "s1-welcome", {"find": "Organised by", "replace": "In {{year}}, by"})
    report = preflight(store, COURSE)
    found = _find(report, "token-without-value", slide="s1-welcome")
    assert len(found) == 1 and "{{year}}" in found[0].message
    assert "trainerkit course set kenya --token year=" in found[0].fix


def _target(free: int, fstype: str = "vfat") -> Target:
    return Target(Path("/media/STICK"), "STICK", fstype, free, 8 * 1024**3, True, "/dev/sdz1")


def test_space_and_fat32_limits_are_errors_before_packing() -> None:
    report = PreflightReport(COURSE)
    check_space(50_000_000, _target(free=10_000_000), report)
    check_limits([("Pack/video.mp4", 5 * 1024**3), ("Pack/a:b.pptx", 10)], _target(free=10**10), report)
    codes = sorted(f.code for f in report.errors)
    assert codes == ["bad-name", "file-too-large", "not-enough-space"]
    space = next(f for f in report.errors if f.code == "not-enough-space")
    assert "50.0 MB" in space.message and "10.0 MB" in space.message
    assert space.location["kind"] == "target"

    ok = PreflightReport(COURSE)
    check_limits([("Pack/video.mp4", 5 * 1024**3)], _target(free=10**10, fstype="exfat"), ok)
    assert not ok.errors, "exFAT holds files over 4 GiB"


def test_check_command_prints_lines_with_fixes_and_json_locations(store: Store) -> None:
    runner = CliRunner()
    text = runner.invoke(cli, ["check", COURSE], catch_exceptions=False)
    assert text.exit_code == 0
    assert "WARNING Session 1, slide 2 'Welcome' (s1-welcome)" in text.output
    assert "Fix: " in text.output
    data = json.loads(runner.invoke(cli, ["check", COURSE, "--json"], catch_exceptions=False).stdout)
    assert data["counts"]["error"] == 0
    assert {"level", "code", "where", "message", "fix", "location"} <= set(data["findings"][0])


def test_the_guides_advice_is_quoted_with_the_profiles_values() -> None:
    from trainerkit import customise
    from trainerkit.package.preflight import preflight
    from trainerkit.store import open_store

    store = open_store()
    customise.new_course(store, "Advice", "KE", venue="Kenyatta Centre")
    customise.select_sessions(store, "Advice", [1])
    lines = [f.message for f in preflight(store, "Advice").findings if f.code == "unadapted-slide"]
    assert any("Kenyatta Centre" in line for line in lines)
    assert not any("{{venue}}" in line for line in lines)
