"""uni-app's own compilers judge what wecontact writes and what its uni-app rules claim.

- every .vue page add-page writes (each script style, new or wired) compiles with uni-app's
  Vue 2 and Vue 3 template compilers; the WXML binds startmessage and completemessage (Vue 2
  through its ``__e`` dispatcher) and passes plugid, and wcc compiles it;
- after init and add-page, uni-app's own pages.json/manifest.json resolver yields an app.json
  with the declaration and each page's usingComponents with the cell;
- each uni-app rule's bad example shows, compiled or resolved by uni-app, the failure the rule
  claims, and its good example does not.

The checkers are installed once per machine (tests/npmcache.py); under CI=true they must run.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

import npmcache
from conftest import run_cli
from test_platform import NodeTools, node_tools  # noqa: F401 - the fixture that installs wcc
from test_uniapp_oracle import CHECKERS, _preprocess, uni2, uni3  # noqa: F401 - fixtures and uni-app's preprocessor
from uniapp_project import build
from wecontact_cli.frameworks.uniapp.rules._examples import manifest, pages, vue_page
from wecontact_cli.lint.registry import rules
from wecontact_cli.syntax.conditional import analyze, blank_inactive, weixin

USING = {"cell": "plugin://contactPlugin/cell"}
PLUGID = "a1b2c3d4"


def template_of(vue_text: str, vue: int) -> str:
    """The inner markup of a .vue file's <template>, as the WeChat build preprocesses it."""
    text = blank_inactive(vue_text, analyze(vue_text, weixin(vue), ("html", "js")))
    start = text.index(">", text.index("<template")) + 1
    return text[start:text.rindex("</template>")]


def compile_template(prefix: Path, vue: int, route: str, markup: str, using: dict[str, str],
                     tmp: Path) -> subprocess.CompletedProcess[str]:
    """uni-app's template compiler (Vue ``vue``) on ``markup`` as the page or component ``route``."""
    source = tmp / f"template-{vue}-{abs(hash((route, markup)))}.html"
    source.write_text(markup, encoding="utf-8")
    script = CHECKERS / f"uni-vue{vue}" / "compile-template.js"
    return npmcache.run_node(script, route, str(source), json.dumps(using), prefix=prefix)


def resolve(prefix: Path, source_root: Path) -> dict:
    """uni-app's resolver: the app.json and page .json files of the WeChat build."""
    proc = npmcache.run_node(CHECKERS / "uni-vue3" / "resolve-json.js", str(source_root), prefix=prefix)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def binds_both_events(wxml: str, vue: int) -> bool:
    """Whether the cell binds both events as uni-app wires a handler (Vue 2: its __e dispatcher)."""
    if vue == 3:
        return all(re.search(rf'\bbind{e}="\{{\{{[^}}]+\}}\}}"', wxml) for e in ("startmessage", "completemessage"))
    return all(f'bind:{e}="__e"' in wxml and f"'^{e}'" in wxml for e in ("startmessage", "completemessage"))


# -- what add-page writes -------------------------------------------------------------------------

CLI3_TS = {"package.json": json.dumps({"devDependencies": {"@dcloudio/vite-plugin-uni": "3.0.0"}}),
           "tsconfig.json": "{}"}
SETUP_PAGE = "<template>\n  <view class=\"page\">\n    <text>{{ title }}</text>\n  </view>\n</template>\n\n" \
             "<script setup>\nimport { ref } from 'vue'\n\nconst title = ref('help')\n</script>\n"
OPTIONS_PAGE = "<template>\n  <view>\n    <!-- wecontact -->\n  </view>\n</template>\n\n<script>\nexport default {\n" \
               "  data() {\n    return { contactId: 'a1b2c3d4' }\n  }\n}\n</script>\n"
