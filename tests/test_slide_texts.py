"""Editing every text of a slide by its location: listed, recorded as one undo step, exported in the
runs' formatting, surviving a new edition of the decks (a vanished text is reported, never a crash);
placing slides by position, after a slide, or back at the guide's place. Core and CLI."""

from __future__ import annotations

import copy
import json
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from pptx import Presentation
from pptx.oxml.ns import qn

from trainerkit import customise, thumbnails
from trainerkit.cli import cli
from trainerkit.course.decks import deck_path
from trainerkit.courseops.course import OpenCourse
from trainerkit.deck.tags import get_slide_key
from trainerkit.deck.texts import find_paragraph, paragraph_text, resolve, slide_texts
from trainerkit.errors import InvalidInputError
from trainerkit.export.apply import apply_slide_ops, slides_by_key
from trainerkit.export.decks import export_decks
from trainerkit.recipe import SlideOp
from trainerkit.store import open_store
from trainerkit.store.courses import add_change

pytestmark = pytest.mark.skipif(not deck_path(2).is_file(), reason="bundled decks are not built yet")

QUIZ = "s2-who-moves-quiz"
TABLE = "s2-policy-responses"
GROUP = "s2-journey-risks"


def _course(name: str = "Amman") -> OpenCourse:
    store = open_store()
    customise.new_course(store, name, "JO")
    return OpenCourse.open(store, name)


def _texts(course: OpenCourse, key: str) -> dict[str, str]:
    return {t.location: t.text for t in course.slide_texts(key)}


def _exported_slide(out: Path, key: str, session: int = 2):  # type: ignore[no-untyped-def]
    deck = Presentation(str(next(out.glob(f"Session {session:02d}*.pptx"))))
    return slides_by_key(deck)[key]


def _rpr(paragraph: etree._Element) -> bytes:
    run = paragraph.find(qn("a:r"))
    rpr = run.find(qn("a:rPr")) if run is not None else None
    return etree.tostring(rpr) if rpr is not None else b""


def _pristine(key: str, session: int = 2):  # type: ignore[no-untyped-def]
    return slides_by_key(Presentation(str(deck_path(session))))[key]


def test_every_text_is_listed_with_a_location_and_where_it_is() -> None:
    course = _course()
    quiz = course.slide_texts(QUIZ)
    assert (quiz[0].location, quiz[0].where, quiz[0].title) == ("2:0", "Title", True)
    assert quiz[0].text == "Who moves? A quick quiz"
    assert [t.where for t in quiz[1:4]] == [f"Bullets, paragraph {n}" for n in (1, 2, 3)]
    cells = [t for t in course.slide_texts(TABLE) if t.where.startswith("Table, row")]
    assert cells[0].where == "Table, row 1, column 1" and cells[0].text == "Concern"
    assert len({t.location for t in cells}) == len(cells) > 6
    boxes = [t for t in course.slide_texts(GROUP) if "›" in t.where]
    assert boxes and boxes[1].where == "Diagram (boxes) › Box 1 text"
    # the same location scheme as the translation units (s2:KEY:ID:N), built from the deck itself
    assert [t.location for t in slide_texts(_pristine(QUIZ))] == [t.location for t in quiz]
    assert all(t.where != "To adapt" for key in ("s2-where-country",) for t in course.slide_texts(key))


