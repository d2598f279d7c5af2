"""Benchmark: the venue fallbacks of one bundled deck (session 2, 37 slides): slide pictures at 1920 px,
the PDF and the HTML presenter, against drawing the same pictures alone; the PDF alone. Prints numbers; no pass/fail.

Run: python bench/bench_presenter.py [session]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trainerkit.course.decks import deck_path
from trainerkit.deck.drawing import draw_slide
from trainerkit.package.presenter import PICTURE_WIDTH, deck_presentables, describe_slides, write_pdf


def main() -> None:
    session = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 2
    deck = deck_path(session)
    prs = Presentation(str(deck))
    t0 = time.perf_counter()
    for slide in prs.slides:
        draw_slide(slide, int(prs.slide_width or 0), int(prs.slide_height or 0), PICTURE_WIDTH)
    drawing = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        made = deck_presentables(deck, Path(tmp))
        whole = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file())
        t0 = time.perf_counter()  # the PDF alone, from the pictures just drawn (Typst, in a process of its own)
        write_pdf(describe_slides(prs), made.pictures, Path(tmp) / "again.pdf", deck.stem)
        pdf_alone = time.perf_counter() - t0
        pdf_size = made.pdf.stat().st_size
    slides = made.visible + made.hidden
    each = 1000 * drawing / slides
    print(f"drawing {slides} slide pictures at {PICTURE_WIDTH} px: {drawing:.2f} s ({each:.0f} ms a slide)")
    print(f"pictures + PDF ({made.visible} pages) + presenter: {whole:.2f} s, {size / 1e6:.1f} MB")
    print(f"PDF alone ({made.visible} pages): {pdf_alone:.2f} s, {pdf_size / 1e6:.1f} MB")
    print(f"ratio: {whole / drawing:.1f}x drawing alone")


if __name__ == "__main__":
    main()
