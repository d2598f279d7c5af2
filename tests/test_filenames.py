"""File names measured as the target measures them, and packs that never replace another course's
package or staging (issue #12, item 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import trainerkit.package.layout as layout_module
import trainerkit.package.pack as pack_module
from trainerkit.customise import new_course, select_sessions
from trainerkit.errors import InvalidInputError
from trainerkit.export.handouts import HandoutReport
from trainerkit.filenames import (
    NameRules,
    is_reserved,
    name_key,
    name_problem,
    safe_name,
    utf8_length,
    utf16_length,
)
from trainerkit.package import pack_course
from trainerkit.package.copy import read_journal
from trainerkit.package.layout import package_folder_name, staging_root
from trainerkit.package.targets import Target, limits_for
from trainerkit.store import Store, open_store

RESERVED = ["CON", "PRN", "AUX", "NUL"] + [f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)]
CHINESE_76 = "中" * 76


@pytest.mark.parametrize("base", RESERVED)
@pytest.mark.parametrize("form", ["{}", "{}.tkcourse", "{} .txt", "{}.tar.gz"])
@pytest.mark.parametrize("case", [str.upper, str.lower, str.title])
def test_every_reserved_name_is_never_given_and_always_reported(base: str, form: str, case: object) -> None:
    name = form.format(case(base))  # type: ignore[operator]
    assert is_reserved(name) and name_problem(name) is not None
    stem, _, ext = name.partition(".")
    safe = safe_name(stem, f".{ext}" if ext else "")
    assert not is_reserved(safe) and name_problem(safe) is None
    assert safe.endswith(f".{ext}" if ext else "")


def test_names_like_reserved_ones_are_left_alone() -> None:
    for name in ("CONTRACT.pdf", "Console", "COM10", "nullable", "LPT"):
        assert not is_reserved(name) and safe_name(name) == name


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=400), ext=st.sampled_from(["", ".pptx", ".tkcourse"]))
def test_any_text_gives_a_name_every_target_holds_and_keeps_the_extension(text: str, ext: str) -> None:
    name = safe_name(text, ext)
    assert name_problem(name) is None
    assert utf8_length(name) <= 255 and utf16_length(name) <= 255
    assert name.endswith(ext) and len(name) > len(ext)
    name.encode("utf-8")  # never a split sequence or a lone surrogate


def test_shortening_counts_bytes_and_utf16_units_and_never_splits_a_character() -> None:
    chinese = safe_name("中" * 200, ".pptx")
    assert utf8_length(chinese) <= 255 and chinese.endswith(".pptx") and set(chinese[:-5]) == {"中"}
    emoji = safe_name("😀" * 200, ".pptx")  # 4 bytes and 2 UTF-16 units each
    assert utf16_length(emoji) <= 255 and utf8_length(emoji) <= 255 and set(emoji[:-5]) == {"😀"}
    accents = safe_name("e\u0301" * 200)  # no combining mark left without its letter
    assert not accents.endswith("e") or accents == "untitled" or accents[-1] == "é"


def test_windows_rules_trailing_dots_spaces_and_case() -> None:
    assert safe_name("Nairobi 2027.") == "Nairobi 2027"
    assert safe_name('a<b>c:d"e/f\\g|h?i*j') == "a b c d e f g h i j"
    assert name_key("Course") == name_key("course") == name_key("COURSE. ")
    ext4 = NameRules(max_bytes=255, max_utf16=None, windows=False, case_insensitive=False)
    assert name_key("Course", ext4) != name_key("course", ext4)


def test_target_limits_count_as_the_file_system_does() -> None:
    fat, ext4 = limits_for("vfat"), limits_for("ext4")
    long_chinese = "中" * 100  # 100 UTF-16 units, 300 bytes
    assert fat.name_problem(long_chinese) is None
    assert "bytes" in str(ext4.name_problem(long_chinese))
    assert "UTF-16" in str(fat.name_problem("😀" * 128))
    assert fat.name_problem("CON.tkcourse") and fat.rules.case_insensitive
    assert not ext4.rules.case_insensitive and ext4.name_problem("CON.tkcourse") is None


def test_a_package_folder_for_76_chinese_characters_fits_and_keeps_the_date() -> None:
    folder = package_folder_name(CHINESE_76, "Kenya", "2027-03-01")
    assert folder.startswith("TrainerKit - 中") and folder.endswith(" - Kenya - 2027-03-01")
    assert utf8_length(folder) <= 160 and name_problem(folder) is None


def test_course_names_that_map_to_the_same_file_name_keep_separate_staging() -> None:
    roots = {staging_root(n) for n in ("Nairobi 2027", "Nairobi 2027.", "Nairobi 2027..")}
    assert len(roots) == 3
    assert len({name_key(r.name) for r in roots}) == 3  # distinct even on a case-insensitive disk


# ---- packing ----------------------------------------------------------------------------------------
@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setattr(layout_module, "PACK_EXPORTERS", ())  # decks and handouts are enough here
    monkeypatch.setattr(layout_module, "find_portable_app", lambda: None)
    # names are what these tests are about: leave the (slow) handouts out, keep decks, pages and bundle
    monkeypatch.setattr(layout_module, "export_handouts", lambda *args, **kwargs: HandoutReport())
    private = tmp_path / "cache"
    monkeypatch.setattr(layout_module, "cache_dir", lambda name: private / name)
    return open_store()


def _course(store: Store, name: str) -> str:
    new_course(store, name, "KE")
    select_sessions(store, name, [1])
    return name


def _as(fstype: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Say the target is ``fstype`` (a FAT32 stick cannot be mounted in the test machine)."""

    def describe(path: Path) -> Target:
        return Target(Path(path), "STICK", fstype, 8 * 1024**3, 16 * 1024**3, True, "/dev/sdz1")

    monkeypatch.setattr(pack_module, "describe_target", describe)


