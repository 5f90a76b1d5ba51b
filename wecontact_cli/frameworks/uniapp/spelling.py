"""What reaches WeChat from one attribute written on a plugin component in a uni-app template.

uni-app keeps a plugin component's attribute names as written, so WeChat's own rules apply to
the names given here. Observed with uni-app's compilers for mp-weixin (Vue 3:
``@dcloudio/uni-mp-compiler``; Vue 2: ``@dcloudio/uni-template-compiler``), and checked against
them by tests/test_uniapp_oracle.py. Differences between the two are spelled out below.
"""

from __future__ import annotations

from typing import Literal, Union

from wecontact_cli.records import record
from wecontact_cli.syntax.expression import literal as expression_literal
from wecontact_cli.syntax.patterns import compile_pattern
from wecontact_cli.syntax.vue import Attribute
from wecontact_cli.text.entities import unescape

Kind = Literal["property", "event", "none", "dropped", "control"]
Value = Union[str, int, float, bool, None]


@record(frozen=True)
class Reach:
    """One thing WeChat receives from a Vue attribute (a few attributes give two).

    kind: "property" (a WXML attribute), "event" (a handler bound by uni-app), "none"
    (written, but no handler is attached), "dropped" (nothing reaches: a compile error or
    silently removed), "control" (a Vue directive the framework handles: v-if, key, slots ...).
    """

    kind: Kind
    name: str  # property: WXML attribute name; event: event name WeChat dispatches; else as written
    static: bool = False  # property: the value is fixed at build time
    value: Value = None  # property: that value; event: the handler expression (Vue's value)
    bound: bool = False  # property: a `{{ }}` data binding; False: a plain attribute string
    catch: bool = False  # event: bound with catch (stops bubbling)
    capture: bool = False  # event: bound in the capture phase
    reason: str = ""  # a stable key saying why, for "none", "dropped" and "control"


_WXML_EVENT = compile_pattern(r"(?:capture-bind|capture-catch|mut-bind|bind|catch):?.")
_CONTROL = frozenset("if else else-if for show slot html text pre cloak".split())
_VUE_SPECIAL = frozenset({"key", "ref", "is", "slot"})
_CAMELIZE = compile_pattern(r"-(\w)")


def reach(attribute: Attribute, vue: int) -> tuple[Reach, ...]:
    """What WeChat receives from ``attribute`` on a plugin component, for Vue 2 or Vue 3."""
    if attribute.directive is None or (vue == 2 and attribute.raw_name.startswith(".")):
        return (_plain(attribute, vue),)  # Vue 2 has no `.prop` shorthand: a plain attribute
    directive = attribute.directive
    if directive in ("bind", "on") and (attribute.argument is None or attribute.dynamic):
        why = "dynamic-argument" if attribute.dynamic else f"v-{directive}-object"
        return (Reach("dropped", attribute.raw_name, reason=why),)
    if directive == "bind":
        return _bind(attribute, vue)
    if directive == "on":
        return (_on(attribute, vue),)
    if directive == "model":
        return _model(attribute, vue)
    if directive in _CONTROL or (vue == 2 and directive in ("once", "memo")):
        return (Reach("control", attribute.raw_name, reason=f"v-{directive}"),)
    # Vue 3's uni-app compiler throws on any other directive; Vue 2's drops it.
    why = "unsupported-directive" if directive in ("once", "memo") else "custom-directive"
    return (Reach("dropped", attribute.raw_name, reason=why),)


def customize(event: str) -> str:
    """uni-app's name for a component's custom event: ``complete-message`` -> ``completeMessage``."""
    return camelize(event.replace(":", "-"))


def camelize(name: str) -> str:
    """Vue's camelize: ``style-type`` -> ``styleType``."""
    return _CAMELIZE.sub(lambda m: m.group(1).upper(), name)


def literal(expression: str) -> tuple[bool, Value]:
    """(True, value) when a bound expression is a literal JavaScript value, else (False, None)."""
    found = expression_literal(expression)
    return (True, found.value) if found is not None else (False, None)


