"""benchmarks/run.py's report: the targets are ratios and differences of medians, and the
information rows add the cold ratios of the fastest runs (steadier from run to run)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]


def load_run() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_run", REPO / "benchmarks" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["benchmark_run"] = module  # dataclasses looks the module up by name
    spec.loader.exec_module(module)
    return module


def test_cold_ratios_are_of_medians_and_the_fastest_runs_are_shown_beside_them() -> None:
    run = load_run()
    measured = {name: run.Measurement(name, [], times=times) for name, times in {
        "lint taro 2000": [0.36, 0.34, 0.38],
        "read taro 2000": [0.09, 0.08, 0.10],
        "lint native 2000": [0.30, 0.29, 0.31],
        "read native 2000": [0.10, 0.11, 0.09],
    }.items()}
    targets = {row["target"]: row for row in run.targets(measured, ["native", "taro"])}
    taro = targets["lint Taro 2000 / read 2000"]
    assert taro["shown"] == "4.00x" and taro["pass"]
    assert targets["lint native 2000 / read 2000"]["shown"] == "3.00x"
    info = dict(run.info_rows(measured, ["native", "taro"]))
    assert info["lint Taro 2000 / read 2000, fastest runs"] == "4.25x"
    assert info["lint native 2000 / read 2000, fastest runs"] == "3.22x"


def test_a_saved_run_is_reported_anew_from_its_measurements(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """``--load`` works the targets and information rows out of the saved measurements, so a
    run saved by an older version prints every row this one reports; a measurement survives
    the round trip."""
    import json

    run = load_run()
    measured = [run.Measurement("python -c pass", ["python"], times=[0.010, 0.011, 0.012]),
                run.Measurement("lint uniapp 2000", ["wecontact"], {"WECONTACT_NO_CACHE": "1"}, [0.23, 0.22, 0.25],
                                [27000, 27100], [0.3], 27900),
                run.Measurement("read uniapp 2000", ["python"], times=[0.05, 0.048, 0.06])]
    assert run.Measurement.from_dict("lint uniapp 2000", measured[1].as_dict()) == measured[1]
    saved = {
        "environment": {"wecontact": "wecontact 0.1.0", "commit": "abc1234", "memory_source": "GNU time %M",
                        "runner_peak_rss_mb": 8.0, "machine": {"cpu": "CPU", "cores": 2, "os": "Linux",
                                                                "python": "CPython 3.11"}},
        "k": 3, "seed": 0, "frameworks": ["uniapp"], "projects": {}, "verification": {},
        "measurements": {m.name: m.as_dict() for m in measured},
        "targets": [], "info": [],  # as an older version saved them: without today's rows
    }
    path = tmp_path / "saved.json"
    path.write_text(json.dumps(saved), encoding="utf-8")
    assert run.main(["--load", str(path), "--markdown", "--check"]) == 1  # 4.60x: over the 4x limit
    shown = capsys.readouterr().out
    assert "| lint uni-app 2000 / read 2000 | 4.60x | <= 4x | **FAIL** |" in shown
    assert "| lint uni-app 2000 / read 2000, fastest runs | 4.58x |  | (info) |" in shown
