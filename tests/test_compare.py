"""`mtaudit compare`: Google's English vs a post-edit of seed 001, unit by unit, with significance and rule deltas."""

from __future__ import annotations

import json
import sys

import pytest

from score_support import seed_001_body
from test_score_reference import post_edit


def run_cli(args, capsys, monkeypatch):
    """Run the real entry point (errors -> one line, exit 2) in-process."""
    from mtaudit import cli

    monkeypatch.setattr(sys, "argv", ["mtaudit", *args])
    monkeypatch.setenv("COLUMNS", "200")
    code = 0
    try:
        cli.run()
    except SystemExit as exc:
        code = exc.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("cmp")
    ko, en = seed_001_body()
    fixed = post_edit(en)
    b = list(fixed)
    b[3] = b[3].replace("16 people", "61 people")  # the post-editor fixed terms but broke a number
    for name, lines in (("src.ko.txt", ko), ("a.en.txt", en), ("b.en.txt", b), ("ref.txt", fixed)):
        (d / name).write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    changed = {i for i, (x, y) in enumerate(zip(en, b)) if x != y}
    return d, changed


@pytest.fixture(scope="module")
def result(files):
    from mtaudit.score.compare import compare_translations, to_json_dict

    d, _ = files
    c = compare_translations(str(d / "src.ko.txt"), str(d / "a.en.txt"), str(d / "b.en.txt"), str(d / "ref.txt"), n_bootstrap=200)
    return c, json.loads(json.dumps(to_json_dict(c)))


def test_units_follow_the_korean_and_mark_what_changed(files, result):
    _, changed = files
    c, data = result
    assert data["units"] == 9 and len(changed) >= 5
    assert {r["index"] for r in data["rows"] if r["differs"]} == changed
    assert data["changed"] == len(changed)
    for r in data["rows"]:
        assert r["ko"] == [r["index"]]  # one Korean paragraph per unit here
        if not r["differs"]:
            assert r["a"] == r["b"] and all(v == 0 for v in r["delta"].values()) and r["changes"] == ""
    assert data["rows"][0]["changes"] == "-food source.  +growth engine."


def test_similarity_and_reference_scores_per_side(result):
    _, data = result
    rows = {r["index"]: r for r in data["rows"]}
    assert all("sim" in r["a"] and "sim" in r["b"] for r in rows.values())
    # B equals the reference except where it broke the number: chrF 100 there, below 100 for A's changed units
    for i, r in rows.items():
        if r["differs"] and i != 3:
            assert r["b"]["chrf"] == pytest.approx(100.0) and r["a"]["chrf"] < 100
    assert rows[3]["b"]["chrf"] < 100
    assert rows[3]["delta"]["sim"] < 0  # "61 people" for 16명 is less similar


def test_paired_significance_against_the_reference(result):
    _, data = result
    sig = {s["metric"]: s for s in data["significance"]}
    assert set(sig) == {"BLEU", "chrF2"}
    for s in sig.values():
        assert s["b_score"] > s["a_score"]
        assert 0 < s["p_bootstrap"] < 0.05 and 0 < s["p_randomization"] < 0.05
        assert "bs:200" in s["signature_bootstrap"] and "ar:" in s["signature_randomization"]
    assert data["meta"]["sacrebleu.bleu"].startswith("nrefs:1|")


def test_rule_deltas_count_findings_per_rule(result):
    c, data = result
    count = lambda res, rid: sum(f.rule_id == rid for f in res.findings)  # noqa: E731
    rules = {f.rule_id for f in c.a.findings} | {f.rule_id for f in c.b.findings}
    expected = sorted((rid, count(c.a, rid), count(c.b, rid)) for rid in rules if count(c.a, rid) != count(c.b, rid))
    assert [tuple(x) for x in c.rule_deltas] == expected
    deltas = {d["rule"]: d["delta"] for d in data["rule_deltas"]}
    # the post-edit removes the term errors the review lists (미래먹거리, 정부출연연구원, ...) and adds a number error
    assert sum(v for v in deltas.values() if v < 0) <= -3
    assert any(v > 0 for v in deltas.values())
    assert data["a"]["findings"] > data["b"]["findings"]


