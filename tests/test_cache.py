"""The lint cache on its own: entries round-trip, and anything wrong with the cache file is
ignored (never an error, never a result), whatever the state of the folder."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
from pathlib import Path

import pytest

from wecontact_cli.edits import TextEdit
from wecontact_cli.lint import cache as cache_module
from wecontact_cli.lint.cache import FORMAT, Contents, Entry, LintCache, digest, prepare_folder, run_key
from wecontact_cli.lint.model import Diagnostic, Fix

DIAGNOSTIC = Diagnostic("WC206", "bubble-color-format", "error", "bubbleColor '#4790EE' 不用带#号",
                        "miniprogram/pages/a/index.wxml", 3, 9, 3, 16,
                        Fix("write '4790EE'", (TextEdit(40, 47, "4790EE"),), None))
ENTRY = Entry([DIAGNOSTIC], ["contactPlugin"], True, ["miniprogram/pages/a/index.wxml"],
              {"miniprogram/pages/a/index.wxml": "<view>\n</view>\n"})
FACTS = {"globals": "g1", "app": "a1"}


def facts(name: str) -> str | None:
    return FACTS.get(name)


def written(folder: Path, key: str = "k" * 64) -> LintCache:
    cache = LintCache(folder, key)
    cache.put("pages/a/index", "unit-key", dict(FACTS), ENTRY)
    cache.save()
    return cache


def test_an_entry_round_trips_through_the_file(tmp_path: Path) -> None:
    folder = tmp_path / ".wecontact_cache"
    written(folder)
    again = LintCache(folder, "k" * 64)
    again.load()
    assert again.get("pages/a/index", "unit-key", facts) == ENTRY
    assert again.get("pages/a/index", "another-key", facts) is None  # the unit changed
    assert (folder / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"


def test_a_changed_fact_or_an_unknown_fact_sees_nothing(tmp_path: Path) -> None:
    written(tmp_path)
    again = LintCache(tmp_path, "k" * 64)
    again.load()
    assert again.get("pages/a/index", "unit-key", {**FACTS, "app": "a2"}.get) is None  # app.json edited
    assert again.get("pages/a/index", "unit-key", {"globals": "g1"}.get) is None  # a fact not known now
    assert again.get("pages/a/index", "unit-key", facts) == ENTRY


def test_a_folder_wecontact_did_not_mark_is_neither_read_nor_written(tmp_path: Path) -> None:
    written(tmp_path / "c")
    (tmp_path / "c" / ".gitignore").write_text("*\n", encoding="utf-8")  # now the user's folder
    again = LintCache(tmp_path / "c", "k" * 64)
    again.load()
    assert again.get("pages/a/index", "unit-key", facts) is None
    before = sorted(p.name for p in (tmp_path / "c").iterdir())
    again.put("pages/b/index", "unit-key", dict(FACTS), ENTRY)
    again.save()
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == before


def test_another_run_key_sees_nothing(tmp_path: Path) -> None:
    written(tmp_path)
    other = LintCache(tmp_path, "o" * 64)
    other.load()
    assert other.get("pages/a/index", "unit-key", facts) is None


@pytest.mark.parametrize("content", [
    b"", b"{not json", b"[]", b'{"format": 999, "key": "kkk", "units": {}}', b"\xff\xfe garbage",
    json.dumps({"format": FORMAT, "key": "k" * 64, "units": {"pages/a/index": {"key": "unit-key",
                                                                          "entry": {"diagnostics": [{}]}}}}).encode(),
    json.dumps({"format": FORMAT, "key": "k" * 64, "units": {"pages/a/index": "nonsense"}}).encode(),
])
def test_a_corrupt_or_foreign_cache_file_is_ignored(tmp_path: Path, content: bytes) -> None:
    assert prepare_folder(tmp_path)
    cache = LintCache(tmp_path, "k" * 64)
    cache.file.write_bytes(content)  # type: ignore[union-attr]
    cache.load()
    assert cache.get("pages/a/index", "unit-key", facts) is None
    cache.put("pages/a/index", "unit-key", dict(FACTS), ENTRY)
    cache.save()  # and it is rewritten
    fresh = LintCache(tmp_path, "k" * 64)
    fresh.load()
    assert fresh.get("pages/a/index", "unit-key", facts) == ENTRY


def test_an_unwritable_or_unusable_folder_is_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    written(blocked)  # cannot create a folder there: silently nothing
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        written(locked)
        assert not any(locked.iterdir())


def test_a_link_in_place_of_the_cache_file_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "elsewhere.json"
    secret.write_text("{}", encoding="utf-8")
    cache = LintCache(tmp_path / "c", "k" * 64)
    (tmp_path / "c").mkdir()
    cache.file.symlink_to(secret)  # type: ignore[union-attr]
    cache.load()
    assert cache.get("pages/a/index", "unit-key", facts) is None


def test_disabled_cache_reads_and_writes_nothing(tmp_path: Path) -> None:
    cache = LintCache(None, "k" * 64)
    cache.load()
    cache.put("u", "k", {}, ENTRY)
    cache.save()
    assert not cache.enabled and list(tmp_path.iterdir()) == []


def _writer(folder: str, n: int) -> None:
    for i in range(30):
        cache = LintCache(Path(folder), "k" * 64)
        cache.load()
        cache.put(f"pages/{n}/{i}", "unit-key", dict(FACTS), ENTRY)
        cache.save()


def test_concurrent_runs_never_corrupt_the_file(tmp_path: Path) -> None:
    context = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    workers = [context.Process(target=_writer, args=(str(tmp_path), n)) for n in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    data = json.loads(LintCache(tmp_path, "k" * 64).file.read_text(encoding="utf-8"))  # type: ignore[union-attr]
    assert data["format"] == FORMAT and isinstance(data["units"], dict)
    assert not list(tmp_path.glob(".lint-*.tmp"))


def test_keys_depend_on_every_part() -> None:
    assert digest("a", "bc") != digest("ab", "c")
    base = run_key(b"{}", ["WC201"], "en")
    assert base != run_key(b"{ }", ["WC201"], "en")
    assert base != run_key(b"{}", ["WC201", "WC202"], "en")
    assert base != run_key(b"{}", ["WC201"], "zh")
    assert base == run_key(b"{}", ["WC201"], "en")


def test_a_file_is_known_by_its_stamp_only_while_its_stat_is_unchanged(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_module, "RACY_NS", -10**15)  # as if every file was written long ago
    page = tmp_path / "index.wxml"
    page.write_bytes(b"<view>a</view>")
    first = Contents({})
    known = first.fingerprint(page, tmp_path)
    assert known == digest(b"<view>a</view>") and list(first.new) == [str(page)]
    again = Contents(first.new)
    assert again.fingerprint(page, tmp_path) == known  # trusted: not read again
    mtime = page.stat().st_mtime_ns
    page.write_bytes(b"<view>b</view>")
    os.utime(page, ns=(mtime, mtime))  # same size, same mtime: the ctime still tells
    assert Contents(first.new).fingerprint(page, tmp_path) == digest(b"<view>b</view>")


def test_a_file_changed_just_now_keeps_no_stamp(tmp_path: Path) -> None:
    page = tmp_path / "index.wxml"
    page.write_bytes(b"<view>a</view>")
    contents = Contents({})
    assert contents.fingerprint(page, tmp_path) == digest(b"<view>a</view>")
    assert contents.new == {}  # it may change again within its timestamps' granularity
    assert contents.fingerprint(tmp_path / "gone.wxml", tmp_path) is None


def test_a_forged_stamp_of_another_shape_is_not_trusted(tmp_path: Path) -> None:
    page = tmp_path / "index.wxml"
    page.write_bytes(b"<view>a</view>")
    info = page.stat()
    forged = {str(page): [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev, 7]}
    assert Contents(forged).fingerprint(page, tmp_path) == digest(b"<view>a</view>")
