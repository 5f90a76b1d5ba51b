"""Case-preserving WXML parser with exact positions; never raises, runs in linear time."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator, Mapping

from wecontact_cli.i18n.message import Message, msg
from wecontact_cli.records import record
from wecontact_cli.syntax.lazy_pattern import LazyPattern
from wecontact_cli.syntax.patterns import compile_pattern
from wecontact_cli.text.positions import LineIndex, Position, position_at

__all__ = [
    "Attribute",
    "Comment",
    "Element",
    "LineIndex",
    "Markup",
    "MarkupOptions",
    "Node",
    "Position",
    "Problem",
    "Text",
    "WXML",
    "WxmlDocument",
    "parse_markup",
    "parse_wxml",
    "position_at",
]

# Single negated character classes with one star: they cannot backtrack, so they stay
# linear while being much faster than a Python loop over characters.
_NAME_RE = compile_pattern(r"""[^ \t\n\r\f=>/<"']*""")
_SPACE_RE = compile_pattern(r"[ \t\n\r\f]*")
_SPACE = frozenset(" \t\n\r\f")
_QUOTES = frozenset("\"'")
_UNQUOTED_STOP = frozenset(" \t\n\r\f><")


def _name_end(text: str, start: int) -> int:
    """Offset just after the (possibly empty) tag or attribute name at `start`."""
    match = _NAME_RE.match(text, start)
    return match.end() if match else start


def _space_end(text: str, start: int) -> int:
    """Offset of the first non-space character at or after `start`."""
    match = _SPACE_RE.match(text, start)
    return match.end() if match else start


def _markup_template(tag: str, attributes: list[Attribute]) -> bool:
    """A `<template>` block whose content is HTML (no lang, or lang="html")."""
    lang = next((a.value for a in reversed(attributes) if a.name == "lang"), None)
    return tag == "template" and lang in (None, "", "html")


_HTML_UNQUOTED_RE = LazyPattern(r"[^ \t\n\r\f>]*")


def _unquoted_html_end(text: str, start: int) -> int:
    """End of an HTML unquoted value: the next space or '>' ('/' belongs to the value)."""
    match = _HTML_UNQUOTED_RE.match(text, start)
    return match.end() if match else start


@record(frozen=True, slots=True)
class Attribute:
    """One attribute exactly as written (name case kept, value not entity-decoded)."""

    name: str
    value: str | None
    quote: str
    start: Position
    value_start: Position | None
    end: Position

    @property
    def is_dynamic(self) -> bool:
        """True when the value holds a `{{ }}` expression and cannot be judged statically."""
        return self.value is not None and "{{" in self.value


@record(frozen=True, slots=True)
class Comment:
    """A `<!-- -->` comment; `text` is what lies between the delimiters."""

    text: str
    start: Position
    end: Position


@record(frozen=True, slots=True)
class Text:
    """Raw character data between tags (whitespace included, entities not decoded)."""

    text: str
    start: Position
    end: Position


# repr=False: the generated repr recurses into children and would overflow on deep trees.
@record(frozen=True, slots=True, repr=False)
class Element:
    """An element with its attributes in source order and its child nodes."""

    tag: str
    attributes: tuple[Attribute, ...]
    start: Position
    end: Position
    open_end: Position
    self_closing: bool
    children: tuple[Node, ...]

    def get(self, name: str) -> Attribute | None:
        """Return the last attribute with exactly this name (what the runtime would see)."""
        for attribute in reversed(self.attributes):
            if attribute.name == name:
                return attribute
        return None

    def iter(self) -> Iterator[Element]:
        """Yield this element and every descendant element in document order."""
        yield self
        yield from _iter_elements(self.children)

    def __repr__(self) -> str:
        names = " ".join(a.name for a in self.attributes)
        return f"<Element {self.tag} [{names}] at {self.start} ({len(self.children)} children)>"


# Anything that can sit in a document's or an element's `children`.
Node = Element | Comment | Text


