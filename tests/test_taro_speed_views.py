"""Reading a Taro view fast: byte offsets become characters by runs of one width, and a view read
without its comments searches the tree only where a wanted tag is spelled. Each agrees with the
plain way (every character indexed, the whole tree searched)."""

from __future__ import annotations

import bisect

from hypothesis import given, settings, strategies as st

from wecontact_cli.syntax.jscommon import Parsed
from wecontact_cli.syntax.jsx import read_view


def plain_chars(text: str) -> list[int]:
    """The character offset of every byte offset, as the index of every wide character gave it."""
    ends, extras, extra = [], [], 0
    for position, char in enumerate(text):
        code = ord(char)
        if code < 0x80:
            continue
        width = 2 if code < 0x800 else 3 if code < 0x10000 else 4
        extra += width - 1
        ends.append(position + extra + 1)
        extras.append(extra)
    size = len(text.encode("utf-8", "surrogatepass"))
    found = []
    for byte in range(size + 1):
        index = bisect.bisect_right(ends, byte) - 1
        found.append(byte - (extras[index] if index >= 0 else 0))
    return found


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", " ", "\n", "é", "ß", "商", "品", "\u0800", "\uffff", "😀", "\U0010ffff",
                                         "\ud800", "'", "{"]), max_size=40))
def test_runs_convert_every_byte_offset_as_the_plain_index(text: str) -> None:
    parsed = Parsed(text, "javascript")
    size = len(parsed.data)
    assert [parsed.char(b) for b in range(size + 1)] == plain_chars(text)


TAGS = {"cell", "wecom-contact"}
NAMES = ["cell", "Cell", "CELL", "ce-ll", "c_e_l_l", "wecom-contact", "WecomContact", "wecomContact", "View",
         "UI.Cell", "ui.cell", "a.b.Cell", "Cellar", "xcell", "Tag", "cellcell", "ＣELL", "\u212aCELL"]
NOISE = ["", "商品 cell 列表", "{/* cell */}", "{'cell'}", "{`<cell>`}", "// cell\n", "😀", "{x > 1 ? 'a' : 'b'}",
         "<Text>Cell</Text>", "{/* wecontact-disable-next-line WC203 */}"]


def view(parts: list[tuple[str, str, bool]], quoted: bool) -> str:
    body = []
    for name, noise, nest in parts:
        body.append(noise)
        body.append(f"<{name} plugid='x' onCompletemessage={{done}}>{noise}</{name}>" if nest
                    else f"<{name} plugid='x' styleType={{2}} />")
    head = "const Tag = 'cell'\n" if quoted else "const Tag = 'other'\n"
    return head + "// 页面\nexport default function Index() {\n  const done = () => {}\n  return (\n    <View>\n" + \
        "\n".join("      " + line for line in body) + "\n    </View>\n  )\n}\n"


def summary(text: str, filename: str, comments: bool) -> tuple[object, ...]:
    found = read_view(text, filename, TAGS, comments=comments)
    return (found.syntax_ok, found.elements, found.hidden)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(NOISE), st.booleans()), max_size=7),
       st.booleans(), st.sampled_from(["index.tsx", "index.jsx", "index.js"]))
def test_searching_only_where_a_tag_is_spelled_finds_what_the_whole_search_finds(
        parts: list[tuple[str, str, bool]], quoted: bool, filename: str) -> None:
    text = view(parts, quoted)
    assert summary(text, filename, comments=False) == summary(text, filename, comments=True)
    assert read_view(text, filename, TAGS, comments=False).comments == ()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(NOISE), st.booleans()), max_size=5),
       st.integers(0, 10_000), st.sampled_from(["<", ">", "{", "}", "/", "'", " ", "cell"]))
def test_the_narrow_search_on_broken_views(parts: list[tuple[str, str, bool]], at: int, inserted: str) -> None:
    text = view(parts, False)
    position = at % (len(text) + 1)
    text = text[:position] + inserted + text[position:]
    assert summary(text, "index.tsx", comments=False) == summary(text, "index.tsx", comments=True)


# -- a handler's name is looked up in the statements that write it ------------------------------

from wecontact_cli.syntax import jsx  # noqa: E402
from wecontact_cli.syntax.jscommon import walk  # noqa: E402

