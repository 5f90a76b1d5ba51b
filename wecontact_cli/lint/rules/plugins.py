"""WC101-WC110: the chain from a plugin declaration to the component a page uses."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from wecontact_cli import plugin
from wecontact_cli.syntax.jsontext import to_json
from wecontact_cli.lint.context import ComponentRef, ProjectFacts, UnitContext, plugin_url
from wecontact_cli.lint.messages import Message, join_and, msg
from wecontact_cli.i18n.message import printable
from wecontact_cli.lint.model import Finding, Fix, Rule
from wecontact_cli.edits import TextEdit
from wecontact_cli.frameworks.native.app import PluginDeclaration
from wecontact_cli.errors import WecontactError
from wecontact_cli.scaffold import check_alias_free, declaration_edit, entry_problem, validate_alias

_DECL = f'"plugins": {{\n  "contactPlugin": {{"version": "1.3.0", "provider": "{plugin.PROVIDER}"}}\n}}'
RULES = (
    Rule("WC101", "plugin-not-declared", "error",
         "A usingComponents entry plugin://<alias>/... names an alias that no plugins entry declares.",
         "The page fails to load: \"Component is not found in path plugin://...\". The alias must be "
         "declared in app.json (or the page's subpackage) under \"plugins\".",
         "Declare the plugin: `wecontact init` (or --alias <alias>). For plugin://<alias>/cell with no "
         "contact plugin declared anywhere, --fix adds the declaration to app.json.",
         '// app.json has no "plugins"\n{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}',
         '// app.json\n{' + _DECL + '}', fixable=True),
    Rule("WC102", "plugin-version-invalid", "error",
         "The contact plugin's version is not N.N.N, dev-<32 hex> or latest (dev only in a plugin project).",
         "WeChat cannot resolve the plugin and the build fails (插件版本不存在).",
         "Use a released version such as \"1.3.0\" (the guide's).",
         '"contactPlugin": {"version": "v1.3", "provider": "wx104a1a20c3f81ec2"}',
         '"contactPlugin": {"version": "1.3.0", "provider": "wx104a1a20c3f81ec2"}'),
    Rule("WC103", "plugin-version-old", "warning",
         "The contact plugin's version is older than the guide's 1.3.0.",
         "The guide documents 1.3.0; older releases may lack the attributes it describes.",
         "Update the version to 1.3.0 or later (`wecontact init --version 1.3.0`).",
         '"contactPlugin": {"version": "1.2.0", "provider": "wx104a1a20c3f81ec2"}',
         '"contactPlugin": {"version": "1.3.0", "provider": "wx104a1a20c3f81ec2"}'),
    Rule("WC104", "plugin-declared-twice", "error",
         "The contact plugin's provider is declared in the main package and a subpackage, or in two subpackages.",
         "WeChat DevTools refuses the build: the same provider may be declared only once (provider 相同).",
         "Keep one declaration: in the main package if several packages use the plugin.",
         '"plugins": {"contactPlugin": {...}},\n"subpackages": [{"root": "pkgA", "plugins": {"contactPlugin": {...}}}]',
         '"plugins": {"contactPlugin": {...}},\n"subpackages": [{"root": "pkgA"}]'),
    Rule("WC105", "plugin-in-independent-subpackage", "error",
         "The contact plugin is declared in, or used from, an independent subpackage (独立分包).",
         "Independent subpackages run without the main package and do not support plugins.",
         "Move the page to a normal subpackage or the main package, or drop \"independent\".",
         '{"root": "pkgA", "independent": true, "plugins": {"contactPlugin": {...}}}',
         '{"root": "pkgA", "plugins": {"contactPlugin": {...}}}',
         note="Independent subpackages are documented not to support plugins; a newer change is "
              "rumoured but unconfirmed, so the rule follows the documentation."),
    Rule("WC106", "plugin-out-of-scope", "error",
         "A plugin declared in one subpackage is used outside it, or from app.json's global usingComponents.",
         "A plugin declared in a subpackage is usable only inside that subpackage; elsewhere the "
         "component is not found at runtime.",
         "Declare the plugin in the main package instead, or add a componentPlaceholder for "
         "asynchronous cross-subpackage use (base library >= 2.11.2).",
         '// pages/index/index.json (main package); contactPlugin declared only in pkgA\n'
         '{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}',
         '// pages/index/index.json\n{"usingComponents": {"cell": "plugin://contactPlugin/cell"},\n'
         ' "componentPlaceholder": {"cell": "view"}}'),
    Rule("WC107", "plugins-in-page-json", "warning",
         "A page or component .json has a \"plugins\" key.",
         "\"plugins\" is read only from app.json and subpackage entries; in a page .json it is "
         "ignored, so the plugin is in fact not declared.",
         "Move the declaration to app.json (`wecontact init`) and delete the key.",
         '{"plugins": {"contactPlugin": {...}}, "usingComponents": {...}}',
         '{"usingComponents": {...}}'),
    Rule("WC108", "plugin-url-uses-appid", "warning",
         "plugin://wx104a1a20c3f81ec2/... names the plugin by appid instead of its alias.",
         "Only compiled output uses the appid form; in source the alias from \"plugins\" is the "
         "documented reference.", "Use the alias (--fix does it when the alias is known).",
         '{"usingComponents": {"cell": "plugin://wx104a1a20c3f81ec2/cell"}}',
         '{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}', fixable=True),
    Rule("WC109", "unknown-plugin-component", "error",
         "plugin://<contact alias>/<name> names a component the contact plugin does not export.",
         "The contact plugin exports one component, cell; any other name is not found at runtime.",
         "Use plugin://<alias>/cell (--fix corrects a case mistake such as Cell).",
         '{"usingComponents": {"contact": "plugin://contactPlugin/button"}}',
         '{"usingComponents": {"contact": "plugin://contactPlugin/cell"}}', fixable=True),
    Rule("WC110", "plugin-unused", "info",
         "The contact plugin is declared but no usingComponents entry uses it.",
         "An unused plugin still has to be added in the admin console and is loaded for nothing.",
         "Wire it into a page (`wecontact add-page`), or remove the declaration.",
         '"plugins": {"contactPlugin": {...}}  // and no plugin://contactPlugin/cell anywhere',
         '"usingComponents": {"cell": "plugin://contactPlugin/cell"}  // in a page .json'),
    Rule("WC111", "plugin-entry-invalid", "error",
         "A \"plugins\" entry is not an object with a \"provider\" string, e.g. \"contactPlugin\": \"1.3.0\".",
         "WeChat loads a plugin from its entry's \"provider\" (the plugin's appid) and \"version\"; an "
         "entry that is a bare version string, or has no provider, declares nothing, and the build "
         "fails. wecontact cannot tell which plugin such an entry means, so `wecontact init` refuses "
         "to add a second one beside it.",
         "Write the entry as an object: for the contact plugin "
         f'"contactPlugin": {plugin.DECLARATION_EXAMPLE}.',
         '"plugins": {"contactPlugin": "1.3.0"}',
         f'"plugins": {{"contactPlugin": {plugin.DECLARATION_EXAMPLE}}}'),
)


def _url_finding(code: str, message: Message, path: Path, ref: ComponentRef, fix: Fix | None = None) -> Finding:
    return Finding(code, message, path, ref.value_node.start, ref.value_node.end, fix)


def _replace_url(ref: ComponentRef, alias: str, component: str, what: str) -> Fix:
    text = to_json(f"plugin://{alias}/{component}")
    return Fix(printable(what), (TextEdit(ref.value_node.start, ref.value_node.end, text),))


def check_refs(facts: ProjectFacts, refs: list[ComponentRef], path: Path, scope: str | None,
               placeholders: frozenset[str], independent: bool, in_app: bool) -> Iterator[Finding]:
    """Check every plugin:// entry of one usingComponents object."""
    if facts.project is None:
        return  # app.json is broken (WC001): the declarations are unknown
    for ref in refs:
        parsed = plugin_url(ref.value)
        if parsed is None:
            continue
        alias, component = parsed
        if alias == plugin.PROVIDER:
            known = facts.contact_alias_for(scope)
            fix = _replace_url(ref, known, component, f"use the alias '{known}'") if known else None
            message = (msg("plugins.url_appid_known", url=ref.value, alias=known) if known
                       else msg("plugins.url_appid", url=ref.value))
            yield _url_finding("WC108", message, path, ref, fix)
            continue
        declared = facts.anywhere(alias)
        if not declared:
            yield _url_finding("WC101", _not_declared(alias, scope), path, ref,
                               _declare_fix(facts, alias, component))
            continue
        visible = None if in_app else facts.visible(alias, scope)
        decl = visible or declared[-1]
        if decl.is_contact and independent:
            yield _url_finding("WC105", msg("plugins.url_independent", tag=ref.tag), path, ref)
        elif in_app and all(d.scope is not None for d in declared):
            yield _url_finding("WC106", msg("plugins.global_out_of_scope", alias=alias, scopes=_scopes(declared),
                                            tag=ref.tag), path, ref)
        elif visible is None and not in_app and ref.tag not in placeholders:
            yield _url_finding("WC106", msg("plugins.out_of_scope", alias=alias, scopes=_scopes(declared),
                                            scope=scope_name(scope), tag=ref.tag), path, ref)
        if decl.is_contact and component != plugin.COMPONENT:
            fix = (_replace_url(ref, alias, plugin.COMPONENT, "use 'cell'")
                   if component.lower() == plugin.COMPONENT else None)
            yield _url_finding("WC109", msg("plugins.unknown_component", component=component,
                                            cell=plugin.COMPONENT), path, ref, fix)


