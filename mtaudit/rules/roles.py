"""Roles: the English makes the Korean's object or possessor the one who acts, or gives an official another rank."""

from __future__ import annotations

import functools
import re
from typing import Iterable, Sequence

from ..romanize import names_match
from ..types import AlignedPair, Document, Finding, Severity
from .base import CheckContext, CodeRule, Example, RuleInfo, code_rule
from .common import TRANSLATED_KINDS, quoted
from .surface import left_in_korean, translated_pairs
from .textmap import SegmentLocator

# A person named with a topic or subject particle near the start of the Korean sentence (주민규는, 김 감독이), and
# another with a possessive or object particle (이명재의, 박씨를, 최 선수에게)
_KO_SUBJECT = re.compile(r"(?:^|\s)([가-힣]{2,4})(?:\s?(?:씨|감독|선수|장관|대표|회장|의원|대통령|시장|지사))?(?:은|는|이|가)\s")
_KO_OTHER = re.compile(r"(?:^|\s)([가-힣]{2,4})(?:\s?(?:씨|감독|선수|장관|대표|회장|의원))?(?:의|을|를|에게)\s")
_SUBJECT_WINDOW = 25  # characters: the subject opens the sentence (after a time or place phrase at most)
# an English personal name: two or three capitalised parts ("Joo Min-kyu", "Kim Jee-woon", "Lee Myung-jae")
_EN_NAME = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2})\b")
# a name after one of these is not the subject ("a cross from Lee", "with Kim")
_EN_NOT_SUBJECT = re.compile(r"\b(?i:by|with|to|from|of|for|against|and|on|at|in|than|as)\s+(?:the\s+)?(?:[A-Z][A-Za-z.]*\s+){0,3}$")


def _acts_first(en: str, i: int, name: str, subject_at: int) -> bool:
    """Whether the English name at i, before the subject's first mention, opens a clause as the one acting: not a
    possessive ('Lee's cross'), not after a preposition ('a cross from Lee'), not inside a quotation moved to the
    front."""
    return (i < subject_at and en[i + len(name) : i + len(name) + 2] not in ("'s", "’s")
            and not _EN_NOT_SUBJECT.search(en[:i]) and not quoted(en, i))


