"""What add-page writes, checked by WeChat's own tools rather than by ours.

* ``wcc`` (npm ``miniprogram-compiler``), the official WXML compiler, must accept every
  .wxml that add-page writes or edits;
* every .json it touches must be strict JSON; every .js must pass ``node --check`` and
  every .ts the TypeScript compiler's syntax check;
* the code it writes (handlers, the WeCom check, new pages; .js and .ts) passes
  ``tsc --noEmit --strict --noUnusedParameters --noUnusedLocals`` with the official
  ``miniprogram-api-typings``, and ESLint's recommended rules (typescript-eslint's for .ts);
* ``miniprogram-simulate`` (j-component, exparser and, again, ``wcc``) renders the page
  with a stub ``cell``, and the stub fires ``completemessage`` with each errcode: the
  page's handlers must not throw and must show the user something (a toast or a modal),
  and inside the WeCom client (``environment: 'wxwork'``, ``wx.qy``, each alone or both)
  every page add-page touched hides the button, existing pages with their own onLoad too.

The Node packages are pinned in ``tests/platform/package.json`` and its lockfile and are
installed once per machine into a cache outside the repository (see ``node_tools``).
The harness is proven first on a page written here by hand (and on broken variants of
it, to show that each check can fail), then pointed at add-page's output.
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import pytest

import npmcache
from conftest import EXAMPLE, PROVIDER, run_cli, snapshot

PLATFORM = Path(__file__).resolve().parent / "platform"
SIMULATE = PLATFORM / "simulate_page.js"
CHECK_TS = PLATFORM / "check_ts.js"
CHECK_SCRIPTS = PLATFORM / "check_scripts.js"
STUB_CELL = PLATFORM / "cell" / "index"

# Every errcode of the guide, the two seen in the wild, and one nobody has seen yet.
ERRCODES = (0, -3002, -3004, -3005, -3006, -3007, -3008, -3010, -9999)
REACTIONS = ("showToast", "showModal")
WECOM_SIGNALS = ("environment", "qy")  # getSystemInfoSync().environment === 'wxwork'; wx.qy exists
BATCH = 300  # wcc refuses a run whose generated code passes 10 MB
PLUGID = "a1b2c3d4"


# ---- the Node tools: installed once per machine, outside the repository -------------------

def _install_name() -> str:
    """The cache folder's name: the pinned versions (npmcache adds a hash of the lock files)."""
    deps = json.loads((PLATFORM / "package.json").read_text(encoding="utf-8"))["dependencies"]
    return f"compiler-{deps['miniprogram-compiler']}-simulate-{deps['miniprogram-simulate']}"


def _wcc_dir(prefix: Path) -> Path:
    folder = {"darwin": "mac", "win32": "windows"}.get(sys.platform, "linux")
    return prefix / "node_modules" / "miniprogram-compiler" / "bin" / folder


def _make_executable(prefix: Path) -> None:
    """npm may unpack the wcc/wcsc binaries without the executable bit."""
    for binary in _wcc_dir(prefix).glob("*"):
        if binary.is_file():
            binary.chmod(binary.stat().st_mode | 0o111)


