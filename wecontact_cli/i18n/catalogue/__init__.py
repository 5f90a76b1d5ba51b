"""The catalogue: every human text in English and Simplified Chinese, by domain.

A key names its domain (``init.declared``, ``doctor.fix``); rules add their own messages
through ``i18n.message.register`` when they are loaded."""

from wecontact_cli.i18n.catalogue import (
    add_page, cache, cli, common, config, doctor, files, init, lint, plugin, project, server, syntax, taro, uniapp,
)

MESSAGES: dict[str, tuple[str, str]] = {}
for _domain in (add_page, cache, cli, common, config, doctor, files, init, lint, plugin, project, server, syntax, taro,
                uniapp):
    MESSAGES.update(_domain.MESSAGES)
