"""A plain Taro config module is read without tree-sitter (frameworks/taro/literal_config.py): the
tree it gives must be the very tree ``jsconfig.read_config`` builds, and whatever it accepts
must parse; what it cannot vouch for it leaves to the parser."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

from wecontact_cli.frameworks.taro import config as cfg
from wecontact_cli.frameworks.taro.literal_config import read_plain
from wecontact_cli.syntax.jsconfig import JsNode, read_config
from wecontact_cli.syntax.jsontext import JsonNode

from tests.conftest import run_cli


def shape(node: JsonNode) -> Any:
    """Everything a JsNode holds, as plain data (value types included: 1 is not 1.0)."""
    extra = (node.written, [(u.reason, u.start, u.end) for u in node.unknown]) if isinstance(node, JsNode) else None
    return (type(node).__name__, node.kind, node.start, node.end, type(node.value).__name__, node.value, extra,
            node.trailing_comma, [(m.key, m.key_start, m.key_end, shape(m.value)) for m in node.members],
            [shape(i) for i in node.items], [(m.key, m.key_start) for m in node.duplicates])


def agrees(text: str, filename: str) -> bool:
    """Whether the plain reader's answer (if any) is the parser's; True when it gave one."""
    plain = read_plain(text)
    if plain is None:
        return False
    full = read_config(text, filename, env=cfg.WEAPP)
    assert full.syntax_ok, text
    assert full.root is not None, text
    assert shape(plain) == shape(full.root), text
    return True


def mostly(plain: list[str], odd: list[str]) -> list[str]:
    """Choices that are mostly in the plain shape (so that most modules are read by it), with
    the odd ones in between (so that its edges are met)."""
    return plain * 6 + odd


KEYS = mostly(["navigationBarTitleText", "usingComponents", "cell", "plugins", "pages", "root", "a_b", "$x", "x1",
               "wecom-contact", "键", "a'b", 'a"b', "", "a b", "if"],
              ["get", "default", "constructor", "a\\b", "1", "class", "of"])
STRINGS = mostly(["常见问题", "plugin://contactPlugin/cell", "", "it's", 'say "hi"', "😀", "/* not a comment */",
                  "// nor this", "${x}", "a, b: {c}"], ["a\\nb", "x\u2028y", "`t`", "line\nbreak"])
NUMBERS = mostly(["0", "1", "-1", "1.5", "-0", "10", "9" * 30, "-0.25"],
                 ["0x10", "1e3", "01", ".5", "1.", "- 1", "+1", "1_000", "1n", "-", "1.2.3"])
OTHERS = mostly(["true", "false", "null"], ["undefined", "custom", "process.env.TARO_ENV", "`x`", "[,1]", "{...a}",
                                            "fn()", "{ [k]: 1 }", "{ a }", "{ m() {} }", "truex", "(1)"])
BLANKS = mostly(["", " ", "\n", "  ", "\t", "\r\n", " // note\n", " /* c */ ", "\n// wecontact-disable-next-line\n"],
                ["\u00a0", "\r", " /* a */ */", "\u2028", "// x", "<!-- x -->\n"])
WRAPS = mostly(["export default definePageConfig({})", "export default defineAppConfig({})", "export default {}",
                "export  default  definePageConfig( {} ) ;", "export default {};"],
               ["export default definePageConfig({},)", "export default definePageConfig<X>({})",
                "module.exports = {}", "export default foo({})", "const c = {}\nexport default c",
                "export default ({})", "export default definePageConfig({})\nexport const x = 1",
                "import x from 'y'\nexport default {}", "export default {};;", "export default {}\n}",
                "export default definePageConfig({}, {})", "export default []", "export default defineConfig({})"])
ENDS = mostly(["", ";", "\n", ";\n", " // end\n"], [";;", "\nx", "\n)"])
QUOTES = mostly(["'", '"'], ["`"])


@st.composite
def quoted(draw: st.DrawFn, value: str) -> str:
    quote = draw(st.sampled_from(QUOTES))
    return f"{quote}{value}{quote}"


def values(depth: int) -> st.SearchStrategy[str]:
    scalars = st.one_of(st.sampled_from(STRINGS).flatmap(quoted), st.sampled_from(NUMBERS),
                        st.sampled_from(OTHERS))
    if depth >= 3:
        return scalars
    return st.one_of(scalars, objects(depth + 1), arrays(depth + 1))


@st.composite
def objects(draw: st.DrawFn, depth: int = 0) -> str:
    members = []
    for _ in range(draw(st.integers(0, 4))):
        key = draw(st.sampled_from(KEYS))
        written = key if draw(st.booleans()) else draw(quoted(key))
        members.append(f"{draw(st.sampled_from(BLANKS))}{written}{draw(st.sampled_from(['', ' ']))}:"
                       f"{draw(st.sampled_from(BLANKS))}{draw(values(depth))}")
    comma = draw(st.sampled_from(mostly(["", ","], [",,"]))) if members else ""
    return "{" + ",".join(members) + comma + draw(st.sampled_from(BLANKS)) + "}"


@st.composite
def arrays(draw: st.DrawFn, depth: int = 0) -> str:
    items = [draw(st.sampled_from(BLANKS)) + draw(values(depth)) for _ in range(draw(st.integers(0, 3)))]
    comma = draw(st.sampled_from(mostly(["", ","], [",,"]))) if items else ""
    return "[" + ",".join(items) + comma + "]"


@st.composite
def modules(draw: st.DrawFn) -> str:
    wrap = draw(st.sampled_from(WRAPS))
    body = draw(objects())
    text = wrap.replace("{}", body, 1)
    return draw(st.sampled_from(BLANKS)) + text + draw(st.sampled_from(ENDS))


@settings(max_examples=600, deadline=None)
@given(modules(), st.sampled_from(["index.config.ts", "app.config.js"]))
def test_plain_reader_builds_the_parsers_tree(text: str, filename: str) -> None:
    agrees(text, filename)


@settings(max_examples=300, deadline=None)
@given(modules(), st.integers(0, 400), st.sampled_from(["{", "}", "[", "]", ",", ":", "'", '"', "\\", "/", "*",
                                                         "-", ".", "a", "1", " ", "\n", "(", ")", ";", "export"]))
def test_plain_reader_on_broken_modules(text: str, at: int, inserted: str) -> None:
    position = at % (len(text) + 1)
    agrees(text[:position] + inserted + text[position:], "index.config.ts")


@pytest.mark.parametrize("gap", ["\n", "\r\n", " // note\n", "\u2028", " /*\n*/ ", " ", " /* note */ "])
def test_a_line_break_between_export_and_default_is_left_to_the_parser(gap: str) -> None:
    """tree-sitter's grammar rejects `export` and `default` on two lines (hypothesis found the
    plain reader accepting it): the reader gives no tree, or the parser's, never another."""
    text = f"export{gap}default definePageConfig({{ navigationBarTitleText: 'a' }});"
    plain = agrees(text, "index.config.ts")
    assert plain == (not any(c in gap for c in "\n\r\u2028"))


