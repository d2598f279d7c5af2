"""Slides drawn without LibreOffice (thumbnails, trainer pack, slide handouts) look like their slides."""

from __future__ import annotations

import pytest
from pptx import Presentation

from trainerkit.course.decks import deck_path
from trainerkit.deck.drawing import draw_slide

pytestmark = pytest.mark.skipif(not deck_path(2).is_file(), reason="bundled decks are not built yet")


def _chart_slide(kind: str):  # type: ignore[no-untyped-def]
    prs = Presentation(str(deck_path(2)))
    for slide in prs.slides:
        for shape in slide.shapes:
            if getattr(shape, "has_chart", False) and kind in str(shape.chart.chart_type):
                return prs, slide
    raise AssertionError(f"no {kind} chart in session 2")


@pytest.mark.parametrize("kind", ["PIE", "DOUGHNUT"])
def test_a_pie_is_drawn_as_slices_in_two_shades(kind: str) -> None:
    prs, slide = _chart_slide(kind)
    image = draw_slide(slide, int(prs.slide_width), int(prs.slide_height), 800)
    colours = {colour for _count, colour in image.getcolors(maxcolors=1 << 20) or []}
    assert (27, 58, 107) in colours and (127, 156, 199) in colours


def test_every_bundled_slide_can_be_drawn() -> None:
    for session in range(1, 8):
        prs = Presentation(str(deck_path(session)))
        for slide in prs.slides:
            image = draw_slide(slide, int(prs.slide_width), int(prs.slide_height), 320)
            assert image.size == (320, 180)
