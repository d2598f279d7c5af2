"""The examples library: seeded from the catalogue with sources, searchable, filterable, a trainer's own
examples, pictures checked, and an example inserted as a slide shows up in the exported deck with its source."""

from __future__ import annotations

import difflib
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from PIL import Image
from pptx import Presentation

from trainerkit import customise
from trainerkit.build.slides_schema import _Checker, check_slide
from trainerkit.cli.main import cli
from trainerkit.course.decks import deck_path
from trainerkit.errors import BadFileError, InvalidInputError, NotFoundError
from trainerkit.examples import exchange
from trainerkit.examples.library import (
    Filters,
    add_example,
    bundled_examples,
    counts,
    delete_example,
    edit_example,
    ensure_seeded,
    get_example,
    list_examples,
    search_examples,
    suggest_examples,
)
from trainerkit.examples.pictures import MAX_SIDE, check_picture_bytes
from trainerkit.examples.slides import (
    SLIDE_KINDS,
    example_slide_spec,
    insert_example,
    speaker_notes,
    summary_bullets,
)
from trainerkit.store import open_store
from trainerkit.store.files import file_path

CATALOGUE = Path(__file__).resolve().parents[2] / "shared" / "examples-catalogue.md"


def test_every_catalogue_entry_is_seeded_once_with_its_source() -> None:
    store = open_store()
    # 38 catalogue facts, less two said again by an example: fact-34 (merged into mena-judges-trafficking,
    # which took its figure) and fact-23 (mg-icrmw-ratification says it, with the dates)
    assert counts(store) == {"examples": 104, "facts": 36, "mine": 0}
    assert ensure_seeded(store) == 0  # idempotent
    for example in list_examples(store):
        assert example.source and example.source_ref, example.id
    if CATALOGUE.is_file():
        text = CATALOGUE.read_text(encoding="utf-8")
        ids = {e.id for e in list_examples(store, Filters(kind="example"))}
        rows = [line.split("|")[1].strip() for line in text.splitlines() if line.startswith("| ")]
        catalogue_ids = {r for r in rows if r and r[0].islower() and r not in ("id",)}
        assert catalogue_ids == ids


def test_search_finds_seeded_examples_by_country_and_theme() -> None:
    store = open_store()
    found = search_examples(store, "domestic workers", Filters(country="Lebanon"))
    assert [e.id for e in found] == ["lb-recruiter-code"]
    assert "mg-trafficking-law" in [e.id for e in search_examples(store, "traffick", Filters(country="MG"))]
    labour_tn = list_examples(store, Filters(country="TN", theme="labour"))
    assert {e.id for e in labour_tn} == {"tn-labour-roadmap", "tn-ratification-workshop"}
    assert all("labour" in e.themes for e in labour_tn)
    # a country's name finds it too, and a region filter covers its countries
    assert "za-xenophobia" in [e.id for e in search_examples(store, "South Africa xenophobic")]
    western_asia = {e.id for e in list_examples(store, Filters(region="western asia", session=4))}
    assert {"lb-recruiter-code", "jo-mdw-roadmap"} <= western_asia
    assert {e.kind for e in search_examples(store, "281 million")} == {"fact"}


def test_odd_search_text_is_safe() -> None:
    store = open_store()
    for text in ['"', "AND OR NOT", "*", "a'b", "NEAR(", "-", "ümlaut"]:
        search_examples(store, text)
    with pytest.raises(InvalidInputError, match="ISO 3166"):
        list_examples(store, Filters(country="Atlantis"))


