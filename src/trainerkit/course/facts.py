"""Country facts: which core UN human rights treaties a State has ratified, for the course's country.

Source: ``resources/facts/treaty-ratifications-2022.csv``, compiled from the UN Treaty Collection
(treaties.un.org, chapter IV) by the World Politics Datalab's public repository
"humanrights-treaties-ratification-status", **status as of June 2022**: 18 instruments (the nine core
treaties and their optional protocols) for 193 UN member States, one row per State and instrument
(``iso2, state, instrument, status, year, note``). It does not cover ILO conventions (C97, C143, C189) or
the refugee and statelessness conventions. Refresh it with ``python -m trainerkit.build.facts CSV``.

Everything shown from it carries :data:`STATUS_NOTE`. The trainer can correct any entry for their
country (a treaty ratified since June 2022): a ``fact`` change in the course's log
(payload ``{"instrument": "ICMW", "status": "ratified", "year": 2004}``; an empty status drops the
correction), undoable like any change. Never imports Qt.
"""

from __future__ import annotations

import csv
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from trainerkit.errors import InvalidInputError, NotFoundError
from trainerkit.paths import resources_dir

DATA_FILE = "treaty-ratifications-2022.csv"
AS_OF = "June 2022"
SOURCE = "UN Treaty Collection (treaties.un.org, chapter IV), compiled by the World Politics Datalab"
#: The line every printed use of these facts carries.
STATUS_NOTE = "Status as of June 2022 (UN Treaty Collection); check for later changes"

#: Instrument code -> (short name, full name); core treaties first, then the optional protocols.
INSTRUMENTS: dict[str, tuple[str, str]] = {
    "ICERD": ("ICERD", "International Convention on the Elimination of All Forms of Racial Discrimination"),
    "ICCPR": ("ICCPR", "International Covenant on Civil and Political Rights"),
    "ICESCR": ("ICESCR", "International Covenant on Economic, Social and Cultural Rights"),
    "CEDAW": ("CEDAW", "Convention on the Elimination of All Forms of Discrimination against Women"),
    "CAT": ("CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"),
    "CRC": ("CRC", "Convention on the Rights of the Child"),
    "ICMW": (
        "ICMW",
        "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
    ),
    "CRPD": ("CRPD", "Convention on the Rights of Persons with Disabilities"),
    "CPED": ("CPED", "International Convention for the Protection of All Persons from Enforced Disappearance"),
    "ICCPR-OP1": ("ICCPR-OP1", "Optional Protocol to the ICCPR (individual complaints)"),
    "ICCPR-OP2": ("ICCPR-OP2", "Second Optional Protocol to the ICCPR (abolition of the death penalty)"),
    "OP-ICESCR": ("OP-ICESCR", "Optional Protocol to the ICESCR (individual complaints)"),
    "OP-CEDAW": ("OP-CEDAW", "Optional Protocol to CEDAW (individual complaints)"),
    "OP-CAT": ("OP-CAT", "Optional Protocol to the CAT (prevention visits)"),
    "OP-CRC-AC": ("OP-CRC-AC", "Optional Protocol to the CRC on children in armed conflict"),
    "OP-CRC-SC": ("OP-CRC-SC", "Optional Protocol to the CRC on the sale of children"),
    "OP-CRC-IC": ("OP-CRC-IC", "Optional Protocol to the CRC on a communications procedure (complaints)"),
    "OP-CRPD": ("OP-CRPD", "Optional Protocol to the CRPD (individual complaints)"),
}
CORE = ("ICERD", "ICCPR", "ICESCR", "CEDAW", "CAT", "CRC", "ICMW", "CRPD", "CPED")
#: Optional protocols that open an individual complaints procedure, by the treaty they belong to.
COMPLAINT_PROTOCOLS = {
    "ICCPR": "ICCPR-OP1",
    "ICESCR": "OP-ICESCR",
    "CEDAW": "OP-CEDAW",
    "CRC": "OP-CRC-IC",
    "CRPD": "OP-CRPD",
}

