"""The command line shows the course and fails with one clear line, never a traceback."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from trainerkit.cli import cli


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def run_process(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real console entry point in a child process, as a user would."""
    return subprocess.run(
        [sys.executable, "-c", "from trainerkit.cli import main; main()", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_info_json_lists_seven_sessions_and_the_forthcoming_module(trainerkit_home: Path) -> None:
    code, out = run("info", "--json")
    assert code == 0
    data = json.loads(out)
    sessions = data["course"]["sessions"]
    assert [s["number"] for s in sessions] == [1, 2, 3, 4, 5, 6, 7]
    assert all(s["minutes"] > 0 for s in sessions)
    module4 = data["course"]["modules"][3]
    assert module4["forthcoming"] is True
    assert [a["number"] for a in module4["announced_sessions"]] == [8, 9, 10, 11]
    assert data["data_dir"] == str(trainerkit_home)
    assert data["data_mode"] == "env"
    decks = data["decks"]
    assert [d["session"] for d in decks] == [1, 2, 3, 4, 5, 6, 7]
    assert all(d["with_notes"] == d["slides"] for d in decks), "every slide has speaker notes"
    hidden = {d["session"]: d["hidden"] for d in decks}
    assert hidden[2] >= 3 and hidden[3] >= 7 and hidden[5] >= 8
    assert sum(d["slides"] for d in decks) >= 150
    assert all(d["adapt"] >= 1 for d in decks)
    assert data["examples_library"]["examples"] >= 100


def test_trainerkit_home_creates_and_reports_its_database(tmp_path: Path) -> None:
    home = tmp_path / "x"
    result = run_process("info", "--json", env={"TRAINERKIT_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["data_dir"] == str(home)
    assert Path(data["database"]).is_file()
    assert Path(data["database"]).parent == home
    assert data["schema_version"] >= 1


def test_info_text_names_modules_and_sessions() -> None:
    code, out = run("info")
    assert code == 0
    assert "Module 4: Issues in focus" in out and "forthcoming" in out
    assert "Session 7: Protecting rights in practice" in out


def test_session_shows_the_plan_with_timings() -> None:
    code, out = run("session", "2")
    assert code == 0
    assert "Session plan" in out and "Key messages" in out
    assert "min" in out


def test_agenda_json_has_three_days() -> None:
    code, out = run("agenda", "--json")
    assert code == 0
    days = json.loads(out)["days"]
    assert [d["day"] for d in days] == [1, 2, 3]
    assert days[0]["slots"][0]["start"] == "09:00"


def test_sessions_json() -> None:
    code, out = run("sessions", "--json")
    assert code == 0
    assert len(json.loads(out)) == 7


@pytest.mark.parametrize(
    "args,needle",
    [
        (("session", "9"), "forthcoming Module 4"),
        (("session", "42"), "There is no session 42"),
        (("session", "two"), "is not a valid integer"),
        (("nonsense",), "No such command"),
    ],
)
def test_errors_are_one_clear_line_without_traceback(args: tuple[str, ...], needle: str) -> None:
    result = run_process(*args)
    assert result.returncode != 0
    assert needle in result.stderr
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_broken_bundled_data_is_reported_in_one_line(tmp_path: Path) -> None:
    import shutil

    from trainerkit.paths import resources_dir

    copy = tmp_path / "resources"
    shutil.copytree(resources_dir() / "course", copy / "course")
    (copy / "course" / "agenda.yaml").write_text("days: [unclosed\n", encoding="utf-8")
    result = run_process("agenda", env={"TRAINERKIT_RESOURCES": str(copy)})
    assert result.returncode != 0
    assert "resources/course/agenda.yaml" in result.stderr and "line" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_every_command_has_help() -> None:
    for command in cli.commands:
        code, out = run(command, "--help")
        assert code == 0 and "Usage" in out, command


def test_an_empty_what_is_refused_with_one_line_and_nothing_written(tmp_path: Path, trainerkit_home: Path) -> None:
    assert run("course", "create", "Tok", "--country", "KE")[0] == 0
    assert run("course", "sessions", "Tok", "1")[0] == 0
    for what in ("", ",", " , "):
        done = run_process("export", "Tok", "--what", what, "--out", str(tmp_path / "out"))
        assert done.returncode != 0
        assert done.stderr.strip().splitlines() == [
            "Error: Nothing chosen to export: name one or more of decks, handouts, participant-pack, trainer-pack, "
            "slide-handouts, name-tags, certificates, attendance, or all."
        ]
        assert "Traceback" not in done.stderr and not (tmp_path / "out").exists()


def test_counts_of_one_are_singular(tmp_path: Path, trainerkit_home: Path) -> None:
    assert run("course", "create", "Tok", "--country", "KE")[0] == 0
    assert run("course", "sessions", "Tok", "1")[0] == 0
    done = run_process("export", "Tok", "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert "1 file, 20 slides (0 hidden)." in done.stdout.splitlines()
    checked = run_process("check", "Tok")
    last = checked.stdout.strip().splitlines()[-1]
    assert last.startswith("Course 'Tok': 0 errors, ") and not re.search(r"\b1 (errors|warnings|notes)\b", last)


def test_an_unknown_language_warns_once_that_english_is_used(trainerkit_home: Path) -> None:
    done = run_process("--lang", "xx", "course", "list")
    assert done.returncode == 0
    assert done.stderr.splitlines() == [
        "Warning: --lang=xx is not a language TrainerKit has (en, fr, es, ar); using English."
    ]
    assert "No courses yet" in done.stdout
    by_env = run_process("course", "list", env={"TRAINERKIT_LANG": "xx"})
    assert by_env.stderr.splitlines() == [
        "Warning: TRAINERKIT_LANG=xx is not a language TrainerKit has (en, fr, es, ar); using English."
    ]
    for known in ("fr", "fr_FR.UTF-8", "en", "C"):
        assert run_process("course", "list", env={"TRAINERKIT_LANG": known}).stderr == "", known
