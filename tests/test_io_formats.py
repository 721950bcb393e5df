"""Pair files, segment-pair formats, HTML pages, encodings and newlines."""

import shutil
from pathlib import Path

import pytest

from mtaudit import io
from mtaudit.errors import InputError

FIX = Path(__file__).resolve().parent / "fixtures" / "io"
KO_TEXT = "대전시가 ‘이차전지산업’을 미래먹거리로 육성하기 위한 준비에 돌입했다.\n\n간담회에는 16명이 참석했다.\n"
EN_TEXT = "Daejeon City has begun preparations. Sixteen people attended.\n"


def read_one(path):
    units, errors = io.discover([str(path)])
    assert errors == [], errors
    assert len(units) == 1, units
    doc = io.read(units[0])
    assert io.coverage(doc) == []
    return doc


def raw(doc, seg):
    return doc.files[seg.span.file].text[seg.span.start : seg.span.end]


def test_pair_files_group_into_one_document():
    doc = read_one(FIX / "council.ko.txt")  # naming one file brings its siblings
    assert doc.id == "council" and doc.input_format == "pair-files"
    assert [Path(f.path).name for f in doc.files] == ["council.ko.txt", "council.en.txt", "council.ref.txt"]
    assert [s.span.file for s in doc.ko] == [0] * 4
    assert {s.span.file for s in doc.en} == {1} and {s.span.file for s in doc.ref} == {2}
    assert [s.kind for s in doc.ko] == ["headline", "body", "body", "body"]
    assert doc.en[0].text == "Daejeon City launches secondary battery industry development council"
    assert doc.ref[-1].text.startswith("Sixteen people attended")
    assert [d.reason for d in doc.dropped] == ["byline"]
    assert doc.notes == () and doc.given_links is None
    for s in (*doc.ko, *doc.en, *doc.ref):
        assert " ".join(raw(doc, s).split()) == s.text


def test_folder_discovery_groups_pairs_and_keeps_ids_unique(tmp_path):
    for name in ("council.ko.txt", "council.en.txt", "segments.tsv", "segments.csv"):
        shutil.copy(FIX / name, tmp_path / name)
    (tmp_path / "README.md").write_text("not an input", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    units, errors = io.discover([str(tmp_path)])
    assert errors == []
    assert sorted(u.id for u in units) == ["council", "segments_csv", "segments_tsv"]
    council = next(u for u in units if u.id == "council")
    assert len(council.paths) == 2
    notes = [n for u in units for n in u.notes]
    assert len(notes) == 1 and "skipped 1 file(s) that are not inputs" in notes[0] and "README.md" in notes[0]


def test_discovery_never_walks_into_a_report_folder(tmp_path):
    shutil.copy(FIX / "council.en.txt", tmp_path / "a.txt")
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "index.html").write_text("<html><p>report</p></html>", encoding="utf-8")
    (reports / "a.json").write_text('{\n  "schema_version": "1.0"}', encoding="utf-8")
    (reports / "a.html").write_text("<html><p>The report page.</p></html>", encoding="utf-8")
    units, errors = io.discover([str(tmp_path)])
    assert errors == [] and [u.id for u in units] == ["a"]


def test_tsv_rows_become_given_links():
    doc = read_one(FIX / "segments.tsv")
    assert doc.input_format == "tsv"
    assert [s.text for s in doc.ko] == ["대전시는 1일 협의회를 발족했다.", "간담회에는 16명이 참석했다.", "기업들도 참여했다."]
    assert [s.text for s in doc.en] == ["Daejeon City launched the council on the 1st.", "Sixteen people attended.", "Companies took part too."]
    assert [s.text for s in doc.ref] == ["Daejeon launched the council on the 1st."]
    assert doc.given_links == (((0,), (0,)), ((1, 2), (1, 2)))
    for s in (*doc.ko, *doc.en, *doc.ref):
        assert raw(doc, s) == s.text
    assert [d.text for d in doc.dropped] == ["ko\ten\tref"]


def test_csv_quoted_cells_map_back_to_the_file():
    doc = read_one(FIX / "segments.csv")
    assert doc.input_format == "csv"
    assert doc.ko[0].text == '대전시는 "미래먹거리"를 육성한다.'
    assert raw(doc, doc.ko[0]) == '대전시는 ""미래먹거리""를 육성한다.'  # the file's own escaping
    # a line break inside a quoted cell does not cut the sentence
    assert doc.en[1].text == "Sixteen people attended, including LG Energy Solution."
    assert doc.given_links == (((0,), (0,)), ((1,), (1,)))


