"""What a participant sees: readable colours, large type, text that fits its box, a 16:9 master with named
layouts, and decks that LibreOffice shows with exactly the visible slides."""

from __future__ import annotations

import itertools
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER

from trainerkit.build import decks as build
from trainerkit.build.contact_sheet import convert_to_pdf, soffice_path
from trainerkit.deck import theme
from trainerkit.deck.render import ADAPT_SHAPE, BACK_SHAPE, SOURCE_SHAPE
from trainerkit.deck.textfit import fonts_available, presentation_overflows, text_width_pt, wrap

DECKS = sorted(build.slides_dir().glob("session-[0-9][0-9].pptx"))
IDS = [d.stem for d in DECKS]
needs_fonts = pytest.mark.skipif(not fonts_available(), reason="Carlito (fonts-crosextra-carlito) is not installed")


@pytest.mark.parametrize(("fg", "bg", "use"), theme.TEXT_PAIRS, ids=[p[2] for p in theme.TEXT_PAIRS])
def test_every_text_colour_pair_meets_wcag_aa(fg: str, bg: str, use: str) -> None:
    assert theme.contrast_ratio(fg, bg) >= 4.5, f"{use}: {fg} on {bg}"


def test_contrast_ratio_matches_known_values() -> None:
    assert theme.contrast_ratio("000000", "FFFFFF") == pytest.approx(21.0)
    assert theme.contrast_ratio("777777", "FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_chart_series_differ_in_lightness_for_greyscale_print() -> None:
    lum = sorted(theme.relative_luminance(c) for c in theme.CHART_SERIES)
    assert all(b - a > 0.05 for a, b in itertools.pairwise(lum))


def test_template_is_16_9_with_our_named_layouts_and_calibri_theme() -> None:
    path = build.slides_dir() / "template.pptx"
    prs = Presentation(str(path))
    assert (prs.slide_width, prs.slide_height) == (theme.SLIDE_WIDTH, theme.SLIDE_HEIGHT)
    names = [layout.name for layout in prs.slide_layouts]
    for wanted in (
        "Title",
        "Section",
        "Bullets",
        "Two Columns",
        "Chart",
        "Table",
        "Quote",
        "Picture with Caption",
        "Activity Card",
    ):
        assert wanted in names
    with zipfile.ZipFile(path) as z:
        theme_xml = z.read("ppt/theme/theme1.xml").decode("utf-8")
    assert '<a:latin typeface="Calibri"/>' in theme_xml
    assert f'<a:dk2><a:srgbClr val="{theme.BLUE}"/>' in theme_xml
    assert f'<a:accent2><a:srgbClr val="{theme.WARM}"/>' in theme_xml


def _runs(shape: Any) -> list[Any]:
    if not shape.has_text_frame:
        return []
    return [r for p in shape.text_frame.paragraphs for r in p.runs if r.text.strip()]


def _walk(shapes: Any) -> Any:
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _walk(shape.shapes)
        else:
            yield shape


@pytest.mark.parametrize("deck", DECKS, ids=IDS)
def test_type_is_large_enough_to_read_from_the_back_of_the_room(deck: Path) -> None:
    prs = Presentation(str(deck))
    for number, slide in enumerate(prs.slides, start=1):
        for shape in _walk(slide.shapes):
            kind = shape.placeholder_format.type if shape.is_placeholder else None
            sizes = [r.font.size.pt for r in _runs(shape) if r.font.size is not None]
            assert len(sizes) == len(_runs(shape)), f"slide {number} '{shape.name}': a run has no explicit size"
            if kind in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE):
                assert all(32 <= s <= 40 for s in sizes), f"slide {number}: title {sizes}"
            elif shape.name == SOURCE_SHAPE:
                assert all(12 <= s <= 14 for s in sizes), f"slide {number}: source line {sizes}"
            elif kind in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER) or shape.name in (
                ADAPT_SHAPE,
                BACK_SHAPE,
            ):
                assert all(12 <= s <= 14 for s in sizes), f"slide {number}: '{shape.name}' {sizes}"
            else:
                assert all(s >= 20 for s in sizes), f"slide {number} '{shape.name}': body text {sizes} pt"
            if shape.has_table:
                for row in shape.table.rows:
                    for cell in row.cells:
                        for p in cell.text_frame.paragraphs:
                            assert all(r.font.size.pt >= 20 for r in p.runs), f"slide {number}: table text"


