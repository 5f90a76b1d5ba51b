"""Reading Taro views fast: jsx.read_view finds start tags and comments with a tree-sitter query
(only names that may matter), and must find exactly what a walk over every node finds."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from wecontact_cli.syntax.jscommon import Parsed, grammar_for, text_of, walk
from wecontact_cli.syntax.jsx import read_view

NAMES = ["cell", "Cell", "CELL", "wecom-contact", "WecomContact", "View", "Text", "UI.Cell", "ui.cell", "Tag",
         "contact_cell", "Cellar", "div"]
TAGS = {"cell", "wecom-contact"}


def fold(tag: str) -> str:
    return tag.replace("-", "").replace("_", "").lower()


def reference(text: str, filename: str) -> tuple[list[tuple[str, int]], list[tuple[str, int]], list[int]]:
    """Wanted elements, look-alike tags and comments, found by visiting every node."""
    parsed = Parsed(text, grammar_for(filename))
    elements, lookalikes, comments = [], [], []
    for node in walk(parsed.root):
        if node.type == "comment":
            comments.append(parsed.char(node.start_byte))
        if node.type not in ("jsx_opening_element", "jsx_self_closing_element"):
            continue
        name = node.child_by_field_name("name")
        if name is None:
            continue
        tag = text_of(name)
        whole = node.parent if node.type == "jsx_opening_element" else node
        start = parsed.char(whole.start_byte)
        if tag in TAGS:
            elements.append((tag, start))
        elif not (tag[:1].islower() and "." not in tag) and fold(tag.rsplit(".", 1)[-1]) in {fold(t) for t in TAGS}:
            lookalikes.append((tag, start))
    return elements, lookalikes, comments


def view_text(names: list[str], nested: list[bool], comments: list[bool], quoted: bool) -> str:
    body, depth = [], 0
    for name, nest, comment in zip(names, nested, comments):
        if comment:
            body.append("{/* wecontact-disable-next-line WC203 */}")
        if nest:
            body.append(f"<{name} plugid='x'>")
            depth += 1
        else:
            body.append(f"<{name} plugid='x' onCompletemessage={{done}} />")
    body += [f"</{n}>" for n in reversed([n for n, nest in zip(names, nested) if nest])]
    head = "const Tag = 'other'\n" if quoted else ""
    return head + "// a view\nexport default function Index() {\n  const done = () => {}\n  return (\n    <View>\n" + \
        "\n".join("      " + line for line in body) + "\n    </View>\n  )\n}\n"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(NAMES), st.booleans(), st.booleans()), max_size=8), st.booleans(),
       st.sampled_from(["index.tsx", "index.jsx", "index.js"]))
def test_the_query_finds_what_a_walk_finds(items: list[tuple[str, bool, bool]], quoted: bool, filename: str) -> None:
    names = [n for n, _, _ in items]
    text = view_text(names, [nest for _, nest, _ in items], [c for _, _, c in items], quoted)
    view = read_view(text, filename, TAGS)
    elements, lookalikes, comments = reference(text, filename)
    assert [(e.tag, e.start) for e in view.elements] == elements
    assert [(h.tag, h.start) for h in view.hidden if h.kind == "component"] == lookalikes
    assert [c.start if c.kind != "jsx" else c.start + 1 for c in view.comments] == comments


def test_a_tag_held_in_a_variable_is_found_only_where_the_file_writes_it_as_a_string() -> None:
    text = "const Tag = 'cell'\nexport default () => <View><Tag plugid='x' /><Other /></View>\n"
    (hidden,) = read_view(text, "index.tsx", TAGS).hidden
    assert (hidden.kind, hidden.tag, hidden.stands_for) == ("variable", "Tag", "cell")
    assert read_view(text.replace("'cell'", "'other'"), "index.tsx", TAGS).hidden == ()
