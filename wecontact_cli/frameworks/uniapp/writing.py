"""Edits to manifest.json and pages.json: strict JSON fragments inserted in the file's own
style (``"key" : value`` kept), every comment where it was, no trailing comma added, never
inside a region the WeChat build leaves out; each edit is read back before it is planned."""

from __future__ import annotations

from typing import Any, Sequence

from wecontact_cli.edits import TextEdit, apply_edits
from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.frameworks.uniapp.config import JsoncFile
from wecontact_cli.i18n.message import a_type, msg
from wecontact_cli.syntax import jsontext
from wecontact_cli.syntax.conditional import analyze, blank_inactive, weixin

Path_ = Sequence[str]


def location(file: JsoncFile, offset: int) -> Location:
    """Where an offset of the file is."""
    return file.source.location(offset)


def nest(keys: Path_, value: Any) -> Any:
    """``value`` inside objects named by ``keys`` (["a", "b"], v -> {"a": {"b": v}})."""
    for key in reversed(keys):
        value = {key: value}
    return value


def snippet(keys: Path_, value: Any) -> str:
    """What to add by hand: the innermost missing part as one line of JSON."""
    return jsontext.to_json(keys[-1]) + ": " + jsontext.to_json(value)


def set_member(file: JsoncFile, node: jsontext.JsonNode, keys: Path_, value: Any, vue: int) -> TextEdit:
    """Insert ``value`` at ``node[keys[0]][keys[1]]...``, creating the objects that are missing.

    Raises WecontactError (naming the place and the text to add by hand) where an object on
    the way is not an object, or where no place in it is compiled for WeChat."""
    for depth, key in enumerate(keys[:-1]):
        child = node.get(key)
        if child is None:
            return _insert(file, node, key, nest(keys[depth + 1:], value), keys, value, vue)
        if child.kind != "object":
            raise WecontactError(msg("project.not_object", name=".".join(keys[:depth + 1]), kind=a_type(child.type_name)),
                                 location(file, child.start))
        node = child
    return _insert(file, node, keys[-1], value, keys, value, vue)


def _insert(file: JsoncFile, node: jsontext.JsonNode, key: str, value: Any, keys: Path_, leaf: Any, vue: int) -> TextEdit:
    try:
        edit = jsontext.plan_insert_member(file.text, file.style, node, key, value, jsonc=True)
    except ValueError:
        raise _no_place(file, node, keys, leaf) from None
    if file.compiled_at(edit.start) is not True:
        raise _no_place(file, node, keys, leaf)
    verify(file, [edit], [key], value, vue, root=node)
    return edit


def append_item(file: JsoncFile, array: jsontext.JsonNode, value: Any, vue: int) -> TextEdit:
    """Append ``value`` to an array (refused where the WeChat build would not see it)."""
    try:
        edit = jsontext.plan_append_item(file.text, file.style, array, value, jsonc=True)
    except ValueError:
        raise _no_place(file, array, ["-"], value) from None
    if file.compiled_at(edit.start) is not True:
        raise _no_place(file, array, ["-"], value)
    after = _compiled_tree(apply_edits(file.text, [edit]), file, vue)
    if after is None or value not in _node_at(after, array.start).to_python():
        raise ValueError("internal error: the planned pages.json edit does not read back")
    return edit


def _no_place(file: JsoncFile, node: jsontext.JsonNode, keys: Path_, value: Any) -> WecontactError:
    return WecontactError(msg("uniapp.no_safe_place", file=file.path.name, snippet=snippet(keys, value)),
                          location(file, node.start))


def _compiled_tree(text: str, file: JsoncFile, vue: int) -> jsontext.JsonNode | None:
    """The text as the WeChat build parses it (None when it no longer parses)."""
    compiled = blank_inactive(text, analyze(text, weixin(vue))) if file.conditional is not None else text
    try:
        return jsontext.parse(compiled, jsonc=True)
    except jsontext.JsonSyntaxError:
        return None


def _node_at(root: jsontext.JsonNode, start: int) -> jsontext.JsonNode:
    """The node that starts at ``start`` (offsets before an edit's position do not move)."""
    return next(n for n in jsontext.walk(root) if n.start == start)


def verify(file: JsoncFile, edits: list[TextEdit], keys: Path_, value: Any, vue: int,
           root: jsontext.JsonNode) -> None:
    """The edited file, read as the WeChat build reads it, holds ``value`` at ``keys`` below the
    node that starts where ``root`` starts; anything else is a bug, never written."""
    after = _compiled_tree(apply_edits(file.text, edits), file, vue)
    node = _node_at(after, root.start) if after is not None else None
    for key in keys:
        node = node.get(key) if node is not None and node.kind == "object" else None
    if node is None or node.to_python() != value:
        raise ValueError("internal error: the planned JSON edit does not read back")