PARTY, SIGNED, NONE, UNKNOWN = "party", "signed", "no action", "not in the data"
_DATA_STATUS = {"state party": PARTY, "signatory state": SIGNED, "no action": NONE}
#: Words a trainer may give for a correction -> (status, how it became party).
_CORRECTION_WORDS = {
    "ratified": (PARTY, "ratified"),
    "acceded": (PARTY, "acceded"),
    "accession": (PARTY, "acceded"),
    "succession": (PARTY, "succession"),
    "party": (PARTY, "ratified or acceded"),
    "state party": (PARTY, "ratified or acceded"),
    "signed": (SIGNED, ""),
    "signed only": (SIGNED, ""),
    "signatory": (SIGNED, ""),
    "no action": (NONE, ""),
    "none": (NONE, ""),
    "not ratified": (NONE, ""),
}
STATUS_WORDS = ("ratified", "acceded", "succession", "signed", "no action")


@dataclass(frozen=True)
class TreatyStatus:
    """One instrument for one State: ``status`` is ``party``, ``signed``, ``no action`` or ``not in the
    data`` (the source has no row, e.g. Gabon's OP-CRC-IC); ``how`` says
    how it became party ("ratified or acceded" in the data, the trainer's word when corrected);
    ``year`` is the year of ratification or accession (None unless party or unknown)."""

    instrument: str
    name: str
    status: str
    how: str
    year: int | None
    corrected: bool = False
    note: str = ""

    @property
    def label(self) -> str:
        """Status in words: "Ratified or acceded (1974)", "Signed only", "No action"."""
        return self.label_in("en")

    def label_in(self, lang: str) -> str:
        """:attr:`label` in language ``lang`` (``trainerkit.messages``): "Ratifié ou adhésion (1974)"."""
        from trainerkit.messages import _

        if self.status == PARTY:
            how = _(self.how.capitalize(), lang)
            return how + (f" ({self.year})" if self.year else "")
        if self.status == UNKNOWN:
            return _("Not in the data (check)", lang)
        return _("Signed only", lang) if self.status == SIGNED else _("No action", lang)

    @property
    def short(self) -> str:
        """The code and year for a party ("ICERD 1974"), the code alone otherwise."""
        return f"{self.instrument} {self.year}" if self.status == PARTY and self.year else self.instrument

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["label"] = self.label
        return data


@dataclass(frozen=True)
class CountryFacts:
    code: str
    state: str
    treaties: tuple[TreatyStatus, ...]

    def get(self, instrument: str) -> TreatyStatus:
        return next(t for t in self.treaties if t.instrument == instrument)

    def core(self, status: str) -> list[TreatyStatus]:
        return [t for t in self.treaties if t.instrument in CORE and t.status == status]

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "state": self.state,
            "as_of": AS_OF,
            "source": SOURCE,
            "note": STATUS_NOTE,
            "treaties": [t.as_dict() for t in self.treaties],
        }


def data_path() -> Path:
    return resources_dir() / "facts" / DATA_FILE


@lru_cache(maxsize=1)
def _rows() -> dict[str, dict[str, dict[str, str]]]:
    """iso2 -> instrument -> row of the bundled CSV."""
    table: dict[str, dict[str, dict[str, str]]] = {}
    with data_path().open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            table.setdefault(row["iso2"].strip().upper(), {})[row["instrument"].strip()] = row
    return table


def parties_count(instrument: str) -> int:
    """How many States were party to ``instrument`` in the data (June 2022)."""
    return sum(1 for rows in _rows().values() if _DATA_STATUS.get(rows.get(instrument, {}).get("status", "")) == PARTY)


def has_facts(code: str | None) -> bool:
    """Whether the data covers the State ``code`` (a stray row or two, like Montserrat's, does not count)."""
    return bool(code) and len(_rows().get(str(code).upper(), {})) > len(INSTRUMENTS) // 2


