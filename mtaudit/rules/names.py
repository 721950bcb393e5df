"""MT-NAME-*: people and organisations named inconsistently or wrongly in the English.

MT-NAME-001  one person or organisation, several written forms in one document
             (Yang Byung-nae / Yang Byeong-nae, Kwon Woo-seok / Woosuk Kwon,
             LG Energy Solutions / LG Energy Solution, Ecoro BM / Ecopro BM)
MT-NAME-002  a near miss of a known official English name (data/official_names.tsv)
MT-NAME-003  Korean personal names in both orders in one document (Jonghyun Kim beside Lee Si-jong)
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from ..types import AlignedPair, Document, Finding, Segment, Severity, Span
from .base import CheckContext, CodeRule, Example, RuleInfo, code_rule
from .common import pair_of_en
from .matching import singular
from .textmap import SegmentLocator

# ------------------------------------------------------------------ people

# Romanised Korean surnames (Revised Romanisation and the common older spellings).
_SURNAMES = set(
    """Kim Gim Lee Yi Rhee Park Pak Bak Choi Choe Jung Jeong Chung Cheong Kang Gang Cho Jo Yoon Yun Jang Chang Lim Im Rim
    Han Oh Seo Suh Shin Sin Kwon Gwon Hwang Ahn An Song Yoo Yu Ryu Hong Jeon Jun Chun Ko Go Moon Mun Yang Son Sohn Bae Pae
    Baek Paik Heo Huh Nam Sim Shim Noh Roh No Ha Kwak Gwak Sung Seong Cha Joo Ju Woo U Koo Ku Gu Min Na Jin Ji Eom Um Byun
    Byeon Chae Won Bang Gong Kong Hyun Hyeon Ham Yeo Choo Chu Do Seok Suk Sun Seol Sul Ma Gil Yeon Wi Pyo Myung Myeong Ki Gi
    Ban Wang Geum Keum Ok Yook Yuk In Maeng Je Mo Tak Kook Guk Jegal Namgung Hwangbo Seomun Dokgo
    Whang Koh Wu Chwe Ree Yeom Yum Rho Lyu Youn Yune O""".split()
)
_ONSET = r"(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhc])?[yw]?"
_VOWEL = r"[aeiou]{1,3}"
_CODA = r"(?:ng|n|m|l|k|p|t|b|g)?"
_SYL = rf"{_ONSET}{_VOWEL}{_CODA}"
_TWO_SYL = re.compile(rf"(?:{_SYL})(?:{_SYL})")
_ONE_SYL = re.compile(_SYL)
_NAME_TOKEN = re.compile(r"\b([A-Z][a-z]*(?:-[a-z]+)?)\b")  # O Se-hun: 오 in the Revised Romanisation is one letter


# English titles, ranks and words shaped like a two-syllable given name (cap-tain, pas-tor)
_RANKS_AND_WORDS = frozenset({"captain", "sergeant", "major", "general", "colonel", "private", "corporal", "officer", "pastor",
                              "doctor", "master", "senior", "junior", "madam", "mister", "detective", "inspector", "justice",
                              "chairman", "leader", "member", "coach", "manager", "player", "director", "teacher", "student",
                              "father", "mother", "brother", "sister", "auntie", "uncle", "grandma", "grandpa", "nurse",
                              "chief", "admiral", "commander", "marshal", "warden", "bishop", "priest", "monk", "elder"})


@lru_cache(maxsize=20000)
def _given_shape(token: str) -> bool:
    """Looks like a romanised two-syllable Korean given name: Byung-nae, Woo-seok, Jonghyun, Woosuk."""
    t = token.lower()
    if t in _RANKS_AND_WORDS:
        return False  # "Captain Kim", "Pastor Lee": a title before the family name, not a given name
    if "-" in t:
        a, _, b = t.partition("-")
        return bool(_ONE_SYL.fullmatch(a) and _ONE_SYL.fullmatch(b))
    return 4 <= len(t) <= 9 and bool(_TWO_SYL.fullmatch(t))


def hyphenate_given(given: str) -> str:
    """Jonghyun -> Jong-hyun, Jaebin -> Jae-bin (the hyphenated form Korean news uses)."""
    if "-" in given:
        return given
    low = given.lower()
    splits = [i for i in range(1, len(low)) if _ONE_SYL.fullmatch(low[:i]) and _ONE_SYL.fullmatch(low[i:])]
    if not splits:
        return given
    # the second syllable starts with a consonant when it can (jae|bin, not jaeb|in)
    best = sorted(splits, key=lambda i: (low[i] in "aeiou", -i))[0]
    return given[:best] + "-" + low[best:]


_ROM_RULES = [("eo", "u"), ("oo", "u"), ("ou", "u"), ("ee", "i"), ("ae", "e"), ("wo", "o"), ("sh", "s"), ("ch", "j"), ("g", "k"), ("d", "t"), ("b", "p"), ("r", "l"), ("-", ""), ("'", "")]
_SURNAME_KEY = {"lee": "i", "yi": "i", "rhee": "i", "rim": "im", "lim": "im", "ryu": "yu", "yoo": "yu", "roh": "no", "noh": "no", "oh": "o", "sohn": "son", "suh": "so", "paik": "pek", "huh": "ho", "heo": "ho", "chung": "jung", "cheong": "jung", "um": "um", "eom": "um", "park": "pak", "bak": "pak", "choe": "choi", "ahn": "an",
                "whang": "hwang", "koh": "ko", "chwe": "choi", "ree": "i", "rho": "no", "lyu": "yu", "yune": "yoon"}


def rom_key(text: str) -> str:
    """A spelling-insensitive key for romanised Korean: Byung-nae = Byeong-nae, Woosuk = Woo-seok."""
    t = text.lower()
    for a, b in _ROM_RULES:
        t = t.replace(a, b)
    return t


def _surname_key(s: str) -> str:
    s = s.lower()
    return rom_key(_SURNAME_KEY.get(s, s))  # Chung = Jung = Jeong


@dataclass(frozen=True)
class PersonMention:
    seg: Segment
    start: int
    end: int
    family: str
    given: str
    family_first: bool

    @property
    def key(self) -> tuple[str, str]:
        return _surname_key(self.family), rom_key(self.given)

    @property
    def surface(self) -> str:
        return self.seg.text[self.start : self.end]


_NUMBER_SIGN = re.compile(r"\.(?:\s?\d|\s*$)")


def person_mentions(doc: Document) -> list[PersonMention]:
    out: list[PersonMention] = []
    for seg in doc.en:
        toks = list(_NAME_TOKEN.finditer(seg.text))
        used: set[int] = set()
        for i in range(len(toks) - 1):
            if i in used:
                continue
            a, b = toks[i], toks[i + 1]
            if seg.text[a.end() : b.start()] != " ":
                continue
            ta, tb = a.group(1), b.group(1)
            a_fam, b_fam = ta in _SURNAMES, tb in _SURNAMES
            if a_fam and _given_shape(tb) and (tb not in _SURNAMES or "-" in tb):
                out.append(PersonMention(seg, a.start(), b.end(), ta, tb, True))
                used.update((i, i + 1))
            elif (b_fam and _given_shape(ta) and not a_fam and "-" not in ta and not _place_name_end(seg.text, a.start(), tb)
                  and not _NUMBER_SIGN.match(seg.text, b.end())):  # 'Pohang No. 2': the number sign, not 노
                out.append(PersonMention(seg, a.start(), b.end(), tb, ta, False))
                used.update((i, i + 1))
    return out


# A capitalised word before "Gyeongmo Park" that makes it a longer name ("Donghwa Gyeongmo Park", a cemetery), unless it
# is a title ("CEO Jonghyun Kim")
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s$")
_PERSON_TITLES = frozenset({"Ceo", "President", "Chairman", "Chairwoman", "Chair", "Minister", "Director", "Professor", "Dr",
                            "Mr", "Ms", "Mrs", "Governor", "Mayor", "Representative", "Rep", "Lawmaker", "Senator", "Judge",
                            "Coach", "Manager", "Player", "Reporter", "Secretary", "Ambassador", "Commissioner", "Chief", "Head",
                            "Vice", "Deputy", "Executive", "Officer", "Researcher", "Singer", "Actor", "Actress", "Member", "Leader"})
_PLACE_WORDS = frozenset({"Park", "Song", "Bang"})  # surnames that also end a place's English name: a park, a song


def _place_name_end(text: str, start: int, family: str) -> bool:
    """"Donghwa Gyeongmo Park": a name whose last word is a surname and an English noun, inside a longer name."""
    if family not in _PLACE_WORDS:
        return False
    before = _NAME_BEFORE.search(text, 0, start)
    return before is not None and before.group(1).title() not in _PERSON_TITLES and before.start() > 0 and text[:before.start()].strip()[-1:] not in ".!?"


# a place in English: a romanised name with an administrative suffix (Uiseong-gun, Anpyeong-myeon) or before a word
# that says what it is (Uiseong County, Nakdong River)
_PLACE = re.compile(r"\b([A-Z][a-z]{2,}(?:-[a-z]+)?)(?=-(?:gun|si|myeon|eup|dong|do|gu|ri)\b|\s(?:County|City|Province|River|"
                    r"Mountain|Island|Port|District|Village|Town|Stream|Lake|Bay|Beach|Valley)\b)")


# ------------------------------------------------------------------ organisations and other names

_CAP = r"(?:[A-Z](?:[A-Za-z0-9&'’-]*[A-Za-z0-9&])?\.?|[0-9]+[A-Za-z]*)"  # not a possessive's final apostrophe
_MENTION = re.compile(rf"{_CAP}(?:\s(?:(?:of|and|for|the|&|de)\s)?{_CAP})+")
_LEADING = {"The", "A", "An", "In", "On", "At", "For", "And", "But", "This", "That", "As", "With", "By", "From", "To", "Meanwhile", "Also", "Since", "When", "While", "After", "Before", "It", "We", "He", "She", "They", "If", "Based"}
_TRAILING = {"Co.", "Co", "Ltd.", "Ltd", "Inc.", "Inc", "Corp.", "Corp", "Co.,"}


@dataclass(frozen=True)
class NameMention:
    seg: Segment
    start: int
    end: int
    text: str

    @property
    def tokens(self) -> list[str]:
        return self.text.split()


def name_mentions(doc: Document) -> list[NameMention]:
    out: list[NameMention] = []
    for seg in doc.en:
        for m in _MENTION.finditer(seg.text):
            toks = [(t.group(0), m.start() + t.start(), m.start() + t.end()) for t in re.finditer(r"\S+", m.group(0))]
            while toks and toks[0][0] in _LEADING:
                toks.pop(0)
            while toks and (toks[-1][0] in _TRAILING or toks[-1][0].lower() in ("of", "and", "for", "the", "&", "de")):
                toks.pop()
            if len(toks) < 2:
                continue
            toks = [(t.rstrip("."), s, e - (1 if t.endswith(".") else 0)) for t, s, e in toks]
            last, s_, e_ = toks[-1]
            if last.endswith(("'s", "’s")) and len(last) > 3:  # "Hankyul Bio's stock": the name is "Hankyul Bio"
                toks[-1] = (last[:-2], s_, e_ - 2)
            out.append(NameMention(seg, toks[0][1], toks[-1][2], " ".join(t for t, _, _ in toks)))
            # "LG Energy Solution and SK On": each side of a joining "and" is a name of its own too
            parts: list[list[tuple[str, int, int]]] = [[]]
            for t in toks:
                if t[0] in ("and", "&"):
                    parts.append([])
                else:
                    parts[-1].append(t)
            if len(parts) > 1:
                for part in parts:
                    if len(part) >= 2 and part[0][0][:1].isupper():
                        out.append(NameMention(seg, part[0][1], part[-1][2], " ".join(t for t, _, _ in part)))
            # "CEO of Daesung Construction": the body after a person's title is a name of its own too
            if toks[0][0] in _TITLES_OF:
                words = [t for t, _, _ in toks]
                if "of" in words:
                    tail = toks[words.index("of") + 1 :]
                    if len(tail) >= 2 and tail[0][0][:1].isupper():
                        out.append(NameMention(seg, tail[0][1], tail[-1][2], " ".join(t for t, _, _ in tail)))
    return out


_TITLES_OF = frozenset(
    """CEO Chairman Chairwoman President Head Director Founder Owner Representative Official Officials Employee Employees
    Spokesperson Spokesman Spokeswoman Manager Partner Member Members Chief Executive""".split()
)


def _edit_distance(a: str, b: str, limit: int = 3) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


def _swapped_pair(a: str, b: str) -> bool:
    """`b` is `a` with two neighbouring letters swapped, not among the first two."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and diff[0] >= 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


