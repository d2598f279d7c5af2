"""Filling {{tokens}} from a country profile: what the trainer sees on the slide afterwards."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Pt

from tests.decks import make_rich_deck
from trainerkit.deck.check import package_problems
from trainerkit.deck.safety import open_presentation
from trainerkit.deck.tokens import SLIDE_BLANK, fill_tokens, replace_tokens, tokens_in

VALUES = {"country": "Kenya", "trainer": "Amina", "year": "2024", "region": "East Africa"}


@pytest.fixture(scope="module")
def rich(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_rich_deck(tmp_path_factory.mktemp("rich") / "rich.pptx")


def test_every_token_is_filled_in_text_tables_groups_charts_and_notes(rich: Path, tmp_path: Path) -> None:
    prs = open_presentation(rich)
    assert replace_tokens(prs, VALUES) == []
    path = tmp_path / "filled.pptx"
    prs.save(str(path))
    assert package_problems(path) == []
    again = Presentation(str(path))
    assert again.slides[0].shapes.title.text == "Welcome to Kenya"
    assert again.slides[0].notes_slide.notes_text_frame.text == "Greet the group in Kenya."
    assert again.slides[1].placeholders[1].text_frame.text == "Ratified by Kenya in 2024"
    chart = next(s for s in again.slides[3].shapes if s.has_chart).chart
    assert chart.chart_title.text_frame.text == "Migrants in Kenya"
    table = next(s for s in again.slides[4].shapes if s.has_table).table
    assert table.cell(0, 1).text == "Kenya"
    group = next(s for s in again.slides[5].shapes if s.shape_type == 6)
    assert group.shapes[0].text_frame.text == "Region: East Africa"
    assert all(tokens_in(slide) == [] for slide in again.slides)


def test_a_token_split_across_runs_keeps_the_formatting_where_it_starts(rich: Path) -> None:
    prs = open_presentation(rich)
    replace_tokens(prs.slides[1], VALUES)
    runs = prs.slides[1].placeholders[1].text_frame.paragraphs[0].runs
    assert [(r.text, r.font.bold) for r in runs] == [("Ratified by Kenya", True), (" in ", False), ("2024", False)]


def test_tokens_without_a_value_become_a_blank_line_and_are_reported(rich: Path) -> None:
    # issue #14: this test used to assert "Trainer: {{trainer}}" stayed raw, the bug the issue names
    prs = open_presentation(rich)
    missing = replace_tokens(prs, {"country": "Kenya", "year": "  "})
    assert missing == ["trainer", "year", "region"]
    assert prs.slides[0].placeholders[1].text_frame.text == f"Trainer: {SLIDE_BLANK}"
    assert prs.slides[1].placeholders[1].text_frame.text == f"Ratified by Kenya in {SLIDE_BLANK}"


def test_an_empty_profile_leaves_no_raw_token_in_text_tables_groups_charts_or_notes(rich: Path, tmp_path: Path) -> None:
    prs = open_presentation(rich)
    assert replace_tokens(prs, {"country": "", "trainer": " \t"}) == ["country", "trainer", "year", "region"]
    path = tmp_path / "blank.pptx"
    prs.save(str(path))
    assert package_problems(path) == []
    again = Presentation(str(path))
    assert again.slides[0].shapes.title.text == f"Welcome to {SLIDE_BLANK}"
    assert again.slides[0].notes_slide.notes_text_frame.text == f"Greet the group in {SLIDE_BLANK}."
    chart = next(s for s in again.slides[3].shapes if s.has_chart).chart
    assert chart.chart_title.text_frame.text == f"Migrants in {SLIDE_BLANK}"
    table = next(s for s in again.slides[4].shapes if s.has_table).table
    assert table.cell(0, 1).text == SLIDE_BLANK
    group = next(s for s in again.slides[5].shapes if s.shape_type == 6)
    assert group.shapes[0].text_frame.text == f"Region: {SLIDE_BLANK}"
    assert all(tokens_in(slide) == [] for slide in again.slides)
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.endswith(".xml"):
                assert b"{{" not in package.read(name), name


def test_the_blank_line_keeps_the_formatting_of_the_run_the_token_starts_in(rich: Path) -> None:
    prs = open_presentation(rich)
    replace_tokens(prs.slides[1], {"country": "Kenya"})
    runs = prs.slides[1].placeholders[1].text_frame.paragraphs[0].runs
    assert [(r.text, r.font.bold) for r in runs] == [("Ratified by Kenya", True), (" in ", False), (SLIDE_BLANK, False)]


def test_previews_follow_the_same_rule() -> None:
    assert (
        fill_tokens("At {{venue}} on {{ dates }}", {"venue": "Nairobi", "dates": " "}) == f"At Nairobi on {SLIDE_BLANK}"
    )


def test_text_that_only_looks_like_a_token_is_untouched() -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(0, 0, Pt(300), Pt(50))
    box.text_frame.text = "Use {braces} and {{ not a token and {{country}}{{country}}"
    replace_tokens(slide, {"country": "Chile"})
    assert box.text_frame.text == "Use {braces} and {{ not a token and ChileChile"


def test_a_token_spread_over_three_runs_becomes_one_run() -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    paragraph = slide.shapes.add_textbox(0, 0, Pt(300), Pt(50)).text_frame.paragraphs[0]
    for text, size in (("In {", 20), ("{coun", 30), ("try}} now", 40)):
        run = paragraph.add_run()
        run.text, run.font.size = text, Pt(size)
    replace_tokens(slide, {"country": "Peru"})
    assert [(r.text, r.font.size.pt) for r in paragraph.runs] == [("In Peru", 20), (" now", 40)]
