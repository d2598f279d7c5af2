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
from typing import Any

from PIL import Image

from trainerkit.course import Course
from trainerkit.course.model import Session
from trainerkit.deck.tokens import notes_with_tokens, split_tokens
from trainerkit.errors import InvalidInputError
from trainerkit.export.decks import build_session_deck, safe_filename
from trainerkit.export.handouts import handout_values
from trainerkit.export.markdown import Span, Spans
from trainerkit.export.pack_common import new_document
from trainerkit.export.reports import PackReport
from trainerkit.export.typst_writer import PdfDocument, compile_documents, image_ref
from trainerkit.fileio import atomic_write
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
    with atomic_write(target, durable=False) as tmp:  # a cache of pictures: atomic, no need to reach the disk
        tmp.write_text(svg, encoding="ascii")
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

    ``width`` is kept for callers; pictures come from the thumbnail cache (quick engine)."""
    pages, problems, _prs, _thumbs = _session_slides(store, state, course, number)
    return pages, problems


def _session_slides(
    store: Store, state: CourseState, course: Course, number: int, before_drawing: Any = None
) -> tuple[list[SlidePage], list[str], Any, list[Any]]:
    """``session_slides`` with the deck it built and its thumbnails; ``before_drawing(prs)`` is called on
    the deck as built, before any slide is drawn (drawing may add empty elements to a slide's XML)."""
    from trainerkit.deck.slides import is_hidden
    from trainerkit.thumbnails import QUICK, deck_thumbnails

    prs, problems, _missing = build_session_deck(store, state, course, number)
    if before_drawing is not None:
        before_drawing(prs)
    thumbs = deck_thumbnails(prs, engine=QUICK, small=False)  # the sorter's pictures: made when needed
    values = handout_values(state, course)
    pages = []
    for index, (slide, thumb) in enumerate(zip(prs.slides, thumbs, strict=True), start=1):
        title = ""
        if slide.shapes.title is not None and slide.shapes.title.has_text_frame:
            title = slide.shapes.title.text_frame.text.replace("\n", " ").strip()
        raw = notes_with_tokens(slide) or (  # its tokens without value become the printed blank line
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
    return pages, [str(p) for p in problems], prs, thumbs


# --- drawing the first time, on both cores -------------------------------------------------------------


def _draw_session(
    store_path: str, state: CourseState, number: int, for_pack: bool = True
) -> tuple[list[SlidePage], list[str]]:
    """Worker: ``_draw_pages`` with a store of its own. The state comes from the caller, read once: the
    worker never reads the course again."""
    from trainerkit.course import load_course
    from trainerkit.store import open_store

    store = open_store(Path(store_path))
    try:
        return _draw_pages(store, state, load_course(), number, for_pack)
    finally:
        store.close()


def _draw_pages(
    store: Store, state: CourseState, course: Course, number: int, for_pack: bool = True
) -> tuple[list[SlidePage], list[str]]:
    """The pages of one session of ``state`` (thumbnails and print copies drawn or found in the cache).

    With ``for_pack``, the deck's venue PDF and accessibility findings are made too while its pictures
    are fresh, into their caches, so a ``usb pack`` right after this export copies them instead of
    making them."""
    described: list[Any] = []
    pages, problems, _prs, thumbs = _session_slides(
        store, state, course, number, (lambda prs: described.extend(_check_deck(prs))) if for_pack else None
    )
    from trainerkit.export.typst_writer import can_spawn

    if for_pack and described and can_spawn():  # Typst keeps the pictures it read: only in a process of its own
        _venue_pdf(described, thumbs, course, number)
    return pages, problems


def _check_deck(prs: Any) -> list[Any]:
    """The deck's accessibility findings, into their cache, and its slides described for the venue PDF.
    Best effort (only a head start for the pack): [] on failure."""
    from trainerkit.export.accessibility import deck_findings
    from trainerkit.export.venue import describe_slides

    try:
        deck_findings(prs)
        return describe_slides(prs)
    except Exception as exc:
        log.warning("Could not check a deck ahead of packing: %s", exc)
        return []


def _venue_pdf(described: list[Any], thumbs: list[Any], course: Course, number: int) -> None:
    """The venue PDF of the session's deck (titled as ``usb pack`` titles it: the exported deck's file
    name), into its cache. Best effort: the pack makes it if this fails."""
    from trainerkit.export.decks import session_filename
    from trainerkit.export.venue import write_pdf

    try:
        title = re.sub(r"\s+", " ", session_filename(course, number).removesuffix(".pptx"))
        write_pdf(described, [t.large for t in thumbs], None, title)
    except Exception as exc:
        log.warning("Could not make the venue PDF of session %s ahead of packing: %s", number, exc)


class PictureJob:
    """The sessions' slide pages being drawn in a pool of processes (spawned, so safe beside threads) while
    the caller goes on with other work; ``result()`` waits for them. The largest decks go first, so two
    workers finish together. Best effort: on any failure ``result()`` returns what it has, and the rest is
    drawn in this process as needed."""

    def __init__(
        self, store: Store, state: CourseState, course: Course, sessions: Sequence[int], workers: int | None = None
    ) -> None:
        from trainerkit.export.typst_writer import can_spawn

        self._pool: ProcessPoolExecutor | None = None
        self._futures: dict[int, Any] = {}
        self._here = (store, state, course, list(sessions))  # drawn in this process when there is no pool
        workers = workers or min(len(sessions), os.cpu_count() or 1, 4)
        if workers < 2 or not can_spawn():
            return
        import multiprocessing

        from trainerkit.course.decks import deck_path

        def size(number: int) -> int:
            try:
                return deck_path(number).stat().st_size
            except OSError:
                return 0

        try:
            self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
            for number in sorted(sessions, key=size, reverse=True):
                self._futures[number] = self._pool.submit(_draw_session, str(store.path), state, number)
        except Exception as exc:  # the pool is only a speed-up
            log.warning("Could not start drawing slide pictures in parallel (%s).", exc)
            self.close()

    def result(self, token: CancelToken | None = None) -> dict[int, tuple[list[SlidePage], list[str]]]:
        done: dict[int, tuple[list[SlidePage], list[str]]] = {}
        if self._pool is None:  # one session, a frozen app, TRAINERKIT_NO_POOL: here, one after the other
            store, state, course, sessions = self._here
            for number in sessions:
                if token is not None:
                    token.check()
                done[number] = _draw_pages(store, state, course, number)
            return done
        try:
            for number, future in sorted(self._futures.items()):
                done[number] = future.result()
        except Exception as exc:  # the pool is only a speed-up
            log.warning("Drawing slide pictures in parallel failed (%s); drawing them one by one.", exc)
        finally:
            self.close()
        return done

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def draw_pictures_in_parallel(
    store: Store, name: str, sessions: Sequence[int], workers: int | None = None, state: CourseState | None = None
) -> dict[int, tuple[list[SlidePage], list[str]]]:
    """The sessions' slide pages (pictures drawn into the caches), made in a pool of processes, by session
    (``PictureJob``, waited for). ``state``: the course's state as already read, else read here."""
    from trainerkit.recipe import state_of

    _record, read, course = state_of(store, name)
    return PictureJob(store, state or read, course, sessions, workers).result()


# --- slide handouts ----------------------------------------------------------------------------------


def build_slide_handout(
    state: CourseState, course: Course, session: Session, slides: list[SlidePage], per_page: int
) -> PdfDocument:
    """Visible slides of one session, ``per_page`` to a page (3: with lines for notes beside each)."""
    if per_page not in PER_PAGE:
        raise InvalidInputError(f"Slides per page must be one of {', '.join(map(str, PER_PAGE))}.")
    from trainerkit.messages import _

    document, _values = new_document(state, course, f"Slides: session {session.number}")
    lang = document.lang  # the words added in the course's language
    document.heavy = True
    orientation = "landscape" if per_page == 1 else "portrait"
    visible = [s for s in slides if not s.hidden]
    title = _("Session {number}: {title}", lang).format(number=session.number, title=session.title)
    section = document.section(orientation, _("Slides", lang) + f" · {title}")
    if visible:
        section.blocks.append(
            {
                "k": "slides",
                "per_page": per_page,
                "title": title,
                "pictures": [
                    {
                        "img": image_ref(_picture_for(s, per_page)),
                        "alt": _("Slide {number}", lang).format(number=s.number)
                        + ": "
                        + (s.title or _("picture of the slide", lang)),
                    }
                    for s in visible
                ],
            }
        )
    else:
        section.blocks.append({"k": "p", "s": [{"t": f"{title}: " + _("no visible slides.", lang)}]})
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
    snapshot: Any = None,
) -> PackReport:
    from trainerkit.export.export_cache import cached_export, snapshot_of

    for count in per_page:
        if count not in PER_PAGE:
            raise InvalidInputError(f"Slides per page must be one of {', '.join(map(str, PER_PAGE))}.")

    def make(out: Path) -> PackReport:
        nonlocal token
        token = token or CancelToken()
        from trainerkit.translate.hooks import translated_course

        _record, state, course = snapshot_of(store, name, snapshot)
        shown = translated_course(store, state, course)  # titles in the course's language
        report = PackReport()
        numbers = sorted(state.sessions)
        documents: list[tuple[PdfDocument, Path]] = []
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
                document = build_slide_handout(state, shown, shown.session(number), pages, count)
                target = out / (safe_filename(f"Slides S{number} - {session.title} - {count} per page") + ".pdf")
                documents.append((document, target))
        token.check()
        compile_documents([document for document, _target in documents])  # on both cores, one start each
        for document, target in documents:
            document.save(target)
            report.files.append(target)
            report.pages[target.name] = document.page_count()
        progress(len(numbers), len(numbers), "Slide handouts done")
        return report

    return cached_export(store, name, "slide-handouts", out_dir, make, options=sorted(per_page), snapshot=snapshot)
