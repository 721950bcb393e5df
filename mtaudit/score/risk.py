"""The combined risk score: what to review first (0 = nothing suspicious, 100 = certainly look).

Per pair (each term documented in docs/scores.md, "risk:v1"):

    F = min(60, 40 * errors + 20 * warnings + 5 * infos)      findings on the pair
    S = 30 * clamp((70 - sim) / 70)                           low calibrated similarity
    M = 30 for an untranslated Korean segment (1-0), 15 for English without source (0-1)
    L = 15 * clamp((|len_z| - 2) / 2)                          unusual length ratio
    A = 15 * (1 - anchor_cov) * min(1, anchors / 2)            lost numbers / Latin tokens / names
    Q = 20 * (1 - clamp(qe))                                   QE model, when --qe
    P = 10 * clamp((50 - pivot_chrf) / 50)                     disagreement with the pivot, when --pivot
    risk = min(100, F + S + M + L + A + Q + P)

Per document:

    top = mean of the k highest pair risks, k = max(3, ceil(pairs / 4))
    density = (40 * errors + 20 * warnings + 5 * infos) / 40 / max(1, pairs)   all findings, document-level too
    risk = min(100, 0.7 * top + 30 * clamp(density))
"""

from __future__ import annotations

import math
from typing import Mapping, Sequence

from ..types import Severity
from .base import Scorer, ScoringContext, clamp

WEIGHTS = {Severity.ERROR: 40.0, Severity.WARNING: 20.0, Severity.INFO: 5.0}
RISK_VERSION = "v1"


def pair_risk(scores: Mapping[str, float], kind: str, findings) -> dict[str, float]:
    f = min(60.0, sum(WEIGHTS[x.severity] for x in findings))
    s = 30.0 * clamp((70.0 - scores["sim"]) / 70.0) if "sim" in scores else 0.0
    m = 30.0 if kind == "1-0" else 15.0 if kind == "0-1" else 0.0
    z = scores.get("len_z")
    l_ = 15.0 * clamp((abs(z) - 2.0) / 2.0) if z is not None else 0.0
    a = 0.0
    if "anchor_cov" in scores:
        a = 15.0 * (1.0 - scores["anchor_cov"]) * min(1.0, scores.get("anchors", 0.0) / 2.0)
    q = 20.0 * (1.0 - clamp(scores["qe"])) if "qe" in scores else 0.0
    p = 10.0 * clamp((50.0 - scores["pivot_chrf"]) / 50.0) if "pivot_chrf" in scores else 0.0
    total = min(100.0, f + s + m + l_ + a + q + p)
    return {"risk": round(total, 4)}


class Risk(Scorer):
    """Pair key `risk`; document keys `risk`, `risk_top`, `finding_density`."""

    name = "risk"

    def signature(self) -> str:
        return f"risk:{RISK_VERSION}"

    def pair_scores(self, ctx: ScoringContext) -> list[dict[str, float]]:
        return [pair_risk(scores, v.kind, v.findings) for scores, v in zip(ctx.scores, ctx.views)]

    def doc_scores(self, ctx: ScoringContext, per_pair: Sequence[Mapping[str, float]]) -> dict[str, float]:
        risks = sorted((p["risk"] for p in per_pair), reverse=True)
        k = max(3, math.ceil(len(risks) / 4))
        top = sum(risks[:k]) / len(risks[:k]) if risks else 0.0
        weight = sum(WEIGHTS[f.severity] for f in ctx.findings)
        density = weight / 40.0 / max(1, len(risks))
        risk = min(100.0, 0.7 * top + 30.0 * clamp(density))
        return {"risk": round(risk, 4), "risk_top": round(top, 4), "finding_density": round(density, 4)}
