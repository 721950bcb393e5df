"""Cheap run statistics: seconds per stage and counters, mergeable across workers."""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass, field

STAGES = ("read", "segment", "encode", "cache", "align", "rules", "scores", "report")


@dataclass
class Stats:
    seconds: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    def count(self, name: str, n: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + n

    @contextmanager
    def timer(self, stage: str):
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, time.perf_counter() - t0)

    def merge(self, other: "Stats") -> None:
        for k, v in other.seconds.items():
            self.add(k, v)
        for k, n in other.counts.items():
            self.count(k, n)

    def shares(self) -> dict[str, float]:
        """Each stage's fraction of the summed stage time."""
        total = sum(self.seconds.values()) or 1.0
        return {k: self.seconds.get(k, 0.0) / total for k in STAGES if k in self.seconds}

    def to_dict(self) -> dict:
        return {"seconds": {k: round(v, 4) for k, v in sorted(self.seconds.items())}, "counts": dict(sorted(self.counts.items()))}
