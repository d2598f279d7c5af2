"""Pictures of slides for the slide sorter and the preview: PNG files cached on disk by content.

Two engines draw them:

* ``libreoffice``: the customised deck (all slides shown, so hidden slides get a picture too) is converted
  to PDF once by ``soffice`` in a subprocess with its own throw-away profile and a timeout, then each page
  is rasterised by ``pdftoppm`` at two sizes (sorter and preview). Faithful, a few seconds per deck.
* ``quick``: a Pillow drawing of each slide's shapes, text, pictures, tables and charts
  (``trainerkit.deck.drawing``), for machines without LibreOffice
  (the app says so: "Quick previews (LibreOffice not found)"). Milliseconds per slide. It is also the
  drawing every printed and packed form uses: each slide is drawn once, at ``DRAW_WIDTH`` (1920 px, the
  venue presenter's size), and three files are kept: the large picture (a palette PNG when the slide has
  flat colours), the sorter's small PNG and the print copy (a 640 px JPEG for the trainer pack and slide
  handouts), all made from that one drawing.

Each slide's picture is cached under ``<cache>/thumbnails/<engine>/`` by a fingerprint of what it shows
(its XML without the hidden flag, its layout, master and media), so hiding, showing or moving a slide
re-uses its picture and a profile change only re-draws the slides whose text changed. A deck whose
fingerprints were all converted once is never converted again, even if a picture failed.

Long work takes ``progress(done, total, label)`` and a ``CancelToken`` like every core job. This module
must never import Qt; the app runs it on a worker thread, which hands back paths and ``Pixels`` (plain
bytes): the app makes them into Qt pictures on its main thread.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import shutil
import subprocess
import tempfile
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.presentation import Presentation as PresentationObj
from pptx.slide import Slide

from trainerkit.deck.tokens import fill_tokens
from trainerkit.fileio import atomic_write
from trainerkit.jobs import CancelToken, Progress, no_progress
from trainerkit.paths import cache_dir
from trainerkit.store import Store

log = logging.getLogger(__name__)

LIBREOFFICE = "libreoffice"
QUICK = "quick"
ENGINES = (LIBREOFFICE, QUICK)
THUMB_DPI = 40  # 13.33 in wide slides -> 533 px: sharp in a sorter grid, small on disk
PREVIEW_DPI = 96  # 1280 px: LibreOffice's large preview
DRAW_WIDTH = 1920  # pixels: the quick engine's one drawing of a slide (large preview, venue presenter and PDF)
PRINT_WIDTH = 640  # pixels: the print copy, a third of the drawing (~180 dpi for a slide 9 cm wide)
PRINT_QUALITY = 85  # JPEG quality of the print copy
PALETTE_LIMIT = 4096  # fewer distinct colours than this (no photograph): the large PNG gets a 256-colour palette
_FOLDERS = {LIBREOFFICE: LIBREOFFICE, QUICK: "quick-1920"}  # a new folder when a picture's form changes
CONVERT_TIMEOUT = 240  # seconds for soffice on one deck
_CONVERT_LOCK = threading.Lock()  # one soffice at a time per process
_profile_dir: Path | None = None


@dataclass(frozen=True)
class Thumbnail:
    """The pictures of one slide: ``small`` for the sorter, ``large`` for the preview (and, from the quick
    engine, the venue presenter), ``print`` the quick engine's 640 px JPEG for printed material (None from
    LibreOffice)."""

    fingerprint: str
    small: Path
    large: Path
    engine: str
    print: Path | None = None


# ---- engines ----------------------------------------------------------------------------------------
def find_libreoffice() -> str | None:
    """The ``soffice`` command, when both it and ``pdftoppm`` are installed; else None."""
    if os.environ.get("TRAINERKIT_NO_LIBREOFFICE"):
        return None
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        return None
    return soffice


def best_engine() -> str:
    return LIBREOFFICE if find_libreoffice() else QUICK


def engine_label(engine: str) -> str:
    """What the app tells the trainer about the pictures it shows, in the user's language."""
    from trainerkit.messages import _

    if engine == LIBREOFFICE:
        return _("Slide pictures by LibreOffice")
    if find_libreoffice() is None:
        return _("Quick previews (LibreOffice not found)")
    return _("Quick previews (LibreOffice pictures on the way)")


