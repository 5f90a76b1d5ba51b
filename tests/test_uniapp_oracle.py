"""uni-app's own compilers (Vue 3 and Vue 2) judge wecontact's reading of uni-app sources.

- spelling: every attribute spelling of a corpus is compiled on a plugin component with
  the real template compiler; the WXML it prints must hold exactly what
  ``frameworks.uniapp.spelling.reach`` says reaches WeChat (properties with their static
  values, events with catch/capture, nothing for dropped ones, a compile error when uni-app
  refuses the spelling).
- conditional compilation: pages.json variants resolved by uni-app's ``resolve-json.js``, and
  many texts run through uni-app's own preprocessor (Vue 3's ``preJs``/``preHtml``, Vue 2's
  loader), against ``blank_inactive`` read with ``jsontext.parse(jsonc=True)``.

The checkers live in tests/realcheckers (see its README) and are installed once per machine
by npmcache; under CI=true a missing checker fails the run.
"""

from __future__ import annotations

import ast
import html
import itertools
import json
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

import npmcache
from wecontact_cli.syntax import jsontext, wxml
from wecontact_cli.frameworks.uniapp.spelling import Reach, reach
from wecontact_cli.syntax.conditional import analyze, blank_inactive, platform
from wecontact_cli.syntax.vue import parse_template

CHECKERS = Path(__file__).resolve().parent / "realcheckers"
USING = json.dumps({"cell": "plugin://contactPlugin/cell"})


@pytest.fixture(scope="session")
def uni3() -> Path:
    return npmcache.installed(CHECKERS / "uni-vue3", "uni-vue3", subdir="realcheckers")


@pytest.fixture(scope="session")
def uni2() -> Path:
    return npmcache.installed(CHECKERS / "uni-vue2", "uni-vue2", npm_args=("--legacy-peer-deps",),
                              subdir="realcheckers")


def _prefix(vue: int, uni2: Path, uni3: Path) -> Path:
    return uni3 if vue == 3 else uni2


# -- spelling ---------------------------------------------------------------------------------

SPELLINGS = [
    # the rows of frameworks.md's table
    'plugid="abc"', 'styleType="2"', ':styleType="2"', 'style-type="2"', ':style-type="n"', 'styletype="2"',
    'plugId="x"', 'plug-id="x"', '@completemessage="done"', 'v-on:completemessage="done"',
    '@completemessage.stop="done"', '@complete-message="done"', '@completeMessage="done"',
    '@startmessage="onStart"', '@start-message="onStart"', '@startMessage="onStart"',
    'bind:completemessage="done"', 'v-bind="obj"', 'isMask', ':styleType="\'2\'"',
    # values
    ':styleType="2.5"', ':styleType="-1"', ':styleType="+2"', ':styleType=".5"', ':styleType="0x10"',
    ':styleType="1e2"', ':styleType=\'"2"\'', ':styleType="`2`"', ':styleType="n"', ':styleType="true"',
    ':isMask="false"', ':styleType="null"', ':styleType="undefined"', ':styleType="  2  "', ':styleType="2n"',
    ':styleType="1_000"', ':isMask="!0"', ':plugid="`a${b}`"', 'styleType=2', ':styleType=2',
    'plugid="a&amp;b"', 'plugid=""', 'PLUGID="x"', 'v-bind:styleType="2"', ':styleType', ':styleType=""',
    'plugid="{{x}}"', 'plugid=\'a"b\'', 'plugid="a\'b"', ':plugid="\'a&quot;b\'"', ':plugid=\'c ? "a" : "b"\'',
    # names and modifiers
    ':x.camel="1"', ':style-type.camel="1"', ':x-y.prop="1"', ':x-y.attr="1"', '.x-y="1"',
    ':sync-attr.sync="v"', 'v-bind:styleType.sync="v"', ':[dyn]="1"', 'v-bind:[x].camel="1"',
    # events
    '@completemessage.prevent="done"', '@completemessage.once="done"', '@completemessage.self="done"',
    '@completemessage.native="done"', '@completemessage.capture="done"', '@completemessage.stop.capture="done"',
    'v-on:completemessage.stop.prevent="done"', '@COMPLETEMESSAGE="done"', '@start-message.stop="done"',
    '@complete_message="done"', '@complete-message-="done"', '@update:style-type="done"',
    '@complete-message.native="done"', '@click="done"', '@click.native="done"', 'v-on:complete-message="done"',
    '@completemessage="done($event)"', '@completemessage="(e) => done(e)"', '@completemessage="function (e) { done(e) }"',
    '@completemessage=""', '@completemessage', 'v-on="{ completemessage: done }"', '@[evt]="done"',
    'bindcompletemessage="done"', 'catch:completemessage="done"', 'catchcompletemessage="done"',
    'capture-bind:completemessage="done"',
    # v-model, control and the rest
    'v-model="m"', 'v-model:styleType="m"', 'v-model:style-type="m"', 'v-if="ok"', 'v-show="ok"', 'key="k"',
    'ref="r"', 'class="c"', 'id="i"', 'data-x="1"', ':data-x="1"', 'slot="s"', 'v-slot:default', '#default',
    'v-html="h"', 'v-text="h"', 'v-once', 'v-custom="1"',
]
# What a framework adds to every element, and what control directives turn into.
FRAMEWORK = {3: {"u-t", "u-i", "wx:if"}, 2: {"vue-id", "data-com-type", "bind:__l", "data-event-opts", "vue-slots"}}
CONTROL_OUTPUT = {"wx:if", "data-custom-hidden", "key", "ref", "class", "data-ref", "slot", "vue-slots"}
_EVENT = re.compile(r"(capture-)?(bind|catch):?(.+)")


