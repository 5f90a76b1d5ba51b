"""Taro's config modules (``app.config.ts``, a page's ``index.config.ts``) as the model reads them.

Taro executes these files at build time; wecontact reads only what is written as literals
(``syntax.jsconfig``), with ``process.env.TARO_ENV`` set as for a WeChat build. What cannot
be read that way (a spread, a computed key, an object chosen by a condition, an export that
is not an object literal) becomes a ``Gap``: lint says "cannot read statically" there and
never guesses what the build would see.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

from wecontact_cli.errors import WecontactError
from wecontact_cli.frameworks.taro.literal_config import flat_and_valid, read_plain
from wecontact_cli.i18n.message import msg
from wecontact_cli.model import Comment, FileProblem, Registration, Span
from wecontact_cli.model.project import FileRole
from wecontact_cli.records import field, record
from wecontact_cli.syntax.jscommon import Parsed
from wecontact_cli.syntax.jsconfig import ConfigModule, JsNode, read_config
from wecontact_cli.syntax.jsontext import JsonNode
from wecontact_cli.syntax.patterns import compile_pattern
from wecontact_cli.text.source import read_source

CONFIG_SUFFIXES = (".ts", ".js")
"""``app.config.ts`` before ``app.config.js``, as Taro resolves them."""
WEAPP = {"TARO_ENV": "weapp", "NODE_ENV": "production"}
"""What ``process.env`` holds when Taro builds for WeChat."""


@record(frozen=True)
class Gap:
    """A part of a config module that cannot be read statically: said, never guessed."""

    span: Span
    what: str
    """The key (or place) it hides: plugins, usingComponents, pages, subPackages, the whole config."""
    reason: str
    """A jsconfig reason code: spread, computed-key, identifier, call, conditional, template,
    other; for a whole module: no-export, no-default-export, not-literal, modified, missing."""


@record
class ConfigRead:
    """A config module read: its text, its object (None when there is none to read), what is wrong."""

    path: Path
    text: str | None = None
    root: JsNode | None = None
    problems: list[FileProblem] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)

    def span(self, node: JsonNode | None = None, start: int | None = None, end: int | None = None) -> Span:
        """A span of this file: a node's, or ``[start, end)``."""
        if node is not None:
            return Span(self.path, node.start, node.end, _quote(self.text, node))
        first = start or 0
        return Span(self.path, first, end if end is not None else first + 1)

    def gap(self, node: JsonNode, what: str) -> None:
        """Record that ``node`` (or what it holds) cannot be read statically."""
        self.gaps.extend(gaps_in(self, node, what))


def _quote(text: str | None, node: JsonNode) -> str:
    """The quote character a string literal is written with (``"`` for anything else)."""
    if text is not None and node.kind == "string" and 0 <= node.start < len(text) and text[node.start] in "'\"`":
        return text[node.start]
    return '"'


def config_module(base: Path) -> Path | None:
    """``<base>.config.ts`` or ``<base>.config.js``, if one exists (``base`` has no extension)."""
    for suffix in CONFIG_SUFFIXES:
        path = base.with_name(base.name + ".config" + suffix)
        if path.is_file():
            return path
    return None


MARKERS = ("usingComponents", "plugins", "...", "[", "import", "require")
"""What a page config must mention for the model to need its object: without any of them, and
exporting a literal object, it registers nothing and hides nothing, so parsing it checks only syntax."""
_LITERAL_EXPORT = compile_pattern(r"^\s*export\s+default\s+(?:definePageConfig\s*\(\s*)?\{", re.MULTILINE)


def read_module(path: Path, root: Path, *, fast: bool = False, listed_plain: bool = False) -> ConfigRead:
    """Read a config module of the project at ``root`` (never raises: problems are recorded).
    ``fast``: a module that mentions none of ``MARKERS`` is only checked to parse;
    ``listed_plain``: discovery listed it as a plain file (see ``fsguard.read_bytes``)."""
    from wecontact_cli.frameworks.native.problems import load_problem

    read = ConfigRead(path)
    try:
        source = read_source(path, root, listed_plain=listed_plain)
    except WecontactError as exc:
        read.problems.append(load_problem("config", path, exc))
        return read
    read.text = source.text
    if fast and not any(marker in source.text for marker in MARKERS) and _LITERAL_EXPORT.search(source.text):
        if flat_and_valid(source.text) or Parsed(source.text, _grammar(path)).ok:
            read.root = JsNode("object", 0, len(source.text))  # nothing the model reads is written here
            return read
    plain = read_plain(source.text)  # cheaper than the parser's tree, dearer than a parse alone
    if plain is not None:
        read.root = plain  # the tree read_config builds, without a parser
        return read
    module = read_config(source.text, path.name, env=WEAPP)
    if not module.syntax_ok:
        read.problems.append(syntax_problem("config", path, source.text, module))
        return read
    if module.root is None:
        offset = module.offset or 0
        read.gaps.append(Gap(Span(path, offset, offset + 1), "config", module.reason or "not-literal"))
        return read
    read.root = module.root
    return read