@record(frozen=True, slots=True)
class Problem:
    """A syntax problem found while parsing; the parser reports instead of raising.

    ``message`` is a catalogue message (key and parameters), rendered in the run's language."""

    message: Message
    start: Position


@record(frozen=True, slots=True, repr=False)
class WxmlDocument:
    """A parsed file: top-level nodes plus the problems found, sorted by position."""

    children: tuple[Node, ...]
    problems: tuple[Problem, ...]

    def iter_elements(self) -> Iterator[Element]:
        """Yield every element in document order."""
        return _iter_elements(self.children)

    def iter_comments(self) -> Iterator[Comment]:
        """Yield every comment in document order, however deeply nested."""
        for node in _walk(self.children):
            if isinstance(node, Comment):
                yield node

    def __repr__(self) -> str:
        return f"<WxmlDocument {len(self.children)} nodes, {len(self.problems)} problems>"


def _walk(nodes: tuple[Node, ...]) -> Iterator[Node]:
    """Yield all nodes in document order with an explicit stack (trees may be very deep)."""
    stack: list[Node] = list(reversed(nodes))
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, Element) and node.children:
            stack.extend(reversed(node.children))


def _iter_elements(nodes: tuple[Node, ...]) -> Iterator[Element]:
    """Yield the elements among `nodes` and their descendants in document order."""
    for node in _walk(nodes):
        if isinstance(node, Element):
            yield node


@record(frozen=True)
class MarkupOptions:
    """How a markup dialect parsed by the same scanner differs from WXML (the defaults)."""

    void_tags: frozenset[str] = frozenset()  # never have content; their end tags are ignored
    raw_tags: frozenset[str] = frozenset({"wxs"})  # content is not markup, up to `</tag`
    braces_in_values: bool = True  # `{{ }}` in a quoted value may hold that quote (WXML)
    unquoted_values: bool = False  # HTML: `a=b` is fine and ends at a space or '>'
    lt_in_text: bool = False  # HTML: a '<' that starts no tag is plain text
    fold_end_tags: bool = False  # `</View>` closes `<view>`, as Vue 3's parser does
    # A Vue single-file component: at the top level every block's content is raw text,
    # except a `<template>` whose lang is absent or html (Vue 3's `parseMode: 'sfc'`).
    sfc_root: bool = False


WXML = MarkupOptions()


@record(frozen=True, slots=True, repr=False)
class Markup:
    """A parsed range and, for each element closed by its own end tag, where that tag starts."""

    document: WxmlDocument
    end_tags: Mapping[int, int]  # element start offset -> offset of its `</tag`


def parse_wxml(text: str) -> WxmlDocument:
    """Parse WXML text into a document; broken markup becomes problems, never exceptions."""
    return _Parser(text).parse()


def parse_markup(text: str, start: int = 0, end: int | None = None,
                 options: MarkupOptions = WXML) -> Markup:
    """Parse ``text[start:end]`` with ``options``; every position is an offset into ``text``."""
    end = len(text) if end is None else max(start, min(end, len(text)))
    # The scanner treats the end of its text as the end of the input; cutting the text there
    # keeps every offset (and line and column) before it unchanged.
    parser = _Parser(text if end == len(text) else text[:end], start, options)
    return Markup(parser.parse(), parser.end_tags)


@record(slots=True)
class _Open:
    """A start tag waiting for its end tag; children grow as the scan goes on."""

    tag: str
    attributes: tuple[Attribute, ...]
    start: Position
    open_end: Position
    children: list[Node]