# ---- fingerprints and cache -------------------------------------------------------------------------
def _slide_xml_without_hidden_flag(slide: Slide) -> bytes:
    element = slide._element
    show = element.attrib.pop("show", None)
    try:
        from lxml import etree

        return bytes(etree.tostring(element))
    finally:
        if show is not None:
            element.set("show", show)


def slide_fingerprint(prs: PresentationObj, slide: Slide) -> str:
    """A hash of everything the slide's picture shows, and nothing it does not (hidden flag, notes)."""
    digest = hashlib.sha256()
    digest.update(f"{prs.slide_width}x{prs.slide_height}".encode())
    digest.update(_slide_xml_without_hidden_flag(slide))
    for rel_id in sorted(slide.part.rels):
        rel = slide.part.rels[rel_id]
        digest.update(rel_id.encode() + rel.reltype.encode())
        if rel.is_external:
            digest.update(rel.target_ref.encode())
            continue
        if rel.reltype in (RT.NOTES_SLIDE, RT.SLIDE):  # notes are not drawn; a jump's target is not either
            continue
        target = rel.target_part
        digest.update(hashlib.sha256(target.blob).digest())
        if rel.reltype == RT.SLIDE_LAYOUT:
            master = target.part_related_by(RT.SLIDE_MASTER)
            digest.update(hashlib.sha256(master.blob).digest())
    return digest.hexdigest()[:32]


def _cache_paths(engine: str, fingerprint: str, root: Path | None = None) -> tuple[Path, Path]:
    folder = (root or cache_dir("thumbnails")) / _FOLDERS[engine] / fingerprint[:2]
    return folder / f"{fingerprint}-s.png", folder / f"{fingerprint}-l.png"


def _print_path(small: Path) -> Path:
    return small.with_name(small.name.replace("-s.png", "-p.jpg"))


def cached_thumbnail(
    engine: str, fingerprint: str, root: Path | None = None, need_small: bool = True
) -> Thumbnail | None:
    """The slide's cached pictures, or None when it must be drawn. A quick entry is complete with its
    large picture and print copy; its small picture is made from the print copy when first needed
    (``need_small``), without drawing the slide again."""
    small, large = _cache_paths(engine, fingerprint, root)
    if engine == QUICK:
        printed = _print_path(small)
        if not (large.is_file() and printed.is_file()):
            return None
        if need_small and not small.is_file():
            try:
                with Image.open(printed) as image:
                    _store_png(_small_picture(image.convert("RGB")), small)
            except OSError:
                return None
        return Thumbnail(fingerprint, small, large, engine, printed)
    if small.is_file() and large.is_file():
        return Thumbnail(fingerprint, small, large, engine)
    return None


def _store_png(image: Image.Image, target: Path) -> None:
    with atomic_write(target, durable=False) as tmp:  # a cache: atomic, no need to reach the disk
        image.save(tmp, "PNG", optimize=False, compress_level=3)  # 6 costs twice the time for 10% less


def _store_jpeg(image: Image.Image, target: Path) -> None:
    with atomic_write(target, durable=False) as tmp:
        image.save(tmp, "JPEG", quality=PRINT_QUALITY, optimize=True)


def _store_file(source: Path, target: Path) -> None:
    with atomic_write(target, durable=False) as tmp:
        shutil.copyfile(source, tmp)


# ---- quick engine (Pillow) --------------------------------------------------------------------------
def _palette(image: Image.Image, sample: Image.Image) -> Image.Image:
    """``image`` with 256 colours when it has flat colours (a palette PNG is 2-3x smaller), else as it is.

    The palette is chosen on ``sample``, the picture a third of the size (9x fewer pixels to sort), and the
    whole picture is then
    mapped onto it without dithering: a quarter of the time of quantising the whole picture, the same look
    for slides (flat fills, text, lines)."""
    if sample.getcolors(PALETTE_LIMIT) is None:  # the sample has at least the picture's variety of colours
        return image  # a photograph: kept in full colour
    palette = sample.quantize(256, method=Image.Quantize.FASTOCTREE)
    return image.quantize(palette=palette, dither=Image.Dither.NONE)