def test_tsv_cells_quoted_by_a_spreadsheet_are_unquoted(tmp_path):
    # Excel / Google Sheets / csv.writer(delimiter="\t") quote a TSV cell holding a quote, a tab or a line break
    p = tmp_path / "export.tsv"
    p.write_text(
        'ko\ten\n'
        '"그는 ""협력""을 강조했다."\t"He stressed ""cooperation"".\tAll agreed."\n'
        '"대전시는 1일\n협의회를 발족했다."\tDaejeon City launched the council on the 1st.\n',
        encoding="utf-8",
    )
    doc = read_one(p)
    assert doc.ko[0].text == '그는 "협력"을 강조했다.'
    assert raw(doc, doc.ko[0]) == '그는 ""협력""을 강조했다.'
    assert [s.text for s in doc.en[:2]] == ['He stressed "cooperation".', "All agreed."]  # the tab was inside the cell
    assert doc.ko[1].text == "대전시는 1일 협의회를 발족했다."  # the line break too
    assert doc.given_links == (((0,), (0, 1)), ((1,), (2,)))


def test_tsv_cell_that_only_starts_with_a_quote_keeps_it(tmp_path):
    # unquoted TSV (most MT exports): a cell may begin with a quotation mark that is part of the text
    p = tmp_path / "plain.tsv"
    p.write_text('ko\ten\n"협력"이 중요하다고 말했다.\t"Cooperation" matters, he said.\n', encoding="utf-8")
    doc = read_one(p)
    assert doc.ko[0].text == '"협력"이 중요하다고 말했다.'
    assert doc.en[0].text == '"Cooperation" matters, he said.'


def test_jsonl_escapes_map_back_to_the_file():
    doc = read_one(FIX / "segments.jsonl")
    assert doc.input_format == "jsonl"
    assert [s.text for s in doc.ko] == ["대전시는 1일 협의회를 발족했다.", '그는 "협력"을 강조했다.', "간담회에는 16명이 참석했다."]
    assert doc.en[2].text == "Sixteen people attended, café owners too."
    assert raw(doc, doc.en[2]) == "Sixteen people attended, caf\\u00e9 owners too."
    assert raw(doc, doc.ko[1]) == '그는 \\"협력\\"을 강조했다.'
    assert [s.text for s in doc.ref] == ["Daejeon launched the council on the 1st."]
    assert doc.given_links == (((0,), (0,)), ((1, 2), (1, 2)))


def test_tmx_languages_reference_and_inline_codes():
    doc = read_one(FIX / "segments.tmx")
    assert doc.input_format == "tmx"
    assert [s.text for s in doc.ko] == ["산업부는 R&D 지원을 확대한다.", "쏠리드파워는 미국 기업이다."]
    assert raw(doc, doc.ko[0]) == "산업부는 R&amp;D 지원을 확대한다."
    assert [s.text for s in doc.en] == ["The ministry will expand R&D support.", "Solid Power is an American company."]
    # a second English tuv and a ref-typed prop are the reference
    assert [s.text for s in doc.ref] == ["The ministry is to widen support for R&D.", "Solid Power is a US company."]
    assert doc.given_links == (((0,), (0,)), ((1,), (1,)))
    assert {d.reason for d in doc.dropped} == {"markup"}


@pytest.mark.parametrize("name", ["segments12.xlf", "segments20.xlf"])
def test_xliff_12_and_20(name):
    doc = read_one(FIX / name)
    assert doc.input_format == "xliff"
    assert [s.text for s in doc.ko] == ["대전시는 1일 협의회를 발족했다.", "간담회에는 16명이 참석했다."]
    assert doc.en[0].text == "Daejeon City launched the council on the 1st."
    assert doc.given_links == (((0,), (0,)), ((1,), (1,)))
    if name == "segments12.xlf":  # alt-trans target = reference; <note> is not text
        assert [s.text for s in doc.ref] == ["Daejeon launched the council on the 1st."]
        assert all("from the seed" not in s.text for s in (*doc.ko, *doc.en, *doc.ref))


def test_xml_with_entity_declarations_is_refused(tmp_path):
    p = tmp_path / "evil.tmx"
    p.write_text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><tmx><body><tu>'
        '<tuv xml:lang="ko"><seg>&lol;</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    units, _ = io.discover([str(p)])
    with pytest.raises(InputError, match="DOCTYPE or ENTITY"):
        io.read(units[0])