@dataclass(frozen=True)
class NodeTools:
    """Node and the installed checkers: wcc, the simulator, TypeScript."""

    node: str
    prefix: Path

    @property
    def wcc(self) -> Path:
        return _wcc_dir(self.prefix) / ("wcc.exe" if sys.platform == "win32" else "wcc")

    def compile_wxml(self, files: Iterable[Path], batch: int = BATCH) -> tuple[int, str]:
        """``wcc -d`` over ``files`` in batches; the first failing batch's code and stderr."""
        paths = [str(f) for f in files]
        assert paths, "no .wxml to compile"
        messages = []
        for start in range(0, len(paths), batch):
            proc = subprocess.run([str(self.wcc), "-d", *paths[start:start + batch]],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=300, check=False)
            stderr = proc.stderr.decode("utf-8", "replace")
            if proc.returncode != 0:
                return proc.returncode, stderr
            messages.append(stderr)
        return 0, "".join(messages)

    def check_script(self, path: Path) -> subprocess.CompletedProcess[str]:
        """``node --check`` for .js, the TypeScript compiler's syntax check for .ts."""
        if path.suffix == ".ts":
            command = [self.node, str(CHECK_TS), "--modules", str(self.prefix), str(path)]
        else:
            command = [self.node, "--check", str(path)]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    def check_types_and_lint(self, files: Iterable[Path]) -> list[dict[str, Any]]:
        """tsc (strict, typings) and ESLint (recommended) over ``files``: their diagnostics."""
        command = [self.node, str(CHECK_SCRIPTS), "--modules", str(self.prefix), *map(str, files)]
        proc = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
        assert proc.returncode == 0, f"check_scripts.js exited {proc.returncode}:\n{proc.stderr}"
        return json.loads(proc.stdout)

    def simulate(self, page: Path, app_root: Path, environment: str | None = None,
                 errcodes: Iterable[int] = ERRCODES, qy: bool = False,
                 wecom_signals: Iterable[str] = ()) -> dict[str, Any]:
        """Run simulate_page.js on ``page`` (path without extension); its JSON report.

        ``environment="wxwork"`` and ``qy=True`` fake the WeCom client's two signals;
        ``wecom_signals`` renders the page again with each signal alone (report["wecom"])."""
        command = [self.node, str(SIMULATE), "--modules", str(self.prefix), "--page", str(page),
                   "--root", str(app_root), "--errcodes", ",".join(str(c) for c in errcodes)]
        if environment:
            command += ["--environment", environment]
        if qy:
            command += ["--qy", "1"]
        if wecom_signals:
            command += ["--wecom-signals", ",".join(wecom_signals)]
        proc = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
        assert proc.returncode == 0, f"simulate_page.js exited {proc.returncode}:\n{proc.stderr}"
        try:
            return json.loads(proc.stdout)
        except json.JSONDecodeError:
            pytest.fail(f"simulate_page.js printed no report:\n{proc.stdout}\n{proc.stderr}", pytrace=False)


@pytest.fixture(scope="session")
def node_tools() -> NodeTools:
    """WeChat's checkers from npm, cached per machine under ~/.cache/wecontact-tests/node."""
    node, _ = npmcache.node_and_npm()
    target = npmcache.installed(PLATFORM, _install_name())
    _make_executable(target)
    tools = NodeTools(node, target)
    try:
        code, stderr = tools.compile_wxml([STUB_CELL.with_suffix(".wxml")])
    except OSError as exc:  # e.g. the x86-64 binary on another architecture
        code, stderr = -1, str(exc)
    if code != 0:
        npmcache.unavailable(f"{tools.wcc} does not run on this machine (exit {code}): {stderr.strip()}")
    return tools


@pytest.fixture
def compile_wxml(node_tools: NodeTools):
    """``compile_wxml(files) -> (returncode, stderr)``."""
    return node_tools.compile_wxml


# ---- reading a simulator report --------------------------------------------------------

def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def reaction_problems(report: dict[str, Any], errcodes: Iterable[int] = ERRCODES) -> list[str]:
    """Everything wrong with how the page met each errcode; [] when all is well."""
    problems = []
    if report["fatal"]:
        problems.append(f"the simulator could not render the page: {report['fatal']}")
    problems += [f"while loading: {e}" for e in report["load"]["errors"] + report["load"]["console"]]
    if not report["cells"]:
        problems.append("no cell was rendered in plain WeChat")
    for code in errcodes:
        bucket = report["results"].get(str(code))
        if bucket is None:
            problems.append(f"errcode {code}: never played")
            continue
        problems += [f"errcode {code}: {e}" for e in bucket["errors"] + bucket["console"]]
        reached = {h["event"] for h in bucket["handlers"]}
        for event in ("startmessage", "completemessage"):
            if event not in reached:
                problems.append(f"errcode {code}: no method of the page handled `{event}` "
                                f"(is bind:{event} on the cell naming a method of the page?)")
        missing = sorted({c["api"] for c in bucket["calls"] if c.get("missing")})
        if missing:
            problems.append(f"errcode {code}: used wx APIs the stub does not know: {missing}")
        shown = [c for c in bucket["calls"] if c["api"] in REACTIONS]
        if not shown:
            made = [c["api"] for c in bucket["calls"]]
            problems.append(f"errcode {code}: the user sees nothing (no toast or modal; wx calls: {made})")
        for call in shown:
            problems += [f"errcode {code}: {p}" for p in _display_problems(call)]
    return problems


