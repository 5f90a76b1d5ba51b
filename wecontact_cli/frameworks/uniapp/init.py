"""``wecontact init`` on a uni-app project: the declaration in manifest.json
``mp-weixin.plugins`` (or pages.json ``subPackages[i].plugins``), and with ``--global`` the
cell registered in pages.json ``globalStyle`` for reusable components."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wecontact_cli import plugin
from wecontact_cli.edits import Changeset, TextEdit
from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.frameworks.roots import normalize_root
from wecontact_cli.frameworks.native.init import validate_alias
from wecontact_cli.frameworks.uniapp.config import MANIFEST_PLACE, SUBPACKAGE_PLACE, JsoncFile
from wecontact_cli.frameworks.uniapp.writing import location, set_member
from wecontact_cli.i18n.message import a_type, join_comma, msg, scope_name
from wecontact_cli.model import Declaration
from wecontact_cli.scaffold.declaring import check_alias_free, location_of, refuse_broken
from wecontact_cli.scaffold.plans import InitPlan
from wecontact_cli.syntax import jsontext

if TYPE_CHECKING:
    from wecontact_cli.frameworks.uniapp.project import UniProject

def readable_model(project: UniProject) -> None:
    """Raise the error that makes the app configuration unusable, if any (nothing is planned)."""
    if project.readable:
        return
    problem = next(p for p in project.problems if p.role == "config" and p.kind != "duplicate-key")
    where = (Location(problem.span.path, problem.line, problem.column) if problem.line is not None
             else Location(problem.span.path))
    raise WecontactError(problem.message, where)


def readable(project: UniProject) -> tuple[JsoncFile, JsoncFile]:
    """manifest.json and pages.json, or the error that makes one unusable (nothing is planned)."""
    readable_model(project)
    if project.manifest is None or project.pages_json is None:  # a uni-helper project's generated files
        raise WecontactError(msg("uniapp.helper_generated"), Location(project.app_config or project.root))
    return project.manifest, project.pages_json


def plan_init(project: UniProject, *, alias: str, version: str | None, subpackage: str | None,
              register_global: bool = False) -> InitPlan:
    """Declare the contact plugin where uni-app documents it (and register it globally)."""
    validate_alias(alias)
    wanted = version or plugin.DEFAULT_VERSION
    problem = plugin.version_problem(wanted, plugin_project=False)
    if problem:
        raise WecontactError(problem)
    manifest, pages = readable(project)
    scope = target_scope(project, subpackage)
    if register_global and scope is not None:
        raise WecontactError(msg("uniapp.global_needs_main", root=scope))
    existing = [d for d in project.declarations if d.is_contact]
    if len(existing) > 1:
        places = join_comma([msg("init.place", scope=d.place, where=_where(project, d)) for d in existing])
        raise WecontactError(msg("init.declared_more_than_once", provider=plugin.PROVIDER, places=places),
                             location_of(project, existing[1]))
    plan = (_existing(project, existing[0], scope, version) if existing
            else _new(project, manifest, pages, alias, wanted, scope))
    if register_global:
        from wecontact_cli.frameworks.uniapp.registration import plan_global

        plan_global(project, plan)
    return plan


def target_scope(project: UniProject, subpackage: str | None) -> str | None:
    """The subpackage ``--subpackage`` names (None: the main package); refused when it does not
    exist or is independent."""
    if subpackage is None:
        return None
    sub = project.subpackage(normalize_root(subpackage))
    pages = project.pages_json
    if sub is None:
        roots = ", ".join(s.root for s in project.subpackages) or msg("init.none")
        raise WecontactError(msg("uniapp.no_subpackage", root=normalize_root(subpackage), roots=roots),
                             Location(project.app_config) if project.app_config else None)
    if sub.independent:
        span = sub.independent_span or sub.span
        raise WecontactError(msg("init.independent", root=sub.root),
                             location(pages, span.start) if pages is not None else None)
    return sub.root


def _where(project: UniProject, decl: Declaration) -> str:
    return location_of(project, decl).render(project.root)


def _file_of(project: UniProject, path: Path) -> JsoncFile:
    file = project.manifest if project.manifest is not None and project.manifest.path == path else project.pages_json
    assert file is not None
    return file


def _existing(project: UniProject, decl: Declaration, scope: str | None, version: str | None) -> InitPlan:
    """The contact plugin is declared: unchanged, its version updated, or refused when it is
    declared anywhere else than where this init would declare it."""
    target = MANIFEST_PLACE if scope is None else SUBPACKAGE_PLACE
    if decl.scope != scope or decl.place != target:
        ignored = msg("uniapp.ignored_declaration") if not decl.effective else ""
        raise WecontactError(
            msg("uniapp.declared_elsewhere", place=decl.place, scope=scope_name(decl.scope), alias=decl.alias,
                ignored=ignored, target=target, target_scope=scope_name(scope)),
            location_of(project, decl), hint=msg("uniapp.hint_keep_one"))
    file = _file_of(project, decl.key.path)
    plan = InitPlan(Changeset(project.root), "unchanged", decl.alias, decl.version or "", scope, file.path)
    if version is not None and version != decl.version:
        plan.changeset.add(file.source.change([_version_edit(project, file, decl, version)],
                                              msg("summary.version", old=decl.version, new=version)))
        plan.status, plan.version = "updated", version
    elif decl.version is None:
        plan.warnings.append(msg("init.warn_no_version", alias=decl.alias))
    elif version is None and decl.version != plugin.DEFAULT_VERSION:
        plan.warnings.append(msg("init.warn_not_guide_version", version=decl.version, default=plugin.DEFAULT_VERSION))
    return plan


def _version_edit(project: UniProject, file: JsoncFile, decl: Declaration, version: str) -> TextEdit:
    if decl.version_span is not None:
        return TextEdit(decl.version_span.start, decl.version_span.end, jsontext.to_json(version))
    entry = next(n for n in jsontext.walk(file.root) if n.start == decl.entry.start)
    if entry.kind != "object":
        raise WecontactError(msg("init.declaration_not_object", alias=decl.alias), location_of(project, decl))
    return set_member(file, entry, ["version"], version, project.vue)


def declaration_edit(project: UniProject, alias: str, version: str, scope: str | None) -> tuple[JsoncFile, TextEdit]:
    """The edit that declares the contact plugin: manifest.json mp-weixin.plugins, or the
    subpackage's plugins in pages.json."""
    value = {"version": version, "provider": plugin.PROVIDER}
    manifest, pages = readable(project)
    if scope is None:
        if manifest.root.kind != "object":
            raise WecontactError(msg("project.not_object", name="manifest.json", kind=a_type(manifest.root.type_name)),
                                 location(manifest, manifest.root.start))
        return manifest, set_member(manifest, manifest.root, ["mp-weixin", "plugins", alias], value, project.vue)
    sub = project.subpackage(scope)
    assert sub is not None
    entry = next(n for n in jsontext.walk(pages.root) if n.start == sub.span.start and n.kind == "object")
    return pages, set_member(pages, entry, ["plugins", alias], value, project.vue)


def _new(project: UniProject, manifest: JsoncFile, pages: JsoncFile, alias: str, version: str,
         scope: str | None) -> InitPlan:
    refuse_broken(project)
    check_alias_free(project, alias, scope)
    file, edit = declaration_edit(project, alias, version, scope)
    plan = InitPlan(Changeset(project.root), "added", alias, version, scope, file.path)
    plan.changeset.add(file.source.change([edit], msg("summary.declare", alias=alias, scope=scope_name(scope))))
    if plugin.is_older_than_guide(version):
        plan.warnings.append(msg("init.warn_old_version", version=version, default=plugin.DEFAULT_VERSION))
    return plan


def declaration_fix(project: UniProject, alias: str) -> tuple[Path, TextEdit] | None:
    """WC101's fix: declare the contact plugin as ``alias`` in manifest.json (None: not safely)."""
    if any(d.is_contact for d in project.declarations):
        return None  # declared in pages.json, ignored: UA106 says where to move it
    try:
        validate_alias(alias)
        check_alias_free(project, alias, None)
        file, edit = declaration_edit(project, alias, plugin.DEFAULT_VERSION, None)
    except (WecontactError, ValueError):
        return None
    return file.path, edit

