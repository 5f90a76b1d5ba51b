"""``wecontact add-page`` on uni-app projects, through the CLI: what it writes, what it keeps
byte for byte, what it refuses, and the order of its writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli, snapshot
from uniapp_project import CELL, build
from wecontact_cli.frameworks.registry import open_project
from wecontact_cli.frameworks.uniapp.rules._examples import manifest, pages, vue_page
from wecontact_cli.scaffold.plans import AddPageRequest
from wecontact_cli.syntax import jsontext
from wecontact_cli.syntax.conditional import analyze, blank_inactive, weixin

PLUGID = "a1b2c3d4"
USING = {"cell": "plugin://contactPlugin/cell"}


def weixin_json(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return jsontext.parse(blank_inactive(text, analyze(text, weixin(3))), jsonc=True).to_python()


def add(root: Path, *args: str) -> object:
    return run_cli("add-page", *args, "-C", root)


def lint_codes(root: Path) -> list[str]:
    return [d["code"] for d in json.loads(run_cli("lint", root, "-f", "json", "--select", "ALL").stdout)]


def test_a_new_page_is_created_registered_and_clean_and_a_rerun_changes_nothing(tmp_path: Path) -> None:
    build(tmp_path)
    dry = add(tmp_path, "pages/contact/contact", "--plugid", PLUGID, "--dry-run")
    assert dry.exit_code == 0 and snapshot(tmp_path) == snapshot(tmp_path)
    before = snapshot(tmp_path)
    assert "+++ b/pages/contact/contact.vue" in dry.stdout and snapshot(tmp_path) == before
    result = add(tmp_path, "pages/contact/contact", "--plugid", PLUGID)
    assert result.exit_code == 0, result.stderr
    assert "pages/contact/contact: created the page" in result.stdout
    page = weixin_json(tmp_path / "pages.json")["pages"][1]
    assert page == {"path": "pages/contact/contact",
                    "style": {"navigationBarTitleText": "联系客服", "mp-weixin": {"usingComponents": USING}}}
    vue = (tmp_path / "pages/contact/contact.vue").read_text(encoding="utf-8")
    assert "<!-- #ifdef MP-WEIXIN -->" in vue and 'v-if="!contactHidden()"' in vue
    assert "uni.getSystemInfoSync()" in vue and "case -3004:" in vue
    assert lint_codes(tmp_path) == []
    after = snapshot(tmp_path)
    again = add(tmp_path, "pages/contact/contact", "--plugid", PLUGID)
    assert again.exit_code == 0 and "nothing to change" in again.stdout and snapshot(tmp_path) == after


def test_the_new_page_follows_the_projects_script_style(tmp_path: Path) -> None:
    setup_ts = ('<template>\n  <view />\n</template>\n\n<script setup lang="ts">\nconst a: number = 1\n</script>\n')
    build(tmp_path, {"pages/index/index.vue": setup_ts})
    assert add(tmp_path, "pages/contact/contact", "--plugid-expr", "contactId").exit_code == 0
    vue = (tmp_path / "pages/contact/contact.vue").read_text(encoding="utf-8")
    assert '<script setup lang="ts">' in vue and "function completemessage(e: {" in vue
    assert "const contactId = ref('')" in vue and ':plugid="contactId"' in vue
    two = build(tmp_path / "vue2", {"manifest.json": manifest(vue="2")})
    assert add(two, "pages/contact/contact", "--plugid", PLUGID).exit_code == 0
    vue2 = (two / "pages/contact/contact.vue").read_text(encoding="utf-8")
    assert "<script>\nexport default {\n  methods: {" in vue2 and "setup" not in vue2


def test_an_existing_page_gets_the_cell_inside_its_root_and_the_handlers(tmp_path: Path) -> None:
    text = ("\ufeff<template>\r\n  <view class=\"page\">\r\n    <text>{{ title }}</text>\r\n  </view>\r\n</template>\r\n"
            "\r\n<script>\r\nexport default {\r\n  data() {\r\n    return { title: 'x' }\r\n  },\r\n  methods: {\r\n"
            "    go() {}\r\n  }\r\n}\r\n</script>\r\n")
    build(tmp_path, {"pages/index/index.vue": "<absent>"})
    (tmp_path / "pages/index/index.vue").write_bytes(text.encode("utf-8"))
    result = add(tmp_path, "pages/index/index", "--plugid", PLUGID)
    assert result.exit_code == 0, result.stderr
    raw = (tmp_path / "pages/index/index.vue").read_bytes()
    after = raw.decode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf") and "\n" not in after.replace("\r\n", "")
    assert after.startswith("\ufeff<template>\r\n  <view class=\"page\">\r\n    <text>{{ title }}</text>\r\n"
                            "    <!-- #ifdef MP-WEIXIN -->\r\n    <cell v-if=\"!contactHidden()\" plugid=\"a1b2c3d4\"")
    assert "    go() {},\r\n    startmessage() {" in after
    assert lint_codes(tmp_path) == []


def test_the_marker_is_replaced_and_an_existing_cell_only_gets_hidden(tmp_path: Path) -> None:
    build(tmp_path, {"pages/index/index.vue": vue_page("<!-- wecontact -->")})
    assert add(tmp_path, "pages/index/index", "--plugid", PLUGID).exit_code == 0
    text = (tmp_path / "pages/index/index.vue").read_text(encoding="utf-8")
    assert "<!-- wecontact -->" not in text and text.index("<!-- #ifdef MP-WEIXIN -->") == text.index("<view>") + 11
    wired = build(tmp_path / "wired")
    result = add(wired, "pages/index/index", "--plugid", PLUGID)
    assert result.exit_code == 0
    text = (wired / "pages/index/index.vue").read_text(encoding="utf-8")
    assert text.count("<cell") == 1 and '<cell v-if="!contactHidden()" plugid="a1b2c3d4"' in text
    kept = build(tmp_path / "kept", {"pages/index/index.vue": vue_page(CELL.replace("<cell", '<cell v-if="shown"'))})
    warned = add(kept, "pages/index/index", "--plugid", PLUGID)
    assert warned.exit_code == 0 and "has its own v-if; add !contactHidden() to it" in warned.stderr


def test_a_script_that_cannot_be_edited_is_printed_to_paste(tmp_path: Path) -> None:
    script = '<script>\nimport m from "./m"\nexport default {\n  mixins: [m]\n}\n</script>\n'
    build(tmp_path, {"pages/index/index.vue": "<template>\n  <view />\n</template>\n\n" + script})
    result = add(tmp_path, "pages/index/index", "--plugid", PLUGID)
    assert result.exit_code == 0
    assert "the script cannot be edited safely" in result.stderr and "completemessage(e) {" in result.stderr
    text = (tmp_path / "pages/index/index.vue").read_text(encoding="utf-8")
    assert text.endswith(script) and "<cell v-if" in text


def test_a_generic_style_map_is_carried_into_the_mp_weixin_one(tmp_path: Path) -> None:
    style = '"usingComponents" : {\n                    "wx-chart" : "/wxcomponents/chart/chart"\n                }'
    build(tmp_path, {"pages.json": pages(style), "pages/index/index.vue": vue_page("<text>x</text>")})
    assert add(tmp_path, "pages/index/index", "--plugid", PLUGID).exit_code == 0
    page = weixin_json(tmp_path / "pages.json")["pages"][0]["style"]
    assert page["usingComponents"] == {"wx-chart": "/wxcomponents/chart/chart"}
    assert page["mp-weixin"]["usingComponents"] == {"wx-chart": "/wxcomponents/chart/chart", **USING}
    assert "UA105" not in lint_codes(tmp_path)


def test_a_page_goes_before_another_platforms_pages_and_into_its_subpackage(tmp_path: Path) -> None:
    text = ('{\n    "pages" : [\n        {"path" : "pages/index/index"}, // home\n        // #ifdef H5\n'
            '        {"path" : "pages/web/web"}\n        // #endif\n    ],\n    "subPackages" : [\n'
            '        {"root" : "pkgService", "pages" : [{"path" : "list/list"}]}\n    ]\n}\n')
    build(tmp_path, {"pages.json": text, "pages/index/index.vue": vue_page("<text>x</text>")})
    assert add(tmp_path, "pages/contact/contact", "--plugid", PLUGID).exit_code == 0
    assert add(tmp_path, "pkgService/help/help", "--plugid", PLUGID).exit_code == 0
    data = weixin_json(tmp_path / "pages.json")
    assert [p["path"] for p in data["pages"]] == ["pages/index/index", "pages/contact/contact"]
    assert [p["path"] for p in data["subPackages"][0]["pages"]] == ["list/list", "help/help"]
    after = (tmp_path / "pages.json").read_text(encoding="utf-8")
    assert '{"path" : "pages/index/index"}, // home\n' in after and after.count("// home") == 1
    assert (tmp_path / "pkgService/help/help.vue").is_file()


@pytest.mark.parametrize("case", ["independent", "ignored", "absolute", "outside"])
def test_what_add_page_refuses_changes_nothing(tmp_path: Path, case: str) -> None:
    files = {
        "independent": {"pages.json": pages().replace('    "globalStyle"', '    "subPackages" : [{"root" : "alone", '
                                                      '"independent" : true, "pages" : []}],\n    "globalStyle"')},
        "ignored": {"manifest.json": manifest(plugins=False).replace(
            '"appid" : "wx0123456789abcdef"', '"appid" : "wx0123456789abcdef",\n        "plugins" : {}'),
            "pages.json": pages(top='    "plugins" : {"kefu" : {"version" : "1.3.0", "provider" : '
                                    '"wx104a1a20c3f81ec2"}},\n')},
        "absolute": {}, "outside": {},
    }[case]
    build(tmp_path, files)
    before = snapshot(tmp_path)
    page = {"independent": "alone/help/help", "ignored": "pages/contact/contact",
            "absolute": "/pages/x/x", "outside": "pages/../../x"}[case]
    result = add(tmp_path, page, "--plugid", PLUGID)
    assert result.exit_code == 2 and snapshot(tmp_path) == before and "Traceback" not in result.stderr
    if case == "absolute":  # in uni-app's own terms: pages.json lists the pages
        assert "give the page route as pages.json writes it" in result.stderr


def test_a_file_path_becomes_the_route(tmp_path: Path) -> None:
    (tmp_path / "package.json").write_text(json.dumps({"devDependencies": {"@dcloudio/vite-plugin-uni": "3"}}))
    build(tmp_path / "src")
    result = add(tmp_path, "src/pages/contact/contact.vue", "--plugid", PLUGID)
    assert result.exit_code == 0 and "using the page route 'pages/contact/contact', as pages.json writes it" in result.stderr
    assert (tmp_path / "src/pages/contact/contact.vue").is_file()


def test_the_plugin_is_declared_first_and_the_writes_land_in_a_buildable_order(tmp_path: Path) -> None:
    build(tmp_path, {"manifest.json": manifest(plugins=False)})
    project = open_project(tmp_path, writing=True)
    from wecontact_cli.frameworks.uniapp.planner import plan_add_page

    plan = plan_add_page(project, AddPageRequest("pages/contact/contact", PLUGID))  # type: ignore[arg-type]
    order = [step.path.name for batch in plan.changeset.batches() for step in batch.steps]
    assert order == ["manifest.json", "contact.vue", "pages.json"]
    result = add(tmp_path, "pages/contact/contact", "--plugid", PLUGID)
    assert "declared plugin 'contactPlugin'" in result.stdout
    assert weixin_json(tmp_path / "manifest.json")["mp-weixin"]["plugins"]["contactPlugin"]["provider"] == \
        "wx104a1a20c3f81ec2"


def test_project_templates_override_the_uni_app_ones(tmp_path: Path) -> None:
    build(tmp_path, {".wecontact/templates/uniapp/start-handler.js.j2":
                     "{{ start_handler }}() {\n  console.log('tapped (project template)')\n}\n"})
    assert add(tmp_path, "pages/contact/contact", "--plugid", PLUGID).exit_code == 0
    assert "tapped (project template)" in (tmp_path / "pages/contact/contact.vue").read_text(encoding="utf-8")


def test_a_taken_tag_gives_the_next_free_one(tmp_path: Path) -> None:
    style = ('"mp-weixin" : {\n                    "usingComponents" : {\n'
             '                        "cell" : "/components/cell/cell"\n                    }\n                }')
    build(tmp_path, {"pages.json": pages(style), "pages/index/index.vue": vue_page("<text>x</text>")})
    result = add(tmp_path, "pages/index/index", "--plugid", PLUGID)
    assert result.exit_code == 0 and "the button uses <contact-cell> instead" in result.stderr
    using = weixin_json(tmp_path / "pages.json")["pages"][0]["style"]["mp-weixin"]["usingComponents"]
    assert using == {"cell": "/components/cell/cell", "contact-cell": "plugin://contactPlugin/cell"}
    assert "<contact-cell v-if" in (tmp_path / "pages/index/index.vue").read_text(encoding="utf-8")
