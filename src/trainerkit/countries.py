"""Countries and regions for pickers and filters, and the blank country profile a trainer fills.

Country names and codes come from ISO 3166-1 (pycountry). Regions are the UN Statistics Division's
standard geographic regions and sub-regions (M49), plus two groupings the course material uses
("European Union", "Global"). That is a classification for finding examples, not a statement about a
country. The only country facts TrainerKit ships are the treaty ratifications of
``trainerkit.course.facts`` (UN Treaty Collection, June 2022). The country profile is a set of *blank* fields a
trainer fills from their own sources (``PROFILE_FIELDS``); nothing here fills them.

This module must never import Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pycountry

from trainerkit.errors import InvalidInputError

#: UN M49 region -> sub-region -> ISO 3166-1 alpha-2 codes.
M49: dict[str, dict[str, str]] = {
    "Africa": {
        "Northern Africa": "DZ EG LY MA SD TN EH",
        "Eastern Africa": "IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW",
        "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
        "Southern Africa": "BW SZ LS NA ZA",
        "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
    },
    "Americas": {
        "Caribbean": "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",
        "Central America": "BZ CR SV GT HN MX NI PA",
        "South America": "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE",
        "Northern America": "BM CA GL PM US",
    },
    "Asia": {
        "Central Asia": "KZ KG TJ TM UZ",
        "Eastern Asia": "CN HK MO KP JP MN KR TW",
        "South-eastern Asia": "BN KH ID LA MY MM PH SG TH TL VN",
        "Southern Asia": "AF BD BT IN IR MV NP PK LK",
        "Western Asia": "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",
    },
    "Europe": {
        "Eastern Europe": "BY BG CZ HU PL MD RO RU SK UA",
        "Northern Europe": "AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB",
        "Southern Europe": "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES",
        "Western Europe": "AT BE FR DE LI LU MC NL CH",
    },
    "Oceania": {
        "Australia and New Zealand": "AU CX CC HM NZ NF",
        "Melanesia": "FJ NC PG SB VU",
        "Micronesia": "GU KI MH FM NR MP PW UM",
        "Polynesia": "AS CK PF NU PN WS TK TO TV WF",
    },
}
#: Member States of the European Union (a grouping the examples use).
EUROPEAN_UNION = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
GLOBAL = "Global"
GROUPINGS = ("European Union", GLOBAL)

#: The fields of a country profile, each with its label and what to put in it. All start empty: the
#: trainer fills them from national sources; TrainerKit never suggests a value.
PROFILE_FIELDS: dict[str, tuple[str, str]] = {
    "migration_context": ("Migration in the country", "Main flows and groups of migrants, with your source."),
    "treaties": ("Treaties ratified", "Core human rights treaties and the ICRMW, with dates of ratification."),
    "national_law": ("National law and policy", "Migration, asylum, anti-trafficking and labour laws in force."),
    "recommendations": ("UN recommendations", "Recent treaty body, special procedure and UPR recommendations."),
    "institutions": ("Institutions", "Migration authority, national human rights institution, ombudsperson."),
    "civil_society": ("Civil society", "NGOs, unions and migrants' associations working on migrants' rights."),
    "local_examples": ("Local examples", "Cases and practices participants will recognise, with your source."),
    "sources": ("Sources", "Where the facts in this profile come from, with dates."),
}


@dataclass(frozen=True)
class Country:
    """One ISO 3166-1 country for a picker: code, the name people use, and its M49 region."""

    code: str
    name: str
    official_name: str
    region: str
    subregion: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


@lru_cache(maxsize=1)
def _subregion_of() -> dict[str, tuple[str, str]]:
    result: dict[str, tuple[str, str]] = {}
    for region, subregions in M49.items():
        for subregion, codes in subregions.items():
            for code in codes.split():
                result[code] = (region, subregion)
    return result


def _common_name(record: object) -> str:
    return str(getattr(record, "common_name", None) or record.name)  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every ISO 3166-1 country, sorted by name (for a picker)."""
    where = _subregion_of()
    items = []
    for record in pycountry.countries:
        code = record.alpha_2
        region, subregion = where.get(code, ("", ""))
        items.append(
            Country(
                code=code,
                name=_common_name(record),
                official_name=str(getattr(record, "official_name", None) or record.name),
                region=region,
                subregion=subregion,
            )
        )
    return tuple(sorted(items, key=lambda c: c.name.casefold()))


def regions() -> list[str]:
    """Region names for a picker: the five M49 regions, their sub-regions, then the groupings."""
    names: list[str] = []
    for region, subregions in M49.items():
        names.append(region)
        names.extend(subregions)
    names.extend(GROUPINGS)
    return names


def find_country(text: str) -> Country:
    """An ISO 3166 code (alpha-2 or alpha-3) or name -> the country; a clear error for anything else."""
    value = text.strip()
    try:
        record = pycountry.countries.lookup(value) if value else None
    except LookupError:
        record = None
    if record is None:
        raise InvalidInputError(f"'{text}' is not a country code or name known to ISO 3166 (e.g. KE, Kenya).")
    code = record.alpha_2
    return next(c for c in countries() if c.code == code)


def country_from_code(code: str) -> tuple[str, str]:
    """ISO 3166 code or name -> (alpha-2 code, common name); ``InvalidInputError`` for anything else."""
    country = find_country(code)
    return country.code, country.name


def is_country_code(text: str) -> bool:
    return len(text) == 2 and text.isupper() and pycountry.countries.get(alpha_2=text) is not None


def find_region(text: str) -> str:
    """A region name as typed (any case) -> the region's name as listed; a clear error otherwise."""
    wanted = text.strip().casefold()
    for name in regions():
        if name.casefold() == wanted:
            return name
    aliases = {"eu": "European Union", "world": GLOBAL}
    if wanted in aliases:
        return aliases[wanted]
    raise InvalidInputError(f"'{text}' is not a region TrainerKit knows. Regions: {', '.join(regions())}.")


def regions_of(code: str) -> list[str]:
    """The regions a country belongs to, widest first: e.g. KE -> ['Africa', 'Eastern Africa']."""
    found = _subregion_of().get(code.upper())
    result = list(found) if found else []
    if code.upper() in EUROPEAN_UNION.split():
        result.append("European Union")
    return result


def blank_profile(code: str) -> dict[str, str]:
    """A new country profile: the ISO name and code, the M49 region, and every field empty."""
    country = find_country(code)
    profile = {"country": country.name, "country_code": country.code, "region": country.region}
    profile.update({key: "" for key in PROFILE_FIELDS})
    return profile


def country_display(name: str, code: str, lang: str) -> str:
    """The country's name as ``lang`` writes it ("Sénégal" for ``SN`` in French), from Unicode CLDR's
    territory names (Babel). ``name`` unchanged for English, for a name the trainer typed (not the
    English name TrainerKit gives ``code``), or when CLDR has no name for ``code`` or ``lang``."""
    if lang == "en" or not code:
        return name
    from babel import Locale, UnknownLocaleError

    try:
        if country_from_code(code)[1] != name:
            return name
        return str(Locale.parse(lang).territories.get(code.upper(), name))
    except (InvalidInputError, UnknownLocaleError, ValueError):
        return name
