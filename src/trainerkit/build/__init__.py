"""Build steps that turn the readable sources under ``resources/`` into the bundled binary files.

``python -m trainerkit.build decks`` builds the slide decks (see :mod:`trainerkit.build.decks`);
``python -m trainerkit.build contact-sheets`` renders one thumbnail sheet per deck for review.
Build-time only: nothing here is imported by the app at run time, and nothing here imports Qt.
"""

from __future__ import annotations
