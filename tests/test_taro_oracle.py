"""Oracles for the Taro syntax layer: Taro's, Babel's and TypeScript's own published code.

(a) frameworks/taro/spelling.py against Taro 4's template generator (tests/realcheckers/taro)
    and Babel's React JSX transform with Taro's collector filter (tests/realcheckers/babel-ts):
    for every prop name, whether Taro collects it and which WXML attribute it becomes.
(b) Every file syntax/jsconfig.py and syntax/jsx.py write parses with Babel's parser and with
    TypeScript's, as the project's own build would read it.
Under CI=true a checker that cannot be installed fails these tests (npmcache.unavailable).
"""

from __future__ import annotations

import json
import random
import re
import string
from pathlib import Path
from typing import Any

import pytest

import npmcache
from wecontact_cli.edits import apply_edits
from wecontact_cli.frameworks.taro.spelling import Reach, collected, reach, template_attribute
from wecontact_cli.syntax import jsconfig, jsx

CHECKERS = Path(__file__).resolve().parent / "realcheckers"
TARO = CHECKERS / "taro"
BABEL_TS = CHECKERS / "babel-ts"

CORPUS = [
    "plugid", "plugId", "plug_id", "styleType", "styletype", "StyleType", "style-type", "isMask", "ismask",
    "onCompletemessage", "onCompleteMessage", "onStartmessage", "onStartMessage", "onCompletemessageCapture",
    "completemessage", "bindcompletemessage", "bindCompleteMessage", "catchcompletemessage", "onClick",
    "onABC", "onA", "on_x", "onX1y", "$x", "_x", "x1", "className", "class", "style", "id", "key", "ref",
    "data-x", "aria-label", "contactText", "sessionFrom", "showMessageCard", "sendMessageImg",
]


@pytest.fixture(scope="module")
def taro_prefix() -> Path:
    """Taro 4's @tarojs/shared, installed once per machine."""
    return npmcache.installed(TARO, "taro", subdir="realcheckers")


@pytest.fixture(scope="module")
def babel_prefix() -> Path:
    """@babel/core, @babel/parser, the React JSX transform and typescript, installed once per machine."""
    return npmcache.installed(BABEL_TS, "babel-ts", subdir="realcheckers")


def taro_collects(prefix: Path, tmp_path: Path, names: list[str]) -> list[list[str]]:
    """For each name, the props Taro collects from `<cell NAME={f} />` (Babel + Taro's filter)."""
    lines = "\n".join(f"    <cell {name}={{f}} />" for name in names)
    view = tmp_path / "index.jsx"
    view.write_text(f"export default function Index() {{\n  return (\n    <View>\n{lines}\n    </View>\n  )\n}}\n",
                    encoding="utf-8")
    proc = npmcache.run_node(BABEL_TS / "taro-props.js", str(view), prefix=prefix)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    found = json.loads(proc.stdout)
    assert [f["tag"] for f in found] == ["cell"] * len(names)
    return [f["props"] for f in found]


def template_attributes(prefix: Path, names: list[str]) -> list[str]:
    """The attribute names Taro's template generator writes for collected prop names, in order."""
    proc = npmcache.run_node(TARO / "template-attrs.js", *names, prefix=prefix)
    assert proc.returncode == 0, proc.stderr
    return re.findall(r'(\S+)="[^"]*"', proc.stdout)


def random_names(count: int, seed: int) -> list[str]:
    """Prop-like names: identifier characters, dashes, and on/bind prefixes, many camel humps."""
    rng = random.Random(seed)
    alphabet = string.ascii_letters + string.digits + "_$-"
    names: set[str] = set()
    while len(names) < count:
        body = rng.choice(string.ascii_letters) + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        name = rng.choice(["", "", "on", "on", "bind", "catch"]) + body
        if not name.endswith("-") and "--" not in name:
            names.add(name)
    return sorted(names)


# ---- (a) spelling against Taro ------------------------------------------------------------

@pytest.mark.parametrize("names", [CORPUS, random_names(150, 20240611)], ids=["corpus", "random"])
def test_collection_agrees_with_babel_and_taros_filter(babel_prefix: Path, tmp_path: Path, names: list[str]) -> None:
    props = taro_collects(babel_prefix, tmp_path, names)
    for name, got in zip(names, props):
        assert collected(name) == (got == [name]), (name, got)
        assert got in ([], [name])


@pytest.mark.parametrize("names", [CORPUS, random_names(150, 7)], ids=["corpus", "random"])
def test_template_attribute_agrees_with_taro(taro_prefix: Path, names: list[str]) -> None:
    kept = [n for n in names if collected(n)]
    assert template_attributes(taro_prefix, kept) == [template_attribute(n) for n in kept]


