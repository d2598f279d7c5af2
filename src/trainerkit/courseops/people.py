"""The people of a course: who facilitates each session, and the participants list.

A facilitator is stored per session as one ``facilitator`` change; the participants list as one
``participants`` change holding the whole list (``store.kinds``), so every edit, an import included,
is one undo step. ``read_participants`` reads a list from a CSV or XLSX file (the first sheet), checking
it first: empty rows and repeated names are skipped and said, the encoding is found (UTF-8 with or
without BOM, UTF-16 with BOM, else Windows-1252, which is said), and a file that cannot be a list
(binary, corrupt, an old .xls, too big) is refused with one clear ``BadFileError`` line. Reading never
changes the course: a refused file loses nothing. Never imports Qt.
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainerkit.errors import BadFileError, InvalidInputError
from trainerkit.values import clean_text

#: The most participants a course holds (the profile's participant number allows the same).
MAX_PARTICIPANTS = 500
#: A participants file larger than this is refused before it is read (a list of 500 names is a few KB).
MAX_FILE_BYTES = 5 * 1024 * 1024
#: An XLSX may not expand to more than this (a zip bomb is refused from its directory).
MAX_XLSX_EXPANDED = 50 * 1024 * 1024

NAME_HEADERS = ("name", "full name", "participant", "participant name", "nom", "nombre", "nome", "الاسم", "имя")
FIRST_HEADERS = ("first name", "given name", "prénom", "prenom", "nombre de pila")
LAST_HEADERS = ("last name", "surname", "family name", "nom de famille", "apellido", "apellidos")
ORG_HEADERS = (
    "organisation",
    "organization",
    "institution",
    "agency",
    "org",
    "organisme",
    "organización",
    "organizacion",
    "المؤسسة",
    "الجهة",
)


@dataclass(frozen=True)
class Participant:
    name: str
    organisation: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "organisation": self.organisation}


@dataclass
class ParticipantsFile:
    """What ``read_participants`` found: the rows to add, and a line per row skipped or per guess made."""

    participants: list[Participant] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def name_key(name: str) -> str:
    """Two names are the same participant when they match ignoring case, accents' encoding and spaces."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def clean_participant(name: object, organisation: object = "") -> Participant:
    """A participant as typed: ``InvalidInputError`` for an empty name or one over 200 characters."""
    return Participant(
        clean_text(name, "participant's name", required=True),
        clean_text(organisation, "participant's organisation"),
    )


def participants_of(rows: list[dict[str, Any]]) -> list[Participant]:
    return [Participant(str(r.get("name", "")), str(r.get("organisation", ""))) for r in rows]


def merged(existing: list[Participant], new: list[Participant]) -> tuple[list[Participant], list[str]]:
    """``existing`` followed by each of ``new`` not already in it; the names left out, said."""
    seen = {name_key(p.name) for p in existing}
    out, notes = list(existing), []
    for person in new:
        key = name_key(person.name)
        if key in seen:
            notes.append(f"'{person.name}' is already on the list; not added again.")
            continue
        seen.add(key)
        out.append(person)
    if len(out) > MAX_PARTICIPANTS:
        raise InvalidInputError(f"A course holds at most {MAX_PARTICIPANTS} participants; this would make {len(out)}.")
    return out, notes


# ---- reading a file ---------------------------------------------------------------------------------------
def read_participants(path: Path) -> ParticipantsFile:
    """The participants in ``path`` (.csv, .txt, .xlsx or .xlsm): one per row, a name column (a header
    like "Name", "Nom", "الاسم", or first and last name columns; else the first column) and an optional
    organisation column. Raises ``BadFileError`` for a file that cannot be read as a list and
    ``InvalidInputError`` for one that holds no names."""
    if not path.is_file():
        raise BadFileError(f"There is no file {path}.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise BadFileError(
            f"{path.name} is {size // 1024} KB; a participants list is at most {MAX_FILE_BYTES // 1024} KB."
        )
    data = path.read_bytes()
    suffix = path.suffix.lower()
    result = ParticipantsFile()
    formulas: dict[int, str] = {}
    if suffix in (".xlsx", ".xlsm") or data[:4] == b"PK\x03\x04":
        table = _xlsx_rows(path, data, formulas)
    elif suffix == ".xls" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise BadFileError(
            f"{path.name} is an old Excel file (.xls); save it as .xlsx or CSV (File > Save as) and import that."
        )
    else:
        table = _csv_rows(path, data, result.notes)
    _rows_to_participants(path.name, table, result, formulas)
    if not result.participants:
        refused = [note for note in result.notes if note.startswith("Row ") and note.endswith(" Skipped.")]
        if refused:  # names were there but none could be taken: say why, not that the file has none
            more = f" (and {len(refused) - 1} more)" if len(refused) > 1 else ""
            first = refused[0].removesuffix(" Skipped.")
            raise InvalidInputError(f"{path.name}: no name could be imported. {first}{more}")
        raise InvalidInputError(f"{path.name} holds no participant names (one name per row, with a 'Name' header).")
    return result


