"""PDFs laid out by Typst, read back: mixed Arabic and Latin lines, a footer that wraps, bold tokens,
blank lines for empty fields, and a tagged PDF that declares its language."""

from __future__ import annotations

import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from trainerkit.customise import new_course, select_sessions, set_profile
from trainerkit.export.handouts import course_line, export_handouts, fill_handout, handout_pdf
from trainerkit.export.markdown import parse_handout_text
from trainerkit.export.packs import export_course_materials
from trainerkit.store import open_store

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")

VENUE = "فندق المدينة، عمّان"
ORGANISATION = "المركز الوطني لحقوق الإنسان (NCHR)"
DATES = "14–16 حزيران/يونيو 2026"


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def words(path: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, xMin, yMin, xMax, yMax, word) of every word pdftotext finds, plus the page sizes."""
    xml = pdftotext(path, "-bbox")
    out = []
    for number, page in enumerate(xml.split("<page ")[1:], start=1):
        for match in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page
        ):
            out.append((number, *map(float, match.groups()[:4]), match.group(5)))
    return out


def page_sizes(path: Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(str(path)).pages]


@pytest.fixture
def arabic_course() -> str:
    store = open_store()
    new_course(store, "Amman", "JO", venue=VENUE, dates=DATES)
    set_profile(store, "Amman", {"organisation": ORGANISATION, "facilitators": "Ana Núñez; ليلى حداد"})
    return "Amman"


def test_mixed_arabic_and_latin_keep_brackets_paired_and_words_whole(arabic_course: str, tmp_path: Path) -> None:
    report = export_handouts(open_store(), arabic_course, tmp_path, formats=("pdf",), only={"certificate"})
    pdf = report.files[0]
    text = pdftotext(pdf)
    # (words with a lam-alef ligature or a shadda are left out: poppler splits those glyphs when it reads)
    for word in ("المركز", "الوطني", "لحقوق", "المدينة", "فندق", "NCHR", "organised", "2026"):
        assert word in text, word
    # "(NCHR)" ends the Arabic name, so it is laid out inside the right-to-left run: in visual order
    # (left to right) the bracket glyphs read ")" "NCHR" "(", which is "(NCHR)" read right to left.
    line = [w for w in words(pdf) if w[5] in ("(", ")", "NCHR", "(NCHR)", ")NCHR(") and w[0] == 1]
    nchr = next(w for w in line if "NCHR" in w[5])
    around = sorted((w for w in line if abs(w[2] - nchr[2]) < 2), key=lambda w: w[1])
    seen = "".join(w[5] for w in around)
    assert seen in ("(NCHR)", ")NCHR("), seen
    assert "**" not in text and "{{" not in text


def test_venue_and_dates_stay_in_their_order_around_the_comma(arabic_course: str, tmp_path: Path) -> None:
    """'held at {{venue}}, {{dates}}': each value is isolated, so the venue stays before the comma and the
    dates after it (they used to merge into one right-to-left run with the dates first)."""
    report = export_handouts(open_store(), arabic_course, tmp_path, formats=("pdf",), only={"certificate"})
    found = words(report.files[0])
    held = next(w for w in found if w[5] == "held")
    same_line = sorted((w for w in found if w[0] == held[0] and abs(w[2] - held[2]) < 2), key=lambda w: w[1])
    texts = [w[5] for w in same_line]
    # pdftotext's -bbox words keep the glyphs' visual order: an Arabic word comes out reversed
    venue_at = min(i for i, t in enumerate(texts) if "المدينة"[::-1] in t or "فندق"[::-1] in t)
    year_at = max(i for i, t in enumerate(texts) if "2026" in t)
    # the dates form their own right-to-left isolate to the right of the venue's
    assert venue_at < year_at, texts


def test_a_200_character_venue_wraps_in_the_footer_inside_the_page(tmp_path: Path) -> None:
    venue = ("Centre international de conférences, salle des Nations, aile B, " * 4)[:200].strip()
    store = open_store()
    new_course(store, "Long", "FR", venue=venue, dates="3–5 mars 2027")
    report = export_handouts(store, "Long", tmp_path, formats=("pdf",), only={"people-bingo"})
    pdf = report.files[0]
    sizes = page_sizes(pdf)
    found = words(pdf)
    for page, x0, y0, x1, y1, word in found:
        width, height = sizes[page - 1]
        assert x0 >= 0 and x1 <= width and y0 >= 0 and y1 <= height, f"'{word}' lies outside page {page}"
    footer_words = [w for w in found if w[0] == 1 and w[5] in ("aile", "Nations,")]
    assert len({round(w[2]) for w in footer_words}) >= 2, "the venue did not wrap onto a second footer line"
    assert "Page 1 of" in pdftotext(pdf)


def test_a_bold_token_prints_its_value_in_bold(tmp_path: Path) -> None:
    source = parse_handout_text(
        "---\nid: x\ntitle: X\nsession: 1\nkind: handout\naudience: participants\ncopies: one\n"
        'source: "001 L1"\nsources: []\norientation: portrait\n---\n# X\n\nHeld in **{{country}}** this year.\n',
        Path("x.md"),
    )
    values = {"country": "Kenya", "course_title": "Course"}
    document = handout_pdf(fill_handout(source, values, []), values, "A4")
    target = tmp_path / "x.pdf"
    document.save(target)
    text = pdftotext(target)
    assert "Held in Kenya this year." in text and "**" not in text
    fonts: dict[str, str] = {}

    def visit(text: str, cm: object, tm: object, font: dict | None, size: float) -> None:
        if text.strip() and font is not None:
            fonts[text.strip()] = str(font.get("/BaseFont", ""))

    PdfReader(str(target)).pages[0].extract_text(visitor_text=visit)
    kenya = next(name for piece, name in fonts.items() if "Kenya" in piece)
    held = next(name for piece, name in fonts.items() if "Held" in piece)
    assert "Bold" in kenya and "Bold" not in held


def test_the_pdf_declares_its_language_and_is_tagged(tmp_path: Path) -> None:
    store = open_store()
    new_course(store, "Tags", "FR", venue="Genève", dates="3–5 mars 2027")
    report = export_handouts(store, "Tags", tmp_path, formats=("pdf",), only={"people-bingo"})
    root = PdfReader(str(report.files[0])).trailer["/Root"]
    assert root["/Lang"] == "en"
    assert root["/MarkInfo"]["/Marked"] is True or root["/MarkInfo"]["/Marked"] == True  # noqa: E712
    assert "/StructTreeRoot" in root
    assert b"<pdfuaid:part>1<" in report.files[0].read_bytes(), "the PDF claims PDF/UA-1 in its metadata"


def test_an_arabic_run_is_tagged_with_its_language(arabic_course: str, tmp_path: Path) -> None:
    report = export_handouts(open_store(), arabic_course, tmp_path, formats=("pdf",), only={"certificate"})
    data = report.files[0].read_bytes()
    langs: set[bytes] = set()
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            body = zlib.decompress(match.group(1))
        except zlib.error:
            continue
        langs.update(re.findall(rb"/Lang\s*\((\w+)", body))
    assert b"ar" in langs and b"en" in langs, langs


def test_an_empty_field_is_a_blank_line_and_a_warning_in_every_pack(tmp_path: Path) -> None:
    store = open_store()
    new_course(store, "Blank", "KE", venue="Kenyatta Centre", dates="3–5 March 2027")
    select_sessions(store, "Blank", [1, 7])
    report = export_course_materials(store, "Blank", tmp_path, "participant-pack,trainer-pack")
    for name in ("Participant pack - Blank.pdf", "Trainer pack - Blank.pdf"):
        text = pdftotext(tmp_path / name)
        assert "{{" not in text and "}}" not in text and "**" not in text, name
    assert any("organisation" in w and "blank line" in w for w in report.warnings), report.warnings


def test_course_line_is_the_footer_text() -> None:
    assert course_line({"course_title": "C", "country": "K", "venue": "V", "dates": "D"}) == "C · K · V · D"


def test_a_character_no_font_can_draw_is_reported_by_export_and_preflight(tmp_path: Path) -> None:
    from trainerkit.package.preflight import preflight

    store = open_store()
    new_course(store, "Glyphs", "KE", venue="🏛️ Kenyatta Centre 中", dates="3–5 March 2027 🌍")
    select_sessions(store, "Glyphs", [1])
    report = export_course_materials(store, "Glyphs", tmp_path, "participant-pack")
    assert any("profile venue" in w and "中" in w and "U+4E2D" in w for w in report.warnings), report.warnings
    assert not any("🏛" in w or "🌍" in w for w in report.warnings), "the bundled emoji font draws these"
    cover = pdftotext(tmp_path / "Participant pack - Glyphs.pdf", "-l", "1")
    assert "Kenyatta Centre" in cover
    findings = [f for f in preflight(store, "Glyphs").findings if f.code == "glyph-missing"]
    assert [(f.location["field"], f.location["char"]) for f in findings] == [("profile venue", "中")]


def test_every_character_of_the_bundled_handouts_is_in_a_bundled_font() -> None:
    from trainerkit.export.glyphs import missing_in
    from trainerkit.export.handouts import handouts_dir

    for path in sorted(handouts_dir().glob("*.md")):
        assert missing_in(path.read_text(encoding="utf-8")) == [], path.name
