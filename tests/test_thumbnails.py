"""Slide pictures: one per slide, hidden ones included, tokens filled, drawn once and then read from the cache."""

from __future__ import annotations

import pytest
from PIL import Image

from tests.libreoffice import needs_libreoffice
from trainerkit import thumbnails
from trainerkit.customise import current_slides, new_course, set_profile, slide_change
from trainerkit.errors import Cancelled
from trainerkit.jobs import CancelToken
from trainerkit.store import open_store
from trainerkit.thumbnails import LIBREOFFICE, QUICK, fill_tokens, session_thumbnails


@pytest.fixture
def course():  # type: ignore[no-untyped-def]
    store = open_store()
    new_course(store, "Nairobi", country="KE")
    yield store, "Nairobi"
    store.close()


def test_quick_pictures_one_per_slide_in_the_sorter_order(course) -> None:  # type: ignore[no-untyped-def]
    store, name = course
    rows = current_slides(store, name, 1)
    thumbs = session_thumbnails(store, name, 1, engine=QUICK)
    assert len(thumbs) == len(rows)
    assert thumbs[0].print is not None
    with Image.open(thumbs[0].small) as small, Image.open(thumbs[0].large) as large:
        assert small.width == 533 and large.width == 1920  # the venue presenter's size
        assert abs(small.height / small.width - 9 / 16) < 0.01
    with Image.open(thumbs[0].print) as printed:  # the trainer pack's and slide handouts' copy
        assert printed.format == "JPEG" and printed.size == (640, 360)


def test_hiding_or_moving_a_slide_reuses_its_picture(course) -> None:  # type: ignore[no-untyped-def]
    store, name = course
    before = session_thumbnails(store, name, 2, engine=QUICK)
    rows = current_slides(store, name, 2)
    slide_change(store, name, "hide", rows[4].key)
    slide_change(store, name, "move", rows[4].key, {"to": 1})
    after = session_thumbnails(store, name, 2, engine=QUICK)
    assert after[0] == before[4]
    assert sorted(t.fingerprint for t in after) == sorted(t.fingerprint for t in before)


def test_a_profile_change_redraws_only_slides_with_tokens(course) -> None:  # type: ignore[no-untyped-def]
    store, name = course
    rows = current_slides(store, name, 2)
    before = session_thumbnails(store, name, 2, engine=QUICK)
    set_profile(store, name, {"region": "East Africa"})
    after = session_thumbnails(store, name, 2, engine=QUICK)
    changed = {i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b}
    with_region = {i for i, row in enumerate(rows) if "region" in row.tokens}
    assert with_region and changed == with_region


def test_cancel_stops_drawing(course) -> None:  # type: ignore[no-untyped-def]
    store, name = course
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        session_thumbnails(store, name, 3, engine=QUICK, token=token)


def test_without_libreoffice_the_app_says_quick_previews(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRAINERKIT_NO_LIBREOFFICE", "1")
    assert thumbnails.best_engine() == QUICK
    assert thumbnails.engine_label(QUICK) == "Quick previews (LibreOffice not found)"


def test_fill_tokens_prints_a_blank_line_for_tokens_without_value() -> None:
    # issue #14: previews show what the exported deck shows; the raw {{venue}} this test kept was the bug
    assert fill_tokens("In {{country}} ({{ region }}), {{venue}}", {"country": "Kenya", "region": "East"}) == (
        "In Kenya (East), __________"
    )


@needs_libreoffice
@pytest.mark.libreoffice
def test_libreoffice_pictures_include_hidden_slides_and_are_cached(course) -> None:  # type: ignore[no-untyped-def]
    store, name = course
    rows = current_slides(store, name, 3)
    assert any(row.hidden for row in rows)
    thumbs = session_thumbnails(store, name, 3, engine=LIBREOFFICE)
    assert len(thumbs) == len(rows)
    assert {t.engine for t in thumbs} == {LIBREOFFICE}
    with Image.open(thumbs[0].small) as small:
        assert 520 <= small.width <= 540
    calls: list[str] = []
    again = session_thumbnails(store, name, 3, engine=LIBREOFFICE, progress=lambda d, t, label: calls.append(label))
    assert again == thumbs
    assert not any("LibreOffice" in label for label in calls)


def test_picture_pixels_are_plain_rgba_bytes_that_fit_the_box(course) -> None:  # type: ignore[no-untyped-def]
    """What a worker thread hands the window: no Qt object, just bytes of width x height x 4."""
    store, name = course
    thumb = session_thumbnails(store, name, 1, engine=QUICK)[0]
    pixels = thumbnails.picture_pixels(thumb.small, (352, 198))
    assert isinstance(pixels.rgba, bytes)
    assert pixels.width <= 352 and pixels.height <= 198 and max(pixels.width / 352, pixels.height / 198) > 0.99
    assert len(pixels.rgba) == pixels.width * pixels.height * 4
    with Image.open(thumb.small) as image:
        assert abs(pixels.width / pixels.height - image.width / image.height) < 0.02
