"""uni-app's two JSON-with-comments files, read as its WeChat build reads them.

``pages.json`` goes through uni-app's conditional compilation first (``// #ifdef X`` ...,
evaluated for MP-WEIXIN, MP and the project's VUE2/VUE3; other platforms are false and a
user macro is unknown): the parts the WeChat build leaves out are blanked with spaces, so
every offset of the parse tree is an offset of the file the user wrote. ``manifest.json``'s
``#ifdef`` comments are plain comments (uni-app reads both branches). Comments and trailing
commas are allowed (Vue 3 reads both files with jsonc-parser); Vue 2 reads them with
``JSON.parse`` after stripping comments, which rejects a trailing comma (rule UA107).
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import ClassVar

from wecontact_cli.errors import WecontactError
from wecontact_cli.model import Comment, FileProblem, Span, StringSyntax
from wecontact_cli.model.unit import SUPPRESSION_DIRECTIVE
from wecontact_cli.records import field, record
from wecontact_cli.syntax import jsontext
from wecontact_cli.syntax.conditional import KNOWN_MACROS, Conditional, Region, analyze, blank_inactive, weixin
from wecontact_cli.syntax.lazy_pattern import LazyPattern
from wecontact_cli.syntax.patterns import compile_pattern
from wecontact_cli.text.positions import LineIndex
from wecontact_cli.text.source import JsonFile, SourceFile, read_source

MANIFEST_PLACE = "manifest.json mp-weixin.plugins"
PAGES_PLACE = "pages.json plugins"
SUBPACKAGE_PLACE = "pages.json subPackages"
"""Where a declaration in the two files is, as messages name it."""

WEIXIN_MACROS = frozenset({"MP_WEIXIN", "MP", "VUE2", "VUE3"})
"""Macros that say nothing about other platforms (a region on one of them is WeChat's own)."""
_NAME = compile_pattern(r"[A-Za-z_$][A-Za-z0-9_$-]*")
_COMMENT = compile_pattern(r"//[^\n\r]*|/\*.*?\*/", re.DOTALL)
_STRING = LazyPattern(r'"(?:[^"\\\n]|\\.)*"')
_STRING_OR_COMMENT = LazyPattern(r'"|//|/\*')


@record
class JsoncFile:
    """A JSON-with-comments file: its source, the tree the WeChat build reads, its regions."""

    source: SourceFile
    root: jsontext.JsonNode
    conditional: Conditional | None = None
    compiled: str = ""
    """The text the WeChat build parses (inactive regions blanked; offsets unchanged)."""
    _index: LineIndex | None = field(default=None, repr=False)
    syntax: ClassVar[StringSyntax] = "json"

    @property
    def path(self) -> Path:
        """The file's path."""
        return self.source.path

    @property
    def text(self) -> str:
        """The text as written (without a BOM)."""
        return self.source.text

    @cached_property
    def style(self) -> jsontext.JsonStyle:
        """The file's indentation, line ending and separators (``"key" : value`` kept)."""
        return jsontext.detect_style(self.text, self.root)

    def as_json_file(self) -> JsonFile:
        """The native reader's record, for the checks they share (repeated keys)."""
        return JsonFile(self.source, self.root)

    def line(self, offset: int) -> int:
        """The 1-based line of an offset."""
        if self._index is None:
            self._index = LineIndex(self.text)
        return self._index.position(offset).line

    def span(self, node: jsontext.JsonNode) -> Span:
        """A node's span in this file."""
        return Span(self.path, node.start, node.end)

    def compiled_at(self, offset: int) -> bool | None:
        """Whether the WeChat build reads the text at ``offset`` (None: a user macro decides)."""
        return True if self.conditional is None else self.conditional.compiled(offset)

    def directive_comments(self) -> list[Comment]:
        """The ``// wecontact-disable-next-line`` comments (outside strings)."""
        if SUPPRESSION_DIRECTIVE not in self.text:
            return []
        found = []
        for match in _comments(self.text):
            body = match.group()
            text = body[2:-2] if body.startswith("/*") else body[2:]
            if SUPPRESSION_DIRECTIVE in text:
                found.append(Comment(self.path, text, Span(self.path, match.start(), match.end()),
                                     self.line(match.end())))
        return found

    def unknown_regions(self) -> list[Region]:
        """Regions whose activity depends on a macro wecontact does not know (a user macro)."""
        if self.conditional is None:
            return []
        return [r for r in self.conditional.regions if r.activity is None]

    def names_other_platforms(self) -> bool:
        """Whether a conditional region names a platform other than WeChat (a multi-platform project)."""
        return self.conditional is not None and any(
            other_platforms(r.condition) for r in self.conditional.regions)


def other_platforms(condition: str) -> bool:
    """Whether a condition names a known macro of another platform (H5, APP-PLUS, MP-ALIPAY ...)."""
    names = {n.replace("-", "_").upper() for n in _NAME.findall(condition)}
    return any(n in KNOWN_MACROS and n not in WEIXIN_MACROS for n in names)


def unknown_macros(condition: str) -> list[str]:
    """The names of a condition that uni-app does not define (user macros), as written."""
    seen: list[str] = []
    for name in _NAME.findall(condition):
        if name.replace("-", "_").upper() not in KNOWN_MACROS and name not in seen:
            seen.append(name)
    return seen


def _comments(text: str) -> list[re.Match[str]]:
    """The comments of a JSON-with-comments text, skipping strings."""
    found: list[re.Match[str]] = []
    pos = 0
    while True:
        hit = _STRING_OR_COMMENT.search(text, pos)
        if hit is None:
            return found
        if hit.group() == '"':
            string = _STRING.match(text, hit.start())
            pos = string.end() if string else hit.end()
            continue
        comment = _COMMENT.match(text, hit.start())
        if comment is None:  # an unterminated /* : the parser reports it
            return found
        found.append(comment)
        pos = comment.end()


@record
class ReadJsonc:
    """A JSONC file read: the parsed file (None when it cannot be), its text and problems."""

    file: JsoncFile | None
    text: str | None = None
    problems: list[FileProblem] = field(default_factory=list)


def read_jsonc(path: Path, root: Path, *, vue: int, conditional: bool) -> ReadJsonc:
    """A uni-app JSONC file with its problems (never raises); ``conditional``: evaluate
    conditional compilation for the WeChat build first (pages.json)."""
    from wecontact_cli.frameworks.native.problems import json_problems, load_problem

    try:
        source = read_source(path, root)
    except WecontactError as exc:
        return ReadJsonc(None, None, [load_problem("config", path, exc)])
    regions = analyze(source.text, weixin(vue)) if conditional else None
    compiled = blank_inactive(source.text, regions) if regions is not None else source.text
    try:
        tree = jsontext.parse_lazy(compiled, jsonc=True)
    except jsontext.JsonSyntaxError as exc:
        line, column = jsontext.line_col(source.text, exc.offset)
        problem = FileProblem("config", "syntax", Span(path, exc.offset, exc.offset + 1), exc.message, line, column)
        return ReadJsonc(None, source.text, [problem])
    file = JsoncFile(source, tree, regions, compiled)
    return ReadJsonc(file, source.text, list(json_problems(file.as_json_file())))


def trailing_commas(node: jsontext.JsonNode) -> list[int]:
    """Every trailing comma under ``node`` (offsets), in text order."""
    if isinstance(node, jsontext.LazyJsonNode):
        return []  # strict JSON once its comments are blanked: no comma trails in it
    return sorted(n.trailing_comma for n in jsontext.walk(node) if n.trailing_comma >= 0)
