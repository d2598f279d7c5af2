"""A read-only data folder (a locked SD card, a read-only portable copy) still exports the packs that show
slide pictures: the pictures are drawn into the cache in the system's temporary folder, which Typst must be
allowed to read (it read only the data folder: 'ValueError: ... is not in the subpath of ...')."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from trainerkit.customise import new_course, select_sessions
from trainerkit.export.packs import export_course_materials
from trainerkit.store import open_store


def test_a_read_only_data_folder_exports_the_trainer_pack_and_slide_handouts(
    trainerkit_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TRAINERKIT_NO_LIBREOFFICE", "1")
    store = open_store()
    new_course(store, "Amman", "JO")
    select_sessions(store, "Amman", [1])
    store.close()
    real = os.access  # tests run as root, who may write anywhere: the folder says it is not writable

    def access(path: object, mode: int, **kw: object) -> bool:
        if mode & os.W_OK and str(path).startswith(str(trainerkit_home)):
            return False
        return real(path, mode, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))  # a cache of this test's own
    store = open_store()
    assert store.read_only
    report = export_course_materials(store, "Amman", tmp_path / "out", ("trainer-pack", "slide-handouts"))
    pdfs = sorted(p.name for p in report.files)
    assert pdfs == ["Slides S1 - Course introduction and overview - 3 per page.pdf", "Trainer pack - Amman.pdf"]
    assert all(len(PdfReader(str(p)).pages) > 1 for p in report.files)
