"""Handouts: every source parses, and a course's handouts come out as DOCX and PDF a trainer can use."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from tests.libreoffice import SOFFICE, needs_libreoffice
from trainerkit.customise import new_course, set_profile
from trainerkit.errors import Cancelled
from trainerkit.export.handouts import export_handouts, handouts_dir, load_handouts
from trainerkit.export.markdown import HandoutFormatError, ListBlock, Paragraph, Table, parse_handout_text
from trainerkit.jobs import CancelToken
from trainerkit.store import open_store

COUNTRY, VENUE, DATES = "France", "Hôtel de Ville, Genève", "3–5 mars 2027"
ARABIC_NAME = "ليلى حداد"


def make_course(name: str = "Test", **extra: str) -> None:
    store = open_store()
    new_course(store, name, "FR", venue=VENUE, dates=DATES)
    set_profile(store, name, {"facilitators": f"Ana Núñez; {ARABIC_NAME}", **extra})


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in doc.sections:
        parts.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def bidi_text(path: Path) -> str:
    """The PDF's text in reading order, right-to-left runs included: pdftotext applies the Unicode bidi
    algorithm to what it reads (pypdf does not: it returns the words of an Arabic run in visual order)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bundled handouts exported once for a French course held in Geneva (shared by the tests below)."""
    home = tmp_path_factory.mktemp("handouts-home")
    out = tmp_path_factory.mktemp("handouts-out")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TRAINERKIT_HOME", str(home))
        make_course()
        export_handouts(open_store(), "Test", out)
    yield out


def test_every_handout_source_follows_the_format() -> None:
    sources = load_handouts()
    assert len(sources) >= 30
    for handout_id, source in sources.items():
        assert source.meta.id == handout_id
        assert source.participant_part, handout_id


def test_every_handout_is_written_as_docx_and_pdf(exported: Path) -> None:
    docx = sorted(exported.glob("*.docx"))
    pdfs = sorted(exported.glob("*.pdf"))
    assert len(docx) == len(pdfs) == len(load_handouts())
    assert not list(exported.glob(".*.tmp")), "temporary files were left behind"


def test_every_docx_reopens_and_names_country_venue_and_dates(exported: Path) -> None:
    for path in sorted(exported.glob("*.docx")):
        text = docx_text(path)
        for value in (COUNTRY, VENUE, DATES):
            assert value in text, f"{path.name} lacks {value!r}"
        assert "{{" not in text, f"{path.name} prints a raw token"


def test_every_pdf_reopens_and_names_country_venue_and_dates(exported: Path) -> None:
    for path in sorted(exported.glob("*.pdf")):
        text = pdf_text(path)
        for value in (COUNTRY, VENUE, DATES):
            assert value in text, f"{path.name} lacks {value!r}"
        assert "{{" not in text, f"{path.name} prints a raw token"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdftotext_reads_the_accents_and_the_arabic_name(exported: Path) -> None:
    certificate = next(exported.glob("*Certificate*.pdf"))
    text = subprocess.run(["pdftotext", str(certificate), "-"], capture_output=True, text=True, check=True).stdout
    assert VENUE in text and DATES in text
    assert "Ana Núñez" in text
    assert ARABIC_NAME in text  # logical order: the letters were shaped and laid out right to left


def test_the_certificate_prints_both_facilitators_and_the_arabic_run_is_right_to_left(exported: Path) -> None:
    docx = next(exported.glob("*Certificate*.docx"))
    assert f"Ana Núñez, {ARABIC_NAME}" in docx_text(docx)
    xml = Document(str(docx)).element.xml
    assert "<w:rtl/>" in xml
    pdf = next(exported.glob("*Certificate*.pdf"))
    assert ARABIC_NAME in bidi_text(pdf)


def test_the_generated_agenda_lists_the_course_days(exported: Path) -> None:
    agenda = next(exported.glob("*Course agenda.pdf"))
    text = pdf_text(agenda)
    assert "Day 1" in text and "Day 3" in text and "09:00–10:30" in text


def test_pdfs_embed_their_fonts(exported: Path) -> None:
    reader = PdfReader(str(next(exported.glob("*People bingo.pdf"))))
    fonts = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts.append("/FontFile2" in descriptor)
    assert fonts and all(fonts)


def test_letter_paper_from_the_profile(tmp_path: Path) -> None:
    make_course("Letter", paper="Letter")
    report = export_handouts(open_store(), "Letter", tmp_path, formats=("pdf",), only={"people-bingo"})
    page = PdfReader(str(report.files[0])).pages[0]
    width, height = sorted((float(page.mediabox.width), float(page.mediabox.height)))
    assert (round(width), round(height)) == (612, 792)


def test_a_cancelled_export_stops_and_leaves_no_half_written_file(tmp_path: Path) -> None:
    make_course()
    token = CancelToken()
    seen: list[str] = []

    def progress(done: int, total: int, label: str) -> None:
        seen.append(label)
        if done == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        export_handouts(open_store(), "Test", tmp_path, progress=progress, token=token)
    assert len(list(tmp_path.glob("*.pdf"))) == 2
    assert not list(tmp_path.glob(".*"))


def test_a_missing_profile_value_prints_a_blank_line_not_the_token(tmp_path: Path) -> None:
    make_course()  # no organisation in the profile; the certificate uses {{organisation}}
    report = export_handouts(open_store(), "Test", tmp_path, formats=("pdf",), only={"certificate"})
    certificate = next(p for p in report.files if "Certificate" in p.name)
    text = pdf_text(certificate)
    assert "organisation" not in text.lower().split("organised by")[-1][:20]
    assert "{{" not in text


def source(body: str, **meta: str) -> str:
    front = {
        "id": "x",
        "title": "X",
        "session": "1",
        "kind": "handout",
        "audience": "participants",
        "copies": "one",
        "source": '"001 L1"',
        "sources": "[]",
        "orientation": "portrait",
    }
    front.update(meta)
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in front.items()) + "---\n" + body


def test_wrapped_list_items_and_a_heading_glued_to_its_text_are_understood() -> None:
    parsed = parse_handout_text(source("# X\n## Steps\n1. Give each person a\n   card.\n2. Go.\n"), Path("x.md"))
    blocks = parsed.participant_part
    steps = next(b for b in blocks if isinstance(b, ListBlock))
    assert [item.number for item in steps.items] == [1, 2]
    assert "".join(s.text for s in steps.items[0].spans) == "Give each person a card."


def test_a_table_cell_may_hold_a_scale_and_bold_text() -> None:
    parsed = parse_handout_text(source("# X\n\n| **A** | B |\n|---|---|\n| x | {{scale:1-5}} |\n"), Path("x.md"))
    table = next(b for b in parsed.participant_part if isinstance(b, Table))
    assert table.header[0][0].bold  # type: ignore[index, union-attr]


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("# X\n\n<b>html</b>\n", "not part of the handout format"),
        ("# X\n\n| a | b |\n|---|---|\n| 1 |\n", "cells"),
        ("# X\n\n{{lines:99}}\n", "1 to 30"),
        ("# X\n\n{{agenda}}\n", "generated"),
        ("# X\n\nsome **bold\n", "unbalanced"),
        ("# X\n\n{{frobnicate}}\n", "unknown block token"),
        ("No heading\n", "heading"),
    ],
)
def test_a_malformed_source_is_refused_with_file_and_line(body: str, problem: str) -> None:
    with pytest.raises(HandoutFormatError) as error:
        parse_handout_text(source(body), Path("x.md"))
    assert "x.md" in str(error.value) and problem in str(error.value)


def test_unknown_front_matter_keys_are_refused() -> None:
    with pytest.raises(HandoutFormatError, match="unknown front-matter"):
        parse_handout_text(source("# X\n", colour="red"), Path("x.md"))


def test_a_literal_star_is_written_escaped() -> None:
    parsed = parse_handout_text(source("# X\n\n5 \\* 3 = 15\n"), Path("x.md"))
    paragraph = parsed.participant_part[1]
    assert isinstance(paragraph, Paragraph) and paragraph.spans[0].text == "5 * 3 = 15"


@needs_libreoffice
@pytest.mark.libreoffice
@pytest.mark.slow
def test_libreoffice_converts_every_docx_without_error(exported: Path, tmp_path: Path) -> None:
    assert SOFFICE is not None
    files = sorted(exported.glob("*.docx"))
    with tempfile.TemporaryDirectory(prefix="tk-lo-profile-") as profile:
        result = subprocess.run(
            [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, files)],
            capture_output=True, text=True, timeout=600,
        )
    for path in files:
        converted = tmp_path / (path.stem + ".pdf")
        assert converted.is_file(), f"LibreOffice did not convert {path.name}: {result.stderr[-500:]}"
        assert VENUE in pdf_text(converted)


def test_handout_sources_folder_exists() -> None:
    assert handouts_dir().is_dir()


def test_the_parser_is_markdown_it_with_task_lists_and_bold_tokens() -> None:
    parsed = parse_handout_text(
        source("# X\n\nIn **{{country}}**, *see* `sheet-id`.\n\n- [ ] Bring cards\n- Plain\n  - Sub\n"), Path("x.md")
    )
    paragraph = parsed.participant_part[1]
    assert isinstance(paragraph, Paragraph)
    assert [(s.text, s.token, s.bold, s.italic) for s in paragraph.spans] == [
        ("In ", "", False, False),
        ("", "country", True, False),
        (", ", "", False, False),
        ("see", "", False, True),
        (" sheet-id.", "", False, False),
    ]
    items = next(b for b in parsed.participant_part if isinstance(b, ListBlock)).items
    assert [(i.level, i.checkbox, "".join(s.text for s in i.spans)) for i in items] == [
        (1, True, "Bring cards"),
        (1, False, "Plain"),
        (2, False, "Sub"),
    ]


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("# X\n\nSee [the guide](http://example.org).\n", "not part of the handout format"),
        ("# X\n\n```\ncode\n```\n", "not part of the handout format"),
        ("# X\n\n- a\n  1. b\n", "numbered item inside a bullet list"),
        ("# X\n\n- a\n  - b\n    - c\n", "2 levels at most"),
        ("# X\n\n#### Deep\n", "heading"),
    ],
)
def test_markdown_outside_the_subset_is_refused(body: str, problem: str) -> None:
    with pytest.raises(HandoutFormatError) as error:
        parse_handout_text(source(body), Path("x.md"))
    assert problem in str(error.value)
