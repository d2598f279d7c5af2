"""Course bundles are validated as strictly as a change made in the app, before anything is written
(issue #12, item 6): pictures only from the bundle itself, sessions that are whole numbers of this
course, slides that exist, a known edition, and sizes checked from the central directory before any
member is read. The export side never embeds or carries a file from outside the stored files."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from trainerkit import bundle, customise
from trainerkit.bundle.changes import ChangeLogError, check_change_log
from trainerkit.bundle.zipsafe import MAX_DECK_BYTES
from trainerkit.course import load_course
from trainerkit.errors import BadFileError, StorageError
from trainerkit.examples.library import add_example, ensure_seeded
from trainerkit.examples.slides import insert_example
from trainerkit.store import open_store
from trainerkit.store.courses import add_change

COURSE = "Tunis 2027"


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    store = open_store()
    customise.new_course(store, COURSE, "TN", venue="Hotel Africa")
    customise.select_sessions(store, COURSE, [2])
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
    insert_example(store, COURSE, mine.id, 2)
    customise.slide_change(store, COURSE, "hide", "s2-title")
    return bundle.export_bundle(store, COURSE, tmp_path / "course.tkcourse")


@pytest.fixture
def other_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "elsewhere"
    home.mkdir()
    monkeypatch.setenv("TRAINERKIT_HOME", str(home))
    store = open_store()
    ensure_seeded(store)
    store.close()
    return home


def _snapshot(db: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return [(t, sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)) for t in tables]
    finally:
        conn.close()


def _rewrite(source: Path, target: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    """A copy of the bundle whose course.json was edited by ``change``, with a consistent manifest (as a
    hostile bundle would have)."""
    with zipfile.ZipFile(source) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    course = json.loads(members["course.json"])
    change(course)
    members["course.json"] = json.dumps(course).encode()
    manifest = json.loads(members["manifest.json"])
    manifest["members"] = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in members.items() if n != "manifest.json"
    }
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return target


def _picture_change(course: dict[str, Any]) -> dict[str, Any]:
    return next(c for c in course["changes"] if c["kind"] == "insert-slide")


def _refused(bad: Path, other_home: Path, match: str) -> BadFileError:
    db = other_home / "trainerkit.sqlite3"
    before = _snapshot(db)
    with pytest.raises(BadFileError, match=match) as caught:
        bundle.import_bundle(open_store(), bad)
    assert _snapshot(db) == before, "nothing is written for a refused bundle"
    files = other_home / "files"
    assert not files.exists() or list(files.iterdir()) == []
    return caught.value


def test_the_app_made_bundle_passes_the_strict_checks(exported: Path, other_home: Path) -> None:
    report = bundle.import_bundle(open_store(), exported)
    assert report.changes == 3


@pytest.mark.parametrize("image", ["/etc/passwd", "../../secret.png", "C:\\Users\\me\\secret.png", "files/a.png"])
def test_a_picture_slide_may_only_use_a_picture_of_the_bundle(
    image: str, exported: Path, other_home: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.png"
    Image.new("RGB", (8, 8), (1, 2, 3)).save(secret)

    def change(course: dict[str, Any]) -> None:
        _picture_change(course)["payload"]["spec"]["picture"]["image"] = image.replace("secret", str(secret)[:-4])

    bad = _rewrite(exported, tmp_path / "bad.tkcourse", change)
    error = _refused(bad, other_home, "not a file of the bundle")
    assert "change 2" in str(error)


@pytest.mark.parametrize("session", ["2", 2.0, 2.5, True, None])
def test_a_slide_change_needs_a_whole_number_session_of_the_course(
    session: Any, exported: Path, other_home: Path, tmp_path: Path
) -> None:
    def change(course: dict[str, Any]) -> None:
        course["changes"][-1]["session"] = session  # the 'hide' change

    bad = _rewrite(exported, tmp_path / "bad.tkcourse", change)
    _refused(bad, other_home, "not a whole number")


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda c: c["changes"][0]["payload"].update(sessions=["1", "2"]), "not a whole number"),
        (lambda c: c["changes"][0]["payload"].update(sessions=[9]), "session 9"),
        (lambda c: c["changes"][-1].update(slide_key="s2-no-such-slide"), "no earlier change creates it"),
        (lambda c: c["changes"][-1].update(kind="format-disk"), "unknown kind"),
        (lambda c: c["changes"][-1].update(kind="move", payload={"to": "3"}), "position"),
        (lambda c: c["changes"][-1].update(kind="move", payload={"to": 999}), "position"),
        (lambda c: c.update(profile={"venue": "Hall B\vSecond floor"}), "cannot be exported"),
        (lambda c: c["changes"][-1]["payload"].update(note="\ud800"), "cannot be exported"),
        (lambda c: _picture_change(c)["payload"].update(after="s2-nowhere"), "insert after"),
        (lambda c: _picture_change(c)["payload"].update(new_key="../evil"), "malformed key"),
        (lambda c: c["changes"].append({**c["changes"][-1], "seq": 5}), "out of order"),
    ],
)
def test_a_change_the_app_would_refuse_is_refused(
    edit: Callable[[dict[str, Any]], None], message: str, exported: Path, other_home: Path, tmp_path: Path
) -> None:
    bad = _rewrite(exported, tmp_path / "bad.tkcourse", edit)
    _refused(bad, other_home, message)


def test_a_bundle_for_a_newer_edition_of_the_course_is_refused(
    exported: Path, other_home: Path, tmp_path: Path
) -> None:
    version = load_course().version
    newer = str(int(version.split(".")[0]) + 1) + ".1"
    bad = _rewrite(exported, tmp_path / "bad.tkcourse", lambda c: c.update(base_version=newer))
    error = _refused(bad, other_home, "edition")
    assert f"made for edition {newer}" in str(error) and "Update TrainerKit" in str(error)
    older = _rewrite(exported, tmp_path / "older.tkcourse", lambda c: c.update(base_version="2000.1"))
    assert bundle.read_bundle(older).course["base_version"] == "2000.1", "an older edition is accepted"


def test_an_older_edition_may_name_slides_this_edition_lacks(exported: Path, tmp_path: Path) -> None:
    def renamed_slide(course: dict[str, Any]) -> None:
        course["changes"][-1]["slide_key"] = "s2-a-slide-of-an-older-edition"

    same = _rewrite(exported, tmp_path / "same.tkcourse", renamed_slide)
    with pytest.raises(BadFileError, match="no earlier change creates it"):
        bundle.read_bundle(same)
    older = _rewrite(
        exported, tmp_path / "older.tkcourse", lambda c: (renamed_slide(c), c.update(base_version="2000.1"))
    )
    assert bundle.read_bundle(older).changes[-1]["slide_key"] == "s2-a-slide-of-an-older-edition"


def test_slides_created_by_earlier_changes_may_be_named_by_later_ones() -> None:
    course = load_course()
    duplicate = {"new_key": "s2-title-copy1"}
    changes = [
        {"seq": 1, "kind": "duplicate", "session": 2, "slide_key": "s2-title", "payload": duplicate, "created": ""},
        {"seq": 2, "kind": "hide", "session": 2, "slide_key": "s2-title-copy1", "payload": {}, "created": ""},
    ]
    check_change_log(changes, course, pictures=set(), decks=set())
    with pytest.raises(ChangeLogError, match="no earlier change"):
        check_change_log([{**changes[1], "seq": 1}], course, pictures=set(), decks=set())


def _claim_size(data: bytes, member: str, size: int, compressed: int | None = None) -> bytes:
    """The zip ``data`` with ``member``'s uncompressed (and compressed) size in its central directory
    set to ``size`` (and ``compressed``)."""
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        name = data[at + 46 : at + 46 + name_length].decode()
        if name == member:
            if compressed is not None:
                data = data[: at + 20] + struct.pack("<I", compressed) + data[at + 24 :]
            return data[: at + 24] + struct.pack("<I", size) + data[at + 28 :]
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(f"{member} not found")


@pytest.mark.parametrize(("compressed", "message"), [(None, "zip bomb"), (250 * 1024 * 1024, "at most 100 MB")])
def test_a_huge_member_is_refused_from_the_directory_before_anything_is_read(
    compressed: int | None, message: str, exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with zipfile.ZipFile(exported) as zf:
        deck_like = "files/" + "0" * 64 + ".pptx"
        members = {n: zf.read(n) for n in zf.namelist()}
    members[deck_like] = b"PK" + bytes(4 * 1024 * 1024)  # 4 MB, claimed below to be 250 MB
    plain = tmp_path / "plain.tkcourse"
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    bad = tmp_path / "bad.tkcourse"
    bad.write_bytes(_claim_size(plain.read_bytes(), deck_like, 250 * 1024 * 1024, compressed))
    assert bad.stat().st_size < 10 * 1024 * 1024

    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def watch(self: zipfile.ZipFile, name: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(getattr(name, "filename", name))
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", watch)
    tracemalloc.start()
    try:
        with pytest.raises(BadFileError, match=message):
            bundle.read_bundle(bad)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert opened == [], "no member is read before the directory is checked"
    assert peak < 5 * 1024 * 1024, f"{peak / 1e6:.1f} MB allocated to refuse it"
    assert MAX_DECK_BYTES < 250 * 1024 * 1024


def test_a_picture_member_is_capped_to_the_picture_limit(exported: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(exported) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    picture = next(n for n in members if n.endswith(".png"))
    plain = tmp_path / "plain.tkcourse"
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    bad = tmp_path / "bad.tkcourse"
    bad.write_bytes(_claim_size(plain.read_bytes(), picture, 60 * 1024 * 1024, compressed=60 * 1024 * 1024))
    with pytest.raises(BadFileError, match="at most 30 MB"):
        bundle.read_bundle(bad)


# ---- the export side: defence in depth ------------------------------------------------------------------
def _course_with_a_local_picture(tmp_path: Path) -> tuple[Path, bytes]:
    secret = tmp_path / "private-photo.png"
    Image.new("RGB", (64, 64), (200, 10, 10)).save(secret)
    store = open_store()
    customise.new_course(store, COURSE, "TN")
    spec = {"layout": "picture", "title": "Mine", "picture": {"image": str(secret), "alt": "x"}, "notes": "n" * 30}
    add_change(
        store, COURSE, "insert-slide", session=2, slide_key="s2-inserted-1",
        payload={"spec": spec, "new_key": "s2-inserted-1", "after": None, "example": None},
    )  # fmt: skip
    return secret, secret.read_bytes()


def test_a_bundle_never_carries_a_file_from_outside_the_store(tmp_path: Path) -> None:
    _course_with_a_local_picture(tmp_path)
    with pytest.raises(StorageError, match="not one of the course's stored files"):
        bundle.export_bundle(open_store(), COURSE, tmp_path / "out.tkcourse")
    assert not (tmp_path / "out.tkcourse").exists()


def test_a_deck_export_never_embeds_a_file_from_outside_the_store(tmp_path: Path) -> None:
    from trainerkit.course.decks import deck_path
    from trainerkit.export.decks import export_decks

    if not deck_path(2).is_file():
        pytest.skip("bundled decks are not built")
    _secret, data = _course_with_a_local_picture(tmp_path)
    customise.select_sessions(open_store(), COURSE, [2])
    report = export_decks(open_store(), COURSE, tmp_path / "decks")
    assert any("not one of the stored pictures" in p.message for p in report.problems)
    for deck in report.files:
        with zipfile.ZipFile(deck) as zf:
            for name in zf.namelist():
                assert zf.read(name) != data, f"{deck.name} embeds the local file as {name}"


def test_a_bare_picture_path_is_named_in_the_refusal(exported: Path, other_home: Path, tmp_path: Path) -> None:
    def change(course: dict[str, Any]) -> None:
        _picture_change(course)["payload"]["spec"]["picture"] = "/etc/passwd"  # not {"image": ...}

    error = _refused(_rewrite(exported, tmp_path / "bad.tkcourse", change), other_home, "not a file of the bundle")
    assert "'/etc/passwd'" in str(error) and "'None'" not in str(error)
