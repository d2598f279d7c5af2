"""Starting the desktop app from the command line without the CLI importing the UI.

The app is found through its installed entry point (``trainerkit-gui`` in ``[project.gui-scripts]``); from
a source tree without one, it runs as ``python -m trainerkit.ui.app``. Either way ``trainerkit.cli``
never imports ``trainerkit.ui`` (an import-linter contract checks that).
"""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points

GUI_ENTRY_POINT = "trainerkit-gui"


def start_app(args: list[str] | None = None) -> None:
    """Run the app until its window closes, with ``args`` as its command line (``--lang fr``...); exits with
    the app's exit code."""
    args = list(args or [])
    found = entry_points(group="gui_scripts", name=GUI_ENTRY_POINT)
    for entry in found:
        sys.argv = [sys.argv[0], *args]  # the app reads its options from sys.argv, not the CLI's "gui"
        entry.load()()
        return
    sys.exit(subprocess.call([sys.executable, "-m", "trainerkit.ui.app", *args]))