def test_terminal_table_and_json_through_the_cli(files, capsys, monkeypatch):
    d, _ = files
    code, out, err = run_cli(
        ["compare", str(d / "a.en.txt"), str(d / "b.en.txt"), "--source", str(d / "src.ko.txt"), "--encoder", "none"],
        capsys, monkeypatch,
    )
    assert code == 0, err
    assert "9 units, 6 differ" in out and "risk A→B" in out and "Findings per rule" in out
    assert "-food source.  +growth engine." in out and "-16  +61" in out  # word-level changes per unit
    assert "signature: mtaudit:" in out and "sim:none" in out
    assert "paired bootstrap" not in out  # no reference, no significance


def test_missing_file_is_one_line_and_exit_2(files, capsys, monkeypatch):
    d, _ = files
    code, out, err = run_cli(["compare", str(d / "a.en.txt"), str(d / "nope.en.txt"), "--source", str(d / "src.ko.txt")], capsys, monkeypatch)
    assert code == 2
    assert err.strip().count("\n") == 0 and "nope.en.txt" in err and "no such file" in err
    code, _, err = run_cli(["compare", str(d / "a.en.txt"), str(d / "b.en.txt"), "--source", str(d / "x.ko.txt")], capsys, monkeypatch)
    assert code == 2 and "source: no such file" in err
    code, _, err = run_cli(["compare", str(d / "a.en.txt"), str(d / "b.en.txt"), "--source", str(d / "a.en.txt")], capsys, monkeypatch)
    assert code == 2 and "no Korean text" in err and err.strip().count("\n") == 0


def test_files_are_decoded_as_audit_decodes_them(files, tmp_path, capsys, monkeypatch):
    """A CP949 source and a UTF-16 (BOM) translation compare exactly like their UTF-8 copies."""
    d, _ = files
    (tmp_path / "src.ko.txt").write_bytes((d / "src.ko.txt").read_text(encoding="utf-8").encode("cp949"))
    (tmp_path / "a.en.txt").write_bytes((d / "a.en.txt").read_text(encoding="utf-8").encode("utf-16"))  # with a BOM
    args = ["--encoder", "none", "--json"]
    code, want, err = run_cli(["compare", str(d / "a.en.txt"), str(d / "b.en.txt"), "--source", str(d / "src.ko.txt"), *args], capsys, monkeypatch)
    assert code == 0, err
    code, got, err = run_cli(["compare", str(tmp_path / "a.en.txt"), str(d / "b.en.txt"), "--source", str(tmp_path / "src.ko.txt"), *args],
                             capsys, monkeypatch)
    assert code == 0, err
    want, got = json.loads(want), json.loads(got)
    assert got["rows"] == want["rows"] and got["units"] == 9


def test_binary_and_empty_files_get_the_audit_messages(files, tmp_path, capsys, monkeypatch):
    d, _ = files
    (tmp_path / "empty.en.txt").write_bytes(b"")
    (tmp_path / "blank.en.txt").write_text("  \n\n", encoding="utf-8")
    (tmp_path / "binary.en.txt").write_bytes(b"\x00\x01\x02" * 50)
    for name, problem in (("empty.en.txt", "file is empty"), ("blank.en.txt", "file holds only whitespace"),
                          ("binary.en.txt", "binary data (NUL bytes), not a text file")):
        p = tmp_path / name
        code, _, err = run_cli(["compare", str(d / "a.en.txt"), str(p), "--source", str(d / "src.ko.txt"), "--encoder", "none"], capsys, monkeypatch)
        assert code == 2
        assert err == f"mtaudit: error: {p}: translation B: {problem}\n"