@code_rule
class RolesSwapped(CodeRule):
    info = RuleInfo(
        id="MT-ROLE-001",
        name="roles-swapped",
        kind="role",
        severity=Severity.WARNING,
        message="The Korean's subject is {ko} ('{a}'), but the English opens with {b_ko} ('{b}') as the one acting: check who did what",
        docs=(
            "Korean marks who acts with a particle, not with word order, and machine translation sometimes swaps "
            "the people: 주민규는 이명재의 크로스를 헤더로 연결해 ('Joo Min-kyu headed in Lee Myung-jae's cross') as 'Lee "
            "Myung-jae headed in Joo Min-kyu's cross'. Every name is present and every number right, so nothing else "
            "catches it. Checked: a person named with 은/는/이/가 at the start of the Korean sentence and another with "
            "의/을/를/에게; the English names the second one first, not as a possessive ('Lee's cross') nor after a "
            "preposition ('a cross from Lee'), and the first one later. The same for countries, companies, teams "
            "and the sides of a dispute (LG 트윈스가 두산 베어스를 꺾고 as 'The Doosan Bears beat the LG Twins'; 노조는 "
            "책임을 사측에 돌렸다 as 'The management blamed the union'), found by their Latin letters, the English of a "
            "country or a side (노조 union, 사측 management, 검찰 prosecutors), an official name (삼성전자 Samsung "
            "Electronics) or a romanisation; not when the Korean subject undergoes the action (두산에 패했다, 인수됐다), "
            "nor for a name inside a quotation the English moved to the front, nor for a passive ('... were beaten "
            "by the LG Twins'). Also the one who gave an order, a request or a commission made its receiver: 최 대표의 "
            "지시를 받고 ('on Choi's orders') as 'directing Choi'. The other party may be the subject of a clause that qualifies "
            "the object (경영계는 노동계가 제시한 요구안을 거부했다 as 'labor rejected the proposal presented by the business "
            "community'); a government body is found by its official English name (산림청은 소방청에 … 요청했다 as 'the National "
            "Fire Agency asked the Korea Forest Service'). A quotation with a subject of its own is checked on its own (럼 서기장은 \"한국은 "
            "베트남의 최대 투자국\"이라고 말했다 as 'Lam said, \"Vietnam is Korea's largest investor\"'). A warning: English may restructure a sentence so that the other party comes first "
            "and is right."
        ),
        fail=(
            Example(ko="주민규는 이명재의 왼쪽 크로스를 헤더로 연결해 골망을 흔들었다.",
                    en="Lee Myung-jae headed in Joo Min-kyu's cross from the left to shake the net."),
            Example(ko="LG 트윈스가 연장 접전 끝에 두산 베어스를 꺾고 3연승을 달렸다.",
                    en="The Doosan Bears beat the LG Twins after an extra-inning battle to extend their winning streak to three."),
            Example(ko="노조 측은 책임을 사측에 돌렸다.", en="The management blamed the union."),
            Example(ko="검찰은 최 대표의 지시를 받고 장부를 조작한 혐의로 이모씨를 기소했다.",
                    en="Prosecutors indicted a man surnamed Lee on charges of directing Choi to falsify the books."),
            Example(ko="럼 서기장은 \"한국은 베트남의 최대 투자국이자 가장 중요한 경제 파트너\"라고 말했다.",
                    en="General Secretary Lam said, \"Vietnam is Korea's largest investor and most important economic partner.\""),
            Example(ko="앞서 경영계는 노동계가 제시한 최초 요구안인 1만2천600원을 받아들일 수 없다고 거부했다.",
                    en="Earlier, the labor community rejected the initial proposal of 12,600 won presented by the business community."),
            Example(ko="산림청은 산불 확산 속도가 빨라지자 소방청에 전국 소방 동원령 발령을 요청했다.",
                    en="As the fire spread faster, the National Fire Agency asked the Korea Forest Service to issue a nationwide mobilization order."),
        ),
        passes=(
            Example(ko="주민규는 이명재의 왼쪽 크로스를 헤더로 연결해 골망을 흔들었다.",
                    en="Joo Min-kyu headed in Lee Myung-jae's cross from the left to shake the net."),
            Example(ko="주민규는 이명재의 왼쪽 크로스를 헤더로 연결해 골망을 흔들었다.",
                    en="Lee Myung-jae's cross from the left was headed in by Joo Min-kyu."),
            Example(ko="손흥민은 김민재의 패스를 받아 골을 넣었다.", en="Son Heung-min scored after receiving a pass from Kim Min-jae."),
            Example(ko="LG 트윈스가 연장 접전 끝에 두산 베어스를 꺾고 3연승을 달렸다.",
                    en="The LG Twins beat the Doosan Bears after an extra-inning battle to extend their winning streak to three."),
            Example(ko="LG 트윈스가 연장 접전 끝에 두산 베어스를 꺾었다.", en="The Doosan Bears were beaten by the LG Twins in extra innings."),
            Example(ko="앞서 경영계는 노동계가 제시한 최초 요구안인 1만2천600원을 받아들일 수 없다고 거부했다.",
                    en="Earlier, the initial proposal of 12,600 won presented by labor was rejected by the business community."),
            Example(ko="LG 트윈스가 두산 베어스에 3-4로 패했다.", en="The Doosan Bears beat the LG Twins 4-3."),
            Example(ko="한국은 베트남의 최대 투자국이다.", en="Korea is Vietnam's largest investor."),
            Example(ko="검찰은 최 대표의 지시를 받고 장부를 조작한 혐의로 이모씨를 기소했다.",
                    en="Prosecutors indicted a man surnamed Lee on charges of falsifying the books on Choi's orders."),
            Example(ko="한국 축구대표팀이 17일(한국시간) 아시안컵 8강전에서 사우디아라비아를 2-1로 꺾었다.",
                    en="The Korean national football team defeated Saudi Arabia 2-1 in the Asian Cup quarterfinals on the 17th (Korea time)."),
            Example(ko="중소벤처기업부는 연 매출 3억 원 이하 소상공인을 대상으로 전기요금을 지원한다고 밝혔다.",
                    en="The Ministry of SMEs and Startups said it would help small businesses with annual sales of 300 million won or less pay their electricity bills."),
            Example(ko="윤성용 국립중앙박물관장은 \"고려 불화는 160여 점밖에 남아 있지 않다\"고 말했다.",
                    en="Yoon Sung-yong, director of the National Museum of Korea, said only about 160 Goryeo Buddhist paintings remain."),
            Example(ko="럼 서기장은 \"한국은 베트남의 최대 투자국이자 가장 중요한 경제 파트너\"라고 말했다.",
                    en="General Secretary Lam said, \"Korea is Vietnam's largest investor and most important economic partner.\""),
            Example(ko="위성락 국가안보실장은 \"내년 상반기 중 다카이치 총리의 방한을 추진하기로 했다\"고 말했다.",
                    en="\"We agreed to pursue a visit to Korea by Prime Minister Takaichi next year,\" National Security Adviser Wi Sung-lac said."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        for p in pairs:
            if p.kind not in TRANSLATED_KINDS or len(p.ko) != 1 or len(p.en) != 1 or left_in_korean(doc, p):
                continue
            kseg, eseg = doc.ko[p.ko[0]], doc.en[p.en[0]]
            got = swapped(kseg.text, eseg.text) or swapped_parties(kseg.text, eseg.text) or _swapped_in_quote(kseg.text, eseg.text)
            if got is None:
                order = orders_reversed(kseg.text, eseg.text)
                if order is not None:
                    phrase, giver, at, said = order
                    yield Finding(
                        rule_id=self.info.id,
                        severity=self.info.severity,
                        message=_ORDER_MESSAGE.format(ko=phrase, giver=giver, en=said),
                        pair=p.index,
                        ko_spans=(kseg.span,),
                        en_spans=(loc.span(eseg, at, at + len(said)),),
                        source_term=phrase,
                        rendering=said,
                    )
                continue
            (a, a_en), (b, b_en, b_at) = got
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(ko=a, a=a_en, b_ko=b, b=b_en),
                pair=p.index,
                ko_spans=(kseg.span,),
                en_spans=(loc.span(eseg, b_at, b_at + len(b_en)),),
                source_term=a,
                rendering=b_en,
            )


# X의 지시를 받고 ("on X's orders") said as giving X the order ("directing Choi to falsify the books"): the one who
# gives an instruction, a request or a commission, and the English verbs that make X receive it
_KO_ON_ORDERS = re.compile(r"((?:[가-힣]{1,4}\s)?[가-힣A-Za-z]{1,10})의\s?(지시|명령|요청|부탁|의뢰|요구)(?:를|을)?\s?(?:받고|받아|받은|받았|로|으로|에\s?따라)")
_EN_GIVES = {
    "지시": r"direct(?:s|ed|ing)?|instruct(?:s|ed|ing)?|order(?:s|ed|ing)?|tell(?:s|ing)?|told",
    "명령": r"order(?:s|ed|ing)?|command(?:s|ed|ing)?|direct(?:s|ed|ing)?",
    "요청": r"ask(?:s|ed|ing)?|request(?:s|ed|ing)?|urg(?:e|es|ed|ing)",
    "부탁": r"ask(?:s|ed|ing)?|request(?:s|ed|ing)?",
    "의뢰": r"commission(?:s|ed|ing)?|ask(?:s|ed|ing)?|hir(?:e|es|ed|ing)",
    "요구": r"demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|press(?:es|ed|ing)?",
}
_ORDER_MESSAGE = ("The Korean says '{ko}' ({giver} gave it); the English says '{en}', {giver} receiving it: check who did "
                  "what")


def orders_reversed(ko: str, en: str) -> tuple[str, str, int, str] | None:
    """(the Korean phrase, the giver, where, the English) when the English makes the one who gave an order, a request
    or a commission its receiver: 최 대표의 지시를 받고 as 'directing Choi'."""
    for m in _KO_ON_ORDERS.finditer(ko):
        giver = _SIDE_WORD.sub("", m.group(1).strip())
        words = giver.split()
        person = _KO_PERSON.fullmatch(giver) or _KO_PERSON.fullmatch(words[-1] if words else giver)
        for v in re.finditer(r"\b(?:" + _EN_GIVES[m.group(2)] + r")\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)", en):
            target = v.group(1)
            if person is not None and len(person.group(1)) == 1:
                from ..romanize import SURNAMES

                hit = target.split()[0] in SURNAMES.get(person.group(1), ())
            else:
                hit = bool(_party_at(giver, target, loose=False)) or bool(person and names_match(person.group(1), target))
            if hit:  # ('was directed by Choi' has no name right after the verb)
                return m.group(0), giver, v.start(), v.group(0)
    return None


def swapped(ko: str, en: str) -> tuple[tuple[str, str], tuple[str, str, int]] | None:
    """((subject, its English), (other person, its English, where)) when the English puts the other first."""
    s = _KO_SUBJECT.search(ko[:_SUBJECT_WINDOW + 6])
    if s is None or s.start(1) > _SUBJECT_WINDOW:
        return None
    a = s.group(1)
    names = [(m.start(), m.group(1)) for m in _EN_NAME.finditer(en)]
    a_at = [(i, n) for i, n in names if names_match(a, n)]
    if not a_at:
        return None
    for o in _KO_OTHER.finditer(ko, s.end() - 1):  # from the space the subject match took
        b = o.group(1)
        if b == a:
            continue
        b_at = [(i, n) for i, n in names if names_match(b, n)]
        if not b_at:
            continue
        i, n = b_at[0]
        if _acts_first(en, i, n, a_at[0][0]):
            return (a, a_at[0][1]), (b, n, i)
    return None


# ------------------------------------------------------------------ parties: countries, companies, teams, sides

# A party named with a topic or subject particle near the start (LG 트윈스가, 한국은, 노조는) and another with an object,
# possessive or dative particle (두산 베어스를, 베트남의, 사측에)
# (a word before the name is part of it, "LG 트윈스가", unless it carries a particle itself: 기상청은 폭설이 is 기상청)
_KO_PARTY_SUBJECT = re.compile(r"(?:^|(?<=\s))((?:[가-힣A-Za-z0-9&]{1,10}(?<![은는을를])\s)?[가-힣A-Za-z0-9]{1,10}?)(?:은|는|이|가)(?=\s)")
# ... the other party is also the subject of a clause that qualifies the object: 경영계는 노동계가 제시한 요구안을 거부했다 ("the
# business side rejected the demand labour had made")
_KO_PARTY_OTHER = re.compile(
    r"(?:^|(?<=\s))((?:[가-힣A-Za-z0-9&]{1,10}\s)?[가-힣A-Za-z0-9]{1,10}?)"
    r"(?:을|를|의|에게|에|(?:이|가)(?=\s[가-힣]{1,6}(?:한|된|던|낸|준|린|운|온|힌)\s))(?=\s)"
)
_KO_UNDERGOES = re.compile(r"[^.!?]{0,16}?(?:패(?:했|하|배)|졌|지고|진\s|당(?:했|하|한)|됐|되었|돼|받(?:았|은|고)|밀렸|뒤졌|역전당)")
_SIDE_WORD = re.compile(r"\s측$")  # 노조 측은 = 노조는
# sides named by a common noun, and their usual English
_SIDES = {
    "노조": ("union", "unions", "labor union", "workers"), "노동조합": ("union",), "사측": ("management", "company"),
    "경영진": ("management",), "여당": ("ruling party",), "야당": ("opposition",), "원고": ("plaintiff", "plaintiffs"),
    "피고": ("defendant", "defendants"), "피고인": ("defendant",), "검찰": ("prosecution", "prosecutors"),
    "정부": ("government",), "구단": ("club",), "홈팀": ("home team",), "원정팀": ("visitors", "away team"),
    "노동계": ("labor", "labour", "workers", "unions", "labor groups", "labour groups"),
    "경영계": ("business", "businesses", "employers", "management", "business groups", "business community"),
    "근로자위원": ("labor members", "labour members", "worker members", "workers' representatives"),
    "사용자위원": ("employer members", "business members", "employers' representatives"),
    "사용자": ("employers", "employer"), "노측": ("labor", "labour", "union"),
    "업계": ("industry", "industries", "sector"), "업체": ("companies", "firms"),
}


# English words that open sentences and are nobody's name, though a loose romanisation may match them (이하 ~ "The")
_EN_FUNCTION_WORDS = frozenset(
    "the this that these those there then they them their he she his her it its we our you your a an and but "
    "or if in on at of to for from by with as so yet also about after before since while when where who what".split()
)


# a country's adjective where it is not the name plus -n or -ese (Korean, Japanese, Russian)
_DEMONYMS = {"China": ("Chinese",), "United States": ("American", "U.S."), "U.S.": ("American",), "US": ("American",),
             "Britain": ("British",), "UK": ("British",), "France": ("French",), "Germany": ("German",),
             "Saudi Arabia": ("Saudi",), "Netherlands": ("Dutch",), "Philippines": ("Filipino", "Philippine"),
             "Thailand": ("Thai",), "Spain": ("Spanish",), "Turkey": ("Turkish",), "Poland": ("Polish",)}


def _party_at(name: str, en: str, loose: bool = True) -> list[tuple[int, str]]:
    """Where the English names the Korean party `name` (its Latin part, the English of a country or a side, or, when
    `loose`, a romanised word): (position, the English)."""
    from ..anchors import _EXONYMS

    out: list[tuple[int, str]] = []
    words = name.split()
    latin = [w for w in words if re.fullmatch(r"[A-Za-z][A-Za-z0-9&]*", w)]
    hangul = [w for w in words if re.search(r"[가-힣]", w)]
    for w in latin:
        out += [(m.start(), m.group(0)) for m in re.finditer(rf"\b{re.escape(w)}\b", en)]
    official = _official_english()
    for w in hangul:
        core = w if w in _SIDES else re.sub(r"측$", "", w)
        for e in _EXONYMS.get(core, ()) + _SIDES.get(core, ()) + official.get(core, ()):
            out += [(m.start(), m.group(0)) for m in re.finditer(rf"\b{re.escape(e)}\b", en, re.I)]
        for e in _EXONYMS.get(core, ()):  # the country's adjective names its side too: "the Korean national team"
            for adj in _DEMONYMS.get(e, (e + "n", e + "ese")):
                out += [(m.start(), m.group(0)) for m in re.finditer(rf"\b{re.escape(adj)}\b", en)]
        if loose and not out and len(core) >= 2 and core not in _SIDES:
            out += [(m.start(), m.group(0)) for m in re.finditer(r"\b[A-Z][a-z]+(?:-[a-z]+)?\b", en)
                    if m.group(0).lower() not in _EN_FUNCTION_WORDS and names_match(core, m.group(0))]
    return sorted(set(out))


@functools.lru_cache(maxsize=1)
def _official_english() -> dict[str, tuple[str, ...]]:
    """Korean form -> official English names (rules/data/official_names.tsv): 삼성전자 -> Samsung Electronics."""
    from .names import official_names

    out: dict[str, tuple[str, ...]] = {}
    for o in official_names():
        for k in o.korean:
            out[k] = out.get(k, ()) + (o.english,)
    return out


def swapped_parties(ko: str, en: str) -> tuple[tuple[str, str], tuple[str, str, int]] | None:
    """The person check (`swapped`) for countries, companies, teams and the sides of a dispute: ((subject, its
    English), (other party, its English, where)) when the English makes the other party the one acting."""
    s = _KO_PARTY_SUBJECT.search(ko[:_SUBJECT_WINDOW + 12])
    if s is None or s.start(1) > _SUBJECT_WINDOW:
        return None
    a = _SIDE_WORD.sub("", s.group(1).strip())
    a_at = _party_at(a, en)
    if not a_at:
        return None
    for o in _KO_PARTY_OTHER.finditer(ko, s.end()):
        if ko[o.end(1) : o.end()] in ("에", "에게") and _KO_UNDERGOES.match(ko, o.end()):
            return None  # the subject undergoes it (두산에 패했다, 현대차에 인수됐다): English may well name the other first
        # a word with a number is no party's name (160여 점밖에 "only about 160"; 8강전에서 시애틀을: 시애틀)
        b = " ".join(w for w in _SIDE_WORD.sub("", o.group(1).strip()).split() if not re.search(r"\d", w))
        if not b or b == a or set(b.split()) & set(a.split()):
            continue
        b_at = _party_at(b, en)
        if not b_at:
            continue
        i, n = b_at[0]
        first_a = a_at[0][0]
        if i >= first_a or any(abs(i - j) < 2 for j, _ in a_at):
            return None  # the subject comes first (or the same words name both): as the Korean has it
        if not _acts_first(en, i, n, first_a):
            return None
        if re.search(r"\bby\s+(?:the\s+)?$", en[: first_a]) and re.search(r"\b(?:is|are|was|were|be|been|being|gets?|got)\b", en[i:first_a]):
            return None  # a passive: "the Doosan Bears were beaten by the LG Twins" (not a participle's agent: "rejected
            # the proposal presented by the business community")
        return (_named(a, en), a_at[0][1]), (_named(b, en), n, i)
    return None


def _named(phrase: str, en: str) -> str:
    """The words of a Korean phrase that name the party (LG 트윈스; 사측, not 책임을 사측)."""
    words = phrase.split()
    while len(words) > 1 and not _party_at(words[0], en):
        words.pop(0)
    return " ".join(words)


_KO_QUOTE = re.compile(r"[\"“]([^\"“”]{8,})[\"”]")
_EN_QUOTE = re.compile(r"[\"“]([^\"“”]{8,})[\"”]")


def _swapped_in_quote(ko: str, en: str):
    """The parties check inside a quotation, when each side quotes once: 럼 서기장은 "한국은 베트남의 최대 투자국"이라고
    말했다 as 'Lam said, "Vietnam is Korea's largest investor"' (the quote has a subject of its own)."""
    kq, eq = _KO_QUOTE.findall(ko), _EN_QUOTE.findall(en)
    if len(kq) != 1 or len(eq) != 1:
        return None
    got = swapped_parties(kq[0].strip(), eq[0].strip())
    if got is None:
        return None
    (a, a_en), (b, b_en, b_at) = got
    return (a, a_en), (b, b_en, en.find(eq[0]) + b_at)


# An official's rank in the English that the Korean does not give: 주택정책관 (a director general) as 'Vice Minister',
# 제1차관 as 'Minister'. Each English rank with the Korean words that say it, and the one the message names.
_RANKS = (
    (re.compile(r"\b(?:Vice|Deputy)[- ]Ministers?\b"), re.compile(r"차관"), "차관"),
    (re.compile(r"\b(?:Deputy|Vice)[- ]Prime Ministers?\b"), re.compile(r"부총리"), "부총리"),
    (re.compile(r"(?<!Deputy )(?<!Vice )(?<!Deputy-)(?<!Vice-)\bPrime Ministers?\b"), re.compile(r"(?<!부)총리|수상"), "총리"),
    (re.compile(r"\bspokes(?:person|man|woman)\b", re.I), re.compile(r"대변인|관계자|공보|홍보|측은|측이|측도"), "대변인"),
    (re.compile(r"\bConsuls?[- ]General\b"), re.compile(r"총영사"), "총영사"),
    (re.compile(r"\bAmbassadors?\b"), re.compile(r"대사"), "대사"),
    (re.compile(r"\bMayors?\b"), re.compile(r"시장|군수|구청장|읍장|면장"), "시장"),
    # (방위사업청장 is styled 'Minister of DAPA' in the agency's own English)
    (re.compile(r"(?<!Vice )(?<!Deputy )(?<!Vice-)(?<!Deputy-)(?<!Prime )\bMinisters?\b"),
     re.compile(r"장관|부장|총리|수상|대신|(?:외무|방위|재무|경제산업|후생노동|국토교통|문부과학|농림수산|총무|법무|환경|디지털|부흥)상|방위사업청장|방사청장"), "장관"),
    (re.compile(r"\bProsecutors?[- ]General\b"), re.compile(r"검찰총장"), "검찰총장"),
    # a second in rank the Korean does not name: 노조위원장 as 'vice chairman of the union'
    (re.compile(r"\b(?:[Vv]ice|[Dd]eputy)[- ](?:[Cc]hair(?:man|woman|person)?|[Pp]resident|[Hh]ead|[Cc]hief|[Dd]irector|[Gg]overnor|[Mm]ayor|[Ss]peaker)s?\b"),
     re.compile(r"부[가-힣]{0,4}(?:장|사|표|재|리|관|수|령|감|인|원)|차장|副|수석|대행"), "부(副)"),
    (re.compile(r"\b(?:[Cc]hief [Ff]inancial [Oo]fficer|CFO)s?\b"), re.compile(r"재무|CFO"), "재무"),
)
# the Korean official's title to name in the message
_KO_TITLE = re.compile(r"(?:제\d)?[가-힣]{0,8}(?:차관보|차관|장관|정책관|국장|실장|청장|부장검사|차장검사|검사장|차장|단장|본부장|비서관|대변인|과장|부장|"
                       r"위원장|총리|처장|원장|부사장|사장|부회장|회장|대표|전무|상무)")


@code_rule
class TitleRank(CodeRule):
    info = RuleInfo(
        id="MT-ROLE-002",
        name="title-rank",
        kind="role",
        severity=Severity.WARNING,
        message="The English calls an official '{en}'; the Korean has no {need}{title}: check the official's title",
        docs=(
            "Machine translation raises or lowers an official's rank: 국토교통부 주택정책관 (a director general) as "
            "'Vice Minister of Land, Infrastructure and Transport', 과학기술정보통신부 제1차관 as 'Minister of Science "
            "and ICT', 장관 as 'Vice Minister'. The name and the ministry are right, so nothing else catches it. Checked: "
            "the English ranks 'Minister' (also a foreign minister: 외교부장, 외무상), 'Vice Minister' or 'Deputy "
            "Minister', and 'Prime Minister', each against the Korean words that say it (장관, 부장, 상, 대신, 총리; 차관; "
            "총리, 수상), also 'spokesperson' (대변인, 관계자, 공보, 홍보, 측), 'Consul General' (총영사), 'Ambassador' (대사) and 'Mayor' "
            "(시장, 군수, 구청장: 산림청장 as 'spokesperson', 호찌민무역관장 as 'Consul General'), 'Prosecutor General' (검찰총장: "
            "부장검사 as 'Prosecutor General'), a vice or deputy rank (부회장, 부위원장, 부사장, 차장: 노조위원장 as 'vice "
            "chairman of the union') and 'chief financial officer' (재무, CFO: 대표 as 'CFO'); a pair whose English has the rank "
            "and whose Korean has none of them is reported with the "
            "Korean title it has. A warning: an English sentence may name the minister where the Korean said 'he'."
        ),
        fail=(
            Example(ko="김민호 국토교통부 주택정책관은 \"공급 대책을 차질 없이 추진하겠다\"고 말했다.",
                    en="Kim Min-ho, Vice Minister of Land, Infrastructure and Transport, said, \"We will push ahead with the supply measures without a hitch.\""),
            Example(ko="발사 현장을 찾은 이정우 과학기술정보통신부 제1차관은 연구진을 격려했다.",
                    en="Minister of Science and ICT Lee Jung-woo, who visited the launch site, encouraged the researchers."),
            Example(ko="박 장관은 이날 국회에 출석했다.", en="Vice Minister Park appeared before the National Assembly that day."),
        ),
        passes=(
            Example(ko="김민호 국토교통부 주택정책관은 \"공급 대책을 차질 없이 추진하겠다\"고 말했다.",
                    en="Kim Min-ho, Director General for Housing Policy at the Ministry of Land, Infrastructure and Transport, said, \"We will push ahead with the supply measures without a hitch.\""),
            Example(ko="발사 현장을 찾은 이정우 과학기술정보통신부 제1차관은 연구진을 격려했다.",
                    en="First Vice Minister of Science and ICT Lee Jung-woo, who visited the launch site, encouraged the researchers."),
            Example(ko="왕이 중국 외교부장은 이날 기자회견을 열었다.", en="Chinese Foreign Minister Wang Yi held a press conference that day."),
            Example(ko="이시바 총리는 다음 달 방한한다.", en="Prime Minister Ishiba will visit South Korea next month."),
            Example(ko="산업통상자원부는 이날 대책을 발표했다.", en="The Ministry of Trade, Industry and Energy announced the measures that day."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = None
        for p in translated_pairs(doc, pairs):
            ko = p.ko_text(doc)
            for j in p.en:
                seg = doc.en[j]
                got = next(((m, need) for en_re, ko_re, need in _RANKS if (m := en_re.search(seg.text)) and not ko_re.search(ko)), None)
                if got is None:
                    continue
                m, need = got
                t = _KO_TITLE.search(ko)
                loc = loc or SegmentLocator(doc)
                yield Finding(
                    rule_id=self.info.id,
                    severity=self.info.severity,
                    message=self.info.message.format(en=m.group(0), need=need, title=f" (it says '{t.group(0)}')" if t else ""),
                    pair=p.index,
                    ko_spans=(loc.span(doc.ko[p.ko[0]], t.start(), t.end()),) if t and len(p.ko) == 1 else tuple(doc.ko[i].span for i in p.ko),
                    en_spans=(loc.span(seg, m.start(), m.end()),),
                    source_term=t.group(0) if t else None,
                    rendering=m.group(0),
                )
                break


# ------------------------------------------------------------------ figures: who has which number

# a party named as a topic or subject anywhere in the sentence (노동계는, 김 후보는, 삼성전자가), after a space or a comma
_KO_SURNAME_MO = re.compile(r"(?:^|(?<=[\s,]))([가-힣])모\s?(?:\(\d+\)\s?)?씨(?P<particle>에게는|에겐|에게|은|는|이|가)(?=\s)")
_KO_TOPIC = re.compile(r"(?:^|(?<=[\s,]))((?:[가-힣]{1,4}\s)?[가-힣A-Za-z0-9&]{1,12}?)(?:\s?측)?(?P<particle>은|는|이|가)(?=\s)")
# between two parallel parties: a comma or a clause's end (기록했고, 제시했으며, 반면)
_KO_PARALLEL = re.compile(r",|[가-힣](?:고|며|지만|는데|반면|데\s?반해)\s")
_KO_PERSON = re.compile(r"([가-힣]{1,4})\s?(?:후보|의원|대표|감독|선수|씨|장관|위원장|시장|지사|회장|사장|교수|위원)")


# a word inside an institution's name ('Ministry of Employment and Labor') names no side
_EN_INSIDE_NAME = re.compile(r"\b[A-Z][a-z]+,?\s+(?:of|and|&|for)\s+(?:the\s+)?(?:[A-Z][a-z]+,?\s+(?:and\s+)?)*$")


def _who_at(phrase: str, en: str) -> list[int]:
    """Where the English names the Korean party or person `phrase` (no loose romanisation of a common word, no word
    inside an institution's name)."""
    at = [i for i, _ in _party_at(phrase, en, loose=False) if not _EN_INSIDE_NAME.search(en[:i])]
    titled = _KO_PERSON.fullmatch(phrase)  # 김 후보, 이씨; else a bare name (김철수)
    name = titled.group(1) if titled else phrase if re.fullmatch(r"[가-힣]{2,4}", phrase) and phrase not in _SIDES else None
    if not at and name:
        if len(name) == 1:
            from ..romanize import SURNAMES

            at = [m.start() for m in re.finditer(r"\b(?:%s)\b" % "|".join(SURNAMES.get(name, ("\0",))), en)]
        else:
            at = [m.start() for m in _EN_NAME.finditer(en) if names_match(name, m.group(1))]
    return sorted(at)


def swapped_figures(doc: Document, p: AlignedPair):
    """(party A, party B, A's Korean number, B's Korean number, their English numbers)
    when the English gives A's number to B and B's to A: 노동계는 1만2천원을, 경영계는 9,860원을 as 'Labor proposed
    9,860 won and business 12,000 won'."""
    from .numbers import match_pair, pair_mentions

    kseg, eseg = doc.ko[p.ko[0]], doc.en[p.en[0]]
    ko_text, en_text = kseg.text, eseg.text
    parties = []
    for m in _KO_TOPIC.finditer(ko_text):
        phrase = _SIDE_WORD.sub("", m.group(1).strip())
        words = phrase.split()
        # the last word when it names the party alone (기록했고 SK하이닉스는), else both (김 후보는)
        for cand in ([words[-1], phrase] if len(words) > 1 else [phrase]):
            at = _who_at(cand, en_text)
            if at:
                parties.append((m.start(1) + max(0, m.group(1).rfind(cand)), cand, at, m.group("particle") in "은는"))
                break
    # people named by surname and 모씨, also as whom something is given to (이모(47)씨에게는 징역 4년이, 최모씨에게는 3년이)
    for m in _KO_SURNAME_MO.finditer(ko_text):
        cand = m.group(1) + "씨"
        at = _who_at(cand, en_text)
        if at:
            parties.append((m.start(), cand, at, "dative" if m.group("particle").startswith("에") else m.group("particle") in "은는"))
    # parallel parties only: the same particle (노동계는 ..., 경영계는; not LG는 ... 박재원이, a clause inside the
    # first party's) and a comma or a clause's end between them
    parties = [x for i, x in enumerate(parties)
               if any(y[3] == x[3] and y[1] != x[1] and _KO_PARALLEL.search(ko_text, min(x[0], y[0]), max(x[0], y[0]))
                      for y in parties[:i] + parties[i + 1 :])]
    if len({c for _, c, _, _ in parties}) < 2:
        return None
    ko_nums, en_nums = pair_mentions(doc, p)
    matched, _, _ = match_pair(ko_nums, en_nums)

    def ko_owner(pos: int):
        owners = [c for start, c, _, _ in parties if start < pos]
        return owners[-1] if owners else None

    def en_owner(pos: int):
        mentions = [(i, c) for _, c, at, _ in parties for i in at if i < pos]
        return max(mentions)[1] if mentions else None

    crossed: dict[tuple[str, str], tuple] = {}
    owning = set()
    for (_, k), (_, e) in matched:
        a, b = ko_owner(k.start), en_owner(e.start)
        owning.add(a)
        if a is not None and b is not None and a != b:
            crossed.setdefault((a, b), (k, e))
    for (a, b), (ka, ea) in crossed.items():
        if (b, a) in crossed:
            kb, eb = crossed[(b, a)]
            return a, b, ka, kb, ea, eb
    for (a, b), (ka, ea) in crossed.items():
        if b not in owning:  # B has no number of its own (경영계는 동결을): A's number said as B's
            return a, b, ka, None, ea, None
    return None


@code_rule
class FiguresSwapped(CodeRule):
    info = RuleInfo(
        id="MT-ROLE-003",
        name="figures-swapped",
        kind="role",
        severity=Severity.WARNING,
        message="The Korean gives {x} to {a}{and_b}; the English gives '{ex}' to {b}{and_a}: check who has which",
        docs=(
            "Two parties set side by side, each with its own figure, and the English swaps the figures: 노동계는 "
            "1만2천원을, 경영계는 9,860원을 최초 요구안으로 제시했다 as 'Labor proposed 9,860 won and business 12,000 won', "
            "김 후보는 38%, 이 후보는 35%를 얻었다 as 'Kim got 35% and Lee 38%'. Every number and every party is there, so "
            "no number check sees it. Checked: each Korean number belongs to the last party named before it as a topic or "
            "subject (은/는/이/가: a side such as 노동계, 경영계, 노조, 사측, a country, a company by its official or Latin "
            "name, a person by name or surname with a title); each English number to the party the English named last "
            "before it; reported when A's number went to B and B's to A, or when A's went to B and B has none (노동계는 "
            "1만1천200원을 요구했고, 경영계는 동결을 주장했다 as 'Management demanded 11,200 won, while labor called for a "
            "freeze'). The two parties must stand side by side: the same particle, a comma or a clause's end between "
            "them (not LG는 ... 박재원이 적시타를, a clause inside the first party's). Not when the English names both parties first "
            "('... 12,000 won and 9,860 won respectively'). A warning: English can restructure a comparison."
        ),
        fail=(
            Example(ko="노동계는 시급 1만2천원을, 경영계는 9,860원 동결을 최초 요구안으로 제시했다.",
                    en="Labor proposed a freeze at 9,860 won as its initial demand, while business called for 12,000 won."),
            Example(ko="여론조사에서 김 후보는 38%, 이 후보는 35%의 지지를 얻었다.",
                    en="In the poll, Kim won 35% support and Lee 38%."),
        ),
        passes=(
            Example(ko="노동계는 시급 1만2천원을, 경영계는 9,860원 동결을 최초 요구안으로 제시했다.",
                    en="Labor proposed 12,000 won an hour as its initial demand, while business called for a freeze at 9,860 won."),
            Example(ko="여론조사에서 김 후보는 38%, 이 후보는 35%의 지지를 얻었다.",
                    en="In the poll, Kim and Lee won 38% and 35% support respectively."),
            Example(ko="삼성전자는 3분기 영업이익 9조원을 기록했고 SK하이닉스는 7조원을 냈다.",
                    en="Samsung Electronics posted an operating profit of 9 trillion won in the third quarter, and SK hynix 7 trillion won."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = None
        for p in translated_pairs(doc, pairs):
            if len(p.ko) != 1 or len(p.en) != 1:
                continue
            got = swapped_figures(doc, p)
            if got is None:
                continue
            a, b, ka, kb, ea, eb = got
            kseg, eseg = doc.ko[p.ko[0]], doc.en[p.en[0]]
            loc = loc or SegmentLocator(doc)
            yield Finding(
                rule_id=self.info.id,
                severity=self.info.severity,
                message=self.info.message.format(x=ka.text, a=a, b=b, ex=ea.text, and_b=f" and {kb.text} to {b}" if kb else "",
                                                 and_a=f" and '{eb.text}' to {a}" if eb else ""),
                pair=p.index,
                ko_spans=tuple(loc.span(kseg, k.start, k.end) for k in (ka, kb) if k),
                en_spans=tuple(sorted((loc.span(eseg, e.start, e.end) for e in (ea, eb) if e), key=lambda s: s.start)),
                source_term=a,
                rendering=ea.text,
            )