_SOUND_ALIKE_ENDS = frozenset(frozenset(p) for p in ("qc", "qk", "ck", "iy", "sz"))


@lru_cache(maxsize=65_536)  # pure; a document asks about the same word pairs many times (official_near_misses)
def token_variant(a: str, b: str) -> bool:
    """Two spellings of one word of a name: case (Ecopro/EcoPro), plural (Solution/Solutions), two
    romanisations of one Korean word (Rotem/Lotem, Daegu/Taegu: `rom_key`), or a typo inside the word
    (Ecoro/Ecopro) -- not a different word (Minister/Ministry, Korea/Korean)."""
    if a == b:
        return False
    la, lb = a.lower(), b.lower()
    if la == lb:
        return True
    if singular(la) == singular(lb):
        return True
    if min(len(la), len(lb)) >= 4 and rom_key(la) == rom_key(lb):
        return True  # one Korean word romanised twice: ㄹ as R or L (Rotem/Lotem), ㄱ as G or K (Gangnam/Kangnam), ㅓ as eo or u
    if min(len(la), len(lb)) >= 5 and _swapped_pair(la, lb):
        return True  # two neighbouring letters swapped after the second (Hanhwa / Hanwha)
    if len(la) == len(lb) >= 5 and la[:-1] == lb[:-1] and frozenset((la[-1], lb[-1])) in _SOUND_ALIKE_ENDS:
        return True  # the last letter swapped for one that sounds the same (Ioniq / Ionic), not another (Daewoo / Daewon)
    if min(len(la), len(lb)) < 4 or _edit_distance(la, lb, 2) > (1 if min(len(la), len(lb)) < 7 else 2):
        return False
    pre = 0
    while pre < min(len(la), len(lb)) and la[pre] == lb[pre]:
        pre += 1
    suf = 0
    while suf < min(len(la), len(lb)) - pre and la[-1 - suf] == lb[-1 - suf]:
        suf += 1
    # a typo inside the word: both ends kept (Ecoro/Ecopro); near the end, three letters kept before it and the last
    # letter after it (Hanmei/Hanmi, Celltrian/Celltrion, Samsumg/Samsung) -- not a different ending (Korea/Korean)
    return (pre >= 2 and suf >= 2) or (pre >= 3 and suf >= 1 and min(len(la), len(lb)) >= 5)


# Generic words of titles and institutions: "Vice Minister" / "Vice Ministers" are two phrases, not two names.
_GENERIC = set(
    """minister ministry vice deputy governor director president chairman chairwoman mayor ceo officer official
    member representative company industry institute institution university city province county district council
    committee agency office center centre complex zone park state nation affair department division bureau team
    group association federation union party assembly court government school hospital bank fund project program
    programme plan policy act law""".split()
)


def names_variant(a: list[str], b: list[str]) -> bool:
    """Same number of words, every word equal or a variant, at least one differs, one word identical."""
    if len(a) != len(b) or a == b:
        return False
    same = sum(x == y for x, y in zip(a, b))
    if same == 0:
        return False
    diffs = [(x, y) for x, y in zip(a, b) if x != y]
    if all(singular(x.lower()) in _GENERIC and singular(x.lower()) == singular(y.lower()) for x, y in diffs):
        return False
    return all(token_variant(x, y) for x, y in diffs)


# ------------------------------------------------------------------ official names


@dataclass(frozen=True)
class OfficialName:
    english: str
    korean: tuple[str, ...]
    note: str


@lru_cache(maxsize=1)
def official_names() -> tuple[OfficialName, ...]:
    from importlib import resources

    text = (resources.files("mtaudit") / "rules" / "data" / "official_names.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        english = cols[0].strip()
        korean = tuple(k.strip() for k in (cols[1] if len(cols) > 1 else "").split(";") if k.strip())
        note = cols[2].strip() if len(cols) > 2 else ""
        out.append(OfficialName(english, korean, note))
        if english.startswith("Ministry of "):
            # the minister's (and vice minister's) title: "산업통상자원부 장관", "산업부 차관" name the ministry too
            out.append(OfficialName("Minister of " + english[len("Ministry of ") :], korean, "the minister's title"))
    return tuple(out)


_WORD = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9&'’-]*[A-Za-z0-9&])?")  # not a possessive's final apostrophe (Electronics')


_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)


def _words(text: str) -> list[tuple[str, int, int]]:
    """Words with their offsets; a possessive 's is not part of the word (Hanwha Ocean's)."""
    out = []
    for m in _WORD.finditer(text):
        w, e = m.group(0), m.end()
        p = _POSSESSIVE.search(w)
        if p is not None and p.start() > 0:
            w, e = w[: p.start()], m.start() + p.start()
        out.append((w, m.start(), e))
    return out


def pack_official_names(rules) -> tuple[OfficialName, ...]:
    """Official names the loaded packs know: the expected rendering of term rules tagged `official-name`."""
    out = []
    for rule in rules:
        expected = getattr(rule, "expected", ())
        if "official-name" not in rule.info.tags or not expected:
            continue
        name = expected[0]
        caps = [w for w, _, _ in _words(name) if w[:1].isupper()]
        if len(_words(name)) >= 2 and len(caps) >= 2:
            out.append(OfficialName(name, tuple(getattr(rule, "source", ())), f"pack rule {rule.info.id}"))
    return tuple(out)


# First letters one Korean sound is romanised with (ㄹ R/L, ㄱ G/K, ㄷ D/T, ㅂ B/P): a near miss keeps its words'
# first letters up to these (Hyundai Lotem for Hyundai Rotem)
_ROM_INITIAL = str.maketrans("rgdb", "lktp")


@lru_cache(maxsize=8)
def _official_index(extra: tuple[OfficialName, ...] = ()) -> dict[str, list[tuple[OfficialName, list[str], int, str]]]:
    """Per lower-cased word, the official names holding it: (name, its words, the word's position, the
    lower-cased first letters of its words)."""
    idx: dict[str, list[tuple[OfficialName, list[str], int, str]]] = defaultdict(list)
    seen: set[str] = set()
    for o in official_names() + extra:
        if o.english in seen:
            continue
        seen.add(o.english)
        toks = [w for w, _, _ in _words(o.english)]
        initials = "".join(t[0] for t in toks).lower().translate(_ROM_INITIAL)
        for k, t in enumerate(toks):
            idx[t.lower()].append((o, toks, k, initials))
    return idx


def _spelling_only(found: str, english: str) -> bool:
    """Whether `found` differs from the official name only in the spelling of its words (case, plural, typo,
    romanisation), not by a word in place of another ("Korea Institute of Energy Technology" is not a misspelt
    "Korea Institute of Energy Research": it may be another institute)."""
    a, b = [w for w, _, _ in _words(found)], [w for w, _, _ in _words(english)]
    return len(a) == len(b) and all(x == y or token_variant(x, y) for x, y in zip(a, b))


_BRITISH = (("defence", "defense"), ("centre", "center"), ("organisation", "organization"), ("programme", "program"),
            ("labour", "labor"), ("licence", "license"), ("harbour", "harbor"))


def _british_spelling(found: str, english: str) -> bool:
    """Whether `found` is `english` in British spelling ("Ministry of National Defence")."""
    low = found.lower()
    for uk, us in _BRITISH:
        low = low.replace(uk, us)
    return low == english.lower() and found.lower() != english.lower()


def official_near_misses(text: str, extra: tuple[OfficialName, ...] = ()) -> list[tuple[int, int, OfficialName, str]]:
    """(start, end, official name, matched text) for near misses of official names in `text`."""
    words = _words(text)
    idx = _official_index(extra)
    initials = "".join(w[0] for w, _, _ in words).lower().translate(_ROM_INITIAL)
    out = []
    seen: set[tuple[int, str]] = set()
    for i, (w, _, _) in enumerate(words):
        for o, otoks, k, o_initials in idx.get(w.lower(), ()):
            start = i - k
            n = len(otoks)
            if start < 0 or start + n > len(words) or (start, o.english) in seen:
                continue
            seen.add((start, o.english))
            # a near miss changes words only by case, plural or a typo after two letters (token_variant):
            # every word keeps its first letter; a substitution keeps the first word
            if initials[start : start + n] != o_initials and not (n >= 5 and words[start][0] == otoks[0]):
                continue
            window = [x for x, _, _ in words[start : start + n]]
            if window == otoks:
                continue
            # a brand written in lower case ("SK hynix") is capitalised in ordinary English prose ("SK Hynix")
            diffs = [(x, y) for x, y in zip(window, otoks) if x != y and not (y[:1].islower() and x == y[:1].upper() + y[1:])]
            if not diffs:
                continue
            near = all(token_variant(x, y) and (x[:1].isupper() or x.lower() != y.lower()) for x, y in diffs)
            substituted = (
                n >= 5
                and len(diffs) == 1
                and window[0] == otoks[0]
                and diffs[0][0][:1].isupper()
                and diffs[0][0].lower() not in ("and", "of", "the")
            )
            if not (near or substituted):
                continue
            s, e = words[start][1], words[start + n - 1][2]
            out.append((s, e, o, text[s:e]))
    # keep the longest near miss at a place (Ministry of ... beats Minister of ... inside it)
    out.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple[int, int, OfficialName, str]] = []
    for item in out:
        if any(k[0] <= item[0] and item[1] <= k[1] for k in kept):
            continue
        kept.append(item)
    return kept


