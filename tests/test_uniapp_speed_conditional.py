"""Conditional compilation's directive search finds its patterns' cores first (fast: they
start with ``//``, ``/*`` or ``<!``) and then the blanks before them: it must give exactly
the match ``re.search`` gives, at any start position, so every region stays where it was."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.syntax.conditional import _CORES, _RULES, _search

PIECES = st.sampled_from([
    " ", "  ", "\t", "\n", "\r\n", "x", "<", "!", "-", "/", "*", "#", "<!-- #ifdef MP-WEIXIN -->", "<!-- #endif -->",
    "<! #endif !>", "<!--#ifndef H5-->", "// #ifdef APP-PLUS", "/* #endif */", "//#endif", "/* #if VUE3 **",
    "// #IFDEF mp", "<!-- #else -->", "// #else", "  // #endif  \n", "\t<!-- #ifdef X -->\n\n", "#endif", "#ifdef A",
    '"plugin://a/cell"', "<view>", "</view>",
])
PATTERNS = [pattern for rules in _RULES.values() for pattern in rules[:2]]


def _key(match: object) -> object:
    return None if match is None else (match.span(), match.groups(), [match.span(i) for i in range(1, (match.re.groups or 0) + 1)])  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join), st.integers(0, 200), st.sampled_from(PATTERNS))
def test_the_directive_search_is_re_search(text: str, pos: int, pattern: object) -> None:
    pos = min(pos, len(text))
    assert _key(_search(pattern, text, pos)) == _key(pattern.search(text, pos))  # type: ignore[attr-defined]


def test_every_opener_and_endif_pattern_has_a_core() -> None:
    assert set(PATTERNS) == set(_CORES)
