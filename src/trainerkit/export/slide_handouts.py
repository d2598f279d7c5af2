"""Slide pictures for printed material, and the slide handouts (1, 2, 3 with lines for notes, or 6 a page).

Pictures come from the app's thumbnail cache (``trainerkit.thumbnails``, quick engine): each slide is
drawn once per content (its fingerprint) and shared by the sorter, the trainer pack, the slide
handouts and the venue presenter of a package; the print copy is the cache's 640 px JPEG, wrapped once
in an SVG file so a PDF embeds it as it is. ``draw_pictures_in_parallel`` draws the sessions' missing
pictures in a pool of processes (both cores) the first time. Never imports Qt and never runs another program.
"""

from __future__ import annotations

import base64
import io
import logging
import os
import re
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from trainerkit.course import Course
from trainerkit.course.model import Session
from trainerkit.deck.tokens import split_tokens
from trainerkit.errors import InvalidInputError
from trainerkit.export.decks import build_session_deck, safe_filename
from trainerkit.export.handouts import handout_values
from trainerkit.export.markdown import Span, Spans
from trainerkit.export.pack_common import new_document
from trainerkit.export.reports import PackReport
from trainerkit.export.typst_writer import PdfDocument, image_ref
from trainerkit.jobs import CancelToken, Progress, no_progress
from trainerkit.paths import cache_dir
from trainerkit.recipe import CourseState
from trainerkit.store import Store

log = logging.getLogger(__name__)
PER_PAGE = (1, 2, 3, 6)
SLIDE_IMAGE_WIDTH = 1280  # pixels: a slide a page (~130 dpi across 25 cm)
PRINT_WIDTH = 640  # = thumbnails.PRINT_WIDTH; pixels: ~180 dpi for a slide 9 cm wide (speaker notes, 2, 3 or 6 a page)
JPEG_QUALITY = 85  # = thumbnails.PRINT_QUALITY


@dataclass
class SlidePage:
    """One slide of a customised deck: its picture (a JPEG file), title, notes, and whether it is hidden.

    ``notes`` is the speaker notes' text with tokens filled; ``notes_spans`` the same with a blank line
    where a token had no value."""

    image: Path
    title: str
    notes: str
    hidden: bool
    number: int
    notes_spans: Spans = ()
    width: int = 16
    height: int = 9
    large: Path | None = None  # the thumbnail cache's large preview (for a slide a page)
    fingerprint: str = ""


def print_picture(
    large_png: Path, fingerprint: str, width: int = PRINT_WIDTH, jpeg: Path | None = None
) -> tuple[Path, int, int]:
    """The print copy of a cached slide picture, made once per fingerprint and width: a JPEG ``width``
    pixels wide, wrapped in a one-image SVG file, with its pixel size. ``jpeg`` is the thumbnail cache's
    print copy (``Thumbnail.print``, 640 px), used as it is for that width; other widths are made from
    ``large_png``.

    The SVG wrapper matters: Typst keeps a JPEG placed as an image decoded in memory (a trainer pack of
    360 slides then needs ~350 MB), while a JPEG inside an SVG is embedded as it is (DCT passthrough)."""
    folder = cache_dir("slide-pictures") / fingerprint[:2]
    target = folder / f"{fingerprint}-{width}.svg"
    if target.is_file():
        match = re.search(r'width="(\d+)" height="(\d+)"', target.read_text(encoding="ascii")[:300])
        if match:
            return target, int(match.group(1)), int(match.group(2))
    folder.mkdir(parents=True, exist_ok=True)
    if jpeg is not None and width == PRINT_WIDTH and jpeg.is_file():
        data_bytes = jpeg.read_bytes()
        with Image.open(io.BytesIO(data_bytes)) as header:  # reads the size only, decodes nothing
            w, h = header.size
    else:
        with Image.open(large_png) as image:
            picture = image.convert("RGB")
        if picture.width > width:
            factor = picture.width // width
            if factor >= 2 and picture.width % width == 0:
                picture = picture.reduce(factor)  # an exact factor (1920 -> 640): a box filter, the cheapest
            else:
                size = (width, round(picture.height * width / picture.width))
                picture = picture.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
        buffer = io.BytesIO()
        picture.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
        data_bytes = buffer.getvalue()
        w, h = picture.size
    data = base64.b64encode(data_bytes).decode("ascii")
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{w}" '
        f'height="{h}" viewBox="0 0 {w} {h}"><image width="{w}" height="{h}" '
        f'xlink:href="data:image/jpeg;base64,{data}"/></svg>'
    )
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_text(svg, encoding="ascii")
    os.replace(tmp, target)
    return target, w, h


