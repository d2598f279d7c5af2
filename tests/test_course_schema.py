"""The course's YAML is checked by pydantic models (course/schema.py) with every error naming file and
line; what the loader built is kept in the data folder and read back identical, without PyYAML or pydantic."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from trainerkit.course import loader
from trainerkit.course.model import Course
from trainerkit.errors import CourseDataError
from trainerkit.paths import resources_dir


@pytest.fixture
def course_copy(tmp_path: Path) -> Path:
    target = tmp_path / "resources" / "course"
    shutil.copytree(resources_dir() / "course", target)
    return target


def _edit(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` in ``path``; the line it was on."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def _error(root: Path) -> CourseDataError:
    with pytest.raises(CourseDataError) as info:
        loader.load_course_from(root)
    return info.value


def test_the_kept_course_is_the_course_read_from_its_files(course_copy: Path) -> None:
    parsed = loader.load_course_from(course_copy)
    kept = loader._built(Course, json.loads(json.dumps(asdict(parsed))))
    assert kept == parsed
    loader._cached.cache_clear()
    assert loader.load_course(course_copy) == parsed  # made and kept
    loader._cached.cache_clear()
    assert loader.load_course(course_copy) == parsed  # read back
    loader._cached.cache_clear()


def test_a_kept_course_is_read_without_yaml_or_pydantic() -> None:
    code = (
        "import json, sys\nfrom trainerkit.course import load_course\nload_course()\n"
        "print(json.dumps(sorted(m for m in ('yaml', 'pydantic') if m in sys.modules)))"
    )
    run = [sys.executable, "-c", code]
    env = dict(os.environ)
    subprocess.run(run, env=env, check=True, capture_output=True)  # the first reads the files
    result = subprocess.run(run, env=env, check=True, capture_output=True, text=True)
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_a_changed_file_is_read_again(course_copy: Path) -> None:
    loader._cached.cache_clear()
    assert loader.load_course(course_copy).title == "Towards a Human Rights-Based Approach to Migration"
    _edit(course_copy / "course.yaml", 'title: "Towards', 'title: "Toward')
    loader._cached.cache_clear()
    assert loader.load_course(course_copy).title == "Toward a Human Rights-Based Approach to Migration"
    loader._cached.cache_clear()


def test_a_plan_step_without_a_title_names_the_step(course_copy: Path) -> None:
    path = course_copy / "sessions" / "session-01.yaml"
    line = _edit(path, '    title: "Welcome to the course"\n', "")
    error = _error(course_copy)
    assert error.file.endswith("sessions/session-01.yaml")
    assert "a plan step has no 'title'" in str(error)
    assert error.line == line - 1  # the step's first line, "- step: 1"


def test_an_unknown_kind_lists_the_kinds(course_copy: Path) -> None:
    line = _edit(course_copy / "agenda.yaml", "kind: break", "kind: pause")
    error = _error(course_copy)
    assert error.line == line
    assert "'kind' must be one of session, break, lunch" in str(error) and "not 'pause'" in str(error)


def test_a_source_that_is_not_a_line_of_the_guide(course_copy: Path) -> None:
    line = _edit(course_copy / "handouts.yaml", 'source: "001 L619"', 'source: "page 3"')
    error = _error(course_copy)
    assert error.line == line and error.file.endswith("handouts.yaml")
    assert "'source' must look like \"001 L612\", not 'page 3'" in str(error)


def test_text_where_a_mapping_belongs_and_a_list_where_text_belongs(course_copy: Path) -> None:
    line = _edit(course_copy / "course.yaml", 'series: "Professional Training Series No. 26"', "series: [a, b]")
    error = _error(course_copy)
    assert error.line == line and "'series' must be text" in str(error)
    _edit(course_copy / "course.yaml", "series: [a, b]", 'series: "PTS 26"')
    line = _edit(course_copy / "course.yaml", "group_size:", "group_size: 20\nold_group_size:")
    error = _error(course_copy)
    assert error.line == line and "'group_size' must be a mapping" in str(error)


def test_a_flag_and_a_number(course_copy: Path) -> None:
    path = course_copy / "sessions" / "session-02.yaml"
    line = _edit(path, "minutes: 5", "minutes: -5")
    error = _error(course_copy)
    assert error.line == line and "'minutes' must be at least 0" in str(error)