SCENARIOS = {
    # name: (files over the base, cli root subfolder, add-page args)
    "vue3-options-js-new": ({}, "", ["pages/contact/contact", "--plugid", PLUGID, "--style-type", "2"]),
    "vue2-options-js-new": ({"manifest.json": manifest(vue="2")}, "", ["pages/contact/contact", "--plugid", PLUGID]),
    "vue3-setup-ts-new": (CLI3_TS, "src", ["pages/contact/contact", "--plugid", PLUGID]),
    "vue3-setup-ts-expr": (CLI3_TS, "src", ["pages/contact/contact", "--plugid-expr", "contactId"]),
    "vue3-options-expr-new": ({}, "", ["pages/contact/contact", "--plugid-expr", "contactId"]),
    "wired-setup-js": ({"pages/index/index.vue": SETUP_PAGE}, "", ["pages/index/index", "--plugid", PLUGID]),
    "wired-options-marker": ({"pages/index/index.vue": OPTIONS_PAGE}, "",
                             ["pages/index/index", "--plugid-expr", "contactId"]),
    "vue2-wired": ({"manifest.json": manifest(vue="2"), "pages/index/index.vue": OPTIONS_PAGE}, "",
                   ["pages/index/index", "--plugid", PLUGID]),
}


def added_page(tmp: Path, name: str) -> tuple[Path, str, int]:
    """Run add-page for a scenario; (the .vue file, its route, the project's Vue version)."""
    files, sub, args = SCENARIOS[name]
    root = tmp / name
    source = root / sub if sub else root
    build(source, {k: v for k, v in files.items() if k not in CLI3_TS})
    for key in CLI3_TS:
        if key in files:
            (root / key).write_text(files[key], encoding="utf-8")
    result = run_cli("add-page", *args, "-C", root)
    assert result.exit_code == 0, result.stderr + result.stdout
    route = args[0]
    vue = 2 if "vue2" in name else 3
    return source / (route + ".vue"), route, vue


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str, int]]:
    tmp = tmp_path_factory.mktemp("added")
    return {name: added_page(tmp, name) for name in SCENARIOS}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
@pytest.mark.parametrize("compiler", [3, 2])
def test_every_page_add_page_writes_compiles_and_binds_both_events(
        name: str, compiler: int, written: dict, uni2: Path, uni3: Path, tmp_path: Path) -> None:
    path, route, vue = written[name]
    markup = template_of(path.read_text(encoding="utf-8"), vue)
    proc = compile_template(uni3 if compiler == 3 else uni2, compiler, route, markup, USING, tmp_path)
    assert proc.returncode == 0, proc.stderr
    wxml = proc.stdout
    assert binds_both_events(wxml, compiler), wxml
    assert re.search(r'<cell[^>]*\splugid="(a1b2c3d4|\{\{[^}]+\}\})"', wxml), wxml
    (tmp_path / "page.wxml").write_text(wxml, encoding="utf-8")


def test_the_wxml_of_every_written_page_compiles_with_wcc(written: dict, uni2: Path, uni3: Path,
                                                          node_tools: NodeTools, tmp_path: Path) -> None:
    files = []
    for name, (path, route, vue) in sorted(written.items()):
        for compiler, prefix in ((3, uni3), (2, uni2)):
            proc = compile_template(prefix, compiler, route, template_of(path.read_text(encoding="utf-8"), vue),
                                    USING, tmp_path)
            assert proc.returncode == 0, proc.stderr
            out = tmp_path / f"{name}-vue{compiler}.wxml"
            out.write_text(proc.stdout, encoding="utf-8")
            files.append(out)
    code, stderr = node_tools.compile_wxml(files)
    assert code == 0, stderr


def test_the_scripts_add_page_writes_pass_a_syntax_check(written: dict, node_tools: NodeTools, tmp_path: Path) -> None:
    for name, (path, _, _) in sorted(written.items()):
        text = path.read_text(encoding="utf-8")
        for n, match in enumerate(re.finditer(r"<script([^>]*)>(.*?)</script>", text, re.DOTALL)):
            ext = ".ts" if 'lang="ts"' in match[1] else ".mjs"
            script = tmp_path / f"{name}-{n}{ext}"
            script.write_text(match[2], encoding="utf-8")
            proc = node_tools.check_script(script)
            assert proc.returncode == 0, f"{name}: {proc.stdout}{proc.stderr}"


