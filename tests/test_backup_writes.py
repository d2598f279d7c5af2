"""Backups and restores are written through ``fileio.atomic_write`` (temporary name, fsync, rename): no
half-written backup is ever listed, and a failing disk never stops the store from opening."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from trainerkit.store import open_store
from trainerkit.store.backup import backup_if_due, backups_dir, list_backups, make_backup, restore_backup
from trainerkit.store.courses import course_names, create_course


def test_a_backup_is_complete_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    store = open_store(tmp_path / "trainerkit.sqlite3")
    create_course(store, "Kept", "ohchr-migration", "1")
    made = make_backup(store.conn, store.path, "test")
    assert [p.name for p in backups_dir(store.path).iterdir()] == [made.name]
    assert list_backups(store.path)[0].path == made


def test_a_backup_that_cannot_be_written_does_not_stop_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path / "trainerkit.sqlite3")

    def full(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    assert backup_if_due(store.conn, store.path) is None
    assert list(backups_dir(store.path).iterdir()) == []  # the temporary copy was removed


def test_restore_puts_the_backup_in_place_atomically(tmp_path: Path) -> None:
    path = tmp_path / "trainerkit.sqlite3"
    store = open_store(path)
    create_course(store, "Before", "ohchr-migration", "1")
    make_backup(store.conn, path, "test")
    create_course(store, "After", "ohchr-migration", "1")
    store.close()
    _used, moved = restore_backup(path)
    assert moved is not None and moved.is_file()
    assert course_names(open_store(path)) == ["Before"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