# ------------------------------------------------------------------ rules


_HANGUL_WORD = re.compile(r"[가-힣]{2,4}")


def korean_name_for(doc: Document, pair: AlignedPair | None, english: str) -> tuple[str, Span] | None:
    """The Korean name in the aligned Korean that this English name renders (권우석 for Woosuk Kwon), if any."""
    if pair is None or not pair.ko:
        return None
    from ..romanize import SURNAMES, names_match, similarity

    best = None
    for k in pair.ko:
        seg = doc.ko[k]
        for m in _HANGUL_WORD.finditer(seg.text):
            for n in (3, 2, 4):  # a name followed by a particle or a title: 권우석은, 권우석대표
                word = m.group(0)[:n]
                if len(word) < n or word[0] not in SURNAMES or not names_match(word, english):
                    continue
                score = similarity(word, english)
                if best is None or score > best[0]:
                    best = (score, word, seg, m.start(), m.start() + n)
                break
    if best is None:
        return None
    _, word, seg, a, b = best
    return word, SegmentLocator(doc).span(seg, a, b)


def _cluster_findings(rule: CodeRule, doc: Document, pairs, groups: list[list], surface, order_of, majority_first, korean: bool = False) -> Iterable[Finding]:
    loc = SegmentLocator(doc)
    where = pair_of_en(pairs)
    for group in groups:
        forms = Counter(surface(m) for m in group)
        if len(forms) < 2:
            continue
        ko_names: dict[str, tuple[str, Span]] = {}
        if korean:
            for m in group:
                found = korean_name_for(doc, where.get(m.seg.index), surface(m))
                if found is not None:
                    ko_names.setdefault(surface(m), found)
            if len({w for w, _ in ko_names.values()}) > 1:
                continue  # the Korean names differ: two people, not two spellings
        first_pos = {}
        for n, m in enumerate(group):
            first_pos.setdefault(surface(m), n)
        reference = max(forms, key=lambda f: (forms[f], order_of(f) == majority_first, -first_pos[f]))
        others = ", ".join(f"'{f}'" for f in forms if f != reference)
        for m in group:
            form = surface(m)
            if form == reference:
                continue
            p = where.get(m.seg.index)
            ko = ko_names.get(form) or ko_names.get(reference)
            note = f" (both are {ko[0]} in the Korean)" if ko_names.get(form) and ko_names.get(reference) else ""
            yield Finding(
                rule_id=rule.info.id,
                severity=rule.info.severity,
                message=rule.info.message.format(rendering=form, reference=reference, others=others) + note,
                pair=p.index if p else None,
                ko_spans=(ko[1],) if ko_names.get(form) else (),
                en_spans=(loc.span(m.seg, m.start, m.end),),
                suggestion=reference,
                source_term=ko[0] if ko else reference,
                rendering=form,
            )


def _majority_family_first(people: list[PersonMention]) -> bool:
    ff = sum(1 for m in people if m.family_first)
    return ff >= len(people) - ff


def _korean_romanised(doc: Document) -> set[str]:
    """The Revised Romanisation of every Korean word of the document (particles and place suffixes stripped)."""
    from ..anchors import korean_name_candidates
    from ..romanize import romanize

    out: set[str] = set()
    for seg in doc.ko:
        for forms in korean_name_candidates(seg.text).values():
            out.update(romanize(f) for f in forms)
    return out


def _two_in_korean(a: list[str], b: list[str], ko_words: set[str]) -> bool:
    """Two names one word apart whose differing words romanise two different Korean words of the document:
    "Cheongju City" and "Chungju City" are 청주 and 충주, two cities, not one name spelled two ways."""
    for x, y in zip(a, b):
        kx, ky = re.sub(r"[^a-z]", "", x.lower()), re.sub(r"[^a-z]", "", y.lower())
        if kx != ky and kx in ko_words and ky in ko_words:
            return True
    return False