def syntax_problem(role: FileRole, path: Path, text: str, module: ConfigModule | None = None) -> FileProblem:
    """A module that does not parse: where its first error is, as Taro's build would stop there."""
    from wecontact_cli.syntax.jscommon import grammar_for
    from wecontact_cli.text.positions import line_col

    parsed = Parsed(text, grammar_for(path.name))
    offset = error_offset(parsed)
    if offset is None:
        offset = (module.offset or 0) if module is not None else 0
    line, column = line_col(text, offset)
    message = msg("taro.syntax", language=_language(path.suffix))
    return FileProblem(role, "syntax", Span(path, offset, offset + 1), message, line, column)


def _grammar(path: Path) -> Any:
    from wecontact_cli.syntax.jscommon import grammar_for

    return grammar_for(path.name)


def error_offset(parsed: Parsed) -> int | None:
    """Where a parse went wrong: a missing token; else, for an error region, the end of the file
    when it runs to it (something left unclosed), or its last piece (where parsing gave up)."""
    from wecontact_cli.syntax.jscommon import walk

    errors = [n for n in walk(parsed.root) if n.is_error or n.is_missing]
    missing = next((n for n in errors if n.is_missing), None)
    if missing is not None:
        return parsed.char(missing.start_byte)
    if not errors:
        return None
    error = errors[0]
    end = parsed.char(error.end_byte)
    if not parsed.text[end:].strip():
        return len(parsed.text)
    return parsed.char(error.children[-1].start_byte) if error.children else parsed.char(error.start_byte)


def _language(suffix: str) -> str:
    return {".ts": "TypeScript", ".tsx": "TSX", ".jsx": "JSX", ".vue": "Vue"}.get(suffix, "JavaScript")


def gaps_in(read: ConfigRead, node: JsonNode, what: str) -> Iterator[Gap]:
    """Every part of ``node`` that cannot be read: the node itself, unknown members or items."""
    if node.kind == "unknown":
        yield Gap(read.span(node), what, str(node.value))
        return
    if isinstance(node, JsNode):
        for unknown in node.unknown:
            yield Gap(read.span(start=unknown.start, end=unknown.end), what, unknown.reason)
    for item in node.items:
        if item.kind == "unknown":
            yield Gap(read.span(item), what, str(item.value))


def known(node: JsonNode | None) -> bool:
    """Whether every key and item of ``node`` is known (None: absent, which is known too)."""
    if node is None:
        return True
    if node.kind == "unknown":
        return False
    return not isinstance(node, JsNode) or node.fully_known


def strings(read: ConfigRead, node: JsonNode | None, what: str) -> list[tuple[str, JsonNode]]:
    """The string items of an array (anything else is a gap, or ignored when not a string)."""
    if node is None:
        return []
    if node.kind != "array":
        read.gap(node, what)
        return []
    read.gap(node, what)
    return [(item.value, item) for item in node.items if item.kind == "string"]


def registrations(read: ConfigRead, node: JsonNode | None, scope: str, owner: str | None) -> list[Registration]:
    """The string entries of a ``usingComponents`` object (a non-literal value is a gap)."""
    if node is None:
        return []
    read.gap(node, "usingComponents")
    if node.kind != "object":
        return []
    found = []
    for member in node.members:
        value = member.value
        if value.kind == "unknown":
            read.gap(value, "usingComponents")
        elif value.kind == "string":
            found.append(Registration(member.key, value.value, scope, owner,  # type: ignore[arg-type]
                                      read.span(start=member.key_start, end=member.key_end), read.span(value),
                                      "js"))
    return found


def settled(node: JsNode, key: str) -> bool:
    """Whether ``key`` of an object is what is written: no spread or computed key may override it."""
    return node.settled(key)


def directive_comments(read: ConfigRead | None) -> list[Comment]:
    """The suppression comments of a config module (``// wecontact-disable-next-line ...``)."""
    from wecontact_cli.model.unit import SUPPRESSION_DIRECTIVE
    from wecontact_cli.syntax.jscommon import text_of, walk
    from wecontact_cli.text.positions import line_col

    if read is None or read.text is None or SUPPRESSION_DIRECTIVE not in read.text:
        return []
    parsed = Parsed(read.text, _grammar(read.path))
    found = []
    for node in walk(parsed.root):
        raw = text_of(node) if node.type == "comment" else ""
        if SUPPRESSION_DIRECTIVE in raw:
            start, end = parsed.span(node)
            body = raw[2:] if raw.startswith("//") else raw[2:-2]
            found.append(Comment(read.path, body, Span(read.path, start, end), line_col(read.text, end)[0]))
    return found
