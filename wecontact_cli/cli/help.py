"""``--help`` in the run's language: the help texts of every command and option come from
the catalogue.

typer takes help texts when the commands are declared, before the command line is
read, so cli.py gives it the English text (``text(msg(...))``), and this module
remembers which message each English text came from. When help is printed, the
commands swap in the texts of the language that ``--lang`` on the command line asks for
(else the locale), including typer's and click's own option texts (``--help``,
``--install-completion``), the section titles and ``[default: ...]``. Nothing heavy is
imported until help is actually printed.
"""

from __future__ import annotations

import contextlib
import os
from typing import Any, Iterator

import typer.core

from wecontact_cli.i18n import Lang, detect_lang, lang_from_args
from wecontact_cli.i18n.message import Message, msg

LANG_KEY = "wecontact.lang"
"""Where the language of the command line is kept in click's context (shared by sub-contexts)."""
ROOT_LANG_KEY = "wecontact.root_lang"
"""``wecontact --lang zh COMMAND``: the value given before the command, for the command."""

TRANSLATED: dict[str, Message] = {}
"""English help text -> its message."""


def text(message: Message) -> str:
    """The message's English text, for typer; remembered so that --help can translate it."""
    english = message.render("en")
    TRANSLATED[english] = message
    return english


for _message in (msg("help.help_option"), msg("help.install_completion"), msg("help.show_completion")):
    text(_message)  # click's and typer's own options, known by their English text


class _Localized:
    """What LocalizedGroup and LocalizedCommand add to typer's classes."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Note the language of the command line before --help (an eager option) can act."""
        ctx.meta.setdefault(LANG_KEY, lang_from_args(args, os.environ))
        return super().parse_args(ctx, args)  # type: ignore[misc,no-any-return]

    def format_help(self, ctx: Any, formatter: Any) -> None:
        """typer's help, with every text in the run's language."""
        lang: Lang = ctx.meta.get(LANG_KEY) or detect_lang(os.environ)
        with _in_language(self, ctx, lang):
            super().format_help(ctx, formatter)  # type: ignore[misc]

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        """The usage line, with "Usage:" in the run's language."""
        lang: Lang = ctx.meta.get(LANG_KEY) or detect_lang(os.environ)
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=msg("help.usage").render(lang) + " ")


class LocalizedGroup(_Localized, typer.core.TyperGroup):
    """The root command: typer's group with help in the run's language."""


class LocalizedCommand(_Localized, typer.core.TyperCommand):
    """A command: typer's command with help in the run's language."""

    def invoke(self, ctx: Any) -> Any:
        """Run the command; a --lang given before it (``wecontact --lang zh lint``) applies
        unless the command has its own."""
        if "lang" in ctx.params and ctx.params["lang"] is None:
            ctx.params["lang"] = ctx.meta.get(ROOT_LANG_KEY)
        return super().invoke(ctx)


@contextlib.contextmanager
def _in_language(command: Any, ctx: Any, lang: Lang) -> Iterator[None]:
    """Swap the texts that help shows for ``lang`` (and back afterwards)."""
    saved: list[tuple[Any, str, Any]] = []

    def swap(owner: Any, name: str, value: Any) -> None:
        saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, value)

    rich = typer.core.HAS_RICH and getattr(command, "rich_markup_mode", None) == "rich"
    swap(command, "help", _translate(command.help, lang, rich))
    for param in command.get_params(ctx):
        swap(param, "help", _translate(param.help, lang, rich))
        if getattr(param, "rich_help_panel", None):
            swap(param, "rich_help_panel", _translate(param.rich_help_panel, lang, False))
    for name in command.list_commands(ctx) if isinstance(command, typer.core.TyperGroup) else ():
        sub = command.get_command(ctx, name)
        swap(sub, "help", _translate(sub.help, lang, rich))
    if rich and lang != "en":
        from typer import rich_utils

        for name, message in (("ARGUMENTS_PANEL_TITLE", msg("help.arguments")),
                              ("OPTIONS_PANEL_TITLE", msg("help.options")),
                              ("COMMANDS_PANEL_TITLE", msg("help.commands")),
                              ("DEFAULT_STRING", msg("help.default", value="{}")),
                              ("REQUIRED_LONG_STRING", msg("help.required"))):
            swap(rich_utils, name, message.render(lang))
    try:
        yield
    finally:
        for owner, name, value in reversed(saved):
            setattr(owner, name, value)


def _translate(value: str | None, lang: Lang, rich_markup: bool) -> str | None:
    """A help text in ``lang`` (unchanged when it is not from the catalogue); brackets
    escaped where typer reads help as rich markup, so "[default: ...]" is shown, not eaten."""
    if value is None:
        return None
    message = TRANSLATED.get(value)
    shown = message.render(lang) if message is not None else value
    if rich_markup:
        from rich.markup import escape

        shown = escape(shown)
    return shown
