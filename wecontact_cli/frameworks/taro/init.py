"""``wecontact init`` on a Taro project: the declaration in the app config's ``plugins`` (or a
subpackage's), and what a TypeScript React or a Vue 3 project needs to render the cell.

The declaration goes into the literal object of ``app.config.(ts|js)`` in the file's style; a
provider declared anywhere is never declared again. In a TypeScript React project the cell's tag
is added to ``JSX.IntrinsicElements`` (``typings.py`` decides where), else tsc rejects ``<cell>``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from wecontact_cli import plugin
from wecontact_cli.edits import Changeset, TextEdit
from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.frameworks.native.init import validate_alias
from wecontact_cli.frameworks.taro.writing import Draft, insert_member, replace_value
from wecontact_cli.i18n.message import join_comma, msg, scope_name
from wecontact_cli.model import Declaration
from wecontact_cli.scaffold.declaring import check_alias_free, refuse_broken
from wecontact_cli.scaffold.plans import InitPlan
from wecontact_cli.text.positions import line_col
from wecontact_cli.text.source import read_source

if TYPE_CHECKING:
    from wecontact_cli.frameworks.taro.project import TaroProject

def app_draft(project: TaroProject) -> Draft:
    """The app config, ready to edit; an error when it cannot be (missing, broken, not static)."""
    path = project.app_config
    if path is None:
        raise WecontactError(msg("taro.no_app_config", folder=_shown(project, project.source_root)),
                             Location(project.source_root))
    for problem in project.problems:
        raise WecontactError(problem.message,
                             Location(problem.span.path, problem.line, problem.column))
    return Draft.of(read_source(path, project.root))


def require_declarations_known(project: TaroProject) -> None:
    """Refuse to declare where a declaration may hide (a spread, a condition ...): say where."""
    if project.readable:
        return
    gap = next((g for g in project.gaps if g.span.path == project.app_config), None)
    text = project.texts.get(project.app_config) if project.app_config is not None else None
    location = Location(gap.span.path, *line_col(text, gap.span.start)) if gap is not None and text else \
        Location(project.app_config or project.source_root)
    raise WecontactError(msg("taro.declarations_unknown"), location, hint=msg("taro.hint_declare_by_hand",
                                                                                line=_declaration_line()))


def _declaration_line() -> str:
    return f"plugins: {{ {plugin.DEFAULT_ALIAS}: {{ version: '{plugin.DEFAULT_VERSION}', provider: '{plugin.PROVIDER}' }} }}"


def _shown(project: TaroProject, path: Path) -> str:
    try:
        return path.relative_to(project.root).as_posix().rstrip("/") + "/"
    except ValueError:
        return str(path)


def _where(project: TaroProject, decl: Declaration) -> str:
    text = project.texts.get(decl.key.path, "")
    line, column = line_col(text, decl.key.start)
    return f"{_shown(project, decl.key.path).rstrip('/')}:{line}:{column}"


def declaration_path(project: TaroProject, scope: str | None) -> list[Any]:
    """The path in the app config's object to the object holding ``plugins`` for ``scope``."""
    if scope is None:
        return []
    items = project.subpackage_nodes
    node = items[scope]
    array = project.app.root.get(project.subpackage_key) if project.app and project.app.root else None
    index = next(i for i, item in enumerate(array.items if array is not None else []) if item is node)
    return [project.subpackage_key, index]


def declare(project: TaroProject, draft: Draft, alias: str, version: str, scope: str | None) -> TextEdit:
    """Plan the declaration of the contact plugin in ``scope`` into ``draft`` (the edit, in its text
    as it was)."""
    owner = declaration_path(project, scope)
    entry = {"version": version, "provider": plugin.PROVIDER}
    has_plugins = any(d.scope == scope for d in project.declarations) or _has_plugins(project, owner)
    if has_plugins:
        return insert_member(draft, [*owner, "plugins"], alias, entry)
    return insert_member(draft, owner, "plugins", {alias: entry})


def node_at(project: TaroProject, path: list[Any]) -> Any:
    """The app config's node at ``path`` (keys and item indexes), None when absent."""
    node: Any = project.app.root if project.app is not None else None
    for step in path:
        if node is None:
            return None
        node = node.get(step) if isinstance(step, str) else node.items[step]
    return node


def _has_plugins(project: TaroProject, owner: list[Any]) -> bool:
    node = node_at(project, owner)
    return node is not None and node.get("plugins") is not None


