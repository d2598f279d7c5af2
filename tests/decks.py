"""Test decks made at test time: python-pptx decks with pictures, charts, notes, links, tables and groups,
and the same decks as LibreOffice writes them (converted with soffice, cached in a temp dir by content).

Nothing here is shipped; the corpus of real-world decks is read in place by the tests, never copied.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.oxml.ns import qn
from pptx.util import Inches

from trainerkit.deck.links import add_back_button, add_slide_jump
from trainerkit.deck.tags import set_slide_key

P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"


def png_bytes(colour: tuple[int, int, int], size: tuple[int, int] = (64, 48), seed: int = 0) -> bytes:
    """A small PNG of one colour; ``seed`` changes one pixel so images differ."""
    image = Image.new("RGB", size, colour)
    image.putpixel((seed % size[0], (seed // size[0]) % size[1]), (seed % 256, 7, 7))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def make_rich_deck(path: Path) -> Path:
    """Seven slides a trainer's deck might have. Slide numbers (1-based) used by the tests:

    1 title (key 'intro', notes, tokens) · 2 bullets with a token split over runs · 3 two copies of one
    picture + another picture · 4 chart with a token in its title, notes · 5 table with a token · 6 group,
    external link, jump to slide 2, back button · 7 hidden. A custom show 'Short' holds slides 2 and 4.
    """
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    title_layout, bullets_layout, blank_layout = prs.slide_layouts[0], prs.slide_layouts[1], prs.slide_layouts[6]

    s1 = prs.slides.add_slide(title_layout)
    s1.shapes.title.text = "Welcome to {{country}}"
    s1.placeholders[1].text = "Trainer: {{trainer}}"
    s1.notes_slide.notes_text_frame.text = "Greet the group in {{country}}."
    set_slide_key(s1, "intro")

    s2 = prs.slides.add_slide(bullets_layout)
    s2.shapes.title.text = "Rights of migrants"
    para = s2.placeholders[1].text_frame.paragraphs[0]
    for text, bold in (("Ratified by {{coun", True), ("try}} in ", False), ("{{year}}", False)):
        run = para.add_run()
        run.text = text
        run.font.bold = bold
    s2.notes_slide.notes_text_frame.text = "Ask who has heard of the convention."

    s3 = prs.slides.add_slide(blank_layout)
    logo = png_bytes((20, 60, 140))
    for i in range(2):
        s3.shapes.add_picture(io.BytesIO(logo), Inches(1 + 4 * i), Inches(1), Inches(3))
    s3.shapes.add_picture(io.BytesIO(png_bytes((200, 120, 20), seed=5)), Inches(9), Inches(1), Inches(3))

    s4 = prs.slides.add_slide(blank_layout)
    data = CategoryChartData()
    data.categories = ["2000", "2010", "2020"]
    data.add_series("Migrants (millions)", (173, 221, 281))
    frame = s4.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(1), Inches(10), Inches(5.5), data)
    frame.chart.has_title = True
    frame.chart.chart_title.text_frame.text = "Migrants in {{country}}"
    s4.notes_slide.notes_text_frame.text = "Source: UN DESA 2020."

    s5 = prs.slides.add_slide(blank_layout)
    table = s5.shapes.add_table(2, 2, Inches(1), Inches(1), Inches(8), Inches(2)).table
    table.cell(0, 0).text = "Country"
    table.cell(0, 1).text = "{{country}}"
    table.cell(1, 0).text = "Ratified"
    table.cell(1, 1).text = "yes"

    s6 = prs.slides.add_slide(blank_layout)
    group = s6.shapes.add_group_shape()
    box = group.shapes.add_textbox(Inches(1), Inches(1), Inches(5), Inches(1))
    box.text_frame.text = "Region: {{region}}"
    link_box = group.shapes.add_textbox(Inches(1), Inches(2.5), Inches(5), Inches(1))
    link_run = link_box.text_frame.paragraphs[0].add_run()
    link_run.text = "OHCHR website"
    link_run.hyperlink.address = "https://www.ohchr.org/"
    jump = s6.shapes.add_textbox(Inches(1), Inches(4), Inches(5), Inches(1))
    jump.text_frame.text = "Back to the rights"
    add_slide_jump(jump, s2)
    add_back_button(s6, Inches(10), Inches(6))

    s7 = prs.slides.add_slide(bullets_layout)
    s7.shapes.title.text = "Hidden extra"
    s7._element.set("show", "0")

    add_custom_show(prs, "Short", [s2, s4])
    path.parent.mkdir(parents=True, exist_ok=True)
    prs.save(str(path))
    return path


def add_custom_show(prs, name: str, slides) -> None:  # type: ignore[no-untyped-def]
    lst = prs.part._element.find(qn("p:custShowLst"))
    if lst is None:
        lst = etree.Element(qn("p:custShowLst"))
        anchor = prs.part._element.find(qn("p:notesSz"))
        anchor.addnext(lst)
    show = etree.SubElement(lst, qn("p:custShow"), name=name, id=str(len(lst)))
    sld_lst = etree.SubElement(show, qn("p:sldLst"))
    for slide in slides:
        rid = next(r for r, rel in prs.part.rels.items() if not rel.is_external and rel.target_part is slide.part)
        etree.SubElement(sld_lst, qn("p:sld")).set(qn("r:id"), rid)


def add_sections(prs, sections: dict[str, list[int]]) -> None:  # type: ignore[no-untyped-def]
    """PowerPoint 2010 sections: name -> 0-based slide indexes."""
    ids = [el.get("id") for el in prs.slides._sldIdLst]
    root = prs.part._element
    ext_lst = root.find(qn("p:extLst"))
    if ext_lst is None:
        ext_lst = etree.SubElement(root, qn("p:extLst"))
    ext = etree.SubElement(ext_lst, qn("p:ext"), uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}")
    lst = etree.SubElement(ext, f"{{{P14}}}sectionLst")
    for n, (name, indexes) in enumerate(sections.items()):
        section = etree.SubElement(
            lst, f"{{{P14}}}section", name=name, id=f"{{00000000-0000-0000-0000-00000000000{n}}}"
        )
        sld_ids = etree.SubElement(section, f"{{{P14}}}sldIdLst")
        for i in indexes:
            etree.SubElement(sld_ids, f"{{{P14}}}sldId", id=ids[i])


def make_picture_deck(path: Path, slides: int = 50, pictures_per_slide: int = 3, size: int = 640) -> Path:
    """A picture-heavy deck: each slide has a shared logo and its own large photos (for the bench)."""
    prs = Presentation()
    layout = prs.slide_layouts[5]
    logo = png_bytes((20, 60, 140))
    for i in range(slides):
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = f"Photo slide {i + 1}"
        slide.shapes.add_picture(io.BytesIO(logo), Inches(0.2), Inches(0.2), Inches(1))
        for j in range(pictures_per_slide):
            photo = Image.effect_noise((size, size * 3 // 4), 40 + j).convert("RGB")
            out = io.BytesIO()
            photo.save(out, format="JPEG", quality=85)
            slide.shapes.add_picture(io.BytesIO(out.getvalue()), Inches(1 + 3 * j), Inches(2), Inches(2.8))
        slide.notes_slide.notes_text_frame.text = f"Notes {i + 1}"
    prs.save(str(path))
    return path


def make_media_deck(path: Path) -> Path:
    """One slide with a (tiny, not playable) video and its poster picture."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    movie = io.BytesIO(b"\x00\x00\x00\x18ftypmp42" + bytes(200))
    slide.shapes.add_movie(
        movie,
        Inches(1),
        Inches(1),
        Inches(4),
        Inches(3),
        mime_type="video/mp4",
        poster_frame_image=io.BytesIO(png_bytes((90, 90, 90))),
    )
    prs.save(str(path))
    return path