DECLARATIONS = ["const on = () => {}\n", "let onStart = 1\n", "var onDone\n", "function onStart() {}\n",
                "const { onDone, x: [onStart] } = props\n", "import onDone, { on as onStart } from 'm'\n",
                "export const on = function onDone() {}\n", "class onStart {}\n", "if (a) { var on = 2 }\n",
                "for (let onDone of xs) { f(onDone) }\n", "try { g() } catch (onStart) { var onDone }\n",
                "// const onStart = 1\n", "const s = 'onDone'\n", "export default function P(on, { onStart }) {\n",
                "}\n", "const C = (onDone = 1) => {\n", "  var onStart\n", "const 商 = 1\n", "label: { var on }\n"]
USES = ["  f(on)\n", "  f(onStart)\n", "  f(onDone)\n", "  f(商)\n", "  <cell onStartmessage={onDone} />\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DECLARATIONS + USES), max_size=14))
def test_a_lookup_reading_only_the_statements_that_write_a_name_finds_what_all_bindings_find(
        pieces: list[str]) -> None:
    parsed = Parsed("".join(pieces), "tsx")
    fast, full = jsx._Scopes(parsed.data), jsx._Scopes()
    for node in walk(parsed.root):
        if node.type != "identifier":
            continue
        name, scopes = jsx.text_of(node), jsx._scopes_of(node)
        found, expected = fast.lookup(name, scopes), full.lookup(name, scopes)
        assert (found is None) == (expected is None), name
        if found is not None and expected is not None:
            assert found.kind == expected.kind
            assert (found.value.id if found.value else None) == (expected.value.id if expected.value else None)


# -- a start tag of ASCII bytes converts its offsets from its first byte ------------------------

ATTRIBUTES = [" plugid='a1'", " styleType={2}", ' title="商品"', " onStartmessage={onDone}", " {...props}",
              " isMask", "\n  buttonText='联系 é'", " note={'😀'}", " a={<b x='ü' />}", " x=\"&amp;\""]
AROUND = ["商品", "é", "x", "\n", "😀", ""]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(AROUND), st.lists(st.sampled_from(ATTRIBUTES), max_size=5),
                          st.booleans()), min_size=1, max_size=4))
def test_an_ascii_start_tag_converts_offsets_as_the_text_does(elements: list[tuple[str, list[str], bool]]) -> None:
    body = "".join(f"{before}<cell{''.join(attrs)}" + (" />" if closed else f">{before}</cell>")
                   for before, attrs, closed in elements)
    text = f"const onDone = () => {{}}\nexport default () => (<>{body}</>)\n"
    fast = jsx.read_view(text, "index.tsx", {"cell"}, comments=False)
    plain = jsx._Reader.span
    try:
        jsx._Reader.span = lambda self, node: self.parsed.span(node)  # type: ignore[method-assign]
        expected = jsx.read_view(text, "index.tsx", {"cell"}, comments=False)
    finally:
        jsx._Reader.span = plain  # type: ignore[method-assign]
    assert fast == expected
    assert len(fast.elements) == len(elements) or not fast.syntax_ok


PREFIXES = ["const a = 1\n", "商品 😀 é", "\n\n", "return (<>", "<<{", "/* open", "'", "\r\n", "\ud800"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PREFIXES), max_size=6), st.lists(st.sampled_from(ATTRIBUTES), max_size=5),
       st.booleans())
def test_a_start_tag_read_in_place_is_read_as_alone_whatever_comes_before(
        prefix: list[str], attrs: list[str], closed: bool) -> None:
    """A cell's fix is checked by reading its edited start tag where it stands: the text before it
    is not parsed (broken code there changes nothing), and every offset is the file's."""
    before = "".join(prefix)
    tag = f"<cell{''.join(attrs)}" + (" />" if closed else "></cell>")
    in_place = jsx.read_view(before + tag, "index.tsx", {"cell"}, comments=False, start=len(before))
    blanks = " " * len(before)
    whole = jsx.read_view(blanks + tag, "index.tsx", {"cell"}, comments=False)  # blanks parse to nothing
    assert in_place == whole
    assert in_place.syntax_ok and len(in_place.elements) == 1
    element = in_place.elements[0]
    assert (element.start, element.tag_start) == (len(before), len(before) + 1)
