"""Taro's own mistakes as the model marks them (``AttrUse.dialect``), and the plugin event a prop
name means however it is spelt. Light on purpose: the Taro rules import it on every lint run,
native projects' included, so it imports no parser."""

from __future__ import annotations

from functools import lru_cache

from wecontact_cli import plugin
from wecontact_cli.syntax.lazy_pattern import LazyPattern

EVENT_CASE = "event-case"  # TR101: onCompleteMessage / @complete-message bind an event never fired
EVENT_WITHOUT_ON = "event-without-on"  # TR102: completemessage={fn}, bindcompletemessage, bind:x
STRING_HANDLER = "string-handler"  # TR103: onCompletemessage="done"
NOT_A_FUNCTION = "not-a-function"  # TR103: onCompletemessage={1}
NOT_COLLECTED = "not-collected"  # TR110: style-type={2}, a namespaced prop
_PREFIX = LazyPattern(r"(?:capture-bind:|capture-catch:|mut-bind:|bind:|catch:|bind|catch|on)")


@lru_cache(maxsize=1024)  # a view writes the same few names on every cell
def contact_event(name: str) -> str | None:
    """The plugin event a prop or attribute name means, however spelt (``onCompleteMessage``,
    ``bind:complete-message``, ``completemessage``), or None."""
    match = _PREFIX.match(name)
    rest = name[match.end():] if match else name
    folded = rest.replace("-", "").replace("_", "").replace(":", "").lower()
    if folded.endswith("capture") and folded[: -len("capture")] in plugin.EVENT_NAMES:
        folded = folded[: -len("capture")]
    return folded if folded in plugin.EVENT_NAMES else None
