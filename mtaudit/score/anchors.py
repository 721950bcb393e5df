"""Anchor coverage: the share of numbers, Latin tokens and romanised names kept on both sides.

Anchors are the things a translation must carry over unchanged (in value):
numbers (16명 -> "16 people", 4대 -> "four major", 1172억 원 -> "117.2 billion
won", 2산단 -> "2nd"), Latin tokens inside the Korean (LG, SK, R&D) and Korean
names in romanised form. The shared `mtaudit.anchors` module (also used by the
aligner) does the extraction, with names resolved across the document.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from ..anchors import DocumentAnchors, compare as compare_anchors
from .base import Scorer, ScoringContext


def pair_counts(views) -> list[dict[str, float]]:
    """Anchor counts per pair (pairs with an empty side get none)."""
    todo = [i for i, v in enumerate(views) if v.ko.strip() and v.en.strip()]
    out: list[dict[str, float]] = [{} for _ in views]
    da = DocumentAnchors.build([views[i].ko for i in todo], [views[i].en for i in todo])
    for row, i in enumerate(todo):
        ko, en = da.ko[row], da.en[row]
        c = compare_anchors(ko, en)
        extra = c.extra  # not the numbers the English only spells out (Anchors.spelled: 양 기관 "the two institutions")
        # and a Korean one the English says with a word ("1년 전" "a year ago", 주 1회 "once a week")
        one = 1 if "n:1" in ko.numbers and "n:1" not in en.numbers else 0
        missing, numbers_missing = c.missing - one, c.numbers_missing - one
        total = c.matched + missing + extra
        out[i] = {"anchors": float(total), "anchors_missing": float(missing + extra)}
        if total:
            out[i]["anchor_cov"] = round(c.matched / total, 4)
            out[i]["numbers_missing"] = float(numbers_missing)
            out[i]["names_missing"] = float(c.names_missing)
    return out


class AnchorCoverage(Scorer):
    """Pair keys: `anchors` (count), `anchors_missing` (count), `anchor_cov` (0..1, absent when no anchors)."""

    name = "anchor"

    def pair_scores(self, ctx: ScoringContext) -> list[dict[str, float]]:
        if ctx.memo is not None:  # the counts depend on the pairs' texts only
            return [dict(c) for c in ctx.memo("anchor", lambda: pair_counts(ctx.views))]
        return pair_counts(ctx.views)

    def doc_scores(self, ctx: ScoringContext, per_pair: Sequence[Mapping[str, float]]) -> dict[str, float]:
        total = sum(p.get("anchors", 0.0) for p in per_pair)
        if not total:
            return {}
        missing = sum(p.get("anchors_missing", 0.0) for p in per_pair)
        return {"anchor_cov": round((total - missing) / total, 4), "anchors_missing": missing}
