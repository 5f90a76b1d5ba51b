"""What Taro's own tools say about what wecontact writes into a Taro project, and about the
mistakes its Taro rules report.

- every view add-page writes: its props go through Taro's collector (Babel's React JSX transform
  with Taro's filter, or Vue's parser with Taro's Vue 3 rule) and ``buildThirdPartyAttr``, and
  give ``plugid``, ``bindstartmessage`` and ``bindcompletemessage``;
- each event-spelling rule's bad example gives the dead binding the rule claims;
- every TS/TSX file init and add-page write type-checks with ``tsc`` against ``@tarojs/taro``'s,
  ``@tarojs/components``' and React's types (and without wecontact's JSX declaration it does not:
  TS2339), and every file compiles with Babel's React preset.

The checkers are installed once per machine (tests/npmcache.py); under CI they must run.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

import npmcache
from conftest import run_cli, snapshot
from test_taro_project import taro
from wecontact_cli.frameworks.taro.rules._examples import VIEW
from wecontact_cli.lint.registry import rules_by_code

CHECKERS = Path(__file__).resolve().parent / "realcheckers"
TARO, BABEL_TS, TYPES = CHECKERS / "taro", CHECKERS / "babel-ts", CHECKERS / "taro-types"
TSCONFIG = json.dumps({
    "compilerOptions": {
        "target": "es2017", "module": "esnext", "moduleResolution": "node", "jsx": "react-jsx", "strict": True,
        "noUnusedLocals": True, "noUnusedParameters": True, "allowSyntheticDefaultImports": True,
        "skipLibCheck": True, "noEmit": True, "baseUrl": ".", "paths": {"@/*": ["./src/*"]},
    },
    "include": ["./src", "./types"],
}, indent=2) + "\n"
HELP = ("import { View, Text } from '@tarojs/components'\nimport { useLoad } from '@tarojs/taro'\n\n"
        "export default function Help() {\n  useLoad(() => {\n    console.log('Page loaded.')\n  })\n\n"
        "  return (\n    <View className='help'>\n      <Text>Hello world!</Text>\n    </View>\n  )\n}\n")
ORDER = ("import { Component } from 'react'\nimport { View } from '@tarojs/components'\n\n"
         "export default class Order extends Component {\n  render() {\n    return (\n      <View>\n"
         "        {/* wecontact */}\n      </View>\n    )\n  }\n}\n")
APP = ("export default defineAppConfig({\n  pages: ['pages/index/index', 'pages/help/index'],\n"
       "  subPackages: [\n    {\n      root: 'packageOrder',\n      pages: ['pages/detail/index'],\n    },\n  ],\n})\n")


@pytest.fixture(scope="module")
def taro_prefix() -> Path:
    return npmcache.installed(TARO, "taro", subdir="realcheckers")


@pytest.fixture(scope="module")
def babel_prefix() -> Path:
    return npmcache.installed(BABEL_TS, "babel-ts", subdir="realcheckers")


@pytest.fixture(scope="module")
def types_prefix() -> Path:
    return npmcache.installed(TYPES, "taro-types", npm_args=("--legacy-peer-deps",), subdir="realcheckers")


def cli(root: Path, *args: str) -> None:
    """Run a wecontact command on the project at ``root``; it must succeed."""
    command = [args[0], *(["-C", str(root)] if args[0] == "add-page" else [str(root)]), *args[1:]]
    done = run_cli(*command)
    assert done.exit_code == 0, done.stdout + done.stderr


def react_project(root: Path, *, declaration: str = '/// <reference types="@tarojs/taro" />\n') -> Path:
    """A TypeScript React project with a function page and a class page, before wecontact ran."""
    return taro(root, {"tsconfig.json": TSCONFIG, "types/global.d.ts": declaration, "src/app.config.ts": APP,
                       "src/pages/index/index.config.ts": "export default definePageConfig({})\n",
                       VIEW: "import { View } from '@tarojs/components'\n\nexport default function Index() {\n"
                             "  return <View />\n}\n",
                       "src/pages/help/index.tsx": HELP, "src/packageOrder/pages/detail/index.tsx": ORDER})


def wire(root: Path) -> dict[str, bytes]:
    """init, then add-page on a new page, the function page, the class page; the files written."""
    before = snapshot(root)
    cli(root, "init")
    cli(root, "add-page", "pages/contact/index", "--plugid", "a1b2c3d4", "--style-type", "2")
    cli(root, "add-page", "pages/help/index", "--plugid-expr", "contactId")
    cli(root, "add-page", "packageOrder/pages/detail/index", "--plugid", "a1b2c3d4", "--button-style", "light")
    after = snapshot(root)
    return {path: text for path, text in after.items() if before.get(path) != text}


def written_views(written: dict[str, bytes]) -> list[str]:
    return sorted(p for p in written if re.search(r"src/.*index\.(tsx|jsx|js|vue)$", p))


# -- Taro's template generator ----------------------------------------------------------------


def collected(babel_prefix: Path, path: Path) -> list[list[str]]:
    """The props Taro collects from each <cell> of a JSX view (Babel's transform, Taro's filter)."""
    proc = npmcache.run_node(BABEL_TS / "taro-props.js", str(path), prefix=babel_prefix)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return [f["props"] for f in json.loads(proc.stdout) if f["tag"] == "cell"]


def vue_collected(types_prefix: Path, path: Path) -> list[list[str]]:
    proc = npmcache.run_node(TYPES / "vue-props.js", str(path), "cell", prefix=types_prefix)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return json.loads(proc.stdout)


def template(taro_prefix: Path, names: list[str]) -> list[str]:
    """The attribute names Taro 4's buildThirdPartyAttr writes for collected props."""
    proc = npmcache.run_node(TARO / "template-attrs.js", *names, prefix=taro_prefix)
    assert proc.returncode == 0, proc.stderr
    return re.findall(r'(\S+)="[^"]*"', proc.stdout)


