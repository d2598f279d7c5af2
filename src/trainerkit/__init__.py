"""TrainerKit: an offline kit for trainers of the OHCHR course on a human rights-based approach to migration.

The package is split the way Anki splits its collection from its windows: everything under
``trainerkit`` except ``trainerkit.ui`` is a Qt-free core (course model, deck engine, store, exporters,
packager) that the CLI and the tests drive directly. The UI is a thin layer that only calls the core.
"""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "TrainerKit"
