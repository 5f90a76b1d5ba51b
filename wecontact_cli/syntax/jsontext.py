"""Strict JSON with source spans, precise syntax errors, and edits in the file's own style.

The standard library can tell whether a file is JSON, but not where a key's value sits
or what the author meant when it is not JSON. This parser keeps the offset of every
key and value so that edits can insert text at a located span (as VS Code's
jsonc-parser ``modify`` does) instead of re-serialising the document, and it explains
the mistakes people make in app.json: comments, trailing commas, single quotes.
It is iterative, so deeply nested input cannot exhaust the interpreter's stack.
``parse_lazy`` gives the same tree for large files that are JSON once their comments are
blanked: the C decoder reads them and nodes are located only where someone looks.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from json.decoder import scanstring
from typing import Any, Iterator

from wecontact_cli.edits import TextEdit
from wecontact_cli.i18n.message import Message, msg
from wecontact_cli.records import field, record
from wecontact_cli.syntax.lazy_pattern import LazyPattern
from wecontact_cli.syntax.patterns import compile_pattern
from wecontact_cli.text.positions import line_col

_WS = compile_pattern(r"[ \t\n\r]*")
_NUMBER = compile_pattern(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_WORD = compile_pattern(r"[A-Za-z_$][A-Za-z0-9_$]*")
_LITERALS = {"true": True, "false": False, "null": None}
_MAX_INT_DIGITS = 4000
"""Below every Python's int-from-string limit (sys.int_info.default_max_str_digits, 4,300)."""


class JsonSyntaxError(ValueError):
    """Text that is not strict JSON: ``message`` (a catalogue message) says why, ``offset``
    is where the problem was found."""

    def __init__(self, message: Message, offset: int):
        super().__init__(str(message))
        self.message = message
        self.offset = offset


@record(eq=False)
class JsonNode:
    """A JSON value with its span ``[start, end)`` in the text."""

    kind: str  # object | array | string | number | literal
    start: int
    end: int = -1
    value: Any = None  # the Python value of a scalar
    members: list[Member] = field(default_factory=list)
    """An object's members as JSON.parse keeps them: the last one of each key, in text order."""
    items: list[JsonNode] = field(default_factory=list)  # arrays
    duplicates: list[Member] = field(default_factory=list)
    """Members that a later member with the same key shadows: JSON.parse (WeChat) drops them."""
    trailing_comma: int = -1
    """JSONC only: the offset of a comma after the last member or item (-1: none)."""

    def get(self, key: str) -> JsonNode | None:
        """The value of ``key`` in an object (the last one, as JSON.parse does)."""
        member = self.member(key)
        return member.value if member else None

    def member(self, key: str) -> Member | None:
        """The last member named ``key`` of an object, or None."""
        for member in reversed(self.members):
            if member.key == key:
                return member
        return None

    def written_members(self) -> list[Member]:
        """Every member as written, shadowed duplicates included, in text order."""
        if not self.duplicates:
            return self.members
        return sorted([*self.members, *self.duplicates], key=lambda m: m.key_start)

    def to_python(self) -> Any:
        """The plain Python value of this node (later duplicate keys win)."""
        if self.kind == "object":
            return {m.key: m.value.to_python() for m in self.members}
        if self.kind == "array":
            return [item.to_python() for item in self.items]
        return self.value

    @property
    def type_name(self) -> str:
        """The JSON type as a user says it: object, array, string, number, boolean, null."""
        if self.kind == "literal":
            return "null" if self.value is None else "boolean"
        return self.kind


@record(eq=False)
class Member:
    """``"key": value`` inside an object; ``key_start`` is the opening quote."""

    key: str
    key_start: int
    key_end: int
    value: JsonNode


def parse(text: str, *, jsonc: bool = False) -> JsonNode:
    """Parse strict JSON (or JSONC: comments and trailing commas) into nodes with spans.

    Raises JsonSyntaxError with an offset.
    """
    return _Parser(text, jsonc).parse()


