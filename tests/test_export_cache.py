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


def test_a_kept_file_cut_short_is_made_again_never_copied(tmp_path: Path) -> None:
    # a kept export whose file was cut short (a crash or power cut after the rename, a full disk, a cleaner
    # that emptied it) must not be handed out as the export: the part is made again
    from trainerkit.export import export_cache
    from trainerkit.export.reports import PackReport

    store = open_store()
    new_course(store, "Cut", "KE")
    made: list[Path] = []

    def make(out: Path) -> PackReport:
        target = out / "sub" / "Sheet.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"%PDF-1.7 " + b"x" * 4000)
        made.append(out)
        return PackReport(files=[target])

    export_cache.cached_export(store, "Cut", "sheet", tmp_path / "a", make)
    kept = [p for p in export_cache.cache_dir("exports").rglob("Sheet.pdf")]
    assert len(kept) == 1 and len(made) == 1
    export_cache.cached_export(store, "Cut", "sheet", tmp_path / "b", make)
    assert len(made) == 1, "an unchanged part is copied from the kept export"
    with kept[0].open("r+b") as cut:
        cut.truncate(100)
    again = export_cache.cached_export(store, "Cut", "sheet", tmp_path / "c", make)
    assert len(made) == 2, "a kept file cut short was copied as the export"
    assert again.files[0].stat().st_size == 4009