def test_reseeding_keeps_a_trainers_examples_and_follows_bundled_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store()
    mine = add_example(store, title="Local shelter", summary="A shelter in town.", source="Own visit, 2025")
    resources = tmp_path / "resources"
    (resources / "examples").mkdir(parents=True)
    _version, entries = bundled_examples()
    first = entries[0]
    (resources / "examples" / "one.yaml").write_text(
        "entries:\n"
        + f"  - {{id: {first.id}, kind: {first.kind}, title: New title, summary: s, source: x, source_ref: y}}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("TRAINERKIT_RESOURCES", str(resources))
    assert ensure_seeded(store) == 1
    assert get_example(store, first.id).title == "New title"
    assert counts(store)["examples"] + counts(store)["facts"] == 2
    assert get_example(store, mine.id).title == "Local shelter"


def test_a_trainer_adds_edits_and_deletes_own_examples() -> None:
    store = open_store()
    e = add_example(
        store,
        title="Health desk at the bus station",
        summary="Volunteers give migrants health information.",
        source="Red Cross branch report, 2024",
        countries="Kenya",
        themes=["health"],
        sessions="6, 7",
        year="2024",
    )
    assert e.id.startswith("my-") and e.mine and e.countries == ("KE",)
    assert "Eastern Africa" in e.regions
    assert [x.id for x in search_examples(store, "bus station", Filters(mine=True))] == [e.id]
    edited = edit_example(store, e.id, title="Health desk", themes=["health", "advocacy"])
    assert edited.title == "Health desk" and edited.summary == e.summary and edited.themes == ("health", "advocacy")
    with pytest.raises(InvalidInputError, match="bundled"):
        edit_example(store, "lb-recruiter-code", title="x")
    with pytest.raises(InvalidInputError, match="source"):
        add_example(store, title="No source", summary="text", source=" ")
    with pytest.raises(InvalidInputError, match="session"):
        add_example(store, title="Bad", summary="text", source="s", sessions="9")
    delete_example(store, e.id)
    with pytest.raises(NotFoundError):
        get_example(store, e.id)


def _image(path: Path, size: tuple[int, int], fmt: str = "JPEG") -> Path:
    Image.new("RGB", size, (30, 90, 160)).save(path, format=fmt)
    return path


def test_pictures_are_checked_and_huge_ones_downscaled(tmp_path: Path) -> None:
    store = open_store()
    big = _image(tmp_path / "big.jpg", (4000, 3000))
    e = add_example(store, title="Mural", summary="A mural.", source="Own photo", picture=big, picture_alt="A mural")
    stored = file_path(store, e.picture or "")
    with Image.open(stored) as image:
        assert max(image.size) == MAX_SIDE
    (tmp_path / "fake.png").write_bytes(b"not a picture at all")
    with pytest.raises(BadFileError, match="not a picture"):
        add_example(store, title="x", summary="x", source="x", picture=tmp_path / "fake.png")
    whole = io.BytesIO()
    Image.new("RGB", (200, 200), (1, 2, 3)).save(whole, format="PNG")
    with pytest.raises(BadFileError, match="damaged"):
        check_picture_bytes(whole.getvalue()[:300], "cut.png")
    _image(tmp_path / "pic.bmp", (100, 100), "BMP")
    with pytest.raises(BadFileError, match="PNG, JPEG or GIF"):
        add_example(store, title="x", summary="x", source="x", picture=tmp_path / "pic.bmp")


def test_a_bad_picture_is_named_plainly_never_as_a_python_object(tmp_path: Path) -> None:
    store = open_store()
    (tmp_path / "holiday.jpg").write_bytes(b"\xff\xd8 this is no JPEG")
    with pytest.raises(BadFileError) as raised:
        add_example(store, title="x", summary="x", source="x", picture=tmp_path / "holiday.jpg")
    assert str(raised.value).startswith("holiday.jpg is not a picture") and "0x" not in str(raised.value)
    for data in (b"not a picture", b"\x89PNG\r\n\x1a\n" + b"x" * 40):
        with pytest.raises(BadFileError) as raised:
            check_picture_bytes(data)
        message = str(raised.value)
        assert message.startswith("The ") and "BytesIO" not in message and " at 0x" not in message, message


def test_a_case_slide_keeps_sentences_whole_and_never_cuts_at_commas() -> None:
    summary = (
        "In 2018, after two years of talks, 152 States agreed, in a vote, on the Global Compact. "
        "CRC general comment No. 6 applies; see art. 5 too."
    )
    bullets = summary_bullets(summary)
    assert bullets == [
        "In 2018, after two years of talks, 152 States agreed, in a vote, on the Global Compact.",
        "CRC general comment No. 6 applies; see art. 5 too.",
    ]
    # a long sentence stays whole, never cut with an ellipsis nor split into fragments (issue 15: the
    # slide lays it out to fit instead, see tests/test_example_fit.py)
    long = "Mexico ran a national consultation that confirmed disaggregated data is feasible, and proposed a system."
    assert summary_bullets(long) == [long]
    many = " ".join(f"Point number {n}, with a comma." for n in range(1, 10))
    assert summary_bullets(many) == [f"Point number {n}, with a comma." for n in range(1, 10)]


def _validate(spec: dict[str, Any]) -> list[str]:
    checker = _Checker(Path("example"))
    check_slide(checker, {**spec, "key": "s2-ex-test-1"}, 2, 0)
    return [str(e) for e in checker.errors]


def test_every_entry_makes_valid_slides_with_source_on_slide_and_in_notes(tmp_path: Path) -> None:
    store = open_store()
    made = 0
    for example in list_examples(store):
        for kind in SLIDE_KINDS:
            if kind == "picture" or (kind == "statistic" and not example.figure):
                continue
            spec = example_slide_spec(example, kind)
            assert _validate(spec) == [], (example.id, kind)
            assert spec["source"] and example.citation in spec["notes"]
            made += 1
    assert made > 300
    pic = add_example(
        store, title="Mural", summary="A mural.", source="Own photo", picture=_image(tmp_path / "p.png", (300, 200))
    )
    spec = example_slide_spec(pic)
    assert spec["layout"] == "picture" and spec["picture"]["image"] == pic.picture_file
    assert _validate(spec) == []


def exported_slides(out: Path) -> list[tuple[str, str, str]]:
    """(key, all text on the slide, notes) for each slide of each exported deck."""
    from trainerkit.deck.tags import get_slide_key

    rows = []
    for deck in sorted(out.glob("*.pptx")):
        for slide in Presentation(str(deck)).slides:
            text = " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
            notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
            rows.append((get_slide_key(slide) or "", text, notes))
    return rows


@pytest.mark.skipif(not deck_path(2).is_file(), reason="bundled decks are not built yet")
def test_an_inserted_example_appears_in_the_exported_deck_with_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainerkit.export.decks import export_decks

    store = open_store()
    customise.new_course(store, "Tunis 2027", "TN")
    customise.select_sessions(store, "Tunis 2027", [2])
    keys = [row.key for row in customise.current_slides(store, "Tunis 2027", 2)]
    change = insert_example(store, "Tunis 2027", "tn-labour-roadmap", 2, after=keys[0])
    fact = insert_example(store, "Tunis 2027", "fact-1", 2, layout="statistic")
    assert change.slide_key and fact.slide_key
    listed = [row.key for row in customise.current_slides(store, "Tunis 2027", 2)]
    assert listed[1] == change.slide_key and listed[-1] == fact.slide_key

    report = export_decks(store, "Tunis 2027", tmp_path / "out")
    assert report.problems == []
    slides = {key: (text, notes) for key, text, notes in exported_slides(tmp_path / "out")}
    text, notes = slides[change.slide_key]
    assert "Tripartite road map" in text and "Source: OHCHR, Report of the High Commissioner" in text
    assert "A/HRC/31/80 (2016), para. 31." in notes and ".txt" not in notes
    text, notes = slides[fact.slide_key]
    assert "About 281 million" in text and "Source:" in text and "Session 2, pp. 27-40." in notes
    with pytest.raises(InvalidInputError, match="no figure"):
        insert_example(store, "Tunis 2027", "tn-labour-roadmap", 2, layout="statistic")


def test_suggestions_match_the_course_country_then_region_and_the_session() -> None:
    store = open_store()
    tunisia = suggest_examples(store, {"country": "Tunisia"}, 6)
    assert tunisia[0].example.countries == ("TN",) and "Tunisia" in tunisia[0].reason
    assert all(6 in s.example.sessions for s in tunisia)
    kenya = suggest_examples(store, {"country_code": "KE"}, 7)
    assert kenya and "Eastern Africa" in kenya[0].example.regions
    assert suggest_examples(store, {}, 2)  # no profile: still suggests global material


def test_suggestions_rank_by_country_then_region_then_theme() -> None:
    """Jordan, session 3: nothing about Jordan, so its M49 sub-region (Western Asia: Iraq, Azerbaijan)
    first, then global material; Japan, the Philippines or Myanmar share only the continent and come last."""
    store = open_store()
    jordan = suggest_examples(store, {"country_code": "JO"}, 3, limit=50)
    places = [s.score // 10 for s in jordan]
    assert places == sorted(places, reverse=True)
    ids = [s.example.id for s in jordan]
    assert ids[:2] == ["iq-legislative-taskforce", "az-iml-training"]
    assert all(s.reason == "from Western Asia" for s in jordan[:2])
    assert jordan[2].reason == "global"
    for other in ("jp-law-trainees", "ph-cedaw-bill", "mm-citizenship-rohingya"):
        assert ids.index(other) > max(i for i, s in enumerate(jordan) if s.reason == "global"), other
    # the course's own country beats everything
    egypt = suggest_examples(store, {"country_code": "EG"}, 3, limit=3)
    assert egypt[0].example.id == "eg-diplomats-training" and egypt[0].reason == "about Egypt"


def test_examples_round_trip_through_csv_and_json(tmp_path: Path) -> None:
    store = open_store()
    add_example(
        store, title="=Formula title", summary="Café workers, organised.", source="Union leaflet", countries="FR"
    )
    for suffix in (".csv", ".json"):
        path = tmp_path / f"mine{suffix}"
        assert exchange.export_examples(store, path) == 1
        if suffix == ".csv":
            assert "'=Formula" in path.read_text(encoding="utf-8-sig")
        else:
            assert json.loads(path.read_text(encoding="utf-8"))[0]["countries"] == "FR"
        result = exchange.import_examples(store, path)
        assert result.updated and not result.added
    other = open_store(tmp_path / "other" / "db.sqlite3")
    result = exchange.import_examples(other, tmp_path / "mine.csv")
    assert len(result.added) == 1
    assert get_example(other, result.added[0]).title == "=Formula title"
    bad = tmp_path / "bad.csv"
    bad.write_text("title,summary,source,countries\nA,B,C,Atlantis\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="row 2"):
        exchange.import_examples(store, bad)


def test_every_bundled_source_renders_as_a_publication_citation() -> None:
    """Title, year and a paragraph, page or section, never the researchers' seed file and line."""
    from trainerkit.examples.citations import PUBLICATIONS

    store = open_store()
    entries = list_examples(store)
    assert len(entries) == 140
    for example in entries:
        citation = example.citation
        assert not re.search(r"\d{3}_[0-9a-f]{8}|\.txt\b|\bL\d+", citation), (example.id, citation)
        for part in citation.split("; "):
            publication = next((p for p in PUBLICATIONS.values() if part.startswith(p + ", ")), None)
            assert publication, (example.id, part)
            assert re.search(r"\((19|20)\d\d\)$", publication)
            locator = part[len(publication) + 2 :]
            assert re.fullmatch(r"(annex, )?paras?\. \d+(-\d+)?|.*\bpp?\. \d+.*|section “.+”", locator), locator
        assert f"Source: {citation}." in speaker_notes(example)
    shown = CliRunner().invoke(cli, ["example", "show", "fact-1"])
    assert shown.exit_code == 0 and "Source: OHCHR, Towards a Human Rights-Based" in shown.output
    assert ".txt" not in shown.output


def test_no_near_duplicate_entries() -> None:
    """An example and a fact from the same lines of a source, about the same place, themes and sessions,
    with summaries alike (difflib ratio 0.6 or more) are one entry said twice. The two found (fact-34,
    fact-23) are merged into their examples; the first is checked by name (its ratio is 0.56)."""
    store = open_store()
    ids = {e.id for e in list_examples(store)}
    assert "fact-34" not in ids and get_example(store, "mena-judges-trafficking").figure
    assert "fact-23" not in ids and "mg-icrmw-ratification" in ids
    _, entries = bundled_examples()
    raw = {}
    for path in sorted((Path(__file__).resolve().parents[1] / "resources" / "examples").glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["entries"]:
            raw[item["id"]] = item["seed_ref"]

    def lines(ref: str) -> set[tuple[str, int]]:
        out: set[tuple[str, int]] = set()
        for seed, ranges in re.findall(r"(00\d)_\w+\.txt ((?:L[\d-]+,? ?)+)", ref):
            for first, last in re.findall(r"L(\d+)(?:-(\d+))?", ranges):
                out |= {(seed, n) for n in range(int(first), int(last or first) + 1)}
        return out

    by_id = {e.id: e for e in entries}
    seen: dict[tuple[str, tuple[str, ...], tuple[int, ...]], list[str]] = {}
    for e in entries:
        seen.setdefault((e.place, tuple(sorted(e.themes)), e.sessions), []).append(e.id)
    for group in seen.values():
        for i, first in enumerate(group):
            for second in group[i + 1 :]:
                if by_id[first].kind != by_id[second].kind and lines(raw[first]) & lines(raw[second]):
                    texts = [by_id[first].summary.lower(), by_id[second].summary.lower()]
                    assert difflib.SequenceMatcher(None, *texts).ratio() < 0.6, (first, second)
