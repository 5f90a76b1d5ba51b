"""The tree-sitter grammars are loaded from their compiled bindings alone: a parse does not
import the packages' ``__init__`` (importlib.resources, for query files never read), and
parses exactly as the packages' own ``language()`` functions do."""

from __future__ import annotations

import subprocess
import sys

import pytest

from wecontact_cli.syntax import jscommon

SOURCES = {"javascript": "Page({ onTap(e) { this.setData({ a: `x${1}` }) } })",
           "typescript": "const a: number = 1; Page({ tap(e: Event): void {} })",
           "tsx": "export default function P() { return <View onClick={() => go(1 as any)}>x</View> }"}


@pytest.mark.parametrize("grammar", sorted(SOURCES))
def test_a_binding_loaded_alone_parses_as_the_package_does(grammar: str) -> None:
    import tree_sitter_javascript
    import tree_sitter_typescript
    from tree_sitter import Language, Parser

    language = {"javascript": tree_sitter_javascript.language, "typescript": tree_sitter_typescript.language_typescript,
                "tsx": tree_sitter_typescript.language_tsx}[grammar]
    data = SOURCES[grammar].encode()
    expected = str(Parser(Language(language())).parse(data).root_node)
    assert str(jscommon.parser_for.__wrapped__(grammar).parse(data).root_node) == expected  # type: ignore[attr-defined]
    assert "ERROR" not in expected


def test_a_parse_imports_no_grammar_package() -> None:
    code = ("import sys\nfrom wecontact_cli.syntax.jscommon import parser_for\n"
            "for g in ('javascript', 'typescript', 'tsx'): parser_for(g).parse(b'a = 1')\n"
            "print(sorted(m for m in ('tree_sitter_javascript', 'tree_sitter_typescript', 'importlib.resources')"
            " if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
