"""``record`` behaves as ``dataclass`` with the same options: fields, ``__init__``, repr,
equality, ordering, hashing, frozenness, slots, subclassing, pickling and the helpers
(``fields``, ``replace``, ``asdict``), on generated class shapes and values.
(tests/test_speed_plain_args.py checks that a lint imports neither dataclasses nor inspect.)"""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path
from typing import Any, Callable, ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli import records
from wecontact_cli.records import record

HELPERS = {record: records, dataclasses.dataclass: dataclasses}
"""Each decorator's own field(), fields(), replace(), asdict() and FrozenInstanceError."""

NAMES = ("alpha", "beta", "gamma", "delta")
VALUES = st.one_of(st.integers(-2, 2), st.sampled_from(["", "a", "b"]), st.none(), st.tuples(st.integers(0, 1)),
                   st.floats(allow_nan=False, width=16))


@st.composite
def shapes(draw: Any) -> dict[str, Any]:
    """A class shape: its fields (with their field() options), decorator options and own methods."""
    count = draw(st.integers(0, len(NAMES)))
    fields = [{"name": NAMES[i], "repr": draw(st.booleans()), "compare": draw(st.booleans()),
               "hash": draw(st.sampled_from([None, True, False]))} for i in range(count)]
    defaults = draw(st.integers(0, count))  # the last ones have a default: a value or a factory
    for spec in fields[count - defaults:]:
        spec["default"] = draw(st.sampled_from(["value", "factory"]))
    options = {"frozen": draw(st.booleans()), "eq": draw(st.booleans()), "repr": draw(st.booleans()),
               "slots": draw(st.booleans()), "order": draw(st.booleans())}
    own = draw(st.sampled_from(["none", "eq", "hash", "hash None", "eq and hash", "repr", "post_init"]))
    return {"fields": fields, "options": options, "own": own}


def build(shape: dict[str, Any], decorator: Callable[..., Any], base: type = object) -> type:
    """The class the shape describes, declared through ``decorator`` (dataclass or record)."""
    body: dict[str, Any] = {"__annotations__": {}, "__qualname__": "Shape", "__module__": __name__}
    for spec in shape["fields"]:
        body["__annotations__"][spec["name"]] = "Any"
        kind = spec.get("default")
        extra = {"default": 0} if kind == "value" else {"default_factory": list} if kind == "factory" else {}
        body[spec["name"]] = HELPERS[decorator].field(repr=spec["repr"], compare=spec["compare"], hash=spec["hash"],
                                                      **extra)
    own = shape["own"]
    if "eq" in own:
        body["__eq__"] = lambda self, other: isinstance(other, base) and True
    if own in ("hash", "eq and hash"):
        body["__hash__"] = lambda self: 7
    elif own == "hash None":
        body["__hash__"] = None
    elif "eq" in own:
        body["__hash__"] = None  # what Python sets when a class body defines __eq__
    if own == "repr":
        body["__repr__"] = lambda self: "mine"
    if own == "post_init":
        body["__post_init__"] = lambda self: POST_INIT_CALLS.append(shown(self))
    return decorator(**shape["options"])(type("Shape", (base,), body))


POST_INIT_CALLS: list[str] = []


def outcome(action: Callable[[], Any]) -> tuple[str, Any]:
    """What an action gives: its value, or the name of the type of what it raised (each
    module has its own FrozenInstanceError)."""
    try:
        return "value", action()
    except Exception as exc:  # noqa: BLE001 - the exception's type is the outcome compared
        return "raised", type(exc).__name__


def shown(obj: Any) -> str:
    """repr(obj), with an address (object's own repr) made comparable between two runs."""
    text = repr(obj)
    return text.split(" object at 0x")[0] if " object at 0x" in text else text


def hashed(obj: Any) -> tuple[str, Any]:
    """hash(obj)'s outcome; "identity" where it is object's (differs between two objects)."""
    if type(obj).__hash__ is object.__hash__:
        return "value", "identity"
    return outcome(lambda: hash(obj))


