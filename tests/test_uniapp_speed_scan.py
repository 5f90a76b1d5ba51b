"""The .vue fast path (``vue.scan_sfc``) on damaged files: whatever it vouches for is what
``split_sfc`` + ``parse_template`` read, without a problem. Files are generated whole and then
hit with the characters that end a tag name or start a token (``<a<b``, ``<a=1``, ``<a"x"``,
``{{``, ``<!--`` ...) anywhere; and the markup scan stays linear on long near-matches."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_uniapp_scan import WANTED, _full, assert_the_fast_path_reads_what_the_parser_reads, sfc_text
from wecontact_cli.model.unit import SUPPRESSION_DIRECTIVE
from wecontact_cli.syntax.vue import scan_sfc

DEBRIS = st.sampled_from(["<", ">", "=", '"', "'", "/", "/>", "</", "{{", "}}", "{", "<!--", "-->", "`", "\r",
                          "\f", "<cell", "<x<y>", "</view=1>", " a=b/", "&", "<!", "<?", "<1", " v-pre", " v-", " :[a",
                          " v-:x", "SCRIPT", "Template", "<_", "<联", "<é"])


@st.composite
def damaged(draw: st.DrawFn) -> str:
    text = draw(sfc_text())
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(DEBRIS) + text[at + draw(st.integers(0, 1)):]
    return text


@settings(max_examples=1500, deadline=None)
@given(damaged())
def test_what_the_fast_path_vouches_for_is_what_the_parser_reads(text: str) -> None:
    assert_the_fast_path_reads_what_the_parser_reads(text)


def test_what_the_parser_reports_is_left_to_it() -> None:
    """Each of these once passed the fast path although the parser reports a problem."""
    for markup in ("<c<ell/>", '<c="x"/>', "<cell=1 />", "<view'a'></view'a'>", "<view v->x</view>",
                   "<view :[a>x</view>", "<view v-:x></view>", "a <联系 b"):
        text = f"<template><view>{markup}</view></template>"
        assert scan_sfc(text, WANTED) is None, text
        assert _full(text)[1] != (), text
    for text in ("{{<template>\n</template>\n", '<template lang=/>"html">\n</template>\n', "<template v->\n</template>\n",
                 "<template></template>\n<SCRIPT>\nconst b = '</script>'\n"):
        assert scan_sfc(text, WANTED) is None, text
        assert _full(text)[1] != (), text


def test_a_cell_under_v_pre_is_left_to_the_parser() -> None:
    """Under ``v-pre`` Vue reads no directive: ``:a`` is a plain attribute there."""
    text = '<template><view v-pre><cell :a="1" /></view></template>'
    assert scan_sfc(text, WANTED) is None
    assert [a.directive for a in _full(text)[2][0].attributes] == [None]


def test_the_markup_scan_is_linear_on_long_near_matches() -> None:
    for filler in ("<view a" + " b" * 50_000, "{{" * 50_000, "<!-" * 30_000, '<view a="' + "x" * 100_000,
                   "<" * 100_000, "</view" + " " * 100_000):
        text = f"<template>\n{filler}\n</template>\n"
        scanned = scan_sfc(text, WANTED, SUPPRESSION_DIRECTIVE)
        assert scanned is None or _full(text)[1] == (), filler[:20]


NAME_PIECES = st.sampled_from(["v-", "v-on", "v-bind", ":", "@", "#", ".", "..", "[", "]", "a", "b", "x.y", "[a.b]",
                               "stop", "-", "联", "["])


@settings(max_examples=1500, deadline=None)
@given(st.lists(NAME_PIECES, min_size=1, max_size=6).map("".join), st.integers(0, 8))
def test_an_attribute_name_decomposes_as_read_character_by_character(raw: str, at: int) -> None:
    """``read_argument`` finds the first '.' and reads bracket by bracket only when a '['
    comes before it: the argument, its span, dynamic and unclosed are the character reading's."""
    from wecontact_cli.syntax import vue

    at = min(at, len(raw))
    fast = vue._Name(raw, 10, [])
    end = fast.read_argument(at)
    expected_end, unclosed = vue._bracketed_argument_end(raw, at)  # the character reading, for every name
    assert end == expected_end, raw
    if end == at:
        assert (fast.argument, fast.dynamic, fast.problems) == (None, False, [])
        return
    argument = raw[at:end]
    dynamic = argument.startswith("[")
    inner_start = at + 1 if dynamic else at
    inner_end = end - 1 if dynamic and argument.endswith("]") and len(argument) > 1 else end
    assert (fast.argument, fast.argument_start, fast.argument_end, fast.dynamic) == (
        raw[inner_start:inner_end], 10 + inner_start, 10 + inner_end, dynamic), raw
    assert len(fast.problems) == (1 if unclosed and dynamic else 0), raw


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.lists(NAME_PIECES, min_size=1, max_size=4).map("".join),
                          st.sampled_from(['="1"', "='x'", "=y", ""])), min_size=1, max_size=4))
def test_a_start_tags_attributes_are_the_parsers(attributes: list[tuple[str, str]]) -> None:
    """The scanner's attributes of a start tag (a plain name's parts taken as decompose
    leaves them) are what ``parse_template`` reads, for every tag it vouches for."""
    from wecontact_cli.syntax.vue import parse_template, scan_start_tag

    names = [n for n, _ in attributes]
    if len(set(names)) != len(names):
        return
    text = "<cell " + " ".join(n + v for n, v in attributes) + " />"
    scanned = scan_start_tag(text)
    if scanned is None:
        return
    parsed = next(parse_template(text).iter_elements())
    assert scanned.attributes == parsed.attributes, text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["lang", "setup", "src", "x"]), st.sampled_from([None, "", "ts", "a"])),
                max_size=5), st.sampled_from(["lang", "setup", "src", "absent"]))
def test_a_blocks_attribute_is_the_last_one_written(written: list[tuple[str, str | None]], name: str) -> None:
    """``Block.get``: the value of the last attribute with that name ("" when valueless)."""
    from wecontact_cli.syntax.vue import Attribute, Block

    attributes = tuple(Attribute(n, 0, 0, 0, None, None, None, None, False, (), v, None, None, "")
                       for n, v in written)
    values = [v for n, v in written if n == name]
    expected = None if not values else (values[-1] or "")
    assert Block("script", attributes, 0, 0, 0, 0, True).get(name) == expected
