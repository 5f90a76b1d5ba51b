"""The fast paths of ``visible``, ``is_control`` and ``printable`` give exactly what the full
transformations give, for any text (their shortcuts skip work only for text they cannot change)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.i18n.message import printable
from wecontact_cli.text.safe import is_control, picture, visible

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
"""The characters a terminal acts on, spelt out here as the contract."""
TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=40) | st.sampled_from(
    ["plain", "中文", "a\x00b", "\u2028", "\ud800x", "\xa0nbsp", "zero\u200bwidth", "tab\there", "\x9f", "é\u0301"])


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_visible_shows_every_control_character_as_a_picture_and_nothing_else(text: str) -> None:
    assert visible(text) == CONTROL.sub(lambda m: picture(m.group()), text)


@settings(max_examples=500, deadline=None)
@given(st.characters(codec=None, exclude_categories=()))
def test_a_control_character_is_exactly_one_the_pattern_matches(char: str) -> None:
    assert is_control(char) == bool(CONTROL.match(char))


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_printable_escapes_exactly_what_utf8_cannot_encode(text: str) -> None:
    assert printable(text) == text.encode("utf-8", "backslashreplace").decode("utf-8")
