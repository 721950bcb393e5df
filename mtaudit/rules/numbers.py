"""MT-NUM-*: a number present on one side of a translated pair and missing or different on the other."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

from ..numbers import _MONTHS, MEASURE_RE, MEASURES, TIME_UNITS, Magnitude, NumberMention, extract_numbers, magnitudes, number_idioms, same_value
from ..types import AlignedPair, Document, Finding, Segment, Severity
from .base import CheckContext, CodeRule, Example, RuleInfo, code_rule
from .surface import translated_pairs
from .textmap import SegmentLocator

_CURRENCIES = {"won", "dollar", "yen", "euro", "yuan"}
_MEASURE_UNITS = frozenset(MEASURES.values())


def _fmt(m: NumberMention) -> str:
    return m.text


# ------------------------------------------------------------------ the corrected English of a wrong number

_EN_NUMBER_PART = re.compile(r"\d[\d,]*(?:\.\d+)?(?:[\s-]?(?:thousand|million|billion|trillion|mn|bn|tn)\b)?", re.IGNORECASE)
_ORDINAL_PART = re.compile(r"\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UNIT_SYMBOL = {"m2": "square meters", "pyeong": "pyeong", "ha": "hectares", "ug": "μg"}
_UNIT_WORD = {"mile": "miles", "ft": "feet", "lb": "pounds", "acre": "acres", "inch": "inches", "km": "kilometers", "m": "meters", "cm": "centimeters", "mm": "millimeters", "kg": "kilograms", "GB": "gigabytes",
              "TB": "terabytes", "MB": "megabytes", "kW": "kilowatts", "MW": "megawatts", "GW": "gigawatts",
              "ug": "micrograms", "mg": "milligrams"}


def english_number(value: float) -> str:
    """A value as English news writes it: 300 billion, 1.3 trillion, 68.7 million, 23,000, 24.6."""
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if abs(value) >= scale:
            return f"{_plain(value / scale)} {word}"
    return _plain(value)


def english_magnitude(m: Magnitude) -> str:
    """An order of magnitude as English says it: 수백억 "tens of billions", 수억 "hundreds of millions", 수십 "dozens"."""
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3), ("", 1.0)):
        if m.low >= scale:
            factor = round(m.low / scale)
            if not word:
                return {10: "dozens", 100: "hundreds"}.get(factor, "several")
            return {1: f"several {word}", 10: f"tens of {word}s", 100: f"hundreds of {word}s"}.get(factor, f"several {word}")
    return "several"


def _plain(v: float) -> str:
    v = round(v, 4)
    if v == int(v):
        return f"{int(v):,}"
    whole, frac = f"{v:.4f}".rstrip("0").split(".")
    return f"{int(whole):,}.{frac}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                  "twelfth")


def suggest_english(k: NumberMention, e: NumberMention) -> str | None:
    """The English number `e` (in place of the Korean `k`) rewritten to say what `k` says, in `e`'s own form
    ("30 billion won" -> "300 billion won", "$6.87 million" -> "$68.7 million", "412cm" -> "412mm", "the 27th" ->
    "the 28th", "Thursday" -> "Friday"); None when there is no safe rewrite (times, dates, fractions, spelled numbers)."""
    text = e.text
    if k.kind == "weekday" and e.kind == "weekday" and 1 <= k.value <= 7:
        return _WEEKDAY_NAMES[int(k.value) - 1]
    if k.kind == "month" and e.kind == "month" and text[:1].isupper() and 1 <= k.value <= 12:
        return _MONTH_NAMES[int(k.value) - 1]
    if k.kind == "ordinal" and e.kind == "ordinal" and e.spelled and k.value == int(k.value) and 1 <= k.value <= len(_ORDINAL_WORDS):
        word = _ORDINAL_WORDS[int(k.value) - 1]  # "its fifth title" -> "its sixth title", "third week" -> "fourth week"
        first = re.match(r"[A-Za-z]+", text)
        return (word.capitalize() if text[:1].isupper() else word) + (text[first.end() :] if first else "")
    if k.kind == "time" and e.kind == "time" and e.spelled and k.value in (0, 12):  # 낮 12시 said "midnight"
        return "noon" if k.value == 12 else "midnight"
    if _other_time_unit(k, e):
        return _time_unit_swapped(k, e)
    if k.kind in ("time", "date", "fraction") or e.spelled:
        return None
    converted = _in_units_of(k, e) if k.unit != e.unit else None
    if converted is not None and not same_value(k.value, e.value):  # 100만㎾ / "1,000 GW": the value in the English unit
        sig = _sig_digits(k.text)  # to the Korean's precision: 485㎞ is "301 miles", not "301.36"
        if sig is not None and converted:
            from math import floor, log10

            scale = 10 ** (floor(log10(abs(converted))) - max(sig, 1) + 1)
            converted = round(converted / scale) * scale
        k = NumberMention(converted, e.unit, k.kind, k.start, k.end, k.text)
    elif same_value(k.value, e.value) and k.unit in _MEASURE_UNITS and e.unit in _MEASURE_UNITS:  # the unit is wrong
        m = MEASURE_RE.search(text)
        if m is None:
            return None
        u = m.group("u")
        new = _UNIT_WORD.get(k.unit, _UNIT_SYMBOL.get(k.unit, k.unit)) if u.isalpha() and len(u) > 3 else _UNIT_SYMBOL.get(k.unit, k.unit)
        return text[: m.start("u")] + new + text[m.end("u") :]
    if k.value != int(k.value) and k.kind in ("day", "ordinal", "year", "month"):
        return None
    m = _ORDINAL_PART.search(text)
    if m is not None and k.kind in ("day", "ordinal"):
        return text[: m.start()] + _ordinal(int(k.value)) + text[m.end() :]
    m = _EN_NUMBER_PART.search(text)
    if m is None:
        return None
    number = str(int(k.value)) if k.kind == "year" else english_number(k.value)
    if "-" in m.group(0):  # "the 300-million-won range" -> "the 200-million-won range"
        number = number.replace(" ", "-")
    return text[: m.start()] + number + text[m.end() :]


_TIME_WORD = re.compile(r"(?P<u>minute|hour|day|week|month|year)(?P<s>s?)\b", re.IGNORECASE)


def _time_unit_swapped(k: NumberMention, e: NumberMention) -> str | None:
    """ "3 years" -> "3 months", "a year" -> "a month" for 3개월, 한 달: the English number with the Korean's unit (only
    when the number itself is right)."""
    m = _TIME_WORD.search(e.text)
    if m is None or not same_value(k.value, e.value):
        return None
    return e.text[: m.start()] + k.unit + m.group("s") + e.text[m.end() :]


def _sig_digits(text: str) -> int | None:
    """Significant digits of the first number written in digits: '117.2 billion' -> 4, '1.17' -> 3."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not m:
        return None
    raw = m.group(0).replace(",", "")
    digits = raw.replace(".", "").lstrip("0")
    if "." not in raw:
        digits = digits.rstrip("0")
    return max(1, len(digits))


def _rounded_equal(k: float, e: float, sig: int | None) -> bool:
    """KRW 1.17 trillion for 1조 1,720억 원: the English rounds the Korean to the digits it shows."""
    if sig is None or k == 0 or sig >= 6:
        return False
    from math import floor, log10

    scale = 10 ** (floor(log10(abs(k))) - sig + 1)
    return same_value(round(k / scale) * scale, e)


# units of one quantity, in a common base: 100만㎾ is "1,000MW", 1.2㎞ "1,200 m", 9.4GW "9,400 MW"
_UNIT_SCALE = {
    "mm": ("length", 1e-3), "cm": ("length", 1e-2), "m": ("length", 1.0), "km": ("length", 1e3),
    "ug": ("mass", 1e-9), "mg": ("mass", 1e-6), "kg": ("mass", 1.0),
    "KB": ("data", 1e3), "MB": ("data", 1e6), "GB": ("data", 1e9), "TB": ("data", 1e12),
    "kW": ("power", 1e3), "MW": ("power", 1e6), "GW": ("power", 1e9),
    "kWh": ("energy", 1e3), "MWh": ("energy", 1e6), "GWh": ("energy", 1e9),
    "m2": ("area", 1.0), "ha": ("area", 1e4),
    "mile": ("length", 1609.344), "ft": ("length", 0.3048), "inch": ("length", 0.0254), "lb": ("mass", 0.45359237),
    "acre": ("area", 4046.8564224),
}


def _in_units_of(k: NumberMention, e: NumberMention) -> float | None:
    """The Korean value in the English number's unit when both are units of one quantity (100만 kW in MW: 1000.0);
    None when they are not."""
    a, b = _UNIT_SCALE.get(k.unit), _UNIT_SCALE.get(e.unit)
    if a is None or b is None or a[0] != b[0]:
        return None
    return k.value * a[1] / b[1]


_RANGE_SEP = re.compile(r"\s?[~∼\-–]\s?")


def runs_together(missing, extra) -> list:
    """((seg, a), (seg, b), (seg, e)) for a Korean range a~b (both missing) whose English is one number written with
    the digits of both (3~4일 as "34 days", 10~20% as "1020%"): a dropped tilde, one error, not three."""
    out = []
    for (seg, a), (seg2, b) in zip(missing, missing[1:]):
        if seg is not seg2 or a.value != int(a.value) or b.value != int(b.value) or not _RANGE_SEP.fullmatch(seg.text[a.end : b.start]):
            continue
        joined = float(f"{int(a.value)}{int(b.value)}")
        e = next(((s, x) for s, x in extra if x.value == joined and not x.spelled), None)
        if e is not None:
            out.append(((seg, a), (seg2, b), e))
    return out


