#!/usr/bin/env python3
"""Benchmark `wecontact server` as an editor uses it: a real LSP client over stdio.

    .venv/bin/python benchmarks/server.py [--framework native|uniapp|taro] [--pages 2000] [--edits 60]
                                          [--runs 3] [--json FILE] [--markdown]

Generates a project (benchmarks/generate.py, generate_uniapp.py or generate_taro.py, default
2,000 pages), then:

  * ``wecontact lint``        the CLI's wall time on it (median of --runs, after a warm-up,
                             each run followed by one first pass of the server: interleaved);
  * first pass               a fresh ``wecontact server`` process: from starting it (and from
                             the ``initialized`` notification) until the diagnostics of every
                             file that ``lint -f json`` reports have arrived (median of --runs);
  * edit -> diagnostics      open a page, then change its unsaved text (add, then remove, a
                             mistake in its cell): the time from sending ``didChange`` until the
                             ``publishDiagnostics`` of that very version arrives, over --edits
                             changes spread across pages with and without the cell;
  * app config edit          renaming the plugin's declaration (unsaved) in app.json,
                             manifest.json or app.config.ts: until every file that
                             ``lint -f json`` then reports WC101 in shows it (a whole pass);
  * memory                   the server process's peak resident set (VmHWM) at the end.

Needs the ``server`` extra (pygls, lsprotocol) in the interpreter it runs with; the client
is pygls's. Targets: median edit -> diagnostics <= 50 ms; first pass (from ``initialized``:
the editor has started the server and said what to serve) <= the CLI's lint; peak memory
< 150 MB. The pass from the process's start is shown too: it adds the server's imports.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from lsprotocol import types
from pygls.lsp.client import LanguageClient

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate as native_generator  # noqa: E402
import generate_taro as taro_generator  # noqa: E402
import generate_uniapp as uniapp_generator  # noqa: E402
from run import wecontact_command  # noqa: E402


@dataclass(frozen=True)
class Flavour:
    """What differs between the frameworks' projects for this benchmark."""

    generate: Callable[[Path, int], object]
    views: str
    """The glob of the page views the edits open."""
    language: str
    """The view's LSP language id."""
    app_config: str
    """The file that declares the plugin."""
    element: str
    """The first element of a page without the cell, for an edit that adds an attribute."""


FLAVOURS = {
    "native": Flavour(lambda root, pages: native_generator.generate(root, pages), "*.wxml", "wxml", "app.json",
                      "<view"),
    "uniapp": Flavour(lambda root, pages: uniapp_generator.generate(root, pages), "*.vue", "vue", "manifest.json",
                      "<view"),
    "taro": Flavour(lambda root, pages: taro_generator.generate(root, pages, 0), "*.tsx", "typescriptreact",
                    "app.config.ts", "<View"),
}
UNDECLARED = ('"contactPlugin"', '"renamedPlugin"')
"""The edit that undeclares the contact plugin: its alias renamed in the app config (the
generators all quote it), so every page using ``plugin://contactPlugin/cell`` reports WC101."""

EDIT_LIMIT_MS = 50.0
MEMORY_LIMIT_MB = 150.0


@dataclass
class Results:
    pages: int
    framework: str = "native"
    undeclared: list[str] = field(default_factory=list)
    """The URIs showing WC101 once the plugin is undeclared (from ``lint -f json``)."""
    lint_s: list[float] = field(default_factory=list)
    first_pass_s: list[float] = field(default_factory=list)
    first_pass_after_init_s: list[float] = field(default_factory=list)
    edit_ms: list[float] = field(default_factory=list)
    app_edit_s: float = 0.0
    peak_rss_mb: float = 0.0
    expected_files: int = 0


class Watcher:
    """Records each publication: when it arrived, for which file and version."""

    def __init__(self, client: LanguageClient) -> None:
        self.seen: dict[str, list[types.Diagnostic]] = {}
        self.waiting: dict[tuple[str, int | None], asyncio.Future[float]] = {}

        @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            now = time.perf_counter()
            self.seen[params.uri] = list(params.diagnostics)
            future = self.waiting.pop((params.uri, params.version), None)
            if future is not None and not future.done():
                future.set_result(now)

    def expect(self, uri: str, version: int | None) -> asyncio.Future[float]:
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.waiting[(uri, version)] = future
        return future

    async def until(self, check, limit: float = 600.0) -> float:  # type: ignore[no-untyped-def]
        deadline = time.perf_counter() + limit
        while not check():
            if time.perf_counter() > deadline:
                raise TimeoutError("the server did not deliver in time")
            await asyncio.sleep(0.001)
        return time.perf_counter()


