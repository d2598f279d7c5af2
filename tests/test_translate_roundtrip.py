"""Course-content translation round trip: export XLIFF/PO, pseudo-translate, import, export decks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from tests.libreoffice import convert, needs_libreoffice
from tests.pseudo_translate import pseudo, pseudo_translate_file
from trainerkit.cli import cli
from trainerkit.deck.tokens import TOKEN_RE
from trainerkit.translate.units import chart_texts, paragraph_text, slide_paragraphs, translatable


def run(*args: str, ok: bool = True) -> str:
    result = CliRunner().invoke(cli, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    else:
        assert result.exit_code != 0, result.output
        from trainerkit.errors import TrainerKitError

        # `trainerkit` prints a TrainerKitError as one line (cli.main); the group raises it here
        assert isinstance(result.exception, (TrainerKitError, SystemExit)), result.exception
        return result.output + str(result.exception)
    return result.output


PROFILE_VALUES = ("CNDH", "Dakar", "1-3 June", "A. Diop", "West Africa", "Senegal")


@pytest.fixture
def course(tmp_path: Path) -> str:
    run("course", "create", "Dakar", "--country", "SN", "--lang", "fr")
    run("course", "sessions", "Dakar", "1", "3")
    run(
        "course",
        "set",
        "Dakar",
        "organisation=CNDH",
        "venue=Dakar",
        "dates=1-3 June",
        "facilitators=A. Diop",
        "region=West Africa",
    )
    # the course's own inserted example: its slide is translated as the bundled ones are
    run("example", "insert", "Dakar", "ch-border-principles", "--session", "3", "--after", "s3-objectives")
    return "Dakar"


def deck_texts(path: Path) -> list[str]:
    """Every visible text of the deck with words: paragraphs, notes, charts' categories and series names."""
    prs = Presentation(str(path))
    texts = []
    for slide in prs.slides:
        for _loc, _name, paragraph in slide_paragraphs(slide):
            text = paragraph_text(paragraph)
            if text is not None and translatable(text):
                texts.append(text)
        texts.extend(text for _loc, text, _chart in chart_texts(slide) if translatable(text))
    return texts


def french_facts(course: str) -> set[str]:
    """The texts the export writes on the country-facts slides of ``course``, in French."""
    from trainerkit.export.facts_fill import fact_texts
    from trainerkit.recipe import state_of
    from trainerkit.store import open_store

    store = open_store()
    try:
        _record, state, _course = state_of(store, course)
        texts = fact_texts(state, "fr")
    finally:
        store.close()
    assert all("Ratified" not in t and "Status as of" not in t for t in texts), texts
    return texts


def test_language_is_a_checked_code() -> None:
    run("course", "create", "X", "--lang", "French")
    out = run("course", "set", "X", "language=klingon", ok=False)
    assert "not a language code" in out


def test_an_english_course_is_told_how_to_choose_a_language(tmp_path: Path) -> None:
    import re
    import shlex

    run("course", "create", "X")
    out = run("translate", "export", "X", "--out", str(tmp_path / "x.xlf"), ok=False)
    (hint,) = re.findall(r"`(trainerkit [^`]+)`", out)
    run(*[("X" if w == "NAME" else w) for w in shlex.split(hint)[1:]])  # runs as printed
    assert "for translation into fr" in run("translate", "export", "X", "--out", str(tmp_path / "x.xlf"))


