"""Framework detection: every supported layout, the frameworks named but not supported,
and build output recognised as such (never mistaken for the project)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wecontact_cli.frameworks.detect import Detection, detect, register, unregister


def write(root: Path, files: dict[str, str | dict]) -> Path:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(content) if isinstance(content, dict) else content, encoding="utf-8")
    return root


def pkg(**deps: str) -> dict:
    return {"name": "p", "dependencies": deps}


NATIVE = {"project.config.json": {"miniprogramRoot": "miniprogram/"}, "miniprogram/app.json": {"pages": []}}
HBX3 = {"manifest.json": '{\n    // HBuilderX\n    "vueVersion" : "3"\n}\n', "pages.json": '{"pages": []}',
        "App.vue": "<script>export default {}</script>"}
HBX2 = {"manifest.json": '{"name": "x"}', "pages.json": '{"pages": []}', "App.vue": ""}
UNI_CLI3 = {"package.json": pkg(**{"@dcloudio/vite-plugin-uni": "3.0.0", "vue": "^3.4.0"}),
            "src/manifest.json": "{}", "src/pages.json": '{"pages": []}', "tsconfig.json": "{}"}
UNI_CLI2 = {"package.json": pkg(**{"@dcloudio/vue-cli-plugin-uni": "2.0.2", "vue": "^2.6.0"}),
            "src/manifest.json": "{}", "src/pages.json": '{"pages": []}'}
TARO4 = {"package.json": pkg(**{"@tarojs/taro": "4.0.9", "react": "^18"}),
         "project.config.json": {"miniprogramRoot": "dist/"}, "src/app.config.ts": "export default {}",
         "config/index.ts": "export default {}", "tsconfig.json": "{}"}


@pytest.mark.parametrize("files, start, framework, variant", [
    (NATIVE, "miniprogram/pages", "native", {}),
    (HBX3, "pages", "uni-app", {"vue": "3", "layout": "hbuilderx", "language": "js"}),
    (HBX2, ".", "uni-app", {"vue": "2", "layout": "hbuilderx"}),
    (UNI_CLI3, "src/pages/index", "uni-app", {"vue": "3", "layout": "cli", "language": "ts"}),
    (UNI_CLI2, "src", "uni-app", {"vue": "2", "layout": "cli"}),
    (TARO4, "src/pages", "taro", {"taro": "4", "framework": "react", "language": "ts"}),
    ({**TARO4, "package.json": pkg(**{"@tarojs/taro": "^3.6.8", "@tarojs/plugin-framework-vue3": "3.6.8",
                                      "vue": "^3"})}, ".", "taro", {"taro": "3", "framework": "vue3"}),
])
def test_detects_each_layout(tmp_path: Path, files: dict, start: str, framework: str,
                             variant: dict[str, str]) -> None:
    write(tmp_path, files)
    (tmp_path / start).mkdir(parents=True, exist_ok=True)
    found = detect(tmp_path / start)
    assert found is not None and found.framework == framework and found.supported
    assert found.root == tmp_path and found.output_of is None
    assert {k: found.get(k) for k in variant} == variant


def test_source_roots(tmp_path: Path) -> None:
    assert detect(write(tmp_path / "n", NATIVE)).source_root == tmp_path / "n" / "miniprogram"
    assert detect(write(tmp_path / "h", HBX3)).source_root == tmp_path / "h"
    assert detect(write(tmp_path / "c", UNI_CLI3)).source_root == tmp_path / "c" / "src"


def test_inside_miniprogram_root_the_project_is_above(tmp_path: Path) -> None:
    write(tmp_path, NATIVE)
    found = detect(tmp_path / "miniprogram" / "app.json")
    assert found is not None and found.root == tmp_path


@pytest.mark.parametrize("files, name", [
    ({"package.json": pkg(**{"@tarojs/taro": "2.2.0"}), "src/app.jsx": "class App {}"}, "Taro 2"),
    ({"package.json": pkg(**{"@tarojs/taro": "~1.3.0"})}, "Taro 1"),
    ({"manifest.json": '{"uni-app-x": {}}', "pages.json": "{}"}, "uni-app x"),
    ({"manifest.json": "{}", "pages.json": "{}", "App.uvue": ""}, "uni-app x"),
    ({"package.json": pkg(**{"@mpxjs/core": "2.9"}), **NATIVE}, "mpx"),
    ({"package.json": pkg(remax="2.15")}, "Remax"),
    ({"package.json": pkg(wepy="1.7")}, "WePY"),
    ({"package.json": pkg(mpvue="2.0")}, "mpvue"),
    ({"package.json": pkg(**{"kbone-api": "1.0"})}, "kbone"),
    ({"chameleon.config.js": ""}, "Chameleon"),
])
def test_names_frameworks_it_does_not_support(tmp_path: Path, files: dict, name: str) -> None:
    found = detect(write(tmp_path, files))
    assert found is not None and found.framework == name and not found.supported


@pytest.mark.parametrize("files, output", [
    (HBX3, "unpackage/dist/dev/mp-weixin"),
    (HBX3, "unpackage/dist/build/mp-weixin"),
    (UNI_CLI3, "dist/dev/mp-weixin"),
    (TARO4, "dist"),
])
def test_build_output_is_native_owned_by_its_framework(tmp_path: Path, files: dict, output: str) -> None:
    write(tmp_path, files)
    write(tmp_path / output, {"app.json": {"pages": []}, "project.config.json": {}})
    found = detect(tmp_path / output)
    assert found is not None and found.framework == "native"
    assert found.output_of is not None and found.output_of.root == tmp_path
    assert found.output_of.framework in ("uni-app", "taro")


def test_a_native_project_beside_a_framework_is_not_its_output(tmp_path: Path) -> None:
    write(tmp_path, UNI_CLI3)
    write(tmp_path / "tools" / "demo", NATIVE)
    found = detect(tmp_path / "tools" / "demo")
    assert found is not None and found.framework == "native" and found.output_of is None


def test_nothing_found(tmp_path: Path) -> None:
    assert detect(tmp_path) is None


def test_a_broken_package_json_is_not_a_framework(tmp_path: Path) -> None:
    write(tmp_path, {**NATIVE, "package.json": "{not json"})
    found = detect(tmp_path)
    assert found is not None and found.framework == "native"


def test_a_framework_plugs_in(tmp_path: Path) -> None:
    def fake(folder: Path) -> Detection | None:
        return Detection("fake", folder, folder) if (folder / "fake.json").is_file() else None

    write(tmp_path, {**NATIVE, "fake.json": "{}"})
    register(fake, first=True)
    try:
        assert detect(tmp_path).framework == "fake"  # type: ignore[union-attr]
    finally:
        unregister(fake)
    assert detect(tmp_path).framework == "native"  # type: ignore[union-attr]
