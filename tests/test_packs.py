"""Participant pack, trainer pack and slide handouts: what a trainer prints, checked by reading it back."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from trainerkit.course import load_course
from trainerkit.customise import new_course, select_sessions, set_profile, state_of
from trainerkit.errors import Cancelled, InvalidInputError
from trainerkit.export.packs import export_course_materials, parse_what, session_slides, timed_plan
from trainerkit.jobs import CancelToken
from trainerkit.store import open_store

COUNTRY, VENUE, DATES = "France", "Hôtel de Ville, Genève", "3–5 mars 2027"
ARABIC_NAME = "ليلى حداد"
SESSIONS = [1, 4]


def make_course(name: str = "Test", sessions: list[int] | None = None, **extra: str) -> None:
    store = open_store()
    new_course(store, name, "FR", venue=VENUE, dates=DATES)
    set_profile(store, name, {"facilitators": f"Ana Núñez; {ARABIC_NAME}", **extra})
    if sessions:
        select_sessions(store, name, sessions)


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Both packs and 3-per-page slide handouts of a course with sessions 1 and 4 and 18 participants."""
    home = tmp_path_factory.mktemp("packs-home")
    out = tmp_path_factory.mktemp("packs-out")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TRAINERKIT_HOME", str(home))
        make_course(sessions=SESSIONS, participants="18")

        def no_subprocess(*args: object, **kwargs: object) -> None:
            raise AssertionError(f"export ran a program: {args!r}")

        # packs must never need LibreOffice (or any other program) at run time
        mp.setattr(subprocess, "run", no_subprocess)
        mp.setattr(subprocess, "Popen", no_subprocess)
        export_course_materials(open_store(), "Test", out, "participant-pack,trainer-pack,slide-handouts")
    yield out


def test_every_pack_pdf_names_country_venue_and_dates_on_every_page(packs: Path) -> None:
    files = sorted(packs.rglob("*.pdf"))
    assert len(files) == 2 + len(SESSIONS)
    for path in files:
        for number, text in enumerate(pdf_pages(path), start=1):
            for value in (COUNTRY, VENUE, DATES):
                assert value in text, f"{path.name} page {number} lacks {value!r}"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdftotext_reads_the_participant_pack_cover(packs: Path) -> None:
    pack = packs / "Participant pack - Test.pdf"
    cover = subprocess.check_output(["pdftotext", "-f", "1", "-l", "1", str(pack), "-"], text=True)
    for value in (COUNTRY, VENUE, DATES, "Ana Núñez", ARABIC_NAME, "Participant pack"):
        assert value in cover


def test_participant_pack_has_contents_then_the_handouts_in_order_with_page_numbers(packs: Path) -> None:
    pages = pdf_pages(packs / "Participant pack - Test.pdf")
    assert "Contents" in pages[1]
    assert all(f"Page {n} of {len(pages)}" in text for n, text in enumerate(pages[1:], start=2))
    contents = pages[1]
    assert contents.index("Session 1") < contents.index("People bingo") < contents.index("Session 4")
    # the contents' page number for People bingo is the page where it starts
    match = re.search(r"People bingo\s*(\d+)", contents)
    assert match
    assert "People bingo" in pages[int(match.group(1)) - 1]
    # trainer-only instructions are not in the participant pack
    assert not any("How to run it" in text for text in pages)


def test_trainer_pack_gives_clock_times_from_the_agenda(packs: Path) -> None:
    text = "\n".join(pdf_pages(packs / "Trainer pack - Test.pdf"))
    assert "Session 4: The Convention on Migrant Workers" in text
    assert "Day 1 16:00–17:00; Day 2 09:00–10:00" in text
    assert "09:15" in text  # the case study starts the second morning, after 75 minutes of the session


def test_session_four_resumes_on_the_second_morning() -> None:
    make_course(sessions=SESSIONS)
    _record, state, course = state_of(open_store(), "Test")
    steps = {t.step.number: t for t in timed_plan(course, state, course.session(4))}
    assert (steps[1].day, steps[1].start) == (1, "16:00")
    assert (steps[2].day, steps[2].start) == (1, "16:05")
    assert (steps[9].day, steps[9].start) == (2, "09:15")  # 75 minutes in: 60 on day 1, 15 on day 2
    # the guide's plan for session 4 (140 min) is longer than its agenda slots (120 min): the trainer is told
    assert not steps[10].overrun and steps[11].overrun and steps[11].start == "10:10"


def test_an_edited_agenda_moves_the_clock_times() -> None:
    from trainerkit.store.courses import add_change

    make_course(sessions=[1])
    agenda = {"days": [{"day": 1, "slots": [{"start": "13:30", "end": "15:00", "kind": "session", "session": 1,
                                              "title": "Course introduction"}]}]}
    add_change(open_store(), "Test", "agenda", payload=agenda)
    _record, state, course = state_of(open_store(), "Test")
    plan = timed_plan(course, state, course.session(1))
    assert plan[0].start == "13:30" and plan[1].start == "13:40"


def test_printing_list_counts_copies_from_the_participants(packs: Path) -> None:
    text = "\n".join(pdf_pages(packs / "Trainer pack - Test.pdf"))
    assert "Printing list" in text
    assert re.search(r"People bingo\s+18\s+per", text), "per-participant handouts are printed 18 times"
    assert re.search(r"Copies of the Convention\s+5\s+per", text), "OHCHR copies: one per table"


