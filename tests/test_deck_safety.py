"""A trainer hands TrainerKit any file: it opens, or it is refused with one sentence she understands."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.decks import make_rich_deck, members_of, ole2_file, zip_of
from trainerkit.deck import safety
from trainerkit.deck.safety import open_presentation, open_presentation_with_report
from trainerkit.errors import BadFileError


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_rich_deck(tmp_path_factory.mktemp("good") / "good.pptx")


def refusal(path: Path, **kwargs: bool) -> str:
    with pytest.raises(BadFileError) as info:
        open_presentation(path, **kwargs)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_a_good_deck_opens_with_all_its_slides(good: Path) -> None:
    assert len(open_presentation(good).slides) == 7


def test_a_text_file_is_not_a_presentation(tmp_path: Path) -> None:
    path = tmp_path / "notes.pptx"
    path.write_text("just some notes")
    assert refusal(path) == "This file is not a PowerPoint presentation (.pptx)."


def test_an_empty_file_is_not_a_presentation(tmp_path: Path) -> None:
    path = tmp_path / "empty.pptx"
    path.write_bytes(b"")
    assert "not a PowerPoint presentation" in refusal(path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    assert "gone.pptx" in refusal(tmp_path / "gone.pptx")


def test_a_truncated_download_is_called_damaged(good: Path, tmp_path: Path) -> None:
    path = tmp_path / "half.pptx"
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert "damaged" in refusal(path)


def test_a_corrupt_member_is_called_damaged(good: Path, tmp_path: Path) -> None:
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo("ppt/slides/slide2.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 5
    data[start : start + 40] = bytes(40)
    path = tmp_path / "corrupt.pptx"
    path.write_bytes(bytes(data))
    assert "damaged" in refusal(path)


def test_an_old_ppt_file_is_told_to_save_as_pptx(tmp_path: Path) -> None:
    path = ole2_file(tmp_path / "old.pptx", ["Root Entry", "PowerPoint Document", "Current User"])
    assert ".ppt" in refusal(path) and "save it as .pptx" in refusal(path)


def test_a_password_protected_deck_says_so(tmp_path: Path) -> None:
    path = ole2_file(tmp_path / "secret.pptx", ["Root Entry", "EncryptionInfo", "EncryptedPackage"])
    assert "password" in refusal(path)


def _with_vba(good: Path, tmp_path: Path) -> Path:
    members = members_of(good)
    members["ppt/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 fake vba"
    ct = members["[Content_Types].xml"].decode()
    ct = ct.replace(
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
    ).replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
    members["[Content_Types].xml"] = ct.encode()
    rels = (
        members["ppt/_rels/presentation.xml.rels"]
        .decode()
        .replace(
            "</Relationships>",
            '<Relationship Id="rId999" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject"'
            ' Target="vbaProject.bin"/></Relationships>',
        )
    )
    members["ppt/_rels/presentation.xml.rels"] = rels.encode()
    return zip_of(tmp_path / "macros.pptm", members)


def test_a_deck_with_macros_is_refused(good: Path, tmp_path: Path) -> None:
    assert "macros" in refusal(_with_vba(good, tmp_path))


def test_a_deck_with_macros_can_be_opened_without_them(good: Path, tmp_path: Path) -> None:
    opened = open_presentation_with_report(_with_vba(good, tmp_path), allow_macros_stripped=True)
    assert opened.macros_removed
    assert any("macros" in note for note in opened.notes)
    saved = tmp_path / "clean.pptx"
    opened.presentation.save(str(saved))
    with zipfile.ZipFile(saved) as zf:
        assert not any("vba" in name.lower() for name in zf.namelist())
        assert b"macroEnabled" not in zf.read("[Content_Types].xml")
    assert len(open_presentation(saved).slides) == 7


def test_a_zip_bomb_is_refused_before_it_is_expanded(good: Path, tmp_path: Path) -> None:
    members = members_of(good)
    members["ppt/media/bomb.xml"] = b" " * (safety.RATIO_FLOOR_BYTES * 4)
    assert "zip bomb" in refusal(zip_of(tmp_path / "bomb.pptx", members))


def test_a_deck_too_big_in_total_is_refused(good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_TOTAL_BYTES", 10_000)
    assert "unreasonable size" in refusal(good)


def test_xml_with_an_entity_declaration_is_refused(good: Path, tmp_path: Path) -> None:
    members = members_of(good)
    slide = members["ppt/slides/slide1.xml"].decode()
    head, body = slide.split("?>", 1)
    members["ppt/slides/slide1.xml"] = (
        head + '?><!DOCTYPE p:sld [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + body
    ).encode()
    assert "XML declarations" in refusal(zip_of(tmp_path / "xxe.pptx", members))


@pytest.mark.parametrize("bad_name", ["../evil.xml", "/etc/evil.xml", "ppt\\evil.xml", "C:/evil.xml"])
def test_unsafe_member_names_are_refused(good: Path, tmp_path: Path, bad_name: str) -> None:
    members = members_of(good)
    members[bad_name] = b"<x/>"
    assert "unsafe file names" in refusal(zip_of(tmp_path / "paths.pptx", members))


def test_a_slide_whose_picture_is_missing_is_called_damaged(good: Path, tmp_path: Path) -> None:
    members = {name: data for name, data in members_of(good).items() if not name.startswith("ppt/media/")}
    message = refusal(zip_of(tmp_path / "nopic.pptx", members))
    assert "damaged" in message and "picture" in message and "slide file 3" in message


def test_a_zip_without_content_types_is_not_a_presentation(good: Path, tmp_path: Path) -> None:
    members = members_of(good)
    del members["[Content_Types].xml"]
    assert "not a PowerPoint presentation" in refusal(zip_of(tmp_path / "noct.pptx", members))


def test_a_zip_without_the_presentation_part_is_not_a_presentation(good: Path, tmp_path: Path) -> None:
    members = members_of(good)
    del members["ppt/presentation.xml"]
    assert "presentation part is missing" in refusal(zip_of(tmp_path / "nopres.pptx", members))


def test_a_word_document_is_named_as_such(tmp_path: Path) -> None:
    path = zip_of(
        tmp_path / "letter.pptx",
        {
            "[Content_Types].xml": b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            b'officedocument.wordprocessingml.document.main+xml"/></Types>',
            "_rels/.rels": b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'officeDocument" Target="word/document.xml"/></Relationships>',
            "word/document.xml": b"<w:document xmlns:w='urn:w'/>",
        },
    )
    assert refusal(path) == "This file is a Word document, not a PowerPoint presentation."


def test_broken_slide_xml_is_called_damaged_not_a_traceback(good: Path, tmp_path: Path) -> None:
    members = members_of(good)
    members["ppt/slides/slide2.xml"] = b"<p:sld xmlns:p='urn:x'><unclosed></p:sld>"
    assert "damaged" in refusal(zip_of(tmp_path / "badxml.pptx", members))


CORPUS_FILES = sorted(CORPUS.iterdir()) if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPUS_FILES, reason=f"real-world deck corpus not found at {CORPUS}")
@pytest.mark.timeout(60)
@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.name for p in CORPUS_FILES])
def test_every_real_world_file_opens_or_is_refused_clearly(path: Path) -> None:
    try:
        prs = open_presentation(path)
    except BadFileError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert len(prs.slides) >= 1