def _not_declared(alias: str, scope: str | None) -> Message:
    where = "app.json" if scope is None else msg("plugins.where_app_or_sub", scope=scope)
    return msg("plugins.not_declared", alias=alias, where=where)


def scope_name(scope: str | None) -> Message:
    """How a declaration's scope reads in a message (scaffold.scope_name, translatable)."""
    return msg("scope.main") if scope is None else msg("scope.sub", scope=scope)


def _scopes(decls: list[PluginDeclaration]) -> str | Message:
    return join_and([scope_name(d.scope) for d in decls])


def _declare_fix(facts: ProjectFacts, alias: str, component: str) -> Fix | None:
    """Declare the contact plugin in app.json: only for ``cell`` when it is declared nowhere."""
    project = facts.project
    if project is None or component != plugin.COMPONENT or any(d.is_contact for d in facts.declarations):
        return None
    if project.broken_declarations():
        return None  # one of them may be the contact plugin written wrong (WC111): no guessing
    try:
        validate_alias(alias)
        check_alias_free(project, alias, None)
    except WecontactError:
        return None
    edit = declaration_edit(project, alias, plugin.DEFAULT_VERSION, None)
    return Fix(f"declare the contact plugin as '{alias}' in app.json", (edit,), project.app.path)


def check_unit(ctx: UnitContext) -> Iterator[Finding]:
    """A page or component .json: its plugin:// entries and a misplaced "plugins"."""
    if ctx.json is None or ctx.unit.json_path is None:
        return
    path = ctx.unit.json_path
    if ctx.json.root.kind == "object":
        member = ctx.json.root.member("plugins")
        if member is not None:
            yield Finding("WC107", msg("plugins.in_page_json"), path,
                          member.key_start, member.key_end)
    independent = ctx.scope is not None and ctx.scope.independent
    yield from check_refs(ctx.facts, ctx.components, path, ctx.scope_root, ctx.placeholders,
                          independent, in_app=False)


