"""The plugin contract in plugin.py agrees with the official guide, read from its own text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wecontact_cli import plugin

SHARED_GUIDE = Path(__file__).resolve().parents[2] / "shared" / "seed" / "contact-plugin-doc.zh.md"
VENDORED_GUIDE = Path(__file__).resolve().parent / "data" / "contact-plugin-doc.zh.md"
GUIDE = SHARED_GUIDE if SHARED_GUIDE.is_file() else VENDORED_GUIDE
needs_guide = pytest.mark.skipif(not GUIDE.is_file(), reason=f"the official guide is not at {GUIDE}")


@pytest.mark.skipif(not SHARED_GUIDE.is_file(), reason=f"no shared guide at {SHARED_GUIDE} to compare")
def test_vendored_guide_is_the_shared_one() -> None:
    """tests/data keeps a copy so the checks below run anywhere; it must not drift."""
    assert VENDORED_GUIDE.read_bytes() == SHARED_GUIDE.read_bytes()


def guide_rows(section_marker: str) -> dict[str, list[str]]:
    """The markdown table rows after ``section_marker``: name -> cells."""
    text = GUIDE.read_text(encoding="utf-8")
    after = text[text.index(section_marker):]
    rows: dict[str, list[str]] = {}
    for line in after.splitlines():
        if line.startswith("|") and not set(line) <= set("|- "):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if cells[0] not in ("属性",):
                rows[cells[0]] = cells
        elif rows and not line.startswith("|"):
            break
    return rows


@needs_guide
def test_every_ui_attribute_of_section_two_matches_the_guide() -> None:
    rows = guide_rows("### 二、插件扩展参数说明")
    assert [a.name for a in plugin.UI_ATTRIBUTES] == list(rows)
    for attr in plugin.UI_ATTRIBUTES:
        _, kind, default, required, description = rows[attr.name]
        assert attr.kind == kind
        assert required == "否" and not attr.required
        assert attr.default == (None if default == "插件ID后台的样式配置" else default)
        if attr.name != "styleType":  # effective always; the others quote the guide's words
            assert attr.effective.split(" (")[0] in description
        # Labels of indexed options appear in the guide in index order.
        positions = [description.rindex(o.label) for o in attr.options if o.label in description]
        assert positions == sorted(positions)
        if attr.name not in plugin.INDEXED_TEXT_ATTRIBUTES:  # those say "0～4": next test
            for option in attr.options:
                assert option.value in description


@needs_guide
def test_indexed_text_options_are_the_guides_labels() -> None:
    rows = guide_rows("### 二、插件扩展参数说明")
    for name in plugin.INDEXED_TEXT_ATTRIBUTES:
        labels = re.findall(r"'([^']+)'", rows[name][4])
        assert [o.label for o in plugin.ATTRIBUTES_BY_NAME[name].options] == labels
        assert [o.value for o in plugin.ATTRIBUTES_BY_NAME[name].options] == [str(i) for i in range(len(labels))]


@needs_guide
def test_events_plugid_and_errcodes_match_the_guide() -> None:
    rows = guide_rows("参数说明")
    assert set(rows) == {*plugin.EVENT_NAMES, "plugid"}
    assert rows["plugid"][1] == "string" and rows["plugid"][3] == "是"
    assert plugin.ATTRIBUTES_BY_NAME["plugid"].required
    text = GUIDE.read_text(encoding="utf-8")
    documented = {int(code): meaning for code, meaning in re.findall(r"^(-\d{4})：(.+)$", text, re.M)}
    assert documented == {e.code: e.meaning_zh for e in plugin.ERRCODES if e.documented and e.code}
    assert "name和headurl参数在 errcode 为0和-3006 时才会返回" in text
    assert {e.code for e in plugin.ERRCODES if e.has_agent} == {0, -3006}


@needs_guide
def test_identity_matches_the_guides_snippets() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    assert f'"{plugin.DEFAULT_ALIAS}": {{' in text
    assert f'"version": "{plugin.DEFAULT_VERSION}"' in text
    assert f'"provider": "{plugin.PROVIDER}"' in text
    assert f'"{plugin.DEFAULT_TAG}": "plugin://{plugin.DEFAULT_ALIAS}/{plugin.COMPONENT}"' in text
    assert f"plugid='{plugin.GUIDE_PLACEHOLDER_PLUGID}'" in text


@pytest.mark.parametrize("version, plugin_project, ok", [
    ("1.3.0", False, True), ("0.0.0", False, True), ("999.0.1", False, True),
    ("latest", False, True), ("dev-" + "ab" * 16, False, True), ("dev", True, True),
    ("dev", False, False), ("1.3", False, False), ("01.3.0", False, False), ("1.3.0.1", False, False),
    ("1000.0.0", False, False), ("dev-" + "AB" * 16, False, False), ("dev-abc", False, False),
    ("", False, False), (" 1.3.0", False, False), ("Latest", False, False),
])
def test_version_forms(version: str, plugin_project: bool, ok: bool) -> None:
    assert (plugin.version_problem(version, plugin_project=plugin_project) is None) is ok


def test_older_than_guide() -> None:
    assert plugin.is_older_than_guide("1.2.9") and plugin.is_older_than_guide("0.9.99")
    assert not plugin.is_older_than_guide("1.3.0") and not plugin.is_older_than_guide("1.10.0")
    assert not plugin.is_older_than_guide("latest")


def test_labels_and_indices_round_trip() -> None:
    contact_text = plugin.ATTRIBUTES_BY_NAME["contactText"]
    assert contact_text.index_of_label("联系客服") == "2"
    assert contact_text.label_of("2") == "联系客服"
    assert plugin.ATTRIBUTES_BY_NAME["buttonText"].allowed == ("0", "1", "2", "3", "4")
    assert plugin.ATTRIBUTES_BY_NAME["bubbleColor"].default == "4790EE"
