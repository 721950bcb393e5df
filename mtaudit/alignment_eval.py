"""Strict precision/recall/F1 of sentence links against a hand-made gold alignment.

A gold file (`tests/gold/*.json`) names sentences by their TEXT, not by index,
so it survives changes of the reader's segmentation:

    {"document": "001_...", "input": "pairs/001_....txt",
     "links": [{"ko": ["대전시가 ... 돌입했다."], "en": ["Daejeon City has begun ..."]},
               {"ko": [], "en": ["Chungbuk-do to create ..."]}],      # an addition
     "ignored": {"ko": [{"text": "광고", "reason": "advertisement"}], "en": []}}

Projection onto the current segmentation: every gold sentence is located in
the side's text (NFKC, whitespace ignored; all copies of a repeated text) and
joined with the segments it overlaps; a connected group of gold sentences and
segments is one *unit*. Gold links and the aligner's links are both rewritten
as sets of units (segments no gold sentence covers — page furniture — are
dropped), and links that share a unit are merged. A link is correct when the
same (Korean units, English units) pair is in the gold: strict, as in
vecalign/bertalign, with 1-0 and 0-1 links counted like the others. Where the
reader splits or merges gold sentences the evaluation says so (`mismatches`).
"""

from __future__ import annotations

import bisect
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from .errors import InputError
from .types import AlignedPair, Document


@dataclass(frozen=True)
class GoldLink:
    ko: tuple[str, ...]
    en: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Gold:
    document: str
    input: str
    links: tuple[GoldLink, ...]
    path: str = ""


def load_gold(path: str | Path) -> Gold:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        links = tuple(GoldLink(tuple(l.get("ko", ())), tuple(l.get("en", ())), l.get("note", "")) for l in data["links"])
        return Gold(data["document"], data["input"], links, str(path))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(str(path), f"not a gold alignment file ({exc.__class__.__name__}: {exc})") from None


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


class _UnionFind:
    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


def _locate(texts: Sequence[str], sentence: str) -> list[set[int]]:
    """Segments overlapped by each occurrence of `sentence` in the concatenated side."""
    pieces = [_squash(t) for t in texts]
    starts, pos = [], 0
    for p in pieces:
        starts.append(pos)
        pos += len(p)
    stream = "".join(pieces)
    needle = _squash(sentence)
    if not needle:
        return []

    def segs(a: int, b: int) -> set[int]:
        first = bisect.bisect_right(starts, a) - 1
        last = bisect.bisect_right(starts, b - 1) - 1
        return {k for k in range(first, last + 1) if pieces[k]}

    found: list[set[int]] = []
    at = stream.find(needle)
    while at >= 0:
        found.append(segs(at, at + len(needle)))
        at = stream.find(needle, at + len(needle))
    if found or len(needle) < 40:
        return found
    # the reader changed something inside the sentence: anchor on its first and last 20 characters
    head, tail = needle[:20], needle[-20:]
    at = stream.find(head)
    while at >= 0:
        end = stream.find(tail, at + len(head))
        if end >= 0 and end - at <= 2 * len(needle):
            found.append(segs(at, end + len(tail)))
        at = stream.find(head, at + 1)
    return found


@dataclass
class EvalResult:
    document: str
    tp: int
    n_test: int
    n_gold: int
    mismatches: list[str] = field(default_factory=list)
    false_links: list[str] = field(default_factory=list)  # aligner links not in the gold
    missed_links: list[str] = field(default_factory=list)  # gold links the aligner did not produce

    @property
    def precision(self) -> float:
        return self.tp / self.n_test if self.n_test else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _merge_links(links: list[tuple[frozenset, frozenset]]) -> set[tuple[frozenset, frozenset]]:
    uf = _UnionFind()
    for k, (ko, en) in enumerate(links):
        uf.find(("link", k))
        for u in ko:
            uf.union(("link", k), ("ko", u))
        for u in en:
            uf.union(("link", k), ("en", u))
    groups: dict = {}
    for k, (ko, en) in enumerate(links):
        g = groups.setdefault(uf.find(("link", k)), (set(), set()))
        g[0].update(ko)
        g[1].update(en)
    return {(frozenset(a), frozenset(b)) for a, b in groups.values() if a or b}


