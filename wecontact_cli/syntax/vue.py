"""Vue single-file components: top-level blocks, templates as Vue reads them, comments.

The markup is read by the WXML scanner (``wxml.parse_markup``) in Vue's HTML dialect: void
elements need no end tag, ``<script>``/``<style>``/``<textarea>``/``<title>`` hold raw text,
values may be unquoted, a ``<`` that starts no tag is text, end tags match in any case, and
at the top level of a ``.vue`` file every block but an HTML ``<template>`` is raw text (Vue 3's
``parseMode: 'sfc'``). Each attribute name is then decomposed the way Vue 3's tokenizer reads
it. Every position is a character offset into the whole file's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Union

from wecontact_cli.i18n.message import msg
from wecontact_cli.records import record, replace
from wecontact_cli.syntax.patterns import compile_pattern
from wecontact_cli.syntax.problems import Problem

if TYPE_CHECKING:
    from wecontact_cli.syntax import wxml

VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_SHORTHANDS = {":": "bind", ".": "bind", "@": "on", "#": "slot"}


@record(frozen=True)
class Attribute:
    """An attribute as Vue reads it: ``@complete-message.stop="done"`` is directive ``on``,
    argument ``complete-message``, modifiers ``("stop",)``, value ``done``."""

    raw_name: str
    start: int  # the name's first character; the whole attribute is [start, end)
    end: int
    name_end: int
    directive: str | None  # None for a plain attribute; "bind", "on", "slot", "if", "model" ...
    argument: str | None  # `styleType` in `:styleType`; the expression in `:[name]`
    argument_start: int | None
    argument_end: int | None
    dynamic: bool  # `:[name]`
    modifiers: tuple[str, ...]
    value: str | None  # None when valueless (`isMask`); not entity-decoded
    value_start: int | None  # inside the quotes
    value_end: int | None
    quote: str  # '"', "'" or "" (unquoted or valueless)


@record(frozen=True)
class Comment:
    """A ``<!-- -->`` comment; ``text`` is what lies between the delimiters."""

    text: str
    start: int
    end: int


@record(frozen=True)
class Text:
    """Character data between tags (entities not decoded)."""

    text: str
    start: int
    end: int


# repr=False: the generated repr recurses into children and would overflow on deep trees.
@record(frozen=True, repr=False)
class Element:
    """An element, its attributes in source order and its children."""

    tag: str
    tag_start: int  # the name in the start tag
    tag_end: int
    start: int
    end: int
    open_end: int  # just after the start tag's '>'
    close_start: int | None  # the `</` of its own end tag (None: void, self-closing or unclosed)
    self_closing: bool
    attributes: tuple[Attribute, ...]
    children: tuple[Node, ...]

    def get(self, raw_name: str) -> Attribute | None:
        """The last attribute written exactly ``raw_name``."""
        return next((a for a in reversed(self.attributes) if a.raw_name == raw_name), None)

    def iter(self) -> Iterator[Element]:
        """This element and every descendant element in document order."""
        yield self
        yield from _elements(self.children)

    def __repr__(self) -> str:
        return f"<Element {self.tag} at {self.start} ({len(self.children)} children)>"


Node = Union[Element, Comment, Text]


@record(frozen=True, repr=False)
class Template:
    """A parsed template: its top-level nodes, every comment and the problems found."""

    children: tuple[Node, ...]
    comments: tuple[Comment, ...]
    problems: tuple[Problem, ...]

    def iter_elements(self) -> Iterator[Element]:
        """Every element in document order."""
        return _elements(self.children)

    def __repr__(self) -> str:
        return f"<Template {len(self.children)} nodes, {len(self.problems)} problems>"


@record(frozen=True)
class Block:
    """A top-level block of a ``.vue`` file: ``<template>``, ``<script>``, ``<style>``, custom."""

    tag: str
    attributes: tuple[Attribute, ...]
    start: int
    end: int
    content_start: int
    content_end: int
    closed: bool  # ended by its own end tag (or self-closing)

    def get(self, name: str) -> str | None:
        """The value of attribute ``name`` ("" when valueless), None when absent."""
        for attribute in reversed(self.attributes):  # a loop, not a generator: asked 10 times a file
            if attribute.raw_name == name:
                return attribute.value or ""
        return None

    @property
    def lang(self) -> str | None:
        """The ``lang`` attribute (``ts``, ``scss`` ...), None when absent."""
        return self.get("lang")

    @property
    def setup(self) -> bool:
        """Whether this is a ``<script setup>``."""
        return self.get("setup") is not None


@record(frozen=True)
class Sfc:
    """A ``.vue`` file's blocks in source order, its top-level comments and problems."""

    blocks: tuple[Block, ...]
    comments: tuple[Comment, ...]
    problems: tuple[Problem, ...]

    @property
    def template(self) -> Block | None:
        """The first ``<template>`` block."""
        return next((b for b in self.blocks if b.tag == "template"), None)

    @property
    def script(self) -> Block | None:
        """The first ``<script>`` block without ``setup``."""
        return next((b for b in self.blocks if b.tag == "script" and not b.setup), None)

    @property
    def script_setup(self) -> Block | None:
        """The first ``<script setup>`` block."""
        return next((b for b in self.blocks if b.tag == "script" and b.setup), None)


