"""Roles swapped: the English makes the Korean's object or possessor the one who acts."""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..romanize import names_match
from ..types import AlignedPair, Document, Finding, Severity
from .base import CheckContext, CodeRule, Example, RuleInfo, code_rule
from .common import TRANSLATED_KINDS
from .surface import left_in_korean
from .textmap import SegmentLocator

# A person named with a topic or subject particle near the start of the Korean sentence (주민규는, 김 감독이), and
# another with a possessive or object particle (이명재의, 박씨를, 최 선수에게)
_KO_SUBJECT = re.compile(r"(?:^|\s)([가-힣]{2,4})(?:\s?(?:씨|감독|선수|장관|대표|회장|의원|대통령|시장|지사))?(?:은|는|이|가)\s")
_KO_OTHER = re.compile(r"(?:^|\s)([가-힣]{2,4})(?:\s?(?:씨|감독|선수|장관|대표|회장|의원))?(?:의|을|를|에게)\s")
_SUBJECT_WINDOW = 25  # characters: the subject opens the sentence (after a time or place phrase at most)
# an English personal name: two or three capitalised parts ("Joo Min-kyu", "Kim Jee-woon", "Lee Myung-jae")
_EN_NAME = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2})\b")
# a name after one of these is not the subject ("a cross from Lee", "with Kim")
_EN_NOT_SUBJECT = re.compile(r"\b(?:by|with|to|from|of|for|against|and|on|at|in|than|as)\s+$", re.IGNORECASE)


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
            "preposition ('a cross from Lee'), and the first one later. A warning: English may restructure a "
            "sentence so that the other person comes first and is right."
        ),
        fail=(
            Example(ko="주민규는 이명재의 왼쪽 크로스를 헤더로 연결해 골망을 흔들었다.",
                    en="Lee Myung-jae headed in Joo Min-kyu's cross from the left to shake the net."),
        ),
        passes=(
            Example(ko="주민규는 이명재의 왼쪽 크로스를 헤더로 연결해 골망을 흔들었다.",
                    en="Joo Min-kyu headed in Lee Myung-jae's cross from the left to shake the net."),
            Example(ko="주민규는 이명재의 왼쪽 크로스를 헤더로 연결해 골망을 흔들었다.",
                    en="Lee Myung-jae's cross from the left was headed in by Joo Min-kyu."),
            Example(ko="손흥민은 김민재의 패스를 받아 골을 넣었다.", en="Son Heung-min scored after receiving a pass from Kim Min-jae."),
        ),
    )

    reads_options = ()

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        loc = SegmentLocator(doc)
        for p in pairs:
            if p.kind not in TRANSLATED_KINDS or len(p.ko) != 1 or len(p.en) != 1 or left_in_korean(doc, p):
                continue
            kseg, eseg = doc.ko[p.ko[0]], doc.en[p.en[0]]
            got = swapped(kseg.text, eseg.text)
            if got is None:
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
        if i < a_at[0][0] and not en[i + len(n) : i + len(n) + 2] in ("'s", "’s") and not _EN_NOT_SUBJECT.search(en[:i]):
            return (a, a_at[0][1]), (b, n, i)
    return None
