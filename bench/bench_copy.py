"""Benchmark: copy 50 slides from a picture-heavy deck into another deck. Prints numbers; no pass/fail.

Run: python bench/bench_copy.py [slides]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.decks import make_picture_deck, make_rich_deck

from trainerkit.deck.copy import copy_slide
from trainerkit.deck.safety import open_presentation


def main() -> None:
    slides = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        source = make_picture_deck(work / "pictures.pptx", slides=slides)
        target = make_rich_deck(work / "target.pptx")
        print(
            f"generated source: {slides} slides, {source.stat().st_size / 1e6:.1f} MB "
            f"in {time.perf_counter() - t0:.1f} s"
        )

        t0 = time.perf_counter()
        Presentation(str(source)).save(str(work / "resaved.pptx"))
        baseline = time.perf_counter() - t0

        t0 = time.perf_counter()
        src = open_presentation(source)
        dst = open_presentation(target)
        for slide in src.slides:
            copy_slide(src, slide, dst)
        dst.save(str(work / "copied.pptx"))
        copying = time.perf_counter() - t0

        print(f"python-pptx open+save of the source, unchanged: {baseline:.2f} s")
        print(f"safe open of both + copy_slide x{slides} + save:   {copying:.2f} s")
        print(f"ratio: {copying / baseline:.1f}x")


if __name__ == "__main__":
    main()