def test_editor_changes_are_one_undo_step_and_reach_the_export_in_their_formatting(tmp_path: Path) -> None:
    course = _course()
    head = course.record.head
    cell = next(t for t in course.slide_texts(TABLE) if t.where == "Table, row 2, column 2")
    box = next(t for t in course.slide_texts(GROUP) if t.where == "Diagram (boxes) › Box 1 text")
    changes = course.edit_slide(
        QUIZ, {"2:0": "Who moves to {{country}}?", "3:1": "How many?\nAnd from where?"}, notes="Ask, then count."
    )
    assert changes.label == "Edit text on 'Who moves? A quick quiz'"
    assert course.record.head == head + 1, "the editor's texts and notes are one undo step"
    assert course.find_slide(QUIZ).title == "Who moves to {{country}}?"
    assert course.find_slide(QUIZ).notes == "Ask, then count."
    course.set_text(TABLE, cell.location, "Our own cell")
    course.set_text(GROUP, box.location, "Exit bans in {{country}}")
    assert course.label(course.undo_change()) == "Edit text on 'Risks build up along the journey'"

    report = export_decks(course.store, course.name, tmp_path)
    assert not [str(p) for p in report.problems if not p.left_out]
    quiz = _exported_slide(tmp_path, QUIZ)
    texts = {t.location: t.text for t in slide_texts(quiz)}
    assert texts["2:0"] == "Who moves to Jordan?"
    assert texts["3:1"] == "How many?\nAnd from where?"
    assert quiz.notes_slide.notes_text_frame.text == "Ask, then count."
    for key, location in ((QUIZ, "2:0"), (QUIZ, "3:1"), (TABLE, cell.location), (GROUP, box.location)):
        before, _ = find_paragraph(_pristine(key), location)
        after, _ = find_paragraph(_exported_slide(tmp_path, key), location)
        assert before is not None and after is not None
        assert _rpr(after) == _rpr(before), f"{key} {location} keeps its first run's formatting"
    assert {t.location: t.text for t in slide_texts(_exported_slide(tmp_path, TABLE))}[cell.location] == "Our own cell"
    assert {t.location: t.text for t in slide_texts(_exported_slide(tmp_path, GROUP))}[box.location] == (
        "Exit bans in Jordan"
    )

    course.undo()
    course.undo()
    course.undo()
    assert _texts(course, QUIZ)["2:0"] == "Who moves? A quick quiz"
    assert course.find_slide(QUIZ).notes != "Ask, then count."
    course.redo()
    assert _texts(course, QUIZ)["3:1"] == "How many?\nAnd from where?"


def test_merged_runs_take_the_first_runs_formatting() -> None:
    slide = _pristine(QUIZ)
    paragraph, how = find_paragraph(slide, "3:0")
    assert paragraph is not None and how == "here"
    first = paragraph.find(qn("a:r"))
    second = copy.deepcopy(first)
    second.find(qn("a:rPr")).set("b", "1")
    second.find(qn("a:t")).text = " (bold part)"
    first.addnext(second)
    template = _rpr(paragraph)
    op = SlideOp(1, "set-text", QUIZ, {"at": "3:0", "text": "One new sentence", "was": paragraph_text(paragraph)})
    problems = apply_slide_ops(slide.part.package.presentation_part.presentation, 2, [op], load_file=Path)
    assert problems == []
    runs = paragraph.findall(qn("a:r"))
    assert len(runs) == 1 and runs[0].find(qn("a:t")).text == "One new sentence"
    assert _rpr(paragraph) == template


def test_a_new_edition_that_moved_or_dropped_the_text_is_handled() -> None:
    prs = Presentation(str(deck_path(2)))
    slide = slides_by_key(prs)[QUIZ]
    was = "How many international migrants were there in 2020?"
    # a new edition: the bullets' shape got another id (the text moved), the title shape is gone
    for c_nv_pr in slide.shapes._spTree.iter(qn("p:cNvPr")):
        if c_nv_pr.get("id") == "3":
            c_nv_pr.set("id", "30")
    title = slide.shapes.title._element
    title.getparent().remove(title)
    ops = [
        SlideOp(1, "set-text", QUIZ, {"at": "3:1", "text": "Moved but found", "was": was, "where": "Bullets"}),
        SlideOp(2, "set-text", QUIZ, {"at": "2:0", "text": "Lost", "was": "Who moves? A quick quiz", "where": "Title"}),
    ]
    problems = apply_slide_ops(prs, 2, ops, load_file=Path)
    assert [t.text for t in slide_texts(slide) if t.location == "30:1"] == ["Moved but found"]
    assert len(problems) == 1 and "Title" in problems[0].message and "was not applied" in problems[0].message
    # the slide index decides the same way
    assert resolve(["30:0", "30:1"], ["a", was], "3:1", was) == (1, "moved")
    assert resolve(["30:0"], ["a"], "2:0", "Who moves?") == (None, "gone")
    assert resolve(["2:0"], ["Reworded"], "2:0", "Who moves?") == (None, "changed")


def test_an_edit_whose_text_vanished_is_reported_at_export_not_a_crash(tmp_path: Path) -> None:
    course = _course()
    # as a change made against an older edition would be stored
    add_change(
        course.store,
        course.name,
        "set-text",
        session=2,
        slide_key=QUIZ,
        payload={"at": "99:0", "text": "Gone", "was": "An old sentence", "where": "Bullets, paragraph 9"},
    )
    course.reload()
    assert course.find_slide(QUIZ).title == "Who moves? A quick quiz"  # the index skips it, as export does
    report = export_decks(course.store, course.name, tmp_path)
    said = [str(p) for p in report.problems if p.key == QUIZ]
    assert said == [
        "Session 2, slide s2-who-moves-quiz: your edit of Bullets, paragraph 9 ('An old sentence') was not "
        "applied: that text is no longer on the slide in this edition of the decks; edit it again"
    ]
    from trainerkit.package.preflight import preflight

    found = [f for f in preflight(course.store, course.name).findings if f.code == "slide-change-failed"]
    assert [(f.level, f.location) for f in found] == [("warning", {"kind": "slide", "session": 2, "slide": QUIZ})]
    assert "your edit of Bullets, paragraph 9" in found[0].message, "Pack for venue names it and goes to the slide"