@lru_cache(maxsize=1)
def markup_options() -> tuple[wxml.MarkupOptions, wxml.MarkupOptions]:
    """The WXML scanner's options for a template and for a whole ``.vue`` file (the scanner
    is imported by the first file the fast path cannot read: a run whose files it all reads,
    uni-app's usual one, never loads it)."""
    from wecontact_cli.syntax import wxml

    template = wxml.MarkupOptions(
        void_tags=VOID_TAGS, raw_tags=frozenset({"script", "style", "textarea", "title"}),
        braces_in_values=False, unquoted_values=True, lt_in_text=True, fold_end_tags=True)
    return template, replace(template, sfc_root=True)


def split_sfc(text: str) -> Sfc:
    """The top-level blocks of a ``.vue`` file; broken markup becomes problems."""
    from wecontact_cli.syntax import wxml

    markup = wxml.parse_markup(text, options=markup_options()[1])
    problems = _scanner_problems(markup.document, len(text))
    blocks: list[Block] = []
    comments: list[Comment] = []
    for node in markup.document.children:
        if isinstance(node, wxml.Comment):
            comments.append(Comment(node.text, node.start.offset, node.end.offset))
        elif isinstance(node, wxml.Element):
            blocks.append(_block(node, markup.end_tags, problems))
    _report_duplicate_blocks(blocks, problems)
    return Sfc(tuple(blocks), tuple(comments), _sorted(problems))


def parse_template(text: str, start: int = 0, end: int | None = None) -> Template:
    """The template markup in ``text[start:end]`` (a ``<template>`` block's content)."""
    from wecontact_cli.syntax import wxml

    markup = wxml.parse_markup(text, start, end, markup_options()[0])
    problems = _scanner_problems(markup.document, len(text))
    comments: list[Comment] = []
    children = _convert(markup.document.children, markup.end_tags, comments, problems)
    return Template(children, tuple(comments), _sorted(problems))


def handler_name(expression: str) -> str | None:
    """The method a ``v-on`` value names: ``done``, ``done($event, 1)``; None for anything else."""
    body = expression.strip().rstrip(";").rstrip()
    name = _NAME_CHARS.match(body).group()  # type: ignore[union-attr]
    name_end = len(name)
    if not name or name[0].isdigit():
        return None
    rest = body[name_end:].lstrip()
    if not rest:
        return name
    return name if rest[0] == "(" and _call_end(rest) == len(rest) else None


_NAME_CHARS = compile_pattern(r"[\w$]*")
"""Letters, digits (``str.isalnum``), ``_`` and ``$``: a word character of a str pattern, or ``$``."""