@code_rule
class NameVariants(CodeRule):
    info = RuleInfo(
        id="MT-NAME-001",
        name="name-variants",
        kind="name",
        severity=Severity.WARNING,
        message="'{rendering}' is written '{reference}' elsewhere in this document",
        docs=(
            "One person or organisation must have one English form in a document. Machine translation "
            "romanises a Korean name afresh in each sentence (Yang Byung-nae / Yang Byeong-nae), flips the "
            "order (Kwon Woo-seok / Woosuk Kwon) and mangles company names (Ecoro BM / Ecopro BM, "
            "LG Energy Solutions / LG Energy Solution). Use the person's own spelling (or the Revised "
            "Romanisation, family name first) and the company's official English name throughout. A title with the family "
            "name alone ('Minister Jeong') must spell it as the full name did ('Jung Eun-kyeong'). Names are "
            "grouped by a spelling-insensitive key (eo/u, oo/u, hyphens, order) for people, and by same-length "
            "names whose words differ only by case, plural, romanisation (Rotem / Lotem), two swapped letters or a typo inside a word for "
            "organisations (the body after a person's title counts on its own: 'CEO of Daesung Construction'), "
            "unless the differing words romanise two different Korean words of the document (Cheongju City and "
            "Chungju City are 청주 and 충주). A place (a name with -gun, -si, -myeon ..., or before County, River "
            "...) is checked against its Korean: two spellings of one Korean place in the pairs (Uiseong-gun and "
            "Euiseong-gun for 의성군) are reported."
        ),
        fail=(
            Example(
                ko="양병내 차관은 ... 양병내 차관은 말했다.",
                en="Vice Minister Yang Byung-nae met the delegation. Vice Minister Yang Byeong-nae heard about the plan.",
            ),
            Example(ko="에코프로비엠 권우석 대표이사", en="Woosuk Kwon, CEO of Ecoro BM, attended. Kwon Woo-seok of Ecopro BM said so."),
            Example(ko="권우석 대표가 참석했다. 권우석 대표는 말했다.", en="Woosuk Kwon attended. Kwon Woo-seok said so."),
            Example(ko="LG에너지솔루션", en="LG Energy Solutions and SK On attended. LG Energy Solution said so."),
            Example(ko="현대로템 관계자", en="Hyundai Rotem developed the tram. An official from Hyundai Lotem said so."),
            Example(ko="대성건설 대표 A씨. 대성건설은 벌금형을 받았다.",
                    en="The court sentenced A, CEO of Daesung Construction, to three years. Daesong Construction was fined."),
            Example(ko="정은경 장관은 말했다. 정 장관은 또 말했다.",
                    en="Minister of Health and Welfare Jung Eun-kyeong said so. Minister Jeong also said it again."),
            Example(ko="박지훈 대표가 참석했다. 박지훈 대표는 말했다.", en="CEO Park Ji-hoon attended. CEO Bak Ji-hoon said so."),
            Example(ko="윤지해 랩장은 말했다. 윤 랩장은 또 전망했다.", en="Yoon Ji-hae, head of the lab, said so. Yun also predicted it."),
            Example(ko="황주호 사장은 말했다. 황 사장은 덧붙였다.", en="President Hwang Joo-ho said so. President Whang added it."),
            Example(ko="오세훈 시장은 말했다. 오 시장은 덧붙였다.", en="Mayor Oh Se-hoon said so. Mayor O Se-hun added it."),
            Example(ko="넷마블은 신작을 출시했다. 넷마블은 흑자를 냈다. 넷마블 주가는 올랐다.",
                    en="Netmarble launched a new game. Netmarble posted a profit. Netmable's stock rose."),
            Example(ko="한결바이오는 실적을 공시했다. 이날 한결바이오 주가는 8% 올랐다.",
                    en="Hangyeol Bio announced its results. On this day, Hankyul Bio's stock price rose 8%."),
            Example(ko="경찰은 총책 최모(41)씨를 구속했다. 총책 최씨는 콜센터를 차렸다.",
                    en="Police detained ringleader Choi (41). Ringleader Choe set up a call center."),
            Example(ko="산불은 의성군 안평면의 야산에서 시작됐다. 의성군은 주민 대피를 권고했다.",
                    en="The fire started on a hill in Anpyeong-myeon, Uiseong-gun. Euiseong-gun advised residents to evacuate."),
        ),
        passes=(
            Example(ko="양병내 차관", en="Vice Minister Yang Byung-nae met the delegation. Yang Byung-nae said so."),
            Example(ko="대성건설 대표 A씨. 대성건설은 벌금형을 받았다.",
                    en="The court sentenced A, CEO of Daesung Construction, to three years. Daesung Construction was fined."),
            Example(ko="정은경 장관은 말했다. 정 장관은 또 말했다.",
                    en="Minister of Health and Welfare Jung Eun-kyeong said so. Minister Jung also said it again."),
            Example(ko="윤지해 랩장은 말했다. 윤 랩장은 또 전망했다.", en="Yoon Ji-hae, head of the lab, said so. Yoon also predicted it."),
            Example(ko="오세훈 시장은 말했다. 오 시장은 덧붙였다.", en="Mayor Oh Se-hoon said so. Mayor Oh added it."),
            Example(ko="안덕근 장관은 말했다. 그러나 안 된다는 의견도 나왔다.", en="Minister Ahn Duk-geun said so. An official said it would not work."),
            Example(ko="경찰은 총책 최모(41)씨를 구속했다. 총책 최씨는 콜센터를 차렸다.",
                    en="Police detained ringleader Choi (41). Ringleader Choi set up a call center."),
            Example(ko="넷마블은 신작을 출시했다. 넷마블은 흑자를 냈다. 넷마블 주가는 올랐다.",
                    en="Netmarble launched a new game. Netmarble posted a profit. Netmarble's stock rose."),
            Example(ko="한국은 성장했다. 한국은 수출했다. 한국인은 여행했다.", en="Korea grew. Korea exported. Koreans traveled."),
            Example(ko="산업부 장관", en="The Minister of Trade met the Ministry of Trade officials. Korea and Korean firms attended."),
            Example(ko="김종현 대표가 참석했다. 김종훈 교수는 말했다.", en="Kim Jong-hyun attended. Kim Jong-hoon said so."),
            Example(ko="청주시와 충주시가 협약을 맺었다. 충주시는 예산을 늘렸다.",
                    en="Cheongju City and Chungju City signed an agreement. Chungju City increased its budget."),
            Example(ko="산불은 의성군 안평면의 야산에서 시작됐다. 의성군은 주민 대피를 권고했다.",
                    en="The fire started on a hill in Anpyeong-myeon, Uiseong-gun. Uiseong County advised residents to evacuate."),
        ),
    )

    reads_options = ("official_names",)

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        people = person_mentions(doc)
        groups: dict[tuple[str, str], list[PersonMention]] = defaultdict(list)
        for m in people:
            groups[m.key].append(m)
        ff = _majority_family_first(people) if people else True

        def person_surface(m: PersonMention) -> str:
            return m.surface

        order = {m.surface: m.family_first for m in people}
        yield from _cluster_findings(self, doc, pairs, list(groups.values()), person_surface, lambda f: order.get(f, True), ff, korean=True)
        yield from self._title_surnames(doc, pairs, people)
        yield from self._place_variants(doc, pairs)
        yield from self._one_word_variants(doc, pairs)

        person_spans = {(m.seg.index, m.start, m.end) for m in people}
        names = [n for n in name_mentions(doc) if not any(s == n.seg.index and a < n.end and n.start < b for s, a, b in person_spans)]
        forms = sorted({n.text for n in names})
        parent = {f: f for f in forms}

        def root(f: str) -> str:
            while parent[f] != f:
                f = parent[f]
            return f

        toks = {f: f.split() for f in forms}
        ko_words: set[str] | None = None  # built when two forms are variants (rarely)
        for i, a in enumerate(forms):
            for b in forms[i + 1 :]:
                if names_variant(toks[a], toks[b]):
                    if ko_words is None:
                        ko_words = _korean_romanised(doc)
                    if not _two_in_korean(toks[a], toks[b], ko_words):
                        parent[root(a)] = root(b)
        clusters: dict[str, list[NameMention]] = defaultdict(list)
        for n in names:
            clusters[root(n.text)].append(n)
        official = {o.english for o in official_names() + tuple(ctx.options.get("official_names", ()))}
        org_groups = []
        for group in clusters.values():
            if len({n.text for n in group}) > 1:
                org_groups.append(group)

        def org_surface(n: NameMention) -> str:
            return n.text

        # prefer the official form as the reference when it is one of the forms
        for group in org_groups:
            texts = {n.text for n in group}
            ref = next((t for t in texts if t in official), None)
            if ref is not None:
                loc = SegmentLocator(doc)
                where = pair_of_en(pairs)
                others = ", ".join(f"'{t}'" for t in sorted(texts) if t != ref)
                for n in group:
                    if n.text == ref:
                        continue
                    p = where.get(n.seg.index)
                    yield Finding(
                        rule_id=self.info.id,
                        severity=self.info.severity,
                        message=self.info.message.format(rendering=n.text, reference=ref, others=others),
                        pair=p.index if p else None,
                        en_spans=(loc.span(n.seg, n.start, n.end),),
                        suggestion=ref,
                        source_term=ref,
                        rendering=n.text,
                    )
            else:
                yield from _cluster_findings(self, doc, pairs, [group], org_surface, lambda f: True, True)


    def _one_word_variants(self, doc: Document, pairs: Sequence[AlignedPair]) -> Iterable[Finding]:
        """A one-word name spelled once another way than it is spelled at least twice elsewhere ('Netmable' beside
        four 'Netmarble'), where the Korean of both says the same word (넷마블): a typo of the name, not another word."""
        words: dict[str, list[tuple[Segment, int, int]]] = defaultdict(list)
        for seg in doc.en:
            for m in _ONE_WORD_NAME.finditer(seg.text):
                words[m.group(1)].append((seg, m.start(1), m.end(1)))
        common = [w for w, places in words.items() if len(places) >= 2]
        if not common:
            return
        where = pair_of_en(pairs)
        loc = None
        ko_words: set[str] | None = None
        # ... or the name split in two ('Star Wave' beside 'Starwave' twice): a variant of one place each
        joined = {w.lower(): w for w in common}
        for seg in doc.en:
            for m in _SPLIT_NAME.finditer(seg.text):
                ref = joined.get((m.group(1) + m.group(2)).lower())
                if ref is not None and m.group(0) != ref:
                    words.setdefault(m.group(0), []).append((seg, m.start(), m.end()))
        for var, places in words.items():
            if len(places) != 1:
                continue
            ref = next((w for w in common if _one_word_typo(w, var) or var.lower().replace(" ", "").replace("-", "") == w.lower()), None)
            if ref is None:
                continue
            seg, a, b = places[0]
            p = where.get(seg.index)
            ko_here = _hangul_words(p.ko_text(doc)) if p is not None and p.ko else set()
            ko_ref = [_hangul_words(q.ko_text(doc)) for s2, _, _ in words[ref] if (q := where.get(s2.index)) is not None and q.ko]
            if " " in var or "-" in var:
                # a split name: one Korean word of its pair stands in the Korean of two others, maybe inside a longer
                # name (스타웨이브 in 스타웨이브엔터테인먼트)
                if not any(sum(any(w in x for x in k) for k in ko_ref) >= 2 for w in ko_here if len(w) >= 3):
                    continue
            elif not ko_here or sum(bool(ko_here & k) for k in ko_ref) < 2 or not set.intersection(ko_here, *ko_ref):
                continue  # the Korean does not say one word in all of them: maybe another name
            if ko_words is None:
                ko_words = _korean_romanised(doc)
            if _two_in_korean([ref], [var], ko_words):
                continue  # 청주 and 충주: two Korean words, two names
            loc = loc or SegmentLocator(doc)
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(rendering=var, reference=ref, others=f"'{var}'"),
                pair=p.index if p else None,
                en_spans=(loc.span(seg, a, b),),
                suggestion=ref,
                source_term=ref,
                rendering=var,
            )

    def _place_variants(self, doc: Document, pairs: Sequence[AlignedPair]) -> Iterable[Finding]:
        """One Korean place, two romanisations ('Uiseong-gun' and 'Euiseong-gun' for 의성군): the spellings of places
        (a name with -gun, -si, -myeon ..., or before County, River, ...) that render the same Korean word of their
        pairs. Confirmed by the Korean, so that Cheongju and Chungju (청주, 충주), one key apart, stay two cities."""
        from ..anchors import korean_name_candidates
        from ..romanize import names_match

        loc = SegmentLocator(doc)
        spellings: dict[str, list[tuple[str, Segment, int, int, AlignedPair]]] = defaultdict(list)
        for p in pairs:
            if not p.ko or not p.en:
                continue
            words = [sorted((f for f in forms if len(f) >= 2), key=len) for forms in korean_name_candidates(p.ko_text(doc)).values()]
            for j in p.en:
                seg = doc.en[j]
                for m in _PLACE.finditer(seg.text):
                    base = m.group(1)
                    # the Korean words it renders, each by its shortest matching form (의성군, 의성: 의성)
                    hits = {next(f for f in forms if names_match(f, base)) for forms in words if any(names_match(f, base) for f in forms)}
                    if len(hits) == 1:
                        spellings[hits.pop()].append((base, seg, m.start(1), m.end(1), p))
        for ko_word, found in spellings.items():
            forms = list(dict.fromkeys(b for b, *_ in found))
            if len(forms) < 2 or len({f.lower() for f in forms}) < 2:
                continue
            counts = {f: sum(1 for b, *_ in found if b == f) for f in forms}
            ref = max(forms, key=lambda f: (counts[f], -forms.index(f)))
            for base, seg, a, b, p in found:
                if base == ref or re.search(rf"\b{re.escape(ref)}\b", seg.text):
                    continue  # ... and not two places one sentence names ('Yeongyang County in North Gyeongsang Province')
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity,
                    message=self.info.message.format(rendering=base, reference=ref),
                    pair=p.index,
                    en_spans=(loc.span(seg, a, b),),
                    suggestion=ref,
                    source_term=ko_word,
                    rendering=base,
                )

    def _title_surnames(self, doc: Document, pairs: Sequence[AlignedPair], people: list[PersonMention]) -> Iterable[Finding]:
        """'Minister Jeong' after 'Jung Eun-kyeong': a title with the family name alone (or the family name alone where
        the Korean says it with a title, 윤 랩장은 'Yun predicted'), spelled another way than the one full name of the
        document with that family name (the same Korean name romanised twice)."""
        spellings: dict[str, set[str]] = defaultdict(set)
        for m in people:
            spellings[_surname_key(m.family)].add(m.family)
        loc, where = SegmentLocator(doc), pair_of_en(pairs)
        mentions = []
        for seg in doc.en:
            p = where.get(seg.index)
            bare = _bare_surnames(seg.text, p.ko_text(doc) if p is not None and p.ko else "")
            for t in sorted([*_TITLE_SURNAME.finditer(seg.text), *bare], key=lambda t: t.start()):
                if t.group("s") in _SURNAMES:
                    mentions.append((seg, p, t))
        # with no full name of that family name, the first spelling of it alone is the reference ('ringleader Choi',
        # then 'ringleader Choe' for 총책 최씨)
        first: dict[str, str] = {}
        for _, _, t in mentions:
            first.setdefault(_surname_key(t.group("s")), t.group("s"))
        for seg, p, t in mentions:
            name = t.group("s")
            forms = spellings.get(_surname_key(name)) or {first[_surname_key(name)]}
            if len(forms) != 1 or name in forms:
                continue  # the same spelling, or several spellings already
            ref = next(iter(forms))
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(rendering=t.group(0), reference=ref),
                pair=p.index if p else None,
                en_spans=(loc.span(seg, t.start("s"), t.end("s")),),
                suggestion=ref,
                source_term=ref,
                rendering=name,
            )


