"""``wecontact add-page`` on Taro projects: a new page in the project's own style, an existing
page wired with the syntax tree (or the code printed), every write in a crash-safe order, and
nothing changed by a second run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli, snapshot
from test_taro_init import UNDECLARED
from test_taro_project import DECLARE, PROVIDER, lint, load, taro
from wecontact_cli.frameworks.taro.add_page import component_name, plan_add_page
from wecontact_cli.frameworks.taro.rules._examples import APP_CONFIG, PAGE_CONFIG, VIEW
from wecontact_cli.scaffold.plans import AddPageRequest
from wecontact_cli.syntax.jsconfig import read_config

HELP = ("import { View, Text } from '@tarojs/components'\nimport { useLoad } from '@tarojs/taro'\n\n"
        "export default function Help() {\n  useLoad(() => {\n    console.log('Page loaded.')\n  })\n\n"
        "  return (\n    <View className='help'>\n      <Text>Hello world!</Text>\n    </View>\n  )\n}\n")
ROUTED = "export default defineAppConfig({\n  pages: ['pages/index/index', 'pages/help/index'],\n" \
         "  plugins: { contactPlugin: " + DECLARE + " },\n})\n"


def add_page(root: Path, *args: str) -> tuple[int, str, str]:
    """Run add-page on the project; its output with paths as seen from the project folder."""
    result = run_cli("add-page", *args, "-C", root)
    shown = str(root) + "/"
    return result.exit_code, result.stdout.replace(shown, ""), result.stderr.replace(shown, "")


def text(root: Path, rel: str) -> str:
    return (root / rel).read_bytes().decode("utf-8")


def config_of(root: Path, rel: str) -> object:
    return read_config(text(root, rel), rel).root.to_python()  # type: ignore[union-attr]


def clean(root: Path) -> None:
    """Lint finds nothing, every rule selected, and a second add-page run changes nothing."""
    assert lint(root, "--select", "ALL", "--ignore", "WC211") == []


# -- a new page -------------------------------------------------------------------------------


def test_a_new_page_declares_registers_and_writes_config_view_and_typing(tmp_path: Path) -> None:
    root = taro(tmp_path, {APP_CONFIG: UNDECLARED, "types/global.d.ts": "<absent>"})
    code, out, err = add_page(root, "pages/contact/index", "--plugid", "a1b2c3d4", "--style-type", "2")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "pages/contact/index: created the page",
        "  src/app.config.ts: declared plugin 'contactPlugin' (wx104a1a20c3f81ec2, version 1.3.0) in the main "
        "package; registered 'pages/contact/index' in the main package",
        "  src/pages/contact/index.config.ts: created", "  src/pages/contact/index.tsx: created",
        "  types/wecontact.d.ts: created",
        "  the page hides the button inside the WeCom client, where the plugin does not run"]
    assert config_of(root, APP_CONFIG) == {
        "pages": ["pages/index/index", "pages/contact/index"],
        "plugins": {"contactPlugin": {"version": "1.3.0", "provider": PROVIDER}}}
    assert text(root, "src/pages/contact/index.config.ts") == (
        "export default definePageConfig({\n  navigationBarTitleText: '联系客服',\n  usingComponents: {\n"
        "    cell: 'plugin://contactPlugin/cell',\n  },\n})\n")
    view = text(root, "src/pages/contact/index.tsx")
    assert "export default function Contact() {" in view and "styleType={2}" in view
    assert "onCompletemessage={handleContactComplete}" in view and "{!IN_WECOM && (" in view
    assert all(f"case {code}:" in view for code in ("0", "-3002", "-3004", "-3005", "-3006", "-3008"))
    clean(root)
    before = snapshot(root)
    assert add_page(root, "pages/contact/index", "--plugid", "a1b2c3d4", "--style-type", "2")[1] == \
        "pages/contact/index: the contact button is already wired; nothing to change\n"
    assert snapshot(root) == before


def test_a_new_page_follows_the_projects_pages(tmp_path: Path) -> None:
    """A JavaScript project whose pages are index.js, a bare export default config and .scss."""
    root = taro(tmp_path, {"tsconfig.json": "<absent>", "types/global.d.ts": "<absent>", VIEW: "<absent>",
                           PAGE_CONFIG: "<absent>", APP_CONFIG: "<absent>",
                           "src/app.config.js": "export default {\n    pages: ['pages/index/index'],\n    plugins: "
                                                "{ contactPlugin: " + DECLARE + " },\n};\n",
                           "src/pages/index/index.js": "export default function Index() {\n    return <view />;\n}\n",
                           "src/pages/index/index.config.js": "export default {\n    navigationBarTitleText: '首页',\n};\n",
                           "src/pages/index/index.scss": ".index {}\n"})
    assert add_page(root, "pages/contact/index", "--plugid", "a1b2c3d4")[0] == 0
    created = sorted(p.name for p in (root / "src/pages/contact").iterdir())
    assert created == ["index.config.js", "index.js", "index.scss"]
    assert text(root, "src/pages/contact/index.config.js") == (
        "export default {\n    navigationBarTitleText: '联系客服',\n    usingComponents: {\n"
        "        cell: 'plugin://contactPlugin/cell',\n    },\n};\n")
    view = text(root, "src/pages/contact/index.js")
    assert "import './index.scss';" in view and "    const handleContactStart = () => {" in view
    assert "declare const wx" not in view and ": boolean" not in view  # JavaScript
    clean(root)


def test_a_page_in_a_subpackage_is_routed_there(tmp_path: Path) -> None:
    app = ("export default defineAppConfig({\n  pages: ['pages/index/index'],\n  subPackages: [\n"
           "    { root: 'packageService', pages: ['pages/faq/index'] },\n  ],\n  plugins: { contactPlugin: "
           + DECLARE + " },\n})\n")
    root = taro(tmp_path, {APP_CONFIG: app})
    assert add_page(root, "packageService/pages/help/index", "--plugid", "a1b2c3d4")[0] == 0
    assert config_of(root, APP_CONFIG)["subPackages"][0]["pages"] == [  # type: ignore[index]
        "pages/faq/index", "pages/help/index"]
    assert (root / "src/packageService/pages/help/index.tsx").is_file()
    clean(root)


def test_a_vue_project_gets_a_vue_page(tmp_path: Path) -> None:
    root = taro(tmp_path, {"package.json": '{"dependencies": {"@tarojs/taro": "4.2.1", "vue": "^3.5.0"}}',
                           "config/index.ts": "export default { framework: 'vue3' }\n", "tsconfig.json": "<absent>",
                           VIEW: "<absent>", "src/pages/index/index.vue": "<template><view /></template>\n"})
    assert add_page(root, "pages/contact/index", "--plugid", "a1b2c3d4", "--style-type", "1")[0] == 0
    view = text(root, "src/pages/contact/index.vue")
    assert '    <cell\n      v-if="!inWeCom"\n      plugid="a1b2c3d4"\n      :styleType="1"\n' \
           '      @startmessage="handleContactStart"' in view
    assert "function handleContactComplete(e: {" in view and '<script setup lang="ts">\nimport Taro from' in view
    clean(root)


@pytest.mark.parametrize("route, name", [("pages/contact-us/index", "ContactUs"), ("pages/help", "Help"),
                                         ("pages/客服/index", "ContactPage"), ("pages/view/index", "ContactPage")])
def test_the_components_name_comes_from_the_route(route: str, name: str) -> None:
    assert component_name(route) == name


def test_plugid_expr_defines_the_name_it_binds(tmp_path: Path) -> None:
    root = taro(tmp_path)
    assert add_page(root, "pages/contact/index", "--plugid-expr", "contactId")[0] == 0
    view = text(root, "src/pages/contact/index.tsx")
    assert "const contactId = ''" in view and "plugid={contactId}" in view
    clean(root)


# -- an existing page -------------------------------------------------------------------------


def test_an_existing_function_page_gets_element_handlers_check_and_import(tmp_path: Path) -> None:
    config = "export default definePageConfig({\n  navigationBarTitleText: '帮助'\n})\n"
    root = taro(tmp_path, {APP_CONFIG: ROUTED, "src/pages/help/index.tsx": HELP,
                           "src/pages/help/index.config.ts": config})
    code, out, _ = add_page(root, "pages/help/index", "--plugid", "a1b2c3d4")
    assert code == 0 and "src/pages/help/index.tsx: <cell> (hidden inside the WeCom client); " \
                         "handleContactStart/handleContactComplete handlers; IN_WECOM: the WeCom check" in out
    assert text(root, "src/pages/help/index.config.ts") == (
        "export default definePageConfig({\n  navigationBarTitleText: '帮助',\n  usingComponents: {\n"
        "    cell: 'plugin://contactPlugin/cell'\n  }\n})\n")
    view = text(root, "src/pages/help/index.tsx")
    assert view.startswith("import { View, Text } from '@tarojs/components'\nimport Taro, { useLoad } from "
                           "'@tarojs/taro'\n\n// The 联系我 plugin does not run inside the WeCom")
    assert HELP.split("return (")[0].split("\n\n", 1)[1] in view  # the rest kept as it was
    assert "      <Text>Hello world!</Text>\n      {!IN_WECOM && (\n        <cell\n" in view
    clean(root)
    before = snapshot(root)
    assert add_page(root, "pages/help/index", "--plugid", "a1b2c3d4")[0] == 0 and snapshot(root) == before


def test_a_class_page_gets_methods_and_this_references(tmp_path: Path) -> None:
    page = ("import { Component } from 'react';\nimport Taro from '@tarojs/taro';\nimport { View } from "
            "'@tarojs/components';\n\nexport default class Help extends Component {\n    render() {\n"
            "        return (\n            <View>\n                {/* wecontact */}\n            </View>\n"
            "        );\n    }\n}\n")
    root = taro(tmp_path, {APP_CONFIG: ROUTED, "src/pages/help/index.tsx": page})
    assert add_page(root, "pages/help/index", "--plugid", "a1b2c3d4")[0] == 0
    view = text(root, "src/pages/help/index.tsx")
    assert "    handleContactStart() {" in view and "onCompletemessage={this.handleContactComplete}" in view
    assert "                {!IN_WECOM && (\n" in view and "})();\n" in view  # its place, semicolons, 4 spaces
    assert (root / "src/pages/help/index.config.ts").is_file()  # created: the page had none
    clean(root)


def test_a_page_that_cannot_be_edited_gets_the_code_printed(tmp_path: Path) -> None:
    page = "import { View } from '@tarojs/components'\n\nexport default withStore(pages.help)\n"
    root = taro(tmp_path, {APP_CONFIG: ROUTED, "src/pages/help/index.tsx": page})
    code, _, err = add_page(root, "pages/help/index", "--plugid", "a1b2c3d4")
    assert code == 0 and "warning: src/pages/help/index.tsx: the page component cannot be edited safely" in err
    assert "const IN_WECOM = " in err and "const handleContactComplete = (" in err and "<cell\n" in err
    assert text(root, "src/pages/help/index.tsx") == page  # untouched; its config is still wired
    assert "plugin://contactPlugin/cell" in text(root, "src/pages/help/index.config.ts")


def test_an_existing_vue_page_gets_the_code_printed(tmp_path: Path) -> None:
    root = taro(tmp_path, {"package.json": '{"dependencies": {"@tarojs/taro": "4.2.1", "vue": "^3.5.0"}}',
                           "config/index.ts": "export default { framework: 'vue3' }\n", APP_CONFIG: ROUTED,
                           "src/pages/help/index.vue": "<template><view /></template>\n"})
    code, _, err = add_page(root, "pages/help/index", "--plugid", "a1b2c3d4")
    assert code == 0 and "wecontact does not edit an existing .vue view" in err
    assert '@completemessage="handleContactComplete"' in err and "const inWeCom = (() => {" in err


def test_a_tag_registered_for_something_else_is_not_reused(tmp_path: Path) -> None:
    config = "export default definePageConfig({ usingComponents: { cell: '../../components/cell/index' } })\n"
    root = taro(tmp_path, {APP_CONFIG: ROUTED, "src/pages/help/index.tsx": HELP,
                           "src/pages/help/index.config.ts": config})
    code, _, err = add_page(root, "pages/help/index", "--plugid", "a1b2c3d4")
    assert code == 0 and "the button uses <contact-cell> instead" in err
    assert "<contact-cell\n" in text(root, "src/pages/help/index.tsx")


@pytest.mark.parametrize("files, args, message", [
    ({}, ["/abs/pages/x/index"], "'/abs/pages/x/index' is an absolute path; give the page route as the app config's page list writes it"),
    ({}, ["pages/../x/index"], "is not a page route inside the project"),
    ({"src/pages/help/index.config.ts": "export default definePageConfig({ usingComponents: makeUsing() })\n"},
     ["pages/help/index"], "src/pages/help/index.config.ts:1:52: error: index.config.ts cannot be edited safely here"),
    ({APP_CONFIG: "export default { pages: [], subPackages: [{ root: 'pkgA', pages: [], independent: true }], "
                  "plugins: { contactPlugin: " + DECLARE + " } }\n"}, ["pkgA/pages/x/index"],
     "is in the independent subpackage 'pkgA'"),
    ({APP_CONFIG: "export default { pages: [], subPackages: [{ root: 'pkgA', pages: [], plugins: { contactPlugin: "
                  + DECLARE + " } }] }\n"}, ["pages/x/index"], "the contact plugin is declared only in subpackage"),
    ({APP_CONFIG: "export default { pages: [], ...base }\n"}, ["pages/x/index"], "cannot be read statically"),
])
def test_refusals_write_nothing(tmp_path: Path, files: dict[str, str], args: list[str], message: str) -> None:
    root = taro(tmp_path, {"src/pages/help/index.tsx": HELP, **files})
    before = snapshot(root)
    code, _, err = add_page(root, *args, "--plugid", "a1b2c3d4")
    assert code == 2 and message in err and "Traceback" not in err and snapshot(root) == before


def test_the_refusal_of_a_computed_config_gives_the_line_to_add(tmp_path: Path) -> None:
    root = taro(tmp_path, {"src/pages/help/index.tsx": HELP,
                           "src/pages/help/index.config.ts": "export default { ...shared }\n"})
    err = add_page(root, "pages/help/index", "--plugid", "a1b2c3d4")[2]
    assert err.splitlines()[-1] == "  hint: add it by hand: usingComponents: { cell: 'plugin://contactPlugin/cell' }"


def test_project_templates_replace_the_built_in_ones(tmp_path: Path) -> None:
    root = taro(tmp_path, {".wecontact/templates/taro/start-handler.j2": "Taro.reportAnalytics('contact_tap', {})\n"})
    assert add_page(root, "pages/contact/index", "--plugid", "a1b2c3d4")[0] == 0
    assert "const handleContactStart = () => {\n    Taro.reportAnalytics('contact_tap', {})\n  }" in \
        text(root, "src/pages/contact/index.tsx")


def test_a_broken_project_template_writes_nothing(tmp_path: Path) -> None:
    root = taro(tmp_path, {".wecontact/templates/taro/start-handler.j2": "if (\n"})
    before = snapshot(root)
    code, _, err = add_page(root, "pages/contact/index", "--plugid", "a1b2c3d4")
    assert code == 2 and "taro/page.jsx.j2" in err and snapshot(root) == before


# -- the order of the writes ------------------------------------------------------------------


def test_every_prefix_of_the_writes_is_a_project_that_builds(tmp_path: Path) -> None:
    """Declaration first, then the page's config before its view, the route last: a crash after any
    write leaves no route to a missing page and no cell without its registration or declaration."""
    before = {APP_CONFIG: UNDECLARED, "types/global.d.ts": "<absent>", PAGE_CONFIG: "export default {}\n",
              VIEW: "export default function Index() {\n  return <view />\n}\n"}
    root = taro(tmp_path, before)
    project = load(root)
    plan = plan_add_page(project, AddPageRequest("pages/contact/index", "a1b2c3d4"))
    steps = [step for batch in plan.changeset.batches() for step in batch.steps]
    names = [s.path.relative_to(root).as_posix() for s in steps]
    assert names == ["src/app.config.ts", "src/pages/contact/index.config.ts", "types/wecontact.d.ts",
                     "src/pages/contact/index.tsx", "src/app.config.ts"]
    for count in range(len(steps) + 1):
        copy = tmp_path / f"prefix{count}"
        taro(copy, before)
        for step in steps[:count]:
            target = copy / step.path.relative_to(root)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(step.content)
        found = [d for d in lint(copy, "--select", "ALL") if d["severity"] != "info"]  # a notice is no break
        assert found == [], (count, found)
        routes = config_of(copy, APP_CONFIG)["pages"]  # type: ignore[index]
        assert all((copy / "src" / f"{r}.tsx").is_file() for r in routes), count


def test_the_dry_run_and_the_diff_write_nothing(tmp_path: Path) -> None:
    root = taro(tmp_path)
    before = snapshot(root)
    code, out, _ = add_page(root, "pages/contact/index", "--plugid", "a1b2c3d4", "--diff")
    assert code == 0 and "+++ b/src/pages/contact/index.tsx" in out and snapshot(root) == before
    assert json.loads(run_cli("lint", root, "-f", "json").stdout) == []


def test_an_existing_page_keeps_its_bom_and_crlf_line_endings(tmp_path: Path) -> None:
    help_crlf = HELP.replace("\n", "\r\n")
    config = "export default definePageConfig({\r\n  navigationBarTitleText: '帮助',\r\n})\r\n"
    root = taro(tmp_path, {APP_CONFIG: ROUTED})
    (root / "src/pages/help").mkdir(parents=True)
    (root / "src/pages/help/index.tsx").write_bytes(b"\xef\xbb\xbf" + help_crlf.encode("utf-8"))
    (root / "src/pages/help/index.config.ts").write_bytes(config.encode("utf-8"))
    assert add_page(root, "pages/help/index", "--plugid", "a1b2c3d4")[0] == 0
    for rel in ("src/pages/help/index.tsx", "src/pages/help/index.config.ts"):
        data = (root / rel).read_bytes()
        assert data.count(b"\n") == data.count(b"\r\n"), rel  # no bare LF came in
    view = (root / "src/pages/help/index.tsx").read_bytes()
    assert view.startswith(b"\xef\xbb\xbfimport { View, Text } from '@tarojs/components'\r\n")
    assert "<cell\r\n" in view.decode("utf-8") and "console.log('Page loaded.')" in view.decode("utf-8")
    clean(root)
