"""The examples library in the store: seeding the bundled entries, rows to ``Example`` and back, reading
one entry, and a trainer's own entries (add, edit, delete, bulk write), each in one transaction.

The bundled entries live in ``resources/examples/*.yaml`` (readable, reviewed, each with its source) and are
copied into the store the first time the library is used, and again whenever those files change; a
trainer's own examples (ids ``my-...``) are never touched by that. Every public function takes the
``Store`` and seeds it if needed, so callers never think about seeding. Never imports Qt.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from trainerkit.countries import find_country, regions_of
from trainerkit.errors import CourseDataError, InvalidInputError, NotFoundError
from trainerkit.examples.model import ALT_MAX, ID_RE, KINDS, MY_PREFIX, SETTING_VERSION, THEMES, Example
from trainerkit.examples.validation import _new_id, _text, clean_example
from trainerkit.paths import resources_dir
from trainerkit.store.courses import now
from trainerkit.store.db import Store


# --- the bundled entries ------------------------------------------------------------------------------
def bundled_dir() -> Path:
    return resources_dir() / "examples"


def _bundled_files() -> list[Path]:
    return sorted(bundled_dir().glob("*.yaml"))


@lru_cache(maxsize=4)
def _load_bundled(signature: tuple[tuple[str, int, int], ...]) -> tuple[str, tuple[Example, ...]]:
    digest = hashlib.sha256()
    entries: list[Example] = []
    seen: set[str] = set()
    for name, _size, _mtime in signature:
        path = bundled_dir() / name
        raw = path.read_bytes()
        digest.update(name.encode() + b"\0" + raw)
        try:
            data = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            raise CourseDataError(str(path), None, f"not valid YAML: {exc}") from exc
        for index, item in enumerate((data or {}).get("entries", [])):
            example = _bundled_entry(path, index, item)
            if example.id in seen:
                raise CourseDataError(str(path), None, f"example id '{example.id}' is used twice")
            seen.add(example.id)
            entries.append(example)
    return digest.hexdigest(), tuple(entries)


def _bundled_entry(path: Path, index: int, item: Any) -> Example:
    where = f"entry {index + 1}"
    if not isinstance(item, dict):
        raise CourseDataError(str(path), None, f"{where} must be a mapping")
    try:
        example = Example(
            id=str(item["id"]),
            kind=str(item["kind"]),
            title=str(item["title"]),
            summary=str(item["summary"]),
            place=str(item.get("place", "")),
            countries=tuple(str(c) for c in item.get("countries", [])),
            regions=tuple(str(r) for r in item.get("regions", [])),
            themes=tuple(str(t) for t in item.get("themes", [])),
            sessions=tuple(int(s) for s in item.get("sessions", [])),
            year=str(item.get("year", "")),
            source=str(item["source"]),
            source_ref=str(item["source_ref"]),
            figure=str(item.get("figure", "")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise CourseDataError(str(path), None, f"{where}: missing or malformed field {exc}") from exc
    if not ID_RE.match(example.id) or example.id.startswith(MY_PREFIX) or example.kind not in KINDS:
        raise CourseDataError(str(path), None, f"{where}: bad id '{example.id}' or kind '{example.kind}'")
    if not example.source.strip() or not example.source_ref.strip():
        raise CourseDataError(str(path), None, f"{where} ({example.id}) has no source")
    return example


def bundled_examples() -> tuple[str, tuple[Example, ...]]:
    """The bundled entries and a version string that changes whenever their files change."""
    signature = tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in _bundled_files())
    return _load_bundled(signature)


def ensure_seeded(store: Store) -> int:
    """Copy the bundled entries into the store if it has not got this version of them; returns how many
    were written (0 when up to date). Trainer-made entries are never changed. One transaction."""
    version, entries = bundled_examples()
    if store.get_setting(SETTING_VERSION) == version or getattr(store, "read_only", False):
        return 0
    conn = store.db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        if _get_setting_raw(conn) == version:  # another process seeded meanwhile
            conn.execute("COMMIT")
            return 0
        keep = {e.id for e in entries}
        for (example_id,) in conn.execute("SELECT id FROM examples WHERE origin = 'bundled'").fetchall():
            if example_id not in keep:
                conn.execute("DELETE FROM examples WHERE id = ?", [example_id])
        for example in entries:
            _write(conn, example)
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [SETTING_VERSION, json.dumps(version)],
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(entries)


def _get_setting_raw(conn: sqlite3.Connection) -> Any:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", [SETTING_VERSION]).fetchone()
    return json.loads(row[0]) if row else None


# --- rows <-> examples --------------------------------------------------------------------------------
def _keywords(example: Example) -> str:
    words: list[str] = []
    for code in example.countries:
        try:
            country = find_country(code)
            words += [country.name, country.official_name, code]
        except InvalidInputError:
            words.append(code)
    words += list(example.regions)
    words += [t.replace("-", " ") for t in example.themes]
    words += [THEMES[t] for t in example.themes if t in THEMES]
    return " ".join(dict.fromkeys(words))


def _write(conn: sqlite3.Connection, example: Example) -> None:
    """Insert or update one example and its facets (inside the caller's transaction)."""
    stamp = now()
    data = json.dumps(
        {
            "countries": list(example.countries),
            "regions": list(example.regions),
            "themes": list(example.themes),
            "sessions": list(example.sessions),
        }
    )
    values = {
        "kind": example.kind,
        "origin": example.origin,
        "title": example.title,
        "summary": example.summary,
        "figure": example.figure,
        "place": example.place,
        "data": data,
        "keywords": _keywords(example),
        "year": example.year,
        "source": example.source,
        "source_ref": example.source_ref,
        "picture": example.picture,
        "picture_alt": example.picture_alt,
    }
    row = conn.execute("SELECT num FROM examples WHERE id = ?", [example.id]).fetchone()
    if row is None:
        columns = ["id", *values, "created", "updated"]
        params = [example.id, *values.values(), example.created or stamp, example.updated or stamp]
        cursor = conn.execute(
            f"INSERT INTO examples ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", params
        )
        num = cursor.lastrowid
    else:
        num = row[0]
        current = conn.execute(f"SELECT {', '.join(values)} FROM examples WHERE num = ?", [num]).fetchone()
        if tuple(current) == tuple(values.values()):
            return
        assignments = ", ".join(f"{k} = ?" for k in values)
        conn.execute(
            f"UPDATE examples SET {assignments}, updated = ? WHERE num = ?",
            [*values.values(), example.updated or stamp, num],
        )
        conn.execute("DELETE FROM example_facets WHERE example_num = ?", [num])
    facets = (
        [("country", c) for c in example.countries]
        + [("region", r) for r in example.regions]
        + [("theme", t) for t in example.themes]
        + [("session", str(s)) for s in example.sessions]
    )
    conn.executemany(
        "INSERT OR IGNORE INTO example_facets (example_num, facet, value) VALUES (?, ?, ?)",
        [(num, facet, value) for facet, value in facets],
    )


_SELECT = (
    "SELECT e.id, e.kind, e.title, e.summary, e.place, e.data, e.year, e.source, e.source_ref, e.figure, "
    "e.picture, f.name, e.picture_alt, e.origin, e.created, e.updated FROM examples e "
    "LEFT JOIN files f ON f.sha256 = e.picture"
)


def _from_row(row: Sequence[Any]) -> Example:
    data = json.loads(row[5])
    picture, picture_name = row[10], row[11]
    return Example(
        id=row[0],
        kind=row[1],
        title=row[2],
        summary=row[3],
        place=row[4],
        countries=tuple(data.get("countries", [])),
        regions=tuple(data.get("regions", [])),
        themes=tuple(data.get("themes", [])),
        sessions=tuple(int(s) for s in data.get("sessions", [])),
        year=row[6],
        source=row[7],
        source_ref=row[8],
        figure=row[9],
        picture=picture,
        picture_file=(picture + Path(picture_name).suffix.lower()) if picture and picture_name else None,
        picture_alt=row[12],
        origin=row[13],
        created=row[14],
        updated=row[15],
    )


# --- reading ------------------------------------------------------------------------------------------
def get_example(store: Store, example_id: str) -> Example:
    ensure_seeded(store)
    row = store.db.execute(_SELECT + " WHERE e.id = ?", [example_id.strip()]).fetchone()
    if row is None:
        raise NotFoundError(f"There is no example '{example_id}'. Find one with `trainerkit example search WORDS`.")
    return _from_row(row)


def _store_picture(store: Store, picture: Path | None) -> str | None:
    if picture is None:
        return None
    from trainerkit.examples.pictures import import_picture

    return import_picture(store, picture)


def add_example(
    store: Store,
    *,
    title: str,
    summary: str,
    source: str,
    picture: Path | None = None,
    picture_alt: str = "",
    example_id: str | None = None,
    **fields: Any,
) -> Example:
    """Add a trainer's own example (``fields``: kind, countries, regions, themes, sessions, year, place,
    figure, source_ref: see ``clean_example``). The picture, if any, is checked and stored first."""
    ensure_seeded(store)
    example = clean_example(title=title, summary=summary, source=source, **fields)
    sha = _store_picture(store, picture)
    alt = _text(picture_alt, "picture description", ALT_MAX) or (example.title if sha else "")
    new_id = example_id if example_id and _free_own_id(store, example_id) else _new_id(store, example.title)
    example = replace(example, id=new_id, picture=sha, picture_alt=alt)
    _transaction(store, lambda conn: _write(conn, example))
    return get_example(store, new_id)


def _free_own_id(store: Store, example_id: str) -> bool:
    if not example_id.startswith(MY_PREFIX) or not ID_RE.match(example_id):
        return False
    return store.db.execute("SELECT 1 FROM examples WHERE id = ?", [example_id]).fetchone() is None


def _own(store: Store, example_id: str) -> Example:
    example = get_example(store, example_id)
    if not example.mine:
        raise InvalidInputError(
            f"'{example_id}' is a bundled entry and cannot be changed; "
            "add your own example instead (you can start from its text)."
        )
    return example


def edit_example(
    store: Store,
    example_id: str,
    *,
    picture: Path | None = None,
    remove_picture: bool = False,
    **changes: Any,
) -> Example:
    """Change some fields of a trainer's own example; fields not given keep their value."""
    current = _own(store, example_id)
    merged: dict[str, Any] = {
        "title": current.title,
        "summary": current.summary,
        "source": current.source,
        "kind": current.kind,
        "countries": current.countries,
        "regions": [r for r in current.regions if r not in {x for c in current.countries for x in regions_of(c)}],
        "themes": current.themes,
        "sessions": [str(s) for s in current.sessions],
        "year": current.year,
        "place": current.place,
        "figure": current.figure,
        "source_ref": current.source_ref,
    }
    alt = changes.pop("picture_alt", None)
    unknown = set(changes) - set(merged)
    if unknown:
        raise InvalidInputError(f"An example has no field {', '.join(sorted(unknown))}.")
    if "countries" in changes and "place" not in changes:
        merged["place"] = ""
    merged.update({k: v for k, v in changes.items() if v is not None})
    example = clean_example(**merged)
    sha = None if remove_picture else (_store_picture(store, picture) or current.picture)
    picture_alt = (
        "" if sha is None else _text(alt if alt is not None else current.picture_alt, "picture description", ALT_MAX)
    )
    example = replace(
        example,
        id=current.id,
        picture=sha,
        picture_alt=picture_alt or (example.title if sha else ""),
        created=current.created,
    )
    _transaction(store, lambda conn: _write(conn, example))
    return get_example(store, current.id)


def delete_example(store: Store, example_id: str) -> Example:
    """Delete a trainer's own example (slides already inserted from it keep their text)."""
    example = _own(store, example_id)
    store.db.execute("DELETE FROM examples WHERE id = ?", [example.id])
    return example


def write_examples(store: Store, examples: Iterable[Example]) -> None:
    """Insert or update complete examples in one transaction (used by bundle and spreadsheet import)."""
    items = list(examples)
    ensure_seeded(store)

    def run(conn: sqlite3.Connection) -> None:
        for example in items:
            _write(conn, example)

    _transaction(store, run)


def _transaction(store: Store, work: Any) -> None:
    conn = store.db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        work(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
