"""wxml.parse_markup: the WXML scanner on a range of a text, with dialect options (Vue's HTML)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.syntax.wxml import WXML, MarkupOptions, parse_markup, parse_wxml

WXML_TEXT = st.text(alphabet=st.sampled_from(list("<>/=\"' \n!-{}wxsviewtext")), max_size=200)


@settings(max_examples=300, deadline=None)
@given(WXML_TEXT)
def test_default_options_read_exactly_as_parse_wxml(text: str) -> None:
    markup = parse_markup(text)
    expected = parse_wxml(text)
    assert repr(list(markup.document.iter_elements())) == repr(list(expected.iter_elements()))
    assert markup.document.problems == expected.problems
    assert [(e.tag, e.attributes, e.start, e.end) for e in markup.document.iter_elements()] == \
        [(e.tag, e.attributes, e.start, e.end) for e in expected.iter_elements()]


def test_a_range_is_parsed_with_offsets_lines_and_columns_of_the_whole_text() -> None:
    text = "<a>\n<view x=\"1\"><text/></view>\n</a>"
    start, end = text.index("<view"), text.index("\n</a>")
    markup = parse_markup(text, start, end)
    view = next(markup.document.iter_elements())
    assert (view.start.offset, view.start.line, view.start.column) == (start, 2, 1)
    assert view.end.offset == end and markup.document.problems == ()
    assert markup.end_tags == {start: text.index("</view>")}


def test_end_tags_map_only_elements_closed_by_their_own_end_tag() -> None:
    text = "<c><a><a></a></c><b/>"
    markup = parse_markup(text)
    c = next(markup.document.iter_elements())
    outer_a = c.children[0]
    assert markup.end_tags[c.start.offset] == text.index("</c>")
    assert outer_a.start.offset not in markup.end_tags  # closed by the mismatched </c>


def test_void_and_raw_tags() -> None:
    options = MarkupOptions(void_tags=frozenset({"input"}), raw_tags=frozenset({"script"}))
    text = "<view><input></input><script>if (a < b) '</view>'</script></view>"
    markup = parse_markup(text, options=options)
    assert markup.document.problems == ()
    view = next(markup.document.iter_elements())
    assert [c.tag for c in view.children] == ["input", "script"]


def test_html_values_and_text() -> None:
    options = MarkupOptions(braces_in_values=False, unquoted_values=True, lt_in_text=True, fold_end_tags=True)
    markup = parse_markup("<View a=b/c t=\"{{\" z=\"}}\">1 < 2</view>", options=options)
    assert markup.document.problems == ()
    view = next(markup.document.iter_elements())
    assert [(a.name, a.value) for a in view.attributes] == [("a", "b/c"), ("t", "{{"), ("z", "}}")]
    # the same text is three problems for WXML
    assert len(parse_markup("<view a=b t=\"{{\">1 < 2</view>", options=WXML).document.problems) >= 2


def test_sfc_root_blocks_are_raw_except_an_html_template() -> None:
    options = MarkupOptions(sfc_root=True)
    text = "<template><view><b></view></template><docs># <b></docs>"
    markup = parse_markup(text, options=options)
    template, docs = markup.document.children
    assert [c.tag for c in template.children] == ["view"]  # type: ignore[union-attr]
    assert docs.children[0].text == "# <b>"  # type: ignore[union-attr]
