#!/usr/bin/env python3
"""Benchmark `wecontact` as users run it: whole processes, wall clock, every target of issue 13.

    .venv/bin/python benchmarks/run.py [-k 5] [--quick] [--seed 0] [--framework F] [--cache DIR]
                                       [--json FILE] [--markdown] [--check]
    .venv/bin/python benchmarks/run.py --load FILE [--markdown] [--check]    # re-print saved results

Generates, for each framework (native: generate.py, uni-app: generate_uniapp.py, Taro:
generate_taro.py), projects of 1, 2,000 and 8,000 pages and two more copies of the 2,000-page
one, into a temporary folder (or reuses them from --cache DIR), then times, as separate
processes (median of K runs after one warm-up run each, the runs interleaved):

  * ``python -c pass``                  the interpreter's start-up floor (sys.executable)
  * ``wecontact --version``             the CLI's start-up cost
  * ``read F 2000`` / ``read F 8000``   a tiny ``python -c`` script reading every file's bytes (I/O floor)
  * ``lint F 1`` / ``2000`` / ``8000``  ``wecontact lint PROJECT --exit-zero -f concise -o /dev/null``,
                                        cold: ``WECONTACT_NO_CACHE=1``
  * ``doctor F 2000``                   ``wecontact doctor PROJECT``, cold as well
  * ``lint F 2000 cached``              lint of the copy without WECONTACT_NO_CACHE: its warm-up
                                        run fills the cache, the timed runs read it (a run of an
                                        unchanged project is a replay: lint/replay.py)
  * ``lint F 2000 one page edited``     the same in a third copy, one page touched before each
                                        run (``sh -c 'printf "\\n" >> PAGE && exec wecontact lint ...'``):
                                        no replay, one page linted, the rest from the cache

and the peak memory (max RSS) of each command, from GNU time around the warm-up run when
/usr/bin/time is GNU time, else from os.wait4(). Then it prints the measurements and the
targets, each with its limit and PASS or FAIL, and the machine it ran on.

Every timed command runs without PYTHONDONTWRITEBYTECODE: users' installs have .pyc files.
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

FRAMEWORKS = {"native": "generate.py", "uniapp": "generate_uniapp.py", "taro": "generate_taro.py"}
"""Framework -> its project generator (each writes the same shop pages in its own syntax)."""
SMALL, PAGES, LARGE = 1, 2000, 8000
"""The one-page project (start-up), the project of the throughput targets, the scaling one."""
READ_LIMITS = {"native": 3.0, "uniapp": 4.0, "taro": 4.0}
"""lint(2000) / read(2000) for each framework."""

READ_SCRIPT = (
    "import os, sys\n"
    "for folder, _, names in os.walk(sys.argv[1]):\n"
    "    for name in names:\n"
    "        with open(os.path.join(folder, name), 'rb') as f:\n"
    "            f.read()\n"
)

LINT_ARGS = ("--exit-zero", "-f", "concise", "-o", os.devnull)
NO_CACHE = {"WECONTACT_NO_CACHE": "1"}
"""Cold runs: the lint cache neither read nor written (a variable older builds simply ignore)."""


@dataclass
class Measurement:
    name: str
    cmd: list[str]
    env: dict[str, str] = field(default_factory=dict)        # added to the base environment
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

    @classmethod
    def from_dict(cls, name: str, saved: dict) -> Measurement:
        """A measurement as ``as_dict`` saved it (for --load)."""
        gnu = saved.get("gnu_time_max_rss_mb")
        return cls(name, saved["cmd"], saved.get("env", {}), list(saved["times_s"]),
                   list(saved.get("wait4_rss_kb", [])), list(saved.get("warmup_s", [])),
                   round(gnu * 1024) if gnu is not None else None)

    def as_dict(self) -> dict:
        return {
            "cmd": self.cmd, "env": self.env, "median_s": self.median, "min_s": min(self.times),
            "max_s": max(self.times), "times_s": self.times, "warmup_s": self.warmup,
            "peak_rss_mb": self.peak_mb, "wait4_max_rss_mb": self.wait4_mb,
            "gnu_time_max_rss_mb": self.gnu_time_mb, "wait4_rss_kb": self.rss_kb,
        }


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def base_environment() -> dict[str, str]:
    """This environment, minus what would make the timed commands unlike a user's run:
    PYTHONDONTWRITEBYTECODE (users have .pyc files) and WECONTACT_NO_CACHE (set per command)."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "WECONTACT_NO_CACHE")}


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


