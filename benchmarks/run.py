#!/usr/bin/env python3
"""Benchmark `wecontact` as users run it: whole processes, wall clock.

    .venv/bin/python benchmarks/run.py [-k 5] [--seed 0] [--cache DIR] [--json FILE] [--markdown] [--check]
    .venv/bin/python benchmarks/run.py --load FILE [--markdown]     # re-print saved results

Generates synthetic projects of 10, 100, 1,000 and 4,000 pages (benchmarks/generate.py)
into a temporary folder, or reuses them from --cache DIR, then times, as separate
processes started with subprocess (median of K runs after one warm-up run each):

  * ``python -c pass``           the interpreter's start-up floor (sys.executable)
  * ``read 1000`` / ``read 4000`` a tiny ``python -c`` script reading every file's bytes (I/O floor)
  * ``wecontact --version``      the CLI's start-up cost
  * ``lint 10`` ... ``lint 4000`` ``wecontact lint PROJECT --exit-zero -f concise -o /dev/null``
  * ``read uniapp 2000`` / ``lint uniapp 2000`` the same on a 2,000-page uni-app project
    (benchmarks/generate_uniapp.py), whose lint/read ratio may be at most twice native's
  * ``read taro 2000`` / ``lint taro 2000``: the same on a 2,000-page Taro 4 project
    (benchmarks/generate_taro.py); its ratio to its read floor must stay within three times
    native's (lint(4000) / read(4000))

and the peak memory (max RSS) of each process, from os.wait4() on that very child
(the kernel's per-process rusage; ru_maxrss). Then it prints the measurements and the
targets (ratios and differences), each marked PASS or FAIL.

Standard library only. Use the interpreter wecontact is installed in: the console script
next to sys.executable is used (or ``sys.executable -m wecontact_cli`` when there is none).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

SIZES = (10, 100, 1000, 4000)
READ_SIZES = (1000, 4000)
UNIAPP_PAGES = 2000
"""The uni-app project (generate_uniapp.py): its lint-to-read ratio may be at most twice native's."""
TARO_PAGES = 2000
"""A Taro 4 project (benchmarks/generate_taro.py): lint's ratio to its own read floor."""

READ_SCRIPT = (
    "import os, sys\n"
    "for folder, _, names in os.walk(sys.argv[1]):\n"
    "    for name in names:\n"
    "        with open(os.path.join(folder, name), 'rb') as f:\n"
    "            f.read()\n"
)

LINT_ARGS = ("--exit-zero", "-f", "concise", "-o", os.devnull)


@dataclass
class Measurement:
    name: str
    cmd: list[str]
    times: list[float] = field(default_factory=list)       # seconds, timed runs only
    rss_kb: list[int] = field(default_factory=list)        # ru_maxrss per timed run (wait4), KiB
    warmup: list[float] = field(default_factory=list)
    gnu_time_kb: int | None = None                         # %M of GNU time, warm-up run, KiB

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def wait4_mb(self) -> float | None:
        return max(self.rss_kb) / 1024 if self.rss_kb else None

    @property
    def gnu_time_mb(self) -> float | None:
        return self.gnu_time_kb / 1024 if self.gnu_time_kb is not None else None

    @property
    def peak_mb(self) -> float | None:
        """GNU time's figure when there is one (exact), else wait4's (an upper bound)."""
        return self.gnu_time_mb if self.gnu_time_mb is not None else self.wait4_mb

    def as_dict(self) -> dict:
        return {
            "cmd": self.cmd, "median_s": self.median, "min_s": min(self.times),
            "max_s": max(self.times), "times_s": self.times, "warmup_s": self.warmup,
            "peak_rss_mb": self.peak_mb, "wait4_max_rss_mb": self.wait4_mb,
            "gnu_time_max_rss_mb": self.gnu_time_mb, "wait4_rss_kb": self.rss_kb,
        }


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def wecontact_command() -> list[str]:
    """The console script installed beside this interpreter, else ``python -m wecontact_cli``."""
    bindir = Path(sys.executable).parent
    for name in ("wecontact", "wecontact.exe"):
        script = bindir / name
        if script.is_file() and os.access(script, os.X_OK):
            return [str(script)]
    return [sys.executable, "-m", "wecontact_cli"]


