"""Helpers shared by the benchmark scripts: machine description, timing, peak memory, tables.

The scripts in ``benchmarks/`` are plain Python programs (``python benchmarks/X.py``); each
runs its measurements in fresh child processes (:func:`run_child`) so that peak memory and
start-up costs of one measurement do not leak into the next.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: Marker line that separates a child's JSON answer from anything else it printed.
RESULT_MARK = "@@BENCH-RESULT@@ "


def shared_corpus() -> Path | None:
    """``../shared/corpus`` next to the repository, or ``None`` when it is absent."""
    path = ROOT.parent / "shared" / "corpus"
    return path if path.is_dir() else None


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"


def cores() -> int:
    """CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def machine() -> dict[str, Any]:
    """What the numbers were measured on: CPUs, CPU model, RAM, Python and key libraries."""
    return {
        "cpus": cores(),
        "cpu": _cpu_model(),
        "ram_gb": _ram_gb(),
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "pyoxigraph": _version("pyoxigraph"),
        "rdflib": _version("rdflib"),
        "networkx": _version("networkx"),
    }


def machine_text() -> str:
    """One line describing :func:`machine`."""
    m = machine()
    ram = f"{m['ram_gb']} GB RAM" if m["ram_gb"] else "RAM unknown"
    return (
        f"Machine: {m['cpus']} CPUs ({m['cpu']}), {ram}, Python {m['python']}, {m['os']}; "
        f"pyoxigraph {m['pyoxigraph']}, rdflib {m['rdflib']}, networkx {m['networkx']}"
    )


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def children_peak_rss_mb() -> float:
    """Largest peak resident memory of any finished child process, in MB."""
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


class Stopped(Exception):
    """A measurement was stopped: it ran out of time or memory (the message says which)."""


