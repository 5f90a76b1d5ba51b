"""Planners: turn a request into a Changeset without writing anything."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wecontact_cli import plugin
from wecontact_cli.edits import Changeset, TextEdit
from wecontact_cli.scaffold.plans import InitPlan
from wecontact_cli.errors import WecontactError
from wecontact_cli.i18n.message import Message, join_comma, msg, scope_name
from wecontact_cli.syntax.jsontext import plan_insert_member, plan_replace_value
from wecontact_cli.frameworks.native.app import PluginDeclaration, AppJson, a_type, normalize_root
from wecontact_cli.syntax.patterns import compile_pattern

if TYPE_CHECKING:
    from wecontact_cli.frameworks.native.project import NativeProject

_ALIAS = compile_pattern(r"[A-Za-z_][A-Za-z0-9_-]*")
_SPARE_ALIASES = ("wecomContact", "contactMePlugin", "wecomContactPlugin")


def validate_alias(alias: str) -> None:
    """Refuse an alias that cannot appear in ``plugin://<alias>/cell``."""
    if not _ALIAS.fullmatch(alias):
        raise WecontactError(msg("init.bad_alias", alias=alias))


def plan_init(
    project: AppJson,
    *,
    alias: str = plugin.DEFAULT_ALIAS,
    version: str | None = None,
    subpackage: str | None = None,
) -> InitPlan:
    """Plan the declaration of the contact plugin in app.json or a subpackage entry."""
    validate_alias(alias)
    wanted = version or plugin.DEFAULT_VERSION
    problem = plugin.version_problem(wanted, plugin_project=project.is_plugin_project)
    if problem:
        raise WecontactError(problem)
    scope = _target_scope(project, subpackage)
    existing = project.contact_declarations()
    if len(existing) > 1:
        places = join_comma([msg("init.place", scope=scope_name(d.scope), where=_where(project, d))
                            for d in existing])
        raise WecontactError(
            msg("init.declared_more_than_once", provider=plugin.PROVIDER, places=places),
            project.app.location(existing[1].key_offset))
    if existing:
        return _plan_existing(project, existing[0], scope, version)
    refuse_broken_entries(project)
    check_alias_free(project, alias, scope)
    return _plan_new(project, alias, wanted, scope)


def entry_problem(decl: PluginDeclaration) -> Message:
    """What is wrong with a ``plugins`` entry WeChat cannot load (WC111; ``decl.problem`` set)."""
    if decl.problem == "not_object":
        return msg("plugins.entry_not_object", alias=decl.alias, type=a_type(decl.node.type_name),
                   example=plugin.DECLARATION_EXAMPLE)
    return msg("plugins.entry_no_provider", alias=decl.alias, provider=plugin.PROVIDER)


def refuse_broken_entries(project: AppJson) -> None:
    """Refuse to declare the contact plugin beside an entry WeChat cannot load: that entry may
    be the contact plugin written wrong, and a second declaration would hide the mistake."""
    for decl in project.broken_declarations():
        raise WecontactError(entry_problem(decl), project.app.location(decl.node),
                             hint=msg("init.hint_fix_entry"))


def _target_scope(project: AppJson, subpackage: str | None) -> str | None:
    if subpackage is None:
        return None
    sub = project.subpackage(subpackage)
    if sub is None:
        roots = ", ".join(s.root for s in project.subpackages) or msg("init.none")
        raise WecontactError(
            msg("init.no_subpackage", root=normalize_root(subpackage), roots=roots),
            project.app.location(project.app.root))
    if sub.independent:
        raise WecontactError(
            msg("init.independent", root=sub.root),
            project.app.location(sub.independent_node or sub.node))
    return sub.root


def _where(project: AppJson, decl: PluginDeclaration) -> str:
    return project.app.location(decl.key_offset).render(project.root)


