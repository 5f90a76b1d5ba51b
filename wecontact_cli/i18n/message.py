"""Messages not yet rendered: a catalogue key and its parameters, rendered in the run's language.

Code builds a ``Message`` with ``msg(key, **params)``; the output renders it in the run's
language. ``str(message)`` is the English text. A param that is itself a ``Message`` (a
reason, a scope name, a list) is rendered in the same language first.
"""

from __future__ import annotations

from typing import Callable, Mapping

from wecontact_cli.i18n import Lang
from wecontact_cli.i18n.catalogue import MESSAGES
from wecontact_cli.records import record


def register(messages: Mapping[str, tuple[str, str]]) -> None:
    """Add messages (a rule's own) to the catalogue; a key may be defined only once."""
    for key, texts in messages.items():
        if MESSAGES.get(key, texts) != texts:
            raise KeyError(f"message key {key!r} is defined twice")
        MESSAGES[key] = texts



@record(frozen=True)
class Message:
    """A diagnostic message not yet rendered: a key of ``MESSAGES`` and its params."""

    key: str
    params: tuple[tuple[str, object], ...] = ()

    def render(self, lang: Lang) -> str:
        """The message in ``lang`` (params that are messages are rendered first)."""
        template = MESSAGES[self.key][0 if lang == "en" else 1]
        values = {name: value.render(lang) if isinstance(value, Message)
                  else printable(value) if isinstance(value, str) else value
                  for name, value in self.params}
        return template.format(**values)

    def __str__(self) -> str:
        return self.render("en")


def msg(key: str, /, **params: object) -> Message:
    """A message by key; unknown keys fail at once, not when rendered."""
    if key not in MESSAGES:
        raise KeyError(f"unknown message key {key!r}")
    return Message(key, tuple(params.items()))


def render(message: str | Message, lang: Lang) -> str:
    """A finding's message as text: a plain string stays as it is (but printable)."""
    return message.render(lang) if isinstance(message, Message) else printable(message)


def printable(text: str) -> str:
    """A text that any output can encode: a lone surrogate, which only a JSON escape such as
    ``"\\ud800"`` can produce, is written as that escape (UTF-8 cannot encode it). ASCII
    text, most of what is printed, holds none."""
    if text.isascii():
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _fold(parts: list[str | Message], pair: Callable[[str | Message, str | Message], Message]) -> str | Message:
    """Parts joined right to left by a two-part list message."""
    result = parts[-1]
    for part in reversed(parts[:-1]):
        result = pair(part, result)
    return result


def join_and(parts: list[str | Message]) -> str | Message:
    """Parts joined by "and" (和): "a and b and c"."""
    return _fold(parts, lambda first, rest: msg("list.and", first=first, rest=rest))


def join_semicolon(parts: list[str | Message]) -> str | Message:
    """Parts joined by "; " (；)."""
    return _fold(parts, lambda first, rest: msg("list.semicolon", first=first, rest=rest))


def join_comma(parts: list[str | Message]) -> str | Message:
    """Parts joined by ", " (、 in Chinese)."""
    return _fold(parts, lambda first, rest: msg("list.comma", first=first, rest=rest))


def a_type(type_name: str) -> Message:
    """A JSON type as a sentence says it: "a string", "an object" (Chinese: the type alone)."""
    return msg("project.an_type", type=type_name) if type_name[0] in "aeiou" else msg("project.a_type", type=type_name)


def scope_name(scope: str | None) -> Message:
    """How a declaration's scope reads in a message: the main package, or subpackage 'x'."""
    return msg("scope.main") if scope is None else msg("scope.sub", scope=scope)