def _call_end(text: str) -> int:
    """Offset just after the ')' matching the '(' at 0, skipping strings; -1 if unbalanced."""
    depth, i, quote = 0, 0, ""
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "'\"`":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


# -- blocks ---------------------------------------------------------------------------------


def _block(element: wxml.Element, end_tags: Mapping[int, int], problems: list[Problem]) -> Block:
    """A top-level element as a block: its content runs to its own end tag."""
    start, open_end = element.start.offset, element.open_end.offset
    close = end_tags.get(start)
    closed = element.self_closing or close is not None
    content_end = open_end if element.self_closing else (close if close is not None else element.end.offset)
    attributes = tuple(_attribute(a, False, problems) for a in element.attributes)
    return Block(element.tag, attributes, start, element.end.offset, open_end, content_end, closed)


def _report_duplicate_blocks(blocks: list[Block], problems: list[Problem]) -> None:
    """Vue reads one `<template>`, one `<script>` and one `<script setup>`."""
    seen: set[str] = set()
    for block in blocks:
        kind = "script setup" if block.tag == "script" and block.setup else block.tag
        if kind not in ("template", "script", "script setup"):
            continue
        if kind in seen:
            problems.append(Problem(msg("vue.duplicate_block", block=kind), block.start, block.start + 1 + len(block.tag)))
        seen.add(kind)


# -- template nodes --------------------------------------------------------------------------


def _convert(roots: tuple[wxml.Node, ...], end_tags: Mapping[int, int], comments: list[Comment],
             problems: list[Problem]) -> tuple[Node, ...]:
    """The scanner's nodes as Vue nodes, built bottom-up with explicit stacks (no recursion)."""
    from wecontact_cli.syntax import wxml

    top: list[Node] = []
    iterators: list[tuple[Iterator[wxml.Node], list[Node], bool]] = [(iter(roots), top, False)]
    open_elements: list[tuple[wxml.Element, list[Node], bool]] = []
    while iterators:
        nodes, sink, in_pre = iterators[-1]
        node = next(nodes, None)
        if node is None:
            iterators.pop()
            if open_elements:
                element, children, pre = open_elements.pop()
                iterators[-1][1].append(_element(element, children, pre, end_tags, problems))
            continue
        if isinstance(node, wxml.Element):
            pre = in_pre or any(a.name == "v-pre" for a in node.attributes)
            open_elements.append((node, [], pre))
            iterators.append((iter(node.children), open_elements[-1][1], pre))
        elif isinstance(node, wxml.Comment):
            comment = Comment(node.text, node.start.offset, node.end.offset)
            comments.append(comment)
            sink.append(comment)
        else:
            sink.append(Text(node.text, node.start.offset, node.end.offset))
    return tuple(top)


def _element(element: wxml.Element, children: list[Node], in_pre: bool, end_tags: Mapping[int, int],
             problems: list[Problem]) -> Element:
    """One element with its converted children; duplicate attribute names are problems."""
    start = element.start.offset
    attributes = tuple(_attribute(a, in_pre, problems) for a in element.attributes)
    seen: set[str] = set()
    for attribute in attributes:
        if attribute.raw_name in seen:
            problems.append(Problem(msg("vue.duplicate_attribute", name=attribute.raw_name),
                                    attribute.start, attribute.name_end))
        seen.add(attribute.raw_name)
    close = end_tags.get(start)
    return Element(element.tag, start + 1, start + 1 + len(element.tag), start, element.end.offset,
                   element.open_end.offset, close, element.self_closing, attributes, tuple(children))


def _elements(nodes: tuple[Node, ...]) -> Iterator[Element]:
    """The elements among ``nodes`` and their descendants, in document order."""
    stack: list[Node] = list(reversed(nodes))
    while stack:
        node = stack.pop()
        if isinstance(node, Element):
            yield node
            stack.extend(reversed(node.children))


# -- attributes ------------------------------------------------------------------------------


