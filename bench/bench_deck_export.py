"""Export of the whole bundled course with 30 changes, against python-pptx opening and saving the same
decks unchanged (the floor: no export can be faster than reading and writing every deck once).

Prints seconds and the ratio; never asserts. Runs in a throwaway data dir.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from pptx import Presentation


def _best(run, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="tk-bench-") as tmp:
        os.environ["TRAINERKIT_HOME"] = str(Path(tmp) / "home")
        from trainerkit import customise
        from trainerkit.course.decks import deck_path
        from trainerkit.export.decks import export_decks
        from trainerkit.store import open_store

        store = open_store()
        customise.new_course(store, "Bench", "KE", venue="Kenyatta Centre", dates="3-5 March 2027")
        changes = 0
        for session in range(1, 8):
            rows = customise.current_slides(store, "Bench", session)
            plan = [("hide", rows[2].key, {}), ("move", rows[4].key, {"to": 2}), ("duplicate", rows[3].key, {}),
                    ("edit-notes", rows[1].key, {"notes": "Local notes for the venue."})]
            for kind, key, payload in plan:
                if changes >= 30:
                    break
                if kind == "hide" and rows[2].hidden:
                    kind = "show"
                customise.slide_change(store, "Bench", kind, key, payload)
                changes += 1
        while changes < 30:
            customise.set_profile(store, "Bench", {}, {f"custom{changes}": "value"})  # a declared custom token
            changes += 1
        paths = [deck_path(n) for n in range(1, 8)]
        slides = sum(len(Presentation(str(p)).slides) for p in paths)

        def floor() -> None:
            out = Path(tmp) / "floor"
            out.mkdir(exist_ok=True)
            for p in paths:
                Presentation(str(p)).save(str(out / p.name))

        def export() -> None:
            export_decks(store, "Bench", Path(tmp) / "export")

        def export_combined() -> None:
            export_decks(store, "Bench", Path(tmp) / "combined", combined=True)

        t_floor = _best(floor)
        t_export = _best(export)
        t_combined = _best(export_combined, repeat=1)
        listing = [time.perf_counter()]
        customise.current_slides(store, "Bench", 5)
        listing.append(time.perf_counter())
        print(f"   decks: 7, slides: {slides}, changes: {changes}")
        print(f"   python-pptx open+save unchanged (floor): {t_floor:.2f} s")
        print(f"   export with 30 changes:                  {t_export:.2f} s  ratio {t_export / t_floor:.2f}x floor")
        ratio = t_combined / t_floor
        print(f"   export + 3 combined daily decks:         {t_combined:.2f} s  ratio {ratio:.2f}x floor")
        print(f"   listing one session's slides (56):       {statistics.fmean(listing[1:]) - listing[0]:.2f} s")


if __name__ == "__main__":
    main()
