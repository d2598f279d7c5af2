"""How fast the app feels: start-up to a usable window, and a session's slide pictures cold and cached.

Run ``python bench/bench_gui.py`` (Qt offscreen, a throw-away data folder). Prints figures; asserts
nothing. "Usable" means the main window is shown with its course tree and the event loop has run once.
Pictures are timed in the window itself: from choosing the session until every card shows its best
picture (LibreOffice when installed, else quick), first with an empty cache, then again (cached).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STARTUP_CHILD = """
from trainerkit.ui.app import create_app
from trainerkit.ui.main_window import MainWindow
app = create_app(["bench"])
window = MainWindow()
window.show()
app.processEvents()
print("READY", flush=True)
"""


def startup_seconds(runs: int = 3) -> list[float]:
    """Seconds from spawning a fresh Python process until its window is shown and usable."""
    results = []
    for _ in range(runs):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRAINERKIT_HOME=tempfile.mkdtemp(prefix="tk-bench-"))
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", STARTUP_CHILD], stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("READY"):
                break
        results.append(time.perf_counter() - t0)
        proc.wait(timeout=60)
    return results


def picture_seconds(session: int, engine: str | None) -> tuple[float, float, int, str]:
    """(cold, cached) seconds for every card of ``session`` to show its best picture, the slide count, and
    the engine with the longest event-loop stall seen while drawing cold."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["TRAINERKIT_HOME"] = tempfile.mkdtemp(prefix="tk-bench-")
    if engine == "quick":
        os.environ["TRAINERKIT_NO_LIBREOFFICE"] = "1"
    else:
        os.environ.pop("TRAINERKIT_NO_LIBREOFFICE", None)
    from trainerkit.ui.app import create_app
    from trainerkit.ui.main_window import MainWindow
    from trainerkit.ui.worker import shutdown_jobs

    app = create_app(["bench"])
    window = MainWindow()
    window.show()
    window.create_course("Bench", "Kenya")

    gaps: list[float] = []
    selects: list[float] = []

    def show(number: int) -> float:
        """Seconds until every card has its best picture; ``gaps`` gets the longest wait between two
        turns of the event loop after the session was chosen (what a trainer would feel as a freeze)."""
        t0 = time.perf_counter()
        window.select_session(number)
        selects.append(time.perf_counter() - t0)
        last, longest = time.perf_counter(), 0.0
        while not window.sorter.pictures_complete():
            app.processEvents()
            now = time.perf_counter()
            longest, last = max(longest, now - last), now
            time.sleep(0.005)
            if now - t0 > 300:
                break
        gaps.append(longest)
        return time.perf_counter() - t0

    show(1)  # the course opens on session 1: let its pictures finish first
    cold = show(session)
    freeze, select = gaps[-1], selects[-1]
    show(1)
    cached = show(session)
    count = window.sorter.model.rowCount()
    used = window.sorter.engine
    window.close()
    shutdown_jobs()
    return (
        cold,
        cached,
        count,
        (
            f"{used} (choosing the session: {select * 1000:.0f} ms on the UI thread; "
            f"longest event-loop stall while drawing: {freeze * 1000:.0f} ms)"
        ),
    )


def main() -> None:
    print("Start-up to a usable window (3 runs):")
    for seconds in startup_seconds():
        print(f"  {seconds:.2f} s from process start (interpreter, imports, course, store, window)")
    engines: list[str | None] = (
        [None, "quick"] if len(sys.argv) < 2 else [None if sys.argv[1] == "best" else sys.argv[1]]
    )
    for engine in engines:
        code = (
            "import sys; sys.path.insert(0, sys.argv[1]); import bench_gui as b; "
            "engine = None if sys.argv[2] == 'best' else sys.argv[2]; "
            "cold, cached, n, used = b.picture_seconds(2, engine); "
            "print(f'  {used}: {n} slides of session 2: cold {cold:.2f} s, cached {cached:.2f} s')"
        )
        args = [sys.executable, "-c", code, str(Path(__file__).resolve().parent), engine or "best"]
        print(f"Slide pictures in the sorter ({engine or 'best installed'}):")
        subprocess.run(args, check=False, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
