#!/usr/bin/env python3
"""Re-make the README's editor screenshots: Neovim under tmux, with the README's Neovim
setup, on a copy of examples/hand-wired; each screen is tmux's capture-pane (with its
colours) rendered by rich to SVG, then to PNG by rsvg-convert.

    .venv/bin/python docs/editor/capture.py        # needs nvim, tmux, rsvg-convert, a CJK font

Writes docs/editor/diagnostic.png, hover.png, quick-fix.png and fixed.png.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.text import Text

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SESSION = "wecontact-screenshots"
WIDTH, HEIGHT = 118, 30
LOOK = """
vim.opt.signcolumn = "yes"
vim.opt.number = true
vim.opt.termguicolors = true
vim.diagnostic.config({ virtual_text = { prefix = "●" }, float = { border = "single", max_width = 100,
  format = function(d) return d.message .. " (" .. d.code .. ")" end } })
vim.cmd([[
  highlight Normal guibg=#1e1e2e guifg=#d4d4d4
  highlight NormalFloat guibg=#2a2d3e guifg=#e0e0e0
  highlight FloatBorder guibg=#2a2d3e guifg=#7f849c
  highlight SignColumn guibg=NONE
  highlight LineNr guifg=#6c7086
  highlight EndOfBuffer guifg=#45475a
  highlight DiagnosticUnderlineError gui=underline guisp=#f38ba8
  highlight DiagnosticUnderlineWarn gui=underline guisp=#fab387
  highlight Pmenu guibg=#2a2d3e guifg=#e0e0e0
]])
vim.lsp.handlers["textDocument/hover"] = vim.lsp.with(vim.lsp.handlers.hover, { border = "single", max_width = 70 })
"""


def setup() -> str:
    """The README's tested Neovim setup, running this checkout's server."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- neovim-tested:begin -->", 1)[1].split("<!-- neovim-tested:end -->", 1)[0]
    lua = re.search(r"```lua\n(.*?)```", block, re.DOTALL).group(1)  # type: ignore[union-attr]
    server = ", ".join(json.dumps(p) for p in (sys.executable, "-m", "wecontact_cli", "server"))
    return lua.replace('{ "wecontact", "server" }', "{ " + server + " }") + LOOK


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=True).stdout


def screen() -> str:
    return tmux("capture-pane", "-e", "-p", "-t", SESSION)


def wait_for(needle: str, limit: float = 30) -> str:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        shown = screen()
        if needle in re.sub(r"\x1b\[[0-9;]*m", "", shown):
            return shown
        time.sleep(0.2)
    raise SystemExit(f"the screen never showed {needle!r}:\n{screen()}")


UNDERLINE_COLOUR = re.compile(r"\x1b\[58;2;\d+;\d+;\d+m")


def render(shown: str, name: str, title: str) -> None:
    shown = UNDERLINE_COLOUR.sub("", shown)  # an underline's own colour: rich does not read it
    console = Console(record=True, width=WIDTH, force_terminal=True, color_system="truecolor", file=open("/dev/null", "w"))
    console.print(Text.from_ansi(shown.rstrip("\n")), end="", soft_wrap=True)
    svg = HERE / f"{name}.svg"
    drawn = console.export_svg(title=title, font_aspect_ratio=0.6)  # DejaVu Sans Mono's, rsvg's fallback
    svg.write_text(drawn.replace("<svg ", '<svg xml:space="preserve" ', 1), encoding="utf-8")  # keep indentation
    subprocess.run(["rsvg-convert", "-o", str(HERE / f"{name}.png"), str(svg)], check=True)
    svg.unlink()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "hand-wired"
        shutil.copytree(REPO / "examples" / "hand-wired", project)
        init = Path(folder) / "init.lua"
        init.write_text(setup(), encoding="utf-8")
        page = "miniprogram/pages/contact/index.wxml"
        subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
        tmux("new-session", "-d", "-s", SESSION, "-x", str(WIDTH), "-y", str(HEIGHT), "-c", str(project),
             f"nvim --clean -u {init} {page}")
        try:
            wait_for("●●")
            tmux("send-keys", "-t", SESSION, ":call cursor(5, 53)", "Enter", ":lua vim.diagnostic.open_float()", "Enter")
            render(wait_for("(WC206)"), "diagnostic", "wecontact server in Neovim: diagnostics as you type")
            tmux("send-keys", "-t", SESSION, "Escape", ":call cursor(5, 53)", "Enter", ":lua vim.lsp.buf.hover()", "Enter")
            render(wait_for("has an effect"), "hover", "Hover: the guide's documentation and the rule's")
            tmux("send-keys", "-t", SESSION, "Escape", "j", "k", ":call cursor(5, 53)", "Enter",  # the hover closes
                 ":lua vim.lsp.buf.code_action()", "Enter")
            render(wait_for("Suppress WC206"), "quick-fix", "Code actions: the fix, suppress on this line, fix all")
            tmux("send-keys", "-t", SESSION, "1", "Enter")
            render(wait_for('bubbleColor="4790EE"'), "fixed", "The fix applied (unsaved): WC206 is gone")
        finally:
            subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)


if __name__ == "__main__":
    main()
