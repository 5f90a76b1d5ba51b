"""The bundled Taro example (examples/taro-shop: Taro 4, React, TypeScript, a subpackage, a shared
component rendering the cell): wecontact reads it as its build does, finds nothing wrong, and
TypeScript with Taro's own types agrees that it type-checks."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from conftest import REPO, run_cli, snapshot
from test_taro_checkers import tsc, types_prefix  # noqa: F401  (the fixture)

EXAMPLE = REPO / "examples" / "taro-shop"


def test_the_example_is_a_taro_4_react_project_read_from_its_config(tmp_path: Path) -> None:
    report = json.loads(run_cli("doctor", EXAMPLE, "-f", "json").stdout)
    assert report["project"]["framework"] == "taro" and report["project"]["app_dir"] == "src"
    assert report["project"]["variant"] == {"taro": "4", "framework": "react", "language": "ts", "output": "dist"}
    assert [(d["alias"], d["file"], d["line"]) for d in report["declarations"]] == [
        ("contactPlugin", "src/app.config.ts", 16)]
    assert [(u["kind"], u["route"], u["scope"], len(u["cells"])) for u in report["uses"]] == [
        ("page", "pages/cart/index", None, 0),
        ("page", "packageService/pages/help/index", "packageService", 1),
        ("page", "packageService/pages/order/index", "packageService", 0),
        ("component", "components/ContactBar/index", None, 1)]
    assert report["lint"]["errors"] == report["lint"]["warnings"] == 0


def test_the_example_is_clean_with_every_rule(tmp_path: Path) -> None:
    result = run_cli("lint", EXAMPLE, "--select", "ALL", "--ignore", "WC211", "-f", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_a_mistake_in_the_shared_component_is_reported_where_it_is(tmp_path: Path) -> None:
    copy = tmp_path / "shop"
    shutil.copytree(EXAMPLE, copy)
    bar = copy / "src/components/ContactBar/index.tsx"
    bar.write_text(bar.read_text(encoding="utf-8").replace("onCompletemessage", "onCompleteMessage"), encoding="utf-8")
    (copy / "src/pages/cart/index.config.ts").write_text(
        "export default definePageConfig({\n  navigationBarTitleText: '购物车',\n})\n", encoding="utf-8")
    found = json.loads(run_cli("lint", copy, "-f", "json").stdout)
    assert [(d["code"], d["filename"], d["location"]["row"]) for d in found] == [
        ("TR106", "src/components/ContactBar/index.tsx", 20), ("TR101", "src/components/ContactBar/index.tsx", 20)]
    assert "page 'pages/cart/index' render it without registering <cell>" in found[0]["message"]


def test_add_page_on_the_example_plans_a_subpackage_page_and_writes_nothing(tmp_path: Path) -> None:
    before = snapshot(EXAMPLE)
    result = run_cli("add-page", "packageService/pages/refund/index", "--plugid", "wk7a1b2c3d4e5f", "-C", EXAMPLE,
                     "--dry-run")
    assert result.exit_code == 0 and snapshot(EXAMPLE) == before
    assert "         'pages/order/index',\n+        'pages/refund/index',\n" in result.stdout  # one line, its layout
    assert "+++ b/examples/taro-shop/src/packageService/pages/refund/index.tsx" in result.stdout or \
           "+++ b/src/packageService/pages/refund/index.tsx" in result.stdout
    assert "import './index.scss'" in result.stdout  # its pages have .scss files: so does the new one


def test_the_example_type_checks_with_taros_types(tmp_path: Path, types_prefix: Path) -> None:  # noqa: F811
    copy = tmp_path / "shop"
    shutil.copytree(EXAMPLE, copy)
    assert tsc(types_prefix, copy) == ""
    os.unlink(copy / "node_modules")
