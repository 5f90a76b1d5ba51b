"""The one record every reader in ``syntax`` reports a problem with."""

from __future__ import annotations


from wecontact_cli.i18n.message import Message
from wecontact_cli.records import record


@record(frozen=True)
class Problem:
    """A syntax problem at ``[start, end)`` of a file's text (readers report, never raise).

    ``message`` is a catalogue message (a key and its parameters), rendered in the run's
    language; the WXML scanner's problems that a reader reuses are catalogue messages too.
    """

    message: Message
    start: int
    end: int
