"""doctor says which framework a project is written in, its flavour, where its sources are,
and for a framework's build output where the sources that build it are."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from conftest import EXAMPLE, run_cli
from wecontact_cli.doctor import print_rich, render_plain
from wecontact_cli.doctor.report import DoctorReport, LintSummary, ProjectInfo

PLAIN = {"FORCE_COLOR": None, "NO_COLOR": None}
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def project_rows(text: str) -> list[str]:
    """The rows of the text output's first section (the project), without indentation."""
    return [line.strip() for line in text.split("\n\n")[0].splitlines()[1:]]


def report(framework: str, variant: dict[str, str], app_dir: str = "src", typescript: bool = True) -> DoctorReport:
    info = ProjectInfo("/work/app", app_dir, "miniprogram", typescript, framework, variant)
    return DoctorReport(info, [], [], [], LintSummary())


@pytest.mark.parametrize("framework, variant, title", [
    ("uni-app", {"vue": "3", "layout": "cli", "language": "ts"}, "uni-app (Vue 3, CLI, TypeScript)"),
    ("uni-app", {"vue": "2", "layout": "hbuilderx", "language": "js"}, "uni-app (Vue 2, HBuilderX, JavaScript)"),
    ("uni-app", {"vue": "3", "layout": "cli", "language": "ts", "generated": "uni-helper"},
     "uni-app (Vue 3, CLI, TypeScript, uni-helper)"),
    ("taro", {"taro": "4", "framework": "react", "language": "ts", "output": "dist"}, "Taro 4 (React, TypeScript)"),
    ("taro", {"taro": "3", "framework": "vue3", "language": "js", "output": "dist"}, "Taro 3 (Vue 3, JavaScript)"),
])
def test_a_framework_project_shows_its_flavour_and_source_folder(framework: str, variant: dict[str, str],
                                                                 title: str) -> None:
    rows = project_rows(render_plain(report(framework, variant)))
    assert rows == [f"framework: {title}", "source folder: src", "language: TypeScript"]
    rich = io.StringIO()
    print_rich(report(framework, variant), rich)
    assert f"framework: {title}" in ANSI.sub("", rich.getvalue())


def test_the_flavour_reads_in_chinese_too() -> None:
    text = render_plain(report("uni-app", {"vue": "3", "layout": "cli", "language": "ts"}), "zh")
    assert project_rows(text)[:2] == ["框架：uni-app（Vue 3、CLI、TypeScript）", "源码目录：src"]


def test_a_native_project_gains_only_its_framework_row(example: Path) -> None:
    """The native rows are as they were; the framework row comes first."""
    result = run_cli("doctor", example, env=PLAIN)
    assert result.exit_code == 0, result.stderr
    assert project_rows(result.stdout) == ["framework: native", "app folder: miniprogram",
                                           "compileType: miniprogram", "language: JavaScript"]
    data = json.loads(run_cli("doctor", example, "-f", "json").stdout)["project"]
    assert (data["framework"], data["variant"], data["build_output_of"], data["build_output_framework"]) == (
        "native", {}, None, None)


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


NATIVE_BUILD = {"project.config.json": '{"compileType": "miniprogram"}', "app.json": '{"pages": []}'}


def test_uni_app_build_output_says_where_its_sources_are(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    uni = write(tmp_path / "uni", {"manifest.json": '{"vueVersion": "3"}', "pages.json": '{"pages": []}'})
    out = write(uni / "unpackage" / "dist" / "dev" / "mp-weixin", NATIVE_BUILD)
    monkeypatch.chdir(uni)
    result = run_cli("doctor", out, env=PLAIN)
    assert result.exit_code == 0, result.stderr
    assert project_rows(result.stdout)[:2] == [
        "framework: native",
        "build output of a uni-app project: its sources are in ./; fix them there, every build rewrites this folder"]
    data = json.loads(run_cli("doctor", out, "-f", "json").stdout)["project"]
    assert (data["build_output_of"], data["build_output_framework"]) == ("../../../..", "uni-app")


def test_taro_build_output_says_where_its_sources_are(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Taro root keeps project.config.json pointing into dist/: doctor on the root reads the
    Taro sources, doctor inside dist/ reads the build and says where the sources are."""
    taro = write(tmp_path / "taro", {"package.json": '{"dependencies": {"@tarojs/taro": "4.0.9"}}',
                                     "project.config.json": '{"miniprogramRoot": "dist/"}',
                                     "src/app.config.ts": "export default {pages: []}\n", "dist/app.json": '{"pages": []}'})
    monkeypatch.chdir(tmp_path)
    source = run_cli("doctor", taro, env=PLAIN)
    assert source.exit_code == 0, source.stderr
    assert project_rows(source.stdout)[0:2] == ["framework: Taro 4 (React, JavaScript)", "source folder: src"]
    result = run_cli("doctor", taro / "dist", env=PLAIN)
    assert result.exit_code == 0, result.stderr
    rows = project_rows(result.stdout)
    assert rows[1] == ("build output of a Taro project: its sources are in taro/src/; fix them there, "
                       "every build rewrites this folder")
    assert rows[2] == "app folder: dist"
    data = json.loads(run_cli("doctor", taro / "dist", "-f", "json").stdout)["project"]
    assert (data["build_output_of"], data["build_output_framework"]) == ("src", "taro")


def test_the_example_project_json_is_unchanged_but_for_the_new_key() -> None:
    data = json.loads(run_cli("doctor", EXAMPLE, "-f", "json").stdout)["project"]
    assert list(data) == ["root", "app_dir", "compile_type", "typescript", "framework", "variant",
                          "build_output_of", "build_output_framework"]
