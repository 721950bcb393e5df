"""An article nobody annotated (written for this test, not a seed): every class of error is caught
once, and the correct sentences stay quiet. Guards against rules tuned to the five seeds."""

from mtaudit.pipeline import AuditConfig, run_audit

ARTICLE = """경기도, 반도체 소부장 기업 10곳 선정

경기도(도지사 김동연)는 올해 300억 원을 투입해 반도체 소재·부품·장비 기업 10곳을 지원한다고 15일 밝혔다.

김동연 지사는 "우리 기업이 세계 시장을 선점할 수 있도록 최선을 다하겠다"고 말했다.

도는 오는 20일 오후 2시 수원컨벤션센터에서 사업설명회를 개최할 예정이다.

지원 대상은 매출액 1,000억 원 미만 중소기업으로, 기업당 최대 5억 원을 지원한다.

김동연 지사는 이어 협약식에 참석했다.

도는 하반기에 추가 공모를 진행할 계획이다.

Below is the English translation by Google Translate.

Gyeonggi-do selects 10 semiconductor materials, parts and equipment companies

Gyeonggi-do (Governor Kim Dong-yeon) announced on the 15th that it will invest 3 billion won this year to support 10 semiconductor materials, parts and equipment companies.

Governor Kim Dong-yeon said, "We will do our best so that our companies can preoccupy the global market."

The province will hold a business briefing session at the Suwon Convention Center at 2 p.m. on the 20th,, and 사업설명회 materials will be posted.

Support targets are small and medium-sized enterprises with sales of less than 100 billion won, and up to 500 million won per company company.

Governor Kim Dong-yun then attended the agreement ceremony.

The province will conduct an additional public offering in the second half. Expected.
"""


def test_unseen_article(tmp_path):
    path = tmp_path / "gyeonggi.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (doc,) = run_audit([str(path)], AuditConfig(encoder="none")).documents
    text = doc.document.files[0].text

    def flagged(rule_prefix, words):
        start = text.index(words)
        return [
            f
            for f in doc.findings
            if f.rule_id.startswith(rule_prefix)
            and any(s.start < start + len(words) and start < s.end for s in f.en_spans + f.ko_spans)
        ]

    assert flagged("MT-NUM-001", "300억 원") or flagged("MT-NUM-001", "3 billion won")  # 300억 = 30 billion
    assert flagged("KO-", "preoccupy")
    assert flagged("MT-PUNCT-001", ",,")
    assert flagged("MT-HANGUL-001", "사업설명회 materials")
    assert flagged("MT-REPEAT-001", "company company")
    assert flagged("MT-NAME-001", "Kim Dong-yun")
    assert flagged("MT-FRAG-001", "Expected.")
    # what was translated right stays quiet
    for words in ["on the 15th", "100 billion won", "500 million won", "2 p.m. on the 20th", "10 semiconductor", "Governor Kim Dong-yeon said"]:
        assert not flagged("MT-", words), (words, [f.message for f in flagged("MT-", words)])
    assert not flagged("KO-TERM-001", "materials, parts and equipment companies")
    # and nothing else from the term and code rules: one finding per injected error
    mine = sorted(f.rule_id for f in doc.findings if not f.rule_id.startswith("MT-OMIT"))
    assert mine == sorted(["MT-NUM-001", "KO-TERM-011", "MT-PUNCT-001", "MT-HANGUL-001", "MT-REPEAT-001", "MT-NAME-001", "MT-FRAG-001"]) or (
        len(mine) == 7 and "KO-FORBID-006" in mine  # the pack may flag 'preoccupy' as a forbidden phrase instead
    ), mine