@dataclass(frozen=True)
class Seen:
    """One thing the compiled WXML shows for a cell."""

    kind: str  # property | event | none
    name: str
    static: bool | None = None  # property: True for text or a literal, None when a generated name
    value: object = None
    bound: bool = False
    catch: bool = False
    capture: bool = False


def _attribute(spelling: str):
    text = f"<cell {spelling}></cell>"
    element = next(parse_template(text).iter_elements())
    assert len(element.attributes) == 1, spelling
    return element.attributes[0]


def _wxml_literal(expression: str) -> tuple[bool, object]:
    """The value of a literal inside `{{ }}` as WeChat reads it (independent of spelling.py)."""
    text = expression.strip()
    if text in ("undefined", "null"):
        return True, None
    if text in ("true", "false"):
        return True, text == "true"
    if "_" in text or text.endswith("n"):
        return False, None
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return False, None
    return (True, value) if isinstance(value, (int, float, str)) and not isinstance(value, bool) else (False, None)


def _seen(cell: wxml.Element, vue: int) -> set[Seen]:
    """What the compiled cell shows, framework attributes left out."""
    seen: set[Seen] = set()
    for attribute in cell.attributes:
        name, value = attribute.name, attribute.value
        if name in FRAMEWORK[vue]:
            continue
        event = _EVENT.fullmatch(name)
        generated = value is not None and (value == "__e" if vue == 2 else value.startswith("{{"))
        if event and generated:
            seen.add(Seen("event", event[3], catch=event[2] == "catch", capture=bool(event[1])))
        elif event:
            seen.add(Seen("none", name))
        elif value is None:
            seen.add(Seen("property", name, True, True))  # WXML reads a bare attribute as true
        elif value.startswith("{{") and value.endswith("}}"):
            static, literal = _wxml_literal(value[2:-2])
            seen.add(Seen("property", name, True if static else None, literal, bound=True))
        else:
            seen.add(Seen("property", name, True, html.unescape(value)))
    return seen


