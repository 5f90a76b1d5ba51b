"""``workers.in_workers``: consecutive chunks taken one at a time by this process and one forked
child per other core, results in the chunks' order; a child's exception is raised here, and
a child that sends nothing has its chunks done here instead (never a lost or a duplicated unit)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.lint import workers

PARENT = os.getpid()


@pytest.fixture(autouse=True)
def few_items_are_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "PARALLEL_MIN_UNITS", 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 3)


def doubled(items: list[int]) -> list[tuple[int, int, bool]]:
    return [(i, 2 * i, os.getpid() == PARENT) for i in items]


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(), min_size=2, max_size=50))
def test_the_chunks_cover_every_item_once_in_order(items: list[int]) -> None:
    chunks = workers.in_workers(doubled, items)
    flat = [row for chunk in chunks for row in chunk]
    assert [(i, d) for i, d, _ in flat] == [(i, 2 * i) for i in items]
    # each chunk is done whole by one process
    assert all(len({here for *_, here in chunk}) == 1 for chunk in chunks)


def test_a_free_process_takes_the_chunks_a_busy_one_cannot(tmp_path: Path) -> None:
    """A child stuck on a costly chunk leaves the rest to the others: no share fixed in advance."""
    log = tmp_path / "parent-done"
    items = list(range(96))

    def work(chunk: list[int]) -> list[tuple[int, bool]]:
        here = os.getpid() == PARENT
        if here:  # first both children hold a chunk (a loaded machine may start them late)
            waited = 0.0
            while len(list(tmp_path.glob("child-*"))) < 2 and waited < 20:
                time.sleep(0.01)
                waited += 0.01
            with log.open("a") as done:
                done.write(".")
        else:  # the costly chunk: wait (a bounded while) until the parent has done all but two
            (tmp_path / f"child-{os.getpid()}").touch()
            waited = 0.0
            while (not log.exists() or len(log.read_text()) < n_chunks - 2) and waited < 20:
                time.sleep(0.01)
                waited += 0.01
        return [(i, here) for i in chunk]

    n_chunks = len(range(0, len(items), -(-len(items) // (3 * workers.CHUNKS_PER_PROCESS))))
    chunks = workers.in_workers(work, items)
    assert [i for chunk in chunks for i, _ in chunk] == items
    assert sum(1 for chunk in chunks if not chunk[0][1]) == 2  # one chunk each for the two children


def wait_for(flag: Path) -> None:
    """Wait (a bounded while) until ``flag`` exists: the parent lets a child take a chunk."""
    waited = 0.0
    while not flag.exists() and waited < 20:
        time.sleep(0.01)
        waited += 0.01


def test_a_childs_exception_is_raised_here(tmp_path: Path) -> None:
    flag = tmp_path / "child-took-one"

    def work(items: list[int]) -> list[int]:
        if os.getpid() != PARENT:
            flag.touch()
            raise ValueError("page 5 is broken")
        wait_for(flag)
        return items

    with pytest.raises(ValueError, match="page 5 is broken"):
        workers.in_workers(work, list(range(9)))


@pytest.mark.parametrize("how", ["dies", "unpicklable"])
def test_a_child_that_sends_nothing_has_its_share_done_here(how: str, tmp_path: Path) -> None:
    flag = tmp_path / "child-took-one"

    def work(items: list[int]) -> list[object]:
        if os.getpid() != PARENT:
            flag.touch()
            if how == "dies":
                os._exit(3)
            return [lambda: i for i in items]  # noqa: B023 - a result pickle refuses
        wait_for(flag)
        return list(items)

    assert [x for share in workers.in_workers(work, list(range(9))) for x in share] == list(range(9))
    assert flag.exists()  # a child did take a chunk, and it was done again here


def test_no_child_is_left_behind() -> None:
    workers.in_workers(doubled, list(range(9)))
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_a_process_with_threads_never_forks() -> None:
    """The editor's server lints in a thread: forking there would copy locks other threads
    hold (Python 3.12+ warns of it); the work is done in this process instead."""
    import threading
    import warnings

    found: list[list[tuple[int, int, bool]]] = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a fork with threads running would warn (3.12+)
        worker = threading.Thread(target=lambda: found.extend(workers.in_workers(doubled, list(range(40)))))
        worker.start()
        worker.join()
    assert [i for chunk in found for i, *_ in chunk] == list(range(40))
    assert all(here for chunk in found for *_, here in chunk)


def test_what_a_child_sent_before_it_died_is_kept(tmp_path: Path) -> None:
    """Each chunk's result is sent when it is done: a child killed later loses only the
    chunks it had not sent, which are done here."""
    flag = tmp_path / "child-sent-one"

    def work(items: list[int]) -> list[tuple[int, bool]]:
        here = os.getpid() == PARENT
        if not here:
            if flag.exists():
                os._exit(3)  # its second chunk: dies
            flag.touch()
        else:
            wait_for(flag)
        return [(i, here) for i in items]

    chunks = workers.in_workers(work, list(range(30)))
    assert [i for chunk in chunks for i, _ in chunk] == list(range(30))
    assert sum(1 for chunk in chunks if not chunk[0][1]) >= 1  # the first chunk the child sent


def test_results_larger_than_a_pipe_come_through() -> None:
    def work(items: list[int]) -> list[str]:
        return [str(i) * 200_000 for i in items]  # a few MB a process

    assert [len(x) for chunk in workers.in_workers(work, list(range(12))) for x in chunk] == \
        [len(str(i)) * 200_000 for i in range(12)]


class Unloadable:
    """Pickles in the child, fails to unpickle here."""

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (_refuse, ())


def _refuse() -> None:
    raise RuntimeError("cannot be rebuilt")


def test_a_result_that_does_not_unpickle_here_is_done_here(tmp_path: Path) -> None:
    flag = tmp_path / "child-took-one"

    def work(items: list[int]) -> list[object]:
        if os.getpid() != PARENT:
            flag.touch()
            return [Unloadable() for _ in items]
        wait_for(flag)
        return list(items)

    assert [x for share in workers.in_workers(work, list(range(9))) for x in share] == list(range(9))