def test_reach_names_the_attribute_taro_writes(taro_prefix: Path, babel_prefix: Path, tmp_path: Path) -> None:
    """End to end: written prop -> collected -> template attribute, as spelling.reach says."""
    props = taro_collects(babel_prefix, tmp_path, CORPUS)
    kept = [name for name, got in zip(CORPUS, props) if got]
    written = dict(zip(kept, template_attributes(taro_prefix, kept)))
    for name in CORPUS:
        if name == "id":
            continue  # not collected: Taro writes id="{{i.uid||i.sid}}" from the element itself
        assert reach(name, value_is_function=True).name == written.get(name, ""), name


def test_the_contact_events_as_taro_writes_them(taro_prefix: Path) -> None:
    attrs = template_attributes(taro_prefix, ["onCompletemessage", "onCompleteMessage", "onStartmessage"])
    assert attrs == ["bindcompletemessage", "bind:complete-message", "bindstartmessage"]
    assert reach("onCompletemessage", value_is_function=True).kind == "event"
    assert reach("onCompletemessage").event == "completemessage"
    dead = reach("onCompleteMessage", value_is_function=True)
    assert (dead.name, dead.event, dead.reason) == ("bind:complete-message", "complete-message", "listener-mismatch")


def test_a_namespaced_prop_breaks_the_build(babel_prefix: Path, tmp_path: Path) -> None:
    view = tmp_path / "index.jsx"
    view.write_text('export default () => <cell a:b="1" />\n', encoding="utf-8")
    proc = npmcache.run_node(BABEL_TS / "taro-props.js", str(view), prefix=babel_prefix)
    assert proc.returncode == 1 and "Namespace" in json.loads(proc.stdout)["error"]
    assert reach("a:b").reason == "build-error"


# ---- (b) what the writers produce parses in Babel and TypeScript ----------------------------

PLUGINS = {"contactPlugin": {"version": "1.3.0", "provider": "wx104a1a20c3f81ec2"}}
USING = {"cell": "plugin://contactPlugin/cell"}

CONFIGS: list[tuple[str, str, str, list[Any]]] = [
    ("app.config.ts", "export default defineAppConfig({\n  pages: [\n    'pages/index/index', // home\n  ],\n"
     "  window: {\n    navigationBarTitleText: '首页' // title\n  }\n})\n", "insert", [[], "plugins", PLUGINS]),
    ("app.config.js", 'module.exports = {\n  "pages": ["a"],\n  "window": {},\n};\n', "insert", [[], "plugins", PLUGINS]),
    ("app.config.ts", "const config = {\n\tpages: [],\n} as const\n\nexport default config\n", "append",
     [["pages"], "pages/contact/index"]),
    ("app.config.ts", "export default {\n  pages: ['a'],\n  subPackages: [{ root: 'p', pages: ['x'] }],\n}\n",
     "insert", [["subPackages", 0], "plugins", PLUGINS]),
    ("index.config.ts", "export default definePageConfig({ navigationBarTitleText: 'a' })\n", "insert",
     [[], "usingComponents", USING]),
    ("index.config.ts", "export default definePageConfig({})", "insert", [[], "usingComponents", USING]),
    ("index.config.js", "export default {\r\n  usingComponents: {\r\n    /* none yet */\r\n  },\r\n}\r\n", "insert",
     [["usingComponents"], "cell", "plugin://contactPlugin/cell"]),
    ("index.config.ts", "export default {\n  navigationBarTitleText: `old`,\n} satisfies Config\n", "replace",
     [["navigationBarTitleText"], "new 'quoted' \\ \u2028 text"]),
]

HANDLERS = [jsx.Handler("onContactStart", "e", "console.log('start', e)"),
            jsx.Handler("onContactComplete", "e", "const { errcode } = e.detail\nif (errcode !== 0) {\n"
                                                  "  Taro.showToast({ title: `失败 ${errcode}` })\n}")]
ELEMENT = '<cell\n  plugid="abc"\n  onStartmessage={{{this}onContactStart}}\n  onCompletemessage={{{this}onContactComplete}}\n/>'
VIEWS = [
    ("index.jsx", "import { View } from '@tarojs/components'\n\nexport default function Index () {\n"
                  "  return (\n    <View className='index'>\n      <Text>Hello</Text>\n    </View>\n  )\n}\n"),
    ("index.tsx", "import { View } from '@tarojs/components';\n\nconst Index: FC = () => {\n"
                  "  const [n] = useState<number>(0);\n  return <View>{/* wecontact */}</View>;\n};\n\n"
                  "export default observer(Index);\n"),
    ("index.tsx", "class Index extends Component<Props> {\n  onX = () => {}\n\n  render () {\n"
                  "    return (\n      <View>\n        {/* wecontact */}\n      </View>\n    )\n  }\n}\n\n"
                  "export default Index\n"),
    ("index.js", "export default function Index() {\n\treturn <View><Text>hi</Text></View>\n}\n"),
]


