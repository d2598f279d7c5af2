"""The accessibility check: each fault in a deck made for it is found, on its slide and shape, with a fix;
a clean slide has none; the bundled decks have no errors; handout PDFs are checked for /Lang and tags."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches, Pt

from tests.decks import png_bytes
from trainerkit.cli import cli
from trainerkit.course.decks import deck_path
from trainerkit.customise import new_course
from trainerkit.deck.accessibility import A11yFinding, check_pdf, check_presentation
from trainerkit.export.accessibility import course_accessibility
from trainerkit.store import open_store

TITLE_ONLY = 5  # python-pptx's default template: "Title Only"


def _slide(prs, title: str):  # type: ignore[no-untyped-def]
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    slide.shapes.title.text = title
    return slide


def _text_box(slide, text: str, top: float, size: int = 24, colour: str = "000000", name: str = ""):  # type: ignore[no-untyped-def]
    box = slide.shapes.add_textbox(Inches(1), Inches(top), Inches(8), Inches(0.8))
    run = box.text_frame.paragraphs[0].add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.color.rgb = RGBColor.from_string(colour)
    if name:
        box.name = name
    return box


def fault_deck() -> Presentation:
    """Slide 1 clean; then one fault a slide: missing alt text, duplicate title, low contrast, 12 pt body
    text, a table without header row, reversed reading order; and a chart without alt text."""
    prs = Presentation()
    clean = _slide(prs, "A clean slide")
    _text_box(clean, "Readable body text", 2.0)
    pic = clean.shapes.add_picture(io.BytesIO(png_bytes((20, 60, 120))), Inches(1), Inches(3), Inches(2))
    pic._element.nvPicPr.cNvPr.set("descr", "A blue square, the course's colour")

    missing = _slide(prs, "A picture without alt text")
    pic = missing.shapes.add_picture(io.BytesIO(png_bytes((200, 60, 20))), Inches(1), Inches(2), Inches(2))
    pic.name = "Map of routes"
    pic._element.nvPicPr.cNvPr.set("descr", "")

    _slide(prs, "A clean slide")  # duplicate title

    low = _slide(prs, "Low contrast")
    _text_box(low, "Pale grey on white", 2.0, size=24, colour="BBBBBB", name="Pale text")

    small = _slide(prs, "Small print")
    _text_box(small, "Twelve point body text", 2.0, size=12, name="Fine print")

    table_slide = _slide(prs, "A table without header")
    frame = table_slide.shapes.add_table(3, 2, Inches(1), Inches(2), Inches(6), Inches(2))
    frame.name = "Figures"
    frame.table.first_row = False
    for r in range(3):
        for c in range(2):
            frame.table.cell(r, c).text = f"r{r}c{c}"

    order = _slide(prs, "Reading order reversed")
    _text_box(order, "Third", 5.0, name="Bottom")
    _text_box(order, "Second", 3.5, name="Middle")
    _text_box(order, "First", 2.0, name="Top")

    chart_slide = _slide(prs, "A chart without alt text")
    data = CategoryChartData()
    data.categories = ["A", "B"]
    data.add_series("S", (1, 2))
    chart = chart_slide.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(2), Inches(6), Inches(4), data
    )
    chart.name = "Arrivals chart"
    return prs


def _codes(findings: list[A11yFinding], slide: int) -> set[str]:
    return {f.code for f in findings if f.slide_index == slide and f.level == "error"}


def test_each_fault_is_found_on_its_slide_and_shape_with_a_fix() -> None:
    findings = check_presentation(fault_deck())
    assert _codes(findings, 0) == set(), [f for f in findings if f.slide_index == 0]
    assert _codes(findings, 1) == {"alt-text"}
    assert _codes(findings, 2) == {"duplicate-title"}
    assert _codes(findings, 3) == {"contrast"}
    assert _codes(findings, 4) == {"text-size"}
    assert _codes(findings, 5) == {"table-header"}
    assert _codes(findings, 6) == {"reading-order"}
    assert _codes(findings, 7) == {"alt-text"}
    by_code = {f.code: f for f in findings}
    assert by_code["contrast"].shape == "Pale text" and "1.9:1" in by_code["contrast"].message
    assert by_code["text-size"].shape == "Fine print" and "12 pt" in by_code["text-size"].message
    assert by_code["table-header"].shape == "Figures"
    assert by_code["reading-order"].shape in ("Middle", "Top")
    assert {f.shape for f in findings if f.code == "alt-text"} == {"Map of routes", "Arrivals chart"}
    assert "slide 1" in by_code["duplicate-title"].message
    assert all(f.fix for f in findings)


def test_fixing_the_faults_clears_them() -> None:
    prs = fault_deck()
    slides = list(prs.slides)
    for slide in (slides[1], slides[7]):
        for shape in slide.shapes:
            if shape.shape_type in (13, 3) or getattr(shape, "has_chart", False):  # picture, chart
                shape._element.xpath("./*/p:cNvPr")[0].set("descr", "Routes from the coast to the capital")
    slides[2].shapes.title.text = "A second clean slide"
    for shape in slides[3].shapes:
        if shape.name == "Pale text":
            shape.text_frame.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("595959")
    for shape in slides[4].shapes:
        if shape.name == "Fine print":
            shape.text_frame.paragraphs[0].runs[0].font.size = Pt(20)
    for shape in slides[5].shapes:
        if shape.has_table:
            shape.table.first_row = True
    tree = slides[6].shapes._spTree
    boxes = [s._element for s in slides[6].shapes if s.name in ("Top", "Middle", "Bottom")]
    for el in boxes:
        tree.remove(el)
    for el in reversed(boxes):
        tree.append(el)
    errors = [f for f in check_presentation(prs) if f.level == "error"]
    assert errors == []


def test_contrast_is_measured_against_the_fill_behind_the_text() -> None:
    prs = Presentation()
    slide = _slide(prs, "White on blue")
    panel = slide.shapes.add_shape(1, Inches(0.5), Inches(1.5), Inches(9), Inches(4))
    panel.fill.solid()
    panel.fill.fore_color.rgb = RGBColor.from_string("1B3A6B")
    _text_box(slide, "White text on a blue panel", 2.0, colour="FFFFFF", name="On panel")
    _text_box(slide, "Dark text on a blue panel", 3.0, colour="2B2B2B", name="Dark on panel")
    findings = [f for f in check_presentation(prs) if f.code == "contrast"]
    assert [f.shape for f in findings] == ["Dark on panel"]


def test_a_filename_as_alt_text_is_a_warning() -> None:
    prs = Presentation()
    slide = _slide(prs, "Picture")
    slide.shapes.add_picture(io.BytesIO(png_bytes((1, 2, 3))), Inches(1), Inches(2), Inches(2))
    slide.shapes[-1]._element.nvPicPr.cNvPr.set("descr", "IMG_0042.jpg")
    findings = check_presentation(prs)
    assert [(f.level, f.code) for f in findings] == [("warning", "alt-text-filename")]


def test_the_bundled_decks_have_no_errors() -> None:
    for session in range(1, 8):
        prs = Presentation(str(deck_path(session)))
        errors = [f for f in check_presentation(prs) if f.level == "error"]
        assert errors == [], f"session {session}: {errors[:3]}"


def test_pdf_language_and_tags_are_read_from_the_catalog(tmp_path: Path) -> None:
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    from trainerkit.export.typst_writer import compile_source

    typst_made = tmp_path / "typst.pdf"
    typst_made.write_bytes(
        compile_source(b'#set document(title: "Hello")\n#set text(lang: "fr")\nBonjour', tmp_path, {})
    )
    assert check_pdf(typst_made) == [], "Typst writes a tagged PDF that declares its language"

    def pdf(lang: str | None) -> Path:  # an untagged PDF, with or without a language, as other tools write
        doc = PdfWriter()
        doc.add_blank_page(595, 842)
        if lang:
            doc._root_object[NameObject("/Lang")] = TextStringObject(lang)
        target = tmp_path / f"{lang or 'none'}.pdf"
        doc.write(target)
        return target

    without = {f.code: f.level for f in check_pdf(pdf(None))}
    assert without == {"pdf-language": "error", "pdf-tagged": "warning"}
    assert {f.code for f in check_pdf(pdf("fr"))} == {"pdf-tagged"}
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 nothing")
    assert [f.code for f in check_pdf(broken)] == ["pdf-unreadable"]


@pytest.mark.slow
def test_a_course_is_checked_with_its_imported_slides_and_handouts(tmp_path: Path) -> None:
    from trainerkit.customise import import_slide

    store = open_store()
    new_course(store, "lima", "PE")
    faulty = tmp_path / "faulty.pptx"
    fault_deck().save(str(faulty))
    import_slide(store, "lima", faulty, 5, session=2)  # the 12 pt slide
    report = course_accessibility(store, "lima", handouts=False)
    errors = [(f, loc) for f, loc in report.entries if f.level == "error"]
    assert [(f.code, loc["session"], loc["title"]) for f, loc in errors] == [("text-size", 2, "Small print")]
    assert errors[0][1]["kind"] == "slide" and errors[0][1]["slide"]
    assert report.slides_checked > 200 and report.pdfs_checked == 0
    assert any("Fine print" in line for line in report.lines()) and any("Fix:" in line for line in report.lines())

    from trainerkit.package.preflight import preflight

    lines = [f for f in preflight(store, "lima").findings if f.code.startswith("a11y-")]
    assert [(f.level, f.code, f.location["session"]) for f in lines] == [("warning", "a11y-text-size", 2)]
    assert "(Fine print)" in lines[0].where and lines[0].location["kind"] == "slide"

    quick = CliRunner().invoke(cli, ["check", "lima", "--accessibility", "--no-handouts"])
    assert quick.exit_code == 1 and "Fine print" in quick.output and "0 handout PDFs" in quick.output

    result = CliRunner().invoke(cli, ["check", "lima", "--accessibility", "--json"])  # with the handout PDFs
    assert result.exit_code == 1, result.output
    data = json.loads(result.output)
    assert data["counts"]["error"] == 1 and data["findings"][0]["code"] == "text-size"
    assert data["findings"][0]["where"].startswith("Session 2, slide ")
    assert data["pdfs_checked"] > 10
    handouts = [f for f in data["findings"] if f["location"]["kind"] == "handout"]
    assert all(f["code"] == "pdf-tagged" and f["level"] == "warning" for f in handouts)
    assert all(isinstance(f["location"].get("session"), int) for f in handouts), "a handout's line names its session"


def test_an_inserted_example_picture_asks_for_alt_text_and_keeps_the_answer(tmp_path: Path) -> None:
    from trainerkit.examples.library import add_example, get_example
    from trainerkit.examples.slides import insert_example

    store = open_store()
    new_course(store, "lima", "PE")
    picture = tmp_path / "mural.png"
    picture.write_bytes(png_bytes((180, 90, 30), size=(320, 200)))
    example = add_example(store, title="Mural in Lima", summary="A mural.", source="Own photo", picture=picture)
    change = insert_example(store, "lima", example.id, 2, layout="picture")
    report = course_accessibility(store, "lima", handouts=False)
    asked = [(f.level, f.code, loc["slide"]) for f, loc in report.entries]
    assert asked == [("warning", "alt-text-title", change.slide_key)], "the title alone is not a description"

    insert_example(store, "lima", example.id, 3, layout="picture", alt="A mural of a fishing boat, painted by migrants")
    assert get_example(store, example.id).picture_alt == "A mural of a fishing boat, painted by migrants"
    report = course_accessibility(store, "lima", handouts=False)
    asked = [(f.code, loc["slide"]) for f, loc in report.entries]
    assert asked == [("alt-text-title", change.slide_key)], "the first slide was made before the answer"
    result = CliRunner().invoke(cli, ["example", "insert", "lima", example.id, "--session", "4", "--layout", "picture"])
    assert result.exit_code == 0 and "no description" not in result.output
    other = add_example(store, title="Market", summary="A market.", source="Own photo", picture=picture)
    result = CliRunner().invoke(cli, ["example", "insert", "lima", other.id, "--session", "5", "--layout", "picture"])
    assert result.exit_code == 0 and "no description" in result.output


def test_real_world_decks_are_checked_without_failing(corpus_dir: Path) -> None:
    from trainerkit.deck.safety import open_presentation
    from trainerkit.errors import TrainerKitError

    checked = 0
    for path in sorted(corpus_dir.rglob("*.pptx")):
        try:
            prs = open_presentation(path)
        except TrainerKitError:
            continue  # refused decks never reach the check
        findings = check_presentation(prs)
        assert all(f.slide_index is not None and 0 <= f.slide_index < len(prs.slides) for f in findings)
        checked += 1
    assert checked >= 5