def _int_text(v: float) -> str:
    return str(int(v)) if v == int(v) else str(v)


def _converts(k: NumberMention, e: NumberMention) -> bool:
    """Whether the English `e` is the Korean `k` in another unit of the same quantity, to `e`'s precision."""
    if k.unit == e.unit:
        return False
    value = _in_units_of(k, e)
    return value is not None and (same_value(value, e.value) or _rounded_equal(value, e.value, _sig_digits(e.text)))


# lengths of time in days, to compare a duration English says in another unit (1년 "12 months", 2주 "14 days",
# 24시간 "a day"); a month is a twelfth of a year
_TIME_SCALE = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}


def _other_time_unit(k: NumberMention, e: NumberMention) -> bool:
    """Two lengths of time in different units (3개월 / "3 years", 1년 / "12 months", 26주째 / "the 26th consecutive
    month")."""
    return k.unit in TIME_UNITS and e.unit in TIME_UNITS and k.unit != e.unit and k.kind == "count" and e.kind in ("count", "ordinal")


def _same_time(k: NumberMention, e: NumberMention) -> bool:
    """Whether two durations with different units are one length of time, to 10% (한 달 "30 days", 1년 "52 weeks")."""
    value = k.value * _TIME_SCALE[k.unit] / _TIME_SCALE[e.unit]
    return e.value > 0 and abs(value - e.value) <= 0.1 * e.value


def _compatible(k: NumberMention, e: NumberMention) -> bool:
    if _other_time_unit(k, e):
        return _same_time(k, e)  # 3개월 is not "3 years", 한 달 not "a year"
    if k.kind == e.kind == "ordinal" and k.unit in TIME_UNITS and e.unit in TIME_UNITS and k.unit != e.unit:
        return False  # 넷째 주 is not "the fourth month"
    value = k.value
    if k.unit in _MEASURE_UNITS and e.unit in _MEASURE_UNITS and k.unit != e.unit:
        value = _in_units_of(k, e)
        if value is None:
            return False  # 50㎜ / 50 hectares
    if not same_value(value, e.value) and not (k.kind == "amount" and _rounded_equal(value, e.value, _sig_digits(e.text))):
        return False  # 36GB / 36TB, 50㎜ / 50cm: the same digits, another value
    if k.unit in _CURRENCIES and e.unit in _CURRENCIES and k.unit != e.unit:
        return False
    if k.kind == "percent" and e.kind not in ("percent", "amount"):
        return False
    if k.kind == "time" and e.kind not in ("time", "amount"):
        return False
    if (k.kind == "weekday") != (e.kind == "weekday"):
        return False  # Friday is the 5th weekday, not the number 5
    return True


_TIME_AFTER_ORDINAL = re.compile(r"(?:[\s-][A-Za-z]+){0,2}?[\s-](?:(?:minute|hour|day|week|month|year|quarter|season)s?|hourly|daily|weekly|monthly|quarterly|yearly|annual|time in a row)\b", re.I)


def _ordinal_not_of_time(k: NumberMention, text: str, e: NumberMention) -> bool:
    """A Korean duration (두 달 연속, 3년째) may be an English ordinal of its time ("the second straight month", "the
    third consecutive year"), not one of something else ("for the first time in a year" for 한 달 만에)."""
    return (k.kind == "count" and k.unit in TIME_UNITS and e.kind == "ordinal" and e.unit not in TIME_UNITS
            and not _TIME_AFTER_ORDINAL.match(text, e.end))


def _is_enumeration_count(text: str, m: NumberMention) -> bool:
    """한국, 중국, 일본 3국: the count restates a list just before it, so English may drop it."""
    if m.kind != "count" or m.value < 2 or m.value > 12:
        return False
    before = text[max(0, m.start - 40) : m.start]
    clause = re.split(r"[.!?;:()\[\]“”\"]", before)[-1]
    items = [x.strip() for x in re.split(r",|、|·|및|와 |과 ", clause) if x.strip()]
    if not re.search(r",|、|·|및", clause) and any(" " in x for x in items):
        return False  # 와/과 alone is also "with": "선주와 LNG 운반선 2척" (2 ships with a shipowner) lists nothing
    if any(len(x.split()) > 2 or re.search(r"[을를은는]$", x) for x in items[1:]):
        return False  # clauses, not a list: "1심은 13년을 선고했으나, 2심은 형량을 2년 늘렸다"
    return len(items) == int(m.value)


def in_place_of(k: NumberMention, e: NumberMention) -> bool:
    """Whether the English number `e` (unmatched) may stand where the Korean `k` (missing) was: the same kind,
    or a bare English number for a Korean count ("50 semiconductor professionals" for 500명). A number spelled out
    stands in only as a weekday, an ordinal or a time of day, which English spells as a rule (6번째 as "its fifth
    title", 낮 12시 as "midnight")."""
    if e.spelled and e.kind not in ("weekday", "ordinal", "time") and not (e.unit in TIME_UNITS and k.unit in TIME_UNITS):
        return False
    if k.kind == "count" and k.unit in TIME_UNITS and e.kind == "ordinal" and e.unit in TIME_UNITS:
        return True  # 26주째 as "the 26th consecutive month"
    return e.kind == k.kind or (k.kind == "count" and e.kind == "amount" and not e.unit)


def stand_ins(missing: list, extra: list, fits=in_place_of) -> dict[int, tuple]:
    """The unmatched English number that stands where each missing Korean number was ((segment, mention) by the Korean's
    index in `missing`), one Korean number to an English number at most: one of the Korean's kind and unit first, then
    of its kind, then any that `fits` (the 200 of "the 200 million won range" is 2억원's, not 1대's)."""
    out: dict[int, tuple] = {}
    used: set[int] = set()
    for level in (2, 1, 0):
        for i, (_, k) in enumerate(missing):
            if i in out:
                continue
            for j, (seg, e) in enumerate(extra):
                if j in used or (level and e.kind != k.kind) or (level == 2 and e.unit != k.unit) or not fits(k, e):
                    continue
                out[i] = (seg, e)
                used.add(j)
                break
    return out


# 4번 타자 / 1번 타순: a batting position, which English names ("cleanup hitter", "leadoff") more often than numbers
_BATTING_ORDER = re.compile(r"\s?(?:타자|타순|타석에)")


def _keep_korean(text: str, m: NumberMention) -> bool:
    if _is_enumeration_count(text, m):
        return False
    if m.text.endswith("번") and _BATTING_ORDER.match(text, m.end):
        return False
    return True


def pair_mentions(doc: Document, p: AlignedPair) -> tuple[list, list]:
    """The Korean and English numbers of a pair, (segment, mention) each, without those of a number idiom the other
    side says its own way (rules/data/number_idioms.tsv: 6·25 전쟁 "the Korean War", 8강 "the quarterfinals", 3점슛
    "three-pointers", 코로나 "COVID-19"): such a number is neither missing nor extra. (Memoised by the pair's texts:
    the number, omission and polarity rules all ask for the same pairs.)"""
    ko_segs, en_segs = _pair_segments(doc, p.ko, "ko"), _pair_segments(doc, p.en, "en")
    ko, en = _pair_mention_index(tuple(s.text for s in ko_segs), tuple(s.text for s in en_segs))
    return [(ko_segs[i], m) for i, m in ko], [(en_segs[i], m) for i, m in en]


_EN_GLUED_DIGITS = re.compile(r"(?<=[A-Za-z])(\d+)\b")
_KO_GLUED_BEFORE = re.compile(r"(?<!제)[가-힣A-Za-z]$")


@lru_cache(maxsize=4096)
def _pair_mention_index(ko_texts: tuple[str, ...], en_texts: tuple[str, ...]) -> tuple[tuple, tuple]:
    """pair_mentions by texts: ((segment position, mention), ...) for each side."""
    ko = [(i, m) for i, t in enumerate(ko_texts) for m in extract_numbers(t, "ko")]
    en = [(i, m) for i, t in enumerate(en_texts) for m in extract_numbers(t, "en")]
    if not ko and not en:
        return (), ()
    ko_text, en_text = " ".join(ko_texts), " ".join(en_texts)
    # digits of a brand (편의점 이음24 'Eum24', GS25): glued to a Korean word, and to a Latin one in the English
    glued_en = set(_EN_GLUED_DIGITS.findall(en_text))
    if glued_en:
        ko = [(i, m) for i, m in ko if not (m.text.isdigit() and m.text in glued_en and _KO_GLUED_BEFORE.search(ko_texts[i], 0, m.start))]
    for kre, ere in number_idioms():
        if ko and ere.search(en_text):
            ko = _outside(ko, kre, ko_texts)
        if en and kre.search(ko_text):
            en = _outside(en, ere, en_texts)
    return tuple(ko), tuple(en)


def _outside(mentions: list, pattern: re.Pattern, texts: tuple[str, ...]) -> list:
    """The (segment position, mention) pairs no match of `pattern` in their segment's text overlaps."""
    spans: dict[int, list] = {}
    out = []
    for i, m in mentions:
        if i not in spans:
            spans[i] = [(x.start(), x.end()) for x in pattern.finditer(texts[i])]
        if not any(m.start < b and m.end > a for a, b in spans[i]):
            out.append((i, m))
    return out


def _pair_segments(doc: Document, idx: Sequence[int], side: str) -> list[Segment]:
    segs = doc.ko if side == "ko" else doc.en
    return [segs[i] for i in idx if 0 <= i < len(segs)]


