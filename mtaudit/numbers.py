"""Numbers with their units in Korean and English text, normalised so the two sides compare.

    >>> [m.value for m in extract_numbers("정부는 20조 원을 투입한다", "ko")]
    [20000000000000.0]
    >>> [m.value for m in extract_numbers("KRW 117.2 billion by 2028", "en")]
    [117200000000.0, 2028.0]

`kind` says what the number is: date (2023.11.01), amount (money or a plain quantity), percent, count (16명,
3개, "three countries"), day (23일, "the 23rd"), month (11월, "November"), year, time (15:00,
오후 3시 -> 15.0), ordinal (제2, "2nd", "first"; an ordinal of time keeps its unit: 넷째 주, "the 26th
consecutive week"). `spelled` marks numbers written as words ("three", "first"): a translation may use them
for digits, but an English word number with no Korean counterpart is not suspicious (``one of the ...``).
`magnitudes` reads the numbers given only by their order (수백억, "tens of billions").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Magnitude", "NumberMention", "extract_numbers", "magnitudes", "number_idioms", "same_value"]


@dataclass(frozen=True)
class NumberMention:
    value: float
    unit: str  # won, dollar, yen, euro, %, %p, person, country, company, item, time, day, month, year, ""
    kind: str  # amount | percent | count | day | month | year | time | ordinal | weekday | fraction
    start: int
    end: int
    text: str
    spelled: bool = False


@dataclass(frozen=True)
class Magnitude:
    """A number given only by its order of magnitude: 수백억 (tens of billions: 10 to 100 billion), "hundreds of
    millions" (100 million to a billion)."""

    low: float  # the least value it may mean
    high: float  # the value it stays below
    money: bool | None  # said of money (won, dollars), of a count (명, people), or neither side said
    start: int
    end: int
    text: str

    def overlaps(self, other: "Magnitude") -> bool:
        return self.low < other.high and other.low < self.high

    def same_thing(self, other: "Magnitude") -> bool:
        return self.money is None or other.money is None or self.money == other.money


def same_value(a: float, b: float) -> bool:
    if a == b:
        return True
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b))


_DATE = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s?[./-]\s?(?P<m>0?[1-9]|1[0-2])\s?[./-]\s?(?P<d>0?[1-9]|[12]\d|3[01])(?![\d])\.?")


def _dates(text: str) -> list[NumberMention]:
    """2023.11.01, 2021-02-23, 2023/11/01: one mention, compared as yyyymmdd."""
    return [
        NumberMention(float(int(m.group("y")) * 10000 + int(m.group("m")) * 100 + int(m.group("d"))), "date", "date", m.start(), m.end(), m.group(0))
        for m in _DATE.finditer(text)
    ]


def extract_numbers(text: str, lang: str) -> list[NumberMention]:
    """The numbers of `text` (a new list each call; the mentions are frozen)."""
    return list(_extract(text, str(lang)))


@lru_cache(maxsize=4096)  # four number rules and the omission rule read the same sentences
def _extract(text: str, lang: str) -> tuple[NumberMention, ...]:
    return tuple(_below_zero(text, _korean(text) if lang == "ko" else _english(text), lang))


