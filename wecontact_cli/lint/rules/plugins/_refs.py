"""What the plugins rules share: the plugin:// registrations a project makes, and how a
declaration's scope reads in a message."""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

from wecontact_cli import plugin
from wecontact_cli.i18n.message import Message, join_and, scope_name
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding, Fix
from wecontact_cli.edits import TextEdit
from wecontact_cli.model import Declaration, Project, Registration, Unit, string_literal
from wecontact_cli.records import record


@record(frozen=True)
class PluginRef:
    """A registration whose URL is ``plugin://<alias>/<component>``, with where it is made."""

    registration: Registration
    alias: str
    component: str
    scope: str | None
    """The subpackage the registering file lies in (None: main package or global)."""
    independent: bool = False
    placeholders: frozenset[str] = frozenset()

    @property
    def is_global(self) -> bool:
        """A global (app-level) usingComponents entry."""
        return self.registration.scope == "global"


def plugin_refs(registrations: Iterable[Registration], scope: str | None = None, independent: bool = False,
                placeholders: frozenset[str] = frozenset()) -> Iterator[PluginRef]:
    """The effective plugin:// entries among ``registrations``."""
    for registration in registrations:
        parsed = plugin.parse_url(registration.url)
        if parsed is not None and registration.effective:
            yield PluginRef(registration, parsed[0], parsed[1], scope, independent, placeholders)


def project_refs(project: Project) -> Iterator[PluginRef]:
    """The app-level (global) plugin:// entries."""
    return plugin_refs(project.global_registrations)


def unit_refs(unit: Unit) -> Iterator[PluginRef]:
    """A page's or component's own plugin:// entries."""
    independent = unit.scope is not None and unit.scope.independent
    return plugin_refs(unit.registrations, unit.scope_root, independent, unit.placeholders)


def declaration_of(project: Project, ref: PluginRef) -> Declaration | None:
    """The declaration a reference resolves to (its scope's, else the main package's, else any)."""
    visible = None if ref.is_global else project.visible(ref.alias, ref.scope)
    declared = project.declared_anywhere(ref.alias)
    return visible or (declared[-1] if declared else None)


def replace_url(ref: PluginRef, alias: str, component: str, title: Message) -> Fix:
    """A fix that rewrites the reference's URL, in the syntax of the file it is written in."""
    value = ref.registration.value
    text = string_literal(f"plugin://{alias}/{component}", ref.registration.syntax, value.quote)
    return Fix(title, (TextEdit(value.start, value.end, text),))


def scopes(declarations: list[Declaration]) -> str | Message:
    """The scopes of several declarations, joined."""
    return join_and([scope_name(d.scope) for d in declarations])


Judge = Callable[[Project, PluginRef], Finding | None]


def per_reference(judge: Judge) -> tuple[Callable[[Project, LintContext], Iterator[Finding]],
                                         Callable[[Unit, LintContext], Iterator[Finding]]]:
    """A rule's ``check_project`` (the global usingComponents) and ``check_unit`` (a page's or
    component's) from one judgement of a single plugin:// reference."""
    def check_project(project: Project, ctx: LintContext) -> Iterator[Finding]:
        """The global usingComponents."""
        return (f for f in (judge(project, ref) for ref in project_refs(project)) if f is not None)

    def check_unit(unit: Unit, ctx: LintContext) -> Iterator[Finding]:
        """A page's or component's usingComponents."""
        return (f for f in (judge(ctx.project, ref) for ref in unit_refs(unit)) if f is not None)

    return check_project, check_unit
