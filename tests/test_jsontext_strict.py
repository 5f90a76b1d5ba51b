"""``jsontext.strict_loads`` (one shared decoder) reads every text as ``json.loads`` with the
same options did: the same value, or a ValueError for the same texts."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.syntax.jsontext import strict_loads

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
                    max_leaves=8)
TEXTS = JSON.map(json.dumps) | st.text(alphabet='{}[]:,"ab 0.1eNaInfity\ufeff\n-', max_size=30) | st.sampled_from(
    ['{"a": 1, "a": 2}', "NaN", "[Infinity]", "\ufeff{}", " {} ", "{} x", ""])


def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise ValueError("repeated key")
    return found


def reject(name: str) -> None:
    raise ValueError(name)


def outcome(read: Any, text: str) -> tuple[str, Any]:
    try:
        return "value", read(text)
    except ValueError:
        return "refused", None


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_strict_loads_reads_as_json_loads_with_the_same_options(text: str) -> None:
    expected = outcome(lambda t: json.loads(t, parse_constant=reject, object_pairs_hook=unique), text)
    assert outcome(strict_loads, text) == expected
