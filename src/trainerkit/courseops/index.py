"""The slide index: each session's slides after the course's changes, without building a deck.

A change is checked against this index (does the slide exist, is it already hidden, how many slides has
the session), and the slide sorter lists it. It is the bundled deck's slides (read once per deck file and
kept in the data folder's cache as JSON, keyed by the SHA-256 of the deck's bytes: ``contentcache``) with the session's
slide operations folded over them, one ``_STEPS`` function per kind of change. Folding 40 slides costs
well under a millisecond. The course's session numbers (``course_sessions``) are kept the same way,
keyed by the SHA-256 of the course's YAML files, so checking a change parses neither a deck nor YAML:
`trainerkit slide hide` reads two small JSON files, the course's rows in SQLite, and writes one row.

Only two kinds need more than the index: an imported slide and an inserted (rendered) slide are read
once from a scratch deck when first met and cached by their payload. Building the session's deck is
export's job (``trainerkit.export.decks``); ``tests/test_slide_index.py`` checks that the index and a
built deck agree.

Never imports Qt; imports python-pptx only when a bundled deck is read for the first time, and the
course loader (PyYAML) only when the course's files changed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainerkit.contentcache import cached_json
from trainerkit.course.files import course_files
from trainerkit.deck.tokenre import TOKEN_RE
from trainerkit.store.kinds import SLIDE_KINDS

if TYPE_CHECKING:
    from pptx.slide import Slide

    from trainerkit.deck.texts import SlideText
    from trainerkit.recipe import SlideOp

log = logging.getLogger(__name__)

INDEX_FORMAT = 2  # 2: each paragraph's text location (deck.texts)


@dataclass(frozen=True)
class SlideRow:
    """One slide as the export will produce it (tokens not yet replaced). ``position`` is 1-based."""

    session: int
    position: int
    key: str
    title: str
    hidden: bool
    layout: str
    origin: str
    adapt: str
    tokens: tuple[str, ...]
    notes: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class IndexedSlide:
    """What the index keeps of a slide: enough to answer listings and check changes.

    ``runs`` holds, for each paragraph of the slide in document order, the text of its runs split at
    line breaks and fields (where tokens are looked for, as ``deck.tokens`` does); ``editable`` the
    indexes of the paragraphs a text edit can reach (text boxes, placeholders, table cells);
    ``chart_runs`` and ``notes_runs`` the same text of its charts and notes page. ``locations``,
    ``places`` and ``texts`` run parallel to ``runs``: each paragraph's location (``deck.texts``, ""
    for one the editor does not reach), where it is in words, and its text (line breaks as ``\\n``);
    ``title_at`` lists the locations of the title's paragraphs."""

    key: str
    title: str
    hidden: bool
    layout: str
    origin: str
    adapt: str
    notes: str
    runs: tuple[tuple[str, ...], ...]
    editable: tuple[int, ...]
    chart_runs: tuple[str, ...] = ()
    notes_runs: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()
    title_at: tuple[str, ...] = ()

    @property
    def paragraphs(self) -> list[str]:
        """The text of each paragraph a text edit can reach, runs joined."""
        return ["".join(self.runs[i]) for i in self.editable]

    @property
    def tokens(self) -> tuple[str, ...]:
        found: list[str] = []
        texts = [text for paragraph in self.runs for text in paragraph]
        for text in (*texts, *self.chart_runs, *self.notes_runs):
            for match in TOKEN_RE.finditer(text):
                if match.group(1) not in found:
                    found.append(match.group(1))
        return tuple(found)

    def slide_texts(self) -> list[SlideText]:
        """The texts a trainer can edit on this slide, in document order (``deck.texts.SlideText``)."""
        from trainerkit.deck.texts import SlideText

        return [
            SlideText(location, where, text, location in self.title_at)
            for location, where, text in zip(self.locations, self.places, self.texts, strict=True)
            if location
        ]

    def row(self, session: int, position: int) -> SlideRow:
        return SlideRow(
            session=session,
            position=position,
            key=self.key,
            title=self.title,
            hidden=self.hidden,
            layout=self.layout,
            origin=self.origin,
            adapt=self.adapt,
            tokens=self.tokens,
            notes=self.notes,
        )


