"""syntax/conditional.py: uni-app's #ifdef regions, their activity per build, and the blanked text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.syntax import jsontext
from wecontact_cli.syntax.conditional import analyze, blank_inactive, platform, weixin

PAGES = """{
  "pages": [
    // #ifdef MP-WEIXIN
    {"path": "pages/contact/contact"},
    // #endif
    {"path": "pages/index/index"}
  ]
}
"""


def keys(conditional) -> list[str]:
    return [p.message.key for p in conditional.problems]


def activity(condition: str, kind: str = "ifdef", **build) -> bool | None:
    text = f"// #{kind} {condition}\nx\n// #endif\n"
    region, = analyze(text, build.pop("build", weixin(3))).regions
    return region.activity


def test_a_region_with_exact_spans() -> None:
    conditional = analyze(PAGES, weixin(3))
    region, = conditional.regions
    opener = PAGES.index("    // #ifdef")
    closer = PAGES.index("    // #endif")
    assert (region.syntax, region.kind, region.condition, region.activity) == ("js", "ifdef", "MP-WEIXIN", True)
    assert PAGES[region.condition_start:region.condition_end] == "MP-WEIXIN"
    assert (region.start, region.then_start) == (opener, PAGES.index('    {"path": "pages/contact'))
    assert (region.then_end, region.closer_start, region.end) == (closer, closer, PAGES.index('    {"path": "pages/index'))
    assert region.else_start is None and region.parent is None
    assert conditional.problems == () and conditional.skipped == ()


@pytest.mark.parametrize(("condition", "expected"), [
    ("MP-WEIXIN", True), ("MP_WEIXIN", True), ("MP", True), ("VUE3", True), ("VUE2", False), ("H5", False),
    ("APP-PLUS", False), ("MP-ALIPAY", False), ("H5 || MP-WEIXIN", True), ("MP-WEIXIN && VUE3", True),
    ("MP-WEIXIN && H5", False), ("!H5", True), ("!(H5 || APP)", True), ("(H5)", False), ("H5 | MP", True),
    ("mp-weixin", False),  # uni-app defines upper-case names only: a ReferenceError, caught as false
    ("FOO", None), ("H5 || FOO", None), ("MP-WEIXIN || FOO", True), ("FOO || MP-WEIXIN", None),
    ("FOO && H5", False), ("true", True), ("", True), ("uniVersion > 3.9", None),
])
def test_conditions_are_evaluated_as_uni_app_does(condition: str, expected: bool | None) -> None:
    assert activity(condition) is expected


def test_ifndef_and_the_if_variant() -> None:
    assert activity("H5", "ifndef") is True and activity("MP", "ifndef") is False
    assert activity("MP-WEIXIN", "if") is True and activity("FOO", "ifndef") is None


def test_user_macros_given_or_closed_and_an_unknown_vue_version() -> None:
    assert activity("FOO", build=weixin(3, {"foo": True})) is True
    # no user macro: FOO throws a ReferenceError before MP-WEIXIN is read, and uni-app answers false
    assert activity("FOO || MP-WEIXIN", build=platform("mp-weixin", 3, closed=True)) is False
    assert activity("FOO", build=platform("mp-weixin", 3, closed=True)) is False
    assert activity("VUE3", build=weixin(None)) is None and activity("MP", build=weixin(None)) is True
    assert activity("VUE2", build=weixin(2)) is True


def test_else_branch_and_blanking_keeps_offsets_and_line_breaks() -> None:
    text = "a\r\n// #ifdef H5\r\nb\r\n// #else\r\nc\r\n// #endif\r\nd"
    conditional = analyze(text, weixin(3))
    region, = conditional.regions
    assert region.activity is False and text[region.else_start:region.closer_start] == "c\r\n"
    blanked = blank_inactive(text, conditional)
    assert blanked == "a\r\n" + " " * 12 + "\r\n \r\n" + " " * 8 + "\r\nc\r\n" + " " * 9 + "\r\nd"
    assert conditional.compiled(text.index("c")) is True and conditional.compiled(text.index("b")) is False
    assert conditional.compiled(text.index("#else")) is False  # directives never reach the build


def test_vue2_has_no_else() -> None:
    text = "// #ifdef MP-WEIXIN\nb\n// #else\nc\n// #endif\n"
    conditional = analyze(text, weixin(2))
    region, = conditional.regions
    assert keys(conditional) == ["cond.else_vue2"] and region.else_start is None
    assert conditional.compiled(text.index("c")) is True  # both sides are compiled
    assert blank_inactive(text, conditional).split() == ["b", "//", "#else", "c"]


@pytest.mark.parametrize(("text", "problems"), [
    ("// #ifdef H5\nx\n", ["cond.if_without_endif"]),
    ("x\n// #endif\n", ["cond.endif_without_if"]),
    ("// #IFDEF H5\nx\n// #endif\n", ["cond.directive_case"]),
    ("// #ifdef H5 MP\nx\n// #endif\n", ["cond.bad_condition"]),
    ("// #ifdef MP-WEIXIN // the WeChat build\nx\n// #endif\n", ["cond.bad_condition"]),
])
def test_uni_app_skips_the_whole_pass_and_compiles_everything(text: str, problems: list[str]) -> None:
    conditional = analyze(text, weixin(3))
    assert keys(conditional) == problems and conditional.skipped == ("js",) and conditional.regions == ()
    assert blank_inactive(text, conditional) == text and conditional.compiled(text.index("x")) is True


def test_problem_offsets() -> None:
    text = '{\n  // #ifdef H5 MP\n  "a": 1\n  // #endif\n}'
    problem, = analyze(text, weixin(3)).problems
    assert text[problem.start:problem.end] == "H5 MP"
    text = "x\n  // #endif\n"
    problem, = analyze(text, weixin(3)).problems
    assert text[problem.start:problem.end] == "  // #endif\n"


def test_elif_else_twice_and_else_outside_are_problems_but_not_fatal() -> None:
    text = ("// #ifdef H5\na\n// #elif MP\nb\n// #endif\n"
            "// #ifdef MP\nc\n// #else\nd\n// #else\ne\n// #endif\n// #else\n")
    conditional = analyze(text, weixin(3))
    assert keys(conditional) == ["cond.elif", "cond.else_twice", "cond.else_outside"]
    assert conditional.skipped == () and len(conditional.regions) == 2
    assert [conditional.compiled(text.index(c)) for c in "abcde"] == [False, False, True, False, False]


def test_nested_regions_and_the_builds_that_compile_an_offset() -> None:
    text = ("<!-- #ifdef MP -->\n<a/>\n<!-- #ifdef MP-WEIXIN -->\n<b/>\n<!-- #endif -->\n<!-- #endif -->\n"
            "<!-- #ifndef H5 -->\n<c/>\n<!-- #endif -->\n<d/>\n<!-- #ifdef FOO -->\n<e/>\n<!-- #endif -->\n")
    conditional = analyze(text, weixin(3), ("html", "js"))
    outer, inner, *_ = conditional.regions
    assert inner.parent == 0 and outer.parent is None
    at = {tag: text.index(f"<{tag}/>") for tag in "abcde"}
    assert [conditional.compiled(at[t]) for t in "abcde"] == [True, True, True, True, None]
    assert [conditional.only_for_mini_programs(at[t]) for t in "abcd"] == [True, True, False, False]
    assert [conditional.only_for_weixin(at[t]) for t in "abcd"] == [False, True, False, False]
    assert conditional.compiled_for(at["a"], platform("mp-alipay")) is True
    assert conditional.compiled_for(at["b"], platform("mp-alipay")) is False
    assert conditional.only_for_weixin(at["e"]) is None


def test_a_vue_file_runs_the_html_pass_before_the_js_pass() -> None:
    # the js directive sits in a part the html pass removes: it never unbalances the js pass
    text = ("<template>\n<!-- #ifdef H5 -->\n<view>// #ifdef APP</view>\n<!-- #endif -->\n</template>\n"
            "<script>\n// #ifdef MP-WEIXIN\nconst wx = 1\n// #endif\n</script>\n")
    conditional = analyze(text, weixin(3), ("html", "js"))
    assert conditional.problems == () and [r.syntax for r in conditional.regions] == ["html", "js"]
    assert conditional.compiled(text.index("const wx")) is True


def test_unknown_branches_are_kept_unless_asked() -> None:
    text = "a\n// #ifdef FOO\nb\n// #endif\nc"
    conditional = analyze(text, weixin(3))
    assert blank_inactive(text, conditional).split() == ["a", "b", "c"]
    assert blank_inactive(text, conditional, keep_unknown=False).split() == ["a", "c"]


def test_pages_json_reads_as_the_wechat_build_sees_it() -> None:
    text = """{
  "pages": [
    {"path": "pages/index/index"}
    // #ifdef H5
    , {"path": "pages/web/web"}
    // #endif
  ],
  /* #ifndef MP-WEIXIN */
  "globalStyle": {"navigationStyle": "custom"},
  /* #endif */
  "easycom": {}
}"""
    value = jsontext.parse(blank_inactive(text, analyze(text, weixin(3))), jsonc=True).to_python()
    assert value == {"pages": [{"path": "pages/index/index"}], "easycom": {}}


# -- properties -------------------------------------------------------------------------------

PIECES = ["// #ifdef MP-WEIXIN\n", "// #ifndef H5\n", "// #else\n", "// #endif\n", "/* #ifdef FOO */", "/* #endif */",
          "<!-- #ifdef MP -->", "<!-- #else -->", "<!-- #endif -->", "x", "\n", "\r\n", " ", "// #elif H5\n",
          "// #ifdef H5 ||\n", "// #IFDEF MP\n", '"a": 1,', "/*", "*/", "<!--", "-->", "!>", "#endif"]
SOUP = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(SOUP, st.sampled_from([2, 3, None]))
def test_analysis_never_raises_and_blanking_keeps_length_and_line_breaks(text: str, vue: int | None) -> None:
    conditional = analyze(text, weixin(vue), ("html", "js"))
    for keep in (True, False):
        blanked = blank_inactive(text, conditional, keep_unknown=keep)
        assert len(blanked) == len(text)
        assert all(b == t or (b == " " and t not in "\r\n") for b, t in zip(blanked, text))
    for region in conditional.regions:
        assert 0 <= region.start <= region.then_start <= region.then_end <= region.closer_start <= region.end <= len(text)
        if region.else_start is not None:
            assert region.then_end < region.else_start <= region.closer_start
        assert region.condition_start <= region.condition_end <= region.then_start
        if region.parent is not None:
            parent = conditional.regions[region.parent]
            assert parent.start <= region.start and region.end <= parent.end
    for problem in conditional.problems:
        assert 0 <= problem.start <= problem.end <= len(text)
    for offset in range(len(text)):
        assert conditional.compiled(offset) in (True, False, None)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_analysed_without_raising(text: str) -> None:
    conditional = analyze(text, weixin(3), ("html", "js"))
    assert len(blank_inactive(text, conditional)) == len(text)
