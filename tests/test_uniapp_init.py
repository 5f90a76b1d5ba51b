"""``wecontact init`` on uni-app projects: manifest.json mp-weixin.plugins (extended, never
duplicated), a subpackage's plugins in pages.json, --global in globalStyle; byte-preserving,
refusing a second declaration in any of the three places."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli, snapshot
from uniapp_project import build
from wecontact_cli.frameworks.uniapp.rules._examples import manifest, pages
from wecontact_cli.syntax import jsontext
from wecontact_cli.syntax.conditional import analyze, blank_inactive, weixin

PROVIDER = "wx104a1a20c3f81ec2"
DECL = {"version": "1.3.0", "provider": PROVIDER}
HBUILDERX_MANIFEST = (
    '{\n    "name" : "shop",\n    "appid" : "__UNI__0000000",\n    "vueVersion" : "3",\n'
    '    /* 小程序特有相关 */\n    "mp-weixin" : {\n        "appid" : "wx0123456789abcdef", // 微信 appid\n'
    '        "setting" : {\n            "urlCheck" : false\n        },\n        "usingComponents" : true\n    },\n'
    '    "mp-alipay" : {\n        "usingComponents" : true\n    }\n}\n')


def read(path: Path) -> object:
    text = path.read_text(encoding="utf-8")
    return jsontext.parse(blank_inactive(text, analyze(text, weixin(3))), jsonc=True).to_python()


def test_init_extends_mp_weixin_in_the_files_own_style(tmp_path: Path) -> None:
    build(tmp_path, {"manifest.json": HBUILDERX_MANIFEST})
    result = run_cli("init", tmp_path)
    assert result.exit_code == 0, result.stderr
    assert "manifest.json: declared plugin 'contactPlugin'" in result.stdout
    assert (tmp_path / "manifest.json").read_text(encoding="utf-8") == HBUILDERX_MANIFEST.replace(
        '        "usingComponents" : true\n    },\n    "mp-alipay"',
        '        "usingComponents" : true,\n        "plugins" : {\n            "contactPlugin" : {\n'
        '                "version" : "1.3.0",\n                "provider" : "wx104a1a20c3f81ec2"\n'
        '            }\n        }\n    },\n    "mp-alipay"')
    before = snapshot(tmp_path)
    again = run_cli("init", tmp_path)
    assert again.exit_code == 0 and "nothing to change" in again.stdout and snapshot(tmp_path) == before


def test_init_creates_mp_weixin_and_keeps_bom_and_crlf(tmp_path: Path) -> None:
    text = '\ufeff{\r\n\t"name": "shop", // name\r\n\t"vueVersion": "3"\r\n}\r\n'
    build(tmp_path, {"manifest.json": text})
    assert run_cli("init", tmp_path).exit_code == 0
    raw = (tmp_path / "manifest.json").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\n" not in raw.replace(b"\r\n", b"")
    assert raw.decode("utf-8-sig") == (
        '{\r\n\t"name": "shop", // name\r\n\t"vueVersion": "3",\r\n\t"mp-weixin": {\r\n\t\t"plugins": {\r\n'
        '\t\t\t"contactPlugin": {\r\n\t\t\t\t"version": "1.3.0",\r\n\t\t\t\t"provider": "wx104a1a20c3f81ec2"\r\n'
        '\t\t\t}\r\n\t\t}\r\n\t}\r\n}\r\n')


def test_init_in_a_subpackage_writes_pages_json(tmp_path: Path) -> None:
    text = pages().replace('    "globalStyle"', '    "subPackages" : [\n        {\n            "root" : "pkgService",\n'
                           '            "pages" : [{"path" : "help/help"}] // help\n        }\n    ],\n    "globalStyle"')
    build(tmp_path, {"manifest.json": manifest(plugins=False), "pages.json": text})
    result = run_cli("init", tmp_path, "--subpackage", "./pkgService/")
    assert result.exit_code == 0, result.stderr
    data = read(tmp_path / "pages.json")
    assert data["subPackages"][0]["plugins"] == {"contactPlugin": DECL}  # type: ignore[index]
    assert '"pages" : [{"path" : "help/help"}], // help\n            "plugins" : {' in (tmp_path / "pages.json").read_text()


@pytest.mark.parametrize("place", ["pages-top", "subpackage", "manifest-other-alias"])
def test_init_refuses_a_second_declaration_in_any_place(tmp_path: Path, place: str) -> None:
    files = {
        "pages-top": {"manifest.json": manifest(plugins=False),
                      "pages.json": pages(top='    "plugins" : {"kefu" : ' + json.dumps(DECL) + '},\n')},
        "subpackage": {"manifest.json": manifest(plugins=False),
                       "pages.json": pages().replace('    "globalStyle"', '    "subPackages" : [{"root" : "pkg", '
                                                     '"pages" : [], "plugins" : {"kefu" : ' + json.dumps(DECL)
                                                     + '}}],\n    "globalStyle"')},
        "manifest-other-alias": {"manifest.json": manifest().replace('"contactPlugin"', '"kefu"'),
                                 "pages.json": pages().replace('    "globalStyle"', '    "subPackages" : [{"root" : '
                                                               '"pkg", "pages" : []}],\n    "globalStyle"')},
    }[place]
    build(tmp_path, files)
    before = snapshot(tmp_path)
    result = run_cli("init", tmp_path, *(["--subpackage", "pkg"] if place == "manifest-other-alias" else []))
    assert result.exit_code == 2 and snapshot(tmp_path) == before
    assert "already declared" in result.stderr and "Traceback" not in result.stderr
    if place == "pages-top":
        assert "pages.json plugins" in result.stderr


def test_an_ignored_pages_json_declaration_is_named_as_such(tmp_path: Path) -> None:
    build(tmp_path, {"manifest.json": manifest(plugins=False).replace('"appid" : "wx0123456789abcdef"',
                                                                      '"appid" : "wx0123456789abcdef",\n'
                                                                      '        "plugins" : {}'),
                     "pages.json": pages(top='    "plugins" : {"kefu" : ' + json.dumps(DECL) + '},\n')})
    result = run_cli("init", tmp_path)
    assert result.exit_code == 2
    assert "ignored: manifest.json's mp-weixin.plugins replaces pages.json's" in result.stderr


def test_init_updates_a_version_only_when_asked(tmp_path: Path) -> None:
    build(tmp_path, {"manifest.json": manifest().replace('"1.3.0"', '"1.0.0"')})
    assert "the guide documents 1.3.0" in run_cli("init", tmp_path).stderr
    assert run_cli("init", tmp_path, "--version", "1.4.3").exit_code == 0
    assert '"version" : "1.4.3"' in (tmp_path / "manifest.json").read_text()


def test_init_global_registers_in_global_style_keeping_the_generic_map(tmp_path: Path) -> None:
    text = pages().replace('"navigationBarTitleText" : "demo"',
                           '"navigationBarTitleText" : "demo",\n        "usingComponents" : {\n'
                           '            "wx-chart" : "/wxcomponents/chart/chart"\n        }')
    build(tmp_path, {"manifest.json": manifest(plugins=False), "pages.json": text})
    result = run_cli("init", tmp_path, "--global")
    assert result.exit_code == 0, result.stderr
    assert "registered <cell> (plugin://contactPlugin/cell) for every page and component" in result.stdout
    style = read(tmp_path / "pages.json")["globalStyle"]  # type: ignore[index]
    assert style["mp-weixin"]["usingComponents"] == {"wx-chart": "/wxcomponents/chart/chart",
                                                     "cell": "plugin://contactPlugin/cell"}
    assert style["usingComponents"] == {"wx-chart": "/wxcomponents/chart/chart"}
    assert json.loads(run_cli("lint", tmp_path, "-f", "json").stdout) == []


def test_init_global_is_refused_with_a_subpackage_and_on_native(tmp_path: Path, example: Path) -> None:
    build(tmp_path, {"manifest.json": manifest(plugins=False), "pages.json": pages().replace(
        '    "globalStyle"', '    "subPackages" : [{"root" : "pkg", "pages" : []}],\n    "globalStyle"')})
    refused = run_cli("init", tmp_path, "--global", "--subpackage", "pkg")
    assert refused.exit_code == 2 and "--global registers the cell for every page" in refused.stderr
    native = run_cli("init", example, "--global")
    assert native.exit_code == 2 and "--global is not supported for native projects" in native.stderr


def test_a_broken_manifest_is_a_located_error(tmp_path: Path) -> None:
    build(tmp_path, {"manifest.json": '{\n    "name" : "x"\n    "vueVersion" : "3"\n}\n'})
    result = run_cli("init", tmp_path)
    assert result.exit_code == 2 and "manifest.json:3:5: error:" in result.stderr
    assert "Traceback" not in result.stderr
