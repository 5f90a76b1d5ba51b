"""Planning the JSX declaration of the cell's tag (TypeScript React) and Vue 3's custom element note.

Where the declaration goes, in order: into an ``IntrinsicElements`` interface the project already
declares (one React's types read: React 19 reads only ``declare module 'react'``), else at the end
of its global declaration file (``types/global.d.ts`` in Taro's templates), else into a new
``types/wecontact.d.ts`` that tsconfig.json is made to include. Every result is re-read: the tag
must be declared afterwards.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path
from typing import TYPE_CHECKING

from wecontact_cli.edits import FileChange
from wecontact_cli.errors import WecontactError
from wecontact_cli.frameworks.detect import read_package_json
from wecontact_cli.frameworks.taro.typings import ANY_TAG, Declaration, declaration_files, declarations, is_module
from wecontact_cli.i18n.message import Message, msg
from wecontact_cli.scaffold.templating import Templates
from wecontact_cli.syntax.jscommon import (
    IDENTIFIER, Parsed, first_on_line, layout_of, line_indent, line_start, reindent,
)
from wecontact_cli.text.source import BOM, SourceFile, read_source

if TYPE_CHECKING:
    from wecontact_cli.frameworks.taro.project import TaroProject

NEW_FILE = Path("types") / "wecontact.d.ts"
GLOBAL_FILES = ("types/global.d.ts", "src/global.d.ts", "global.d.ts", "typings/global.d.ts", "src/types/global.d.ts")


def react_major(project: TaroProject) -> int:
    """The major version of React's types the project uses (18 when it does not say)."""
    package = read_package_json(project.root)
    if package is None:
        return 18
    return package.major("@types/react") or package.major("react") or 18


def plan_intrinsic(project: TaroProject, tag: str, templates: Templates | None = None) -> list[FileChange]:
    """The changes that declare ``tag`` in ``JSX.IntrinsicElements`` ([] when already declared)."""
    declared = project.intrinsic_tags()
    if tag in declared or ANY_TAG in declared:
        return []
    react19 = react_major(project) >= 19
    key = tag if IDENTIFIER.fullmatch(tag) else f"'{tag}'"
    templates = templates or Templates(project.root)
    for path in declaration_files(project):
        source = _read(project, path)
        usable = [d for d in declarations(path, source.text) if d.react or not react19] if source else []
        if source is not None and usable:
            return [_checked(path, source, _add_property(source.text, usable[0], key), tag,
                             msg("summary.jsx_member", tag=tag))]
    for name in GLOBAL_FILES:
        path = project.root / name
        source = _read(project, path) if path.is_file() else None
        if source is None:
            continue
        text = source.text
        module = is_module(Parsed(text, "typescript").root)
        if react19 and not module:
            break  # `declare module 'react'` in a global script would replace React's types: a new file
        block = templates.render("taro/intrinsic.d.ts.j2", form="react" if react19 else
                                 "module-global" if module else "global", key=key, new_file=False, semi="")
        return [_checked(path, source, _append(text, block), tag, msg("summary.jsx_block", tag=tag))]
    return _new_file(project, tag, key, react19, templates)


def _read(project: TaroProject, path: Path) -> SourceFile | None:
    try:
        return read_source(path, project.root)
    except WecontactError:
        return None


def _add_property(text: str, found: Declaration, key: str) -> str:
    """``text`` with ``key: any`` as the last member of the interface body."""
    layout = layout_of(text)
    close = found.body_end
    if first_on_line(text, close):
        members = text[found.body_start:close].strip()
        indent = line_indent(text, close) + layout.indent
        if members:
            last_line = text[found.body_start:close].rstrip().rsplit("\n", 1)[-1]
            indent = line_indent(last_line, 0) if last_line.strip() and "\n" in text[found.body_start:close] \
                else indent
        at = line_start(text, close)
        return text[:at] + f"{indent}{key}: any{layout.newline}" + text[at:]
    inside = text[found.body_start:close]
    end = found.body_start + len(inside.rstrip())
    separator = "" if not inside.strip() or inside.rstrip().endswith((";", ",")) else ";"
    return text[:end] + f"{separator} {key}: any" + (" " if not inside.strip() else "") + text[end:]


