"""``wecontact rules`` and ``wecontact rule CODE``: the rules' documentation."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from wecontact_cli.cli.common import LANG_OPTION, app, language
from wecontact_cli.cli.help import LocalizedCommand, text
from wecontact_cli.errors import EXIT_ERROR, WecontactError
from wecontact_cli.i18n.message import msg


@app.command("rules", cls=LocalizedCommand, help=text(msg("help.rules")))
def rules_command(
    output_format: str = typer.Option("text", "--output-format", "-f", metavar="text|json|markdown",
                                      help=text(msg("help.rules_format"))),
    lang: Optional[str] = LANG_OPTION,
) -> None:
    """List every lint rule: code, name, default severity, [*] fixable."""
    from wecontact_cli.lint import docs

    renderers = {"text": docs.rules_text, "json": docs.rules_json}
    if output_format == "markdown":  # the README's table: English, whatever the locale
        sys.stdout.write(docs.rules_markdown())
        return
    lang_ = language(lang)
    if output_format not in renderers:
        typer.echo(WecontactError(msg("cli.unknown_format_rules", format=output_format)).render(lang=lang_), err=True)
        raise typer.Exit(EXIT_ERROR)
    sys.stdout.write(renderers[output_format](lang_))


@app.command("rule", cls=LocalizedCommand, help=text(msg("help.rule")))
def rule_command(code: str = typer.Argument(..., help=text(msg("help.rule_code"))),
                 lang: Optional[str] = LANG_OPTION) -> None:
    """Explain one rule, with a bad and a good example (in English or Chinese)."""
    import difflib

    from wecontact_cli.lint.docs import rule_text
    from wecontact_cli.lint.registry import rules

    lang_ = language(lang)
    wanted = code.strip()
    every = rules()
    found = [r for r in every if wanted.upper() == r.code or wanted.lower() == r.name]
    if not found:
        names = [r.code for r in every] + [r.name for r in every]
        close = difflib.get_close_matches(wanted, names, n=1, cutoff=0.5)
        message = msg("cli.no_rule_close", code=code, close=close[0]) if close else msg("cli.no_rule", code=code)
        typer.echo(WecontactError(message).render(lang=lang_), err=True)
        raise typer.Exit(EXIT_ERROR)
    sys.stdout.write(rule_text(found[0], lang_))