def parse_lazy(text: str, *, jsonc: bool = False) -> JsonNode:
    """``parse``, read by the standard library's C decoder when it can: a text that is strict
    JSON once its comments are blanked and repeats no key gives a tree whose containers find
    their members and items only when asked (a 2,000-page pages.json is mostly entries nobody
    looks into). Anything else goes to ``parse``: the same tree, the same errors."""
    clean = _blank_comments(text) if jsonc else text
    if clean is None:
        return parse(text, jsonc=jsonc)
    try:
        data = strict_loads(clean)
    except (ValueError, RecursionError):
        return parse(text, jsonc=jsonc)
    start = _WS.match(clean).end()  # type: ignore[union-attr]
    if clean[start] in "{[":  # the decoder read it all: only blanks follow it (no decoding it again)
        end = len(clean.rstrip(" \t\n\r"))
        return LazyJsonNode("object" if clean[start] == "{" else "array", start, end, clean, data)
    return _located(clean, start, data)[0]


def _blank_comments(text: str) -> str | None:
    """``text`` with every comment turned into spaces (offsets kept), as ``_Parser._skip``
    reads comments; None when that needs the parser: a backslash (a quote may be escaped) or
    an unterminated ``/*``."""
    if "/" not in text:
        return text
    if "\\" in text:
        return None
    parts: list[str] = []
    done = 0  # the text before ``done`` is in ``parts``
    inside = False  # whether ``done`` lies inside a string
    for hit in _COMMENT_START.finditer(text):
        at = hit.start()
        if at < done:
            continue  # inside a comment already blanked
        inside ^= text.count('"', done, at) % 2 == 1
        if inside:
            parts.append(text[done:at])
            done = at
            continue
        if hit.group() == "//":
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
        else:
            end = text.find("*/", at + 2)
            if end < 0:
                return None
            end += 2
        parts.append(text[done:at])
        parts.append(" " * (end - at))
        done = end
    parts.append(text[done:])
    return "".join(parts)


_COMMENT_START = LazyPattern(r"/[/*]")