def _append(text: str, block: str) -> str:
    """``text`` with ``block`` after a blank line at its end, in the file's indentation."""
    layout = layout_of(text)
    nl = layout.newline
    lead = "" if not text else (nl if text.endswith(("\n", "\r")) else nl + nl)
    return text + lead + reindent(block, "", layout) + nl


def _checked(path: Path, source: SourceFile | None, after: str, tag: str, summary: Message) -> FileChange:
    """The change (a new file when ``source`` is None), once the result parses and declares the tag."""
    if not Parsed(after, "typescript").ok or not any(tag in d.tags for d in declarations(path, after)):
        raise ValueError("internal error: the planned declaration does not read back; nothing was planned")
    if source is None:
        return FileChange(path, None, after.encode("utf-8"), summary)
    return FileChange(path, source.raw, ((BOM if source.bom else "") + after).encode("utf-8"), summary)


def _new_file(project: TaroProject, tag: str, key: str, react19: bool, templates: Templates) -> list[FileChange]:
    """A declaration file of its own, and tsconfig.json's include when it would leave it out."""
    path = project.root / NEW_FILE
    text = templates.render("taro/intrinsic.d.ts.j2", form="react" if react19 else "module-global", key=key,
                            new_file=True, semi="")
    changes = [_checked(path, None, text.rstrip("\n") + "\n", tag, msg("summary.created"))]
    include = _include(project)
    if include is not None:
        changes.append(include)
    return changes


def _include(project: TaroProject) -> FileChange | None:
    """tsconfig.json's ``include`` (or ``files``) with the new file, when it does not cover it."""
    from wecontact_cli.syntax import jsontext

    path = project.root / "tsconfig.json"
    if not path.is_file():
        return None
    source = read_source(path, project.root)
    try:
        root = jsontext.parse(source.text, jsonc=True)
    except jsontext.JsonSyntaxError:
        return None
    if root.kind != "object":
        return None
    array = root.get("include") or (root.get("files") if root.get("include") is None else None)
    if array is None or array.kind != "array":
        return None
    patterns = [item.value for item in array.items if item.kind == "string"]
    wanted = NEW_FILE.as_posix()
    if any(_covers(p, wanted) for p in patterns):
        return None
    entry = ("./" if any(p.startswith("./") for p in patterns) else "") + wanted
    edit = jsontext.plan_append_item(source.text, jsontext.detect_style(source.text, root), array, entry)
    change = source.change([edit], msg("summary.tsconfig_include", entry=entry))
    after = jsontext.parse(change.after.decode("utf-8").lstrip("\ufeff"), jsonc=True).get("include" if
                                                                                           root.get("include")
                                                                                           else "files")
    if after is None or entry not in [i.value for i in after.items]:
        raise ValueError("internal error: the planned tsconfig.json edit does not read back; nothing was planned")
    return change


def _covers(pattern: str, path: str) -> bool:
    """Whether a tsconfig include pattern takes in ``path`` (both relative to tsconfig.json)."""
    pattern = pattern.strip()
    while pattern.startswith("./"):
        pattern = pattern[2:]
    pattern = pattern.rstrip("/")
    if pattern in ("", ".", "*", "**", "**/*"):
        return True
    if path == pattern or path.startswith(pattern + "/"):
        return True
    return fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, pattern.replace("**/", ""))


def vue_note(project: TaroProject, tag: str) -> Message | None:
    """How to silence Vue's "Failed to resolve component" for the tag (None: already done)."""
    from wecontact_cli.frameworks.taro.roots import config_file

    path = config_file(project.root)
    source = _read(project, path) if path is not None else None
    if source is not None and "isCustomElement" in source.text:
        return None
    return msg("taro.vue_custom_element", tag=tag, file=path.relative_to(project.root).as_posix() if path is not None
               else "config/index.ts")