# ---- reading a slide once --------------------------------------------------------------------------
def _editable_paragraphs(slide: Slide) -> list[Any]:
    """The paragraph elements ``export.apply.replace_in_paragraphs`` reaches, in slide order."""
    found = []
    for any_shape in slide.shapes:
        shape: Any = any_shape
        if shape.has_text_frame:
            found += [p._p for p in shape.text_frame.paragraphs]
        if getattr(shape, "has_table", False):
            found += [p._p for row in shape.table.rows for cell in row.cells for p in cell.text_frame.paragraphs]
    return found


def indexed_slide(slide: Slide, key: str) -> IndexedSlide:
    """Read what the index keeps of one slide of a loaded deck."""
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.oxml.ns import qn

    from trainerkit.deck.slides import is_hidden, layout_name, notes_text, slide_title
    from trainerkit.deck.tags import ADAPT_TAG, ORIGIN_TAG, SLIDE_KEY_TAG, get_slide_tags
    from trainerkit.deck.texts import slide_text_places

    tags = get_slide_tags(slide)
    paragraphs = list(slide._element.iter(qn("a:p")))
    places = slide_text_places(slide)
    located = [places.get(p) for p in paragraphs]
    where = {element: index for index, element in enumerate(paragraphs)}
    charts: list[str] = []
    notes: list[str] = []
    for rel in slide.part.rels.values():
        element = None if rel.is_external else getattr(rel.target_part, "_element", None)
        if element is not None and rel.reltype == RT.CHART:
            charts += [t for p in element.iter(qn("a:p")) for t in _run_groups(p, qn)]
        elif element is not None and rel.reltype == RT.NOTES_SLIDE:
            notes += [t for p in element.iter(qn("a:p")) for t in _run_groups(p, qn)]
    return IndexedSlide(
        key=key,
        title=slide_title(slide),
        hidden=is_hidden(slide),
        layout=layout_name(slide),
        origin=tags.get(ORIGIN_TAG, "bundled" if tags.get(SLIDE_KEY_TAG) else "unknown"),
        adapt=tags.get(ADAPT_TAG, ""),
        notes=notes_text(slide),
        runs=tuple(tuple(_run_groups(p, qn)) for p in paragraphs),
        editable=tuple(where[p] for p in _editable_paragraphs(slide) if p in where),
        chart_runs=tuple(charts),
        notes_runs=tuple(notes),
        locations=tuple(t.location if t else "" for t in located),
        places=tuple(t.where if t else "" for t in located),
        texts=tuple(t.text if t else "" for t in located),
        title_at=tuple(t.location for t in located if t and t.title),
    )


def _run_groups(paragraph: Any, qn: Callable[[str], str]) -> list[str]:
    """The text of a paragraph's runs, split at line breaks and fields (``deck.tokens._run_groups``)."""
    texts: list[str] = []
    group: list[str] = []
    for child in paragraph:
        if child.tag == qn("a:r"):
            t = child.find(qn("a:t"))
            group.append((t.text or "") if t is not None else "")
        elif group:
            texts.append("".join(group))
            group = []
    if group:
        texts.append("".join(group))
    return texts


# ---- the bundled decks -----------------------------------------------------------------------------
def _to_json(slides: tuple[IndexedSlide, ...]) -> list[dict[str, Any]]:
    return [asdict(s) for s in slides]


def _from_json(items: list[dict[str, Any]]) -> tuple[IndexedSlide, ...]:
    slides = []
    for item in items:
        item = dict(item)
        item["runs"] = tuple(tuple(p) for p in item["runs"])
        for name in ("editable", "chart_runs", "notes_runs", "locations", "places", "texts", "title_at"):
            item[name] = tuple(item[name])
        slides.append(IndexedSlide(**item))
    return tuple(slides)


def _read_deck(path: Path) -> list[dict[str, Any]]:
    from pptx import Presentation

    from trainerkit.deck.slides import list_slides

    prs = Presentation(str(path))
    slides = tuple(indexed_slide(s, info.key) for s, info in zip(prs.slides, list_slides(prs), strict=True))
    return _to_json(slides)


@lru_cache(maxsize=32)
def _bundled(path: Path, size: int, mtime_ns: int) -> tuple[IndexedSlide, ...]:
    """In one process a deck is known by its size and time; across processes by its content hash."""
    return _from_json(cached_json("slide-index", path.stem + ".json", [path], lambda: _read_deck(path)))


