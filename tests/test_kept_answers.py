"""Answers kept because the checks ask them again and again: a cell's properties and layout
knowledge (the last cell's), the declarations' lookups and the subpackages' root prefixes (per
tuple), a URL's parts and a number's text. Whatever the order of the questions, each answer is
what a fresh computation gives."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from hypothesis import given, settings, strategies as st

from wecontact_cli import plugin
from wecontact_cli.lint.rules.cell._layout import Knowledge
from wecontact_cli.lint.rules.cell.wc207_ineffective_attribute import knowledge
from wecontact_cli.model import AttrUse, CellUse, Registration, Span
from wecontact_cli.model.project import Declaration, Project, Subpackage

PATH = Path("/p/pages/a/index.wxml")
SPAN = Span(PATH, 0, 1)
REGISTRATION = Registration("cell", "plugin://contactPlugin/cell", "page", "pages/a/index", SPAN, SPAN)
PROPS = st.sampled_from(["styleType", "plugType", "isMask", "blockStyle", "plugid", "bubbleColor"])
VALUES = st.sampled_from(["1", "2", "3", " 2", "0x1", "0", "abc", "{{x}}"])
ATTRIBUTE = st.tuples(PROPS, VALUES, st.booleans())
CELLS = st.lists(st.lists(ATTRIBUTE, max_size=5), min_size=1, max_size=4)


def cell(attributes: list[tuple[str, str, bool]]) -> CellUse:
    attrs = tuple(AttrUse(name, SPAN, "property", name, SPAN, name, value, "expression" if dynamic else "text", SPAN)
                  for name, value, dynamic in attributes)
    return CellUse("cell", SPAN, SPAN, REGISTRATION, attrs, 1)


def fresh_props(c: CellUse) -> dict[str, AttrUse]:
    return {a.prop: a for a in c.attrs if a.role == "property" and a.prop is not None}


@settings(max_examples=120, deadline=None)
@given(CELLS, st.lists(st.integers(0, 3), min_size=1, max_size=20))
def test_a_cells_properties_and_knowledge_whatever_the_order_asked(pool: list[list[tuple[str, str, bool]]],
                                                                   order: list[int]) -> None:
    cells = [cell(attributes) for attributes in pool]
    ctx = SimpleNamespace(config=SimpleNamespace(plugids={}))
    for index in order:
        c = cells[index % len(cells)]
        assert dict(c.props()) == fresh_props(c)
        assert knowledge(c, ctx) == Knowledge.of(c.static, fresh_props(c), None)  # type: ignore[arg-type]


def test_knowledge_is_asked_again_in_another_lint() -> None:
    """The configuration's plugid facts belong to a lint: another lint's context is another answer."""
    c = cell([("plugid", "abc", False)])
    facts = SimpleNamespace(style_type="3", agent=None)
    first = knowledge(c, SimpleNamespace(config=SimpleNamespace(plugids={})))  # type: ignore[arg-type]
    second = knowledge(c, SimpleNamespace(config=SimpleNamespace(plugids={"abc": facts})))  # type: ignore[arg-type]
    assert first.style == frozenset({"1", "2", "3"}) and second.style == frozenset({"3"})


def declaration(alias: str, provider: str, scope: str | None, effective: bool = True) -> Declaration:
    return Declaration(alias, provider, "1.3.0", scope, SPAN, SPAN, effective=effective)


DECLARATIONS = st.lists(st.builds(declaration, st.sampled_from(["contactPlugin", "other", "cp"]),
                                  st.sampled_from([plugin.PROVIDER, "wx0000000000000000"]),
                                  st.sampled_from([None, "sub", "pkg"]), st.booleans()), max_size=5)
QUESTIONS = st.lists(st.tuples(st.sampled_from(["contactPlugin", "other", "cp", "none"]),
                               st.sampled_from([None, "sub", "pkg"])), min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.lists(DECLARATIONS, min_size=1, max_size=3), QUESTIONS)
def test_the_declarations_lookups_answer_as_a_fresh_search(tuples: list[list[Declaration]],
                                                           questions: list[tuple[str, str | None]]) -> None:
    """Several projects (or one whose declarations are replaced), asked in any order."""
    projects = [Project(SimpleNamespace(), None, tuple(found)) for found in tuples]  # type: ignore[arg-type]
    for n, (alias, scope) in enumerate(questions):
        project = projects[n % len(projects)]
        effective = [d for d in project.declarations if d.alias == alias and d.effective]
        own = [d for d in effective if d.scope == scope]
        main = [d for d in effective if d.scope is None]
        assert project.visible(alias, scope) == (own or main or [None])[-1]
        assert project.declared_anywhere(alias) == effective
        decl = project.visible(alias, scope) or next(iter(effective), None)
        assert project.is_contact_url(f"plugin://{alias}/cell", scope) == (decl is not None and decl.is_contact)
        assert project.is_contact_url(f"plugin://{alias}/other", scope) is False
        assert project.is_contact_url(f"plugin://{plugin.PROVIDER}/cell", scope) is True
    projects[0].declarations = ()
    assert projects[0].visible("contactPlugin", None) is None and projects[0].declared_anywhere("contactPlugin") == []


def test_a_list_of_declarations_handed_out_is_the_callers_own() -> None:
    project = Project(SimpleNamespace(), None, (declaration("cp", plugin.PROVIDER, None),))  # type: ignore[arg-type]
    project.declared_anywhere("cp").clear()
    assert len(project.declared_anywhere("cp")) == 1


ROOTS = st.lists(st.sampled_from(["pkg", "pkgA", "sub", "sub/inner", "a"]), max_size=4)
RELPATHS = st.lists(st.sampled_from(["pkg/pages/x", "pkgA/pages/y", "pkg", "sub/inner/z", "sub/z", "pages/a",
                                     "a/b", "ab/c"]), min_size=1, max_size=10)


@settings(max_examples=100, deadline=None)
@given(st.lists(ROOTS, min_size=1, max_size=3), RELPATHS)
def test_a_units_subpackage_is_the_first_whose_root_holds_it(roots: list[list[str]], relpaths: list[str]) -> None:
    projects = [Project(SimpleNamespace(), None, subpackages=tuple(Subpackage(r, (), False, None, SPAN) for r in found))
                for found in roots]  # type: ignore[arg-type]
    for n, relpath in enumerate(relpaths):
        project = projects[n % len(projects)]
        expected = next((s for s in project.subpackages if relpath.startswith(s.root + "/")), None)
        assert project.scope_of(relpath) is expected


@given(st.text(max_size=30))
def test_urls_and_numbers_answer_as_their_first_computation(text: str) -> None:
    assert plugin.parse_url(text) == plugin.parse_url.__wrapped__(text)
    assert plugin.number_text(text) == plugin.number_text.__wrapped__(text)
