"""Listing, hiding, deleting, moving and duplicating slides, checked the way a trainer would notice."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.presentation import Presentation as Prs

from tests.conftest import CORPUS
from tests.decks import add_sections, libreoffice_converts, libreoffice_pptx, make_rich_deck
from tests.libreoffice import needs_libreoffice
from trainerkit.deck.check import package_problems
from trainerkit.deck.links import add_slide_jump, list_jumps
from trainerkit.deck.safety import open_presentation
from trainerkit.deck.slides import delete_slide, duplicate_slide, list_slides, move_slide, set_hidden
from trainerkit.deck.tags import get_slide_key


@pytest.fixture(scope="module")
def rich(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_rich_deck(tmp_path_factory.mktemp("rich") / "rich.pptx")


def reopen(prs: Prs, path: Path) -> Prs:
    """Save, check the package is sound, and reopen as a trainer's PowerPoint would."""
    prs.save(str(path))
    assert package_problems(path) == []
    return Presentation(str(path))


def titles(prs: Prs) -> list[str]:
    return [info.title for info in list_slides(prs)]


def members(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as zf:
        return zf.namelist()


def custom_show_sizes(prs: Prs) -> dict[str, int]:
    root = prs.part._element
    ns = {"p": "http://schemas.openxmlformats.org/presentationml/2006/main"}
    return {s.get("name"): len(s.findall(".//p:sld", ns)) for s in root.findall(".//p:custShow", ns)}


# ---- listing ----------------------------------------------------------------------------------------------
def test_the_sorter_lists_titles_layouts_notes_and_hidden_slides(rich: Path) -> None:
    infos = list_slides(open_presentation(rich))
    assert [i.index for i in infos] == list(range(7))
    assert infos[0].title == "Welcome to {{country}}" and infos[0].layout_name == "Title Slide"
    assert infos[0].notes_text == "Greet the group in {{country}}."
    assert [i.hidden for i in infos] == [False] * 6 + [True]


def test_tokens_are_found_even_when_split_across_runs(rich: Path) -> None:
    infos = list_slides(open_presentation(rich))
    assert infos[0].tokens == ("country", "trainer")
    assert infos[1].tokens == ("country", "year")
    assert infos[3].tokens == ("country",)  # chart title
    assert infos[4].tokens == ("country",)  # table cell
    assert infos[5].tokens == ("region",)  # inside a group


def test_a_tagged_slide_is_known_by_its_tag_and_others_by_content(rich: Path) -> None:
    infos = list_slides(open_presentation(rich))
    assert infos[0].key == "intro"
    assert all(i.key.startswith("x-") for i in infos[1:])
    assert len({i.key for i in infos}) == 7


def test_keys_survive_reordering(rich: Path, tmp_path: Path) -> None:
    prs = open_presentation(rich)
    before = {i.title + str(i.index): i.key for i in list_slides(prs)}
    by_key = {i.key: i.title for i in list_slides(prs)}
    move_slide(prs, prs.slides[0], 6)
    move_slide(prs, prs.slides[2], 0)
    after = {i.key: i.title for i in list_slides(reopen(prs, tmp_path / "moved.pptx"))}
    assert after == by_key and len(before) == 7


def test_identical_slides_get_distinct_keys(tmp_path: Path) -> None:
    prs = Presentation()
    for _ in range(3):
        prs.slides.add_slide(prs.slide_layouts[6])
    keys = [i.key for i in list_slides(prs)]
    assert len(set(keys)) == 3


# ---- hide --------------------------------------------------------------------------------------------------
def test_a_hidden_slide_stays_in_the_file_but_is_marked_hidden(rich: Path, tmp_path: Path) -> None:
    prs = open_presentation(rich)
    set_hidden(prs, prs.slides[1], True)
    set_hidden(prs, prs.slides[6], False)
    again = reopen(prs, tmp_path / "hidden.pptx")
    assert len(again.slides) == 7
    assert [i.hidden for i in list_slides(again)] == [False, True, False, False, False, False, False]
    assert again.slides[1]._element.get("show") == "0"


# ---- delete ------------------------------------------------------------------------------------------------
def test_deleting_the_chart_slide_takes_its_chart_workbook_and_notes(rich: Path, tmp_path: Path) -> None:
    prs = open_presentation(rich)
    report = delete_slide(prs, prs.slides[3])
    assert any("/charts/" in p for p in report.removed_parts)
    assert any("/embeddings/" in p for p in report.removed_parts)
    assert any("/notesSlides/" in p for p in report.removed_parts)
    assert report.custom_shows_changed == ["Short"]
    path = tmp_path / "nochart.pptx"
    again = reopen(prs, path)
    assert "Migrants in {{country}}" not in str([i.tokens for i in list_slides(again)])
    assert len(again.slides) == 6
    assert not any("chart" in m or "embeddings" in m for m in members(path))
    assert custom_show_sizes(again) == {"Short": 1}


def test_deleting_a_jump_target_removes_and_reports_the_link(rich: Path, tmp_path: Path) -> None:
    prs = open_presentation(rich)
    assert [(j.slide_index, j.target_index) for j in list_jumps(prs)] == [(5, 1)]
    report = delete_slide(prs, prs.slides[1])
    # numbered as the deck is now
    assert [(link.where, link.text) for link in report.removed_links] == [("slide 5", "Back to the rights")]
    again = reopen(prs, tmp_path / "nojump.pptx")
    assert list_jumps(again) == []
    assert titles(again)[0] == "Welcome to {{country}}" and len(again.slides) == 6


def test_deleting_the_picture_slide_removes_pictures_nothing_else_uses(rich: Path, tmp_path: Path) -> None:
    prs = open_presentation(rich)
    report = delete_slide(prs, prs.slides[2])
    assert sum("/media/" in p for p in report.removed_parts) == 2
    path = tmp_path / "nopics.pptx"
    reopen(prs, path)
    assert not any(m.startswith("ppt/media/") for m in members(path))


def test_deleting_a_tagged_slide_removes_its_tags_part(rich: Path, tmp_path: Path) -> None:
    prs = open_presentation(rich)
    report = delete_slide(prs, prs.slides[0])
    assert any("/tags/" in p for p in report.removed_parts)
    path = tmp_path / "notags.pptx"
    reopen(prs, path)
    assert not any("tags/" in m for m in members(path))


def test_deleting_every_slide_leaves_an_empty_but_sound_deck(rich: Path, tmp_path: Path) -> None:
    prs = open_presentation(rich)
    while len(prs.slides):
        delete_slide(prs, prs.slides[0])
    assert len(reopen(prs, tmp_path / "empty.pptx").slides) == 0


def test_sections_follow_deletes_moves_and_duplicates(rich: Path, tmp_path: Path) -> None:
    prs = open_presentation(rich)
    add_sections(prs, {"Opening": [0, 1], "Facts": [2, 3, 4], "End": [5, 6]})
    ids = [el.get("id") for el in prs.slides._sldIdLst]
    report = delete_slide(prs, prs.slides[2])
    assert report.sections_changed == ["Facts"]
    move_slide(prs, prs.slides[0], 5)  # lands after slide 6 of the original, in "End"
    duplicate_slide(prs, prs.slides[0])
    again = reopen(prs, tmp_path / "sections.pptx")
    p14 = "{http://schemas.microsoft.com/office/powerpoint/2010/main}"
    sections = {
        s.get("name"): [e.get("id") for e in s.iter(p14 + "sldId")] for s in again.part._element.iter(p14 + "section")
    }
    order = [el.get("id") for el in again.slides._sldIdLst]
    assert [i for ids_ in sections.values() for i in ids_] == order
    assert ids[0] in sections["End"] and ids[2] not in order


# ---- move --------------------------------------------------------------------------------------------------
def test_moving_a_slide_keeps_jumps_pointing_at_the_same_slide(rich: Path, tmp_path: Path) -> None:
    prs = open_presentation(rich)
    move_slide(prs, prs.slides[1], 6)
    move_slide(prs, prs.slides[0], 3)
    again = reopen(prs, tmp_path / "moved.pptx")
    jumps = list_jumps(again)
    assert len(jumps) == 1
    assert again.slides[jumps[0].target_index].shapes.title.text == "Rights of migrants"
    assert titles(again)[3] == "Welcome to {{country}}"


# ---- duplicate ---------------------------------------------------------------------------------------------
def test_a_duplicated_chart_slide_has_its_own_chart_and_workbook(rich: Path, tmp_path: Path) -> None:
    prs = open_presentation(rich)
    copy = duplicate_slide(prs, prs.slides[3])
    chart = next(s for s in copy.shapes if s.has_chart).chart
    chart.chart_title.text_frame.text = "Changed in the copy"
    path = tmp_path / "dup.pptx"
    again = reopen(prs, path)
    assert len(again.slides) == 8
    original = next(s for s in again.slides[3].shapes if s.has_chart).chart
    duplicate = next(s for s in again.slides[4].shapes if s.has_chart).chart
    assert original.chart_title.text_frame.text == "Migrants in {{country}}"
    assert duplicate.chart_title.text_frame.text == "Changed in the copy"
    assert duplicate.part is not original.part
    assert duplicate.part.chart_workbook.xlsx_part is not original.part.chart_workbook.xlsx_part
    assert again.slides[4].notes_slide.notes_text_frame.text == "Source: UN DESA 2020."
    assert sum("embeddings/" in m for m in members(path)) == 2


def test_a_duplicated_slide_keeps_pictures_links_and_tags(rich: Path, tmp_path: Path) -> None:
    prs = open_presentation(rich)
    duplicate_slide(prs, prs.slides[0], new_key="intro-copy")
    duplicate_slide(prs, prs.slides[3])  # the picture slide (now at index 3)
    duplicate_slide(prs, prs.slides[7])  # the group / link slide
    path = tmp_path / "dup2.pptx"
    again = reopen(prs, path)
    assert [get_slide_key(s) for s in list(again.slides)[:2]] == ["intro", "intro-copy"]
    assert len([s for s in again.slides[4].shapes if s.shape_type == 13]) == 3
    assert sum(m.startswith("ppt/media/") for m in members(path)) == 2  # pictures shared, not copied
    jumps = {(j.slide_index, j.target_index) for j in list_jumps(again)}
    assert jumps == {(7, 2), (8, 2)}
    rels = again.slides[8].part.rels.values()
    assert any(r.is_external and r.target_ref == "https://www.ohchr.org/" for r in rels)


def test_a_jump_to_its_own_slide_points_at_the_copy(rich: Path, tmp_path: Path) -> None:
    prs = open_presentation(rich)
    slide = prs.slides[4]
    add_slide_jump(slide.shapes[0], slide)
    duplicate_slide(prs, slide)
    again = reopen(prs, tmp_path / "self.pptx")
    assert {(j.slide_index, j.target_index) for j in list_jumps(again)} >= {(4, 4), (5, 5)}


# ---- other producers -----------------------------------------------------------------------------------------
CORPUS_PICKS = ["bar-chart.pptx", "SmartArt.pptx", "EmbeddedAudio.pptx", "60810.pptx", "keyframes.pptx"]


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real-world deck corpus not found at {CORPUS}")
@pytest.mark.parametrize("name", CORPUS_PICKS)
def test_real_world_decks_survive_duplicate_move_and_delete(name: str, tmp_path: Path) -> None:
    prs = open_presentation(CORPUS / name, allow_macros_stripped=True)
    n = len(prs.slides)
    first_texts = list_slides(prs)[0]
    copy = duplicate_slide(prs, prs.slides[0])
    move_slide(prs, copy, n)
    delete_slide(prs, prs.slides[0])
    again = reopen(prs, tmp_path / name)
    assert len(again.slides) == n
    last = list_slides(again)[-1]
    assert (last.title, last.layout_name, last.notes_text) == (
        first_texts.title,
        first_texts.layout_name,
        first_texts.notes_text,
    )


@pytest.mark.libreoffice
@needs_libreoffice
def test_a_libreoffice_deck_survives_delete_and_duplicate(rich: Path, tmp_path: Path) -> None:
    lo = libreoffice_pptx(rich)
    prs = open_presentation(lo)
    n = len(prs.slides)
    chart_slide = next(s for s in prs.slides if any(sh.has_chart for sh in s.shapes))
    duplicate_slide(prs, chart_slide)
    delete_slide(prs, prs.slides[0])
    path = tmp_path / "lo-edited.pptx"
    again = reopen(prs, path)
    assert len(again.slides) == n
    assert libreoffice_converts(path, tmp_path / "pdf").stat().st_size > 0


@pytest.mark.libreoffice
@needs_libreoffice
def test_libreoffice_opens_a_deck_after_deletes(rich: Path, tmp_path: Path) -> None:
    prs = open_presentation(rich)
    delete_slide(prs, prs.slides[3])
    delete_slide(prs, prs.slides[1])
    path = tmp_path / "deleted.pptx"
    reopen(prs, path)
    assert libreoffice_converts(path, tmp_path / "pdf").stat().st_size > 0
