"""HTML character references in markup values (``&amp;``, ``&#39;``), decoded as HTML does.

The standard library's ``html`` module loads its table of 2,231 entities when it is imported,
a few milliseconds of every start-up; most values hold no ``&``, so it is imported only for
one that does.
"""

from __future__ import annotations


def unescape(text: str) -> str:
    """``text`` with its character references decoded (``html.unescape``)."""
    if "&" not in text:
        return text
    import html

    return html.unescape(text)
