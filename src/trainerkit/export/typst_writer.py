"""Write handouts and packs as PDF with Typst, from the document model of ``trainerkit.export.markdown``.

The model becomes plain data (lists and dicts, see ``resources/templates/trainerkit.typ`` for its shape)
that our own Typst template lays out: Typst shapes the text (HarfBuzz), orders mixed Arabic and Latin
lines (Unicode bidi), breaks lines and tables across pages (the header row repeats), wraps the footer,
and writes a tagged PDF that declares its language. The compiler is the ``typst`` Python package (a
self-contained native library: no program on PATH, no network, no Typst packages); fonts come only from
``resources/fonts`` (DejaVu Sans, Noto Sans Arabic, and Noto Sans Symbols2 and Noto Emoji for symbols
and emoji), so a PDF is the same on every laptop.

``PdfDocument`` collects sections (each starts a page with its own orientation and footer title);
``compile_pdf`` turns one into bytes, ``PdfDocument.save`` writes the file atomically. Never imports Qt.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from trainerkit.export.markdown import (
    AgendaBlock,
    AgendaTable,
    Block,
    Box,
    Cell,
    Cut,
    Field,
    Heading,
    Lines,
    ListBlock,
    ListItem,
    PageBreak,
    Paragraph,
    Quote,
    Scale,
    SourceLine,
    Span,
    Spans,
    Table,
    plain_text,
)
from trainerkit.fileio import atomic_write
from trainerkit.paths import resources_dir

#: Paper name -> (Typst paper name, margin in mm): 20 mm on A4, 0.75 in on Letter (format 2).
PAPERS = {"A4": ("a4", 20.0), "Letter": ("us-letter", 19.05)}
log = logging.getLogger(__name__)
_LOCK = threading.Lock()  # one compile at a time per process: the compiler object is shared


class PdfError(RuntimeError):
    """Typst refused the document (a bug in the template or the data, never the trainer's fault)."""


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def template_path() -> Path:
    return resources_dir() / "templates" / "trainerkit.typ"


def is_rtl_text(text: str) -> bool:
    """True when the first strong character is right-to-left (Arabic, Hebrew ...)."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


# --- model -> data -----------------------------------------------------------------------------------


def span_data(span: Span) -> dict[str, Any]:
    if span.blank:
        return {"blank": True, "t": ""}
    out: dict[str, Any] = {"t": span.text}
    if span.bold:
        out["b"] = True
    if span.italic:
        out["i"] = True
    if span.size:
        out["sz"] = span.size
    if has_rtl(span.text) and (span.token or is_rtl_text(span.text)):
        out["ar"] = True  # an Arabic value or run: its own language and an isolate of its own direction
    return out


def spans_data(spans: Spans | str) -> list[dict[str, Any]]:
    if isinstance(spans, str):
        spans = (Span(spans),)
    out: list[dict[str, Any]] = []
    for span in spans:
        if span.blank or span.token or not has_rtl(span.text) or is_rtl_text(span.text):
            out.append(span_data(span))
            continue
        # a Latin run with Arabic words in it: mark the Arabic words (lang "ar"), keep the rest as is
        for text, rtl in _segments(span.text):
            piece = Span(text, span.bold, span.italic, size=span.size)
            data = span_data(piece)
            if rtl:
                data["ar"] = True
            else:
                data.pop("ar", None)
            out.append(data)
    return out


def _segments(text: str) -> list[tuple[str, bool]]:
    """Split text into (piece, is_rtl) where RTL pieces are runs of Arabic words and the spaces between."""
    pieces: list[tuple[str, bool]] = []
    current: list[str] = []
    rtl = False
    pending: list[str] = []  # neutral characters after an RTL run: they join it if more RTL follows
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        strong_rtl = direction in ("R", "AL", "NSM") and (direction != "NSM" or rtl)
        if strong_rtl:
            if not rtl:
                if current:
                    pieces.append(("".join(current), False))
                current = []
                rtl = True
            current.extend(pending)
            pending = []
            current.append(ch)
        elif rtl and direction in ("WS", "CS", "ON") and ch not in "()[]{}":
            pending.append(ch)
        else:
            if rtl:
                pieces.append(("".join(current), True))
                current = list(pending)
                pending = []
                rtl = False
            current.append(ch)
    if rtl:
        pieces.append(("".join(current), True))
        current = list(pending)
    if current:
        pieces.append(("".join(current), False))
    return [p for p in pieces if p[0]]


def cell_data(cell: Cell) -> dict[str, Any]:
    if isinstance(cell, Scale):
        return {"c": "scale", "lo": cell.low, "hi": cell.high}
    if isinstance(cell, Field):
        return {"c": "field", "s": spans_data(cell.label)}
    if isinstance(cell, Box):
        return {"c": "box", "n": cell.lines}
    return {"c": "text", "s": spans_data(cell)}


def _cell_text(cell: Cell) -> str:
    return plain_text(cell) if isinstance(cell, tuple) else ""


def column_weights(table: Table) -> list[Any]:
    """Column widths (format 3.3): proportional to the longest text, at least 12% of the width, scale
    columns as wide as the scale (a Typst length string); weights are fractions of the rest."""
    columns = len(table.header)
    if table.cards:
        return [1.0] * columns
    weights: list[Any] = []
    for c in range(columns):
        cells = [row[c] for row in table.rows]
        if cells and all(isinstance(x, Scale) for x in cells):
            scale = cells[0]
            assert isinstance(scale, Scale)
            weights.append(f"{(scale.high - scale.low + 1) * 10.5 + 4}mm")
            continue
        longest = max([len(_cell_text(x)) for x in (table.header[c], *cells)] + [1])
        words = max([len(w) for x in (table.header[c], *cells) for w in _cell_text(x).split()] + [1])
        if any(isinstance(x, Field) for x in cells):
            longest = max(longest, 30)
        weights.append(float(max(min(longest, 120), words * 1.6, 1)))
    flexible = [w for w in weights if isinstance(w, float)]
    total = sum(flexible) or 1.0
    return [max(w, total * 0.12) if isinstance(w, float) else w for w in weights]


def table_data(table: Table) -> dict[str, Any]:
    return {
        "k": "table",
        "cards": table.cards,
        "cols": column_weights(table),
        "has_header": any(_cell_text(c) for c in table.header) or not table.cards,
        "header": [cell_data(c) for c in table.header],
        "rows": [[cell_data(c) for c in row] for row in table.rows],
        "tall": [
            any(isinstance(c, tuple) and not plain_text(c) and not any(s.blank for s in c) for c in row)
            for row in table.rows
        ],
    }


def _items(items: Sequence[ListItem]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in items:
        data: dict[str, Any] = {"s": spans_data(item.spans), "cb": item.checkbox, "n": item.number}
        if item.level == 2 and out:
            out[-1].setdefault("sub", []).append(data)
        else:
            out.append(data)
    return out


def block_data(block: Block, following: Block | None = None) -> dict[str, Any]:
    if isinstance(block, Heading):
        return {"k": "h", "l": block.level, "s": spans_data(block.spans)}
    if isinstance(block, Paragraph):
        # a question stays on the page of the space to answer it
        sticky = isinstance(following, Lines | Box | Field | Scale | Table | ListBlock)
        return {"k": "p", "s": spans_data(block.spans), "sticky": sticky}
    if isinstance(block, SourceLine):
        return {"k": "src", "s": spans_data(block.spans)}
    if isinstance(block, Quote):
        return {"k": "q", "s": spans_data(block.spans)}
    if isinstance(block, ListBlock):
        return {"k": "list", "ordered": block.ordered, "items": _items(block.items)}
    if isinstance(block, Table):
        return table_data(block)
    if isinstance(block, AgendaTable):
        table = Table(
            header=((Span(block.header[0]),), (Span(block.header[1]),)),
            rows=tuple(((Span(time),), (Span(what),)) for time, what in block.rows),
        )
        heading = {"k": "h", "l": 3, "s": spans_data(block.label or f"Day {block.day}")}
        return {"k": "keep", "blocks": [heading, table_data(table)]}
    if isinstance(block, Field):
        return {"k": "field", "s": spans_data(block.label)}
    if isinstance(block, Lines):
        return {"k": "lines", "n": block.count}
    if isinstance(block, Box):
        return {"k": "box", "n": block.lines}
    if isinstance(block, Scale):
        return {"k": "scale", "lo": block.low, "hi": block.high}
    if isinstance(block, PageBreak):
        return {"k": "pb"}
    if isinstance(block, Cut):
        return {"k": "cut"}
    if isinstance(block, AgendaBlock):  # unresolved: only in a preview
        return {"k": "p", "s": spans_data("[course agenda]")}
    raise TypeError(f"no PDF drawing for {type(block).__name__}")


def blocks_data(blocks: Sequence[Block]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        out.append(block_data(block, following))
    return out


def _nest_headings(blocks: list[dict[str, Any]], last: int) -> int:
    """Give headings a structural level that never skips one (PDF/UA: a card's '###' under '#' is a level 2
    in the tags) while they keep the look of the level written; returns the last level."""
    for block in blocks:
        if block.get("k") == "h":
            block["sl"] = min(block["l"], last + 1)
            last = block["sl"]
        elif block.get("k") == "keep":
            last = _nest_headings(block["blocks"], last)
        elif block.get("k") == "contents":
            last = 1
    return last


def text_block(
    spans: Spans | str,
    size: float = 11,
    *,
    bold: bool = False,
    color: str = "black",
    align: str = "left",
    above: float = 0,
    below: float = 2,
    leading: float = 0.65,
) -> dict[str, Any]:
    """A styled paragraph (covers, labels): size in pt, spacing in mm, color grey/accent/black/white."""
    return {
        "k": "text",
        "s": spans_data(spans),
        "size": size,
        "bold": bold,
        "color": color,
        "align": align,
        "above": above,
        "below": below,
        "leading": leading,
    }


# --- documents ---------------------------------------------------------------------------------------


@dataclass
class Section:
    """Pages that start on a new page: orientation, the footer's title, and the blocks (as data)."""

    orientation: str
    footer: str
    blocks: list[dict[str, Any]] = field(default_factory=list)
    numbered: bool = True

    def as_dict(self) -> dict[str, Any]:
        return {
            "orientation": self.orientation,
            "footer": self.footer,
            "numbered": self.numbered,
            "blocks": self.blocks,
        }


def page_words(lang: str) -> list[str]:
    """The footer's "Page 3 of 12" around its two numbers, in ``lang`` (``trainerkit.messages``)."""
    from trainerkit.messages import _

    before, _sep, rest = _("Page {page} of {pages}", lang).partition("{page}")
    middle, _sep, after = rest.partition("{pages}")
    return [before, middle, after]


@dataclass
class PdfDocument:
    """One PDF being put together: settings, the footer's course line, and its sections."""

    paper: str = "A4"
    title: str = ""
    author: str = ""
    course_line: Spans | str = ""
    lang: str = "en"
    sections: list[Section] = field(default_factory=list)
    heavy: bool = False  # many pictures: compiled in a process of its own, whose memory is freed after
    _pdf: bytes | None = None

    def section(self, orientation: str, footer: str, numbered: bool = True) -> Section:
        section = Section(orientation, footer, numbered=numbered)
        self.sections.append(section)
        self._pdf = None
        return section

    def data(self) -> dict[str, Any]:
        paper, margin = PAPERS.get(self.paper, PAPERS["A4"])
        return {
            "paper": paper,
            "margin": f"{margin}mm",
            "title": self.title or "TrainerKit",
            "author": self.author,
            "lang": self.lang,
            "page_words": page_words(self.lang),
            "course_line": spans_data(self.course_line),
            "sections": self._sections(),
        }

    def _sections(self) -> list[dict[str, Any]]:
        sections = [s.as_dict() for s in self.sections]
        last = 0
        for section in sections:
            last = _nest_headings(section["blocks"], last)
        return sections

    def to_bytes(self) -> bytes:
        if self._pdf is None:
            self._pdf = compile_pdf(self.data(), fresh_process=self.heavy)
        return self._pdf

    def save(self, target: Path) -> None:
        data = self.to_bytes()
        with atomic_write(target) as tmp:
            tmp.write_bytes(data)

    def page_count(self) -> int:
        return count_pages(self.to_bytes())


def count_pages(pdf: bytes) -> int:
    """Pages of a PDF Typst wrote (its page tree's /Count)."""
    import re

    counts = [int(m) for m in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", pdf)]
    counts += [int(m) for m in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", pdf)]
    if counts:
        return max(counts)
    import io

    from pypdf import PdfReader  # pragma: no cover - a fallback only

    return len(PdfReader(io.BytesIO(pdf)).pages)


@lru_cache(maxsize=2)
def _fonts(folder: str) -> Any:
    import typst

    return typst.Fonts(include_system_fonts=False, include_embedded_fonts=False, font_paths=[folder])


def compiler_root() -> Path:
    """The folder Typst may read files from: the data dir (slide pictures live in its cache), or the cache in
    the system's temporary folder that ``paths.cache_dir`` uses when the data dir is read-only."""
    from trainerkit.paths import cache_dir, data_dir

    pictures = cache_dir("slide-pictures")
    return data_dir() if pictures.resolve().is_relative_to(data_dir().resolve()) else pictures.parent


def image_ref(path: Path) -> str:
    """A picture's path as the template names it: absolute within the compiler's root."""
    return "/" + path.resolve().relative_to(compiler_root().resolve()).as_posix()


def can_spawn() -> bool:
    """Whether helper processes may be started: not when TRAINERKIT_NO_POOL is set, and not in a frozen
    build (a spawned child of a frozen app starts the app again unless its entry point calls
    ``multiprocessing.freeze_support()``; set TRAINERKIT_POOL=1 once it does)."""
    if os.environ.get("TRAINERKIT_NO_POOL"):
        return False
    return not getattr(sys, "frozen", False) or bool(os.environ.get("TRAINERKIT_POOL"))


def compile_pdf(data: dict[str, Any], *, fresh_process: bool = False) -> bytes:
    """The PDF (tagged, language declared, fonts embedded) of a document's data; raises ``PdfError``.

    ``fresh_process``: compile in a short-lived process of our own (spawned, never a program on PATH):
    Typst keeps what it has laid out for the life of the process, so a pack full of slide pictures would
    otherwise stay in this process's memory."""
    if fresh_process and can_spawn():
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        try:
            with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
                return pool.submit(
                    _compile, data, str(compiler_root()), str(fonts_dir()), str(template_path())
                ).result()
        except PdfError:
            raise
        except Exception as exc:  # no way to start a process here: compile in this one
            log.warning("Compiling in a separate process failed (%s); compiling here", exc)
    return _compile(data, str(compiler_root()), str(fonts_dir()), str(template_path()))


def compile_documents(documents: Sequence[PdfDocument], workers: int = 2) -> None:
    """Lay out several documents at once in a pool of processes of our own (both cores, and one process
    start for all of them instead of one each); each keeps its PDF for ``save`` and ``page_count``.
    Best effort: what is not laid out here is laid out one by one when saved. Raises ``PdfError``."""
    todo = [d for d in documents if d._pdf is None]
    if len(todo) < 2 or not can_spawn():
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    paths = (str(compiler_root()), str(fonts_dir()), str(template_path()))
    try:
        with ProcessPoolExecutor(min(workers, len(todo)), mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = [pool.submit(_compile, d.data(), *paths) for d in todo]
            for document, future in zip(todo, futures, strict=True):
                document._pdf = future.result()
    except PdfError:
        raise
    except Exception as exc:  # the pool is only a speed-up
        log.warning("Laying out documents in parallel failed (%s); one by one instead", exc)


def _compile(data: dict[str, Any], root: str, fonts: str, template: str) -> bytes:
    return compile_source(Path(template).read_bytes(), root, {"data": json.dumps(data, ensure_ascii=False)}, fonts)


def compile_source(
    source: bytes,
    root: str | Path,
    inputs: dict[str, str],
    fonts: str | Path | None = None,
    *,
    fresh_process: bool = False,
) -> bytes:
    """A PDF (PDF/UA-1 where the content allows, else tagged without the claim) from Typst ``source`` that
    reads files under ``root`` and ``sys.inputs``; fonts from ``fonts`` (default ``resources/fonts``) only.
    Raises ``PdfError``.

    ``fresh_process``: as for ``compile_pdf`` (a short-lived process of our own, whose memory is freed)."""
    import typst

    fonts = str(fonts or fonts_dir())
    root = str(root)
    if fresh_process and can_spawn():
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        try:
            with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
                return pool.submit(compile_source, source, root, inputs, fonts).result()
        except PdfError:
            raise
        except Exception as exc:  # no way to start a process here: compile in this one
            log.warning("Compiling in a separate process failed (%s); compiling here", exc)
    with _LOCK:
        for standards in (["ua-1"], []):
            try:
                pdf = typst.compile(
                    source,
                    root=root,
                    font_paths=_fonts(fonts),
                    ignore_system_fonts=True,
                    sys_inputs=inputs,
                    pdf_standards=standards,  # type: ignore[arg-type]
                    timestamp=0,
                    pdf_tags=True,
                )
            except typst.TypstError as exc:
                if standards and "PDF/UA" in str(exc.message):
                    # content PDF/UA-1 cannot express: still a tagged PDF with its language, just not claimed UA
                    log.warning("PDF/UA-1 refused (%s); writing a tagged PDF without the claim", exc.message)
                    continue
                raise PdfError(f"Typst could not lay out the document: {exc.message} {exc.hints}") from exc
            except RuntimeError as exc:
                raise PdfError(f"Typst could not lay out the document: {exc}") from exc
            assert isinstance(pdf, bytes)
            return pdf
    raise PdfError("Typst could not lay out the document")
