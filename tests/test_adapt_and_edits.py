"""Adapting slides: the "To adapt" label leaves the export once the trainer has adapted the slide, text
edits must name text that is there, and importing a deck with macros says the macros were left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from tests.decks import make_rich_deck
from tests.test_deck_safety import _with_vba
from trainerkit import customise
from trainerkit.course.decks import deck_path
from trainerkit.deck.tags import get_slide_key
from trainerkit.errors import InvalidInputError
from trainerkit.export.decks import export_decks
from trainerkit.store import open_store
from trainerkit.store.courses import get_course

pytestmark = pytest.mark.skipif(not deck_path(2).is_file(), reason="bundled decks are not built yet")


def _labelled(out: Path, session: int) -> dict[str, bool]:
    deck = Presentation(str(next(out.glob(f"Session {session:02d}*.pptx"))))
    return {str(get_slide_key(slide)): any(shape.name == "To adapt" for shape in slide.shapes) for slide in deck.slides}


def _adapt_rows(store, name: str, session: int):  # type: ignore[no-untyped-def]
    return [row for row in customise.current_slides(store, name, session) if row.adapt]


def test_label_stays_until_the_slide_is_adapted_then_leaves_the_export(tmp_path: Path) -> None:
    store = open_store()
    customise.new_course(store, "Adapt", "KE")
    customise.select_sessions(store, "Adapt", [1, 2, 3, 4, 5, 6, 7])
    clean = [
        (session, row)
        for session in range(1, 8)
        for row in _adapt_rows(store, "Adapt", session)
        if not any("[" in p for p in customise.slide_paragraphs(store, "Adapt", session, row.key))
    ]
    assert len(clean) >= 3, "slides to adapt that carry no bracketed placeholder"
    (s_untouched, untouched), (s_marked, marked), (s_edited, edited) = clean[:3]
    customise.slide_change(store, "Adapt", "mark-adapted", marked.key)
    text = next(
        p
        for p in customise.slide_paragraphs(store, "Adapt", s_edited, edited.key)
        if len(p) > 8 and not p.startswith("To adapt")
    )
    customise.slide_change(store, "Adapt", "edit-text", edited.key, {"find": text, "replace": "Our local version"})
    export_decks(store, "Adapt", tmp_path)
    assert _labelled(tmp_path, s_untouched)[untouched.key] is True, "an unadapted slide keeps its label"
    assert _labelled(tmp_path, s_marked)[marked.key] is False, "a slide marked adapted loses its label"
    assert _labelled(tmp_path, s_edited)[edited.key] is False, "an edited slide loses its label"


def test_marked_slide_with_placeholders_left_keeps_its_label(tmp_path: Path) -> None:
    store = open_store()
    customise.new_course(store, "Place", "KE")
    # session 2: session 3's only such slide (treaties ratified) is now filled from the country facts
    customise.select_sessions(store, "Place", [2])
    with_placeholder = next(
        row
        for row in _adapt_rows(store, "Place", 2)
        if any("[" in p for p in customise.slide_paragraphs(store, "Place", 2, row.key))
    )
    customise.slide_change(store, "Place", "mark-adapted", with_placeholder.key)
    export_decks(store, "Place", tmp_path)
    assert _labelled(tmp_path, 2)[with_placeholder.key] is True


def test_editing_text_that_is_not_on_the_slide_is_refused() -> None:
    store = open_store()
    customise.new_course(store, "Edit", "KE")
    key = customise.current_slides(store, "Edit", 2)[1].key
    with pytest.raises(InvalidInputError, match="is not on slide"):
        customise.slide_change(store, "Edit", "edit-text", key, {"find": "words nobody wrote", "replace": "x"})
    assert get_course(store, "Edit").changes == ()


def test_importing_from_a_deck_with_macros_says_they_were_left_out(tmp_path: Path) -> None:
    store = open_store()
    customise.new_course(store, "Macro", "KE")
    source = _with_vba(make_rich_deck(tmp_path / "rich.pptx"), tmp_path)
    change = customise.import_slide(store, "Macro", source, 2, 2)
    assert "macro" in change.describe().lower()