def test_a_course_named_with_76_chinese_characters_packs(store: Store, tmp_path: Path) -> None:
    _course(store, CHINESE_76)
    stick = tmp_path / "stick"
    stick.mkdir()
    report = pack_course(store, CHINESE_76, stick)
    assert report.package.is_dir() and utf8_length(report.package.name) <= 255
    assert any(f.code == "name-changed" for f in report.preflight.findings)
    for path in report.package.rglob("*"):
        assert name_problem(path.name) is None, path


def test_case_only_different_courses_keep_both_packages_on_a_case_insensitive_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, store: Store
) -> None:
    """Trainer A packs "Course", trainer B (another computer, another data folder) packs "course"."""
    _as("vfat", monkeypatch)
    stick = tmp_path / "stick"
    stick.mkdir()
    _course(store, "Course")
    first = pack_course(store, "Course", stick).package
    other = open_store(tmp_path / "computer-b" / "trainerkit.sqlite3")
    _course(other, "course")
    second = pack_course(other, "course", stick).package
    assert first != second and name_key(first.name) != name_key(second.name)
    assert read_journal(first)["course"] == "Course"  # type: ignore[index]
    assert read_journal(second)["course"] == "course"  # type: ignore[index]
    again = pack_course(store, "Course", stick).package  # packing A again updates A's own package
    assert again == first


def test_a_folder_of_the_same_name_that_is_not_a_package_is_never_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, store: Store
) -> None:
    _as("ext4", monkeypatch)
    stick = tmp_path / "stick"
    stick.mkdir()
    _course(store, "Mombasa")
    wanted = stick / package_folder_name("Mombasa", "Kenya", __import__("datetime").date.today().isoformat())
    wanted.mkdir()
    (wanted / "holiday.jpg").write_bytes(b"photo")
    package = pack_course(store, "Mombasa", stick).package
    assert package != wanted and (wanted / "holiday.jpg").read_bytes() == b"photo"
    assert sorted(p.name for p in wanted.iterdir()) == ["holiday.jpg"]


@pytest.mark.parametrize("name", ["CON", "lpt9"])  # every reserved name: test_every_reserved_name_...
def test_a_reserved_course_name_never_reaches_the_stick(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    _as("vfat", monkeypatch)
    stick = tmp_path / "stick"
    stick.mkdir()
    _course(store, name)
    report = pack_course(store, name, stick)
    for path in report.package.rglob("*"):
        assert not is_reserved(path.name), path
    bundles = list(report.package.rglob("*.tkcourse"))
    assert [p.name for p in bundles] == [f"{name}_.tkcourse"]


def test_nairobi_with_trailing_dots_are_three_courses_with_three_stagings(store: Store, tmp_path: Path) -> None:
    names = ["Nairobi 2027", "Nairobi 2027.", "Nairobi 2027.."]
    created = []
    for name in names:
        try:
            created.append(_course(store, name))
        except InvalidInputError:
            pass
    assert created == names  # three courses: the names differ, only the file system would merge them
    stick = tmp_path / "stick"
    stick.mkdir()
    packages = [pack_course(store, name, stick) for name in created]
    for report in packages:  # every staging is still there: packing one did not delete the others'
        assert report.staged.root.is_dir() and all(f.source.is_file() for f in report.staged.files)
    assert len({r.staged.root for r in packages}) == len(created)
    assert len({r.package for r in packages}) == len(created)