def _matches(expected: Reach, seen: Seen) -> bool:
    """Whether a compiled fact is what ``expected`` says reaches WeChat."""
    if (expected.kind, expected.name) != (seen.kind, seen.name):
        return False
    if seen.kind == "event":
        return (expected.catch, expected.capture) == (seen.catch, seen.capture)
    if seen.kind == "none":
        return True
    if seen.static is None:  # `{{a}}`: a generated name, the value cannot be observed
        return expected.bound
    return expected.static and expected.bound == seen.bound and _same(expected.value, seen.value)


def _same(a: object, b: object) -> bool:
    """Equal values of the same JavaScript type (2 and 2.0 are one number; "2" is not 2)."""
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (a, b))
    return a == b and (numbers or type(a) is type(b))


def _refused(reaches: tuple[Reach, ...], vue: int) -> bool:
    """uni-app stops with an error (Vue 2 drops a custom directive silently)."""
    silent = ("breaks-wxml", "custom-directive") if vue == 2 else ("breaks-wxml",)
    return any(r.kind == "dropped" and r.reason not in silent for r in reaches)


def _breaks(reaches: tuple[Reach, ...]) -> bool:
    """uni-app writes WXML that wcc rejects (checked with wecontact's wcc-faithful parser)."""
    return any(r.reason == "breaks-wxml" for r in reaches)


def _compile(prefix: Path, vue: int, markup: str, tmp: Path, name: str) -> tuple[int, str]:
    source = tmp / f"{name}.vue.txt"
    source.write_text(markup, encoding="utf-8")
    proc = npmcache.run_node(CHECKERS / f"uni-vue{vue}" / "compile-template.js", "pages/index/index", str(source),
                             USING, prefix=prefix)
    return proc.returncode, proc.stdout if proc.returncode == 0 else proc.stderr + proc.stdout


def _check_spelling(expected: tuple[Reach, ...], cell: wxml.Element, vue: int, spelling: str) -> list[str]:
    """Differences between what spelling.py says and what the compiled cell holds."""
    seen = _seen(cell, vue)
    problems = []
    for item in expected:
        if item.kind in ("property", "event", "none"):
            hit = [s for s in seen if _matches(item, s)]
            if not hit:
                problems.append(f"Vue {vue} {spelling!r}: expected {item}, compiled {sorted(map(str, seen))}")
            seen -= set(hit[:1])
    control = any(r.kind == "control" for r in expected)
    extra = [s for s in seen if not (control and s.kind == "property" and s.name in CONTROL_OUTPUT)]
    if extra:
        problems.append(f"Vue {vue} {spelling!r}: the compiler also wrote {extra} (spelling.py: {expected})")
    return problems


@pytest.mark.parametrize("vue", [3, 2])
def test_every_spelling_reaches_wechat_as_spelling_py_says(vue: int, uni2: Path, uni3: Path, tmp_path: Path) -> None:
    prefix = _prefix(vue, uni2, uni3)
    answers = {s: reach(_attribute(s), vue) for s in SPELLINGS}
    accepted = [s for s in SPELLINGS if not _refused(answers[s], vue) and not _breaks(answers[s])]
    refused = [s for s in SPELLINGS if _refused(answers[s], vue) or _breaks(answers[s])]
    markup = "<view>\n" + "\n".join(f"<cell {s}></cell>" for s in accepted) + "\n</view>\n"
    code, output = _compile(prefix, vue, markup, tmp_path, "batch")
    if code != 0:  # name the spelling the compiler refused
        culprits = [s for s in accepted if _compile(prefix, vue, f"<cell {s}></cell>", tmp_path, "one")[0] != 0]
        pytest.fail(f"Vue {vue} refused spellings that spelling.py accepts: {culprits}\n{output}")
    cells = [e for e in wxml.parse_wxml(output).iter_elements() if e.tag == "cell"]
    assert len(cells) == len(accepted), output
    problems = [p for s, cell in zip(accepted, cells) for p in _check_spelling(answers[s], cell, vue, s)]
    with ThreadPoolExecutor(max_workers=3) as pool:
        codes = list(pool.map(lambda s: _compile(prefix, vue, f"<cell {s}></cell>", tmp_path, f"r{refused.index(s)}"),
                              refused))
    for s, (code, output) in zip(refused, codes):
        if _breaks(answers[s]) and (code != 0 or not wxml.parse_wxml(output).problems):
            problems.append(f"Vue {vue} {s!r}: expected WXML that wcc rejects, got (exit {code}) {output}")
        elif not _breaks(answers[s]) and code == 0:
            problems.append(f"Vue {vue} compiled {s!r}, which spelling.py says is refused ({answers[s]})")
    assert problems == []


