"""Conditional compilation's fast paths agree with what they replace: the directive search
finds its patterns' cores first (they start with ``//``, ``/*`` or ``<!``) and then the
blanks before them, which must be exactly the match ``re.search`` gives at any start
position; and "wrapped for MP-WEIXIN" (no other build compiles a cell), answered with the
regions around the cell found once, is what every other platform's ``compiled_for`` says."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.syntax.conditional import (
    NON_MINI_PROGRAMS, OTHER_MINI_PROGRAMS, _CORES, _RULES, _search, analyze, platform, weixin,
)

PIECES = st.sampled_from([
    " ", "  ", "\t", "\n", "\r\n", "x", "<", "!", "-", "/", "*", "#", "<!-- #ifdef MP-WEIXIN -->", "<!-- #endif -->",
    "<! #endif !>", "<!--#ifndef H5-->", "// #ifdef APP-PLUS", "/* #endif */", "//#endif", "/* #if VUE3 **",
    "// #IFDEF mp", "<!-- #else -->", "// #else", "  // #endif  \n", "\t<!-- #ifdef X -->\n\n", "#endif", "#ifdef A",
    '"plugin://a/cell"', "<view>", "</view>",
])
PATTERNS = [pattern for rules in _RULES.values() for pattern in rules[:2]]


def _key(match: re.Match[str] | None) -> object:
    if match is None:
        return None
    return match.span(), match.groups(), [match.span(i) for i in range(1, (match.re.groups or 0) + 1)]


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join), st.integers(0, 200), st.sampled_from(PATTERNS))
def test_the_directive_search_is_re_search(text: str, pos: int, pattern: re.Pattern[str]) -> None:
    pos = min(pos, len(text))
    assert _key(_search(pattern, text, pos)) == _key(pattern.search(text, pos))


def test_every_opener_and_endif_pattern_starts_with_blanks_then_a_core() -> None:
    for pattern in PATTERNS:
        assert pattern.pattern.startswith("[ \\t]*")
        _search(pattern, "", 0)
        assert _CORES[pattern].pattern == pattern.pattern[len("[ \\t]*"):]
        assert _CORES[pattern].pattern[:2] in ("//", "(?", "<!")  # never a blank first


CONDITIONS = st.sampled_from(["MP-WEIXIN", "H5", "APP-PLUS", "MP", "MP-WEIXIN || H5", "!H5", "MY_MACRO", "VUE3",
                              "MP-ALIPAY", "APP || MP-WEIXIN", "H5 && MY_MACRO", "(", "mp-weixin"])


@st.composite
def conditional_texts(draw: st.DrawFn, depth: int = 0) -> str:
    """Markup and script lines with (nested, sometimes unbalanced) directives of both syntaxes."""
    parts = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["text", "html", "html", "js", "stray"]))
        if kind == "text":
            parts.append(draw(st.sampled_from(["<view>x</view>\n", "  <cell plugid=\"a\" />\n", "const a = 1\n"])))
        elif kind == "stray":
            parts.append(draw(st.sampled_from(["<!-- #endif -->\n", "// #else\n", "<!-- #ifdef H5 -->\n"])))
        elif depth < 2:
            directive = draw(st.sampled_from(["ifdef", "ifndef", "if"]))
            opener, closer, other = (("<!-- #{} {} -->\n", "<!-- #endif -->\n", "<!-- #else -->\n") if kind == "html"
                                     else ("// #{} {}\n", "// #endif\n", "// #else\n"))
            body = draw(conditional_texts(depth + 1))
            rest = other + draw(conditional_texts(depth + 1)) if draw(st.booleans()) else ""
            parts.append(opener.format(directive, draw(CONDITIONS)) + body + rest + closer)
    return "".join(parts)


def _reference(conditional: object, offset: int, names: tuple[str, ...]) -> bool | None:
    """What only_for_* answers, from compiled_for() of every other platform's build."""
    states = [conditional.compiled_for(offset, platform(n, conditional.platform.vue))  # type: ignore[attr-defined]
              for n in names]
    if any(s is True for s in states):
        return False
    return None if any(s is None for s in states) else True


@settings(max_examples=600, deadline=None)
@given(conditional_texts(), st.sampled_from([2, 3]), st.data())
def test_wrapped_for_weixin_is_no_other_platform_compiling_it(text: str, vue: int, data: st.DataObject) -> None:
    conditional = analyze(text, weixin(vue), ("html", "js"))
    offsets = data.draw(st.lists(st.integers(0, len(text)), min_size=1, max_size=12))
    for offset in offsets:
        assert conditional.only_for_weixin(offset) == _reference(
            conditional, offset, NON_MINI_PROGRAMS + OTHER_MINI_PROGRAMS), (text, offset)
        assert conditional.only_for_mini_programs(offset) == _reference(conditional, offset, NON_MINI_PROGRAMS)


@settings(max_examples=300, deadline=None)
@given(conditional_texts(), st.sampled_from([("js",), ("html", "js"), ("js", "html")]))
def test_only_a_pass_that_another_follows_blanks_the_text(text: str, syntaxes: tuple[str, ...]) -> None:
    """The text a pass leaves (its regions blanked) is read by the next pass only: the last
    pass makes no copy of the file (a 460 KB pages.json's copy cost a cold lint 0.7 ms); the
    regions found are those every pass blanking its text finds."""
    from wecontact_cli.syntax import conditional as module

    blanked: list[int] = []
    original = module._blank

    def counting(current: str, regions: object, keep_unknown: bool) -> str:
        blanked.append(len(current))
        return original(current, regions, keep_unknown)  # type: ignore[arg-type]

    module._blank = counting  # type: ignore[assignment]
    try:
        found = analyze(text, weixin(3), syntaxes)  # type: ignore[arg-type]
    finally:
        module._blank = original
    assert len(blanked) <= len(syntaxes) - 1
    expected = _every_pass_blanking(text, syntaxes)
    assert (found.regions, found.problems, found.skipped) == expected


def _every_pass_blanking(text: str, syntaxes: tuple[str, ...]) -> tuple:
    """analyze's regions, problems and skipped passes, each pass blanking what it found."""
    from wecontact_cli.records import replace
    from wecontact_cli.syntax.conditional import _blank, _scan

    current, regions, problems, skipped = text, [], [], []  # type: ignore[var-annotated]
    for syntax in syntaxes:
        found, ok = _scan(current, syntax, weixin(3), problems)  # type: ignore[arg-type]
        if not ok:
            skipped.append(syntax)
            continue
        base = len(regions)
        regions.extend(r if r.parent is None or not base else replace(r, parent=r.parent + base) for r in found)
        current = _blank(current, found, keep_unknown=True)
    order = sorted(range(len(regions)), key=lambda i: regions[i].start)
    position = {old: new for new, old in enumerate(order)}
    ordered = tuple(regions[i] if regions[i].parent is None else replace(regions[i], parent=position[regions[i].parent])
                    for i in order)
    return ordered, tuple(sorted(problems, key=lambda p: (p.start, p.end))), tuple(skipped)