class _Parser:
    """Single forward scan; an explicit stack of open elements replaces recursion."""

    def __init__(self, text: str, start: int = 0, options: MarkupOptions = WXML) -> None:
        self.text = text
        self.n = len(text)
        self.start = start
        self.options = options
        self.end_tags: dict[int, int] = {}
        self.pos = LineIndex(text).exact
        self.problems: list[Problem] = []
        self.root: list[Node] = []
        self.stack: list[_Open] = []
        # How many elements of each tag are open: finding a matching start tag for an
        # end tag must not walk the stack, or 100,000 stray end tags go quadratic.
        self.open_counts: dict[str, int] = {}
        self._memo: dict[str, tuple[int, int]] = {}
        self.ran_off = False  # a quoted value consumed the rest of the text

    # -- helpers -------------------------------------------------------------------

    def find(self, needle: str, start: int) -> int:
        """str.find memoised per needle, so repeated searches over the same span stay linear."""
        hit = self._memo.get(needle)
        if hit is not None and hit[0] <= start and (hit[1] >= start or hit[1] == -1):
            return hit[1]
        found = self.text.find(needle, start)
        self._memo[needle] = (start, found)
        return found

    def problem(self, message: Message, offset: int) -> None:
        self.problems.append(Problem(message, self.pos(offset)))

    def append(self, node: Node) -> None:
        (self.stack[-1].children if self.stack else self.root).append(node)

    def is_name_start(self, offset: int) -> bool:
        return offset < self.n and (self.text[offset].isalpha() or self.text[offset] == "_")

    # -- document ------------------------------------------------------------------

    def parse(self) -> WxmlDocument:
        text, n, find = self.text, self.n, self.find
        i = text_start = self.start
        reported_open_expr = False
        while i < n:
            lt = find("<", i)
            brace = find("{{", i)
            if brace != -1 and (lt == -1 or brace < lt):
                # `{{ a < b }}` in text is an expression, not a tag: jump over it.
                close = find("}}", brace + 2)
                if close != -1:
                    i = close + 2
                    continue
                if not reported_open_expr:  # every later `{{` is unclosed too: say it once
                    self.problem(msg("wxml.text_braces"), brace)
                    reported_open_expr = True
                i = brace + 2
                continue
            if lt == -1:
                break
            if text.startswith("<!--", lt):
                handler = self.comment
            elif text.startswith("</", lt) and self.is_name_start(lt + 2):
                handler = self.end_tag
            elif self.is_name_start(lt + 1):
                handler = self.start_tag
            else:
                if not self.options.lt_in_text:
                    self.problem(msg("wxml.stray_lt"), lt)
                i = lt + 1  # it stays part of the surrounding text
                continue
            self.flush_text(text_start, lt)
            i = text_start = handler(lt)
        self.flush_text(text_start, n)
        while self.stack:
            frame = self.stack.pop()
            self.problem(msg("wxml.end_tag_missing", tag=frame.tag, line=frame.start.line,
                             column=frame.start.column), frame.start.offset)
            self.finish(frame, n)
        problems = sorted(self.problems, key=lambda p: p.start.offset)
        return WxmlDocument(tuple(self.root), tuple(problems))

    def flush_text(self, start: int, end: int) -> None:
        if end > start:
            self.append(Text(self.text[start:end], self.pos(start), self.pos(end)))

    def finish(self, frame: _Open, end: int) -> None:
        element = Element(frame.tag, frame.attributes, frame.start, self.pos(end),
                          frame.open_end, False, tuple(frame.children))
        self.append(element)

    def comment(self, lt: int) -> int:
        close = self.find("-->", lt + 4)
        if close == -1:
            self.problem(msg("wxml.comment_unclosed"), lt)
            end, body = self.n, self.text[lt + 4:]
        else:
            end, body = close + 3, self.text[lt + 4:close]
        self.append(Comment(body, self.pos(lt), self.pos(end)))
        return end

    # -- end tags ------------------------------------------------------------------

    def end_tag(self, lt: int) -> int:
        text, n = self.text, self.n
        name_end = _name_end(text, lt + 2)
        name = text[lt + 2:name_end]
        k = _space_end(text, name_end)
        if k >= n:
            self.problem(msg("wxml.end_tag_unclosed", name=name), lt)
            end = n
        elif text[k] == ">":
            end = k + 1
        else:
            self.problem(msg("wxml.end_tag_text", name=name), k)
            # Resynchronise at the next '>' unless a new tag starts first.
            gt, nxt = self.find(">", k), self.find("<", k)
            if gt != -1 and (nxt == -1 or gt < nxt):
                end = gt + 1
            else:
                end = n if nxt == -1 else nxt
        self.close(name, lt, end)
        return end

    def key(self, tag: str) -> str:
        return tag.lower() if self.options.fold_end_tags else tag

    def close(self, name: str, lt: int, end: int) -> None:
        if name in self.options.void_tags:
            return  # `<input></input>`: HTML parsers drop the end tag of a void element
        key = self.key(name)
        if not self.open_counts.get(key):
            self.problem(msg("wxml.end_tag_orphan", name=name), lt)
            return
        while True:
            frame = self.stack.pop()
            self.open_counts[self.key(frame.tag)] -= 1
            if self.key(frame.tag) == key:
                self.end_tags[frame.start.offset] = lt
                self.finish(frame, end)
                return
            # An element between here and the match was never closed: end it where the
            # mismatched end tag begins, so its children stay where the author put them.
            self.problem(msg("wxml.end_tag_mismatch", tag=frame.tag, line=frame.start.line,
                             column=frame.start.column, name=name), lt)
            self.finish(frame, lt)

    # -- start tags ----------------------------------------------------------------

    def start_tag(self, lt: int) -> int:
        text, n = self.text, self.n
        j = _name_end(text, lt + 1)
        tag = text[lt + 1:j]
        attributes: list[Attribute] = []
        self_closing = False
        while True:
            j = _space_end(text, j)
            if j >= n:
                if not self.ran_off:  # a value that ran to the end was already reported
                    self.problem(msg("wxml.start_tag_unclosed", tag=tag), lt)
                return self.open_element(tag, attributes, lt, n, False, unterminated=True)
            c = text[j]
            if c == ">":
                j += 1
                break
            if c == "/":
                if text.startswith("/>", j):
                    j += 2
                    self_closing = True
                    break
                self.problem(msg("wxml.start_tag_slash", tag=tag), j)
                j += 1
            elif c == "<":
                # A missing '>' is likelier than a '<' inside a name: end the tag here.
                self.problem(msg("wxml.start_tag_unclosed", tag=tag), lt)
                break
            elif c == "=" or c in _QUOTES:
                j = self.nameless_value(j)
            else:
                attribute, j = self.attribute(j)
                attributes.append(attribute)
        return self.open_element(tag, attributes, lt, j, self_closing, unterminated=False)

    def open_element(self, tag: str, attributes: list[Attribute], lt: int, open_end: int,
                     self_closing: bool, unterminated: bool) -> int:
        start, end = self.pos(lt), self.pos(open_end)
        if self_closing or unterminated or tag in self.options.void_tags:
            # An unterminated tag already has its problem; do not add "end tag missing".
            self.append(Element(tag, tuple(attributes), start, end, end, self_closing, ()))
            return open_end
        children: list[Node] = []
        resume = open_end
        if tag in self.options.raw_tags or (self.options.sfc_root and not self.stack
                                            and not _markup_template(tag, attributes)):
            # Inline WXS is JavaScript: `<`, `&&` and "</view>" in it are not markup.
            body_end = self.find_raw_end(open_end, tag)
            if body_end > open_end:
                children.append(Text(self.text[open_end:body_end], end, self.pos(body_end)))
            resume = body_end
        self.stack.append(_Open(tag, tuple(attributes), start, end, children))
        self.open_counts[self.key(tag)] = self.open_counts.get(self.key(tag), 0) + 1
        return resume

    def find_raw_end(self, start: int, tag: str = "wxs") -> int:
        """Offset of the `</tag` that ends a raw body, or the end of the text."""
        while True:
            at = self.find("</" + tag, start)
            if at == -1:
                return self.n
            after = at + 2 + len(tag)
            if after >= self.n or self.text[after] in _SPACE or self.text[after] == ">":
                return at
            start = after  # e.g. `</wxsfoo`: keep looking

    def nameless_value(self, j: int) -> int:
        """Report and skip `="x"` or a stray quoted string where a name should be."""
        self.problem(msg("wxml.value_without_name"), j)
        if self.text[j] == "=":
            j = _space_end(self.text, j + 1)
        if j < self.n and self.text[j] in _QUOTES:
            return self.quoted(j, "")[1]
        return j + 1 if j < self.n and self.text[j] == "=" else j

    def attribute(self, j: int) -> tuple[Attribute, int]:
        text, n = self.text, self.n
        name_end = _name_end(text, j)
        name = text[j:name_end]
        start = self.pos(j)
        k = _space_end(text, name_end)
        if k >= n or text[k] != "=":
            # Bare attribute: it ends with its name; the spaces after belong to no one.
            return Attribute(name, None, "", start, None, self.pos(name_end)), name_end
        k = _space_end(text, k + 1)
        if k < n and text[k] in _QUOTES:
            value, end = self.quoted(k, name)
            return Attribute(name, value, text[k], start, self.pos(k + 1), self.pos(end)), end
        if k >= n or text[k] in "><" or text.startswith("/>", k):
            self.problem(msg("wxml.attribute_no_value", name=name), k)
            value_end = k
        elif self.options.unquoted_values:
            value_end = _unquoted_html_end(text, k)
        else:
            self.problem(msg("wxml.attribute_unquoted", name=name), k)
            value_end = self.unquoted_end(k)
        value_start = self.pos(k)
        after = self.pos(value_end) if value_end != k else value_start
        return Attribute(name, text[k:value_end], "", start, value_start, after), value_end

    def unquoted_end(self, j: int) -> int:
        """End of an unquoted value (an error wcc rejects, parsed only to recover)."""
        text, n = self.text, self.n
        while j < n:
            c = text[j]
            if c in _UNQUOTED_STOP or (c == "/" and text.startswith("/>", j)):
                break
            if c == "{" and text.startswith("{{", j):
                close = self.find("}}", j + 2)
                if close != -1:
                    j = close + 2
                    continue
            j += 1
        return j

    def quoted(self, q_at: int, name: str) -> tuple[str, int]:
        """Scan a quoted value; return it and the offset just after the closing quote."""
        text, find = self.text, self.find
        quote = text[q_at]
        j = q_at + 1
        while True:
            close = find(quote, j)
            brace = find("{{", j) if self.options.braces_in_values else -1
            if brace != -1 and (close == -1 or brace < close):
                end_expr = find("}}", brace + 2)
                # `{{ }}` may hold the other quote (and '>'), never this one: a closing
                # quote before '}}' means the expression was left open.
                if end_expr != -1 and (close == -1 or end_expr < close):
                    j = end_expr + 2
                    continue
                self.problem(msg("wxml.value_braces", label=_label(name)), brace)
            if close == -1:
                self.problem(msg("wxml.value_unclosed", label=_label(name), quote=repr(quote)), q_at)
                self.ran_off = True
                return text[q_at + 1:], self.n
            return text[q_at + 1:close], close + 1