@lru_cache(maxsize=1)
def number_idioms() -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    """(Korean, English) patterns of rules/data/number_idioms.tsv: numbers the other side says its own way."""
    from importlib import resources

    text = (resources.files("mtaudit") / "rules" / "data" / "number_idioms.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            ko, en = line.split("\t")[:2]
            out.append((re.compile(ko.strip(), re.I), re.compile(en.strip(), re.I)))
    return tuple(out)


@lru_cache(maxsize=1)
def _korean_idioms() -> re.Pattern:
    return re.compile("|".join(f"(?:{ko.pattern})" for ko, _ in number_idioms()), re.I)


def korean_idiom_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` (Korean) has a number idiom of number_idioms.tsv (3·1절, 8강, 차량 2부제): numbers English may
    say its own way or not at all."""
    if not any(c.isdigit() for c in text):
        return []
    return [m.span() for m in _korean_idioms().finditer(text) if m.end() > m.start()]


# Temperatures below zero: 영하 3도, -3도, "minus 3 degrees", "-3°C", "3 degrees below zero". In a sentence about
# temperatures the sign is part of the number (a forecast of 영하 3도 written "3 degrees" is 6 degrees off); elsewhere
# a minus belongs to the wording (마이너스 성장 0.2% is "contracted 0.2%") and is left alone. 영하 alone always is one.
_KO_TEMPERATURE = re.compile(r"기온|영하|영상|℃|°|체감\s?온도|수온|온도|\d\s?도(?![가-힣])")
# "minus 7 C" (Yonhap's style: a bare C after the number), "morning lows of minus 12"
_EN_TEMPERATURE = re.compile(r"degree|°|℃|temperature|celsius|fahrenheit|below (zero|freezing)|\d\s?[CF]\b|\b(?:lows?|highs?)\b", re.I)
_KO_BELOW = re.compile(r"(영하\s?|마이너스\s?|(?<![\w\d])[-−])$")
_EN_BELOW = re.compile(r"(\b(minus|negative)[\s-]|(?<![\w\d])[-−])$", re.I)
_EN_BELOW_AFTER = re.compile(r"\s?(°\s?[CF]?\s|degrees?\s+)?(celsius\s+|fahrenheit\s+)?below\s+(zero|freezing)", re.I)


def _below_zero(text: str, mentions: list[NumberMention], lang: str) -> list[NumberMention]:
    context = (_KO_TEMPERATURE if lang == "ko" else _EN_TEMPERATURE).search(text)
    if context is None:
        return mentions
    out = []
    for m in mentions:
        if m.kind == "amount" and not m.unit and m.value > 0:
            before = (_KO_BELOW if lang == "ko" else _EN_BELOW).search(text, max(0, m.start - 6), m.start)
            after = _EN_BELOW_AFTER.match(text, m.end) if lang == "en" else None
            if before is not None or after is not None:
                start = before.start() if before is not None else m.start
                end = after.end() if after is not None else m.end
                m = NumberMention(-m.value, m.unit, m.kind, start, end, text[start:end], m.spelled)
        out.append(m)
    return out


# ------------------------------------------------------------------ Korean

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_KO_BIG = {"조": 1e12, "억": 1e8, "만": 1e4}
_KO_SMALL = {"천": 1e3, "백": 1e2, "십": 10}
_KO_GROUP = rf"(?:{_NUM})\s?(?:[천백십])?\s?(?:[조억만])?"

_KO_AMOUNT = re.compile(
    rf"(?<![\d.,A-Za-z])(?P<groups>(?:{_NUM})(?:\s?[천백십])?(?:\s?[조억만])?(?:(?<=[천백])\d{{1,3}}\s?[조억만]|\s?(?:{_NUM})(?:\s?[천백십])?\s?[억만천](?![가-힣]{{0,0}}\d)"
    r"|\s?\d{1,4}\s?[천백])*"  # 5만 2천500톤, 2천3백 명: a thousands or hundreds group inside the chain; 1천142조 (1,142 trillion), 1천620만4천
    # the last group after 조/억/만 may be a plain number: 2만3000명, 2만 3,000호 (23,000); after 천/백 one of
    # three / two digits, written on: 7천245건 (7,245), 1만 3천531명 (13,531)
    r"(?:(?<=[조억만])\s?(?:\d{1,3},\d{3}|\d{1,4})(?![\d.,천백십조억만])|(?<=천)\d{1,3}(?![\d.,천백십조억만])|(?<=백)\d{1,2}(?![\d.,천백십조억만]))?)"
    r"(?:\s?(?:여\s?)?(?P<unit>시간|개월|분기|세대|척|가구|주(?=(?:의|째|만에|동안|간의|간에|가|를|이|는|에|도|부터|까지)?(?![가-힣]))|주간|여\s?원|원|달러|불|엔|유로|위안|%\s?포인트|퍼센트\s?포인트|%p|%|퍼센트|포인트|명|개국|개사|개소|개|곳|건|가지|국|사|대|배|톤|년|월|일|시(?!즌|리즈)|분|세|차|호|층|위|등|번째|번|회))?"
)
_KO_GROUP_RE = re.compile(rf"(?P<n>{_NUM})\s?(?P<small>[천백십])?\s?(?P<big>[조억만])?")
_KO_DECADES = re.compile(r"(?<![\d.,])(?:(?P<a>(?:1[89]|20)?\d0)\s?(?:년대)?\s?[~∼-]\s?)?(?P<b>(?:1[89]|20)?\d0)\s?년대")
_KO_ORDINAL = re.compile(r"(?<![가-힣])제\s?(?P<n>\d+)")  # 제2, not the 제 of 거제 286mm
_KO_TIME = re.compile(r"(?<!\d)(?P<h>[01]?\d|2[0-4])\s?:\s?(?P<m>[0-5]\d)(?!\d)")
_KO_CLOCK = re.compile(r"(?P<ampm>오전|오후|새벽|밤|저녁|낮)?\s?(?<![\d.,])(?P<h>\d{1,2})\s?시(?!간|즌)(?:\s?(?P<m>\d{1,2})\s?분)?|(?P<ampm2>오전|오후)\s?(?P<h2>\d{1,2})\s?시")
_KO_NOON = re.compile(r"(?<![가-힣])(?P<w>정오|자정)(?=(?:부터|까지|에는|에도|에|께|쯤|무렵|경|의|을|를|이|가|을|로|이후|이전|전후)?(?![가-힣]))")  # 정오 noon, 자정 midnight
_KO_CLOCK_RANGE = re.compile(
    r"(?P<ampm>오전|오후|새벽|밤|저녁|낮)\s?(?P<first>(?P<h1>\d{1,2})\s?(?:시(?:\s?(?P<m1>\d{1,2})\s?분)?)?)\s?(?:부터|에서|~|∼|-|–)\s?"
    r"(?P<h2>\d{1,2})\s?시(?!간)(?:\s?(?P<m2>\d{1,2})\s?분)?"
)
_KO_NATIVE = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "스무": 20}
_KO_NATIVE_TENS = {"열": 10, "스물": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90}
# 세 명, 다섯 곳, 스물여덟 살 (28), 서른두 번째: the tens and the units of native Korean numbers before a counter
_KO_NATIVE_RE = re.compile(
    r"(?<![가-힣])(?P<w>(?:(?:열|스물|서른|마흔|쉰|예순|일흔|여든|아흔)(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉)?)|한|두|세|네|다섯|여섯|일곱|여덟|아홉|스무)"
    r"\s?(?P<c>명|개|가지|곳|번|차례|배|나라|개국|군데|살)(?![가-힣]{2})"
)


def _native_value(word: str) -> int:
    """스물여덟 -> 28, 다섯 -> 5, 열 -> 10."""
    for tens, v in _KO_NATIVE_TENS.items():
        if word.startswith(tens):
            return v + _KO_NATIVE.get(word[len(tens) :], 0)
    return _KO_NATIVE[word]
# Durations in native Korean numbers: 한 달 (a month), 석 달 (three months), 두 해 (two years), 이틀 (two days), 일주일 (a
# week). A particle or 간/째/여/동안 may follow, nothing else (두 달러 is two dollars, 열 해법 "open a solution")
_KO_TIME_TAIL = r"(?=(?:간|째|여|동안)?(?:[은는이가을를에의도만씩]|에는|에도|부터|까지|이나|만에|이다|였다|이었다)?(?![가-힣]))"
_KO_NATIVE_TIME_RE = re.compile(r"(?<![가-힣])(?P<w>한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열)\s?(?P<c>달|해)" + _KO_TIME_TAIL)
_KO_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10}
_KO_DAYS_RE = re.compile(r"(?<![가-힣])(?P<w>하루|이틀|사흘|나흘|닷새|엿새|이레|열흘)" + _KO_TIME_TAIL)
_KO_ONE_WEEK_RE = re.compile(r"(?<![가-힣\d])(?:일|1)\s?주일" + _KO_TIME_TAIL)
_KO_NATIVE_ORDINAL = re.compile(r"(?<![가-힣])(?P<w>첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?번째")  # 두 번째로 높았다 "the second highest"
# 넷째 주 (the fourth week), 둘째 날, 첫째 아이, 셋째아: native ordinals with 째 before a counter of time or of children
_KO_NATIVE_NTH = {"첫": 1, "둘": 2, "셋": 3, "세": 3, "넷": 4, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}
_KO_NATIVE_NTH_RE = re.compile(
    r"(?<![가-힣])(?P<w>첫|둘|셋|세|넷|네|다섯|여섯|일곱|여덟|아홉|열)째\s?(?P<c>주|날|달|해|아이|자녀|아들|딸|아)(?=[은는이가을를에의도와과만부]|\s|$|[^가-힣])"
)
_KO_NTH_UNIT = {"주": "week", "날": "day", "달": "month", "해": "year"}
_KO_DOUBLE = re.compile(r"두\s?배")
_RESERVED = "reserved"  # a span no number pattern may take, and no mention
_KO_PER_HEAD = re.compile(r"(?<![\d.,])1\s?인(?=\s?(?:당|가구|기업|창조기업|시위|체제|승|실|용))")

_KO_UNIT = {
    "원": ("won", "amount"), "여원": ("won", "amount"), "여 원": ("won", "amount"), "달러": ("dollar", "amount"), "불": ("dollar", "amount"),
    "엔": ("yen", "amount"), "유로": ("euro", "amount"), "위안": ("yuan", "amount"),
    "%": ("%", "percent"), "퍼센트": ("%", "percent"), "%p": ("%p", "percent"), "포인트": ("%p", "percent"),
    "%포인트": ("%p", "percent"), "퍼센트포인트": ("%p", "percent"),
    "명": ("person", "count"), "개국": ("country", "count"), "국": ("country", "count"), "개사": ("company", "count"),
    "사": ("company", "count"), "개": ("item", "count"), "개소": ("place", "count"), "곳": ("place", "count"),
    "건": ("case", "count"), "가지": ("kind", "count"), "대": ("major", "count"), "배": ("times", "count"),
    "톤": ("ton", "amount"), "년": ("year", "year"), "월": ("month", "month"), "일": ("day", "day"),
    "시": ("time", "time"), "분": ("minute", "count"), "세": ("age", "count"), "살": ("age", "count"), "차": ("round", "ordinal"),
    "호": ("number", "ordinal"), "층": ("floor", "count"), "위": ("rank", "ordinal"), "등": ("rank", "ordinal"),
    "번째": ("ordinal", "ordinal"), "번": ("times", "count"), "회": ("times", "count"),
    # words that start with a unit above: 3시간 is three hours (not 3 o'clock), 4개월 four months, 2분기 the second
    # quarter, 5세대 the fifth generation
    "시간": ("hour", "count"), "개월": ("month", "count"), "분기": ("quarter", "ordinal"), "세대": ("generation", "ordinal"),
    "척": ("ship", "count"), "가구": ("household", "count"), "주": ("week", "count"), "주간": ("week", "count"),
}
_WEEKDAYS_KO = {"월": 1, "화": 2, "수": 3, "목": 4, "금": 5, "토": 6, "일": 7}
# 금요일; 27일(금) / 27일 (금): a weekday, compared with the English one ("Friday", "Fri.")
_KO_WEEKDAY = re.compile(r"(?P<w>[월화수목금토일])요일|(?<=일)\s?\((?P<p>[월화수목금토일])\)")
_KO_RATIO = re.compile(rf"(?<![\d.,])(?P<n>{_NUM})\s?대\s?1(?![\d]|[.,]\d)")  # 경쟁률 24.6대 1 = 24.6 to 1
_KO_FRACTION = re.compile(r"(?<![\d.,])(?P<d>\d+)\s?분의\s?(?P<n>\d+(?:\.\d+)?)(?![\d.,])")  # 3분의 1 = one third


def ko_chain_value(text: str) -> float | None:
    """The value of a Korean number chain ("3만3천" -> 33000.0, "2억5천만" -> 250000000.0), None if it is not one."""
    try:
        return _ko_value(text.strip())
    except ValueError:
        return None


def _ko_value(groups: str) -> float:
    total = 0.0
    pending = 0.0
    for g in _KO_GROUP_RE.finditer(groups):
        v = float(g.group("n").replace(",", ""))
        if g.group("small"):
            v *= _KO_SMALL[g.group("small")]
        if g.group("big"):
            total += (pending + v) * _KO_BIG[g.group("big")]
            pending = 0.0
        else:
            pending += v
    return total + pending


# Units of measure written after a number, both languages: unit -> canonical name. A number whose unit is another
# measure on the other side (36GB / 36TB, 50㎜ / 50cm, 32.3㎞ / 32.3m) is a different number (rules/numbers.py).
MEASURES = {
    "km": "km", "㎞": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "m": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
    "cm": "cm", "㎝": "cm", "centimeter": "cm", "centimeters": "cm", "centimetre": "cm", "centimetres": "cm",
    "mm": "mm", "㎜": "mm", "millimeter": "mm", "millimeters": "mm", "millimetre": "mm", "millimetres": "mm",
    "kg": "kg", "㎏": "kg", "kilogram": "kg", "kilograms": "kg",
    "kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB", "gigabyte": "GB", "gigabytes": "GB", "terabyte": "TB", "terabytes": "TB",
    "megabyte": "MB", "megabytes": "MB",
    "kw": "kW", "㎾": "kW", "mw": "MW", "㎿": "MW", "gw": "GW", "kilowatt": "kW", "kilowatts": "kW", "megawatt": "MW",
    "megawatts": "MW", "gigawatt": "GW", "gigawatts": "GW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh",
    "㎡": "m2", "m²": "m2", "m2": "m2", "square meter": "m2", "square meters": "m2", "square metre": "m2", "square metres": "m2",
    "평": "pyeong", "pyeong": "pyeong",
    "ha": "ha", "hectare": "ha", "hectares": "ha", "㏊": "ha",
    # fine dust and doses: 112㎍/㎥ written "112mg/㎥" is a thousand times off
    "㎍": "ug", "μg": "ug", "µg": "ug", "mcg": "ug", "microgram": "ug", "micrograms": "ug",
    "㎎": "mg", "mg": "mg", "milligram": "mg", "milligrams": "mg",
    # imperial units English may convert to (485㎞ as "301 miles"); rules/numbers.py compares the converted value
    "mile": "mile", "miles": "mile", "foot": "ft", "feet": "ft", "ft": "ft", "inch": "inch", "inches": "inch",
    "pound": "lb", "pounds": "lb", "lb": "lb", "lbs": "lb", "acre": "acre", "acres": "acre",
}
MEASURE_RE = re.compile(
    r"[\s-]?(?P<u>" + "|".join(sorted((re.escape(u) for u in MEASURES), key=len, reverse=True)) + r")(?![A-Za-z²가-힣])",
    re.IGNORECASE,
)
_KO_MEASURE_RE = re.compile(MEASURE_RE.pattern.replace("가-힣", ""), re.IGNORECASE)  # 36GB로, 50㎜의: a Korean particle may follow


def _with_measure(text: str, m: NumberMention, lang: str) -> NumberMention:
    """`m` (a plain amount) with the unit of measure written right after it, if any."""
    if m.unit or m.kind != "amount":
        return m
    got = (_KO_MEASURE_RE if lang == "ko" else MEASURE_RE).match(text, m.end)
    if got is None:
        return m
    u = got.group("u")
    if lang == "en" and u.lower() == "m" and text[max(0, m.start - 1) : m.start] in ("$", "₩"):
        return m  # $30m = 30 million
    if lang == "ko" and u == "평" and text[got.end() : got.end() + 1] in ("가", "균"):
        return m  # 평가, 평균
    return NumberMention(m.value, MEASURES[u.lower()], m.kind, m.start, got.end(), text[m.start : got.end()])


def _collector(first: list[NumberMention]):
    """(mentions, free(start, end), add(mention)): later patterns only take text no earlier mention covers."""
    out = list(first)
    taken: list[tuple[int, int]] = [(m.start, m.end) for m in out]

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(m: NumberMention) -> None:
        out.append(m)
        taken.append((m.start, m.end))

    return out, free, add


def _ko_hour(ampm: str | None, h: int) -> int:
    """The hour on a 24-hour clock: 오후 3시 15, 낮 2시 14 (낮 12시 noon), 밤 12시 and 새벽 12시 midnight (0), 24시 0."""
    if ampm in ("오후", "저녁", "밤") and h < 12:
        return h + 12
    if ampm == "낮" and h <= 6:
        return h + 12
    if (ampm in ("밤", "새벽") and h == 12) or h == 24:
        return 0
    return h


def _korean(text: str) -> list[NumberMention]:
    out, free, add = _collector(_dates(text))

    for m in _KO_TIME.finditer(text):
        h, mi = int(m.group("h")), int(m.group("m"))
        add(NumberMention(h + mi / 60, "time", "time", m.start(), m.end(), m.group(0)))
    for m in _KO_CLOCK_RANGE.finditer(text):  # 오후 2시부터 5시까지, 오후 2~5시: both hours are p.m.
        if not free(m.start(), m.end()):
            continue
        for h_, mi_, s_, e_ in ((m.group("h1"), m.group("m1"), m.start(), m.end("first")), (m.group("h2"), m.group("m2"), m.start("h2"), m.end())):
            h, mi = int(h_), int(mi_ or 0)
            h = _ko_hour(m.group("ampm"), h)
            if h <= 24 and mi < 60:
                add(NumberMention(h + mi / 60, "time", "time", s_, e_, text[s_:e_].strip()))
    for m in _KO_CLOCK.finditer(text):
        if not free(m.start(), m.end()):
            continue
        ampm = m.group("ampm") or m.group("ampm2")
        h = int(m.group("h") or m.group("h2"))
        mi = int(m.group("m") or 0)
        h = _ko_hour(ampm, h)
        if h > 24:
            continue
        add(NumberMention(h + mi / 60, "time", "time", m.start(), m.end(), m.group(0).strip()))
    for m in _KO_NOON.finditer(text):
        if free(m.start(), m.end()):
            add(NumberMention(12.0 if m.group("w") == "정오" else 0.0, "time", "time", m.start(), m.end(), m.group(0)))
    for m in _KO_ORDINAL.finditer(text):
        if free(m.start(), m.end()):
            add(NumberMention(float(m.group("n")), "ordinal", "ordinal", m.start(), m.end(), m.group(0)))
    for m in _KO_DECADES.finditer(text):  # 1970∼80년대 "the 1970s and 1980s", 90년대 "the 1990s"
        if free(m.start(), m.end()):
            for g in ("a", "b"):
                if m.group(g):
                    n = int(m.group(g))
                    year = n if n >= 1000 else (1900 + n if n >= 30 else 2000 + n)
                    add(NumberMention(float(year), "year", "year", m.start(g), m.end(g), m.group(g)))
    for m in _KO_DOUBLE.finditer(text):
        if free(m.start(), m.end()):
            add(NumberMention(2.0, "times", "count", m.start(), m.end(), m.group(0), spelled=True))
    for m in _KO_NATIVE_ORDINAL.finditer(text):
        if free(m.start(), m.end()):
            add(NumberMention(float(_KO_NATIVE.get(m.group("w"), 1)), "ordinal", "ordinal", m.start(), m.end(), m.group(0), spelled=True))
    for m in _KO_NATIVE_NTH_RE.finditer(text):
        if free(m.start(), m.end()):
            unit = _KO_NTH_UNIT.get(m.group("c"), "ordinal")
            add(NumberMention(float(_KO_NATIVE_NTH[m.group("w")]), unit, "ordinal", m.start(), m.end(), m.group(0), spelled=True))
    for m in _KO_NATIVE_TIME_RE.finditer(text):
        if free(m.start(), m.end()):
            value = _KO_NATIVE.get(m.group("w"), 3 if m.group("w") == "석" else 4)
            add(NumberMention(float(value), "month" if m.group("c") == "달" else "year", "count", m.start(), m.end(), m.group(0), spelled=True))
    for m in _KO_DAYS_RE.finditer(text):
        if free(m.start(), m.end()):
            add(NumberMention(float(_KO_DAYS[m.group("w")]), "day", "count", m.start(), m.end(), m.group(0), spelled=True))
    for m in _KO_ONE_WEEK_RE.finditer(text):
        if free(m.start(), m.end()):
            add(NumberMention(1.0, "week", "count", m.start(), m.end(), m.group(0), spelled=m.group(0)[0] == "일"))
    for m in _KO_NATIVE_RE.finditer(text):
        if free(m.start(), m.end()):
            unit, kind = _KO_UNIT.get(m.group("c"), ("item", "count"))
            add(NumberMention(float(_native_value(m.group("w"))), unit, "count", m.start(), m.end(), m.group(0), spelled=True))
    for m in _KO_PER_HEAD.finditer(text):  # 1인당 = per capita, 1인 가구 = single-person household: no number in English
        if free(m.start(), m.end()):
            add(NumberMention(1.0, _RESERVED, _RESERVED, m.start(), m.end(), m.group(0)))  # held, then left out
    for m in _KO_WEEKDAY.finditer(text):
        if m.group("p") and not re.search(r"\d\s?일$", text[max(0, m.start() - 6) : m.start()]):
            continue  # (금) only right after a day of the month
        if free(m.start(), m.end()):
            add(NumberMention(float(_WEEKDAYS_KO[m.group("w") or m.group("p")]), "weekday", "weekday", m.start(), m.end(), m.group(0).strip()))
    for m in _KO_BATTING.finditer(text):  # 3할 2푼 5리 = .325 (a rate in tenths, hundredths, thousandths)
        if free(m.start(), m.end()):
            v = int(m.group("h")) / 10 + int(m.group("p") or 0) / 100 + int(m.group("r") or 0) / 1000
            add(NumberMention(round(v, 3), "", "amount", m.start(), m.end(), m.group(0)))
    for m in _KO_SPLIT_SECONDS.finditer(text):  # 9초 58 = 9.58 seconds (a race time)
        if free(m.start(), m.end()):
            add(NumberMention(float(f"{m.group('s')}.{m.group('f')}"), "", "amount", m.start(), m.end(), m.group(0)))
    for m in _KO_RATIO.finditer(text):
        if free(m.start(), m.end()):
            add(NumberMention(float(m.group("n").replace(",", "")), "ratio", "amount", m.start(), m.end(), m.group(0)))
    for m in _KO_FRACTION.finditer(text):
        d = int(m.group("d"))
        if d > 0 and free(m.start(), m.end()):
            add(NumberMention(float(m.group("n")) / d, "fraction", "fraction", m.start(), m.end(), m.group(0)))
    for m in _KO_AMOUNT.finditer(text):
        if not free(m.start(), m.end()):
            continue
        groups = m.group("groups").rstrip()
        try:
            value = _ko_value(groups)
        except ValueError:
            continue
        unit_word = (m.group("unit") or "").replace(" ", "")
        unit, kind = _KO_UNIT.get(unit_word, ("", "amount"))
        end = m.end() if unit_word else m.start() + len(groups)
        if kind == "year" and not (1000 <= value <= 2999):
            kind, unit = "count", "year"  # 3년 = three years, a duration
        if kind == "day" and not (1 <= value <= 31 and value == int(value)):
            kind, unit = "count", "day"  # 주 4.5일제: four and a half days, not a day of the month
        if kind == "month" and not (1 <= value <= 12 and value == int(value)):
            kind, unit = "count", "month"
        if unit_word in ("국", "사", "대") and value != int(value):
            # 1.7대 1 ("1.7 to 1"), 1.7대 (vehicles per charger): the number without the counter
            unit_word, unit, kind, end = "", "", "amount", m.start() + len(groups)
        add(NumberMention(value, unit, kind, m.start(), end, text[m.start() : end]))
    out = [_and_a_half(text, _with_measure(text, m, "ko")) for m in out if m.kind != _RESERVED]
    out.sort(key=lambda x: x.start)
    return _years_and_months(text, out)


# 3년 반 (three and a half years), 2시간 반, 6개월 반치: a half after a length of time is part of it
_KO_HALF_AFTER = re.compile(r"\s?반(?=(?:치|가량|쯤|정도|여|째|간|동안|만에|만|씩|이|가|은|는|을|를|에|의|도|이다)?(?![가-힣]))")


def _and_a_half(text: str, m: NumberMention) -> NumberMention:
    """A Korean length of time with the half after it: 3년 반 is 3.5 years."""
    if m.kind != "count" or m.unit not in TIME_UNITS:
        return m
    got = _KO_HALF_AFTER.match(text, m.end)
    if got is None:
        return m
    return NumberMention(m.value + 0.5, m.unit, m.kind, m.start, got.end(), text[m.start : got.end()], m.spelled)


def _years_and_months(text: str, out: list[NumberMention]) -> list[NumberMention]:
    """징역 1년 6개월, "2 years and 6 months": one duration in months (English often says "18 months")."""
    merged: list[NumberMention] = []
    for m in out:
        prev = merged[-1] if merged else None
        if (prev is not None and prev.unit == "year" and prev.kind == "count" and m.unit == "month" and m.kind == "count"
                and re.fullmatch(r"\s*(?:and\s+)?", text[prev.end : m.start])):
            merged[-1] = NumberMention(prev.value * 12 + m.value, "month", "count", prev.start, m.end, text[prev.start : m.end])
            continue
        merged.append(m)
    return merged


_KO_BATTING = re.compile(r"(?<![\d.])(?P<h>\d)\s?할(?:\s?(?P<p>\d)\s?푼)?(?:\s?(?P<r>\d)\s?리)?(?![가-힣])|(?<![\d.])(?P<h2>\d)\s?할(?=\s?(?:대|타율|타자|승률|\d\s?푼))")
_KO_SPLIT_SECONDS = re.compile(r"(?<![\d.])(?P<s>\d{1,2})\s?초\s?(?P<f>\d{2})(?!\d)")


# ------------------------------------------------------------------ English

_EN_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "quadrillion": 1e15, "mn": 1e6, "bn": 1e9, "tn": 1e12,
             "k": 1e3}
_EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "twice": 2, "double": 2, "doubled": 2,
    "doubles": 2, "doubling": 2, "triples": 3, "tripling": 3, "quadruples": 4, "quadrupling": 4,
    "triple": 3, "tripled": 3, "threefold": 3, "quadruple": 4, "quadrupled": 4, "fourfold": 4, "fivefold": 5,
    "tenfold": 10, "twofold": 2, "both": 2, "a hundred": 100,
}
_EN_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})  # twenty-one
_EN_ORD_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"), ("july", "jul"),
         ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec")]
    )
    for m in names
}
_EN_CURRENCY_PRE = {"krw": "won", "₩": "won", "w": "won", "won": "won", "usd": "dollar", "us$": "dollar", "$": "dollar", "jpy": "yen", "¥": "yen", "eur": "euro", "€": "euro", "cny": "yuan", "rmb": "yuan"}
_EN_UNIT_POST = {
    "won": ("won", "amount"), "dollar": ("dollar", "amount"), "dollars": ("dollar", "amount"), "yen": ("yen", "amount"),
    "euro": ("euro", "amount"), "euros": ("euro", "amount"), "yuan": ("yuan", "amount"),
    "%": ("%", "percent"), "percent": ("%", "percent"), "per cent": ("%", "percent"), "percentage points": ("%p", "percent"),
    "percentage point": ("%p", "percent"), "%p": ("%p", "percent"),
    # central-bank English: 0.25%포인트 = "25 basis points" (the value is divided by 100 when read)
    "basis points": ("%p", "percent"), "basis point": ("%p", "percent"), "bps": ("%p", "percent"), "bp": ("%p", "percent"),
    "people": ("person", "count"), "persons": ("person", "count"), "person": ("person", "count"),
    "countries": ("country", "count"), "companies": ("company", "count"), "times": ("times", "count"),
    "tons": ("ton", "amount"), "tonnes": ("ton", "amount"), "years": ("year", "count"), "year": ("year", "count"),
    "days": ("day", "count"), "months": ("month", "count"), "major": ("major", "count"),
}
_BASIS_POINTS = frozenset({"basis points", "basis point", "bps", "bp"})
_EN_UNIT_ALT = "|".join(sorted((re.escape(u) for u in _EN_UNIT_POST), key=len, reverse=True))
_EN_AMOUNT = re.compile(
    # (W1.2 trillion, W250,000: the newspapers' won sign written as a W, not after a letter: BMW3 is no amount)
    r"(?P<pre>KRW|USD|US\$|JPY|EUR|CNY|RMB|[$₩¥€]|(?<![A-Za-z0-9])W(?=\d))?\s?"
    rf"(?:(?<=(?<![A-Za-z0-9])W)|(?<![\w.,]))(?P<n>{_NUM}|\.\d+(?![.,]\d))(?![\d])"  # .429: a batting average written without its 0
    # "the 200-million-won range", "a 30,000-won plan": a hyphenated amount is the same amount
    r"(?:[\s-]?(?P<scale>thousand|million|billion|trillion|quadrillion|mn|bn|tn)\b)?"
    rf"(?:(?:\s|-(?=(?:won|dollars?|yen|euros?|yuan|percent)\b))?(?P<unit>{_EN_UNIT_ALT})(?![A-Za-z]))?",
    re.IGNORECASE,
)
_EN_TIME = re.compile(r"(?<![\d:])(?P<h>[01]?\d|2[0-4]):(?P<m>[0-5]\d)(?:\s?(?P<ap>[ap]\.?m\.?))?(?![\d:])", re.IGNORECASE)
# four and a half, two-and-a-half(-day), a year and a half: a whole number and a half (주 4.5일제, 3년 반)
_EN_AND_A_HALF = re.compile(
    r"\b(?:(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})[\s-]and[\s-]a[\s-]half\b"
    r"|(?:an?|one)\s(?P<u>minute|hour|day|week|month|year)\sand\sa\shalf\b)",
    re.IGNORECASE,
)
_EN_CLOCK_RANGE = re.compile(r"(?<![\d.:])(?P<h1>1[0-2]|0?[1-9])\s?(?:-|–|to|and)\s?(?P<h2>1[0-2]|0?[1-9])\s?(?P<ap>[ap])\.?m\b\.?", re.IGNORECASE)
_EN_NOON = re.compile(r"\b(?:12\s)?(?:noon|midday|midnight)\b", re.IGNORECASE)
_EN_CLOCK = re.compile(r"(?<![\d.])(?P<h>1[0-2]|0?[1-9])\s?(?P<ap>[ap])\.?m\b\.?", re.IGNORECASE)
_EN_ORDINAL = re.compile(r"(?<![\w.])(?P<n>\d+)(?P<suf>st|nd|rd|th)\b", re.IGNORECASE)
_EN_WORD_RE = re.compile(
    r"\b(?P<w>" + "|".join(sorted(list(_EN_WORDS) + list(_EN_ORD_WORDS), key=len, reverse=True)) + r")\b(?:[\s-](?P<w2>one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b)?",
    re.IGNORECASE,
)
def _in_month_range(text: str, m: re.Match) -> bool:
    """A month abbreviation joined to another month by a dash: "Jan-Sept", "Jul.–Sep"."""
    before = _EN_MONTH_RE.search(text[max(0, m.start() - 12) : m.start()])
    return bool((before is not None and re.search(r"[-–]\s?$", text[max(0, m.start() - 3) : m.start()]))
                or re.match(r"\s?[-–]\s?[A-Z][a-z]{2,8}\b", text[m.end() :]) and _EN_MONTH_RE.match(text[m.end() :].lstrip(" -–")))


_EN_MONTH_RE = re.compile(r"\b(?P<m>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?", re.IGNORECASE)
_WEEKDAYS_EN = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
                "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7}
# Friday; Fri. or (Fri) (an abbreviation only with its dot or in brackets: "Sun" and "Sat" are words too)
_EN_WEEKDAY = re.compile(
    r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b"
    r"|\b(?P<a>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.|\((?P<b>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?\)"
)
_EN_QUARTER = re.compile(r"(?<![\w.])(?:[QH](?P<a>[1-4])|(?P<b>[1-4])[QH])(?=\b|\d{2}\b|')")  # Q3, 3Q, H1, 1H24
_EN_NO = re.compile(r"\bNo\.\s?(?P<n>\d+)\b")
# first place said without a number: "the top spot", "topped the box office", "came out on top", "number one"
# (not "top 10", "on top of": in addition to)
_EN_TOP = re.compile(
    r"\b(?:the\s+)?top\s+(?:spot|position|place|rank|ranking|slot)s?\b|\btopp(?:ed|ing)\b|\bon\s+top\b(?!\s+of\b)"
    r"|\bnumber\s+one\b|\b(?:lead(?:s|ing)?|led)\s+the\s+(?:league|standings|rankings?|table|field|pack|market|world|nation|country)\b"
    r"|\bleague[- ]leading\b", re.IGNORECASE)
# 24.6 to 1, 24.6:1 (not "from 2 to 1 percent", "3 to 1 million")
_EN_RATIO = re.compile(
    rf"(?<!from )(?<![\w.,])(?P<n>{_NUM})\s?(?:-to-|\sto\s|:)\s?(?:1|one)\b(?![\d:]|[.,]\d)(?!\s?(?:%|percent|per\b|thousand|million|billion|trillion|{_EN_UNIT_ALT}))",
    re.IGNORECASE,
)
_EN_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
                    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
                    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
# one-third, two thirds, three-quarters; "a third of" / "a quarter of" (not "a third term", "one third-party")
_EN_FRACTION = re.compile(
    r"\b(?:(?P<n>one|two|three|four|five|six|seven|eight|nine)[\s-](?P<d>halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b(?!-)"
    r"|(?P<a>an?)\s(?P<d2>third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=\sof\b|\s?[,.;)]|\s(?:to|from|in|on|at|by|over|since|compared|than|and|or|while|as|after|before|between|during|last|this|year|a\s+year)\b|$))",
    re.IGNORECASE,
)


def _english(text: str) -> list[NumberMention]:
    out, free, add = _collector(_dates(text))

    for m in _EN_AND_A_HALF.finditer(text):
        if m.group("u"):
            add(NumberMention(1.5, m.group("u").lower(), "count", m.start(), m.end(), m.group(0), spelled=True))
        else:
            w = m.group("w").lower()
            whole = float(w) if w.isdigit() else float(_EN_WORDS[w])
            add(NumberMention(whole + 0.5, "", "count", m.start(), m.end(), m.group(0), spelled=not w.isdigit()))

    for m in _EN_TIME.finditer(text):
        h, mi = int(m.group("h")), int(m.group("m"))
        ap = (m.group("ap") or "").lower()
        if ap.startswith("p") and h < 12:
            h += 12
        if ap.startswith("a") and h == 12:  # 12:40 a.m. is 0:40 (새벽 0시 40분)
            h = 0
        add(NumberMention(h + mi / 60, "time", "time", m.start(), m.end(), m.group(0)))
    for m in _EN_CLOCK_RANGE.finditer(text):  # "2-5 p.m.", "2 to 5 p.m.": the first hour is p.m. too
        if free(m.start(), m.end()):
            for g in ("h1", "h2"):
                h = int(m.group(g))
                if m.group("ap").lower() == "p" and h < 12:
                    h += 12
                s_, e_ = (m.start(), m.end("h1")) if g == "h1" else (m.start("h2"), m.end())
                add(NumberMention(float(h), "time", "time", s_, e_, text[s_:e_]))
    for m in _EN_CLOCK.finditer(text):
        if free(m.start(), m.end()):
            h = int(m.group("h"))
            if m.group("ap").lower() == "p" and h < 12:
                h += 12
            if m.group("ap").lower() == "a" and h == 12:
                h = 0  # 12 a.m. is midnight
            add(NumberMention(float(h), "time", "time", m.start(), m.end(), m.group(0)))
    for m in _EN_NOON.finditer(text):
        if free(m.start(), m.end()):
            add(NumberMention(0.0 if "night" in m.group(0).lower() else 12.0, "time", "time", m.start(), m.end(), m.group(0), spelled=True))
    for m in _EN_QUARTER.finditer(text):
        if free(m.start(), m.end()):
            add(NumberMention(float(m.group("a") or m.group("b")), "quarter" if "Q" in m.group(0) else "half", "ordinal", m.start(), m.end(), m.group(0)))
    for m in _EN_WEEKDAY.finditer(text):
        if free(m.start(), m.end()):
            w = (m.group("w") or m.group("a") or m.group("b")).lower()
            add(NumberMention(float(_WEEKDAYS_EN[w]), "weekday", "weekday", m.start(), m.end(), m.group(0), spelled=True))
    for m in _EN_RATIO.finditer(text):
        if free(m.start(), m.end()):
            add(NumberMention(float(m.group("n").replace(",", "")), "ratio", "amount", m.start(), m.end(), m.group(0)))
    for m in _EN_FRACTION.finditer(text):
        num = _EN_WORDS[m.group("n").lower()] if m.group("n") else 1
        if num >= _EN_DENOMINATORS[(m.group("d") or m.group("d2")).lower()]:
            continue  # "in four quarters", "two halves": a count of periods, not a fraction
        if free(m.start(), m.end()):
            add(NumberMention(num / _EN_DENOMINATORS[(m.group("d") or m.group("d2")).lower()], "fraction", "fraction", m.start(), m.end(),
                              m.group(0), spelled=True))
    for m in _EN_NO.finditer(text):
        add(NumberMention(float(m.group("n")), "rank", "ordinal", m.start(), m.end(), m.group(0)))
    for m in _EN_TOP.finditer(text):
        if free(m.start(), m.end()):
            add(NumberMention(1.0, "rank", "ordinal", m.start(), m.end(), m.group(0), spelled=True))
    for m in _EN_ORDINAL.finditer(text):
        if not free(m.start(), m.end()):
            continue
        n = float(m.group("n"))
        before = text[max(0, m.start() - 12) : m.start()].lower()
        after = text[m.end() : m.end() + 12].lower()
        is_day = 1 <= n <= 31 and (before.endswith(("the ", "on ", "of ")) or _EN_MONTH_RE.search(before[-10:]) is not None) and not after.lstrip().startswith(("industrial", "largest", "place", "round", "generation", "phase", "term", "quarter", "half", "floor"))
        add(NumberMention(n, "day" if is_day else "ordinal", "day" if is_day else "ordinal", m.start(), m.end(), m.group(0)))
    for m in _EN_MONTH_RE.finditer(text):
        word = m.group("m").lower()
        if word == "may" and not re.match(r"\s+\d", text[m.end() :]) and not text[m.start()].isupper():
            continue  # the verb "may"
        if (word in ("mar", "jan", "jun", "jul", "dec", "oct", "nov", "sep", "aug", "feb", "apr", "sept") and not m.group(0).endswith(".")
                and not re.match(r"\s+\d", text[m.end() :]) and not _in_month_range(text, m) and word != "sept"):
            continue  # "Mar" and "Jun" alone are words or names; "Jan-Sept", "Sept" are months
        if not text[m.start()].isupper():
            continue
        if free(m.start(), m.end()):
            add(NumberMention(float(_MONTHS[word]), "month", "month", m.start(), m.end(), m.group(0)))
    for m in _EN_AMOUNT.finditer(text):
        s_n = m.start("n")
        s = m.start("pre") if m.group("pre") else s_n
        if not free(s_n, m.end("n")):
            continue
        raw = m.group("n")
        try:
            v = float(raw.replace(",", ""))
        except ValueError:
            continue
        scale = (m.group("scale") or "").lower()
        if scale:
            v *= _EN_SCALE[scale]
        unit, kind = "", "amount"
        pre = (m.group("pre") or "").lower()
        if pre:
            unit = _EN_CURRENCY_PRE.get(pre, "")
        post = (m.group("unit") or "").lower()
        if post:
            unit, kind = _EN_UNIT_POST.get(post, (unit, kind))
            if post in _BASIS_POINTS:
                v /= 100
        if not scale and not pre and not post and "," not in raw and "." not in raw and 1900 <= v <= 2100:
            kind, unit = "year", "year"
        end = m.end()
        add(NumberMention(v, unit, kind, s, end, text[s:end].strip()))
    for m in re.finditer(r"\bhalf (?:a|of a) percentage point\b", text, re.IGNORECASE):  # 0.5%포인트
        add(NumberMention(0.5, "%p", "percent", m.start(), m.end(), m.group(0), spelled=True))
    for m in re.finditer(r"\bhalf an hour\b", text, re.IGNORECASE):  # 30분 -> "half an hour"
        add(NumberMention(30.0, "minute", "count", m.start(), m.end(), m.group(0), spelled=True))
    for m in re.finditer(r"\bhalf\b", text, re.IGNORECASE):  # 50% -> "half of the market"
        if free(m.start(), m.end()):
            add(NumberMention(50.0, "%", "percent", m.start(), m.end(), m.group(0), spelled=True))
    pos = 0
    while (m := _EN_WORD_RE.search(text, pos)) is not None:
        w = m.group("w").lower()
        w2 = (m.group("w2") or "").lower()
        joined = bool(w2) and w in _EN_TENS
        pos = m.end() if joined or not w2 else m.start() + len(m.group("w"))  # "the first two weeks": two is a number
        if not free(m.start(), m.end() if joined else m.start() + len(m.group("w"))):
            continue
        if w in _EN_ORD_WORDS:
            v, kind = float(_EN_ORD_WORDS[w]), "ordinal"
        else:
            v, kind = float(_EN_WORDS[w]), "count"
            if joined:
                v += _EN_WORDS.get(w2, _EN_ORD_WORDS.get(w2, 0))
                if w2 in _EN_ORD_WORDS:
                    kind = "ordinal"
        end = m.end() if joined else m.start() + len(m.group("w"))
        tail = text[end : end + 12]
        scale_m = re.match(r"\s(thousand|million|billion|trillion|quadrillion)\b", tail, re.IGNORECASE)
        if scale_m:
            v *= _EN_SCALE[scale_m.group(1).lower()]
            end += scale_m.end()
            kind = "amount"
        unit = ""
        points = re.match(r"\s(?:percentage\s)?points?\b", text[end : end + 20], re.IGNORECASE)
        if points and kind == "count" and re.match(r"\s(?:percentage\s)?point", points.group(0), re.I) and "percentage" in points.group(0).lower():
            unit, kind, end = "%p", "percent", end + points.end()  # "one percentage point" (1%포인트)
        add(NumberMention(v, unit, kind, m.start(), end, text[m.start() : end], spelled=True))
    for m in _EN_A_TIME.finditer(text):  # "a month", "an hour": one, with its unit
        if free(m.start(), m.end()):
            add(NumberMention(1.0, m.group("u").lower(), "count", m.start(), m.end(), m.group(0), spelled=True))
    out = [_ordinal_of_time(text, _with_time_unit(text, _with_measure(text, m, "en"))) for m in out]
    out.sort(key=lambda x: x.start)
    return _years_and_months(text, _days_of_months(text, out))


def _days_of_months(text: str, out: list[NumberMention]) -> list[NumberMention]:
    """A plain number right after a month's name is its day ("March 1", "on Jan. 15,"): 1월 1일 said "March 1" is a wrong
    month (1월 / March), not a month read as the day."""
    for k in range(1, len(out)):
        prev, m = out[k - 1], out[k]
        if (prev.kind == "month" and m.kind == "amount" and not m.unit and not m.spelled and m.value == int(m.value)
                and 1 <= m.value <= 31 and re.fullmatch(r"\s", text[prev.end : m.start])
                and re.fullmatch(r"\d{1,2}", text[m.start : m.end])):
            out[k] = NumberMention(m.value, "day", "day", m.start, m.end, m.text)
    return out


TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
_EN_A_TIME = re.compile(r"\b(?:a|an)\s(?:single\s|full\s)?(?P<u>minute|hour|day|week|month|year)\b(?!-)", re.IGNORECASE)
_EN_TIME_AFTER = re.compile(r"(?:\s|-)(?P<u>minute|hour|day|week|month|year)s?\b", re.IGNORECASE)


# "the 26th consecutive week", "the second straight month", "the fourth week of October": an ordinal of a length of time
_EN_ORDINAL_TIME = re.compile(r"[\s-](?:(?:consecutive|straight|successive|running)[\s-])?(?P<u>minute|hour|day|week|month|year)s?\b", re.IGNORECASE)


def _ordinal_of_time(text: str, m: NumberMention) -> NumberMention:
    """An English ordinal with the unit of time it counts (not a day of the month: "the 26th consecutive month")."""
    if m.kind not in ("ordinal", "day"):
        return m
    got = _EN_ORDINAL_TIME.match(text, m.end)
    if got is None:
        return m
    return NumberMention(m.value, got.group("u").lower(), "ordinal", m.start, got.end(), text[m.start : got.end()], m.spelled)


def _with_time_unit(text: str, m: NumberMention) -> NumberMention:
    """An English count of time with its unit: "three months", "30 minutes", "a 10-year bond" (not "three people")."""
    if m.unit or m.kind not in ("amount", "count"):
        return m
    got = _EN_TIME_AFTER.match(text, m.end)
    if got is None:
        return m
    return NumberMention(m.value, got.group("u").lower(), "count", m.start, got.end(), text[m.start : got.end()], m.spelled)


# ------------------------------------------------------------------ orders of magnitude

_KO_VAGUE = re.compile(
    r"(?<![가-힣\d])수\s?(?:(?P<m>십|백|천)\s?(?P<b>만|억|조)?|(?P<b2>만|억|조))"
    r"(?P<money>\s?(?:여\s?)?(?:원|달러|엔|위안|유로))?(?P<count>\s?(?:여\s?)?(?:명|개|건|곳|가구|대|마리|톤|채|척|년|개월|일|시간|회|차례|번))?"
)
_KO_FACTOR = {"십": 10, "백": 100, "천": 1000, None: 1}
_KO_SCALE = {"만": 1e4, "억": 1e8, "조": 1e12, None: 1}
_EN_VAGUE = re.compile(
    r"\b(?:(?P<q>several|a\s+few|a\s+couple\s+of|several\s+tens\s+of|tens\s+of|dozens\s+of|several\s+hundred|a\s+few\s+hundred|hundreds\s+of"
    r"|several\s+thousand|a\s+few\s+thousand|thousands\s+of)\s+(?P<s>thousand|million|billion|trillion)s?\b"
    r"|(?P<q2>tens|dozens|hundreds|thousands)\s+of\b"
    r"|(?P<s2>million|billion|trillion)s\s+of\b"
    r"|(?P<q3>several|a\s+few)\s+(?P<h>hundred|thousand)\b)",
    re.IGNORECASE,
)
_EN_FACTOR = {"several": 1, "a few": 1, "a couple of": 1, "several tens of": 10, "tens of": 10, "dozens of": 10, "several hundred": 100,
              "a few hundred": 100, "hundreds of": 100, "several thousand": 1000, "a few thousand": 1000, "thousands of": 1000,
              "tens": 10, "dozens": 10, "hundreds": 100, "thousands": 1000, "hundred": 100, "thousand": 1000}
_EN_VAGUE_MONEY = re.compile(r"\s(?:of\s)?(?:won|dollars|yen|yuan|euros)\b|\s(?:of\s)?(?:US\s)?dollars\b", re.IGNORECASE)
_EN_VAGUE_COUNT = re.compile(
    r"\s(?:of\s)?(?:people|persons|workers|residents|households|employees|students|patients|users|members|visitors|units|homes|"
    r"cases|companies|firms|years|tons|tonnes|jobs|times|customers|subscribers|victims|troops|soldiers|fans)\b", re.IGNORECASE)


def magnitudes(text: str, lang: str) -> list[Magnitude]:
    """The numbers of `text` said only by their order: 수십/수백/수천 and 수만/수억/수조 (수백억 원, 수십만 명), "several
    billion", "tens of billions", "hundreds of thousands", "billions of won". (수조 only with its currency: alone it is
    also a water tank.)"""
    if lang == "ko":
        return [_ko_magnitude(m) for m in _KO_VAGUE.finditer(text) if not (m.group("b2") == "조" and not m.group("money"))]
    return [_en_magnitude(text, m) for m in _EN_VAGUE.finditer(text)]


def _ko_magnitude(m: re.Match) -> Magnitude:
    low = _KO_FACTOR[m.group("m")] * _KO_SCALE[m.group("b") or m.group("b2")]
    money = True if m.group("money") else (False if m.group("count") else None)
    end = m.end("b") if m.group("b") else m.end("m") if m.group("m") else m.end("b2")
    return Magnitude(low, low * 10, money, m.start(), end, m.group(0)[: end - m.start()])


def _en_magnitude(text: str, m: re.Match) -> Magnitude:
    def word(group: str) -> str:
        return re.sub(r"\s+", " ", m.group(group).lower())

    if m.group("s"):
        low = _EN_FACTOR[word("q")] * _EN_SCALE[word("s")]
        high = low * 10
    elif m.group("s2"):  # "billions of won": a billion up to the next scale
        low = _EN_SCALE[word("s2")]
        high = low * 1000
    else:
        low = _EN_FACTOR[word("q2")] if m.group("q2") else _EN_FACTOR[word("h")]
        high = low * 10
    end = m.end()
    if re.search(r"\s+of$", m.group(0)):  # "tens of", "billions of": the "of" belongs to what follows
        end = m.start() + len(re.sub(r"\s+of$", "", m.group(0)))
    after = text[end : end + 30]
    money = True if _EN_VAGUE_MONEY.match(after) or re.search(r"(?:\$|₩|KRW\s?|USD\s?)$", text[max(0, m.start() - 5) : m.start()]) else (
        False if _EN_VAGUE_COUNT.match(after) else None)
    return Magnitude(low, high, money, m.start(), end, text[m.start() : end])

