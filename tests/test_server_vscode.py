"""The VS Code client extension (editors/vscode) compiles with tsc and packages with vsce
from its pinned npm dependencies, offline once they are cached; the package holds what
VS Code loads, and the extension starts `wecontact server` as the settings say."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import npmcache
from conftest import REPO
from wecontact_cli.server.protocol import WATCHED

EXTENSION = REPO / "editors" / "vscode"
PROBE = """
const Module = require("module");
const load = Module._load;
Module._load = function (request, parent, isMain) {  // VS Code's API, stubbed: only the client is read
  if (request === "vscode") return new Proxy({}, { get: (t, k) => (k in t ? t[k] : function () {}) });
  return load.apply(this, arguments);
};
const extension = require(process.argv[2]);
const settings = (values) => ({ get: (key) => values[key] });
console.log(JSON.stringify({
  files: extension.FILES,
  configured: extension.serverOptions(settings({ path: "/opt/venv/bin/wecontact", lang: "zh" })),
  defaults: extension.serverOptions(settings({})),
  activate: typeof extension.activate, deactivate: typeof extension.deactivate,
}));
"""


def node(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a tool of the extension's node_modules, offline."""
    executable, _ = npmcache.node_and_npm()
    env = dict(os.environ, npm_config_offline="true", npm_config_update_notifier="false")
    done = subprocess.run([executable, *map(str, args)], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def test_the_extension_builds_and_packages_offline(tmp_path: Path) -> None:
    prefix = npmcache.installed(EXTENSION, "vscode-extension")
    work = tmp_path / "vscode"
    shutil.copytree(EXTENSION, work, ignore=shutil.ignore_patterns("node_modules", "out", "*.vsix"))
    (work / "node_modules").symlink_to(prefix / "node_modules", target_is_directory=True)
    node("node_modules/typescript/bin/tsc", "-p", ".", cwd=work)
    node("node_modules/@vscode/vsce/vsce", "package", "--skip-license", "--allow-missing-repository",
         "-o", "wecontact.vsix", cwd=work)
    with zipfile.ZipFile(work / "wecontact.vsix") as vsix:
        names = {name.lower() for name in vsix.namelist()}  # vsce writes readme.md
        manifest = json.loads(vsix.read("extension/package.json"))
    assert {"extension/out/extension.js", "extension/readme.md",
            "extension/node_modules/vscode-languageclient/package.json"} <= names
    assert not any(name.startswith("extension/src/") for name in names)
    assert manifest["main"] == "./out/extension.js" and "extension/out/extension.js" in names
    (work / "probe.js").write_text(PROBE, encoding="utf-8")
    found = json.loads(node("probe.js", work / "out" / "extension.js", cwd=work).stdout)
    assert found["configured"] == {"command": "/opt/venv/bin/wecontact", "args": ["server", "--lang", "zh"],
                                   "transport": 0}  # stdio: the client adds --stdio, which the server accepts
    assert found["defaults"]["command"] == "wecontact" and found["defaults"]["args"] == ["server"]
    assert found["files"] == WATCHED  # the files it syncs are the ones the server asks to watch
    assert found["activate"] == found["deactivate"] == "function"
