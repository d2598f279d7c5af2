"""The examples library in the store: bundled facts and examples, a trainer's own, search and filters.

The bundled entries live in ``resources/examples/*.yaml`` (readable, reviewed, each with its source) and are
copied into the store the first time the library is used, and again whenever those files change; a
trainer's own examples (ids ``my-...``) are never touched by that. Search is SQLite FTS5 over title, summary,
place, keywords and source; filters (country, region, theme, session, kind, mine) are indexed lookups in
``example_facets``.

Every public function takes the ``Store`` and seeds it if needed, so callers never think about seeding.
Never imports Qt.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from trainerkit.countries import find_country, find_region, regions_of
from trainerkit.errors import CourseDataError, InvalidInputError, NotFoundError
from trainerkit.paths import resources_dir
from trainerkit.store.courses import now
from trainerkit.store.db import Store

KINDS = ("example", "fact")
#: Themes of the bundled catalogue, with labels for pickers. A trainer may use others (lower-case words).
THEMES: dict[str, str] = {
    "advocacy": "Advocacy and awareness",
    "borders": "Borders",
    "children": "Children",
    "courts": "Courts and justice",
    "data": "Data and statistics",
    "detention": "Detention",
    "education": "Education",
    "health": "Health",
    "housing": "Housing",
    "labour": "Labour and decent work",
    "legislation": "Law and policy",
    "nhri": "National human rights institutions",
    "regional-mechanisms": "Regional mechanisms",
    "return": "Return and readmission",
    "smuggling": "Smuggling of migrants",
    "trafficking": "Trafficking in persons",
    "un-mechanisms": "UN human rights mechanisms",
    "women": "Women and gender",
    "xenophobia": "Xenophobia and discrimination",
    "other": "Other",
}
MY_PREFIX = "my-"
SETTING_VERSION = "examples.bundled_version"
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
THEME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TITLE_MAX, SUMMARY_MAX, SOURCE_MAX, YEAR_MAX, ALT_MAX = 120, 1500, 300, 20, 250
SESSIONS = range(1, 8)


@dataclass(frozen=True)
class Example:
    """One fact or example. ``picture`` is the SHA-256 of a stored file (``trainerkit.store.files``) and
    ``picture_file`` its file name in the data dir's ``files/`` folder."""

    id: str
    kind: str
    title: str
    summary: str
    place: str = ""
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    sessions: tuple[int, ...] = ()
    year: str = ""
    source: str = ""
    source_ref: str = ""
    figure: str = ""
    picture: str | None = None
    picture_file: str | None = None
    picture_alt: str = ""
    origin: str = "bundled"
    created: str = ""
    updated: str = ""

    @property
    def mine(self) -> bool:
        return self.origin == "trainer"

    @property
    def place_label(self) -> str:
        """The place with country names instead of ISO codes: 'Global (Switzerland, United States)'."""

        def name(match: re.Match[str]) -> str:
            try:
                return find_country(match.group(0)).name if match.group(0) in self.countries else match.group(0)
            except InvalidInputError:
                return match.group(0)

        return re.sub(r"\b[A-Z]{2}\b", name, self.place)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("countries", "regions", "themes", "sessions"):
            data[key] = list(data[key])
        return data


@dataclass(frozen=True)
class Filters:
    """What a list or search is narrowed to; empty means no filter."""

    country: str | None = None
    region: str | None = None
    theme: str | None = None
    session: int | None = None
    kind: str | None = None
    mine: bool | None = None
    extra: dict[str, str] = field(default_factory=dict)


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


def _where(filters: Filters) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []

    def facet(name: str, value: str) -> None:
        clauses.append("e.num IN (SELECT example_num FROM example_facets WHERE facet = ? AND value = ?)")
        params.extend([name, value])

    if filters.country:
        facet("country", find_country(filters.country).code)
    if filters.region:
        facet("region", find_region(filters.region))
    if filters.theme:
        facet("theme", filters.theme.strip().lower())
    if filters.session is not None:
        facet("session", str(int(filters.session)))
    if filters.kind:
        if filters.kind not in KINDS:
            raise InvalidInputError(f"'{filters.kind}' is not a kind of entry: use example or fact.")
        clauses.append("e.kind = ?")
        params.append(filters.kind)
    if filters.mine is not None:
        clauses.append("e.origin = ?")
        params.append("trainer" if filters.mine else "bundled")
    return clauses, params


