"""Per-encoder calibration of cross-lingual similarity, and the Korean->English length model.

The calibration set (`calibration/pairs.tsv`) holds Korean sentences of the
sample articles with their Google English, each checked against the bilingual
review in seed-review.md: `good` rows are correct translations, `term` rows are
complete translations with a terminology or name error.

- similarity: `baseline` = median cosine of unrelated pairs (every Korean
  sentence against every *other* row's English: same topic, different
  sentence), `good` = median cosine of the `good` rows. Calibrated similarity
  is 100 * (cos - baseline) / (good - baseline).
- length: mean and standard deviation of log(English chars / Korean chars)
  over all rows (`good` and `term`: a wrong term hardly changes the length),
  counting characters without whitespace.

Numbers for the embedded encoder are shipped in `calibration/<encoder id>.json`;
an unknown encoder is calibrated lazily at first use (a few seconds) and kept in
memory for the run.
"""

from __future__ import annotations

import json
import math
import re
import statistics
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..align import char_len

HERE = Path(__file__).parent / "calibration"
CALIBRATION_VERSION = "cal1"
LENGTH_MODEL_ID = "ko-en-v2"  # v2: lengths without the digits and Latin words both sides have


@dataclass(frozen=True)
class CalibrationPair:
    seed: str
    quality: str  # "good" | "term"
    ko: str
    en: str


@dataclass(frozen=True)
class SimilarityCalibration:
    encoder_id: str
    baseline: float  # median cosine of unrelated pairs -> 0
    good: float  # median cosine of correct translations -> 100
    n_good: int
    n_unrelated: int
    version: str = CALIBRATION_VERSION

    def calibrate(self, cosine: float) -> float:
        """0 = as similar as unrelated sentences, 100 = as similar as a typical good translation.

        Not clipped: above 100 is closer than the typical good pair, below 0 further than unrelated ones.
        """
        return 100.0 * (cosine - self.baseline) / (self.good - self.baseline)


@dataclass(frozen=True)
class LengthModel:
    id: str
    mean: float  # of log(en_chars / ko_chars)
    std: float
    n: int

    def z(self, ko: str, en: str) -> float | None:
        k, e = char_count(ko), char_count(en)
        if k == 0 or e == 0:
            return None
        k, e = translated_chars(ko, en)
        return (math.log(e / k) - self.mean) / self.std


# characters without whitespace (Korean spaces eojeol, English spaces words: not comparable)
char_count = char_len
_SHARED = re.compile(r"[A-Za-z0-9]+")


def translated_chars(ko: str, en: str) -> tuple[int, int]:
    """Characters of each side without the digit groups and Latin words both have (2030, 10%, HBM, SK): English
    copies those at par instead of at ~3 characters per Korean one, so a sentence dense with numbers would look
    short. At least 1 each."""
    en_tokens = set(_SHARED.findall(en))
    shared = sum(len(t) for t in _SHARED.findall(ko) if t in en_tokens)
    return max(1, char_count(ko) - shared), max(1, char_count(en) - shared)


@lru_cache(maxsize=1)
def calibration_pairs() -> tuple[CalibrationPair, ...]:
    rows = []
    lines = (HERE / "pairs.tsv").read_text(encoding="utf-8").splitlines()
    header_seen = False
    for line in lines:
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            continue
        rows.append(CalibrationPair(*cells))
    return tuple(rows)


@lru_cache(maxsize=1)
def length_model() -> LengthModel:
    ratios = [math.log(e / k) for k, e in (translated_chars(p.ko, p.en) for p in calibration_pairs())]
    return LengthModel(LENGTH_MODEL_ID, statistics.fmean(ratios), statistics.stdev(ratios), len(ratios))


_computed: dict[str, SimilarityCalibration] = {}


def shipped_calibration(encoder_id: str) -> SimilarityCalibration | None:
    path = HERE / f"{_safe(encoder_id)}.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("version") != CALIBRATION_VERSION:
        return None
    return SimilarityCalibration(**data)


def similarity_calibration(encoder) -> SimilarityCalibration:
    """The calibration for this encoder: shipped, already computed in this run, or computed now."""
    eid = encoder.id
    cal = _computed.get(eid) or shipped_calibration(eid)
    if cal is None:
        cal = compute_similarity_calibration(encoder)
    _computed[eid] = cal
    return cal


def compute_similarity_calibration(encoder) -> SimilarityCalibration:
    from .embed import embed

    pairs = calibration_pairs()
    ko = embed(encoder, [p.ko for p in pairs])
    en = embed(encoder, [p.en for p in pairs])
    sims = ko @ en.T
    n = len(pairs)
    good = [float(sims[i, i]) for i in range(n) if pairs[i].quality == "good"]
    unrelated = [float(sims[i, j]) for i in range(n) for j in range(n) if i != j]
    return SimilarityCalibration(
        encoder_id=encoder.id,
        baseline=round(statistics.median(unrelated), 6),
        good=round(statistics.median(good), 6),
        n_good=len(good),
        n_unrelated=len(unrelated),
    )


def write_calibration(cal: SimilarityCalibration) -> Path:
    """Ship a calibration as data (used once per new default encoder, see docs/scores.md)."""
    path = HERE / f"{_safe(cal.encoder_id)}.json"
    data = {k: getattr(cal, k) for k in ("encoder_id", "baseline", "good", "n_good", "n_unrelated", "version")}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return path


def _safe(encoder_id: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in encoder_id)
