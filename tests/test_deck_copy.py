"""Copying slides from a trainer's own deck (any producer) into a course deck, and back."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.presentation import Presentation as Prs

from tests.conftest import CORPUS
from tests.decks import add_sections, libreoffice_converts, libreoffice_pptx, make_media_deck, make_rich_deck
from tests.libreoffice import needs_libreoffice
from trainerkit.deck.check import package_problems
from trainerkit.deck.copy import CopyReport, copy_slide, copy_slides
from trainerkit.deck.links import list_jumps
from trainerkit.deck.safety import open_presentation
from trainerkit.deck.slides import list_slides


@pytest.fixture(scope="module")
def rich(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_rich_deck(tmp_path_factory.mktemp("rich") / "rich.pptx")


def reopen(prs: Prs, path: Path) -> Prs:
    prs.save(str(path))
    assert package_problems(path) == []
    return Presentation(str(path))


def media_members(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as zf:
        return [n for n in zf.namelist() if n.startswith("ppt/media/")]


def test_a_copied_chart_slide_brings_an_editable_chart_and_its_notes(rich: Path, tmp_path: Path) -> None:
    src, dst = open_presentation(rich), Presentation()
    copy_slide(src, src.slides[3], dst)
    again = reopen(dst, tmp_path / "chart.pptx")
    chart = next(s for s in again.slides[0].shapes if s.has_chart).chart
    assert chart.chart_title.text_frame.text == "Migrants in {{country}}"
    assert list(chart.plots[0].categories) == ["2000", "2010", "2020"]
    assert chart.part.chart_workbook.xlsx_part is not None
    assert again.slides[0].notes_slide.notes_text_frame.text == "Source: UN DESA 2020."


def test_identical_pictures_are_stored_once(rich: Path, tmp_path: Path) -> None:
    src, dst = open_presentation(rich), Presentation()
    copy_slide(src, src.slides[2], dst)
    copy_slide(src, src.slides[2], dst)
    path = tmp_path / "pics.pptx"
    again = reopen(dst, path)
    assert len(again.slides) == 2
    assert len(media_members(path)) == 2


def test_jumps_follow_when_both_slides_are_copied_and_go_when_not(rich: Path, tmp_path: Path) -> None:
    src = open_presentation(rich)
    both, alone = Presentation(), Presentation()
    copy_slides(src, [src.slides[1], src.slides[5]], both)
    report = CopyReport()
    copy_slide(src, src.slides[5], alone, report=report)
    assert [(j.slide_index, j.target_index) for j in list_jumps(reopen(both, tmp_path / "both.pptx"))] == [(1, 0)]
    assert list_jumps(reopen(alone, tmp_path / "alone.pptx")) == []
    assert [link.text for link in report.removed_links] == ["Back to the rights"]


def test_external_links_and_tags_are_kept(rich: Path, tmp_path: Path) -> None:
    src, dst = open_presentation(rich), Presentation()
    copy_slide(src, src.slides[5], dst)
    copy_slide(src, src.slides[0], dst, index=0)
    again = reopen(dst, tmp_path / "links.pptx")
    assert list_slides(again)[0].key == "intro"
    assert any(r.is_external and "ohchr" in r.target_ref for r in again.slides[1].part.rels.values())


def test_map_uses_the_target_layout_of_the_same_name(rich: Path, tmp_path: Path) -> None:
    src, dst = open_presentation(rich), Presentation()
    copy_slide(src, src.slides[1], dst, layout="map")
    again = reopen(dst, tmp_path / "map.pptx")
    assert again.slides[0].slide_layout.name == "Title and Content"
    assert len(again.slide_masters) == 1


def test_bring_reuses_a_master_that_is_already_there(rich: Path, tmp_path: Path) -> None:
    src, dst = open_presentation(rich), Presentation()
    report = CopyReport()
    copy_slide(src, src.slides[1], dst, layout="bring", report=report)
    assert report.masters_brought == 0
    assert len(reopen(dst, tmp_path / "same.pptx").slide_masters) == 1


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real-world deck corpus not found at {CORPUS}")
def test_bring_brings_a_foreign_master_once(rich: Path, tmp_path: Path) -> None:
    src, dst = open_presentation(CORPUS / "layouts.pptx"), open_presentation(rich)
    report = copy_slides(src, list(src.slides), dst, layout="bring")
    assert report.masters_brought == 1
    again = reopen(dst, tmp_path / "bring.pptx")
    assert len(again.slide_masters) == 2
    assert len(again.slides) == 7 + len(src.slides)
    layout_names = {layout.name for layout in again.slide_masters[1].slide_layouts}
    assert {s.slide_layout.name for s in list(again.slides)[7:]} <= layout_names


def test_media_is_copied_with_its_poster(tmp_path: Path) -> None:
    src = open_presentation(make_media_deck(tmp_path / "media.pptx"))
    dst = Presentation()
    copy_slide(src, src.slides[0], dst)
    path = tmp_path / "out.pptx"
    reopen(dst, path)
    assert {Path(m).suffix for m in media_members(path)} == {".mp4", ".png"}


CORPUS_SOURCES = ["bar-chart.pptx", "EmbeddedAudio.pptx", "SmartArt.pptx", "keyframes.pptx", "60810.pptx"]


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real-world deck corpus not found at {CORPUS}")
@pytest.mark.parametrize("mode", ["map", "bring"])
@pytest.mark.parametrize("name", CORPUS_SOURCES)
def test_slides_from_real_world_decks_copy_into_ours(rich: Path, tmp_path: Path, name: str, mode: str) -> None:
    src = open_presentation(CORPUS / name, allow_macros_stripped=True)
    dst = open_presentation(rich)
    copy_slides(src, list(src.slides), dst, index=1, layout=mode)  # type: ignore[arg-type]
    again = reopen(dst, tmp_path / "out.pptx")
    copied = list_slides(again)[1 : 1 + len(src.slides)]
    assert [c.title for c in copied] == [i.title for i in list_slides(src)]
    assert [c.notes_text for c in copied] == [i.notes_text for i in list_slides(src)]


@pytest.mark.libreoffice
@needs_libreoffice
@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real-world deck corpus not found at {CORPUS}")
def test_libreoffice_opens_decks_after_copies_both_ways(rich: Path, tmp_path: Path) -> None:
    lo_src = open_presentation(libreoffice_pptx(rich))
    dst = open_presentation(CORPUS / "bar-chart.pptx")
    copy_slides(lo_src, list(lo_src.slides), dst, layout="bring")
    path = tmp_path / "into-powerpoint-deck.pptx"
    reopen(dst, path)
    assert libreoffice_converts(path, tmp_path / "pdf").stat().st_size > 0
    src = open_presentation(CORPUS / "SmartArt.pptx")
    ours = open_presentation(rich)
    copy_slides(src, list(src.slides), ours, layout="map")
    path2 = tmp_path / "into-ours.pptx"
    reopen(ours, path2)
    assert libreoffice_converts(path2, tmp_path / "pdf2").stat().st_size > 0


def test_slides_copied_into_a_deck_with_sections_join_the_section_they_land_in(rich: Path, tmp_path: Path) -> None:
    src, dst = open_presentation(rich), open_presentation(rich)
    add_sections(dst, {"Opening": [0, 1], "Rest": [2, 3, 4, 5, 6]})
    copy_slides(src, [src.slides[3], src.slides[4]], dst, index=1)
    again = reopen(dst, tmp_path / "sections.pptx")
    p14 = "{http://schemas.microsoft.com/office/powerpoint/2010/main}"
    sections = {
        s.get("name"): [e.get("id") for e in s.iter(p14 + "sldId")] for s in again.part._element.iter(p14 + "section")
    }
    order = [el.get("id") for el in again.slides._sldIdLst]
    assert sections["Opening"] == order[:4] and sections["Rest"] == order[4:]