def match_pair(ko: list[tuple[Segment, NumberMention]], en: list[tuple[Segment, NumberMention]]):
    """Match Korean and English numbers greedily; return (matched (Korean, English) pairs, unmatched Korean,
    unmatched English)."""
    used: set[int] = set()
    matched = []
    missing = []
    # two passes, in Korean order: an English number of the same kind first, then any compatible one (4번 타자
    # "cleanup hitter" must not take the 4 of "4 RBIs" from 4타점 and leave that one missing)
    # (a duration takes an English one of its own unit first: 52주 연속 "the 52nd consecutive week" and 1년 "a year"
    # must not pair 52 weeks with "a year")
    best_of: dict[int, int] = {}
    for level in (2, 1, 0):
        for i, (_, k) in enumerate(ko):
            if i in best_of:
                continue
            for j, (eseg, e) in enumerate(en):
                if j in used or (level and e.kind != k.kind) or (level == 2 and e.unit != k.unit):
                    continue
                if _compatible(k, e) and not _ordinal_not_of_time(k, eseg.text, e):
                    best_of[i] = j
                    used.add(j)
                    break
    for i, (seg, k) in enumerate(ko):
        if i in best_of:
            matched.append(((seg, k), en[best_of[i]]))
        elif _keep_korean(seg.text, k):
            missing.append((seg, k))
    extra = [(s, e) for j, (s, e) in enumerate(en) if j not in used]
    # Some Korean numbers are missing only when the English has another number in their place: a count of one (1년
    # 전 "a year ago", 1회 "once", 한 곳 "a site", 수소버스 1대 "a hydrogen bus": English says one with an article or a
    # word) and a weekday ("on the 27th" for 27일(금) loses little; another weekday in its place is an error). An English
    # number another missing Korean number has a better claim to is not in their place.
    placed = stand_ins(missing, extra, _stands_in)
    missing = [(s, k) for i, (s, k) in enumerate(missing) if not (_one_or_weekday(k) and i not in placed)]
    for seg, k in list(missing):  # 후반 38분 as "the 83rd minute"
        got = _match_minute(seg.text, k, extra)
        if got is not None:
            missing.remove((seg, k))
            extra.remove(got)
            matched.append(((seg, k), got))
    _match_durations(missing, extra, matched)
    _match_dotted_dates(missing, extra, matched)
    # "현대차·기아 등 5개사" as "Hyundai, Kia and three others": the count is the names plus the others
    if missing and en:
        totals = {t for text in {seg.text for seg, _ in en} for t in _names_and_others(text)}
        missing = [(s, k) for s, k in missing if not (k.kind == "count" and k.value in totals)]
    # two Korean sentences one English sentence joins often say a number twice ("승부는 9회말에 갈렸다. 3-3으로 맞선
    # 9회말 ..." -> "The game was decided in the bottom of the ninth inning, when ..."): a repeat of a number matched in
    # the pair's other sentence is not missing; nor is a year or a period said twice in one sentence, which English says
    # once and then names ("4분기 매출 ... 4분기 영업이익" -> "in the fourth quarter ... for the quarter")
    missing = [(s, k) for s, k in missing if not any(
        (ms is not s or _said_again(k)) and mk.value == k.value and mk.unit == k.unit and mk.kind == k.kind for (ms, mk), _ in matched)]
    return matched, missing, extra


def _said_again(k: NumberMention) -> bool:
    """A year, a full date or a period, which a sentence may name again without its number: the quarter, that year. (Not
    a month or a day: 2023년 4월 ... 2033년 4월 are two dates.)"""
    return k.kind in ("year", "date") or k.unit in ("quarter", "half")


def _match_dotted_dates(missing: list, extra: list, matched: list) -> None:
    """2025.3.20 (one Korean mention, yyyymmdd) written "March 20, 2025": the English's year, month and day together."""
    for seg, k in [(s, k) for s, k in missing if k.kind == "date"]:
        y, m, d = int(k.value) // 10000, int(k.value) // 100 % 100, int(k.value) % 100
        parts = []
        for want in ((lambda e: e.kind == "year" and e.value == y), (lambda e: e.kind == "month" and e.value == m),
                     (lambda e: e.kind in ("day", "amount", "ordinal") and e.value == d and e.unit in ("", "day"))):
            got = next((x for x in extra if x not in parts and want(x[1])), None)
            if got is None:
                break
            parts.append(got)
        else:
            missing.remove((seg, k))
            for x in parts:
                extra.remove(x)
            matched.append(((seg, k), parts[-1]))


_NAME_ITEM = r"[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*)*"
_AND_OTHERS = re.compile(rf"((?:{_NAME_ITEM},\s)*{_NAME_ITEM}),?\s+and\s+(\w+)\s+others?\b")


def _names_and_others(text: str) -> list[float]:
    """The counts "A, B and three others" says: the names listed plus the others (5 here)."""
    from ..numbers import _EN_WORDS

    out = []
    for m in _AND_OTHERS.finditer(text):
        n = m.group(2).lower()
        k = float(n) if n.isdigit() else _EN_WORDS.get(n)
        if k is not None:
            out.append(k + len(m.group(1).split(", ")))
    return out


# A duration English says in another unit: 1시간 40분 "100 minutes", 1시간 반 "90 minutes", 90분 "1.5 hours", 60여 년
# "six decades"; the English number must be followed by its unit
_EN_UNIT_AFTER = {"minute": re.compile(r"\s?-?\s?minutes?\b", re.I), "hour": re.compile(r"\s?-?\s?hours?\b", re.I),
                  "decade": re.compile(r"\s?-?\s?decades?\b", re.I)}


_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\s+hours?\b", re.I)


def _match_durations(missing: list, extra: list, matched: list) -> None:
    # 2시간 30분 as "two and a half hours": the hours are matched, the half says the 30 minutes
    for seg, k in list(missing):
        if k.unit != "minute" or k.value != 30 or k.kind != "count":
            continue
        hour = next((((ks, kk), (es, e)) for (ks, kk), (es, e) in matched if ks is seg and kk.unit == "hour"
                     and kk.end <= k.start and not seg.text[kk.end : k.start].strip() and _AND_A_HALF.match(es.text, e.end)), None)
        if hour is not None:
            missing.remove((seg, k))
            matched.append(((seg, k), hour[1]))
    for seg, k in list(missing):
        if (seg, k) not in missing or k.kind != "count":
            continue
        parts = [(seg, k)]
        options: list[tuple[float, str]] = []
        if k.unit == "hour":
            after = seg.text[k.end :]
            minute = next(((s, m) for s, m in missing if s is seg and m.unit == "minute" and m.start >= k.end
                           and not seg.text[k.end : m.start].strip()), None)
            if minute is not None:
                parts.append(minute)
                options.append((k.value * 60 + minute[1].value, "minute"))
                options.append((k.value + minute[1].value / 60, "hour"))  # 2시간 30분 "2.5 hours"
            elif re.match(r"\s?반(?![가-힣]{2})", after):
                options.append((k.value * 60 + 30, "minute"))
            else:
                options.append((k.value * 60, "minute"))
        elif k.unit == "minute" and k.value >= 60:
            options.append((k.value / 60, "hour"))
        elif k.unit == "year" and k.value >= 20 and k.value % 10 == 0:
            options.append((k.value / 10, "decade"))
        for value, unit in options:
            got = next(((s, e) for s, e in extra if same_value(e.value, value) and (e.unit == unit or _EN_UNIT_AFTER[unit].match(s.text, e.end))), None)
            if got is not None:
                for part in parts:
                    missing.remove(part)
                    matched.append((part, got))
                extra.remove(got)
                break


# A match's minutes: 후반 38분 (38 minutes into the second half) is "the 83rd minute" as often as "the 38th minute of
# the second half"; extra time's halves start at 90 and 105
_HALF = re.compile(r"(후반|연장\s?전반|연장\s?후반)\s?$")
_HALF_START = {"후반": 45, "연장전반": 90, "연장후반": 105}


def _match_minute(text: str, k: NumberMention, extra: list) -> tuple | None:
    if k.unit != "minute":
        return None
    half = _HALF.search(text, max(0, k.start - 8), k.start)
    if half is None:
        return None
    minute = k.value + _HALF_START[re.sub(r"\s", "", half.group(1))]
    return next(((s, e) for s, e in extra if e.kind in ("ordinal", "count", "amount") and same_value(e.value, minute)), None)


def _one_or_weekday(k: NumberMention) -> bool:
    # a one English says with a word: 1점을 더 "another run", 1년 전 "a year ago", 1명 "a man"
    return k.kind == "weekday" or (k.value == 1 and (k.kind == "count" or (k.kind == "amount" and not k.unit)))


def _stands_in(k: NumberMention, e: NumberMention) -> bool:
    return e.kind == "weekday" if k.kind == "weekday" else (e.kind == k.kind or in_place_of(k, e))


def compare_pair(ko: list[tuple[Segment, NumberMention]], en: list[tuple[Segment, NumberMention]]):
    """Match Korean and English numbers greedily; return (unmatched Korean, unmatched English)."""
    _, missing, extra = match_pair(ko, en)
    return missing, extra


# ------------------------------------------------------------------ direction of a change

