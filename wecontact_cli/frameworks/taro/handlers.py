"""The handlers a cell in a JSX view can name, as its event props would write them: what the
editor's completion offers after ``onCompletemessage={``.

Where the element is decides: in a function component, the functions declared in the scopes
around it (``const onDone = () => {}``, ``function onDone() {}``); in a class component, the
class's methods and function-valued fields, written ``this.onDone``. The scopes are read with
``syntax.jsx``'s own scope rules, the ones that decide whether a handler exists (WC301).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from wecontact_cli.syntax.jscommon import Parsed, grammar_for, text_of, unwrap

if TYPE_CHECKING:
    from tree_sitter import Node

_CLASSES = frozenset({"class", "class_declaration", "abstract_class_declaration"})
_FIELDS = frozenset({"field_definition", "public_field_definition"})
_FUNCTION_VALUES = frozenset({"arrow_function", "function_expression", "function"})
_LIFECYCLE = frozenset({
    "constructor", "render", "componentDidMount", "componentDidUpdate", "componentWillUnmount",
    "shouldComponentUpdate", "getSnapshotBeforeUpdate", "componentDidCatch", "componentWillMount",
    "componentWillReceiveProps", "componentWillUpdate", "UNSAFE_componentWillMount",
    "UNSAFE_componentWillReceiveProps", "UNSAFE_componentWillUpdate",
    # Taro's page and component lifecycle (React class components)
    "componentDidShow", "componentDidHide", "onLoad", "onReady", "onShow", "onHide", "onUnload",
    "onPullDownRefresh", "onReachBottom", "onPageScroll", "onShareAppMessage", "onShareTimeline",
    "onTabItemTap", "onResize", "onAddToFavorites", "onTitleClick", "onOptionMenuClick",
    "onPullIntercept", "onSaveExitState"})
"""Methods React or Taro call themselves: never an event's handler, so not offered as one."""


def visible_handlers(text: str, filename: str, offsets: Iterable[int]) -> frozenset[str]:
    """The handler references usable at each offset (an element's start) of a JSX module."""
    from wecontact_cli.syntax.jsx import _scopes_of, _Scopes

    parsed = Parsed(text, grammar_for(filename))
    scopes = _Scopes()
    found: set[str] = set()
    for offset in offsets:
        at = len(text[:offset].encode("utf-8", "surrogatepass"))
        node = parsed.root.descendant_for_byte_range(at, at)
        if node is None:
            continue
        for scope in _scopes_of(node):
            if scope.type in _CLASSES:
                found |= {f"this.{name}" for name in _methods(scope)}
            # A capitalised function is a component (React renders a lower-case tag as an
            # element), never a handler.
            found |= {name for name, declared in scopes.bindings(scope).items()
                      if declared.kind == "function" and not name[:1].isupper()}
    return frozenset(found)


def _methods(cls: Node) -> set[str]:
    """A class's instance methods and fields holding a function (lifecycle methods left out)."""
    names: set[str] = set()
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else []:
        if any(c.type == "static" for c in member.children):
            continue
        key = member.child_by_field_name("name") or member.child_by_field_name("property")
        if key is None or key.type == "computed_property_name":
            continue
        value = member.child_by_field_name("value")
        if member.type == "method_definition" or (
                member.type in _FIELDS and value is not None and unwrap(value).type in _FUNCTION_VALUES):
            names.add(text_of(key))
    return names - _LIFECYCLE
