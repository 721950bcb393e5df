"""Reading speed: discover + decode + furniture + segmentation, per seed and on a large synthetic corpus.

    .venv/bin/python benchmarks/bench_io.py [--copies 20]

Kiwi's one-off model load is timed separately (it happens once per process).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mtaudit import io  # noqa: E402
from mtaudit.segment import kiwi  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=20, help="copies of each seed in the synthetic corpus")
    args = ap.parse_args()

    t = time.perf_counter()
    kiwi().split_into_sents("준비에 돌입했다.")
    print(f"kiwi load (once per process): {time.perf_counter() - t:.2f} s")

    units, _ = io.discover([str(ROOT / "pairs")])
    for u in units:
        t = time.perf_counter()
        doc = io.read(u)
        ms = (time.perf_counter() - t) * 1000
        print(f"{u.id}: {len(doc.files[0].text):>6} chars, {len(doc.ko):>3} ko, {len(doc.en):>3} en, {ms:7.1f} ms")

    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.copies):
            for p in (ROOT / "pairs").glob("*.txt"):
                shutil.copy(p, Path(tmp) / f"{i:03d}_{p.name}")
        t = time.perf_counter()
        units, errors = io.discover([tmp])
        chars = segs = 0
        for u in units:
            doc = io.read(u)
            chars += sum(len(f.text) for f in doc.files)
            segs += len(doc.ko) + len(doc.en)
        dt = time.perf_counter() - t
        print(
            f"corpus: {len(units)} files, {chars / 1e6:.2f} M chars, {segs} sentences in {dt:.2f} s "
            f"= {len(units) / dt:.1f} files/s, {chars / dt / 1e3:.0f} K chars/s"
        )


if __name__ == "__main__":
    main()