def test_html_page_text_maps_to_the_raw_markup():
    doc = read_one(FIX / "page.html")
    assert doc.input_format == "html"
    assert [s.text for s in doc.en] == [
        "Korea, battery makers to invest 20 trillion won",
        "The South Korean government and its top battery companies plan to invest 20 trillion won through 2030, "
        "the ministry said on Thursday.",
        "LG Energy Solution Ltd & SK On will join.",
        "The plan comes after the U.S. Inflation Reduction Act took effect.",
    ]
    assert doc.en[0].kind == "headline"
    assert raw(doc, doc.en[2]) == "LG Energy Solution Ltd &amp; SK On will join."
    by_reason = {d.reason: d.text for d in doc.dropped}
    assert by_reason["script or style"].startswith("p { margin: 0 }")
    assert "Buy now" in by_reason["script or style"]
    assert by_reason["site menu"].startswith("Home") and by_reason["site menu"].endswith("Business")
    assert by_reason["photo caption"] == "A battery plant in Ochang. (Photo: Reuters)"
    assert by_reason["page footer"].startswith("Copyright 2023")
    assert by_reason["page title"].startswith("Korea to invest")
    assert "related link" in by_reason
    assert doc.notes == ("no Korean source found; English-only checks still run",)


@pytest.mark.parametrize(
    "encoding, expected",
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("cp949", "cp949"),
        ("euc-kr", "cp949"),
        ("utf-16-le", "utf-16-le"),  # no BOM
        ("utf-16-be", "utf-16-be"),
    ],
)
def test_encodings_are_detected(tmp_path, encoding, expected):
    text = KO_TEXT + "*아래는 위 기사를 '구글 번역'으로 번역한 영문 기사의 [전문]입니다.\n" + EN_TEXT
    p = tmp_path / "article.txt"
    p.write_bytes(text.encode(encoding))
    doc = read_one(p)
    assert doc.files[0].encoding == expected
    assert not doc.files[0].text.startswith("\ufeff")
    assert [s.text for s in doc.ko] == ["대전시가 ‘이차전지산업’을 미래먹거리로 육성하기 위한 준비에 돌입했다.", "간담회에는 16명이 참석했다."]
    assert [s.text for s in doc.en] == ["Daejeon City has begun preparations.", "Sixteen people attended."]
    assert [d.reason for d in doc.dropped] == ["translator's note"]


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_newline_styles_keep_offsets_and_lines(tmp_path, newline):
    text = "산업부, 지정서 전달\n\n본문듣기\n충청북도는 지정서를 받았다고 밝혔다.\nMinistry delivers designation\n\nThe ministry delivered it. It was signed.\n"
    p = tmp_path / "a.txt"
    p.write_bytes(text.replace("\n", newline).encode("utf-8"))
    doc = read_one(p)
    src = doc.files[0]
    assert [s.text for s in doc.ko] == ["산업부, 지정서 전달", "충청북도는 지정서를 받았다고 밝혔다."]
    assert [s.text for s in doc.en] == ["Ministry delivers designation", "The ministry delivered it.", "It was signed."]
    assert [src.line_col(s.span.start) for s in doc.en] == [(5, 1), (7, 1), (7, 28)]
    assert [(d.reason, src.line_col(d.span.start)) for d in doc.dropped] == [("listen button", (3, 1))]


def test_hard_wrapped_sentences_are_joined_but_headlines_are_not(tmp_path):
    text = (
        "대전시, 이차전지산업 발전협의회 발족\n\n"
        "대전시는 친환경화 정책, 디지털 전환 등으로 시장의 발전가능성이 높고, 4대 전략산업(나노반도체, 바이오헬스,\n"
        "우주항공, 국방)과 동반성장이 가능한 이차전지산업을 새로운 미래먹거리 산업으로 육성할 예정이다.\n\n"
        "Discussion of cooperation plans including R&D and domestic investment in next-generation battery sector\n"
        "The council plans to foster the secondary battery industry as a new future\n"
        "food industry, which has high potential. It met on\n"
        "the 1st.\n"
    )
    p = tmp_path / "wrapped.txt"
    p.write_text(text, encoding="utf-8")
    doc = read_one(p)
    assert [s.text for s in doc.ko] == [
        "대전시, 이차전지산업 발전협의회 발족",
        "대전시는 친환경화 정책, 디지털 전환 등으로 시장의 발전가능성이 높고, 4대 전략산업(나노반도체, 바이오헬스, "
        "우주항공, 국방)과 동반성장이 가능한 이차전지산업을 새로운 미래먹거리 산업으로 육성할 예정이다.",
    ]
    assert [(s.kind, s.text) for s in doc.en] == [
        ("headline", "Discussion of cooperation plans including R&D and domestic investment in next-generation battery sector"),
        ("body", "The council plans to foster the secondary battery industry as a new future food industry, which has high potential."),
        ("body", "It met on the 1st."),
    ]
    assert doc.files[0].line_col(doc.en[2].span.start) == (8, 42)



