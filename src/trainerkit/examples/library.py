"""The examples library, by job: ``model`` (what an entry is), ``storage`` (seeding the bundled entries,
rows, a trainer's own entries), ``validation`` (checking a trainer's values), ``search`` (filters,
full-text search, counts) and ``suggestions`` (ranking entries for a course's session).

This module keeps the names other code imports from ``trainerkit.examples.library``; new code imports
from the module that does the job. Never imports Qt.
"""

from __future__ import annotations

from trainerkit.examples.model import (
    ALT_MAX,
    ID_RE,
    KINDS,
    MY_PREFIX,
    SESSIONS,
    SETTING_VERSION,
    SOURCE_MAX,
    SUMMARY_MAX,
    THEME_RE,
    THEMES,
    TITLE_MAX,
    YEAR_MAX,
    Example,
    Filters,
)
from trainerkit.examples.search import counts, facet_values, fts_query, list_examples, search_examples
from trainerkit.examples.storage import (
    _from_row,
    _write,
    add_example,
    bundled_dir,
    bundled_examples,
    delete_example,
    edit_example,
    ensure_seeded,
    get_example,
    write_examples,
)
from trainerkit.examples.suggestions import Suggestion, session_themes, suggest_examples
from trainerkit.examples.validation import _new_id, clean_example

__all__ = [
    "ALT_MAX",
    "ID_RE",
    "KINDS",
    "MY_PREFIX",
    "SESSIONS",
    "SETTING_VERSION",
    "SOURCE_MAX",
    "SUMMARY_MAX",
    "THEMES",
    "THEME_RE",
    "TITLE_MAX",
    "YEAR_MAX",
    "Example",
    "Filters",
    "Suggestion",
    "_from_row",
    "_new_id",
    "_write",
    "add_example",
    "bundled_dir",
    "bundled_examples",
    "clean_example",
    "counts",
    "delete_example",
    "edit_example",
    "ensure_seeded",
    "facet_values",
    "fts_query",
    "get_example",
    "list_examples",
    "search_examples",
    "session_themes",
    "suggest_examples",
    "write_examples",
]
