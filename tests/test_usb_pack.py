"""Packing a course onto a stick: what the trainer finds on it, and what happens when the stick fails.

Staging (exporting decks and handouts) is shared between tests through one cache folder, so each test
pays for the copy and the checks it is about, not for a fresh export.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote

import pytest
from click.testing import CliRunner

from trainerkit.cli import cli
from trainerkit.customise import new_course, select_sessions
from trainerkit.errors import Cancelled, StorageError
from trainerkit.jobs import CancelToken
from trainerkit.package import MANIFEST_NAME, CopyHooks, PackInterrupted, pack_course, verify_package
from trainerkit.package import layout as layout_module
from trainerkit.package.copy import read_journal
from trainerkit.package.manifest import JOURNAL_NAME, TEMP_SUFFIX, parse_manifest
from trainerkit.store import Store, open_store

COURSE = "kenya"


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("usb-cache")


@pytest.fixture
def store(shared_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    def cache_dir(name: str) -> Path:
        folder = shared_cache / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    monkeypatch.setattr(layout_module, "cache_dir", cache_dir)
    store = open_store()
    new_course(store, COURSE, "KE", venue="Nairobi", dates="3-5 June")
    select_sessions(store, COURSE, [2])
    return store


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href") or "")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_a_packed_folder_holds_the_course_and_verifies(store: Store, tmp_path: Path) -> None:
    fractions: list[float] = []
    report = pack_course(store, COURSE, tmp_path, progress=lambda done, total, label: fractions.append(done / total))
    assert fractions == sorted(fractions), "the progress bar never goes backwards"
    assert fractions[-1] == 1.0
    package = report.package
    assert package.parent == tmp_path
    assert package.name.startswith("TrainerKit - kenya - Kenya - ")
    for folder in ("Slides", "Handouts", "Trainer", "Participants"):
        assert (package / folder).is_dir(), folder
    decks = list((package / "Slides").glob("*.pptx"))
    assert [d.name for d in decks] == ["Session 02 - An introduction to international migration.pptx"]

    entries = parse_manifest((package / MANIFEST_NAME).read_text(encoding="utf-8"))
    on_disk = {p.relative_to(package).as_posix() for p in package.rglob("*") if p.is_file()}
    assert set(entries) == on_disk - {MANIFEST_NAME, JOURNAL_NAME}, "the manifest lists every file"
    journal = read_journal(package)
    assert journal is not None and journal["complete"] is True
    assert not list(package.rglob(f"*{TEMP_SUFFIX}")), "no temporary file is left behind"

    verified = verify_package(package)
    assert verified.ok and verified.checked == len(entries)
    if shutil.which("sha256sum"):
        check = subprocess.run(["sha256sum", "-c", "--quiet", MANIFEST_NAME], cwd=package, capture_output=True)
        assert check.returncode == 0, check.stdout + check.stderr


def test_index_html_links_every_file_and_opens_offline(store: Store, tmp_path: Path) -> None:
    package = pack_course(store, COURSE, tmp_path).package
    page = (package / "index.html").read_text(encoding="utf-8")
    parser = Links()
    parser.feed(page)
    text = " ".join(parser.text)
    assert "Towards a Human Rights-Based Approach to Migration" in text
    assert "How to use this stick" in text and "Agenda" in text and "Nairobi" in text
    head = page.split("<body>")[0]
    assert "<script" not in page and "<link" not in head and "http" not in head, "nothing to fetch to render"
    files = {h for h in parser.hrefs if not h.startswith("#")}
    targets = {unquote(h) for h in files}
    for target in targets:
        assert (package / target).exists(), f"index.html links to a missing file: {target}"
    content = set(parse_manifest((package / MANIFEST_NAME).read_text(encoding="utf-8"))) - {"index.html"}
    assert content <= targets, f"not linked from index.html: {sorted(content - targets)[:5]}"
    anchors = {h[1:] for h in parser.hrefs if h.startswith("#")}
    assert anchors == {"session-2"}


def test_packing_again_skips_files_already_verified(store: Store, tmp_path: Path) -> None:
    first = pack_course(store, COURSE, tmp_path)
    again = pack_course(store, COURSE, tmp_path)
    assert again.package == first.package
    assert again.copy.copied == []
    assert len(again.copy.skipped) == len(first.staged.files)
    assert verify_package(again.package).ok


def test_verify_catches_a_changed_and_a_missing_file(store: Store, tmp_path: Path) -> None:
    package = pack_course(store, COURSE, tmp_path).package
    deck = next((package / "Slides").glob("*.pptx"))
    data = bytearray(deck.read_bytes())
    data[len(data) // 2] ^= 0xFF
    deck.write_bytes(bytes(data))
    plan = next((package / "Trainer").glob("*.html"))
    plan.unlink()
    (package / "notes.txt").write_text("added at the venue")

    report = verify_package(package)
    assert not report.ok
    assert report.changed == [deck.relative_to(package).as_posix()]
    assert report.missing == [plan.relative_to(package).as_posix()]
    assert report.extra == ["notes.txt"]

    result = CliRunner().invoke(cli, ["usb", "verify", str(tmp_path)])
    assert result.exit_code == 1
    assert f"changed: Slides/{deck.name}" in result.output
    assert f"missing: Trainer/{plan.name}" in result.output
    # the real entry point, as a script at the venue runs it, must exit non-zero too
    process = subprocess.run(
        [sys.executable, "-c", "from trainerkit.cli import main; main()", "usb", "verify", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert process.returncode == 1, process.stdout + process.stderr
    if shutil.which("sha256sum"):
        check = subprocess.run(["sha256sum", "-c", "--quiet", MANIFEST_NAME], cwd=package, capture_output=True)
        assert check.returncode != 0


class PulledOut:
    """Fault injection: the stick disappears after ``after`` files (the folder vanishes, writes fail EIO)."""

    def __init__(self, package_parent: Path, after: int) -> None:
        self.parent = package_parent
        self.after = after
        self.opened = 0
        self.hidden: Path | None = None

    def open_write(self, path: Path) -> BinaryIO:
        self.opened += 1
        if self.opened > self.after:
            if self.hidden is None:
                self.hidden = self.parent.with_name(self.parent.name + "-unplugged")
                self.parent.rename(self.hidden)
            raise OSError(errno.EIO, "Input/output error", str(path))
        return open(path, "wb")

    def plug_back(self) -> None:
        assert self.hidden is not None
        self.hidden.rename(self.parent)


def test_a_stick_pulled_out_says_what_is_on_it_and_is_not_marked_complete(store: Store, tmp_path: Path) -> None:
    stick = tmp_path / "STICK"
    stick.mkdir()
    fault = PulledOut(stick, after=3)
    with pytest.raises(PackInterrupted) as caught:
        pack_course(store, COURSE, stick, hooks=CopyHooks(open_write=fault.open_write))
    error = caught.value
    message = str(error)
    assert error.reason == "removed"
    assert "removed" in message and "Plug it back in" in message
    assert "On the stick and verified: 3 of" in message and "Missing:" in message
    assert len(error.verified) == 3 and error.missing
    assert error.verified[0] in message and error.missing[0] in message
    assert "trainerkit usb pack kenya" in message

    fault.plug_back()
    package = next(stick.iterdir())
    assert not (package / MANIFEST_NAME).exists(), "an interrupted package has no manifest"
    journal = read_journal(package)
    assert journal is not None and journal["complete"] is False
    assert sorted(journal["files"]) == sorted(error.verified)
    assert verify_package(package).complete is False

    resumed = pack_course(store, COURSE, stick)
    assert sorted(resumed.copy.skipped) == sorted(error.verified)
    assert sorted(resumed.copy.copied) == sorted(error.missing)
    assert verify_package(resumed.package).ok


def test_a_device_error_mid_file_leaves_no_partial_file(store: Store, tmp_path: Path) -> None:
    calls = {"n": 0}

    class Failing:
        def __init__(self, path: Path) -> None:
            self.handle = open(path, "wb")  # noqa: SIM115

        def __enter__(self) -> Failing:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            calls["n"] += 1
            if calls["n"] == 2:
                raise OSError(errno.EIO, "Input/output error")
            return self.handle.write(data)

        def flush(self) -> None:
            self.handle.flush()

        def fileno(self) -> int:
            return self.handle.fileno()

    with pytest.raises(PackInterrupted) as caught:
        pack_course(store, COURSE, tmp_path, hooks=CopyHooks(open_write=Failing))  # type: ignore[arg-type]
    assert "stopped responding" in str(caught.value)
    package = next(tmp_path.iterdir())
    assert not list(package.rglob(f"*{TEMP_SUFFIX}"))
    assert not (package / MANIFEST_NAME).exists()
    journal = read_journal(package)
    assert journal is not None and not journal["complete"]
    for rel in journal["files"]:
        assert (package / rel).is_file()
    names = {p.relative_to(package).as_posix() for p in package.rglob("*") if p.is_file()}
    assert names - {JOURNAL_NAME} == set(journal["files"]), "only verified files sit under their final names"


def test_cancel_keeps_what_was_verified_and_marks_nothing_complete(store: Store, tmp_path: Path) -> None:
    token = CancelToken()
    seen: list[str] = []

    def progress(done: int, total: int, label: str) -> None:
        if not label.startswith("Preparing"):
            seen.append(label)
            if len(seen) == 3:
                token.cancel()

    with pytest.raises(Cancelled):
        pack_course(store, COURSE, tmp_path, progress=progress, token=token)
    package = next(tmp_path.iterdir())
    assert not (package / MANIFEST_NAME).exists()
    journal = read_journal(package)
    assert journal is not None and len(journal["files"]) == 2 and not journal["complete"]


def test_a_portable_app_goes_in_app_and_is_verified_too(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layout_module, "PACK_EXPORTERS", ())  # the app is what this test is about
    monkeypatch.setattr(layout_module, "cache_dir", lambda name: tmp_path / "cache" / name)
    app = tmp_path / "build" / "TrainerKit-portable"
    (app / "lib").mkdir(parents=True)
    (app / "TrainerKit.exe").write_bytes(b"MZ" + b"\0" * 1000)
    (app / "lib" / "core.dll").write_bytes(b"\1" * 500)
    (app / "portable").write_text("")
    (app / "TrainerKit-data").mkdir()
    (app / "TrainerKit-data" / "trainerkit.sqlite3").write_text("the trainer's own data stays home")
    stick = tmp_path / "stick"
    stick.mkdir()
    package = pack_course(store, COURSE, stick, app=app).package
    entries = parse_manifest((package / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert {"App/TrainerKit.exe", "App/lib/core.dll", "App/portable"} <= set(entries)
    assert not any("TrainerKit-data" in rel for rel in entries)
    assert verify_package(package).ok


# ---- a real full stick: a 2 MB tmpfs ---------------------------------------------------------------
@pytest.fixture
def small_stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    # a package of decks and handouts only (no PDF packs, no PDF or browser copies of the decks), so it fits
    # the 2 MB stick until it is filled up
    monkeypatch.setattr(layout_module, "PACK_EXPORTERS", ())
    monkeypatch.setattr(layout_module, "VENUE_FALLBACKS", False)
    private = tmp_path / "cache"
    monkeypatch.setattr(layout_module, "cache_dir", lambda name: private / name)
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("simulating a full stick mounts a 2 MB tmpfs, which needs root")
    if shutil.which("mount") is None:
        pytest.skip("simulating a full stick needs the `mount` command")
    mount_point = tmp_path / "stick"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(stick: Path, leave: int) -> Path:
    filler = stick / "holiday-photos.bin"
    free = shutil.disk_usage(stick).free
    with open(filler, "wb") as handle:
        try:
            handle.write(b"\0" * max(0, free - leave))
        except OSError:
            pass
    return filler


def test_a_stick_too_small_is_refused_before_anything_is_written(store: Store, small_stick: Path) -> None:
    _fill(small_stick, leave=100 * 1024)
    with pytest.raises(StorageError) as caught:
        pack_course(store, COURSE, small_stick)
    assert "Nothing was written" in str(caught.value) and "free" in str(caught.value)
    assert sorted(p.name for p in small_stick.iterdir()) == ["holiday-photos.bin"]


def test_a_stick_that_fills_up_mid_copy_says_what_is_missing(store: Store, small_stick: Path) -> None:
    filler: list[Path] = []

    def progress(done: int, total: int, label: str) -> None:
        # another program fills the stick once the copy has started
        if label.startswith("Slides/") and not filler:
            filler.append(_fill(small_stick, leave=8 * 1024))

    with pytest.raises(PackInterrupted) as caught:
        pack_course(store, COURSE, small_stick, progress=progress)
    message = str(caught.value)
    assert caught.value.reason == "full"
    assert message.startswith("The stick is full.")
    assert "On the stick and verified:" in message and "Missing:" in message
    assert any(m.startswith("Slides/") for m in caught.value.missing)
    package = next(p for p in small_stick.iterdir() if p.is_dir())
    assert not (package / MANIFEST_NAME).exists()
    journal = read_journal(package)
    assert journal is None or journal["complete"] is False

    filler[0].unlink()
    resumed = pack_course(store, COURSE, small_stick)
    assert resumed.copy.skipped, "files verified before the stick filled up are not written again"
    assert verify_package(resumed.package).ok


# ---- CLI ----------------------------------------------------------------------------------------------
def test_cli_pack_then_verify(store: Store, tmp_path: Path) -> None:
    runner = CliRunner()
    packed = runner.invoke(cli, ["usb", "pack", COURSE, str(tmp_path), "--no-app"], catch_exceptions=False)
    assert packed.exit_code == 0, packed.output
    assert "Packed and verified" in packed.output
    verified = runner.invoke(cli, ["usb", "verify", str(tmp_path), "--json"], catch_exceptions=False)
    assert verified.exit_code == 0
    assert json.loads(verified.stdout)[0]["ok"] is True