WIRED = {"plugid", "bindstartmessage", "bindcompletemessage"}


def test_every_jsx_view_add_page_writes_binds_both_events(tmp_path: Path, babel_prefix: Path,
                                                          taro_prefix: Path) -> None:
    root = react_project(tmp_path)
    views = written_views(wire(root))
    assert views == ["src/packageOrder/pages/detail/index.tsx", "src/pages/contact/index.tsx",
                     "src/pages/help/index.tsx"]
    for view in views:
        (props,) = collected(babel_prefix, root / view)
        attributes = template(taro_prefix, props)
        assert WIRED <= set(attributes), (view, attributes)
        assert not [a for a in attributes if a.startswith("bind:")], (view, attributes)


def test_a_vue_view_add_page_writes_binds_both_events(tmp_path: Path, types_prefix: Path, taro_prefix: Path) -> None:
    root = taro(tmp_path, {"package.json": '{"dependencies": {"@tarojs/taro": "4.2.1", "vue": "^3.5.0"}}',
                           "config/index.ts": "export default { framework: 'vue3' }\n", "tsconfig.json": "<absent>",
                           VIEW: "<absent>", "src/pages/index/index.vue": "<template><view /></template>\n"})
    cli(root, "add-page", "pages/contact/index", "--plugid", "a1b2c3d4", "--style-type", "3")
    (props,) = vue_collected(types_prefix, root / "src/pages/contact/index.vue")
    assert "styleType" in props
    assert WIRED <= set(template(taro_prefix, props))


@pytest.mark.parametrize("code, dead, alive", [
    ("TR101", {"bind:complete-message"}, {"bindstartmessage"}),
    ("TR102", set(), set()),
])
def test_each_event_rules_bad_example_gives_the_dead_binding_it_claims(tmp_path: Path, babel_prefix: Path,
                                                                       taro_prefix: Path, code: str, dead: set[str],
                                                                       alive: set[str]) -> None:
    rule = rules_by_code()[code]
    root = taro(tmp_path, dict(rule.bad.files or {}))
    found = json.loads(run_cli("lint", root, "--select", code, "-f", "json").stdout)
    assert found and {d["code"] for d in found} == {code}  # lint reports it ...
    (props,) = collected(babel_prefix, root / VIEW)
    attributes = set(template(taro_prefix, props))
    assert dead <= attributes and alive <= attributes  # ... and Taro writes what the rule says:
    assert "bindcompletemessage" not in attributes  # completemessage never reaches a handler
    good = taro(tmp_path / "good", dict(rule.good.files or {}))
    assert WIRED <= set(template(taro_prefix, collected(babel_prefix, good / VIEW)[0]))


def test_the_vue_spelling_of_tr101_is_dead_too(tmp_path: Path, types_prefix: Path, taro_prefix: Path) -> None:
    view = tmp_path / "index.vue"
    view.write_text('<template>\n  <cell plugid="a" @complete-message="c" @completeMessage="c" @startmessage="s" />\n'
                    '</template>\n', encoding="utf-8")
    attributes = template(taro_prefix, vue_collected(types_prefix, view)[0])
    assert attributes.count("bind:complete-message") == 2 and "bindcompletemessage" not in attributes
    assert "bindstartmessage" in attributes


