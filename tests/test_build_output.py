"""Linting a framework's build output as a native project: what the framework's compiler
adds is never reported, the sources are named once, and --fix writes nothing there.

The WXML comes from uni-app's real compilers (tests/realcheckers/uni-vue2 and uni-vue3,
installed once per machine by npmcache), laid out as uni-app lays out its WeChat build.
"""

from __future__ import annotations

import json
import tempfile
from functools import lru_cache
from pathlib import Path

import pytest

import npmcache
from conftest import run_cli, snapshot
from wecontact_cli.frameworks.native.attributes import GENERATED_ATTRIBUTES, GENERATED_EVENTS

CHECKERS = Path(__file__).parent / "realcheckers"
USING = {"cell": "plugin://contactPlugin/cell"}
APP_JSON = {"pages": ["pages/index/index", "pages/help/index"],
            "plugins": {"contactPlugin": {"version": "1.3.0", "provider": "wx104a1a20c3f81ec2"}}}
# Two pages as a developer writes them in .vue templates: nothing wrong with either.
GOOD = {
    "pages/index/index": '<view class="page"><cell plugid="a1b2c3d4" styleType="2" '
                         '@startmessage="onStart" @completemessage="onComplete" /></view>',
    "pages/help/index": '<view><text>{{ title }}</text><cell plugid="a1b2c3d4" :styleType="1" isMask="1" '
                        '@completemessage="onComplete" /></view>',
}
FORMATS = ("full", "concise", "json", "github", "sarif", "junit")


@lru_cache(maxsize=None)
def compiled(vue: str, route: str, template: str) -> str:
    """The WXML uni-app's own compiler (Vue ``vue``) writes for WeChat from ``template``."""
    folder = CHECKERS / f"uni-vue{vue}"
    npm_args = ("--legacy-peer-deps",) if vue == "2" else ()
    prefix = npmcache.installed(folder, f"uni-vue{vue}", npm_args=npm_args, subdir="realcheckers")
    with tempfile.NamedTemporaryFile("w", suffix=".vue.txt", encoding="utf-8", delete=False) as handle:
        handle.write(template)
    try:
        result = npmcache.run_node(folder / "compile-template.js", route, handle.name, json.dumps(USING),
                                   prefix=prefix)
    finally:
        Path(handle.name).unlink()
    assert result.returncode == 0, result.stderr
    return result.stdout


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def uniapp_build(root: Path, vue: str, templates: dict[str, str], *, cli: bool) -> Path:
    """A uni-app project (HBuilderX or CLI) with its WeChat dev build; returns the build folder."""
    sources = root / "src" if cli else root
    write(sources / "manifest.json", '{\n    "name" : "shop",\n    "vueVersion" : "%s"\n}\n' % vue)
    write(sources / "pages.json", json.dumps({"pages": [{"path": r} for r in templates]}))
    if cli:
        plugin = "@dcloudio/vite-plugin-uni" if vue == "3" else "@dcloudio/vue-cli-plugin-uni"
        write(root / "package.json", json.dumps({"devDependencies": {plugin: "3.0.0"}}))
    out = root / ("dist" if cli else "unpackage/dist") / "dev" / "mp-weixin"
    write(out / "project.config.json", '{"compileType": "miniprogram", "appid": "touristappid"}')
    write(out / "app.json", json.dumps(APP_JSON))
    write(out / "app.js", 'require("./common/vendor.js")\n')
    write(out / "common/vendor.js", "// uni-app runtime\n")
    for route, template in templates.items():
        write(sources / f"{route}.vue", f"<template>{template}</template>\n")
        write(out / f"{route}.json", json.dumps({"usingComponents": USING}))
        write(out / f"{route}.wxml", compiled(vue, route, template))
        # A module lint can read, so that the handler check (WC301) really runs on the page.
        write(out / f"{route}.js", "Page({ onStart() {}, onComplete() {} })\n")
    return out


def lint(path: Path, *args: str) -> tuple[int, list[dict], str]:
    result = run_cli("lint", path, "-f", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout), result.stderr


@pytest.mark.parametrize("vue, cli", [("2", False), ("3", False), ("2", True), ("3", True)],
                         ids=["vue2-hbuilderx", "vue3-hbuilderx", "vue2-cli", "vue3-cli"])
def test_what_uniapps_compiler_adds_is_never_reported(tmp_path: Path, vue: str, cli: bool) -> None:
    out = uniapp_build(tmp_path, vue, GOOD, cli=cli)
    wxml = (out / "pages/index/index.wxml").read_text(encoding="utf-8")
    assert ("vue-id=" in wxml and "bind:__l=" in wxml and '"__e"' in wxml) if vue == "2" else \
        ("u-i=" in wxml and "u-t=" in wxml)  # the compiler really wrote them
    code, found, _ = lint(out, "--select", "ALL", "--ignore", "WC211")
    assert (code, found) == (0, [])


