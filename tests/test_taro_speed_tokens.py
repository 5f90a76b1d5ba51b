"""The plain config reader's tokenizer matches a token with the blanks before it (one match where
blanks as tokens of their own took two) and reads an array's strings inline: the tokens, and the
tree read from them, are those of the tokenizer that skipped blanks as tokens, on any text."""

from __future__ import annotations

import re
from hypothesis import given, settings, strategies as st

from wecontact_cli.frameworks.taro import literal_config as lc

from tests.test_taro_speed_config import agrees, modules

_BLANKS_AS_TOKENS = re.compile(
    r"""[ \t\n\r]+"""
    r"""|//[^\n\r\u2028\u2029\x00]*|/\*(?:[^*\x00]|\*(?!/))*\*/"""
    r"""|(?P<string>'[^'\\\n\r\u2028\u2029\x00]*'|"[^"\\\n\r\u2028\u2029\x00]*")"""
    r"""|(?P<number>-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?)(?![\w$.])"""
    r"""|(?P<word>[A-Za-z_$][A-Za-z0-9_$]*)(?![\w$])"""
    r"""|(?P<punct>[{}\[\]:,();])""")
"""The tokenizer's pattern as first written (blanks a token of their own)."""


def first_tokens(text: str) -> list[tuple[str, str, int, int]] | None:
    """The tokens as the first tokenizer gave them; None where it refused the text."""
    position, found = 0, []
    while position < len(text):
        match = _BLANKS_AS_TOKENS.match(text, position)
        if match is None:
            return None
        if match.lastgroup is not None:
            found.append((match.lastgroup, match.group(match.lastgroup), *match.span(match.lastgroup)))
        position = match.end()
    return found


def tokens(text: str) -> list[tuple[str, str, int, int]] | None:
    try:
        return lc._tokens(text)
    except lc._NotPlain:
        return None


PIECES = ["'a'", '"b c"', "'", '"', " ", "\t", "\n", "\r\n", "\u00a0", "// c\n", "/* c */", "/* c", "*/", "x1", "$_",
          "-1", "1.5", "0x1", "-", "{", "}", "[", "]", ",", ":", "(", ")", ";", "\\", "`", "\u2028", "\x00", "é"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_the_tokens_are_the_first_tokenizers(text: str) -> None:
    assert tokens(text) == first_tokens(text)


@settings(max_examples=300, deadline=None)
@given(modules(), st.integers(0, 400), st.sampled_from(PIECES))
def test_the_tokens_of_modules_mutated_are_the_first_tokenizers(text: str, at: int, inserted: str) -> None:
    position = at % (len(text) + 1)
    mutated = text[:position] + inserted + text[position:]
    assert tokens(mutated) == first_tokens(mutated)
    agrees(mutated, "app.config.ts")  # and the tree, strings read inline, is the parser's


def route_list(routes: list[str], blanks: list[str], comma: bool) -> str:
    items = ",".join(f"{b}'{r}'" for r, b in zip(routes, blanks))
    return f"export default defineAppConfig({{ pages: [{items}{',' if comma and routes else ''}] }})\n"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["pages/a/index", "", "页面/首页", "a'b"]), max_size=8),
       st.lists(st.sampled_from(["", " ", "\n    ", "// x\n", "/* y */"]), min_size=8, max_size=8), st.booleans())
def test_an_array_of_routes_reads_as_the_parser_reads_it(routes: list[str], blanks: list[str], comma: bool) -> None:
    text = route_list(routes, blanks, comma)
    assert agrees(text, "app.config.ts") == all("'" not in r for r in routes)


def test_near_matches_stay_linear() -> None:
    """Blanks without a token after them, a comment never closed, a string never closed: each
    match gives back what it took at most once (a backtracking pattern would hang here)."""
    for text in (" " * 100_000 + "\\", "/*" + " *" * 50_000, "'" + "a" * 100_000, "\n\t " * 30_000 + "\u00a0"):
        assert tokens(text) is None
        assert lc.read_plain("export default " + text) is None
    big = lc.read_plain(route_list(["pages/p/index"] * 20_000, ["\n  "] * 20_000, True))
    pages = big.get("pages") if big is not None else None
    assert pages is not None and [i.value for i in pages.items] == ["pages/p/index"] * 20_000
