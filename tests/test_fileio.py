"""Files are written whole or not at all, readable like any other file, with plain messages on failure."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from trainerkit.errors import StorageError
from trainerkit.fileio import atomic_write, write_text_atomic


def test_written_files_have_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "deck.pptx"
    write_text_atomic(target, "content")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


def test_an_error_while_writing_keeps_the_previous_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "deck.pptx"
    write_text_atomic(target, "old")
    with pytest.raises(RuntimeError), atomic_write(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("crash")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"]


def test_a_full_disk_becomes_a_plain_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(StorageError, match="no space left on the drive"):
        write_text_atomic(tmp_path / "deck.pptx", "new")
    assert list(tmp_path.iterdir()) == []


def test_temporaries_left_by_a_killed_process_are_cleaned_up_on_the_next_write(tmp_path: Path) -> None:
    import time

    target = tmp_path / "Session 02 [v2].pptx"
    stale = tmp_path / ".Session 02 [v2].pptx.abc123.tmp"
    fresh = tmp_path / ".Session 02 [v2].pptx.def456.tmp"
    stale.write_text("half")
    fresh.write_text("another export, still writing")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    write_text_atomic(target, "complete")
    assert not stale.exists()
    assert fresh.exists()
    assert target.read_text() == "complete"

