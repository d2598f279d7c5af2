"""Logging to a file in the data dir: where tracebacks go, so users never see one.

Both the CLI and the app call ``setup_logging()`` once at start-up. The log rotates so that it never
fills a trainer's disk or stick.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from trainerkit.paths import log_path

_configured: Path | None = None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to ``<data dir>/logs/trainerkit.log``; returns the path, or None if it cannot be written."""
    global _configured
    try:
        path = log_path()
    except OSError:
        return None
    if _configured == path:
        return path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_trainerkit", False):
            root.removeHandler(handler)
    try:
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler._trainerkit = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    _configured = path
    return path
