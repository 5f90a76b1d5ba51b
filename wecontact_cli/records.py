"""``record``: the subset of ``dataclasses.dataclass`` wecontact uses, built without importing
``dataclasses`` and without compiling a method until it is first called.

``dataclass`` writes every method it adds as Python source and compiles it when the class is
declared, and importing it imports ``inspect`` (with ``ast``, ``dis``, ``tokenize``). A lint
imports about 75 records: that was about 20 ms of CPU for the decorator and 7 ms for the
import, a third of the start-up that runs before the pages are shared between processes
(issue 13). Most of those methods are never called in a given run. So ``record`` makes
repr, equality, ordering, hashing and a frozen class's ``__setattr__``/``__delattr__`` as
closures over the field names (no code compiled), and makes ``__init__`` (which must be
fast: lint makes tens of thousands of records) the first time the class is instantiated, from
code compiled with the package (``_record_inits``, written by tools/record_inits.py) or, for a
record that module does not know, compiled then.

A record has the same fields, ``__init__`` parameters, ``__post_init__`` call, repr text,
equality, ordering, hash values, frozenness, slots and pickling as the dataclass declared with
the same options, following dataclass's rules (a method the class body defines is kept; a
field's ``repr``/``compare``/``hash`` options; the hash table for frozen and mutable classes;
inherited fields first). tests/test_records.py compares the two on generated class shapes.
This module also gives the helpers the package uses: ``field``, ``fields``, ``replace``,
``asdict`` and ``FrozenInstanceError``. Not supported (wecontact uses none): ``init=False``
fields, ``InitVar``, ``kw_only``, ``unsafe_hash``, ``match_args=False``, ``weakref_slot``.
"""

from __future__ import annotations

import os
import sys
from operator import attrgetter
from reprlib import recursive_repr

from wecontact_cli.syntax.lazy_pattern import LazyPattern

TYPE_CHECKING = False  # not typing's: records are declared before anything needs typing
if TYPE_CHECKING:
    from typing import Any, Callable, TypeVar

    from typing_extensions import dataclass_transform

    C = TypeVar("C", bound=type)
else:
    def dataclass_transform(**_: object) -> object:
        """Type checkers only: tells them a record is a dataclass."""
        return lambda decorator: decorator

__all__ = ["Field", "FrozenInstanceError", "asdict", "field", "fields", "record", "replace"]

_FIELDS = "__record_fields__"
"""The class attribute holding a record's fields by name (inherited ones first)."""
_FROZEN = "__record_frozen__"


class _Missing:
    """No default given (a class, so that its repr reads well in an error)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class _Factory:
    """The default an ``__init__`` parameter shows when its field has a default factory."""

    def __repr__(self) -> str:
        return "<factory>"


_HAS_FACTORY = _Factory()


class FrozenInstanceError(AttributeError):
    """Assigning to or deleting a field of a frozen record."""


class Field:
    """One field of a record: its name, default (or default factory) and options."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "compare")

    def __init__(self, default: Any, default_factory: Any, repr: bool, hash: bool | None,  # noqa: A002
                 compare: bool) -> None:
        self.name: str = ""
        self.type: Any = None
        self.default = default
        self.default_factory = default_factory
        self.repr = repr
        self.hash = hash
        self.compare = compare

    def __repr__(self) -> str:
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},repr={self.repr!r},hash={self.hash!r},"
                f"compare={self.compare!r})")


