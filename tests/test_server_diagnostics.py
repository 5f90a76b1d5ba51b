"""`wecontact server`'s diagnostics, through a real LSP client: what `wecontact lint` reports
(codes, severities, messages, configuration, suppressions, language), positioned in UTF-16,
for the text being typed, and updated where an edit has effects."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from conftest import snapshot
from serverkit import (
    ENV, SERVER, Sample, change_document, client, diagnostics, expected_range, initialize, lint_json,  # noqa: F401
    make_client, open_document, sample, until,
)

pytestmark = pytest.mark.asyncio


def lsp_view(found: list[types.Diagnostic]) -> list[tuple[str, str, str, types.Range]]:
    """What a user sees of each diagnostic: code, severity, message, range."""
    names = {types.DiagnosticSeverity.Error: "error", types.DiagnosticSeverity.Warning: "warning",
             types.DiagnosticSeverity.Information: "info"}
    return sorted(((str(d.code), names[d.severity], d.message, d.range) for d in found),  # type: ignore[index]
                  key=lambda v: (v[3].start.line, v[3].start.character, v[0]))


def lint_view(root: Path, findings_root: Path, relpath: str, lang: str = "en") -> list[tuple[str, str, str, types.Range]]:
    """The same, from ``wecontact lint -f json`` of ``findings_root`` (a copy of ``root``)."""
    found = [f for f in lint_json(findings_root, lang) if f["filename"] == relpath]
    return sorted(((f["code"], f["severity"], f["message"], expected_range(findings_root, f)) for f in found),
                  key=lambda v: (v[3].start.line, v[3].start.character, v[0]))


async def matches_lint(client: LanguageClient, root: Path, findings_root: Path, lang: str = "en") -> None:
    """Every file ``lint`` reports on shows exactly those diagnostics (and no other file any)."""
    expected = {f["filename"] for f in lint_json(findings_root, lang)}
    for relpath in expected:
        want = lint_view(root, findings_root, relpath, lang)
        await until(lambda: lsp_view(list(client.diagnostics.get((root / relpath).as_uri(), []))) == want,
                    f"{relpath}: {want}")
    others = [uri for uri, found in client.diagnostics.items()
              if found and not any(uri == (root / r).as_uri() for r in expected)]
    assert others == []


def saved_copy(sample: Sample, tmp_path: Path, changes: dict[Path, str]) -> Path:
    """A copy of the sample with ``changes`` saved: what the CLI says of the unsaved state."""
    copy = tmp_path / "saved-copy"
    shutil.copytree(sample.root, copy)
    for path, text in changes.items():
        (copy / path.relative_to(sample.root)).write_text(text, encoding="utf-8")
    return copy


async def test_the_first_pass_reports_what_lint_reports(client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root)
    found = await diagnostics(client, sample.view)
    assert [d.code for d in found] == ["WC206"]
    assert found[0].source == "wecontact"
    await matches_lint(client, sample.root, sample.root)


async def test_ranges_count_utf16_code_units_after_chinese_text_and_an_emoji(client: LanguageClient,
                                                                            sample: Sample) -> None:
    await initialize(client, sample.root)
    found = await diagnostics(client, sample.view, codes=["WC206"])
    line = sample.text().split("\n")[sample.line]
    start, end = line.index(sample.bad_value), line.index(sample.bad_value) + len(sample.bad_value)
    assert "😀" in line[:start]  # two UTF-16 units: a column in characters would be off by one
    assert found[0].range == types.Range(types.Position(sample.line, len(line[:start].encode("utf-16-le")) // 2),
                                         types.Position(sample.line, len(line[:end].encode("utf-16-le")) // 2))


async def test_unsaved_text_is_linted_and_the_disk_is_left_alone(client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root)
    await diagnostics(client, sample.view, codes=["WC206"])
    before = snapshot(sample.root)
    open_document(client, sample.view)
    fixed = sample.text().replace("#4790EE", "4790EE")
    change_document(client, sample.view, fixed, 2)
    assert await diagnostics(client, sample.view, version=2) == []
    broken = fixed.replace(sample.spell("styleType", "2"), sample.spell("styleType", "7"))
    change_document(client, sample.view, broken, 3)
    assert [d.code for d in await diagnostics(client, sample.view, version=3)] == ["WC204"]
    assert snapshot(sample.root) == before  # nothing written, not even by the server's reads


async def test_removing_the_declaration_underlines_the_pages_that_use_the_cell(
        client: LanguageClient, sample: Sample, tmp_path: Path) -> None:
    await initialize(client, sample.root)
    await diagnostics(client, sample.view, codes=["WC206"])
    original = sample.text(sample.app_config)
    undeclared = original.replace(sample.declaration, '"plugins": {}')
    open_document(client, sample.app_config)
    change_document(client, sample.app_config, undeclared, 2)
    copy = saved_copy(sample, tmp_path, {sample.app_config: undeclared})
    codes = {f["code"] for f in lint_json(copy)}
    assert "WC101" in codes  # the page uses a plugin nothing declares
    await matches_lint(client, sample.root, copy)
    change_document(client, sample.app_config, original, 3)
    await matches_lint(client, sample.root, sample.root)


async def test_the_configuration_file_applies_as_typed(client: LanguageClient, sample: Sample) -> None:
    config = sample.root / "wecontact.config.json"
    sample.write(config, "{}")
    await initialize(client, sample.root)
    await diagnostics(client, sample.view, codes=["WC206"])
    open_document(client, config)
    change_document(client, config, '{"severity": {"WC206": "warning"}}', 2)
    found = await until(lambda: [d for d in client.diagnostics.get(sample.view.as_uri(), [])
                                 if d.severity == types.DiagnosticSeverity.Warning], "WC206 as a warning")
    assert [d.code for d in found] == ["WC206"]
    change_document(client, config, '{"ignore": ["WC2"]}', 3)
    assert await diagnostics(client, sample.view, codes=[]) == []
    change_document(client, config, '{"ignore": ["WC2"],,}', 4)  # broken: said where, as lint says it
    found = await until(lambda: list(client.diagnostics.get(config.as_uri(), [])), "the configuration's error")
    assert found[0].severity == types.DiagnosticSeverity.Error and found[0].range.start.line == 0


async def test_a_suppression_comment_silences_the_next_line(client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root)
    await diagnostics(client, sample.view, codes=["WC206"])
    lines = sample.text().split("\n")
    lines.insert(sample.line, "  " + sample.suppression.format("wecontact-disable-next-line WC206"))
    open_document(client, sample.view)
    change_document(client, sample.view, "\n".join(lines), 2)
    assert await diagnostics(client, sample.view, version=2) == []
    lines[sample.line] = "  " + sample.suppression.format("wecontact-disable-next-line WC205")
    change_document(client, sample.view, "\n".join(lines), 3)
    found = await diagnostics(client, sample.view, version=3)
    assert sorted(str(d.code) for d in found) == ["WC206", "WC900"]  # and the unused one is reported


async def test_messages_follow_the_client_locale(client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root, locale="zh-CN")
    await diagnostics(client, sample.view, codes=["WC206"])
    await matches_lint(client, sample.root, sample.root, lang="zh")


@pytest_lsp.fixture(config=ClientServerConfig([*SERVER, "--lang", "zh"], client_factory=make_client,
                                              server_env=ENV))
async def client_zh(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    """A server started with --lang zh."""
    yield
    await lsp_client.shutdown_session()


async def test_lang_option_wins_over_the_client_locale(client_zh: LanguageClient, sample: Sample) -> None:
    await initialize(client_zh, sample.root, locale="en-US")
    await diagnostics(client_zh, sample.view, codes=["WC206"])
    await matches_lint(client_zh, sample.root, sample.root, lang="zh")