@pytest.mark.parametrize("deck", DECKS, ids=IDS)
def test_every_slide_has_footer_with_session_course_and_number(deck: Path) -> None:
    session = int(deck.stem.split("-")[1])
    prs = Presentation(str(deck))
    for number, slide in enumerate(prs.slides, start=1):
        kinds = {ph.placeholder_format.type: ph for ph in slide.placeholders}
        assert kinds[PP_PLACEHOLDER.FOOTER].text_frame.text == f"Session {session} · {theme.COURSE_SHORT_TITLE}"
        assert kinds[PP_PLACEHOLDER.SLIDE_NUMBER].text_frame.text == str(number)


@pytest.mark.parametrize("deck", DECKS, ids=IDS)
def test_charts_and_diagrams_have_alt_text(deck: Path) -> None:
    prs = Presentation(str(deck))
    for number, slide in enumerate(prs.slides, start=1):
        for shape in slide.shapes:
            if shape.has_chart or shape.shape_type == MSO_SHAPE_TYPE.GROUP:
                cnvpr = shape._element.xpath("./*[1]/p:cNvPr")[0]
                assert (cnvpr.get("descr") or "").strip(), f"slide {number} '{shape.name}' has no alt text"


@needs_fonts
def test_wrap_measures_with_real_font_metrics() -> None:
    assert text_width_pt("iiii", 20) < text_width_pt("MMMM", 20)
    assert text_width_pt("Calibri", 40) == pytest.approx(2 * text_width_pt("Calibri", 20))
    line = "Every migrant is a rights-holder, whatever their status"
    assert len(wrap(line, text_width_pt(line, 24) + 1, 24)) == 1
    assert len(wrap(line, text_width_pt(line, 24) / 2 + 5, 24)) == 3 or len(wrap(line, 200, 24)) >= 2


@needs_fonts
def test_overflow_is_detected(tmp_path: Path) -> None:
    from trainerkit.deck.render import RenderContext, add_slide

    prs = theme.new_presentation()
    spec = {
        "key": "s1-long",
        "layout": "bullets",
        "title": "Too much",
        "notes": "n",
        "bullets": ["A long bullet that says far too much for a single slide, " * 3] * 6,
    }
    add_slide(prs, spec, RenderContext(session=1))
    found = presentation_overflows(prs)
    assert found and found[0].shape == "Bullets" and "s1-long" in str(found[0])


@needs_fonts
@pytest.mark.parametrize("deck", DECKS, ids=IDS)
def test_no_text_overflows_its_box(deck: Path) -> None:
    problems = [str(o) for o in presentation_overflows(Presentation(str(deck)))]
    assert not problems, "text does not fit; shorten it in the source:\n" + "\n".join(problems)


def _pdf_pages(pdf: Path) -> int:
    pypdf = pytest.importorskip("pypdf")
    return len(pypdf.PdfReader(str(pdf)).pages)


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.skipif(soffice_path() is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("deck", DECKS, ids=IDS)
def test_libreoffice_shows_exactly_the_visible_slides(deck: Path, tmp_path: Path) -> None:
    pdf = convert_to_pdf(deck, tmp_path, timeout=180)
    assert pdf.is_file() and pdf.stat().st_size > 1000
    slides = list(Presentation(str(deck)).slides)
    visible = sum(1 for s in slides if s._element.get("show") != "0")
    assert _pdf_pages(pdf) == visible
    with_hidden = convert_to_pdf(deck, tmp_path / "all", hidden=True, timeout=180)
    assert _pdf_pages(with_hidden) == len(slides)


def test_slide_source_contract_mentions_every_layout_we_render() -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "slide-source-format.md").read_text(encoding="utf-8")
    from trainerkit.build.slides_schema import LAYOUTS

    for layout in LAYOUTS:
        assert re.search(rf"`{re.escape(layout)}`", doc), layout