def test_a_short_korean_line_after_the_first_line_of_the_file_is_not_joined_to_the_next(tmp_path):
    # only a long line that stops mid-sentence was wrapped; a short one (a headline after the English, a
    # section heading) is a paragraph of its own wherever it stands in the file
    text = (
        "Semiconductor exports up 12.5% in October\n"
        "The ministry announced on the 1st that semiconductor exports rose 12.5% from a year earlier.\n"
        "10월 반도체 수출 12.5% 증가\n"
        "산업통상자원부는 10월 반도체 수출액이 전년 동기 대비 12.5% 증가했다고 1일 밝혔다.\n"
        "■ 향후 계획\n"
        "산업부는 연말까지 수출 지원을 이어갈 계획이다.\n"
    )
    p = tmp_path / "english_first.txt"
    p.write_text(text, encoding="utf-8")
    doc = read_one(p)
    assert [(s.kind, s.text) for s in doc.ko] == [
        ("headline", "10월 반도체 수출 12.5% 증가"),
        ("body", "산업통상자원부는 10월 반도체 수출액이 전년 동기 대비 12.5% 증가했다고 1일 밝혔다."),
        ("body", "■ 향후 계획"),
        ("body", "산업부는 연말까지 수출 지원을 이어갈 계획이다."),
    ]

def test_utf8_with_a_few_corrupt_bytes_is_not_read_as_cp949(tmp_path):
    good = "대전시가 ‘이차전지산업’을 미래먹거리로 육성하기 위한 준비에 돌입했다. 간담회에는 16명이 참석했다.\n".encode("utf-8")
    p = tmp_path / "corrupt.txt"
    cut = len("대전시가 ".encode("utf-8"))
    p.write_bytes(good[:cut] + b"\xff" + good[cut:])
    doc = read_one(p)
    assert doc.files[0].encoding == "utf-8 (1 undecodable byte sequence(s) replaced)"
    assert doc.ko[-1].text == "간담회에는 16명이 참석했다."


def test_windows_1252_english(tmp_path):
    p = tmp_path / "a.en.txt"
    p.write_bytes("The caf\u00e9 owners\u2019 council met. It agreed.\n".encode("cp1252"))
    doc = read_one(p)
    assert doc.files[0].encoding == "cp1252"
    assert [s.text for s in doc.en] == ["The café owners’ council met.", "It agreed."]
    assert doc.notes == ("no Korean source found; English-only checks still run",)


def test_partial_english_translation_is_noted(tmp_path):
    seed = (Path(__file__).resolve().parent.parent / "pairs").glob("001_*.txt")
    text = next(seed).read_text(encoding="utf-8")
    cut = text.index("Daejeon City has begun preparations")
    cut = text.index("\n", cut)
    p = tmp_path / "short_en.txt"
    p.write_text(text[:cut] + "\n", encoding="utf-8")
    doc = read_one(p)
    assert (len(doc.ko), len(doc.en)) == (10, 2)
    assert doc.notes == ("the English translation looks partial: 2 English sentence(s) against 10 Korean",)


def test_body_saved_three_times_keeps_one_copy(tmp_path):
    lines = next((Path(__file__).resolve().parent.parent / "pairs").glob("004_*.txt")).read_text(encoding="utf-8").split("\n")
    body = lines[6:19]  # "코트라는 18일 나고야의..." to the reporter's e-mail line
    p = tmp_path / "thrice.txt"
    p.write_text("\n".join(lines[:19] + body + ["광고"] + body) + "\n", encoding="utf-8")
    doc = read_one(p)
    assert len(doc.ko) == 16
    assert [d.reason for d in doc.dropped].count("duplicate body (second copy)") == 2
    assert [n for n in doc.notes if n.startswith("the body appears twice")] == [
        "the body appears twice: lines 7–19 again at lines 20–32; kept the first copy, dropped the second",
        "the body appears twice: lines 7–19 again at lines 34–46; kept the first copy, dropped the second",
    ]


def test_partial_korean_from_the_middle_is_not_called_the_start(tmp_path):
    text = next((Path(__file__).resolve().parent.parent / "pairs").glob("000_*.txt")).read_text(encoding="utf-8")
    lines = text.split("\n")
    lines[0] = "산업부는 2028년까지 친환경 모빌리티용 차세대 이차전지 기술개발에 지원할 계획이다."
    p = tmp_path / "middle.txt"
    p.write_text("\n".join(lines), encoding="utf-8")
    doc = read_one(p)
    assert len(doc.notes) == 1
    assert "it covers only part of the article" in doc.notes[0]