# -- what init and add-page write into pages.json and manifest.json -------------------------------

def test_the_resolver_sees_the_declaration_and_every_registration(uni3: Path, tmp_path: Path) -> None:
    text = pages().replace('    "globalStyle"', '    "subPackages" : [\n        {\n            "root" : "pkgService",\n'
                           '            "pages" : []\n        }\n    ],\n    "globalStyle"')
    build(tmp_path, {"manifest.json": manifest(plugins=False), "pages.json": text,
                     "pages/index/index.vue": vue_page("<text>home</text>")})
    for args in (["init", tmp_path, "--global"], ["add-page", "pages/contact/contact", "--plugid", PLUGID, "-C", tmp_path],
                 ["add-page", "pkgService/help/help", "--plugid", PLUGID, "-C", tmp_path],
                 ["add-page", "pages/index/index", "--plugid", PLUGID, "-C", tmp_path]):
        result = run_cli(*args)
        assert result.exit_code == 0, result.stderr
    resolved = resolve(uni3, tmp_path)
    app, page_jsons = resolved["app"], resolved["pages"]
    assert app["plugins"] == {"contactPlugin": {"version": "1.3.0", "provider": "wx104a1a20c3f81ec2"}}
    assert app["usingComponents"] == USING
    assert app["pages"] == ["pages/index/index", "pages/contact/contact"]
    assert app["subPackages"] == [{"root": "pkgService", "pages": ["help/help"]}]
    for route in ("pages/index/index", "pages/contact/contact", "pkgService/help/help"):
        assert page_jsons[route]["usingComponents"] == USING, route


def test_the_resolver_sees_a_subpackage_declaration_and_a_kept_generic_map(uni3: Path, tmp_path: Path) -> None:
    text = pages(style='"usingComponents" : {\n                    "wx-chart" : "/wxcomponents/chart/chart"\n'
                       '                }').replace(
        '    "globalStyle"', '    "subPackages" : [{"root" : "pkgService", "pages" : [{"path" : "help/help"}]}],\n'
                            '    "globalStyle"')
    build(tmp_path, {"manifest.json": manifest(plugins=False), "pages.json": text})
    for args in (["init", tmp_path, "--subpackage", "pkgService"],
                 ["add-page", "pkgService/help/help", "--plugid", PLUGID, "-C", tmp_path]):
        assert run_cli(*args).exit_code == 0
    main = run_cli("add-page", "pages/index/index", "--plugid", PLUGID, "-C", tmp_path)
    assert main.exit_code == 2 and "declared only in subpackage 'pkgService'" in main.stderr
    (tmp_path / "manifest.json").write_text(manifest(), encoding="utf-8")  # the main package declares it too
    (tmp_path / "pages.json").write_text(text, encoding="utf-8")
    assert run_cli("add-page", "pages/index/index", "--plugid", PLUGID, "-C", tmp_path).exit_code == 0
    page = resolve(uni3, tmp_path)["pages"]["pages/index/index"]
    assert page["usingComponents"] == {"wx-chart": "/wxcomponents/chart/chart", **USING}


def test_the_resolver_reads_a_subpackage_plugin(uni3: Path, tmp_path: Path) -> None:
    text = pages().replace('    "globalStyle"', '    "subPackages" : [{"root" : "pkgService", "pages" : []}],\n'
                                                '    "globalStyle"')
    build(tmp_path, {"manifest.json": manifest(plugins=False), "pages.json": text})
    assert run_cli("init", tmp_path, "--subpackage", "pkgService").exit_code == 0
    assert run_cli("add-page", "pkgService/help/help", "--plugid", PLUGID, "-C", tmp_path).exit_code == 0
    app = resolve(uni3, tmp_path)["app"]
    assert app["subPackages"][0]["plugins"] == {"contactPlugin": {"version": "1.3.0", "provider": "wx104a1a20c3f81ec2"}}
    assert "plugins" not in app


