"""The bundled French translation (``resources/translations/fr``): used out of the box by a French course,
outdated when its English changes, maintained by ``python -m trainerkit.build course-translation``, and a
French course exported from it has no English sentence left.

The translators' files land separately; until then a pseudo-translated copy of the templates (made by the
same maintenance command, every unit wrapped in brackets with its letters accented) stands in for them.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.english_check import english_paragraphs, is_english, pptx_paragraphs
from tests.pseudo_translate import pseudo_fill_folder
from trainerkit.cli import cli
from trainerkit.translate import bundled

COURSE = "Dakar"
VALUES = {"organisation": "CNDH", "venue": "Dakar", "dates": "1-3 June 2026", "facilitators": "A. Diop"}
#: Names and filled values that may stay as they are in a French course.
EXCEPTIONS = [COURSE, "Senegal", "Sénégal", *VALUES.values(), "TrainerKit"]


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled translation's files with empty ``msgstr``, as the maintenance command writes them."""
    import os

    from trainerkit.build.course_translation import update_course_translation

    folder = tmp_path_factory.mktemp("templates") / "fr"
    home = os.environ.get("TRAINERKIT_HOME")
    report = update_course_translation("fr", folder)
    assert os.environ.get("TRAINERKIT_HOME") == home
    assert report.total("missing") > 4000 and report.total("translated") == 0
    return folder


