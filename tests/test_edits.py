"""Units for text edits, unified diffs and the atomic Changeset.apply."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wecontact_cli.edits import Changeset, FileChange, TextEdit, apply_edits
from wecontact_cli.errors import WecontactError

# ---------------------------------------------------------------------------
# helpers


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def snapshot(root: Path) -> dict[str, object]:
    """Every file's bytes and every folder under ``root``, by relative path."""
    state: dict[str, object] = {}
    for folder, dirs, files in os.walk(root):
        base = Path(folder)
        for name in dirs:
            state[(base / name).relative_to(root).as_posix() + "/"] = "dir"
        for name in files:
            path = base / name
            key = path.relative_to(root).as_posix()
            state[key] = ("link", os.readlink(path)) if path.is_symlink() else path.read_bytes()
    return state


def temp_files(root: Path) -> list[str]:
    return [
        os.path.join(folder, name)
        for folder, _, files in os.walk(root)
        for name in files
        if name.endswith(".wecontact-tmp")
    ]


def change_of(path: Path, after: bytes | str) -> FileChange:
    """A planned change from the file's current content (None if it does not exist)."""
    before = path.read_bytes() if path.exists() else None
    return FileChange(path, before, after.encode("utf-8") if isinstance(after, str) else after)


def failing_on_call(monkeypatch: pytest.MonkeyPatch, name: str, failing: set[int]) -> list[int]:
    """Make ``os.<name>`` raise OSError on the given 1-based calls; return the call log."""
    real = getattr(os, name)
    calls: list[int] = []

    def fake(*args: object, **kwargs: object) -> object:
        calls.append(len(calls) + 1)
        if len(calls) in failing:
            raise OSError(5, "Input/output error (simulated)")
        return real(*args, **kwargs)

    monkeypatch.setattr(os, name, fake)
    return calls


# ---------------------------------------------------------------------------
# apply_edits


def test_apply_edits_in_any_order_gives_the_same_text() -> None:
    text = "0123456789"
    edits = [TextEdit(8, 10, "END"), TextEdit(0, 0, "<"), TextEdit(3, 5, "")]
    expected = "<012567END"
    assert apply_edits(text, edits) == expected
    assert apply_edits(text, list(reversed(edits))) == expected
    assert apply_edits(text, tuple(edits[1:] + edits[:1])) == expected


@given(
    text=st.text(max_size=30),
    cuts=st.lists(st.integers(0, 30), max_size=8),
    inserts=st.lists(st.text(max_size=3), min_size=4, max_size=4),
    data=st.data(),
)
def test_apply_edits_is_order_independent(
    text: str, cuts: list[int], inserts: list[str], data: st.DataObject
) -> None:
    points = sorted({min(c, len(text)) for c in cuts})
    # disjoint replacements between consecutive points
    edits = [
        TextEdit(a, b, inserts[i % len(inserts)])
        for i, (a, b) in enumerate(zip(points[::2], points[1::2]))
    ]
    shuffled = data.draw(st.permutations(edits))
    expected = text
    for edit in sorted(edits, reverse=True):
        expected = expected[: edit.start] + edit.text + expected[edit.end :]
    assert apply_edits(text, shuffled) == expected


def test_apply_edits_without_edits_returns_the_text() -> None:
    assert apply_edits("abc", []) == "abc"


@pytest.mark.parametrize(
    "edits",
    [
        [TextEdit(0, 3, "x"), TextEdit(2, 4, "y")],
        [TextEdit(1, 4, "x"), TextEdit(2, 2, "inside")],
        [TextEdit(0, 6, "x")],
        [TextEdit(3, 2, "backwards")],
        [TextEdit(-1, 0, "negative")],
    ],
    ids=["overlap", "insert-inside-replace", "past-end", "end-before-start", "negative-start"],
)
def test_apply_edits_rejects_overlapping_or_out_of_range(edits: list[TextEdit]) -> None:
    with pytest.raises(ValueError, match="overlapping or out-of-range"):
        apply_edits("abcde", edits)


def test_adjacent_edits_are_not_overlapping() -> None:
    assert apply_edits("abcd", [TextEdit(2, 4, "Z"), TextEdit(0, 2, "Y")]) == "YZ"
    assert apply_edits("abcd", [TextEdit(2, 2, "+"), TextEdit(0, 2, "Y")]) == "Y+cd"


# ---------------------------------------------------------------------------
# FileChange.diff


