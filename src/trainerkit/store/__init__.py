"""The trainer's own data in SQLite (via sqlite-utils): courses, profiles, changes, examples.

The bundled resources are never written; everything a trainer does is a row here, applied at export.
Never imports Qt.
"""

from __future__ import annotations

from trainerkit.store.db import Store, open_store

__all__ = ["Store", "open_store"]