def _quick_pictures(
    prs: PresentationObj, slide: Slide, small: bool = True
) -> tuple[Image.Image | None, Image.Image, Image.Image]:
    """(small, large, print) pictures of one slide from a single drawing ``DRAW_WIDTH`` pixels wide (small
    None unless asked for)."""
    from trainerkit.deck.drawing import draw_slide

    slide_width, slide_height = int(prs.slide_width or 12192000), int(prs.slide_height or 6858000)
    ratio = slide_height / slide_width
    drawn = draw_slide(slide, slide_width, slide_height, DRAW_WIDTH)
    factor = DRAW_WIDTH // PRINT_WIDTH
    printed = drawn.reduce(factor)  # a box filter: the cheapest good one for an exact factor
    return (_small_picture(printed, ratio) if small else None), _palette(drawn, printed), printed


def _small_picture(printed: Image.Image, ratio: float | None = None) -> Image.Image:
    """The sorter's picture (533 px wide) from the print copy."""
    small_w = int(13.333 * THUMB_DPI)
    ratio = ratio if ratio is not None else printed.height / printed.width
    return printed.resize((small_w, int(small_w * ratio)), Image.Resampling.BILINEAR)


# ---- LibreOffice engine -----------------------------------------------------------------------------
def _profile_url() -> str:
    """A LibreOffice profile of our own (never the user's), made once per process."""
    global _profile_dir
    if _profile_dir is None:
        _profile_dir = Path(tempfile.mkdtemp(prefix="trainerkit-lo-"))
    return _profile_dir.as_uri()


def _all_slides_shown_copy(prs: PresentationObj, target: Path) -> None:
    buffer = io.BytesIO()
    prs.save(buffer)
    buffer.seek(0)
    copy = Presentation(buffer)
    for slide in copy.slides:
        slide._element.attrib.pop("show", None)
    copy.save(str(target))