def _attribute(attribute: wxml.Attribute, in_pre: bool, problems: list[Problem]) -> Attribute:
    """A scanned attribute decomposed as Vue 3's tokenizer reads its name."""
    start = attribute.start.offset
    raw = attribute.name
    value_start = attribute.value_start.offset if attribute.value_start is not None else None
    value_end = None if value_start is None or attribute.value is None else value_start + len(attribute.value)
    parts = _Name(raw, start, problems)
    if not (in_pre and raw != "v-pre"):  # inside v-pre every attribute is plain
        parts.decompose()
    return Attribute(raw, start, attribute.end.offset, start + len(raw), parts.directive, parts.argument,
                     parts.argument_start, parts.argument_end, parts.dynamic, parts.modifiers,
                     attribute.value, value_start, value_end, attribute.quote)


class _Name:
    """Vue's reading of an attribute name: directive, argument (maybe dynamic), modifiers."""

    def __init__(self, raw: str, start: int, problems: list[Problem]) -> None:
        self.raw, self.start, self.problems = raw, start, problems
        self.directive: str | None = None
        self.argument: str | None = None
        self.argument_start: int | None = None
        self.argument_end: int | None = None
        self.dynamic = False
        self.modifiers: tuple[str, ...] = ()

    def decompose(self) -> None:
        """Fill the parts from the name (a plain attribute keeps none)."""
        raw = self.raw
        if raw.startswith("v-"):
            k = 2
            while k < len(raw) and raw[k] not in ":.":
                k += 1
            if k == 2:  # `v-` or `v-:x`: Vue reports a missing directive name
                self.problems.append(Problem(msg("vue.directive_without_name", name=raw),
                                             self.start, self.start + len(raw)))
                return
            self.directive = raw[2:k]
            rest = k + 1 if k < len(raw) and raw[k] == ":" else k
        elif raw[:1] in _SHORTHANDS:
            self.directive, rest = _SHORTHANDS[raw[0]], 1
            self.modifiers = ("prop",) if raw[0] == "." else ()
        else:
            return
        modifiers_at = self.read_argument(rest) if rest == 1 or raw[rest - 1:rest] == ":" else rest
        self.read_modifiers(modifiers_at)

    def read_argument(self, at: int) -> int:
        """The argument from ``at`` up to the first '.' outside brackets; returns that offset."""
        raw = self.raw
        end = raw.find(".", at)
        end = len(raw) if end < 0 else end
        unclosed = False
        if raw.find("[", at, end) >= 0:  # a bracket before the first '.': the dots inside it are skipped
            end, unclosed = _bracketed_argument_end(raw, at)
        if end == at:
            return end
        argument = raw[at:end]
        self.dynamic = argument.startswith("[")
        if unclosed and self.dynamic:
            self.problems.append(Problem(msg("vue.dynamic_argument_unclosed", name=raw),
                                         self.start + at, self.start + end))
        inner_start = at + 1 if self.dynamic else at
        inner_end = end - 1 if self.dynamic and argument.endswith("]") and len(argument) > 1 else end
        self.argument = raw[inner_start:inner_end]
        self.argument_start, self.argument_end = self.start + inner_start, self.start + inner_end
        return end

    def read_modifiers(self, at: int) -> None:
        """The `.mod` parts from ``at``; a slot name keeps its dots instead."""
        if at >= len(self.raw) or self.raw[at] != ".":
            return
        found = tuple(m for m in self.raw[at + 1:].split(".") if m)
        if self.directive == "slot" and self.argument is not None and self.argument_end is not None:
            # `#item.name`: Vue keeps a slot name's dots in the name
            self.argument = self.raw[self.argument_start - self.start:]
            self.argument_end = self.start + len(self.raw)
            return
        self.modifiers = self.modifiers + found


