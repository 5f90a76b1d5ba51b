"""A unit answers the rules' repeated questions from what it worked out the first time:
``problems()`` looks at the file once (three rules ask), and ``cells()`` of a file that holds
no cell answers before looking up any registration. Whatever the file and the order of the
questions, each answer is the one working everything out again gives."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_uniapp_speed_scan import damaged
from tests.uniapp_project import build
from wecontact_cli.frameworks.registry import open_project
from wecontact_cli.frameworks.uniapp.units import UniUnit
from wecontact_cli.model import Registration, Span
from wecontact_cli.syntax.vue import _NAME_CHARS, handler_name

QUESTIONS = st.lists(st.sampled_from(["problems", "cells", "cells-extra", "comments", "text"]), min_size=1,
                     max_size=6)


@settings(max_examples=150, deadline=None)
@given(damaged(), QUESTIONS, st.sampled_from(["pages/index/index.vue", "components/card/card.vue"]))
def test_repeated_questions_get_the_answers_of_a_fresh_look(tmp_path_factory: object, text: str,
                                                            questions: list[str], where: str) -> None:
    root = build(Path(tmp_path_factory.mktemp("p")), {where: text})  # type: ignore[attr-defined]
    project = open_project(root)
    ref = next(r for r in project.unit_refs() if r.relpath == where[:-len(".vue")])
    unit = project.load_unit(ref)
    assert isinstance(unit, UniUnit)
    span = Span(root / "pages.json", 0, 0)
    extra = {"contact-cell": Registration("contact-cell", "plugin://contactPlugin/cell", "page", None, span, span)}
    for question in questions:
        if question == "problems":
            assert unit.problems() == _looked_through(unit), (text, questions)
        elif question == "cells":
            assert unit.cells() == _looked_again(unit, None), (text, questions)
        elif question == "cells-extra":
            assert unit.cells(extra) == _looked_again(unit, extra), (text, questions)
        elif question == "comments":
            unit.comments()
        else:
            unit.text()


def _looked_through(unit: UniUnit) -> list:
    """``problems()`` as it answered before it kept its first look: every step again (a
    step the fast answer skipped would add the problems it found here)."""
    tags = unit.candidates()
    if unit.needs_reading(tags) and unit.scanned(tags) is None:
        unit.template()
    return list(unit._problems)


def _looked_again(unit: UniUnit, extra: dict | None) -> list:
    """``cells()`` worked out by a fresh unit of the same file."""
    fresh = unit.project.load_unit(unit.vue_file)  # type: ignore[union-attr]
    return fresh.cells(extra)


def _name_by_characters(body: str) -> str:
    """The name at the start of ``body`` as ``handler_name`` read it before: character by
    character (letters and digits of any script, ``_`` and ``$``)."""
    name_end = 0
    while name_end < len(body) and (body[name_end].isalnum() or body[name_end] in "_$"):
        name_end += 1
    return body[:name_end]


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.text(max_size=12), st.lists(st.sampled_from(
    ["done", "$e", "_a", "a1", "1a", "²", "五", "é", "٣", "Ⅻ", "(", ")", "'", ";", " ", "\t", ".", "-", "ǅ", "𝟘"]),
    max_size=6).map("".join)))
def test_a_handler_name_is_read_as_character_by_character(expression: str) -> None:
    """The one match that reads the name takes what the character loop took, in any script."""
    assert _NAME_CHARS.match(expression).group() == _name_by_characters(expression)  # type: ignore[union-attr]
    body = expression.strip().rstrip(";").rstrip()
    name = _name_by_characters(body)
    if name and not name[0].isdigit() and not body[len(name):].strip():
        assert handler_name(expression) == name
