"""`wecontact server` in a real editor: Neovim, headless, with the setup the README gives
for Neovim 0.7 to 0.10 (read from the README itself). Neovim shows the diagnostic where
the mistake is (its columns are bytes: the UTF-16 ones were converted right), offers the
quick fixes, and shows the guide on hover.

Neovim comes from Debian's archive: present, or installed here with apt-get when it can
be (.ci/run installs it under CI, where this test may not be skipped)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from npmcache import unavailable
from serverkit import ENV, Sample, sample  # noqa: F401

README = (REPO / "README.md").read_text(encoding="utf-8")
REPORT = """
vim.api.nvim_create_autocmd("VimEnter", { callback = function()
  local ok = vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 50)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(found, { code = d.code, lnum = d.lnum, col = d.col, message = d.message, source = d.source })
  end
  local where = found[1] and { line = found[1].lnum, character = 0 } or { line = 0, character = 0 }
  local document = { uri = vim.uri_from_bufnr(0) }
  local titles, shown = {}, ""
  if found[1] then
    local line = vim.api.nvim_buf_get_lines(0, found[1].lnum, found[1].lnum + 1, false)[1]
    local _, utf16 = vim.str_utfindex(line, found[1].col) -- (UTF-32, UTF-16): LSP wants the second
    where.character = utf16
    local params = { textDocument = document, range = { start = where, ["end"] = where },
                     context = { diagnostics = {} } }
    for _, response in pairs(vim.lsp.buf_request_sync(0, "textDocument/codeAction", params, 20000) or {}) do
      for _, action in ipairs(response.result or {}) do table.insert(titles, action.title) end
    end
    local hover = vim.lsp.buf_request_sync(0, "textDocument/hover", { textDocument = document, position = where }, 20000)
    for _, response in pairs(hover or {}) do
      if response.result then shown = response.result.contents.value or "" end
    end
  end
  local file = io.open(os.getenv("WECONTACT_NVIM_REPORT"), "w")
  file:write(vim.fn.json_encode({ ok = ok, diagnostics = found, actions = titles, hover = shown }))
  file:close()
  vim.cmd("qa!")
end })
"""


def readme_setup() -> str:
    """The README's Lua for Neovim 0.7 to 0.10, running this checkout's server."""
    block = README.split("<!-- neovim-tested:begin -->", 1)[1].split("<!-- neovim-tested:end -->", 1)[0]
    lua = re.search(r"```lua\n(.*?)```", block, re.DOTALL)
    assert lua is not None
    server = ", ".join(json.dumps(part) for part in (sys.executable, "-m", "wecontact_cli", "server"))
    assert '{ "wecontact", "server" }' in lua.group(1)
    return lua.group(1).replace('{ "wecontact", "server" }', "{ " + server + " }")


@pytest.fixture(scope="session")
def nvim() -> str:
    """Neovim's path: on the machine, else installed from Debian when apt-get can."""
    found = shutil.which("nvim")
    if found is None and shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "timeout": 900, "check": False}
        if subprocess.run(["apt-get", "install", "-y", "-qq", "neovim"], **quiet).returncode != 0:  # type: ignore[call-overload]
            subprocess.run(["apt-get", "update", "-qq"], **quiet)  # type: ignore[call-overload]
            subprocess.run(["apt-get", "install", "-y", "-qq", "neovim"], **quiet)  # type: ignore[call-overload]
        found = shutil.which("nvim")
    if found is None:
        unavailable("Neovim (nvim) is not installed and apt-get cannot install it here")
    return found  # type: ignore[return-value]


def test_neovim_shows_the_diagnostic_the_fixes_and_the_guide(nvim: str, sample: Sample, tmp_path: Path) -> None:
    init = tmp_path / "init.lua"
    init.write_text(readme_setup() + REPORT, encoding="utf-8")
    report = tmp_path / "report.json"
    env = {**ENV, "WECONTACT_NVIM_REPORT": str(report), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([nvim, "--headless", "--clean", "-u", str(init), str(sample.view)], cwd=sample.root,
                          env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0 and report.exists(), done.stdout + done.stderr
    seen = json.loads(report.read_text(encoding="utf-8"))
    assert seen["ok"] is True
    assert [(d["code"], d["source"]) for d in seen["diagnostics"]] == [("WC206", "wecontact")]
    diagnostic = seen["diagnostics"][0]
    line = sample.text().split("\n")[diagnostic["lnum"]].encode("utf-8")
    assert line[diagnostic["col"]:].startswith(sample.bad_value.encode("utf-8"))  # Neovim counts bytes: after 你好 and 😀
    assert seen["actions"] == ["write '4790EE'", "Suppress WC206 on this line", "Fix all safe problems in this file"]
    assert "**bubbleColor**" in seen["hover"] and "**WC206**" in seen["hover"]
