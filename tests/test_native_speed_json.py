"""Native .json files read with spans place their members only when asked (app.json's
2,000 page routes are read before the lint's workers start): the same nodes, offsets and
problems as the span parser's."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from wecontact_cli.frameworks.native.problems import json_problems, read_json
from wecontact_cli.syntax.jsontext import LazyJsonNode, parse, walk
from wecontact_cli.text.source import JsonFile, read_source

ROUTE = st.text(st.sampled_from("ab/-页"), max_size=6)
VALUE = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(-9, 99), ROUTE),
                     lambda inner: st.one_of(st.lists(inner, max_size=3),
                                             st.dictionaries(ROUTE, inner, max_size=3)), max_leaves=8)
APP = st.fixed_dictionaries({"pages": st.lists(ROUTE, max_size=6)},
                            optional={"usingComponents": st.dictionaries(ROUTE, VALUE, max_size=3),
                                      "window": VALUE, "subpackages": VALUE})


def _shape(root: object) -> list[tuple[object, ...]]:
    """Every node's kind, value and offsets, and every member's key and key offsets."""
    return [(n.kind, n.value, n.start, n.end, [(m.key, m.key_start, m.key_end) for m in n.members])
            for n in walk(root)]  # type: ignore[arg-type]


def _problems(problems: object) -> list[tuple[object, ...]]:
    return [(p.kind, p.span.start, p.span.end, str(p.message)) for p in problems]  # type: ignore[attr-defined]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(APP, st.sampled_from([None, 2, "\t"]), st.text(st.sampled_from(" \n"), max_size=3))
def test_spanned_reads_are_the_parsers(tmp_path: Path, data: dict, indent: object, tail: str) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=indent) + tail  # type: ignore[arg-type]
    path = tmp_path / "app.json"
    path.write_text(text, encoding="utf-8")
    read = read_json(path, tmp_path, fast=False)
    assert read.file is not None
    assert isinstance(read.file.root, LazyJsonNode)  # nothing placed until a rule asks
    parsed = JsonFile(read_source(path, tmp_path), parse(text))
    assert _problems(read.problems) == _problems(json_problems(parsed))
    assert _shape(read.file.root) == _shape(parsed.root)


def test_a_repeated_key_still_gets_the_parsers_problem(tmp_path: Path) -> None:
    path = tmp_path / "app.json"
    path.write_text('{"pages": [], "pages": ["a"]}', encoding="utf-8")
    read = read_json(path, tmp_path, fast=False)
    assert [(p.kind, p.span.start, p.span.end) for p in read.problems] == [("duplicate-key", 1, 8)]
