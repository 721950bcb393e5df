"""Anchors: things a translation must carry over unchanged, used to align sentences.

Three kinds, all reduced to comparable keys:
- numbers, normalised to a value: "1,172억" and "117.2 billion" -> 117200000000,
  "23일" and "the 23rd" -> 23, "4대" and "four" -> 4; clock times stay "15:00";
- Latin-script tokens written inside the Korean (LG, SK, R&D, B2B), matched
  case-insensitively against the English words;
- Korean proper nouns, romanised and fuzzy-matched (`romanize.names_match`)
  against capitalised English words: 대전 ~ Daejeon, 성윤모 ~ Sung Yun-mo.

Names need the other side to be known, so `DocumentAnchors.build(ko, en)`
resolves them once per document: every Korean word that matches some English
name gets that name's key, and both sentences then carry the same key.

This module keeps its own small number normaliser for alignment only; the rule
that compares numbers and units (`mtaudit.numbers`) is separate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Sequence

from .romanize import SURNAMES, is_hangul, loose_key, romanised_common_words, romanize_name

_KO_UNITS = {"만": 1e4, "억": 1e8, "조": 1e12, "천": 1e3, "백": 1e2}
_EN_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "quadrillion": 1e15, "hundred": 1e2}
_EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "thousand": 1000, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "twice": 2, "doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3,  # 2배로 늘었다 "doubled"
    "once": 1, "single": 1,  # 주 1회 "once a week", 1회 충전 "a single charge"
}
# "second" is far more often "secondary"/time than the ordinal 2 in this domain
_EN_WORDS.pop("second")

_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3]):([0-5]\d)(?!\d)")
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
# Korean: 1,172억 / 20조 5천억 / 3.5% / 16명: a number and an optional 만/억/조 chain
_KO_CLOCK = re.compile(r"(?<!\d)([01]?\d|2[0-4])\s?시\s?([0-5]?\d)\s?분")
_KO_NUM = re.compile(rf"(?<![A-Za-z0-9])({_NUM})\s*((?:[만억조천백]\s*)*)")  # not the 2 of G2G or the 5 of FE5
_CHAINED = re.compile(r"[천백십조억만]\s?\d")  # a group followed by another: one number of several groups
_EN_NUM = re.compile(rf"(?<![\w.])(?:{_NUM}|\.\d+(?![.,]\d))(?:st|nd|rd|th)?(?:\s+(thousand|million|billion|trillion|quadrillion|hundred))?", re.I)
_EN_WORD_NUM = re.compile(r"\b(" + "|".join(_EN_WORDS) + r")\b", re.I)
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[&\-.][A-Za-z0-9]+)*")
# units of measure written in Latin letters after a number in Korean text (also the ton of 5만t급)
_UNIT_TOKENS = frozenset({"t", "kt", "mt", "g", "mg", "kg", "l", "ml", "km", "m", "cm", "mm", "nm", "ha", "w", "kw", "mw",
                          "gw", "kwh", "mwh", "gwh", "twh", "v", "kv", "hz", "mhz", "ghz", "kb", "mb", "gb", "tb", "cc"})
_AFTER_NUMBER = re.compile(r"\d[\d,.]*\s?[천백만억조]?\s?$")
_EN_CAPS = re.compile(r"[A-Z][A-Za-z]*(?:-[A-Za-z]+)*(?:\s+[A-Z][A-Za-z]*(?:-[A-Za-z]+)*)*")
_MONTHS = {m: i for i, m in enumerate(("January", "February", "March", "April", "May", "June", "July", "August", "September",
                                        "October", "November", "December"), 1)}
_EN_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")
_MAY_DATE = re.compile(r"\s*\d")  # "May 5", "May 2025": the month, not the verb
_MAY_BEFORE = re.compile(r"\b(in|of|since|until|from|by|last|next|early|late|mid|this|to)[\s-]*$", re.I)
_DOTTED_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}")
_ADMIN_SUFFIXES = frozenset({"do", "si", "gun", "gu", "eup", "myeon", "dong", "ri"})
# demonyms: "the Polish Air Force" names 폴란드 as "Poland" would
_DEMONYMS = {
    "Polish": "Poland", "Japanese": "Japan", "Chinese": "China", "Korean": "Korea", "American": "America", "British": "Britain",
    "German": "Germany", "French": "France", "Russian": "Russia", "Vietnamese": "Vietnam", "Indian": "India",
    "Australian": "Australia", "Canadian": "Canada", "European": "Europe", "Asian": "Asia", "Indonesian": "Indonesia",
    "Thai": "Thailand", "Mexican": "Mexico", "Brazilian": "Brazil", "Spanish": "Spain", "Italian": "Italy",
    "Dutch": "Netherlands", "Swedish": "Sweden", "Turkish": "Turkey", "Saudi": "Saudi Arabia", "Czech": "Czechia",
    "Hungarian": "Hungary", "Romanian": "Romania", "Ukrainian": "Ukraine", "Mongolian": "Mongolia", "Philippine": "Philippines",
    "Malaysian": "Malaysia", "Singaporean": "Singapore", "Norwegian": "Norway", "Finnish": "Finland", "Danish": "Denmark",
}
# places whose English name is not their romanisation
_EXONYMS = {
    "중국": ("China",), "일본": ("Japan",), "미국": ("United States", "America", "US", "U.S."), "영국": ("Britain", "UK"),
    "독일": ("Germany",), "프랑스": ("France",), "러시아": ("Russia",), "대만": ("Taiwan",), "북한": ("North Korea",),
    "한국": ("Korea",), "호주": ("Australia",), "인도": ("India",), "중동": ("Middle East",), "태국": ("Thailand",),
    "네덜란드": ("Netherlands",), "터키": ("Turkey", "Türkiye"), "튀르키예": ("Türkiye", "Turkey"), "스페인": ("Spain",),
    "이탈리아": ("Italy",), "유럽": ("Europe",), "베트남": ("Vietnam",), "캐나다": ("Canada",), "멕시코": ("Mexico",),
    "브라질": ("Brazil",), "인도네시아": ("Indonesia",), "필리핀": ("Philippines",), "스웨덴": ("Sweden",),
    "사우디아라비아": ("Saudi Arabia",), "사우디": ("Saudi Arabia", "Saudi"), "이스라엘": ("Israel",), "우크라이나": ("Ukraine",),
    "폴란드": ("Poland",), "아프리카": ("Africa",), "아시아": ("Asia",), "싱가포르": ("Singapore",), "홍콩": ("Hong Kong",),
    # provinces named by their two-syllable short form in Korean, by the full or the translated name in English
    "충북": ("Chungcheongbuk-do", "North Chungcheong"), "충남": ("Chungcheongnam-do", "South Chungcheong"),
    "전북": ("Jeollabuk-do", "North Jeolla"), "전남": ("Jeollanam-do", "South Jeolla"),
    "경북": ("Gyeongsangbuk-do", "North Gyeongsang"), "경남": ("Gyeongsangnam-do", "South Gyeongsang"),
}
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
# particles and endings stripped before romanising a Korean word (longest first)
_PARTICLES = sorted(
    "은 는 이 가 을 를 에 의 와 과 도 로 으로 에서 에게 께서 까지 부터 에서는 으로는 이라는 라는 이다 이며 이고 과의 와의 에는 로는 으로부터 로부터 측은 측".split(),
    key=len, reverse=True,
)
_SUFFIXES = ("특별시", "광역시", "시", "도", "군", "구", "씨")
_EN_STOP = {"the", "a", "an", "in", "on", "at", "of", "and", "to", "for", "with", "by", "as", "it", "this", "that", "he", "she", "we", "they", "i"}


def _value_key(v: float) -> str:
    if v == int(v):
        return f"n:{int(v)}"
    return f"n:{float(f'{v:.6g}')}"


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def korean_numbers(text: str) -> set[str]:
    """Number keys in Korean text: "1,172억" -> {"n:117200000000"}, "23일 15:00" -> {"n:23", "t:15:00"}."""
    keys: set[str] = set()
    for m in _TIME.finditer(text):
        keys.add(f"t:{int(m.group(1))}:{m.group(2)}")
    text = _TIME.sub(" ", text)
    for m in _KO_CLOCK.finditer(text):  # 오전 1시 13분 = "1:13 a.m." (one time, not the numbers 1 and 13)
        keys.add(f"t:{int(m.group(1))}:{int(m.group(2)):02d}")
    text = _KO_CLOCK.sub(" ", text)
    from .numbers import _KO_AMOUNT, _KO_PER_HEAD, ko_chain_value

    text = _KO_PER_HEAD.sub(" ", text)  # 1인당 = per capita: no number in the English
    # a chain of groups is one number: 3만3천 = 33,000, 2억5천만 = 250,000,000, 1조 2천억, 1천45억, 7천245, 1만 3천531
    # (read as the number rules read it)
    chains = [m.span("groups") for m in _KO_AMOUNT.finditer(text) if _CHAINED.search(m.group("groups"))]
    for a, b in chains:
        value = ko_chain_value(text[a:b])
        if value is not None:
            keys.add(_value_key(value))
    for a, b in reversed(chains):
        text = text[:a] + " " + text[b:]
    for m in _KO_NUM.finditer(text):
        v = _num(m.group(1))
        units = [c for c in (m.group(2) or "") if c in _KO_UNITS]
        for c in units:
            v *= _KO_UNITS[c]
        keys.add(_value_key(v))
    return keys


def english_numbers(text: str) -> set[str]:
    """Number keys in English text: "KRW 117.2 billion" -> {"n:117200000000"}, "the 23rd" -> {"n:23"}."""
    keys: set[str] = set()
    for m in _TIME.finditer(text):
        keys.add(f"t:{int(m.group(1))}:{m.group(2)}")
    text = _TIME.sub(" ", text)
    for m in _EN_NUM.finditer(text):
        digits = re.match(rf"{_NUM}|\.\d+", m.group(0)).group(0)
        v = _num(digits)
        if m.group(1):
            v *= _EN_SCALES[m.group(1).lower()]
        keys.add(_value_key(v))
    for m in _EN_WORD_NUM.finditer(text):
        word = m.group(1)
        if word[0].isupper() and text[: m.start()].strip():  # "Four Seasons Hotel": a name, not a number
            continue
        keys.add(_value_key(_EN_WORDS[word.lower()]))
    for m in _EN_MONTH.finditer(text):  # 3월 -> "March" (the Korean side reads 3월 as the number 3)
        if m.group(1) != "May" or _MAY_DATE.match(text, m.end()) or _MAY_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            keys.add(_value_key(_MONTHS[m.group(1)]))
    return keys


def korean_latin(text: str) -> set[str]:
    """Latin-script tokens inside Korean text, casefolded: "LG에너지솔루션과 SK온, R&D" -> {"lg", "sk", "r&d"}.
    A unit of measure right after a number (5만t급, 32㎞ is not Latin, 100km, 36GB) is not one: the English may
    spell it out ("50,000-ton", "100 kilometers"), and the number rule compares units."""
    out = set()
    for m in _LATIN.finditer(text):
        token = m.group(0).casefold()
        if token in _UNIT_TOKENS and _AFTER_NUMBER.search(text[max(0, m.start() - 16) : m.start()]):
            continue
        out.add(token)
    return out


def english_words(text: str) -> set[str]:
    """Latin words of English text, casefolded; a hyphenated word also gives its parts ("University-SK" -> "sk")."""
    out = set()
    for m in _LATIN.finditer(text):
        token = m.group(0).casefold()
        out.add(token)
        if "-" in token:
            out.update(p for p in token.split("-") if p)
    return out


def english_word_numbers(text: str) -> set[str]:
    """Number keys English gives only as words ("the two institutions", "the first half"), none written in digits."""
    spelled = set()
    for m in _EN_WORD_NUM.finditer(text):
        word = m.group(1)
        if not (word[0].isupper() and text[: m.start()].strip()):
            spelled.add(_value_key(_EN_WORDS[word.lower()]))
    if not spelled:
        return spelled
    return spelled - english_numbers(_EN_WORD_NUM.sub(" ", text))


def _without_particle(word: str) -> str:
    """충청북도는 -> 충청북도 (for messages)."""
    for p in _PARTICLES:
        if word.endswith(p) and len(word) - len(p) >= 2:
            return word[: -len(p)]
    return word


def korean_name_candidates(text: str) -> dict[str, set[str]]:
    """Hangul words -> their forms with particles and place suffixes stripped: "대전시가" -> {"대전시가", "대전시", "대전"}."""
    out: dict[str, set[str]] = {}
    for m in _HANGUL_WORD.finditer(text):
        w = m.group(0)
        forms = _word_forms(w)
        if forms:
            out.setdefault(w, set()).update(forms)
    return out


@lru_cache(maxsize=65_536)  # pure; a word's forms are asked for in every sentence it occurs in
def _word_forms(w: str) -> frozenset[str]:
    forms = {w}
    for p in _PARTICLES:
        if w.endswith(p) and len(w) - len(p) >= 2:
            forms.add(w[: -len(p)])
            break
    for f in list(forms):
        for s in _SUFFIXES:
            if f.endswith(s) and len(f) - len(s) >= 2:
                forms.add(f[: -len(s)])
    return frozenset(f for f in forms if 2 <= len(f) <= 8)


def english_name_candidates(text: str) -> set[str]:
    """Capitalised words and runs of them (1-3 words): "Sung Yun-mo" -> {"Sung", "Yun-mo", "Sung Yun-mo"}."""
    out: set[str] = set(m.group(0).replace(".", "") for m in _DOTTED_ACRONYM.finditer(text))  # "U.S." is US
    common = romanised_common_words()
    for m in _EN_CAPS.finditer(text):
        words = [w for w in m.group(0).split()]
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 3) + 1):
                cand = " ".join(words[i:j])
                if cand.lower() not in _EN_STOP and not any(w.lower() in common for w in words[i:j]):
                    out.add(cand)  # not "Hanguk Tuja Partners" (MT-NAME-004's): 투자 would be a name everywhere
        for w in words:
            parts = w.split("-")
            if len(parts) > 1 and all(p[:1].isupper() for p in parts):  # "Asia-Europe" names Asia and Europe
                out.update(p for p in parts if p.lower() not in _EN_STOP)
            elif len(parts) == 2 and parts[1].lower() in _ADMIN_SUFFIXES:  # "Gyeonggi-do" names Gyeonggi (경기)
                out.add(parts[0])
            if w in _DEMONYMS:
                out.add(_DEMONYMS[w])
    return out


@dataclass(frozen=True)
class Anchors:
    """One side's anchors for one sentence (or a run of sentences: `merge`)."""

    numbers: frozenset[str] = frozenset()  # "n:23", "t:15:00"
    latin: frozenset[str] = frozenset()  # Korean side: Latin tokens; English side: all its words
    # English side: name keys; Korean side: one group of keys per Korean word that matched an English name
    names: frozenset = frozenset()
    # English side: the numbers of `numbers` it gives only as words ("the first female head", "the two
    # institutions"): such a word mostly renders a Korean word (최초, 양 기관), so with no Korean counterpart it
    # does not count as an extra number
    spelled: frozenset[str] = frozenset()
    # Korean side: the numbers of `numbers` found only inside a number idiom (3·1절 "Independence Movement Day", 8강
    # "the quarterfinals", 차량 2부제 "the odd-even system", rules/data/number_idioms.tsv): they count when the
    # English has them and are not missing when it does not
    optional: frozenset[str] = frozenset()

    def merge(self, other: "Anchors") -> "Anchors":
        return Anchors(self.numbers | other.numbers, self.latin | other.latin, self.names | other.names,
                       (self.spelled | other.spelled) - (self.numbers - self.spelled) - (other.numbers - other.spelled),
                       (self.optional | other.optional) - (self.numbers - self.optional) - (other.numbers - other.optional))