def _not_json(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object's members; a repeated key sends the text to the parser (it sets the shadowed
    members aside as ``duplicates``)."""
    found = dict(pairs)
    if len(found) != len(pairs):
        raise ValueError("repeated key")
    return found


_DECODE = json.JSONDecoder(parse_constant=_not_json).scan_once
_STRICT = json.JSONDecoder(parse_constant=_not_json, object_pairs_hook=_unique_keys)


def strict_loads(text: str) -> Any:
    """Strict JSON through the standard library's C decoder: NaN, Infinity and a repeated key
    raise ValueError (the span parser then says where and why). One decoder serves every
    call: ``json.loads`` with options builds a decoder and its scanner each time."""
    return _STRICT.decode(text)


class _LocatedOffset:
    """An offset of a lazy node, kept in the attribute ``slot``: located (by placing the
    node's parent's members) the first time it is read while unknown."""

    def __init__(self, slot: str) -> None:
        self.slot = slot

    def __get__(self, node: LazyJsonNode | None, owner: type | None = None) -> Any:
        if node is None:
            return self
        if getattr(node, self.slot) is None:
            node._locate()
        return getattr(node, self.slot)

    def __set__(self, node: LazyJsonNode, value: int) -> None:
        setattr(node, self.slot, value)


class LazyJsonNode(JsonNode):
    """A node of a text the C decoder read (strict JSON: no key repeats, no comma trails).
    A container locates its members or items on first use; ``get`` (and ``item_nodes``)
    answer from the decoded value without locating anything: None for a missing key, else a
    node whose position is found (by locating its parent's members or items) only when asked for."""

    def __init__(self, kind: str, start: int | None, end: int | None, text: str, data: Any,
                 parent: LazyJsonNode | None = None, key: str | int = "") -> None:
        self.kind, self.value, self.trailing_comma = kind, None, -1
        self._start, self._end = start, end
        self._text, self._data, self._parent, self._key = text, data, parent, key
        self._members: list[Member] | None = None
        self._items: list[JsonNode] | None = None
        self._duplicates: list[Member] = []
        self._children: dict[str | int, LazyJsonNode] = {}
        """What ``get`` (a key) or ``item_nodes`` (an index) handed out before the members or
        items were located (they become the members' values or the items)."""

    start = _LocatedOffset("_start")  # type: ignore[assignment]
    """Where the value starts (located on first use)."""
    end = _LocatedOffset("_end")  # type: ignore[assignment]
    """Where the value ends (located on first use)."""

    def _locate(self) -> None:
        assert self._parent is not None  # only ``get`` and ``item_nodes`` make a node without a position
        if isinstance(self._key, int):
            self._parent.items  # noqa: B018 (locating them places this node)
        else:
            self._parent.members  # noqa: B018 (locating them places this node)

    @property
    def data(self) -> Any:
        """The value as the C decoder read it (plain Python: dicts, lists, strings ...)."""
        return self._data

    @property  # type: ignore[override]
    def members(self) -> list[Member]:
        """The members, located on first use."""
        if self._members is None:
            self._members = _members(self, self._text, self.start, self._data) if self.kind == "object" else []
        return self._members

    @members.setter
    def members(self, value: list[Member]) -> None:
        self._members = value

    @property  # type: ignore[override]
    def items(self) -> list[JsonNode]:
        """The items, located on first use."""
        if self._items is None:
            self._items = _items(self._text, self.start, self._data, self._children) if self.kind == "array" else []
        return self._items

    @items.setter
    def items(self, value: list[JsonNode]) -> None:
        self._items = value

    @property  # type: ignore[override]
    def duplicates(self) -> list[Member]:
        """None: the decoder refused repeated keys."""
        return self._duplicates

    @duplicates.setter
    def duplicates(self, value: list[Member]) -> None:
        self._duplicates = value

    def get(self, key: str) -> JsonNode | None:
        """The value of ``key``, from the decoded object while its members are not located."""
        data = self._data
        if self._members is not None or self.kind != "object" or not isinstance(data, dict):
            return super().get(key)
        if key not in data:
            return None
        child = self._children.get(key)
        if child is None:
            kind = _kind_of(data[key])
            if kind is None:
                return super().get(key)  # a number: its value is read from its text
            child = LazyJsonNode(kind, None, None, self._text, data[key], self, key)
            if kind == "string" or kind == "literal":
                child.value = data[key]
            self._children[key] = child
        return child

    def item_nodes(self) -> list[JsonNode]:
        """The items, each placed only when its position is asked for (``items`` places them
        all): a 2,000-page ``pages`` array whose entries nobody points into is never located."""
        data = self._data
        if self._items is not None or self.kind != "array" or not isinstance(data, list):
            return self.items
        kinds = [_kind_of(value) for value in data]
        if None in kinds:
            return self.items  # a number: its value is read from its text
        found: list[JsonNode] = []
        for index, (kind, value) in enumerate(zip(kinds, data)):
            child = self._children.get(index)
            if child is None:
                child = self._children[index] = LazyJsonNode(kind, None, None, self._text, value, self, index)  # type: ignore[arg-type]
                if kind == "string" or kind == "literal":
                    child.value = value
            found.append(child)
        return found

    def member(self, key: str) -> Member | None:
        """The member ``key`` (a key the decoded object lacks is answered at once)."""
        if self._members is None and isinstance(self._data, dict) and key not in self._data:
            return None
        return super().member(key)


def items_of(node: JsonNode) -> list[JsonNode]:
    """An array's items; those of a text the C decoder read are placed only when asked for."""
    return node.item_nodes() if isinstance(node, LazyJsonNode) else node.items


def _kind_of(data: Any) -> str | None:
    """A decoded value's node kind (None for a number, whose value the text decides)."""
    if isinstance(data, dict):
        return "object"
    if isinstance(data, list):
        return "array"
    if isinstance(data, str):
        return "string"
    if data is None or isinstance(data, bool):
        return "literal"
    return None


def _located(text: str, start: int, data: Any, given: LazyJsonNode | None = None) -> tuple[JsonNode, int]:
    """The node of the value at ``start`` (``data``: its decoded value; ``given``: the node
    ``get`` or ``item_nodes`` handed out for it, now placed) and where it ends."""
    char = text[start]
    if char == "{" or char == "[":
        end = _DECODE(text, start)[1]
        if given is not None:
            given._start, given._end = start, end  # the slots themselves: no descriptor call
            return given, end
        return LazyJsonNode("object" if char == "{" else "array", start, end, text, data), end
    if char == '"':
        value, end = scanstring(text, start + 1, True)
        if given is not None:
            given._start, given._end = start, end  # the slots themselves: no descriptor call
            return given, end
        return JsonNode("string", start, end, value), end
    number = _NUMBER.match(text, start)
    if number and number.end() > start:
        raw = number[0]
        is_int = len(raw) <= _MAX_INT_DIGITS and not any(c in raw for c in ".eE")
        return JsonNode("number", start, number.end(), int(raw) if is_int else float(raw)), number.end()
    word = _WORD.match(text, start)
    assert word is not None and word[0] in _LITERALS  # the decoder read this text
    if given is not None:
        given._start, given._end = start, word.end()
        return given, word.end()
    return JsonNode("literal", start, word.end(), _LITERALS[word[0]]), word.end()


def _members(node: LazyJsonNode, text: str, start: int, data: dict[str, Any]) -> list[Member]:
    """The members of the object at ``start``, located (the text is strict JSON)."""
    found: list[Member] = []
    given = node._children
    pos = _WS.match(text, start + 1).end()  # type: ignore[union-attr]
    while text[pos] != "}":
        key, key_end, value_start = _key_at(text, pos)
        value, end = _located(text, value_start, data[key], given.get(key))
        found.append(Member(key, pos, key_end, value))
        pos = _NEXT.match(text, end).end()  # type: ignore[union-attr]
    return found


def _key_at(text: str, pos: int) -> tuple[str, int, int]:
    """The key of the member at ``pos`` (strict JSON), where it ends and where its value starts."""
    plain = _PLAIN_KEY.match(text, pos)  # the usual key: its text is its value
    if plain is not None:
        return plain[1], plain.end(1) + 1, plain.end()
    key, key_end = scanstring(text, pos + 1, True)
    colon = _WS.match(text, key_end).end()  # type: ignore[union-attr]
    return key, key_end, _WS.match(text, colon + 1).end()  # type: ignore[union-attr]


def find_member(node: JsonNode, keys: tuple[str, ...]) -> tuple[int, int, int, int] | None:
    """Where the member at the end of the path ``keys`` is written under the object ``node``:
    its key's start and end, its value's start and end (None: no such member). A node the C
    decoder read is followed down its text, placing no member on the way (a page's
    registration in a 2,000-page pages.json: one pass down its entry, not four levels of
    members located); any other is read from its members."""
    if not isinstance(node, LazyJsonNode):
        member = None
        for key in keys:
            member = node.member(key) if node.kind == "object" else None
            if member is None:
                return None
            node = member.value
        return None if member is None else (member.key_start, member.key_end, member.value.start, member.value.end)
    text, data, pos = node._text, node._data, node.start
    found = None
    for key in keys:
        if not isinstance(data, dict) or key not in data:
            return None
        found = _member_start(text, pos, key)
        pos, data = found[2], data[key]
    return None if found is None else (*found, _value_end(text, pos))


def _member_start(text: str, start: int, wanted: str) -> tuple[int, int, int]:
    """The member ``wanted`` of the object at ``start`` (strict JSON; the decoder has it):
    its key's start and end, and its value's start."""
    pos = _WS.match(text, start + 1).end()  # type: ignore[union-attr]
    while True:
        key, key_end, value_start = _key_at(text, pos)
        if key == wanted:  # the decoder refused repeated keys: the first is the one
            return pos, key_end, value_start
        pos = _NEXT.match(text, _value_end(text, value_start)).end()  # type: ignore[union-attr]


def _value_end(text: str, start: int) -> int:
    """Where the value at ``start`` of a strict JSON text ends (as ``_located`` reads it)."""
    char = text[start]
    if char == "{" or char == "[":
        return _DECODE(text, start)[1]  # type: ignore[no-any-return]
    if char == '"':
        return scanstring(text, start + 1, True)[1]  # type: ignore[no-any-return]
    number = _NUMBER.match(text, start)
    if number and number.end() > start:
        return number.end()
    return _WORD.match(text, start).end()  # type: ignore[union-attr]


_PLAIN_KEY = LazyPattern(r'"([^"\\]*)"[ \t\n\r]*:[ \t\n\r]*')
"""A key without escapes, its colon and the blanks around it (one match instead of three)."""
_NEXT = LazyPattern(r"[ \t\n\r]*,?[ \t\n\r]*")
"""What follows a member or an item of a strict JSON text: blanks, a comma or none, blanks."""


def _items(text: str, start: int, data: list[Any], given: dict[str | int, LazyJsonNode]) -> list[JsonNode]:
    """The items of the array at ``start``, located (the text is strict JSON); ``given``: the
    nodes ``item_nodes`` handed out, by index (placed, not made again)."""
    found: list[JsonNode] = []
    pos = _WS.match(text, start + 1).end()  # type: ignore[union-attr]
    for index, value in enumerate(data):
        node, end = _located(text, pos, value, given.get(index))
        found.append(node)
        pos = _NEXT.match(text, end).end()  # type: ignore[union-attr]
    return found


class _Parser:
    def __init__(self, text: str, jsonc: bool = False):
        self.text = text
        self.pos = 0
        self.jsonc = jsonc

    def parse(self) -> JsonNode:
        self._skip()
        if self.pos >= len(self.text):
            raise JsonSyntaxError(msg("json.empty"), self.pos)
        root = self._document()
        self._skip()
        if self.pos < len(self.text):
            raise JsonSyntaxError(msg("json.after_end", found=self._describe()), self.pos)
        return root

    def _document(self) -> JsonNode:
        # Containers waiting for their closing bracket, innermost last.
        stack: list[JsonNode] = []
        node = self._value_or_open(stack)
        while True:
            if node is not None:
                if not stack:
                    return node
                parent = stack[-1]
                if parent.kind == "array":
                    parent.items.append(node)
                else:
                    parent.members[-1].value = node
                node = self._after_item(stack)
            else:
                node = self._first_item(stack)

    def _value_or_open(self, stack: list[JsonNode]) -> JsonNode | None:
        """A scalar node, or None after pushing a freshly opened container."""
        self._skip()
        char = self.text[self.pos : self.pos + 1]
        if char in ("{", "["):
            stack.append(JsonNode("object" if char == "{" else "array", self.pos))
            self.pos += 1
            return None
        return self._scalar()

    def _first_item(self, stack: list[JsonNode]) -> JsonNode | None:
        """Right after ``{`` or ``[``: the container may close at once."""
        container = stack[-1]
        self._skip()
        closer = "}" if container.kind == "object" else "]"
        if self.text.startswith(closer, self.pos):
            return self._close(stack)
        return self._item(stack)

    def _item(self, stack: list[JsonNode]) -> JsonNode | None:
        container = stack[-1]
        if container.kind == "object":
            self._key(container)
        return self._value_or_open(stack)

    def _after_item(self, stack: list[JsonNode]) -> JsonNode | None:
        container = stack[-1]
        self._skip()
        closer = "}" if container.kind == "object" else "]"
        char = self.text[self.pos : self.pos + 1]
        if char == ",":
            comma = self.pos
            self.pos += 1
            self._skip()
            if self.text[self.pos : self.pos + 1] in ("}", "]"):
                if self.jsonc:
                    container.trailing_comma = comma
                    return self._close(stack) if self.text[self.pos] == closer else self._item(stack)
                raise JsonSyntaxError(msg("json.trailing_comma", closer=self.text[self.pos]), comma)
            return self._item(stack)
        if char == closer:
            return self._close(stack)
        if not char:
            line, column = line_col(self.text, container.start)
            kind = msg("json.object") if container.kind == "object" else msg("json.array")
            raise JsonSyntaxError(
                msg("json.eof_unclosed", closer=closer, kind=kind, line=line, column=column), self.pos)
        what = msg("json.object_member") if container.kind == "object" else msg("json.array_item")
        raise JsonSyntaxError(msg("json.missing_comma", closer=closer, what=what, found=self._describe()),
                              self.pos)

    def _close(self, stack: list[JsonNode]) -> JsonNode:
        self.pos += 1
        node = stack.pop()
        node.end = self.pos
        if len(node.members) > 1:
            _set_aside_duplicates(node)
        return node

    def _key(self, container: JsonNode) -> None:
        self._skip()
        start = self.pos
        char = self.text[start : start + 1]
        if char != '"':
            if char == "'":
                raise JsonSyntaxError(msg("json.single_quoted_key"), start)
            word = _WORD.match(self.text, start)
            if word:
                raise JsonSyntaxError(msg("json.unquoted_key", word=word[0]), start)
            raise JsonSyntaxError(msg("json.expected_key", found=self._describe()), start)
        key = self._string()
        key_end = self.pos
        self._skip()
        if not self.text.startswith(":", self.pos):
            raise JsonSyntaxError(msg("json.expected_colon", key=key, found=self._describe()), self.pos)
        self.pos += 1
        placeholder = JsonNode("literal", self.pos)
        container.members.append(Member(key, start, key_end, placeholder))

    def _scalar(self) -> JsonNode:
        start = self.pos
        char = self.text[start : start + 1]
        if char == '"':
            value = self._string()
            return JsonNode("string", start, self.pos, value)
        if char == "'":
            raise JsonSyntaxError(msg("json.single_quoted_string"), start)
        number = _NUMBER.match(self.text, start)
        if number and number.end() > start:
            self.pos = number.end()
            raw = number[0]
            # An integer past Python's int-from-string limit (4,300 digits) is read as
            # JavaScript reads every number, as a double: 1e5000 is Infinity there too.
            is_int = len(raw) <= _MAX_INT_DIGITS and not any(c in raw for c in ".eE")
            return JsonNode("number", start, self.pos, int(raw) if is_int else float(raw))
        word = _WORD.match(self.text, start)
        if word:
            self.pos = word.end()
            if word[0] in _LITERALS:
                return JsonNode("literal", start, self.pos, _LITERALS[word[0]])
            raise JsonSyntaxError(msg("json.bad_word", word=word[0]), start)
        if not char:
            raise JsonSyntaxError(msg("json.eof_value"), start)
        raise JsonSyntaxError(msg("json.expected_value", found=self._describe()), start)

    def _string(self) -> str:
        try:
            value, self.pos = scanstring(self.text, self.pos + 1, True)
        except json.JSONDecodeError as exc:
            raise JsonSyntaxError(_string_problem(exc.msg), exc.pos) from None
        return value

    def _skip(self) -> None:
        self.pos = _WS.match(self.text, self.pos).end()  # type: ignore[union-attr]
        while self.text.startswith(("//", "/*"), self.pos):
            if not self.jsonc:
                raise JsonSyntaxError(msg("json.comment"), self.pos)
            if self.text.startswith("//", self.pos):
                end = self.text.find("\n", self.pos)
                self.pos = len(self.text) if end < 0 else end
            else:
                end = self.text.find("*/", self.pos + 2)
                if end < 0:
                    raise JsonSyntaxError(msg("json.unterminated_comment"), self.pos)
                self.pos = end + 2
            self.pos = _WS.match(self.text, self.pos).end()  # type: ignore[union-attr]

    def _describe(self) -> str | Message:
        """What was found at the current position: the character quoted, or the end of the file."""
        char = self.text[self.pos : self.pos + 1]
        return f"'{char}'" if char else msg("json.end_of_file")


def _string_problem(scanner_message: str) -> Message:
    """The standard library's string-scanner error as a catalogue message."""
    if scanner_message.startswith("Unterminated string"):
        return msg("json.unterminated_string")
    if scanner_message.startswith("Invalid control character"):
        return msg("json.control_character")
    if scanner_message.startswith("Invalid \\u"):
        return msg("json.invalid_unicode_escape")
    return msg("json.invalid_escape")  # "Invalid \\escape", the scanner's only other error


def _set_aside_duplicates(node: JsonNode) -> None:
    """Keep the last member of each key, as JSON.parse does; move the others to duplicates."""
    last = {member.key: index for index, member in enumerate(node.members)}
    if len(last) == len(node.members):
        return
    node.duplicates = [m for i, m in enumerate(node.members) if last[m.key] != i]
    node.members = [m for i, m in enumerate(node.members) if last[m.key] == i]


def walk(node: JsonNode) -> Iterator[JsonNode]:
    """Every node under ``node`` (itself included), depth first, without recursion."""
    pending = [node]
    while pending:
        current = pending.pop()
        yield current
        pending.extend(reversed(current.items))
        pending.extend(m.value for m in reversed(current.members))


# ---------------------------------------------------------------------------
# Style detection and edits


@record(frozen=True)
class JsonStyle:
    """How a file is written, so that inserted text looks like the rest of it."""

    indent: str  # one indentation unit: "  ", "    ", "\t" ...
    newline: str  # "\n" or "\r\n"
    key_sep: str  # ": " or ":"
    item_sep: str  # separator inside one-line containers: ", " or ","
    multiline: bool  # False for a minified / one-line file


def detect_style(text: str, root: JsonNode) -> JsonStyle:
    """The indentation unit, line ending and separators that ``text`` already uses."""
    newline = "\r\n" if "\r\n" in text[: text.find("\n") + 1] else "\n"
    # An empty document ({}) shows no style: lay it out like a hand-written app.json.
    multiline = "\n" in text[root.start : root.end] or not (root.members or root.items)
    key_sep = _common_key_sep(text, root)
    item_sep = _common_item_sep(text, root) or ("," if key_sep == ":" else ", ")
    return JsonStyle(_indent_unit(text), newline, key_sep, item_sep, multiline)


def _indent_unit(text: str) -> str:
    deltas: Counter[str] = Counter()
    previous = ""
    # split("\n"), not splitlines(): JSON strings may hold raw U+2028 and friends.
    for line in text.split("\n"):
        stripped = line.lstrip(" \t")
        if not stripped.strip():
            continue
        lead = line[: len(line) - len(stripped)]
        if lead.startswith("\t"):
            return "\t"
        if len(lead) > len(previous):
            deltas[" " * (len(lead) - len(previous))] += 1
        previous = lead
    return deltas.most_common(1)[0][0] if deltas else "  "


def _common_key_sep(text: str, root: JsonNode) -> str:
    seps: Counter[str] = Counter()
    for node in walk(root):
        for member in node.written_members():
            gap = text[member.key_end : member.value.start]
            if "\n" not in gap:
                seps[gap] += 1
        if sum(seps.values()) >= 20:
            break
    return seps.most_common(1)[0][0] if seps else ": "


def _common_item_sep(text: str, root: JsonNode) -> str | None:
    seps: Counter[str] = Counter()
    for node in walk(root):
        members = node.written_members()
        ends = [m.value.end for m in members] or [i.end for i in node.items]
        starts = [m.key_start for m in members] or [i.start for i in node.items]
        for end, start in zip(ends, starts[1:]):
            gap = text[end:start]
            if "\n" not in gap:
                seps[gap] += 1
        if sum(seps.values()) >= 20:
            break
    return seps.most_common(1)[0][0] if seps else None


def to_json(value: Any) -> str:
    """One-line JSON for ``value``, non-ASCII kept as it is, always encodable as UTF-8.

    A lone surrogate (read from a ``"\\ud800"`` escape) cannot be written as UTF-8: it is
    written back as that escape, which JSON.parse reads as the very same string.
    """
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "backslashreplace").decode("utf-8")