def _scope(project: TaroProject, subpackage: str | None) -> str | None:
    """The subpackage root to declare in (None: the main package)."""
    if subpackage is None:
        return None
    from wecontact_cli.frameworks.native.app import normalize_root

    root = normalize_root(subpackage)
    sub = project.subpackage(root)
    if sub is None:
        roots = ", ".join(s.root for s in project.subpackages) or msg("init.none")
        path = project.app_config or project.source_root
        raise WecontactError(msg("taro.no_subpackage", root=root, roots=roots, file=_shown(project, path).rstrip("/")),
                             Location(path))
    if sub.independent:
        raise WecontactError(msg("init.independent", root=sub.root), Location(sub.span.path,
                             *line_col(project.texts.get(sub.span.path, ""), sub.span.start)))
    return sub.root


def plan_init(project: TaroProject, *, alias: str, version: str | None, subpackage: str | None) -> InitPlan:
    """Declare the contact plugin in the app config (or a subpackage), and its JSX type."""
    validate_alias(alias)
    wanted = version or plugin.DEFAULT_VERSION
    problem = plugin.version_problem(wanted, plugin_project=False)
    if problem:
        raise WecontactError(problem)
    draft = app_draft(project)
    require_declarations_known(project)
    scope = _scope(project, subpackage)
    existing = project.contact_declarations()
    if len(existing) > 1:
        places = join_comma([msg("init.place", scope=scope_name(d.scope), where=_where(project, d))
                             for d in existing])
        raise WecontactError(msg("init.declared_more_than_once", provider=plugin.PROVIDER, places=places),
                             Location(existing[1].key.path))
    plan = _plan_existing(project, draft, existing[0], scope, version) if existing else \
        _plan_new(project, draft, alias, wanted, scope)
    _plan_typing(project, plan)
    return plan


def _plan_new(project: TaroProject, draft: Draft, alias: str, version: str, scope: str | None) -> InitPlan:
    refuse_broken(project)
    check_alias_free(project, alias, scope)
    declare(project, draft, alias, version, scope)
    plan = InitPlan(Changeset(project.root), "added", alias, version, scope, draft.path)
    plan.changeset.add(draft.change(msg("summary.declare", alias=alias, scope=scope_name(scope))))
    if plugin.is_older_than_guide(version):
        plan.warnings.append(msg("init.warn_old_version", version=version, default=plugin.DEFAULT_VERSION))
    return plan


def _plan_existing(project: TaroProject, draft: Draft, decl: Declaration, scope: str | None,
                   version: str | None) -> InitPlan:
    if decl.scope != scope:
        hint = (msg("init.hint_main_usable") if decl.scope is None else
                msg("init.hint_move", scope=scope_name(scope), root=decl.scope) if scope is None else
                msg("init.hint_sub_only"))
        raise WecontactError(msg("init.already_declared_elsewhere", scope=scope_name(decl.scope), alias=decl.alias,
                                 target=scope_name(scope)),
                             Location(decl.key.path, *line_col(project.texts.get(decl.key.path, ""), decl.key.start)),
                             hint=hint)
    plan = InitPlan(Changeset(project.root), "unchanged", decl.alias, decl.version or "", scope, draft.path)
    if version is not None and version != decl.version:
        path = [*declaration_path(project, scope), "plugins", decl.alias]
        if decl.version_span is not None:
            replace_value(draft, [*path, "version"], version)
        else:
            insert_member(draft, path, "version", version)
        plan.changeset.add(draft.change(msg("summary.version", old=decl.version, new=version)))
        plan.status, plan.version = "updated", version
    elif decl.version is None:
        plan.warnings.append(msg("init.warn_no_version", alias=decl.alias))
    elif decl.version != plugin.DEFAULT_VERSION and version is None:
        plan.warnings.append(msg("init.warn_not_guide_version", version=decl.version, default=plugin.DEFAULT_VERSION))
    return plan


def _plan_typing(project: TaroProject, plan: InitPlan) -> None:
    """The JSX declaration (TypeScript React), or how to silence Vue's warning (Vue 3)."""
    from wecontact_cli.frameworks.taro.typings_plan import plan_intrinsic, vue_note

    if project.vue:
        note = vue_note(project, plugin.DEFAULT_TAG)
        if note is not None:
            plan.warnings.append(note)
        return
    if project.react_types:
        for change in plan_intrinsic(project, plugin.DEFAULT_TAG):
            plan.changeset.add(change)


def declaration_fix(project: TaroProject, alias: str) -> tuple[Path, TextEdit] | None:
    """WC101's fix: declare the contact plugin as ``alias`` in the app config's main package."""
    try:
        validate_alias(alias)
        draft = app_draft(project)
        require_declarations_known(project)
        check_alias_free(project, alias, None)
        return draft.path, declare(project, draft, alias, plugin.DEFAULT_VERSION, None)
    except (WecontactError, ValueError):
        return None
