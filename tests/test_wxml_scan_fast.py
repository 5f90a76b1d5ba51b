"""The fast WXML scan (one C-level tokenisation per page) answers exactly as the
token-by-token scan it replaced: the same None, the same elements, attributes, comments
and positions. The replaced scan is kept below, verbatim, as the reference.

No timing here: an exponential or quadratic pattern shows as a hang on the long inputs."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Collection
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wecontact_cli.syntax import wxml
from wecontact_cli.syntax.wxml import (
    Comment, Element, WxmlDocument, is_well_formed, parse_wxml, scan,
)

REPO = Path(__file__).resolve().parents[1]
MARK = "wecontact-disable-next-line"

# -- the reference: the scan as it was before the fast path (one Python step per token) ---------
_WS = r"[ \t\n\r\f]"
_NAME_CHAR = r"[^ \t\n\r\f=>/<\"']"
_QUOTED_VALUE = r"(?:\"[^\"]*\"|'[^']*')"
_NEXT = re.compile(r"<!--|</|<|\{\{")
_END_TAG = re.compile(rf"</([A-Za-z_]{_NAME_CHAR}*){_WS}*>")
_START_TAG = re.compile(  # the groups named as wxml._flat_nodes reads them
    rf"<(?P<name>[A-Za-z_]{_NAME_CHAR}*)"
    rf"(?=(?P<attrs>(?:{_WS}+{_NAME_CHAR}+(?:{_WS}*={_WS}*{_QUOTED_VALUE})?)*))(?P=attrs)"
    rf"{_WS}*(?P<slash>/?)>"
)
_QUOTED = re.compile(r"\"([^\"]*)\"|'([^']*)'")


def reference_scan(text: str, wanted: Collection[str], comments_with: str = "") -> WxmlDocument | None:
    """The replaced ``scan``, unchanged."""
    stack: list[tuple[str, re.Match[str] | None]] = []
    found: list[tuple[int, re.Match[str] | None, int, int]] = []
    i, n = 0, len(text)
    while i < n:
        match = _NEXT.search(text, i)
        if match is None:
            break
        at, token = match.start(), match.group()
        if token == "{{":
            close = text.find("}}", at + 2)
            if close < 0:
                return None
            i = close + 2
        elif token == "<!--":
            close = text.find("-->", at + 4)
            if close < 0:
                return None
            i = close + 3
            if comments_with in text[at + 4:close]:
                found.append((at, None, at + 4, close))
        elif token == "</":
            end = _END_TAG.match(text, at)
            if end is None or not stack:
                return None
            tag, opened = stack.pop()
            if tag != end[1]:
                return None
            i = end.end()
            if opened is not None:
                found.append((opened.start(), opened, opened.end(), i))
        else:
            start = _START_TAG.match(text, at)
            if start is None or ("{{" in start["attrs"] and not _expressions_closed(start["attrs"])):
                return None
            i = start.end()
            keep = start if start["name"] in wanted else None
            if start["slash"]:
                if keep is not None:
                    found.append((at, keep, i, i))
                continue
            stack.append((start["name"], keep))
            if start["name"] == "wxs":
                raw_end = text.find("</wxs", i)
                if raw_end < 0:
                    return None
                i = raw_end
    if stack:
        return None
    # The nodes are built as before: only the acceptance and the elements found are compared.
    return WxmlDocument(wxml._flat_nodes(text, sorted(found, key=lambda item: item[0])), ())


def _expressions_closed(attributes: str) -> bool:
    for match in _QUOTED.finditer(attributes):
        value = match[1] if match[1] is not None else match[2]
        at = value.find("{{")
        while at >= 0:
            close = value.find("}}", at + 2)
            if close < 0:
                return False
            at = value.find("{{", close + 2)
    return True


# -- the comparison ---------------------------------------------------------------------------

WANTED_SETS: list[Collection[str]] = [
    (), {"cell"}, {"cell": "registration"}, ("cell", "view"), {"wxs"}, {"wxs", "cell", "text"},
    {"view", "text", "block", "image", "cell", "wxs", "a-b", "wxsx"}, {"a b", "", "<cell", "c{", "v.w", "v"},
]
MARKERS = ["", MARK, "x", "-", " "]


def assert_same(text: str, wanted: Collection[str] = (), comments_with: str = "") -> None:
    """The fast scan and the reference agree, and is_well_formed agrees with both."""
    fast, slow = scan(text, wanted, comments_with), reference_scan(text, wanted, comments_with)
    if slow is None:
        assert fast is None
    else:
        assert fast is not None
        assert fast.children == slow.children and fast.problems == slow.problems == ()
    assert is_well_formed(text) == (slow is not None)


def assert_same_everywhere(text: str) -> None:
    """Agreement for every wanted set and marker, and for the tags the text really holds."""
    for wanted in WANTED_SETS:
        for marker in MARKERS:
            assert_same(text, wanted, marker)
    present = {e.tag for e in parse_wxml(text).iter_elements()}
    assert_same(text, present, MARK)
    assert_same(text, present)


# -- generated documents ----------------------------------------------------------------------

TAGS = st.sampled_from(["cell", "cell", "cell", "view", "view", "text", "wxs", "wxsx", "a-b", "V", "_x", "c{",
                        "v.w"])
SPACE = st.sampled_from([" ", "  ", "\n", "\t", "\r\n", "\f", ""])
EXPRESSION_BODY = st.sampled_from(["a", " a > b ", "'x'", '"y"', "a < b", "{ a: 1 }", "}", "", "-->",
                                   "<cell/>", "'>'"])


@st.composite
def quoted_values(draw: st.DrawFn) -> str:
    quote = draw(st.sampled_from(['"', "'"]))
    parts = draw(st.lists(st.one_of(
        st.sampled_from(["x", "1", " ", ">", "<", "/>", "<cell>", "{", "}", "}}", "{ {", "--", "<!--", "中"]),
        EXPRESSION_BODY.map(lambda body: "{{" + body + "}}"),
        st.just("{{ open"), st.just('"' if quote == "'" else "'"), st.just("")), max_size=4))
    return quote + "".join(parts) + quote


@st.composite
def attributes(draw: st.DrawFn) -> str:
    out = []
    for _ in range(draw(st.integers(0, 3))):
        name = draw(st.sampled_from(["class", "plugid", "wx:if", "bind:tap", "data-x", "a{", "b}"]))
        form = draw(st.sampled_from(["bare", "value", "value", "value", "spaced", "spaced", "unquoted",
                                     "nameless"]))
        space = draw(SPACE) or " "
        if form == "bare":
            out.append(space + name)
        elif form == "value":
            out.append(space + name + "=" + draw(quoted_values()))
        elif form == "spaced":
            out.append(space + name + draw(SPACE) + "=" + draw(SPACE) + draw(quoted_values()))
        elif form == "unquoted":
            out.append(space + name + "=x")
        else:
            out.append(space + "=" + draw(quoted_values()))
    return "".join(out)


TEXT = st.lists(st.one_of(
    st.sampled_from(["t", "文字", " ", "\n", "{", "}", "}}", ">", "{ {", "a < b", "<", "-->", "&lt;",
                     "</", "<!", "<!-", "<1", "{{"]),
    EXPRESSION_BODY.map(lambda body: "{{" + body + "}}")), max_size=4).map("".join)
COMMENT = st.sampled_from(["", " c ", " " + MARK + " ", "-", "--", "->", "<view>", "{{", " x -"]).map(
    lambda body: "<!--" + body + "-->")
WXS = st.sampled_from(["var a = b < c && '</view>';", "", "<", "</wxsa>", "x</wxs x>", "</ wxs>"]).map(
    lambda body: "<wxs module=\"m\">" + body + "</wxs>")


def nodes(depth: int) -> st.SearchStrategy[str]:
    leaves = st.one_of(TEXT, COMMENT, WXS, st.builds(lambda t, a, s: f"<{t}{a}{s}/>", TAGS, attributes(), SPACE))
    if depth == 0:
        return leaves
    element = st.builds(
        lambda t, a, s, kids, close, end_space: f"<{t}{a}{s}>{''.join(kids)}{close(t)}{end_space}>",
        TAGS, attributes(), SPACE, st.lists(nodes(depth - 1), max_size=4),
        st.sampled_from([*[lambda t: f"</{t}"] * 6, lambda t: "</view", lambda t: f"</{t}x", lambda t: ""]),
        SPACE)
    return st.one_of(leaves, element)


DOCUMENTS = st.lists(nodes(3), max_size=6).map("".join)

# Markup the parser accepts, so that most draws reach the part of the scan that collects cells.
GOOD_VALUE = st.sampled_from(['"x"', "'y'", '"{{ a > b }}"', "'{{ \"s\" }}'", '"a {{ b }} c { }"', '"<cell/>"',
                              "''", '"{{}}"', "'{{ x }}}'", '"{{{ y }}"'])
GOOD_ATTRIBUTES = st.lists(st.tuples(SPACE.map(lambda s: s or " "), st.sampled_from(["a", "plugid", "bind:tap"]),
                                     st.one_of(st.just(""), GOOD_VALUE.map(lambda v: "=" + v))),
                           max_size=3).map(lambda parts: "".join(s + n + v for s, n, v in parts))
GOOD_TEXT = st.sampled_from(["", "t", "{{ a < b }}", "文字\n", "{ } }} >", "<!-- c -->", f"<!-- {MARK} -->",
                             "<wxs module='m'>var a = b < c;</wxs>", "<wxs src='a'/>"])


def good_nodes(depth: int) -> st.SearchStrategy[str]:
    tags = TAGS.filter(lambda t: t != "wxs")
    leaf = st.one_of(GOOD_TEXT, st.builds(lambda t, a: f"<{t}{a}/>", tags, GOOD_ATTRIBUTES))
    if depth == 0:
        return leaf
    return st.one_of(leaf, st.builds(
        lambda t, a, kids, s: f"<{t}{a}>{''.join(kids)}</{t}{s}>",
        tags, GOOD_ATTRIBUTES, st.lists(good_nodes(depth - 1), max_size=3), SPACE))


GOOD_DOCUMENTS = st.lists(good_nodes(4), max_size=5).map("".join)


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(GOOD_DOCUMENTS)
def test_well_formed_documents_scan_as_before(text: str) -> None:
    assert reference_scan(text, ()) is not None
    assert_same_everywhere(text)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS)
def test_generated_documents_scan_as_before(text: str) -> None:
    assert_same_everywhere(text)


FRAGMENTS = st.sampled_from([
    "<", "</", ">", "/>", "/", "=", '"', "'", "{{", "}}", "{", "}", "<!--", "-->", "-", " ", "\n",
    "\t", "<wxs>", "</wxs>", "</wxs", '<wxs module="m">', "<wxs/>", "view", "cell", "wxs", "a", "<view",
    "</view>", "<cell", "</cell>", "<cell/>", 'a="{{ x }}"', "b='{{ \"y\" }}'", MARK, "中", "\ufeff",
])


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FRAGMENTS, max_size=50).map("".join))
def test_fragment_soup_scans_as_before(text: str) -> None:
    assert_same_everywhere(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_scans_as_before(text: str) -> None:
    assert_same_everywhere(text)


# -- real views and their mutations ------------------------------------------------------------

@pytest.fixture(scope="module")
def views(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The repository's views and those of a small generated project (wxs, cells, comments)."""
    project = tmp_path_factory.mktemp("bench") / "p"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "generate.py"), str(project), "--pages", "24"],
                   check=True, capture_output=True)
    paths = [*REPO.glob("examples/**/*.wxml"), *REPO.glob("tests/golden/**/*.wxml"), *project.rglob("*.wxml")]
    return sorted(path.read_text(encoding="utf-8") for path in paths)