EMPTY = Anchors()


@dataclass(frozen=True)
class AnchorComparison:
    matched: int  # Korean anchors found in the English
    missing: int  # Korean numbers/Latin tokens/names absent from the English
    extra: int  # English numbers with no Korean counterpart
    numbers_missing: int
    names_missing: int

    @property
    def overlap(self) -> float:
        """Dice-like agreement 0..1; 1.0 when neither side has any anchor (nothing contradicts)."""
        denom = 2 * self.matched + self.missing + self.extra
        if denom == 0:
            return 1.0
        return 2 * self.matched / denom


def compare(ko: Anchors, en: Anchors) -> AnchorComparison:
    """Korean anchors against English ones (Korean names are groups of acceptable keys)."""
    num_match = len(ko.numbers & en.numbers) if ko.numbers and en.numbers else 0
    lat_match = len(ko.latin & en.latin) if ko.latin else 0
    en_names = en.names
    name_match = sum(1 for group in ko.names if not group.isdisjoint(en_names)) if en_names and ko.names else 0
    num_missing = len(ko.numbers) - num_match
    if ko.optional and num_missing:
        num_missing -= len(ko.optional - en.numbers)
    name_missing = len(ko.names) - name_match
    return AnchorComparison(
        matched=num_match + lat_match + name_match,
        missing=num_missing + (len(ko.latin) - lat_match) + name_missing,
        extra=len(en.numbers - ko.numbers - en.spelled),
        numbers_missing=num_missing,
        names_missing=name_missing,
    )


