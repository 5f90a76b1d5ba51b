"""Reading project files exactly: bytes kept for byte-identical edits, clear decode errors.

Every file wecontact reads comes through ``read_source`` (lint through ``lint.context.read_text``,
which wraps it), and so through ``fsguard.read_bytes``."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from wecontact_cli.records import record
from wecontact_cli.syntax import jsontext
from wecontact_cli.text import fsguard
from wecontact_cli.edits import FileChange, TextEdit, apply_edits
from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.i18n.message import Message, msg

BOM = "\ufeff"
BINARY_PROBE = 8000
"""A NUL byte among the first bytes marks a binary file (as git decides)."""


@record(frozen=True)
class SourceFile:
    """A UTF-8 text file: ``text`` excludes a leading BOM, which ``bom`` remembers."""

    path: Path
    raw: bytes
    text: str
    bom: bool

    def location(self, offset: int) -> Location:
        """The line and column of a character offset in ``text``."""
        line, column = jsontext.line_col(self.text, offset)
        return Location(self.path, line, column)

    def change(self, edits: list[TextEdit], summary: str | Message = "") -> FileChange:
        """The file change that applies ``edits`` to this text, keeping the BOM."""
        new_text = (BOM if self.bom else "") + apply_edits(self.text, edits)
        return FileChange(self.path, self.raw, new_text.encode("utf-8"), summary)


def read_source(path: Path, root: Path, *, listed_plain: bool = False) -> SourceFile:
    """Read and decode a UTF-8 file of the project at ``root``; any problem is a WecontactError
    naming the file (a link out of the project, a FIFO, a device, a huge or binary file ...).
    ``listed_plain``: discovery's listing saw a plain file there (see ``fsguard.read_bytes``)."""
    raw = fsguard.read_bytes(path, root, listed_plain=listed_plain)
    return SourceFile(path, raw, *decode(raw, path))


def read_text(path: str, root: Path, *, listed_plain: bool = False) -> str:
    """``read_source(Path(path), root).text``, for a file read only to be searched (the import
    graph reads every module of a Taro project): no Path and no record are made, which took
    a third of the time of such a read. The same refusals, raised as ``read_source`` raises them."""
    try:
        return decode(fsguard.read_bytes(path, root, listed_plain=listed_plain), path)[0]  # type: ignore[arg-type]
    except WecontactError:
        read_source(Path(path), root, listed_plain=listed_plain)  # the error, naming the file as a Path
        raise


def decode(raw: bytes, path: Path) -> tuple[str, bool]:
    """The text (without BOM) and whether a UTF-8 BOM was present; binary and UTF-16 refused."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise WecontactError(msg("file.utf16"), Location(path, 1, 1))
    if raw.find(b"\x00", 0, BINARY_PROBE) >= 0:
        raise WecontactError(msg("file.binary"), Location(path, 1, 1))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        good = raw[: exc.start].decode("utf-8")
        line, column = jsontext.line_col(good, len(good))
        raise WecontactError(
            msg("file.not_utf8", byte=f"{raw[exc.start]:02x}"),
            Location(path, line, column),
        ) from None
    if text.startswith(BOM):
        return text[1:], True
    return text, False


@record(frozen=True)
class JsonFile:
    """A strict JSON file with its parse tree."""

    source: SourceFile
    root: jsontext.JsonNode

    @property
    def path(self) -> Path:
        """The file's path."""
        return self.source.path

    @cached_property
    def style(self) -> jsontext.JsonStyle:
        """The file's indentation, line ending and separators."""
        return jsontext.detect_style(self.source.text, self.root)

    def location(self, node_or_offset: jsontext.JsonNode | int) -> Location:
        """Where a node (or offset) is."""
        offset = node_or_offset if isinstance(node_or_offset, int) else node_or_offset.start
        return self.source.location(offset)


def load_json(path: Path, root: Path) -> JsonFile:
    """Read and parse a strict JSON file of the project at ``root``; errors name the file,
    line and column."""
    source = read_source(path, root)
    try:
        root = jsontext.parse(source.text)
    except jsontext.JsonSyntaxError as exc:
        raise WecontactError(exc.message, source.location(exc.offset)) from None
    return JsonFile(source, root)
