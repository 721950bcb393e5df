"""Where documents are audited: in this process, in a pool of local processes, or on a Dask cluster.

Every executor takes the same micro-batches of inputs (BATCH_DOCUMENTS per
task, in input order), audits them with an `Auditor` that each worker builds
once (encoder and rules loaded once per process), and yields
`(unit, DocumentResult | InputError)` in input order, whatever order the
workers finish in. Results do not depend on the executor: encoding is
batch-invariant (mtaudit/batching.py), so the JSON is byte-identical.

At most `2 x workers` batches are in flight, so a corpus of any size streams
through in flat memory.
"""

from __future__ import annotations

import math
import os
import re
import threading
from collections import deque
from typing import Iterator, Sequence

from .errors import ConfigError
from .pipeline import BATCH_DOCUMENTS, AuditConfig, Auditor
from .stats import Stats

EXECUTORS = ("local", "dask")


def _batches(units: Sequence, size: int):
    for i in range(0, len(units), size):
        yield list(units[i : i + size])


def run_local(units: Sequence, auditor: Auditor, batch: int = BATCH_DOCUMENTS) -> Iterator[tuple]:
    for chunk in _batches(units, batch):
        yield from zip(chunk, auditor.audit_units(chunk))


# ------------------------------------------------------------------ process pool

_WORKER: Auditor | None = None


def _init_worker(config: AuditConfig, cache_dir: str | None, persistent: bool, stored_results: bool = False) -> None:
    global _WORKER
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one core per worker; the pool supplies the parallelism
    _WORKER = Auditor(config, cache_dir=cache_dir, persistent_cache=persistent, stored_results=stored_results)


def _work(units: list) -> tuple[list, Stats]:
    auditor = _WORKER
    auditor.stats = Stats()
    _rewire_stats(auditor)
    results = auditor.audit_units(units)
    return results, auditor.stats


def _rewire_stats(auditor: Auditor) -> None:
    """Point the encoder timers at the auditor's fresh Stats (one Stats per task, merged by the caller)."""
    enc = auditor.encoder
    while enc is not None:
        if hasattr(enc, "stats"):
            enc.stats = auditor.stats
        enc = getattr(enc, "inner", None)


def run_pool(units: Sequence, config: AuditConfig, jobs: int, *, cache_dir: str | None, persistent: bool, stats: Stats,
             batch: int = BATCH_DOCUMENTS, stored_results: bool = False) -> Iterator[tuple]:
    """`stored_results`: see pipeline.Auditor (the items may then be StoredResults)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("spawn")  # no fork of a process holding BLAS threads or a SQLite handle
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=(config, cache_dir, persistent, stored_results)) as pool:
        yield from _in_order(_batches(units, batch), lambda chunk: pool.submit(_work, chunk), lambda f: f.result(), 2 * jobs, stats)


def _in_order(chunks, submit, result, window: int, stats: Stats) -> Iterator[tuple]:
    pending: deque = deque()
    chunks = iter(chunks)
    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= window:
            break
    while pending:
        chunk, fut = pending.popleft()
        results, part = result(fut)
        stats.merge(part)
        nxt = next(chunks, None)
        if nxt is not None:
            pending.append((nxt, submit(nxt)))
        yield from zip(chunk, results)


# ------------------------------------------------------------------ dask

SCHEDULER_SCHEMES = ("tcp", "tls", "ucx", "inproc")
_HOST = r"\[[0-9A-Fa-f:.]+(?:%[\w.-]+)?\]|[A-Za-z0-9._-]+"  # [IPv6] or a name / IPv4
_HOST_PORT = re.compile(rf"(?:{_HOST}):(?P<port>[^:]*)")


def check_scheduler_address(address: str) -> str:
    """`address` if it names a Dask scheduler ([SCHEME://]HOST:PORT), else a ConfigError naming --scheduler.

    Checked before a Client is made: given a bad address, a Client fails inside its connection thread
    and then hangs for a minute while it closes."""
    scheme, sep, rest = address.strip().rpartition("://")
    scheme = scheme.lower() if sep else "tcp"

    def bad(why: str) -> ConfigError:
        return ConfigError(f"--scheduler {address!r}: not a scheduler address ({why}; expected tcp://HOST:PORT)")

    if scheme not in SCHEDULER_SCHEMES:
        raise bad(f"unknown scheme {scheme!r}: use {', '.join(SCHEDULER_SCHEMES)}")
    if scheme == "inproc":  # inproc://IP/PID/N, an address inside one process: no port
        if not rest or any(ch.isspace() for ch in rest):
            raise bad("no inproc location")
        return address.strip()
    m = _HOST_PORT.fullmatch(rest)
    if m is None:
        raise bad("no port" if re.fullmatch(_HOST, rest) else "not HOST:PORT")
    port = m.group("port")
    if not port.isdigit() or not 1 <= int(port) <= 65535:
        raise bad(f"port {port!r} is not a number from 1 to 65535")
    return address.strip()


def connect_timeout() -> float:
    """Seconds to keep trying to reach the scheduler: $MTAUDIT_DASK_CONNECT_TIMEOUT (docs/scale.md), default 30."""
    text = os.environ.get("MTAUDIT_DASK_CONNECT_TIMEOUT", "30")
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds) or seconds <= 0:
        raise ConfigError(f"MTAUDIT_DASK_CONNECT_TIMEOUT={text!r}: not a number of seconds greater than 0")
    return seconds


_DASK_AUDITORS: dict = {}
_DASK_LOCK = threading.Lock()


def _dask_work(config: AuditConfig, cache_dir: str | None, persistent: bool, units: list, stored_results: bool = False) -> tuple[list, Stats]:
    """Runs on a Dask worker: the Auditor (encoder, rules) is built once per worker process and reused.

    A worker with several threads runs its tasks one at a time: the Auditor's caches, its SQLite
    connection and its per-task Stats are not shared between threads (start workers with
    `--nthreads 1` and one process per core for parallelism, docs/scale.md)."""
    key = (repr(config), cache_dir, persistent, stored_results)
    with _DASK_LOCK:
        auditor = _DASK_AUDITORS.get(key)
        if auditor is None:
            auditor = _DASK_AUDITORS[key] = Auditor(config, cache_dir=cache_dir, persistent_cache=persistent, stored_results=stored_results)
        auditor.stats = Stats()
        _rewire_stats(auditor)
        return auditor.audit_units(units), auditor.stats


def run_dask(units: Sequence, config: AuditConfig, scheduler: str, *, cache_dir: str | None, persistent: bool, stats: Stats,
             batch: int = BATCH_DOCUMENTS, timeout: float | None = None, stored_results: bool = False) -> Iterator[tuple]:
    scheduler = check_scheduler_address(scheduler)
    if timeout is None:  # how long to keep trying to reach the scheduler (docs/scale.md)
        timeout = connect_timeout()
    try:
        from distributed import Client
    except ImportError:
        raise ConfigError("--executor dask needs dask.distributed: pip install 'mtaudit[dask]'") from None
    try:
        client = Client(scheduler, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        n = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info().get("workers", {}).values()))
        yield from _in_order(
            _batches(units, batch),
            lambda chunk: client.submit(_dask_work, config, cache_dir, persistent, chunk, stored_results, pure=False),
            lambda f: f.result(),
            2 * n,
            stats,
        )
    finally:
        client.close()
