"""``engine.in_workers``: consecutive chunks dealt round-robin to this process and one forked
child per other core, results in the chunks' order; a child's exception is raised here, and
a child that sends nothing has its chunks done here instead (never a lost or a duplicated unit)."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.lint import engine

PARENT = os.getpid()


@pytest.fixture(autouse=True)
def few_items_are_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "PARALLEL_MIN_UNITS", 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 3)


def doubled(items: list[int]) -> list[tuple[int, int, bool]]:
    return [(i, 2 * i, os.getpid() == PARENT) for i in items]


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(), min_size=2, max_size=50))
def test_the_chunks_cover_every_item_once_in_order(items: list[int]) -> None:
    chunks = engine.in_workers(doubled, items)
    flat = [row for chunk in chunks for row in chunk]
    assert [(i, d) for i, d, _ in flat] == [(i, 2 * i) for i in items]
    # dealt round-robin over 3 processes: every third chunk here, the others in children
    assert [all(here for *_, here in chunk) for chunk in chunks] == [j % 3 == 0 for j in range(len(chunks))]
    assert not any(here for j, chunk in enumerate(chunks) if j % 3 for *_, here in chunk)


def test_a_childs_exception_is_raised_here() -> None:
    def work(items: list[int]) -> list[int]:
        if os.getpid() != PARENT and 5 in items:
            raise ValueError("page 5 is broken")
        return items

    with pytest.raises(ValueError, match="page 5 is broken"):
        engine.in_workers(work, list(range(9)))


@pytest.mark.parametrize("how", ["dies", "unpicklable"])
def test_a_child_that_sends_nothing_has_its_share_done_here(how: str) -> None:
    def work(items: list[int]) -> list[object]:
        if os.getpid() != PARENT:
            if how == "dies":
                os._exit(3)
            return [lambda: i for i in items]  # noqa: B023 - a result pickle refuses
        return list(items)

    assert [x for share in engine.in_workers(work, list(range(9))) for x in share] == list(range(9))


def test_no_child_is_left_behind() -> None:
    engine.in_workers(doubled, list(range(9)))
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)
