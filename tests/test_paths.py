"""Data lives where the trainer expects: TRAINERKIT_HOME, portable mode beside the app, or the user dir."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainerkit import paths


def test_env_override(trainerkit_home: Path) -> None:
    assert paths.data_location().path == trainerkit_home
    assert paths.data_location().mode == "env"


def test_portable_mode_keeps_data_beside_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRAINERKIT_HOME")
    monkeypatch.setattr(paths, "package_root", lambda: tmp_path)
    monkeypatch.setattr(paths, "_app_dir", lambda: tmp_path)
    (tmp_path / "portable").write_text("")
    location = paths.data_location()
    assert location.mode == "portable"
    assert location.path == tmp_path / "TrainerKit-data"


def test_default_is_the_platform_user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRAINERKIT_HOME")
    monkeypatch.setattr(paths, "package_root", lambda: tmp_path)
    monkeypatch.setattr(paths, "_app_dir", lambda: tmp_path)
    location = paths.data_location()
    assert location.mode == "user"
    assert "TrainerKit" in str(location.path)


def test_resources_are_found() -> None:
    assert (paths.resources_dir() / "course" / "course.yaml").is_file()
