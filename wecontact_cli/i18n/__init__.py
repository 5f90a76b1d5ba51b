"""The language of messages: English by default, Simplified Chinese by --lang or by locale."""

from __future__ import annotations

from typing import Literal, Mapping, Sequence, get_args

Lang = Literal["en", "zh"]
LANGS: tuple[Lang, ...] = get_args(Lang)
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
"""POSIX precedence: the first of these that is set and non-empty decides."""


def detect_lang(environ: Mapping[str, str]) -> Lang:
    """The locale's language: the first set of LC_ALL, LC_MESSAGES, LANG; "zh" if it starts with zh."""
    for name in LOCALE_VARIABLES:
        value = environ.get(name)
        if value:
            return "zh" if value.startswith("zh") else "en"
    return "en"


def resolve_lang(option: str | None, environ: Mapping[str, str]) -> Lang:
    """An explicit ``--lang`` value when given (en or zh, else ValueError), otherwise the locale's."""
    if option is None:
        return detect_lang(environ)
    for lang in LANGS:
        if option == lang:
            return lang
    raise ValueError(f"unknown language {option!r} for --lang: use one of {', '.join(LANGS)}")


def lang_from_args(args: Sequence[str], environ: Mapping[str, str]) -> Lang:
    """The language a command line asks for before it is parsed (for --help and for errors
    that happen outside a command): its last valid ``--lang`` value, else the locale's."""
    found: Lang | None = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = arg[len("--lang="):] if arg.startswith("--lang=") else (
            args[i + 1] if arg == "--lang" and i + 1 < len(args) else None)
        if value in LANGS:
            found = value  # type: ignore[assignment]
    return found or detect_lang(environ)