def unwrap_lines(text: str) -> str:
    """Join lines that were wrapped by hand (a line not ending a sentence continues on the next)."""
    out: list[str] = []
    for line in (raw.strip() for raw in text.replace("\v", "\n").split("\n")):
        if not line:
            continue
        if out and not out[-1].endswith((".", "!", "?", ":", ";", ")")) and not line.startswith(("-", "•")):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def session_slides(
    store: Store, state: CourseState, course: Course, number: int, width: int = SLIDE_IMAGE_WIDTH
) -> tuple[list[SlidePage], list[str]]:
    """The customised deck of a session as pictures with notes (hidden slides included, marked).

    ``width`` is kept for callers; pictures are the thumbnail cache's large previews (1280 px)."""
    from trainerkit.deck.slides import is_hidden
    from trainerkit.thumbnails import QUICK, deck_thumbnails

    prs, problems, _missing = build_session_deck(store, state, course, number)
    thumbs = deck_thumbnails(prs, engine=QUICK)
    values = handout_values(state, course)
    pages = []
    for index, (slide, thumb) in enumerate(zip(prs.slides, thumbs, strict=True), start=1):
        title = ""
        if slide.shapes.title is not None and slide.shapes.title.has_text_frame:
            title = slide.shapes.title.text_frame.text.replace("\n", " ").strip()
        raw = (
            slide.notes_slide.notes_text_frame.text
            if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None
            else ""
        )
        notes = unwrap_lines(raw)
        spans = tuple(Span(piece, token=name, blank=blank) for piece, name, blank in split_tokens(notes, values))
        image, w, h = print_picture(thumb.large, thumb.fingerprint, jpeg=thumb.print)
        filled = "".join(s.text for s in spans)
        page = SlidePage(image, title, filled, is_hidden(slide), index, spans, w, h)
        page.large = thumb.large
        page.fingerprint = thumb.fingerprint
        pages.append(page)
    return pages, [str(p) for p in problems]


# --- drawing the first time, on both cores -------------------------------------------------------------


def _draw_session(store_path: str, name: str, number: int) -> tuple[list[SlidePage], list[str]]:
    """Worker: the pages of one session (thumbnails and print copies drawn or found in the cache)."""
    from trainerkit.recipe import state_of
    from trainerkit.store import open_store

    store = open_store(Path(store_path))
    _record, state, course = state_of(store, name)
    return session_slides(store, state, course, number)


def draw_pictures_in_parallel(
    store: Store, name: str, sessions: Sequence[int], workers: int | None = None
) -> dict[int, tuple[list[SlidePage], list[str]]]:
    """The sessions' slide pages (pictures drawn into the caches), made in a pool of processes (spawned, so
    safe beside threads), by session. Best effort: on any failure it returns what it has, and the rest is
    drawn in this process as needed."""
    workers = workers or min(len(sessions), os.cpu_count() or 1, 4)
    from trainerkit.export.typst_writer import can_spawn

    if workers < 2 or not can_spawn():
        return {}
    import multiprocessing

    done: dict[int, tuple[list[SlidePage], list[str]]] = {}
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = {n: pool.submit(_draw_session, str(store.path), name, n) for n in sessions}
            for number, future in futures.items():
                done[number] = future.result()
    except Exception as exc:  # the pool is only a speed-up
        log.warning("Drawing slide pictures in parallel failed (%s); drawing them one by one.", exc)
    return done


# --- slide handouts ----------------------------------------------------------------------------------


def build_slide_handout(
    state: CourseState, course: Course, session: Session, slides: list[SlidePage], per_page: int
) -> PdfDocument:
    """Visible slides of one session, ``per_page`` to a page (3: with lines for notes beside each)."""
    if per_page not in PER_PAGE:
        raise InvalidInputError(f"Slides per page must be one of {', '.join(map(str, PER_PAGE))}.")
    document, _values = new_document(state, course, f"Slides: session {session.number}")
    document.heavy = True
    orientation = "landscape" if per_page == 1 else "portrait"
    visible = [s for s in slides if not s.hidden]
    title = f"Session {session.number}: {session.title}"
    section = document.section(orientation, f"Slides · {title}")
    if visible:
        section.blocks.append(
            {
                "k": "slides",
                "per_page": per_page,
                "title": title,
                "pictures": [
                    {
                        "img": image_ref(_picture_for(s, per_page)),
                        "alt": f"Slide {s.number}: {s.title or 'picture of the slide'}",
                    }
                    for s in visible
                ],
            }
        )
    else:
        section.blocks.append({"k": "p", "s": [{"t": f"{title}: no visible slides."}]})
    return document


def _picture_for(slide: SlidePage, per_page: int) -> Path:
    if per_page == 1 and slide.large is not None and slide.large.is_file():
        return print_picture(slide.large, slide.fingerprint, SLIDE_IMAGE_WIDTH)[0]
    return slide.image


def export_slide_handouts(
    store: Store,
    name: str,
    out_dir: Path,
    per_page: Sequence[int] = (3,),
    *,
    slides: dict[int, list[SlidePage]] | None = None,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
) -> PackReport:
    from trainerkit.export.export_cache import cached_export
    from trainerkit.recipe import state_of

    for count in per_page:
        if count not in PER_PAGE:
            raise InvalidInputError(f"Slides per page must be one of {', '.join(map(str, PER_PAGE))}.")

    def make(out: Path) -> PackReport:
        nonlocal token
        token = token or CancelToken()
        _record, state, course = state_of(store, name)
        report = PackReport()
        numbers = sorted(state.sessions)
        for done, number in enumerate(numbers):
            token.check()
            progress(done, len(numbers), f"Slide handouts: session {number}")
            session = course.session(number)
            pages = slides.get(number) if slides is not None else None
            if pages is None:
                pages, problems = session_slides(store, state, course, number)
                report.problems.extend(problems)
                if slides is not None:
                    slides[number] = pages
            for count in per_page:
                token.check()
                document = build_slide_handout(state, course, session, pages, count)
                target = out / (safe_filename(f"Slides S{number} - {session.title} - {count} per page") + ".pdf")
                document.save(target)
                report.files.append(target)
                report.pages[target.name] = document.page_count()
        progress(len(numbers), len(numbers), "Slide handouts done")
        return report

    return cached_export(store, name, "slide-handouts", out_dir, make, options=sorted(per_page))
