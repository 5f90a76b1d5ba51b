"""The marks uni-app's loader puts on attributes only a Vue template gets wrong (``AttrUse.dialect``),
kept apart from the loader so that the rules reading them import nothing heavy."""

from __future__ import annotations

from wecontact_cli.syntax.lazy_pattern import LazyPattern

DEAD_EVENT = "dead-event"
"""``@complete-message``, ``@completeMessage``: uni-app binds an event the plugin never fires."""
WXML_EVENT = "wxml-event"
"""``bind:completemessage="x"`` in a Vue template: no handler is attached."""
WXML_INTERPOLATION = "wxml-interpolation"
"""``plugid="{{id}}"``: Vue 3 copies it (page data uni-app never sets); Vue 2 drops it."""
DROPPED = "dropped:"
"""Prefix of an attribute uni-app refuses or drops; the rest is spelling.reach's reason."""
_SQUASH = LazyPattern(r"[-_:]")


def squashed(event: str) -> str:
    """An event name without case, dashes, underscores or colons: how a near-miss is recognised."""
    return _SQUASH.sub("", event).lower()


def wxml_binding(binding: str, event: str) -> str:
    """The WXML attribute uni-app writes for an event: ``bindcompleteMessage``, ``capture-bind:x``."""
    return f"{binding}:{event}" if "-" in binding else binding + event
