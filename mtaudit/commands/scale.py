"""Options shared by `mtaudit audit` and `mtaudit check` for large corpora, and the streaming run they share.

A command adds the options to its signature with these Annotated types and calls
`run_corpus(...)`; nothing heavy is imported here (start-up < 0.3 s).

    def audit(..., jobs: JobsOpt = 1, resume: ResumeOpt = False, executor: ExecutorOpt = "local",
              scheduler: SchedulerOpt = None, cache_dir: CacheDirOpt = None, no_cache: NoCacheOpt = False):
        summary = run_corpus(paths, out, config, scale_options(jobs, resume, executor, scheduler, cache_dir, no_cache))
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

JobsOpt = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0 = one per CPU core).", min=0)]
ResumeOpt = Annotated[bool, typer.Option("--resume", help="Skip documents whose reports are complete and up to date for this run.")]
ExecutorOpt = Annotated[str, typer.Option("--executor", help="local (this machine) or dask (a Dask cluster, see --scheduler).")]
SchedulerOpt = Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address for --executor dask, e.g. tcp://10.0.0.5:8786.")]
CacheDirOpt = Annotated[
    Optional[Path], typer.Option("--cache-dir", help="Embedding cache folder (default: $MTAUDIT_CACHE_DIR, $XDG_CACHE_HOME/mtaudit, ~/.cache/mtaudit).")
]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Do not read or write the persistent embedding cache.")]


def scale_options(jobs: int = 1, resume: bool = False, executor: str = "local", scheduler: str | None = None,
                  cache_dir: Path | None = None, no_cache: bool = False):
    import os

    from ..corpus import ScaleOptions

    if jobs == 0:
        jobs = os.cpu_count() or 1
    return ScaleOptions(jobs=jobs, executor=executor.strip().lower(), scheduler=scheduler, cache_dir=str(cache_dir) if cache_dir else None,
                        cache=not no_cache, resume=resume)


def run_corpus(paths, out, config, scale, *, formats=None, report_options=None, quiet: bool = False):
    """Stream the audit into `out`, printing one line per document (unless quiet) and input errors on stderr."""
    from ..corpus import audit_to_folder
    from ..types import InputError

    def show(item) -> None:
        if isinstance(item, InputError):
            typer.echo(f"mtaudit: error: {item}", err=True)
        elif not quiet:
            c = item.counts
            line = f"{item.doc_id}: {item.n_pairs} pairs, {c['error']} errors, {c['warning']} warnings, {c['info']} info"
            if item.suppressed:
                line += f", {item.suppressed} suppressed by review"
            if item.resumed:
                line += " (resumed: up to date)"
            typer.echo(line)

    return audit_to_folder([str(p) for p in paths], out, config, scale, formats=formats, report_options=report_options, on_item=show)