def evaluate(doc: Document, pairs: Sequence[AlignedPair], gold: Gold) -> EvalResult:
    """Strict link precision/recall of `pairs` against `gold`, projected onto `doc`'s segmentation."""
    mismatches: list[str] = []
    sides = {"ko": [s.text for s in doc.ko], "en": [s.text for s in doc.en]}
    uf = {"ko": _UnionFind(), "en": _UnionFind()}
    covered: dict[str, set[int]] = {"ko": set(), "en": set()}
    gold_ids: dict[tuple[str, str], int] = {}
    seg_hits: dict[str, dict[int, set[int]]] = {"ko": {}, "en": {}}
    for link in gold.links:
        for side, sentences in (("ko", link.ko), ("en", link.en)):
            for text in sentences:
                key = (side, text)
                if key in gold_ids:
                    continue
                gid = gold_ids[key] = len(gold_ids)
                uf[side].find(("g", gid))
                occurrences = _locate(sides[side], text)
                if not occurrences:
                    mismatches.append(f"{side} gold sentence not found in the current segmentation: {text[:60]!r}")
                for segs in occurrences:
                    if len(segs) > 1:
                        mismatches.append(f"{side} gold sentence split over {len(segs)} segments: {text[:60]!r}")
                    for s in segs:
                        uf[side].union(("g", gid), ("s", s))
                        covered[side].add(s)
                        seg_hits[side].setdefault(s, set()).add(gid)
    for side in ("ko", "en"):
        for s, gids in seg_hits[side].items():
            if len(gids) > 1:
                mismatches.append(f"{side} segment {s} holds {len(gids)} gold sentences: {sides[side][s][:60]!r}")

    def unit(side: str, node) -> str:
        return str(uf[side].find(node))

    gold_links = [
        (
            frozenset(unit("ko", ("g", gold_ids[("ko", t)])) for t in link.ko),
            frozenset(unit("en", ("g", gold_ids[("en", t)])) for t in link.en),
        )
        for link in gold.links
    ]
    test_links = []
    for p in pairs:
        ko = frozenset(unit("ko", ("s", i)) for i in p.ko if i in covered["ko"])
        en = frozenset(unit("en", ("s", j)) for j in p.en if j in covered["en"])
        if ko or en:
            test_links.append((ko, en))
    g = _merge_links(gold_links)
    t = _merge_links(test_links)

    def show(link) -> str:
        ko_segs = sorted(s for s in covered["ko"] if unit("ko", ("s", s)) in link[0])
        en_segs = sorted(s for s in covered["en"] if unit("en", ("s", s)) in link[1])
        ko_txt = " | ".join(sides["ko"][s][:30] for s in ko_segs) or "-"
        en_txt = " | ".join(sides["en"][s][:30] for s in en_segs) or "-"
        return f"{len(link[0])}-{len(link[1])} ko{ko_segs} en{en_segs}: {ko_txt} <-> {en_txt}"

    return EvalResult(
        document=gold.document,
        tp=len(g & t),
        n_test=len(t),
        n_gold=len(g),
        mismatches=sorted(set(mismatches)),
        false_links=[show(x) for x in sorted(t - g, key=show)],
        missed_links=[show(x) for x in sorted(g - t, key=show)],
    )


def find_input(gold: Gold, pairs_dir: str | None = None) -> Path:
    """The article a gold file refers to: in `pairs_dir`, relative to the cwd, or to the repo holding the gold."""
    name = Path(gold.input).name
    candidates = []
    if pairs_dir:
        candidates.append(Path(pairs_dir) / name)
    candidates.append(Path(gold.input))
    if gold.path:
        candidates.append(Path(gold.path).resolve().parents[2] / gold.input)
    for c in candidates:
        if c.is_file():
            return c
    raise InputError(gold.input, f"input of gold file {gold.path} not found (pass --pairs DIR)")


def gold_files(paths: Sequence[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(p.glob("*.json")))
        elif p.is_file():
            out.append(p)
        else:
            raise InputError(str(p), "no such gold file or folder")
    if not out:
        raise InputError(", ".join(map(str, paths)), "no gold alignment files (*.json) found")
    return out


def run_eval(gold_paths: Sequence[str | Path], encoder, pairs_dir: str | None = None) -> list[EvalResult]:
    """Read each gold file's article with the current reader, align it, and evaluate."""
    from . import io
    from .align import align

    results = []
    for gp in gold_files(gold_paths):
        gold = load_gold(gp)
        src = find_input(gold, pairs_dir)
        units, problems = io.discover([str(src)])
        if problems:
            raise InputError(str(src), problems[0].problem)
        doc = io.read(units[0])
        results.append(evaluate(doc, align(doc, encoder), gold))
    return results


def micro(results: Sequence[EvalResult]) -> tuple[float, float, float]:
    tp = sum(r.tp for r in results)
    nt = sum(r.n_test for r in results)
    ng = sum(r.n_gold for r in results)
    p = tp / nt if nt else 0.0
    r = tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
