"""doctor's ``_relative`` (a string cut when the path spells out the root) answers exactly as
``Path.relative_to`` does, for paths inside, outside and equal to the root."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.doctor.report import _relative

PARTS = st.lists(st.sampled_from(["a", "b", "src", "pages", "..", "页面", "a b", "x.vue", "a\\b", "miniprogram"]),
                 max_size=4)


def by_relative_to(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
    return "" if rel == "." else rel


@settings(max_examples=400, deadline=None)
@given(root=PARTS, tail=PARTS, absolute=st.booleans(), inside=st.booleans())
def test_relative_answers_as_relative_to(root: list[str], tail: list[str], absolute: bool, inside: bool) -> None:
    base = Path("/" if absolute else ".", *root)
    path = base.joinpath(*tail) if inside else Path("/" if absolute else ".", *tail)
    assert _relative(path, base) == by_relative_to(path, base)
