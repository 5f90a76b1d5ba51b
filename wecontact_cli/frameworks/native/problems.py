"""Native .json files as WeChat's build reads them: strict JSON, JSON.parse's last-key rule,
and the types it requires; each problem becomes the model's ``FileProblem``.

Page .json files go through the standard library's C parser first: most hold nothing a rule
points at, and for those no spans are needed. The span parser runs for the rest, for every
file json.loads rejects (it explains the error precisely) and for a file that repeats a key
(WC003 points at the key JSON.parse drops).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from wecontact_cli.errors import WecontactError
from wecontact_cli.i18n.message import msg
from wecontact_cli.model import FileProblem, Span
from wecontact_cli.model.project import FileRole
from wecontact_cli.records import field, record
from wecontact_cli.syntax.jsontext import (JsonNode, JsonSyntaxError, LazyJsonNode, Member, line_col, parse_lazy,
                                          strict_loads, walk)
from wecontact_cli.text.source import JsonFile, SourceFile, read_source


@record
class ReadJson:
    """A .json file read: the parsed file (None when it cannot be), its text and its problems."""

    file: JsonFile | None
    text: str | None = None
    problems: list[FileProblem] = field(default_factory=list)


def load_problem(role: FileRole, path: Path, error: WecontactError) -> FileProblem:
    """A file the reader refused (a link out, a FIFO, bad UTF-8 ...) as a syntax problem."""
    loc = error.location
    line = loc.line if loc is not None else None
    column = loc.column if loc is not None else None
    return FileProblem(role, "syntax", Span(path, 0, 1), error.raw_message, line, column)


def read_json(path: Path, root: Path, *, fast: bool = True, listed_plain: bool = False) -> ReadJson:
    """A native .json file with its problems (never raises); ``fast=False`` keeps every span;
    ``listed_plain``: discovery's listing saw a plain file (see ``fsguard.read_bytes``)."""
    try:
        source = read_source(path, root, listed_plain=listed_plain)
    except WecontactError as exc:
        return ReadJson(None, None, [load_problem("config", path, exc)])
    if fast:
        return _fast(source) or _spans(source)
    return _spans(source)


def _fast(source: SourceFile) -> ReadJson | None:
    """The standard library's reading, when no rule will point into the file; else None."""
    try:
        data = strict_loads(source.text)
    except (ValueError, RecursionError):
        pass
    else:
        if isinstance(data, dict) and not _locatable(data):
            return ReadJson(JsonFile(source, _unlocated(data)), source.text)
    return None


def _spans(source: SourceFile) -> ReadJson:
    """The span parser's reading: exact positions, precise syntax errors. Its lazy form: a
    file the C decoder reads locates its members only when asked (a 2,000-page app.json's
    entries are read, not placed, before the lint's workers start)."""
    path = source.path
    try:
        file = JsonFile(source, parse_lazy(source.text))
    except JsonSyntaxError as exc:
        line, column = line_col(source.text, exc.offset)
        problem = FileProblem("config", "syntax", Span(path, exc.offset, exc.offset + 1), exc.message, line, column)
        return ReadJson(None, source.text, [problem])
    return ReadJson(file, source.text, list(json_problems(file)))


def json_problems(file: JsonFile) -> Iterator[FileProblem]:
    """Repeated keys (JSON.parse keeps the last) and usingComponents values that are not paths."""
    yield from _duplicate_keys(file)
    yield from _component_types(file)


def _duplicate_keys(file: JsonFile) -> Iterator[FileProblem]:
    if file.root.start < 0 or isinstance(file.root, LazyJsonNode):
        return  # read by json.loads (with or without spans), which it does only for a file without repeats
    text = file.source.text
    for node in walk(file.root):
        for shadowed in node.duplicates:
            kept = node.member(shadowed.key)
            line = line_col(text, kept.value.start)[0] if kept is not None else 0
            yield FileProblem("config", "duplicate-key", Span(file.path, shadowed.key_start, shadowed.key_end),
                              msg("json.duplicate_key", key=shadowed.key, line=line))


def _component_types(file: JsonFile) -> Iterator[FileProblem]:
    from wecontact_cli.i18n.message import a_type

    node = file.root.get("usingComponents") if file.root.kind == "object" else None
    if node is None or node.kind != "object":
        return
    for member in node.members:
        if member.value.kind != "string":
            message = msg("project.component_not_string", tag=member.key, type=a_type(member.value.type_name))
            yield FileProblem("config", "type", Span(file.path, member.value.start, member.value.end), message)


def _locatable(data: dict[str, Any]) -> bool:
    """Whether a page .json holds something a rule may point at (then spans are needed)."""
    using = data.get("usingComponents")
    return "plugins" in data or (isinstance(using, dict) and any(
        not isinstance(v, str) or v.startswith("plugin://") for v in using.values()))


def _unlocated(data: Any, depth: int = 2) -> JsonNode:
    """Nodes for a value no rule will locate (offsets are -1): the top two levels of the
    model (usingComponents, componentPlaceholder ...), without spans and without recursion
    into deeper data, which no rule reads."""
    if isinstance(data, dict):
        node = JsonNode("object", -1, -1)
        if depth:
            node.members = [Member(k, -1, -1, _unlocated(v, depth - 1)) for k, v in data.items()]
        return node
    if isinstance(data, list):
        return JsonNode("array", -1, -1)
    kind = "string" if isinstance(data, str) else "literal" if data is None or isinstance(data, bool) else "number"
    return JsonNode(kind, -1, -1, data)