def test_the_usual_page_config_is_read_without_the_parser() -> None:
    text = ("export default definePageConfig({\n  navigationBarTitleText: '常见问题',\n  usingComponents: {\n"
            "    cell: 'plugin://contactPlugin/cell',\n  },\n})\n")
    assert agrees(text, "index.config.ts")
    assert agrees('export default {\n  "pages": ["pages/index/index"],\n  "window": {"x": -1.5, "y": true}\n};\n',
                  "app.config.js")


def test_lint_reads_plain_configs_as_the_parser_does(tmp_path: Any, monkeypatch: Any) -> None:
    """Through the CLI: a project whose plain configs misplace the plugin, register the cell under
    a wrong URL and under a tag the page never renders lints the same, byte for byte, with the
    plain reader as with the parser alone."""
    src = tmp_path / "src"
    (src / "pages" / "index").mkdir(parents=True)
    (tmp_path / "package.json").write_text('{"dependencies": {"@tarojs/taro": "4.0.0", "react": "18.0.0"}}\n')
    (src / "app.config.ts").write_text(
        "export default defineAppConfig({\n  pages: ['pages/index/index'],\n  plugins: {\n    contactPlugin: {\n"
        "      version: '1.0.0',\n      provider: 'wx104a1a20c3f81ec2',\n    },\n  },\n})\n")
    page_config = src / "pages" / "index" / "index.config.ts"
    page_config.write_text(
        "export default definePageConfig({\n  usingComponents: {\n    cell: 'plugin://contactPlugin/cel',\n"
        "    other: 'plugin://contactPlugin/cell',\n  },\n  plugins: { p: { provider: 'wx1', version: '1' } },\n})\n")
    (src / "pages" / "index" / "index.tsx").write_text(
        "export default function Index() {\n  return <cell plugid='x' styleType={9} />\n}\n")
    assert read_plain(page_config.read_text()) is not None
    assert read_plain((src / "app.config.ts").read_text()) is not None
    plain = run_cli("lint", tmp_path, "-f", "json", "--exit-zero")
    monkeypatch.setattr(cfg, "read_plain", lambda text: None)
    parsed = run_cli("lint", tmp_path, "-f", "json", "--exit-zero")
    assert plain.exit_code == parsed.exit_code == 0, plain.output
    assert "index.config.ts" in plain.stdout  # the page config's findings are there to compare
    assert plain.stdout == parsed.stdout