def test_real_views_scan_as_before(views: list[str]) -> None:
    assert len(views) > 20
    assert any("<wxs" in v for v in views) and any("<cell" in v for v in views)
    assert sum(map(is_well_formed, views)) > 20  # one golden view is broken on purpose
    for text in views:
        assert_same_everywhere(text)
        assert_same(text.replace("<!--", "<!-- " + MARK), {"cell"}, MARK)


MUTATION = st.tuples(st.sampled_from(["delete", "insert", "replace", "duplicate"]),
                     st.floats(0, 1), st.integers(0, 12), FRAGMENTS)


def mutate(text: str, edits: list[tuple[str, float, int, str]]) -> str:
    """Apply edits at relative positions: delete, insert, replace or duplicate a short span."""
    for kind, where, length, fragment in edits:
        at = int(where * len(text))
        span = text[at:at + length]
        if kind == "delete":
            text = text[:at] + text[at + length:]
        elif kind == "insert":
            text = text[:at] + fragment + text[at:]
        elif kind == "replace":
            text = text[:at] + fragment + text[at + length:]
        else:
            text = text[:at] + span + text[at:]
    return text


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), edits=st.lists(MUTATION, min_size=1, max_size=4))
def test_mutated_real_views_scan_as_before(views: list[str], data: st.DataObject,
                                           edits: list[tuple[str, float, int, str]]) -> None:
    text = mutate(data.draw(st.sampled_from(views)), edits)
    assert_same(text, {"cell"}, MARK)
    assert_same(text, ())
    assert_same(text, {"view", "text", "wxs", "cell"}, "")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(DOCUMENTS, GOOD_DOCUMENTS), st.lists(MUTATION, min_size=1, max_size=3))
