"""A page config of the narrowest plain shape is proved to parse by one pattern match instead of a
tree-sitter parse: the match never accepts a module the parser rejects (in TypeScript or in
JavaScript), and it does accept the page configs Taro projects write."""

from __future__ import annotations

import tempfile
from pathlib import Path
from unittest import mock

from hypothesis import given, settings, strategies as st

from wecontact_cli.frameworks.taro import config as cfg
from wecontact_cli.frameworks.taro.literal_config import _KEYWORD_LIKE, flat_and_valid
from wecontact_cli.syntax.jscommon import Parsed

KEYS = ["navigationBarTitleText", "enablePullDownRefresh", "a", "$x", "_y", "if", "default", "class", "get", "type",
        "'quoted key'", '"商品"', "'a-b'", "''", "k1"]
VALUES = ["'会员中心'", '"x"', "''", "true", "false", "null", "0", "12", "-3", "1.5", "-0.25", "'😀'", "'a b'"]
BLANKS = ["", " ", "  ", "\n", "\r\n", "\t", "\n  "]
NOISE = ["", " ", "\n", ",", ",,", ":", "{", "}", "(", ")", ";", "'", '"', "\\", "\\n", "`", "/", "//", "/*", "*/",
         "\u2028", "\u00a0", "\ufeff", "\v", "\f", "0", "01", "1.", ".5", "1e3", "0x1", "-", "+", "--", "a", "é", "商",
         "export", "default", "definePageConfig", "undefined", "...", "[", "]", "=", "?", "\x00", "\ud800"]


@st.composite
def flat_configs(draw: st.DrawFn) -> str:
    """A page config of the plain shape, laid out and punctuated in any way Taro's users write."""
    pairs = draw(st.lists(st.tuples(st.sampled_from(KEYS), st.sampled_from(VALUES)), max_size=4))
    blank = lambda: draw(st.sampled_from(BLANKS))  # noqa: E731 - a fresh draw each time
    body = ",".join(f"{blank()}{key}{blank()}:{blank()}{value}{blank()}" for key, value in pairs)
    if pairs and draw(st.booleans()):
        body += "," + blank()
    obj = "{" + blank() + body + "}"
    call = draw(st.booleans())
    exported = f"definePageConfig{blank()}({blank()}{obj}{blank()})" if call else obj
    return f"{blank()}export default {exported}{blank()}{draw(st.sampled_from(['', ';']))}{blank()}"


def parses(text: str) -> bool:
    return Parsed(text, "typescript").ok and Parsed(text, "javascript").ok


@settings(max_examples=500, deadline=None)
@given(flat_configs())
def test_the_plain_shape_is_accepted_and_parses(text: str) -> None:
    assert flat_and_valid(text)
    assert parses(text)


@settings(max_examples=1500, deadline=None)
@given(flat_configs(), st.lists(st.tuples(st.integers(0, 500), st.integers(0, 3), st.sampled_from(NOISE)),
                                min_size=1, max_size=3))
def test_a_mutated_config_is_accepted_only_when_it_parses(text: str, edits: list[tuple[int, int, str]]) -> None:
    for at, removed, inserted in edits:
        at %= len(text) + 1
        text = text[:at] + inserted + text[at + removed:]
    if flat_and_valid(text):
        assert parses(text), text


def test_every_reserved_or_contextual_word_is_a_key_the_parser_takes() -> None:
    for word in sorted(_KEYWORD_LIKE | {"true", "false", "null", "undefined", "enum", "interface"}):
        text = f"export default definePageConfig({{\n  {word}: 1,\n  b: '{word}',\n}})\n"
        assert flat_and_valid(text) and parses(text), word


def test_what_the_pattern_leaves_to_the_parser() -> None:
    for text in ("export default { a: 1 })", "export default definePageConfig({ a: 1 }", "export default {,}",
                 "export default { a: 1 b: 2 }", "export default { a: 'x\\'y' }", "export default { a: `x` }",
                 "// note\nexport default { a: 1 }", "export default { a: { b: 1 } }", "export default { a: 01 }",
                 "export\ndefault { a: 1 }", "export default { a: 1 }\u00a0"):
        assert not flat_and_valid(text), text


def test_a_nul_in_a_string_or_a_comment_is_left_to_the_parser() -> None:
    """tree-sitter stops at a NUL: a config holding one does not parse (found by hypothesis)."""
    from wecontact_cli.frameworks.taro.literal_config import read_plain

    for text in ("export default {a:'\x00会员中心'}", 'export default { a: "x\x00" }',
                 "// \x00\nexport default { a: 1 }", "export default { /* \x00 */ a: 1 }"):
        assert not parses(text) and not flat_and_valid(text) and read_plain(text) is None, repr(text)


def test_pathological_configs_stay_linear() -> None:
    # Each would take minutes if the pattern backtracked over the pairs or the strings.
    for text in ("export default {" + "a: 1, " * 20_000, "export default { a: '" + "x" * 100_000,
                 "export default definePageConfig({" + "a:1," * 20_000 + "}", "export default {" + " " * 100_000):
        assert not flat_and_valid(text)


@settings(max_examples=150, deadline=None)
@given(flat_configs(), st.integers(0, 500), st.sampled_from(NOISE))
def test_a_config_is_read_as_the_parse_alone_read_it(text: str, at: int, inserted: str) -> None:
    position = at % (len(text) + 1)
    text = text[:position] + inserted + text[position:]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        config = root / "index.config.ts"
        config.write_bytes(text.encode("utf-8", "surrogatepass"))
        proved = cfg.read_module(config, root, fast=True)
        with mock.patch.object(cfg, "flat_and_valid", lambda text: False):
            parsed = cfg.read_module(config, root, fast=True)
    assert repr(proved) == repr(parsed)  # a JsNode compares by identity; its repr shows every field