def test_diff_is_git_style_with_paths_relative_to_base(tmp_path: Path) -> None:
    change = FileChange(tmp_path / "miniprogram" / "app.json", b"a\nb\nc\n", b"a\nB\nc\n")
    assert change.diff(tmp_path) == (
        "--- a/miniprogram/app.json\n"
        "+++ b/miniprogram/app.json\n"
        "@@ -1,3 +1,3 @@\n"
        " a\n"
        "-b\n"
        "+B\n"
        " c\n"
    )


def test_diff_of_a_new_file_comes_from_dev_null(tmp_path: Path) -> None:
    change = FileChange(tmp_path / "pages" / "x.json", None, "{\n  \"名\": 1\n}\n".encode())
    assert change.changed
    assert change.diff(tmp_path) == (
        "--- /dev/null\n+++ b/pages/x.json\n@@ -0,0 +1,3 @@\n+{\n+  \"名\": 1\n+}\n"
    )


def test_diff_marks_a_missing_final_newline(tmp_path: Path) -> None:
    change = FileChange(tmp_path / "a.txt", b"one\ntwo", b"one\ntwo\nthree")
    assert change.diff(tmp_path) == (
        "--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,3 @@\n one\n"
        "-two\n\\ No newline at end of file\n"
        "+two\n+three\n\\ No newline at end of file\n"
    )


def test_diff_keeps_crlf_line_endings(tmp_path: Path) -> None:
    change = FileChange(tmp_path / "a.json", b"{\r\n  \"a\": 1\r\n}\r\n", b"{\r\n  \"a\": 2\r\n}\r\n")
    diff = change.diff(tmp_path)
    assert "-  \"a\": 1\r\n+  \"a\": 2\r\n" in diff
    assert "No newline" not in diff


def test_unchanged_file_has_no_diff(tmp_path: Path) -> None:
    change = FileChange(tmp_path / "a", b"same", b"same")
    assert not change.changed
    assert change.diff(tmp_path) == ""


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_changeset_diff_applies_with_git(tmp_path: Path) -> None:
    work = tmp_path / "work"
    write(work / "app.json", "{\r\n  \"a\": 1\r\n}")
    write(work / "keep.txt", "same\n")
    changes = Changeset(work)
    changes.add(change_of(work / "app.json", "{\r\n  \"a\": 1,\r\n  \"b\": \"联系\"\r\n}"))
    changes.add(change_of(work / "keep.txt", "same\n"))
    changes.add(change_of(work / "new" / "page.json", "{}\n"))
    patch = changes.diff(work)
    assert patch.count("--- ") == 2  # the unchanged file is not in the diff
    (tmp_path / "p.diff").write_bytes(patch.encode("utf-8"))
    subprocess.run(
        ["git", "apply", "--unsafe-paths", str(tmp_path / "p.diff")],
        cwd=work, check=True, capture_output=True,
    )
    assert (work / "app.json").read_bytes() == changes.changes[0].after
    assert (work / "new" / "page.json").read_bytes() == b"{}\n"


def test_diff_only_breaks_lines_at_newline(tmp_path: Path) -> None:
    change = FileChange(tmp_path / "a.js", "a\u2028b\n".encode(), "a\u2028c\n".encode())
    diff = change.diff(tmp_path)
    assert "No newline" not in diff
    assert "-a\u2028b\n+a\u2028c\n" in diff


# ---------------------------------------------------------------------------
# Changeset bookkeeping


def test_changeset_refuses_two_changes_for_one_file(tmp_path: Path) -> None:
    changes = Changeset(tmp_path)
    changes.add(FileChange(tmp_path / "a", None, b"1"))
    with pytest.raises(ValueError, match="already part of this changeset"):
        changes.add(FileChange(tmp_path / "a", None, b"2"))


def test_pending_lists_only_real_changes(tmp_path: Path) -> None:
    changes = Changeset(tmp_path)
    same = FileChange(tmp_path / "same", b"x", b"x")
    new = FileChange(tmp_path / "new", None, b"")
    edit = FileChange(tmp_path / "edit", b"1", b"2")
    for change in (same, new, edit):
        changes.add(change)
    assert changes.pending == [new, edit]


# ---------------------------------------------------------------------------
# Changeset.apply: success