def country_facts(code: str, corrections: dict[str, dict[str, Any]] | None = None) -> CountryFacts:
    """The 18 instruments for the State with ISO 3166-1 alpha-2 ``code``, the trainer's ``corrections``
    (instrument -> ``{"status", "year"}``) applied. ``NotFoundError`` if the data has no such State."""
    rows = _rows().get(code.upper())
    if not rows:
        raise NotFoundError(f"The treaty data ({AS_OF}) has no State with the code '{code}'.")
    state = next(iter(rows.values()))["state"]
    treaties = []
    for instrument, (_short, name) in INSTRUMENTS.items():
        row = rows.get(instrument, {})
        status = _DATA_STATUS.get(row.get("status", "").strip(), UNKNOWN)
        year_text = row.get("year", "").strip()
        entry = TreatyStatus(
            instrument,
            name,
            status,
            "ratified or acceded" if status == PARTY else "",
            int(year_text) if year_text.isdigit() and status == PARTY else None,
            note=row.get("note", "").strip(),
        )
        fix = (corrections or {}).get(instrument)
        if fix and fix.get("status"):
            status, how = _CORRECTION_WORDS[str(fix["status"])]
            year = fix.get("year")
            entry = TreatyStatus(
                instrument, name, status, how, int(year) if year and status == PARTY else None, corrected=True
            )
        treaties.append(entry)
    return CountryFacts(code.upper(), state, tuple(treaties))


def course_country_code(profile: dict[str, str]) -> str | None:
    """The course's country as an ISO code: the profile's ``country_code``, else its ``country`` name."""
    code = profile.get("country_code", "").strip().upper()
    if code:
        return code
    name = profile.get("country", "").strip()
    if not name:
        return None
    from trainerkit.countries import find_country

    try:
        return find_country(name).code
    except Exception:  # a free-text country the ISO list does not know: no facts
        return None


def facts_for_profile(profile: dict[str, str], corrections: dict[str, dict[str, Any]]) -> CountryFacts | None:
    """The course country's facts, or None when the profile names no State the data covers."""
    code = course_country_code(profile)
    return country_facts(code, corrections) if code and has_facts(code) else None


_CORRECTION_RE = re.compile(r"^\s*([A-Za-z-]+[A-Za-z0-9-]*)\s*=\s*([^:]*?)\s*(?::\s*(\d{4}))?\s*$")


def parse_correction(text: str) -> dict[str, Any]:
    """``"ICMW=ratified:2004"`` -> ``{"instrument": "ICMW", "status": "ratified", "year": 2004}``.

    Status words: ratified, acceded, succession (party; a year is expected), signed, no action; an empty
    status (``"ICMW="``) takes the correction back to the data. ``InvalidInputError`` on anything else."""
    match = _CORRECTION_RE.match(text)
    if not match:
        raise InvalidInputError(f"'{text}' is not INSTRUMENT=STATUS[:YEAR] (e.g. ICMW=ratified:2004).")
    instrument = match.group(1).upper()
    if instrument not in INSTRUMENTS:
        raise InvalidInputError(f"'{match.group(1)}' is not an instrument (instruments: {', '.join(INSTRUMENTS)}).")
    word = match.group(2).strip().lower()
    if word and word not in _CORRECTION_WORDS:
        raise InvalidInputError(f"'{match.group(2)}' is not a status (use one of: {', '.join(STATUS_WORDS)}).")
    year = int(match.group(3)) if match.group(3) else None
    if year is not None and (word == "" or _CORRECTION_WORDS[word][0] != PARTY):
        raise InvalidInputError("Only a ratification, accession or succession has a year.")
    if year is not None and not 1945 <= year <= 2100:
        raise InvalidInputError(f"{year} is not a plausible year.")
    status = ""
    if word:
        kind, how = _CORRECTION_WORDS[word]
        status = (how if how in ("acceded", "succession") else "ratified") if kind == PARTY else kind
    return {"instrument": instrument, "status": status, "year": year}


