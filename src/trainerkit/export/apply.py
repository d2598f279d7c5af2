"""Apply a course's slide operations to a pristine deck, by slide key.

Operations find their slide by its stable key, so they survive reordering and a new edition of the
bundled decks. An operation whose slide no longer exists is not dropped silently: it becomes a
``Problem`` that the export report (and the app) shows the trainer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pptx.presentation import Presentation
from pptx.slide import Slide

from trainerkit.deck.links import RemovedLink
from trainerkit.deck.slides import delete_slide, duplicate_slide, move_slide, set_hidden
from trainerkit.deck.tags import ORIGIN_TAG as ORIGIN_TAG  # re-exported: callers import it from here
from trainerkit.deck.tags import SLIDE_KEY_TAG, get_slide_key, get_slide_tags, set_slide_key, set_slide_tag
from trainerkit.deck.tokens import PLACEHOLDER_RE
from trainerkit.recipe import SlideOp
from trainerkit.store.kinds import SLIDE_KINDS
from trainerkit.values import xml_safe

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Problem:
    session: int
    key: str
    message: str
    #: Not a failure: something an imported slide could not carry (a jump, comments), said on export.
    left_out: bool = False

    def __str__(self) -> str:
        """One line of the export report, in the user's language (``trainerkit.messages``)."""
        from trainerkit.messages import _

        if self.key in ("translation", "translation-left"):  # a deck's share translated, not one slide's
            return _("Session {session}: {message}").format(session=self.session, message=self.message)
        return _("Session {session}, slide {key}: {message}").format(
            session=self.session, key=self.key, message=self.message
        )


def slides_by_key(prs: Presentation) -> dict[str, Slide]:
    result: dict[str, Slide] = {}
    for index, slide in enumerate(prs.slides):
        key = get_slide_key(slide) or f"slide-{index + 1}"
        result.setdefault(key, slide)
    return result


def slide_position(prs: Presentation, slide: Slide) -> int:
    for index, candidate in enumerate(prs.slides):
        if candidate.slide_id == slide.slide_id:
            return index
    raise ValueError("slide not in presentation")


def _place_after(prs: Presentation, slide: Slide, after: str | None, problems: list[Problem], session: int) -> None:
    if not after:
        return
    target = slides_by_key(prs).get(after)
    if target is None:
        problems.append(Problem(session, after, "the slide to insert after no longer exists; added at the end"))
        return
    move_slide(prs, slide, slide_position(prs, target) + 1)


def describe_removed_link(removed: RemovedLink, why: str) -> str:
    label = f"'{removed.text}'" if removed.text else f"on '{removed.shape_name}'"
    return f"the link {label} ({removed.where}) jumped to the {why} slide and was removed"


ADAPT_LABEL_SHAPE = "To adapt"  # the name render.py gives the label


def settle_adapt_labels(prs: Presentation, worked_on: set[str]) -> int:
    """Take the "To adapt" label off slides the trainer has adapted; returns how many.

    A slide counts as adapted when the trainer worked on it (see ``recipe.worked_on_keys``) and no
    placeholder text in square brackets is left on it. Unadapted slides keep their label, so a deck
    never looks finished when it is not; preflight (``trainerkit check``) lists them."""
    removed = 0
    for slide in prs.slides:
        tags = get_slide_tags(slide)
        if "TRAINERKIT_ADAPT" not in tags or tags.get(SLIDE_KEY_TAG) not in worked_on:
            continue
        labels = [shape for shape in slide.shapes if shape.name == ADAPT_LABEL_SHAPE]
        others = [shape for shape in slide.shapes if shape.name != ADAPT_LABEL_SHAPE and shape.has_text_frame]
        if any(PLACEHOLDER_RE.search(shape.text_frame.text) for shape in others):
            continue
        for shape in labels:
            shape._element.getparent().remove(shape._element)
            removed += 1
    return removed


def remove_adapt_labels(prs: Presentation) -> int:
    """Take every "To adapt" label off (decks meant for the room: ``export --no-adapt-labels``); returns
    how many. The slides' text, placeholders included, is left as it is: preflight still lists them."""
    removed = 0
    for slide in prs.slides:
        for shape in [s for s in slide.shapes if s.name == ADAPT_LABEL_SHAPE]:
            shape._element.getparent().remove(shape._element)
            removed += 1
    return removed