def test_the_corpus_covers_every_kind_and_both_versions_differ_where_the_table_says() -> None:
    answers = {(s, v): reach(_attribute(s), v) for s in SPELLINGS for v in (2, 3)}
    kinds = {r.kind for rs in answers.values() for r in rs}
    assert kinds == {"property", "event", "none", "dropped", "control"}
    # Vue 2 writes a string literal as plain text; Vue 3 binds it.
    assert answers[(':styleType="\'2\'"', 2)] == (Reach("property", "styleType", True, "2"),)
    assert answers[(':styleType="\'2\'"', 3)] == (Reach("property", "styleType", True, "2", bound=True),)
    assert answers[("@completemessage.prevent=\"done\"", 3)][0].catch
    assert not answers[("@completemessage.prevent=\"done\"", 2)][0].catch


# -- conditional compilation ------------------------------------------------------------------

CONDITIONS = ["MP-WEIXIN", "H5", "MP", "APP-PLUS", "VUE3", "VUE2", "H5 || MP-WEIXIN", "MP-WEIXIN && VUE3",
              "!H5", "mp-weixin", "MP-ALIPAY || APP", "MP_WEIXIN", "H5 || FOO", "FOO || MP-WEIXIN", "(H5)",
              "APP-PLUS || H5 || MP-ALIPAY"]
FORMS = [("// #{kind} {cond}\n", "// #else\n", "// #endif\n"),
         ("/* #{kind} {cond} */\n", "/* #else */\n", "/* #endif */\n"),
         ("    /*  #{kind}  {cond}  */ ", " /* #else */ ", " /* #endif */\n")]
HTML_FORMS = [("<!-- #{kind} {cond} -->\n", "<!-- #else -->\n", "<!-- #endif -->\n"),
              ("  <!--  #{kind}  {cond}  -->", "<!-- #else -->", "<!-- #endif -->\n")]


def _item(path: str) -> str:
    return f'    {{"path": "{path}"}},\n'


def _region(form: tuple[str, str, str], kind: str, cond: str, then: str, other: str | None) -> str:
    opener, middle, closer = form
    text = opener.format(kind=kind, cond=cond) + then
    return text + (middle + other if other is not None else "") + closer


def _json_variants() -> list[str]:
    """pages.json-like texts: every branch holds whole items, so any choice of branches is JSON."""
    texts = []
    for n, (cond, form, kind, with_else) in enumerate(itertools.product(
            CONDITIONS, FORMS, ("ifdef", "ifndef"), (False, True))):
        region = _region(form, kind, cond, _item(f"a{n}"), _item(f"b{n}") if with_else else None)
        texts.append('{\n  "pages": [\n' + _item("first") + region + '    {"path": "last"}\n  ]\n}\n')
    nested = _region(FORMS[0], "ifdef", "MP", _item("mp") + _region(FORMS[1], "ifndef", "MP-WEIXIN", _item("x"),
                                                                          _item("wx")) + _item("mp2"), _item("web"))
    quirks = [
        nested,
        _region(FORMS[0], "IFDEF", "H5", _item("upper"), None),  # upper-case directive: pass skipped
        _region(FORMS[0], "ifdef", "H5", _item("open"), None)[:-len("// #endif\n")],  # unbalanced
        "// #endif\n" + _item("orphan"),
        _region(FORMS[0], "ifdef", "H5 MP", _item("bad"), None),  # not an expression
        _region(FORMS[0], "ifdef", "H5", _item("h5") + "    // #elif MP-WEIXIN\n" + _item("elif"), None),
        _region(FORMS[0], "ifdef", "MP-WEIXIN", _item("one") + "    // #else\n" + _item("two") + "    // #else\n"
                + _item("three"), None),
        _region(FORMS[0], "ifdef", "MP-WEIXIN // note", _item("comment"), None),
    ]
    texts += ['{\n  "pages": [\n' + q + '    {"path": "last"}\n  ]\n}\n' for q in quirks]
    texts.append(texts[5].replace("\n", "\r\n"))
    return texts