def test_mutated_generated_documents_scan_as_before(text: str, edits: list[tuple[str, float, int, str]]) -> None:
    assert_same_everywhere(mutate(text, edits))


# -- cases worth naming ------------------------------------------------------------------------

NAMED = {
    "empty": "",
    "text only": "hello { } }} > world",
    "stray '<' in text": "a < b",
    "unclosed text expression": "{{ a",
    "expression holding a tag": "{{ '<view>' }}<cell/>",
    "expressions holding braces": "{{ {a: 1} }}<cell a=\"{{ {b: 2} }}\" c='{{ {d: 3}}}'/>",
    "unclosed comment": "<!-- open",
    "comment closing at once": "<!---->",
    "comment too short to close": "<!--->",
    "comment with a tag": "<!-- <cell/> --><cell/>",
    "comment with an end tag": "<cell><!-- </cell> --></cell>",
    "expression with an end tag": "<cell>{{ '</cell>' }}</cell>",
    "wxs with a cell": "<cell><wxs>var a = '<cell>';</wxs></cell>",
    "value with a tag and a comment": '<view a="<cell/> <!-- x -->"><cell/></view>',
    "value expression holding the other quote": "<cell a=\"{{ 'x' }}\" b='{{ \"y\" }}'/>",
    "value expression holding its own quote": '<cell a="{{ "x" }}"/>',
    "value expression left open": '<cell a="{{ x"/>',
    "value expression closed twice": '<cell a="{{ x }}}}"/>',
    "three braces": '<cell a="{{{ x }}"/>{{{ y }}',
    "end tag with spaces": "<cell>\n</cell\t\r\n>",
    "end tag with junk": "<cell></cell x>",
    "mismatched end tag": "<view></text>",
    "orphan end tag": "</view>",
    "unclosed start tag": "<view>",
    "end tag name longer": "<cell></cellx>",
    "wxs raw body": '<wxs module="m">var a = "</view>" < 1;</wxs><cell/>',
    "wxs without end": "<wxs>var a = 1",
    "wxs end look-alike": "<wxs></wxsa></wxs>",
    "wxs self-closing": '<wxs src="./a.wxs"/><cell/>',
    "wxs-like name": "<wxsa><cell/></wxsa>",
    "wxs inside cell": "<cell><wxs>a</wxs></cell>",
    "nested cells": "<cell><cell a='1'><cell/></cell></cell>",
    "brace in a name": "<a{{></a{{>",
    "brace in a name, then an open expression": "<a{{></a{>{{",
    "bare attribute then value": "<cell a b='1' c/>",
    "unquoted value": "<cell a=1/>",
    "slash in a tag": "<view / >",
    "nameless value": '<view ="x"></view>',
    "DOCTYPE": "<!DOCTYPE html><view/>",
    "deep but shallow enough": "<a>" * 24 + "</a>" * 24,
    "deeper than one match checks": "<a>" * 25 + "<cell/>" + "</a>" * 25,
    "deep and mismatched": "<a>" * 30 + "</b>" + "</a>" * 29,
    "deep and one short": "<a>" * 30 + "</a>" * 29,
}


