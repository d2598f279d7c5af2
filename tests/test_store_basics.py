"""The store is created in the data dir, migrated by numbered migrations, and refuses newer schemas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from trainerkit.errors import StorageError
from trainerkit.store import open_store
from trainerkit.store.migrations import MIGRATIONS


def test_new_store_is_at_the_latest_schema(trainerkit_home: Path) -> None:
    store = open_store()
    assert store.path.parent == trainerkit_home
    assert store.schema_version == len(MIGRATIONS)
    store.close()


def test_settings_survive_reopening() -> None:
    store = open_store()
    store.set_setting("recent", ["Kenya 2027"])
    store.close()
    assert open_store().get_setting("recent") == ["Kenya 2027"]


def test_a_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(StorageError, match="newer TrainerKit"):
        open_store(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="cannot be opened"):
        open_store(path)
