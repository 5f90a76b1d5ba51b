"""The built-in detectors: the marker files of uni-app, Taro, other frameworks, and native.

Order matters within one folder: uni-app and Taro first (their roots often hold a
native-looking ``project.config.json``), then frameworks wecontact does not support (so
they are named rather than misread), then native.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wecontact_cli.frameworks.detection import Detection, PackageJson, marker_text, read_marker, read_package_json

if TYPE_CHECKING:
    from wecontact_cli.frameworks.native.app import ConfigFiles

UNI_VUE3 = "@dcloudio/vite-plugin-uni"
UNI_VUE2 = "@dcloudio/vue-cli-plugin-uni"
UNI_HELPER = ("@uni-helper/vite-plugin-uni-pages", "@uni-helper/vite-plugin-uni-manifest")
TARO_PACKAGES = ("@tarojs/taro", "@tarojs/cli", "@tarojs/runtime")
TARO_FRAMEWORKS = (  # dependency -> Taro's `framework`
    ("@tarojs/plugin-framework-vue3", "vue3"), ("@tarojs/plugin-framework-vue2", "vue"),
    ("@tarojs/plugin-framework-solid", "solid"), ("preact", "preact"), ("react", "react"),
    ("vue", "vue3"),
)
UNSUPPORTED_PACKAGES = (  # dependency -> framework name, for a clear "not supported"
    ("remax", "Remax"), ("@remax/cli", "Remax"), ("@mpxjs/core", "mpx"), ("kbone-api", "kbone"),
    ("mp-webpack-plugin", "kbone"), ("wepy", "WePY"), ("@wepy/core", "WePY"), ("mpvue", "mpvue"),
    ("chameleon-runtime", "Chameleon"),
)
NATIVE_CONFIG = "project.config.json"
APP_JSON = "app.json"


def _manifest_json(folder: Path) -> dict[str, object] | None:
    """uni-app's manifest.json (JSON with comments) as plain data, or None."""
    return read_marker(folder / "manifest.json", _read_manifest)


def _read_manifest(path: Path) -> dict[str, object] | None:
    from wecontact_cli.syntax import jsontext

    if not path.is_file():
        return None
    text = marker_text(path)
    try:
        value = jsontext.parse(text, jsonc=True).to_python() if text is not None else None
    except (ValueError, RecursionError):
        value = None  # present but unreadable: still uni-app; the loader reports the error
    return value if isinstance(value, dict) else {}


def _language(*folders: Path) -> str:
    ts = any((f / "tsconfig.json").is_file() or (f / "main.ts").is_file() for f in folders)
    return "ts" if ts else "js"


def _uni_cli(package: PackageJson | None) -> str | None:
    """The uni-app CLI dependency a package.json names, if any."""
    return package.has(UNI_VUE3, UNI_VUE2, "@dcloudio/uni-app") if package else None


def detect_uniapp(folder: Path) -> Detection | None:
    """HBuilderX (files at the root), CLI (files in src/, Vue 2 or 3), uni-helper, uni-app x."""
    package = read_package_json(folder)
    cli = _uni_cli(package)
    if cli is not None:
        source, evidence = folder / "src", f"package.json has {cli}"
    elif (folder / "manifest.json").is_file() and (folder / "pages.json").is_file():
        if folder.name == "src" and _uni_cli(read_package_json(folder.parent)):
            return None  # a CLI project's src/: the project is the parent folder
        source, evidence = folder, "manifest.json and pages.json"
    else:
        return None
    manifest = _manifest_json(source) or {}
    if "uni-app-x" in manifest or (source / "App.uvue").is_file():
        return Detection("uni-app x", folder, source, supported=False, evidence=evidence)
    variant = [("vue", _uni_vue_version(package, manifest)), ("layout", "cli" if cli else "hbuilderx"),
               ("language", _language(folder, source))]
    if package is not None and package.has(*UNI_HELPER):
        variant.append(("generated", "uni-helper"))
        generated = [json for dep, json in zip(UNI_HELPER, ("pages.json", "manifest.json")) if package.has(dep)]
        variant.append(("generated-json", " ".join(generated)))
    return Detection("uni-app", folder, source, variant=tuple(variant), evidence=evidence)


