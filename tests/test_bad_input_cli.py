"""Bad input and bad surroundings from the command line: one clear line, an exit code that is not 70
(70 means a bug), never a traceback. Each example from issue #12 (items 1, 4, 7) and #19 (typos, log)."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from trainerkit.cli.main import main
from trainerkit.store.backup import KEEP, list_backups

COURSE = "Nairobi 2027"


def tk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the real entry point (error handling included) in this process."""
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert code != 70, f"exit 70 (a bug) for {args}: {err}"
    assert "Traceback" not in err and "Details are in None" not in err, err
    return code, out, err


@pytest.fixture
def course(capsys: pytest.CaptureFixture[str]) -> str:
    assert tk(capsys, "course", "create", COURSE, "--country", "KE")[0] == 0
    assert tk(capsys, "course", "sessions", COURSE, "1")[0] == 0
    return COURSE


def test_a_vertical_tab_from_powerpoint_is_stored_and_export_and_check_succeed(
    course: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert tk(capsys, "course", "set", course, "venue=Hall B\vSecond floor")[0] == 0
    _code, out, _ = tk(capsys, "course", "show", course)
    assert "venue: Hall B Second floor" in out
    assert tk(capsys, "export", course, "--out", str(tmp_path / "out"))[0] == 0
    assert list((tmp_path / "out").glob("*.pptx"))
    assert tk(capsys, "check", course)[0] in (0, 1)


@pytest.mark.parametrize("code_point", range(0x20))
def test_every_c0_control_in_a_profile_field_is_accepted_cleaned_or_refused_by_name(
    course: str, capsys: pytest.CaptureFixture[str], code_point: int
) -> None:
    code, _out, err = tk(capsys, "course", "set", course, f"organisation=A{chr(code_point)}B")
    assert code == 0 or ("organisation" in err and code == 2)


def test_every_c0_control_at_once_still_exports(
    course: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    nasty = "".join(chr(c) for c in range(0x20)) + "\x7f\x85\u2028"
    for field in ("venue", "dates", "organisation", "facilitators"):
        assert tk(capsys, "course", "set", course, f"{field}=x{nasty}y")[0] == 0
    assert tk(capsys, "course", "set", course, "--token", f"room=r{nasty}")[0] == 0
    assert tk(capsys, "slide", "notes", course, "s1-welcome", "--text", f"Notes{nasty}end")[0] == 0
    assert tk(capsys, "export", course, "--out", str(tmp_path / "out"))[0] == 0


def test_a_byte_that_is_not_utf8_on_the_command_line_is_refused_naming_the_field(
    course: str, trainerkit_home: Path
) -> None:
    for args, field in (
        ([b"course", b"set", COURSE.encode(), b"venue=caf\xe9"], "value of venue"),
        ([b"course", b"create", b"caf\xe9"], "argument 3"),
        ([b"slide", b"notes", COURSE.encode(), b"s1-welcome", b"--text", b"caf\xe9"], "option --text"),
    ):
        done = subprocess.run(
            [sys.executable.encode(), b"-c", b"from trainerkit.cli import main; main()", *args],
            capture_output=True,
            env={**os.environ, "TRAINERKIT_HOME": str(trainerkit_home), "LC_ALL": "C.UTF-8"},
            timeout=120,
        )
        err = done.stderr.decode("utf-8", "replace")
        assert done.returncode == 2, err
        assert field in err and "not UTF-8" in err and "0xe9" in err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_misspelt_field_is_refused_with_a_suggestion(course: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = tk(capsys, "course", "set", course, "venu=x")
    assert code == 2 and "did you mean venue?" in err and "Profile updated" not in out
    code, _out, err = tk(capsys, "course", "set", course, "trainer_phone=123")
    assert code == 2 and "--token trainer_phone=" in err
    # declared explicitly, a custom token is accepted and can then be changed like a field
    assert tk(capsys, "course", "set", course, "--token", "trainer_phone=123")[0] == 0
    assert tk(capsys, "course", "set", course, "trainer_phone=456")[0] == 0
    code, out, _ = tk(capsys, "course", "show", course)
    assert "trainer_phone: 456" in out and "venu" not in out


def test_a_data_folder_that_is_a_file_gives_one_line_and_reading_the_course_still_works(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("oops")
    monkeypatch.setenv("TRAINERKIT_HOME", str(not_a_folder))
    assert tk(capsys, "sessions")[0] == 0
    for args in (("info",), ("slides", COURSE), ("course", "list"), ("slide", "hide", COURSE, "s1-welcome"),
                 ("export", COURSE, "--out", str(tmp_path / "out"))):  # fmt: skip
        code, out, err = tk(capsys, *args)
        assert code == 4, (args, err)
        assert err.count("\n") == 1 and "is a file, not a folder" in err
    code, out, _err = tk(capsys, "info")
    assert "Session 1" in out  # what can be read is shown before the one line


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch, trainerkit_home: Path) -> Path:
    """Tests run as root, who may write anywhere: the data folder says it is not writable instead."""
    real = os.access

    def access(path: object, mode: int, **kw: object) -> bool:
        if mode & os.W_OK and str(path).startswith(str(trainerkit_home)):
            return False
        return real(path, mode, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    return trainerkit_home


def test_a_read_only_data_folder_shows_courses_and_refuses_changes_in_one_line(
    course: str, capsys: pytest.CaptureFixture[str], read_only: Path, tmp_path: Path
) -> None:
    assert tk(capsys, "info")[0] == 0
    code, out, _ = tk(capsys, "slides", course, "--session", "1")
    assert code == 0 and "s1-welcome" in out
    assert tk(capsys, "course", "list")[0] == 0
    assert tk(capsys, "export", course, "--out", str(tmp_path / "out"))[0] == 0
    for args in (("slide", "hide", course, "s1-welcome"), ("course", "set", course, "venue=x"),
                 ("course", "create", "Other")):  # fmt: skip
        code, _out, err = tk(capsys, *args)
        assert code == 4 and "is read-only" in err and err.count("\n") == 1, (args, err)


def _damage(db: Path) -> None:
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):
        data[offset + 100 : offset + 600] = b"\xff" * 500
    db.write_bytes(bytes(data))


def test_a_damaged_database_says_so_and_restore_backup_recovers_it(
    course: str, capsys: pytest.CaptureFixture[str], trainerkit_home: Path
) -> None:
    assert tk(capsys, "example", "list")[0] == 0  # fills the database, and makes the day's backup
    assert list_backups(trainerkit_home / "trainerkit.sqlite3")
    _damage(trainerkit_home / "trainerkit.sqlite3")
    code, _out, err = tk(capsys, "example", "list")
    assert code == 5 and "is damaged" in err and "trainerkit restore-backup" in err
    assert tk(capsys, "restore-backup", "--yes")[0] == 0
    code, out, _ = tk(capsys, "course", "list")
    assert code == 0 and COURSE in out
    assert list(trainerkit_home.glob("trainerkit.sqlite3.damaged-*"))


def test_a_backup_is_made_before_a_migration_and_only_a_few_are_kept(tmp_path: Path) -> None:
    from trainerkit.store import open_store
    from trainerkit.store.backup import make_backup
    from trainerkit.store.migrations import MIGRATIONS

    db_path = tmp_path / "trainerkit.sqlite3"
    conn = sqlite3.connect(db_path, isolation_level=None)
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    for number, migration in enumerate(MIGRATIONS[:-1], start=1):
        migration(db)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.close()
    store = open_store(db_path)
    assert store.schema_version == len(MIGRATIONS)
    whys = [b.why for b in list_backups(db_path)]
    assert f"before-migration-{len(MIGRATIONS)}" in whys
    for _ in range(KEEP + 3):
        make_backup(store.db.conn, db_path, "test")
    assert len(list_backups(db_path)) == KEEP


def test_two_exports_do_not_flood_the_log_and_each_action_names_the_course(
    course: str, capsys: pytest.CaptureFixture[str], trainerkit_home: Path, tmp_path: Path
) -> None:
    assert tk(capsys, "course", "set", course, "venue=Hall B")[0] == 0
    assert tk(capsys, "slide", "hide", course, "s1-welcome")[0] == 0
    for n in (1, 2):
        assert tk(capsys, "export", course, "--out", str(tmp_path / f"out{n}"), "--what", "participant-pack")[0] == 0
    logging.getLogger("fontTools.subset").info("a glyph table line that must not reach the log")
    for handler in logging.getLogger().handlers:
        handler.flush()
    log = (trainerkit_home / "logs" / "trainerkit.log").read_text(encoding="utf-8")
    assert "fontTools" not in log
    lines = log.splitlines()
    assert len(lines) < 40, lines[:50]
    ours = [line for line in lines if f"course '{COURSE}'" in line]
    assert any("created" in line for line in ours)
    assert any("Set venue = 'Hall B'" in line for line in ours)
    assert any("Hide slide s1-welcome" in line for line in ours)
    assert any("exported" in line for line in ours)


def test_rename_checks_the_new_name_like_a_new_course(course: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = tk(capsys, "course", "rename", course, "Nairobi/2027")
    assert code == 2 and "course name" in err
    assert tk(capsys, "course", "rename", course, "Nairobi\v2028 ")[0] == 0
    code, out, _ = tk(capsys, "course", "list")
    assert "Nairobi 2028" in out and course not in out


def test_slide_text_and_own_examples_with_control_characters_export(
    course: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    nasty = "\v\x00\x1b\x85\u2028"
    assert (
        tk(capsys, "slide", "edit", course, "s1-welcome", "--find", "Organised by", "--replace", f"By{nasty}us")[0] == 0
    )
    code, out, _err = tk(capsys, "example", "add", "--title", f"Title{nasty}", "--text", f"Line one{nasty}two",
                         "--source", f"Src{nasty}", "--session", "1")  # fmt: skip
    assert code == 0
    example_id = out.split()[2].rstrip(":")
    assert tk(capsys, "example", "insert", course, example_id, "--session", "1")[0] == 0
    code, _out, err = tk(capsys, "example", "add", "--title", "x" * 500, "--text", "t", "--source", "s")
    assert code == 2 and "title" in err
    assert tk(capsys, "export", course, "--out", str(tmp_path / "out"))[0] == 0


def test_an_output_folder_that_cannot_be_written_is_said_plainly_not_as_a_bug(
    course: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # a write-protected stick or a folder of someone else's: "Permission denied" on the output, which is
    # the trainer's to fix, not "something went wrong inside TrainerKit" with exit code 70
    locked = tmp_path / "locked"
    locked.mkdir()
    real_mkdir = Path.mkdir

    def mkdir(self: Path, *args: object, **kwargs: object) -> None:
        if self.is_relative_to(locked) and self != locked:  # tests run as root: the folder refuses instead
            raise PermissionError(13, "Permission denied", str(self))
        real_mkdir(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", mkdir)
    code, _out, err = tk(capsys, "export", course, "--out", str(locked), "--what", "handouts")
    assert code == 4, err
    assert "something went wrong" not in err and err.count("\n") == 1, err
    assert "cannot be written" in err and str(locked) in err, err
