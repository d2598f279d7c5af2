"""The core's messages and printed words in the user's or the course's language (``trainerkit.messages``,
Babel): catalogues complete, the CLI following ``--lang``/``TRAINERKIT_LANG``, undo labels, dates, the
packs' words and the country facts in the course's language, right-to-left documents for Arabic."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.pseudo_translate import pseudo_translate_file
from trainerkit import messages
from trainerkit.cli import cli


def run(*args: str, env: dict[str, str] | None = None) -> str:
    result = CliRunner().invoke(cli, list(args), env=env)
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    messages.set_language(None)


def test_catalogues_are_complete_and_keep_placeholders_and_commands() -> None:
    from babel.messages.pofile import read_po

    from trainerkit.build.messages import update_catalogues

    assert update_catalogues(write=False) == {code: [] for code in messages.LANGUAGES}
    for code in messages.LANGUAGES:
        with messages.po_path(code).open("rb") as handle:
            catalog = read_po(handle)
        checked = 0
        for message in catalog:
            if not message.id:
                continue
            source, target = str(message.id), str(message.string)
            assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", target)), (code, source)
            assert source.count("`") == target.count("`"), (code, source)
            checked += 1
        assert checked > 150


def test_english_needs_no_catalogue_and_unknown_languages_fall_back() -> None:
    assert messages._("Hide slide {slide}") == "Hide slide {slide}"
    assert messages._("Hide slide {slide}", "de") == "Hide slide {slide}"
    assert messages._("Hide slide {slide}", "fr") == "Masquer la diapositive {slide}"
    assert messages.set_language("es_ES.UTF-8") == "es"


def test_undo_labels_follow_the_users_language() -> None:
    from trainerkit.store.kinds import label

    assert label("hide", "s1-x", {}, "Welcome") == "Hide slide 'Welcome'"
    messages.set_language("fr")
    assert label("hide", "s1-x", {}, "Bienvenue") == "Masquer la diapositive 'Bienvenue'"
    assert label("move", "s1-x", {"to": 3}) == "Déplacer la diapositive s1-x en position 3"
    messages.set_language("ar")
    assert label("delete", "s1-x", {}) == "حذف الشريحة s1-x"


def test_the_cli_follows_lang_and_the_environment() -> None:
    run("course", "create", "Dakar", "--country", "SN")
    english = run("check", "Dakar")
    assert "Fix: " in english and "Correction" not in english
    french = run("--lang", "fr", "check", "Dakar")
    assert "Correction : " in french and "Profil : " in french and "Fix: " not in french
    spanish = run("check", "Dakar", env={"TRAINERKIT_LANG": "es"})
    assert "Solución: " in spanish and "Perfil: " in spanish


def test_dates_and_day_labels_in_the_course_language() -> None:
    import datetime

    from trainerkit.course.plan_fit import day_label, localised_dates

    assert localised_dates("14-16 June 2026", "fr") == "14–16 juin 2026"
    assert localised_dates("14-16 June 2026", "es") == "14–16 de junio de 2026"
    assert "يونيو" in localised_dates("14-16 June 2026", "ar")
    assert localised_dates("14-16 June 2026", "en") == "14-16 June 2026"
    assert localised_dates("la semaine prochaine", "fr") == "la semaine prochaine"  # unparsed: as written
    days = [datetime.date(2027, 3, 3), datetime.date(2027, 3, 4)]
    assert day_label(2, days) == "Day 2 (Thursday 4 March 2027)"
    assert day_label(2, days, "fr") == "Jour 2 (jeudi 4 mars 2027)"
    assert "الخميس" in day_label(2, days, "ar") and "مارس" in day_label(2, days, "ar")


def test_a_french_course_fills_dates_and_pack_words_in_french() -> None:
    from trainerkit.export.participant_pack import build_participant_pack
    from trainerkit.store import open_store

    run("course", "create", "Dakar", "--country", "SN", "--lang", "fr")
    run("course", "set", "Dakar", "dates=14-16 June 2026", "venue=Dakar")
    run("course", "sessions", "Dakar", "1")
    store = open_store()
    try:
        document, _report = build_participant_pack(store, "Dakar")
    finally:
        store.close()
    data = repr(document.data())
    assert document.lang == "fr"
    assert document.data()["page_words"] == ["Page ", " sur ", ""]
    assert "Dossier du participant" in data and "Table des matières" in data and "Dates" in data
    assert "14–16 juin 2026" in data and "June" not in data
    assert "Jour 1 (dimanche 14 juin 2026)" in data  # the agenda handout's day, in French


def test_country_facts_are_written_in_the_course_language(tmp_path: Path) -> None:
    """Known bug: the facts were filled in English before translation, so a French course showed them in
    English. They are now written in the course's language, and counted as translated."""
    from tests.english_check import pptx_paragraphs

    run("course", "create", "Dakar", "--country", "SN", "--lang", "fr")
    run("course", "sessions", "Dakar", "3", "4")
    run("course", "create", "Accra", "--country", "GH")
    run("course", "sessions", "Accra", "3")
    run("export", "Dakar", "--out", str(tmp_path / "fr"))
    run("export", "Accra", "--out", str(tmp_path / "en"))
    french = [t for deck in (tmp_path / "fr").glob("*.pptx") for t in pptx_paragraphs(deck)]
    english = [t for deck in (tmp_path / "en").glob("*.pptx") for t in pptx_paragraphs(deck)]
    assert any(t.startswith("Ratifiés ou adhésion : ICERD") for t in french)
    assert any(t.startswith("Situation en juin 2022") for t in french)
    assert not any(t.startswith(("Ratified or acceded:", "Status as of June 2022")) for t in french)
    assert any(t.startswith("Ratified or acceded: ICERD") for t in english)