def test_wrong_locations_and_unchanged_text_are_refused() -> None:
    course = _course()
    with pytest.raises(InvalidInputError, match="no text at '9:9'") as raised:
        course.set_text(QUIZ, "9:9", "x")
    command = re.search(r"`trainerkit ([^`]+)`", str(raised.value))
    assert command is not None
    listed = CliRunner().invoke(cli, shlex.split(command.group(1)))
    assert listed.exit_code == 0 and "2:0    Title: 'Who moves? A quick quiz'" in listed.output, (
        "the command it names works"
    )
    with pytest.raises(InvalidInputError, match="already reads so"):
        course.set_text(QUIZ, "2:0", "Who moves? A quick quiz")
    with pytest.raises(InvalidInputError, match="no text at"):
        course.edit_slide(QUIZ, {"nope": "x"})
    assert not course.edit_slide(QUIZ, {"2:0": "Who moves? A quick quiz"}), "nothing changed: no change"


def test_move_after_and_back_to_the_guides_place() -> None:
    course = _course()
    keys = [r.key for r in course.slides(2)]
    course.move_after(QUIZ, keys[-1])
    assert [r.key for r in course.slides(2)][-1] == QUIZ
    course.move_after("s2-title", "s2-objectives")
    assert [r.key for r in course.slides(2)][:2] == ["s2-objectives", "s2-title"]
    with pytest.raises(InvalidInputError):
        course.move_after(QUIZ, QUIZ)
    course.hide([QUIZ])
    head = course.record.head
    assert course.guide_place(QUIZ) == (5, "s2-definition-scope")
    changes = course.show_at_guide_place(QUIZ)
    assert changes.label == "Show slide 'Who moves? A quick quiz' at its place in the guide"
    assert course.record.head == head + 1
    row = course.find_slide(QUIZ)
    assert (row.position, row.hidden) == (5, False)
    course.undo()
    row = course.find_slide(QUIZ)
    assert (row.position, row.hidden) == (len(keys), True)


def test_the_draft_picture_shows_the_typed_text() -> None:
    course = _course()
    plain = thumbnails.draft_slide_thumbnail(course.store, course.name, 2, QUIZ, {})
    draft = thumbnails.draft_slide_thumbnail(course.store, course.name, 2, QUIZ, {"2:0": "A draft title"})
    assert plain is not None and draft is not None and draft.large.is_file()
    assert draft.fingerprint != plain.fingerprint
    assert course.record.head == 0, "a draft records nothing"


def tk(*args: str, ok: bool = True) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert (result.exit_code == 0) == ok, result.output
    return result.output if ok else f"{result.output}{result.exception}"