def _label(name: str) -> Message:
    """How a message names an attribute: "attribute NAME", or "attribute" when it has none."""
    return msg("wxml.attribute_label", name=name) if name else msg("wxml.attribute")


# -- the fast path ----------------------------------------------------------------------
# Linting thousands of pages mostly meets well-formed markup that holds no contact cell.
# For those, all that matters is whether the parser would report a problem. The scan below
# answers that without one Python step per token: a single `findall` tokenises the whole
# text in C and keeps only each tag's name (`<view>`, `<image/>`, `</view>`), and one more
# match checks that this skeleton nests. Only a page that holds a wanted tag or a marked
# comment is read again: with str.find when every `<tag` in its text is a real tag (as many
# as in the skeleton), else with a pattern that stops at those alone. It is strict:
# anything the parser could report makes the scan answer None and the caller runs the full
# parser, whose messages and positions are the ones reported.
#
# Every pattern stays linear without possessive quantifiers or atomic groups (both new in
# Python 3.11, and wecontact supports 3.10): each repeated character class is followed only
# by what it cannot match (a name stops at space, '=', '>', '/', '<' or a quote, text at
# '<' or '{'), so any character given back fails at once and no stretch of text can be
# split two ways. `findall` never fails at a position (an unexpected '<' or '{' ends the
# token list by swallowing the rest), so it never rescans text from the next character.
_WS = r"[ \t\n\r\f]"
_NAME_CHAR = r"""[^ \t\n\r\f=>/<"']"""
_TAG_NAME = rf"[A-Za-z_]{_NAME_CHAR}*"
_QUOTED_VALUE = r"(?:\"[^\"]*\"|'[^']*')"
_ATTRIBUTE = compile_pattern(rf"({_NAME_CHAR}+)(?:{_WS}*={_WS}*({_QUOTED_VALUE}))?")
_IS_TAG_NAME = compile_pattern(_TAG_NAME)
# `{{` closes at the first `}}` after it, as the parser's str.find does.
_TEXT_EXPRESSION = r"\{\{[^}]*(?:\}(?!\})[^}]*)*\}\}"
_COMMENT_BODY = r"[^-]*(?:-(?!->)[^-]*)*"  # up to the first `-->`
_COMMENT = rf"<!--{_COMMENT_BODY}-->"
_RAW_WXS = r"[^<]*(?:<(?!/wxs)[^<]*)*"  # inline WXS is script: it runs to the first `</wxs`


