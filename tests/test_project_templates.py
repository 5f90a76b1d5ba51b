"""Project templates are data, not code: they come with the project being edited, so add-page
renders them in Jinja's sandbox, reads them as UTF-8 with a located error, and never from
outside their folder. The built-in templates render as before (tests/test_add_page_cli.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli, snapshot
from test_rule_cases import build

INTERNAL = "internal error"


def with_template(root: Path, name: str, content: bytes) -> Path:
    build(root, {})
    folder = root / ".wecontact" / "templates"
    folder.mkdir(parents=True)
    (folder / name).write_bytes(content)
    return folder / name


def test_a_template_that_is_not_utf8_is_a_located_error(tmp_path: Path) -> None:
    with_template(tmp_path, "cell.wxml.j2", b"<cell\n plugid='\xca\xfe' />\n")
    before = snapshot(tmp_path)
    result = run_cli("add-page", "pages/contact/index", "--plugid", "a1b2c3d4", "-C", tmp_path)
    assert result.exit_code == 2
    assert ".wecontact/templates/cell.wxml.j2:2:10: error: the file is not valid UTF-8 (byte 0xca)" in result.stderr
    assert snapshot(tmp_path) == before


ATTACKS = [
    "{{ cycler.__init__.__globals__.os.system('touch MARKER') }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}{{ ''.join(['touch ', 'MARKER']) }}",
    "{% set x = attributes.append(('onload', 'MARKER')) %}{{ x }}",
]


@pytest.mark.parametrize("attack", ATTACKS)
@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]])
def test_a_project_template_cannot_run_code(tmp_path: Path, attack: str, dry_run: list[str]) -> None:
    marker = tmp_path / "pwned"
    with_template(tmp_path / "p", "cell.wxml.j2", ("<view>\n" + attack.replace("MARKER", str(marker)) + "\n").encode())
    before = snapshot(tmp_path)
    result = run_cli("add-page", "pages/contact/index", "--plugid", "a1b2c3d4", "-C", tmp_path / "p", *dry_run)
    assert result.exit_code == 2, result.stdout
    assert not marker.exists()
    assert ".wecontact/templates/cell.wxml.j2:2: error: template 'cell.wxml.j2' " in result.stderr, result.stderr
    assert "nothing was run" in result.stderr and INTERNAL not in result.stderr
    assert snapshot(tmp_path) == before


def test_a_template_cannot_read_outside_its_folder(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOKEN", encoding="utf-8")
    template = with_template(tmp_path / "p", "page.wxss.j2", b"")
    template.unlink()
    template.symlink_to(secret)
    result = run_cli("add-page", "pages/contact/index", "--plugid", "a1b2c3d4", "-C", tmp_path / "p", "--dry-run")
    assert result.exit_code == 2 and "TOKEN" not in result.stdout
    assert "is a link that leads out of its folder" in result.stderr
    template.unlink()
    template.write_text('{% include "../../../secret.txt" %}', encoding="utf-8")
    result = run_cli("add-page", "pages/contact/index", "--plugid", "a1b2c3d4", "-C", tmp_path / "p", "--dry-run")
    assert result.exit_code == 2 and "TOKEN" not in result.stdout
    assert "template '../../../secret.txt' not found" in result.stderr


def test_a_failing_template_expression_is_a_clear_error(tmp_path: Path) -> None:
    with_template(tmp_path, "page.wxss.j2", b"/* */\n{{ 1 // 0 }}\n")
    result = run_cli("add-page", "pages/contact/index", "--plugid", "a1b2c3d4", "-C", tmp_path, "--dry-run")
    assert result.exit_code == 2
    assert ".wecontact/templates/page.wxss.j2:2: error: template 'page.wxss.j2' failed: ZeroDivisionError" \
        in result.stderr


def test_a_safe_project_template_still_renders(tmp_path: Path) -> None:
    with_template(tmp_path, "page.wxss.j2", b"/* {{ 'contact'|upper }} */\n")
    result = run_cli("add-page", "pages/contact/index", "--plugid", "a1b2c3d4", "-C", tmp_path)
    assert result.exit_code == 0, result.stderr
    wxss = tmp_path / "miniprogram" / "pages" / "contact" / "index.wxss"
    assert wxss.read_text(encoding="utf-8") == "/* CONTACT */\n"