def lint_findings(command: list[str], root: Path) -> dict[str, set[str]]:
    """File URI -> codes, from ``lint -f json``."""
    done = subprocess.run([*command, "lint", str(root), "--no-cache", "-f", "json", "--exit-zero"], capture_output=True,
                          text=True, check=True)
    found: dict[str, set[str]] = {}
    for item in json.loads(done.stdout):
        found.setdefault((root / item["filename"]).as_uri(), set()).add(item["code"])
    return found


def time_lint(command: list[str], root: Path) -> float:
    """Wall time of one cold run of the CLI's lint (the server keeps no cache, so neither does this)."""
    args = [*command, "lint", str(root), "--no-cache", "--exit-zero", "-f", "concise", "-o", os.devnull]
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


async def start(command: list[str], root: Path) -> tuple[LanguageClient, Watcher, float, float]:
    """A server process, initialized on ``root``: the client, its watcher, when the process
    was started and when ``initialized`` was sent."""
    client = LanguageClient("wecontact-benchmark", "1")
    watcher = Watcher(client)
    started = time.perf_counter()
    await client.start_io(*command, "server", env={**os.environ, "LC_ALL": "C"})
    capabilities = types.ClientCapabilities(text_document=types.TextDocumentClientCapabilities(
        publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True)))
    await client.initialize_async(types.InitializeParams(
        capabilities=capabilities, workspace_folders=[types.WorkspaceFolder(root.as_uri(), root.name)]))
    initialized = time.perf_counter()
    client.initialized(types.InitializedParams())
    return client, watcher, started, initialized


async def stop(client: LanguageClient) -> None:
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()


def peak_rss_mb(pid: int) -> float:
    """VmHWM of a live process (Linux), in MiB."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


async def first_pass(command: list[str], root: Path, expected: dict[str, set[str]], results: Results) -> None:
    client, watcher, started, initialized = await start(command, root)
    done = await watcher.until(lambda: all({str(d.code) for d in watcher.seen.get(uri, [])} == codes
                                           for uri, codes in expected.items()))
    results.first_pass_s.append(done - started)
    results.first_pass_after_init_s.append(done - initialized)
    await stop(client)


def pages_to_edit(root: Path, count: int, flavour: Flavour) -> list[Path]:
    """Pages with the cell and pages without, alternately."""
    views = sorted(v for v in root.rglob(flavour.views) if "pages" in v.relative_to(root).parts)
    cells = [v for v in views if "<cell" in v.read_text(encoding="utf-8")]
    plain = [v for v in views if v not in set(cells)]
    chosen: list[Path] = []
    for pair in zip(cells[::7], plain[::11]):
        chosen.extend(pair)
    return chosen[:count]


def mistake(text: str, flavour: Flavour) -> str:
    """The page with a mistake the rules see: a bad bubbleColor on its cell, or an unknown
    attribute on its first element."""
    if "<cell" in text:
        return text.replace("<cell", '<cell bubbleColor="#4790EE"', 1)
    return text.replace(flavour.element, f'{flavour.element} data-edited="1"', 1)


async def edits(command: list[str], root: Path, count: int, results: Results) -> None:
    flavour = FLAVOURS[results.framework]
    client, watcher, _, _ = await start(command, root)
    await watcher.until(lambda: len(watcher.seen) >= results.expected_files)
    for view in pages_to_edit(root, max(count // 2, 1), flavour):
        uri, text = view.as_uri(), view.read_text(encoding="utf-8")
        opened = watcher.expect(uri, 1)
        client.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri, flavour.language, 1, text)))
        await asyncio.wait_for(opened, 60)
        for version, new in ((2, mistake(text, flavour)), (3, text)):
            arrived = watcher.expect(uri, version)
            sent = time.perf_counter()
            client.text_document_did_change(types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                [types.TextDocumentContentChangeWholeDocument(new)]))
            results.edit_ms.append((await asyncio.wait_for(arrived, 60) - sent) * 1000)
    await app_edit(client, watcher, app_config(root, flavour), results)
    results.peak_rss_mb = peak_rss_mb(client._server.pid)  # type: ignore[union-attr]
    await stop(client)


def app_config(root: Path, flavour: Flavour) -> Path:
    """The file declaring the plugin."""
    return next(p for p in root.rglob(flavour.app_config) if "node_modules" not in p.parts)


def undeclared_uris(command: list[str], root: Path, flavour: Flavour) -> list[str]:
    """The files ``lint -f json`` reports WC101 in once the plugin is undeclared on disk (the
    app config is put back after)."""
    app = app_config(root, flavour)
    text = app.read_text(encoding="utf-8")
    try:
        app.write_text(text.replace(*UNDECLARED), encoding="utf-8")
        return sorted(uri for uri, codes in lint_findings(command, root).items() if "WC101" in codes)
    finally:
        app.write_text(text, encoding="utf-8")


async def app_edit(client: LanguageClient, watcher: Watcher, app: Path, results: Results) -> None:
    """Undeclare the plugin in the app config (unsaved): until every file lint names shows WC101."""
    text = app.read_text(encoding="utf-8")
    language = "typescript" if app.suffix == ".ts" else "json"
    client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(app.as_uri(), language, 1, text)))
    sent = time.perf_counter()
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=app.as_uri(), version=2),
        [types.TextDocumentContentChangeWholeDocument(text.replace(*UNDECLARED))]))
    done = await watcher.until(lambda: all(any(d.code == "WC101" for d in watcher.seen.get(uri, []))
                                           for uri in results.undeclared))
    results.app_edit_s = done - sent


def table(results: Results) -> str:
    """The README's figures."""
    lint = statistics.median(results.lint_s)
    first = statistics.median(results.first_pass_s)
    after_init = statistics.median(results.first_pass_after_init_s)
    edit = sorted(results.edit_ms)
    median = statistics.median(edit)
    p90 = edit[int(len(edit) * 0.9) - 1] if len(edit) >= 10 else edit[-1]
    rows = [
        "| measurement | figure | target | result |",
        "| --- | ---: | --- | --- |",
        f"| edit -> diagnostics, median of {len(edit)} | {median:.1f} ms | <= {EDIT_LIMIT_MS:.0f} ms | "
        f"{'PASS' if median <= EDIT_LIMIT_MS else 'FAIL'} |",
        f"| edit -> diagnostics, 90th percentile / max | {p90:.1f} / {edit[-1]:.1f} ms |  | (info) |",
        f"| first pass, from `initialized` | {after_init:.2f} s | <= `wecontact lint` ({lint:.2f} s) | "
        f"{'PASS' if after_init <= lint else 'FAIL'} |",
        f"| first pass, from the server process's start | {first:.2f} s |  | (info) |",
        f"| app config edit -> every cell page re-linted | {results.app_edit_s:.2f} s |  | (info) |",
        f"| server's peak memory (VmHWM) | {results.peak_rss_mb:.1f} MB | < {MEMORY_LIMIT_MB:.0f} MB | "
        f"{'PASS' if results.peak_rss_mb < MEMORY_LIMIT_MB else 'FAIL'} |",
    ]
    return "\n".join(rows) + "\n"


