"""Audit a corpus into a report folder, streaming: read, audit and write one document at a time.

`audit_to_folder` is what `mtaudit audit` and `mtaudit check` run. It picks the
executor (this process, `jobs` local processes, or a Dask cluster), skips
documents already done when resuming, writes each document's reports as it
arrives (mtaudit/report/stream.py) and returns a summary. No printing: the
caller passes `on_item` to hear about each document or input error.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from . import __version__
from .errors import ConfigError
from .pipeline import AuditConfig, Auditor
from .stats import Stats
from .types import InputError


@dataclass(frozen=True)
class ScaleOptions:
    """How to run (never what the results are): none of this enters the run signature."""

    jobs: int = 1
    executor: str = "local"  # "local" | "dask"
    scheduler: str | None = None  # Dask scheduler address, e.g. tcp://10.0.0.5:8786
    cache_dir: str | None = None  # None: $MTAUDIT_CACHE_DIR, $XDG_CACHE_HOME/mtaudit, ~/.cache/mtaudit
    cache: bool = True  # persistent embedding cache on/off
    resume: bool = False


@dataclass
class CorpusSummary:
    main_file: Path
    signature: str
    documents: int = 0
    resumed: int = 0
    errors: list[InputError] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {"error": 0, "warning": 0, "info": 0})
    stats: Stats = field(default_factory=Stats)
    seconds: float = 0.0


def run_key(auditor: Auditor) -> str:
    """The signature plus what else changes results without being in it (the decisions file's content)."""
    from .pipeline import review_digest

    key = auditor.signature
    if auditor.config.review:
        key += "|review:" + review_digest(auditor.config)
    return key


def audit_to_folder(
    paths: Iterable[str],
    out: str | Path,
    config: AuditConfig,
    scale: ScaleOptions = ScaleOptions(),
    *,
    formats=None,
    report_options=None,
    on_item: Callable | None = None,
) -> CorpusSummary:
    from . import io
    from .cache import cache_dir as resolve_cache_dir
    from .executors import run_dask, run_local, run_pool
    from .report.stream import ReportWriter

    _validate(scale)
    t0 = time.perf_counter()
    stats = Stats()
    cache_dir = str(resolve_cache_dir(scale.cache_dir)) if scale.cache else None
    local = scale.executor == "local" and scale.jobs == 1
    # the main process always builds an Auditor: its signature keys the run (and it does the work when local)
    # results kept in the cache come back as StoredResults, which only the report writer takes
    auditor = Auditor(config, cache_dir=cache_dir, persistent_cache=scale.cache and local, stats=stats, stored_results=True)
    signature = auditor.signature
    if callable(report_options):  # built from the run's rule set (rule docs in the reports)
        report_options = report_options(auditor)
    pages = None
    if cache_dir is not None:  # rendered pages are kept with the other caches (a re-run writes them without rendering)
        from .cache import EmbeddingStore

        pages = EmbeddingStore(cache_dir)
    writer = ReportWriter(out, formats, report_options, signature=signature, version=__version__, run_key=run_key(auditor), page_cache=pages)
    summary = CorpusSummary(main_file=Path(out), signature=signature, stats=stats)

    with stats.timer("read"):
        units, problems = io.discover([str(p) for p in paths])
    for p in problems:
        err = InputError(p.path, p.problem)
        writer.add_error(err)
        summary.errors.append(err)
        if on_item:
            on_item(err)

    done = {i: m for i, u in enumerate(units) if scale.resume and (m := writer.resumable(u)) is not None}
    todo = [u for i, u in enumerate(units) if i not in done]
    if scale.executor == "dask":
        results = run_dask(todo, config, scale.scheduler, cache_dir=cache_dir, persistent=scale.cache, stats=stats, stored_results=True)
    elif scale.jobs > 1:
        results = run_pool(todo, config, scale.jobs, cache_dir=cache_dir, persistent=scale.cache, stats=stats, stored_results=True)
    else:
        results = run_local(todo, auditor)

    try:
        _drain(units, done, results, writer, summary, stats, on_item)
    finally:
        results.close()  # stops a pool or a Dask client early when writing fails
    with stats.timer("report"):
        summary.main_file = writer.finish()
    if pages is not None:
        pages.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def _drain(units, done, results, writer, summary, stats, on_item) -> None:
    for i, unit in enumerate(units):
        if i in done:
            item = writer.skip(done[i])
            summary.resumed += 1
        else:
            got_unit, result = next(results)
            if got_unit is not unit:  # executors yield in input order; anything else is an mtaudit bug
                raise RuntimeError(f"executor returned {got_unit} where {unit} was expected")
            if isinstance(result, InputError):
                writer.add_error(result)
                summary.errors.append(result)
                item = result
            else:
                with stats.timer("report"):
                    item = writer.add(result, unit)
        if not isinstance(item, InputError):
            summary.documents += 1
            for k in summary.counts:
                summary.counts[k] += item.counts.get(k, 0)
        if on_item:
            on_item(item)


def audited_items(paths: Iterable[str], config: AuditConfig, scale: ScaleOptions = ScaleOptions(cache=False)):
    """(auditor, iterator of DocumentResult | InputError in input order) through the chosen executor.

    For commands that need every result at once (`mtaudit check`); `audit_to_folder` streams instead.
    """
    from . import io
    from .cache import cache_dir as resolve_cache_dir
    from .executors import run_dask, run_local, run_pool

    _validate(scale)
    cache_dir = str(resolve_cache_dir(scale.cache_dir)) if scale.cache else None
    local = scale.executor == "local" and scale.jobs == 1
    auditor = Auditor(config, cache_dir=cache_dir, persistent_cache=scale.cache and local)

    def items():
        units, problems = io.discover([str(p) for p in paths])
        for p in problems:
            yield InputError(p.path, p.problem)
        if scale.executor == "dask":
            results = run_dask(units, config, scale.scheduler, cache_dir=cache_dir, persistent=scale.cache, stats=auditor.stats)
        elif scale.jobs > 1:
            results = run_pool(units, config, scale.jobs, cache_dir=cache_dir, persistent=scale.cache, stats=auditor.stats)
        else:
            results = run_local(units, auditor)
        for _, result in results:
            yield result

    return auditor, items()


def _validate(scale: ScaleOptions) -> None:
    if scale.jobs < 1:
        raise ConfigError(f"--jobs must be at least 1 (got {scale.jobs})")
    if scale.executor not in ("local", "dask"):
        raise ConfigError(f"unknown executor {scale.executor!r}: use 'local' or 'dask'")
    if scale.executor == "dask" and not scale.scheduler:
        raise ConfigError("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