def bundled_slides(session: int) -> tuple[IndexedSlide, ...]:
    """The bundled deck's slides of ``session``, pristine; ``NotFoundError`` when the deck is missing."""
    from trainerkit.course.files import deck_path
    from trainerkit.errors import NotFoundError

    path = deck_path(session)
    try:
        stat = path.stat()
    except OSError:
        raise NotFoundError(f"The bundled deck for session {session} is missing ({path}).") from None
    return _bundled(path, stat.st_size, stat.st_mtime_ns)


# ---- the bundled course's sessions --------------------------------------------------------------
def _session_numbers(root: Path) -> list[int]:
    from trainerkit.course.loader import load_course

    return [s.number for s in load_course(root).sessions]


@lru_cache(maxsize=4)
def _sessions_of(root: Path) -> tuple[int, ...]:
    numbers = cached_json("slide-index", "course.json", course_files(root), lambda: _session_numbers(root))
    return tuple(int(n) for n in numbers)


def course_sessions(root: Path | None = None) -> tuple[int, ...]:
    """The bundled course's session numbers, ascending, as ``load_course(root).sessions`` gives them,
    without parsing its YAML when it has not changed since the last time (``CourseDataError`` when it
    has and is malformed)."""
    from trainerkit.paths import resources_dir

    return _sessions_of((root or resources_dir() / "course").resolve())


# ---- slides that come from elsewhere ----------------------------------------------------------------
SlideSource = Callable[[int, "SlideOp"], IndexedSlide | None]


def _scratch_slide(session: int, op: SlideOp, load_file: Callable[[str], Path]) -> tuple[IndexedSlide, ...]:
    """Apply one import or insert to a pristine copy of the session's deck and read the new slides (an
    inserted example too long for one slide continues on more: ``deck.fit``)."""
    from pptx import Presentation

    from trainerkit.course import load_course
    from trainerkit.course.files import deck_path
    from trainerkit.export.apply import apply_slide_ops, slides_by_key
    from trainerkit.export.decks import _renderer

    prs = Presentation(str(deck_path(session)))
    lone = replace(op, payload={**op.payload, "after": None})
    apply_slide_ops(prs, session, [lone], load_file=load_file, render_slide=_renderer(load_course(), session))
    from trainerkit.deck.fit import page_key

    by_key = slides_by_key(prs)
    found = []
    for number in range(1, len(prs.slides) + 1):
        key = page_key(op.payload.get("new_key", ""), number)
        if key not in by_key:
            break
        found.append(indexed_slide(by_key[key], key))
    return tuple(found)


_SCRATCH: dict[str, tuple[IndexedSlide, ...]] = {}


def added_slides(session: int, op: SlideOp, load_file: Callable[[str], Path]) -> tuple[IndexedSlide, ...]:
    """The slides an import or insert adds, in order (none when it cannot be made: the export reports why)."""
    token = json.dumps([session, op.kind, op.payload], sort_keys=True, default=str)
    if token not in _SCRATCH:
        try:
            _SCRATCH[token] = _scratch_slide(session, op, load_file)
        except Exception:  # the export meets the same failure and reports it as a problem
            log.exception("could not index %s %s", op.kind, op.payload.get("new_key"))
            _SCRATCH[token] = ()
    return _SCRATCH[token]


# ---- folding the operations ------------------------------------------------------------------------
Slides = list[IndexedSlide]


def _where(slides: Slides, key: str) -> int | None:
    return next((i for i, s in enumerate(slides) if s.key == key), None)


def _place_after(slides: Slides, new: IndexedSlide, after: str | None) -> None:
    at = _where(slides, after) if after else None
    slides.insert(len(slides) if at is None else at + 1, new)


def _hide(slides: Slides, i: int, op: SlideOp, ctx: _Context) -> None:
    slides[i] = replace(slides[i], hidden=op.kind == "hide")


def _delete(slides: Slides, i: int, op: SlideOp, ctx: _Context) -> None:
    del slides[i]


def _move(slides: Slides, i: int, op: SlideOp, ctx: _Context) -> None:
    slide = slides.pop(i)
    to = max(1, min(int(op.payload.get("to", 1)), len(slides) + 1))
    slides.insert(to - 1, slide)


