"""The frozen build: its size, and the time to a usable window, frozen vs the source install.

Run ``python bench/bench_build.py`` (or ``python3 dev.py bench build``) after ``python3 dev.py build``; it
measures ``dist/TrainerKit`` as it is and never builds (that takes minutes): without a build it says so
and times the source install only. Prints figures; asserts nothing.

"Usable" is the hidden ``--smoke-test`` of the app: the main window is shown and the event loop has run
once; timed from spawning the process until its JSON line arrives (Qt offscreen, a fresh data folder each
run, so every start is a first start). The CLI is timed the same way with ``--version``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
RUNS = 3


def tree_size(root: Path) -> tuple[int, int]:
    size = files = 0
    for folder, _dirs, names in os.walk(root):
        for name in names:
            size += os.lstat(os.path.join(folder, name)).st_size
            files += 1
    return size, files


def biggest_parts(root: Path, top: int = 6) -> list[tuple[str, int]]:
    """The largest first-level parts of ``_internal`` (PySide6, lxml, ...), by bytes."""
    internal = root / "_internal"
    parts: Counter[str] = Counter()
    for folder, _dirs, names in os.walk(internal):
        for name in names:
            path = Path(folder, name)
            parts[path.relative_to(internal).parts[0]] += path.lstat().st_size
    return parts.most_common(top)


def time_to_json(command: list[str], runs: int = RUNS) -> tuple[list[float], list[float]]:
    """(wall seconds to the JSON line, the app's own usable_after_s) over ``runs`` fresh starts."""
    walls, own = [], []
    for _ in range(runs):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRAINERKIT_HOME=tempfile.mkdtemp(prefix="tk-bench-"))
        t0 = time.perf_counter()
        proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
        walls.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {proc.stderr.strip()[-300:]}")
        lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
        if lines:
            own.append(float(json.loads(lines[-1]).get("usable_after_s", 0.0)))
    return walls, own


def time_command(command: list[str], runs: int = RUNS) -> list[float]:
    walls = []
    for _ in range(runs):
        env = dict(os.environ, TRAINERKIT_HOME=tempfile.mkdtemp(prefix="tk-bench-"))
        t0 = time.perf_counter()
        subprocess.run(command, capture_output=True, env=env, timeout=300, check=True)
        walls.append(time.perf_counter() - t0)
    return walls


def _fmt(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f}, n={len(values)})"


def main() -> None:
    app = DIST / ("TrainerKit.app" if sys.platform == "darwin" else "TrainerKit")
    source_gui = [sys.executable, "-m", "trainerkit.ui.app", "--smoke-test"]
    source_cli = [sys.executable, "-m", "trainerkit", "--version"]
    source_walls, source_own = time_to_json(source_gui)
    print(f"   source: usable window {_fmt(source_walls)}; the app's own count {_fmt(source_own)}")
    source_cli_walls = time_command(source_cli)
    print(f"   source: `trainerkit --version` {_fmt(source_cli_walls)}")
    if not app.exists():
        print(f"   no build at {app}: run `python3 dev.py build` first for the frozen figures")
        return
    size, files = tree_size(app)
    print(f"   build size: {size / 1e6:.1f} MB unpacked ({size / 2**20:.1f} MiB), {files} files  [{app}]")
    for name, part in biggest_parts(app):
        print(f"      {name:<28} {part / 1e6:6.1f} MB")
    archives = sorted(DIST.glob("TrainerKit-*.tar.gz")) + sorted(DIST.glob("TrainerKit-*.zip"))
    for archive in archives:
        print(f"   archive: {archive.name} {archive.stat().st_size / 1e6:.1f} MB")
    if sys.platform == "darwin":
        gui = app / "Contents" / "MacOS" / "TrainerKit"
        cli = [str(app / "Contents" / "MacOS" / "trainerkit-cli"), "--version"]
    else:
        gui = app / ("TrainerKit.exe" if os.name == "nt" else "TrainerKit")
        cli = [str(app / ("trainerkit-cli.exe" if os.name == "nt" else "trainerkit")), "--version"]
    frozen_walls, frozen_own = time_to_json([str(gui), "--smoke-test"])
    print(f"   frozen: usable window {_fmt(frozen_walls)}; the app's own count {_fmt(frozen_own)}")
    frozen_cli_walls = time_command(cli)
    print(f"   frozen: `trainerkit --version` {_fmt(frozen_cli_walls)}")
    ratio = statistics.median(frozen_walls) / statistics.median(source_walls)
    cli_ratio = statistics.median(frozen_cli_walls) / statistics.median(source_cli_walls)
    print(f"   ratio frozen/source: usable window {ratio:.2f}x, --version {cli_ratio:.2f}x")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