def _bracketed_argument_end(raw: str, at: int) -> tuple[int, bool]:
    """Where an argument holding a ``[`` ends (the first '.' outside brackets), and whether a
    bracket is left unclosed."""
    end, unclosed = at, False
    while end < len(raw) and raw[end] != ".":
        if raw[end] == "[":
            close = raw.find("]", end + 1)
            unclosed = close < 0
            end = len(raw) if unclosed else close + 1
        else:
            end += 1
    return end, unclosed


# -- problems --------------------------------------------------------------------------------


def _scanner_problems(document: wxml.WxmlDocument, length: int) -> list[Problem]:
    """The scanner's problems (the same catalogue messages as WXML's) with one-character spans."""
    return [Problem(p.message, p.start.offset, min(p.start.offset + 1, length)) for p in document.problems]


def _sorted(problems: list[Problem]) -> tuple[Problem, ...]:
    return tuple(sorted(problems, key=lambda p: (p.start, p.end)))


# -- the fast path ----------------------------------------------------------------------------
# Linting thousands of pages mostly meets .vue files that hold no contact cell; the few that
# do need only their blocks, the cell's start tags and the suppression comments. This scanner
# finds those with a few C-level regex matches per tag and builds nothing else. It is strict:
# anything unusual (an unbalanced tag, a block it cannot delimit) returns None and the caller
# runs split_sfc and parse_template, whose problems are the ones reported. Every repetition
# is followed only by characters it cannot match, as in wxml.scan (linear without atomic
# groups, which Python 3.10 lacks).

_WS = r"[ \t\n\r\f]"
_ATTR_NAME = r"[^ \t\n\r\f=>/<\"']"
_VALUE = r"(?:\"[^\"]*\"|'[^']*'|(?!/>)[^ \t\n\r\f\"'=<>`]+)"
"""An attribute value; an unquoted one never starts with ``/>`` (the parser ends the tag there)."""
_TAG = r"[A-Za-z][^ \t\n\r\f/>=<\"']*"
"""A tag name as the parser reads it: it ends where an attribute name would (``<a<b``,
``<a=1``, ``<a"x"`` are no tags this scanner vouches for: the parser reports them)."""
_SCAN_END = compile_pattern(rf"</({_TAG}){_WS}*>")
_SCAN_START = compile_pattern(
    rf"<({_TAG})"
    rf"(?=((?:{_WS}+{_ATTR_NAME}+(?:{_WS}*={_WS}*{_VALUE})?)*))\2"
    rf"{_WS}*(/?)>"
)
_RAW_TAGS = frozenset({"script", "style", "textarea", "title"})


@record(frozen=True)
class ScannedSfc:
    """What the fast path found: the blocks, the wanted elements (start tags only, no
    children) and the comments holding ``comments_with``."""

    sfc: Sfc
    elements: tuple[Element, ...]
    comments: tuple[Comment, ...]


def scan_sfc(text: str, wanted: frozenset[str] | set[str], comments_with: str = "") -> ScannedSfc | None:
    """The blocks of a well-formed ``.vue`` file and its template's ``wanted`` elements;
    None when the file is not provably well formed (then split_sfc and parse_template must run)."""
    blocks: list[Block] = []
    found: list[tuple[int, int, bool]] = []
    comments: list[Comment] = []
    i, n = 0, len(text)
    while i < n:
        at = text.find("<", i)
        if text.find("{{", i, n if at < 0 else at) >= 0:
            return None  # braces between the blocks: the parser reads them as an expression
        if at < 0:
            break
        if text.startswith("<!--", at):
            close = text.find("-->", at + 4)
            if close < 0:
                return None
            if comments_with and comments_with in text[at + 4:close]:
                comments.append(Comment(text[at + 4:close], at, close + 3))
            i = close + 3
            continue
        start = _SCAN_START.match(text, at)
        if start is None or (start[2] and _unsure(start[2])):
            return None
        tag, open_end = start[1], start.end()
        if start[3]:
            blocks.append(Block(tag, _start_tag_attributes(text, at, open_end), at, open_end, open_end, open_end, True))
            i = open_end
            continue
        attributes = _start_tag_attributes(text, at, open_end)
        if tag == "template" and _html_lang(attributes):
            close = _scan_markup(text, open_end, wanted, comments_with, found, comments)
        else:
            close = _raw_end(text, tag, open_end)
        if close is None:
            return None
        end = _SCAN_END.match(text, close)
        if end is None or end[1].lower() != tag.lower():
            return None
        blocks.append(Block(tag, attributes, at, end.end(), open_end, close, True))
        i = end.end()
    repeated: list[Problem] = []
    _report_duplicate_blocks(blocks, repeated)
    if repeated:
        return None  # two templates or scripts: the parser reports it
    elements = tuple(_start_tag_element(text, s, e, closing) for s, e, closing in found)
    return ScannedSfc(Sfc(tuple(blocks), (), ()), elements, tuple(comments))


