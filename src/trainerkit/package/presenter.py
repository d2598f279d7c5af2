"""Venue fallbacks for a deck: a presentable PDF and an offline HTML presenter, with no LibreOffice.

For a computer with no PowerPoint (or an old LibreOffice, or only a browser), every deck in a package also
comes as:

* ``<deck>.pdf``: one 13.33 × 7.5 in page per shown slide (hidden slides left out), each the slide's
  picture at 1920 × 1080 drawn by TrainerKit's own renderer (:mod:`trainerkit.deck.drawing`), with the
  slide-to-slide jumps kept as PDF links (jumps to hidden slides and "last slide viewed" buttons cannot be
  followed in a PDF and are left out); a tagged PDF with its language and title, laid out by Typst.
* ``<deck> - presenter.html`` with its pictures in ``<deck> - presenter files/``: plain files that work from
  ``file://`` in current Firefox, Chromium and Edge, with no network (a Content-Security-Policy forbids any
  request but the local pictures) and no build step. Full-screen slides; arrows, PageUp/PageDown, space,
  Enter, Backspace, Home/End (clickers send these); B or . for a black screen; F for full screen; H to show
  the hidden slides in the sequence (they are always reachable by their links); P opens the presenter view
  in a second window (notes, the next slide, a timer, the same keys). Jumps between slides are links over
  the picture; "Back" buttons return to the slide viewed before. Each slide's text is in the page for
  screen readers.

:func:`deck_presentables` writes both for one saved deck. Long work takes a progress callback and a cancel
token. Never imports Qt; never opens a network connection.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationObj
from pptx.slide import Slide

from trainerkit.deck.links import JUMP_ACTION
from trainerkit.deck.slides import is_hidden, notes_text, slide_texts, slide_title
from trainerkit.fileio import atomic_write, write_text_atomic
from trainerkit.jobs import CancelToken, Progress, no_progress

PICTURE_WIDTH = 1920
PAGE_WIDTH_PT, PAGE_HEIGHT_PT = 960.0, 540.0  # 13.333 × 7.5 in
PRESENTER_SUFFIX = " - presenter"
FILES_SUFFIX = " - presenter files"
_SHOW_JUMPS = {
    "ppaction://hlinkshowjump?jump=lastslideviewed": "back",
    "ppaction://hlinkshowjump?jump=nextslide": "next",
    "ppaction://hlinkshowjump?jump=previousslide": "previous",
    "ppaction://hlinkshowjump?jump=firstslide": "first",
    "ppaction://hlinkshowjump?jump=lastslide": "last",
}
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
CSP = (
    "default-src 'none'; img-src 'self' file: data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)
log = logging.getLogger(__name__)


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


@dataclass(frozen=True)
class Presentables:
    pdf: Path
    html: Path
    pictures: list[Path]
    visible: int
    hidden: int


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


def slide_pictures(
    prs: PresentationObj, folder: Path, progress: Progress = no_progress, token: CancelToken | None = None
) -> list[Path]:
    """``slide-001.png`` ... for every slide (hidden too), 1920 px wide: the slide pictures of the thumbnail
    cache (``trainerkit.thumbnails``, quick engine, drawn once per slide content by TrainerKit's own
    renderer and shared with the app, the trainer pack and the slide handouts), copied into ``folder``.
    A slide exported before is not drawn again."""
    from trainerkit.thumbnails import QUICK, deck_thumbnails

    token = token or CancelToken()
    folder.mkdir(parents=True, exist_ok=True)
    thumbs = deck_thumbnails(prs, engine=QUICK, progress=progress, token=token)
    paths = []
    for i, thumb in enumerate(thumbs):
        token.check()
        target = folder / f"slide-{i + 1:03d}.png"
        with atomic_write(target) as tmp:
            shutil.copyfile(thumb.large, tmp)
        paths.append(target)
    return paths


def write_pdf(slides: list[PresentedSlide], pictures: list[Path], target: Path, title: str, lang: str = "en") -> int:
    """The shown slides as PDF pages (960 × 540 pt) with their jumps as links; returns the page count.

    ``pictures[i]`` is slide ``i``'s picture (hidden slides included); ``lang`` a BCP 47 tag ("en", "es-PE").
    Typst lays the pages out (resources/templates/slides.typ): tagged, language and title declared, each
    picture with its slide's title as alt text. The PDF is kept in the cache by a hash of what it is made
    from (the data, the template, the pictures' names, sizes and times), so packing the same decks again
    copies it. Raises ``PdfError`` if Typst refuses the document."""
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
    if kept.is_file():  # the same slides packed before: no drawing, no Typst
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
    with atomic_write(target) as tmp:
        tmp.write_bytes(pdf)
    try:  # a cache: a full disk must not fail the package
        with atomic_write(kept, durable=False) as tmp:
            tmp.write_bytes(pdf)
    except OSError as exc:
        log.warning("Could not keep the venue PDF in the cache: %s", exc)
    return len(shown)


def _page() -> str:
    """The page template (resources/presenter/presenter.html): markup, style and script, with %NAME% slots."""
    from trainerkit.paths import resources_dir

    return (resources_dir() / "presenter" / "presenter.html").read_text(encoding="utf-8")


def _rel_url(path: str) -> str:
    from urllib.parse import quote

    return "/".join(quote(part) for part in path.split("/"))


def presenter_html(slides: list[PresentedSlide], pictures_folder: str, title: str, lang: str = "en") -> str:
    """The presenter page: pictures in ``pictures_folder`` (relative), data and script inline."""
    data = [
        {
            "src": _rel_url(f"{pictures_folder}/slide-{s.index + 1:03d}.png"),
            "title": s.title,
            "hidden": s.hidden,
            "notes": s.notes,
            "text": s.text,
            "links": [
                {
                    "x": round(link.left * 100, 3),
                    "y": round(link.top * 100, 3),
                    "w": round(link.width * 100, 3),
                    "h": round(link.height * 100, 3),
                    "target": link.target,
                    "action": link.action,
                    "text": link.text,
                }
                for link in s.links
            ],
        }
        for s in slides
    ]
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    visible = sum(1 for s in slides if not s.hidden)
    return (
        _page()
        .replace("%LANG%", escape(lang))
        .replace("%CSP%", escape(CSP))
        .replace("%TITLE%", escape(title))
        .replace("%VISIBLE%", str(visible))
        .replace("%DATA%", payload)
    )


def deck_presentables(
    deck: Path,
    out_dir: Path,
    *,
    stem: str | None = None,
    lang: str = "en",
    progress: Progress = no_progress,
    token: CancelToken | None = None,
    claim: Callable[[str], str] | None = None,
) -> Presentables:
    """Write ``<stem>.pdf``, ``<stem> - presenter.html`` and ``<stem> - presenter files/`` for a saved deck.

    ``claim`` turns a wanted file name into a safe unique one (the package's names); raises whatever
    python-pptx raises for an unreadable deck."""
    token = token or CancelToken()
    claim = claim or (lambda name: name)
    stem = stem or deck.stem
    prs = Presentation(str(deck))
    title = re.sub(r"\s+", " ", stem)
    slides = describe_slides(prs)
    folder_name = claim(stem + FILES_SUFFIX)
    pictures = slide_pictures(prs, out_dir / folder_name, progress, token)
    token.check()
    pdf = out_dir / claim(f"{stem}.pdf")
    write_pdf(slides, pictures, pdf, title, lang)
    html = out_dir / claim(f"{stem}{PRESENTER_SUFFIX}.html")
    write_text_atomic(html, presenter_html(slides, folder_name, title, lang))
    hidden = sum(1 for s in slides if s.hidden)
    return Presentables(pdf, html, pictures, len(slides) - hidden, hidden)
