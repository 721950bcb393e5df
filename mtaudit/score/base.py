"""What every scorer shares: one class per score, sacrebleu-style.

A scorer computes per-pair statistics first (`pair_scores`), aggregates them
into document scores second (`doc_scores`), and says in `signature()` every
setting that changed its numbers. Scorers are pure: same pairs -> same numbers,
whatever the order of the pairs or the batch they arrive in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from ..types import AlignedPair, Document, Finding


@dataclass(frozen=True)
class PairView:
    """One aligned pair as text: what the scorers look at."""

    index: int
    kind: str  # "1-1", "1-0", ...
    ko: str
    en: str
    ref: str
    has_ref: bool
    findings: tuple[Finding, ...] = ()


@dataclass
class ScoringContext:
    """Everything one document's scoring may use; `scores` fills up as the scorers run."""

    doc: Document
    pairs: Sequence[AlignedPair]
    views: Sequence[PairView]
    findings: Sequence[Finding]
    encoder: object | None = None
    config: object | None = None
    scores: list[dict[str, float]] = field(default_factory=list)  # per pair, same order as views
    doc_scores: dict[str, float] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)  # signatures of third-party metrics (sacrebleu)
    # memo(name, compute) -> a result of this document kept from an earlier run (the pipeline's persistent
    # cache, mtaudit/rulecache.py), else compute(); only for results that depend on the document and its
    # pairs alone
    memo: object | None = None

    def option(self, name: str, default=None):
        options = getattr(self.config, "options", None) or {}
        return options.get(name, default)


class Scorer:
    """Base class: subclasses set `name`/`version` and implement the two steps."""

    name: str = "base"
    version: str = "1"

    def signature(self) -> str:
        return f"{self.name}:v{self.version}"

    def pair_scores(self, ctx: ScoringContext) -> list[dict[str, float]]:
        """One dict per pair (possibly empty: a score that does not apply is absent, never 0)."""
        raise NotImplementedError

    def doc_scores(self, ctx: ScoringContext, per_pair: Sequence[Mapping[str, float]]) -> dict[str, float]:
        return {}


def clamp(x: float, lo: float = 0.0, hi: float = 1.0) -> float:
    return lo if x < lo else hi if x > hi else x


def mean(values: Sequence[float]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None