def gnu_time_rss(gnu_time: str, cmd: list[str], env: dict[str, str]) -> int:
    """Max RSS (KiB) of one run of cmd, as GNU time reports it (%M)."""
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "rss")
        run_once([gnu_time, "-f", "%M", "-o", out, *cmd], env)
        with open(out, encoding="ascii") as f:
            return int(f.read().split()[-1])


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, int | None]:
    """Wall-clock seconds of one whole process, and its ru_maxrss in KiB (None if unknown).

    On Linux the ru_maxrss of a child started from this process is at least this
    process's own peak RSS (exec records the old address space's high-water mark), so
    it is an upper bound; see peak_floor_mb() and the GNU time figure.
    """
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a chatty child cannot block
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors, env=env)
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
    base = base_environment()
    for round_no in range(k + 1):
        label = "warm-up" if round_no == 0 else f"run {round_no}/{k}"
        log(f"  {label} ...")
        for m in measurements:
            env = {**base, **m.env}
            if round_no == 0 and gnu_time:
                m.gnu_time_kb = gnu_time_rss(gnu_time, m.cmd, env)
            elapsed, rss = run_once(m.cmd, env)
            if round_no == 0:
                m.warmup.append(elapsed)
            else:
                m.times.append(elapsed)
                if rss is not None:
                    m.rss_kb.append(rss)


# ---------------------------------------------------------------------------------------
# Projects


def generator_digest(generator: str) -> str:
    return hashlib.sha256((HERE / generator).read_bytes()).hexdigest()


def ensure_project(base: Path, framework: str, pages: int, seed: int, copy: str = "") -> tuple[Path, dict]:
    """The project of `pages` pages under base, generated unless a matching one is cached.
    ``copy`` names a second, identical project (the cached lint runs in its own)."""
    generator = FRAMEWORKS[framework]
    digest = generator_digest(generator)
    name = f"{framework}-pages-{pages}-seed-{seed}{copy}"
    folder, stamp = base / name, base / f"{name}.json"   # the stamp beside, not inside, the project
    if folder.is_dir() and stamp.is_file():
        try:
            info = json.loads(stamp.read_text(encoding="utf-8"))
        except ValueError:
            info = {}
        if info.get("generator_sha256") == digest:
            log(f"  reusing {folder}")
            # A lint cache left by an earlier run (one without WECONTACT_NO_CACHE) is no part of
            # the generated project: the read floor would read it, and a cached run would start
            # warm. Each run's own warm-up fills what it measures.
            shutil.rmtree(folder / ".wecontact_cache", ignore_errors=True)
            return folder, info["summary"]
    if folder.exists():
        shutil.rmtree(folder)
    start = time.perf_counter()
    # In a child process: generating in this one would raise its peak RSS, which Linux
    # reports as part of every later child's ru_maxrss (see peak_floor_mb).
    summary_file = base / f"{name}.summary.json"
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


def verify_findings(wecontact: list[str], folder: Path, expected: dict[str, int], scratch: Path,
                    env: dict[str, str]) -> dict:
    """Lint once with -f json (untimed): are exactly the planted mistakes reported?"""
    out = scratch / "findings.json"
    subprocess.run([*wecontact, "lint", str(folder), "--exit-zero", "-f", "json", "-o", str(out)],
                   check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env={**base_environment(), **env})
    found: dict[str, int] = {}
    for item in json.loads(out.read_text(encoding="utf-8")):
        found[item["code"]] = found.get(item["code"], 0) + 1
    out.unlink()
    found = dict(sorted(found.items()))
    return {"expected": expected, "found": found, "ok": found == expected}


# ---------------------------------------------------------------------------------------
# The machine


def machine() -> dict:
    """What the figures were measured on: CPU model, cores, RAM, OS, Python."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), cpu)
    except OSError:
        pass
    try:
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        ram = None
    system = platform.platform(terse=True)
    try:
        system = f"{platform.freedesktop_os_release()['PRETTY_NAME']}, {platform.system()} {platform.release()}"
    except (OSError, KeyError, AttributeError):
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gib": ram, "os": system,
            "python": f"{platform.python_implementation()} {platform.python_version()}"}


def git_commit() -> str | None:
    """The checkout's commit (and "+changes" when it has uncommitted ones), if git can tell."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=HERE,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + ("+changes" if dirty else "")


# ---------------------------------------------------------------------------------------
# Report


LABELS = {"native": "native", "uniapp": "uni-app", "taro": "Taro"}


