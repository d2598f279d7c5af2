"""Refresh the core's message catalogues (``resources/locale/<lang>/LC_MESSAGES/trainerkit.po``):
``python -m trainerkit.build messages [--check]``.

Babel collects every ``_("...")`` and ``N_("...")`` of the core (``src/trainerkit``, the Qt UI left out:
it has its own ``.ts`` catalogues) plus :data:`DYNAMIC`, the messages the code translates from a table or
a data file (``_(label)``); each language's catalogue is updated keeping its translations (a source
message that changed keeps its old translation marked fuzzy, unused until reviewed). ``--check`` writes
nothing and fails when a message has no translation. Never imports Qt.
"""

from __future__ import annotations

from pathlib import Path

from trainerkit.messages import DOMAIN, LANGUAGES, po_path

#: Messages passed to ``_()`` as values, not literals: the profile's field labels (``recipe.PROFILE_LABELS``),
#: the cover's labels, the handouts' copy rules (front matter ``copies``), the coverage parts of
#: ``translate.service``, how a State became party and the facts' date (``course.facts``).
DYNAMIC = (
    "Country",
    "Region",
    "Organisation",
    "Venue",
    "Dates",
    "Facilitators",
    "Number of participants",
    "Language",
    "Organised by",
    "one",
    "per participant",
    "per group",
    "per table",
    "Plans and agenda",
    "Handouts",
    "Ratified or acceded",
    "Ratified",
    "Acceded",
    "Succession",
    "June 2022",
    "Status as of June 2022 (UN Treaty Collection); check for later changes",
)


def source_dir() -> Path:
    return Path(__file__).resolve().parent.parent


def template() -> object:
    """A Babel ``Catalog`` of every core message (no translations)."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    catalog = Catalog(project="TrainerKit", domain=DOMAIN)
    root = source_dir()
    method_map = [("ui/**.py", "ignore"), ("build/**.py", "ignore"), ("**.py", "python")]
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(root), method_map=method_map, keywords={"_": None, "N_": None}
    ):
        if isinstance(message, str) and message:
            catalog.add(message, locations=[(f"src/trainerkit/{filename}", lineno)])
    for message in DYNAMIC:
        if message not in catalog:
            catalog.add(message, locations=[("src/trainerkit/build/messages.py", 0)])
    return catalog


def update_catalogues(*, write: bool = True) -> dict[str, list[str]]:
    """Update each language's catalogue from :func:`template`; returns the untranslated messages per language."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    from trainerkit.fileio import atomic_write

    base = template()
    assert isinstance(base, Catalog)
    missing: dict[str, list[str]] = {}
    for code in LANGUAGES:
        path = po_path(code)
        if path.is_file():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=code, domain=DOMAIN)
        else:
            catalog = Catalog(locale=code, domain=DOMAIN, project="TrainerKit")
        catalog.update(base, update_header_comment=False)
        missing[code] = [str(m.id) for m in catalog if m.id and (not m.string or m.fuzzy)]
        if write:
            path.parent.mkdir(parents=True, exist_ok=True)
            import io

            buffer = io.BytesIO()
            write_po(buffer, catalog, width=120, omit_header=False, sort_output=False, ignore_obsolete=True)
            with atomic_write(path) as tmp:
                tmp.write_bytes(buffer.getvalue())
    return missing