def _html_variants() -> list[str]:
    texts = []
    for cond, form, kind in itertools.product(CONDITIONS[:8], HTML_FORMS, ("ifdef", "ifndef")):
        inner = _region(FORMS[0], "ifdef", "VUE3", "const a = 1\n", "const a = 2\n")
        body = _region(form, kind, cond, '<cell plugid="x" />\n', "<view>other</view>\n")
        texts.append(f"<template>\n  <view>\n{body}  </view>\n</template>\n<script>\n{inner}</script>\n")
    return texts


PRE_DRIVER = {
    3: """
const shared = require('@dcloudio/uni-cli-shared')
const { parse } = require('jsonc-parser')
process.env.UNI_PLATFORM = 'mp-weixin'
shared.initPreContext('mp-weixin', {}, 'mp-weixin', false)
const input = JSON.parse(require('fs').readFileSync(0, 'utf8'))
console.error = console.log = console.warn = () => {}
const out = input.texts.map((text) => {
  const done = input.html ? shared.preJs(shared.preHtml(text, 'x.vue'), 'x.vue') : shared.preJs(text, 'pages.json')
  return { text: done, value: input.html ? null : parse(done) }
})
process.stdout.write(JSON.stringify(out))
""",
    2: """
const pre = require('@dcloudio/vue-cli-plugin-uni/packages/webpack-preprocess-loader/preprocess')
const init = require('@dcloudio/uni-cli-shared/lib/preprocess')
const strip = require('strip-json-comments')
const platforms = ['app-plus', 'h5', 'mp-weixin', 'mp-qq', 'mp-alipay', 'mp-baidu', 'mp-toutiao', 'mp-lark',
  'mp-kuaishou', 'mp-jd', 'mp-360', 'mp-xhs', 'quickapp-webview', 'quickapp-webview-huawei', 'quickapp-webview-union']
const context = init('mp-weixin', platforms, {}).vueContext
const input = JSON.parse(require('fs').readFileSync(0, 'utf8'))
const run = (text, type) => { try { return pre.preprocess(text, context, { type }) } catch (e) { return text } }
const out = input.texts.map((text) => {
  const done = input.html ? run(run(text, 'html'), 'js') : run(text, 'js')
  let value = null
  if (!input.html) { try { value = JSON.parse(strip(done)) } catch (e) { value = 'ERROR' } }
  return { text: done, value }
})
process.stdout.write(JSON.stringify(out))
""",
}


