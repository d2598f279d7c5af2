"""index.html shows Arabic (or Hebrew) profile values and course names in their own direction: a date typed
in Arabic, '10-12 نيسان 2027', read '10-12 2027 نيسان' in the stick's table (left to right from its digits)."""

from __future__ import annotations

import re

from trainerkit.customise import new_course, state_of
from trainerkit.package.index_html import render_index
from trainerkit.store import open_store


def test_profile_values_and_the_course_name_keep_their_own_direction() -> None:
    store = open_store()
    new_course(store, "عمّان 2027", "JO", venue="فندق الأردن، عمّان", dates="10-12 نيسان 2027")
    _record, state, course = state_of(store, "عمّان 2027")
    page = render_index(course, state, [], packed_on="2027-03-01")
    cells = dict(re.findall(r"<tr><th>([^<]+)</th><td([^>]*)>", page))
    assert cells["Dates"] == ' dir="auto"' and cells["Venue"] == ' dir="auto"' and cells["Country"] == ' dir="auto"'
    assert "<bdi>عمّان 2027</bdi>" in page  # the name is isolated from the English sentence around it
