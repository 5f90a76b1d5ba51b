"""What reaches WeChat from an attribute written on a plugin component in a Taro Vue 3 template.

Taro's spelling differs from uni-app's (``frameworks/uniapp/spelling.py``): three steps decide
it, read in Taro's published code:

1. Collection (``getMiniVueLoaderOptions`` in ``@tarojs/plugin-framework-vue3``, a node
   transform of Vue's compiler): for a third-party component, the name of every plain
   attribute as written (``style-type`` included), the argument of every directive with an
   argument (``:styleType`` -> ``styleType``), and ``on`` + the argument of ``v-on``
   (``@complete-message`` -> ``oncomplete-message``). ``v-bind="obj"`` has no argument: none
   of its attributes is collected.
2. The page template (``buildThirdPartyAttr``, as for React): ``on*`` -> ``bind`` + kebab-case
   name, ``bind:`` when that holds a dash, so ``@complete-message`` and ``@completeMessage``
   both bind ``complete-message``, an event the plugin never fires.
3. The runtime: Vue turns ``@x`` into the prop ``on`` + camelize(x), and Taro listens for it
   lower-cased; a plain attribute (``bind:completemessage="done"``) is set as a string, never
   as a listener.
"""

from __future__ import annotations


from wecontact_cli.frameworks.taro.spelling import Reach, reach as jsx_reach, template_attribute
from wecontact_cli.syntax.patterns import compile_pattern
from wecontact_cli.syntax.vue import Attribute

_VUE_SPECIAL = frozenset({"key", "ref", "is", "slot"})
_HOST = frozenset({"class", "style", "id"})
_CAMELIZE = compile_pattern(r"-(\w)")
_EVENT_LIKE = compile_pattern(r"on|bind|catch")
_BOUND = compile_pattern(r"(?:bind|catch):?(.+)")


def camelize(name: str) -> str:
    """Vue's camelize: ``complete-message`` -> ``completeMessage``."""
    return _CAMELIZE.sub(lambda m: m.group(1).upper(), name)


def collected(attribute: Attribute) -> str | None:
    """The name Taro collects from an attribute (None: nothing is collected)."""
    if attribute.directive is None:
        return attribute.raw_name
    if attribute.directive in ("bind", "on") and attribute.argument and not attribute.dynamic:
        return ("on" if attribute.directive == "on" else "") + attribute.argument
    return None


def reach(attribute: Attribute) -> Reach:
    """What reaches WeChat from ``attribute`` on a plugin component in a Taro Vue 3 view."""
    directive, name = attribute.directive, collected(attribute)
    if directive in ("bind", "on") and name is None:
        return Reach("none", "", reason="spread" if not attribute.argument else "dynamic-argument")
    if name is None:
        return Reach("none", "", reason="vue-directive")  # v-if, v-show, v-for, v-model ...
    if directive == "on" or (directive == "bind" and name.startswith("on")):
        argument = (attribute.argument or "") if directive == "on" else name[2:]
        prop = "on" + camelize(argument)[:1].upper() + camelize(argument)[1:]  # Vue's toHandlerKey
        found = jsx_reach(prop, value_is_function=True)
        return Reach(found.kind, template_attribute("on" + argument), found.event, found.reason)
    if name in _VUE_SPECIAL:
        return Reach("none", "", reason="vue-special")
    if name in _HOST:
        return Reach("host", name)
    if directive is None and _EVENT_LIKE.match(name):
        written = template_attribute(name)
        event = _BOUND.fullmatch(written)
        return Reach("none", written, event.group(1) if event else "", "no-listener")
    return Reach("property", name)