@pytest.fixture(scope="module")
def pseudo_folder(templates: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo") / "fr"
    assert pseudo_fill_folder(templates, folder) > 4000
    return folder


@pytest.fixture
def pseudo_bundle(pseudo_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable pseudo-translated bundled French translation, used by the app for this test."""
    folder = tmp_path / "translations"
    shutil.copytree(pseudo_folder, folder / "fr")
    monkeypatch.setattr(bundled, "bundled_dir", lambda lang=None: folder / lang if lang else folder)
    return folder / "fr"


def french_course(country: str = "SN") -> str:
    run("course", "create", COURSE, "--country", country, "--lang", "fr")
    run("course", "set", COURSE, *[f"{k}={v}" for k, v in VALUES.items()])
    return COURSE


def test_templates_are_split_per_part_in_the_translators_format(templates: Path) -> None:
    from translate.storage import pypo

    names = {str(p.relative_to(templates)) for p in templates.rglob("*.po")}
    assert {"course.po", "session-03.po", "slides-s3.po", "handouts/power-walk.po"} <= names
    store = pypo.pofile.parsestring((templates / "slides-s3.po").read_bytes())
    assert store.parseheader()["X-TrainerKit-Course"] == "fr-check"
    unit = store.units[1]
    assert unit.getcontext().startswith("s3:") and "source-hash: " in unit.getnotes("developer")
    assert not unit.target


def test_a_french_course_uses_the_bundled_translation_out_of_the_box(
    pseudo_bundle: Path, templates: Path, tmp_path: Path
) -> None:
    from translate.storage import pypo

    french_course()
    status = run("translate", "status", COURSE)
    totals = 0
    for line in status.splitlines():  # "Session 3: 415 of 415 texts in French"
        total = line.split(" of ")[1].split()[0]
        assert line.split(": ")[1].startswith(f"{total} of {total} texts in French"), line
        totals += int(total)
    # every unit of the bundle is counted: form labels, handout titles and chart labels included
    units = [u for p in templates.rglob("*.po") for u in pypo.pofile.parsestring(p.read_bytes()).units[1:]]
    assert totals == len(units) and {"handouts.po", "slides-s2.po"} <= {p.name for p in templates.rglob("*.po")}
    assert any(u.getcontext().startswith("handout:trainer-bios:field:") for u in units)
    assert any(":chart:cat:" in u.getcontext() for u in units)
    check = CliRunner().invoke(cli, ["check", COURSE]).output  # preflight counts the bundled translation
    assert re.search(r"Session 3: (\d+) of \1 texts in French", check), check[-2000:]
    out = tmp_path / "out"
    run("export", COURSE, "--out", str(out))
    texts = [t for deck in out.glob("*.pptx") for t in pptx_paragraphs(deck)]
    assert len(texts) > 1000
    assert sum(t.startswith("[") for t in texts) > 0.95 * len(texts)


def test_the_course_own_translation_wins_over_the_bundled_one(pseudo_bundle: Path, tmp_path: Path) -> None:
    from tests.pseudo_translate import pseudo_translate_file

    french_course()
    po = tmp_path / "c.po"
    run("translate", "export", COURSE, "--out", str(po), "--format", "po")
    assert "already translated, filled in" in run("translate", "export", COURSE, "--out", str(po), "--format", "po")
    own = tmp_path / "own.po"
    pseudo_translate_file(po, own, arabic=True)  # the course's own wording: Arabic letters, not accents
    run("translate", "import", COURSE, str(own))
    out = tmp_path / "out"
    run("export", COURSE, "--out", str(out))
    texts = [t for deck in out.glob("*.pptx") for t in pptx_paragraphs(deck)]
    arabic = [t for t in texts if any("\u0600" <= c <= "\u06ff" for c in t)]
    assert len(arabic) > 0.95 * len(texts)


def _change_hash(folder: Path, unit_id: str) -> None:
    """Make the bundled file say its translation of ``unit_id`` is of another English text."""
    from translate.storage import pypo

    path = folder / "slides-s3.po"
    store = pypo.pofile.parsestring(path.read_bytes())
    for unit in store.units:
        if unit.getcontext() == unit_id:
            unit.automaticcomments = [
                "#. source-hash: 0000000000000000\n" if "source-hash:" in line else line
                for line in unit.automaticcomments
            ]
            unit.source = "An older English text of this slide"
    path.write_bytes(bytes(store))


def test_a_changed_bundled_slide_is_outdated_not_reused(pseudo_bundle: Path, tmp_path: Path) -> None:
    from pptx import Presentation

    from trainerkit.deck.tags import get_slide_key
    from trainerkit.translate.units import paragraph_text, slide_paragraphs

    french_course()
    unit_id = "s3:s3-power-walk:4:2"
    _change_hash(pseudo_bundle, unit_id)
    status = run("translate", "status", COURSE)
    assert "Session 3:" in status and "(1 outdated)" in status.split("Session 3:")[1].splitlines()[0]
    out = tmp_path / "out"
    report = run("export", COURSE, "--out", str(out))
    deck = next(out.glob("Session 03*.pptx"))
    texts: dict[str, str | None] = {}
    for slide in Presentation(str(deck)).slides:
        if get_slide_key(slide) == "s3-power-walk":
            texts = {loc: paragraph_text(p) for loc, _n, p in slide_paragraphs(slide)}
    assert texts and not (texts["4:2"] or "").startswith("["), texts  # the English, not the old translation
    assert any(t and t.startswith("[") for t in texts.values())
    assert "outdated" in report or "outdated" in run("check", COURSE)


def test_maintenance_keeps_matching_translations_and_marks_changed_ones_fuzzy(pseudo_bundle: Path) -> None:
    from translate.storage import pypo

    from trainerkit.build.__main__ import main
    from trainerkit.build.course_translation import update_course_translation

    unit_id = "s3:s3-power-walk:4:2"
    _change_hash(pseudo_bundle, unit_id)
    (pseudo_bundle / "handouts" / "power-walk.po").unlink()  # a part never translated: all missing
    report = update_course_translation("fr", pseudo_bundle)
    assert report.total("outdated") == 1 and report.counts["slides-s3.po"]["outdated"] == 1
    assert report.counts["handouts/power-walk.po"]["missing"] > 10
    assert report.total("missing") == report.counts["handouts/power-walk.po"]["missing"]
    assert {p.name for p in report.written} == {"slides-s3.po", "power-walk.po"}  # the others unchanged
    store = pypo.pofile.parsestring((pseudo_bundle / "slides-s3.po").read_bytes())
    (unit,) = [u for u in store.units if u.getcontext() == unit_id]
    assert unit.isfuzzy() and unit.prev_source == "An older English text of this slide"
    assert unit.target.startswith("[")
    assert bundled.bundled_translation("fr")[unit_id].fuzzy  # the app does not use it
    again = update_course_translation("fr", pseudo_bundle)
    assert again.written == [] and again.total("outdated") == 1
    assert main(["course-translation", "fr", "--out", str(pseudo_bundle), "--check"]) == 1


def test_the_english_check_finds_english_and_passes_pseudo_french() -> None:
    from tests.pseudo_translate import pseudo

    english = "Who are the duty-bearers? Name the State's obligations towards migrants."
    assert is_english(english)
    assert is_english("Handout")
    assert not is_english(pseudo(english))
    assert not is_english("Qui sont les débiteurs d'obligations ? Citez les obligations de l'État.")
    assert not is_english("Pacte international relatif aux droits civils et politiques (ICCPR), CNDH, Dakar")
    assert not is_english("Voir https://www.ohchr.org/en/treaty-bodies pour la liste")


def test_the_english_course_is_found_english(tmp_path: Path) -> None:
    """The check below can fail: an English export is full of English paragraphs."""
    run("course", "create", "English", "--country", "SN")
    run("course", "sessions", "English", "3")
    out = tmp_path / "out"
    run("export", "English", "--out", str(out), "--what", "decks,handouts")
    assert len(english_paragraphs(out, EXCEPTIONS)) > 300


def test_a_french_course_from_the_pseudo_bundle_has_no_english_slide_or_note(
    pseudo_bundle: Path, tmp_path: Path
) -> None:
    french_course()
    out = tmp_path / "out"
    run("export", COURSE, "--out", str(out), "--what", "decks")
    found = english_paragraphs(out, EXCEPTIONS)
    assert not found, f"{len(found)} English paragraphs:\n" + "\n".join(found[:40])


def test_a_french_course_from_the_pseudo_bundle_has_no_english_in_handouts_and_packs(
    pseudo_bundle: Path, tmp_path: Path
) -> None:
    french_course()
    out = tmp_path / "out"
    run("export", COURSE, "--out", str(out), "--what", "all")
    found = english_paragraphs(out, EXCEPTIONS)
    assert not found, f"{len(found)} English paragraphs:\n" + "\n".join(found[:40])


def test_a_french_course_exported_from_the_bundled_translation_has_no_english_sentence_left(tmp_path: Path) -> None:
    from pypdf import PdfReader

    assert bundled.bundled_files("fr"), "no bundled French translation in resources/translations/fr"
    french_course()
    out = tmp_path / "out"
    report = run("export", COURSE, "--out", str(out), "--what", "all")
    found = english_paragraphs(out, EXCEPTIONS)
    assert not found, f"{len(found)} English paragraphs:\n" + "\n".join(found[:40])
    # the export report says how many texts stayed English: none
    assert re.search(r"Handouts: (\d+) of \1 texts in French", report), report[-1500:]
    assert re.search(r"Session 2: (\d+) of \1 texts in French", report), report[-1500:]
    # the country as French writes it (CLDR), not the profile's English name
    pack = "".join(page.extract_text() for page in PdfReader(str(out / f"Trainer pack - {COURSE}.pdf")).pages[:3])
    assert "Sénégal" in pack and "Senegal" not in pack