def test_round_trip_translates_every_slide_text_and_note(course: str, tmp_path: Path) -> None:
    xlf = tmp_path / "c.xlf"
    run("translate", "export", course, "--out", str(xlf))
    assert b'version="2.0"' in xlf.read_bytes() and b'category="source-hash"' in xlf.read_bytes()
    assert b"Swiss migration authority uses OHCHR border guidelines" in xlf.read_bytes()  # the inserted example
    done = tmp_path / "c-fr.xlf"
    assert pseudo_translate_file(xlf, done) > 100
    run("translate", "import", course, str(done))
    status = run("translate", "status", course)
    assert "Session 3:" in status and "texts in French" in status
    for line in status.splitlines():
        total = line.split(" of ")[1].split()[0]
        assert line.split(": ")[1].startswith(f"{total} of {total}"), line
    check = CliRunner().invoke(cli, ["check", course]).output  # preflight reports the share translated
    assert re.search(r"Session 3: (\d+) of \1 texts in French", check), check
    out = tmp_path / "out"
    run("export", course, "--out", str(out))
    decks = sorted(out.glob("*.pptx"))
    assert len(decks) == 2
    facts = french_facts(course)  # the country facts are written in French by the export itself
    assert facts
    everything: list[str] = []
    for deck in decks:
        texts = deck_texts(deck)
        assert texts
        for text in texts:
            if text in facts:
                continue
            words = text
            for value in PROFILE_VALUES:  # a paragraph that is only tokens has nothing to translate
                words = words.replace(value, "")
            if not any(c.isalpha() for c in words):
                continue
            assert text.startswith("[") and text.endswith("]"), text
            assert not TOKEN_RE.search(text), text  # placeholders filled
        everything.extend(texts)
    assert any("CNDH" in t or "Senegal" in t for t in everything)  # token values inside translations


def test_po_round_trip_and_memory_for_another_course(course: str, tmp_path: Path) -> None:
    po = tmp_path / "c.po"
    run("translate", "export", course, "--out", str(po), "--format", "po")
    assert b"X-TrainerKit-Course: Dakar" in po.read_bytes()
    done = tmp_path / "c-fr.po"
    pseudo_translate_file(po, done)
    run("translate", "import", course, str(done))
    run("course", "create", "Abidjan", "--country", "CI", "--lang", "fr")
    run("course", "sessions", "Abidjan", "1")
    again = tmp_path / "a.xlf"
    out = run("translate", "export", "Abidjan", "--out", str(again))
    assert "0 already translated" not in out  # the memory fills the same texts in for another course
    assert "Session 1: " in run("translate", "status", "Abidjan")


def test_changed_source_marks_the_translation_outdated(course: str, tmp_path: Path) -> None:
    from trainerkit.store import open_store
    from trainerkit.store.courses import get_course
    from trainerkit.translate.memory import OUTDATED, Lookup

    xlf = tmp_path / "c.xlf"
    run("translate", "export", course, "--out", str(xlf))
    done = tmp_path / "c-fr.xlf"
    pseudo_translate_file(xlf, done)
    run("translate", "import", course, str(done))
    store = open_store()
    record = get_course(store, course)
    lookup = Lookup(store, record.id, "fr")
    unit_id = next(iter(lookup.own))
    status, target = lookup.find(unit_id, "0" * 16)  # what a new edition of that text hashes to
    assert (status, target) == (OUTDATED, None)
    store.close()


def test_tampered_hash_and_dropped_placeholder_are_refused(course: str, tmp_path: Path) -> None:
    xlf = tmp_path / "c.xlf"
    run("translate", "export", course, "--out", str(xlf))
    done = tmp_path / "c-fr.xlf"
    pseudo_translate_file(xlf, done)
    text = done.read_text(encoding="utf-8")
    tampered = tmp_path / "tampered.xlf"
    first_hash = text.split('category="source-hash">')[1].split("<")[0]
    tampered.write_text(text.replace(first_hash, "0123456789abcdef", 1), encoding="utf-8")
    out = run("translate", "import", course, str(tampered), ok=False)
    assert "source hash does not match" in out and "Traceback" not in out
    assert "{{" in text
    dropped = tmp_path / "dropped.xlf"
    start = text.index("<target>")
    end = text.index("</target>", start)
    # drop a placeholder from the first target that has one
    target_with_token = next(
        m
        for m in TOKEN_RE.finditer(text)
        if text.rfind("<target>", 0, m.start()) > text.rfind("</target>", 0, m.start())
    )
    dropped.write_text(text[: target_with_token.start()] + text[target_with_token.end() :], encoding="utf-8")
    out = run("translate", "import", course, str(dropped), ok=False)
    assert "placeholder" in out and "is missing" in out
    assert start < end
    other = tmp_path / "other.xlf"
    other.write_text(text.replace('original="trainerkit:Dakar"', 'original="trainerkit:Elsewhere"'), encoding="utf-8")
    assert "exported for the course 'Elsewhere'" in run("translate", "import", course, str(other), ok=False)