def replace_in_paragraphs(slide: Slide, find: str, replace: str) -> int:
    """Replace text across runs of each paragraph, keeping the first run's formatting and the paragraph's
    line breaks; returns count."""
    from trainerkit.deck.texts import paragraph_text, set_paragraph_text

    count = 0
    for any_shape in slide.shapes:
        shape: Any = any_shape
        frames = []
        if shape.has_text_frame:
            frames.append(shape.text_frame)
        table = getattr(shape, "table", None) if getattr(shape, "has_table", False) else None
        if table is not None:
            frames.extend(cell.text_frame for row in table.rows for cell in row.cells)
        for frame in frames:
            for paragraph in frame.paragraphs:
                whole = paragraph_text(paragraph._p)  # its line breaks kept (None: it holds a field)
                if whole is not None:
                    if find in whole:
                        count += whole.count(find)
                        set_paragraph_text(paragraph._p, whole.replace(find, replace))
                    continue
                runs = paragraph.runs
                text = "".join(r.text for r in runs)
                if find not in text or not runs:
                    continue
                count += text.count(find)
                runs[0].text = xml_safe(text.replace(find, replace), multiline=False)
                for run in runs[1:]:
                    run.text = ""
    return count


def apply_slide_ops(
    prs: Presentation,
    session: int,
    ops: list[SlideOp],
    *,
    load_file: Callable[[str], Path],
    render_slide: Callable[[Presentation, dict[str, Any]], Slide] | None = None,
) -> list[Problem]:
    """Apply ``ops`` in order to ``prs`` (a pristine copy of the session's deck). Returns problems."""
    problems: list[Problem] = []
    step = _Step(session, problems, load_file, render_slide)
    for op in ops:
        slides = slides_by_key(prs)
        slide = slides.get(op.key) if op.key else None
        if op.kind not in _ADDING and slide is None:
            problems.append(
                Problem(session, op.key, f"'{op.kind}' could not be applied: the slide is not in this edition")
            )
            continue
        try:
            STEPS[op.kind](prs, op, slide, step)
        except Exception as exc:  # keep exporting the rest; the trainer sees what failed
            log.exception("applying %s to %s failed", op.kind, op.key)
            problems.append(Problem(session, op.key or "?", f"'{op.kind}' failed: {exc}"))
    return problems


@dataclass
class _Step:
    """What a deck step gets besides the deck, the operation and its slide."""

    session: int
    problems: list[Problem]
    load_file: Callable[[str], Path]
    render_slide: Callable[[Presentation, dict[str, Any]], Slide] | None


def _hide(prs: Presentation, op: SlideOp, slide: Any, step: _Step) -> None:
    set_hidden(prs, slide, op.kind == "hide")


def _delete(prs: Presentation, op: SlideOp, slide: Any, step: _Step) -> None:
    report = delete_slide(prs, slide)
    for removed in report.removed_links:
        step.problems.append(Problem(step.session, op.key, describe_removed_link(removed, "deleted")))


def _move(prs: Presentation, op: SlideOp, slide: Any, step: _Step) -> None:
    count = len(prs.slides)
    target = max(1, min(int(op.payload.get("to", 1)), count))
    move_slide(prs, slide, target - 1)


def _duplicate(prs: Presentation, op: SlideOp, slide: Any, step: _Step) -> None:
    p = op.payload
    copy = duplicate_slide(prs, slide, new_key=p["new_key"])
    set_slide_key(copy, p["new_key"])
    set_slide_tag(copy, ORIGIN_TAG, "duplicate")
    move_slide(prs, copy, slide_position(prs, slide) + 1)