def _plan_existing(
    project: AppJson, decl: PluginDeclaration, scope: str | None, version: str | None
) -> InitPlan:
    if decl.scope != scope:
        hint = (msg("init.hint_main_usable") if decl.scope is None else
                msg("init.hint_move", scope=scope_name(scope), root=decl.scope) if scope is None else
                msg("init.hint_sub_only"))
        raise WecontactError(
            msg("init.already_declared_elsewhere", scope=scope_name(decl.scope), alias=decl.alias,
                target=scope_name(scope)),
            project.app.location(decl.key_offset), hint=hint)
    plan = InitPlan(Changeset(project.root), "unchanged", decl.alias, decl.version or "", scope, project.app.path)
    current = decl.version
    if version is not None and version != current:
        plan.changeset.add(project.app.source.change(
            [_version_edit(project, decl, version)], msg("summary.version", old=current, new=version)))
        plan.status, plan.version = "updated", version
    elif current is not None and current != plugin.DEFAULT_VERSION and version is None:
        plan.warnings.append(msg("init.warn_not_guide_version", version=current,
                                 default=plugin.DEFAULT_VERSION))
    if plan.status == "unchanged":
        _warn_version(plan, current, project)
    return plan


def _version_edit(project: AppJson, decl: PluginDeclaration, version: str) -> TextEdit:
    node = decl.node.get("version") if decl.node.kind == "object" else None
    if node is not None:
        return plan_replace_value(node, version)
    if decl.node.kind != "object":
        raise WecontactError(
            msg("init.declaration_not_object", alias=decl.alias),
            project.app.location(decl.node))
    return plan_insert_member(project.app.source.text, project.app.style, decl.node, "version", version)


def _warn_version(plan: InitPlan, version: str | None, project: AppJson) -> None:
    if version is None:
        plan.warnings.append(msg("init.warn_no_version", alias=plan.alias))
        return
    problem = plugin.version_problem(version, plugin_project=project.is_plugin_project)
    if problem:
        plan.warnings.append(msg("init.warn_invalid_version", problem=problem))
    elif plugin.is_older_than_guide(version):
        plan.warnings.append(msg("init.warn_old_version", version=version, default=plugin.DEFAULT_VERSION))


def check_alias_free(project: AppJson, alias: str, scope: str | None) -> None:
    for decl in project.plugins:
        visible = decl.scope is None or scope is None or decl.scope == scope
        if decl.alias == alias and visible:
            known = plugin.OTHER_WECOM_PLUGINS.get(decl.provider or "", "")
            other = (f"{decl.provider} ({known})" if known
                     else decl.provider or msg("init.another_plugin"))
            raise WecontactError(
                msg("init.alias_taken", alias=alias, scope=scope_name(decl.scope), other=other),
                project.app.location(decl.key_offset),
                hint=msg("init.hint_other_alias", alias=spare_alias(project)))


def spare_alias(project: AppJson) -> str:
    """An alias no declaration uses yet, for when contactPlugin is taken."""
    used = {d.alias for d in project.plugins}
    return next(a for a in (*_SPARE_ALIASES, *(f"contactPlugin{i}" for i in range(2, 99)))
                if a not in used)


def declaration_edit(project: AppJson, alias: str, version: str, scope: str | None) -> TextEdit:
    """The app.json edit that declares the contact plugin in ``scope`` (None: main package)."""
    app = project.app
    owner = app.root if scope is None else project.subpackage(scope).node  # type: ignore[union-attr]
    declaration = {"version": version, "provider": plugin.PROVIDER}
    plugins = owner.get("plugins")
    if plugins is None:
        return plan_insert_member(app.source.text, app.style, owner, "plugins", {alias: declaration})
    return plan_insert_member(app.source.text, app.style, plugins, alias, declaration)


def _plan_new(project: AppJson, alias: str, version: str, scope: str | None) -> InitPlan:
    edit = declaration_edit(project, alias, version, scope)
    plan = InitPlan(Changeset(project.root), "added", alias, version, scope, project.app.path)
    plan.changeset.add(project.app.source.change([edit], msg("summary.declare", alias=alias, scope=scope_name(scope))))
    if plugin.is_older_than_guide(version):
        plan.warnings.append(msg("init.warn_old_version", version=version, default=plugin.DEFAULT_VERSION))
    return plan


def declaration_fix(project: NativeProject, alias: str) -> tuple[Path, TextEdit] | None:
    """WC101's fix: declare the contact plugin as ``alias`` in app.json's main package."""
    app = project.app
    if app is None:
        return None
    try:
        validate_alias(alias)
        check_alias_free(app, alias, None)
    except WecontactError:
        return None
    return app.app.path, declaration_edit(app, alias, plugin.DEFAULT_VERSION, None)
