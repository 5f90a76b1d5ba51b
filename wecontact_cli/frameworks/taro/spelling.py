"""What reaches WeChat from a JSX prop written on a third-party (plugin) component under Taro 4.

Three steps decide it, each read in Taro's published code:
1. Collection (``TaroNormalModulesPlugin``, webpack and vite runners alike): the prop names of
   the literal props object of ``_jsx('cell', {...})``, keys that are identifiers only, minus
   ``children`` and ``id``. Babel writes a JSX name that is not an identifier (``style-type``,
   ``data-x``) as a string key, so it is never collected (and rejects ``a:b``: the build
   fails); the automatic JSX runtime passes ``key`` outside the props object.
2. The page template (``buildThirdPartyAttr`` in ``@tarojs/shared/dist/template.js``):
   ``on*`` -> ``bind`` + kebab-case name (``bind:`` when that holds a dash), ``bind*`` as
   written, ``class``/``style`` to Taro's shortcuts, anything else as written. Taro always
   writes ``id`` itself, from the element's own id.
3. The React runtime (``@tarojs/react`` ``setProperty``): ``on*`` props become listeners for
   ``name[2:].toLowerCase()``; ``className`` is stored as ``class``; ``key``/``ref``/``children``
   are React's own; a function given to any other prop is never set.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from wecontact_cli.records import record
from wecontact_cli.syntax.patterns import compile_pattern

ReachKind = Literal["property", "host", "event", "none"]

_IDENTIFIER = compile_pattern(r"[A-Za-z_$][A-Za-z0-9_$]*")
_CAPITAL_AFTER_LOWER = compile_pattern(r"([a-z])([A-Z])")
_REACT_ONLY = frozenset({"key", "ref", "children", "dangerouslySetInnerHTML"})
_HOST = {"class": "class", "style": "style", "id": "id"}


@record(frozen=True)
class Reach:
    """What WeChat gets from one written prop."""

    # property: a component property (``name`` as WeChat matches it); host: the element's own
    # class/style/id; event: ``name`` binds WeChat event ``event``; none: nothing arrives.
    kind: ReachKind
    name: str  # the attribute in Taro's page template ("" when Taro writes none for this prop)
    event: str = ""  # the WeChat event a bind attribute listens to
    reason: str = ""  # build-error, not-collected, react-only, not-forwarded, no-listener,
    #                   listener-mismatch, not-a-function, function-value; "" when it arrives as written


def kebab(name: str) -> str:
    """Taro's ``toKebabCase``: a dash before each capital that follows a lower-case letter."""
    return _CAPITAL_AFTER_LOWER.sub(r"\1-\2", name).lower()


def template_attribute(prop: str) -> str:
    """The attribute name ``buildThirdPartyAttr`` writes for a collected prop name."""
    if prop.startswith("bind"):
        return prop
    if prop.startswith("on"):
        event = kebab(prop[2:])
        return f"bind:{event}" if "-" in event else f"bind{event}"
    return prop


def collected(prop: str) -> bool:
    """Whether Taro's collector keeps a JSX prop name (React, automatic JSX runtime)."""
    return bool(_IDENTIFIER.fullmatch(prop)) and prop not in ("children", "id", "key")


@lru_cache(maxsize=1024)  # a pure answer (a frozen record) to the same few props on every cell
def reach(prop: str, *, value_is_function: bool | None = None) -> Reach:
    """What reaches WeChat from ``prop={value}`` on a plugin component in a Taro React view."""
    # value_is_function: True for a function (arrow, method, bound handler), False for a literal
    # such as a string, None when unknown.
    if prop == "id":
        return Reach("host", "id")  # Taro writes id="{{i.uid||i.sid}}" from the element's id
    if ":" in prop:  # Babel's React JSX transform (babel-preset-taro's) rejects a namespaced name
        return Reach("none", "", reason="build-error")
    if not collected(prop):
        return Reach("none", "", reason="react-only" if prop in _REACT_ONLY else "not-collected")
    attribute = template_attribute(prop)
    if prop in _REACT_ONLY:
        return Reach("none", attribute, reason="react-only")
    if prop in _HOST:
        return Reach("host", _HOST[prop])
    if prop == "className":  # the runtime stores it as `class`; the template reads i.className
        return Reach("none", attribute, reason="not-forwarded")
    if prop.startswith("bind"):
        return Reach("none", attribute, _event_of(attribute), "no-listener")
    if prop.startswith("on"):
        return _event(prop, attribute, value_is_function)
    if value_is_function:
        return Reach("none", attribute, reason="function-value")
    return Reach("property", attribute)


def _event_of(attribute: str) -> str:
    """The event a ``bind`` / ``bind:`` attribute listens to."""
    return attribute[5:] if attribute.startswith("bind:") else attribute[4:]


def _event(prop: str, attribute: str, value_is_function: bool | None) -> Reach:
    """An ``on*`` prop: the template binds one event, React listens for another spelling."""
    event = _event_of(attribute)
    listener = prop[2:].lower()
    if prop.endswith("Capture"):
        listener = listener[: -len("capture")]
    if value_is_function is False:
        return Reach("none", attribute, event, "not-a-function")
    if listener != event:
        return Reach("event", attribute, event, "listener-mismatch")
    return Reach("event", attribute, event)
