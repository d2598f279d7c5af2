"""The examples library in the window: search, insert into a session, add one's own with a picture, and the
overview's suggestions. Inserted examples are found, with their source, in the exported deck."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QMessageBox

from trainerkit.deck.tags import get_slide_key
from trainerkit.ui.examples_page import ExamplesDialog, InsertExampleDialog
from trainerkit.ui.main_window import TAB_OVERVIEW, TAB_SLIDES, MainWindow
from trainerkit.ui.worker import shutdown_jobs


@pytest.fixture
def window(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TRAINERKIT_NO_LIBREOFFICE", "1")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.create_course("Nairobi 2025", "Kenya")
    window.select_session(2)
    yield window
    window.close()
    shutdown_jobs()


@pytest.fixture
def accept_insert(monkeypatch: pytest.MonkeyPatch) -> list[InsertExampleDialog]:
    """The "where and how" dialog answers OK with what it proposes; the dialogs shown are kept."""
    shown: list[InsertExampleDialog] = []

    def exec_(self: InsertExampleDialog) -> int:
        shown.append(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(InsertExampleDialog, "exec", exec_)
    return shown


def _slide_text(slide) -> str:  # type: ignore[no-untyped-def]
    parts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
    if slide.has_notes_slide:
        parts.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(parts)


def test_search_and_insert_into_session_two_after_the_chosen_slide_then_export(
    qtbot, window: MainWindow, accept_insert: list[InsertExampleDialog], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sorter = window.sorter
    keys = sorter.model.keys()
    chosen = keys[4]
    sorter.select_keys([chosen], chosen)
    sorter.act_example.trigger()  # the sorter's "Insert an example" opens the library, aimed at the selection
    library = window.examples_dialog
    assert isinstance(library, ExamplesDialog) and library.isVisible()
    assert (library.target_session, library.target_after) == (2, chosen)

    library.search.setText("domestic workers")
    library.refresh()
    assert library.examples and "domestic" in library.examples[0].title.lower()
    example = library.selected()
    assert example is not None
    assert example.source in library.details.toPlainText()

    change = library.insert_selected()
    assert change is not None
    dialog = accept_insert[0]
    assert dialog.choice()[:2] == (2, chosen)  # default position: after the slide selected in the sorter
    new_keys = sorter.model.keys()
    assert new_keys[5] == change.slide_key and new_keys[:5] == keys[:5]
    assert sorter.selected_keys() == [change.slide_key]
    assert window.tabs.currentIndex() == TAB_SLIDES

    dialog_ = window.export_dialog()
    assert dialog_ is not None
    dialog_.folder.setText(str(tmp_path / "out"))
    job = dialog_.start()
    qtbot.waitUntil(lambda: job.done, timeout=480_000)  # a whole export: minutes on a loaded machine
    assert job.error is None, job.error
    assert dialog_.report is not None
    deck = next(f for f in dialog_.report.files if f.name.startswith("Session 02"))
    dialog_.close()
    slides = list(Presentation(str(deck)).slides)
    assert [get_slide_key(s) for s in slides] == new_keys
    text = _slide_text(slides[5])
    assert example.source[:60] in text


def test_filters_narrow_the_library(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.open_examples()
    everything = len(library.examples)
    library.set_filter(library.theme, "trafficking")
    assert 0 < len(library.examples) < everything
    assert all("trafficking" in e.themes for e in library.examples)
    library.set_filter(library.session, 5)
    assert all(5 in e.sessions and "trafficking" in e.themes for e in library.examples)
    library.clear_filters()
    assert len(library.examples) == everything


def test_add_my_example_with_a_picture_edit_and_delete(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "market.png"
    Image.new("RGB", (3200, 1800), (200, 120, 40)).save(big)
    library = window.open_examples()
    form = library.add_dialog()
    form.title.setText("Cross-border traders in Busia")
    form.summary.setPlainText("Women traders crossing daily between Kenya and Uganda face harassment at the border.")
    form.source.setText("Interview notes, Busia workshop, 2024")
    form.countries.setText("Kenya; Uganda")
    form.sessions[2].setChecked(True)
    form.picture.setText(str(big))
    form.picture_alt.setText("Traders at the Busia border post")
    saved = form.save()
    assert saved is not None and saved.mine and saved.countries == ("KE", "UG")
    assert saved.picture_file is not None
    stored = window.store.path.parent / "files" / saved.picture_file
    with Image.open(stored) as picture:
        assert max(picture.size) <= 2400  # the core made it smaller
    assert library.selected() is not None and library.selected().id == saved.id  # type: ignore[union-attr]
    assert "<img" in library.details.toHtml()
    assert library.edit_button.isEnabled() and library.delete_button.isEnabled()

    # a file that is not a picture: the core's message is shown and the form stays open
    bad = tmp_path / "notes.png"
    bad.write_text("not a picture")
    form2 = library.add_dialog()
    form2.title.setText("Another")
    form2.summary.setPlainText("Text")
    form2.source.setText("Me")
    form2.picture.setText(str(bad))
    assert form2.save() is None
    boxes = [w for w in form2.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "notes.png" in boxes[0].text()
    assert form2.isVisible()
    form2.reject()

    edit = library.edit_dialog()
    assert edit is not None and edit.countries.text() == "Kenya; Uganda"
    edit.title.setText("Cross-border traders in Busia and Malaba")
    assert edit.save() is not None
    assert library.selected().title.endswith("Malaba")  # type: ignore[union-attr]

    library.mine.setChecked(True)
    assert [e.id for e in library.examples] == [saved.id]
    assert library.delete_selected(confirm=False)
    assert library.examples == []


def test_bundled_entries_cannot_be_edited(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.open_examples()
    assert library.selected() is not None and not library.selected().mine  # type: ignore[union-attr]
    assert not library.edit_button.isEnabled() and not library.delete_button.isEnabled()


def test_overview_suggests_examples_for_kenya_and_inserts_one(
    qtbot, window: MainWindow, accept_insert: list[InsertExampleDialog]
) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(TAB_OVERVIEW)
    html = window.overview.toHtml()
    text = window.overview.toPlainText()
    assert "Suggested examples for Kenya" in text
    suggestions = window.controller.suggestions(2)
    assert suggestions and suggestions[0].example.title in text
    assert f"insert:{suggestions[0].example.id}" in html
    before = len(window.sorter.model.keys())
    window._overview_link(QUrl(f"insert:{suggestions[0].example.id}"))
    assert accept_insert and accept_insert[0].choice()[0] == 2
    rows = window.sorter.model.rows()
    assert len(rows) == before + 1 and rows[-1].origin != "bundled"
    # the region filled in the profile shows in the heading at once
    window.profile.set_value("region", "East Africa")
    window.tabs.setCurrentIndex(TAB_OVERVIEW)
    window.select_session(2)
    assert "Suggested examples for Kenya (East Africa)" in window.overview.toPlainText()


def test_my_examples_go_to_a_spreadsheet_and_back(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library = window.open_examples()
    window.controller.add_example(title="Kisumu fishers", summary="Fishers crossing the lake.", source="Field notes")
    out = tmp_path / "mine.csv"
    assert library.export_dialog(out) == 1
    assert "Kisumu fishers" in out.read_text(encoding="utf-8-sig")
    out.write_text(out.read_text(encoding="utf-8-sig").replace("Kisumu fishers", "Kisumu fishers and traders"), "utf-8")
    assert library.import_dialog(out)
    assert "1 updated" in library.count.text()
    library.mine.setChecked(True)
    assert [e.title for e in library.examples] == ["Kisumu fishers and traders"]