def _html_lang(attributes: tuple[Attribute, ...]) -> bool:
    """Whether a top-level ``<template>`` holds HTML (no lang, or lang="html")."""
    lang = next((a.value for a in reversed(attributes) if a.raw_name == "lang"), None)
    return lang in (None, "", "html")


def _raw_end(text: str, tag: str, start: int) -> int | None:
    """Where a raw-text block's end tag starts, found as the parser finds it: ``</`` and the
    tag in the case written, then a blank or ``>``; None when there is none (the caller then
    checks that a whole end tag starts there)."""
    needle = "</" + tag
    while True:
        at = text.find(needle, start)
        if at < 0:
            return None
        after = at + len(needle)
        if after >= len(text) or text[after] in " \t\n\r\f>":
            return at
        start = after  # `</scripts`: not this block's end


_SCAN_TOKEN = compile_pattern(
    rf"<(?:/({_TAG}){_WS}*>"
    rf"|({_TAG})(?=((?:{_WS}+{_ATTR_NAME}+(?:{_WS}*={_WS}*{_VALUE})?)*))\3{_WS}*(/?)>"
    r"|!--(.*?)-->|(/|[^\W\d]|!--))"
    r"|\{(?:\{.*?\}\}|(\{))",
    re.DOTALL,
)
"""The template's tokens, each in one match: an end tag (group 1), a start tag (groups 2-4
as ``_SCAN_START``'s 1-3), a comment (its text: group 5), an interpolation; else (group 6 or
7) a ``</``, ``<x`` (any letter or ``_``, as the parser starts a tag), ``<!--`` or ``{{`` that
starts none of them (the fast path gives up). Every alternative starts with ``<`` or ``{``:
the regex engine then skips text between tokens by that first character alone."""
_END, _START, _COMMENT = 1, 4, 5
"""``Match.lastindex`` of each kind of token (an interpolation has none; higher: unreadable)."""


def _scan_markup(text: str, i: int, wanted: frozenset[str] | set[str], comments_with: str,
                 found: list[tuple[int, int, bool]], comments: list[Comment]) -> int | None:
    """Scan a template's markup from ``i``; the offset of its own ``</template``, or None."""
    stack: list[str] = []
    push, pop = stack.append, stack.pop  # bound once: this loop runs for every tag of a template
    while True:
        for match in _SCAN_TOKEN.finditer(text, i):
            kind = match.lastindex
            if kind == _START:
                tag, attributes, self_closing = match.group(2, 3, 4)
                if attributes and _unsure(attributes):
                    return None  # the parser reports it
                if tag in wanted:
                    found.append((match.start(), match.end(), bool(self_closing)))
                element = _tag_kind(tag)
                if self_closing or element == "void":
                    continue
                push(tag)
                if element == "raw":
                    break  # its text is no markup: go on after it
            elif kind == _END:
                closing = match[1]
                if not stack:
                    return match.start() if closing.lower() == "template" else None
                opening = pop()
                if opening != closing and opening.lower() != closing.lower():
                    return None
            elif kind == _COMMENT:
                if comments_with and comments_with in match[5]:
                    comments.append(Comment(match[5], match.start(), match.end()))
            elif kind is not None:
                return None  # unreadable
        else:
            return None  # the text ended inside the template
        close = _raw_end(text, tag, match.end())
        if close is None:
            return None
        i = close