def dumps(value: Any, style: JsonStyle, level_indent: str, multiline: bool) -> str:
    """Serialise ``value`` in ``style``; nested lines start with ``level_indent``."""
    if not isinstance(value, (dict, list)) or not value:
        return to_json(value)
    if isinstance(value, dict):
        parts = [
            to_json(k)
            + style.key_sep
            + dumps(v, style, level_indent + style.indent, multiline)
            for k, v in value.items()
        ]
        open_, close = "{", "}"
    else:
        parts = [dumps(v, style, level_indent + style.indent, multiline) for v in value]
        open_, close = "[", "]"
    if not multiline:
        return open_ + style.item_sep.join(parts) + close
    inner = level_indent + style.indent
    joined = ("," + style.newline + inner).join(parts)
    return f"{open_}{style.newline}{inner}{joined}{style.newline}{level_indent}{close}"


def line_indent(text: str, offset: int) -> str:
    """The leading whitespace of the line that contains ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = start
    while end < len(text) and text[end] in " \t":
        end += 1
    return text[start:end]


def plan_insert_member(
    text: str, style: JsonStyle, obj: JsonNode, key: str, value: Any, *, jsonc: bool = False
) -> TextEdit:
    """An edit that appends ``"key": value`` to ``obj``, in the object's own layout.

    ``jsonc``: the text may hold comments (and ``obj`` may come from a parse that blanked
    parts of it, as uni-app's conditional compilation does): a same-line comment stays with
    the member it follows, and comments inside an empty object are kept (ValueError when
    such an object holds members hidden from the parse: no place is right for every build).
    """
    if obj.kind != "object":
        raise TypeError("plan_insert_member needs an object node")
    base = line_indent(text, obj.start)
    inline = obj.members and "\n" not in text[obj.start : obj.end]
    multiline = style.multiline and not inline
    if obj.members:
        last = obj.members[-1]
        own_line = text[text.rfind("\n", 0, last.key_start) + 1 : last.key_start].strip(" \t") == ""
        member_indent = line_indent(text, last.key_start) if own_line else base + style.indent
    else:
        member_indent = base + style.indent
    member = (
        to_json(key)
        + style.key_sep
        + dumps(value, style, member_indent, multiline)
    )
    if obj.members:
        at = obj.members[-1].value.end
        kept = _after_comment(text, obj, at, member, style.newline + member_indent) if jsonc and multiline else None
        sep = "," + style.newline + member_indent if multiline else style.item_sep
        return kept or TextEdit(at, at, sep + member)
    if jsonc and text[obj.start + 1 : obj.end - 1].strip():
        return _into_commented(text, obj, member, style.newline, member_indent, base)
    # An empty object: replace the whitespace between the braces.
    if multiline:
        body = style.newline + member_indent + member + style.newline + base
    else:
        body = member
    return TextEdit(obj.start + 1, obj.end - 1, body)


def plan_replace_value(node: JsonNode, value: Any) -> TextEdit:
    """An edit that replaces a scalar node with ``value`` (strings stay on their line)."""
    return TextEdit(node.start, node.end, to_json(value))


def plan_append_item(text: str, style: JsonStyle, array: JsonNode, value: Any, *, jsonc: bool = False) -> TextEdit:
    """An edit that appends ``value`` to ``array``, in the array's own layout (``jsonc``: as
    ``plan_insert_member`` keeps comments)."""
    if array.kind != "array":
        raise TypeError("plan_append_item needs an array node")
    base = line_indent(text, array.start)
    item = to_json(value)
    if jsonc and isinstance(value, (dict, list)) and style.multiline:  # laid out as the file lays out objects
        own = array.items and text[text.rfind("\n", 0, array.items[-1].start) + 1 : array.items[-1].start].strip(" \t") == ""
        item_indent = line_indent(text, array.items[-1].start) if own else base + style.indent
        item = dumps(value, style, item_indent, "\n" in text[array.start : array.end] or not array.items)
    if not array.items:
        multiline = style.multiline and not isinstance(value, (str, int, float))
        if jsonc and text[array.start + 1 : array.end - 1].strip():
            return _into_commented(text, array, item, style.newline, base + style.indent, base)
        body = style.newline + base + style.indent + item + style.newline + base if multiline else item
        return TextEdit(array.start + 1, array.end - 1, body)
    last = array.items[-1]
    own_line = text[text.rfind("\n", 0, last.start) + 1 : last.start].strip(" \t") == ""
    if "\n" in text[array.start : array.end] and own_line:
        indent = style.newline + line_indent(text, last.start)
        kept = _after_comment(text, array, last.end, item, indent) if jsonc else None
        if kept is not None:
            return kept
        sep = "," + indent
    else:
        sep = _gap_after_comma(text, array) or style.item_sep
    return TextEdit(last.end, last.end, sep + item)


def _gap_after_comma(text: str, array: JsonNode) -> str | None:
    """The separator a one-line array already uses between its items (``,`` or ``, ``)."""
    if len(array.items) < 2:
        return None
    gap = text[array.items[0].end : array.items[1].start]
    return gap if "\n" not in gap else None


# ---------------------------------------------------------------------------
# JSON with comments: where new text goes so that every comment stays where it was

_SAME_LINE_COMMENT = LazyPattern(r"[ \t]*(?P<comma>,[ \t]*)?(?P<comment>//[^\n\r]*|/\*[^\n\r]*?\*/[ \t]*)(?=[\r\n]|$)")
_COMMA = LazyPattern(r"[ \t]*(?P<comma>,)")
_DIRECTIVE = LazyPattern(r"(?://|/\*)[ \t]*#", re.ASCII)
_COMMENTS = LazyPattern(r"//[^\n\r]*|/\*.*?\*/", re.DOTALL)


def _hidden(text: str) -> bool:
    """Whether ``text`` holds anything but comments and white space (e.g. members that a
    conditional-compilation pass left out of the parse)."""
    return bool(_COMMENTS.sub("", text).strip())


def _after_comment(text: str, container: JsonNode, anchor: int, entry: str, lead: str) -> TextEdit | None:
    """The entry after the last one's comma and same-line comment, when it has either (None:
    it has neither): the comment stays on its member's line, an existing trailing comma
    becomes the separator, and a comma follows the entry only when more entries follow."""
    match = _SAME_LINE_COMMENT.match(text, anchor)
    if match is None or _DIRECTIVE.match(match.group("comment")):
        match = _COMMA.match(text, anchor)
        if match is None:
            return None
    end = match.end()
    comma = match.group("comma") is not None
    tail = "," if comma and _hidden(text[end : container.end - 1]) else ""
    return TextEdit(anchor, end, ("" if comma else ",") + text[anchor:end] + lead + entry + tail)


def _into_commented(text: str, container: JsonNode, entry: str, newline: str, indent: str, base: str) -> TextEdit:
    """The first entry of a container that holds only comments, after the last of them."""
    inner = text[container.start + 1 : container.end - 1]
    if _hidden(inner):
        raise ValueError("the container holds entries hidden from this parse; no place suits every build")
    at = container.start + 1 + len(inner.rstrip())
    closer = "" if "\n" in text[at : container.end - 1] else newline + base
    return TextEdit(at, at, newline + indent + entry + closer)
