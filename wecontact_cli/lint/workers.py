"""Work shared between this process and one forked child per other core.

``in_workers`` splits the items into consecutive chunks; every process takes the next chunk
as soon as it is free, from a pipe of one-byte tickets (pages of one kind sit together and
can cost many times the others: a share fixed in advance left one process working while
the other waited). The children inherit the work (and the model it holds) by forking; only
their results come back, pickled.

A child sends each chunk's result as soon as it is done, and this process reads what has
come between its own chunks. So the pickling and unpickling are shared out with the work
(for doctor, whose results hold every cell, they were 15 ms at the end of a 2,000-page run,
one process pickling while the other waited, then unpickling alone).
"""

from __future__ import annotations

import os
import sys
from typing import Any, Callable, TypeVar

from wecontact_cli.frameworks.prefetch import forkable, reap

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_MIN_UNITS = 400
"""Below this many pages and components, starting worker processes costs more than it saves."""
CHUNKS_PER_PROCESS = 32
"""Chunks per process: enough that the last ones even out the processes' loads, few enough
that taking one (a one-byte read) costs nothing. Their number must stay under 256."""
_PIPE_BYTES = 1 << 20
"""What a child's pipe is asked to hold (Linux): its results never wait for this process."""
_LENGTH = 4
"""The bytes of a message's length, before the message (a pickled tuple)."""


def in_workers(work: Callable[[list[T]], R], items: list[T]) -> list[R]:
    """``work`` over consecutive chunks of ``items``, its results in their order: when there
    are enough items to pay for it, this process and one forked child per other core take
    the chunks one at a time, else all items are one chunk done here. A chunk a child took
    and did not send back (killed, or a result that does not pickle) is done here; an
    exception in a child is raised here. A process with threads (the editor's server lints
    in one) never forks: the child would inherit locks that threads it does not have may hold."""
    if len(items) < PARALLEL_MIN_UNITS or not forkable():
        return [work(items)]
    processes = min(os.cpu_count() or 1, 4)
    import gc

    size = -(-len(items) // (processes * CHUNKS_PER_PROCESS))
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    tickets, refill = os.pipe()
    os.write(refill, bytes(range(len(chunks))))  # a chunk's number is a byte, taken by one reader
    os.close(refill)  # once every ticket is taken, a read finds the end
    gc.freeze()  # the children leave the parent's objects alone: no copy of their pages
    children: list[_Child] = []
    try:
        for _ in range(processes - 1):
            children.append(_Child.fork(work, chunks, tickets))
        done: dict[int, Any] = {}
        while ticket := os.read(tickets, 1):
            done[ticket[0]] = work(chunks[ticket[0]])
            for child in children:
                child.receive(done, wait=False)
        while children:
            children.pop(0).receive(done, wait=True)
        return [done[j] if j in done else work(chunks[j]) for j in range(len(chunks))]
    finally:
        gc.unfreeze()
        os.close(tickets)
        for child in children:  # this process failed: the children not yet heard go with it
            child.abandon()


class _Child:
    """A forked child taking chunks, and what this process has read of its messages: each a
    chunk it did (its number and result), or the exception it stopped on."""

    def __init__(self, pid: int, reading: int) -> None:
        self.pid = pid
        self.reading = reading
        self.pending = bytearray()
        os.set_blocking(reading, False)

    @classmethod
    def fork(cls, work: Callable[[list[T]], R], chunks: list[list[T]], tickets: int) -> _Child:
        reading, writing = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never back into the caller's code, never its exit handlers
            code = 1
            try:
                os.close(reading)
                _serve(work, chunks, tickets, writing)
                code = 0
            finally:
                os._exit(code)
        os.close(writing)
        return cls(pid, reading)

    def receive(self, done: dict[int, Any], *, wait: bool) -> None:
        """Add the chunks the child has sent to ``done`` (and raise its exception); with
        ``wait``, read until it ends, then reap it."""
        if wait:
            os.set_blocking(self.reading, True)
        while True:
            try:
                data = os.read(self.reading, _PIPE_BYTES)
            except BlockingIOError:
                break  # nothing more for now
            if not data:
                break
            self.pending += data
        messages = self._messages()
        if wait:
            os.close(self.reading)
            reap(self.pid)
        for message in messages:
            if message[0]:
                done[message[1]] = message[2]
            else:
                raise message[1]

    def _messages(self) -> list[tuple[Any, ...]]:
        """The whole messages read so far. A message cut short by the child's end, or one that
        does not unpickle here, is dropped: its chunk is done here."""
        loads = _pickler().loads
        found, at, pending = [], 0, self.pending
        while len(pending) - at >= _LENGTH:
            end = at + _LENGTH + int.from_bytes(pending[at:at + _LENGTH], "big")
            if end > len(pending):
                break
            try:
                found.append(loads(pending[at + _LENGTH:end]))
            except Exception:  # noqa: BLE001 - that chunk is done again here
                pass
            at = end
        del pending[:at]
        return found

    def abandon(self) -> None:
        """Stop hearing the child: it is killed and reaped."""
        os.close(self.reading)
        reap(self.pid, kill=True)


def _serve(work: Callable[[list[T]], R], chunks: list[list[T]], tickets: int, writing: int) -> None:
    """The child's loop: each chunk whose ticket it takes, done and sent at once; a result
    that does not pickle is not sent (that chunk is done by the parent); an exception is
    sent, and ends the loop."""
    pickler = _pickler()
    if sys.platform.startswith("linux"):
        import fcntl

        try:
            fcntl.fcntl(writing, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
        except OSError:
            pass  # a smaller pipe only makes the child wait for the parent's next read
    while ticket := os.read(tickets, 1):
        try:
            message: tuple[Any, ...] = (True, ticket[0], work(chunks[ticket[0]]))
        except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
            message = (False, exc)
        try:
            data = pickler.dumps(message, protocol=-1)
        except Exception:  # noqa: BLE001 - the parent does this chunk (and meets the error) itself
            data = b""
        if data:
            _write_all(writing, len(data).to_bytes(_LENGTH, "big") + data)
        if not message[0]:
            break


def _pickler() -> Any:
    """The C pickler (``_pickle``) itself: ``pickle``'s Python module around it is not needed to
    pickle a result, and importing it cost each process about 1.2 ms more. ``pickle`` where
    there is no ``_pickle``. (Protocol -1 is the highest.)"""
    try:
        import _pickle

        return _pickle
    except ImportError:  # pragma: no cover - CPython has it
        import pickle

        return pickle


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
