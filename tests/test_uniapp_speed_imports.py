"""What a uni-app lint imports before its workers start: uni-helper's reader only for a
uni-helper project (it costs the start of every other run a millisecond)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.uniapp_project import build

PROBE = """
import sys
from wecontact_cli.lint.engine import LintOptions, run_lint
from pathlib import Path
run = run_lint(LintOptions(paths=[Path(sys.argv[1])]))
print(run.project.framework, "wecontact_cli.frameworks.uniapp.helper" in sys.modules)
"""


def test_a_plain_uni_app_lint_leaves_the_uni_helper_reader_alone(tmp_path: Path) -> None:
    root = build(tmp_path / "p")
    out = subprocess.run([sys.executable, "-c", PROBE, str(root)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["uni-app", "False"]


NATIVE_PROBE = """
import sys
from wecontact_cli.lint.engine import LintOptions, run_lint
from pathlib import Path
run = run_lint(LintOptions(paths=[Path(sys.argv[1])]))
print(run.project.framework, len(run.project.subpackages), "wecontact_cli.frameworks.native.app" in sys.modules)
"""


def test_a_uni_app_lint_leaves_the_native_app_json_reader_alone(tmp_path: Path) -> None:
    """Subpackage roots are normalised without importing native's app.json reader (2.5 ms
    of every uni-app run's start)."""
    pages = '{"pages": [{"path": "pages/index/index"}], "subPackages": [{"root": "pkg/", "pages": []}]}'
    root = build(tmp_path / "p", {"pages.json": pages})
    out = subprocess.run([sys.executable, "-c", NATIVE_PROBE, str(root)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["uni-app", "1", "False"]


WXML_PROBE = """
import sys
from wecontact_cli.lint.engine import LintOptions, run_lint
from pathlib import Path
run = run_lint(LintOptions(paths=[Path(sys.argv[1])]))
print(run.project.framework, len(run.result.diagnostics) > 0, "wecontact_cli.syntax.wxml" in sys.modules)
"""


def test_a_uni_app_lint_of_readable_files_leaves_the_wxml_parser_alone(tmp_path: Path) -> None:
    """The .vue fast path reads every file here (a cell with a finding included): the WXML
    scanner the full parser runs on is never imported (3 ms of every uni-app run's start)."""
    root = build(tmp_path / "p", {"pages/index/index.vue": '<template>\n  <cell plugId="x" />\n</template>\n'})
    out = subprocess.run([sys.executable, "-c", WXML_PROBE, str(root)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["uni-app", "True", "False"]


def test_a_broken_vue_file_still_gets_the_full_parser(tmp_path: Path) -> None:
    """A file the fast path cannot vouch for is parsed in full (its problem reported)."""
    root = build(tmp_path / "p", {"pages/index/index.vue": '<template>\n  <cell plugid="x"></view>\n</template>\n'})
    out = subprocess.run([sys.executable, "-c", WXML_PROBE, str(root)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["uni-app", "True", "True"]
