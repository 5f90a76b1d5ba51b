"""Standard output and error that fail like a Unix tool's, never with a traceback.

``wecontact lint | head -1`` closes the pipe early: the command stops quietly with exit
status 141, what a shell reports for a tool ended by SIGPIPE (128 + 13). Any other
failure to write (``> /dev/full``: no space left) is one line on standard error and exit
status 2. A stream whose encoding cannot hold a character (``PYTHONIOENCODING=cp1252``,
a Windows console pipe, with Chinese text) writes it as a ``\\uXXXX`` escape instead of
failing.

``guard_streams`` wraps ``sys.stdout`` and ``sys.stderr`` once, at start-up; the first
failed write raises ``OutputFailed`` (not an ``OSError``, so no layer in between mistakes
it for a failure of its own) and points the stream's file descriptor at the null device,
so that nothing fails again when the interpreter flushes at exit.
"""

from __future__ import annotations

import errno
import os
import sys

TYPE_CHECKING = False  # not typing's: `wecontact --version` runs without importing typing
if TYPE_CHECKING:
    from typing import Any, TextIO

    from wecontact_cli.i18n import Lang

EXIT_BROKEN_PIPE = 141
"""128 + SIGPIPE: how a shell reports a tool whose reader went away."""


class OutputFailed(Exception):
    """Writing standard output or standard error failed; the command cannot go on."""

    def __init__(self, stream: str, error: OSError):
        super().__init__(f"{stream}: {error}")
        self.stream = stream
        self.error = error

    @property
    def broken_pipe(self) -> bool:
        """The reader went away (``| head``): a normal end, not an error."""
        if isinstance(self.error, BrokenPipeError):
            return True
        return os.name == "nt" and self.error.errno == errno.EINVAL  # how Windows reports it

    def exit_status(self, lang: "Lang") -> int:
        """Report the failure (when it is not a closed pipe) and return the exit status."""
        if self.broken_pipe:
            return EXIT_BROKEN_PIPE
        if self.stream == "stdout":
            from wecontact_cli.errors import WecontactError
            from wecontact_cli.i18n.message import msg

            reason = self.error.strerror or str(self.error)
            error = WecontactError(msg("cli.cannot_write_output", reason=reason))
            try:
                sys.stderr.write(error.render(lang=lang) + "\n")
                sys.stderr.flush()
            except OutputFailed:
                pass  # standard error is gone too: the exit status says it
        from wecontact_cli.errors import EXIT_ERROR

        return EXIT_ERROR


class GuardedStream:
    """A text stream whose first failed write raises ``OutputFailed``; later writes go nowhere."""

    def __init__(self, stream: TextIO, name: str):
        self._stream = stream
        self._name = name
        self._failed = False

    def write(self, text: str) -> int:
        """Write, or raise ``OutputFailed`` when the stream cannot take it."""
        if self._failed:
            return len(text)
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise self._fail(exc) from None

    def flush(self) -> None:
        """Flush, or raise ``OutputFailed`` when the stream cannot take what is buffered."""
        if self._failed:
            return
        try:
            self._stream.flush()
        except OSError as exc:
            raise self._fail(exc) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)  # encoding, isatty, fileno...: as the real stream

    def _fail(self, error: OSError) -> OutputFailed:
        self._failed = True
        _to_null_device(self._stream)
        return OutputFailed(self._name, error)


def _to_null_device(stream: TextIO) -> None:
    """Point the stream's descriptor at the null device: what is still buffered goes there."""
    try:
        fd = stream.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError, AttributeError):
        return
    try:
        os.dup2(null, fd)
    except OSError:
        pass
    finally:
        os.close(null)


def escape_unencodable(stream: TextIO) -> None:
    """Write what the stream's encoding cannot hold as ``\\uXXXX`` instead of failing."""
    if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="backslashreplace")


def guard_streams() -> None:
    """Make standard output and error escape what they cannot encode and fail as ``OutputFailed``."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None or isinstance(stream, GuardedStream):
            continue
        escape_unencodable(stream)
        setattr(sys, name, GuardedStream(stream, name))


def flush_streams() -> None:
    """Flush standard output, then standard error (``OutputFailed`` when one cannot)."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
