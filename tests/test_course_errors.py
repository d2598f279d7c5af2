"""A broken course data file fails loading with a message naming the file, the line and the problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trainerkit.course.loader import load_course_from
from trainerkit.errors import CourseDataError
from trainerkit.paths import resources_dir


@pytest.fixture
def course_copy(tmp_path: Path) -> Path:
    target = tmp_path / "resources" / "course"
    shutil.copytree(resources_dir() / "course", target)
    return target


def _replace(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_the_copy_loads(course_copy: Path) -> None:
    assert len(load_course_from(course_copy).sessions) == 7


def test_invalid_yaml_names_file_and_line(course_copy: Path) -> None:
    path = course_copy / "sessions" / "session-03.yaml"
    line = _line_of(path, "title:")
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[line - 1] = lines[line - 1].replace("title:", "title: [unclosed", 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(CourseDataError) as info:
        load_course_from(course_copy)
    message = str(info.value)
    assert "resources/course/sessions/session-03.yaml" in message
    assert "not valid YAML" in message
    assert info.value.line is not None and abs(info.value.line - line) <= 2


def test_wrong_type_names_the_field_and_its_line(course_copy: Path) -> None:
    path = course_copy / "sessions" / "session-02.yaml"
    line = _line_of(path, "minutes: 5")
    _replace(path, "minutes: 5", "minutes: five")
    with pytest.raises(CourseDataError) as info:
        load_course_from(course_copy)
    assert info.value.file.endswith("session-02.yaml")
    assert info.value.line == line
    assert "'minutes' must be a whole number" in str(info.value)


def test_missing_required_field_is_named(course_copy: Path) -> None:
    path = course_copy / "course.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("short_title:", "shorttitle:", 1), encoding="utf-8")
    with pytest.raises(CourseDataError, match=r"course\.yaml.*has no 'short_title'"):
        load_course_from(course_copy)


def test_unknown_handout_id_is_reported(course_copy: Path) -> None:
    path = course_copy / "handouts.yaml"
    _replace(path, "id: people-bingo", "id: people-bingo-renamed")
    with pytest.raises(CourseDataError, match="people-bingo"):
        load_course_from(course_copy)


def test_agenda_slot_ending_before_it_starts(course_copy: Path) -> None:
    path = course_copy / "agenda.yaml"
    line = _line_of(path, '"10:30"')
    text = path.read_text(encoding="utf-8").replace('"10:30"', '"08:30"', 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CourseDataError) as info:
        load_course_from(course_copy)
    assert "agenda.yaml" in str(info.value)
    assert info.value.line == line


def test_not_utf8(course_copy: Path) -> None:
    (course_copy / "agenda.yaml").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(CourseDataError, match="not UTF-8"):
        load_course_from(course_copy)
