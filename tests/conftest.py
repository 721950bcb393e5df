"""Shared test set-up. Small edits only: several feature areas add fixtures here."""

import os

import pytest


@pytest.fixture(autouse=True, scope="session")
def _embedding_cache_in_tmp(tmp_path_factory):
    """No test writes the persistent embedding cache into the user's home (mtaudit/cache.py)."""
    old = os.environ.get("MTAUDIT_CACHE_DIR")
    os.environ["MTAUDIT_CACHE_DIR"] = str(tmp_path_factory.mktemp("mtaudit-cache"))
    yield
    if old is None:
        os.environ.pop("MTAUDIT_CACHE_DIR", None)
    else:
        os.environ["MTAUDIT_CACHE_DIR"] = old