def _quoted(quote: str) -> str:
    """A quoted value whose every `{{` closes before the quote (the parser's value check)."""
    expression = rf"\{{\{{[^{quote}}}]*(?:\}}(?!\}})[^{quote}}}]*)*\}}\}}"
    return rf"{quote}[^{quote}{{]*(?:(?:{expression}|\{{(?!\{{))[^{quote}{{]*)*{quote}"


_ATTRIBUTES = rf"(?:{_WS}+{_NAME_CHAR}+(?:{_WS}*={_WS}*(?:{_quoted(chr(34))}|{_quoted(chr(39))}))?)*"
_NOT_WXS = rf"(?!wxs(?!{_NAME_CHAR}))"
_WXS_ELEMENT = rf"<wxs(?!{_NAME_CHAR}){_ATTRIBUTES}{_WS}*(?:/>|>{_RAW_WXS}</wxs{_WS}*>)"
_SKELETON_DEPTH = 24  # nesting the one-match skeleton check covers; deeper pages use a stack


def _skip(*units: str) -> str:
    """Text, with any of ``units`` inside it, up to the next '<' or '{' that starts none."""
    return rf"[^<{{]*(?:(?:{'|'.join(units)})[^<{{]*)*"


def _skeleton_element(depth: int) -> str:
    """An element of the skeleton and its children, nested at most `_SKELETON_DEPTH` deep."""
    children = f"(?:{_skeleton_element(depth + 1)})*" if depth < _SKELETON_DEPTH else ""
    return rf"<([^<>/]+)(?:/>|>{children}</\{depth}>)"