UP, DOWN = "up", "down"
# A Korean change word right after the number: "7.3% 감소", "3천억원 줄었다", "2.5%포인트 상승", "15억 달러로 감소했다"
_KO_CUE = re.compile(
    r"(?P<up>증가|증액|길어|연장|상승|늘(?:었|어|린|렸|려|리|고|며|면)|확대|(?<!역)(?<!마이너스)(?<!마이너스 )성장|급증|급등|올랐|올라|올렸|올린|오른(?!쪽)|뛰었|뛴|신장|인상(?!적)|상향|"
    r"높(?:다|았|은|고|으며|지만|게|아)|많(?:다|았|은|고|으며|지만|게|아))|"
    r"(?P<down>역성장|마이너스\s?성장|감소|감액|삭감|짧아|단축|하락|줄(?:었|어|인|였|여|이|고|며|면)|축소|급감|급락|떨어|내렸|내린|내려|낮아|감축|하향|인하|"
    r"낮(?:다|았|은|고|으며|지만|게)|적(?:다|었|은|고|으며|지만|게)(?![가-힣]{2}))"
)  # 높다/낮다, 많다/적다: "지난해보다 2.5%포인트 낮다" is a fall against last year as much as 낮아졌다
_KO_AFTER = 10  # characters after a Korean number searched for its change word
_EN_CUE = re.compile(
    r"\b(?:(?P<up>(?<!capital )increas\w*|rise[sn]?|rising|rose|gr[eo]wn?|grows|growing|growth|gain(?:s|ed|ing)?|jump(?:s|ed|ing)?|"
    r"surg(?:e|es|ed|ing)|climb(?:s|ed|ing)?|soar(?:s|ed|ing)?|(?<!made )(?<!make )(?<!makes )(?<!making )(?<!set )(?<!sets )(?<!took )(?<!take )(?<!takes )(?<!taking )(?<!signed )(?<!sign )up(?!\s+to\b)|expan(?:d|ds|ded|ding|sion)|higher|hike[sd]?|"
    r"rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|more(?!\s+than)|greater|larger|bigger|longer|extend(?:s|ed|ing)?|above|widen(?:s|ed|ing)?)|"
    r"(?P<down>(?<!capital )decreas\w*|declin\w*|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|down|shr(?:ink|inks|ank|unk|inking)|"
    r"(?<!capital )reduc\w*|cut(?:s|ting)?|slump\w*|plung\w*|dip(?:s|ped)?|contract(?:s|ed|ion)?|lower(?:s|ed|ing)?|slid(?:e|es)?|tumbl\w*|"
    r"less(?!\s+than)|fewer(?!\s+than)|smaller|shorter|shorten(?:s|ed|ing)?|below|"
    # a change of a change: "the increase narrowed by 0.02 points" (상승폭이 줄었다) is a fall, "the decline widened" a rise
    r"narrow(?:s|ed|ing)|eas(?:es|ed|ing)|slow(?:s|ed|ing)))\b",
    re.IGNORECASE,
)
_EN_BEFORE, _EN_AFTER = 45, 20  # characters before / after an English number searched for its change word
# a change word after a conjunction is the next clause's ("increase ... by 4.1 trillion won and cut the ... budget")
_EN_NEXT_CLAUSE = re.compile(r"\b(?:and|but|while|whereas)\b")
_STOP = re.compile(r"[\d.,;:!?()\[\]“”\"…·]")  # a change word further than these belongs to another number or clause


_KO_ASIDE = re.compile(r"\s?\([^()]{1,16}\)")  # (2.9%), (p), (전년 대비)
# the end of the number's own predicate (넘었다고, 늘었다며, 많다는): a change word after it belongs to the next clause
_KO_PREDICATE_END = re.compile(r"(?<=[가-힣])다(?:고|며|는|면서)?(?=[\s,.]|$)")
_KO_SPAN = re.compile(r"^\s?(?:사이|만에|만의|동안|이래|새|째|간|여\s?간)(?![가-힣])|^(?:\s?[가-힣]{1,3})?\s?(?:사이|만에|만의|동안|이래)(?:\s|$)")


def korean_direction(text: str, m: NumberMention) -> str | None:
    """UP/DOWN when a Korean change word follows the number in its clause, else None."""
    end = m.end
    aside = _KO_ASIDE.match(text, end)  # 290원(2.9%) 오른, 30.41포인트(1.2%) 하락: the bracket restates the number
    if aside is not None:
        end = aside.end()
    window = text[end : end + _KO_AFTER]
    stop = re.search(r"[\d,.;:!?()\[\]“”\"…·]", window)
    if stop:
        window = window[: stop.start()]
    said = _KO_PREDICATE_END.search(window)
    if said is not None:
        window = window[: said.end()]  # 40%를 넘었다고 감축: the change word after 넘었다고 is the next clause's
    cue = _KO_CUE.search(window)
    if cue is not None and _KO_SPAN.search(window[: cue.start()]):
        return None  # 5년 사이 가장 낮은, 3년 만에 늘어: the number is the span of time, not what changed
    return None if cue is None else (UP if cue.group("up") else DOWN)


# "fell from 34.7% in 2020 to 23.1%", "will reduce youth rent support from 3,000 to 5,000": the change word before
# "from" governs the number after "to" across the one after "from" (up to five words between it and "from")
# (a word may stand between "to" and the number: "from level 18 this month to level 16")
_FROM_TO = re.compile(r"\b(\w+)((?:\s+[\w'-]+){0,5}?)\s+from\s+(?:[^,;:!?]|(?<=\d),(?=\d)){1,40}?\s+to\s+(?:[a-z]+\s+)?$")


def english_direction(text: str, m: NumberMention) -> tuple[str, int, int] | None:
    """(UP/DOWN, start, end of the change word) nearest the English number in its clause ("rose 7.3%",
    "a 7.3% drop", "an increase of 300 billion won", "fell from 34.7% to 23.1%"), else None."""
    head = max(0, m.start - 80)
    ft = _FROM_TO.search(text, head, m.start)
    if ft is not None and ft.end() == m.start:
        cue = _EN_CUE.fullmatch(ft.group(1))
        if cue is None:  # a verb further back: the last change word of the words before "from"
            cues = list(_EN_CUE.finditer(text, ft.start(1), ft.end(2)))
            cue = cues[-1] if cues else None
        if cue is not None:
            return (UP if cue.group("up") else DOWN), cue.start(), cue.end()
    lo = max(0, m.start - _EN_BEFORE)
    before = text[lo : m.start]
    cut = [x.end() for x in _STOP.finditer(before)]
    if cut:
        lo += cut[-1]
        before = text[lo : m.start]
    after = text[m.end : m.end + _EN_AFTER]
    stop = _STOP.search(after) or _EN_NEXT_CLAUSE.search(after)
    if stop:
        after = after[: stop.start()]
    best = None  # (distance, direction, start, end)
    for x in _EN_CUE.finditer(before):
        best = (len(before) - x.end(), UP if x.group("up") else DOWN, lo + x.start(), lo + x.end())
    x = _EN_CUE.search(after)
    if x is not None and (best is None or x.start() < best[0]):
        best = (x.start(), UP if x.group("up") else DOWN, m.end + x.start(), m.end + x.end())
    return None if best is None else best[1:]


