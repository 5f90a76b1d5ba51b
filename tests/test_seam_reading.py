"""Files are read once per run, through the one guarded reader, whichever part of wecontact
asks: detection reads marker files (package.json, manifest.json, project.config.json) the way
every command reads a file, and the native loader reuses the project.config.json that
detection parsed. There is one place that finds a project: detection.

``probe`` runs the real console script in a fresh interpreter with an audit hook that
records every file opened (Python raises the ``open`` audit event for ``open()``,
``io.open`` and ``os.open`` alike) and the modules imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from test_rule_cases import BASE, build

PROBE = """
import json, os, sys
opened = []
def hook(event, args):
    if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        opened.append(os.path.abspath(os.fsdecode(args[0])))
sys.addaudithook(hook)
out, mode = sys.argv[1], sys.argv[2]
code = 0
if mode == "detect":
    from pathlib import Path
    from wecontact_cli.frameworks.detect import detect
    found = detect(Path(sys.argv[3]))
    code = found.framework if found else None
else:
    sys.argv = ["wecontact", *sys.argv[3:]]
    from wecontact_cli.cli import main
    try:
        main()
    except SystemExit as exc:
        code = exc.code
seen = list(opened)
with open(out, "w") as stream:
    json.dump({"opened": seen, "modules": sorted(sys.modules), "code": code}, stream)
"""


def probe(cwd: Path, mode: str, *args: str | Path) -> dict[str, Any]:
    """Run ``wecontact ARGS`` (mode "cli") or ``detect(ARGS[0])`` (mode "detect") in a fresh
    interpreter; what it opened, the modules it imported, and its exit code or framework."""
    out = cwd / ".probe.json"
    env = {**os.environ, "LC_ALL": "C", "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", PROBE, str(out), mode, *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)
    assert out.is_file(), done.stderr
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    out.unlink()
    result["stderr"] = done.stderr
    return result


def opened_below(result: dict[str, Any], root: Path) -> Counter[str]:
    """How often each file below ``root`` was opened, by its path relative to ``root``."""
    top = os.path.realpath(root)
    return Counter(os.path.relpath(os.path.realpath(p), top) for p in result["opened"]
                   if os.path.realpath(p).startswith(top + os.sep) and not p.endswith(".probe.json"))


PACKAGE_JSON = json.dumps({"name": "shop", "dependencies": {"dayjs": "^1.11.0"}}) + "\n"
PRIVATE_CONFIG = '{\n  "setting": {"urlCheck": false}\n}\n'


@pytest.fixture
def native(tmp_path: Path) -> Path:
    """The base native project with the files a real one has at its root: npm's package.json
    and DevTools' private config."""
    root = tmp_path / "shop"
    build(root, {"package.json": PACKAGE_JSON, "project.private.config.json": PRIVATE_CONFIG})
    return root


@pytest.mark.parametrize("command", [["lint", "-f", "json"], ["doctor", "-f", "json"], ["lint", "--fix", "-f", "json"]])
def test_every_file_is_opened_once_per_run(native: Path, command: list[str]) -> None:
    """Detection's marker reads used to be plain reads beside the loader's: project.config.json
    and the private file were read twice, package.json three times (once per detector)."""
    result = probe(native.parent, "cli", *command, native)
    assert result["code"] == 0, result["stderr"]
    counts = opened_below(result, native)
    assert set(counts) == {*BASE, "package.json", "project.private.config.json"}
    assert {path: n for path, n in counts.items() if n > 1} == {}


def test_detection_reads_each_marker_once_while_walking_up(native: Path) -> None:
    """From a cloud function (its own package.json), detection asks every detector about
    every folder on the way up to the project: each marker is still read once."""
    function = native / "cloudfunctions" / "login"
    function.mkdir(parents=True)
    (function / "package.json").write_text(PACKAGE_JSON, encoding="utf-8")
    result = probe(native.parent, "detect", function)
    assert result["code"] == "native", result["stderr"]
    assert opened_below(result, native) == Counter({"cloudfunctions/login/package.json": 1, "package.json": 1,
                                                     "project.config.json": 1, "project.private.config.json": 1})


def test_a_uni_app_projects_markers_are_read_once(tmp_path: Path) -> None:
    """package.json and manifest.json of a uni-app CLI project, read for its variant."""
    root = tmp_path / "uni"
    build_uni = {"package.json": json.dumps({"dependencies": {"@dcloudio/vite-plugin-uni": "3.0.0", "vue": "^3.4"}}),
                 "src/manifest.json": '{\n  // HBuilderX\n  "vueVersion": "3"\n}\n', "src/pages.json": '{"pages": []}'}
    for rel, text in build_uni.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (root / "src" / "pages" / "index").mkdir(parents=True)
    result = probe(tmp_path, "detect", root / "src" / "pages" / "index")
    assert result["code"] == "uni-app", result["stderr"]
    assert opened_below(result, root) == Counter({"package.json": 1, "src/manifest.json": 1})


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="POSIX links")
def test_a_marker_linked_out_of_its_folder_is_not_read(native: Path, tmp_path: Path) -> None:
    """The guarded reader, bounded by the marker's folder, refuses a link out of it: a
    package.json elsewhere on the disk does not decide the framework (it made this Taro)."""
    outside = tmp_path / "elsewhere" / "package.json"
    outside.parent.mkdir()
    outside.write_text(json.dumps({"dependencies": {"@tarojs/taro": "4.0.9"}}), encoding="utf-8")
    (native / "package.json").unlink()
    (native / "package.json").symlink_to(outside)
    assert probe(native.parent, "detect", native)["code"] == "native"
    result = probe(native.parent, "cli", "lint", "-f", "json", native)
    assert result["code"] == 0, result["stderr"]


def test_a_broken_project_config_is_reported_once_with_its_position(native: Path) -> None:
    """The loader raises what detection read: the same one-line error as before, exit 2."""
    (native / "project.config.json").write_text('{\n  "miniprogramRoot": "miniprogram/",\n}\n', encoding="utf-8")
    result = probe(native.parent, "cli", "lint", native)
    assert result["code"] == 2
    assert result["stderr"].startswith("shop/project.config.json:2:36: error: trailing comma"), result["stderr"]
    assert opened_below(result, native)["project.config.json"] == 1


def test_the_package_has_one_way_to_find_a_project() -> None:
    """The native module's own walk-up (locate_project, find_project) duplicated detection."""
    from wecontact_cli.frameworks.native import app

    for name in ("locate_project", "find_project", "load_project"):
        assert not hasattr(app, name), name
