"""``text.entities.unescape``: html.unescape's answer, without importing html for a value
that holds no character reference (most values: the import loads 2,231 entities)."""

from __future__ import annotations

import html
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.text.entities import unescape

PIECES = st.sampled_from(["&amp;", "&lt;", "&#39;", "&#x4e2d;", "&nbsp", "&bogus;", "&", ";", "#", "a", "中", " "])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=20), st.lists(PIECES, max_size=8).map("".join)))
def test_unescape_is_html_unescape(text: str) -> None:
    assert unescape(text) == html.unescape(text)


def test_a_value_without_a_reference_does_not_import_html() -> None:
    code = ("import sys; from wecontact_cli.text.entities import unescape; "
            "assert unescape('done') == 'done' and 'html' not in sys.modules; "
            "assert unescape('a&amp;b') == 'a&b' and 'html' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)
