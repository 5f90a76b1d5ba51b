"""The uni-app loader: manifest.json and pages.json as the WeChat build reads them, and
every .vue page and component as units, with positions in the files the user wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from uniapp_project import BASE, CELL, build
from wecontact_cli.frameworks.registry import open_project
from wecontact_cli.frameworks.uniapp.project import UniProject
from wecontact_cli.frameworks.uniapp.rules._examples import manifest, pages, vue_page

PROVIDER = "wx104a1a20c3f81ec2"


def load(root: Path) -> UniProject:
    project = open_project(root)
    assert isinstance(project, UniProject)
    return project


def lint(root: Path, *args: str) -> list[dict]:
    result = run_cli("lint", root, "-f", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def where(found: list[dict]) -> list[tuple[str, str, int, int]]:
    return sorted((d["code"], d["filename"], d["location"]["row"], d["location"]["column"]) for d in found)


PAGES_WITH_EVERYTHING = """{
    // pages.json top-level plugins: replaced by manifest.json's mp-weixin.plugins
    "plugins" : {
        "chart" : {"version" : "1.0.0", "provider" : "wx0123456789abcdef"}
    },
    "pages" : [
        {
            "path" : "pages/index/index",
            "style" : {
                "usingComponents" : {"cell" : "plugin://contactPlugin/cell"},
                "mp-weixin" : {
                    "usingComponents" : {"contact" : "plugin://contactPlugin/cell"}
                }
            }
        },
        // #ifdef H5
        {"path" : "pages/web/web"},
        // #endif
        {"path" : "pages/plain/plain", "style" : {"usingComponents" : {"cell" : "plugin://contactPlugin/cell"}}}
    ],
    "subpackages" : [{"root" : "ignored", "pages" : [{"path" : "x"}]}],
    "subPackages" : [
        {
            "root" : "./pkgService/",
            "pages" : [{"path" : "pages/help/help"}],
            "plugins" : {"kefu" : {"version" : "1.3.0", "provider" : "wx104a1a20c3f81ec2"}}
        },
        {"root" : "pkgAlone", "independent" : true, "pages" : [{"path" : "index"}]}
    ],
    "globalStyle" : {
        "usingComponents" : {"global-cell" : "plugin://contactPlugin/cell"}
    }
}
"""


def test_declarations_routes_and_registrations_are_what_wechat_gets(tmp_path: Path) -> None:
    build(tmp_path, {"pages.json": PAGES_WITH_EVERYTHING})
    project = load(tmp_path)
    decls = {(d.alias, d.scope, d.effective, d.place) for d in project.declarations}
    assert decls == {("contactPlugin", None, True, "manifest.json mp-weixin.plugins"),
                     ("chart", None, False, "pages.json plugins"),
                     ("kefu", "pkgService", True, "pages.json subPackages")}
    assert [r.route for r in project.routes] == [
        "pages/index/index", "pages/plain/plain", "pkgService/pages/help/help", "pkgAlone/index"]
    assert [(s.root, s.independent) for s in project.subpackages] == [("pkgService", False), ("pkgAlone", True)]
    index = project.entries["pages/index/index"].registrations
    assert [(r.tag, r.effective) for r in index] == [("cell", False), ("contact", True)]
    plain = project.entries["pages/plain/plain"].registrations
    assert [(r.tag, r.effective) for r in plain] == [("cell", True)]
    assert [(r.tag, r.scope, r.effective) for r in project.global_registrations] == [("global-cell", "global", True)]
    text = (tmp_path / "pages.json").read_text(encoding="utf-8")
    assert text[index[1].key.start:index[1].key.end] == '"contact"'


def test_global_style_mp_weixin_map_replaces_the_generic_one(tmp_path: Path) -> None:
    build(tmp_path, {"pages.json": pages(top="") .replace(
        '"navigationBarTitleText" : "demo"',
        '"usingComponents" : {"a" : "/a"},\n        "mp-weixin" : {"usingComponents" : {"b" : "/b"}}')})
    regs = load(tmp_path).global_registrations
    assert [(r.tag, r.effective) for r in regs] == [("a", False), ("b", True)]


def test_units_are_every_vue_and_nvue_file_except_vendored_and_built_ones(tmp_path: Path) -> None:
    build(tmp_path, {
        "components/card/card.vue": "<template><view/></template>\n",
        "pages/app/app.nvue": "<template><view/></template>\n",
        "pages/both/both.vue": "", "pages/both/both.nvue": "",
        "node_modules/x/x.vue": "", "unpackage/dist/dev/a.vue": "", "static/s.vue": "",
        "uni_modules/uni-badge/components/uni-badge/uni-badge.vue": "",
        "uni_modules/market/pages/list/list.vue": "<template><view/></template>\n",
        "pages.json": pages().replace('"pages" : [', '"pages" : [\n        {"path" : "uni_modules/market/pages/list/list"},'),
    })
    project = load(tmp_path)
    units = {u.relpath: (u.kind, u.view_file().name) for u in project.units()}  # type: ignore[union-attr]
    assert units == {
        "components/card/card": ("component", "card.vue"), "pages/app/app": ("component", "app.nvue"),
        "pages/both/both": ("component", "both.vue"), "pages/index/index": ("page", "index.vue"),
        "uni_modules/market/pages/list/list": ("page", "list.vue")}


def test_a_cli_project_reads_src_and_reports_paths_from_the_project_root(tmp_path: Path) -> None:
    (tmp_path / "package.json").write_text(json.dumps({"devDependencies": {"@dcloudio/vite-plugin-uni": "3.0.0"}}))
    build(tmp_path / "src", {"pages/index/index.vue": vue_page(CELL.replace("@completemessage", "@complete-message"))})
    found = lint(tmp_path)
    assert where(found) == [("UA101", "src/pages/index/index.vue", 3, 58)]


def test_a_cell_the_wechat_build_leaves_out_is_not_read(tmp_path: Path) -> None:
    build(tmp_path, {"pages/index/index.vue": vue_page(
        '<!-- #ifdef H5 -->\n<cell plugid="a1b2c3d4" :styleType="9" />\n<!-- #endif -->\n'
        '<!-- #ifndef MP-WEIXIN -->\n<cell plugid="a1b2c3d4" :styleType="9" />\n<!-- #endif -->\n'
        '<!-- #ifdef MP-WEIXIN -->\n<cell plugid="a1b2c3d4" :styleType="8" />\n<!-- #endif -->')})
    assert where(lint(tmp_path)) == [("WC204", "pages/index/index.vue", 10, 41)]


def test_a_bound_literal_is_judged_and_an_expression_is_not(tmp_path: Path) -> None:
    build(tmp_path, {"pages/index/index.vue": vue_page(
        '<cell plugid="a1b2c3d4" :styleType="4" :buttonStyle="\'dark\'" :avatorStyle="shape" />\n'
        '<cell plugid="a1b2c3d4" style-type="4" v-bind:bubbleColor="\'#fff\'" />',
        "  data() {\n    return { shape: 'rect' }\n  }")})
    codes = where(lint(tmp_path, "--select", "WC204,WC206,WC211"))
    assert codes == [("WC204", "pages/index/index.vue", 3, 41), ("WC204", "pages/index/index.vue", 3, 58),
                     ("WC204", "pages/index/index.vue", 4, 41), ("WC206", "pages/index/index.vue", 4, 64),
                     ("WC211", "pages/index/index.vue", 3, 80)]


def test_a_handler_the_script_lacks_is_wc301_in_every_script_style(tmp_path: Path) -> None:
    scripts = {
        "options": '<script>\nexport default {\n  methods: {\n    done(e) {}\n  }\n}\n</script>\n',
        "setup-ts": '<script setup lang="ts">\nconst done = (e: unknown) => {}\n</script>\n',
        "define": '<script lang="ts">\nimport { defineComponent } from "vue"\nexport default defineComponent({\n'
                  '  setup() {\n    return { done: () => {} }\n  }\n})\n</script>\n',
    }
    for name, script in scripts.items():
        root = tmp_path / name
        build(root, {"pages/index/index.vue": '<template>\n  <cell plugid="a1b2c3d4" @startmessage="start" '
                                              '@completemessage="done" />\n</template>\n\n' + script})
        assert where(lint(root, "--select", "WC301")) == [("WC301", "pages/index/index.vue", 2, 42)], name


def test_a_script_that_cannot_be_read_is_not_guessed(tmp_path: Path) -> None:
    build(tmp_path, {"pages/index/index.vue": '<template>\n  <cell plugid="a1b2c3d4" @completemessage="done" />'
                                              '\n</template>\n<script>\nimport m from "./m"\nexport default {\n'
                                              '  mixins: [m]\n}\n</script>\n'})
    assert lint(tmp_path, "--select", "WC301") == []


def test_suppressions_work_in_templates_and_in_both_json_files(tmp_path: Path) -> None:
    build(tmp_path, {
        "pages/index/index.vue": vue_page('<!-- wecontact-disable-next-line UA101 -- kept on purpose -->\n'
                                          + CELL.replace("@completemessage", "@complete-message")),
        "pages.json": pages().replace('"cell" : "plugin://contactPlugin/cell"',
                                      '// wecontact-disable-next-line WC108\n                        '
                                      '"cell" : "plugin://wx104a1a20c3f81ec2/cell"'),
        "manifest.json": manifest().replace('"version" : "1.3.0"', '// wecontact-disable-next-line WC103\n'
                                            '                "version" : "1.0.0"'),
    })
    assert lint(tmp_path) == []
    unused = build(tmp_path / "unused", {"manifest.json": manifest().replace(
        '"appid"', '// wecontact-disable-next-line WC103\n        "appid"')})
    assert where(lint(unused)) == [("WC900", "manifest.json", 5, 9)]


def test_a_broken_pages_json_is_wc001_and_the_pages_are_still_checked(tmp_path: Path) -> None:
    build(tmp_path, {"pages.json": '{\n    "pages" : [\n        {"path" : "pages/index/index"}\n    ]\n    "x" : 1\n}\n',
                     "pages/index/index.vue": vue_page('<cell plugid="a1b2c3d4" :styleType="7" />')})
    found = where(lint(tmp_path))
    assert ("WC001", "pages.json", 5, 5) in found


def test_a_page_without_a_path_is_a_type_problem(tmp_path: Path) -> None:
    build(tmp_path, {"pages.json": '{\n    "pages" : [\n        {"style" : {}}\n    ]\n}\n'})
    found = [d for d in lint(tmp_path) if d["code"] == "WC001"]
    assert where(found) == [("WC001", "pages.json", 3, 9)]
    assert 'has no "path" string' in found[0]["message"]


def test_wc101_names_the_manifest_and_its_fix_declares_there(tmp_path: Path) -> None:
    build(tmp_path, {"manifest.json": manifest(plugins=False)})
    found = lint(tmp_path)
    assert [d["code"] for d in found] == ["WC101"]
    assert "manifest.json mp-weixin.plugins" in found[0]["message"]
    assert run_cli("lint", tmp_path, "--fix").exit_code == 0
    data = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert data["mp-weixin"]["plugins"] == {"contactPlugin": {"version": "1.3.0", "provider": PROVIDER}}
    assert '"appid" : "wx0123456789abcdef",\n        "plugins" : {' in (tmp_path / "manifest.json").read_text()


@pytest.mark.parametrize("vue", ["2", "3"])
def test_the_vue_version_decides_what_a_bound_string_is(tmp_path: Path, vue: str) -> None:
    build(tmp_path, {"manifest.json": manifest(vue=vue),
                     "pages/index/index.vue": vue_page('<cell plugid="a1b2c3d4" :styleType="\'2\'" />')})
    assert [d["code"] for d in lint(tmp_path)] == ([] if vue == "2" else ["WC212"])


def test_the_base_project_is_clean() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        build(Path(folder))
        assert lint(Path(folder), "--select", "ALL") == []
    assert set(BASE) >= {"manifest.json", "pages.json", "pages/index/index.vue"}


def _modules_after_lint(root: Path, *args: str) -> set[str]:
    """The modules a whole ``wecontact lint`` process imports."""
    import subprocess
    import sys

    code = ("import sys\nfrom wecontact_cli.cli import app\ntry:\n    app(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "print('\\n'.join(sys.modules), file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code, "lint", str(root), "-f", "json", *args],
                          capture_output=True, text=True, check=False)
    return set(proc.stderr.split())


def test_select_wc001_reads_no_script_and_starts_no_tree_sitter(tmp_path: Path) -> None:
    build(tmp_path, {"pages/index/index.vue": vue_page(CELL.replace("@completemessage", "@complete-message"))})
    modules = _modules_after_lint(tmp_path, "--select", "WC001")
    assert "tree_sitter" not in modules and "wecontact_cli.syntax.vue_script" not in modules
    assert "wecontact_cli.frameworks.uniapp.script_skim" not in modules
    # The whole lint does read the script: its plain handlers by the skim, without tree-sitter.
    modules = _modules_after_lint(tmp_path)
    assert "wecontact_cli.frameworks.uniapp.script_skim" in modules and "tree_sitter" not in modules


def test_a_native_lint_loads_none_of_uni_apps_parsers(example: Path) -> None:
    modules = _modules_after_lint(example)
    assert not {"wecontact_cli.syntax.vue", "wecontact_cli.syntax.conditional",
                "wecontact_cli.frameworks.uniapp.attributes"} & modules