def targets(by_name: dict[str, Measurement], frameworks: list[str]) -> list[dict]:
    """The targets of issue 13: ratios and differences of medians, peak memory."""
    rows = []

    def ratio(label: str, a: str, b: str, limit: float) -> None:
        if a in by_name and b in by_name:
            value = by_name[a].median / by_name[b].median
            rows.append({"target": label, "value": value, "shown": f"{value:.2f}x",
                         "limit": f"<= {limit:g}x", "pass": value <= limit})

    def delta(label: str, a: str, b: str, limit_ms: float) -> None:
        if a in by_name and b in by_name:
            value = by_name[a].median - by_name[b].median
            rows.append({"target": label, "value": value, "shown": f"{value * 1000:.0f} ms",
                         "limit": f"<= {limit_ms:g} ms", "pass": value * 1000 <= limit_ms})

    delta("wecontact --version - python -c pass", "wecontact --version", "python -c pass", 40)
    for fw in frameworks:
        delta(f"lint {LABELS[fw]} 1 page - python -c pass", f"lint {fw} {SMALL}", "python -c pass", 100)
    for fw in frameworks:
        ratio(f"lint {LABELS[fw]} {PAGES} / read {PAGES}", f"lint {fw} {PAGES}", f"read {fw} {PAGES}",
              READ_LIMITS[fw])
    for fw in frameworks:
        ratio(f"lint {LABELS[fw]} {LARGE} / lint {PAGES}", f"lint {fw} {LARGE}", f"lint {fw} {PAGES}", 4.4)
    for fw in frameworks:
        ratio(f"doctor {LABELS[fw]} {PAGES} / lint {PAGES}", f"doctor {fw} {PAGES}", f"lint {fw} {PAGES}", 1.2)
    for fw in frameworks:
        ratio(f"cached lint {LABELS[fw]} {PAGES} / read {PAGES}", f"lint {fw} {PAGES} cached",
              f"read {fw} {PAGES}", 1.5)
    for fw in frameworks:
        large = by_name.get(f"lint {fw} {LARGE}")
        if large is not None and large.peak_mb is not None:
            rows.append({"target": f"peak memory, lint {LABELS[fw]} {LARGE}", "value": large.peak_mb,
                         "shown": f"{large.peak_mb:.1f} MB", "limit": "< 100 MB", "pass": large.peak_mb < 100})
    return rows


def info_rows(by_name: dict[str, Measurement], frameworks: list[str]) -> list[tuple[str, str]]:
    """Figures that are not targets but help read the others. The cold ratios again, of the
    fastest runs: a median of nine still moves with the machine (two runs minutes apart put
    Taro's read floor at 80 and 96 ms), the fastest run far less, so this row tells a change
    in wecontact from a change in the machine."""
    rows = []
    for fw in frameworks:
        lint, read = by_name.get(f"lint {fw} {PAGES}"), by_name.get(f"read {fw} {PAGES}")
        if lint is not None and read is not None and lint.times and read.times:
            rows.append((f"lint {LABELS[fw]} {PAGES} / read {PAGES}, fastest runs",
                         f"{min(lint.times) / min(read.times):.2f}x"))
    for fw in frameworks:
        lint, read = by_name.get(f"lint {fw} {LARGE}"), by_name.get(f"read {fw} {LARGE}")
        if lint is not None and read is not None:
            rows.append((f"lint {LABELS[fw]} {LARGE} / read {LARGE}", f"{lint.median / read.median:.2f}x"))
    for fw in frameworks:
        edited, read = by_name.get(f"lint {fw} {PAGES} one page edited"), by_name.get(f"read {fw} {PAGES}")
        if edited is not None and read is not None:
            rows.append((f"cached lint {LABELS[fw]} {PAGES}, one page edited / read {PAGES}",
                         f"{edited.median / read.median:.2f}x"))
    for fw in frameworks:
        lint, floor = by_name.get(f"lint {fw} {LARGE}"), by_name.get("python -c pass")
        if lint is not None and floor is not None:
            rows.append((f"lint {LABELS[fw]} {LARGE} - pass, per page",
                         f"{(lint.median - floor.median) / LARGE * 1000:.3f} ms"))
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