def list_examples(store: Store, filters: Filters | None = None) -> list[Example]:
    """Entries matching ``filters``: facts first, then examples, each by title; a trainer's own first."""
    ensure_seeded(store)
    clauses, params = _where(filters or Filters())
    sql = _SELECT + (" WHERE " + " AND ".join(clauses) if clauses else "")
    sql += " ORDER BY e.origin = 'bundled', e.kind = 'example', e.num"
    return [_from_row(r) for r in store.db.execute(sql, params)]


def fts_query(text: str) -> str:
    """A trainer's words -> a safe FTS5 query: every word must match (as a prefix), quotes kept literal."""
    words = re.findall(r"[\w'’-]+", text, flags=re.UNICODE)
    terms = []
    for word in words:
        word = word.strip("'’-")
        if word and word.upper() not in ("AND", "OR", "NOT", "NEAR"):
            terms.append('"' + word.replace('"', '""') + '"*')
    return " ".join(terms)


def search_examples(store: Store, text: str, filters: Filters | None = None, limit: int = 200) -> list[Example]:
    """Entries whose text matches every word of ``text`` (best first), narrowed by ``filters``."""
    ensure_seeded(store)
    query = fts_query(text)
    if not query:
        return list_examples(store, filters)[:limit]
    clauses, params = _where(filters or Filters())
    sql = (
        _SELECT
        + " JOIN examples_fts ON examples_fts.rowid = e.num WHERE examples_fts MATCH ?"
        + "".join(" AND " + c for c in clauses)
        + " ORDER BY bm25(examples_fts, 10.0, 3.0, 4.0, 4.0, 1.0), e.num LIMIT ?"
    )
    try:
        rows = store.db.execute(sql, [query, *params, limit]).fetchall()
    except sqlite3.OperationalError as exc:
        raise InvalidInputError(f"Cannot search for '{text}': {exc}.") from exc
    return [_from_row(r) for r in rows]


def counts(store: Store) -> dict[str, int]:
    """How many entries of each kind and origin the library holds (for `trainerkit info` and the app)."""
    ensure_seeded(store)
    result = {"examples": 0, "facts": 0, "mine": 0}
    for kind, origin, number in store.db.execute("SELECT kind, origin, COUNT(*) FROM examples GROUP BY kind, origin"):
        result["facts" if kind == "fact" else "examples"] += number
        if origin == "trainer":
            result["mine"] += number
    return result


def facet_values(store: Store, facet: str) -> list[str]:
    """The values in use for a filter (country codes, regions, themes, sessions), for a picker."""
    ensure_seeded(store)
    rows = store.db.execute(
        "SELECT DISTINCT value FROM example_facets WHERE facet = ? ORDER BY value", [facet]
    ).fetchall()
    values = [r[0] for r in rows]
    return sorted(values, key=int) if facet == "session" else values


# --- a trainer's own examples -------------------------------------------------------------------------
def _slug(text: str) -> str:
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return "-".join(slug.split("-")[:6])[:40].strip("-") or "example"


def _new_id(store: Store, title: str) -> str:
    base = MY_PREFIX + _slug(title)
    candidate, n = base, 2
    while store.db.execute("SELECT 1 FROM examples WHERE id = ?", [candidate]).fetchone():
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _text(value: Any, name: str, limit: int, *, required: bool = False) -> str:
    from trainerkit.values import clean_text

    text = clean_text(value, name, multiline=name == "text", limit=limit)
    if required and not text:
        raise InvalidInputError(f"An example needs a {name}.")
    return text


def _split(value: str | Iterable[Any] | None) -> list[str]:
    if value is None:
        return []
    items = re.split(r"[;,]", value) if isinstance(value, str) else [str(v) for v in value]
    return [i.strip() for i in items if str(i).strip()]


