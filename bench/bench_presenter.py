"""Benchmark: the venue fallbacks of one bundled deck (session 2, 37 slides): slide pictures at 1920 px,
the PDF and the HTML presenter, against drawing the same pictures alone; then the same deck again, its
pictures and PDF taken from the caches (as in a pack right after an export). A throw-away data folder.
Prints numbers; no pass/fail.

Run: python bench/bench_presenter.py [session]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trainerkit.course.decks import deck_path
from trainerkit.deck.drawing import draw_slide
from trainerkit.package.presenter import PICTURE_WIDTH, deck_presentables


def main() -> None:
    session = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 2
    deck = deck_path(session)
    prs = Presentation(str(deck))
    t0 = time.perf_counter()
    for slide in prs.slides:
        draw_slide(slide, int(prs.slide_width or 0), int(prs.slide_height or 0), PICTURE_WIDTH)
    drawing = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["TRAINERKIT_HOME"] = str(Path(tmp) / "home")  # empty caches: the first run draws
        t0 = time.perf_counter()
        made = deck_presentables(deck, Path(tmp) / "cold")
        whole = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in (Path(tmp) / "cold").rglob("*") if p.is_file())
        t0 = time.perf_counter()
        deck_presentables(deck, Path(tmp) / "again")
        again = time.perf_counter() - t0
    slides = made.visible + made.hidden
    each = 1000 * drawing / slides
    print(f"drawing {slides} slide pictures at {PICTURE_WIDTH} px: {drawing:.2f} s ({each:.0f} ms a slide)")
    print(f"pictures + PDF ({made.visible} pages) + presenter, cold: {whole:.2f} s, {size / 1e6:.1f} MB")
    print(f"the same deck again (pictures and PDF from the caches): {again:.2f} s")
    print(f"ratio: {whole / drawing:.1f}x drawing alone (cold), {again / drawing:.2f}x (cached)")


if __name__ == "__main__":
    main()
