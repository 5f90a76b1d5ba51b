"""A module's import specifiers are the pattern's matches tried only where a keyword is written:
always exactly what a scan of the whole text by the pattern finds, in the same order."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from wecontact_cli.frameworks.taro.renders import _SPECIFIER, specifiers

PIECES = ["from", "import", "require", "Xfrom", "_import", "$require", "mport", "rom", "imports", "fromfrom",
          " ", "  ", "\n", "\t", "(", ")", "'", '"', "`", "./a", "@/utils/wecom", "react", "商品", "😀", ";", ",",
          "{ View }", "import(", "require(", "from'", "import'", "export * from ", "// ", "/* */", "ſ", "\u212a"]


def scanned(text: str) -> tuple[str, ...]:
    """What the pattern's own scan over the whole text finds."""
    return tuple(match.group(2) for match in _SPECIFIER.finditer(text))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_specifiers_are_what_a_scan_of_the_whole_text_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert specifiers(text) == scanned(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(["f", "r", "o", "m", "i", "p", "t", "e", "q", "u", "(", "'", '"', " ", "\n",
                                         "a", "/"]), max_size=80))
def test_specifiers_on_near_keywords(text: str) -> None:
    assert specifiers(text) == scanned(text)


def test_a_real_view_names_its_imports_in_order() -> None:
    text = ("import { View } from '@tarojs/components'\nimport Taro, { useLoad } from '@tarojs/taro'\n"
            "import './index.scss'\nconst x = require('./x')\nexport { a } from \"./a\"\n"
            "const y = import('./lazy')\n// import 'commented'\nconst transform = 1\n")
    assert specifiers(text) == ("@tarojs/components", "@tarojs/taro", "./index.scss", "./x", "./a", "./lazy",
                                "commented")


def test_pathological_texts_stay_linear() -> None:
    # Each would take minutes if a keyword's attempt rescanned the text after it.
    for text in ("from '" + "x" * 100_000, "from " * 20_000 + "'x'", "require(" * 12_000 + "'" + "y" * 100_000,
                 "importimport" * 10_000, "from 'a\" " * 10_000):
        assert specifiers(text) == scanned(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["@/utils", "~/x", "#/y", "/abs", "react", "@tarojs/taro", "@app/z", "lib/a", "@/"]),
                max_size=12))
def test_a_specifier_looks_local_as_often_as_it_is_asked(specifiers_asked: list[str]) -> None:
    from wecontact_cli.frameworks.taro.renders import _LOCAL_LOOKING, _Linker

    aliases = [("@app/", "/p/src/app"), ("lib/", "/p/lib")]
    linker = _Linker([], aliases)
    for specifier in specifiers_asked + specifiers_asked:  # the second time from what the first kept
        plain = specifier.startswith(_LOCAL_LOOKING) or any(specifier.startswith(p) for p, _ in aliases)
        assert linker.local_looking(specifier) == plain