def _duplicate(slides: Slides, i: int, op: SlideOp, ctx: _Context) -> None:
    slides.insert(i + 1, replace(slides[i], key=op.payload["new_key"], origin="duplicate"))


def _added(slides: Slides, i: int, op: SlideOp, ctx: _Context) -> None:
    after = op.payload.get("after")
    for new in ctx.added(op):
        _place_after(slides, new, after)
        after = new.key


def _edit_text(slides: Slides, i: int, op: SlideOp, ctx: _Context) -> None:
    slide = slides[i]
    find, new = str(op.payload.get("find", "")), str(op.payload.get("replace", ""))
    runs, texts = list(slide.runs), list(slide.texts)
    for index in slide.editable:
        text = "".join(runs[index])
        if index < len(texts) and slide.locations[index]:  # its text with line breaks, as export replaces it
            if find and find in texts[index]:
                texts[index] = texts[index].replace(find, new)
                runs[index] = tuple(texts[index].split("\n"))
        elif find and find in text:  # the paragraph becomes one run with the whole text (replace_in_paragraphs)
            runs[index] = (text.replace(find, new),)
    title = slide.title.replace(find, new).strip() if find and find in slide.title else slide.title
    slides[i] = replace(slide, runs=tuple(runs), texts=tuple(texts), title=title)


def _set_text(slides: Slides, i: int, op: SlideOp, ctx: _Context) -> None:
    """A text set at its location (or where its old text moved to: ``deck.texts.resolve``, as export)."""
    from trainerkit.deck.texts import resolve

    slide = slides[i]
    p = op.payload
    at, _how = resolve(slide.locations, slide.texts, str(p.get("at", "")), p.get("was"))
    if at is None:
        return  # the export reports it
    text = str(p.get("text", ""))
    runs, texts = list(slide.runs), list(slide.texts)
    runs[at], texts[at] = tuple(text.split("\n")), text
    title = slide.title
    if slide.locations[at] in slide.title_at:
        title = "\n".join(t for loc, t in zip(slide.locations, texts, strict=True) if loc in slide.title_at).strip()
    slides[i] = replace(slide, runs=tuple(runs), texts=tuple(texts), title=title)


def _edit_notes(slides: Slides, i: int, op: SlideOp, ctx: _Context) -> None:
    notes = str(op.payload.get("notes", ""))
    slides[i] = replace(slides[i], notes=notes, notes_runs=tuple(notes.replace("\v", "\n").split("\n")))


def _nothing(slides: Slides, i: int, op: SlideOp, ctx: _Context) -> None:
    pass  # mark-adapted: recorded for the export's "To adapt" labels; the listing keeps the tag


@dataclass
class _Context:
    session: int
    load_file: Callable[[str], Path]

    def added(self, op: SlideOp) -> tuple[IndexedSlide, ...]:
        return added_slides(self.session, op, self.load_file)


#: The index step of each slide kind (``export.apply`` has the deck step of each).
_STEPS: dict[str, Callable[[Slides, int, SlideOp, _Context], None]] = {
    "hide": _hide,
    "show": _hide,
    "delete": _delete,
    "move": _move,
    "duplicate": _duplicate,
    "import-slide": _added,
    "insert-slide": _added,
    "edit-text": _edit_text,
    "set-text": _set_text,
    "edit-notes": _edit_notes,
    "mark-adapted": _nothing,
}
assert set(_STEPS) == set(SLIDE_KINDS), "every slide kind needs an index step"
_ADDING = ("import-slide", "insert-slide")


def fold(session: int, ops: list[SlideOp], load_file: Callable[[str], Path]) -> list[IndexedSlide]:
    """The session's slides after ``ops`` (an operation whose slide is gone is skipped, as export does)."""
    slides: Slides = list(bundled_slides(session))
    context = _Context(session, load_file)
    for op in ops:
        i = _where(slides, op.key) if op.key else None
        if i is None and op.kind not in _ADDING:
            continue
        _STEPS[op.kind](slides, i if i is not None else -1, op, context)
    return slides


def session_rows(session: int, ops: list[SlideOp], load_file: Callable[[str], Path]) -> list[SlideRow]:
    return [s.row(session, n) for n, s in enumerate(fold(session, ops, load_file), start=1)]