def written_files(tmp_path: Path) -> list[Path]:
    """Every config and view edit applied, each in its own file with its extension."""
    files: list[Path] = []
    planners = {"insert": jsconfig.plan_insert_member, "append": jsconfig.plan_append_item,
                "replace": jsconfig.plan_replace_value}
    for number, (name, text, action, args) in enumerate(CONFIGS):
        edit = planners[action](text, name, *args)
        files.append(_write(tmp_path / f"config{number}" / name, apply_edits(text, [edit])))
    for number, (name, text) in enumerate(VIEWS):
        component = jsx.page_component(text, name)
        assert component is not None
        element = ELEMENT.format(this="this." if component.kind == "class" else "")
        result = apply_edits(text, [jsx.plan_element_insertion(text, name, element)])
        handlers = jsx.plan_handler_insertion(result, name, HANDLERS)
        assert handlers is not None
        files.append(_write(tmp_path / f"view{number}" / name, apply_edits(result, [handlers])))
    return files


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def test_every_edit_parses_in_babel_and_typescript(babel_prefix: Path, tmp_path: Path) -> None:
    files = written_files(tmp_path)
    proc = npmcache.run_node(BABEL_TS / "parse-check.js", *map(str, files), prefix=babel_prefix)
    report = json.loads(proc.stdout)
    assert [r for r in report if r["babel"] or r["typescript"]] == []
    assert proc.returncode == 0 and len(report) == len(CONFIGS) + len(VIEWS)


def test_the_checker_does_reject_broken_code(babel_prefix: Path, tmp_path: Path) -> None:
    """The oracle above would be worthless if it accepted anything."""
    broken = [_write(tmp_path / "a.tsx", "const a = <View>\n"), _write(tmp_path / "b.ts", "export default { a: 1,, }\n")]
    proc = npmcache.run_node(BABEL_TS / "parse-check.js", *map(str, broken), prefix=babel_prefix)
    report = json.loads(proc.stdout)
    assert proc.returncode == 1 and all(r["babel"] and r["typescript"] for r in report)


def test_the_views_handlers_resolve_once_inserted(tmp_path: Path) -> None:
    """What the parse oracle saw also reads back: the element's handlers are defined."""
    for path in written_files(tmp_path)[len(CONFIGS):]:
        view = jsx.read_view(path.read_text(encoding="utf-8"), path.name, {"cell"})
        (cell,) = view.elements
        for name in ("onStartmessage", "onCompletemessage"):
            attribute = cell.attribute(name)
            assert attribute is not None and attribute.value.binding is not None
            assert attribute.value.binding.status == "defined", (path, name)


# ---- spelling.reach without Node: the runtime step the template generator cannot show -------

@pytest.mark.parametrize(("prop", "function", "expected"), [
    ("plugid", False, Reach("property", "plugid")),
    ("styleType", None, Reach("property", "styleType")),
    ("style-type", False, Reach("none", "", reason="not-collected")),  # Babel quotes it; Taro skips it
    ("onCompletemessage", True, Reach("event", "bindcompletemessage", "completemessage")),
    ("onCompletemessage", False, Reach("none", "bindcompletemessage", "completemessage", "not-a-function")),
    ("onCompleteMessage", True, Reach("event", "bind:complete-message", "complete-message", "listener-mismatch")),
    ("onCompletemessageCapture", True,
     Reach("event", "bind:completemessage-capture", "completemessage-capture", "listener-mismatch")),
    ("completemessage", True, Reach("none", "completemessage", reason="function-value")),
    ("completemessage", None, Reach("property", "completemessage")),
    ("bindcompletemessage", True, Reach("none", "bindcompletemessage", "completemessage", "no-listener")),
    ("className", False, Reach("none", "className", reason="not-forwarded")),
    ("class", False, Reach("host", "class")), ("style", None, Reach("host", "style")), ("id", False, Reach("host", "id")),
    ("key", False, Reach("none", "", reason="react-only")), ("ref", None, Reach("none", "ref", reason="react-only")),
    ("children", None, Reach("none", "", reason="react-only")),
    ("data-x", False, Reach("none", "", reason="not-collected")), ("a:b", False, Reach("none", "", reason="build-error")),
])
def test_reach(prop: str, function: bool | None, expected: Reach) -> None:
    assert reach(prop, value_is_function=function) == expected