# a capitalised word of five letters or more, without its possessive: a one-word company or brand name (Netmarble)
_SPLIT_NAME = re.compile(r"\b([A-Z][a-z]{2,})[ -]([A-Za-z][a-z]{2,})\b")
_ONE_WORD_NAME = re.compile(r"\b([A-Z][a-z]{4,}|[A-Z][a-z]+[A-Z][a-z]+)(?:['’]s)?\b(?![-'’])")


def _one_word_typo(a: str, b: str) -> bool:
    """A spelling variant of a one-word name that is no other English form of it (not a plural, not a case change)."""
    if a.lower() == b.lower() or singular(a.lower()) == singular(b.lower()):
        return False
    return token_variant(a, b)


def _hangul_words(text: str) -> set[str]:
    """The Hangul words of a text without their particles (넷마블은 -> 넷마블), two syllables or more."""
    from ..anchors import _without_particle

    return {w for m in re.finditer(r"[가-힣]{2,}", text) if len(w := _without_particle(m.group(0))) >= 2}


# A family name alone, not next to another capitalised word (not part of a full name): "Yun predicted", "said Yun."
_BARE_SURNAME = re.compile(r"(?<![A-Z][a-z]\s)(?<![A-Z][a-z][a-z]\s)(?<!-)\b(?P<s>[A-Z][a-z]+)\b(?:['’]s)?(?![\s-]+[A-Z])(?!-)")
# family names that are also English words a sentence may start with ("An official said", "No one")
# Given names that are native Korean words, and the English words machine translation puts in their place ("Yoon Sky"
# for 윤하늘)
_GIVEN_AS_WORD = {
    "하늘": ("Sky", "Heaven"), "바다": ("Sea", "Ocean"), "나래": ("Wing", "Wings"), "보라": ("Purple", "Violet"),
    "슬기": ("Wisdom",), "사랑": ("Love",), "이슬": ("Dew",), "구름": ("Cloud",), "바람": ("Wind",), "노을": ("Sunset", "Glow"),
    "햇살": ("Sunshine", "Sunlight"), "가을": ("Autumn", "Fall"), "여름": ("Summer",), "겨울": ("Winter",), "누리": ("World",),
    "아름": ("Beauty",), "나라": ("Country", "Nation"), "보람": ("Reward", "Worth"), "기쁨": ("Joy",), "새봄": ("Spring",),
    "한결": ("Consistently",), "다솜": ("Love",), "초롱": ("Lantern",), "샛별": ("Venus", "Morning Star"),
}
_GIVEN_WORD_KO = re.compile(r"(?<![가-힣])([가-힣])(" + "|".join(_GIVEN_AS_WORD) + r")(?![가-힣])")


_SURNAME_WORDS = frozenset({"An", "No", "Do", "Go", "So", "Ha", "Um", "Song", "Moon", "Won", "Gang", "Sin", "Jin", "Min", "Na",
                            "Ra", "Ma", "Bang", "Ju", "Ko", "Yu", "Cha", "Sung"})


def _bare_surnames(en: str, ko: str) -> list[re.Match]:
    """Family names the English uses alone where its Korean names the person by the family name and a title (윤 랩장은
    as "Yun predicted", 김씨는 or 김모(45)씨 as "Kim said"): one of that syllable's romanisations."""
    from ..romanize import SURNAMES

    syllables = {m.group(1) for m in re.finditer(r"(?<![가-힣])([가-힣])(?=\s[가-힣]|씨|모\s?(?:\(|씨))", ko) if m.group(1) in SURNAMES}
    if not syllables:
        return []
    keys = {_surname_key(f) for h in syllables for f in SURNAMES[h]}
    return [m for m in _BARE_SURNAME.finditer(en)
            if m.group("s") not in _SURNAME_WORDS and len(m.group("s")) > 2 and _surname_key(m.group("s")) in keys]


# A title and a family name alone ("Minister Jeong said"), not followed by a given name
_TITLE_SURNAME = re.compile(
    r"\b(?:Minister|Mayor|Governor|President|Chairman|Chairwoman|CEO|Director|Professor|Commissioner|Administrator|"
    r"Superintendent|Prosecutor|Judge|Representative|Rep\.|Lawmaker|Ambassador|Secretary|Mr\.|Ms\.|Mrs\.|Dr\.)\s+"
    r"(?P<s>[A-Z][a-z]+)\b(?![\s-]+[A-Z][a-z]+-[a-z]+)(?!-)"
)


_GIVEN_MESSAGE = "'{rendering}': the given name {ko} was translated as the word '{word}'; write the name ('{suggestion}')"
_ANOTHER_BODY_MESSAGE = "'{rendering}' is the English name of {other}; the Korean names {ko}: write '{expected}'"


def _korean_name_in(o, ko: str, shortest: int = 3) -> str | None:
    """The Korean form of an official name that `ko` has as a word of its own (not 환경부 inside 기후에너지환경부);
    forms of at least `shortest` syllables (국회 and 한은 name a body, but as words of their own only in context)."""
    for form in o.korean:
        if len(form) >= shortest:
            i = ko.find(form)
            while i >= 0:
                if i == 0 or not ("가" <= ko[i - 1] <= "힣"):
                    return form
                i = ko.find(form, i + 1)
    return None


@lru_cache(maxsize=8)
def _korean_forms(names: tuple) -> re.Pattern:
    """Any Korean form of these official names as `_korean_name_in` finds them (3+ syllables, not inside a longer word)."""
    forms = sorted({f for o in names for f in o.korean if len(f) >= 3}, key=len, reverse=True)
    return re.compile(r"(?<![가-힣])(?:" + "|".join(map(re.escape, forms)) + ")") if forms else re.compile(r"(?!)")


def _same_body(a, b) -> bool:
    """Two table rows for one body: a Korean form in common, or the ministry and its minister."""
    return bool(set(a.korean) & set(b.korean)) or a.english.replace("Minister ", "Ministry ") == b.english.replace("Minister ", "Ministry ")


def _nested(a: str, b: str) -> bool:
    """One official name inside the other (Korea Exchange / Korea Exchange Bank)."""
    return a.lower() in b.lower() or b.lower() in a.lower()