@code_rule
class NumberMissing(CodeRule):
    info = RuleInfo(
        id="MT-NUM-001",
        name="number-missing-or-different",
        kind="number",
        severity=Severity.ERROR,
        message="The Korean has {ko}, which is missing or different in the English{near}",
        docs=(
            "Every amount, percentage, count, date and time in the Korean must reach the English with the same value. "
            "Korean large-number units are converted before comparing: 20조 원 = 20 trillion won, 1,172억 원 = "
            "117.2 billion won (KRW 117.2 billion), 23일 = the 23rd, 16명 = 16 people, 4대 = four major, 오후 3시 = 3 p.m. "
            "2만3000명 = 23,000 people, 2분기 = the second quarter (Q2), 3시간 = three hours, 24.6대 1 = 24.6 to 1, "
            "3분의 1 = one-third, 27일(금) = Friday the 27th (a different weekday is an error; a dropped one is not reported). "
            "A unit of measure must be the same unit on both sides: 36GB is not 36TB, 50㎜ not 50 cm, 32.3㎞ not 32.3 m. "
            "In a sentence about temperatures a sign is part of the number: 영하 3도 (or -3도) is 'minus 3 degrees', "
            "'-3°C' or '3 degrees below zero', not '3 degrees'. "
            "A match's minutes count from kick-off: 후반 38분 may be 'the 83rd minute' (45 + 38). "
            "A number inside an idiom English says its own way is not required when the English says it so "
            "(mtaudit/rules/data/number_idioms.tsv: 6·25 전쟁 'the Korean War', 8강 'the quarterfinals', 3점슛 "
            "'three-pointers', 고3 'high school seniors', 1~3월 'the first quarter', 세계 1위 'the world's largest'), "
            "nor is an English number inside the English idiom ('COVID-19' for 코로나; 한미일 3국 'trilateral', 2심 'the "
            "appellate court'); a set phrase may be said without its number (이통3사 'the mobile carriers', 5대 은행 'the "
            "major banks', 빅5 'the major hospitals'), but not with another ('four carriers'). Written another way: 1년 6개월 = '18 months', 1시간 40분 = '100 minutes', 2시간 30분 = 'two and a half hours', 90분 = '1.5 hours', "
            "60여 년 = 'six decades', 3할 = '.300', 9초 58 = '9.58 seconds', 새벽 0시 40분 = '12:40 a.m.', 1%포인트 = 'one "
            "percentage point', 1,000조 원 = '1 quadrillion won', 2억원대 = 'the 200-million-won range', 주 4.5일제 = 'a "
            "four-and-a-half-day workweek', 3년 반 = 'three and a half years', 넷째 주 = 'the fourth week', 낮 12시 = 'noon' "
            "(밤 12시 and 자정 'midnight'). An ordinal of time keeps its unit: 26주째 is 'the 26th consecutive week', not "
            "'month'. A number given by its order on both sides must be of the same order: 수백억 is 'tens of billions' "
            "(not 'hundreds of billions'), 수십만 명 'hundreds of thousands', 수억 원 'hundreds of millions of won'. "
            "Numbers spelled out in English (three, first) count. A count that only restates a list "
            "(한국, 중국, 일본 3국 -> Korea, China and Japan) is not required, nor is a native Korean one with a counter "
            "(한 번, 한 곳: 'a single charge', 'a site'), nor a count of one said with an article (수소버스 1대 'a hydrogen "
            "bus'), unless the English has another count in its place; an English number stands in for one Korean number "
            "at most, the one of its own kind first. Only translated pairs (1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-4, 4-1) "
            "are checked: an untranslated sentence is the omission rule's business."
        ),
        fail=(
            Example(ko="정부는 2028년까지 1,172억 원을 지원한다.", en="The government will provide KRW 11.72 billion by 2028."),
            Example(ko="간담회에는 16명이 참석했다.", en="The meeting was attended by officials."),
            Example(ko="행사장에는 한 곳의 기업만 참석했다.", en="Three companies attended the event."),
            Example(ko="낮 최고기온은 영하 3도에서 영상 6도로 예보됐다.", en="Daytime highs are forecast to range from 3 degrees to 6 degrees."),
            Example(ko="검찰은 회삿돈 수백억 원을 횡령한 혐의로 대표를 구속기소했다.", en="Prosecutors indicted the CEO for embezzling hundreds of billions of won."),
            Example(ko="10월 넷째 주 서울 아파트값은 0.07% 올랐다.", en="Seoul apartment prices rose 0.07% in the third week of October."),
            Example(ko="지방 아파트값은 26주째 하락세를 이어갔다.", en="Apartment prices outside the capital fell for the 26th consecutive month."),
            Example(ko="한전은 낮 12시 기준 약 70%를 복구했다.", en="KEPCO had restored about 70% as of midnight."),
        ),
        passes=(
            Example(ko="정부는 2028년까지 1,172억 원을 지원한다.", en="The government will provide KRW 117.2 billion by 2028."),
            Example(ko="20조 원 규모의 계획", en="A plan worth 20 trillion won"),
            Example(ko="23일 15:00 서울에서 열린 지정식", en="The ceremony held in Seoul at 15:00 on the 23rd"),
            Example(ko="4대 전략산업과 3개 추진 전략", en="the four major strategic industries and three promotion strategies"),
            Example(ko="한국, 중국, 일본 3국의 경쟁이 심화될 것이다.", en="Competition between Korea, China, and Japan will intensify."),
            Example(ko="수소 트램은 한 번 충전으로 최대 150㎞를 달릴 수 있다.", en="The hydrogen tram can run up to 150 km on a single charge."),
            Example(ko="낮 최고기온은 영하 3도에서 영상 6도로 예보됐다.", en="Daytime highs are forecast to range from minus 3 degrees to 6 degrees."),
            Example(ko="울산은 후반 38분 주민규의 결승골로 1-0으로 이겼다.", en="Ulsan won 1-0 with Joo Min-kyu's winner in the 83rd minute."),
            Example(ko="수소버스 1대 가격은 약 7억원이지만 보조금을 받으면 운수업체 부담은 2억원대로 줄어든다.",
                    en="A hydrogen bus costs about 700 million won, but with subsidies the operator's share falls to the 200-million-won range."),
            Example(ko="이통3사, 5G 최저 요금 월 3만원대로 낮춘다", en="Mobile carriers to cut cheapest 5G plans to the 30,000-won range"),
            Example(ko="노조는 주 4.5일제 도입을 요구했다.", en="The union demanded a four-and-a-half-day workweek."),
            Example(ko="검찰은 회삿돈 수백억 원을 횡령한 혐의로 대표를 구속기소했다.", en="Prosecutors indicted the CEO for embezzling tens of billions of won."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        for p in translated_pairs(doc, pairs):
            yield from self._orders_of_magnitude(doc, p, loc)
            ko, en = pair_mentions(doc, p)
            if not ko:
                continue
            missing, extra = compare_pair(ko, en)
            for (seg, k1), (_, k2), (eseg, e) in runs_together(missing, extra):  # 3~4일 as "34 days": one finding
                missing = [m for m in missing if m[1] is not k1 and m[1] is not k2]
                rng = f"{_int_text(k1.value)}-{_int_text(k2.value)}"
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity,
                    message=self.info.message.format(ko=seg.text[k1.start : k2.end], near=f" (the English runs the range together as {e.text})"),
                    pair=p.index,
                    ko_spans=(loc.span(seg, k1.start, k2.end),),
                    en_spans=(loc.span(eseg, e.start, e.end),),
                    source_term=seg.text[k1.start : k2.end],
                    rendering=e.text,
                    suggestion=re.sub(r"\d[\d,]*", rng, e.text, count=1),
                )
            near_of = stand_ins(missing, extra)  # one English number is named for one Korean number at most
            for i, (seg, k) in enumerate(missing):
                near = [near_of[i][1]] if i in near_of else []
                near_txt = f" (the English has {near[0].text})" if near else ""
                en_spans = (loc.span(near_of[i][0], near[0].start, near[0].end),) if near else tuple(doc.en[j].span for j in p.en)
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity if near or k.kind in ("amount", "percent") else Severity.WARNING,
                    message=self.info.message.format(ko=_fmt(k), near=near_txt),
                    pair=p.index,
                    ko_spans=(loc.span(seg, k.start, k.end),),
                    en_spans=en_spans,
                    source_term=k.text,
                    rendering=near[0].text if near else None,
                    suggestion=suggest_english(k, near[0]) if near else None,
                )

    def _orders_of_magnitude(self, doc: Document, p: AlignedPair, loc: SegmentLocator) -> Iterable[Finding]:
        """수백억 (tens of billions) said "hundreds of billions": a number given by its order on both sides, another
        order in the English. (An English that says it exactly, or not at all, is not judged here.)"""
        ko = [(seg, m) for seg in _pair_segments(doc, p.ko, "ko") for m in magnitudes(seg.text, "ko")]
        if not ko:
            return
        en = [(seg, m) for seg in _pair_segments(doc, p.en, "en") for m in magnitudes(seg.text, "en")]
        used: set[int] = set()
        unsaid = []
        for seg, k in ko:
            j = next((j for j, (_, e) in enumerate(en) if j not in used and k.same_thing(e) and k.overlaps(e)), None)
            if j is None:
                unsaid.append((seg, k))
            else:
                used.add(j)
        for seg, k in unsaid:
            j = next((j for j, (_, e) in enumerate(en) if j not in used and k.same_thing(e)), None)
            if j is None:
                continue
            used.add(j)
            eseg, e = en[j]
            said = english_magnitude(k)
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(ko=f"{k.text} ({said})", near=f" (the English has {e.text})"),
                pair=p.index,
                ko_spans=(loc.span(seg, k.start, k.end),),
                en_spans=(loc.span(eseg, e.start, e.end),),
                source_term=k.text,
                rendering=e.text,
                suggestion=said,
            )