def test_arabic_gives_right_to_left_paragraphs(tmp_path: Path) -> None:
    run("course", "create", "Tunis", "--country", "TN", "--lang", "ar")
    run("course", "sessions", "Tunis", "1")
    xlf = tmp_path / "t.xlf"
    run("translate", "export", "Tunis", "--out", str(xlf))
    done = tmp_path / "t-ar.xlf"
    pseudo_translate_file(xlf, done, arabic=True)
    run("translate", "import", "Tunis", str(done))
    out = tmp_path / "out"
    run("export", "Tunis", "--out", str(out))
    (deck,) = out.glob("*.pptx")
    prs = Presentation(str(deck))
    checked = 0
    for slide in prs.slides:
        for _loc, _name, paragraph in slide_paragraphs(slide):
            text = paragraph_text(paragraph)
            if text is None or not translatable(text):
                continue
            ppr = paragraph.find("{http://schemas.openxmlformats.org/drawingml/2006/main}pPr")
            assert ppr is not None and ppr.get("rtl") == "1" and ppr.get("algn") == "r", text
            checked += 1
    assert checked > 50


def test_pseudo_keeps_placeholders() -> None:
    assert pseudo("Hello {{country}} and {{venue}}") == "[Hélló {{country}} áñd {{venue}}]"


@needs_libreoffice
@pytest.mark.libreoffice
def test_translated_deck_converts_in_libreoffice(course: str, tmp_path: Path) -> None:
    xlf = tmp_path / "c.xlf"
    run("translate", "export", course, "--out", str(xlf))
    done = tmp_path / "c-fr.xlf"
    pseudo_translate_file(xlf, done)
    run("translate", "import", course, str(done))
    out = tmp_path / "out"
    run("export", course, "--out", str(out))
    deck = sorted(out.glob("*.pptx"))[0]
    pdf = convert(deck, "pdf", tmp_path / "pdf")
    assert pdf.stat().st_size > 10_000


def test_every_handout_block_translates_and_still_parses() -> None:
    from collections import Counter

    from trainerkit.export.markdown import parse_handout_text
    from trainerkit.paths import resources_dir
    from trainerkit.translate.checks import source_hash
    from trainerkit.translate.handouts import translate_markdown
    from trainerkit.translate.memory import TRANSLATED, UNTRANSLATED
    from trainerkit.translate.units import handout_units

    texts = {u.id: u.text for u in handout_units(resources_dir())}

    class Pseudo:
        def find(self, unit_id: str, hash_value: str) -> tuple[str, str | None]:
            text = texts.get(unit_id)
            if text is None or source_hash(text) != hash_value:
                return UNTRANSLATED, None
            return TRANSLATED, pseudo(text)

    counts: Counter[str] = Counter()
    folder = resources_dir() / "handouts" / "src"
    for path in sorted(folder.glob("*.md")):
        text = translate_markdown(path.stem, path.read_text(encoding="utf-8"), Pseudo(), counts)  # type: ignore[arg-type]
        parse_handout_text(text, path)  # a translated handout keeps its format
    assert counts[UNTRANSLATED] == 0 and counts[TRANSLATED] == len(texts) > 1000


def test_handouts_export_in_the_course_language(course: str, tmp_path: Path) -> None:
    from pypdf import PdfReader

    xlf = tmp_path / "c.xlf"
    run("translate", "export", course, "--out", str(xlf))
    done = tmp_path / "c-fr.xlf"
    pseudo_translate_file(xlf, done)
    run("translate", "import", course, str(done))
    out = tmp_path / "out"
    run("export", course, "--out", str(out), "--what", "handouts")
    pdfs = sorted(out.rglob("*.pdf"))
    assert pdfs
    text = PdfReader(str(pdfs[0])).pages[0].extract_text()
    assert "[" in text and any(c in text for c in "áéíóú"), text[:300]