_TOKEN = LazyPattern(_skip(_TEXT_EXPRESSION, r"\{(?!\{)", _COMMENT, _WXS_ELEMENT)
                     + rf"(?:(</{_TAG_NAME}(?={_WS}*>)|<{_NOT_WXS}{_TAG_NAME}){_ATTRIBUTES}{_WS}*(/?>)"
                     + r"|([<{])[\s\S]*|\Z)")
"""The tokeniser: one match per tag (its name, the end of the tag) or the stray character."""
_NESTS = LazyPattern(f"(?:{_skeleton_element(1)})*")
"""The skeleton's nesting check."""


def is_well_formed(text: str) -> bool:
    """True exactly when ``scan`` returns a document: the parser would report no problem."""
    return _skeleton(text) is not None


def _skeleton(text: str) -> str | None:
    """The tags of well-formed markup, names only (wxs elements left out); else None."""
    skeleton = "".join(map("".join, _TOKEN.findall(text)))
    if not skeleton:
        return skeleton
    if skeleton[-1] != ">":  # a '<' or '{' that starts no tag, comment or expression
        return None
    return skeleton if _NESTS.fullmatch(skeleton) or _nests_deeply(skeleton) else None


def _nests_deeply(skeleton: str) -> bool:
    """Whether a skeleton's tags nest, however deep (the one-match check stops at a depth)."""
    stack: list[str] = []
    for tag in skeleton[1:-1].split("><"):  # names hold no '<' or '>'
        if tag[0] == "/":
            if not stack or stack.pop() != tag[1:]:
                return False
        elif tag[-1] != "/":
            stack.append(tag)
    return not stack


