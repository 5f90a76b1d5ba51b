"""Unsaved text in place of the disk's: the editor's open documents, seen by every read.

``wecontact server`` lints what the user is typing, not what was last saved. While an
``overlay`` is active (in the current thread or task: it is a context variable), reading a
file that it names returns its text instead of the disk's bytes; every other read is
unchanged. The command line never sets one.
"""

from __future__ import annotations

import contextlib
import os
from contextvars import ContextVar
from pathlib import Path
from typing import Iterator, Mapping

_TEXTS: ContextVar[Mapping[str, str | bytes] | None] = ContextVar("wecontact_overlay", default=None)


@contextlib.contextmanager
def overlay(texts: Mapping[Path, str] | Mapping[Path, bytes]) -> Iterator[None]:
    """Within the block, reading one of these files returns the text (or bytes: what the
    lint cache read to key a unit, so that its lint reads the very same) given for it."""
    token = _TEXTS.set({os.path.abspath(path): text for path, text in texts.items()})
    try:
        yield
    finally:
        _TEXTS.reset(token)


def overlaid(path: Path) -> bytes | None:
    """The active overlay's text for ``path`` as UTF-8 bytes (None: read the disk).

    A lone surrogate (which only a JSON escape can put into the editor's text) is kept as
    such, so that the reader refuses the file as undecodable rather than crash on it.
    """
    texts = _TEXTS.get()
    if not texts:
        return None
    text = texts.get(os.path.abspath(path))
    if text is None or isinstance(text, bytes):
        return text
    return text.encode("utf-8", "surrogatepass")
