"""Grab the app's main screens into docs/screenshots/*.png (same as `python -m trainerkit.ui.screenshots`)."""

from __future__ import annotations

from pathlib import Path

from trainerkit.ui.screenshots import main

if __name__ == "__main__":
    main([str(Path(__file__).resolve().parent / "screenshots")])