def test_plans_and_agenda_in_the_course_language(course: str, tmp_path: Path) -> None:
    from trainerkit.customise import state_of
    from trainerkit.store import open_store
    from trainerkit.translate.hooks import translated_course

    xlf = tmp_path / "c.xlf"
    run("translate", "export", course, "--out", str(xlf))
    done = tmp_path / "c-fr.xlf"
    pseudo_translate_file(xlf, done)
    run("translate", "import", course, str(done))
    store = open_store()
    _record, state, english = state_of(store, course)
    french = translated_course(store, state, english)
    store.close()
    session = french.session(3)
    assert session.aim.text.startswith("[") and session.aim.source == english.session(3).aim.source
    assert all(item.text.startswith("[") for item in session.objectives.items)
    slot = french.agenda.days[0].slots[0]
    assert slot.title.startswith("[") and slot.start == english.agenda.days[0].slots[0].start


def test_a_unit_no_longer_in_the_course_is_skipped_not_refused(course: str, tmp_path: Path) -> None:
    xlf = tmp_path / "c.xlf"
    run("translate", "export", course, "--out", str(xlf))
    done = tmp_path / "c-fr.xlf"
    pseudo_translate_file(xlf, done)
    text = done.read_text(encoding="utf-8")
    first_id = text.split('<unit id="')[1].split('"')[0]
    gone = tmp_path / "gone.xlf"
    gone.write_text(text.replace(f'<unit id="{first_id}"', '<unit id="s9:deleted-slide:4:0"', 1), encoding="utf-8")
    out = run("translate", "import", course, str(gone))
    assert "1 no longer in the course, skipped" in out


def test_chart_labels_round_trip_and_keep_their_numbers(tmp_path: Path) -> None:
    """Charts' categories and series names are units; the translation goes into the chart's XML and its
    embedded workbook ("Edit data"), the values stay; a figure with no words gets French digit grouping."""
    from io import BytesIO

    from openpyxl import load_workbook

    run("course", "create", "Charts", "--country", "SN", "--lang", "fr")
    run("course", "sessions", "Charts", "2", "4")
    po = tmp_path / "c.po"
    run("translate", "export", "Charts", "--out", str(po), "--format", "po")
    assert 'msgctxt "s2:s2-direction:3:chart:cat:0"' in po.read_text(encoding="utf-8")
    done = tmp_path / "c-fr.po"
    pseudo_translate_file(po, done)
    run("translate", "import", "Charts", str(done))
    out = tmp_path / "out"
    run("export", "Charts", "--out", str(out), "--what", "decks")
    charts = 0
    for deck in sorted(out.glob("*.pptx")):
        for slide in Presentation(str(deck)).slides:
            for _loc, text, chart in chart_texts(slide):
                assert text.startswith("[") and text.endswith("]"), text
                charts += 1
                values = [v for plot in chart.plots for series in plot.series for v in series.values]
                assert values and all(isinstance(v, float) for v in values)
                book = load_workbook(BytesIO(chart.part.chart_workbook.xlsx_part.blob))
                cells = {c.value for sheet in book.worksheets for row in sheet.iter_rows() for c in row}
                assert text in cells, (text, cells)
                numbers = {round(c, 6) for c in cells if isinstance(c, (int, float))}
                assert {round(v, 6) for v in values} <= numbers  # the data kept as it was
        facts = french_facts("Charts") | {"Sénégal"}  # written in French by the export itself
        left = [t for t in deck_texts(deck) if not t.startswith("[") and t not in facts and not t[0].isdigit()]
        assert not left, left[:5]
    assert charts >= 20
    figures = [t for deck in out.glob("Session 02*.pptx") for t in deck_texts(deck) + list(_figures(deck))]
    assert "40\u00a0000+" in figures and "40,000+" not in figures


def _figures(path: Path) -> list[str]:
    prs = Presentation(str(path))
    return [
        paragraph_text(p) or ""
        for slide in prs.slides
        for _loc, _name, p in slide_paragraphs(slide)
        if not translatable(paragraph_text(p))
    ]
