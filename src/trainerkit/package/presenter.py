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

import json
import logging
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from pptx import Presentation
from pptx.presentation import Presentation as PresentationObj

from trainerkit.export.venue import (
    PresentedSlide,
    describe_slides,
    write_pdf,
)
from trainerkit.fileio import atomic_write, write_text_atomic
from trainerkit.jobs import CancelToken, Progress, no_progress

PICTURE_WIDTH = 1920
PRESENTER_SUFFIX = " - presenter"
FILES_SUFFIX = " - presenter files"
CSP = (
    "default-src 'none'; img-src 'self' file: data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Presentables:
    pdf: Path
    html: Path
    pictures: list[Path]
    visible: int
    hidden: int


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
    thumbs = deck_thumbnails(prs, engine=QUICK, progress=progress, token=token, small=False)
    paths = []
    for i, thumb in enumerate(thumbs):
        token.check()
        target = folder / f"slide-{i + 1:03d}.png"
        with atomic_write(target, durable=False) as tmp:  # staged, hashed and verified on the stick later
            shutil.copyfile(thumb.large, tmp)
        paths.append(target)
    return paths


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