def check_project(facts: ProjectFacts, used: set[str] | None) -> Iterator[Finding]:
    """app.json: the contact plugin's declarations and the global usingComponents.

    ``used`` holds the aliases any usingComponents refers to (None: unknown, a .json was unreadable).
    """
    project = facts.project
    if project is None:
        return
    app = project.app
    path = app.path
    for decl in project.broken_declarations():
        yield Finding("WC111", entry_problem(decl), path, decl.node.start, decl.node.end)
    contact = [d for d in facts.declarations if d.is_contact]
    for decl in contact:
        yield from _check_version(facts, decl, path)
        sub = project.subpackage(decl.scope) if decl.scope else None
        if sub is not None and sub.independent:
            yield Finding("WC105", msg("plugins.independent_decl", root=sub.root), path, decl.key_offset,
                          decl.key_offset + len(decl.alias) + 2)
        if used is not None and decl.alias not in used:
            yield Finding("WC110", msg("plugins.unused", alias=decl.alias), path,
                          decl.key_offset, decl.key_offset + len(decl.alias) + 2)
    for decl in contact[1:]:
        first = contact[0]
        yield Finding("WC104", msg("plugins.declared_twice", scope=scope_name(first.scope), alias=first.alias),
                      path, decl.key_offset, decl.key_offset + len(decl.alias) + 2)
    yield from check_refs(facts, facts.global_components, path, None, frozenset(), False, in_app=True)


def _check_version(facts: ProjectFacts, decl: PluginDeclaration, path: Path) -> Iterator[Finding]:
    node = decl.node.get("version") if decl.node.kind == "object" else None
    if node is None or node.kind != "string":
        start = node.start if node is not None else decl.key_offset
        end = node.end if node is not None else start + len(decl.alias) + 2
        yield Finding("WC102", msg("plugins.version_missing", alias=decl.alias, default=plugin.DEFAULT_VERSION),
                      path, start, end)
        return
    project = facts.project
    problem = plugin.version_problem(node.value, plugin_project=bool(project and project.is_plugin_project))
    if problem:
        yield Finding("WC102", _version_message(node.value, problem), path, node.start, node.end)
    elif plugin.is_older_than_guide(node.value):
        yield Finding("WC103", msg("plugins.version_old", version=node.value, default=plugin.DEFAULT_VERSION),
                      path, node.start, node.end)


def _version_message(version: str, problem: str) -> str | Message:
    """plugin.version_problem's English text as a message (the text itself if it is another one)."""
    message = (msg("plugins.version_dev") if version == "dev"
               else msg("plugins.version_invalid", version=version, forms=msg("plugins.version_forms")))
    # A rendered message writes a lone surrogate as its escape: compare like with like.
    return message if printable(problem) == str(message) else problem