def describe(result: dict) -> str:
    """One paragraph: the build, the machine, the method."""
    env, box = result["environment"], result["environment"]["machine"]
    mb = lambda value: "" if value is None else f"{value:.1f}"  # noqa: E731
    ram = f", {box['ram_gib']:.1f} GiB RAM" if box.get("ram_gib") else ""
    commit = f" (commit {env['commit']})" if env.get("commit") else ""
    memory = ("Peak memory (MB = MiB): GNU time %M of the warm-up run."
              if (env["memory_source"] or "").startswith("GNU") else
              f"Peak memory (MB = MiB): os.wait4() ru_maxrss, max of the timed runs; an upper bound, "
              f"never below this script's own peak ({mb(env['runner_peak_rss_mb'])} MB).")
    return (f"{env['wecontact']}{commit} on {box['cpu']} ({box['cores']} cores){ram}, {box['os']}, "
            f"{box['python']}. Median of {result['k']} runs after 1 warm-up, interleaved; seed "
            f"{result['seed']}; .pyc files written; cold runs with WECONTACT_NO_CACHE=1. {memory}")


def report(result: dict, markdown: bool) -> str:
    meas = result["measurements"]
    mb = lambda value: "" if value is None else f"{value:.1f}"  # noqa: E731
    m_headers = ["measurement", "median s", "min s", "max s", "peak MB"]
    m_rows = [[name, f"{m['median_s']:.3f}", f"{m['min_s']:.3f}", f"{m['max_s']:.3f}", mb(m["peak_rss_mb"])]
              for name, m in meas.items()]
    t_headers = ["target", "measured", "limit", "result"]
    t_rows = [[t["target"], t["shown"], t["limit"], "PASS" if t["pass"] else "FAIL"] for t in result["targets"]]
    t_rows += [[label, value, "", "(info)"] for label, value in result["info"]]
    verification = result["verification"]
    wrong = {name: v for name, v in verification.items() if not v["ok"]}
    checks = (f"all {len(verification)} lint runs as planted ({', '.join(verification)})" if not wrong else
              "; ".join(f"{name}: MISMATCH {json.dumps(v)}" for name, v in wrong.items()))
    if markdown:
        return "\n\n".join([
            f"_{describe(result)}_",
            markdown_table(t_headers, [[r[0], r[1], r[2], f"**{r[3]}**" if r[3] == "FAIL" else r[3]]
                                       for r in t_rows], {1}),
            markdown_table(m_headers, m_rows, {1, 2, 3, 4}),
            f"_Findings reported vs planted: {checks}._",
        ]) + "\n"
    return "\n\n".join([describe(result), plain_table(t_headers, t_rows), plain_table(m_headers, m_rows),
                        f"findings reported vs planted: {checks}"]) + "\n"


# ---------------------------------------------------------------------------------------


def first_view(project: Path) -> str:
    """The first page view of a project, in path order (the page the edited-page runs grow by a
    line break each: a change that alters no finding)."""
    return min(str(p) for p in project.rglob("*") if p.suffix in (".wxml", ".vue", ".tsx") and "pages" in p.parts)


