"""Code frames on long lines: a bounded window around the problem, the caret under the right
column, and a report whose size grows with the number of problems, not with line length."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import run_cli
from test_rule_cases import build
from wecontact_cli.lint.model import Diagnostic
from wecontact_cli.report import ReportContext, render
from wecontact_cli.report.full import ELIDED, MAX_COLUMNS

GUTTER = "1 | "
CARETS = "  | "


def width(text: str) -> int:
    """Terminal columns of text without tabs or control characters."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def frame(row: str, column: int, end_column: int) -> tuple[str, str]:
    """The shown source line (after ``1 | ``) and the caret line (after ``  | ``)."""
    d = Diagnostic("WC999", "x", "error", "m", "a.wxml", 1, column, 1, end_column, None)
    out = render("full", [d], ReportContext({}, {"a.wxml": row + "\n"}, "0", 1)).splitlines()
    shown = next(line for line in out if line.startswith(GUTTER) or line == GUTTER.rstrip())
    carets = out[out.index(shown) + 1]
    assert carets.startswith(CARETS)
    return shown[len(GUTTER):], carets[len(CARETS):]


def caret_start(carets: str) -> int:
    return len(carets) - len(carets.lstrip(" "))


def under_caret(shown: str, column: int) -> str:
    """The shown text from display column ``column`` on."""
    used = 0
    for i, char in enumerate(shown):
        if used == column:
            return shown[i:]
        used += width(char)
    assert used == column, (shown, column)
    return ""


def test_a_minified_line_shows_a_window_with_both_ends_marked() -> None:
    row = "<view>" * 2000 + '<cell plugid="xxx"/>' + "<view>" * 2000
    column = row.index('"xxx"') + 2
    shown, carets = frame(row, column, column + 3)
    assert shown.startswith(ELIDED) and shown.endswith(ELIDED)
    assert width(shown) <= MAX_COLUMNS + 2 * len(ELIDED)
    assert under_caret(shown, caret_start(carets)).startswith('xxx"/>')
    assert carets.strip() == "^^^"


def test_the_start_and_the_end_of_a_long_line_are_marked_only_where_cut() -> None:
    row = "a" * 1000
    shown, carets = frame(row, 1, 2)
    assert not shown.startswith(ELIDED) and shown.endswith(ELIDED) and caret_start(carets) == 0
    shown, carets = frame(row, 1001, 1001)  # the end of the line: the room goes to the left
    assert shown.startswith(ELIDED) and not shown.endswith(ELIDED)
    assert width(shown) == MAX_COLUMNS + len(ELIDED) and caret_start(carets) == width(shown)


def test_a_span_wider_than_the_window_is_underlined_to_the_window_end() -> None:
    row = "x" * 100 + "y" * 5000
    shown, carets = frame(row, 101, 5101)
    assert under_caret(shown, caret_start(carets)).startswith("yyy")
    assert caret_start(carets) + len(carets.strip()) == width(shown) - len(ELIDED)


def test_wide_characters_count_two_columns_in_the_window() -> None:
    row = "联系" * 400 + "<cell plugid='xxx'/>" + "客服" * 400
    column = row.index("xxx") + 1
    shown, carets = frame(row, column, column + 3)
    assert width(shown) <= MAX_COLUMNS + 2 * len(ELIDED)
    assert under_caret(shown, caret_start(carets)).startswith("xxx'/>")


def test_neighbouring_lines_are_cut_at_the_same_character() -> None:
    row = "b" * 500 + "TARGET" + "b" * 500
    above = "a" * 2000
    d = Diagnostic("WC999", "x", "error", "m", "a.wxml", 2, 501, 2, 507, None)
    out = render("full", [d], ReportContext({}, {"a.wxml": f"{above}\n{row}\nshort\n"}, "0", 1))
    lines = out.splitlines()
    first = next(line for line in lines if line.startswith("1 | "))
    second = next(line for line in lines if line.startswith("2 | "))
    assert len(first) == len(second) and first.startswith("1 | ...a") and first.endswith("a...")
    assert next(line for line in lines if line.startswith("3 |")) == "3 | ..."  # all of it is cut


def test_short_lines_are_unchanged() -> None:
    shown, carets = frame("<cell\tplugid='xxx'/>", 15, 18)
    assert shown == "<cell   plugid='xxx'/>" and carets == " " * 16 + "^^^"


ROW_CHARS = st.sampled_from("abc <>='/\"联系客服é")


@settings(max_examples=200, deadline=None)
@given(st.lists(ROW_CHARS, min_size=0, max_size=700).map(lambda chars: "".join(chars).rstrip(" ")), st.data())
def test_the_caret_always_points_at_the_span_in_a_bounded_line(row: str, data: st.DataObject) -> None:
    column = data.draw(st.integers(1, len(row) + 1))
    end_column = data.draw(st.integers(column, len(row) + 1))
    shown, carets = frame(row, column, end_column)
    assert width(shown) <= MAX_COLUMNS + 2 * len(ELIDED)
    body = shown.removeprefix(ELIDED) if shown.startswith(ELIDED) and not row.startswith(ELIDED) else shown
    body = body.removesuffix(ELIDED) if len(body) < len(row) else body
    assert body in row  # what is shown is a piece of the line, marked where it is cut
    if width(row) <= MAX_COLUMNS:
        assert shown == row
    assert under_caret(shown, caret_start(carets)).removesuffix(ELIDED) == row[column - 1:][
        :len(under_caret(shown, caret_start(carets)).removesuffix(ELIDED))]
    assert 1 <= len(carets.strip()) <= 2 * max(end_column - column, 1)


def test_many_problems_on_one_line_give_output_proportional_to_their_number(tmp_path: Path) -> None:
    sizes = []
    for tags in (1000, 2000):
        root = tmp_path / str(tags)
        build(root, {"miniprogram/pages/index/index.wxml": "<view>" * tags + "\n"})
        result = run_cli("lint", root)
        assert result.exit_code == 1 and result.stdout.count("(WC002)") == tags
        sizes.append(len(result.stdout.encode("utf-8")))
    assert sizes[1] < 1_000_000  # it was 36 MB: the 12 KB line printed for each tag
    assert sizes[1] <= 2.1 * sizes[0]