def _run(args: list[str], timeout: float, token: CancelToken) -> None:
    """Run a command, checking the cancel token twice a second; kill it on cancel or timeout."""
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    waited = 0.0
    try:
        while True:
            try:
                _out, err = process.communicate(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                waited += 0.5
                if token.cancelled or waited >= timeout:
                    process.kill()
                    process.communicate()
                    token.check()
                    raise RuntimeError(f"{Path(args[0]).name} took longer than {timeout:.0f} s") from None
    except BaseException:
        if process.poll() is None:
            process.kill()
            process.communicate()
        raise
    if process.returncode != 0:
        raise RuntimeError(f"{Path(args[0]).name} failed ({process.returncode}): {err.decode(errors='replace')[:300]}")


def _pages(folder: Path, prefix: str) -> list[Path]:
    return sorted(folder.glob(f"{prefix}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def libreoffice_pictures(
    prs: PresentationObj, token: CancelToken, progress: Progress = no_progress, timeout: float = CONVERT_TIMEOUT
) -> list[tuple[Path, Path]]:
    """(small, large) PNGs of every slide, hidden ones included, in a temporary folder the caller removes.

    Raises RuntimeError when LibreOffice is missing, fails, times out or gives a page count that does
    not match the slides.
    """
    soffice = find_libreoffice()
    if soffice is None:
        raise RuntimeError("LibreOffice is not installed")
    work = Path(tempfile.mkdtemp(prefix="trainerkit-thumbs-"))
    deck = work / "deck.pptx"
    _all_slides_shown_copy(prs, deck)
    count = len(prs.slides)
    progress(0, count, "Converting the deck with LibreOffice")
    with _CONVERT_LOCK:
        _run(
            [
                soffice,
                f"-env:UserInstallation={_profile_url()}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                str(deck),
            ],
            timeout,
            token,
        )
    pdf = work / "deck.pdf"
    if not pdf.is_file():
        raise RuntimeError("LibreOffice made no PDF")
    progress(count // 3, count, "Drawing slide pictures")
    pdftoppm = shutil.which("pdftoppm") or "pdftoppm"
    _run([pdftoppm, "-png", "-r", str(THUMB_DPI), str(pdf), str(work / "s")], timeout, token)
    progress(2 * count // 3, count, "Drawing large previews")
    _run([pdftoppm, "-png", "-r", str(PREVIEW_DPI), str(pdf), str(work / "l")], timeout, token)
    small, large = _pages(work, "s"), _pages(work, "l")
    if len(small) != count or len(large) != count:
        raise RuntimeError(f"LibreOffice gave {len(small)} pages for {count} slides")
    return list(zip(small, large, strict=True))


# ---- the API the app calls --------------------------------------------------------------------------
def deck_thumbnails(
    prs: PresentationObj,
    *,
    engine: str | None = None,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
    cache: Path | None = None,
    small: bool = True,
) -> list[Thumbnail]:
    """One ``Thumbnail`` per slide of ``prs``, in order, drawing only what the cache lacks.

    ``small`` False: the sorter's small pictures are not needed (an export), so their paths may not exist
    yet; the app makes them from the print copies when it first asks. ``engine`` None means the best
    installed. If LibreOffice fails, the missing slides get quick pictures (the returned ``engine`` says
    which), and the failure is logged.
    """
    token = token or CancelToken()
    engine = engine or best_engine()
    if engine not in ENGINES:
        raise ValueError(f"unknown thumbnail engine {engine!r}")
    slides = list(prs.slides)
    prints = []
    for slide in slides:  # hashing every part of a long deck takes a while: stop soon when cancelled
        token.check()
        prints.append(slide_fingerprint(prs, slide))
    result: list[Thumbnail | None] = [cached_thumbnail(engine, fp, cache, small) for fp in prints]
    missing = [i for i, thumb in enumerate(result) if thumb is None]
    drawn: list[int] = []  # what this call drew (quick engine), for the tests' and benchmark's counts
    total = len(slides)
    if missing and engine == LIBREOFFICE:
        try:
            pictures = libreoffice_pictures(prs, token, progress)
        except RuntimeError as exc:
            log.warning("LibreOffice thumbnails failed, using quick previews: %s", exc)
        else:
            for i in missing:
                small_lo, large = _cache_paths(LIBREOFFICE, prints[i], cache)
                _store_file(pictures[i][0], small_lo)
                _store_file(pictures[i][1], large)
                result[i] = Thumbnail(prints[i], small_lo, large, LIBREOFFICE)
            if pictures:
                shutil.rmtree(pictures[0][0].parent, ignore_errors=True)
    for done, i in enumerate(missing):
        if result[i] is not None:
            continue
        token.check()
        progress(done, total, f"Drawing slide {i + 1}")
        existing = cached_thumbnail(QUICK, prints[i], cache, small)
        if existing is None:
            small_img, large_img, print_img = _quick_pictures(prs, slides[i], small)
            small_path, large = _cache_paths(QUICK, prints[i], cache)
            printed = _print_path(small_path)
            if small_img is not None:
                _store_png(small_img, small_path)
            _store_png(large_img, large)
            _store_jpeg(print_img, printed)  # last: with the large picture, it marks a complete entry
            existing = Thumbnail(prints[i], small_path, large, QUICK, printed)
            drawn.append(i)
        result[i] = existing
    progress(total, total, "Slide pictures ready")
    COUNTS["drawn"] += len(drawn)
    return [thumb for thumb in result if thumb is not None]


#: ``COUNTS["drawn"]``: slides this process has drawn with the quick engine (not found in the cache); the
#: tests read it to pin "each slide drawn once" (a pack right after an export draws none).
COUNTS: Counter[str] = Counter()


@dataclass(frozen=True)
class Pixels:
    """A picture as plain bytes for another thread to show: ``width`` x ``height`` pixels, RGBA, 8 bits each."""

    width: int
    height: int
    rgba: bytes


def picture_pixels(path: Path, fit: tuple[int, int]) -> Pixels:
    """The PNG at ``path`` shrunk to fit ``fit`` (width, height in pixels, aspect kept), as RGBA bytes.

    For the app's worker threads: decoding and shrinking happen here, so the UI thread only wraps the
    bytes in a ``QImage``. Raises OSError if the file cannot be read as a picture.
    """
    with Image.open(path) as image:
        image.thumbnail(fit, Image.Resampling.LANCZOS)
        rgba = image.convert("RGBA")
        return Pixels(rgba.width, rgba.height, rgba.tobytes())


def session_thumbnails(
    store: Store,
    name: str,
    session: int,
    *,
    engine: str | None = None,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
) -> list[Thumbnail]:
    """Pictures of a course's session deck as it will be exported (tokens replaced), in slide order.

    The order matches ``customise.current_slides(store, name, session)``.
    """
    from trainerkit.export.decks import build_session_deck
    from trainerkit.recipe import state_of

    token = token or CancelToken()
    _record, state, course = state_of(store, name)
    prs, _problems, _missing = build_session_deck(store, state, course, session)
    token.check()
    return deck_thumbnails(prs, engine=engine, progress=progress, token=token)


def bundled_thumbnails(
    session: int,
    *,
    engine: str | None = None,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
) -> list[Thumbnail]:
    """Pictures of the bundled deck of ``session`` as shipped (no course, tokens as written), in slide
    order: for browsing the course before creating one. ``NotFoundError`` when the deck is missing."""
    from trainerkit.course.decks import deck_path
    from trainerkit.errors import NotFoundError

    path = deck_path(session)
    if not path.is_file():
        raise NotFoundError(f"The bundled deck for session {session} is missing ({path}).")
    token = token or CancelToken()
    return deck_thumbnails(Presentation(str(path)), engine=engine, progress=progress, token=token)


def draft_slide_thumbnail(
    store: Store,
    name: str,
    session: int,
    key: str,
    texts: dict[str, str],
    *,
    token: CancelToken | None = None,
) -> Thumbnail | None:
    """A quick picture of slide ``key`` as it will be exported once ``texts`` (location -> new text, see
    ``trainerkit.deck.texts``) are applied, without recording them: the slide editor's picture while the
    trainer types. Tokens are filled. None when the session has no slide ``key``. Cached like the others."""
    from dataclasses import replace

    from trainerkit.export.apply import slides_by_key
    from trainerkit.export.decks import build_session_deck
    from trainerkit.recipe import SlideOp, state_of

    token = token or CancelToken()
    _record, state, course = state_of(store, name)
    ops = dict(state.slide_ops)
    drafts = [SlideOp(0, "set-text", key, {"at": at, "text": text}) for at, text in texts.items()]
    ops[session] = [*ops.get(session, []), *drafts]
    prs, _problems, _missing = build_session_deck(store, replace(state, slide_ops=ops), course, session)
    token.check()
    slide = slides_by_key(prs).get(key)
    if slide is None:
        return None
    fingerprint = slide_fingerprint(prs, slide)
    existing = cached_thumbnail(QUICK, fingerprint)
    if existing is not None:
        return existing
    small_img, large_img, print_img = _quick_pictures(prs, slide)
    small, large = _cache_paths(QUICK, fingerprint)
    printed = _print_path(small)
    if small_img is not None:
        _store_png(small_img, small)
    _store_png(large_img, large)
    _store_jpeg(print_img, printed)  # last: with the large picture, it marks a complete entry
    return Thumbnail(fingerprint, small, large, QUICK, printed)


__all__ = [
    "ENGINES",
    "LIBREOFFICE",
    "QUICK",
    "Pixels",
    "Thumbnail",
    "best_engine",
    "bundled_thumbnails",
    "cached_thumbnail",
    "deck_thumbnails",
    "draft_slide_thumbnail",
    "engine_label",
    "fill_tokens",
    "find_libreoffice",
    "libreoffice_pictures",
    "picture_pixels",
    "session_thumbnails",
    "slide_fingerprint",
]
