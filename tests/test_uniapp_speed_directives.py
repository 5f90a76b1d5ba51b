"""Conditional compilation's directive searches start at the first place a directive can
be (``_ANY_DIRECTIVE``, and the blanks before it), not at the top of the text: on any text,
``_scan`` finds the regions and problems it finds when every search starts at the top."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_uniapp_speed_conditional import PIECES, conditional_texts
from wecontact_cli.syntax import conditional
from wecontact_cli.syntax.conditional import _scan, weixin

PADDING = st.lists(st.sampled_from([" ", "\t", "\n", "\r\n", "x", "/", "//", "/* a */", "<!-- note -->", "<", "!",
                                    '"plugin://a/cell"', "#", "// #", "<!-- #elif X -->", "// #else", "  <!-- #else -->"]),
                   max_size=8).map("".join)


def _scanned(text: str, syntax: str, vue: int) -> tuple:
    problems: list = []
    regions, ok = _scan(text, syntax, weixin(vue), problems)  # type: ignore[arg-type]
    return regions, ok, sorted((p.start, p.end, str(p.message)) for p in problems)


def _from_the_top(text: str, syntax: str, vue: int) -> tuple:
    """``_scan`` with every directive search starting at offset 0, as it did."""
    def top(function):  # type: ignore[no-untyped-def]
        return lambda *args, **kwargs: function(*args[:-1], 0) if len(args) in (4, 6) else function(*args)

    with mock.patch.object(conditional, "_pairs", top(conditional._pairs)), \
            mock.patch.object(conditional, "_elif_problems", top(conditional._elif_problems)), \
            mock.patch.object(conditional, "_assign_elses", top(conditional._assign_elses)):
        return _scanned(text, syntax, vue)


@settings(max_examples=800, deadline=None)
@given(PADDING, st.one_of(conditional_texts(), st.lists(PIECES, max_size=20).map("".join)), PADDING,
       st.sampled_from(["js", "html"]), st.sampled_from([2, 3]))
def test_searching_from_the_first_directive_finds_what_searching_from_the_top_finds(
        before: str, text: str, after: str, syntax: str, vue: int) -> None:
    whole = before + text + after
    assert _scanned(whole, syntax, vue) == _from_the_top(whole, syntax, vue), whole