def _preprocess(prefix: Path, vue: int, texts: list[str], html_mode: bool, tmp: Path) -> list[dict]:
    script = tmp / f"pre{vue}.js"
    script.write_text(PRE_DRIVER[vue], encoding="utf-8")
    proc = npmcache.run_node(script, prefix=prefix, stdin=json.dumps({"texts": texts, "html": html_mode}))
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("vue", [3, 2])
def test_blank_inactive_keeps_exactly_what_uni_apps_preprocessor_keeps_in_pages_json(
        vue: int, uni2: Path, uni3: Path, tmp_path: Path) -> None:
    texts = _json_variants()
    results = _preprocess(_prefix(vue, uni2, uni3), vue, texts, False, tmp_path)
    build = platform("mp-weixin", vue, closed=True)  # the test's build defines no user macro
    problems = []
    for text, result in zip(texts, results):
        mine = blank_inactive(text, analyze(text, build))
        assert len(mine) == len(text) and [i for i, c in enumerate(mine) if c in "\r\n"] == \
            [i for i, c in enumerate(text) if c in "\r\n"]
        if _squeeze(mine) != _squeeze(result["text"]):
            problems.append(f"Vue {vue}:\n{text}\nuni-app kept:\n{result['text']}\nwecontact kept:\n{mine}")
        elif result["value"] != "ERROR" and jsontext.parse(mine, jsonc=True).to_python() != result["value"]:
            problems.append(f"Vue {vue}: values differ for\n{text}")
    assert problems == []


@pytest.mark.parametrize("vue", [3, 2])
def test_blank_inactive_keeps_exactly_what_uni_apps_preprocessor_keeps_in_a_vue_file(
        vue: int, uni2: Path, uni3: Path, tmp_path: Path) -> None:
    texts = _html_variants()
    results = _preprocess(_prefix(vue, uni2, uni3), vue, texts, True, tmp_path)
    build = platform("mp-weixin", vue, closed=True)
    problems = [text for text, result in zip(texts, results)
                if _squeeze(blank_inactive(text, analyze(text, build, ("html", "js")))) != _squeeze(result["text"])]
    assert problems == []


PAGES_JSON = [
    """{
  "pages": [
    // #ifdef MP-WEIXIN
    {"path": "pages/wx/wx"},
    // #endif
    /* #ifdef H5 || APP-PLUS */
    {"path": "pages/web/web"},
    /* #endif */
    {"path": "pages/index/index"}
  ],
  "globalStyle": {
    // #ifndef MP-WEIXIN
    "navigationBarTitleText": "other",
    // #endif
    // #ifdef MP-WEIXIN
    "navigationBarTitleText": "weixin",
    // #endif
    "navigationBarTextStyle": "black"
  }
}
""",
    """{
  "pages": [
    {"path": "pages/index/index"},
    // #ifdef H5
    {"path": "pages/h5/h5"},
    // #else
    {"path": "pages/mp/mp"},
    // #endif
  ],
  "subPackages": [
    // #ifdef MP
    {"root": "contact", "pages": [{"path": "index"}]},
    // #endif
    {"root": "shop", "pages": [
      // #ifndef VUE2
      {"path": "cart"},
      // #endif
      {"path": "list"}
    ]}
  ]
}
""",
]


def test_pages_json_read_through_blank_inactive_matches_uni_apps_resolver(uni3: Path, tmp_path: Path) -> None:
    for n, text in enumerate(PAGES_JSON):
        root = tmp_path / f"p{n}"
        root.mkdir()
        (root / "pages.json").write_text(text, encoding="utf-8")
        (root / "manifest.json").write_text("{}", encoding="utf-8")
        proc = npmcache.run_node(CHECKERS / "uni-vue3" / "resolve-json.js", str(root), prefix=uni3)
        assert proc.returncode == 0, proc.stderr
        app = json.loads(proc.stdout)["app"]
        mine = jsontext.parse(blank_inactive(text, analyze(text, platform("mp-weixin", 3))), jsonc=True).to_python()
        assert app["pages"] == [p["path"] for p in mine["pages"]]
        assert app.get("window", {}).get("navigationBarTitleText") == mine.get("globalStyle", {}).get(
            "navigationBarTitleText")
        subpackages = [{"root": s["root"], "pages": [p["path"] for p in s["pages"]]} for s in mine.get("subPackages", [])]
        assert [{"root": s["root"], "pages": s["pages"]} for s in app.get("subPackages", [])] == subpackages
