"""The venue PDF of a deck: one 13.33 × 7.5 in page per shown slide, each the slide's picture, with the
slide-to-slide jumps kept as PDF links (jumps to hidden slides and "last slide viewed" buttons cannot be
followed in a PDF and are left out); a tagged PDF with its language and title, laid out by Typst.

``trainerkit.package.presenter`` puts it on a stick beside the deck and its browser presenter; it lives
here, below the package, so that an export can make it while its slide pictures are fresh (the export's
picture workers do, so a pack right after an export copies it from the cache). Never imports Qt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationObj
from pptx.slide import Slide

from trainerkit.deck.links import JUMP_ACTION
from trainerkit.deck.slides import is_hidden, notes_text, slide_texts, slide_title
from trainerkit.fileio import atomic_write

log = logging.getLogger(__name__)
PAGE_WIDTH_PT, PAGE_HEIGHT_PT = 960.0, 540.0  # 13.333 × 7.5 in
_SHOW_JUMPS = {
    "ppaction://hlinkshowjump?jump=lastslideviewed": "back",
    "ppaction://hlinkshowjump?jump=nextslide": "next",
    "ppaction://hlinkshowjump?jump=previousslide": "previous",
    "ppaction://hlinkshowjump?jump=firstslide": "first",
    "ppaction://hlinkshowjump?jump=lastslide": "last",
}
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass(frozen=True)
class SlideLink:
    """A clickable area on a slide, in fractions of the slide (0..1): a jump to slide ``target`` (0-based
    index in the deck) or an ``action`` ("back", "next", "previous", "first", "last")."""

    left: float
    top: float
    width: float
    height: float
    target: int | None = None
    action: str = ""
    text: str = ""


@dataclass
class PresentedSlide:
    index: int
    title: str
    hidden: bool
    notes: str
    text: list[str]
    links: list[SlideLink] = field(default_factory=list)


def _links(prs: PresentationObj, slide: Slide, index: dict[Any, int]) -> list[SlideLink]:
    from trainerkit.deck.accessibility import _walk

    width, height = int(prs.slide_width or 12192000), int(prs.slide_height or 6858000)
    found = []
    for shape in _walk(slide.shapes._spTree):
        if shape.rect is None:
            continue
        for el in shape.el.iter(qn("a:hlinkClick")):
            action = el.get("action", "")
            target = None
            kind = _SHOW_JUMPS.get(action, "")
            if action == JUMP_ACTION:
                rel = slide.part.rels.get(el.get(_R_ID, "")) if el.get(_R_ID) else None
                if rel is None or rel.is_external or rel.target_part not in index:
                    continue
                target = index[rel.target_part]
            elif not kind:
                continue  # web links and other actions: never followed from the venue's offline copy
            left, top, right, bottom = shape.rect
            text = " ".join("".join(t.text or "" for t in shape.el.iter(qn("a:t"))).split())
            found.append(
                SlideLink(
                    left / width, top / height, (right - left) / width, (bottom - top) / height, target, kind, text
                )
            )
            break  # one area per shape
    return found


def describe_slides(prs: PresentationObj) -> list[PresentedSlide]:
    """Title, hidden flag, notes, text and links of every slide, hidden ones included."""
    index = {slide.part: i for i, slide in enumerate(prs.slides)}
    return [
        PresentedSlide(
            i,
            slide_title(slide) or f"Slide {i + 1}",
            is_hidden(slide),
            notes_text(slide).strip(),
            [t for t in (" ".join(x.split()) for x in slide_texts(slide)) if t],
            _links(prs, slide, index),
        )
        for i, slide in enumerate(prs.slides)
    ]


def _whole_pdf(path: Path) -> bool:
    """True when ``path`` is a PDF that ends as one does: the kept copy is written without waiting for the
    disk, so a crash or power cut can leave it empty or cut short (then it is laid out again)."""
    try:
        with path.open("rb") as pdf:
            if pdf.read(5) != b"%PDF-":
                return False
            pdf.seek(0, 2)
            pdf.seek(max(0, pdf.tell() - 1024))
            return b"%%EOF" in pdf.read()
    except OSError:
        return False


def write_pdf(
    slides: list[PresentedSlide], pictures: list[Path], target: Path | None, title: str, lang: str = "en"
) -> int:
    """The shown slides as PDF pages (960 × 540 pt) with their jumps as links; returns the page count.

    ``pictures[i]`` is slide ``i``'s picture (hidden slides included); ``lang`` a BCP 47 tag ("en", "es-PE").
    Typst lays the pages out (resources/templates/slides.typ): tagged, language and title declared, each
    picture with its slide's title as alt text. The PDF is kept in the cache by a hash of what it is made
    from (the data, the template, the pictures' names, sizes and times), so packing the same decks again
    copies it; ``target`` None only makes sure it is there. Raises ``PdfError`` if Typst refuses the
    document."""
    import tempfile

    from trainerkit.export.typst_writer import compile_source
    from trainerkit.paths import cache_dir, resources_dir

    shown = [s for s in slides if not s.hidden]
    page_of = {s.index: n for n, s in enumerate(shown, start=1)}
    language, _, region = lang.partition("-")
    data: dict[str, Any] = {
        "title": title,
        "lang": language.lower() or "en",
        "region": region.upper() or None,
        "width": PAGE_WIDTH_PT,
        "height": PAGE_HEIGHT_PT,
        "slides": [],
    }
    for n, slide in enumerate(shown, start=1):
        links = []
        for link in slide.links:
            page = page_of.get(link.target) if link.target is not None else None
            if page is None and link.action in ("next", "previous", "first", "last"):
                here = page_of[slide.index]
                page = {"next": here + 1, "previous": here - 1, "first": 1, "last": len(shown)}[link.action]
            if page is None or not 1 <= page <= len(shown):
                continue
            links.append(
                {
                    "page": page,
                    "x": round(link.left * PAGE_WIDTH_PT, 2),
                    "y": round(link.top * PAGE_HEIGHT_PT, 2),
                    "w": round(link.width * PAGE_WIDTH_PT, 2),
                    "h": round(link.height * PAGE_HEIGHT_PT, 2),
                }
            )
        data["slides"].append({"src": f"/slide-{n:03d}.png", "alt": slide.title, "links": links})
    source = (resources_dir() / "templates" / "slides.typ").read_bytes()
    text = json.dumps(data, ensure_ascii=False)
    key = hashlib.sha256(source + text.encode())
    for slide in shown:
        key.update(hashlib.sha256(pictures[slide.index].read_bytes()).digest())
    kept = cache_dir("venue-pdf") / f"{key.hexdigest()[:32]}.pdf"
    if _whole_pdf(kept):  # the same slides packed (or exported) before: no drawing, no Typst
        if target is not None:
            with atomic_write(target) as tmp:
                shutil.copyfile(kept, tmp)
        return len(shown)
    with tempfile.TemporaryDirectory(prefix="trainerkit-slides-") as root:
        for n, slide in enumerate(shown, start=1):
            name = f"slide-{n:03d}.png"
            try:  # the compiler reads only under its root: the pictures go there (a link where it can be)
                (Path(root) / name).hardlink_to(pictures[slide.index])
            except OSError:
                shutil.copyfile(pictures[slide.index], Path(root) / name)
        # in a process of its own: Typst keeps every picture it has read for the life of the process
        # (about 200 MB a deck), which a package of seven decks would otherwise pile up in this one
        pdf = compile_source(source, root, {"data": text}, fresh_process=True)
    if target is not None:
        with atomic_write(target) as tmp:
            tmp.write_bytes(pdf)
    try:  # a cache: a full disk must not fail the package
        with atomic_write(kept, durable=False) as tmp:
            tmp.write_bytes(pdf)
    except OSError as exc:
        log.warning("Could not keep the venue PDF in the cache: %s", exc)
    return len(shown)