def clean_example(
    *,
    title: Any,
    summary: Any,
    source: Any,
    kind: str = "example",
    countries: str | Iterable[Any] | None = None,
    regions: str | Iterable[Any] | None = None,
    themes: str | Iterable[Any] | None = None,
    sessions: str | Iterable[Any] | None = None,
    year: Any = "",
    place: Any = "",
    figure: Any = "",
    source_ref: Any = "",
) -> Example:
    """Check a trainer's values and return them as an (id-less) ``Example``; raises a clear error."""
    if kind not in KINDS:
        raise InvalidInputError(f"'{kind}' is not a kind of entry: use example or fact.")
    codes: list[str] = []
    for item in _split(countries):
        code = find_country(item).code
        if code not in codes:
            codes.append(code)
    region_names: list[str] = []
    for item in _split(regions):
        region_names.append(find_region(item))
    for code in codes:
        region_names += regions_of(code)
    theme_ids: list[str] = []
    for item in _split(themes):
        theme = item.lower().replace(" ", "-")
        if not THEME_RE.match(theme):
            raise InvalidInputError(f"'{item}' cannot be a theme: use lower-case words joined by dashes.")
        if theme not in theme_ids:
            theme_ids.append(theme)
    session_numbers: list[int] = []
    for item in _split(sessions):
        if not item.isdigit() or int(item) not in SESSIONS:
            raise InvalidInputError(f"'{item}' is not a session: the course has sessions 1-7.")
        if int(item) not in session_numbers:
            session_numbers.append(int(item))
    place_text = _text(place, "place", 120)
    if not place_text:
        names = [find_country(c).name for c in codes] or list(dict.fromkeys(region_names))[:1]
        place_text = ", ".join(names)
    return Example(
        id="",
        kind=kind,
        title=_text(title, "title", TITLE_MAX, required=True),
        summary=_text(summary, "text", SUMMARY_MAX, required=True),
        place=place_text,
        countries=tuple(codes),
        regions=tuple(dict.fromkeys(region_names)),
        themes=tuple(theme_ids),
        sessions=tuple(sorted(session_numbers)),
        year=_text(year, "date", YEAR_MAX),
        source=_text(source, "source (where this comes from)", SOURCE_MAX, required=True),
        source_ref=_text(source_ref, "source reference", SOURCE_MAX),
        figure=_text(figure, "figure", 60),
        origin="trainer",
    )


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


# --- suggestions for the session overview -------------------------------------------------------------
@dataclass(frozen=True)
class Suggestion:
    example: Example
    score: float
    reason: str


def session_themes(store: Store, session: int, top: int = 4) -> list[str]:
    """The themes most used by the entries filed under ``session``: what the session is about."""
    ensure_seeded(store)
    rows = store.db.execute(
        "SELECT t.value, COUNT(*) AS n FROM example_facets s JOIN example_facets t "
        "ON t.example_num = s.example_num AND t.facet = 'theme' "
        "WHERE s.facet = 'session' AND s.value = ? AND t.value != 'other' GROUP BY t.value ORDER BY n DESC, t.value",
        [str(session)],
    ).fetchall()
    return [r[0] for r in rows[:top]]


def _profile_of(course_state_or_profile: Any) -> dict[str, str]:
    profile = getattr(course_state_or_profile, "profile", course_state_or_profile)
    return dict(profile or {})


def suggest_examples(store: Store, course_state_or_profile: Any, session: int, *, limit: int = 6) -> list[Suggestion]:
    """Entries for the session overview: filed under ``session``, best first by place (the course's
    country, then its sub-region, region, then global entries), then by the session's themes; a
    trainer's own entries before bundled ones on a tie. ``course_state_or_profile`` is a
    ``trainerkit.recipe.CourseState`` or a profile dict (keys ``country_code``/``country``, ``region``)."""
    profile = _profile_of(course_state_or_profile)
    code = ""
    for key in ("country_code", "country"):
        if profile.get(key):
            try:
                code = find_country(profile[key]).code
                break
            except InvalidInputError:
                continue
    wanted_regions = regions_of(code) if code else []
    if profile.get("region"):
        try:
            wanted_regions.append(find_region(profile["region"]))
        except InvalidInputError:
            pass
    themes = set(session_themes(store, session))
    suggestions: list[Suggestion] = []
    for example in list_examples(store, Filters(session=session)):
        score, reason = 0.0, ""
        if code and code in example.countries:
            score, reason = 10.0, f"about {find_country(code).name}"
        else:
            shared = [r for r in wanted_regions if r in example.regions]
            if shared:
                narrowest = shared[-1] if len(shared) > 1 else shared[0]
                score = 6.0 if narrowest not in ("Africa", "Americas", "Asia", "Europe", "Oceania") else 4.0
                reason = f"from {narrowest}"
            elif "Global" in example.regions:
                score, reason = 2.0, "global"
        overlap = themes.intersection(example.themes)
        score += 0.5 * len(overlap)
        if overlap and not reason:
            reason = "on " + ", ".join(sorted(overlap))
        if example.mine:
            score += 0.25
        suggestions.append(Suggestion(example, score, reason or f"for session {session}"))
    suggestions.sort(key=lambda s: (-s.score, s.example.kind != "example", s.example.title))
    return suggestions[:limit]
