"""The README's uni-app section tells the truth: its rules table is the uni-app rules'."""

from __future__ import annotations

from conftest import REPO
from wecontact_cli.lint.docs import rules_markdown

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_the_uni_app_rules_table_is_generated_from_the_rules() -> None:
    table = README.split("<!-- uniapp-rules:begin", 1)[1].split("<!-- uniapp-rules:end", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| UA")]
    assert rows == [line for line in rules_markdown().splitlines() if line.startswith("| UA")]
    assert len(rows) == 9


def test_the_readme_names_every_place_each_command_writes() -> None:
    section = README.split("\n## uni-app\n", 1)[1].split("\n## ", 1)[0]
    for fact in ('"mp-weixin": {"plugins": {...}}', "subPackages[i].plugins",
                 'globalStyle["mp-weixin"].usingComponents', 'style["mp-weixin"].usingComponents',
                 "definePage", "uni.getSystemInfoSync().hostName", "uni_modules"):
        assert fact in section, fact
