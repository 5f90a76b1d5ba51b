"""TypeScript declarations of the cell's tag: what ``JSX.IntrinsicElements`` says in the project.

TypeScript rejects ``<cell>`` in a .tsx file (TS2339) unless an ``IntrinsicElements`` interface
declares the tag: ``declare global { namespace JSX { interface IntrinsicElements { cell: any } } }``
(React 19's types: the same inside ``declare module 'react'``). Taro's templates keep such
declarations in ``types/global.d.ts``; wecontact reads every ``.d.ts`` of the project (outside
node_modules and the build output) with tree-sitter and collects the property names of every
``IntrinsicElements`` interface; an index signature (``[tag: string]: any``) declares every tag.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from wecontact_cli.errors import WecontactError
from wecontact_cli.records import record
from wecontact_cli.text.source import read_source

if TYPE_CHECKING:
    from tree_sitter import Node

    from wecontact_cli.frameworks.taro.project import TaroProject

ANY_TAG = "*"
INTERFACE = "IntrinsicElements"
_SKIPPED = frozenset({"node_modules", "dist", "build", "__pycache__"})


@record(frozen=True)
class Declaration:
    """One ``IntrinsicElements`` interface in a declaration file: its tags and its body's braces."""

    path: Path
    tags: frozenset[str]
    body_start: int
    """Just after the interface body's ``{``."""
    body_end: int
    """The interface body's ``}``."""
    react: bool = False
    """Inside ``declare module 'react'`` (React 19's types read only this one)."""


def declaration_files(project: TaroProject) -> list[Path]:
    """Every ``.d.ts`` of the project, the build output and dependencies left out."""
    # Folders as strings, not Paths: thousands of them are joined and compared (a str of a Path,
    # and os.walk's joins of one, are normalised alike: equal strings are equal Paths).
    output = str(project.roots.output) if project.roots is not None else None
    found = []
    for folder, dirs, files in os.walk(project.root):
        dirs[:] = sorted(d for d in dirs if d not in _SKIPPED and not d.startswith(".")
                         and os.path.join(folder, d) != output)
        found += [Path(folder, name) for name in sorted(files) if name.endswith(".d.ts")]
    return found


def declarations(path: Path, text: str) -> list[Declaration]:
    """The ``IntrinsicElements`` interfaces a TypeScript file declares."""
    from wecontact_cli.syntax.jscommon import Parsed, string_value, text_of, walk

    parsed = Parsed(text, "typescript")
    found = []
    for node in walk(parsed.root):
        if node.type != "interface_declaration" or text_of(node.child_by_field_name("name")) != INTERFACE:
            continue
        body = node.child_by_field_name("body")
        if body is None:
            continue
        tags = set()
        for member in body.named_children:
            if member.type == "index_signature":
                tags.add(ANY_TAG)
            elif member.type == "property_signature":
                key = member.child_by_field_name("name")
                if key is not None:
                    tags.add(string_value(key) if key.type == "string" else text_of(key))
        found.append(Declaration(path, frozenset(t for t in tags if t), parsed.span(body)[0] + 1,
                                 parsed.span(body)[1] - 1, _in_react_module(node)))
    return found


def _in_react_module(node: Node) -> bool:
    """Whether a node lies inside ``declare module 'react' {...}``."""
    from wecontact_cli.syntax.jscommon import string_value

    current = node.parent
    while current is not None:
        if current.type == "module":
            name = current.child_by_field_name("name")
            if name is not None and name.type == "string" and string_value(name) == "react":
                return True
        current = current.parent
    return False


def _listed_declaration_files(project: TaroProject) -> list[Path]:
    """What ``declaration_files`` finds (in some order: the tags are a set), the source root's part
    taken from the files the discovery of units listed there instead of walking it again. That
    listing leaves out less than this walk does; what it keeps under a ``dist`` or ``build``
    folder is dropped here."""
    listing, source = project.listing, str(project.source_root)
    output = str(project.roots.output) if project.roots is not None else None
    if listing is None or not _reaches(str(project.root), source, output):
        return declaration_files(project)
    found: list[Path] = []
    if source != str(project.root):
        for folder, dirs, files in os.walk(project.root):
            dirs[:] = [d for d in dirs if d not in _SKIPPED and not d.startswith(".")
                       and os.path.join(folder, d) not in (output, source)]
            found += [Path(folder, name) for name in files if name.endswith(".d.ts")]
    for path in (f for f in listing.files if f.endswith(".d.ts")):
        if not any(part in _SKIPPED for part in os.path.relpath(os.path.dirname(path), source).split(os.sep)):
            found.append(Path(path))
    return found


def _reaches(root: str, source: str, output: str | None) -> bool:
    """Whether the walk from the project root enters the source root as the discovery walked it:
    every folder on the way a readable folder, no link, none of them left out by the walk."""
    rel = os.path.relpath(source, root)
    if rel.startswith(os.pardir) or not os.access(root, os.R_OK | os.X_OK):
        return False
    folder = root
    for part in [] if rel == os.curdir else rel.split(os.sep):
        folder = os.path.join(folder, part)
        if part in _SKIPPED or part.startswith(".") or folder == output or os.path.islink(folder) or \
                not os.path.isdir(folder) or not os.access(folder, os.R_OK | os.X_OK):
            return False
    return True


def declared_tags(project: TaroProject) -> frozenset[str]:
    """Every tag the project's declaration files add to ``JSX.IntrinsicElements``."""
    tags: set[str] = set()
    for path in _listed_declaration_files(project):
        try:
            text = read_source(path, project.root).text
        except WecontactError:
            continue
        if INTERFACE in text:
            for found in declarations(path, text):
                tags |= found.tags
    return frozenset(tags)


def is_module(root: Node) -> bool:
    """Whether a TypeScript file is a module (a top-level import or export), not a global script."""
    return any(n.type in ("import_statement", "export_statement") for n in root.named_children)
