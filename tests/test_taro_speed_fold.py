"""Whether a view mentions a tag that may be the cell (lower case, ``-`` and ``_`` left out) is
decided on the text's UTF-8 bytes when that is sure to agree: always as folding the text says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

from base_projects import BASES
from conftest import run_cli
from wecontact_cli.frameworks.taro.rules._examples import APP_CONFIG, DECLARATION
from wecontact_cli.frameworks.taro.units import LOWERS_TO_ASCII, _fold, mentions

LETTERS = ["c", "C", "e", "E", "l", "L", "i", "I", "k", "K", "-", "_", " ", "<", ">", "\n", "商", "é", "É", "ß",
           "\u0130", "\u212a", "\u0307", "Σ", "σ", "ς", "ſ", "😀", "\ud800", "\u00a0"]
TAGS = ["cell", "Cell", "wecom-contact", "we_com", "ki", "ik", "i", "k", "K", "-", "", "céll", "CÉLL", "i\u0307",
        "\u0130", "\u212a-i", "aσb", "c.e", "商品"]


def folded_text_holds(text: str, tags: list[str]) -> bool:
    """The plain way: fold the whole text, then look for each tag folded."""
    folded = text.lower().replace("-", "").replace("_", "")
    return any(_fold(tag) in folded for tag in tags)


def test_only_two_characters_beyond_ascii_lower_to_an_ascii_one() -> None:
    found = [chr(code) for code in range(0x80, 0x110000) if any(ord(c) < 0x80 for c in chr(code).lower())]
    assert tuple(found) == LOWERS_TO_ASCII


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=st.sampled_from(LETTERS), max_size=30), st.lists(st.sampled_from(TAGS), min_size=1, max_size=3))
def test_mentions_agree_with_folding_the_text(text: str, tags: list[str]) -> None:
    assert mentions(text, tags) == folded_text_holds(text, tags)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["cell", "Cell", "c-e_l-l", "CE--LL", "ce", "ll", "商", "e\u0301", "-", "_", "\u212a",
                                 "\u0130", "é", " ", "CÉLL", "céll", "aΣ-b", "Σ"]), max_size=12),
       st.sampled_from([["cell"], ["cell", "wecom-contact"], ["kk"], ["ci"], ["céll"], ["aσb", "cell"]]))
def test_mentions_agree_on_spellings_of_the_tag(pieces: list[str], tags: list[str]) -> None:
    text = "".join(pieces)
    assert mentions(text, tags) == folded_text_holds(text, tags)


# -- the cache decides what a view reads as the scan does ---------------------------------------

GREEK_APP = ("export default defineAppConfig({\n  pages: ['pages/index/index'],\n" + DECLARATION
             + "  usingComponents: {\n    'aς': 'plugin://contactPlugin/cell',\n  },\n})\n")
GREEK_COMPONENT = "src/components/card/index.tsx"
# "AΣ-b" lowers to "aς-b" (a final sigma before the dash): folded as the scan folds it, the text
# names the app's tag "aς"; dropping the dash first would lower it to "aσb", which does not.
GREEK_VIEW = "// AΣ-b\nexport default function Card() {\n  return <View>card</View\n}\n"


def _lint_json(root: Path, *args: str) -> list[dict[str, Any]]:
    result = run_cli("lint", root, "-f", "json", "--exit-zero", *args)
    assert result.exit_code == 0, result.output
    found: list[dict[str, Any]] = json.loads(result.stdout)
    return found


def test_the_cache_folds_a_view_as_the_scan_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The component's scan finds the app's tag in its text and parses it (a syntax problem):
    its cache entry must then depend on the app config, whose edit here makes that tag no
    longer the cell (the view is not parsed at all then)."""
    monkeypatch.delenv("WECONTACT_NO_CACHE", raising=False)
    root = tmp_path / "p"
    BASES["taro"].write(root, {APP_CONFIG: GREEK_APP, GREEK_COMPONENT: GREEK_VIEW})
    first = _lint_json(root)
    assert [d["filename"] for d in first] == [GREEK_COMPONENT], first  # parsed: its syntax error
    app = root / APP_CONFIG
    app.write_text(app.read_text(encoding="utf-8").replace("contactPlugin: { version", "contactPlug: { version"),
                   encoding="utf-8")
    assert _lint_json(root) == _lint_json(root, "--no-cache")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(LETTERS), max_size=30), st.lists(st.sampled_from(TAGS), min_size=1, max_size=3))
def test_mentions_on_the_files_bytes_agree_with_folding_the_text(text: str, tags: list[str]) -> None:
    """The scan passes the bytes it read (a text read from a file holds no lone surrogate)."""
    text = text.replace("\ud800", "\ufffd")
    assert mentions(text, tags, text.encode("utf-8")) == folded_text_holds(text, tags)
