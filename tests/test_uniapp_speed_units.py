"""A .vue file's line numbers are counted for its first few questions (a cell or two, a
suppression) and read from a line index after that: both give what ``LineIndex`` gives,
for any text, any offset (out of range included) and any number of questions."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.uniapp_project import build
from wecontact_cli.frameworks.registry import open_project
from wecontact_cli.frameworks.uniapp.units import UniUnit, VueFile
from wecontact_cli.text.positions import LineIndex

TEXTS = st.lists(st.sampled_from(["a", "\n", "\r\n", "\r", "<cell />", "联系", " ", "\u2028"]), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.lists(st.integers(-3, 60), min_size=1, max_size=12))
def test_a_units_line_numbers_are_the_line_indexs(tmp_path_factory: object, text: str, offsets: list[int]) -> None:
    root = build(Path(tmp_path_factory.mktemp("p")))  # type: ignore[attr-defined]
    page = root / "pages" / "index" / "index.vue"
    page.write_bytes(text.encode("utf-8"))
    project = open_project(root)
    unit = project.load_unit(VueFile(page, "pages/index/index"))
    assert isinstance(unit, UniUnit)
    index = LineIndex(text)
    assert [unit.line(offset) for offset in offsets] == [index.position(offset).line for offset in offsets]