def behaviour(cls: type, helpers: Any, rows: list[list[Any]]) -> list[Any]:
    """Everything observable about instances of ``cls`` built from ``rows``, and about the
    helpers that go with its decorator."""
    POST_INIT_CALLS.clear()
    made = [cls(*row) for row in rows]
    made += [cls(**dict(zip([f.name for f in helpers.fields(cls)], row))) for row in rows]
    def given(value: Any) -> Any:
        return "MISSING" if value is helpers.MISSING else value

    seen: list[Any] = [[(f.name, given(f.default), given(f.default_factory), f.repr, f.compare, f.hash)
                        for f in helpers.fields(cls)],
                       cls.__hash__ is None, getattr(cls, "__match_args__", None), hasattr(cls, "__slots__"),
                       outcome(lambda: cls(*rows[0], 1, 2, 3, 4, 5)), outcome(lambda: cls(nothing=1))]
    for a in made:
        seen += [shown(a), hashed(a), a == a, a == object(), a != a, helpers.asdict(a)]
        seen.append(outcome(lambda a=a: [a < b for b in made]))
        seen.append(outcome(lambda a=a: [a >= b for b in made]))
        seen.append(outcome(lambda a=a: helpers.replace(a) == a))
        seen.append(outcome(lambda a=a: pickle.loads(pickle.dumps(a)) == a))
        seen.append(outcome(lambda a=a: setattr(a, "alpha", 5)))
        seen += [a == b for b in made]
    seen += [outcome(lambda a=a: delattr(a, "alpha")) for a in made]
    seen.append(list(POST_INIT_CALLS))
    return seen


@settings(max_examples=300, deadline=None)
@given(shapes(), st.data())
def test_a_record_behaves_as_the_dataclass(shape: dict[str, Any], data: Any) -> None:
    required = sum(1 for f in shape["fields"] if "default" not in f)
    rows = data.draw(st.lists(st.lists(VALUES, min_size=required, max_size=len(shape["fields"])), min_size=1,
                              max_size=3))
    declared = outcome(lambda: build(shape, dataclasses.dataclass))
    assert outcome(lambda: build(shape, record))[0] == declared[0]
    if declared[0] == "raised":
        assert outcome(lambda: build(shape, record)) == declared
        return
    expected = behaviour(build(shape, dataclasses.dataclass), dataclasses, [list(r) for r in rows])
    assert behaviour(build(shape, record), records, [list(r) for r in rows]) == expected


@settings(max_examples=100, deadline=None)
@given(shapes(), st.lists(VALUES, min_size=4, max_size=4))
def test_a_subclass_compares_and_hashes_as_the_dataclass_subclass(shape: dict[str, Any], values: list[Any]) -> None:
    shape = {**shape, "fields": [], "own": "none"}
    child = {"fields": [{"name": "alpha", "repr": True, "compare": True, "hash": None}], "options": shape["options"],
             "own": "none"}
    if shape["options"]["order"]:
        return  # ordering across a parent and its child: NotImplemented both ways, tested above
    got, expected = [], []
    for decorator, into in ((record, got), (dataclasses.dataclass, expected)):
        if shape["options"]["slots"]:
            continue  # a slotted base with a slotted child needs no test of its own here
        parent = build(shape, decorator)
        kid = build(child, decorator, parent)
        into += [kid(values[0]) == kid(values[0]), kid(values[0]) == parent(), shown(kid(values[1])),
                 hashed(kid(values[2]))]
    assert got == expected


@record(frozen=True)
class Pickled:
    """A module-level record, so that pickle finds its class."""

    name: str
    sizes: tuple[int, ...] = ()


def test_a_record_pickles_and_keeps_its_equality_and_hash() -> None:
    original = Pickled("a", (1, 2))
    copy = pickle.loads(pickle.dumps(original, protocol=pickle.HIGHEST_PROTOCOL))
    assert copy == original and hash(copy) == hash(("a", (1, 2)))
    with pytest.raises(records.FrozenInstanceError):
        copy.name = "b"  # type: ignore[misc]
    assert records.replace(copy, name="b") == Pickled("b", (1, 2))


def test_a_record_that_refers_to_itself_repr_does_not_recurse() -> None:
    @record
    class Node:
        child: Any = None

    node = Node()
    node.child = node
    assert repr(node) == "test_a_record_that_refers_to_itself_repr_does_not_recurse.<locals>.Node(child=...)"


def test_ordering_sorts_by_the_compared_fields() -> None:
    @record(frozen=True, order=True)
    class Ranked:
        rank: int
        label: str = records.field(default="", compare=False)

    assert sorted([Ranked(2, "b"), Ranked(1, "z")]) == [Ranked(1), Ranked(2)]


