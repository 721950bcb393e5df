"""A reviewer's decisions on flagged terms, and feeding them back into audits.

decisions.py  the decisions file (YAML): model, loader with line numbers, atomic writer
apply.py      dismissed -> suppressed, confirmed corrections -> suggestions, promoted renderings -> a term pack
app.py        the local web app behind `mtaudit review` (Starlette, server-rendered)
"""

from __future__ import annotations

from .apply import apply_decisions, promoted_pack
from .decisions import DECISIONS_FILENAME, ConcurrentEdit, Decision, Decisions, default_decisions_path, load_decisions

__all__ = [
    "DECISIONS_FILENAME",
    "ConcurrentEdit",
    "Decision",
    "Decisions",
    "apply_decisions",
    "default_decisions_path",
    "load_decisions",
    "promoted_pack",
]
