"""uni-helper projects: pages.json and manifest.json are generated from pages.config.ts,
manifest.config.ts and each page's definePage({...}); wecontact reads and edits those
sources where they are plain literals, refuses with the exact lines to add elsewhere, and
never writes the generated JSON."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli, snapshot

PACKAGE = {"devDependencies": {"@dcloudio/vite-plugin-uni": "3.0.0", "@uni-helper/vite-plugin-uni-pages": "0.2.20",
                               "@uni-helper/vite-plugin-uni-manifest": "0.2.3"}}
MANIFEST = ("import { defineManifestConfig } from '@uni-helper/vite-plugin-uni-manifest'\n\n"
            "export default defineManifestConfig({\n  'name': 'shop',\n  'mp-weixin': {\n    appid: 'wx0123456789abcdef',\n"
            "  },\n})\n")
PAGES = ("import { defineUniPages } from '@uni-helper/vite-plugin-uni-pages'\n\nexport default defineUniPages({\n"
         "  pages: [],\n  globalStyle: {\n    navigationBarTitleText: 'shop',\n  },\n})\n")
PAGE = ("<template>\n  <view>\n    <text>home</text>\n  </view>\n</template>\n\n<script setup lang=\"ts\">\n"
        "definePage({\n  style: {\n    navigationBarTitleText: 'home',\n  },\n})\n</script>\n")
GENERATED = {"src/pages.json": '{"pages": [{"path": "pages/index/index", "style": {"usingComponents": '
                               '{"cell": "plugin://nobody/cell"}}}]}\n',
             "src/manifest.json": '{"mp-weixin": {"plugins": {}}}\n'}


def project(root: Path, **files: str) -> Path:
    contents = {"package.json": json.dumps(PACKAGE), "tsconfig.json": "{}", "manifest.config.ts": MANIFEST,
                "pages.config.ts": PAGES, "src/pages/index/index.vue": PAGE, **GENERATED}
    contents.update({k.replace("__", "/").replace("_dot_", "."): v for k, v in files.items()})
    for rel, text in contents.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def lint(root: Path) -> list[dict]:
    result = run_cli("lint", root, "-f", "json", "--select", "ALL")
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def generated(root: Path) -> dict[str, bytes]:
    return {k: v for k, v in snapshot(root).items() if k in GENERATED}


def test_the_sources_are_read_and_the_generated_json_is_not(tmp_path: Path) -> None:
    root = project(tmp_path)
    assert lint(root) == []  # the generated pages.json's plugin://nobody/cell is not the truth
    declared = project(tmp_path / "declared", manifest_dot_config_dot_ts=MANIFEST.replace(
        "appid: 'wx0123456789abcdef',", "appid: 'wx0123456789abcdef',\n    plugins: {\n      contactPlugin: "
        "{ version: '1.0.0', provider: 'wx104a1a20c3f81ec2' },\n    },"))
    found = lint(declared)
    assert sorted((d["code"], d["filename"], d["location"]["row"]) for d in found) == [
        ("WC103", "manifest.config.ts", 8), ("WC110", "manifest.config.ts", 8)]


def test_add_page_declares_in_manifest_config_and_registers_in_define_page(tmp_path: Path) -> None:
    root = project(tmp_path)
    before = generated(root)
    result = run_cli("add-page", "pages/index/index", "--plugid", "a1b2c3d4", "-C", root)
    assert result.exit_code == 0, result.stderr
    assert "plugins: {\n      contactPlugin: {\n        version: '1.3.0',\n" in (root / "manifest.config.ts").read_text()
    page = (root / "src/pages/index/index.vue").read_text(encoding="utf-8")
    assert ("definePage({\n  style: {\n    navigationBarTitleText: 'home',\n    'mp-weixin': {\n"
            "      usingComponents: {\n        cell: 'plugin://contactPlugin/cell',\n      },\n    },\n  },\n})") in page
    assert run_cli("add-page", "pages/help/help", "--plugid", "a1b2c3d4", "-C", root).exit_code == 0
    assert "definePage({" in (root / "src/pages/help/help.vue").read_text(encoding="utf-8")
    assert lint(root) == [] and generated(root) == before
    again = snapshot(root)
    assert run_cli("add-page", "pages/index/index", "--plugid", "a1b2c3d4", "-C", root).exit_code == 0
    assert snapshot(root) == again


def test_init_and_global_write_the_config_modules(tmp_path: Path) -> None:
    root = project(tmp_path)
    before = generated(root)
    assert run_cli("init", root, "--global").exit_code == 0
    assert "'mp-weixin': {\n      usingComponents: {\n        cell: 'plugin://contactPlugin/cell'," in \
        (root / "pages.config.ts").read_text()
    assert "provider: 'wx104a1a20c3f81ec2'" in (root / "manifest.config.ts").read_text()
    assert generated(root) == before
    again = run_cli("init", root, "--global")
    assert again.exit_code == 0 and "nothing to change" in again.stdout


def test_what_is_not_a_plain_literal_is_refused_with_the_lines_to_add(tmp_path: Path) -> None:
    root = project(tmp_path, manifest_dot_config_dot_ts=MANIFEST.replace(
        "  'mp-weixin': {\n    appid: 'wx0123456789abcdef',\n  },", "  'mp-weixin': weixin,").replace(
        "export default", "const weixin = loadWeixin()\n\nexport default"))
    before = snapshot(root)
    result = run_cli("init", root)
    assert result.exit_code == 2 and snapshot(root) == before
    assert "is not a plain object literal" in result.stderr and "contactPlugin" in result.stderr
    no_meta = project(tmp_path / "no-meta", src__pages__index__index_dot_vue="<template>\n  <view />\n</template>\n")
    refused = run_cli("add-page", "pages/index/index", "--plugid", "a1b2c3d4", "-C", no_meta)
    assert refused.exit_code == 2 and "definePage({" in refused.stderr and "usingComponents" in refused.stderr
    outside = run_cli("add-page", "other/contact/contact", "--plugid", "a1b2c3d4", "-C", project(tmp_path / "out"))
    assert outside.exit_code == 2 and "not under src/pages/" in outside.stderr


def test_detection_says_which_json_files_uni_helper_generates(tmp_path: Path) -> None:
    from wecontact_cli.frameworks.markers import detect_uniapp

    project(tmp_path)
    found = detect_uniapp(tmp_path)
    assert found is not None and found.get("generated") == "uni-helper"
    assert found.get("generated-json") == "pages.json manifest.json"
    (tmp_path / "package.json").write_text(json.dumps({"devDependencies": {
        "@dcloudio/vite-plugin-uni": "3.0.0", "@uni-helper/vite-plugin-uni-pages": "0.2.20"}}), encoding="utf-8")
    assert detect_uniapp(tmp_path).get("generated-json") == "pages.json"  # type: ignore[union-attr]
