"""Length ratio of a pair as a z-score against the Korean->English length model."""

from __future__ import annotations

import math
from typing import Mapping, Sequence

from .base import Scorer, ScoringContext
from .calibration import char_count, length_model


class LengthRatio(Scorer):
    """Pair keys: `len_ratio` (English chars / Korean chars) and `len_z`.

    len_z = (log(len_ratio) - mu) / sigma with mu, sigma from the calibration
    pairs; |len_z| > 2 is unusual, > 3 is rare for a complete translation.
    """

    name = "len"

    def signature(self) -> str:
        return f"len:{length_model().id}"

    def pair_scores(self, ctx: ScoringContext) -> list[dict[str, float]]:
        model = length_model()
        out: list[dict[str, float]] = []
        for v in ctx.views:
            k, e = char_count(v.ko), char_count(v.en)
            if k == 0 or e == 0:
                out.append({})
                continue
            z = model.z(v.ko, v.en)
            out.append({"len_ratio": round(e / k, 4), "len_z": round(z, 4)})
        return out

    def doc_scores(self, ctx: ScoringContext, per_pair: Sequence[Mapping[str, float]]) -> dict[str, float]:
        # Whole-document ratio: a large omission or addition shows here even when each pair looks fine.
        ko = sum(char_count(s.text) for s in ctx.doc.ko)
        en = sum(char_count(s.text) for s in ctx.doc.en)
        if ko == 0 or en == 0:
            return {}
        model = length_model()
        z = (math.log(en / ko) - model.mean) / model.std
        return {"len_ratio": round(en / ko, 4), "len_z": round(z, 4)}