def test_apply_writes_every_file_and_creates_folders(tmp_path: Path) -> None:
    app = write(tmp_path / "app.json", '{"pages": []}\n')
    page = write(tmp_path / "pages" / "a" / "a.json", "{}")
    changes = Changeset(tmp_path)
    changes.add(change_of(app, '{"pages": ["pages/b/b"]}\n'))
    changes.add(change_of(page, '{"usingComponents": {}}'))
    new = tmp_path / "pages" / "b" / "deep" / "b.wxml"
    changes.add(change_of(new, "<view>联系我</view>\n"))
    changes.apply()
    assert app.read_bytes() == b'{"pages": ["pages/b/b"]}\n'
    assert page.read_bytes() == b'{"usingComponents": {}}'
    assert new.read_text(encoding="utf-8") == "<view>联系我</view>\n"
    assert temp_files(tmp_path) == []


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o755])
def test_apply_keeps_the_mode_of_an_existing_file(tmp_path: Path, mode: int) -> None:
    path = write(tmp_path / "a.json", "{}")
    path.chmod(mode)
    changes = Changeset(tmp_path)
    changes.add(change_of(path, '{"a": 1}'))
    changes.apply()
    assert path.read_bytes() == b'{"a": 1}'
    assert stat.S_IMODE(path.stat().st_mode) == mode


def test_new_file_gets_the_umask_mode(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        changes = Changeset(tmp_path)
        changes.add(FileChange(tmp_path / "n.json", None, b"{}"))
        changes.apply()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "n.json").stat().st_mode) == 0o640


def test_apply_writes_through_a_symlink_and_keeps_the_link(tmp_path: Path) -> None:
    target = write(tmp_path / "real" / "app.json", "{}")
    link = tmp_path / "app.json"
    link.symlink_to(Path("real") / "app.json")
    changes = Changeset(tmp_path)
    changes.add(change_of(link, '{"linked": true}'))
    changes.apply()
    assert link.is_symlink()
    assert os.readlink(link) == os.path.join("real", "app.json")
    assert target.read_bytes() == b'{"linked": true}'
    assert temp_files(tmp_path) == []


def test_changeset_without_pending_change_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "a.json", "{}")
    before = snapshot(tmp_path)

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("nothing should be written")

    monkeypatch.setattr(os, "replace", forbidden)
    monkeypatch.setattr("tempfile.mkstemp", forbidden)
    changes = Changeset(tmp_path)
    changes.add(change_of(path, "{}"))
    changes.apply()
    Changeset(tmp_path).apply()
    assert snapshot(tmp_path) == before


# ---------------------------------------------------------------------------
# Changeset.apply: refusals and failures


def test_apply_refuses_when_a_file_changed_after_planning(tmp_path: Path) -> None:
    first = write(tmp_path / "a.json", "{}")
    second = write(tmp_path / "b.json", "{}")
    changes = Changeset(tmp_path)
    changes.add(change_of(first, '{"a": 1}'))
    changes.add(change_of(second, '{"b": 1}'))
    changes.add(change_of(tmp_path / "new" / "c.json", "{}"))
    write(second, '{"edited": "by someone else"}')
    before = snapshot(tmp_path)
    with pytest.raises(WecontactError) as info:
        changes.apply()
    assert "changed on disk" in info.value.message
    assert info.value.location is not None and info.value.location.path == second
    assert snapshot(tmp_path) == before


