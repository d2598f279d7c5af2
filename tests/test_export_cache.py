"""Export once, pack many: the same course state is exported (or packed) again by copying the kept files."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainerkit.customise import new_course, select_sessions, set_profile
from trainerkit.export import typst_writer
from trainerkit.export.packs import export_course_materials
from trainerkit.package.layout import stage_package
from trainerkit.store import open_store


def test_an_unchanged_course_is_exported_and_packed_from_the_kept_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store()
    new_course(store, "Kept", "KE", venue="Kenyatta Centre", dates="3–5 March 2027")
    select_sessions(store, "Kept", [1])
    what = "handouts,participant-pack,trainer-pack,slide-handouts"
    first = export_course_materials(store, "Kept", tmp_path / "a", what)
    compiled: list[str] = []
    real = typst_writer.compile_pdf

    def counting(data: dict, **kwargs: object) -> bytes:
        compiled.append(str(data.get("title")))
        return real(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(typst_writer, "compile_pdf", counting)
    again = export_course_materials(store, "Kept", tmp_path / "b", what)
    assert compiled == [], "an unchanged course was laid out again"
    names = sorted(p.relative_to(tmp_path / "a").as_posix() for p in first.files)
    assert names == sorted(p.relative_to(tmp_path / "b").as_posix() for p in again.files)
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    assert again.warnings == first.warnings

    staged = stage_package(store, "Kept")  # usb pack's staging: the packs and handouts come from the kept export
    assert compiled == []
    assert any(f.rel.endswith("Trainer pack - Kept.pdf") for f in staged.files)

    set_profile(store, "Kept", {"organisation": "KNCHR"})
    export_course_materials(store, "Kept", tmp_path / "c", "participant-pack")
    assert compiled, "a changed profile must be exported again"