# ---- bad inputs ---------------------------------------------------------------------------------------------
def zip_of(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def members_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def ole2_file(path: Path, stream_names: list[str]) -> Path:
    """Enough of an OLE2 compound file for signature sniffing: magic + UTF-16 directory names."""
    body = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    for name in stream_names:
        body += name.encode("utf-16-le").ljust(64, b"\x00") + bytes(64)
    path.write_bytes(body)
    return path


# ---- LibreOffice-produced decks -------------------------------------------------------------------------------
def content_hash(path: Path) -> str:
    digest = hashlib.sha1()
    with zipfile.ZipFile(path) as zf:
        for name in sorted(zf.namelist()):
            digest.update(name.encode() + b"\x00" + zf.read(name))
    return digest.hexdigest()[:16]


def libreoffice_pptx(source: Path) -> Path:
    """``source`` as LibreOffice Impress saves it (PPTX), cached in a temp dir keyed by content."""
    from tests.libreoffice import convert

    cache = Path(tempfile.gettempdir()) / f"trainerkit-test-decks-{os.getuid()}" / content_hash(source)
    out = cache / (source.stem + ".pptx")
    if out.is_file():
        return out
    work = Path(tempfile.mkdtemp(prefix="tk-lo-"))
    try:
        converted = convert(source, "pptx:Impress MS PowerPoint 2007 XML", work / "out")
        cache.mkdir(parents=True, exist_ok=True)
        tmp = cache / (out.name + f".{os.getpid()}.part")
        shutil.copyfile(converted, tmp)
        os.replace(tmp, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


def libreoffice_converts(path: Path, outdir: Path) -> Path:
    """LibreOffice can open ``path`` and export it to PDF (the check after delete and copy)."""
    from tests.libreoffice import convert

    return convert(path, "pdf", outdir)
