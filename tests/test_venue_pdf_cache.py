"""The venue PDF kept in the cache is handed out only when it is whole."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from trainerkit.export.venue import PresentedSlide, write_pdf
from trainerkit.paths import cache_dir


def test_a_kept_venue_pdf_cut_short_is_laid_out_again(tmp_path: Path) -> None:
    # the kept PDF is written without waiting for the disk (a cache): after a crash or power cut it can be
    # there empty or cut short, and must then be laid out again, never copied into the package
    picture = tmp_path / "slide-1.png"
    Image.new("RGB", (192, 108), "white").save(picture)
    slides = [PresentedSlide(index=0, title="Welcome", hidden=False, notes="", text=["Welcome"])]
    first = tmp_path / "first.pdf"
    assert write_pdf(slides, [picture], first, "Deck") == 1
    kept = list(cache_dir("venue-pdf").glob("*.pdf"))
    assert len(kept) == 1 and kept[0].read_bytes() == first.read_bytes()
    whole = first.read_bytes()
    kept[0].write_bytes(whole[: len(whole) // 2])  # cut short
    again = tmp_path / "again.pdf"
    write_pdf(slides, [picture], again, "Deck")
    assert again.read_bytes().rstrip().endswith(b"%%EOF"), "a kept PDF cut short was copied"
    kept[0].write_bytes(b"")  # emptied
    write_pdf(slides, [picture], again, "Deck")
    assert again.stat().st_size > 1000
