"""The editor's open documents: their unsaved text and version, by file path.

The store is what the linter reads instead of the disk (``text.overlay``): a snapshot of
it is taken for each lint job, so a job sees one consistent state of every open file
while the editor goes on sending changes.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import ContextManager
from urllib.parse import unquote, urlparse

from wecontact_cli.records import record
from wecontact_cli.text.overlay import overlay as _overlay


@record(frozen=True)
class Document:
    """One open document: its text and the editor's version of it."""

    path: Path
    text: str
    version: int | None


def uri_path(uri: str) -> Path | None:
    """The local file a ``file:`` URI names (None for any other scheme: untitled, git ...)."""
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    path = unquote(parsed.path)
    if os.name == "nt" and len(path) > 2 and path[0] == "/" and path[2] == ":":  # pragma: no cover
        path = path[1:]
    return Path(os.path.abspath(path))


def path_uri(path: Path) -> str:
    """The ``file:`` URI of a local file, as editors write it."""
    return Path(os.path.abspath(path)).as_uri()


class DocumentStore:
    """Open documents by path; ``snapshot()`` is what one lint job reads."""

    def __init__(self) -> None:
        self._documents: dict[Path, Document] = {}

    def put(self, path: Path, text: str, version: int | None) -> None:
        """Open a document, or replace its text after a change."""
        self._documents[path] = Document(path, text, version)

    def close(self, path: Path) -> None:
        """Forget a document: reads see the disk again."""
        self._documents.pop(path, None)

    def get(self, path: Path) -> Document | None:
        """The open document at ``path``."""
        return self._documents.get(path)

    def version(self, path: Path) -> int | None:
        """The editor's version of an open document (None: not open)."""
        document = self._documents.get(path)
        return document.version if document is not None else None

    def snapshot(self) -> Snapshot:
        """The texts and versions of every open document, as they are now."""
        return Snapshot(dict(self._documents))


@record(frozen=True)
class Snapshot:
    """The open documents at one moment: what a lint job reads and which versions it saw."""

    documents: dict[Path, Document]

    def overlay(self) -> ContextManager[None]:
        """While active, reading an open file returns its unsaved text."""
        return _overlay({path: document.text for path, document in self.documents.items()})

    def text(self, path: Path) -> str | None:
        """The text of ``path`` this snapshot holds (None: not open)."""
        document = self.documents.get(path)
        return document.text if document is not None else None

    def version(self, path: Path) -> int | None:
        """The version of ``path`` this snapshot holds (None: not open)."""
        document = self.documents.get(path)
        return document.version if document is not None else None
