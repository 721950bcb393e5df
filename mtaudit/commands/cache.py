"""`mtaudit cache info` and `mtaudit cache clear`: the persistent embedding cache."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .scale import CacheDirOpt


def register(app: typer.Typer) -> None:
    cache_app = typer.Typer(help="The persistent cache (sentence vectors, read+aligned documents, rule findings, Korean morphemes, document results and rendered report pages kept between runs).", no_args_is_help=True)

    @cache_app.command("info")
    def info(cache_dir: CacheDirOpt = None) -> None:
        """Where the cache is, what it holds (sentence vectors, documents, rule findings, morphemes, document results, report pages) and its size on disk."""
        from ..cache import EmbeddingStore

        store = EmbeddingStore(cache_dir, create=False)
        data = store.info()
        typer.echo(f"cache: {data['path']}" + ("" if Path(data["path"]).exists() else " (not created yet)"))
        typer.echo(f"entries: {data['entries']}")
        typer.echo(f"size: {_human(data['bytes'])}")
        for enc, n in data["encoders"].items():
            typer.echo(f"  {enc}: {n}")
        typer.echo(f"prepared documents (read + aligned): {data['prepared']}")
        for enc, n in data["prepared_encoders"].items():
            typer.echo(f"  {enc}: {n}")
        typer.echo(f"rule findings (per document and rule): {data['rule_findings']}")
        for enc, n in data["rule_findings_encoders"].items():
            typer.echo(f"  {enc}: {n}")
        typer.echo(f"Korean morpheme analyses: {data['morphemes']}")
        typer.echo(f"document results: {data['results']}")
        typer.echo(f"report pages (per document result): {data['pages']}")
        store.close()

    @cache_app.command("clear")
    def clear(
        cache_dir: CacheDirOpt = None,
        encoder: Annotated[Optional[str], typer.Option("--encoder", help="Only this encoder id (as shown by `cache info`).")] = None,
    ) -> None:
        """Delete the cached sentence vectors, prepared documents and rule findings (all, or one encoder's; morphemes, document results and report pages only with all)."""
        from ..cache import EmbeddingStore

        store = EmbeddingStore(cache_dir, create=False)
        n = store.clear(encoder)
        store.close()
        typer.echo(f"removed {n} entries from {store.path}")

    app.add_typer(cache_app, name="cache")


def _human(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"
