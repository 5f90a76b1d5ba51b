"""How Changeset.apply writes: in an order that keeps every prefix valid, under a lock, with
stale temp files cleaned up and a rollback that never erases another writer's change."""

from __future__ import annotations

import errno
import json
import os
import time
from pathlib import Path

import pytest

from conftest import PROVIDER, find_project, make_project, run_cli, snapshot
from wecontact_cli.edits import lock as writelock
from wecontact_cli.frameworks.native.add_page import AddPageRequest, plan_add_page
from wecontact_cli.edits import Changeset, FileChange
from wecontact_cli.errors import WecontactError
from wecontact_cli.lint.engine import LintOptions, run_lint
from wecontact_cli.lint.fixes import plan_fixes
from wecontact_cli.edits.writing import TEMP_SUFFIX

APP = "miniprogram"
PAGE = f"{APP}/pages/index"
DECLARED = {"contactPlugin": {"version": "1.3.0", "provider": PROVIDER}}
fcntl = pytest.importorskip("fcntl")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def project(root: Path, *, declared: bool = False, registered: bool = True) -> Path:
    app: dict[str, object] = {"pages": ["pages/index/index"] if registered else ["pages/home/home"]}
    if declared:
        app["plugins"] = DECLARED
    make_project(root, app)
    write(root / PAGE / "index.json", "{}\n")
    write(root / PAGE / "index.wxml", "<view>shop</view>\n")
    write(root / PAGE / "index.js", "Page({\n  data: {}\n})\n")
    return root


def order_of(changes: Changeset, new_folders: dict[Path, Path] | None = None) -> list[str]:
    """The batches of apply as names: a new folder's batch is the folder's name + '/'."""
    folders = new_folders or {}
    return [f"{b.folder.name}/" if b.folder else b.steps[0].path.name
            for b in changes.batches(lambda path: folders.get(path))]


# -- the order ----------------------------------------------------------------------------------


def test_created_files_land_before_edited_ones_then_in_planned_order(tmp_path: Path) -> None:
    changes = Changeset(tmp_path)
    changes.add(FileChange(tmp_path / "a", b"1", b"2"))
    changes.add(FileChange(tmp_path / "b", None, b"new"))
    changes.add(FileChange(tmp_path / "c", b"1", b"2"))
    changes.add(FileChange(tmp_path / "d", None, b"new"))
    assert order_of(changes) == ["b", "d", "a", "c"]


def test_a_stated_order_wins_over_the_default(tmp_path: Path) -> None:
    changes = Changeset(tmp_path)
    changes.add(FileChange(tmp_path / "new", None, b"x"))
    changes.add(FileChange(tmp_path / "app", b"1", b"2"))
    changes.order([tmp_path / "app"], [tmp_path / "new"])
    assert order_of(changes) == ["app", "new"]


def test_interim_content_lands_first_and_the_final_content_last(tmp_path: Path) -> None:
    changes = Changeset(tmp_path)
    changes.add(FileChange(tmp_path / "page", None, b"uses"))
    changes.add(FileChange(tmp_path / "app", b"{}", b"{declared, route}"), interim=b"{declared}")
    changes.order([tmp_path / "page"], [tmp_path / "app"])
    steps = [step for batch in changes.batches() for step in batch.steps]
    assert [(s.path.name, s.content, s.previous) for s in steps] == [
        ("app", b"{declared}", b"{}"), ("page", b"uses", None), ("app", b"{declared, route}", b"{declared}")]


def test_a_cycle_in_the_stated_order_is_a_programming_error(tmp_path: Path) -> None:
    changes = Changeset(tmp_path)
    changes.add(FileChange(tmp_path / "a", b"1", b"2"))
    changes.add(FileChange(tmp_path / "b", b"1", b"2"))
    changes.order([tmp_path / "a"], [tmp_path / "b"])
    changes.order([tmp_path / "b"], [tmp_path / "a"])
    with pytest.raises(ValueError, match="cycle"):
        changes.batches()