def test_xliff_with_english_source_and_korean_target_is_swapped(tmp_path):
    p = tmp_path / "swapped.xliff"
    p.write_text(
        '<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="en-US" target-language="ko-KR"><body>\n'
        "<trans-unit id='1'><source>Sixteen people attended.</source><target>16명이 참석했다.</target></trans-unit>\n"
        "</body></file></xliff>\n",
        encoding="utf-8",
    )
    doc = read_one(p)
    assert [s.text for s in doc.ko] == ["16명이 참석했다."] and [s.text for s in doc.en] == ["Sixteen people attended."]


def test_jsonl_surrogate_pair_escape_and_semicolon_csv(tmp_path):
    j = tmp_path / "emoji.jsonl"
    j.write_text('{"source": "배터리 \\ud83d\\udd0b 협력.", "target": "Battery \\ud83d\\udd0b cooperation."}\n', encoding="utf-8")
    doc = read_one(j)
    assert doc.ko[0].text == "배터리 🔋 협력." and doc.en[0].text == "Battery 🔋 cooperation."
    assert raw(doc, doc.en[0]) == "Battery \\ud83d\\udd0b cooperation."
    c = tmp_path / "semi.csv"
    c.write_text("ko;en\n대전시는 협의회를 발족했다.;Daejeon launched a council.\n", encoding="utf-8")
    doc = read_one(c)
    assert [s.text for s in doc.en] == ["Daejeon launched a council."]


_KO_PARAS = [
    "정부는 수도권에 공공주택 5만 호를 추가로 공급한다.",
    "국토교통부는 15일 이 같은 내용의 대책을 발표했다.",
    "공급 물량의 절반은 3기 신도시에 배정된다.",
    "한편 환자단체연합회는 조속한 대화를 촉구했다.",
]
_EN_PARAS = [
    "The government will supply 50,000 more public homes in the capital area.",
    "The Ministry of Land, Infrastructure and Transport announced the measures on the 15th.",
    "Half of the supply will go to the third-generation new towns.",
]


def test_a_korean_paragraph_inside_the_english_block_is_untranslated_english(tmp_path):
    # Korean article, then its English with the last-but-one paragraph left in Korean: that paragraph is
    # part of the translation (checked as untranslated text), not a fifth Korean sentence
    path = tmp_path / "block.txt"
    en = _EN_PARAS[:2] + [_KO_PARAS[3]] + _EN_PARAS[2:]
    path.write_text("\n\n".join(_KO_PARAS + en) + "\n", encoding="utf-8")
    doc = read_one(path)
    assert [s.text for s in doc.ko] == _KO_PARAS
    assert [s.text for s in doc.en] == en


def test_interleaved_paragraphs_keep_their_language(tmp_path):
    path = tmp_path / "interleaved.txt"
    lines = [x for pair in zip(_KO_PARAS[:3], _EN_PARAS) for x in pair]
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    doc = read_one(path)
    assert [s.text for s in doc.ko] == _KO_PARAS[:3] and [s.text for s in doc.en] == _EN_PARAS


def test_finding_locations_survive_escapes_in_jsonl_and_xliff(tmp_path):
    # json.dumps escapes every Hangul character (\uXXXX) and XML writes &amp; &lt;: a finding's span must still cover
    # exactly its text in the file (SARIF, GitHub annotations and the page highlight use it)
    import json

    from mtaudit.pipeline import AuditConfig, run_audit

    ko, en = "R&D 센터는 오는 28일 <개소식>을 연다.", "The R&D center will hold an <opening ceremony> on the 21st."
    (tmp_path / "a.jsonl").write_text(json.dumps({"ko": ko, "en": en}) + "\n", encoding="utf-8")
    esc = lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    (tmp_path / "b.xlf").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file source-language="ko" target-language="en" datatype="plaintext" original="b"><body>\n'
        f'<trans-unit id="1"><source>{esc(ko)}</source><target>{esc(en)}</target></trans-unit>\n</body></file></xliff>\n',
        encoding="utf-8")
    result = run_audit([str(tmp_path)], AuditConfig(encoder="none"))
    for d in result.documents:
        (f,) = [f for f in d.findings if f.rule_id == "MT-NUM-001"]
        text = d.document.files[f.en_spans[0].file].text
        assert text[f.en_spans[0].start : f.en_spans[0].end] == "21st", d.document.id
        k = f.ko_spans[0]
        assert d.document.files[k.file].text[k.start : k.end] in ("28일", json.dumps("28일")[1:-1]), d.document.id  # 28\uc77c in the JSONL