@code_rule
class OfficialNameMisspelt(CodeRule):
    info = RuleInfo(
        id="MT-NAME-002",
        name="official-name",
        kind="name",
        severity=Severity.ERROR,
        message="'{rendering}' is not the official English name: write '{expected}'",
        docs=(
            "Ministries, agencies and major companies have official English names (the Ministry of Trade, "
            "Industry and Energy; EcoPro BM; LG Energy Solution; SK On). Machine translation produces near "
            "misses: a typo (Ecoro BM), a wrong capitalisation (Ecopro BM), a plural (LG Energy Solutions), or "
            "an old or wrong word (Minister of Commerce, Industry and Energy). A brand written in lower case is "
            "accepted with a capital first letter, as English prose writes it (SK Hynix for SK hynix). A company the Korean "
            "names under another English name that keeps its brand is reported too (CJ대한통운 as 'CJ Korea Express' for "
            "'CJ Logistics'; KB국민은행 as 'KB Bank'), and a body the Korean names under the official name of another "
            "that the Korean does not name (금융감독원 as 'the Financial Services Commission', 금융위원회's). The table of official names is "
            "mtaudit/rules/data/official_names.tsv (English, Korean forms, note), plus the expected rendering of "
            "every loaded pack term rule tagged `official-name`; the term rules themselves cover translations "
            "from the Korean side."
        ),
        fail=(
            Example(ko="에코프로비엠 권우석 대표이사", en="Kwon Woo-seok, CEO of Ecoro BM, attended."),
            Example(ko="양병내 산업통상자원부 차관", en="Vice Minister of Commerce, Industry and Energy Yang Byung-nae met them."),
            Example(ko="LG에너지솔루션", en="LG Energy Solutions attended."),
            Example(ko="현대로템 관계자", en="An official from Hyundai Lotem said so."),
            Example(ko="한화오션의 수주 실적", en="Hanhwa Ocean's order performance"),
            Example(ko="CJ대한통운은 판결을 존중한다고 밝혔다.", en="CJ Korea Express said it respects the ruling."),
            Example(ko="금융감독원은 증권신고서 정정을 요구했다.", en="The Financial Services Commission demanded a correction to the registration statement."),
        ),
        passes=(
            Example(ko="에코프로비엠 권우석 대표이사", en="Kwon Woo-seok, CEO of EcoPro BM, attended."),
            Example(ko="한국에너지기술평가원은 과제를 공고했다.", en="The Korea Institute of Energy Technology Evaluation and Planning announced the projects."),
            Example(ko="양병내 산업통상자원부 차관", en="Vice Minister of Trade, Industry and Energy Yang Byung-nae met them."),
            Example(ko="SK온은 월요일에", en="SK on Monday said that SK On would invest."),
            Example(ko="SK하이닉스는 HBM 생산을 늘린다.", en="SK Hynix will increase HBM production."),
            Example(ko="삼성전자의 1분기 영업이익", en="Samsung Electronics' operating profit for the first quarter"),
            Example(ko="금융위원회와 금융감독원은 대책을 발표했다.", en="The Financial Services Commission and the Financial Supervisory Service announced measures."),
            Example(ko="보건복지부 장관은 국회 보건복지위원회에 출석했다.", en="The Minister of Health and Welfare appeared before the National Assembly's Health and Welfare Committee."),
        ),
    )

    reads_options = ("official_names",)

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        where = pair_of_en(pairs)
        extra = tuple(ctx.options.get("official_names", ()))
        yield from self._renamed(doc, pairs, extra, loc)
        yield from self._another_body(doc, pairs, extra, loc)
        for seg in doc.en:
            for s, e, o, found in official_near_misses(seg.text, extra):
                p = where.get(seg.index)
                ko_spans: tuple[Span, ...] = ()
                if p is not None:
                    for k in p.ko:
                        kseg = doc.ko[k]
                        for form in o.korean:
                            j = kseg.text.find(form)
                            if j >= 0:
                                ko_spans = (loc.span(kseg, j, j + len(form)),)
                                break
                if o.korean and not ko_spans and (not _spelling_only(found, o.english) or _british_spelling(found, o.english)):
                    continue  # a whole word differs, or only British spelling ("Defence"), and the Korean does not name this
                    # body: another body's name (북한 국방성 calls itself the "Ministry of National Defence")
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity,
                    message=self.info.message.format(rendering=found, expected=o.english),
                    pair=p.index if p else None,
                    ko_spans=ko_spans,
                    en_spans=(loc.span(seg, s, e),),
                    suggestion=o.english,
                    source_term=o.korean[0] if o.korean else o.english,
                    rendering=found,
                )


    def _another_body(self, doc: Document, pairs: Sequence[AlignedPair], extra: tuple, loc: SegmentLocator) -> Iterable[Finding]:
        """A body the Korean names (금융감독원) under the official English name of another ('Financial Services
        Commission', 금융위원회's), which the Korean does not name: two real bodies, so no near-miss test sees it."""
        names = [o for o in official_names() + extra if o.korean]
        any_form = _korean_forms(tuple(names))
        for p in pairs:
            if not p.ko or not p.en:
                continue
            ko, en = p.ko_text(doc), p.en_text(doc)
            if not any_form.search(ko):
                continue  # the Korean names no body of the table
            en_lower = en.lower()
            named = [(o, f) for o in names if (f := _korean_name_in(o, ko)) is not None]
            if not named:
                continue
            for o, form in named:
                if o.english.lower() in en_lower:
                    continue
                # (the other body's name as a name: whole words, capitalised as the table has it; "Seoul Metro" is not in
                # "the Seoul metropolitan area")
                other = next((y for y in names if y.english.lower() in en_lower and _name_at(y.english, en) >= 0
                              and not _same_body(y, o) and _korean_name_in(y, ko, shortest=2) is None
                              and not _nested(y.english, o.english)), None)
                if other is None:
                    continue
                j = next(j for j in p.en if _name_at(other.english, doc.en[j].text) >= 0)
                seg = doc.en[j]
                at = _name_at(other.english, seg.text)
                kseg = next(doc.ko[i] for i in p.ko if form in doc.ko[i].text)
                kat = kseg.text.find(form)
                found = seg.text[at : at + len(other.english)]
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity,
                    message=_ANOTHER_BODY_MESSAGE.format(rendering=found, other=other.korean[0], ko=form, expected=o.english),
                    pair=p.index,
                    ko_spans=(loc.span(kseg, kat, kat + len(form)),),
                    en_spans=(loc.span(seg, at, at + len(other.english)),),
                    suggestion=o.english,
                    source_term=form,
                    rendering=found,
                )

    def _renamed(self, doc: Document, pairs: Sequence[AlignedPair], extra: tuple, loc: SegmentLocator) -> Iterable[Finding]:
        """A company the Korean names (CJ대한통운) under another English name that keeps its brand ('CJ Korea
        Express' for 'CJ Logistics'): the official name is nowhere in the pair, a capitalised name starting with
        its first word, a brand in capitals (CJ, LG, SK, KB, HD, POSCO), is."""
        names = [o for o in official_names() + extra if re.fullmatch(r"[A-Z&]{2,6}", o.english.split()[0]) and len(o.english.split()) > 1]
        for p in pairs:
            if not p.ko or not p.en:
                continue
            ko, en = p.ko_text(doc), p.en_text(doc)
            for o in names:
                form = next((k for k in o.korean if len(k) >= 3 and k in ko), None)
                if form is None or o.english.lower() in en.lower():
                    continue
                brand = o.english.split()[0]
                if any(x.english.lower() in en.lower() for x in names if x is not o and x.english.split()[0] == brand):
                    continue  # another company of the group, named right
                for j in p.en:
                    seg = doc.en[j]
                    m = re.search(rf"\b{re.escape(brand)}((?:\s+[A-Z][A-Za-z&.-]*)+)", seg.text)
                    if m is None:
                        continue
                    found = m.group(0)
                    if o.english.lower().startswith(found.lower() + " "):
                        break  # a short form of the name ("KB Financial" for KB Financial Group)
                    kseg, kat = next((doc.ko[i], doc.ko[i].text.find(form)) for i in p.ko if form in doc.ko[i].text)
                    yield Finding(
                        rule_id=self.info.id,
                        severity=self.info.severity,
                        message=self.info.message.format(rendering=found, expected=o.english),
                        pair=p.index,
                        ko_spans=(loc.span(kseg, kat, kat + len(form)),),
                        en_spans=(loc.span(seg, m.start(), m.end()),),
                        suggestion=o.english,
                        source_term=form,
                        rendering=found,
                    )
                    break


@code_rule
class NameOrder(CodeRule):
    info = RuleInfo(
        id="MT-NAME-003",
        name="name-order",
        kind="name",
        severity=Severity.INFO,
        message="'{rendering}' puts the given name first, unlike the other Korean names in this document ('{reference}')",
        docs=(
            "Korean names in English news follow one order in a document, normally family name first "
            "(Kim Jong-hyun, Kwon Woo-seok). Machine translation switches to given-name-first (Jonghyun Kim) "
            "for some people only, which makes a reader think they are different kinds of names. Use the order "
            "the rest of the document uses (or the person's own preference, consistently)."
        ),
        fail=(Example(ko="김종현 대표와 이시종 지사", en="Governor Lee Si-jong met Jonghyun Kim, CEO of LG Energy Solution. Minister Sung Yun-mo spoke."),),
        passes=(Example(ko="김종현 대표와 이시종 지사", en="Governor Lee Si-jong met Kim Jong-hyun, CEO of LG Energy Solution. Minister Sung Yun-mo spoke."),),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        people = person_mentions(doc)
        if len(people) < 2:
            return
        ff = sum(1 for m in people if m.family_first)
        gf = len(people) - ff
        if not ff or not gf:
            return
        majority_ff = ff >= gf
        keys = defaultdict(set)
        for m in people:
            keys[m.key].add(m.surface)
        reference = next(m.surface for m in people if m.family_first == majority_ff)
        loc = SegmentLocator(doc)
        where = pair_of_en(pairs)
        for m in people:
            if m.family_first == majority_ff or len(keys[m.key]) > 1:
                continue  # the majority order; or a person already reported by MT-NAME-001
            p = where.get(m.seg.index)
            if m.family == "Park" and not m.family_first and p is not None and p.ko and "공원" in p.ko_text(doc):
                continue  # 돌산공원 'Dolsan Park': a park, not a person named Park
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(rendering=m.surface, reference=reference),
                pair=p.index if p else None,
                en_spans=(loc.span(m.seg, m.start, m.end),),
                suggestion=f"{m.family} {hyphenate_given(m.given)}",
                source_term=m.surface,
                rendering=m.surface,
            )


# a name: two or more capitalised words (Hanguk Tuja Partners, Samyang Sikpum Co.)
_CAP_RUN = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'’.-]*)+")


