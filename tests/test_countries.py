"""Countries and regions for pickers: every ISO 3166 country, a region for each, and a blank profile."""

from __future__ import annotations

import pytest

from trainerkit.countries import (
    PROFILE_FIELDS,
    blank_profile,
    countries,
    find_country,
    find_region,
    regions,
    regions_of,
)
from trainerkit.errors import InvalidInputError


def test_every_iso_country_is_listed_with_a_region() -> None:
    listed = countries()
    assert len(listed) == 249
    assert [c.name for c in listed] == sorted((c.name for c in listed), key=str.casefold)
    assert [c.code for c in listed if not c.region] == ["AQ"]  # Antarctica has no M49 region
    assert {c.region for c in listed} - {""} == {"Africa", "Americas", "Asia", "Europe", "Oceania"}


def test_codes_and_names_are_found_and_unknown_ones_refused_clearly() -> None:
    assert find_country("ke").code == "KE"
    assert find_country("KEN").name == "Kenya"
    assert find_country("Bolivia, Plurinational State of").code == "BO"
    assert regions_of("KE") == ["Africa", "Eastern Africa"]
    assert "European Union" in regions_of("IT")
    assert find_region("western africa") == "Western Africa" and find_region("EU") == "European Union"
    for bad in ("Atlantis", "", "XX"):
        with pytest.raises(InvalidInputError, match="ISO 3166"):
            find_country(bad)
    with pytest.raises(InvalidInputError, match="Regions:"):
        find_region("Middle Earth")
    assert "Global" in regions()


def test_a_blank_profile_states_no_fact_about_the_country() -> None:
    profile = blank_profile("TN")
    assert profile["country"] == "Tunisia" and profile["country_code"] == "TN" and profile["region"] == "Africa"
    assert all(profile[key] == "" for key in PROFILE_FIELDS)
