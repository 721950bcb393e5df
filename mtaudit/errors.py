"""Errors a user can act on. Each carries a one-line message; the CLI prints it and exits 2."""

from __future__ import annotations


class MtauditError(Exception):
    """Base: something the user gave cannot be used. `str()` is the one-line message."""


class InputError(MtauditError):
    """An input file or folder cannot be read or understood."""

    def __init__(self, path: str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ConfigError(MtauditError):
    """An option, a rule pack, a decisions file or a model reference is wrong."""


class ModelNotAvailable(MtauditError):
    """An optional model (transformers) is missing or cannot be loaded."""
