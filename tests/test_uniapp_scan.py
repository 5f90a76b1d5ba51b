"""The fast path for .vue files (``vue.scan_sfc``) vouches only for what the full parser
(``split_sfc`` + ``parse_template``) reads the same way, without a problem: the same blocks,
the same cells with the same attributes and positions, the same suppression comments."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.model.unit import SUPPRESSION_DIRECTIVE
from wecontact_cli.syntax.vue import Element, parse_template, scan_sfc, split_sfc

WANTED = frozenset({"cell", "contact-cell"})

NAMES = st.sampled_from(["plugid", "styleType", ":styleType", "style-type", "@completemessage",
                         "@complete-message.stop", "v-on:startmessage", "v-bind", ":[dyn]", "isMask", "class",
                         "#default", "v-if", ":class", "data-x", "bind:completemessage", ".prop"])
VALUES = st.sampled_from(['"a1b2c3d4"', "'2'", '"{{ x }}"', '"a > b"', "bare", '""', "'x\"y'", '"&amp;"', None,
                          '"{ a: 1 }"', "'<cell>'"])
SEPARATORS = st.sampled_from([" ", "\n  ", "\t", "  \n    "])


@st.composite
def attributes(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        name, value = draw(NAMES), draw(VALUES)
        eq = draw(st.sampled_from(["=", " = "]))
        parts.append(draw(SEPARATORS) + name + ("" if value is None else eq + value))
    return "".join(parts)


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    pieces = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["cell", "element", "text", "comment", "void", "mustache", "raw", "broken"]))
        if kind == "cell":
            tag = draw(st.sampled_from(["cell", "contact-cell", "Cell"]))
            close = draw(st.sampled_from(["/>", f"></{tag}>", ">"]))
            pieces.append(f"<{tag}{draw(attributes())}{close}")
        elif kind == "element" and depth < 3:
            tag = draw(st.sampled_from(["view", "text", "template", "View", "button"]))
            end = draw(st.sampled_from([tag, tag.lower(), tag.upper()]))
            pieces.append(f"<{tag}{draw(attributes())}>{draw(markup(depth + 1))}</{end}>")
        elif kind == "text":
            pieces.append(draw(st.sampled_from(["hello", "a < b", "联系我们", "x > 1", "&lt;"])))
        elif kind == "comment":
            pieces.append(draw(st.sampled_from([f"<!-- {SUPPRESSION_DIRECTIVE} UA101 -->", "<!-- #ifdef MP-WEIXIN -->",
                                                "<!-- note -->", "<!-- <cell plugid='x' /> -->"])))
        elif kind == "void":
            pieces.append(draw(st.sampled_from(["<img src=\"a.png\">", "<input />", "<br>"])))
        elif kind == "mustache":
            pieces.append(draw(st.sampled_from(["{{ a<b }}", "{{ '}' }}", "{{ x }}"])))
        elif kind == "raw":
            pieces.append(draw(st.sampled_from(["<textarea><cell plugid='raw' /></textarea>", "<style>.a>b{}</style>"])))
        else:
            pieces.append(draw(st.sampled_from(["<view>", "</view>", "<", "<cell", "<!--", "</template>"])))
        pieces.append(draw(SEPARATORS))
    return "".join(pieces)


@st.composite
def sfc_text(draw: st.DrawFn) -> str:
    lang = draw(st.sampled_from(["", ' lang="html"', ' lang="pug"']))
    template = f"<template{lang}>\n{draw(markup())}\n</template>\n"
    script = draw(st.sampled_from(["", "<script>\nexport default { methods: { a() { return '</template>' } } }\n</script>\n",
                                   "<script setup lang=\"ts\">\nconst a = 1 < 2\n</script>\n",
                                   "<SCRIPT>\nconst b = '</script>'\n</SCRIPT>\n"]))
    others = draw(st.sampled_from(["", "<style scoped>\n.x > .y {}\n</style>\n", "<route lang=\"json\">{}</route>\n",
                                   f"<!-- {SUPPRESSION_DIRECTIVE} -->\n"]))
    twice = draw(st.sampled_from(["", "", "", "<template><view /></template>\n", "<script>\n</script>\n"]))
    order = draw(st.permutations([template, script, others, twice]))
    return "".join(order)


def _element_key(element: Element) -> tuple:
    return (element.tag, element.tag_start, element.tag_end, element.start, element.open_end, element.self_closing,
            element.attributes)


def _full(text: str) -> tuple:
    sfc = split_sfc(text)
    block = sfc.template
    html = block is not None and block.lang in (None, "", "html")  # another language is not markup
    template = parse_template(text, block.content_start, block.content_end) if html else None
    problems = (*sfc.problems, *(template.problems if template is not None else ()))
    cells = [e for e in template.iter_elements() if e.tag in WANTED] if template is not None else []
    comments = [(c.text, c.start, c.end) for c in (*sfc.comments, *(template.comments if template is not None else ()))
                if SUPPRESSION_DIRECTIVE in c.text]
    return sfc, problems, cells, comments


@settings(max_examples=400, deadline=None)
@given(sfc_text())
def test_the_fast_path_reads_what_the_parser_reads(text: str) -> None:
    assert_the_fast_path_reads_what_the_parser_reads(text)


def assert_the_fast_path_reads_what_the_parser_reads(text: str) -> None:
    """What the fast path vouches for (when it does) is what the parser reads, problem-free."""
    scanned = scan_sfc(text, WANTED, SUPPRESSION_DIRECTIVE)
    if scanned is None:
        return  # the parser runs: nothing to compare
    sfc, problems, cells, comments = _full(text)
    assert problems == (), text
    assert [(b.tag, b.start, b.end, b.content_start, b.content_end, b.attributes) for b in scanned.sfc.blocks] == \
        [(b.tag, b.start, b.end, b.content_start, b.content_end, b.attributes) for b in sfc.blocks], text
    assert [_element_key(e) for e in scanned.elements] == [_element_key(e) for e in cells], text
    assert sorted((c.text, c.start, c.end) for c in scanned.comments) == sorted(comments), text


def test_the_fast_path_vouches_for_ordinary_pages() -> None:
    text = ('<template>\n  <view class="page">\n    <!-- #ifdef MP-WEIXIN -->\n    <cell plugid="a1b2c3d4"\n'
            '          :styleType="2" @completemessage="done" />\n    <!-- #endif -->\n    <img src="a.png">\n'
            '    <text>{{ a < b ? "x" : "y" }}</text>\n  </view>\n</template>\n\n<script setup lang="ts">\n'
            'function done() {}\n</script>\n')
    scanned = scan_sfc(text, WANTED, SUPPRESSION_DIRECTIVE)
    assert scanned is not None and [e.tag for e in scanned.elements] == ["cell"]
    assert [a.raw_name for a in scanned.elements[0].attributes] == ["plugid", ":styleType", "@completemessage"]
    assert [b.tag for b in scanned.sfc.blocks] == ["template", "script"] and scanned.sfc.script_setup is not None


def test_the_fast_path_declines_what_it_cannot_vouch_for() -> None:
    for text in ("<template><view></template>", "<template><cell plugid='x'></template>",
                 "<template><view>\n</View>", "<script>\nconst a = 1\n"):
        assert scan_sfc(text, WANTED) is None, text