def find_gnu_time() -> str | None:
    """/usr/bin/time when it is GNU time (it understands -f %M -o FILE), else None."""
    path = "/usr/bin/time"
    if not os.access(path, os.X_OK):
        return None
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "rss")
        try:
            done = subprocess.run([path, "-f", "%M", "-o", out, sys.executable, "-c", "pass"],
                                  capture_output=True)
            with open(out, encoding="ascii") as f:
                int(f.read().split()[-1])
        except (OSError, ValueError, IndexError):
            return None
    return path if done.returncode == 0 else None


def gnu_time_rss(gnu_time: str, cmd: list[str]) -> int:
    """Max RSS (KiB) of one run of cmd, as GNU time reports it (%M)."""
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "rss")
        run_once([gnu_time, "-f", "%M", "-o", out, *cmd])
        with open(out, encoding="ascii") as f:
            return int(f.read().split()[-1])


def run_once(cmd: list[str]) -> tuple[float, int | None]:
    """Wall-clock seconds of one whole process, and its ru_maxrss in KiB (None if unknown).

    On Linux the ru_maxrss of a child started from this process is at least this
    process's own peak RSS (exec records the old address space's high-water mark), so
    it is an upper bound; see peak_floor_mb() and the GNU time figure.
    """
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a chatty child cannot block
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors)
        if hasattr(os, "wait4"):
            # wait4 reaps exactly this child and returns its own rusage (no deltas needed).
            _, status, usage = os.wait4(proc.pid, 0)
            elapsed = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            rss = usage.ru_maxrss
            if sys.platform == "darwin":
                rss //= 1024  # bytes there, KiB on Linux and the BSDs
        else:  # pragma: no cover - Windows
            proc.wait()
            elapsed = time.perf_counter() - start
            rss = None
        errors.seek(0)
        err = errors.read().decode(errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"benchmark command failed (exit {proc.returncode}): {' '.join(cmd)}\n{err}")
    return elapsed, rss


def measure_all(measurements: list[Measurement], k: int, gnu_time: str | None) -> None:
    """One warm-up round, then K rounds; each round runs every command once (interleaved,
    so that drift in machine load spreads over all the measurements alike). The warm-up
    round also measures each command's peak memory under GNU time, when there is one."""
    for round_no in range(k + 1):
        label = "warm-up" if round_no == 0 else f"run {round_no}/{k}"
        log(f"  {label} ...")
        for m in measurements:
            if round_no == 0 and gnu_time:
                m.gnu_time_kb = gnu_time_rss(gnu_time, m.cmd)
            elapsed, rss = run_once(m.cmd)
            if round_no == 0:
                m.warmup.append(elapsed)
            else:
                m.times.append(elapsed)
                if rss is not None:
                    m.rss_kb.append(rss)


# ---------------------------------------------------------------------------------------
# Projects


def generator_digest(generator: str = "generate.py") -> str:
    return hashlib.sha256((HERE / generator).read_bytes()).hexdigest()


