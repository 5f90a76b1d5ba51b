"""Where the contact plugin may be declared, and under which alias, for a framework whose
project is the neutral model (uni-app, Taro): one policy for ``init`` and ``add-page``."""

from __future__ import annotations

from wecontact_cli import plugin
from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.i18n.message import Message, a_type, msg, scope_name
from wecontact_cli.model import Declaration, Project, Subpackage
from wecontact_cli.text.positions import line_col

SPARE_ALIASES = ("wecomContact", "contactMePlugin", "wecomContactPlugin")
"""Aliases offered when contactPlugin names another plugin."""


def location_of(project: Project, decl: Declaration) -> Location:
    """Where ``decl``'s alias is written (file, line, column)."""
    return Location(decl.key.path, *line_col(project.texts.get(decl.key.path, ""), decl.key.start))


def spare_alias(project: Project) -> str:
    """An alias no declaration uses yet."""
    used = {d.alias for d in project.declarations}
    return next(a for a in (*SPARE_ALIASES, *(f"contactPlugin{i}" for i in range(2, 99))) if a not in used)


def check_alias_free(project: Project, alias: str, scope: str | None) -> None:
    """Refuse an alias another plugin already uses where the declaration would be visible."""
    for decl in project.declarations:
        visible = decl.effective and (decl.scope is None or scope is None or decl.scope == scope)
        if decl.alias == alias and visible:
            known = plugin.OTHER_WECOM_PLUGINS.get(decl.provider or "", "")
            other = f"{decl.provider} ({known})" if known else decl.provider or msg("init.another_plugin")
            raise WecontactError(msg("init.alias_taken", alias=alias, scope=scope_name(decl.scope), other=other),
                                 location_of(project, decl), hint=msg("init.hint_other_alias", alias=spare_alias(project)))


def broken_message(decl: Declaration) -> Message:
    """WC111's wording for an entry WeChat cannot load."""
    if decl.entry_type != "object":
        return msg("plugins.entry_not_object", alias=decl.alias, type=a_type(decl.entry_type),
                   example=plugin.DECLARATION_EXAMPLE)
    return msg("plugins.entry_no_provider", alias=decl.alias, provider=plugin.PROVIDER)


def refuse_broken(project: Project) -> None:
    """A plugins entry WeChat cannot load may be the contact plugin written wrong: no guessing."""
    for decl in project.broken_declarations():
        raise WecontactError(broken_message(decl), location_of(project, decl), hint=msg("init.hint_fix_entry"))


def usable_alias(project: Project, route: str, scope: Subpackage | None) -> str | None:
    """The alias under which the page at ``route`` (in ``scope``) can use the contact plugin;
    None when it is declared nowhere. A declaration the page cannot see is refused, as is a
    page in an independent subpackage (it sees no plugin of the main package)."""
    scope_root = scope.root if scope else None
    if scope is not None and scope.independent:
        raise WecontactError(msg("add_page.independent", route=route, root=scope.root))
    contact = project.contact_declarations()
    usable = [d for d in contact if d.scope in (None, scope_root)]
    if usable:
        return usable[0].alias
    if contact:
        raise WecontactError(msg("add_page.out_of_scope", scope=scope_name(contact[0].scope), route=route,
                                 own=scope_name(scope_root)), location_of(project, contact[0]))
    return None


def new_alias(project: Project) -> str:
    """The alias for a first declaration in the main package (usable from every normal
    subpackage, so a later page elsewhere never meets a scope conflict): contactPlugin, or a
    spare one when another plugin holds it. Refuses beside an entry WeChat cannot load."""
    refuse_broken(project)
    try:
        check_alias_free(project, plugin.DEFAULT_ALIAS, None)
    except WecontactError:
        return spare_alias(project)
    return plugin.DEFAULT_ALIAS
