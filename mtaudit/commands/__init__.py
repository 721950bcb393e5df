"""Subcommand modules. Each exposes `register(app)`; imports inside them stay light (start-up < 0.3 s)."""

from __future__ import annotations

import importlib

import typer

# One line per feature area; a module that is not there yet is skipped.
MODULES = ["rules", "compare", "terms", "review", "cache", "check", "align_eval"]


def register_all(app: typer.Typer) -> None:
    for name in MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue
            raise
        module.register(app)
