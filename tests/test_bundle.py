"""Course bundles: a course carried to another data dir exports the same decks, and a corrupt, truncated,
tampered or hostile bundle is refused with a clear message and leaves the store exactly as it was."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from trainerkit import bundle, customise
from trainerkit.course.decks import deck_path
from trainerkit.errors import BadFileError
from trainerkit.examples.library import add_example, ensure_seeded
from trainerkit.examples.slides import insert_example
from trainerkit.store import open_store

needs_decks = pytest.mark.skipif(not deck_path(2).is_file(), reason="bundled decks are not built yet")


def _make_course(tmp_path: Path) -> str:
    store = open_store()
    customise.new_course(store, "Tunis 2027", "TN", venue="Hotel Africa")
    customise.select_sessions(store, "Tunis 2027", [2])
    picture = tmp_path / "clinic.png"
    Image.new("RGB", (320, 200), (20, 120, 60)).save(picture)
    mine = add_example(
        store,
        title="Clinic for migrants in Sfax",
        summary="A local clinic offers free care to migrants regardless of status.",
        source="Interview with the clinic's director, 2024",
        countries="TN",
        sessions="2",
        picture=picture,
        picture_alt="The clinic's entrance",
    )
    insert_example(store, "Tunis 2027", "tn-labour-roadmap", 2)
    insert_example(store, "Tunis 2027", mine.id, 2)
    customise.set_profile(store, "Tunis 2027", {"region": "Northern Africa"})
    store.close()
    return "Tunis 2027"


def _snapshot(db: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return [(t, sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)) for t in tables]
    finally:
        conn.close()


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    name = _make_course(tmp_path)
    return bundle.export_bundle(open_store(), name, tmp_path / "course.tkcourse")


@pytest.fixture
def other_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Switch TRAINERKIT_HOME to an empty data dir elsewhere (a colleague's computer)."""
    home = tmp_path / "elsewhere"
    home.mkdir()
    monkeypatch.setenv("TRAINERKIT_HOME", str(home))
    return home


def test_a_bundle_is_reproducible_and_lists_every_member_with_its_checksum(exported: Path, tmp_path: Path) -> None:
    again = bundle.export_bundle(open_store(), "Tunis 2027", tmp_path / "again")
    assert again.name == "again.tkcourse"
    assert again.read_bytes() == exported.read_bytes()
    with zipfile.ZipFile(exported) as zf:
        names = zf.namelist()
        assert names == sorted(names)
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format"] == "trainerkit-course" and manifest["format_version"] == 1
        assert set(manifest["members"]) == set(names) - {"manifest.json"}
        for name, meta in manifest["members"].items():
            assert hashlib.sha256(zf.read(name)).hexdigest() == meta["sha256"]
        assert any(n.startswith("files/") and n.endswith(".png") for n in names)
        course = json.loads(zf.read("course.json"))
        assert [c["kind"] for c in course["changes"]] == ["select-sessions", "insert-slide", "insert-slide", "profile"]


@needs_decks
def test_a_bundle_imports_into_an_empty_data_dir_and_exports_byte_identical_decks(
    trainerkit_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainerkit.export.decks import export_decks

    first_home = trainerkit_home
    _make_course(tmp_path)
    exported = bundle.export_bundle(open_store(), "Tunis 2027", tmp_path / "course.tkcourse")
    other_home = tmp_path / "elsewhere"

    monkeypatch.setenv("TRAINERKIT_HOME", str(first_home))
    first = export_decks(open_store(), "Tunis 2027", tmp_path / "decks-here")
    assert first.problems == []

    monkeypatch.setenv("TRAINERKIT_HOME", str(other_home))
    report = bundle.import_bundle(open_store(), exported)
    assert report.name == "Tunis 2027" and report.changes == 4 and report.files == 1
    assert report.examples == ["my-clinic-for-migrants-in-sfax"]
    second = export_decks(open_store(), "Tunis 2027", tmp_path / "decks-there")
    assert second.problems == []
    assert [f.name for f in first.files] == [f.name for f in second.files]
    for a, b in zip(first.files, second.files, strict=True):
        assert a.read_bytes() == b.read_bytes(), f"{a.name} differs between the two data folders"


def test_importing_over_an_existing_course_needs_a_choice(exported: Path) -> None:
    store = open_store()
    with pytest.raises(bundle.CourseExistsError, match="--as NEW_NAME"):
        bundle.import_bundle(store, exported)
    copy = bundle.import_bundle(store, exported, as_name="Tunis copy")
    assert copy.name == "Tunis copy" and not copy.replaced
    customise.set_profile(store, "Tunis 2027", {"venue": "Somewhere else"})
    replaced = bundle.import_bundle(store, exported, replace=True)
    assert replaced.replaced
    _r, state, _c = customise.state_of(store, "Tunis 2027")
    assert state.profile["venue"] == "Hotel Africa"


def _rezip(source: Path, target: Path, change: Callable[[dict[str, bytes]], dict[str, bytes]]) -> Path:
    with zipfile.ZipFile(source) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members = change(members)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return target


def _with_manifest(members: dict[str, bytes]) -> dict[str, bytes]:
    manifest = json.loads(members["manifest.json"])
    manifest["members"] = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in members.items() if n != "manifest.json"
    }
    members["manifest.json"] = json.dumps(manifest).encode()
    return members


def _tamper_course(members: dict[str, bytes]) -> dict[str, bytes]:
    members["course.json"] = members["course.json"].replace(b"Hotel Africa", b"Hotel Evil!!")
    return members