def scan(text: str, wanted: Collection[str], comments_with: str = "") -> WxmlDocument | None:
    """A flat document of the comments (those containing ``comments_with``) and the
    ``wanted`` elements of well-formed markup.

    None when the markup is not provably well-formed: then ``parse_wxml`` must run. The
    elements have their attributes and exact positions but no children (nothing is built
    for the rest of the markup), which is all a linter looking for one tag needs.
    """
    skeleton = _skeleton(text)
    if skeleton is None:
        return None
    # A tag or a marker that the text does not contain cannot be found: most pages stop here.
    names = tuple(sorted(name for name in wanted if "<" + name in text and _IS_TAG_NAME.fullmatch(name)))
    comments = "<!--" in text and comments_with in text
    if not names and not comments:
        return WxmlDocument((), ())
    found = None if comments else _locate(text, skeleton, names)
    if found is None:
        found = _find(text, _wanted_pattern(names, comments), comments_with)
    return None if found is None else WxmlDocument(_flat_nodes(text, found), ())


# (start, start tag match or None for a comment, open end or comment body start, end or body end)
_Found = tuple[int, "re.Match[str] | None", int, int]


_START_TAG = LazyPattern(rf"<(?P<name>{_TAG_NAME})(?P<attrs>{_ATTRIBUTES}){_WS}*(?P<slash>/)?>")
_END_TAG = LazyPattern(rf"</(?P<name>{_TAG_NAME}){_WS}*>")
"""A start tag and an end tag at a known offset."""


def _locate(text: str, skeleton: str, names: tuple[str, ...]) -> list[_Found] | None:
    """The wanted elements, found with str.find when every `<name` and `</name` of the text
    is a tag (the skeleton holds as many): none hides in a comment, value or expression.
    None when some may hide, or a wanted tag is `wxs` (left out of the skeleton)."""
    found: list[_Found] = []
    start_tag, end_tag = _START_TAG.compiled, _END_TAG.compiled
    for name in names:
        starts, ends = _occurrences(text, "<" + name), _occurrences(text, "</" + name)
        if len(starts) != skeleton.count("<" + name) or len(ends) != skeleton.count("</" + name):
            return None
        tags = [tag for at in starts if (tag := start_tag.match(text, at)) and tag["name"] == name]
        tags += [tag for at in ends if (tag := end_tag.match(text, at)) and tag["name"] == name]
        opened: list[re.Match[str]] = []
        for tag in sorted(tags, key=lambda match: match.start()):
            if tag.re is start_tag and tag["slash"]:
                found.append((tag.start(), tag, tag.end(), tag.end()))
            elif tag.re is start_tag:
                opened.append(tag)
            elif opened:  # well-formed: an end tag closes the latest open element of its name
                start = opened.pop()
                found.append((start.start(), start, start.end(), tag.end()))
            else:
                return None
        if opened:
            return None
    return sorted(found, key=lambda item: item[0])


def _occurrences(text: str, needle: str) -> list[int]:
    """Every offset where ``needle`` starts (it begins with '<', so occurrences never overlap)."""
    found: list[int] = []
    at = text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + len(needle))
    return found


