"""The examples library: bundled facts and country examples, a trainer's own, and examples as slides.

``library`` (store, seeding, search, filters, own examples, suggestions), ``pictures`` (checking and
downscaling pictures), ``slides`` (an example as a slide spec; inserting it), ``exchange`` (CSV and JSON
for spreadsheets), ``catalogue`` (the one-off converter of the shared catalogue). Never imports Qt.
"""

from __future__ import annotations

from trainerkit.examples.library import (
    THEMES,
    Example,
    Filters,
    Suggestion,
    add_example,
    counts,
    delete_example,
    edit_example,
    ensure_seeded,
    get_example,
    list_examples,
    search_examples,
    suggest_examples,
)
from trainerkit.examples.slides import SLIDE_KINDS, example_slide_spec, insert_example

__all__ = [
    "SLIDE_KINDS",
    "THEMES",
    "Example",
    "Filters",
    "Suggestion",
    "add_example",
    "counts",
    "delete_example",
    "edit_example",
    "ensure_seeded",
    "example_slide_spec",
    "get_example",
    "insert_example",
    "list_examples",
    "search_examples",
    "suggest_examples",
]