def _import(prs: Presentation, op: SlideOp, slide: Any, step: _Step) -> None:
    from trainerkit.deck.copy import copy_slide
    from trainerkit.deck.safety import open_presentation

    p = op.payload
    source = open_presentation(step.load_file(p["file"]), allow_macros_stripped=True)
    index = int(p.get("slide", 1)) - 1
    if not 0 <= index < len(source.slides):
        step.problems.append(Problem(step.session, p.get("new_key", "?"), f"{p.get('name')} has no slide {index + 1}"))
        return
    from trainerkit.deck.copy import CopyReport

    copied = CopyReport()
    new = copy_slide(source, source.slides[index], prs, report=copied)
    for left_out in copied.left_out():  # said at import too; the export report says it again
        step.problems.append(
            Problem(step.session, p["new_key"], f"imported from {p.get('name')}: {left_out}", left_out=True)
        )
    set_slide_key(new, p["new_key"])
    set_slide_tag(new, ORIGIN_TAG, "imported")
    _place_after(prs, new, p.get("after"), step.problems, step.session)


def _insert(prs: Presentation, op: SlideOp, slide: Any, step: _Step) -> None:
    """A generated slide; a spec asking to be fitted (an example) may become several (``deck.fit``)."""
    from trainerkit.deck.fit import fit_pages, page_key

    p = op.payload
    if step.render_slide is None:
        step.problems.append(
            Problem(step.session, p.get("new_key", "?"), "inserting generated slides is not available")
        )
        return
    previous: Slide | None = None
    for number, page in enumerate(fit_pages(dict(p["spec"])), start=1):
        key = page_key(p["new_key"], number)
        page["key"] = key
        new = step.render_slide(prs, page)
        set_slide_key(new, key)
        set_slide_tag(new, ORIGIN_TAG, "example" if p.get("example") else "inserted")
        if previous is None:
            _place_after(prs, new, p.get("after"), step.problems, step.session)
        else:
            move_slide(prs, new, slide_position(prs, previous) + 1)
        previous = new


def _edit_text(prs: Presentation, op: SlideOp, slide: Any, step: _Step) -> None:
    p = op.payload
    if not replace_in_paragraphs(slide, str(p.get("find", "")), str(p.get("replace", ""))):
        step.problems.append(
            Problem(step.session, op.key, f"the text '{p.get('find')}' to replace is not on the slide")
        )


def _set_text(prs: Presentation, op: SlideOp, slide: Any, step: _Step) -> None:
    """The trainer's text at its location, in the formatting of the paragraph's first run. A new edition
    of the decks may have moved the text (it is found by its old text) or changed it (reported)."""
    from trainerkit.deck.texts import find_paragraph, set_paragraph_text

    p = op.payload
    at, was, where = str(p.get("at", "")), p.get("was"), str(p.get("where") or p.get("at"))
    paragraph, how = find_paragraph(slide, at, was)
    if paragraph is None:
        said = f" ('{was[:60]}')" if was else ""
        reason = (
            "its text has changed in this edition of the decks"
            if how == "changed"
            else "that text is no longer on the slide in this edition of the decks"
        )
        step.problems.append(
            Problem(step.session, op.key, f"your edit of {where}{said} was not applied: {reason}; edit it again")
        )
        return
    set_paragraph_text(paragraph, str(p.get("text", "")))


def _mark_adapted(prs: Presentation, op: SlideOp, slide: Any, step: _Step) -> None:
    pass  # recorded for settle_adapt_labels and preflight; nothing to change on the slide itself


def _edit_notes(prs: Presentation, op: SlideOp, slide: Any, step: _Step) -> None:
    frame = slide.notes_slide.notes_text_frame
    if frame is None:
        step.problems.append(Problem(step.session, op.key, "the slide's notes page has no text box for notes"))
        return
    frame.text = xml_safe(str(op.payload.get("notes", "")))


#: The deck step of each slide kind (``courseops.index`` has the index step of each).
STEPS: dict[str, Callable[[Presentation, SlideOp, Any, _Step], None]] = {
    "hide": _hide,
    "show": _hide,
    "delete": _delete,
    "move": _move,
    "duplicate": _duplicate,
    "import-slide": _import,
    "insert-slide": _insert,
    "edit-text": _edit_text,
    "set-text": _set_text,
    "edit-notes": _edit_notes,
    "mark-adapted": _mark_adapted,
}
assert set(STEPS) == set(SLIDE_KINDS), "every slide kind needs a deck step"
_ADDING = ("import-slide", "insert-slide")  # the only kinds that need no existing slide
