"""The one record every reader in ``syntax`` reports a problem with."""

from __future__ import annotations

from dataclasses import dataclass

from wecontact_cli.i18n.message import Message


@dataclass(frozen=True)
class Problem:
    """A syntax problem at ``[start, end)`` of a file's text (readers report, never raise).

    ``message`` is a catalogue message; problems found by the WXML scanner that a reader
    reuses keep the scanner's English text, which ``lint.messages.parse_message`` maps.
    """

    message: Message | str
    start: int
    end: int
