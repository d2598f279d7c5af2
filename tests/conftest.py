"""Shared test set-up: a private data dir per test, Qt offscreen, and LibreOffice helpers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "poi"


@pytest.fixture(autouse=True)
def trainerkit_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own empty data dir, so no test touches a real user's data or another test's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("TRAINERKIT_HOME", str(home))
    yield home


@pytest.fixture
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"real-world deck corpus not found at {CORPUS}")
    return CORPUS
