"""Korean Revised Romanisation and fuzzy matching of romanised names.

`romanize("대전")` -> "daejeon", `romanize("청주")` -> "cheongju". News English
rarely follows the Revised Romanisation to the letter: 성 is "Sung", 우 is
"Woo", loanwords lose their 으 (에코프로비엠 -> "Ecopro BM"). `loose_key`
folds those habits away (vowel and consonant variants, doubled letters,
epenthetic "eu", acronyms spelled as Korean letter names) so that
`names_match("에코프로비엠", "Ecopro BM")` and `names_match("성윤모", "Sung Yun-mo")`
hold while unrelated words do not.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
# final consonant before a consonant / at the end of a word
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
# final consonant carried over to a following ㅇ (liaison): 한국어 -> hangugeo
_FINALS_LIAISON = ["", "g", "kk", "gs", "n", "nj", "n", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "r", "m", "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", ""]

_HANGUL_START, _HANGUL_END = 0xAC00, 0xD7A3

# Family names as they are usually written in English (first form = most common).
SURNAMES: dict[str, tuple[str, ...]] = {
    "김": ("Kim", "Gim"), "이": ("Lee", "Yi", "Rhee", "I"), "박": ("Park", "Pak", "Bak"), "최": ("Choi", "Choe"),
    "정": ("Jung", "Jeong", "Chung"), "강": ("Kang", "Gang"), "조": ("Cho", "Jo"), "윤": ("Yoon", "Yun"),
    "장": ("Jang", "Chang"), "임": ("Lim", "Im", "Yim"), "한": ("Han",), "오": ("Oh", "O"), "서": ("Seo", "Suh"),
    "신": ("Shin", "Sin"), "권": ("Kwon", "Gwon"), "황": ("Hwang",), "안": ("Ahn", "An"), "송": ("Song",),
    "류": ("Ryu", "Yoo", "Yu"), "유": ("Yoo", "Yu"), "홍": ("Hong",), "전": ("Jeon", "Jun", "Chun"),
    "고": ("Ko", "Go"), "문": ("Moon", "Mun"), "양": ("Yang",), "손": ("Son", "Sohn"), "배": ("Bae",),
    "백": ("Baek", "Paik"), "허": ("Heo", "Huh"), "남": ("Nam",), "심": ("Shim", "Sim"), "노": ("Noh", "Roh", "No"),
    "하": ("Ha",), "곽": ("Kwak", "Gwak"), "성": ("Sung", "Seong"), "차": ("Cha",), "주": ("Joo", "Ju"),
    "우": ("Woo", "U"), "구": ("Koo", "Ku", "Gu"), "민": ("Min",), "진": ("Jin",), "나": ("Na", "Ra"),
    "지": ("Ji",), "엄": ("Eom", "Um"), "변": ("Byun", "Byeon"), "채": ("Chae",), "원": ("Won",), "천": ("Cheon", "Chun"),
    "방": ("Bang",), "공": ("Kong", "Gong"), "현": ("Hyun", "Hyeon"), "함": ("Ham",), "염": ("Yeom",), "여": ("Yeo",),
    "추": ("Choo", "Chu"), "도": ("Do",), "소": ("So",), "석": ("Seok", "Suk"), "선": ("Sun", "Seon"), "설": ("Seol",),
    "마": ("Ma",), "길": ("Gil", "Kil"), "연": ("Yeon",), "위": ("Wi",), "표": ("Pyo",), "명": ("Myung", "Myeong"),
    "기": ("Ki", "Gi"), "반": ("Ban",), "왕": ("Wang",), "금": ("Geum", "Keum"), "옥": ("Ok",), "육": ("Yuk",),
    "인": ("In",), "맹": ("Maeng",), "제": ("Je",), "모": ("Mo",), "탁": ("Tak",), "국": ("Kook", "Guk"),
}

# Latin letters as Koreans spell them (BM -> 비엠): used to compare acronyms with Hangul loanwords.
_LETTER_NAMES = {
    "a": "ei", "b": "bi", "c": "si", "d": "di", "e": "i", "f": "epeu", "g": "ji", "h": "eichi", "i": "ai",
    "j": "jei", "k": "kei", "l": "el", "m": "em", "n": "en", "o": "o", "p": "pi", "q": "kyu", "r": "al",
    "s": "eseu", "t": "ti", "u": "yu", "v": "beui", "w": "deobeulyu", "x": "ekseu", "y": "wai", "z": "jet",
}


def is_hangul(ch: str) -> bool:
    return _HANGUL_START <= ord(ch) <= _HANGUL_END


@lru_cache(maxsize=65_536)  # pure; the name rules romanise the same Korean words in document after document
def romanize(text: str) -> str:
    """Revised Romanisation of the Hangul syllables in `text` (other characters kept as they are).

    Liaison of a final consonant into a following ㅇ is applied (한국어 -> hangugeo);
    other sound changes (assimilation) are not, which fuzzy matching tolerates.
    """
    out: list[str] = []
    chars = list(text)
    for k, ch in enumerate(chars):
        if not is_hangul(ch):
            out.append(ch)
            continue
        code = ord(ch) - _HANGUL_START
        ini, med, fin = code // 588, (code % 588) // 28, code % 28
        out.append(_INITIALS[ini] + _MEDIALS[med])
        if fin:
            nxt = chars[k + 1] if k + 1 < len(chars) else ""
            if nxt and is_hangul(nxt) and (ord(nxt) - _HANGUL_START) // 588 == 11:  # next starts with ㅇ
                out.append(_FINALS_LIAISON[fin])
            elif nxt and is_hangul(nxt) and fin == 8 and (ord(nxt) - _HANGUL_START) // 588 == 5:  # ㄹ+ㄹ -> ll
                out.append("l")
                out[-1] = "l"
            else:
                out.append(_FINALS[fin])
    text = "".join(out)
    return text.replace("lr", "ll")


def romanize_name(name: str) -> list[str]:
    """English spellings of a Korean personal name, family name first and last.

    >>> romanize_name("성윤모")[0]
    'Sung Yun-mo'
    """
    name = name.strip()
    if len(name) < 2 or not all(is_hangul(c) for c in name):
        return [romanize(name).capitalize()] if name else []
    family, given = name[0], name[1:]
    syl = [romanize(c) for c in given]
    given_forms = ["-".join(syl).capitalize(), "".join(syl).capitalize(), romanize(given).capitalize()]
    given_forms = list(dict.fromkeys(given_forms))
    families = SURNAMES.get(family, (romanize(family).capitalize(),))
    out = [f"{f} {g}" for f in families for g in given_forms]
    out += [f"{g} {f}" for f in families for g in given_forms]
    return list(dict.fromkeys(out))


_LOOSE_RULES = [
    (re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])eu(?=[bcdfghjklmnpqrstvwxz])"), ""),  # 프로 peuro ~ pro
    (re.compile(r"eu"), "u"),
    (re.compile(r"eo|oo"), "u"),
    (re.compile(r"wu"), "u"),
    (re.compile(r"ae|ai"), "e"),
    (re.compile(r"ee|ea"), "i"),
    (re.compile(r"sh"), "s"),
    (re.compile(r"ch"), "j"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c|k|q"), "g"),
    (re.compile(r"t"), "d"),
    (re.compile(r"p|f"), "b"),
    (re.compile(r"l"), "r"),
    (re.compile(r"ph"), "b"),
    (re.compile(r"(.)\1+"), r"\1"),
]


@lru_cache(maxsize=65_536)  # pure, and called for the same names over and over
def loose_key(text: str) -> str:
    """A spelling-insensitive key for comparing romanised names: "Seong" and "Sung" agree.

    Hangul is romanised first; all-capital acronyms (BM, ITM) are read as Korean
    letter names (비엠, 아이티엠) so they agree with their Hangul spelling.
    """
    parts: list[str] = []
    for tok in re.findall(r"[A-Za-z]+|[\uac00-\ud7a3]+", text):
        if tok[0].isascii():
            if tok.isupper() and 2 <= len(tok) <= 4:
                parts.append("".join(_LETTER_NAMES[c] for c in tok.lower()))
            else:
                parts.append(tok.lower())
        else:
            parts.append(romanize(tok))
    key = "".join(parts)
    for rx, rep in _LOOSE_RULES:
        key = rx.sub(rep, key)
    return key


def similarity(a: str, b: str) -> float:
    """0..1 similarity of two names after `loose_key` (difflib ratio)."""
    ka, kb = loose_key(a), loose_key(b)
    if not ka or not kb:
        return 0.0
    return SequenceMatcher(None, ka, kb, autojunk=False).ratio()


@lru_cache(maxsize=65_536)  # pure; the rules ask it of the same words in every sentence of a document
def names_match(korean: str, english: str, threshold: float = 0.8) -> bool:
    """Does the English spelling plausibly render the Korean name or place?

    Tries the plain romanisation and, for 2-4 syllable words, the personal-name
    spellings with the family name first or last (김종현 ~ "Jonghyun Kim").
    """
    if similarity(korean, english) >= threshold:
        return True
    k = korean.strip()
    if 2 <= len(k) <= 4 and all(is_hangul(c) for c in k):
        ke = loose_key(english)
        for form in romanize_name(k):
            if SequenceMatcher(None, loose_key(form), ke, autojunk=False).ratio() >= threshold:
                return True
    return False


@lru_cache(maxsize=1)
def romanised_common_words() -> dict[str, tuple[str, str]]:
    """Romanised spelling (lower case) -> (Korean common word, its English), from rules/data/romanised_words.tsv:
    words an organisation's English name translates ("Tuja" for 투자 = Investment). MT-NAME-004 reports them; the
    anchors do not take them for names (투자 would be a name wherever it occurs)."""
    from importlib import resources

    text = (resources.files("mtaudit") / "rules" / "data" / "romanised_words.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        korean, english, spellings = (c.strip() for c in line.split("\t")[:3])
        for sp in spellings.split(";"):
            if sp.strip():
                out[sp.strip().lower()] = (korean, english)
    return out
