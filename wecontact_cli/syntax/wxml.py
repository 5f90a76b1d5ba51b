"""Case-preserving WXML parser with exact positions; never raises, runs in linear time."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass

from wecontact_cli.i18n.message import Message, msg
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
_NAME_RE = re.compile(r"""[^ \t\n\r\f=>/<"']*""")
_SPACE_RE = re.compile(r"[ \t\n\r\f]*")
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


_HTML_UNQUOTED_RE = re.compile(r"[^ \t\n\r\f>]*")


def _unquoted_html_end(text: str, start: int) -> int:
    """End of an HTML unquoted value: the next space or '>' ('/' belongs to the value)."""
    match = _HTML_UNQUOTED_RE.match(text, start)
    return match.end() if match else start


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class Comment:
    """A `<!-- -->` comment; `text` is what lies between the delimiters."""

    text: str
    start: Position
    end: Position


@dataclass(frozen=True, slots=True)
class Text:
    """Raw character data between tags (whitespace included, entities not decoded)."""

    text: str
    start: Position
    end: Position


# repr=False: the generated repr recurses into children and would overflow on deep trees.
@dataclass(frozen=True, slots=True, repr=False)
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


@dataclass(frozen=True, slots=True)
class Problem:
    """A syntax problem found while parsing; the parser reports instead of raising.

    ``message`` is a catalogue message (key and parameters), rendered in the run's language."""

    message: Message
    start: Position


@dataclass(frozen=True, slots=True, repr=False)
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


@dataclass(frozen=True)
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


@dataclass(frozen=True, slots=True, repr=False)
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


@dataclass(slots=True)
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
# For those, all that matters is whether the parser would report a problem; this scanner
# answers that with a few C-level regex matches per tag and builds nothing. It is strict:
# anything unusual returns False and the caller runs the full parser, whose messages and
# positions are the ones reported.
#
# Every match stays linear without possessive quantifiers or atomic groups (both new in
# Python 3.11, and wecontact supports 3.10): each repeated character class is followed only
# by characters it cannot match (a name stops at space, '=', '>', '/', '<' or a quote; a
# quoted value at its quote), so a character given back can never lead to another match and
# backtracking stops at once. The one nested repetition, the attribute list, is made atomic
# with the `(?=(X))\2` idiom: a lookahead is never re-entered once it has matched, so when
# the tag's end does not follow, the engine cannot retry the list split another way.
_WS = r"[ \t\n\r\f]"
_NAME_CHAR = r"[^ \t\n\r\f=>/<\"']"
_QUOTED_VALUE = r"(?:\"[^\"]*\"|'[^']*')"
_NEXT = re.compile(r"<!--|</|<|\{\{")
_END_TAG = re.compile(rf"</([A-Za-z_]{_NAME_CHAR}*){_WS}*>")
_START_TAG = re.compile(
    rf"<([A-Za-z_]{_NAME_CHAR}*)"
    rf"(?=((?:{_WS}+{_NAME_CHAR}+(?:{_WS}*={_WS}*{_QUOTED_VALUE})?)*))\2"
    rf"{_WS}*(/?)>"
)
_QUOTED = re.compile(r"\"([^\"]*)\"|'([^']*)'")
_ATTRIBUTE = re.compile(rf"({_NAME_CHAR}+)(?:{_WS}*={_WS}*({_QUOTED_VALUE}))?")


def is_well_formed(text: str) -> bool:
    """True only if ``parse_wxml(text)`` would report no problem (False: parse to find out)."""
    return scan(text, ()) is not None


def scan(text: str, wanted: Collection[str], comments_with: str = "") -> WxmlDocument | None:
    """A flat document of the comments (those containing ``comments_with``) and the
    ``wanted`` elements of well-formed markup.

    None when the markup is not provably well-formed: then ``parse_wxml`` must run. The
    elements have their attributes and exact positions but no children (nothing is built
    for the rest of the markup), which is all a linter looking for one tag needs.
    """
    stack: list[tuple[str, re.Match[str] | None]] = []
    found: list[tuple[int, re.Match[str] | None, int, int]] = []  # (start, tag match, open end, end)
    i, n = 0, len(text)
    while i < n:
        match = _NEXT.search(text, i)
        if match is None:
            break
        at, token = match.start(), match.group()
        if token == "{{":
            close = text.find("}}", at + 2)
            if close < 0:
                return None
            i = close + 2
        elif token == "<!--":
            close = text.find("-->", at + 4)
            if close < 0:
                return None
            i = close + 3
            if comments_with in text[at + 4:close]:
                found.append((at, None, at + 4, close))
        elif token == "</":
            end = _END_TAG.match(text, at)
            if end is None or not stack:
                return None
            tag, opened = stack.pop()
            if tag != end[1]:
                return None
            i = end.end()
            if opened is not None:
                found.append((opened.start(), opened, opened.end(), i))
        else:
            start = _START_TAG.match(text, at)
            if start is None or ("{{" in start[2] and not _expressions_closed(start[2])):
                return None
            i = start.end()
            keep = start if start[1] in wanted else None
            if start[3]:
                if keep is not None:
                    found.append((at, keep, i, i))
                continue
            stack.append((start[1], keep))
            if start[1] == "wxs":
                raw_end = text.find("</wxs", i)
                if raw_end < 0:
                    return None
                i = raw_end
    if stack:
        return None
    return WxmlDocument(_flat_nodes(text, sorted(found, key=lambda item: item[0])), ())


def _flat_nodes(text: str, found: list[tuple[int, re.Match[str] | None, int, int]]) -> tuple[Node, ...]:
    if not found:
        return ()
    pos = LineIndex(text).exact
    nodes: list[Node] = []
    for start, tag_match, open_end, end in found:
        if tag_match is None:  # a comment: open_end/end delimit its body
            nodes.append(Comment(text[open_end:end], pos(start), pos(end + 3)))
            continue
        base = tag_match.start(2)
        attributes = []
        for attr in _ATTRIBUTE.finditer(tag_match[2]):
            name_at = base + attr.start(1)
            if attr[2] is None:
                attributes.append(Attribute(attr[1], None, "", pos(name_at), None, pos(base + attr.end(1))))
            else:
                quote_at = base + attr.start(2)
                attributes.append(Attribute(attr[1], attr[2][1:-1], attr[2][0], pos(name_at),
                                            pos(quote_at + 1), pos(base + attr.end(2))))
        self_closing = bool(tag_match[3])
        nodes.append(Element(tag_match[1], tuple(attributes), pos(start), pos(end), pos(open_end),
                             self_closing, ()))
    return tuple(nodes)


def _expressions_closed(attributes: str) -> bool:
    """Every ``{{`` in a quoted value closes before the value's closing quote."""
    for match in _QUOTED.finditer(attributes):
        value = match[1] if match[1] is not None else match[2]
        at = value.find("{{")
        while at >= 0:
            close = value.find("}}", at + 2)
            if close < 0:
                return False
            at = value.find("{{", close + 2)
    return True
