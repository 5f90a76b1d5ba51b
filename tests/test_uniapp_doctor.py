"""``wecontact doctor`` on uni-app projects: built from the same model and lint run, it shows
the framework and variant, each declaration with its file and line, and every page and
component that uses the cell with its effective registration."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli
from uniapp_project import CELL, build
from wecontact_cli.frameworks.uniapp.rules._examples import manifest, pages

COMPONENT = ('<template>\n  <cell plugid="a1b2c3d4" @completemessage="done" />\n</template>\n'
             '<script setup>\nfunction done(e) {}\n</script>\n')


def doctor(root: Path) -> dict:
    result = run_cli("doctor", root, "-f", "json")
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_doctor_shows_where_the_plugin_is_declared_and_who_uses_it(tmp_path: Path) -> None:
    text = pages().replace('    "globalStyle"', '    "subPackages" : [\n        {\n            "root" : "pkg",\n'
                           '            "pages" : [],\n            "plugins" : {\n                "other" : '
                           '{"version" : "1.0.0", "provider" : "wx0123456789abcdef"}\n            }\n        }\n'
                           '    ],\n    "globalStyle"')
    build(tmp_path, {"pages.json": text, "components/card/card.vue": COMPONENT})
    report = doctor(tmp_path)
    assert report["project"]["framework"] == "uni-app"
    assert report["project"]["variant"] == {"vue": "3", "layout": "hbuilderx", "language": "js"}
    assert report["declarations"] == [{"alias": "contactPlugin", "version": "1.3.0", "version_status": "ok",
                                       "scope": None, "file": "manifest.json", "line": 7}]
    uses = {u["route"]: u for u in report["uses"]}
    assert set(uses) == {"pages/index/index", "components/card/card"}
    page = uses["pages/index/index"]
    assert page["kind"] == "page" and page["file"] == "pages/index/index.vue" and page["tags"] == ["cell"]
    assert page["cells"][0] | {"problems": []} == {"tag": "cell", "line": 3, "plugid": "a1b2c3d4", "style_type": None,
                                                   "startmessage": "startmessage",
                                                   "completemessage": "completemessage", "problems": []}
    component = uses["components/card/card"]
    assert [p["code"] for p in component["cells"][0]["problems"]] == ["UA104"]
    assert report["lint"]["codes"] == {"UA104": {"name": "cell-not-registered", "severity": "error", "count": 1}}


def test_doctor_does_not_show_a_wxml_binding_in_vue_as_bound(tmp_path: Path) -> None:
    build(tmp_path, {"pages/index/index.vue": CELL.join(("<template>\n  <view>\n    ", "\n  </view>\n</template>\n"))
                     .replace("@completemessage", "bind:completemessage")})
    cell = doctor(tmp_path)["uses"][0]["cells"][0]
    assert cell["startmessage"] == "startmessage" and cell["completemessage"] is None
    assert sorted(p["code"] for p in cell["problems"]) == ["UA102", "WC301"]  # no script: startmessage is missing


def test_doctor_on_a_broken_pages_json_shows_the_error(tmp_path: Path) -> None:
    build(tmp_path, {"pages.json": '{\n    "pages" : [\n}\n', "manifest.json": manifest()})
    result = run_cli("doctor", tmp_path, "-f", "json")
    report = json.loads(result.stdout)
    assert report["error"]["file"] == "pages.json" and report["error"]["code"] == "WC001"