def test_handouts_are_translated_from_the_courses_own_store(tmp_path: Path) -> None:
    """Known bug: ``translated_handouts`` opened the default store, not the course's."""
    from trainerkit.customise import new_course, select_sessions
    from trainerkit.export.handouts import course_handouts
    from trainerkit.recipe import state_of
    from trainerkit.store import open_store
    from trainerkit.translate.service import export_translation, import_translation

    store = open_store(tmp_path / "elsewhere.sqlite3")  # not the data folder's store
    try:
        new_course(store, "Dakar", "SN", language="fr")
        select_sessions(store, "Dakar", [1])
        po = tmp_path / "c.po"
        export_translation(store, "Dakar", po, fmt="po")
        pseudo_translate_file(po, tmp_path / "fr.po")
        import_translation(store, "Dakar", tmp_path / "fr.po")
        _record, state, course = state_of(store, "Dakar")
        handouts = course_handouts(course, state, store=store)
    finally:
        store.close()
    assert handouts and all(h.source.meta.title.startswith("[") for h in handouts), [
        h.source.meta.title for h in handouts
    ]


def test_arabic_documents_are_right_to_left(tmp_path: Path) -> None:
    from docx import Document
    from pptx import Presentation
    from pypdf import PdfReader

    run("course", "create", "Tunis", "--country", "TN", "--lang", "ar")
    run("course", "sessions", "Tunis", "1")
    po = tmp_path / "t.po"
    run("translate", "export", "Tunis", "--out", str(po), "--format", "po")
    pseudo_translate_file(po, tmp_path / "ar.po", arabic=True)
    run("translate", "import", "Tunis", str(tmp_path / "ar.po"))
    out = tmp_path / "out"
    run("export", "Tunis", "--out", str(out), "--what", "decks,handouts")
    (deck,) = out.glob("*.pptx")
    prs = Presentation(str(deck))
    themes = [p for p in prs.part.package.iter_parts() if "theme" in str(p.partname)]
    assert len(themes) == 2 and all(b'<a:cs typeface=""/>' not in p.blob for p in themes)  # slides, notes
    assert all(b'<a:font script="Arab" typeface="Arial"/>' in p.blob for p in themes)  # Arial draws Arabic
    docx = sorted(out.rglob("*.docx"))
    assert docx
    paragraphs = bidi = 0
    for path in docx:
        xml = Document(str(path)).element.body
        ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        for p in xml.iter(f"{ns}p"):
            paragraphs += 1
            ppr = p.find(f"{ns}pPr")
            bidi += ppr is not None and ppr.find(f"{ns}bidi") is not None
        tables = list(xml.iter(f"{ns}tblPr"))
        assert all(t.find(f"{ns}bidiVisual") is not None for t in tables), path
    assert paragraphs > 50 and bidi == paragraphs
    pdf = sorted(out.rglob("*.pdf"))[0]
    assert str(PdfReader(str(pdf)).trailer["/Root"].get("/Lang")) == "ar"


def test_export_report_lines_follow_the_users_language(tmp_path: Path) -> None:
    # a Spanish course (no bundled Spanish content: its texts stay English) exported by a French-speaking user
    run("course", "create", "Dakar", "--country", "SN", "--lang", "es")
    run("course", "sessions", "Dakar", "2")
    result = CliRunner().invoke(cli, ["--lang", "fr", "export", "Dakar", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    text = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert "Attention : La séance 2 utilise region, sans valeur dans le profil." in text
    assert "Attention : Séance 2 : 0 textes sur" in text and "restés en anglais" in text
    english = CliRunner().invoke(cli, ["export", "Dakar", "--out", str(tmp_path / "en")])
    assert "Warning: Session 2 uses region with no value in the profile." in english.output + english.stderr


def test_counts_of_one_take_the_singular_in_english_only() -> None:
    line = "Course '{name}': {errors} errors, {warnings} warnings, {notes} notes."
    assert (
        messages.singular_for_one(line, errors=1, warnings=2, notes=1).format(name="K", errors=1, warnings=2, notes=1)
        == "Course 'K': 1 error, 2 warnings, 1 note."
    )
    assert messages.singular_for_one(line, errors=0, warnings=0, notes=0) == line
    arabic = messages._(line, "ar")
    assert messages.singular_for_one(arabic, errors=1, warnings=1, notes=1) == arabic
    assert messages.count_noun(1, "error") == "1 error" and messages.count_noun(3, "overflow") == "3 overflows"
    assert messages.unknown_language("xx") == "xx" and messages.unknown_language("de-DE") == "de-DE"
    assert all(messages.unknown_language(c) is None for c in (None, "", "en_GB", "fr", "es_ES.UTF-8", "ar"))