@functools.lru_cache(maxsize=32)
def _wanted_pattern(names: tuple[str, ...], comments: bool) -> re.Pattern[str]:
    """One match per wanted start tag, wanted end tag or (if asked) comment of a page that
    is known to be well-formed; everything else is skipped inside the match."""
    wanted = rf"(?:{'|'.join(map(re.escape, names))})(?!{_NAME_CHAR})"
    skipped = [_TEXT_EXPRESSION, r"\{(?!\{)", rf"</(?!{wanted}){_TAG_NAME}{_WS}*>",
               rf"<(?!{wanted}){_NOT_WXS}{_TAG_NAME}{_ATTRIBUTES}{_WS}*/?>"]
    if "wxs" not in names:
        skipped.append(_WXS_ELEMENT)
    if not comments:
        skipped.append(_COMMENT)
    # A wanted `<wxs>` keeps its raw body out of the next match, as a skipped one does.
    name = f"(?P<name>{'|'.join('(?P<wxs>wxs)' if n == 'wxs' else re.escape(n) for n in names)})"
    raw = rf"(?(wxs)(?(slash)|{_RAW_WXS}))" if "wxs" in names else ""
    items = [rf"(?P<tag><{name}(?!{_NAME_CHAR})(?P<attrs>{_ATTRIBUTES}){_WS}*(?P<slash>/)?>){raw}",
             rf"(?P<end></{wanted}{_WS}*>)", r"(?P<bad>[<{])[\s\S]*", r"\Z"]
    if comments:
        items.insert(2, rf"<!--(?P<comment>{_COMMENT_BODY})-->")
    return compile_pattern(_skip(*skipped) + f"(?:{'|'.join(items)})")


def _find(text: str, pattern: re.Pattern[str], comments_with: str) -> list[_Found] | None:
    """The wanted elements and marked comments, sorted by start; None if the pattern meets
    something the well-formedness check let through (never expected: then parse instead)."""
    found: list[_Found] = []
    opened: list[re.Match[str]] = []
    comments = "comment" in pattern.groupindex
    for match in pattern.finditer(text):
        if match["tag"] is not None:
            if match["slash"]:
                found.append((match.start("tag"), match, match.end("tag"), match.end("tag")))
            else:
                opened.append(match)
        elif match["end"] is not None:
            if not opened:
                return None
            start = opened.pop()  # well-formed: the latest open wanted element is this one
            found.append((start.start("tag"), start, start.end("tag"), match.end("end")))
        elif comments and match["comment"] is not None:
            if comments_with in match["comment"]:
                found.append((match.start("comment") - 4, None, match.start("comment"), match.end("comment")))
        elif match["bad"] is not None:
            return None
    return None if opened else sorted(found, key=lambda item: item[0])


class _Counter:
    """Positions of offsets asked mostly in increasing order: the lines are counted from
    the last offset asked (in C), not indexed over the whole text as LineIndex does."""

    __slots__ = ("_line", "_offset", "_text")

    def __init__(self, text: str) -> None:
        self._text, self._offset, self._line = text, 0, 1

    def position(self, offset: int) -> Position:
        """The position of an offset in the text (LineIndex.exact's answer)."""
        text = self._text
        if offset < self._offset:  # backwards (after a nested element's end): count again
            self._offset, self._line = 0, 1
        self._line += text.count("\n", self._offset, offset)
        self._offset = offset
        return Position(self._line, offset - text.rfind("\n", 0, offset), offset)


def _flat_nodes(text: str, found: list[_Found]) -> tuple[Node, ...]:
    """The elements and comments found, with exact positions and no children."""
    pos = _Counter(text).position
    nodes: list[Node] = []
    for start, tag_match, open_end, end in found:
        if tag_match is None:  # a comment: open_end/end delimit its body
            nodes.append(Comment(text[open_end:end], pos(start), pos(end + 3)))
            continue
        base = tag_match.start("attrs")
        attributes = []
        for attr in _ATTRIBUTE.finditer(tag_match["attrs"]):
            name_at = base + attr.start(1)
            if attr[2] is None:
                attributes.append(Attribute(attr[1], None, "", pos(name_at), None, pos(base + attr.end(1))))
            else:
                quote_at = base + attr.start(2)
                attributes.append(Attribute(attr[1], attr[2][1:-1], attr[2][0], pos(name_at),
                                            pos(quote_at + 1), pos(base + attr.end(2))))
        nodes.append(Element(tag_match["name"], tuple(attributes), pos(start), pos(end), pos(open_end),
                             bool(tag_match["slash"]), ()))
    return tuple(nodes)