class DocumentAnchors:
    """Anchors of every sentence of a document, with names resolved across the two sides."""

    def __init__(self, ko: list[Anchors], en: list[Anchors], word_keys: dict[str, frozenset[str]] | None = None):
        self.ko = ko
        self.en = en
        self.word_keys = word_keys or {}  # Korean word -> English name keys it matched somewhere in the document

    def missing_names(self, ko_text: str, en: Anchors, en_text: str = "") -> list[str]:
        """Korean words of `ko_text` that render a name found elsewhere in the English, but not in `en` (nor, in
        any case, in `en_text`: 포럼 is "Forum" in a name elsewhere and "the forum" here)."""
        out = []
        lower: set[str] | None = None
        for word in korean_name_candidates(ko_text):
            keys = self.word_keys.get(word)
            if keys and not keys & en.names:
                if lower is None:
                    lower = {loose_key(w) for w in re.findall(r"[A-Za-z][A-Za-z'-]*", en_text)}
                if keys & lower:
                    continue
                base = _without_particle(word)
                if len(base) == 3 and base[0] in SURNAMES and _surname_in(base[0], en_text):
                    continue  # "Son's 12th goal" for 손흥민의: after the first mention English names a person by the surname
                out.append(base)
        return out

    @classmethod
    def build(cls, ko_texts: Sequence[str], en_texts: Sequence[str], threshold: float = 0.84) -> "DocumentAnchors":
        ko_cands = [korean_name_candidates(t) for t in ko_texts]
        en_cands = [english_name_candidates(t) for t in en_texts]
        # distinct English keys, bucketed by their first letter so each Korean word meets few of them
        en_key_of: dict[str, str] = {}
        buckets: dict[str, list[str]] = {}
        for cands in en_cands:
            for c in cands:
                if c in en_key_of:
                    continue
                k = loose_key(c)
                en_key_of[c] = k
                if len(k) >= 4:
                    buckets.setdefault(k[0], []).append(k)
        for b in buckets:
            buckets[b] = sorted(set(buckets[b]))
        exact_keys = {k for ks in buckets.values() for k in ks}
        ko_match: dict[str, frozenset[str]] = {}
        for cands in ko_cands:
            for word, forms in cands.items():
                if word in ko_match:
                    continue
                hits: set[str] = set()
                # a key of a two-syllable form must match exactly: one letter apart, 중국 (China) would be
                # Chungbuk, 중점 (focus) Cheongju, 정부 (government) Jeonbuk
                keys: dict[str, bool] = {}
                short = len(_without_particle(word)) <= 2  # 충북을, 정부의: the word is two syllables
                for f in forms:
                    k = loose_key(f)
                    keys[k] = keys.get(k, True) and (short or len(f) <= 2)
                for f in forms:  # 이시종 -> "Lee Si-jong", 김종현 -> "Jonghyun Kim"
                    if len(f) == 3 and f[0] in SURNAMES:
                        keys.update((loose_key(n), False) for n in romanize_name(f))
                    for name in _EXONYMS.get(f, ()):  # 중국 -> "China": no romanisation gives it
                        keys[loose_key(name)] = True
                for kk, exact in keys.items():
                    if len(kk) < 4:
                        continue
                    if exact:
                        if kk in exact_keys:
                            hits.add(kk)
                        continue
                    for ek in buckets.get(kk[0], ()):
                        if abs(len(ek) - len(kk)) > max(3, len(kk) // 3) or len(ek) < 5:
                            continue  # a short key one letter off is another word (빠르게 ~ "Park")
                        if _similar_keys(kk, ek, threshold):
                            hits.add(ek)
                ko_match[word] = frozenset(hits)
        used: set[str] = set().union(*ko_match.values()) if ko_match else set()
        ko_out = []
        for t, cands in zip(ko_texts, ko_cands):
            groups = frozenset(ko_match[w] for w in cands if ko_match[w])
            numbers = frozenset(korean_numbers(t))
            ko_out.append(Anchors(numbers, frozenset(korean_latin(t)), groups, optional=_idiom_numbers(t, numbers)))
        en_out = []
        for t, cands in zip(en_texts, en_cands):
            names = frozenset(en_key_of[c] for c in cands if en_key_of[c] in used)
            en_out.append(Anchors(frozenset(english_numbers(t)), frozenset(english_words(t)), names, frozenset(english_word_numbers(t))))
        return cls(ko_out, en_out, {w: k for w, k in ko_match.items() if k})


def _idiom_numbers(text: str, numbers: frozenset[str]) -> frozenset[str]:
    """The number keys of `text` (Korean) that occur only inside its number idioms (see Anchors.optional)."""
    if not numbers:
        return frozenset()
    from .numbers import korean_idiom_spans

    spans = korean_idiom_spans(text)
    if not spans:
        return frozenset()
    inside: set[str] = set()
    rest, last = [], 0
    for a, b in spans:
        inside |= korean_numbers(text[a:b])
        rest.append(text[last:a])
        last = b
    rest.append(text[last:])
    return frozenset((inside & numbers) - korean_numbers(" ".join(rest)))


@lru_cache(maxsize=262_144)  # pure; the same names meet each other in every document (and in each build)
def _similar_keys(kk: str, ek: str, threshold: float) -> bool:
    sm = SequenceMatcher(None, kk, ek, autojunk=False)
    return sm.quick_ratio() >= threshold and sm.ratio() >= threshold


def has_hangul(text: str) -> bool:
    return any(is_hangul(c) for c in text)


def _surname_in(syllable: str, en_text: str) -> bool:
    """Whether the English writes a romanisation of the Korean surname `syllable` as a word of its own (Son, Sohn's,
    Mr. Kim); one-letter forms (I, O) do not count."""
    pattern = _surname_re(syllable)
    return pattern is not None and pattern.search(en_text) is not None


@lru_cache(maxsize=256)
def _surname_re(syllable: str) -> re.Pattern | None:
    forms = [f for f in SURNAMES.get(syllable, ()) if len(f) > 1]
    return re.compile(r"\b(?:" + "|".join(forms) + r")(?:['’]s)?\b") if forms else None
