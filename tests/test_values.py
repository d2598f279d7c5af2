"""Text from outside becomes a value in one place (trainerkit.values): refused naming the field, or stored
and exported. The property test feeds arbitrary Unicode, every C0 control and lone surrogates to every
profile field through the same call the CLI and the app make (customise.set_profile)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation

from trainerkit import customise, values
from trainerkit.deck.tokens import replace_tokens
from trainerkit.errors import InvalidInputError
from trainerkit.export.decks import build_session_deck
from trainerkit.recipe import PROFILE_FIELDS
from trainerkit.store import Store, open_store

C0 = [chr(c) for c in range(0x20)] + ["\x7f"]
C1 = [chr(c) for c in range(0x80, 0xA0)]
FIELDS = [f for f in (*PROFILE_FIELDS, *values.EXTRA_PROFILE_FIELDS) if f not in ("country", "country_code")]
# Fields whose values are checked for meaning too (a paper size, a number): refused with a clear message.
CHECKED = {"paper", "participants"}


def _xml_ok(text: str) -> bool:
    return all(c in "\t\n\r" or 0x20 <= ord(c) <= 0xD7FF or 0xE000 <= ord(c) <= 0xFFFD or ord(c) >= 0x10000
               for c in text)  # fmt: skip


@pytest.mark.parametrize("char", C0 + C1 + ["\u2028", "\u2029", "\ufffe", "\uffff"])
def test_every_control_character_is_cleaned_from_single_and_multi_line_fields(char: str) -> None:
    single = values.clean_text(f"Hall B{char}Second floor", "venue")
    multi = values.clean_text(f"Ana{char}Ben", "facilitators", multiline=True)
    assert _xml_ok(single) and "\n" not in single and "\t" not in single
    assert _xml_ok(multi)
    assert single.startswith("Hall B") and single.endswith("Second floor")


def test_powerpoint_shift_enter_is_a_space_in_one_line_and_a_line_break_in_several() -> None:
    assert values.clean_text("Hall B\vSecond floor", "venue") == "Hall B Second floor"
    assert values.clean_text("Ana\vBen\r\nCleo", "participant names", multiline=True) == "Ana\nBen\nCleo"
    assert values.profile_value("facilitators", "Ana\vBen\nCleo") == "Ana; Ben; Cleo"  # a list on one line


@pytest.mark.parametrize("text", ["caf\udce9", "\ud800x", "x\udfff"])
def test_lone_surrogates_are_refused_naming_the_field(text: str) -> None:
    with pytest.raises(InvalidInputError, match="venue"):
        values.clean_text(text, "venue")


def test_a_raw_byte_from_the_command_line_names_the_byte() -> None:
    with pytest.raises(InvalidInputError, match=r"venue contains a byte that is not UTF-8 text \(0xe9\)"):
        values.clean_text(os.fsdecode(b"caf\xe9"), "venue")


def test_over_long_values_are_refused_naming_the_field() -> None:
    with pytest.raises(InvalidInputError, match="The venue has 201 characters; at most 200"):
        values.clean_text("x" * 201, "venue")
    with pytest.raises(InvalidInputError, match="course name"):
        values.course_name("x" * 81)


def test_xml_safe_never_raises_and_leaves_only_xml_characters() -> None:
    nasty = "".join(C0) + "\ud800\udfff\ufffe" + "ok"
    assert _xml_ok(values.xml_safe(nasty)) and values.xml_safe(nasty).endswith("ok")


def test_misspelt_fields_get_a_suggestion_and_unknown_keys_say_how_to_declare_a_token() -> None:
    with pytest.raises(InvalidInputError, match="did you mean venue"):
        values.profile_key("venu")
    with pytest.raises(InvalidInputError, match="did you mean facilitators"):
        values.profile_key("facilitator")
    with pytest.raises(InvalidInputError, match="--token trainer_phone=VALUE"):
        values.profile_key("trainer_phone")
    assert values.profile_key("trainer_phone", declare=True) == "trainer_phone"
    assert values.profile_key("trainer_phone", custom=["trainer_phone"]) == "trainer_phone"


@pytest.fixture(scope="module")
def prop_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = open_store(tmp_path_factory.mktemp("prop-home") / "trainerkit.sqlite3")
    customise.new_course(store, "Prop", "KE")
    customise.select_sessions(store, "Prop", [1])
    return store


def _token_deck() -> bytes:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    assert slide.shapes.title is not None
    slide.shapes.title.text = " ".join("{{" + f + "}}" for f in [*FIELDS, "mine"])
    buffer = io.BytesIO()
    prs.save(buffer)
    return buffer.getvalue()


TOKEN_DECK = _token_deck()
_ANY_CHAR = st.characters(codec=None)  # any code point but surrogates...
ANY_TEXT = st.lists(
    st.one_of(
        _ANY_CHAR,
        _ANY_CHAR,
        _ANY_CHAR,
        _ANY_CHAR,
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, categories=["Cs"]),  # ...and those alone
        st.sampled_from(C0 + C1 + ["\ufffe", "\u2028"]),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from([*FIELDS, "mine"]), text=ANY_TEXT)
def test_any_text_in_any_field_is_refused_naming_it_or_stored_and_exported(
    prop_store: Store, field: str, text: str
) -> None:
    tokens = {field: text} if field == "mine" else None
    given_values = {} if field == "mine" else {field: text}
    try:
        customise.set_profile(prop_store, "Prop", given_values, tokens)
    except InvalidInputError as exc:
        label = field.replace("_", " ")
        assert label in str(exc).lower() or field in CHECKED, str(exc)
        return
    _record, state, course = customise.state_of(prop_store, "Prop")
    # the value reaches XML through the same code as the export's: one small deck with every token...
    prs = Presentation(io.BytesIO(TOKEN_DECK))
    replace_tokens(prs, state.token_values(course))
    prs.save(io.BytesIO())
    # ...and the real session deck, as `export` builds it
    deck, _problems, _missing = build_session_deck(prop_store, state, course, 1)
    deck.save(io.BytesIO())


def test_a_value_stored_before_these_checks_still_exports(prop_store: Store, tmp_path: Path) -> None:
    """An old database may hold a vertical tab or a control character: export cleans it where it writes."""
    from trainerkit.export.decks import export_decks
    from trainerkit.store.courses import add_change

    old_values = {"venue": "Hall B\vSecond floor\x01", "organisation": "A\x0bB"}
    add_change(prop_store, "Prop", "profile", payload={"values": old_values})
    report = export_decks(prop_store, "Prop", tmp_path / "out")
    assert report.files and all(p.stat().st_size > 0 for p in report.files)
    texts = []
    for slide in Presentation(str(report.files[0])).slides:
        texts += [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
    assert any("Hall B" in t and "Second floor" in t for t in texts)


def test_notes_too_long_are_refused_in_plain_english() -> None:
    from trainerkit.errors import InvalidInputError
    from trainerkit.values import NOTES_MAX, notes_text

    with pytest.raises(InvalidInputError) as refused:
        notes_text("n" * (NOTES_MAX + 6))
    assert str(refused.value) == f"The speaker notes have {NOTES_MAX + 6} characters; at most {NOTES_MAX} fit."