# --- what the slides and the handout print -------------------------------------------------------------


def _join(items: list[str], lang: str = "en") -> str:
    from trainerkit.messages import _

    return ", ".join(items) if items else _("none", lang)


def status_note(lang: str = "en") -> str:
    """:data:`STATUS_NOTE` in language ``lang``."""
    from trainerkit.messages import _

    return _(STATUS_NOTE, lang)


def slide_replacements(facts: CountryFacts, lang: str = "en") -> dict[str, dict[str, str]]:
    """Slide key -> {placeholder text on the bundled slide: text filled from ``facts``}, the filled
    text in language ``lang`` (``trainerkit.messages``; English by default)."""
    from trainerkit.messages import _

    complaints = [facts.get(p) for p in COMPLAINT_PROTOCOLS.values()]
    accepted = [t.short for t in complaints if t.status == PARTY]
    icmw = facts.get("ICMW")
    also = _("Also check: 1951 Refugee Convention, statelessness conventions, ILO C97, C143, C189", lang)
    return {
        "s3-ratified-country": {
            "Ratified: [TRAINER: add treaties and years]": _("Ratified or acceded: {treaties}", lang).format(
                treaties=_join([t.short for t in facts.core(PARTY)], lang)
            ),
            "Signed but not ratified: [TRAINER: add]": _("Signed only: {treaties}", lang).format(
                treaties=_join([t.short for t in facts.core(SIGNED)], lang)
            ),
            "Not ratified: [TRAINER: add]": _("No action: {treaties}", lang).format(
                treaties=_join([t.short for t in facts.core(NONE)], lang)
            )
            + "".join(
                _("; {treaty}: not in the data (check)", lang).format(treaty=t.instrument) for t in facts.core(UNKNOWN)
            ),
            "Complaint procedures accepted: [TRAINER: add]": _(
                "Complaints by optional protocol: {protocols}", lang
            ).format(protocols=_join(accepted, lang))
            + " "
            + _("(check declarations under ICERD art. 14, CAT art. 22, ICMW art. 77, CPED art. 31)", lang),
            "Also check: 1951 Refugee Convention, statelessness conventions, ILO C97, C143, C189": (
                f"{status_note(lang)}. {also}"
            ),
        },
        "s4-ratification-status": {
            "[TRAINER: current number and date]": _("{count} ({date}, UN Treaty Collection)", lang).format(
                count=parties_count("ICMW"), date=_(AS_OF, lang)
            ),
            "[TRAINER: ratified / signed / not]": f"{icmw.label_in(lang)}. {status_note(lang)}",
        },
    }


#: Handout table rows (by the abbreviation in the treaty's name) -> instrument code.
HANDOUT_ROWS = {
    "(ICERD)": "ICERD",
    "(ICCPR)": "ICCPR",
    "(ICESCR)": "ICESCR",
    "(CEDAW)": "CEDAW",
    "(CAT)": "CAT",
    "(CRC)": "CRC",
    "(CMW)": "ICMW",
    "(CRPD)": "CRPD",
    "(CED)": "CPED",
}


def handout_cells(facts: CountryFacts, treaty_cell: str, lang: str = "en") -> tuple[str, str] | None:
    """For a row of the ratified-treaties handout (its first cell's text): (status and year,
    complaints accepted) — the second empty where the data cannot tell (declarations); in ``lang``."""
    from trainerkit.messages import _

    instrument = next((code for mark, code in HANDOUT_ROWS.items() if mark in treaty_cell), None)
    if instrument is None:
        return None
    entry = facts.get(instrument)
    protocol = COMPLAINT_PROTOCOLS.get(instrument)
    complaints = ""
    if protocol:
        op = facts.get(protocol)
        if op.status == PARTY:
            complaints = _("Yes ({protocol})", lang).format(protocol=op.short)
        else:
            complaints = _("No ({protocol}: {status})", lang).format(
                protocol=protocol, status=op.label_in(lang).lower()
            )
    return entry.label_in(lang), complaints