# -- each uni-app rule: uni-app shows the failure of its bad example, not of its good one --------

RULES = {r.code: r for r in rules() if r.frameworks == ("uni-app",)}


def _project(tmp: Path, files: dict[str, str] | None) -> Path:
    return build(tmp, files or {})


def _page_wxml(prefix: Path, vue: int, root: Path, route: str, using: dict, tmp: Path) -> subprocess.CompletedProcess[str]:
    text = (root / f"{route}.vue").read_text(encoding="utf-8")
    return compile_template(prefix, vue, route, template_of(text, vue), using, tmp)


def _events(uni2: Path, uni3: Path, root: Path, tmp: Path) -> list[bool]:
    """Whether both compilers bind both events (with uni-app's handler wiring) on the page."""
    found = []
    for vue, prefix in ((3, uni3), (2, uni2)):
        proc = _page_wxml(prefix, vue, root, "pages/index/index", USING, tmp)
        assert proc.returncode == 0, proc.stderr
        found.append(binds_both_events(proc.stdout, vue))
    return found


@pytest.mark.parametrize("code", ["UA101", "UA102"])
def test_a_dead_event_spelling_binds_no_handler(code: str, uni2: Path, uni3: Path, tmp_path: Path) -> None:
    rule = RULES[code]
    assert _events(uni2, uni3, _project(tmp_path / "bad", rule.bad.files), tmp_path) == [False, False]
    assert _events(uni2, uni3, _project(tmp_path / "good", rule.good.files), tmp_path) == [True, True]


def test_v_bind_object_never_reaches_the_plugin(uni2: Path, uni3: Path, tmp_path: Path) -> None:
    rule = RULES["UA103"]
    bad, good = _project(tmp_path / "bad", rule.bad.files), _project(tmp_path / "good", rule.good.files)
    refused = _page_wxml(uni3, 3, bad, "pages/index/index", USING, tmp_path)
    assert refused.returncode != 0 and 'v-bind="" is not supported' in refused.stderr
    vue2 = _page_wxml(uni2, 2, bad, "pages/index/index", USING, tmp_path)
    assert vue2.returncode != 0 or "plugid" not in vue2.stdout
    for vue, prefix in ((3, uni3), (2, uni2)):
        proc = _page_wxml(prefix, vue, good, "pages/index/index", USING, tmp_path)
        assert proc.returncode == 0 and re.search(r"<cell[^>]*\splugid=", proc.stdout), proc.stdout + proc.stderr


def test_a_cell_in_an_unregistered_component_loses_plugid(uni2: Path, uni3: Path, tmp_path: Path) -> None:
    rule = RULES["UA104"]
    component = "components/contact-card/contact-card"
    bad, good = _project(tmp_path / "bad", rule.bad.files), _project(tmp_path / "good", rule.good.files)
    folded = _page_wxml(uni3, 3, bad, component, {}, tmp_path).stdout
    assert "u-p=" in folded and "plugid=" not in folded, folded  # Vue 3: every attribute folded into u-p
    vue2 = _page_wxml(uni2, 2, bad, component, {}, tmp_path).stdout
    assert "<cell" in vue2 and 'data-com-type="wx"' not in vue2, vue2  # Vue 2: a Vue component nothing registers
    app = resolve(uni3, good)["app"]
    assert app["usingComponents"] == USING  # globalStyle reaches every component through app.json
    for vue, prefix in ((3, uni3), (2, uni2)):
        wxml = _page_wxml(prefix, vue, good, component, app["usingComponents"], tmp_path).stdout
        assert re.search(r'<cell[^>]*\splugid="a1b2c3d4"', wxml) and "u-p=" not in wxml, wxml
        assert vue == 3 or 'data-com-type="wx"' in wxml, wxml  # Vue 2 marks a mini-program component so


