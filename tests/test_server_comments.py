"""Where the editor's "suppress on this line" writes its comment, in the syntax of the place
it lands in: an HTML comment in a Vue template, ``{/* */}`` among JSX children, ``//`` in
code; nothing where no comment can go (it would break the file or not be read)."""

from __future__ import annotations

import pytest

from wecontact_cli.edits import apply_edits
from wecontact_cli.frameworks.comments import js_directive, vue_directive

VUE = """<template>
  <view>
    <cell plugid="a1b2c3d4"
          bubbleColor="#123" />
  </view>
</template>

<script setup>
const x = 1
</script>
"""
TSX = """export default function Index() {
  const label = `a
  b`
  return (
    <View>
      <cell plugid="a1b2c3d4"
        bubbleColor="#123" />
    </View>
  )
}
"""


def written(text: str, edit: object) -> str:
    """The line the edit inserts."""
    assert edit is not None
    return apply_edits(text, [edit]).split("\n")  # type: ignore[list-item, return-value]


@pytest.mark.parametrize(("line", "expected"), [(3, "    <!-- wecontact-disable-next-line WC206 -->"),
                                                (2, "  <!-- wecontact-disable-next-line WC206 -->")])
def test_a_vue_template_line_gets_an_html_comment_with_its_indentation(line: int, expected: str) -> None:
    assert written(VUE, vue_directive(VUE, line, ["WC206"]))[line - 1] == expected


@pytest.mark.parametrize("line", [4, 9])  # inside a start tag; inside <script>
def test_no_vue_comment_where_none_can_go(line: int) -> None:
    assert vue_directive(VUE, line, ["WC206"]) is None


def test_jsx_children_get_a_jsx_comment_and_code_a_line_comment() -> None:
    assert written(TSX, js_directive(TSX, "index.tsx", 6, ["WC206"]))[5] == \
        "      {/* wecontact-disable-next-line WC206 */}"
    assert written(TSX, js_directive(TSX, "index.tsx", 7, ["WC206"]))[6] == \
        "        // wecontact-disable-next-line WC206"  # between attributes: Babel and TypeScript read it
    assert written(TSX, js_directive(TSX, "index.tsx", 2, ["WC206"]))[1] == "  // wecontact-disable-next-line WC206"


def test_no_js_comment_inside_a_template_literal() -> None:
    assert js_directive(TSX, "index.tsx", 3, ["WC206"]) is None