@lru_cache(maxsize=512)
def _tag_kind(tag: str) -> str:
    """``void``, ``raw`` (script, style ...) or ``element``, in any case (cached: templates
    repeat a few tag names)."""
    lowered = tag.lower()
    return "void" if lowered in VOID_TAGS else "raw" if lowered in _RAW_TAGS else "element"


_SCAN_TAG_NAME = compile_pattern(r"<[^ \t\n\r\f/>=<\"']*")
_SCAN_ATTRIBUTE = compile_pattern(rf"({_ATTR_NAME}+)(?:({_WS}*={_WS}*)({_VALUE}))?")


@lru_cache(maxsize=4096)
def _unsure(attributes: str) -> bool:
    """Whether the parser may read a start tag's attribute text otherwise than the scanner, or
    report a problem in it: a name written twice, ``v-pre`` (nothing under it is a directive),
    a directive without a name (``v-``, ``v-:x``) or a bracket (a dynamic argument, maybe unclosed)."""
    names = [found[0] for found in _SCAN_ATTRIBUTE.findall(attributes)]
    return len(names) != len(set(names)) or any(
        name == "v-pre" or "[" in name or (name.startswith("v-") and (len(name) == 2 or name[2] in ":."))
        for name in names)


_PLAIN_NAME: tuple[None, None, None, None, bool, tuple[str, ...]] = (None, None, None, None, False, ())
"""A plain attribute's directive, argument, its start and end, dynamic, modifiers."""


def _start_tag_attributes(text: str, start: int, open_end: int) -> tuple[Attribute, ...]:
    """The attributes of a start tag the scanner matched, read as parse_template reads them."""
    found = []
    at = _SCAN_TAG_NAME.match(text, start).end()  # type: ignore[union-attr]
    while at < open_end:
        match = _SCAN_ATTRIBUTE.search(text, at, open_end - 1)
        if match is None:
            break
        name, value = match.group(1), match.group(3)
        quoted = value is not None and value[:1] in "\"'"
        value_start = match.start(3) + quoted if value is not None else None
        inner = value[1:-1] if quoted else value
        if name.startswith("v-") or name[:1] in _SHORTHANDS:
            parts = _Name(name, match.start(1), [])
            parts.decompose()
            spelled = (parts.directive, parts.argument, parts.argument_start, parts.argument_end, parts.dynamic,
                       parts.modifiers)
        else:
            spelled = _PLAIN_NAME  # what decompose leaves a plain attribute's parts
        found.append(Attribute(name, match.start(1), match.end(), match.end(1), *spelled, inner,
                               value_start, None if value_start is None or inner is None else value_start + len(inner),
                               value[0] if quoted else ""))
        at = match.end()
    return tuple(found)


def scan_start_tag(text: str) -> Element | None:
    """The element of a text that is one start tag and nothing else (a cell's start tag once
    a fix is applied), read as ``parse_template`` reads it; None when the fast path cannot
    vouch for it (a repeated attribute, anything around or after the tag): the parser must run."""
    start = _SCAN_START.match(text)
    if start is None or start.end() != len(text) or (start[2] and _unsure(start[2])):
        return None
    return _start_tag_element(text, 0, start.end(), bool(start[3]))


def _start_tag_element(text: str, start: int, open_end: int, self_closing: bool) -> Element:
    """An element read from its start tag alone (exact attributes and positions, no children);
    ``self_closing`` as the scanner matched it (``<a b=c/>`` is not: the slash is the value's)."""
    tag_end = _SCAN_TAG_NAME.match(text, start).end()  # type: ignore[union-attr]
    attributes = _start_tag_attributes(text, start, open_end)
    return Element(text[start + 1:tag_end], start + 1, tag_end, start, open_end, open_end, None, self_closing,
                   attributes, ())