@code_rule
class RomanisedCommonWord(CodeRule):
    info = RuleInfo(
        id="MT-NAME-004",
        name="romanised-common-word",
        kind="name",
        severity=Severity.WARNING,
        message="'{rendering}' leaves {words} romanised in a name: write '{suggestion}'",
        docs=(
            "A Korean organisation's name is made of a proper part and common words (한국투자파트너스 = 한국 Korea + "
            "투자 investment + Partners; 삼양식품 = Samyang + 식품 foods). Its English name translates the common "
            "words: Korea Investment Partners, Samyang Foods. Machine translation that does not know the body "
            "romanises the whole name instead ('Hanguk Tuja Partners', 'Samyang Sikpum'), which a reader cannot "
            "recognise and a search cannot find. Flagged when a capitalised name holds the romanised spelling of a "
            "common word (table: mtaudit/rules/data/romanised_words.tsv) and the Korean of the sentence has that "
            "word. Spellings that official names keep (Hankook Tire, Hankuk University, Kookmin Bank) are not in "
            "the table; a body whose registered English name is romanised can be accepted with `mtaudit review`."
        ),
        fail=(
            Example(ko="이번 투자는 한국투자파트너스가 주도했다.", en="This investment was led by Hanguk Tuja Partners."),
            Example(ko="삼양식품은 라면 수출을 늘렸다.", en="Samyang Sikpum increased ramen exports."),
        ),
        passes=(
            Example(ko="이번 투자는 한국투자파트너스가 주도했다.", en="This investment was led by Korea Investment Partners."),
            Example(ko="한국타이어는 신제품을 출시했다.", en="Hankook Tire launched a new product."),
            Example(ko="삼양식품은 라면 수출을 늘렸다.", en="Samyang Foods increased ramen exports."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        from ..romanize import romanised_common_words

        table = romanised_common_words()
        loc = SegmentLocator(doc)
        where = pair_of_en(pairs)
        for seg in doc.en:
            p = where.get(seg.index)
            if p is None or not p.ko or not any(w.lower() in table for w, _, _ in _words(seg.text)):
                continue
            ko_text = p.ko_text(doc)
            for run in _CAP_RUN.finditer(seg.text):
                words = _words(run.group(0))
                hits = [(w, s, e) for w, s, e in words if w.lower() in table and table[w.lower()][0] in ko_text]
                if not hits or len(hits) == len(words):
                    continue  # no romanised common word; or nothing else in the run: not a name we can tell
                name = run.group(0)[: words[-1][2]]
                fixed = name
                for w, s, e in reversed(hits):
                    fixed = fixed[:s] + table[w.lower()][1] + fixed[e:]
                meant = list(dict.fromkeys(table[w.lower()] for w, _, _ in hits))
                korean = ", ".join(k for k, _ in meant)
                glossed = [f"{k} ('{e.lower()}')" for k, e in meant]
                words = ("the Korean word " if len(meant) == 1 else "the Korean words ") + " and ".join(glossed)
                ko_spans = []
                for k in p.ko:
                    kseg = doc.ko[k]
                    for kw in dict.fromkeys(table[w.lower()][0] for w, _, _ in hits):
                        j = kseg.text.find(kw)
                        if j >= 0:
                            ko_spans.append(loc.span(kseg, j, j + len(kw)))
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity,
                    message=self.info.message.format(rendering=name, words=words, suggestion=fixed),
                    pair=p.index,
                    ko_spans=tuple(ko_spans),
                    en_spans=(loc.span(seg, run.start(), run.start() + len(name)),),
                    suggestion=fixed,
                    source_term=korean,
                    rendering=name,
                )


# Korean family names that are also common words, and the English word machine translation writes for them
_SURNAME_AS_WORD = {"River": "강", "Door": "문", "Gate": "문", "Room": "방", "Forest": "임", "Gold": "김", "South": "남",
                    "West": "서", "East": "동", "Stone": "석", "Pine": "송", "Willow": "류", "Horse": "마", "Dragon": "용",
                    "Jade": "옥", "Summer": "하", "King": "왕", "Jewel": "옥", "Bridge": "교", "Field": "전", "Moon": "월"}
_WORD_THEN_GIVEN = re.compile(r"\b(" + "|".join(_SURNAME_AS_WORD) + r") ([A-Z][a-z]{1,5}-[a-z]{2,6})\b")


@code_rule
class TranslatedSurname(CodeRule):
    info = RuleInfo(
        id="MT-NAME-005",
        name="translated-surname",
        kind="name",
        severity=Severity.ERROR,
        message="'{rendering}': the family name {ko} was translated as the word '{word}'; write the name ('{suggestion}')",
        docs=(
            "Some Korean family names are also words: 강 (river), 문 (door), 방 (room), 임 (forest), 남 (south), 석 "
            "(stone), 송 (pine). Machine translation sometimes translates the family name of a name it does not know: "
            "'River Jun-seok' for 강준석. Reported when the English has such a word right before a hyphenated given name "
            "and the Korean of the sentence has that family name followed by the given name. The same for a given name "
            "that is a Korean word (하늘 'sky', 바다 'sea', 슬기 'wisdom'): 'Yoon Sky' for 윤하늘."
        ),
        fail=(
            Example(ko="강준석 부산항만공사 사장은 말했다.", en="River Jun-seok, president of Busan Port Authority, said so."),
            Example(ko="개막작으로는 윤하늘 감독의 '섬의 마지막 여름'이 선정됐다.",
                    en="Director Yoon Sky's 'The Last Summer of the Island' was selected as the opening film."),
        ),
        passes=(
            Example(ko="강준석 부산항만공사 사장은 말했다.", en="Kang Joon-seok, president of Busan Port Authority, said so."),
            Example(ko="문재인 전 대통령은 말했다.", en="Former President Moon Jae-in said so."),
            Example(ko="개막작으로는 윤하늘 감독의 '섬의 마지막 여름'이 선정됐다.",
                    en="Director Yoon Ha-neul's 'The Last Summer of the Island' was selected as the opening film."),
            Example(ko="김바다 씨는 바다를 보며 말했다.", en="Kim Ba-da said, looking at the sea."),
        ),
    )

    reads_options = ()

    def _given_name_as_word(self, doc: Document, p: AlignedPair, ko: str, loc: SegmentLocator) -> Iterable[Finding]:
        """A given name that is a Korean word translated as that word: 'Yoon Sky' for 윤하늘 (하늘 'sky')."""
        from ..anchors import SURNAMES
        from ..romanize import romanize_name

        for k in _GIVEN_WORD_KO.finditer(ko):
            if k.group(1) not in SURNAMES:
                continue
            names = romanize_name(k.group(0))
            families = {n.split()[0] for n in names if " " in n and "-" not in n.split()[0]}
            pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(families))) + r")\s+(" + "|".join(_GIVEN_AS_WORD[k.group(2)]) + r")\b")
            for j in p.en:
                seg = doc.en[j]
                m = pattern.search(seg.text)
                if m is None:
                    continue
                ko_spans = tuple(loc.span(doc.ko[i], at, at + len(k.group(0))) for i in p.ko if (at := doc.ko[i].text.find(k.group(0))) >= 0)
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity,
                    message=_GIVEN_MESSAGE.format(rendering=m.group(0), ko=k.group(2), word=m.group(2), suggestion=names[0]),
                    pair=p.index,
                    ko_spans=ko_spans[:1],
                    en_spans=(loc.span(seg, m.start(), m.end()),),
                    suggestion=names[0],
                    source_term=k.group(0),
                    rendering=m.group(0),
                )
                break

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        from ..romanize import romanize, romanize_name

        loc = SegmentLocator(doc)
        for p in pairs:
            if not p.ko or not p.en:
                continue
            ko = p.ko_text(doc)
            yield from self._given_name_as_word(doc, p, ko, loc)
            for j in p.en:
                seg = doc.en[j]
                for m in _WORD_THEN_GIVEN.finditer(seg.text):
                    family = _SURNAME_AS_WORD[m.group(1)]
                    given = rom_key(m.group(2).replace("-", ""))
                    korean = next((k.group(0) for k in re.finditer(family + r"([가-힣]{2})", ko) if rom_key(romanize(k.group(1))) == given), None)
                    if korean is None:
                        continue
                    name = romanize_name(korean)[0]
                    ko_spans = tuple(loc.span(doc.ko[k], i, i + len(korean)) for k in p.ko if (i := doc.ko[k].text.find(korean)) >= 0)
                    yield Finding(
                        rule_id=self.info.id,
                        severity=self.info.severity,
                        message=self.info.message.format(rendering=m.group(0), ko=family, word=m.group(1), suggestion=name),
                        pair=p.index,
                        ko_spans=ko_spans[:1],
                        en_spans=(loc.span(seg, m.start(), m.end()),),
                        suggestion=name,
                        source_term=family,
                        rendering=m.group(0),
                    )


# ------------------------------------------------------------------ a person's name spelt as another name

# a Korean personal name: three syllables before a title or a role (윤서진 대성로지스 대표, 김도윤 부장검사), 씨 or an age
_KO_TITLED = (r"대표이사|대표|부사장|사장|부회장|회장|의원|장관|차관|교수|연구원|기자|감독|선수|위원장|위원|청장|원장|총장|부장검사|"
              r"검사|판사|변호사|대변인|국장|과장|팀장|실장|본부장|센터장|소장|이사장|이사|전무|상무|시장|지사|군수|구청장|후보|"
              r"애널리스트|작가|배우|코치")
_KO_PERSON_NAME = re.compile(r"(?<![가-힣])([가-힣]{3})(?=\s?씨|\s?\(\d|(?:\s+[가-힣A-Za-z0-9·]+){0,2}?\s?(?:" + _KO_TITLED + r")(?![가-힣]{2}))")
# the consonants that tell syllables apart whatever the spelling: 서 'Seo'/'Suh' and 석 'Seok'/'Suk' differ
_CONSONANT = {"g": "k", "k": "k", "kk": "k", "c": "k", "j": "j", "ch": "j", "jj": "j", "d": "t", "t": "t", "tt": "t",
              "b": "p", "p": "p", "pp": "p", "f": "p", "s": "s", "ss": "s", "sh": "s", "r": "l", "l": "l", "ll": "l", "rr": "l"}


def _syllable_key(syllable: str) -> tuple[str, str]:
    """(first consonant, last consonant) of a romanised syllable, spelling variants folded: 'Seok' -> ('s', 'k')."""
    s = syllable.lower()
    first = re.match(r"[^aeiouwy]*", s).group(0)
    last = re.search(r"[^aeiouwy]*$", s).group(0) if re.search(r"[aeiouwy]", s) else ""
    return _CONSONANT.get(first, first), _CONSONANT.get(last, last)