def ensure_project(base: Path, pages: int, seed: int, digest: str,
                   generator: str = "generate.py") -> tuple[Path, dict]:
    """The project of `pages` pages under base, generated unless a matching one is cached."""
    kind = {"generate.py": "", "generate_uniapp.py": "uniapp-", "generate_taro.py": "taro-"}[generator]
    folder = base / f"{kind}pages-{pages}-seed-{seed}"
    stamp = base / f"{kind}pages-{pages}-seed-{seed}.json"   # beside, not inside, the project
    if folder.is_dir() and stamp.is_file():
        try:
            info = json.loads(stamp.read_text(encoding="utf-8"))
        except ValueError:
            info = {}
        if info.get("generator_sha256") == digest:
            log(f"  reusing {folder}")
            return folder, info["summary"]
    if folder.exists():
        shutil.rmtree(folder)
    start = time.perf_counter()
    # In a child process: generating in this one would raise its peak RSS, which Linux
    # reports as part of every later child's ru_maxrss (see peak_floor_mb).
    summary_file = base / f"{kind}pages-{pages}-seed-{seed}.summary.json"
    subprocess.run([sys.executable, str(HERE / generator), str(folder), "--pages", str(pages),
                    "--seed", str(seed), "--summary", str(summary_file)],
                   check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    summary = json.loads(summary_file.read_text(encoding="utf-8"))
    summary_file.unlink()
    log(f"  generated {folder} ({summary['files']} files, {summary['bytes'] / 1e6:.1f} MB) "
        f"in {time.perf_counter() - start:.1f} s")
    stamp.write_text(json.dumps({"generator_sha256": digest, "summary": summary}, indent=2),
                     encoding="utf-8")
    return folder, summary


def verify_findings(wecontact: list[str], folder: Path, expected: dict[str, int],
                    scratch: Path) -> dict:
    """Lint once with -f json (untimed): are exactly the planted mistakes reported?"""
    out = scratch / "findings.json"
    subprocess.run([*wecontact, "lint", str(folder), "--exit-zero", "-f", "json", "-o", str(out)],
                   check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    found: dict[str, int] = {}
    for item in json.loads(out.read_text(encoding="utf-8")):
        found[item["code"]] = found.get(item["code"], 0) + 1
    out.unlink()
    found = dict(sorted(found.items()))
    return {"expected": expected, "found": found, "ok": found == expected}


# ---------------------------------------------------------------------------------------
# Report


def targets(by_name: dict[str, Measurement]) -> list[dict]:
    """The targets, as written: ratios of medians, differences of medians, peak memory."""
    rows = []

    def ratio(label: str, a: str, b: str, limit: float) -> None:
        if a in by_name and b in by_name:
            value = by_name[a].median / by_name[b].median
            rows.append({"target": label, "value": value, "shown": f"{value:.2f}x",
                         "limit": f"<= {limit:g}x", "pass": value <= limit})

    def delta(label: str, a: str, b: str, limit: float) -> None:
        if a in by_name and b in by_name:
            value = by_name[a].median - by_name[b].median
            rows.append({"target": label, "value": value, "shown": f"{value:.3f} s",
                         "limit": f"<= {limit:g} s", "pass": value <= limit})

    ratio("lint(4000) / read(4000)", "lint 4000", "read 4000", 8)
    uniapp = f"lint uniapp {UNIAPP_PAGES}"
    if uniapp in by_name and "lint 4000" in by_name:  # twice the native ratio, measured in the same run
        native = by_name["lint 4000"].median / by_name["read 4000"].median
        ratio(f"lint(uniapp {UNIAPP_PAGES}) / read(uniapp {UNIAPP_PAGES})", uniapp, f"read uniapp {UNIAPP_PAGES}",
              round(2 * native, 2))
    ratio("lint(4000) / lint(1000)", "lint 4000", "lint 1000", 4.5)
    delta("version - pass", "wecontact --version", "python -c pass", 0.15)
    delta("lint(10) - pass", "lint 10", "python -c pass", 0.15)
    native, taro = ("lint 4000", "read 4000"), (f"lint taro {TARO_PAGES}", f"read taro {TARO_PAGES}")
    if all(name in by_name for name in (*native, *taro)):
        limit = 3 * by_name[native[0]].median / by_name[native[1]].median
        value = by_name[taro[0]].median / by_name[taro[1]].median
        rows.append({"target": f"lint taro({TARO_PAGES}) / read taro({TARO_PAGES})", "value": value,
                     "shown": f"{value:.2f}x", "limit": f"<= 3 x native = {limit:.2f}x", "pass": value <= limit})
    lint4k = by_name.get("lint 4000")
    if lint4k is not None and lint4k.peak_mb is not None:
        rows.append({"target": "peak RSS of lint(4000)", "value": lint4k.peak_mb,
                     "shown": f"{lint4k.peak_mb:.1f} MB", "limit": "< 150 MB",
                     "pass": lint4k.peak_mb < 150})
    return rows


def info_rows(by_name: dict[str, Measurement]) -> list[tuple[str, str]]:
    """Figures that are not targets but help read the others."""
    rows = []
    if "lint 1000" in by_name and "read 1000" in by_name:
        rows.append(("lint(1000) / read(1000)",
                     f"{by_name['lint 1000'].median / by_name['read 1000'].median:.2f}x"))
    if "lint 4000" in by_name and "python -c pass" in by_name:
        net = by_name["lint 4000"].median - by_name["python -c pass"].median
        rows.append(("lint(4000) - pass, per page", f"{net / 4000 * 1000:.2f} ms"))
    return rows


def plain_table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def markdown_table(headers: list[str], rows: list[list[str]], right: set[int]) -> str:
    sep = ["---:" if i in right else "---" for i in range(len(headers))]
    return "\n".join("| " + " | ".join(r) + " |" for r in [headers, sep, *rows])


def peak_floor_mb() -> float | None:
    """This script's own peak RSS: on Linux, the least ru_maxrss any of its children shows."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return (rss / 1024 if sys.platform == "darwin" else rss) / 1024


def report(result: dict, markdown: bool) -> str:
    meas = result["measurements"]
    mb = lambda value: "" if value is None else f"{value:.1f}"  # noqa: E731
    m_headers = ["measurement", "median s", "min s", "max s", "peak RSS MB"]
    m_rows = [[name, f"{m['median_s']:.3f}", f"{m['min_s']:.3f}", f"{m['max_s']:.3f}", mb(m["peak_rss_mb"])]
              for name, m in meas.items()]
    t_headers = ["target", "measured", "limit", "result"]
    t_rows = [[t["target"], t["shown"], t["limit"], "PASS" if t["pass"] else "FAIL"]
              for t in result["targets"]]
    t_rows += [[label, value, "", "(info)"] for label, value in result["info"]]
    env = result["environment"]
    head = (f"{env['wecontact']}, Python {env['python']}, {env['platform']}, "
            f"{env['cpus']} CPUs; median of {result['k']} runs after 1 warm-up; seed {result['seed']}. "
            + (f"Peak RSS (MB = MiB): GNU time %M of the warm-up run."
               if (env["memory_source"] or "").startswith("GNU") else
               f"Peak RSS (MB = MiB): os.wait4() ru_maxrss, max of the timed runs; an upper bound, "
               f"never below this script's own peak ({mb(env['runner_peak_rss_mb'])} MB)."))
    checks = "; ".join(f"{size} pages: {'as planted' if v['ok'] else 'MISMATCH ' + json.dumps(v)}"
                       for size, v in result["verification"].items())
    if markdown:
        return "\n\n".join([
            f"_{head}_",
            markdown_table(m_headers, m_rows, {1, 2, 3, 4}),
            markdown_table(t_headers, [[r[0], r[1], r[2], f"**{r[3]}**" if r[3] == "FAIL" else r[3]]
                                       for r in t_rows], {1}),
            f"_Findings reported vs planted: {checks}._",
        ]) + "\n"
    return "\n\n".join([head, plain_table(m_headers, m_rows), plain_table(t_headers, t_rows),
                        f"findings reported vs planted: {checks}"]) + "\n"


# ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-k", "--runs", type=int, default=5, metavar="K",
                        help="timed runs per measurement, after one warm-up (default: 5)")
    parser.add_argument("--seed", type=int, default=0, help="generator seed (default: 0)")
    parser.add_argument("--cache", type=Path, metavar="DIR",
                        help="keep the generated projects in DIR and reuse them when the "
                             "generator is unchanged (default: a temporary folder, removed)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="save every number to FILE")
    parser.add_argument("--markdown", action="store_true", help="print README-ready Markdown tables")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target FAILs")
    parser.add_argument("--load", type=Path, metavar="FILE",
                        help="measure nothing: print the tables of a file saved with --json")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("-k must be at least 1")
    if args.load:
        result = json.loads(args.load.read_text(encoding="utf-8"))
        sys.stdout.write(report(result, args.markdown))
        return 1 if args.check and not all(t["pass"] for t in result["targets"]) else 0

    wecontact = wecontact_command()
    version = subprocess.run([*wecontact, "--version"], capture_output=True, text=True, check=True)
    base = args.cache.resolve() if args.cache else Path(tempfile.mkdtemp(prefix="wecontact-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        log(f"projects in {base}")
        digest = generator_digest()
        projects: dict[int, Path] = {}
        summaries: dict[int, dict] = {}
        for size in SIZES:
            projects[size], summaries[size] = ensure_project(base, size, args.seed, digest)
        uniapp, uniapp_summary = ensure_project(base, UNIAPP_PAGES, args.seed, generator_digest("generate_uniapp.py"),
                                                generator="generate_uniapp.py")
        taro_project, taro_summary = ensure_project(base, TARO_PAGES, args.seed, generator_digest("generate_taro.py"),
                                                    "generate_taro.py")

        log("checking the findings against the planted mistakes (untimed)")
        verification = {str(size): verify_findings(wecontact, projects[size],
                                                   summaries[size]["expected_codes"], base)
                        for size in SIZES}
        verification[f"uniapp {UNIAPP_PAGES}"] = verify_findings(wecontact, uniapp,
                                                                uniapp_summary["expected_codes"], base)
        verification[f"taro {TARO_PAGES}"] = verify_findings(wecontact, taro_project, taro_summary["expected_codes"],
                                                             base)

        measurements = [Measurement("python -c pass", [sys.executable, "-c", "pass"])]
        measurements += [Measurement(f"read {size}", [sys.executable, "-c", READ_SCRIPT, str(projects[size])])
                         for size in READ_SIZES]
        measurements.append(Measurement("wecontact --version", [*wecontact, "--version"]))
        measurements += [Measurement(f"lint {size}", [*wecontact, "lint", str(projects[size]), *LINT_ARGS])
                         for size in SIZES]
        measurements += [Measurement(f"read uniapp {UNIAPP_PAGES}", [sys.executable, "-c", READ_SCRIPT, str(uniapp)]),
                         Measurement(f"lint uniapp {UNIAPP_PAGES}", [*wecontact, "lint", str(uniapp), *LINT_ARGS])]
        measurements += [Measurement(f"read taro {TARO_PAGES}", [sys.executable, "-c", READ_SCRIPT, str(taro_project)]),
                         Measurement(f"lint taro {TARO_PAGES}", [*wecontact, "lint", str(taro_project), *LINT_ARGS])]
        gnu_time = find_gnu_time()
        log(f"timing {len(measurements)} commands, 1 warm-up + {args.runs} runs each; "
            f"memory from {'GNU time (warm-up) and ' if gnu_time else ''}os.wait4()")
        measure_all(measurements, args.runs, gnu_time)
    finally:
        if args.cache is None:
            shutil.rmtree(base, ignore_errors=True)

    by_name = {m.name: m for m in measurements}
    result = {
        "environment": {
            "wecontact": version.stdout.strip(), "command": wecontact,
            "python": platform.python_version(), "executable": sys.executable,
            "platform": platform.platform(), "cpus": os.cpu_count(),
            "memory_source": ("GNU time %M (warm-up run)" if gnu_time else "os.wait4() ru_maxrss"
                              if hasattr(os, "wait4") else None),
            "runner_peak_rss_mb": peak_floor_mb(),
        },
        "k": args.runs, "seed": args.seed,
        "projects": {**{str(size): summaries[size] for size in SIZES}, f"uniapp {UNIAPP_PAGES}": uniapp_summary,
                     f"taro {TARO_PAGES}": taro_summary},
        "verification": verification,
        "measurements": {m.name: m.as_dict() for m in measurements},
        "targets": targets(by_name),
        "info": info_rows(by_name),
        "total_s": time.perf_counter() - started,
    }
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        log(f"saved {args.json}")
    log(f"done in {result['total_s']:.0f} s")
    sys.stdout.write(report(result, args.markdown))
    failed = [t for t in result["targets"] if not t["pass"]]
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
