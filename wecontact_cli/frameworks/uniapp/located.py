"""A page's registrations read from pages.json's decoded value, their spans placed when read.

A 2,000-page pages.json registers the cell in many pages; placing every registration's key
and value (four levels of members located per entry) cost a cold lint ~14 ms before its
workers start, while a rule reads a registration's spans only when it reports it. The
records here are ``Registration``s in every way a reader can tell (fields, equality, hash,
repr, pickling, copying): only when their spans are computed differs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

from wecontact_cli.model import Registration, Span
from wecontact_cli.records import fields
from wecontact_cli.syntax.jsontext import find_member

if TYPE_CHECKING:
    from wecontact_cli.frameworks.uniapp.project import ConfigSource
    from wecontact_cli.syntax.jsontext import JsonNode

WEIXIN = "mp-weixin"
USING = "usingComponents"
_NAMES = tuple(f.name for f in fields(Registration))
"""Registration's fields in their order (its constructor's positional arguments)."""


def decoded_registrations(file: ConfigSource, item: JsonNode, style: dict[str, Any], owner: str
                          ) -> Iterator[Registration]:
    """What ``project.style_registrations`` yields for the entry ``item`` whose decoded style
    is ``style`` (the C decoder read it: no key repeats), in the same order."""
    weixin = style.get(WEIXIN)
    weixin = weixin if isinstance(weixin, dict) else None
    replaced = weixin is not None and USING in weixin  # uni-app drops the generic map whole
    yield from _using(file, item, style.get(USING), ("style", USING), owner, not replaced)
    if weixin is not None:
        yield from _using(file, item, weixin.get(USING), ("style", WEIXIN, USING), owner, True)


def _using(file: ConfigSource, item: JsonNode, using: object, keys: tuple[str, ...], owner: str,
           effective: bool) -> Iterator[Registration]:
    """The string entries of a decoded usingComponents (a key's value as it is written)."""
    if not isinstance(using, dict):
        return
    for tag, url in using.items():
        if isinstance(url, str):
            yield PageRegistration(tag, url, owner, effective, file, item, keys)


class PageRegistration(Registration):
    """A page's ``usingComponents`` entry (scope ``page``) whose ``key`` and ``value`` spans are
    found on first read, down its entry's text (``jsontext.find_member``): where the parser's
    nodes, which ``style_registrations`` reads, put them."""

    def __init__(self, tag: str, url: str, owner: str, effective: bool, file: ConfigSource, item: JsonNode,
                 keys: tuple[str, ...]) -> None:
        # One update of the instance's dict: the frozen dataclass's own __init__ would set key
        # and value, which are located later (the properties below).
        self.__dict__.update(tag=tag, url=url, scope="page", owner=owner, syntax=file.syntax, effective=effective,
                             _where=(file, item, keys), _spans=None)

    @property  # type: ignore[override]
    def key(self) -> Span:
        """The tag's key, as written."""
        return self._located()[0]

    @property  # type: ignore[override]
    def value(self) -> Span:
        """The URL's string, as written."""
        return self._located()[1]

    def _located(self) -> tuple[Span, Span]:
        spans: tuple[Span, Span] | None = self.__dict__["_spans"]
        if spans is None:
            file, item, keys = self.__dict__["_where"]
            where = find_member(item, (*keys, self.tag))
            assert where is not None  # the decoded value holds it
            key_start, key_end, start, end = where
            spans = Span(file.path, key_start, key_end), Span(file.path, start, end)
            self.__dict__["_spans"] = spans
        return spans

    def plain(self) -> Registration:
        """The same record as a plain ``Registration`` (its spans located)."""
        return Registration(*(getattr(self, name) for name in _NAMES))

    def __eq__(self, other: object) -> bool:
        # A plain Registration compares equal only to its own class: it returns NotImplemented
        # for this one, and Python asks this method instead (both orders agree).
        if not isinstance(other, Registration):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in _NAMES)

    __hash__ = Registration.__hash__

    def __repr__(self) -> str:
        return repr(self.plain())

    def __reduce__(self) -> tuple[type[Registration], tuple[Any, ...]]:
        # Pickled (a worker's results) or copied as the plain record: the nodes stay here.
        return Registration, tuple(getattr(self, name) for name in _NAMES)