def test_cli_lists_and_edits_texts_moves_and_shows_at_the_guides_place(tmp_path: Path) -> None:
    tk("course", "create", "Amman", "--country", "JO")
    listed = json.loads(tk("slide", "texts", "Amman", QUIZ, "--json"))
    assert listed["texts"][0] == {"location": "2:0", "where": "Title", "text": "Who moves? A quick quiz", "title": True}
    assert listed["notes"].startswith("Put up the flip chart")
    assert "3:1    Bullets, paragraph 2:" in tk("slide", "texts", "Amman", QUIZ)
    assert "Edit text on" in tk("slide", "edit", "Amman", QUIZ, "--at", "2:0", "--text", "Quiz for {{country}}")
    tk("slide", "edit", "Amman", QUIZ, "--at", "notes", "--text", "New notes")
    tk("slide", "edit", "Amman", QUIZ, "--find", "2020", "--replace", "2024")
    assert "no text at '7:7'" in tk("slide", "edit", "Amman", QUIZ, "--at", "7:7", "--text", "x", ok=False)
    assert "--at LOCATION" in tk("slide", "edit", "Amman", QUIZ, "--at", "2:0", ok=False)
    again = json.loads(tk("slide", "texts", "Amman", QUIZ, "--json"))
    assert again["texts"][0]["text"] == "Quiz for {{country}}" and again["notes"] == "New notes"
    assert again["texts"][2]["text"] == "How many international migrants were there in 2024?"

    tk("slide", "hide", "Amman", QUIZ)
    tk("slide", "move", "Amman", QUIZ, "--after", "s2-title")
    said = tk("slide", "show", "Amman", QUIZ)
    assert f"Its place in the guide is position 5; put it there: trainerkit slide move Amman {QUIZ} --to 5" in said
    tk("slide", "hide", "Amman", QUIZ)
    tk("slide", "show", "Amman", QUIZ, "--to-guide-place")
    rows = json.loads(tk("slides", "Amman", "--session", "2", "--json"))
    row = next(r for r in rows if r["key"] == QUIZ)
    assert (row["position"], row["hidden"]) == (5, False)
    assert "one of them" in tk("slide", "move", "Amman", QUIZ, ok=False)
    tk("export", "Amman", "--out", str(tmp_path))
    exported = _exported_slide(tmp_path, QUIZ)
    assert exported.shapes.title.text_frame.text == "Quiz for Jordan"
    assert get_slide_key(list(Presentation(str(next(tmp_path.glob("Session 02*.pptx")))).slides)[4]) == QUIZ


def test_the_index_and_the_built_deck_agree_on_every_text_after_changes(tmp_path: Path) -> None:
    from tests.decks import make_rich_deck
    from tests.test_example_fit import _summary
    from trainerkit.examples.slides import sentences
    from trainerkit.export.decks import build_session_deck

    course = _course()
    keys = [r.key for r in course.slides(2)]
    course.edit_slide(QUIZ, {"2:0": "Quiz in {{country}}", "3:2": "Line one\nLine two"}, notes="Notes")
    course.edit_text(QUIZ, "Line one", "First line")  # a find/replace over a set text
    course.duplicate([QUIZ])
    course.set_text(f"{QUIZ}-copy{course.record.head}", "2:0", "The copy")
    course.hide([keys[3]])
    course.move_after(keys[3], keys[-1])
    course.show_at_guide_place(keys[3])
    course.import_slide(make_rich_deck(tmp_path / "rich.pptx"), 5, 2, after=keys[0])
    spec = {"layout": "bullets", "title": "Long", "bullets": sentences(_summary(7)), "notes": "All.", "fit": True}
    inserted = course.insert_slide(2, spec, after=keys[1])
    new_key = str(inserted.change.slide_key)  # type: ignore[union-attr]
    course.set_text(f"{new_key}-part2", "2:0", "Long, still")
    prs, problems, _missing = build_session_deck(course.store, course.state, course.course, 2, fill_tokens=False)
    assert [p for p in problems if not p.left_out] == []
    built = {get_slide_key(s): [t.as_dict() for t in slide_texts(s)] for s in prs.slides}
    indexed = {r.key: [t.as_dict() for t in course.slide_texts(r.key, 2)] for r in course.slides(2)}
    assert list(built) == list(indexed)
    assert built == indexed
    assert indexed[f"{new_key}-part2"][0]["text"] == "Long, still"
    assert course.find_slide(f"{new_key}-part2").title == "Long, still"


def test_edited_texts_and_continued_examples_travel_in_a_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_example_fit import _summary
    from trainerkit import bundle
    from trainerkit.examples.slides import sentences

    course = _course()
    course.edit_slide(QUIZ, {"2:0": "Quiz in {{country}}", "3:1": "How many?"}, notes="Ask first.")
    spec = {"layout": "bullets", "title": "Long", "bullets": sentences(_summary(7)), "notes": "All.", "fit": True}
    key = str(course.insert_slide(2, spec).change.slide_key)  # type: ignore[union-attr]
    course.set_text(f"{key}-part2", "2:0", "Long, still")
    course.move_after(f"{key}-part2", "s2-title")
    texts = {r.key: course.slide_texts(r.key, 2) for r in course.slides(2)}
    shared = bundle.export_bundle(course.store, course.name, tmp_path / "amman.tkcourse")

    monkeypatch.setenv("TRAINERKIT_HOME", str(tmp_path / "elsewhere"))
    report = bundle.import_bundle(open_store(), shared)
    there = OpenCourse.open(open_store(), report.name)
    assert {r.key: there.slide_texts(r.key, 2) for r in there.slides(2)} == texts
    assert [r.key for r in there.slides(2)][1] == f"{key}-part2"
