"""Reference-based metrics with sacrebleu, when the document has a human reference.

Per pair: sentence BLEU (effective order, as `sacrebleu -sl` does), chrF and
TER of the pair's English against its aligned reference segments. Per
document: corpus BLEU, chrF and TER over the same (hypothesis, reference)
lines, exactly what `sacrebleu REF -i HYP -m bleu chrf ter` prints for files
holding those lines. The sacrebleu signatures go to `DocumentResult.meta`
(keys `sacrebleu.bleu`, `sacrebleu.chrf`, `sacrebleu.ter`, `sacrebleu.sentence_bleu`).
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from ..types import AlignedPair, Document
from .base import Scorer, ScoringContext


def metrics():
    """Fresh sacrebleu metric objects with the default settings (the CLI's defaults)."""
    from sacrebleu.metrics import BLEU, CHRF, TER

    return {"bleu": BLEU(), "chrf": CHRF(), "ter": TER()}


def sentence_bleu():
    from sacrebleu.metrics import BLEU

    return BLEU(effective_order=True)


def sacrebleu_signatures() -> dict[str, str]:
    """The signature strings of the metrics above, with one reference per segment (nrefs:1)."""
    out = {}
    named = dict(metrics())
    named["sentence_bleu"] = sentence_bleu()
    for name, m in named.items():
        m.corpus_score(["x"], [["x"]])  # sacrebleu fills nrefs in the signature once it has scored
        out[f"sacrebleu.{name}"] = str(m.get_signature())
    return out


def reference_lines(views) -> tuple[list[str], list[str]]:
    """(hypotheses, references), one line per pair that has English or a reference."""
    hyps, refs = [], []
    for v in views:
        if v.has_ref and (v.en.strip() or v.ref.strip()):
            hyps.append(v.en)
            refs.append(v.ref)
    return hyps, refs


class ReferenceMetrics(Scorer):
    """Pair keys `bleu`, `chrf`, `ter` (0..100, TER may exceed 100; lower TER is better); same keys per document."""

    name = "ref"

    def signature(self) -> str:
        import sacrebleu

        return f"ref:sacrebleu-{sacrebleu.__version__}"

    def pair_scores(self, ctx: ScoringContext) -> list[dict[str, float]]:
        out: list[dict[str, float]] = [{} for _ in ctx.views]
        if not ctx.doc.ref:
            return out
        m = metrics()
        sbleu = sentence_bleu()
        for i, v in enumerate(ctx.views):
            if not v.has_ref or not (v.en.strip() or v.ref.strip()):
                continue
            refs = [v.ref]
            out[i] = {
                "bleu": sbleu.sentence_score(v.en, refs).score,
                "chrf": m["chrf"].sentence_score(v.en, refs).score,
                "ter": m["ter"].sentence_score(v.en, refs).score,
            }
        return out

    def doc_scores(self, ctx: ScoringContext, per_pair: Sequence[Mapping[str, float]]) -> dict[str, float]:
        if not ctx.doc.ref:
            return {}
        hyps, refs = reference_lines(ctx.views)
        if not hyps:
            return {}
        return {name: metric.corpus_score(hyps, [refs]).score for name, metric in metrics().items()}


# --- aligning a reference to the English, when the aligner did not ------------------------------

PRE_PAIRED = {"tsv", "csv", "jsonl", "tmx", "xliff"}
_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


def align_reference(doc: Document, pairs: Sequence[AlignedPair]) -> dict[int, tuple[int, ...]]:
    """pair index -> reference segment indices.

    Pre-paired inputs (TSV/CSV/JSONL/TMX/XLIFF) with as many reference as
    English segments: 1-1 by position. Otherwise (NAME.ref.txt) a monotone DP over English/reference segments with
    1-1, 1-2, 2-1, 1-0 and 0-1 steps scored by word overlap and length.
    """
    n_en, n_ref = len(doc.en), len(doc.ref)
    if not n_ref or not n_en:
        return {}
    if n_en == n_ref and (doc.given_links is not None or doc.input_format in PRE_PAIRED):
        en_to_ref = {i: (i,) for i in range(n_en)}
    else:
        en_to_ref = _dp(doc)
    out: dict[int, tuple[int, ...]] = {}
    for p in pairs:
        refs = sorted({r for e in p.en for r in en_to_ref.get(e, ())})
        if refs:
            out[p.index] = tuple(refs)
    return out


def _dp(doc: Document) -> dict[int, tuple[int, ...]]:
    en = [s.text for s in doc.en]
    ref = [s.text for s in doc.ref]
    n, m = len(en), len(ref)
    skip = -0.2  # a segment left unaligned

    def sim(es: list[int], rs: list[int]) -> float:
        a = " ".join(en[i] for i in es)
        b = " ".join(ref[j] for j in rs)
        la, lb = max(1, len(a)), max(1, len(b))
        return _overlap(a, b) + 0.3 * min(la, lb) / max(la, lb)

    inf = float("-inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    steps = [(1, 1), (1, 2), (2, 1), (1, 0), (0, 1)]
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i][j] == inf:
                continue
            for di, dj in steps:
                a, b = i + di, j + dj
                if a > n or b > m:
                    continue
                if di and dj:
                    gain = sim(list(range(i, a)), list(range(j, b))) - (0.1 if di + dj > 2 else 0.0)
                else:
                    gain = skip
                if best[i][j] + gain > best[a][b]:
                    best[a][b] = best[i][j] + gain
                    back[a][b] = (i, j)
    out: dict[int, tuple[int, ...]] = {}
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj = back[i][j]
        if i > pi and j > pj:
            for e in range(pi, i):
                out[e] = tuple(range(pj, j))
        i, j = pi, pj
    return out
