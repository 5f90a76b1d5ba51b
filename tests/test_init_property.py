"""Property: `wecontact init` on any app.json in any formatting inserts exactly the declaration.

For a document serialised in a uniform style, inserting the declaration "in the file's own
style" has one right answer: the same serialiser's output for the document plus the
declaration. That is what these tests demand, byte for byte, together with: the result
parses, the original bytes all survive around one inserted run, and a second run changes
nothing.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PROVIDER, make_project, run_cli

RESERVED = {"plugins", "subpackages", "subPackages", "pages"}
DECLARATION = {"version": "1.3.0", "provider": PROVIDER}

keys = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=8
).filter(lambda k: k not in RESERVED)
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(max_size=12), st.sampled_from(["首页", "优选小铺", "联系客服", "pages/index/index"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3),
    max_leaves=8,
)
other_plugins = st.dictionaries(
    st.sampled_from(["groupPlugin", "live-player-plugin", "wecomOpenData"]),
    st.fixed_dictionaries({"version": st.sampled_from(["1.0.0", "2.1.3"]),
                           "provider": st.sampled_from(["wx4d2deeab3aed6e5a", "wx2b03c6e691cd7370"])}),
    max_size=2,
)


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """A realistic app.json: pages first, random members, maybe other plugins."""
    doc: dict[str, Any] = {"pages": draw(st.lists(st.sampled_from(["pages/a/a", "pages/b/b"]),
                                                  min_size=1, max_size=2))}
    doc.update(draw(st.dictionaries(keys, values, max_size=4)))
    plugins = draw(st.none() | other_plugins)
    if plugins is not None:
        doc["plugins"] = plugins
        doc.update(draw(st.dictionaries(keys, values, max_size=2)))
    return doc


STYLES = {
    "2-space": {"indent": 2},
    "4-space": {"indent": 4},
    "tab": {"indent": "\t"},
    "minified": {"separators": (",", ":")},
    "one-line": {},
}
styles = st.fixed_dictionaries({
    "layout": st.sampled_from(sorted(STYLES)),
    "newline": st.sampled_from(["\n", "\r\n"]),
    "bom": st.booleans(),
    "final_newline": st.booleans(),
})


def serialise(doc: dict[str, Any], style: dict[str, Any]) -> bytes:
    """The document written in one uniform style."""
    text = json.dumps(doc, ensure_ascii=False, **STYLES[style["layout"]]).replace("\n", style["newline"])
    if style["final_newline"]:
        text += style["newline"]
    return (("\ufeff" if style["bom"] else "") + text).encode("utf-8")


def with_declaration(doc: dict[str, Any]) -> dict[str, Any]:
    """The document as init must leave it: the declaration appended last."""
    expected = dict(doc)
    expected["plugins"] = {**doc.get("plugins", {}), "contactPlugin": DECLARATION}
    return expected


def inserted_only(before: bytes, after: bytes) -> bool:
    """``after`` is ``before`` with one run of bytes inserted somewhere."""
    prefix = 0
    while prefix < len(before) and before[prefix] == after[prefix]:
        prefix += 1
    suffix = len(before) - prefix
    return after[len(after) - suffix:] == before[prefix:] if suffix else True


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents(), style=styles)
def test_init_inserts_exactly_the_declaration_in_the_file_style(doc: dict[str, Any], style: dict[str, Any]) -> None:
    original = serialise(doc, style)
    with tempfile.TemporaryDirectory() as folder:
        app_json = make_project(Path(folder), original)
        result = run_cli("init", folder)
        assert result.exit_code == 0, result.stderr
        after = app_json.read_bytes()

        assert json.loads(after.decode("utf-8").lstrip("\ufeff")) == with_declaration(doc)
        assert after == serialise(with_declaration(doc), style)
        assert inserted_only(original, after)

        again = run_cli("init", folder)
        assert again.exit_code == 0
        assert app_json.read_bytes() == after


@settings(max_examples=60, deadline=None)
@given(doc=documents(), style=styles, root=st.sampled_from(["pkgA", "sub/pkg"]))
def test_init_in_a_subpackage_inserts_exactly_the_declaration(
        doc: dict[str, Any], style: dict[str, Any], root: str) -> None:
    doc = {**doc, "subpackages": [{"root": "other", "pages": ["x"]}, {"root": root, "pages": ["p/q"]}]}
    doc.pop("plugins", None)
    original = serialise(doc, style)
    expected = json.loads(json.dumps(doc))
    expected["subpackages"][1]["plugins"] = {"contactPlugin": DECLARATION}
    with tempfile.TemporaryDirectory() as folder:
        app_json = make_project(Path(folder), original)
        result = run_cli("init", folder, "--subpackage", root)
        assert result.exit_code == 0, result.stderr
        after = app_json.read_bytes()
        assert after == serialise(expected, style)
        assert inserted_only(original, after)
        assert run_cli("init", folder, "--subpackage", root).exit_code == 0
        assert app_json.read_bytes() == after