def _uni_vue_version(package: PackageJson | None, manifest: dict[str, object]) -> str:
    """"3" or "2": the CLI plugin, else the vue dependency, else manifest's vueVersion."""
    if package is not None:
        if package.has(UNI_VUE3):
            return "3"
        if package.has(UNI_VUE2):
            return "2"
        if package.major("vue") in (2, 3):
            return str(package.major("vue"))
    return "3" if str(manifest.get("vueVersion", "2")).strip() == "3" else "2"


def taro_framework(package: PackageJson) -> str:
    """Taro's ``framework`` as the dependencies suggest (config/index may say otherwise)."""
    return next((fw for dep, fw in TARO_FRAMEWORKS if package.has(dep)), "react")


def detect_taro(folder: Path) -> Detection | None:
    """A package.json that depends on Taro; Taro 1/2 is named and refused."""
    package = read_package_json(folder)
    name = package.has(*TARO_PACKAGES) if package else None
    if package is None or name is None:
        return None
    major = package.major("@tarojs/taro") or package.major(name)
    evidence = f"package.json has {name} {package.dependencies[name]}"
    if major is not None and major < 3:
        return Detection(f"Taro {major}", folder, folder / "src", supported=False, evidence=evidence)
    from wecontact_cli.frameworks.taro.roots import taro_roots

    roots = taro_roots(folder)
    variant = (("taro", str(major or "")), ("framework", roots.framework or taro_framework(package)),
               ("language", _language(folder)), ("output", roots.output.relative_to(folder).as_posix()))
    return Detection("taro", folder, roots.source, variant=variant, evidence=evidence)


def detect_unsupported(folder: Path) -> Detection | None:
    """Frameworks wecontact does not read (yet): named, so they are never misread as native."""
    if (folder / "chameleon.config.js").is_file():
        return Detection("Chameleon", folder, folder, supported=False, evidence="chameleon.config.js")
    package = read_package_json(folder)
    if package is None:
        return None
    for dependency, name in UNSUPPORTED_PACKAGES:
        if package.has(dependency):
            return Detection(name, folder, folder, supported=False, evidence=f"package.json has {dependency}")
    return None


def _native_configs(folder: Path) -> ConfigFiles:
    """The folder's project.config.json files, read and parsed once (native/app.py reads them)."""
    return read_marker(folder / NATIVE_CONFIG, _read_native_configs)


def _read_native_configs(path: Path) -> ConfigFiles:
    from wecontact_cli.frameworks.native.app import read_configs

    return read_configs(path.parent)


def detect_native(folder: Path) -> Detection | None:
    """project.config.json (following miniprogramRoot), or an app.json alone; the parsed
    config files go with the detection to the loader."""
    if (folder / NATIVE_CONFIG).is_file():
        configs = _native_configs(folder)
        return Detection("native", folder, configs.miniprogram_root(), evidence=NATIVE_CONFIG, markers=configs)
    if (folder / APP_JSON).is_file():
        for ancestor in folder.parents:  # inside a miniprogramRoot: the project is above
            if (ancestor / NATIVE_CONFIG).is_file():
                configs = _native_configs(ancestor)
                if configs.miniprogram_root().resolve() == folder.resolve():
                    return Detection("native", ancestor, folder, evidence=NATIVE_CONFIG, markers=configs)
                break
        return Detection("native", folder, folder, evidence=APP_JSON)
    return None


def ancestor_probes() -> tuple[str, ...]:
    """Every file a detector above may look at in a folder, relative to it: detection reads
    the folders above a project (a native tree may be a framework's build output), and the lint
    replay (lint/replay.py) stamps these there (tests/test_lint_replay.py checks the list)."""
    from wecontact_cli.frameworks.taro.roots import CONFIG_NAMES

    own = ("package.json", "manifest.json", "pages.json", "tsconfig.json", "main.ts", "App.uvue")
    return (*own, "src", *(f"src/{name}" for name in own), "chameleon.config.js", NATIVE_CONFIG,
            "project.private.config.json", APP_JSON, *(f"config/{name}" for name in CONFIG_NAMES))


def output_roots(project: Detection) -> list[Path]:
    """The folders a framework project builds into (never to be edited)."""
    if project.framework == "uni-app":
        base = project.root / "unpackage" / "dist" if project.get("layout") != "cli" else project.root / "dist"
        return [base / mode / "mp-weixin" for mode in ("dev", "build")] + [project.root / "unpackage" / "dist"]
    if project.framework == "taro":
        return [project.root / project.get("output", "dist")]
    return []


BUILTIN_DETECTORS = (detect_uniapp, detect_taro, detect_unsupported, detect_native)
