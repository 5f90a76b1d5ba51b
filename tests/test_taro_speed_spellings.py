"""Where a view spells a wanted tag (the places the tree is searched): a search from just after
each find gives exactly what a zero-width lookahead tried at every position gives."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from wecontact_cli.syntax.jsx import _spelled, spellings_at

TAGS = ["cell", "wecom-contact", "ce", "cellcell", "c_ell", "k", "ſ", "\u212a", "ß", "商品", "a.b"]
PIECES = ["cell", "CELL", "Cell", "ce", "ll", "c-e-l-l", "c_e_l_l", "ce--ll", "cellcell", "wecom-contact",
          "WecomContact", "we_com_contact", "K", "k", "\u212a", "ſ", "S", "ß", "SS", "商品", "商", " ", "<", "\n",
          "😀", "a.b", "A.B", "-", "_"]


def looked_ahead(spelled: str, text: str) -> list[tuple[int, str]]:
    """The plain way: a lookahead tried at every position (overlapping finds too)."""
    return [(m.start(), m.group(1)) for m in re.finditer(rf"(?=((?i:{spelled})))", text)]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25), st.sets(st.sampled_from(TAGS), min_size=1, max_size=4))
def test_spellings_are_found_where_a_lookahead_finds_them(pieces: list[str], tags: set[str]) -> None:
    text = "".join(pieces)
    spelled = _spelled(frozenset(tags))
    assert list(spellings_at(spelled, text)) == looked_ahead(spelled, text)


def test_a_long_near_miss_stays_linear() -> None:
    text = "cel" * 40_000 + "ce-l_" * 10_000
    spelled = _spelled(frozenset({"cell", "wecom-contact"}))
    assert list(spellings_at(spelled, text)) == looked_ahead(spelled, text) == []


PROPS = ["onCompletemessage", "onCompleteMessage", "onStartmessage", "oncompletemessage", "completemessage",
         "bind:complete-message", "bindcompletemessage", "catch:startmessage", "onCompletemessageCapture",
         "plugid", "styleType", "style-type", "className", "class", "id", "key", "data-x", "a:b", "", "on", "bind"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PROPS), st.sampled_from([True, False, None])), max_size=20))
def test_a_prop_kept_from_before_means_what_it_meant(props: list[tuple[str, bool | None]]) -> None:
    from wecontact_cli.frameworks.taro import dialect, spelling

    for prop, function in props + props:  # the second time from what the first kept
        assert spelling.reach(prop, value_is_function=function) == \
            spelling.reach.__wrapped__(prop, value_is_function=function)
        assert dialect.contact_event(prop) == dialect.contact_event.__wrapped__(prop)