def test_the_rules_dataclass_enforces_are_enforced() -> None:
    for decorator, helpers in HELPERS.items():
        with pytest.raises(ValueError, match="mutable default"):
            decorator(type("Bad", (), {"__annotations__": {"items": "list"}, "items": []}))
        with pytest.raises(TypeError, match="non-default argument 'b' follows default argument"):
            decorator(type("Bad", (), {"__annotations__": {"a": "int", "b": "int"}, "a": 1}))
        with pytest.raises(TypeError, match="is a field but has no type annotation"):
            decorator(type("Bad", (), {"__annotations__": {}, "a": helpers.field(default=1)}))
        with pytest.raises(ValueError, match="cannot specify both default and default_factory"):
            helpers.field(default=1, default_factory=list)
        frozen = decorator(frozen=True)(type("Frozen", (), {"__annotations__": {"a": "int"}}))
        with pytest.raises(TypeError, match="cannot inherit non-frozen dataclass from a frozen one"):
            decorator(type("Thawed", (frozen,), {"__annotations__": {"b": "int"}}))
        with pytest.raises(TypeError, match="cannot inherit frozen dataclass from a non-frozen one"):
            decorator(frozen=True)(type("Refrozen", (decorator(type("Thawed", (), {})),), {}))
        with pytest.raises(TypeError):
            helpers.fields(object())
        with pytest.raises(TypeError):
            helpers.replace(frozen)
        with pytest.raises(TypeError):
            helpers.asdict(frozen)


def test_class_variables_are_not_fields() -> None:
    """As dataclass decides it: `ClassVar` as this module imported it (here without `typing`,
    so "typing.ClassVar[str]" is a field's annotation)."""
    got = [[f.name for f in helpers.fields(decorator(type("Kinds", (), {
        "__annotations__": {"a": "int", "b": "ClassVar[int]", "c": "typing.ClassVar[str]", "d": ClassVar[int],
                            "e": "ClassVar"},
        "b": 1, "c": "", "d": 2, "e": 3, "__module__": __name__})))] for decorator, helpers in HELPERS.items()]
    assert got == [["a", "c"], ["a", "c"]]


def test_a_nested_record_becomes_nested_dicts_as_with_dataclass() -> None:
    results = []
    for decorator, helpers in HELPERS.items():
        leaf = decorator(frozen=True)(type("Leaf", (), {"__annotations__": {"path": "Any", "n": "int"}}))
        tree = decorator(type("Tree", (), {"__annotations__": {"leaves": "Any", "by": "Any", "pair": "Any"}}))
        value = tree([leaf(Path("a/b"), 1)], {"k": leaf(Path("c"), 2)}, (leaf(Path("d"), 3), None))
        results.append(helpers.asdict(value))
    assert results[0] == results[1] and isinstance(results[0]["leaves"][0]["path"], Path)


def test_a_record_compiles_its_init_once_when_first_made() -> None:
    @record(frozen=True, slots=True)
    class Point:
        x: int
        y: int = 0

    stub = Point.__init__
    assert Point(1) == Point(1, 0)
    assert Point.__init__ is not stub
    compiled = Point.__init__
    Point(2, 3)
    assert Point.__init__ is compiled


def test_dataclasses_sees_a_record_as_the_dataclass_it_stands_for() -> None:
    """dataclasses' helpers, and a @dataclass subclass of a record (a framework plug-in may
    declare its model so), work on records as on dataclasses."""
    @record(frozen=True)
    class Base:
        name: str
        sizes: list[int] = records.field(default_factory=list, compare=False)

    @dataclasses.dataclass(frozen=True)
    class Child(Base):
        extra: int = 0

    child = Child("a", [1], 2)
    assert dataclasses.is_dataclass(Base) and dataclasses.is_dataclass(Base("b"))
    assert [f.name for f in dataclasses.fields(Base)] == ["name", "sizes"]
    assert [f.name for f in dataclasses.fields(child)] == ["name", "sizes", "extra"]
    assert dataclasses.asdict(child) == {"name": "a", "sizes": [1], "extra": 2}
    assert dataclasses.replace(Base("b", [3]), name="c") == Base("c", [3])
    assert dataclasses.replace(child, extra=5) == Child("a", [1], 5)
    with pytest.raises(TypeError, match="cannot inherit non-frozen dataclass from a frozen one"):
        dataclasses.dataclass(type("Thawed", (Base,), {"__annotations__": {}}))