def _display_problems(call: dict[str, Any]) -> list[str]:
    """A toast or modal must say something, and not 'undefined'."""
    options = call["args"][0] if call["args"] and isinstance(call["args"][0], dict) else {}
    shown = {key: options[key] for key in ("title", "content") if key in options}
    problems = [f"wx.{call['api']} has {key}: {value!r}" for key, value in shown.items()
                if not isinstance(value, str)]  # undefined arrives here as null
    if not any(isinstance(v, str) and v.strip() for v in shown.values()):
        problems.append(f"wx.{call['api']} shows no text: {options}")
    problems += [f"wx.{call['api']} shows {text!r}" for text in _texts(options)
                 if re.search(r"undefined|\bnull\b|NaN|\[object ", text)]
    return problems


def visible_cells(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The cells a user could see; the report must come from a page that rendered."""
    assert not report["fatal"], f"the simulator could not render the page: {report['fatal']}"
    return [c for c in report["cells"] if c["visible"]]


def strict_json(text: str) -> Any:
    """json.loads that also refuses what WeChat's parser or a careful reader would not."""
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise ValueError(f"duplicate keys {dupes}")
        return dict(pairs)

    def no_constant(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    assert not text.startswith("\ufeff"), "a byte order mark"
    return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)


# ---- a page written by hand to the contract, to prove the harness ------------------------

HAND_JSON = """{
  "navigationBarTitleText": "联系客服",
  "usingComponents": {
    "cell": "plugin://contactPlugin/cell"
  }
}
"""

HAND_WXML = """<view class="contact">
  <cell
    wx:if="{{showContact}}"
    plugid="a1b2c3d4"
    styleType="2"
    bubbleColor="4790EE"
    bind:startmessage="startmessage"
    bind:completemessage="completemessage"
  />
  <view wx:else class="muted">请在微信中打开</view>
</view>
"""

HAND_JS = """const MESSAGES = {
  '-3002': '获取插件配置信息失败',
  '-3004': '用户信息授权失败',
  '-3005': '客服消息发送失败',
  '-3008': '该配置下没有客服人员'
}

Page({
  data: { showContact: true, agent: null },

  onLoad() {
    const info = wx.getSystemInfoSync()
    if (info.environment === 'wxwork') {
      this.setData({ showContact: false })
    }
  },

  startmessage(e) {},

  completemessage(e) {
    const { errcode, name, headurl } = e.detail
    if (errcode === 0) {
      wx.showToast({ title: '已发送', icon: 'success' })
      this.setData({ agent: { name, headurl } })
    } else if (errcode === -3006) {
      wx.showModal({ title: '提示', content: `${name} 已是您的好友`, showCancel: false })
    } else {
      wx.showModal({ title: '提示', content: MESSAGES[String(errcode)] || `联系失败（${errcode}）`, showCancel: false })
    }
  }
})
"""


@dataclass
class HandPage:
    app_root: Path
    base: Path  # the page without extension
    files: dict[str, str] = field(default_factory=dict)

    def write(self, **changes: tuple[str, str]) -> "HandPage":
        """Write the page, each ``ext=(old, new)`` replacing text in that file first."""
        for ext, text in self.files.items():
            if ext in changes:
                old, new = changes[ext]
                assert old in text, f"{old!r} not in the hand page's {ext}"
                text = text.replace(old, new)
            self.base.with_suffix(f".{ext}").write_text(text, encoding="utf-8")
        return self


def hand_page(root: Path, *, script: str = "js") -> HandPage:
    app_root = root / "miniprogram"
    base = app_root / "pages" / "contact" / "index"
    base.parent.mkdir(parents=True)
    js = HAND_JS
    if script == "ts":  # the same page with the annotations a TypeScript project has
        js = (js.replace("const MESSAGES = {", "const MESSAGES: Record<string, string> = {")
                .replace("startmessage(e) {}", "startmessage(e: WechatMiniprogram.CustomEvent) {}")
                .replace("completemessage(e) {",
                         "completemessage(e: { detail: { errcode: number; name?: string; headurl?: string } }) {"))
    return HandPage(app_root, base, {"json": HAND_JSON, "wxml": HAND_WXML, script: js, "wxss": ""}).write()


# ---- the harness, proven ---------------------------------------------------------------

def test_wcc_compiles_every_wxml_of_the_example(compile_wxml) -> None:
    files = sorted(EXAMPLE.rglob("*.wxml"))
    assert len(files) >= 5
    code, stderr = compile_wxml(files)
    assert code == 0, stderr


@pytest.mark.parametrize(("wxml", "line", "message"), [
    ("<view>\n  <text>hi</view>\n", r"2:\d+", "expect end-tag `text`"),
    # wcc points past the tag for an unquoted attribute: only the file and the message are sure
    ("<view>\n<view class=a>x</view>\n</view>\n", r"\d+:\d+", "unexpected character"),
    ("<view>\n\n  <text>{{ a + }}</text>\n</view>\n", r"3:\d+", "Bad value"),
], ids=["mismatched-end-tag", "unquoted-attribute", "broken-expression"])
def test_wcc_rejects_broken_wxml_with_its_location(compile_wxml, tmp_path: Path,
                                                   wxml: str, line: str, message: str) -> None:
    good = tmp_path / "good.wxml"
    good.write_text("<view>fine</view>\n", encoding="utf-8")
    broken = tmp_path / "broken.wxml"
    broken.write_text(wxml, encoding="utf-8")
    code, stderr = compile_wxml([good, broken])
    assert code != 0
    assert re.search(rf"{re.escape(str(broken))}:{line}: ", stderr), stderr
    assert message in stderr


def test_wcc_batches_find_an_error_in_the_last_batch(compile_wxml, tmp_path: Path) -> None:
    files = []
    for i in range(BATCH + 20):
        path = tmp_path / f"p{i}.wxml"
        path.write_text(f'<view class="p{i}">{{{{ n + {i} }}}}</view>\n', encoding="utf-8")
        files.append(path)
    assert compile_wxml(files) == (0, "")
    files[-1].write_text("<view>\n<text></view>\n", encoding="utf-8")
    code, stderr = compile_wxml(files)
    assert code != 0 and f"{files[-1]}:2:" in stderr, stderr


def test_script_checks_accept_good_and_reject_broken(node_tools: NodeTools, tmp_path: Path) -> None:
    for script in ("js", "ts"):
        page = hand_page(tmp_path / script, script=script)
        good = page.base.with_suffix(f".{script}")
        assert node_tools.check_script(good).returncode == 0, node_tools.check_script(good).stderr
        good.write_text(page.files[script].replace("startmessage(e", "startmessage(e,, "), encoding="utf-8")
        proc = node_tools.check_script(good)
        assert proc.returncode != 0 and str(good) in proc.stderr, proc.stderr


STRICT_PAGES = {
    "js": "Page({\n  data: { count: 0 },\n  onLoad() {\n    this.setData({ count: 1 })\n  },\n"
          "  onTap() {\n    wx.showToast({ title: String(this.data.count) })\n  }\n})\n",
    "ts": "interface IData {\n  count: number\n}\n\nPage<IData, WechatMiniprogram.Page.CustomOption>({\n"
          "  data: { count: 0 },\n  onLoad(query: Record<string, string | undefined>) {\n"
          "    this.setData({ count: Number(query.n || 0) })\n  },\n"
          "  onTap() {\n    wx.showToast({ title: String(this.data.count) })\n  }\n})\n",
}


STRICT_VARIANTS = {  # id: (script, change or None, the diagnostics expected)
    "js-clean": ("js", None, set()),
    "ts-clean": ("ts", None, set()),
    "js-unused-parameter": ("js", ("onTap() {", "onTap(e) {"), {"TS6133", "TS7006", "no-unused-vars"}),
    "ts-unused-parameter": ("ts", ("onTap() {", "onTap(e) {"),
                            {"TS6133", "TS7006", "@typescript-eslint/no-unused-vars"}),
    "js-environment-uncast": ("js", ("String(this.data.count)", "wx.getSystemInfoSync().environment"), {"TS2339"}),
    "ts-environment-uncast": ("ts", ("String(this.data.count)", "wx.getSystemInfoSync().environment"), {"TS2339"}),
    "js-undefined-global": ("js", ("wx.showToast", "my.showToast"), {"TS2304", "no-undef"}),
    "ts-unused-local": ("ts", ("onTap() {", "onTap() {\n    let unused = 1"),
                        {"TS6133", "@typescript-eslint/no-unused-vars", "prefer-const"}),
}


@pytest.fixture(scope="module")
def strict_variants(node_tools: NodeTools, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    """Every variant checked in one run (one TypeScript program): diagnostics by variant."""
    folder = tmp_path_factory.mktemp("strict")
    paths = {}
    for name, (script, change, _) in STRICT_VARIANTS.items():
        paths[name] = folder / f"{name}.{script}"
        text = STRICT_PAGES[script]
        paths[name].write_text(text.replace(*change) if change else text, encoding="utf-8")
    found = node_tools.check_types_and_lint(paths.values())
    return {name: [d for d in found if d["file"] == str(path)] for name, path in paths.items()}


@pytest.mark.parametrize("variant", list(STRICT_VARIANTS))
def test_type_check_and_lint_accept_strict_code_and_reject_the_rest(
        strict_variants: dict[str, list[dict[str, Any]]], variant: str) -> None:
    found = strict_variants[variant]
    assert {d["code"] for d in found} == STRICT_VARIANTS[variant][2], found
    assert all(d["line"] > 0 for d in found), found


def test_strict_json_rejects_what_json_loads_lets_through() -> None:
    assert strict_json('{"a": [1, 2.5, "x"]}') == {"a": [1, 2.5, "x"]}
    for text in ('{"a": 1, "a": 2}', '{"a": NaN}', '\ufeff{}', '{"a": 1,}', "{'a': 1}"):
        with pytest.raises((ValueError, AssertionError)):
            strict_json(text)


@pytest.mark.parametrize("script", ["js", "ts"])
def test_simulator_plays_every_errcode_on_a_hand_written_page(node_tools: NodeTools, tmp_path: Path,
                                                             script: str) -> None:
    page = hand_page(tmp_path, script=script)
    report = node_tools.simulate(page.base, page.app_root)
    assert reaction_problems(report) == []
    # WeChat's own property coercion reached the stub: "2" became the number 2
    assert report["cells"] == [{"data": {**report["cells"][0]["data"], "plugid": PLUGID, "styleType": 2,
                                         "bubbleColor": "4790EE"}, "visible": True}]
    assert [c["api"] for c in report["results"]["0"]["calls"]] == ["showToast"]
    assert "客服小李" in json.dumps(report["results"]["-3006"]["calls"], ensure_ascii=False)
    assert node_tools.simulate(page.base, page.app_root, "wxwork")["cells"] == []


@pytest.mark.parametrize(("changes", "expected"), [
    ({"js": ("completemessage(e) {", "completeMessage(e) {")},
     "no method of the page handled `completemessage`"),
    ({"wxml": ('bind:startmessage="startmessage"', 'bind:startmessage="onStart"')},
     "no method of the page handled `startmessage`"),
    ({"js": ("const { errcode, name, headurl } = e.detail", "const { errcode, name, headurl } = e.detail.x")},
     "TypeError"),
    ({"js": ("} else {\n      wx.showModal", "} else if (errcode in MESSAGES) {\n      wx.showModal")},
     "errcode -3007: the user sees nothing"),
    ({"js": ("MESSAGES[String(errcode)] || `联系失败（${errcode}）`", "MESSAGES[String(errcode)]")},
     "errcode -3010: wx.showModal has content: None"),
    ({"js": ("wx.showToast({", "wx.showSuccessToast({")}, "errcode 0: used wx APIs the stub does not know"),
    ({"js": ("if (errcode === 0) {", "if (errcode === 0) { await null;")}, "could not render"),
], ids=["handler-misnamed", "binding-misnamed", "handler-throws", "silent-errcode",
        "undefined-in-message", "unknown-api", "syntax-error"])
def test_simulator_catches_a_broken_page(node_tools: NodeTools, tmp_path: Path,
                                         changes: dict[str, tuple[str, str]], expected: str) -> None:
    page = hand_page(tmp_path).write(**changes)
    problems = reaction_problems(node_tools.simulate(page.base, page.app_root))
    assert any(expected in p for p in problems), problems


def test_simulator_fakes_each_wecom_signal_alone(node_tools: NodeTools, tmp_path: Path) -> None:
    page = hand_page(tmp_path)  # its onLoad reads getSystemInfoSync().environment only
    report = node_tools.simulate(page.base, page.app_root, errcodes=(), wecom_signals=WECOM_SIGNALS)
    assert [c["visible"] for c in report["cells"]] == [True]
    assert [c["visible"] for c in report["wecom"]["environment"]["cells"]] == []  # wx:if removed it
    assert [c["visible"] for c in report["wecom"]["qy"]["cells"]] == [True]  # wx.qy alone: not noticed
    page.write(js=("if (info.environment === 'wxwork') {", "if ('qy' in wx) {"))
    report = node_tools.simulate(page.base, page.app_root, errcodes=(), wecom_signals=WECOM_SIGNALS)
    assert [len(report["wecom"][s]["cells"]) for s in WECOM_SIGNALS] == [1, 0]
    assert node_tools.simulate(page.base, page.app_root, qy=True)["cells"] == []


def test_simulator_sees_a_cell_left_visible_in_wecom(node_tools: NodeTools, tmp_path: Path) -> None:
    page = hand_page(tmp_path).write(wxml=('wx:if="{{showContact}}"', 'wx:if="{{true}}"'))
    assert len(visible_cells(node_tools.simulate(page.base, page.app_root, "wxwork"))) == 1
    # `hidden` keeps the cell in the tree but out of sight: that counts as hidden
    page.write(wxml=('wx:if="{{showContact}}"', 'wx:if="{{true}}" hidden="{{!showContact}}"'))
    assert visible_cells(node_tools.simulate(page.base, page.app_root, "wxwork")) == []


# ---- add-page's output -----------------------------------------------------------------

@dataclass(frozen=True)
class Scenario:
    """One add-page invocation on the example, and what its cell must receive."""

    id: str
    route: str
    options: tuple[str, ...]
    props: dict[str, Any]
    new_page: bool = True
    typescript: bool = False
    files: dict[str, str] = field(default_factory=dict)  # an existing page to write first (app-root paths)
    strict: bool = False  # the existing page passes tsc --strict and ESLint before add-page touches it


def _service_page(script: str, ext: str) -> dict[str, str]:
    """An existing page at pages/service/index, written to pass tsc --strict and ESLint."""
    base = "pages/service/index"
    return {f"{base}.{ext}": script, f"{base}.wxml": '<view bindtap="onTap">服务</view>\n',
            f"{base}.json": '{\n  "usingComponents": {}\n}\n'}


COMPONENT_PAGES = {
    "js": "Component({\n  data: { count: 0 },\n  lifetimes: {\n    attached() {\n"
          "      this.setData({ count: 1 })\n    }\n  },\n  methods: {\n    onTap() {\n"
          "      this.setData({ count: this.data.count + 1 })\n    }\n  }\n})\n",
    "ts": "Component({\n  data: { ready: false },\n  methods: {\n    onTap() {\n"
          "      this.setData({ ready: !this.data.ready })\n    }\n  }\n})\n",
}

SCENARIOS = [
    Scenario("new-page", "pages/contact/index", ("--plugid", PLUGID), {"plugid": PLUGID}),
    Scenario("existing-subpackage-page", "packageService/pages/help/index", ("--plugid", PLUGID),
             {"plugid": PLUGID}, new_page=False),
    Scenario("button-options", "pages/contact/index",
             ("--plugid", PLUGID, "--style-type", "2", "--block-style", "button", "--button-text", "1",
              "--button-style", "light"),
             {"plugid": PLUGID, "styleType": 2, "blockStyle": "button", "buttonText": 1, "buttonStyle": "light"}),
    Scenario("bubble-options", "pages/contact/index",
             ("--plugid", PLUGID, "--style-type", "2", "--bubble-color", "4790EE"),
             {"plugid": PLUGID, "styleType": 2, "bubbleColor": "4790EE"}),
    Scenario("row-options", "pages/contact/index",
             ("--plugid", PLUGID, "--style-type", "1", "--avator-style", "rect", "--is-mask", "1",
              "--contact-text", "2"),
             {"plugid": PLUGID, "styleType": 1, "avatorStyle": "rect", "isMask": 1, "contactText": 2}),
    Scenario("plugid-expr", "pages/contact/index", ("--plugid-expr", "contactId"), {}),
    Scenario("custom-tag", "pages/contact/index", ("--plugid", PLUGID, "--tag", "contact-cell"),
             {"plugid": PLUGID}),
    Scenario("typescript", "pages/contact/index", ("--plugid", PLUGID), {"plugid": PLUGID}, typescript=True),
    Scenario("existing-page-plugid-expr", "packageService/pages/help/index", ("--plugid-expr", "contactId"),
             {}, new_page=False),
    Scenario("existing-js-page-own-onload", "pages/service/index", ("--plugid", PLUGID), {"plugid": PLUGID},
             new_page=False, files=_service_page(STRICT_PAGES["js"], "js"), strict=True),
    Scenario("existing-ts-page-own-onload", "pages/service/index", ("--plugid-expr", "contactId"), {},
             new_page=False, typescript=True, files=_service_page(STRICT_PAGES["ts"], "ts"), strict=True),
    Scenario("existing-component-page-attached", "pages/service/index", ("--plugid", PLUGID),
             {"plugid": PLUGID}, new_page=False, files=_service_page(COMPONENT_PAGES["js"], "js"), strict=True),
    Scenario("existing-ts-component-page", "pages/service/index", ("--plugid-expr", "contactId"), {},
             new_page=False, typescript=True, files=_service_page(COMPONENT_PAGES["ts"], "ts"), strict=True),
]


@dataclass(frozen=True)
class Added:
    scenario: Scenario
    app_root: Path
    base: Path  # the page without extension
    changed: list[Path]
    stderr: str = ""
    before: dict[Path, bytes] = field(default_factory=dict)

    def of(self, suffix: str) -> list[Path]:
        return [p for p in self.changed if p.suffix == suffix]

    def written_lines(self, path: Path) -> set[int] | None:
        """The 1-based lines add-page wrote in ``path``; None when it wrote the whole file."""
        old = self.before.get(path)
        if old is None:
            return None
        new_lines = path.read_text(encoding="utf-8").splitlines()
        matcher = difflib.SequenceMatcher(None, old.decode("utf-8").splitlines(), new_lines, autojunk=False)
        return {line + 1 for tag, _, _, start, end in matcher.get_opcodes() if tag != "equal"
                for line in range(start, end)}


def _make_typescript(project: Path) -> None:
    """The example as the devtools' TypeScript template would have it."""
    config_path = project / "project.config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config.setdefault("setting", {})["useCompilerPlugins"] = ["typescript"]
    config_path.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    app_js = project / "miniprogram" / "app.js"
    app_js.rename(app_js.with_suffix(".ts"))


def _add_page(scenario: Scenario, example: Path) -> Added:
    """Run ``wecontact add-page`` for ``scenario`` on a scratch copy of the example; what it wrote."""
    if scenario.typescript:
        _make_typescript(example)
    for rel, text in scenario.files.items():
        (example / "miniprogram" / rel).parent.mkdir(parents=True, exist_ok=True)
        (example / "miniprogram" / rel).write_text(text, encoding="utf-8")
    before = snapshot(example)
    result = run_cli("add-page", scenario.route, *scenario.options, "--project", example)
    assert result.exit_code == 0, f"exit {result.exit_code}\n{result.stdout}\n{result.stderr}"
    after = snapshot(example)
    changed = [example / rel for rel, data in after.items() if before.get(rel) != data]
    app_root = example / "miniprogram"
    return Added(scenario, app_root, app_root / scenario.route, changed, result.stderr,
                 {example / rel: data for rel, data in before.items()})


@pytest.fixture(params=SCENARIOS, ids=[s.id for s in SCENARIOS])
def added(request: pytest.FixtureRequest, example: Path) -> Added:
    """add-page's output for one scenario, on a scratch copy of the example."""
    return _add_page(request.param, example)


@pytest.fixture(scope="module")
def all_added(node_tools: NodeTools, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Added, list[dict[str, Any]]]]:
    """Every scenario's output, its scripts type-checked and linted in one run: by scenario id."""
    outputs = {}
    for scenario in SCENARIOS:
        root = tmp_path_factory.mktemp(scenario.id) / "shop"
        shutil.copytree(EXAMPLE, root)
        outputs[scenario.id] = _add_page(scenario, root)
    scripts = [p for out in outputs.values() for p in out.of(".js") + out.of(".ts")]
    found = node_tools.check_types_and_lint(scripts)
    return {key: (out, [d for d in found if Path(d["file"]) in out.changed]) for key, out in outputs.items()}


def test_added_wxml_compiles_with_wcc(added: Added, compile_wxml) -> None:
    wxml = added.of(".wxml")
    assert added.base.with_suffix(".wxml") in wxml, [str(p) for p in added.changed]
    code, stderr = compile_wxml(wxml)
    assert code == 0, stderr


def test_added_json_is_strict_and_wires_the_plugin(added: Added) -> None:
    documents = {p: strict_json(p.read_text(encoding="utf-8")) for p in added.of(".json")}
    page_json = documents.get(added.base.with_suffix(".json"))
    assert page_json is not None, "the page's .json was not written"
    cells = {tag: url for tag, url in page_json.get("usingComponents", {}).items()
             if re.fullmatch(r"plugin://[^/]+/cell", str(url))}
    assert len(cells) == 1, page_json
    alias = next(iter(cells.values())).split("/")[2]
    app = strict_json((added.app_root / "app.json").read_text(encoding="utf-8"))
    scopes = [app.get("plugins", {})] + [s.get("plugins", {}) for s in app.get("subPackages", [])]
    assert any(scope.get(alias, {}).get("provider") == PROVIDER for scope in scopes), app


def test_added_scripts_pass_a_syntax_check(added: Added, node_tools: NodeTools) -> None:
    scripts = added.of(".js") + added.of(".ts")
    expected = added.base.with_suffix(".ts" if added.scenario.typescript else ".js")
    assert expected in scripts, [str(p) for p in added.changed]
    for script in scripts:
        proc = node_tools.check_script(script)
        assert proc.returncode == 0, f"{script}:\n{proc.stderr}"


def test_added_page_reacts_to_every_errcode(added: Added, node_tools: NodeTools) -> None:
    report = node_tools.simulate(added.base, added.app_root)
    problems = reaction_problems(report)
    assert problems == [], "\n".join(problems)
    for cell in report["cells"]:
        assert cell["data"] | added.scenario.props == cell["data"], cell["data"]


def _cell_elements(added: Added) -> list[str]:
    """The start tags of the plugin's cell in the page's WXML, as written."""
    page_json = json.loads(added.base.with_suffix(".json").read_text(encoding="utf-8"))
    tags = [t for t, url in page_json.get("usingComponents", {}).items()
            if re.fullmatch(r"plugin://[^/]+/cell", str(url))]
    wxml = added.base.with_suffix(".wxml").read_text(encoding="utf-8")
    return [m.group(0) for t in tags for m in re.finditer(rf"<{re.escape(t)}(?=[\s/>])[^>]*>", wxml)]


def test_added_page_hides_the_button_inside_wecom(added: Added, node_tools: NodeTools) -> None:
    elements = _cell_elements(added)
    assert len(elements) == 1, elements
    assert "cannot be edited safely" not in added.stderr, added.stderr
    report = node_tools.simulate(added.base, added.app_root, errcodes=(), wecom_signals=WECOM_SIGNALS)
    assert len(visible_cells(report)) == 1, "the button is not shown in plain WeChat"
    # WeCom's two signals, each alone: the page must not rely on one of them only
    for signal in WECOM_SIGNALS:
        inside = report["wecom"][signal]
        assert inside["errors"] == [] and inside["console"] == [], inside
        assert not any(c["visible"] for c in inside["cells"]), \
            f"the button is still shown inside the WeCom client ({signal} alone)"


@pytest.mark.parametrize("scenario", [s.id for s in SCENARIOS])
def test_added_code_passes_strict_type_checks_and_lint(
        all_added: dict[str, tuple[Added, list[dict[str, Any]]]], scenario: str) -> None:
    """tsc --strict --noUnusedParameters --noUnusedLocals (typings) and ESLint's recommended rules
    accept every line add-page wrote; a page that was clean before is still clean as a whole."""
    added, found = all_added[scenario]
    assert added.of(".js") + added.of(".ts"), [str(p) for p in added.changed]
    problems = []
    for diagnostic in found:
        path = Path(diagnostic["file"])
        written = added.written_lines(path)
        if written is None or added.scenario.strict or diagnostic["line"] in written:
            problems.append(f"{path.name}:{diagnostic['line']}:{diagnostic['column']}: "
                            f"{diagnostic['code']} {diagnostic['message']}")
    assert problems == [], "\n".join(problems)