@code_rule
class NumberAdded(CodeRule):
    info = RuleInfo(
        id="MT-NUM-002",
        name="number-not-in-source",
        kind="number",
        severity=Severity.WARNING,
        message="The English has {en}, which is not in the Korean",
        docs=(
            "A number in the English that the Korean sentence does not have is either a mistranslated value "
            "or text added by the system. Numbers written as words (one, first) are not flagged on this side, "
            "because English uses them freely ('one of the largest')."
        ),
        fail=(Example(ko="간담회에는 관계자 등이 참석했다.", en="The meeting was attended by 30 officials."),),
        passes=(
            Example(ko="간담회에는 관계자 등 16명이 참석했다.", en="The meeting was attended by 16 people, including officials."),
            Example(ko="제2산단을 포함한다.", en="It includes the 2nd industrial complex."),
            Example(ko="누리호는 차세대중형위성 5호를 궤도에 올렸다.", en="Nuri put the Compact Advanced Satellite 500 No. 5 (CAS500-5) into orbit."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        for p in translated_pairs(doc, pairs):
            ko, en = pair_mentions(doc, p)
            if not en:
                continue
            missing, extra = compare_pair(ko, en)
            missing_ko = [k for _, k in missing]
            joined = {id(e) for _, _, (_, e) in runs_together(missing, extra)}  # MT-NUM-001 reports the range
            for seg, e in extra:
                if id(e) in joined:
                    continue
                if e.spelled or any(in_place_of(k, e) for k in missing_ko):
                    continue  # spelled-out words; or already reported as a different value by MT-NUM-001
                if any(_converts(k, e) for _, k in ko):
                    continue  # a conversion the English adds: "4,500 hectares (about 11,100 acres)"
                if _designation(seg.text, e):
                    continue  # a model's or a programme's name: "Compact Advanced Satellite 500 (CAS500-5)", "Boeing 737"
                if e.kind == "day" and _dated_elsewhere(doc, p.ko_text(doc), e.value):
                    continue  # 이날부터 "from the 6th": the day the article dates earlier (6일)
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity,
                    message=self.info.message.format(en=e.text),
                    pair=p.index,
                    ko_spans=tuple(doc.ko[i].span for i in p.ko),
                    en_spans=(loc.span(seg, e.start, e.end),),
                    rendering=e.text,
                )


# Korean that names a day by one of the article's dates: 이날 (that day), 당일, 같은 날; 이튿날 and 다음 날 the day after,
# 전날 the day before
_SAME_DAY = {0: re.compile(r"(?<![가-힣])(?:이날|당일|같은\s?날)"), 1: re.compile(r"(?<![가-힣])(?:이튿날|다음\s?날)"),
             -1: re.compile(r"(?<![가-힣])전날")}


def _dated_elsewhere(doc: Document, ko: str, day: float) -> bool:
    """Whether an English day of the month not in this Korean sentence is the day its 이날/이튿날/전날 refers to: a day the
    document's Korean names (6일), moved by the word's offset."""
    offsets = [d for d, pattern in _SAME_DAY.items() if pattern.search(ko)]
    if not offsets:
        return False
    days = {m.value for s in doc.ko for m in extract_numbers(s.text, "ko") if m.kind == "day"}
    return any(day - d in days for d in offsets)


# a capitalised word a count or a date follows rather than a name: "No. 5", "March 3", "Round 37", "Article 12"
_NOT_A_NAME = frozenset({"No", "Nos", "Number", "Round", "Article", "Articles", "Phase", "Stage", "Level", "Grade", "Class",
                         "Chapter", "Section", "Vol", "Volume", "Page", "Room", "Gate", "Line", "Exit", "Route", "Highway",
                         "Step", "Item", "Table", "Figure", "Year", "Week", "Day", "Game", "Match", "Season", "Episode", "Part",
                         "Q", "H", "FY", "Top", "Under", "Over", "Group", "Division", "Zone", "Block", "Ward", "Unit", "Lot"})
_CODE_BEFORE = re.compile(r"[A-Za-z]-?$|[A-Za-z]\d+-$")
_CAP_BEFORE = re.compile(r"(?<=[a-z,;] )([A-Z][A-Za-z]+) $")


def _designation(text: str, e: NumberMention) -> bool:
    """An English number that is part of a name: glued to letters in a code that glosses a name in brackets or restates
    a number of the sentence ("... No. 5 (CAS500-5)"), or after a capitalised word inside the sentence ("the Compact
    Advanced Satellite 500", "a Boeing 737"; not "No. 5", "March 3")."""
    if e.kind not in ("amount", "count") or e.unit:
        return False
    before = text[max(0, e.start - 12) : e.start]
    if _CODE_BEFORE.search(before) or text[e.end : e.end + 1].isalpha():
        # a code glossing a name in brackets, "(CAS500-5)", or restating a number of the sentence; not "COVID-19" alone
        inside = text.rfind("(", 0, e.start) > text.rfind(")", 0, e.start)
        return inside or len(re.findall(rf"(?<![\d.,]){re.escape(e.text)}(?![\d.,]*\d)", text)) > 1
    m = _CAP_BEFORE.search(text[max(0, e.start - 30) : e.start])
    return m is not None and m.group(1) not in _NOT_A_NAME and m.group(1).lower() not in _MONTHS


@code_rule
class ChangeReversed(CodeRule):
    info = RuleInfo(
        id="MT-NUM-003",
        name="change-reversed",
        kind="number",
        severity=Severity.ERROR,
        message="The Korean says {ko} ({ko_dir}); the English says '{rendering}' ({en_dir})",
        docs=(
            "A rise translated as a fall, or a fall as a rise: the number is right and the sentence is fluent, "
            "so nothing else catches it. The Korean change word right after a number (7.3% 감소, 3천억원 줄었다, "
            "2.5%포인트 상승, 5천명으로 확대; a comparison too: 지난해보다 2.5%포인트 낮다, 3.1% 적었다) is compared with "
            "the English change word nearest the same number in its clause (decreased by 7.3%, a 7.3% drop, an "
            "increase of 300 billion won, 2.5 points lower, 3.1% fewer; for 'from A to B', the verb before 'from': "
            "'will expand support from 3,000 to 5,000'; a change word after 'and', 'but' or 'while' is the next clause's). "
            "A change of a change goes by its own verb: 'the increase narrowed' (상승폭이 줄었다; also 'eased', 'slowed', "
            "'shrank') is a fall, 'the decline widened' a rise. "
            "A number with no change word on either side is not judged, "
            "nor 'more than'/'less than' (이상/미만, a bound, not a change)."
        ),
        fail=(
            Example(ko="디스플레이 수출은 7.3% 감소한 15억 달러에 그쳤다.", en="Display exports increased by 7.3% to 1.5 billion dollars."),
            Example(ko="소재 수입은 작년보다 3천억원 줄었다.", en="Material imports rose by 300 billion won from last year."),
            Example(ko="접종률은 지난해 같은 기간보다 2.5%포인트 낮다.", en="The vaccination rate is 2.5 percentage points higher than a year earlier."),
            Example(ko="시는 월세 지원 대상을 3천명에서 5천명으로 확대한다.", en="The city will reduce rent support from 3,000 to 5,000 people."),
            Example(ko="국회는 예산안에서 4조 1천억 원을 감액했다.", en="The National Assembly increased the budget bill by 4.1 trillion won."),
            Example(ko="회담은 예정보다 30분 길어진 1시간 30분 동안 진행됐다.", en="The talks lasted 90 minutes, 30 minutes shorter than scheduled."),
            Example(ko="상승폭은 전주보다 0.02%포인트 줄었다.", en="The increase widened by 0.02 percentage points from the previous week."),
            Example(ko="양당은 정부안에서 4조 1천억 원을 감액하고 지역화폐 예산은 증액하기로 했다.",
                    en="The two parties decided to increase the government's proposal by 4.1 trillion won and cut the local currency budget."),
        ),
        passes=(
            Example(ko="디스플레이 수출은 7.3% 감소한 15억 달러에 그쳤다.", en="Display exports fell 7.3% to 1.5 billion dollars."),
            Example(ko="수출액이 98억 달러로 12.5% 증가했다.", en="Exports rose 12.5% to $9.8 billion, up from a year earlier."),
            Example(ko="수소 트램은 최대 150㎞를 달릴 수 있다.", en="The tram can run up to 150 km."),
            Example(ko="수출은 7.3% 감소했고 수입은 2.1% 증가했다.", en="Exports fell 7.3% while imports rose 2.1%."),
            Example(ko="접종률은 지난해 같은 기간보다 2.5%포인트 낮다.", en="The vaccination rate is 2.5 percentage points lower than a year earlier."),
            Example(ko="시는 월세 지원 대상을 3천명에서 5천명으로 확대한다.", en="The city will expand rent support from 3,000 to 5,000 people."),
            Example(ko="매출은 12% 이상 감소했다.", en="Sales fell by more than 12%."),
            Example(ko="회담은 예정보다 30분 길어진 1시간 30분 동안 진행됐다.", en="The talks lasted 90 minutes, 30 minutes longer than scheduled."),
            Example(ko="이는 본예산보다 4.2% 늘어난 규모로, 최근 5년 사이 가장 낮은 증가율이다.",
                    en="This is an increase of 4.2% from the main budget, the lowest growth rate in the past five years."),
            Example(ko="원/달러 환율은 전일보다 9.8원 내린 1,438.2원에 마감했다.",
                    en="The won closed at 1,438.2 per dollar, up 9.8 won from the previous day."),
            Example(ko="상승폭은 전주보다 0.02%포인트 줄었다.", en="The increase narrowed by 0.02 percentage points from the previous week."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        for p in translated_pairs(doc, pairs):
            ko, en = pair_mentions(doc, p)
            if not ko:
                continue
            matched, _, _ = match_pair(ko, en)
            for (kseg, k), (eseg, e) in matched:
                kd = korean_direction(kseg.text, k)
                if kd is None:
                    continue
                got = english_direction(eseg.text, e)
                if got is None or got[0] == kd or _currency_for_rate(kseg.text, eseg.text):
                    continue
                start, end = min(e.start, got[1]), max(e.end, got[2])
                rendering = eseg.text[start:end]
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity,
                    message=self.info.message.format(ko=kseg.text[k.start : k.end + _ko_cue_end(kseg.text, k)], ko_dir=_word(kd),
                                                     rendering=rendering, en_dir=_word(got[0])),
                    pair=p.index,
                    ko_spans=(loc.span(kseg, k.start, k.end + _ko_cue_end(kseg.text, k)),),
                    en_spans=(loc.span(eseg, start, end),),
                    source_term=k.text,
                    rendering=rendering,
                )


# 원/달러 환율 9.8원 내린: the dollar's price in won fell, so the won rose. English often makes the currency the subject
# ("the won closed up 9.8 won"), which says the same change the other way round.
_KO_FX_RATE = re.compile(r"(?:원\s?[/·-]?\s?(?:달러|엔|위안|유로)|달러\s?[/·-]?\s?원|원화?\s?(?:가치|값))?\s?환율")
_EN_CURRENCY_SUBJECT = re.compile(r"\bthe\s+(?:Korean\s+|local\s+)?(?:won|currency)\b(?!\s*(?:-|/)\s*dollar)", re.I)
_EN_RATE = re.compile(r"exchange\s+rate|\bwon[-/]dollar\b|\bdollar[-/]won\b|\brate\b", re.I)


def _currency_for_rate(ko: str, en: str) -> bool:
    """The Korean gives an exchange rate, the English the won's own value: directions are the other way round."""
    return bool(_KO_FX_RATE.search(ko)) and "가치" not in ko and bool(_EN_CURRENCY_SUBJECT.search(en)) and not _EN_RATE.search(en)


def _word(direction: str) -> str:
    return "a rise" if direction == UP else "a fall"


def _ko_cue_end(text: str, m: NumberMention) -> int:
    """Characters after the number up to the end of its change word (7.3% 감소)."""
    cue = _KO_CUE.search(text[m.end : m.end + _KO_AFTER])
    if cue is None:
        return 0
    end = m.end + cue.end()
    while end < len(text) and "가" <= text[end] <= "힣":  # to the end of the word: 줄 -> 줄었다
        end += 1
    return end - m.end


_PERCENT_AS_POINTS = "The Korean has {ko} (percent); the English has {rendering} (percentage points)"


@code_rule
class PointsAsPercent(CodeRule):
    info = RuleInfo(
        id="MT-NUM-004",
        name="points-as-percent",
        kind="number",
        severity=Severity.ERROR,
        message="The Korean has {ko} (percentage points); the English has {rendering} (percent)",
        docs=(
            "%포인트 (%p) is a difference between two percentages: a rate going from 10% to 12.5% rose 2.5 "
            "percentage points, not 2.5% (which would be 10.25%). Machine translation often drops the 'points'. "
            "Write 'percentage points' (or 'points', 'pp'). The other way round too: a percent (420원(4.2%) 오른) said as "
            "'4.2 percentage points'."
        ),
        fail=(Example(ko="이차전지 점유율은 전년 대비 2.5%포인트 상승했다.", en="The secondary battery share rose 2.5% from the previous year."),),
        passes=(
            Example(ko="이차전지 점유율은 전년 대비 2.5%포인트 상승했다.", en="The secondary battery share rose 2.5 percentage points from the previous year."),
            Example(ko="이차전지 점유율은 2.5%p 상승했다.", en="The secondary battery share rose 2.5 points."),
            Example(ko="수출이 5.3% 증가했다.", en="Exports rose 5.3 percent."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        for p in translated_pairs(doc, pairs):
            ko, en = pair_mentions(doc, p)
            ko = [(s, m) for s, m in ko if m.unit in ("%p", "%")]
            if not ko:
                continue
            matched, _, _ = match_pair(ko, en)
            for (kseg, k), (eseg, e) in matched:
                if k.unit == "%" and e.unit == "%p" and not re.match(r"\s*(?:퍼센트\s*)?포인트|\s*%?p", kseg.text[k.end :]):
                    # 420원(4.2%) as '4.2 percentage points': a percent said as points
                    message, suggestion = _PERCENT_AS_POINTS.format(ko=k.text, rendering=e.text), f"{k.value:g}%"
                elif k.unit == "%p" and e.unit == "%" and not re.match(r"\s*(percentage\s+)?points?\b|\s*pp\b|\s*%?p\b", eseg.text[e.end :], re.I):
                    message = self.info.message.format(ko=k.text, rendering=e.text)
                    suggestion = f"{e.text.rstrip('%').replace(' percent', '').replace('per cent', '').strip()} percentage points"
                else:
                    continue
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity,
                    message=message,
                    pair=p.index,
                    ko_spans=(loc.span(kseg, k.start, k.end),),
                    en_spans=(loc.span(eseg, e.start, e.end),),
                    suggestion=suggestion,
                    source_term=k.text,
                    rendering=e.text,
                )


# 10분의 1로 줄였다, 30%로 낮췄다: the number is where the change ends ("to one-tenth"); 30% 줄었다 the size of the change
# ("by 30%"). Korean marks it with 로/으로 before the change word, English with "to" or "by".
_KO_TARGET = re.compile(r"\s?(?:수준)?(?:으로|로)(?:\s?[가-힣]{1,4}){0,1}?\s?(?=" + _KO_CUE.pattern + ")")
_KO_BY = re.compile(r"(?:\s?(?:가량|정도|가까이|남짓|이상|넘게|넘는|안팎|씩))?\s?(?=" + _KO_CUE.pattern + ")")
_EN_PREP = re.compile(r"\b(?<!\bup\s)(?P<p>to|by)\s+(?:(?:about|around|roughly|nearly|almost|some|just|only|more than|less than|over|under|as much as|as little as|a mere|approximately|an estimated)\s+)?$", re.I)
_TARGET_KINDS = ("percent", "fraction", "amount", "count")
_EN_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", re.I)


def _english_preposition(text: str, e: NumberMention, others: list[NumberMention]) -> re.Match | None:
    """The 'to' or 'by' right before the English number, else None. The end of a range ("about 300 million to 400
    million won below", "by 3 to 4%") takes the preposition before the range's first number: its 'to' is not a change to
    it. (Not after 'from': "rose from 3% to 5%" is a change to 5%.)"""
    prep = _EN_PREP.search(text, max(0, e.start - 40), e.start)
    if prep is None or prep.group("p").lower() != "to":
        return prep
    first = next((x for x in others if x.end <= prep.start() and not text[x.end : prep.start()].strip()), None)
    if first is None or _EN_FROM_BEFORE.search(text, max(0, first.start - 20), first.start):
        return prep
    return _EN_PREP.search(text, max(0, first.start - 40), first.start)


def _korean_target(text: str, m: NumberMention) -> str | None:
    """"to" when a Korean change word follows the number with 로/으로 (30%로 줄었다), "by" when it follows the number
    itself (30% 줄었다), else None."""
    aside = _KO_ASIDE.match(text, m.end)
    end = aside.end() if aside is not None else m.end
    if _KO_TARGET.match(text, end):
        return "to"
    if _KO_BY.match(text, end):
        return "by"
    return None


@code_rule
class ChangeTargetAsSize(CodeRule):
    info = RuleInfo(
        id="MT-NUM-005",
        name="change-to-or-by",
        kind="number",
        severity=Severity.ERROR,
        message="The Korean has {ko}, a change {ko_says} {number}; the English says '{rendering}'",
        docs=(
            "A change to a number translated as a change by it, or the other way round: 백금 사용량을 10분의 1로 "
            "줄였다 ('cut platinum use to one-tenth') as 'cut it by one-tenth', 점유율이 30%로 낮아졌다 ('fell to 30%') as "
            "'fell by 30%', 수출이 12% 늘었다 ('rose 12%') as 'rose to 12%'. The number is right, so no number check sees "
            "it, and the meaning is far off. Korean puts 로/으로 between the number and its change word when the number "
            "is where the change ends; the English says 'to' or 'by' right before the same number. The end of a range "
            "takes the preposition before the range ('fell by 3 to 4%'): its own 'to' is not a change to it ('about 300 "
            "million to 400 million won below')."
        ),
        fail=(
            Example(ko="연구팀은 백금 사용량을 기존의 10분의 1로 줄였다.", en="The team reduced platinum use by one-tenth."),
            Example(ko="이 회사의 시장 점유율은 30%로 낮아졌다.", en="The company's market share fell by 30%."),
            Example(ko="수출은 1년 전보다 12% 늘었다.", en="Exports rose to 12% from a year earlier."),
            Example(ko="물가 상승률은 3~4%로 낮아졌다.", en="Inflation fell by 3 to 4%."),
        ),
        passes=(
            Example(ko="연구팀은 백금 사용량을 기존의 10분의 1로 줄였다.", en="The team cut platinum use to one-tenth of the previous level."),
            Example(ko="이 회사의 시장 점유율은 30%로 낮아졌다.", en="The company's market share fell to 30%."),
            Example(ko="수출은 1년 전보다 12% 늘었다.", en="Exports rose by 12% from a year earlier."),
            Example(ko="수출은 12% 늘어난 98억 달러로 집계됐다.", en="Exports rose 12% to $9.8 billion."),
            Example(ko="한은은 기준금리를 연 3.25%로 0.25%포인트 인하했다.", en="The Bank of Korea cut its base rate by 0.25 percentage points to 3.25%."),
            Example(ko="시는 지원 대상을 3천명에서 5천명으로 확대한다.", en="The city will expand support from 3,000 to 5,000 people."),
            Example(ko="분양가는 인근 시세보다 3억~4억원가량 낮다.", en="The prices are about 300 million to 400 million won below nearby market prices."),
            Example(ko="물가 상승률은 3~4%로 낮아졌다.", en="Inflation fell to 3 to 4%."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        for p in translated_pairs(doc, pairs):
            ko, en = pair_mentions(doc, p)
            # (not a multiplier: 2배 이상 확대 'to more than double' says the same as 'by')
            ko = [(s, m) for s, m in ko if m.kind in _TARGET_KINDS and m.unit != "times"]
            if not ko:
                continue
            matched, _, _ = match_pair(ko, en)
            for (kseg, k), (eseg, e) in matched:
                said = _korean_target(kseg.text, k)
                if said is None:
                    continue
                prep = _english_preposition(eseg.text, e, [x for s, x in en if s is eseg])
                if prep is None or prep.group("p").lower() == said:
                    continue
                start = prep.start()
                rendering = eseg.text[start : e.end]
                ranged = any(s is eseg and prep.end() <= x.start and x.end <= e.start for s, x in en)  # "by 3 to 4%": keep the 3
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity,
                    message=self.info.message.format(ko=kseg.text[k.start : k.end + _ko_cue_end(kseg.text, k)], ko_says=said, number=k.text, rendering=rendering),
                    pair=p.index,
                    ko_spans=(loc.span(kseg, k.start, k.end),),
                    en_spans=(loc.span(eseg, start, e.end),),
                    suggestion=said + rendering[len(prep.group("p")) :] if ranged else f"{said} {e.text}",
                    source_term=k.text,
                    rendering=rendering,
                )


# A bound on a number: 1,000만 달러 이하 ("or less", "up to"), 20% 이상 ("or more", "at least")
# (after a unit the number's mention leaves out: 영하 15도 이하, 300㎜ 이상)
_KO_BOUND_AFTER = re.compile(r"(?:도|℃|㎜|㎝|㎏|㎞)?(?:\s?(?P<low>이상|초과|(?:[을를]\s?)?(?:넘는|넘게|넘어|넘은|넘으면|넘을))|\s?(?P<high>이하|미만|이내))")
_KO_BOUND_WORD = re.compile(r"이상|이하|미만|초과|이내|넘는|넘게|넘어|넘은|넘으면|넘을|최대|최소|까지")
_EN_BOUND_BEFORE = re.compile(
    r"(?:(?P<low>more than|over|above|at least|exceeding|in excess of|upwards of|no less than|not less than|a minimum of|minimum of)"
    r"|(?P<high>less than|under|below|at most|up to|no more than|fewer than|within|a maximum of|maximum of|not more than|not exceeding))"
    r"\s+(?:about\s+|around\s+|roughly\s+)?(?:US\$|\$|KRW\s?|₩)?$",
    re.IGNORECASE,
)
_EN_BOUND_AFTER = re.compile(  # (after a rate's unit: "900,000 won per ton or higher", "20 hours a week or less")
    r"^\s?(?:(?:per|a|an|each)\s(?:square\s|cubic\s)?[a-z]+\s)?(?:(?P<low>or more|or higher|or above|or older|or longer|or larger|or over|and over|and above|and older|plus)"
    r"|(?P<high>or less|or fewer|or lower|or below|or under|or younger|or shorter|or smaller|and under|and below))\b",
    re.IGNORECASE,
)


_EN_ANY_BOUND = {
    "at least": re.compile(r"\b(?:more than|over|above|at least|exceed\w*|in excess of|upwards of|minimum|or more|or higher|or above|or older|or longer|or larger|and over|and above|and older|plus)\b", re.I),
    "at most": re.compile(r"\b(?:less than|under|below|at most|up to|no more than|fewer than|within|maximum|or less|or fewer|or lower|or below|or under|or younger|or shorter|or smaller|and under|and below)\b", re.I),
}
_KO_EXTREME_BEFORE = re.compile(r"(?:최대|최고|최소|최저|많게는|적게는)\s?$")


_EN_NEGATED = re.compile(r"n't\b|\b(?:not|no|never|cannot|unable|without|neither|nor)\b", re.IGNORECASE)
# the bounds MT-NEG-004's opposites table judges in a sentence with one bound and no negation
_KO_TABLE_BOUND = re.compile(r"이상|이하|미만|이내")
# the table's rows for 이상 and 이하 are silent in a sentence that has the other way's bound too (90만 원 이하 ... 5% 이상)
_KO_LOW_BOUND, _KO_HIGH_BOUND = re.compile(r"이상|초과|넘(?:는|게|어|은|으면|을)"), re.compile(r"이하|미만|이내")


def _judged_here(ko: str, en: str) -> str | None:
    """Whether this rule judges the pair's bounds ('several', 'one', or None): with two or more bounds (one English bound word may hide the other's
    reversal); with one the table has no row for (초과, 넘는); or with one in a sentence both sides negate (the table
    skips negated sentences; 300명 이하로는 운영할 수 없다 'cannot operate with more than 300'). Not when only one side
    negates: 'needs more than 300 people' may say 300명 이하로는 안 된다 freely."""
    from .polarity import _KO_NEGATION, _KO_POSITIVE

    bounds = _KO_BOUND_WORD.findall(ko)
    if len(bounds) >= 2:
        return "several"
    if not bounds:
        return None
    ko_negated = bool(_KO_NEGATION.search(_KO_POSITIVE.sub(" ", ko)))
    en_negated = bool(_EN_NEGATED.search(en))
    if ko_negated != en_negated or not (ko_negated or not _KO_TABLE_BOUND.fullmatch(bounds[0])):
        return None
    return "one"


def _bound(m: re.Match | None) -> str | None:
    return None if m is None else ("at least" if m.group("low") else "at most")


@code_rule
class BoundReversed(CodeRule):
    info = RuleInfo(
        id="MT-NUM-006",
        name="bound-reversed",
        kind="number",
        severity=Severity.ERROR,
        message="The Korean has {ko} ({ko_says}); the English says '{rendering}' ({en_says})",
        docs=(
            "A limit said the other way round: 수출 실적이 1,000만 달러 이하인 중소기업 ('$10 million or less') as '$10 "
            "million or more'. In a sentence with one bound the opposites table (MT-NEG-004) judges the sentence; in one "
            "with several (…이하인 기업으로, 최대 3천만 원까지) another bound's English ('up to 30 million won') hides the "
            "reversed one, so each number is judged with its own bound: the Korean's 이상/초과/넘는 or 이하/미만/이내 "
            "right after it against the English's bound words right before or after the same number ('more than', 'at "
            "least', 'or more' / 'up to', 'less than', 'or less'; after a rate's unit too: '900,000 won per ton or higher'). "
            "When the sentence has bounds both ways (90만 원 이하 ... 5% 이상) the table is silent, so each is judged here "
            "even with no English word for its bound. The same is done for a single bound the table has no "
            "row for (3.1%를 넘는 'less than 3.1%', 5억 원 초과 'up to 500 million won') and for one in a sentence both "
            "sides negate (300명 이하로는 운영할 수 없다 'cannot operate with more than 300'); not when only one side "
            "negates ('needs more than 300 people' says it freely)."
        ),
        fail=(
            Example(ko="지원 대상은 직전 연도 수출 실적이 1,000만 달러 이하인 중소기업으로, 기업당 최대 3천만 원까지 지원받을 수 있다.",
                    en="Eligible companies are SMEs with exports of $10 million or more in the previous year, and each can receive up to 30 million won."),
            Example(ko="사용자 측은 3.1%를 넘는 인상은 수용할 수 없다는 입장이다.", en="The employers say they cannot accept an increase of less than 3.1%."),
            Example(ko="연 매출 5억 원 초과 사업자는 지원 대상에서 제외된다.", en="Businesses with annual sales of up to 500 million won are excluded from the support."),
            Example(ko="후판 가격이 톤당 90만 원 이하로 안정되면 영업이익률은 5% 이상으로 개선될 것이다.",
                    en="If plate prices stabilize at 900,000 won per ton or higher, operating margins will improve to 5% or more."),
        ),
        passes=(
            Example(ko="지원 대상은 직전 연도 수출 실적이 1,000만 달러 이하인 중소기업으로, 기업당 최대 3천만 원까지 지원받을 수 있다.",
                    en="Eligible companies are SMEs with exports of $10 million or less in the previous year, and each can receive up to 30 million won."),
            Example(ko="매출 10억 원 이상, 직원 5명 이하 기업이 대상이다.", en="Companies with sales of at least 1 billion won and no more than five employees are eligible."),
            Example(ko="사용자 측은 3.1%를 넘는 인상은 수용할 수 없다는 입장이다.", en="The employers say they cannot accept an increase of more than 3.1%."),
            Example(ko="300명 이하로는 병원을 운영할 수 없다.", en="The hospital needs more than 300 staff to operate."),
            Example(ko="후판 가격이 톤당 90만 원 이하로 안정되면 영업이익률은 5% 이상으로 개선될 것이다.",
                    en="If plate prices stabilize at 900,000 won per ton or lower, operating margins will improve to 5% or more."),
            Example(ko="기상청은 제주 산지에 최대 500㎜ 이상, 남해안에 100~200㎜의 비가 더 내릴 것으로 내다봤다.",
                    en="Up to 500 mm of rain is expected in Jeju's mountains and 100 to 200 mm on the south coast."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        for p in translated_pairs(doc, pairs):
            judged = _judged_here(p.ko_text(doc), p.en_text(doc))
            if judged is None:
                continue
            ko, en = pair_mentions(doc, p)
            if not ko:
                continue
            matched, _, _ = match_pair(ko, en)
            for (kseg, k), (eseg, e) in matched:
                bound = _KO_BOUND_AFTER.match(kseg.text, k.end)
                ko_says = _bound(bound)
                if ko_says is None or _KO_EXTREME_BEFORE.search(kseg.text, max(0, k.start - 4), k.start):
                    continue  # 최대 500㎜ 이상: both bounds on one number, English says either ("up to 500 mm")
                before = _EN_BOUND_BEFORE.search(eseg.text, max(0, e.start - 30), e.start)
                after = _EN_BOUND_AFTER.match(eseg.text[e.end : e.end + 40])
                en_says = _bound(before) or _bound(after)
                if en_says is None or en_says == ko_says or {_bound(before), _bound(after)} == {"at least", "at most"}:
                    continue
                if (judged == "several" and not _EN_ANY_BOUND[ko_says].search(p.en_text(doc))
                        and not (_KO_LOW_BOUND.search(p.ko_text(doc)) and _KO_HIGH_BOUND.search(p.ko_text(doc)))):
                    continue  # no English word for the Korean's bound anywhere: MT-NEG-004's table reports the sentence
                start, end = (before.start(), e.end) if _bound(before) else (e.start, e.end + after.end())
                rendering = eseg.text[start:end]
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity,
                    message=self.info.message.format(ko=kseg.text[k.start : bound.end()].strip(), ko_says=ko_says, rendering=rendering, en_says=en_says),
                    pair=p.index,
                    ko_spans=(loc.span(kseg, k.start, bound.end()),),
                    en_spans=(loc.span(eseg, start, end),),
                    source_term=k.text,
                    rendering=rendering,
                )
