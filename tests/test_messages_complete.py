"""Every human text in English and Chinese: the catalogue is complete and used, errors go
through it, and init, add-page and doctor speak Chinese with --lang zh or a Chinese locale."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from conftest import make_project, run_cli, snapshot
from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.i18n.message import MESSAGES, msg
from wecontact_cli.lint.registry import rules

rules()  # every rule's own messages join the catalogue when its module loads

PACKAGE = Path(__file__).resolve().parent.parent / "wecontact_cli"
CJK = re.compile(r"[\u4e00-\u9fff]")
LOCATION = re.compile(r"^(\S+?:\d+(?::\d+)?|\S+?): (?:error|错误): ")
VALUES = re.compile(r"(?<![A-Za-z])'[^']*'|\"[^\"]*\"|WC\d{3}|[\w.-]*[/.][\w./-]*\w|\d+")
ZH_ENV = {"LC_ALL": "zh_CN.UTF-8"}
PLAIN = {"FORCE_COLOR": None, "NO_COLOR": None}


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def trees() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(PACKAGE.rglob("*.py"))]


# -- the catalogue ---------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_key_has_english_and_chinese_with_the_same_fields(key: str) -> None:
    en, zh = MESSAGES[key]
    assert en.strip() and zh.strip()
    assert fields(en) == fields(zh), key
    assert "\n" not in en and "\n" not in zh


def _rule_code(tree: ast.Module) -> str | None:
    """The code of the rule a module defines (``RULE = Rule("WC201", ...)``), if any."""
    for node in tree.body:
        if (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "RULE" for t in node.targets)
                and isinstance(node.value, ast.Call) and node.value.args
                and isinstance(node.value.args[0], ast.Constant)):
            return str(node.value.args[0].value)
    return None


def _key_of(node: ast.Call, code: str | None) -> str | None:
    """The catalogue key a msg("key") or RULE.msg("key") call names; None for another call."""
    func = node.func
    if isinstance(func, ast.Name) and func.id == "msg":
        prefix = ""
    elif isinstance(func, ast.Attribute) and func.attr == "msg" and isinstance(func.value, ast.Name) \
            and func.value.id == "RULE" and code is not None:
        prefix = code + "."
    else:
        return None
    first = node.args[0] if node.args else None
    return prefix + first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else ""


def test_every_msg_call_uses_a_known_key_and_every_key_is_used() -> None:
    from wecontact_cli.lint.registry import rules

    rules()  # every rule's own messages join the catalogue when its module loads
    used: set[str] = set()
    dynamic: list[str] = []
    for path, tree in trees():
        code = _rule_code(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                key = _key_of(node, code)
                if key == "":
                    dynamic.append(f"{path.name}:{node.lineno}")
                elif key is not None:
                    used.add(key)
    assert dynamic == [], "msg() needs a literal key so that this test can check it"
    assert sorted(used - set(MESSAGES)) == []
    assert sorted(set(MESSAGES) - used) == []


def test_no_error_is_built_from_a_literal_or_an_f_string() -> None:
    """Every WecontactError message and hint goes through msg(), so it has a Chinese text."""
    literal = (ast.JoinedStr, ast.Constant, ast.BinOp)
    offenders = []
    for path, tree in trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "WecontactError":
                values = [*node.args[:1], *(k.value for k in node.keywords if k.arg in ("message", "hint"))]
                values += node.args[2:3]
                if any(isinstance(v, literal) for v in values):
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_error_renders_in_either_language_and_keeps_english_text() -> None:
    error = WecontactError(msg("path.missing"), Location(Path("/x/app.json"), 3, 4),
                           hint=msg("project.hint_run_inside"))
    assert error.message == "the path does not exist"
    assert error.hint == "run wecontact inside the project, or pass its path"
    assert error.render(Path("/x")) == ("app.json:3:4: error: the path does not exist\n"
                                        "  hint: run wecontact inside the project, or pass its path")
    assert error.render(Path("/x"), "zh") == "app.json:3:4: 错误: 路径不存在\n  提示: 请在项目内运行 wecontact，或传入项目路径"
    assert WecontactError("plain").render(lang="zh") == "错误: plain"


# -- the commands in Chinese -----------------------------------------------------------------


def values(text: str) -> list[str]:
    """What must not change with the language: quoted values, codes, paths, numbers."""
    return sorted(VALUES.findall(text))


def assert_translated(en: str, zh: str) -> None:
    """Line by line: Chinese on every human line, with the same locations and values."""
    en_lines, zh_lines = en.splitlines(), zh.splitlines()
    assert len(en_lines) == len(zh_lines), (en, zh)
    for e, z in zip(en_lines, zh_lines):
        if not e.strip():
            assert not z.strip()
            continue
        assert CJK.search(z), z
        e_loc, z_loc = LOCATION.match(e), LOCATION.match(z)
        assert (e_loc and e_loc[1]) == (z_loc and z_loc[1]), (e, z)
        assert values(e) == values(z), (e, z)


def both(*args: str | Path, setup=None) -> tuple:  # type: ignore[no-untyped-def]
    """The command in English, in --lang zh and in a Chinese locale, each on a fresh state."""
    results = []
    for extra, env in (([], {}), (["--lang", "zh"], {}), ([], ZH_ENV), (["--lang", "en"], ZH_ENV)):
        if setup is not None:
            setup()
        results.append(run_cli(*args, *extra, env={**PLAIN, **env}))
    en, zh, locale, forced_en = results
    assert zh.exit_code == locale.exit_code == forced_en.exit_code == en.exit_code
    assert (zh.stdout, zh.stderr) == (locale.stdout, locale.stderr)
    assert (forced_en.stdout, forced_en.stderr) == (en.stdout, en.stderr)
    return en, zh


def reset(root: Path):  # type: ignore[no-untyped-def]
    saved = snapshot(root)

    def restore() -> None:
        for path in sorted(root.rglob("*"), reverse=True):
            if path.is_file() and path.relative_to(root).as_posix() not in saved:
                path.unlink()
        for rel, data in saved.items():
            (root / rel).write_bytes(data)
    return restore


def test_init_declares_in_chinese(example: Path) -> None:
    en, zh = both("init", example, setup=reset(example))
    assert en.exit_code == 0 and ": declared plugin 'contactPlugin'" in en.stdout, en.stderr
    assert "已在主包中声明插件 'contactPlugin'（wx104a1a20c3f81ec2，版本 1.3.0）" in zh.stdout
    assert "下一步" in zh.stdout
    assert_translated(en.stdout, zh.stdout)


def test_init_unchanged_and_dry_run_in_chinese(example: Path) -> None:
    dry_en, dry_zh = both("init", example, "--dry-run")
    assert "试运行" in dry_zh.stdout.splitlines()[0]
    first_en, first_zh = dry_en.stdout.splitlines()[0], dry_zh.stdout.splitlines()[0]
    assert_translated(first_en, first_zh)
    assert dry_en.stdout.splitlines()[1:] == dry_zh.stdout.splitlines()[1:]  # the diff is data
    assert run_cli("init", example).exit_code == 0
    en, zh = both("init", example)
    assert "无需修改" in zh.stdout and "主包" in zh.stdout
    assert_translated(en.stdout, zh.stdout)


def test_init_refusal_in_chinese(example: Path) -> None:
    before = snapshot(example)
    en, zh = both("init", example, "--subpackage", "nope")
    assert en.exit_code == 2 and "error: app.json has no subpackage with root 'nope'" in en.stderr
    assert "错误: app.json 中没有 root 为 'nope' 的分包" in zh.stderr
    assert_translated(en.stderr, zh.stderr)
    en, zh = both("init", example, "--alias", "9bad")
    assert en.exit_code == 2 and "'9bad' 不能用作插件别名" in zh.stderr
    assert_translated(en.stderr, zh.stderr)
    assert snapshot(example) == before


def test_init_malformed_json_in_chinese(tmp_path: Path) -> None:
    make_project(tmp_path / "p", b'{\n  "pages": ["a/b"]\n  "window": {}\n}\n')
    en, zh = both("init", tmp_path / "p")
    assert en.exit_code == 2
    assert "app.json:3:3: error: expected ',' or '}' after an object member, found '\"'" in en.stderr
    assert "app.json:3:3: 错误: 对象成员后面应为 ',' 或 '}'" in zh.stderr
    assert_translated(en.stderr, zh.stderr)


def test_add_page_creates_a_page_in_chinese(example: Path) -> None:
    en, zh = both("add-page", "pages/contact/index", "--plugid", "a1b2c3d4", "-C", example,
                  setup=reset(example))
    assert en.exit_code == 0, en.stderr
    assert zh.stdout.startswith("pages/contact/index: 已创建页面")
    assert "企业微信客户端" in zh.stdout
    assert_translated(en.stdout, zh.stdout)
    en, zh = both("add-page", "pages/contact/index", "--plugid", "a1b2c3d4", "-C", example)
    assert "客服按钮已经接入" in zh.stdout
    assert_translated(en.stdout, zh.stdout)


def test_add_page_wires_an_existing_page_in_chinese(example: Path) -> None:
    en, zh = both("add-page", "packageService/pages/help/index", "--plugid", "a1b2c3d4", "-C", example,
                  setup=reset(example))
    assert en.exit_code == 0, en.stderr
    assert "已接入客服按钮" in zh.stdout
    assert_translated(en.stdout, zh.stdout)
    assert_translated(en.stderr, zh.stderr)


@pytest.mark.parametrize("args, en_text, zh_text", [
    (["--plugid", "a1b2c3d4", "--contact-text", "联系客服"],
     "--contact-text: contactText takes the option's index, not its text: '联系客服' is 2 (WC205)",
     "--contact-text: contactText 要填写选项的序号，而不是文案：'联系客服' 对应 2（WC205）"),
    ([], "give exactly one of --plugid ID", "恰好给出一个"),
    (["--plugid", "a1b2c3d4", "--tag", "Cell"], "--tag 'Cell' is not a usable tag", "--tag 'Cell' 不能用作标签名"),
])
def test_add_page_refusals_in_chinese(example: Path, args: list[str], en_text: str, zh_text: str) -> None:
    before = snapshot(example)
    en, zh = both("add-page", "pages/contact/index", *args, "-C", example)
    assert en.exit_code == 2 and en_text in en.stderr and zh_text in zh.stderr, zh.stderr
    assert zh.stderr.startswith("错误: ")
    assert_translated(en.stderr, zh.stderr)
    assert snapshot(example) == before


def test_doctor_in_chinese(example: Path) -> None:
    en, zh = both("doctor", example)
    assert zh.stdout.startswith("项目：")
    assert "未声明" in zh.stdout
    assert_translated(en.stdout, zh.stdout)
    assert run_cli("init", example).exit_code == 0
    assert run_cli("add-page", "packageService/pages/help/index", "--plugid", "a1b2c3d4", "-C", example).exit_code == 0
    en, zh = both("doctor", example)
    assert "客服按钮（1 个页面" in zh.stdout and "绑定到" in zh.stdout
    assert_translated(en.stdout, zh.stdout)
    json_en, json_zh = both("doctor", example, "--output-format", "json")
    assert json_en.stdout == json_zh.stdout  # data, not prose


def test_errors_of_other_commands_in_chinese(example: Path) -> None:
    en, zh = both("doctor", example, "--output-format", "xml")
    assert en.exit_code == 2 and "未知的输出格式 'xml'" in zh.stderr
    assert_translated(en.stderr, zh.stderr)
    en, zh = both("lint", example, "--select", "WC999")
    assert en.exit_code == 2 and "提示: " in zh.stderr
    assert_translated(en.stderr, zh.stderr)
    en, zh = both("rule", "WC9")
    assert en.exit_code == 2 and zh.stderr.startswith("错误: 没有规则 'WC9'")