def _hostile(name: str) -> Callable[[dict[str, bytes]], dict[str, bytes]]:
    def change(members: dict[str, bytes]) -> dict[str, bytes]:
        members[name] = b"x"
        return _with_manifest(members)

    return change


def _newer(members: dict[str, bytes]) -> dict[str, bytes]:
    manifest = json.loads(members["manifest.json"])
    manifest["format_version"] = 99
    members["manifest.json"] = json.dumps(manifest).encode()
    return members


def _bad_change_log(members: dict[str, bytes]) -> dict[str, bytes]:
    course = json.loads(members["course.json"])
    course["changes"][0]["kind"] = "format-disk"
    members["course.json"] = json.dumps(course).encode()
    return _with_manifest(members)


def _fake_picture(members: dict[str, bytes]) -> dict[str, bytes]:
    data = b"<script>not a picture</script>"
    sha = hashlib.sha256(data).hexdigest()
    old = next(n for n in members if n.startswith("files/"))
    old_sha = old[6:70]
    del members[old]
    members[f"files/{sha}.png"] = data
    for key in ("course.json", "examples.json"):
        members[key] = members[key].replace(old_sha.encode(), sha.encode())
    return _with_manifest(members)


def _bomb(members: dict[str, bytes]) -> dict[str, bytes]:
    members["examples.json"] = b"[" + b" " * (20 * 1024 * 1024) + b"]"
    return _with_manifest(members)


CASES: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "not a zip": (lambda src, dst: (dst.write_bytes(b"hello, not a zip"), dst)[1], "not a course bundle"),
    "truncated": (lambda src, dst: (dst.write_bytes(src.read_bytes()[: src.stat().st_size // 2]), dst)[1], "damaged"),
    "corrupt": (
        lambda src, dst: (dst.write_bytes(src.read_bytes()[:200] + b"\0" * 50 + src.read_bytes()[250:]), dst)[1],
        "damaged|checksum|not a course bundle",
    ),
    "tampered (checksum)": (lambda src, dst: _rezip(src, dst, _tamper_course), "does not match its checksum"),
    "path traversal": (lambda src, dst: _rezip(src, dst, _hostile("../../evil.txt")), "hostile"),
    "absolute path": (lambda src, dst: _rezip(src, dst, _hostile("/etc/evil")), "hostile"),
    "backslash": (lambda src, dst: _rezip(src, dst, _hostile("files\\evil.png")), "hostile"),
    "unexpected member": (lambda src, dst: _rezip(src, dst, _hostile("run.sh")), "hostile"),
    "unlisted member": (
        lambda src, dst: _rezip(src, dst, lambda m: {**m, "files/" + "a" * 64 + ".png": b"x"}),
        "does not list",
    ),
    "newer format": (lambda src, dst: _rezip(src, dst, _newer), "newer TrainerKit"),
    "bad change log": (lambda src, dst: _rezip(src, dst, _bad_change_log), "unknown kind"),
    "fake picture": (lambda src, dst: _rezip(src, dst, _fake_picture), "not a picture"),
    "zip bomb": (lambda src, dst: _rezip(src, dst, _bomb), "zip bomb"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_bundles_are_refused_clearly_and_change_nothing(
    case: str, exported: Path, other_home: Path, tmp_path: Path
) -> None:
    make, message = CASES[case]
    bad = make(exported, tmp_path / "bad.tkcourse")
    store = open_store()
    ensure_seeded(store)
    store.close()
    db = other_home / "trainerkit.sqlite3"
    before = _snapshot(db)
    files_before = sorted(p.name for p in (other_home / "files").glob("*")) if (other_home / "files").exists() else []
    with pytest.raises(BadFileError, match=message) as info:
        bundle.import_bundle(open_store(), bad)
    assert str(info.value).startswith("bad.tkcourse cannot be imported:")
    assert _snapshot(db) == before
    files_after = sorted(p.name for p in (other_home / "files").glob("*")) if (other_home / "files").exists() else []
    assert files_after == files_before


def test_duplicate_member_names_are_refused(exported: Path, tmp_path: Path) -> None:
    bad = tmp_path / "dup.tkcourse"
    with zipfile.ZipFile(exported) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf, pytest.warns(UserWarning):
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr("course.json", members["course.json"])
    bad.write_bytes(buffer.getvalue())
    with pytest.raises(BadFileError, match="twice"):
        bundle.read_bundle(bad)


def test_a_failure_while_writing_leaves_nothing_half_imported(
    exported: Path, other_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store()
    ensure_seeded(store)
    db = other_home / "trainerkit.sqlite3"
    before = _snapshot(db)

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bundle.os, "replace", fail)
    with pytest.raises(Exception, match="no space left"):
        bundle.import_bundle(store, exported)
    assert _snapshot(db) == before
    assert [p for p in (other_home / "files").iterdir()] == []


def test_the_cli_exports_imports_and_explains_a_name_clash(exported: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from trainerkit.cli.main import cli

    runner = CliRunner()
    target = tmp_path / "cli.tkcourse"
    result = runner.invoke(cli, ["bundle", "export", "Tunis 2027", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == exported.read_bytes()
    result = runner.invoke(cli, ["bundle", "import", str(target)])
    assert isinstance(result.exception, bundle.CourseExistsError)
    result = runner.invoke(cli, ["bundle", "import", str(target), "--as", "Tunis B"])
    assert result.exit_code == 0 and "Imported course 'Tunis B'" in result.output
    result = runner.invoke(cli, ["example", "search", "recruiters", "--country", "LB", "--json"])
    assert result.exit_code == 0 and json.loads(result.output)[0]["id"] == "lb-recruiter-code"
