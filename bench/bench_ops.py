"""How fast a change is: hide, show and move through the app's controller (no window), and the CLI's
`trainerkit slide hide` against `trainerkit --version`.

Run ``python bench/bench_ops.py`` (a throw-away data folder). Prints the median of 50 operations in
milliseconds (goal: under 20 ms each, checked against the slide index, no deck built) and the CLI's wall
time as a ratio to `--version` (goal: at most 1.3; median of 11 runs each, the two interleaved so a busy
machine slows both alike). Asserts nothing.

The CLI runs with TrainerKit's bytecode compiled first (``compileall``), as an installed or frozen app has
it: where ``PYTHONDONTWRITEBYTECODE`` is set, a source checkout would otherwise compile every module it
imports on every run, which measures the compiler (it costs `slide hide` about 50 ms more than `--version`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _median_ms(action: Callable[[int], object], runs: int = 50) -> float:
    times = []
    for i in range(runs):
        t0 = time.perf_counter()
        action(i)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def controller_figures() -> dict[str, float]:
    from trainerkit.store import open_store
    from trainerkit.ui.controller import CourseController

    controller = CourseController(open_store())
    controller.create("Bench ops", "KE")
    keys = [row.key for row in controller.slides(2)]
    controller.slides(2)  # warm: the bundled deck's index is read once
    course = controller.open_course
    assert course is not None
    store = controller.store
    return {
        "check only (index, no store)": _median_ms(lambda i: course._validated("hide", keys[i % 30], None, "")),
        "one durable store commit": _median_ms(
            lambda i: store.db.conn.executescript(
                f"BEGIN IMMEDIATE; INSERT OR REPLACE INTO settings VALUES ('bench', '{i}'); COMMIT;"
            )
        ),
        "hide": _median_ms(lambda i: controller.set_hidden([keys[i % 30]], True)),
        "show": _median_ms(lambda i: controller.set_hidden([keys[i % 30]], False)),
        "move": _median_ms(lambda i: controller.move_slides(2, [keys[i % 30]], (i * 7) % 30)),
    }


def _run(args: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(args, env=env, check=True, capture_output=True)
    return time.perf_counter() - t0


def _compile_bytecode() -> None:
    """Write the package's .pyc files (compileall writes them even under PYTHONDONTWRITEBYTECODE)."""
    spec = importlib.util.find_spec("trainerkit")
    assert spec is not None and spec.origin is not None
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(spec.origin).parent)], check=True)


def cli_figures(runs: int = 11) -> tuple[float, float]:
    env = dict(os.environ, TRAINERKIT_HOME=tempfile.mkdtemp(prefix="tk-bench-"))
    script = Path(sys.executable).with_name("trainerkit")
    exe = [str(script)] if script.exists() else [sys.executable, "-c", "from trainerkit.cli import main; main()"]
    _compile_bytecode()
    subprocess.run([*exe, "course", "create", "Bench", "--country", "KE"], env=env, check=True, capture_output=True)
    subprocess.run([*exe, "slides", "Bench", "--session", "1"], env=env, check=True, capture_output=True)  # warm
    versions, hides = [], []
    for i in range(runs):
        versions.append(_run([*exe, "--version"], env))
        hides.append(_run([*exe, "slide", "hide" if i % 2 == 0 else "show", "Bench", "s1-welcome"], env))
    return statistics.median(versions), statistics.median(hides)


CHILD = """
import json, sys
sys.path.insert(0, {here!r})
import bench_ops
print("FIGURES", json.dumps(bench_ops.controller_figures()), flush=True)
"""


def controller_figures_in_child() -> dict[str, float]:
    """The controller's figures from a fresh process (PySide6 6.x may abort at exit after many bool
    signal arguments, a crash that also happens before this benchmark's code; a child keeps it away)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRAINERKIT_HOME=tempfile.mkdtemp(prefix="tk-bench-"))
    code = CHILD.format(here=str(Path(__file__).resolve().parent))
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    line = next((x for x in result.stdout.splitlines() if x.startswith("FIGURES ")), None)
    if line is None:
        raise RuntimeError(result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "no figures")
    return dict(json.loads(line.removeprefix("FIGURES ")))


def main() -> None:
    # The CLI first: the controller's 150 durable commits leave the disk busy flushing for a while, which
    # would slow the first `slide hide` commits and not `--version`.
    version, hide = cli_figures()
    for name, ms in controller_figures_in_child().items():
        print(f"   controller {name}: {ms:.1f} ms (median of 50; goal < 20 ms)", flush=True)
    print(f"   trainerkit --version: {version * 1000:.0f} ms; slide hide: {hide * 1000:.0f} ms", flush=True)
    print(f"   slide hide / --version: {hide / version:.2f} (goal <= 1.3)", flush=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    main()