def _breaks_wxml(name: str) -> Reach:
    """The compiler writes WXML that wcc rejects: nothing reaches WeChat, the page fails to build."""
    return Reach("dropped", name, reason="breaks-wxml")


def _plain(attribute: Attribute, vue: int) -> Reach:
    """A plain attribute: kept as written; WeChat reads `bind...` as an event it cannot route."""
    name, value = attribute.raw_name, attribute.value
    if _WXML_EVENT.match(name):
        return Reach("none", name, value=value, reason="wxml-event-binding")
    if name in _VUE_SPECIAL:
        return Reach("control", name, reason="vue-special")
    if value is None:
        return Reach("property", name, True, True, bound=True)  # `isMask` -> isMask="{{true}}"
    if "{{" in value:
        if vue == 2:  # "Interpolation inside attributes has been removed"
            return Reach("dropped", name, reason="interpolation-in-attribute")
        # Vue 3 copies it: WeChat binds page data that uni-app never sets.
        return Reach("property", name, bound=True, reason="wxml-interpolation")
    if value == "" and vue == 2:
        return Reach("property", name, True, True)  # Vue 2 writes a bare `name`: WXML reads true
    text = unescape(value)
    if '"' in text:  # Vue 3 writes name="a"b", which wcc rejects; Vue 2 moves it into page data
        return Reach("property", name, True, text, bound=True) if vue == 2 else _breaks_wxml(name)
    return Reach("property", name, True, text)


def _bind(attribute: Attribute, vue: int) -> tuple[Reach, ...]:
    """`:x="expr"`: a data binding, except that Vue 2 writes a string literal as plain text."""
    argument = attribute.argument or ""
    if argument in _VUE_SPECIAL:
        return (Reach("control", attribute.raw_name, reason="vue-special"),)
    expression = unescape(attribute.value or "")
    if not expression.strip():
        return (Reach("dropped", attribute.raw_name, reason="missing-expression"),)
    camel = "camel" in attribute.modifiers or (vue == 2 and "prop" in attribute.modifiers)
    name = camelize(argument) if camel else argument
    static, value = literal(expression)
    folded = vue == 2 and isinstance(value, str)  # Vue 2: :x="'a'" -> x="a"
    # Both copy a string literal into a double-quoted WXML value: a '"' in it breaks the page.
    if isinstance(value, str) and '"' in (value if folded else expression):
        return (_breaks_wxml(attribute.raw_name),)
    prop = Reach("property", name, static, value, bound=not folded)
    if vue == 2 and "sync" in attribute.modifiers:
        return prop, Reach("event", customize("update:" + argument), value=expression, reason="sync")
    return (prop,)


def _on(attribute: Attribute, vue: int) -> Reach:
    """`@x.mods="handler"`: the event name uni-app binds, catch and capture."""
    argument, modifiers = attribute.argument or "", attribute.modifiers
    if attribute.value is None and vue == 3:
        return Reach("dropped", attribute.raw_name, reason="missing-expression")
    native = vue == 2 and "native" in modifiers
    name = ("tap" if argument == "click" else argument) if native else customize(argument)
    catch = "stop" in modifiers or (vue == 3 and "prevent" in modifiers)
    return Reach("event", name, value=unescape(attribute.value or ""), catch=catch,
                 capture="capture" in modifiers)


def _model(attribute: Attribute, vue: int) -> tuple[Reach, ...]:
    """v-model: Vue 3 binds `modelValue` (or the argument) and its update event; Vue 2 value/input."""
    if not (attribute.value or "").strip():
        return (Reach("dropped", attribute.raw_name, reason="missing-expression"),)
    expression = unescape(attribute.value or "")
    if vue == 2:
        prop, event = "value", "input"
    else:
        prop = attribute.argument or "modelValue"
        event = customize("update:" + prop)
    return (Reach("property", prop, bound=True, reason="model"),
            Reach("event", event, value=expression, reason="model"))
