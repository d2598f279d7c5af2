"""A stick pulled out mid-pack is never reported as success (issue #12, item 5).

A desktop that loses a stick keeps its mount point: an empty folder on the computer's own disk. The
pack must notice that the target folder is not on the device it started on, write nothing there, end
with "not complete" and a non-zero exit, and resume on the next run. Three ways of pulling the stick:
the mount point replaced by an empty folder (works anywhere), the device id changed under the same
path (``os.stat`` patched), and, as root, a real tmpfs unmounted mid-copy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from trainerkit.cli import main
from trainerkit.customise import new_course, select_sessions
from trainerkit.package import MANIFEST_NAME, PackInterrupted, pack_course, verify_package
from trainerkit.package import copy as copy_module
from trainerkit.package import layout as layout_module
from trainerkit.package.copy import TargetIdentity, make_folders, read_journal
from trainerkit.store import Store, open_store

COURSE = "kenya"


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("stick-removed-cache")


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


def _after_files(monkeypatch: pytest.MonkeyPatch, count: int, pull: Callable[[], None]) -> list[str]:
    """Run ``pull`` once ``count`` files have been written and verified; returns the files written."""
    written: list[str] = []
    real = copy_module.copy_file_verified

    def copy_then_maybe_pull(item: Any, target: Path, **kwargs: Any) -> None:
        real(item, target, **kwargs)
        written.append(item.rel)
        if len(written) == count:
            pull()

    monkeypatch.setattr(copy_module, "copy_file_verified", copy_then_maybe_pull)
    return written


def _files_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def test_a_mount_point_left_empty_gets_nothing_and_the_pack_is_not_complete(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "STICK"
    stick.mkdir()
    unplugged = tmp_path / "STICK-unplugged"

    def pull() -> None:  # the stick goes; the desktop leaves an empty folder at its mount point
        stick.rename(unplugged)
        stick.mkdir()

    _after_files(monkeypatch, 3, pull)
    with pytest.raises(PackInterrupted) as caught:
        pack_course(store, COURSE, stick)
    message = str(caught.value)
    assert message.startswith("Not complete: the stick was removed or changed"), message
    assert caught.value.reason == "removed"
    assert "On the stick and verified: 2 of" in message, "the file written as the stick went is not counted"
    assert _files_under(stick) == [], "nothing may land in the empty mount point (the computer's disk)"

    stick.rmdir()  # plug the stick back in: the next run resumes
    unplugged.rename(stick)
    package = next(stick.iterdir())
    assert not (package / MANIFEST_NAME).exists()
    resumed = pack_course(store, COURSE, stick)
    assert len(resumed.copy.skipped) == 2
    assert verify_package(resumed.package).ok


def test_another_device_at_the_same_path_stops_the_copy(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "STICK"
    stick.mkdir()
    real_stat = os.stat
    swapped = {"on": False}

    def fake_stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        info = real_stat(path, *args, **kwargs)
        if swapped["on"] and str(os.fspath(path)).startswith(str(stick)):
            fields = list(info)
            fields[2] = info.st_dev + 1  # st_dev: another device now answers at this path
            return os.stat_result(fields)
        return info

    monkeypatch.setattr(os, "stat", fake_stat)
    _after_files(monkeypatch, 2, lambda: swapped.update(on=True))
    with pytest.raises(PackInterrupted) as caught:
        pack_course(store, COURSE, stick)
    assert str(caught.value).startswith("Not complete: the stick was removed or changed")
    assert "another device" in str(caught.value)
    package = next(stick.iterdir())
    assert not (package / MANIFEST_NAME).exists()
    journal = read_journal(package)
    assert journal is not None and journal["complete"] is False
    assert len(journal["files"]) == 1, "the file written as the device changed is not recorded as verified"


def test_the_cli_exits_non_zero_and_says_not_complete(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stick = tmp_path / "STICK"
    stick.mkdir()

    def pull() -> None:
        stick.rename(tmp_path / "gone")
        stick.mkdir()

    _after_files(monkeypatch, 1, pull)
    with pytest.raises(SystemExit) as exited:
        main(["usb", "pack", COURSE, str(stick), "--no-app"])
    assert exited.value.code not in (0, None, 70)
    out, err = capsys.readouterr()
    error_lines = [line for line in err.splitlines() if not line.lstrip().endswith(("%", "html")) and "%  " not in line]
    assert len(error_lines) == 1, "one line, no traceback"
    assert error_lines[0].startswith("Error: Not complete: the stick was removed or changed"), err
    assert "Packed and verified" not in out
    assert _files_under(stick) == []


def test_folders_are_made_only_inside_an_existing_package_folder(tmp_path: Path) -> None:
    root = tmp_path / "package"
    root.mkdir()
    make_folders(root, "Slides/Day 1")
    assert (root / "Slides" / "Day 1").is_dir()
    with pytest.raises(FileNotFoundError):
        make_folders(tmp_path / "vanished", "Slides")
    assert not (tmp_path / "vanished").exists(), "the package folder is never recreated"


def test_target_identity_sees_a_replaced_folder(tmp_path: Path) -> None:
    folder = tmp_path / "STICK"
    folder.mkdir()
    identity = TargetIdentity.capture(folder)
    assert identity.problem() is None
    folder.rename(tmp_path / "away")
    assert identity.problem() is not None
    folder.mkdir()
    assert "another device" in (identity.problem() or "")


# ---- a real unmount, as root --------------------------------------------------------------------------
@pytest.fixture
def tmpfs_stick(tmp_path: Path) -> Iterator[Path]:
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a real unmount needs root and the `mount` command")
    mount_point = tmp_path / "stick"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount_point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount_point
    finally:
        if os.path.ismount(mount_point):
            subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_real_stick_unmounted_mid_copy(store: Store, tmpfs_stick: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    local_device = os.stat(tmpfs_stick.parent).st_dev
    assert os.stat(tmpfs_stick).st_dev != local_device

    def pull() -> None:
        subprocess.run(["umount", "-l", str(tmpfs_stick)], check=True)

    _after_files(monkeypatch, 3, pull)
    with pytest.raises(PackInterrupted) as caught:
        pack_course(store, COURSE, tmpfs_stick)
    assert str(caught.value).startswith("Not complete: the stick was removed or changed")
    assert not os.path.ismount(tmpfs_stick)
    assert _files_under(tmpfs_stick) == [], "no file landed on the computer's own disk"


@pytest.mark.parametrize("code", [13, 30])  # EACCES (a folder of another user's), EROFS (a locked stick)
def test_a_write_protected_stick_is_not_said_to_be_removed(tmp_path: Path, code: int) -> None:
    # the package folder cannot even be made: it does not exist, yet the stick is there and refuses writing
    root = tmp_path / "STICK" / "TrainerKit - kenya"
    (tmp_path / "STICK").mkdir()
    exc = OSError(code, os.strerror(code), str(root))
    interrupted = copy_module._interrupted(exc, root, [], {}, "trainerkit usb pack kenya STICK")
    assert interrupted.reason != "removed"
    message = str(interrupted)
    assert "removed" not in message and "Plug it back in" not in message, message
    assert "write-protected" in message, message
