"""Start TrainerKit: ``python -m trainerkit`` runs the command line; the frozen build's executables start here.

A frozen build (``installer/trainerkit.spec``) starts here: ``TrainerKit`` (the desktop app; a windowed
program on Windows and macOS) and the command line (``trainerkit-cli`` executable on Windows and macOS; on
Linux ``trainerkit``, a shell script that runs ``TrainerKit`` with ``TRAINERKIT_ENTRY=cli``; see
``trainerkit.version.cli_exe``). Which one runs is decided by ``TRAINERKIT_ENTRY=cli|gui`` when set (it is
then removed from the environment, so programs started later do not inherit it), else by the
executable's name.

Hidden options for build checks, taken by both: ``--self-check`` (import every module, print JSON,
see ``trainerkit.selfcheck``). The app also takes ``--smoke-test`` (see ``trainerkit.ui.app``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENTRY_ENV = "TRAINERKIT_ENTRY"


def entry_role(executable: str, frozen: bool, env: str | None = None) -> str:
    """``"cli"`` or ``"gui"``: what an executable of this name starts."""
    if env in ("cli", "gui"):
        return env
    if not frozen:
        return "cli"
    stem = Path(executable).name.removesuffix(".exe").removesuffix(".EXE")
    return "cli" if stem == "trainerkit" or stem.lower().endswith("-cli") else "gui"


def main() -> None:
    if sys.argv[1:2] == ["--self-check"]:
        from trainerkit.selfcheck import main as self_check

        sys.exit(self_check())
    role = entry_role(sys.executable, bool(getattr(sys, "frozen", False)), os.environ.pop(ENTRY_ENV, None))
    if role == "gui":
        from trainerkit.ui.app import main as gui_main

        gui_main()
    else:
        from trainerkit.cli import main as cli_main

        cli_main()


if __name__ == "__main__":
    main()
