"""Rule-matching cost: linear in the text, nearly independent of the pack size.

A synthetic pack of N term rules (random Korean terms, English expected/bad renderings) is run over
M synthetic segment pairs in which some terms occur (with particles, in compounds, with bad and good
renderings). The script times the pack rules alone and the full check (with every code rule), for
the pack at N and 2N rules and the text at M/2 and M pairs.

    .venv/bin/python benchmarks/rules_bench.py                 # 5,000 rules x 50,000 pairs (a few minutes)
    .venv/bin/python benchmarks/rules_bench.py --rules 500 --pairs 2000   # quick look
"""

from __future__ import annotations

import argparse
import random
import time

from mtaudit.rules import RuleSet, check_document, code_rule_instances
from mtaudit.rules.base import Example, RuleInfo
from mtaudit.rules.pack import Pack, TermRule
from mtaudit.types import AlignedPair, Document, Lang, Segment, Severity, SourceFile, Span

_WORDS = (
    "government industry battery plan support company region policy market growth investment council city "
    "technology research complex designation ceremony cooperation export supply chain value minister ministry "
    "semiconductor material equipment innovation project budget"
).split()
_PARTICLES = ["은", "는", "을", "를", "의", "에", "이", "가", "과", "산업", ""]


def _hangul(rng: random.Random, n: int) -> str:
    return "".join(chr(0xAC00 + rng.randrange(11172)) for _ in range(n))


def _english_word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghklmnprstvwz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))


def make_pack(n_rules: int, seed: int = 1) -> tuple[Pack, list[tuple[str, str, str]]]:
    rng = random.Random(seed)
    rules = []
    terms = []
    seen: set[str] = set()
    while len(rules) < n_rules:
        ko = _hangul(rng, rng.randint(3, 5))
        if ko in seen:
            continue
        seen.add(ko)
        good = f"{_english_word(rng)} {_english_word(rng)}"
        bad = f"{_english_word(rng)} {rng.choice(_WORDS)}"
        i = len(rules) + 1
        info = RuleInfo(
            id=f"B-TERM-{i:05d}", name=f"term-{i}", kind="term", severity=Severity.ERROR,
            message="{source} rendered as '{rendering}'; write '{expected}'", docs="synthetic",
            fail=(Example(ko=ko, en=bad),), passes=(Example(ko=ko, en=good),), pack="bench",
        )
        rules.append(TermRule(info, Severity.INFO, (ko,), (), (good,), (), (bad,)))
        terms.append((ko, good, bad))
    return Pack("bench", "bench.yaml", f"{n_rules:064d}", tuple(rules)), terms


def make_document(n_pairs: int, terms: list[tuple[str, str, str]], seed: int = 2) -> tuple[Document, list[AlignedPair]]:
    rng = random.Random(seed)
    ko_lines, en_lines = [], []
    for _ in range(n_pairs):
        ko_words = [_hangul(rng, rng.randint(2, 4)) + rng.choice(_PARTICLES) for _ in range(rng.randint(6, 14))]
        en_words = [rng.choice(_WORDS) for _ in range(rng.randint(10, 24))]
        for _ in range(rng.choice((0, 0, 1, 2))):  # some sentences hold a term, half rendered badly
            ko, good, bad = rng.choice(terms)
            ko_words.insert(rng.randrange(len(ko_words) + 1), ko + rng.choice(_PARTICLES))
            en_words.insert(rng.randrange(len(en_words) + 1), bad if rng.random() < 0.5 else good)
        ko_lines.append(" ".join(ko_words) + ".")
        en_lines.append(" ".join(en_words).capitalize() + ".")
    ko_text = "\n".join(ko_lines) + "\n"
    en_text = "\n".join(en_lines) + "\n"
    ko_segs, en_segs = [], []
    for lang, lines, segs, fi in ((Lang.KO, ko_lines, ko_segs, 0), (Lang.EN, en_lines, en_segs, 1)):
        pos = 0
        for i, line in enumerate(lines):
            segs.append(Segment(i, lang, line, Span(fi, pos, pos + len(line))))
            pos += len(line) + 1
    doc = Document("bench", (SourceFile("ko.txt", ko_text), SourceFile("en.txt", en_text)), ko=tuple(ko_segs), en=tuple(en_segs))
    pairs = [AlignedPair(i, (i,), (i,)) for i in range(n_pairs)]
    return doc, pairs


def time_check(ruleset: RuleSet, doc: Document, pairs: list[AlignedPair]) -> tuple[float, int]:
    # CPU time of this process: the machine may be shared, and wall-clock time then measures the neighbours
    t = time.process_time()
    findings = check_document(doc, pairs, ruleset)
    return time.process_time() - t, len(findings)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rules", type=int, default=5000)
    ap.add_argument("--pairs", type=int, default=50000)
    ap.add_argument("--repeat", type=int, default=2, help="best of this many runs per configuration")
    args = ap.parse_args()

    pack_n, terms_n = make_pack(args.rules)
    pack_2n, _ = make_pack(2 * args.rules)  # the first N rules are the same terms (same seed)
    doc_full, pairs_full = make_document(args.pairs, terms_n)
    half = args.pairs // 2
    doc_half, pairs_half = make_document(half, terms_n)

    t = time.process_time()
    rs_n = RuleSet.build([pack_n])
    build_n = time.process_time() - t
    t = time.process_time()
    rs_2n = RuleSet.build([pack_2n])
    build_2n = time.process_time() - t

    print(f"(CPU seconds of this process)\npack build: {args.rules} rules {build_n:.2f}s, {2 * args.rules} rules {build_2n:.2f}s")
    check_document(*make_document(50, terms_n, seed=9), rs_n)  # warm up (kiwi, caches)
    # best of `--repeat` runs, configurations interleaved, so load from other processes evens out
    configs = (
        (f"{args.rules} rules x {half} pairs", rs_n, (doc_half, pairs_half)),
        (f"{args.rules} rules x {args.pairs} pairs", rs_n, (doc_full, pairs_full)),
        (f"{2 * args.rules} rules x {args.pairs} pairs", rs_2n, (doc_full, pairs_full)),
    )
    best = [float("inf")] * len(configs)
    counts = [0] * len(configs)
    for _ in range(args.repeat):
        for k, (label, rs, (doc, pairs)) in enumerate(configs):
            secs, n = time_check(rs, doc, pairs)
            best[k] = min(best[k], secs)
            counts[k] = n
    rows = []
    for k, (label, rs, (doc, pairs)) in enumerate(configs):
        rows.append((label, best[k], counts[k], len(pairs)))
        print(f"pack rules  {label:<32} {best[k]:7.2f}s  {len(pairs) / best[k]:9.0f} pairs/s  {counts[k]} findings")
    (_, t_half, _, _), (_, t_full, _, _), (_, t_double, _, _) = rows
    print(f"text x2 -> time x{t_full / t_half:.2f} (linear = 2.00);  pack x2 -> time x{t_double / t_full:.2f} (independent = 1.00)")

    # each code rule alone (they do not depend on the pack), on a 2,000-pair sample
    from mtaudit.rules.base import CheckContext

    sample = min(2000, args.pairs)
    doc_s, pairs_s = make_document(sample, terms_n, seed=3)
    for rule in code_rule_instances():
        t = time.process_time()
        n = sum(1 for _ in rule.check(doc_s, pairs_s, CheckContext()))
        secs = time.process_time() - t
        print(f"code rule   {rule.info.id:<14} x {sample} pairs {secs:7.2f}s  {sample / max(secs, 1e-9):9.0f} pairs/s  {n} findings")

if __name__ == "__main__":
    main()
