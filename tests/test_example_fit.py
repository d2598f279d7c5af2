"""Inserted example slides lay their text out to fit: smaller type down to 14 pt, then a continuation
slide; never cut with "…"; the full text in the notes. Checked by reading the exported deck back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Pt

from trainerkit import customise
from trainerkit.course.decks import deck_path
from trainerkit.courseops.course import OpenCourse
from trainerkit.deck import theme
from trainerkit.deck.fit import CONTINUED, FLOOR_PT, fit_pages, fits, page_key
from trainerkit.deck.tags import get_slide_key
from trainerkit.examples import add_example, insert_example
from trainerkit.examples.library import list_examples
from trainerkit.examples.slides import example_slide_spec, sentences
from trainerkit.export.decks import export_decks
from trainerkit.store import open_store

pytestmark = pytest.mark.skipif(not deck_path(2).is_file(), reason="bundled decks are not built yet")

SENTENCE = (
    "Municipal social workers in Amman met migrant domestic workers every week, listened to their complaints "
    "about unpaid wages and confiscated passports, and referred {n} of them to legal aid clinics run by lawyers."
)


def _summary(count: int) -> str:
    return " ".join(SENTENCE.format(n=n + 10) for n in range(count))


def _words(text: str) -> str:
    return " ".join(re.sub(r"[“”]", "", text).split())


def test_long_bullets_shrink_to_the_floor_then_continue_whole() -> None:
    bullets = sentences(_summary(12))
    spec = {"layout": "bullets", "title": "Legal aid in Amman", "bullets": bullets, "notes": "Full text.", "fit": True}
    pages = fit_pages(spec)
    assert len(pages) >= 2
    assert [p["title"] for p in pages] == ["Legal aid in Amman"] + ["Legal aid in Amman" + CONTINUED] * (len(pages) - 1)
    assert all(p["sizes"]["body"] == FLOOR_PT for p in pages)
    assert [b for p in pages for b in p["bullets"]] == bullets, "every sentence, in order, none cut"
    for page in pages:
        assert fits(page["bullets"], theme.BODY_BOX, FLOOR_PT, indent=0.375, gap_pt=12)
        assert "fit" not in page
    assert pages[1]["notes"].startswith("Continued from the previous slide.")
    short = fit_pages({**spec, "bullets": bullets[:2]})
    assert len(short) == 1 and short[0]["sizes"]["body"] == theme.BODY_PT
    one_long = fit_pages({**spec, "bullets": [" ".join(bullets)]})
    assert " ".join(b for p in one_long for b in p["bullets"]) == " ".join(bullets), "a long bullet goes on"


def test_bundled_examples_are_whole_on_their_slides() -> None:
    for example in list_examples(open_store()):
        spec = example_slide_spec(example, "case")
        assert spec["fit"] is True and spec["title"] == " ".join(example.title.split())
        assert " ".join(spec["bullets"]) == " ".join(example.summary.split())
        assert not any(b.endswith("…") for b in spec["bullets"])


def test_an_own_example_too_long_for_its_box_is_exported_whole(tmp_path: Path) -> None:
    store = open_store()
    customise.new_course(store, "Amman", "JO")
    customise.select_sessions(store, "Amman", [2])
    summary = _summary(7)
    assert len(summary) <= 1500
    mine = add_example(
        store, title="Legal aid for migrant domestic workers in Amman", summary=summary, source="Own notes"
    )
    case = insert_example(store, "Amman", mine.id, 2, after="s2-title", layout="case")
    quote = insert_example(store, "Amman", mine.id, 2, layout="quote")
    assert case.slide_key and quote.slide_key
    listed = [r.key for r in OpenCourse.open(store, "Amman").slides(2)]

    report = export_decks(store, "Amman", tmp_path)
    assert not [p for p in report.problems if not p.left_out]
    deck = Presentation(str(next(tmp_path.glob("Session 02*.pptx"))))
    keys = [get_slide_key(s) for s in deck.slides]
    assert keys == listed, "the slide index lists the continuation slides the export makes"
    for change, layout in ((case, "case"), (quote, "quote")):
        own = [s for s in deck.slides if (get_slide_key(s) or "").startswith(str(change.slide_key))]
        assert [get_slide_key(s) for s in own] == [page_key(str(change.slide_key), n) for n in range(1, len(own) + 1)]
        body = []
        for slide in own:
            for shape in slide.shapes:
                if not shape.has_text_frame or shape.name in ("Source", "Footer") or shape == slide.shapes.title:
                    continue
                if shape.is_placeholder and "SLIDE_NUMBER" in str(shape.placeholder_format.type):
                    continue
                if shape.name == "Attribution":
                    continue
                body.append(shape.text_frame.text)
                sizes = [r.font.size for p in shape.text_frame.paragraphs for r in p.runs]
                assert sizes and all(size is not None and size >= Pt(FLOOR_PT) for size in sizes), (layout, sizes)
            assert "…" not in " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
            assert _words(summary) in _words(slide.notes_slide.notes_text_frame.text), "the full text in the notes"
        assert _words(" ".join(body)) == _words(summary), f"all of the example's text is on its {layout} slides"
    case_pages = [k for k in keys if k and k.startswith(str(case.slide_key))]
    assert len(case_pages) == 2, "the case continues on a second slide"
    assert deck.slides[keys.index(case_pages[1])].shapes.title.text_frame.text.endswith(CONTINUED)
    assert len([k for k in keys if k and k.startswith(str(quote.slide_key))]) == 1, "the quote fits on one, smaller"