def _csv_rows(path: Path, data: bytes, notes: list[str]) -> list[list[str]]:
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="strict")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BadFileError(f"{path.name} says it is UTF-16 text but is not ({exc.reason}).") from exc
    else:
        if b"\x00" in data:
            raise BadFileError(f"{path.name} is not a text (CSV) file; save the list as CSV or .xlsx.")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            notes.append(
                f"{path.name} is not UTF-8; it was read as Windows-1252 (Western European). "
                "Check accented names; save the file as 'CSV UTF-8' to be sure."
            )
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as exc:
        raise BadFileError(f"{path.name} is not a readable CSV file ({exc}).") from exc


def _xlsx_rows(path: Path, data: bytes, formulas: dict[int, str] | None = None) -> list[list[str]]:
    """The first sheet's rows as text (the results of formulas as last saved); ``formulas`` gets, by row
    number, a formula whose result the file does not hold (a workbook written by a script, never opened)."""
    refused = BadFileError(
        f"{path.name} is not a readable Excel workbook (damaged or not .xlsx); open it in a spreadsheet "
        "program and save it again as .xlsx or CSV."
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > 10_000 or sum(i.file_size for i in infos) > MAX_XLSX_EXPANDED:
                raise BadFileError(f"{path.name} expands to more than a participants list can hold; refused.")
    except zipfile.BadZipFile as exc:
        raise refused from exc
    try:
        import openpyxl
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise BadFileError("Reading .xlsx needs openpyxl; save the list as CSV instead.") from exc
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            rows: list[list[str]] = []
            for values in sheet.iter_rows(values_only=True):
                rows.append(["" if v is None else _cell_text(v) for v in values])
                if len(rows) > MAX_PARTICIPANTS * 4:
                    break
        finally:
            workbook.close()
        if formulas is not None and any("" in row for row in rows):
            try:  # only to say why a cell is empty: never a reason to refuse the file
                _unsaved_formulas(data, rows, formulas)
            except Exception:
                formulas.clear()
    except BadFileError:
        raise
    except Exception as exc:  # openpyxl raises many kinds (KeyError, ValueError, XML errors) for a bad file
        raise refused from exc
    return rows


def _unsaved_formulas(data: bytes, rows: list[list[str]], formulas: dict[int, str]) -> None:
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        for number, values in enumerate(workbook.worksheets[0].iter_rows(values_only=True), start=1):
            if number > len(rows):
                break
            for column, value in enumerate(values):
                shown = rows[number - 1]
                if isinstance(value, str) and value.startswith("=") and column < len(shown) and not shown[column]:
                    formulas.setdefault(number, value)
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _header_index(cells: list[str], names: tuple[str, ...]) -> int | None:
    for index, cell in enumerate(cells):
        if cell.strip().casefold().rstrip(":") in names:
            return index
    return None


def _rows_to_participants(
    file_name: str, table: list[list[str]], result: ParticipantsFile, formulas: dict[int, str] | None = None
) -> None:
    header = [c.strip() for c in table[0]] if table else []
    name_col = _header_index(header, NAME_HEADERS)
    first_col = _header_index(header, FIRST_HEADERS)
    last_col = _header_index(header, LAST_HEADERS)
    org_col = _header_index(header, ORG_HEADERS)
    has_header = any(c is not None for c in (name_col, first_col, last_col, org_col))
    if not has_header:
        name_col, org_col = 0, 1 if any(len(r) > 1 and r[1].strip() for r in table) else None
    body = table[1:] if has_header else table
    first_row = 2 if has_header else 1
    seen: dict[str, int] = {}
    empty = 0
    for number, row in enumerate(body, start=first_row):

        def cell(index: int | None, row: list[str] = row) -> str:
            return row[index] if index is not None and index < len(row) else ""

        raw = cell(name_col) if name_col is not None else f"{cell(first_col)} {cell(last_col)}"
        if not raw.strip() and formulas and number in formulas:
            result.notes.append(
                f"Row {number}: {formulas[number][:60]} is a formula whose result the file does not hold; open "
                "the file in a spreadsheet program and save it again (or save it as CSV). Skipped."
            )
            continue
        if not raw.strip():
            if any(c.strip() for c in row):
                result.notes.append(f"Row {number} has no name; skipped.")
            else:
                empty += 1
            continue
        try:
            person = clean_participant(raw, cell(org_col))
        except InvalidInputError as exc:
            result.notes.append(f"Row {number}: {exc} Skipped.")
            continue
        key = name_key(person.name)
        if key in seen:
            result.notes.append(f"Row {number} repeats '{person.name}' (row {seen[key]}); skipped.")
            continue
        seen[key] = number
        result.participants.append(person)
        if len(result.participants) > MAX_PARTICIPANTS:
            raise InvalidInputError(f"{file_name} holds more than {MAX_PARTICIPANTS} participants.")
    if empty:
        result.notes.append(f"{empty} empty row{'s' if empty != 1 else ''} skipped.")
