"""What the server lints, in-process: the overlay of unsaved text that every read
consults, and the incremental re-lint, which after any sequence of edits reports exactly
what a whole `lint` run reports on the same texts."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from serverkit import Sample, sample  # noqa: F401
from wecontact_cli.errors import WecontactError
from wecontact_cli.frameworks.registry import open_project
from wecontact_cli.lint.engine import LintOptions, run_lint
from wecontact_cli.server.documents import Document, Snapshot
from wecontact_cli.server.jobs import Work, run
from wecontact_cli.server.linting import ProjectLint
from wecontact_cli.text.overlay import overlay
from wecontact_cli.text.source import read_source


# -- the overlay -----------------------------------------------------------------------------


def test_a_read_sees_the_unsaved_text_and_only_while_the_overlay_is_active(tmp_path: Path) -> None:
    page = tmp_path / "index.wxml"
    page.write_text("saved", encoding="utf-8")
    with overlay({page: "typed 你好"}):
        assert read_source(page, tmp_path).text == "typed 你好"
        assert page.read_text(encoding="utf-8") == "saved"
    assert read_source(page, tmp_path).text == "saved"


def test_the_overlay_belongs_to_the_thread_that_set_it(tmp_path: Path) -> None:
    page = tmp_path / "index.wxml"
    page.write_text("saved", encoding="utf-8")
    seen: list[str] = []
    with overlay({page: "typed"}):
        thread = threading.Thread(target=lambda: seen.append(read_source(page, tmp_path).text))
        thread.start()
        thread.join()
    assert seen == ["saved"]


def test_unsaved_text_is_still_refused_outside_the_project(tmp_path: Path) -> None:
    project, outside = tmp_path / "project", tmp_path / "secret.json"
    project.mkdir()
    outside.write_text("{}", encoding="utf-8")
    (project / "link.json").symlink_to(outside)
    for path in (outside, project / "link.json"):
        with overlay({path: "{}"}), pytest.raises(WecontactError):
            read_source(path, project)


def test_unsaved_text_that_is_binary_or_not_utf8_is_refused_as_on_disk(tmp_path: Path) -> None:
    page = tmp_path / "index.wxml"
    for text, words in (("a\x00b", "binary"), ("\ud800", "UTF-8")):
        with overlay({page: text}), pytest.raises(WecontactError, match=words):
            read_source(page, tmp_path)


# -- incremental re-lint = a whole run ---------------------------------------------------------

def mutations(sample: Sample) -> list[tuple[Path, str, str]]:
    """Edits that change what the rules see: (file, text replaced, by)."""
    config = sample.page_config
    return [
        (sample.app_config, sample.declaration, '"plugins": {}'),
        (sample.app_config, sample.declaration, sample.declaration.replace("1.3.0", "1.0.0")),
        (sample.app_config, "{", "{,"),
        (sample.view, "#4790EE", "4790EE"),
        (sample.view, sample.spell("styleType", "2"), sample.spell("styleType", "9") + ' blockstyle="bubble"'),
        (sample.view, sample.event, sample.event.replace("completemessage", "completeMessage")),
        (sample.view, "<cell", sample.suppression.format("wecontact-disable-next-line WC206") + "\n<cell"),
        (sample.view, "/>", ""),
        (config, "plugin://contactPlugin/cell", "plugin://otherPlugin/cell"),
        (config, "{", "{,"),
        (sample.root / "wecontact.config.json", "", '{"ignore": ["WC206"]}'),
        (sample.root / "wecontact.config.json", "", '{"select": ["WC1"]}'),
    ]


def whole_run(root: Path, texts: dict[Path, str]) -> list[object]:
    """What `lint` reports with these unsaved texts (every diagnostic, fixes included)."""
    with overlay(texts):
        return sorted(run_lint(LintOptions(), open_project(root)).result.diagnostics, key=lambda d: d.sort_key)


def served(project: ProjectLint) -> list[object]:
    return sorted((d for path in project.files() for d in project.report(path).diagnostics),
                  key=lambda d: d.sort_key)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_after_any_edits_the_server_reports_what_a_whole_run_reports(sample: Sample, data: st.DataObject) -> None:
    (sample.root / "wecontact.config.json").write_text("{}", encoding="utf-8")
    project = ProjectLint(sample.root)
    documents: dict[Path, Document] = {}
    run(project, Work(full=True), Snapshot(documents))
    assert served(project) == whole_run(sample.root, {})
    choices = mutations(sample)
    for _ in range(data.draw(st.integers(1, 5))):
        path, old, new = data.draw(st.sampled_from(choices))
        current = documents[path].text if path in documents else path.read_text(encoding="utf-8")
        edited = current.replace(old, new, 1) if old else new
        documents[path] = Document(path, edited, len(documents) + 1)
        run(project, Work(paths={path}), Snapshot(dict(documents)))
        texts = {p: d.text for p, d in documents.items()}
        assert served(project) == whole_run(sample.root, texts), (path, old, new)


def test_a_project_deleted_reports_nothing_and_says_so(sample: Sample) -> None:
    project = ProjectLint(sample.root)
    assert project.lint_all()
    for folder, _, files in os.walk(sample.root, topdown=False):
        for name in files:
            os.unlink(os.path.join(folder, name))
        os.rmdir(folder)
    changed = project.lint_all()
    assert sample.view in changed and project.gone and project.files() == set()