def test_apply_refuses_to_create_a_file_that_appeared(tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    changes = Changeset(tmp_path)
    changes.add(change_of(path, "{}"))
    write(path, "mine")
    with pytest.raises(WecontactError, match="changed on disk"):
        changes.apply()
    assert path.read_bytes() == b"mine"


def test_apply_refuses_when_a_file_was_deleted(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", "{}")
    changes = Changeset(tmp_path)
    changes.add(change_of(path, "[]"))
    path.unlink()
    with pytest.raises(WecontactError, match="changed on disk"):
        changes.apply()
    assert not path.exists()


def planned_project(root: Path) -> Changeset:
    """Two edits of existing files (one in a subfolder) and a new file in new folders."""
    write(root / "app.json", '{\n  "pages": []\n}\n')
    write(root / "pkg" / "page.json", "{}")
    write(root / "pkg" / "page.wxml", "<view/>")
    changes = Changeset(root)
    changes.add(change_of(root / "app.json", '{\n  "pages": ["x"]\n}\n'))
    changes.add(change_of(root / "pkg" / "page.json", '{"usingComponents": {}}'))
    changes.add(change_of(root / "newpkg" / "deep" / "x.json", "{}"))
    return changes


def assert_rolled_back(root: Path, before: dict[str, object], info: pytest.ExceptionInfo) -> None:
    assert isinstance(info.value, WecontactError)
    assert "no file was modified" in info.value.message
    assert "simulated" in info.value.message
    assert temp_files(root) == []
    assert snapshot(root) == before  # same bytes, no new file, no new folder


def test_failed_rename_rolls_everything_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    changes = planned_project(tmp_path)
    before = snapshot(tmp_path)
    calls = failing_on_call(monkeypatch, "replace", {2})
    with pytest.raises(WecontactError) as info:
        changes.apply()
    assert len(calls) >= 2
    assert_rolled_back(tmp_path, before, info)


def test_failed_rename_of_a_new_file_after_the_edits_rolls_them_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    changes = planned_project(tmp_path)
    new = write(tmp_path / "pkg" / "other.json", "")
    new.unlink()  # a new file in an existing folder: installed by os.replace, not as a folder
    changes.add(FileChange(new, None, b"{}"))
    changes.order([tmp_path / "app.json", tmp_path / "pkg" / "page.json"], [new])
    before = snapshot(tmp_path)
    calls = failing_on_call(monkeypatch, "replace", {3})
    with pytest.raises(WecontactError) as info:
        changes.apply()
    assert len(calls) >= 3
    assert_rolled_back(tmp_path, before, info)


def test_failed_rename_of_a_new_folder_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    changes = planned_project(tmp_path)
    before = snapshot(tmp_path)
    failing_on_call(monkeypatch, "rename", {1})
    with pytest.raises(WecontactError) as info:
        changes.apply()
    assert_rolled_back(tmp_path, before, info)


@pytest.mark.parametrize("failing", [{1}, {2}, {3}], ids=["first", "second", "third"])
def test_failed_fsync_rolls_everything_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: set[int]
) -> None:
    changes = planned_project(tmp_path)
    before = snapshot(tmp_path)
    real = os.fsync
    calls: list[int] = []

    def fsync_failing_on_files(fd: int) -> None:
        if stat.S_ISREG(os.fstat(fd).st_mode):  # a folder's fsync may fail harmlessly
            calls.append(fd)
            if len(calls) in failing:
                raise OSError(5, "Input/output error (simulated)")
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync_failing_on_files)
    with pytest.raises(WecontactError) as info:
        changes.apply()
    assert_rolled_back(tmp_path, before, info)


def test_failure_keeps_symlinks_and_modes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = write(tmp_path / "real.json", "{}")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to("real.json")
    other = write(tmp_path / "other.json", "[]")
    changes = Changeset(tmp_path)
    changes.add(change_of(link, '{"a": 1}'))
    changes.add(change_of(other, "[1]"))
    before = snapshot(tmp_path)
    failing_on_call(monkeypatch, "replace", {2})
    with pytest.raises(WecontactError):
        changes.apply()
    assert snapshot(tmp_path) == before
    assert link.is_symlink()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_failure_removes_a_new_folder_shared_by_two_new_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = write(tmp_path / "other.json", "{}")
    before = snapshot(tmp_path)
    changes = Changeset(tmp_path)
    changes.add(FileChange(tmp_path / "new" / "a" / "x.json", None, b"1"))
    changes.add(FileChange(tmp_path / "new" / "b" / "y.json", None, b"2"))
    changes.add(change_of(other, "[]"))
    renames = failing_on_call(monkeypatch, "rename", set())
    failing_on_call(monkeypatch, "replace", {1})
    with pytest.raises(WecontactError):
        changes.apply()
    assert len(renames) == 2  # the new folder went in at once, and came out at once
    assert snapshot(tmp_path) == before


def test_failure_removes_new_parents_when_an_order_splits_a_new_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """x before the edit, the edit before y: the folder cannot go in at once; files one by one."""
    other = write(tmp_path / "other.json", "{}")
    before = snapshot(tmp_path)
    x, y = tmp_path / "new" / "a" / "x.json", tmp_path / "new" / "b" / "y.json"
    changes = Changeset(tmp_path)
    changes.add(FileChange(x, None, b"1"))
    changes.add(FileChange(y, None, b"2"))
    changes.add(change_of(other, "[]"))
    changes.order([x], [other])
    changes.order([other], [y])
    assert [b.steps[0].path for b in changes.batches(lambda p: tmp_path / "new")] == [x, other, y]
    failing_on_call(monkeypatch, "replace", {3})
    with pytest.raises(WecontactError):
        changes.apply()
    assert snapshot(tmp_path) == before


def test_failed_restore_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    changes = planned_project(tmp_path)
    failing_on_call(monkeypatch, "replace", set(range(2, 100)))
    with pytest.raises(WecontactError) as raised:
        changes.apply()
    assert temp_files(tmp_path) == []
    assert "could not be restored and hold the new content" in raised.value.message
