"""What an imported slide leaves out is said (issue #12, item 3): at import (the change's notes, the CLI,
the app's message), and in the export report; embedded fonts are carried instead of dropped. One test per
kind: jumps to other slides, comments, buttons running macros or custom shows, macros, ActiveX, OLE
objects (carried), the deck's custom XML, embedded fonts (carried, and `check` no longer advises to
re-import them)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.util import Inches

from tests.conftest import CORPUS
from tests.decks import make_rich_deck
from trainerkit import customise
from trainerkit.cli import cli
from trainerkit.course.decks import deck_path
from trainerkit.deck.copy import CopyReport, copy_slide, import_left_out
from trainerkit.deck.safety import open_presentation, open_presentation_with_report
from trainerkit.store import open_store

COURSE = "Left out"
needs_decks = pytest.mark.skipif(not deck_path(2).is_file(), reason="bundled decks are not built yet")
FONT = "Gentium Test"


def _left_out(path: Path, number: int) -> list[str]:
    opened = open_presentation_with_report(path, allow_macros_stripped=True)
    return opened.notes + import_left_out(opened.presentation, opened.presentation.slides[number - 1])


def _corpus(name: str) -> Path:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"corpus file {name} not found")
    return path


def _button_deck(path: Path, action: str) -> Path:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(1))
    box.text_frame.text = "Go"
    c_nv_pr = box._element.find(qn("p:nvSpPr")).find(qn("p:cNvPr"))
    link = etree.SubElement(c_nv_pr, qn("a:hlinkClick"))
    link.set(qn("r:id"), "")
    link.set("action", action)
    prs.save(str(path))
    return path


def _font_deck(path: Path, *, embed: bool = True, other_font: str | None = None) -> Path:
    """A deck whose slide 1 uses FONT, embedded in the deck (a font part and an embeddedFontLst entry)."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(1))
    run = box.text_frame.paragraphs[0].add_run()
    run.text = "Set in an embedded font"
    run.font.name = FONT
    if other_font:
        second = box.text_frame.add_paragraph().add_run()
        second.text = "Set in a font nobody has"
        second.font.name = other_font
    if embed:
        font = Part(PackURI("/ppt/fonts/font1.fntdata"), "application/x-fontdata", prs.part.package, b"FONTDATA" * 64)
        rId = prs.part.relate_to(font, RT.FONT)
        root = prs.part._element
        lst = etree.Element(qn("p:embeddedFontLst"))
        root.find(qn("p:notesSz")).addnext(lst)
        entry = etree.SubElement(lst, qn("p:embeddedFont"))
        etree.SubElement(entry, qn("p:font")).set("typeface", FONT)
        etree.SubElement(entry, qn("p:regular")).set(qn("r:id"), rId)
    prs.save(str(path))
    return path


# ---- each kind -------------------------------------------------------------------------------------------
def test_jumps_to_slides_left_behind_are_reported(tmp_path: Path) -> None:
    notes = _left_out(make_rich_deck(tmp_path / "rich.pptx"), 6)
    assert any("jump" in n and "'Back to the rights'" in n and "not imported" in n for n in notes), notes


def test_comments_are_reported(tmp_path: Path) -> None:
    notes = _left_out(_corpus("45545_Comment.pptx"), 2)
    assert any("comments were left out" in n for n in notes), notes


def test_buttons_running_a_macro_are_reported(tmp_path: Path) -> None:
    notes = _left_out(_button_deck(tmp_path / "macro.pptx", "ppaction://macro?name=Shuffle"), 1)
    assert any("ran a macro" in n for n in notes), notes


def test_buttons_starting_a_custom_show_are_reported(tmp_path: Path) -> None:
    notes = _left_out(_button_deck(tmp_path / "show.pptx", "ppaction://customshow?id=0&return=true"), 1)
    assert any("custom show" in n for n in notes), notes


def test_macros_and_activex_controls_are_reported(tmp_path: Path) -> None:
    notes = _left_out(_corpus("keyframes.pptx"), 15)
    assert any("macros" in n and "removed" in n for n in notes), notes
    assert any("ActiveX control came along but cannot run code" in n for n in notes), notes


def test_custom_xml_of_the_deck_is_reported(tmp_path: Path) -> None:
    notes = _left_out(_corpus("60810.pptx"), 1)
    assert any("custom XML" in n for n in notes), notes