@pytest.mark.parametrize("vue", ["2", "3"])
def test_real_mistakes_in_build_output_are_still_reported(tmp_path: Path, vue: str) -> None:
    out = uniapp_build(tmp_path, vue, {"pages/index/index": '<view><cell plugId="a1b2c3d4" '
                                                            '@completeMessage="onComplete" /></view>'}, cli=False)
    code, found, _ = lint(out)
    assert code == 1
    assert sorted(d["code"] for d in found) == ["WC201", "WC203", "WC210"]
    assert {d["filename"] for d in found} == {"pages/index/index.wxml"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_sources_are_named_once_on_stderr_in_every_format(tmp_path: Path, fmt: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    uniapp_build(tmp_path, "3", GOOD, cli=True)
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "dist/dev/mp-weixin", "-f", fmt)
    assert result.exit_code == 0
    assert result.stderr == ("note: dist/dev/mp-weixin/ is uni-app build output: every build rewrites it from "
                             "the sources in src/, so fix what lint reports there, not here. Attributes that "
                             "uni-app's compiler adds are not reported\n")
    if fmt == "json":
        assert json.loads(result.stdout) == []  # the report itself stays machine-readable


def test_the_note_speaks_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    uniapp_build(tmp_path, "2", GOOD, cli=False)
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "unpackage/dist/dev/mp-weixin", "--lang", "zh")
    assert result.stderr.startswith("注意：unpackage/dist/dev/mp-weixin/ 是 uni-app 的编译产物：每次编译都会根据 ./ "
                                    "中的源码重新生成它")


@pytest.mark.parametrize("flag", ["--fix", "--diff"])
def test_fix_and_diff_refuse_build_output(tmp_path: Path, flag: str) -> None:
    out = uniapp_build(tmp_path, "2", {"pages/index/index": '<view><cell plugid="a1b2c3d4" '
                                                            '@completeMessage="onComplete" /></view>'}, cli=False)
    before = snapshot(tmp_path)
    assert lint(out)[1][0]["fix"] is not None  # fixable, in a native project
    result = run_cli("lint", out, flag)
    assert result.exit_code == 2 and snapshot(tmp_path) == before
    assert "is uni-app build output: every build rewrites it from the sources in " in result.stderr
    assert "so --fix and --diff change nothing here" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_taro_root_is_linted_through_its_sources_and_its_output_only_when_asked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Taro keeps project.config.json at the root, pointing miniprogramRoot at its outputRoot.
    write(tmp_path / "package.json", json.dumps({"dependencies": {"@tarojs/taro": "4.0.9"}}))
    write(tmp_path / "config/index.ts", "export default { sourceRoot: 'client', outputRoot: 'build' }\n")
    write(tmp_path / "project.config.json", '{"miniprogramRoot": "build/", "compileType": "miniprogram"}')
    write(tmp_path / "client/app.config.ts", "export default { pages: ['pages/index/index'], plugins: "
                                             "{ contactPlugin: { version: '1.3.0', provider: 'wx104a1a20c3f81ec2' } } }\n")
    write(tmp_path / "client/pages/index/index.config.ts", "export default { usingComponents: USING }\n"
          .replace("USING", "{ cell: 'plugin://contactPlugin/cell' }"))
    write(tmp_path / "client/pages/index/index.jsx", "export default () => <cell plugId='a1b2c3d4' />\n")
    write(tmp_path / "build/app.json", json.dumps({**APP_JSON, "pages": ["pages/index/index"]}))
    write(tmp_path / "build/pages/index/index.json", json.dumps({"usingComponents": USING}))
    write(tmp_path / "build/pages/index/index.wxml", '<cell plugid="a1b2c3d4" bind:completeMessage="eh" />\n')
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "-f", "json")  # the root: Taro's sources, not what it built
    found = json.loads(result.stdout)
    assert sorted({d["code"] for d in found}) == ["WC201", "WC203"] and result.stderr == ""
    assert {d["filename"] for d in found} == {"client/pages/index/index.jsx"}
    result = run_cli("lint", "build", "-f", "json")  # the output, pointed at on purpose
    assert [d["code"] for d in json.loads(result.stdout)] == ["WC210"]
    assert result.stderr.startswith("note: build/ is Taro build output: every build rewrites it from the "
                                    "sources in client/")
    assert run_cli("lint", "build", "--fix").exit_code == 2


def test_a_native_project_gets_no_note(tmp_path: Path) -> None:
    out = tmp_path / "dist/dev/mp-weixin"  # the folder name alone proves nothing
    write(out / "project.config.json", '{"compileType": "miniprogram"}')
    write(out / "app.json", json.dumps(APP_JSON))
    write(out / "pages/index/index.json", json.dumps({"usingComponents": USING}))
    write(out / "pages/index/index.wxml", '<cell plugId="a1b2c3d4" />\n')
    result = run_cli("lint", out)
    assert result.exit_code == 1 and result.stderr == ""
    assert run_cli("lint", out, "--fix").exit_code == 0


def test_the_generated_names_are_uniapps_only() -> None:
    """None of them is, or looks like, a property or event of the contact plugin."""
    from wecontact_cli import plugin

    assert not GENERATED_ATTRIBUTES & set(plugin.ATTRIBUTES_BY_NAME)
    assert not GENERATED_EVENTS & set(plugin.EVENT_NAMES)