def passed(results: Results) -> bool:
    return (statistics.median(results.edit_ms) <= EDIT_LIMIT_MS and results.peak_rss_mb < MEMORY_LIMIT_MB
            and statistics.median(results.first_pass_after_init_s) <= statistics.median(results.lint_s))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--framework", choices=sorted(FLAVOURS), default="native", help="the project generated")
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--edits", type=int, default=60, help="changes sent (half add a mistake, half remove it)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of lint and of the first pass")
    parser.add_argument("--json", type=Path, help="save every number")
    parser.add_argument("--markdown", action="store_true", help="print the README's table")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target fails")
    args = parser.parse_args(argv)
    command = wecontact_command()
    results = Results(args.pages, args.framework)
    flavour = FLAVOURS[args.framework]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / f"p{args.pages}"
        flavour.generate(root, args.pages)
        expected = lint_findings(command, root)
        results.expected_files = len(expected)
        results.undeclared = undeclared_uris(command, root, flavour)
        time_lint(command, root)  # warm-up: the page cache, .pyc files
        for _ in range(args.runs):  # interleaved: a change in the machine's load hits both alike
            results.lint_s.append(time_lint(command, root))
            asyncio.run(first_pass(command, root, expected, results))
        asyncio.run(edits(command, root, args.edits, results))
    header = (f"_wecontact server, {args.framework}, {args.pages} pages, Python {platform.python_version()}, {platform.platform()}, "
              f"{os.cpu_count()} CPUs; lint and first pass: median of {args.runs} runs._\n\n")
    print(header + table(results) if args.markdown else table(results))
    if args.json:
        args.json.write_text(json.dumps(results.__dict__, indent=2) + "\n", encoding="utf-8")
    return 1 if args.check and not passed(results) else 0


if __name__ == "__main__":
    sys.exit(main())