def test_trainer_pack_has_checklists_and_speaker_notes_beside_slide_pictures(packs: Path) -> None:
    reader = PdfReader(str(packs / "Trainer pack - Test.pdf"))
    texts = [page.extract_text() or "" for page in reader.pages]
    assert sum("Preparation" in t for t in texts) >= len(SESSIONS)
    assert sum("Equipment" in t for t in texts) >= len(SESSIONS)
    notes_pages = [i for i, t in enumerate(texts) if "Slide 1" in t and "Speaker notes" in t]
    assert len(notes_pages) == len(SESSIONS)
    page = reader.pages[notes_pages[0]]
    assert len(page.images) >= 2, "slide pictures are on the speaker-notes page"


def test_slide_handout_three_per_page_has_every_visible_slide_and_lines(packs: Path) -> None:
    make_course(sessions=[4])
    _record, state, course = state_of(open_store(), "Test")
    slides, _problems = session_slides(open_store(), state, course, 4, width=320)
    visible = [s for s in slides if not s.hidden]
    path = next((packs / "slide-handouts").glob("Slides S4 *3 per page.pdf"))
    reader = PdfReader(str(path))
    assert len(reader.pages) == math.ceil(len(visible) / 3)
    assert sum(len(page.images) for page in reader.pages) == len(visible)


def test_export_progress_rises_to_done_and_cancel_stops_it(tmp_path: Path) -> None:
    make_course(sessions=[1])
    seen: list[tuple[int, int]] = []
    export_course_materials(open_store(), "Test", tmp_path / "a", "participant-pack",
                            progress=lambda done, total, label: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)

    token = CancelToken()

    def cancel_soon(done: int, total: int, label: str) -> None:
        if done > 0:
            token.cancel()

    with pytest.raises(Cancelled):
        export_course_materials(open_store(), "Test", tmp_path / "b", "handouts,trainer-pack", progress=cancel_soon,
                                token=token)
    assert not list((tmp_path / "b").rglob(".*.tmp"))
    assert not (tmp_path / "b" / "Trainer pack - Test.pdf").exists()


def test_an_arabic_venue_is_printed_right_to_left_in_the_packs(tmp_path: Path) -> None:
    venue = "فندق المدينة، عمّان"
    make_course("Amman", sessions=[1], venue=venue)
    export_course_materials(open_store(), "Amman", tmp_path, "participant-pack")
    pack = tmp_path / "Participant pack - Amman.pdf"
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    # pdftotext applies the bidi algorithm when it reads (pypdf gives an Arabic run's words in visual order)
    cover = subprocess.check_output(["pdftotext", "-f", "1", "-l", "1", str(pack), "-"], text=True)
    assert "فندق المدينة" in cover


def test_what_names_are_checked() -> None:
    assert parse_what("all") == parse_what(
        "decks,handouts,participant-pack,trainer-pack,slide-handouts,name-tags,certificates,attendance"
    )
    assert parse_what("trainer-pack,handouts") == ("handouts", "trainer-pack")
    with pytest.raises(InvalidInputError, match="Cannot export"):
        parse_what("posters")
    for empty in ("", ",", " , ", []):
        with pytest.raises(InvalidInputError, match="Nothing chosen to export"):
            parse_what(empty)


def test_slides_per_page_is_checked(tmp_path: Path) -> None:
    make_course(sessions=[1])
    with pytest.raises(InvalidInputError):
        export_course_materials(open_store(), "Test", tmp_path, "slide-handouts", per_page=(4,))


def test_the_bundled_course_has_agenda_slots_for_every_session() -> None:
    course = load_course()
    for session in course.sessions:
        assert course.agenda.minutes_for_session(session.number) > 0


def test_trainer_only_handouts_are_printed_in_the_trainer_pack_not_the_participant_pack(packs: Path) -> None:
    """Activity instructions and answer sheets are for the trainer: printed whole in the trainer pack."""
    trainer = " ".join(" ".join(pdf_pages(packs / "Trainer pack - Test.pdf")).split())
    participant = " ".join(" ".join(pdf_pages(packs / "Participant pack - Test.pdf")).split())
    for body in ("Rules set by participants themselves", "These answers are not exhaustive"):
        assert body in trainer, body
        assert body not in participant, body


def test_speaker_notes_print_a_blank_line_for_an_empty_field_and_warn(tmp_path: Path) -> None:
    """Issue #14: the deck shows __________ where {{organisation}} was; the printed notes draw their own
    blank line (a blank span) and the trainer pack warns, as for the handouts."""
    from trainerkit.courseops.course import OpenCourse
    from trainerkit.deck.tokens import SLIDE_BLANK
    from trainerkit.export.trainer_pack import build_trainer_pack

    make_course(sessions=[1])
    store = open_store()
    key = OpenCourse.open(store, "Test").slides(1)[0].key
    OpenCourse.open(store, "Test").edit_notes(key, "Welcome to {{venue}} with {{organisation}}.")
    _record, state, course = state_of(store, "Test")
    slides, _problems = session_slides(store, state, course, 1)
    spans = slides[0].notes_spans
    assert [(s.text, s.token, s.blank) for s in spans] == [
        (f"Welcome to {VENUE} with ", "", False),
        ("", "organisation", True),
        (".", "", False),
    ]
    assert SLIDE_BLANK not in slides[0].notes and "{{" not in slides[0].notes
    _document, report = build_trainer_pack(store, "Test")
    assert any("speaker notes use '{{organisation}}' with no value" in w for w in report.warnings)
