"""``record`` behaves as ``dataclass`` with the same options: fields, repr, equality, hashing,
frozenness, subclassing and pickling, on generated class shapes and values."""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any, Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.records import record

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
               "slots": draw(st.booleans())}
    own = draw(st.sampled_from(["none", "eq", "hash", "hash None", "eq and hash", "repr"]))
    return {"fields": fields, "options": options, "own": own}


def build(shape: dict[str, Any], decorator: Callable[..., Any], base: type = object) -> type:
    """The class the shape describes, declared through ``decorator`` (dataclass or record)."""
    body: dict[str, Any] = {"__annotations__": {}, "__qualname__": "Shape", "__module__": __name__}
    for spec in shape["fields"]:
        body["__annotations__"][spec["name"]] = "Any"
        kind = spec.get("default")
        extra = {"default": 0} if kind == "value" else {"default_factory": list} if kind == "factory" else {}
        body[spec["name"]] = dataclasses.field(repr=spec["repr"], compare=spec["compare"], hash=spec["hash"], **extra)
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
    return decorator(**shape["options"])(type("Shape", (base,), body))


def outcome(action: Callable[[], Any]) -> tuple[str, Any]:
    """What an action gives: its value, or the type of what it raised."""
    try:
        return "value", action()
    except Exception as exc:  # noqa: BLE001 - the exception's type is the outcome compared
        return "raised", type(exc)


def shown(obj: Any) -> str:
    """repr(obj), with an address (object's own repr) made comparable between two runs."""
    text = repr(obj)
    return text.split(" object at 0x")[0] if " object at 0x" in text else text


def hashed(obj: Any) -> tuple[str, Any]:
    """hash(obj)'s outcome; "identity" where it is object's (differs between two objects)."""
    if type(obj).__hash__ is object.__hash__:
        return "value", "identity"
    return outcome(lambda: hash(obj))


def behaviour(cls: type, rows: list[list[Any]]) -> list[Any]:
    """Everything observable about instances of ``cls`` built from ``rows``."""
    made = [cls(*row) for row in rows]
    seen: list[Any] = [[f.name for f in dataclasses.fields(cls)], cls.__hash__ is None]
    for a in made:
        seen += [shown(a), hashed(a), a == a, a == object(), a != a]
        seen.append(outcome(lambda a=a: setattr(a, "alpha", 5)))
        seen += [a == b for b in made]
    return seen


@settings(max_examples=300, deadline=None)
@given(shapes(), st.data())
def test_a_record_behaves_as_the_dataclass(shape: dict[str, Any], data: Any) -> None:
    required = sum(1 for f in shape["fields"] if "default" not in f)
    rows = data.draw(st.lists(st.lists(VALUES, min_size=required, max_size=len(shape["fields"])), min_size=1,
                              max_size=3))
    expected = behaviour(build(shape, dataclasses.dataclass), [list(r) for r in rows])
    assert behaviour(build(shape, record), [list(r) for r in rows]) == expected


@settings(max_examples=100, deadline=None)
@given(shapes(), st.lists(VALUES, min_size=4, max_size=4))
def test_a_subclass_compares_and_hashes_as_the_dataclass_subclass(shape: dict[str, Any], values: list[Any]) -> None:
    shape = {**shape, "fields": [], "own": "none"}
    child = {"fields": [{"name": "alpha", "repr": True, "compare": True, "hash": None}], "options": shape["options"],
             "own": "none"}
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
    with pytest.raises(dataclasses.FrozenInstanceError):
        copy.name = "b"  # type: ignore[misc]
    assert dataclasses.replace(copy, name="b") == Pickled("b", (1, 2))


def test_a_record_that_refers_to_itself_repr_does_not_recurse() -> None:
    @record
    class Node:
        child: Any = None

    node = Node()
    node.child = node
    assert repr(node) == "test_a_record_that_refers_to_itself_repr_does_not_recurse.<locals>.Node(child=...)"


def test_ordering_is_left_to_dataclass() -> None:
    @record(frozen=True, order=True)
    class Ranked:
        rank: int

    assert sorted([Ranked(2), Ranked(1)]) == [Ranked(1), Ranked(2)]