def plan(wecontact: list[str], frameworks: list[str], projects: dict[str, Path]) -> list[Measurement]:
    """Every command to time, in the order of a round."""
    read = lambda key: [sys.executable, "-c", READ_SCRIPT, str(projects[key])]  # noqa: E731
    lint = lambda key: [*wecontact, "lint", str(projects[key]), *LINT_ARGS]  # noqa: E731
    found = [Measurement("python -c pass", [sys.executable, "-c", "pass"]),
             Measurement("wecontact --version", [*wecontact, "--version"])]
    for fw in frameworks:
        found += [Measurement(f"lint {fw} {SMALL}", lint(f"{fw} {SMALL}"), NO_CACHE),
                  Measurement(f"read {fw} {PAGES}", read(f"{fw} {PAGES}")),
                  Measurement(f"lint {fw} {PAGES}", lint(f"{fw} {PAGES}"), NO_CACHE),
                  Measurement(f"doctor {fw} {PAGES}", [*wecontact, "doctor", str(projects[f"{fw} {PAGES}"])],
                              NO_CACHE),
                  Measurement(f"lint {fw} {PAGES} cached", lint(f"{fw} {PAGES} copy")),
                  Measurement(f"lint {fw} {PAGES} one page edited",
                              ["sh", "-c", 'printf "\\n" >> "$0" && exec "$@"', first_view(projects[f"{fw} {PAGES} edited"]),
                               *lint(f"{fw} {PAGES} edited")]),
                  Measurement(f"read {fw} {LARGE}", read(f"{fw} {LARGE}")),
                  Measurement(f"lint {fw} {LARGE}", lint(f"{fw} {LARGE}"), NO_CACHE)]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-k", "--runs", type=int, default=5, metavar="K",
                        help="timed runs per measurement, after one warm-up (default: 5)")
    parser.add_argument("--quick", action="store_true", help="2 timed runs instead of K: a rough look")
    parser.add_argument("--seed", type=int, default=0, help="generator seed (default: 0)")
    parser.add_argument("--framework", action="append", choices=list(FRAMEWORKS), metavar="F",
                        help="only this framework (native, uniapp, taro; repeatable; default: all)")
    parser.add_argument("--cache", type=Path, metavar="DIR",
                        help="keep the generated projects in DIR and reuse them when the "
                             "generator is unchanged (default: a temporary folder, removed)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="save every number to FILE")
    parser.add_argument("--markdown", action="store_true", help="print README-ready Markdown tables")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target FAILs")
    parser.add_argument("--load", type=Path, metavar="FILE",
                        help="measure nothing: print the tables of the measurements a file saved with --json holds")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("-k must be at least 1")
    if args.load:  # the targets and information rows worked out anew, as this version reports them
        result = json.loads(args.load.read_text(encoding="utf-8"))
        saved = {name: Measurement.from_dict(name, m) for name, m in result["measurements"].items()}
        result["targets"] = targets(saved, result["frameworks"])
        result["info"] = info_rows(saved, result["frameworks"])
        sys.stdout.write(report(result, args.markdown))
        return 1 if args.check and not all(t["pass"] for t in result["targets"]) else 0
    runs = 2 if args.quick else args.runs
    frameworks = [fw for fw in FRAMEWORKS if fw in (args.framework or FRAMEWORKS)]

    wecontact = wecontact_command()
    version = subprocess.run([*wecontact, "--version"], capture_output=True, text=True, check=True)
    base = args.cache.resolve() if args.cache else Path(tempfile.mkdtemp(prefix="wecontact-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        log(f"projects in {base}")
        projects: dict[str, Path] = {}
        summaries: dict[str, dict] = {}
        for fw in frameworks:
            for pages in (SMALL, PAGES, LARGE):
                projects[f"{fw} {pages}"], summaries[f"{fw} {pages}"] = ensure_project(base, fw, pages, args.seed)
            projects[f"{fw} {PAGES} copy"], _ = ensure_project(base, fw, PAGES, args.seed, copy="-copy")
            projects[f"{fw} {PAGES} edited"], _ = ensure_project(base, fw, PAGES, args.seed, copy="-edited")

        log("checking the findings against the planted mistakes (untimed)")
        verification = {key: verify_findings(wecontact, projects[key], summaries[key]["expected_codes"], base,
                                             NO_CACHE) for key in summaries}
        for fw in frameworks:  # the cached copy: once to fill the cache, once read from it
            for label in ("cache filled", "from the cache"):
                verification[f"{fw} {PAGES} {label}"] = verify_findings(
                    wecontact, projects[f"{fw} {PAGES} copy"], summaries[f"{fw} {PAGES}"]["expected_codes"],
                    base, {})

        measurements = plan(wecontact, frameworks, projects)
        gnu_time = find_gnu_time()
        log(f"timing {len(measurements)} commands, 1 warm-up + {runs} runs each; "
            f"memory from {'GNU time (warm-up) and ' if gnu_time else ''}os.wait4()")
        measure_all(measurements, runs, gnu_time)
    finally:
        if args.cache is None:
            shutil.rmtree(base, ignore_errors=True)

    by_name = {m.name: m for m in measurements}
    result = {
        "environment": {
            "wecontact": version.stdout.strip(), "commit": git_commit(), "command": wecontact,
            "machine": machine(), "executable": sys.executable,
            "memory_source": ("GNU time %M (warm-up run)" if gnu_time else "os.wait4() ru_maxrss"
                              if hasattr(os, "wait4") else None),
            "runner_peak_rss_mb": peak_floor_mb(),
        },
        "k": runs, "seed": args.seed, "frameworks": frameworks,
        "projects": summaries,
        "verification": verification,
        "measurements": {m.name: m.as_dict() for m in measurements},
        "targets": targets(by_name, frameworks),
        "info": info_rows(by_name, frameworks),
        "total_s": time.perf_counter() - started,
    }
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        log(f"saved {args.json}")
    log(f"done in {result['total_s']:.0f} s")
    sys.stdout.write(report(result, args.markdown))
    failed = [t for t in result["targets"] if not t["pass"]] + [v for v in verification.values() if not v["ok"]]
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
