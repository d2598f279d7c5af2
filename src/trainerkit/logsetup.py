"""Logging to a file in the data dir: where tracebacks go, so users never see one.

Both the CLI and the app call ``setup_logging()`` once at start-up. The log rotates so that it never
fills a trainer's disk or stick. TrainerKit's own loggers (``trainerkit.*``) write at INFO: one line per
action a trainer took, naming the course, so a support person can follow what happened. Every other
library (fontTools writes thousands of INFO lines per subset font, PIL, python-pptx) writes only
WARNING and above, so it cannot push our lines out of the rotating log.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from trainerkit.errors import StorageError
from trainerkit.paths import log_path

_configured: Path | None = None

#: Libraries known to log a lot below WARNING; set to WARNING so their records are not even made
#: (fontTools.subset logs every glyph table at INFO). The handler's filter covers any other library.
THIRD_PARTY_NOISY = ("fontTools", "PIL", "pptx", "docx", "sqlite_utils", "markdown_it", "urllib3")


def _ours_at(level: int) -> logging.Filter:
    """Pass TrainerKit's records at ``level`` and above, everyone else's at WARNING and above."""

    class Filter(logging.Filter):
        def filter(self, record: logging.LogRecord) -> bool:
            ours = record.name == "trainerkit" or record.name.startswith("trainerkit.")
            return record.levelno >= (level if ours else max(level, logging.WARNING))

    return Filter()


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to ``<data dir>/logs/trainerkit.log``; returns the path, or None if it cannot be written."""
    global _configured
    try:
        path = log_path()
    except (OSError, StorageError):
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
    handler.addFilter(_ours_at(level))
    root.addHandler(handler)
    root.setLevel(min(level, logging.WARNING))
    logging.getLogger("trainerkit").setLevel(level)
    for noisy in THIRD_PARTY_NOISY:
        logging.getLogger(noisy).setLevel(logging.WARNING)
    _configured = path
    return path