def current_rss_mb() -> float:
    """Resident memory of this process now, in MiB (0 where ``/proc`` is missing)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


@contextmanager
def limits(seconds: float | None = None, rss_mb: float | None = None) -> Iterator[None]:
    """Raise :class:`Stopped` in the main thread after ``seconds`` or above ``rss_mb`` of memory.

    Python code is interrupted between bytecodes, so a long native call ends first. Use in
    the main thread of a benchmark child process only (it installs signal handlers).
    """
    reason: list[str] = []

    def stop(_signum: int, _frame: object) -> None:
        raise Stopped(reason[0] if reason else f"> {seconds:g} s")

    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.2):
            if rss_mb and current_rss_mb() > rss_mb:
                reason.append(f"> {rss_mb:,.0f} MB")
                signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGUSR1)
                return

    old_alarm = signal.signal(signal.SIGALRM, stop)
    old_usr1 = signal.signal(signal.SIGUSR1, stop)
    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    if seconds:
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        done.set()
        watcher.join()
        signal.signal(signal.SIGALRM, old_alarm)
        signal.signal(signal.SIGUSR1, old_usr1)


def dir_size_mb(path: Path) -> float:
    """Bytes of all files under ``path``, in MB."""
    total = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return round(total / 1e6, 1)


@dataclass(frozen=True)
class Timing:
    """Latencies of repeated runs of one operation."""

    median: float
    runs: int
    rows: int | None


def median_time(fn: Callable[[], int | None], repeats: int = 5, budget: float = 60.0) -> Timing:
    """Median wall time of ``repeats`` calls of ``fn`` (fewer when a call exceeds ``budget``).

    Parameters
    ----------
    fn : callable
        The operation; it may return a row count, reported with the timing.
    repeats : int
        Number of calls.
    budget : float
        Seconds: when the calls so far took more than this, stop repeating.

    Returns
    -------
    Timing
        Median seconds, the number of calls made and the last row count.
    """
    times: list[float] = []
    rows = None
    for _ in range(max(1, repeats)):
        t0 = time.perf_counter()
        rows = fn()
        times.append(time.perf_counter() - t0)
        if sum(times) > budget:
            break
    return Timing(statistics.median(times), len(times), rows)


def run_child(script: Path, args: Sequence[str], timeout: float | None = None) -> dict[str, Any]:
    """Run ``python script args`` and return the JSON dict it printed after :data:`RESULT_MARK`.

    The child's peak memory is added as ``child_peak_rss_mb`` (largest process of its tree,
    from ``wait4``) and its wall time as ``child_wall_s``.

    Raises
    ------
    RuntimeError
        When the child fails or prints no result.
    """
    cmd = [sys.executable, str(script), *args]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(ROOT)
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise RuntimeError(f"{' '.join(cmd)}: timed out after {timeout} s") from None
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    for line in reversed(out.splitlines()):
        if line.startswith(RESULT_MARK):
            result = json.loads(line[len(RESULT_MARK) :])
            result.setdefault("child_wall_s", round(wall, 3))
            return result
    raise RuntimeError(f"{' '.join(cmd)} printed no result:\n{out[-2000:]}\n{err[-2000:]}")


def emit(result: dict[str, Any]) -> None:
    """Print a child's result for :func:`run_child` (with this process's peak memory)."""
    result.setdefault("peak_rss_mb", peak_rss_mb())
    result.setdefault("children_peak_rss_mb", children_peak_rss_mb())
    print(RESULT_MARK + json.dumps(result), flush=True)


def fmt(value: Any, digits: int = 2) -> str:
    """A table cell: numbers rounded to ``digits`` significant decimals, ``None`` as ``-``."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if value == 0:
            return "0"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 1:
            return f"{value:,.{digits}f}"
        return f"{value:.{digits}g}" if abs(value) < 0.01 else f"{value:.{digits + 1}f}"
    return str(value)


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A Markdown table (pipes, aligned columns) of already formatted or raw cells."""
    cells = [[fmt(c) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], len(c))

    def line(items: Sequence[str]) -> str:
        return "| " + " | ".join(s.ljust(w) for s, w in zip(items, widths, strict=False)) + " |"

    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), sep, *(line(r) for r in cells)])


def parse_sizes(text: str) -> list[int]:
    """``"10k,100k,1M"`` as ``[10000, 100000, 1000000]``.

    Examples
    --------
    >>> parse_sizes("10k, 100k,1M,500")
    [10000, 100000, 1000000, 500]
    """
    out = []
    for part in text.split(","):
        part = part.strip().lower()
        if not part:
            continue
        scale = 1
        if part[-1] in "km":
            scale = 1000 if part[-1] == "k" else 1_000_000
            part = part[:-1]
        out.append(int(float(part) * scale))
    return out


def size_label(n: int) -> str:
    """``1000000`` as ``"1M"``, ``10000`` as ``"10k"``.

    Examples
    --------
    >>> size_label(1_000_000), size_label(10_000), size_label(2500)
    ('1M', '10k', '2.5k')
    """
    if n >= 1_000_000 and n % 100_000 == 0:
        return f"{n / 1_000_000:g}M"
    if n >= 1000 and n % 100 == 0:
        return f"{n / 1000:g}k"
    return str(n)


def load_text() -> str:
    """How busy the CPUs are right now (other work skews wall times and speed-ups)."""
    try:
        one, five, _rest = Path("/proc/loadavg").read_text().split(maxsplit=2)
    except (OSError, ValueError):
        return "Load: unknown"
    text = f"Load average {one} (1 min), {five} (5 min) on {cores()} CPUs"
    try:
        some = Path("/proc/pressure/cpu").read_text().splitlines()[0].split()
        text += f"; CPU pressure {some[1].split('=')[1]} % (10 s)"
    except (OSError, IndexError):
        pass
    return text


def revision() -> str:
    """The git commit of the checkout (``+changes`` when files differ from it)."""
    try:
        out = subprocess.run(
            ["git", "describe", "--always", "--dirty=+changes"],
            cwd=str(ROOT),
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out.stdout.strip() or "unknown"


def header(title: str) -> str:
    """The title, the machine, the code revision, the current load and the command line."""
    cmd = " ".join(["python", *sys.argv])
    return (
        f"# {title}\n\n{machine_text()}\nCode: conflict-kg {revision()}\n"
        f"{load_text()} at start\nCommand: {cmd}\n"
    )
