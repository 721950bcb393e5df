"""Scores from optional transformers models: QE per pair, chrF against a pivot translation."""

from __future__ import annotations

from typing import Mapping, Sequence

from .base import Scorer, ScoringContext, mean


class QualityEstimation(Scorer):
    """Pair key `qe`: the QE model's score of (Korean, English); document key `qe_mean`."""

    name = "qe"

    def __init__(self, spec: str):
        self.spec = spec

    def signature(self) -> str:
        from ..hf_models import model_id

        return f"qe:{model_id(self.spec)}"

    def pair_scores(self, ctx: ScoringContext) -> list[dict[str, float]]:
        from ..hf_models import load_qe

        out: list[dict[str, float]] = [{} for _ in ctx.views]
        todo = [i for i, v in enumerate(ctx.views) if v.ko.strip() and v.en.strip()]
        if not todo:
            return out
        model = load_qe(self.spec)
        values = model.score([ctx.views[i].ko for i in todo], [ctx.views[i].en for i in todo])
        for i, value in zip(todo, values):
            out[i] = {"qe": value}
        return out

    def doc_scores(self, ctx: ScoringContext, per_pair: Sequence[Mapping[str, float]]) -> dict[str, float]:
        values = [p["qe"] for p in per_pair if "qe" in p]
        return {"qe_mean": round(mean(values), 6)} if values else {}


class PivotChrF(Scorer):
    """Pair key `pivot_chrf`: chrF (0..100) of the English against the pivot model's translation of the Korean."""

    name = "pivot"

    def __init__(self, spec: str):
        self.spec = spec

    def signature(self) -> str:
        from ..hf_models import model_id

        return f"pivot:{model_id(self.spec)}+chrF"

    def pair_scores(self, ctx: ScoringContext) -> list[dict[str, float]]:
        from sacrebleu.metrics import CHRF

        from ..hf_models import load_pivot

        out: list[dict[str, float]] = [{} for _ in ctx.views]
        todo = [i for i, v in enumerate(ctx.views) if v.ko.strip() and v.en.strip()]
        if not todo:
            return out
        model = load_pivot(self.spec)
        pivots = model.translate([ctx.views[i].ko for i in todo])
        chrf = CHRF()
        for i, pivot in zip(todo, pivots):
            out[i] = {"pivot_chrf": round(chrf.sentence_score(ctx.views[i].en, [pivot]).score, 4)}
        return out

    def doc_scores(self, ctx: ScoringContext, per_pair: Sequence[Mapping[str, float]]) -> dict[str, float]:
        values = [p["pivot_chrf"] for p in per_pair if "pivot_chrf" in p]
        return {"pivot_chrf_mean": round(mean(values), 4)} if values else {}