@pytest.mark.parametrize("text", list(NAMED.values()), ids=list(NAMED))
def test_named_cases_scan_as_before(text: str) -> None:
    assert_same_everywhere(text)


def test_cells_and_marked_comments_are_found_with_their_positions() -> None:
    text = f'<!-- {MARK} -->\n<view>\n  <cell plugid="p" a=\'{{{{ x }}}}\'>\n  </cell>\n  <!-- other -->\n</view>'
    doc = scan(text, {"cell"}, MARK)
    assert doc is not None
    comment, cell = doc.children
    assert isinstance(comment, Comment) and comment.text == f" {MARK} "
    assert isinstance(cell, Element) and (cell.tag, cell.start.line, cell.start.column) == ("cell", 3, 3)
    assert [(a.name, a.value, a.quote) for a in cell.attributes] == [("plugid", "p", '"'), ("a", "{{ x }}", "'")]
    assert (cell.end.line, cell.end.column) == (4, 10)
    assert_same(text, {"cell"}, MARK)


# -- inputs built to hang a backtracking or rescanning scanner ---------------------------------

LONG = 100_000
PATHOLOGICAL = {
    "deep valid nesting": "<a>" * (LONG // 7) + "</a>" * (LONG // 7),
    "deep nesting, wrong at the bottom": "<a>" * (LONG // 7) + "</b>" + "</a>" * (LONG // 7),
    "deep nesting of cells": "<cell>" * (LONG // 13) + "</cell>" * (LONG // 13),
    "deep nesting, never closed": "<a><b>" * (LONG // 6),
    "long text, then a stray '<'": "x" * LONG + "<",
    "long text, then an open expression": "x" * LONG + "{{",
    "single braces": "{ " * (LONG // 2) + "{{",
    "comment look-alikes": "<!-" * (LONG // 3),
    "a comment of dashes, unclosed": "<!--" + "-" * LONG,
    "a comment of '->', unclosed": "<!--" + "->" * (LONG // 2),
    "wxs end look-alikes": "<wxs>" + "</wxsa" * (LONG // 6),
    "wxs end look-alikes, then the end": "<wxs>" + "</wxsa" * (LONG // 6) + "</wxs><cell/>",
    "braces in a value, unclosed": '<cell a="' + "{" * LONG + '"/>',
    "closed expressions in a value, then an open one": '<cell a="' + "{{}}" * (LONG // 4) + '{{"/>',
    "closing braces in a value": '<cell a="{{' + "}" * LONG,
    "many cells": "<cell/>" * (LONG // 7),
    "many marked comments": f"<!-- {MARK} -->" * (LONG // 40),
    "many cells, the last unclosed": "<cell></cell>" * (LONG // 13) + "<cell>",
    "attributes and values, no '>'": "<cell" + ' a="x" b' * (LONG // 8),
    "tags cut by the next": "<cell a='1'" * (LONG // 11),
    "values holding tags, no '>'": "<cell" + ' b="<cell c=\'"' * (LONG // 13),
    "stray '<' everywhere": "<" * LONG,
    "end tags without start tags": "</cell>" * (LONG // 7),
    "open expressions in text": "{{" * LONG,
}


@pytest.mark.parametrize("text", list(PATHOLOGICAL.values()), ids=list(PATHOLOGICAL))
def test_pathological_input_is_scanned_to_the_end(text: str) -> None:
    assert_same(text, ())
    assert_same(text, {"cell", "a", "wxs"}, MARK)


@given(st.text(alphabet="ab\n\r<>", max_size=80), st.lists(st.integers(0, 80), max_size=12))
def test_counted_positions_are_the_line_index_positions(text: str, offsets: list[int]) -> None:
    """The scan's line counter answers as LineIndex, whatever order the offsets come in."""
    counter, index = wxml._Counter(text), wxml.LineIndex(text)
    for offset in (min(offset, len(text)) for offset in offsets):
        assert counter.position(offset) == index.exact(offset)
