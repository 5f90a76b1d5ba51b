"""A cell's start tag re-read after a fix (``lint --fix`` vets each fix on it) goes through the
scanner's start-tag reading when the text is one well-formed start tag, and through
``parse_template`` otherwise: both give the same element, for any tag a fix can leave."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_uniapp_scan import _element_key, attributes
from tests.uniapp_project import build
from wecontact_cli.edits import TextEdit
from wecontact_cli.frameworks.registry import open_project
from wecontact_cli.frameworks.uniapp.rules._examples import page_files
from wecontact_cli.frameworks.uniapp.units import UniUnit
from wecontact_cli.syntax.vue import parse_template, scan_start_tag

DEBRIS = st.sampled_from(["", " ", "<", ">", "/", "/>", "=", '"', "'", "a", "<!--", "-->", "</cell>", "{{", "\n",
                          "x=1", "plugid", "@"])


@st.composite
def start_tags(draw: st.DrawFn) -> str:
    """A start tag (maybe damaged: a character or a piece put anywhere, before or after it)."""
    tag = draw(st.sampled_from(["cell", "contact-cell", "Cell", "view", "img", "textarea"]))
    text = f"<{tag}{draw(attributes())}{draw(st.sampled_from(['/>', '>', ' />', '', ' >']))}"
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 2))
        text = text[:at] + draw(DEBRIS) + text[at + cut:]
    return text


@settings(max_examples=1000, deadline=None)
@given(start_tags())
def test_a_start_tag_reads_as_the_parser_reads_it(text: str) -> None:
    fast = scan_start_tag(text)
    if fast is None:
        return  # the parser reads it
    element = next(parse_template(text).iter_elements(), None)
    assert element is not None, text
    assert _element_key(fast) == _element_key(element), text


def test_the_fast_reading_declines_what_is_not_one_start_tag() -> None:
    for text in ("<cell a='1' a='2' />", "<cell />x", " <cell />", "<cell", "<cell a=\"1\" /><view>", "text"):
        assert scan_start_tag(text) is None, text
    assert scan_start_tag('<cell plugid="a" @completemessage="done" />') is not None


@settings(max_examples=150, deadline=None)
@given(attributes(), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 3), DEBRIS), max_size=2))
def test_a_fixed_cell_is_the_one_the_parser_rereads(tmp_path_factory: object, attrs: str,
                                                   edits: list[tuple[int, int, str]]) -> None:
    """``reread_cell`` after random edits inside the start tag gives the cell that re-reading the
    edited tag with ``parse_template`` gives (or None for both)."""
    root = build(Path(tmp_path_factory.mktemp("p")), page_files(f"<cell{attrs} />"))  # type: ignore[attr-defined]
    project = open_project(root)
    unit = project.load_unit(next(r for r in project.unit_refs() if r.relpath == "pages/index/index"))
    assert isinstance(unit, UniUnit)
    cells = unit.cells()
    if not cells:
        return
    cell = cells[0]
    span = cell.start_tag
    placed: list[TextEdit] = []
    for at, cut, text in edits:
        start = min(span.start + at, span.end)
        if not any(e.start <= start < max(e.end, e.start + 1) for e in placed):
            placed.append(TextEdit(start, min(start + cut, span.end), text))
    placed.sort(key=lambda e: e.start)
    fast = unit.reread_cell(cell, placed)
    import wecontact_cli.syntax.vue as vue

    original = vue.scan_start_tag
    vue.scan_start_tag = lambda text: None  # type: ignore[assignment]  # the parser's reading only
    try:
        slow = unit.reread_cell(cell, placed)
    finally:
        vue.scan_start_tag = original
    assert fast == slow, (attrs, placed)