def test_an_ole_object_is_carried_and_nothing_is_reported(tmp_path: Path) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    workbook = io.BytesIO()
    with zipfile.ZipFile(workbook, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    slide.shapes.add_ole_object(io.BytesIO(workbook.getvalue()), "Excel.Sheet.12", Inches(1), Inches(1))
    path = tmp_path / "ole.pptx"
    prs.save(str(path))
    assert _left_out(path, 1) == []
    source = open_presentation(path)
    target = Presentation()
    copy_slide(source, source.slides[0], target)
    out = tmp_path / "out.pptx"
    target.save(str(out))
    assert any(n.startswith("ppt/embeddings/") for n in zipfile.ZipFile(out).namelist())


def test_embedded_fonts_the_slide_uses_are_carried(tmp_path: Path) -> None:
    path = _font_deck(tmp_path / "fonts.pptx")
    assert _left_out(path, 1) == [], "nothing is left out: the font comes along"
    source = open_presentation(path)
    target = Presentation()
    report = CopyReport()
    copy_slide(source, source.slides[0], target, report=report)
    assert report.fonts_carried == [FONT]
    out = tmp_path / "out.pptx"
    target.save(str(out))
    with zipfile.ZipFile(out) as zf:
        fonts = [n for n in zf.namelist() if n.startswith("ppt/fonts/")]
        assert len(fonts) == 1 and zf.read(fonts[0]) == b"FONTDATA" * 64
    again = Presentation(str(out))
    lst = again.part._element.find(qn("p:embeddedFontLst"))
    assert lst is not None and lst.find(qn("p:embeddedFont")).find(qn("p:font")).get("typeface") == FONT
    names = [etree.QName(c).localname for c in again.part._element]
    assert names.index("embeddedFontLst") == names.index("notesSz") + 1, "schema order kept"


def test_a_font_the_slide_does_not_use_is_not_carried(tmp_path: Path) -> None:
    path = _font_deck(tmp_path / "fonts.pptx")
    source = open_presentation(path)
    source.slides[0].shapes[0].text_frame.paragraphs[0].runs[0].font.name = "Arial"
    target = Presentation()
    report = CopyReport()
    copy_slide(source, source.slides[0], target, report=report)
    assert report.fonts_carried == []
    assert target.part._element.find(qn("p:embeddedFontLst")) is None


# ---- said at import, in the CLI, in the app, and at export ---------------------------------------------
def _course() -> None:
    store = open_store()
    customise.new_course(store, COURSE, "KE")
    customise.select_sessions(store, COURSE, [2])


def test_the_change_and_the_cli_say_what_was_left_out(tmp_path: Path) -> None:
    _course()
    deck = make_rich_deck(tmp_path / "rich.pptx")
    result = CliRunner().invoke(
        cli, ["slide", "import", COURSE, str(deck), "--slide", "6", "--session", "2"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "Imported slide 6 of rich.pptx as s2-imported2." in result.output
    assert "Note: 1 jump to other slides of its deck removed ('Back to the rights')" in result.output
    record = customise.state_of(open_store(), COURSE)[0]
    stored = record.changes[-1].payload["notes"]
    assert any("jump" in n for n in stored), "kept with the change (and so in bundles and `course show`)"


@needs_decks
def test_the_export_report_and_check_say_it_too(tmp_path: Path) -> None:
    from trainerkit.export.decks import export_decks
    from trainerkit.package.preflight import preflight

    _course()
    store = open_store()
    customise.import_slide(store, COURSE, make_rich_deck(tmp_path / "rich.pptx"), 6, 2)
    report = export_decks(store, COURSE, tmp_path / "out")
    left = [p for p in report.problems if p.left_out]
    assert left and "jump" in left[0].message and "rich.pptx" in left[0].message
    findings = preflight(store, COURSE).findings
    notes = [f for f in findings if f.code == "slide-left-out"]
    assert notes and notes[0].level == "note"
    assert not [f for f in findings if f.code == "slide-change-failed"], "a left-out part is not a failure"


@needs_decks
def test_an_imported_slide_keeps_its_embedded_font_and_check_does_not_ask_to_reimport(tmp_path: Path) -> None:
    from trainerkit.export.decks import export_decks
    from trainerkit.package.preflight import preflight

    _course()
    store = open_store()
    customise.import_slide(store, COURSE, _font_deck(tmp_path / "fonts.pptx", other_font="Nobody Has This"), 1, 2)
    report = export_decks(store, COURSE, tmp_path / "out")
    deck = next(f for f in report.files if f.suffix == ".pptx")
    exported = Presentation(str(deck))
    faces = {f.get("typeface") for f in exported.part._element.iter(qn("p:font"))}
    assert FONT in faces
    findings = [f for f in preflight(store, COURSE).findings if f.code == "font-missing"]
    assert findings, "the font nobody has is still reported"
    assert all(FONT not in f.message for f in findings), "the embedded font is carried, not missing"
    assert all("import the slide again" not in f.fix for f in findings), "its deck already embeds fonts"


def test_the_apps_message_lists_what_was_left_out(tmp_path: Path) -> None:
    from trainerkit.ui.slide_dialogs import left_out_text

    _course()
    store = open_store()
    change = customise.import_slide(store, COURSE, make_rich_deck(tmp_path / "rich.pptx"), 6, 2)
    text = left_out_text([change])
    assert text is not None and text.startswith("1 slide was inserted. Not everything came with it")
    assert "• Slide 6: 1 jump to other slides" in text
    plain = customise.import_slide(store, COURSE, make_rich_deck(tmp_path / "rich2.pptx"), 2, 2)
    assert left_out_text([plain]) is None
