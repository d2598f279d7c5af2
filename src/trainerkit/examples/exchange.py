"""Examples to and from spreadsheets: CSV (UTF-8 with BOM, so Excel and LibreOffice read accents) and JSON.

One row per example; lists (countries, regions, themes, sessions) are written as ``a; b; c``. Cells that a
spreadsheet would run as a formula (starting ``=``, ``+``, ``-`` or ``@``) are written with a leading
apostrophe, and read back without it. Import checks every row before it writes any (one transaction), adds
rows as the trainer's own examples, updates a trainer's example with the same id, and skips rows that
are unchanged copies of bundled entries. Pictures are not carried (use a course bundle for that).

Never imports Qt.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from trainerkit.errors import BadFileError, InvalidInputError
from trainerkit.examples.library import (
    MY_PREFIX,
    Example,
    Filters,
    _new_id,
    clean_example,
    ensure_seeded,
    list_examples,
    write_examples,
)
from trainerkit.fileio import write_bytes_atomic
from trainerkit.store.db import Store

COLUMNS = (
    "id",
    "kind",
    "title",
    "summary",
    "place",
    "countries",
    "regions",
    "themes",
    "sessions",
    "year",
    "figure",
    "source",
    "source_ref",
)
LIST_COLUMNS = ("countries", "regions", "themes", "sessions")
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 5000


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _row(example: Example) -> dict[str, str]:
    data = example.as_dict()
    row = {}
    for column in COLUMNS:
        value = data[column]
        row[column] = "; ".join(str(v) for v in value) if column in LIST_COLUMNS else str(value)
    return row


def _defuse(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _restore(text: str) -> str:
    return text[1:] if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@") else text


def export_examples(store: Store, path: Path, *, mine_only: bool = True) -> int:
    """Write the trainer's own examples (or all) to ``path`` as CSV or JSON (by its suffix)."""
    rows = [_row(e) for e in list_examples(store, Filters(mine=True) if mine_only else None)]
    suffix = path.suffix.lower()
    if suffix == ".json":
        data = json.dumps(rows, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    elif suffix == ".csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _defuse(v) for k, v in row.items()})
        data = out.getvalue().encode("utf-8-sig")
    else:
        raise InvalidInputError(f"Write examples to a .csv or .json file, not {path.name}.")
    write_bytes_atomic(path, data)
    return len(rows)


def _read_rows(path: Path) -> list[dict[str, Any]]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BadFileError(f"{path.name} is too large for a list of examples.")
        raw = path.read_bytes()
    except OSError as exc:
        raise BadFileError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            data = json.loads(raw.decode("utf-8-sig"))
            if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
                raise BadFileError(f"{path.name} is not a list of examples.")
            rows = data
        elif suffix == ".csv":
            reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
            missing = {"title", "summary", "source"} - set(reader.fieldnames or [])
            if missing:
                raise BadFileError(f"{path.name} has no column {', '.join(sorted(missing))}.")
            rows = [{k: _restore(v or "") for k, v in r.items() if k} for r in reader]
        else:
            raise InvalidInputError(f"Read examples from a .csv or .json file, not {path.name}.")
    except (UnicodeDecodeError, json.JSONDecodeError, csv.Error) as exc:
        raise BadFileError(f"{path.name} cannot be read as examples: {exc}.") from exc
    if len(rows) > MAX_ROWS:
        raise BadFileError(f"{path.name} has {len(rows)} rows; at most {MAX_ROWS} can be imported at once.")
    return rows


def import_examples(store: Store, path: Path) -> ImportResult:
    """Add or update the trainer's own examples from a CSV or JSON file; all rows or none."""
    ensure_seeded(store)
    rows = _read_rows(path)
    existing = {e.id: e for e in list_examples(store)}
    result = ImportResult()
    planned: list[Example] = []
    taken: set[str] = set()
    for number, row in enumerate(rows, start=2 if path.suffix.lower() == ".csv" else 1):
        try:
            example = clean_example(
                title=row.get("title"),
                summary=row.get("summary"),
                source=row.get("source"),
                kind=str(row.get("kind") or "example"),
                countries=row.get("countries") or "",
                regions=row.get("regions") or "",
                themes=row.get("themes") or "",
                sessions=row.get("sessions") or "",
                year=row.get("year", ""),
                place=row.get("place", ""),
                figure=row.get("figure", ""),
                source_ref=row.get("source_ref", ""),
            )
        except InvalidInputError as exc:
            raise InvalidInputError(f"{path.name}, {'row' if number else 'entry'} {number}: {exc}") from exc
        row_id = str(row.get("id") or "").strip()
        current = existing.get(row_id)
        if current is not None and not current.mine:
            if (current.title, current.summary) == (example.title, example.summary):
                result.skipped.append(row_id)
                continue
            current = None
        if current is not None and row_id not in taken:
            planned.append(replace(example, id=row_id, picture=current.picture, picture_alt=current.picture_alt,
                                   created=current.created))  # fmt: skip
            result.updated.append(row_id)
        else:
            free = row_id.startswith(MY_PREFIX) and row_id not in existing
            new_id = row_id if free else _new_id(store, example.title)
            while new_id in taken:
                new_id += "-x"
            planned.append(replace(example, id=new_id))
            result.added.append(new_id)
        taken.add(planned[-1].id)
    write_examples(store, planned)
    return result
