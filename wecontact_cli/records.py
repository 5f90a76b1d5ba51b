"""``record``: ``dataclasses.dataclass``, with ``__repr__``, ``__eq__`` and ``__hash__`` made
without compiling code.

``dataclass`` writes every method it adds as Python source and compiles it. For the ~90 records
a lint imports that was a fifth of wecontact's start-up (issue 13), although only ``__init__``
(and a frozen class's ``__setattr__``/``__delattr__``) needs to be compiled to be fast or
correct: repr, equality and hashing are the same generic function of the class's fields. So
``record`` lets ``dataclass`` build the class without them and adds them as closures over the
field names, following dataclass's own rules: a method the class body defines is kept, repr and
equality read the fields marked ``repr``/``compare``, and ``__hash__`` follows dataclass's table
(hashed fields when frozen, ``None`` when mutable, an explicit ``__hash__`` kept). A record has
the same fields, ``__init__``, repr text, equality, hash values, frozenness, slots and pickling
as the dataclass declared with the same options (tests/test_records.py compares them).
"""

from __future__ import annotations

import dataclasses
from operator import attrgetter
from reprlib import recursive_repr
from typing import TYPE_CHECKING, Any, Callable, TypeVar

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:
    def dataclass_transform(**_: Any) -> Callable[[Any], Any]:
        """Type checkers only: tells them a record is a dataclass."""
        return lambda decorator: decorator

C = TypeVar("C", bound=type)
_ABSENT = object()


@dataclass_transform(field_specifiers=(dataclasses.field, dataclasses.Field))
def record(cls: C | None = None, /, *, frozen: bool = False, eq: bool = True, repr: bool = True,  # noqa: A002
           order: bool = False, slots: bool = False) -> Any:
    """``@dataclass`` with the same options, its repr, equality and hash made without compiling."""
    def wrap(cls: C) -> C:
        if order:  # ordering methods: rare enough to leave to dataclass whole
            return dataclasses.dataclass(cls, frozen=frozen, eq=eq, repr=repr, order=True, slots=slots)
        own = dict(cls.__dict__)  # what the class body defines, before dataclass adds to it
        made = dataclasses.dataclass(cls, frozen=frozen, eq=False, repr=False, slots=slots)
        fields = dataclasses.fields(made)
        if repr and "__repr__" not in own:
            _add(made, _repr_of(tuple(f.name for f in fields if f.repr)))
        if eq:
            if "__eq__" not in own:
                _add(made, _eq_of(_values(tuple(f.name for f in fields if f.compare))))
            own_hash = own.get("__hash__", _ABSENT)  # `__eq__` in a class body sets it to None
            if own_hash is _ABSENT or (own_hash is None and "__eq__" in own):
                if frozen:
                    _add(made, _hash_of(_values(tuple(f.name for f in fields if _hashed(f)))))
                else:
                    made.__hash__ = None  # type: ignore[assignment]  # mutable and compared: unhashable
        return made

    return wrap if cls is None else wrap(cls)


def _add(cls: type, method: Callable[..., Any]) -> None:
    """Set ``method`` on ``cls`` under its own name, named as dataclass names its methods."""
    method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
    setattr(cls, method.__name__, method)


def _hashed(field: dataclasses.Field[Any]) -> bool:
    """Whether dataclass hashes the field: its ``hash=``, else its ``compare=``."""
    return field.compare if field.hash is None else field.hash


def _values(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """A function of an instance: the tuple of these fields' values (dataclass compares and
    hashes that tuple, even of one field or none)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


def _repr_of(names: tuple[str, ...]) -> Callable[[Any], str]:
    @recursive_repr()
    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"

    return __repr__


def _eq_of(values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any, Any], Any]:
    def __eq__(self: Any, other: Any) -> Any:
        if self is other:
            return True
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def _hash_of(values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        return hash(values(self))

    return __hash__