# -- TypeScript and Babel ---------------------------------------------------------------------


def tsc(types_prefix: Path, root: Path) -> str:
    """``tsc -p`` on the project, its node_modules linked to the checker's install."""
    link = root / "node_modules"
    if not link.exists():
        os.symlink(types_prefix / "node_modules", link, target_is_directory=True)
    proc = npmcache.run_node(types_prefix / "node_modules" / "typescript" / "bin" / "tsc", "-p", str(root),
                             prefix=types_prefix)
    return proc.stdout + proc.stderr


def test_every_ts_file_init_and_add_page_write_type_checks(tmp_path: Path, types_prefix: Path) -> None:
    root = react_project(tmp_path)
    written = wire(root)
    assert {p for p in written if p.endswith((".ts", ".tsx"))} >= {
        "src/app.config.ts", "types/global.d.ts", "src/pages/contact/index.tsx", "src/pages/contact/index.config.ts",
        "src/pages/help/index.tsx", "src/pages/help/index.config.ts", "src/packageOrder/pages/detail/index.tsx"}
    assert tsc(types_prefix, root) == ""


def test_without_the_jsx_declaration_tsc_rejects_the_cell(tmp_path: Path, types_prefix: Path) -> None:
    """The proof that the declaration init writes is what makes the views type-check."""
    root = react_project(tmp_path)
    wire(root)
    (root / "types/global.d.ts").write_text('/// <reference types="@tarojs/taro" />\n', encoding="utf-8")
    output = tsc(types_prefix, root)
    assert "TS2339" in output and "IntrinsicElements" in output
    assert [d["code"] for d in json.loads(run_cli("lint", root, "--select", "TR111", "-f", "json").stdout)] == \
        ["TR111"] * 3


def test_a_new_declaration_file_is_included_by_tsconfig(tmp_path: Path, types_prefix: Path) -> None:
    config = TSCONFIG.replace('"./src",\n    "./types"', '"./src"')
    root = react_project(tmp_path, declaration="<absent>")
    (root / "tsconfig.json").write_text(config, encoding="utf-8")
    cli(root, "init")
    assert (root / "types/wecontact.d.ts").is_file()
    assert json.loads((root / "tsconfig.json").read_text(encoding="utf-8"))["include"] == [
        "./src", "./types/wecontact.d.ts"]
    cli(root, "add-page", "pages/contact/index", "--plugid", "a1b2c3d4")
    assert tsc(types_prefix, root) == ""


def test_every_file_compiles_with_babels_react_preset(tmp_path: Path, types_prefix: Path) -> None:
    ts_root = react_project(tmp_path / "ts")
    js_root = taro(tmp_path / "js", {"tsconfig.json": "<absent>", "types/global.d.ts": "<absent>",
                                     "src/app.config.ts": "<absent>", "src/pages/index/index.config.ts": "<absent>",
                                     VIEW: "<absent>", "src/app.config.js": APP.replace(", 'pages/help/index'", ""),
                                     "src/pages/index/index.jsx": "export default function Index() {\n"
                                                                  "  return <view />\n}\n",
                                     "src/packageOrder/pages/detail/index.jsx": ORDER})
    files = [ts_root / p for p in wire(ts_root)]
    before = snapshot(js_root)
    cli(js_root, "add-page", "pages/contact/index", "--plugid", "a1b2c3d4")
    cli(js_root, "add-page", "packageOrder/pages/detail/index", "--plugid", "a1b2c3d4")
    files += [js_root / p for p, text in snapshot(js_root).items() if before.get(p) != text]
    scripts = [str(f) for f in files if f.suffix in (".ts", ".tsx", ".js", ".jsx") and not f.name.endswith(".d.ts")]
    assert any(s.endswith("contact/index.jsx") for s in scripts) and any(s.endswith(".config.js") for s in scripts)
    proc = npmcache.run_node(TYPES / "babel-react.js", *scripts, prefix=types_prefix)
    assert [r for r in json.loads(proc.stdout) if r["error"]] == [] and proc.returncode == 0


def test_the_checkers_do_reject_broken_code(tmp_path: Path, types_prefix: Path) -> None:
    """The oracles above would be worthless if they accepted anything."""
    bad = tmp_path / "bad.jsx"
    bad.write_text("export default () => <View><cell a:b='1' /></View>\n", encoding="utf-8")
    proc = npmcache.run_node(TYPES / "babel-react.js", str(bad), prefix=types_prefix)
    assert proc.returncode == 1 and json.loads(proc.stdout)[0]["error"]