def field(*, default: Any = MISSING, default_factory: Any = MISSING, repr: bool = True,  # noqa: A002
          hash: bool | None = None, compare: bool = True) -> Any:  # noqa: A002
    """A field's default (a value, or a factory called for each instance) and options."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, repr, hash, compare)


@dataclass_transform(field_specifiers=(field, Field))
def record(cls: C | None = None, /, *, frozen: bool = False, eq: bool = True, repr: bool = True,  # noqa: A002
           order: bool = False, slots: bool = False) -> Any:
    """``@dataclass`` with the same options (see the module's docstring)."""
    def wrap(cls: C) -> C:
        return _make(cls, frozen=frozen, eq=eq, repr=repr, order=order, slots=slots)

    return wrap if cls is None else wrap(cls)


def fields(class_or_instance: Any) -> tuple[Field, ...]:
    """A record's fields, in ``__init__``'s order."""
    try:
        found: dict[str, Field] = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a record type or instance") from None
    return tuple(found.values())


def replace(obj: Any, /, **changes: Any) -> Any:
    """A new record of ``obj``'s class, with ``changes`` and ``obj``'s other field values."""
    if isinstance(obj, type) or not hasattr(obj, _FIELDS):
        raise TypeError("replace() should be called on record instances")
    for f in getattr(obj, _FIELDS).values():
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def asdict(obj: Any) -> dict[str, Any]:
    """A record as a dict of its fields, records inside it made dicts too (dataclass's rules:
    lists, tuples, named tuples and dicts are rebuilt, any other value deep-copied)."""
    if isinstance(obj, type) or not hasattr(obj, _FIELDS):
        raise TypeError("asdict() should be called on record instances")
    return _as_plain(obj)  # type: ignore[no-any-return]


_ATOMS = (str, int, float, bool, type(None), bytes, complex)


def _as_plain(obj: Any) -> Any:
    if type(obj) in _ATOMS:
        return obj
    if not isinstance(obj, type) and hasattr(obj, _FIELDS):
        return {f.name: _as_plain(getattr(obj, f.name)) for f in getattr(obj, _FIELDS).values()}
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_as_plain(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_as_plain(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_as_plain(k), _as_plain(v)) for k, v in obj.items())
    import copy

    return copy.deepcopy(obj)


def _make(cls: Any, *, frozen: bool, eq: bool, repr: bool, order: bool, slots: bool) -> Any:  # noqa: A002
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    own = dict(cls.__dict__)  # what the class body defines
    found = _inherited(cls, frozen)
    found.update(_declared(cls, own))
    _check_order(found.values())
    setattr(cls, _FIELDS, found)
    setattr(cls, _FROZEN, frozen)
    cls.__dataclass_fields__, cls.__dataclass_params__ = _FIELDS_VIEW, _PARAMS_VIEW
    names = tuple(found)
    if repr and "__repr__" not in own:
        _add(cls, _repr_of(tuple(f.name for f in found.values() if f.repr)))
    compared = _values(tuple(f.name for f in found.values() if f.compare))
    if eq:
        if "__eq__" not in own:
            _add(cls, _eq_of(compared))
        own_hash = own.get("__hash__", MISSING)  # `__eq__` in a class body sets it to None
        if own_hash is MISSING or (own_hash is None and "__eq__" in own):
            if frozen:
                _add(cls, _hash_of(_values(tuple(f.name for f in found.values() if _hashed(f)))))
            else:
                cls.__hash__ = None  # mutable and compared: unhashable
    if order:
        for method in _order_of(compared):
            if method.__name__ in own:
                raise TypeError(f"Cannot overwrite attribute {method.__name__} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
            _add(cls, method)
    if frozen:
        for method in _frozen_of(cls, frozenset(names)):
            if method.__name__ in own:
                raise TypeError(f"Cannot overwrite attribute {method.__name__} in class {cls.__name__}")
            _add(cls, method)
    if "__match_args__" not in own:
        cls.__match_args__ = names
    made = _with_slots(cls, names, frozen) if slots else cls
    if "__init__" not in own:
        made.__init__ = _lazy_init(made)
    return made


class _DataclassView:
    """A record's ``__dataclass_fields__`` (or ``__dataclass_params__``), made the first time it
    is read: then ``dataclasses`` (``fields``, ``replace``, ``asdict``, ``is_dataclass``, and a
    ``@dataclass`` subclass of a record) sees the record as the dataclass it stands for, while
    a run that never asks imports nothing."""

    def __init__(self, params: bool) -> None:
        self._params = params
        self._made: dict[type, Any] = {}

    def __get__(self, instance: Any, owner: type) -> Any:
        declared = next(c for c in owner.__mro__ if _FIELDS in c.__dict__)  # the nearest record
        made = self._made.get(declared)
        if made is None:
            made = self._made[declared] = _params_of(declared) if self._params else _dataclass_fields(declared)
        return made


def _dataclass_fields(cls: type) -> dict[str, Any]:
    import dataclasses

    def given(value: Any) -> Any:
        return dataclasses.MISSING if value is MISSING else value

    made = {}
    for f in cls.__dict__[_FIELDS].values():
        view = dataclasses.field(default=given(f.default), default_factory=given(f.default_factory), repr=f.repr,
                                 hash=f.hash, compare=f.compare)
        view.name, view.type, view.kw_only = f.name, f.type, False
        view._field_type = dataclasses._FIELD  # type: ignore[attr-defined]  # a field, not a ClassVar
        made[f.name] = view
    return made


def _params_of(cls: type) -> Any:
    """What dataclass reads of a base class's parameters: whether it is frozen."""
    from types import SimpleNamespace

    return SimpleNamespace(init=True, frozen=cls.__dict__[_FROZEN])


_FIELDS_VIEW, _PARAMS_VIEW = _DataclassView(params=False), _DataclassView(params=True)


def _declared(cls: Any, own: dict[str, Any]) -> dict[str, Field]:
    """The fields the class body declares (annotated, not ClassVars), with their defaults;
    a ``field()`` left as a class attribute is replaced by its default (or removed)."""
    annotations = own.get("__annotations__", {})
    for name, value in own.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    declared: dict[str, Field] = {}
    for name, annotation in annotations.items():
        if _is_class_var(annotation, cls):
            continue
        default = own.get(name, MISSING)
        made = default if isinstance(default, Field) else Field(default, MISSING, True, None, True)
        if made.default is not MISSING and made.default.__class__.__hash__ is None:
            raise ValueError(f"mutable default {type(made.default)} for field {name} is not allowed: "
                             "use default_factory")
        made.name, made.type = name, annotation
        declared[name] = made
        if isinstance(default, Field):
            if made.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, made.default)
    return declared


def _inherited(cls: Any, frozen: bool) -> dict[str, Field]:
    """The fields of the record classes ``cls`` derives from, the farthest first; a frozen
    record derives only from frozen ones, a mutable one only from mutable ones."""
    found: dict[str, Field] = {}
    frozen_bases: list[bool] = []
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            frozen_bases.append(base.__dict__[_FROZEN])
            found.update(base_fields)
    if frozen_bases and any(frozen_bases) and not frozen:
        raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
    if frozen_bases and not all(frozen_bases) and frozen:
        raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    return found


_CLASS_VAR_NAME = LazyPattern(r"^(?:\s*(\w+)\s*\.)?\s*(\w+)")
"""The name a string annotation starts with, and the module it is taken from (``typing.ClassVar``)."""


def _is_class_var(annotation: Any, cls: Any) -> bool:
    """Whether an annotation is a ClassVar (a class attribute, not a field), as dataclass
    decides it: a string annotation (``from __future__ import annotations``) names
    ``ClassVar`` or ``typing.ClassVar`` as the class's module imported them."""
    typing = sys.modules.get("typing")
    if typing is None:
        return False  # nothing can be a ClassVar before typing is imported
    if not isinstance(annotation, str):
        return annotation is typing.ClassVar or (type(annotation) is typing._GenericAlias  # type: ignore[attr-defined]
                                                 and annotation.__origin__ is typing.ClassVar)
    if "ClassVar" not in annotation:
        return False
    match = _CLASS_VAR_NAME.match(annotation)
    module = sys.modules.get(cls.__module__)
    if match is None or module is None:
        return False
    if match.group(1) and module.__dict__.get(match.group(1)) is not typing:
        return False
    named = module.__dict__.get(match.group(2))
    return named is typing.ClassVar or (type(named) is typing._GenericAlias  # type: ignore[attr-defined]
                                        and named.__origin__ is typing.ClassVar)


def _check_order(found: Any) -> None:
    """A field without a default cannot follow one with a default (dataclass's rule)."""
    seen_default = False
    for f in found:
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        else:
            seen_default = True


def _lazy_init(cls: Any) -> Callable[..., None]:
    """An ``__init__`` that makes the class's real one on the first call, puts it on the
    class, and runs it: a record never instantiated in a run costs nothing."""
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        real = _made_init(cls)
        cls.__init__ = real
        real(self, *args, **kwargs)

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    return __init__


def _made_init(cls: Any) -> Callable[..., None]:
    """The ``__init__`` dataclass would write: parameters in field order with their defaults,
    each field set (through ``object.__setattr__`` when frozen), then ``__post_init__``. Its
    code comes compiled from ``_record_inits`` when that module has it, else is compiled now."""
    found: dict[str, Field] = cls.__dict__[_FIELDS]
    namespace: dict[str, Any] = {"_HAS_FACTORY": _HAS_FACTORY, "_object_setattr": object.__setattr__}
    defaults: list[Any] = []
    for i, f in enumerate(found.values()):
        if f.default_factory is not MISSING:
            namespace[f"_factory_{i}"] = f.default_factory
            defaults.append(_HAS_FACTORY)
        elif f.default is not MISSING:
            defaults.append(f.default)
    key = init_key(cls)
    written = _written_inits().get(key)
    code = written.__code__ if written is not None else _compiled(init_source(key))
    init: Callable[..., None] = _FunctionType(code, namespace, "__init__", tuple(defaults) or None)
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    return init


_FunctionType = type(_made_init)


def init_key(cls: Any) -> str:
    """What a record's ``__init__`` is made of, in a few characters: ``F`` (frozen) or ``M``,
    ``P`` when it calls ``__post_init__``, then its parameters, ``*`` after one whose field has a
    default factory (``"F:path,start,end"``). Records with the same key share the code."""
    fields_ = cls.__dict__[_FIELDS].values()
    head = ("F" if cls.__dict__[_FROZEN] else "M") + ("P" if hasattr(cls, "__post_init__") else "")
    return head + ":" + ",".join(f.name + ("*" if f.default_factory is not MISSING else "") for f in fields_)


def init_source(key: str) -> str:
    """The source of the ``__init__`` of ``init_key`` ``key``, without defaults (they are the
    function's ``__defaults__``): each field set, a factory's default made for each call."""
    head, _, spelled = key.partition(":")
    parameters, body = ["self"], []
    for i, written in enumerate(spelled.split(",") if spelled else ()):
        name = written.rstrip("*")
        value = f"_factory_{i}() if {name} is _HAS_FACTORY else {name}" if written.endswith("*") else name
        parameters.append(name)
        body.append(f"_object_setattr(self, {name!r}, {value})" if head[0] == "F" else f"self.{name} = {value}")
    if "P" in head:
        body.append("self.__post_init__()")
    return f"def __init__({', '.join(parameters)}):\n    " + "\n    ".join(body or ["pass"]) + "\n"


def _compiled(source: str) -> Any:
    """The code of the one function ``source`` defines."""
    namespace: dict[str, Any] = {}
    exec(source, namespace)  # noqa: S102 - our own source, made of field names
    return namespace["__init__"].__code__


_written: dict[str, Any] | None = None


def _written_inits() -> dict[str, Any]:
    """The ``__init__`` functions written out in ``_record_inits``, by key (imported once).
    Empty when importing the module would compile its source (25 ms, where compiling the
    records a run makes takes about 5): no .pyc for it, and none may be written
    (``PYTHONDONTWRITEBYTECODE``, ``-B``: a checkout's editable install, as in CI)."""
    global _written
    if _written is None:
        _written = {}
        if loads_compiled(os.path.join(os.path.dirname(__file__), "_record_inits.py")):
            try:
                from wecontact_cli._record_inits import INITS
            except ImportError:  # pragma: no cover - the module ships with the package
                INITS = {}
            _written = INITS
    return _written


def loads_compiled(source: str) -> bool:
    """Whether importing the module of ``source`` reads compiled code: its .pyc is where the
    interpreter looks for it, or will be written there the first time."""
    if not sys.dont_write_bytecode:
        return True
    from importlib.util import cache_from_source  # only here: most runs may write .pyc files

    try:
        return os.path.exists(cache_from_source(source))
    except NotImplementedError:  # an interpreter without a cache tag: no .pyc at all
        return False


def _with_slots(cls: Any, names: tuple[str, ...], frozen: bool) -> Any:
    """The class made again with ``__slots__`` for its fields (those no base slots already),
    as dataclass does; a frozen one pickles through ``__getstate__``/``__setstate__``."""
    inherited = {name for base in cls.__mro__[1:-1] for name in _slots_of(base)}
    body = dict(cls.__dict__)
    body["__slots__"] = tuple(name for name in names if name not in inherited)
    for name in names:
        body.pop(name, None)
    body.pop("__dict__", None)
    body.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    slotted = type(cls)(cls.__name__, cls.__bases__, body)
    if qualname is not None:
        slotted.__qualname__ = qualname
    if frozen:
        if "__getstate__" not in body:
            slotted.__getstate__ = _getstate
        if "__setstate__" not in body:
            slotted.__setstate__ = _setstate
    return slotted


def _slots_of(cls: type) -> tuple[str, ...]:
    slots = cls.__dict__.get("__slots__", ())
    return (slots,) if isinstance(slots, str) else tuple(slots)


def _getstate(self: Any) -> list[Any]:
    return [getattr(self, name) for name in getattr(self, _FIELDS)]


def _setstate(self: Any, state: list[Any]) -> None:
    for name, value in zip(getattr(self, _FIELDS), state):
        object.__setattr__(self, name, value)


def _add(cls: type, method: Callable[..., Any]) -> None:
    """Set ``method`` on ``cls`` under its own name, named as dataclass names its methods."""
    method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
    setattr(cls, method.__name__, method)


def _hashed(f: Field) -> bool:
    """Whether dataclass hashes the field: its ``hash=``, else its ``compare=``."""
    return f.compare if f.hash is None else f.hash


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


def _order_of(values: Callable[[Any], tuple[Any, ...]]) -> list[Callable[[Any, Any], Any]]:
    """``__lt__``, ``__le__``, ``__gt__`` and ``__ge__``: the compared fields' tuples, of two
    instances of one class."""
    def __lt__(self: Any, other: Any) -> Any:
        return values(self) < values(other) if other.__class__ is self.__class__ else NotImplemented

    def __le__(self: Any, other: Any) -> Any:
        return values(self) <= values(other) if other.__class__ is self.__class__ else NotImplemented

    def __gt__(self: Any, other: Any) -> Any:
        return values(self) > values(other) if other.__class__ is self.__class__ else NotImplemented

    def __ge__(self: Any, other: Any) -> Any:
        return values(self) >= values(other) if other.__class__ is self.__class__ else NotImplemented

    return [__lt__, __le__, __gt__, __ge__]


def _frozen_of(cls: Any, names: frozenset[str]) -> list[Callable[..., None]]:
    """A frozen class's ``__setattr__`` and ``__delattr__``: a field (or any attribute of an
    instance of the class itself) cannot change; other attributes of a subclass's instance can."""
    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return [__setattr__, __delattr__]
