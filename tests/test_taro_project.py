"""The Taro loader: config/index, the app config, page configs and views as the neutral model.

What a Taro project declares, routes and registers is read from its config modules as
literals; what cannot be read that way is said (TR109), never guessed. Views are read
through Taro's own spelling (frameworks/taro/spelling.py, vue_spelling.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from wecontact_cli.errors import WecontactError
from wecontact_cli.frameworks.registry import open_project
from wecontact_cli.frameworks.taro.project import TaroProject
from wecontact_cli.frameworks.taro.rules._examples import BASE, VIEW, view
from wecontact_cli.frameworks.taro.units import TaroUnit

PROVIDER = "wx104a1a20c3f81ec2"
DECLARE = f"{{ version: '1.3.0', provider: '{PROVIDER}' }}"


def taro(root: Path, files: dict[str, str] | None = None) -> Path:
    """The Taro base project (rules/_examples.py) with ``files`` laid over it ("<absent>" removes)."""
    for rel, text in {**BASE, **(files or {})}.items():
        path = root / rel
        if text == "<absent>":
            path.unlink(missing_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def load(root: Path) -> TaroProject:
    project = open_project(root)
    assert isinstance(project, TaroProject)
    return project


def unit(project: TaroProject, relpath: str) -> TaroUnit:
    found = next(u for u in project.units() if u.relpath == relpath)
    assert isinstance(found, TaroUnit)
    return found


def lint(root: Path, *args: str) -> list[dict]:
    result = run_cli("lint", root, "-f", "json", "--no-color", *args)
    assert result.exit_code in (0, 1), result.stderr + result.stdout
    return json.loads(result.stdout)


def codes(root: Path, *args: str) -> list[tuple[str, str, int, int]]:
    return [(d["code"], d["filename"], d["location"]["row"], d["location"]["column"]) for d in lint(root, *args)]


# -- the project ------------------------------------------------------------------------------


def test_app_config_declarations_routes_and_global_registrations(tmp_path: Path) -> None:
    app = ("export default defineAppConfig({\n  pages: ['pages/index/index'],\n  subpackages: [\n"
           "    { root: './pkgA/', pages: ['help/index'], plugins: { contactPlugin: " + DECLARE + " } },\n"
           "    { root: 'pkgB', pages: ['x/index'], independent: true },\n  ],\n"
           "  usingComponents: { 'wecom-contact': \"plugin://contactPlugin/cell\" },\n})\n")
    project = load(taro(tmp_path, {"src/app.config.ts": app}))
    assert project.readable and project.detection.get("framework") == "react"
    assert [(r.route, r.scope) for r in project.routes] == [
        ("pages/index/index", None), ("pkgA/help/index", "pkgA"), ("pkgB/x/index", "pkgB")]
    assert [(s.root, s.independent) for s in project.subpackages] == [("pkgA", False), ("pkgB", True)]
    (decl,) = project.declarations
    assert (decl.alias, decl.provider, decl.version, decl.scope, decl.place) == (
        "contactPlugin", PROVIDER, "1.3.0", "pkgA", "app.config.ts")
    assert app[decl.key.start:decl.key.end] == "contactPlugin"
    (registration,) = project.global_registrations
    assert (registration.tag, registration.url, registration.syntax, registration.value.quote) == (
        "wecom-contact", "plugin://contactPlugin/cell", "js", '"')


def test_source_root_and_output_come_from_config_index(tmp_path: Path) -> None:
    root = taro(tmp_path, {"config/index.ts": "const config = {\n  sourceRoot: 'client',\n  outputRoot: "
                                              "`dist/${process.env.TARO_ENV}`,\n}\n\nexport default "
                                              "defineConfig(async (merge) => merge({}, config))\n",
                           "client/app.config.js": "export default { pages: [] }\n"})
    project = load(root / "client")
    assert project.source_root == root / "client" and project.app_config == root / "client" / "app.config.js"
    assert project.detection.get("output") == "dist/weapp"


def test_taro_defaults_are_used_and_said_when_config_index_cannot_be_read(tmp_path: Path) -> None:
    root = taro(tmp_path, {"config/index.ts": "export default require('./dev')\n"})
    project = load(root)
    assert project.source_root == root / "src"
    found = lint(root, "--select", "TR109")
    assert [(d["filename"], d["message"]) for d in found] == [
        ("config/index.ts", "cannot read the config object itself in index.ts statically: wecontact assumes "
                            "Taro's default (src, dist)")]


def test_taro_1_and_2_are_named_with_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "package.json").write_text('{"dependencies": {"@tarojs/taro": "2.2.1"}}', encoding="utf-8")
    with pytest.raises(WecontactError) as info:
        open_project(tmp_path)
    assert "Taro 2 project" in info.value.message and "upgrade to Taro 3 or 4" in (info.value.hint or "")


@pytest.mark.parametrize("plugins, reason", [
    ("...shared", "a spread (...) may set any key"),
    ("contactPlugin: process.env.TARO_ENV === 'weapp' ? " + DECLARE + " : undefined",
     "the value is chosen by a condition"),
    ("[key]: " + DECLARE, "a computed key ([...]) may set any key"),
])
def test_declarations_that_cannot_be_read_are_said_and_never_guessed(tmp_path: Path, plugins: str,
                                                                     reason: str) -> None:
    app = "import shared from './shared'\nexport default {\n  pages: ['pages/index/index'],\n  plugins: { " + \
        plugins + " },\n}\n"
    root = taro(tmp_path, {"src/app.config.ts": app})
    assert not load(root).readable  # WC101/WC110 cannot know: they stay silent
    found = lint(root, "--select", "ALL")
    assert [d["code"] for d in found] == ["TR109"]
    assert found[0]["message"] == (f"cannot read plugins statically: {reason}. wecontact does not guess what "
                                   "Taro's build computes, so the checks that need it are skipped")


def test_a_broken_app_config_is_a_syntax_error_where_it_is(tmp_path: Path) -> None:
    root = taro(tmp_path, {"src/app.config.ts": "export default defineAppConfig({\n  pages: ['a',,\n})\n"})
    found = lint(root, "--select", "WC001")
    assert [(d["filename"], d["location"]["row"]) for d in found] == [("src/app.config.ts", 2)]
    assert found[0]["message"].startswith("this file does not parse as TypeScript")


# -- pages and components ---------------------------------------------------------------------


def test_a_page_config_registers_and_plugins_there_is_wc107(tmp_path: Path) -> None:
    config = ("export default definePageConfig({\n  plugins: { contactPlugin: " + DECLARE + " },\n"
              "  usingComponents: { cell: 'plugin://contactPlugin/cell' },\n})\n")
    root = taro(tmp_path, {"src/pages/index/index.config.ts": config})
    page = unit(load(root), "pages/index/index")
    assert page.kind == "page" and [r.tag for r in page.registrations] == ["cell"]
    assert [config[s.start:s.end] for s in page.misplaced_plugins] == ["plugins"]
    assert codes(root, "--select", "WC107") == [("WC107", "src/pages/index/index.config.ts", 2, 3)]


def test_components_are_views_outside_the_routes(tmp_path: Path) -> None:
    root = taro(tmp_path, {"src/components/contact/index.tsx": "export default () => <cell plugid='x' />\n",
                           "src/app.tsx": "export default function App({ children }) { return children }\n",
                           "src/utils/env.ts": "export const weapp = true\n"})
    refs = load(root).unit_refs()
    assert [(r.kind, r.relpath) for r in refs] == [("component", "components/contact/index"),
                                                   ("page", "pages/index/index")]  # components first


def test_props_reach_the_model_through_taros_spelling(tmp_path: Path) -> None:
    cell = ("<cell plugid='a1b2c3d4' styleType={2} isMask buttonStyle=\"light\" onStartmessage={onStart} "
            "onCompleteMessage={onComplete} key='k' className='c' />")
    root = taro(tmp_path, {VIEW: view(cell)})
    (found,) = unit(load(root), "pages/index/index").cells()
    shown = {a.written: (a.role, a.name, a.prop, a.value, a.value_type, a.handler, a.dialect) for a in found.attrs}
    assert shown == {
        "plugid": ("property", "plugid", "plugid", "a1b2c3d4", "string", None, None),
        "styleType": ("property", "styleType", "styleType", "2", "number", None, None),
        "isMask": ("property", "isMask", "isMask", "true", "boolean", None, None),
        "buttonStyle": ("property", "buttonStyle", "buttonStyle", "light", "string", None, None),
        "onStartmessage": ("event", "startmessage", None, "onStart", "expression", "onStart", None),
        "onCompleteMessage": ("event", "complete-message", None, "onComplete", "expression", None, "event-case"),
        "key": ("common", "key", None, "k", "string", None, None),
        "className": ("common", "className", None, "c", "string", None, None),
    }


def test_handlers_resolve_in_the_view_and_a_missing_one_is_wc301(tmp_path: Path) -> None:
    cell = "<cell plugid='a1b2c3d4' onStartmessage={onBegin} onCompletemessage={this.onComplete} />"
    root = taro(tmp_path, {VIEW: view(cell)})
    found = lint(root, "--select", "WC301")
    assert [(d["location"]["column"], d["message"]) for d in found] == [
        (47, "'onBegin' is not defined in index.tsx (the component that renders the element, or the module); "
             "WeChat ignores the binding silently, so startmessage goes unhandled"),
        (75, "'onComplete' is not defined in index.tsx (the component that renders the element, or the module); "
             "WeChat ignores the binding silently, so completemessage goes unhandled")]


def test_generic_rules_judge_taro_cells_with_positions_in_the_view(tmp_path: Path) -> None:
    cell = ("<cell plugid='plugid' styleType={4} plugId='x' bubbleColor='#4790EE' "
            "onStartmessage={onStart} onCompletemessage={onComplete} />")
    root = taro(tmp_path, {VIEW: view(cell)})
    assert codes(root) == [("WC202", VIEW, 8, 20), ("WC204", VIEW, 8, 40), ("WC203", VIEW, 8, 43),
                           ("WC206", VIEW, 8, 66)]


def test_a_cell_in_a_vue_view(tmp_path: Path) -> None:
    template = ('<template>\n  <view>\n    <cell plugid="a1b2c3d4" :styleType="4" @start-message="onStart" '
                '@completemessage="onDone" />\n  </view>\n</template>\n\n<script setup>\nfunction onStart() {}\n'
                '</script>\n')
    root = taro(tmp_path, {"package.json": '{"dependencies": {"@tarojs/taro": "4.0.9", "vue": "^3.4.0"}}',
                           "config/index.ts": "export default { framework: 'vue3' }\n",
                           VIEW: "<absent>", "src/pages/index/index.vue": template})
    vue = "src/pages/index/index.vue"
    assert codes(root) == [("WC204", vue, 3, 41), ("TR101", vue, 3, 44), ("WC301", vue, 3, 87)]


def test_suppressions_in_jsx_and_in_config_modules(tmp_path: Path) -> None:
    cell = "<cell plugid='a1b2c3d4' plugId='x' onStartmessage={onStart} onCompletemessage={onComplete} />"
    page = view("{/* wecontact-disable-next-line WC203 -- kept for the old plugin */}\n      " + cell)
    config = ("export default definePageConfig({\n  // wecontact-disable-next-line WC107\n  plugins: {},\n"
              "  usingComponents: { cell: 'plugin://contactPlugin/cell' },\n})\n")
    root = taro(tmp_path, {VIEW: page, "src/pages/index/index.config.ts": config})
    assert codes(root, "--select", "ALL") == []
    root = taro(tmp_path / "unused", {VIEW: view("{/* wecontact-disable-next-line WC203 */}\n      <cell plugid='x' />")})
    assert codes(root, "--select", "WC900,WC203") == [("WC900", VIEW, 8, 7)]


def test_a_shared_component_needs_the_registration_of_every_page_rendering_it(tmp_path: Path) -> None:
    component = "export default function Contact() {\n  return <cell plugId='a1b2c3d4' />\n}\n"
    page = ("import Contact from '../../components/Contact'\n\nexport default function Help() {\n"
            "  return <Contact />\n}\n")
    app = "export default { pages: ['pages/index/index', 'pages/help/index'], plugins: { contactPlugin: " + \
        DECLARE + " } }\n"
    root = taro(tmp_path, {"src/components/Contact.tsx": component, "src/pages/help/index.tsx": page,
                           VIEW: page.replace("Help", "Index"), "src/app.config.ts": app})
    contact = unit(load(root), "components/Contact")
    assert contact.rendering_pages() == (("pages/index/index", "pages/help/index"), True)
    assert [c.tag for c in contact.cells()] == ["cell"]  # registered by pages/index: the rules judge it
    found = lint(root, "--select", "TR106,WC203")
    assert [(d["code"], d["location"]["row"]) for d in found] == [("TR106", 2), ("WC203", 2)]
    assert "page 'pages/help/index' render it without registering <cell>" in found[0]["message"]


def test_an_alias_that_cannot_be_followed_makes_a_component_unprovable(tmp_path: Path) -> None:
    component = "export default function Contact() {\n  return <cell plugid='a1b2c3d4' />\n}\n"
    page = "import Contact from '~/components/Contact'\n\nexport default () => <Contact />\n"
    root = taro(tmp_path, {"src/components/Contact.tsx": component, VIEW: page})
    assert unit(load(root), "components/Contact").rendering_pages() == ((), False)
    assert codes(root, "--select", "TR106,TR107") == [("TR107", "src/components/Contact.tsx", 2, 11)]


def test_a_view_that_does_not_parse_is_wc002_when_it_may_hold_the_cell(tmp_path: Path) -> None:
    root = taro(tmp_path, {VIEW: "export default () => <View><cell plugid='x'></View>\n",
                           "src/components/Other.tsx": "export default () => <View><Text></View>\n"})
    assert [(c, f) for c, f, _, _ in codes(root, "--select", "WC002")] == [("WC002", VIEW)]


def test_linting_the_root_lints_the_sources_never_the_build_output(tmp_path: Path) -> None:
    root = taro(tmp_path, {VIEW: view("<cell plugId='a1b2c3d4' />"),
                           "dist/app.json": '{"pages": ["pages/index/index"]}',
                           "dist/pages/index/index.wxml": '<cell plugId="x" />'})
    assert {d["filename"] for d in lint(root)} == {VIEW}


def test_a_suppression_in_the_app_config_silences_a_notice_there(tmp_path: Path) -> None:
    app = ("export default {\n  pages: ['pages/index/index'],\n  // wecontact-disable-next-line TR109 -- set per brand\n"
           "  plugins: brand.plugins,\n}\n")
    root = taro(tmp_path, {"src/app.config.ts": app})
    assert codes(root, "--select", "ALL") == []
    root = taro(tmp_path / "unused", {"src/app.config.ts": app.replace("brand.plugins", "{ contactPlugin: " +
                                                                           DECLARE + " }")})
    assert codes(root, "--select", "ALL") == [("WC900", "src/app.config.ts", 3, 3)]


def test_doctor_shows_a_cell_registered_under_an_alias_nothing_declares(tmp_path: Path) -> None:
    config = "export default definePageConfig({ usingComponents: { cell: 'plugin://wecom/cell' } })\n"
    root = taro(tmp_path, {"src/pages/index/index.config.ts": config})
    report = json.loads(run_cli("doctor", root, "-f", "json").stdout)
    (use,) = report["uses"]
    assert (use["route"], use["declared"], [c["plugid"] for c in use["cells"]]) == ("pages/index/index", False,
                                                                                    ["a1b2c3d4"])
    assert [d["code"] for d in lint(root, "--select", "WC101")] == ["WC101"]