def test_the_generic_map_is_dropped_by_the_shallow_merge(uni3: Path, tmp_path: Path) -> None:
    rule = RULES["UA105"]
    bad = resolve(uni3, _project(tmp_path / "bad", rule.bad.files))["pages"]["pages/index/index"]
    good = resolve(uni3, _project(tmp_path / "good", rule.good.files))["pages"]["pages/index/index"]
    assert "cell" not in bad["usingComponents"] and good["usingComponents"]["cell"] == USING["cell"]


def test_pages_json_plugins_are_replaced_by_the_manifests(uni3: Path, tmp_path: Path) -> None:
    rule = RULES["UA106"]
    bad = resolve(uni3, _project(tmp_path / "bad", rule.bad.files))["app"]["plugins"]
    good = resolve(uni3, _project(tmp_path / "good", rule.good.files))["app"]["plugins"]
    assert "chart" not in bad and set(good) == {"contactPlugin", "chart"}


def test_a_trailing_comma_breaks_uni_apps_vue2_json_reader(uni2: Path, tmp_path: Path) -> None:
    rule = RULES["UA107"]
    script = tmp_path / "parse.js"
    script.write_text("const { parseJson } = require('@dcloudio/uni-cli-shared/lib/json')\n"
                      "try { parseJson(require('fs').readFileSync(process.argv[2], 'utf8')); console.log('ok') }\n"
                      "catch (e) { console.log('error: ' + e.message) }\n", encoding="utf-8")
    results = []
    for example in (rule.bad, rule.good):
        path = tmp_path / f"manifest-{len(results)}.json"
        path.write_text((example.files or {})["manifest.json"], encoding="utf-8")
        results.append(npmcache.run_node(script, str(path), prefix=uni2).stdout.strip())
    assert results[0].startswith("error:") and results[1] == "ok", results


def test_an_unwrapped_cell_reaches_other_platforms_builds(uni3: Path, tmp_path: Path) -> None:
    rule = RULES["UA108"]
    for example, kept in ((rule.bad, True), (rule.good, False)):
        text = (example.files or {})["pages/index/index.vue"]
        script = tmp_path / "pre-h5.js"
        script.write_text("const shared = require('@dcloudio/uni-cli-shared')\nprocess.env.UNI_PLATFORM = 'h5'\n"
                          "shared.initPreContext('h5', {}, 'h5', false)\n"
                          "console.log(shared.preHtml(require('fs').readFileSync(0, 'utf8'), 'x.vue'))\n", encoding="utf-8")
        h5 = npmcache.run_node(script, prefix=uni3, stdin=text)
        assert h5.returncode == 0, h5.stderr
        assert ("<cell" in h5.stdout) == kept, h5.stdout


def test_a_user_macro_decides_what_the_wechat_build_reads(uni3: Path, uni2: Path, tmp_path: Path) -> None:
    rule = RULES["UA109"]
    for example, differs in ((rule.bad, True), (rule.good, False)):
        text = (example.files or {})["pages.json"]
        script = tmp_path / "pre-macro.js"
        script.write_text(
            "const shared = require('@dcloudio/uni-cli-shared')\nconst { parse } = require('jsonc-parser')\n"
            "process.env.UNI_PLATFORM = 'mp-weixin'\nconst text = require('fs').readFileSync(0, 'utf8')\n"
            "const out = [{}, { SHOP: true }].map((define) => {\n"
            "  shared.initPreContext('mp-weixin', define, 'mp-weixin', false)\n"
            "  return JSON.stringify(parse(shared.preJs(text, 'pages.json')))\n})\nconsole.log(JSON.stringify(out))\n",
            encoding="utf-8")
        proc = npmcache.run_node(script, prefix=uni3, stdin=text)
        assert proc.returncode == 0, proc.stderr
        without, with_macro = json.loads(proc.stdout)
        assert (without != with_macro) == differs


def test_every_uni_app_rule_is_checked_here() -> None:
    checked = {"UA101", "UA102", "UA103", "UA104", "UA105", "UA106", "UA107", "UA108", "UA109"}
    assert set(RULES) == checked