def test_a_new_folder_with_a_file_written_twice_is_created_file_by_file(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    changes = Changeset(tmp_path)
    changes.add(FileChange(folder / "a", None, b"final"), interim=b"first")
    changes.add(FileChange(folder / "b", None, b"b"))
    assert order_of(changes, {folder / "a": folder, folder / "b": folder}) == ["a", "b", "a"]
    changes.apply()
    assert (folder / "a").read_bytes() == b"final" and (folder / "b").read_bytes() == b"b"


def test_a_new_page_appears_at_once_between_its_declaration_and_its_route(tmp_path: Path) -> None:
    root = project(tmp_path)
    plan = plan_add_page(find_project(root), AddPageRequest("pages/contact/index", "a1b2c3d4"))
    folder = root / APP / "pages" / "contact"
    new = {c.path: folder for c in plan.changeset.changes if c.before is None}
    batches = plan.changeset.batches(lambda path: new.get(path))
    assert order_of(plan.changeset, new) == ["app.json", "contact/", "app.json"]
    declared = json.loads(batches[0].steps[0].content)
    assert declared["plugins"] == DECLARED and declared["pages"] == ["pages/index/index"]
    assert json.loads(batches[2].steps[0].content)["pages"][-1] == "pages/contact/index"


def test_an_existing_page_gets_the_declaration_first_and_the_button_last(tmp_path: Path) -> None:
    root = project(tmp_path)
    plan = plan_add_page(find_project(root), AddPageRequest("pages/index/index", "a1b2c3d4"))
    assert order_of(plan.changeset) == ["app.json", "index.js", "index.json", "index.wxml"]


def test_an_unregistered_page_gets_its_route_last(tmp_path: Path) -> None:
    root = project(tmp_path, declared=True, registered=False)
    plan = plan_add_page(find_project(root), AddPageRequest("pages/index/index", "a1b2c3d4"))
    assert order_of(plan.changeset) == ["index.js", "index.json", "index.wxml", "app.json"]


def test_lint_fix_declares_before_the_other_fixes(tmp_path: Path) -> None:
    root = project(tmp_path)
    write(root / PAGE / "index.json", '{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}\n')
    write(root / PAGE / "index.wxml", '<cell plugid="a1b2c3d4" bindcompletemessage="x" />\n')
    run = run_lint(LintOptions([root]))
    changeset, _ = plan_fixes(run)
    # app.json is planned last (its diagnostic comes after the page's), but lands first.
    assert [c.path.name for c in changeset.changes][-1] == "app.json"
    assert order_of(changeset)[0] == "app.json"


def test_lint_fix_refuses_offsets_computed_on_text_that_changed_since(tmp_path: Path) -> None:
    root = project(tmp_path, declared=True)
    wxml = write(root / PAGE / "index.wxml", '<cell plugid="a1b2c3d4" styletype="1" />\n')
    write(root / PAGE / "index.json", '{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}\n')
    run = run_lint(LintOptions([root]))
    wxml.write_text('<view/>\n<cell plugid="a1b2c3d4" styletype="1" />\n')  # another editor, meanwhile
    with pytest.raises(WecontactError, match="changed on disk since it was read"):
        plan_fixes(run)


def test_a_rerun_hides_the_button_when_an_earlier_run_added_the_onload(tmp_path: Path) -> None:
    """A crash after the script got its onLoad: the rerun must still add wx:if to the cell."""
    root = project(tmp_path / "work", declared=True)
    reference = project(tmp_path / "reference", declared=True)
    assert run_cli("add-page", "pages/index/index", "--plugid", "a1b2c3d4", "-C", reference).exit_code == 0
    (root / PAGE / "index.js").write_bytes((reference / PAGE / "index.js").read_bytes())
    result = run_cli("add-page", "pages/index/index", "--plugid", "a1b2c3d4", "-C", root)
    assert result.exit_code == 0 and "warning" not in result.stderr
    assert snapshot(root) == snapshot(reference)


# -- stale temp files ---------------------------------------------------------------------------


def test_the_next_run_removes_temp_files_a_crash_left_in_its_folders(tmp_path: Path) -> None:
    root = project(tmp_path)
    stale_file = write(root / APP / f".app.json.x1y2{TEMP_SUFFIX}", '{"half": ')
    stale_folder = write(root / APP / "pages" / f".contact.z3{TEMP_SUFFIX}" / "index.json", "{}").parent
    elsewhere = write(root / "docs" / f".notes.md.a4{TEMP_SUFFIX}", "")  # a folder this run does not write
    assert run_cli("add-page", "pages/contact/index", "--plugid", "a1b2c3d4", "-C", root).exit_code == 0
    assert not stale_file.exists() and not stale_folder.exists()
    assert elsewhere.exists()


def test_without_the_lock_only_old_temp_files_are_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path)
    fresh = write(root / APP / f".app.json.fresh{TEMP_SUFFIX}", "")  # maybe another run's, in use
    old = write(root / APP / f".app.json.old{TEMP_SUFFIX}", "")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    monkeypatch.setattr(fcntl, "flock", _no_locks)
    assert run_cli("init", root).exit_code == 0
    assert fresh.exists() and not old.exists()


# -- the lock -----------------------------------------------------------------------------------


def _no_locks(fd: int, operation: int) -> None:
    raise OSError(errno.ENOLCK, "No locks available")


def test_the_lock_is_exclusive_and_leaves_nothing_in_the_project(tmp_path: Path) -> None:
    root = project(tmp_path)
    before = snapshot(root)
    with writelock.project_lock(root) as locked:
        assert locked
        other = os.open(root, os.O_RDONLY)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(other)
    assert snapshot(root) == before
    other = os.open(root, os.O_RDONLY)
    try:
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released: free again
    finally:
        os.close(other)


def test_a_writer_that_cannot_get_the_lock_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path)
    app = root / APP / "app.json"
    changes = Changeset(root)
    changes.add(FileChange(app, app.read_bytes(), b"{}"))
    monkeypatch.setattr(writelock, "WAIT_SECONDS", 0.0)
    before = snapshot(root)
    with writelock.project_lock(root):
        with pytest.raises(WecontactError, match="another wecontact run has been writing"):
            changes.apply()
    assert snapshot(root) == before


def test_without_flock_the_writer_still_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path)
    monkeypatch.setattr(fcntl, "flock", _no_locks)
    with writelock.project_lock(root) as locked:
        assert not locked
    assert run_cli("init", root).exit_code == 0
    assert "plugins" in (root / APP / "app.json").read_text()


# -- rollback -----------------------------------------------------------------------------------


def test_a_rollback_never_erases_what_another_writer_wrote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = write(tmp_path / "a.json", "{}")
    second = write(tmp_path / "b.json", "{}")
    changes = Changeset(tmp_path)
    changes.add(FileChange(first, b"{}", b'{"mine": 1}'))
    changes.add(FileChange(second, b"{}", b'{"mine": 2}'))
    real = os.replace

    def replace(src: str, dst: str) -> None:
        if Path(dst) == second:
            first.write_text('{"theirs": 1}')  # someone else writes a.json after we did
            raise OSError(5, "Input/output error (simulated)")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(WecontactError, match="could not be restored") as info:
        changes.apply()
    assert "a.json" in info.value.message
    assert first.read_text() == '{"theirs": 1}' and second.read_text() == "{}"