def given_name_differs(korean_given: str, english_given: str) -> bool:
    """Whether a romanised given name ('Seok-jin') spells other syllables than the Korean's (서진): a consonant added,
    lost or changed in a syllable, vowels and spelling conventions aside ('Seo-jin', 'Suh-jin' are 서진)."""
    from ..romanize import romanize

    parts = hyphenate_given(english_given).split("-")
    if len(parts) != len(korean_given):
        return False  # not split the way the Korean is: cannot say
    return any(_syllable_key(romanize(k)) != _syllable_key(e) for k, e in zip(korean_given, parts))


@code_rule
class GivenNameMisspelt(CodeRule):
    info = RuleInfo(
        id="MT-NAME-006",
        name="given-name-misspelt",
        kind="name",
        severity=Severity.WARNING,
        message="The Korean names {ko}; the English writes '{rendering}', another given name: check the spelling ({suggestion})",
        docs=(
            "A person's given name spelt as another name: 윤서진 as 'Yoon Seok-jin' (석진), 박정훈 as 'Park Jung-hun' is "
            "fine but 'Park Jung-hyun' (정현) is not. Checked: a Korean three-syllable name before a title or a role (윤서진 "
            "대성로지스 대표, 김도윤 부장검사), 씨 or an age, and an English name with the same family name in the same pair; "
            "each syllable of the given name is compared by its consonants (Seo and Suh are 서, Seok and Suk are 석; "
            "vowel spellings vary too much to judge). Reported when the pair's Korean has one such name with that family "
            "name and it does not match. A warning: a person may use an English name of their own."
        ),
        fail=(
            Example(ko="윤서진 대성로지스 대표는 \"고객 여러분께 죄송하다\"고 말했다.",
                    en="Daesung Logis CEO Yoon Seok-jin said, \"We apologize to our customers.\""),
            Example(ko="김도윤 부장검사는 기자들에게 수사 결과를 설명했다.", en="Chief prosecutor Kim Do-hyun briefed reporters on the findings."),
        ),
        passes=(
            Example(ko="윤서진 대성로지스 대표는 \"고객 여러분께 죄송하다\"고 말했다.",
                    en="Daesung Logis CEO Yoon Seo-jin said, \"We apologize to our customers.\""),
            Example(ko="윤서진 대성로지스 대표는 말했다.", en="Daesung Logis CEO Yoon Suh-jin said so."),
            Example(ko="김도윤 부장검사는 기자들에게 수사 결과를 설명했다.", en="Chief prosecutor Kim Do-yoon briefed reporters on the findings."),
            Example(ko="정의선 현대차그룹 회장은 말했다.", en="Hyundai Motor Group Chairman Chung Eui-sun said so."),
            Example(ko="김철수 대표와 김영희 이사가 참석했다.", en="CEO Kim Chul-soo and director Kim Young-hee attended."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        from ..romanize import SURNAMES

        people = person_mentions(doc)
        if not people:
            return
        where = pair_of_en(pairs)
        loc = None
        for m in people:
            p = where.get(m.seg.index)
            if p is None or not p.ko:
                continue
            ko = p.ko_text(doc)
            same_family = {n.group(1) for n in _KO_PERSON_NAME.finditer(ko)
                           if m.family.lower() in (f.lower() for f in SURNAMES.get(n.group(1)[0], ()))}
            if len(same_family) != 1:
                continue
            name = same_family.pop()
            if not given_name_differs(name[1:], m.given):
                continue
            from ..romanize import romanize_name

            loc = loc or SegmentLocator(doc)
            suggestion = next((f for f in romanize_name(name) if f.startswith(m.family + " ") and "-" in f), romanize_name(name)[0])
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(ko=name, rendering=m.surface, suggestion=suggestion),
                pair=p.index,
                en_spans=(loc.span(m.seg, m.start, m.end),),
                suggestion=suggestion,
                source_term=name,
                rendering=m.surface,
            )


# ------------------------------------------------------------------ a company named as another company

# Korean company-name endings and the English words that say them in a company's English name
_COMPANY_ENDINGS = (
    ("조선해양", r"Shipbuilding|Heavy Industries|Ocean|Marine|Offshore"), ("중공업", r"Heavy Industries|Heavy"),
    ("조선", r"Shipbuilding|Shipyard|Heavy Industries"), ("전자", r"Electronics"), ("제철", r"Steel"), ("철강", r"Steel"),
    ("화학", r"Chemicals?"), ("케미칼", r"Chemicals?"), ("제약", r"Pharmaceuticals?|Pharma"),
    ("바이오로직스", r"Bio\w*|Biologics"), ("바이오", r"Bio\w*"), ("증권", r"Securities|Investment"),
    ("건설", r"Construction|E&C|Engineering"), ("해운", r"Shipping|Line|Marine"), ("항공", r"Air|Airlines|Aviation"),
    ("자동차", r"Motors?"), ("디스플레이", r"Display"), ("반도체", r"Semiconductors?"), ("식품", r"Foods?"), ("푸드", r"Foods?"),
)
_KO_COMPANY = re.compile(r"(?<![가-힣A-Za-z])([가-힣]{2,4}?)(" + "|".join(k for k, _ in _COMPANY_ENDINGS) + r")(?=[은는이가의을를에와과도로,\s·)]|$)")
_EN_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’-]+")


def _named_in(korean: str, en: str) -> bool:
    """Whether the English names the Korean word: a romanisation of it, or the English of a country or a common word."""
    from ..anchors import _EXONYMS
    from ..romanize import names_match

    if any(re.search(rf"\b{re.escape(e)}", en) for e in _EXONYMS.get(korean, ())):
        return True
    common = romanised_common_words_by_korean()
    if korean in common and common[korean].lower() in en.lower():
        return True
    return any(names_match(korean, w.group(0)) for w in _EN_NAME_WORD.finditer(en))


@lru_cache(maxsize=1)
def romanised_common_words_by_korean() -> dict[str, str]:
    from ..romanize import romanised_common_words

    return {ko: eng for ko, eng in romanised_common_words().values()}


def _name_at(name: str, text: str) -> int:
    """Where `text` has `name` as whole words, capitalised as written (-1 if nowhere)."""
    m = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    return m.start() if m else -1


def other_company(ko: str, en: str) -> tuple[str, str] | None:
    """(the Korean company, the English company) when the English names a company of the same kind under another
    name: 한빛조선해양 as 'Daeyang Heavy Industries'. None when the English names the Korean's company anywhere."""
    from ..romanize import similarity
    from .surface import _word_pieces

    official = {k for o in official_names() for k in o.korean}
    companies = [(m.group(0), m.group(1), m.group(2)) for m in _KO_COMPANY.finditer(ko) if m.group(0) not in official]
    for name, core, ending in companies:
        if sum(1 for _, _, e in companies if e == ending) != 1 or _named_in(core, en):
            continue
        en_ending = dict(_COMPANY_ENDINGS)[ending]
        run = re.search(r"\b((?:[A-Z][A-Za-z'’&.-]*\s+){1,3}?)(?:" + en_ending + r")\b", en)
        if run is None:
            continue
        words = [w for w in run.group(1).split() if w.lower() not in ("the", "a", "an", "of", "and", "&")]
        if not words or any(w.rstrip("'’s") in ("Korea", "Korean") for w in words):
            continue
        if similarity(core, " ".join(words)) >= 0.4:
            continue  # a spelling of the name, however loose ('T'way Air' for 티웨이항공, 'Mirae Asset Securities')
        if all(_word_pieces(w.lower()) == 1 for w in words):
            continue  # common English words: the Korean's words translated (해외건설 'Overseas Construction'), no name
        return name, run.group(0).strip()
    return None


@code_rule
class OtherCompany(CodeRule):
    info = RuleInfo(
        id="MT-NAME-007",
        name="other-company",
        kind="name",
        severity=Severity.WARNING,
        message="The Korean names {ko}; the English names '{rendering}' and nowhere {ko}: check that the company is not another one",
        docs=(
            "A company named as another company of the same trade: 한빛조선해양 as 'Daeyang Heavy Industries', 세진바이오 "
            "as 'Hanmi Bio'. Checked: a Korean company name ending in a word of its trade (조선해양, 중공업, 전자, 제철, "
            "화학, 제약, 바이오, 증권, 건설, 해운, 항공, 자동차, 디스플레이, 반도체, 식품) and an English name ending in that "
            "trade's English (Shipbuilding, Heavy Industries, Electronics, Steel, Chemical, ...), when no word of the "
            "English spells the Korean company's own name (a romanisation, or the English of 한국 and such words). Not "
            "for the official names MT-NAME-002 knows. A warning: a company may trade under an English name of its own."
        ),
        fail=(
            Example(ko="한빛조선해양은 암모니아 추진 가스운반선 4척을 수주했다.",
                    en="Daeyang Heavy Industries received an order for four ammonia-fuelled gas carriers."),
        ),
        passes=(
            Example(ko="한빛조선해양은 암모니아 추진 가스운반선 4척을 수주했다.",
                    en="Hanbit Shipbuilding & Marine received an order for four ammonia-fuelled gas carriers."),
            Example(ko="한국조선해양은 가스운반선 4척을 수주했다.", en="Korea Shipbuilding & Offshore Engineering won an order for four gas carriers."),
            Example(ko="동진제철에 대해 투자의견 '매수'를 유지했다.", en="It maintained its buy rating on Dongjin Steel."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        for p in pairs:
            if not p.ko or not p.en:
                continue
            got = other_company(p.ko_text(doc), p.en_text(doc))
            if got is None:
                continue
            name, rendering = got
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(ko=name, rendering=rendering),
                pair=p.index,
                ko_spans=tuple(doc.ko[i].span for i in p.ko),
                en_spans=tuple(doc.en[j].span for j in p.en),
                source_term=name,
                rendering=rendering,
            )
