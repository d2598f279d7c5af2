"""A small change from the command line does only the work it needs: `trainerkit slide hide` checks the
change against the cached slide index and records one row, without loading the course's YAML (PyYAML, pydantic), a deck
(python-pptx, lxml) or sqlite-utils. The caches behind that are keyed by the files' content.
(How fast it is, is measured by bench/bench_ops.py, not asserted here.)"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from trainerkit.courseops import index
from trainerkit.paths import resources_dir

HEAVY = ("yaml", "pydantic", "pptx", "lxml", "sqlite_utils", "PIL", "docx", "pycountry", "trainerkit.course.loader")

RUN = """
import json, sys
from trainerkit.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
print(json.dumps({"code": code, "loaded": sorted(sys.modules)}))
"""


def _run(*args: str) -> tuple[int, list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", RUN, *args], capture_output=True, text=True, env=dict(os.environ), timeout=120
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return report["code"], report["loaded"]


def _heavy(loaded: list[str]) -> list[str]:
    return [m for m in loaded if m in HEAVY or m.split(".")[0] in HEAVY]


@pytest.mark.skipif(not (resources_dir() / "slides" / "session-01.pptx").is_file(), reason="decks not built")
def test_slide_hide_and_show_load_no_yaml_deck_or_sqlite_utils() -> None:
    assert _run("course", "create", "Lean", "--country", "KE")[0] == 0
    assert _run("slides", "Lean", "--session", "1")[0] == 0  # reads the deck once, into the index cache
    code, loaded = _run("slide", "hide", "Lean", "s1-welcome")
    assert code == 0
    assert _heavy(loaded) == []
    code, loaded = _run("slide", "show", "Lean", "s1-welcome")
    assert code == 0 and _heavy(loaded) == []
    code, loaded = _run("slide", "show", "Lean", "s1-welcome")  # refused: already shown
    assert code != 0 and _heavy(loaded) == []
    code, loaded = _run("--version")
    assert code == 0 and _heavy(loaded) == []


def test_the_course_sessions_are_read_again_only_when_a_file_of_the_course_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "course"
    shutil.copytree(resources_dir() / "course", root)
    parsed: list[Path] = []
    real = index._session_numbers

    def counting(where: Path) -> list[int]:
        parsed.append(where)
        return real(where)

    monkeypatch.setattr(index, "_session_numbers", counting)
    first = index.course_sessions(root)
    assert first == (1, 2, 3, 4, 5, 6, 7) and len(parsed) == 1
    index._sessions_of.cache_clear()  # as in a new process
    assert index.course_sessions(root) == first and len(parsed) == 1
    agenda = root / "agenda.yaml"
    agenda.write_text(agenda.read_text(encoding="utf-8") + "\n# a trainer's note\n", encoding="utf-8")
    index._sessions_of.cache_clear()
    assert index.course_sessions(root) == first and len(parsed) == 2
    # the same bytes with a new time: hashed again, found equal, not parsed
    os.utime(agenda, ns=(agenda.stat().st_atime_ns, agenda.stat().st_mtime_ns + 10**9))
    index._sessions_of.cache_clear()
    assert index.course_sessions(root) == first and len(parsed) == 2
    index._sessions_of.cache_clear()


def test_a_broken_course_file_is_still_reported(tmp_path: Path) -> None:
    from trainerkit.course import loader
    from trainerkit.errors import CourseDataError

    root = tmp_path / "course"
    shutil.copytree(resources_dir() / "course", root)
    index.course_sessions(root)
    (root / "course.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    index._sessions_of.cache_clear()  # as in a new process
    loader._cached.cache_clear()
    with pytest.raises(CourseDataError, match=r"course\.yaml"):
        index.course_sessions(root)
    index._sessions_of.cache_clear()
    loader._cached.cache_clear()
