"""Reading project files exactly: bytes kept for byte-identical edits, clear decode errors."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from wecontact_cli import jsontext
from wecontact_cli.edits import FileChange, TextEdit, apply_edits
from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.lint.messages import parse_message
from wecontact_cli.messages import Message, msg

BOM = "\ufeff"
MAX_BYTES = 16 * 1024 * 1024
"""Mini-program source files are small; a larger one is not something to parse."""


@dataclass(frozen=True)
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


def read_source(path: Path) -> SourceFile:
    """Read and decode a UTF-8 file; any problem is a WecontactError naming the file."""
    try:
        if path.is_dir():
            raise WecontactError(msg("file.directory"), Location(path))
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise WecontactError(msg("file.too_large", size=size // (1024 * 1024)), Location(path))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise WecontactError(msg("file.missing"), Location(path)) from None
    except OSError as exc:
        raise WecontactError(msg("file.unreadable", reason=exc.strerror), Location(path)) from None
    return SourceFile(path, raw, *decode(raw, path))


def decode(raw: bytes, path: Path) -> tuple[str, bool]:
    """The text (without BOM) and whether a UTF-8 BOM was present."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise WecontactError(msg("file.utf16"), Location(path, 1, 1))
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


@dataclass(frozen=True)
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


def load_json(path: Path) -> JsonFile:
    """Read and parse a strict JSON file; errors name the file, line and column."""
    source = read_source(path)
    try:
        root = jsontext.parse(source.text)
    except jsontext.JsonSyntaxError as exc:
        raise WecontactError(parse_message(exc.message), source.location(exc.offset)) from None
    return JsonFile(source, root)
