"""The persistent prepared-document cache: a re-audit re-reads and re-aligns nothing, and changes no result."""

import filecmp
import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from mtaudit import io as mio
from mtaudit import prepared
from mtaudit.cache import EmbeddingStore
from mtaudit.cli import app
from mtaudit.corpus import ScaleOptions, audit_to_folder
from mtaudit.pipeline import AuditConfig

PAIRS = Path(__file__).resolve().parent.parent / "pairs"
FAST = AuditConfig(encoder="none")
FORMATS = ["html", "json", "jsonl"]


def _diff(a: Path, b: Path) -> list[str]:
    names = sorted(p.name for p in a.iterdir() if p.is_file())  # .mtaudit/ holds run bookkeeping, not results
    assert names == sorted(p.name for p in b.iterdir() if p.is_file())
    return [n for n in names if not filecmp.cmp(a / n, b / n, shallow=False)]


def _glossary(tmp_path: Path) -> str:
    # a terminologist's glossary that disagrees with the translations in pairs/ ("secondary battery" is used there)
    p = tmp_path / "gloss.csv"
    p.write_text("이차전지,rechargeable battery\n반도체,chips\n", encoding="utf-8")
    return str(p)


def _no_reading(monkeypatch):
    def refuse(unit):
        raise AssertionError(f"{unit.id} was read again")

    monkeypatch.setattr(mio, "read", refuse)
    import mtaudit.align

    monkeypatch.setattr(mtaudit.align, "align", lambda *a, **k: (_ for _ in ()).throw(AssertionError("aligned again")))


def test_rerun_reads_and_aligns_nothing_and_is_byte_identical(tmp_path, monkeypatch):
    scale = ScaleOptions(cache_dir=str(tmp_path / "cache"))
    first = audit_to_folder([str(PAIRS)], tmp_path / "a", FAST, scale, formats=FORMATS)
    assert first.stats.counts.get("prepared_hits", 0) == 0
    info = EmbeddingStore(tmp_path / "cache").info()
    assert info["prepared"] == 5 and info["prepared_encoders"] == {"none": 5}

    with monkeypatch.context() as m:
        _no_reading(m)
        again = audit_to_folder([str(PAIRS)], tmp_path / "b", FAST, scale, formats=FORMATS)
    assert again.stats.counts["prepared_hits"] == 5
    assert _diff(tmp_path / "a", tmp_path / "b") == []
    audit_to_folder([str(PAIRS)], tmp_path / "plain", FAST, ScaleOptions(cache=False), formats=FORMATS)
    assert _diff(tmp_path / "a", tmp_path / "plain") == []


def test_rule_change_after_cached_run_equals_uncached_run_with_that_pack(tmp_path, monkeypatch):
    gloss = _glossary(tmp_path)
    scale = ScaleOptions(cache_dir=str(tmp_path / "cache"))
    audit_to_folder([str(PAIRS)], tmp_path / "before", FAST, scale, formats=FORMATS)
    with_pack = AuditConfig(encoder="none", rules=(gloss,))
    with monkeypatch.context() as m:
        _no_reading(m)
        cached = audit_to_folder([str(PAIRS)], tmp_path / "cached", with_pack, scale, formats=FORMATS)
    assert cached.stats.counts["prepared_hits"] == 5
    audit_to_folder([str(PAIRS)], tmp_path / "uncached", with_pack, ScaleOptions(cache=False), formats=FORMATS)
    assert _diff(tmp_path / "cached", tmp_path / "uncached") == []
    # the pack did change the results, so the comparison above is not vacuous
    before = json.loads((tmp_path / "before" / "mtaudit.json").read_text(encoding="utf-8"))
    after = json.loads((tmp_path / "cached" / "mtaudit.json").read_text(encoding="utf-8"))
    n = lambda r: sum(len(d["findings"]) for d in r["documents"])
    assert n(after) > n(before)


def test_edited_input_or_changed_code_is_a_miss(tmp_path, monkeypatch):
    corpus = tmp_path / "in"
    shutil.copytree(PAIRS, corpus)
    scale = ScaleOptions(cache_dir=str(tmp_path / "cache"))
    audit_to_folder([str(corpus)], tmp_path / "a", FAST, scale)
    edited = corpus / "001_b58148236b9982db.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n대전시는 2일 추가 계획을 발표했다.\n", encoding="utf-8")
    again = audit_to_folder([str(corpus)], tmp_path / "b", FAST, scale)
    assert again.stats.counts["prepared_hits"] == 4
    doc = json.loads((tmp_path / "b" / "001_b58148236b9982db.json").read_text(encoding="utf-8"))
    assert "대전시는 2일 추가 계획을 발표했다." in json.dumps(doc, ensure_ascii=False)
    # another version of the reader/aligner code: nothing stored by the old one is used
    monkeypatch.setattr(prepared, "CODE_VERSION", "0" * 32)
    third = audit_to_folder([str(corpus)], tmp_path / "c", FAST, scale)
    assert third.stats.counts.get("prepared_hits", 0) == 0
    assert _diff(tmp_path / "b", tmp_path / "c") == []
    # entries of the older code version were replaced, not kept beside the new ones
    # (5 current documents + the entry of 001's content before the edit, a different key)
    assert EmbeddingStore(tmp_path / "cache").info()["prepared"] == 6


def test_code_version_covers_reader_and_aligner_sources():
    covered = {p.relative_to(Path(prepared.__file__).parent).as_posix() for pat in prepared._MODULES
               for p in Path(prepared.__file__).parent.glob(pat)}
    # the anchors read Korean numbers with numbers.py
    assert {"io/article.py", "io/__init__.py", "segment.py", "align.py", "anchors.py", "numbers.py", "encoders.py"} <= covered
    assert len(prepared.CODE_VERSION) == 32


def test_damaged_entry_is_recomputed(tmp_path):
    scale = ScaleOptions(cache_dir=str(tmp_path / "cache"))
    audit_to_folder([str(PAIRS)], tmp_path / "a", FAST, scale)
    store = EmbeddingStore(tmp_path / "cache")
    store.conn.execute("UPDATE prepared SET data = x'00ff00'")
    again = audit_to_folder([str(PAIRS)], tmp_path / "b", FAST, scale)
    assert again.stats.counts.get("prepared_hits", 0) == 0
    assert _diff(tmp_path / "a", tmp_path / "b") == []


def test_pool_workers_share_the_prepared_cache(tmp_path):
    scale = ScaleOptions(cache_dir=str(tmp_path / "cache"), jobs=2)
    audit_to_folder([str(PAIRS)], tmp_path / "a", FAST, scale, formats=FORMATS)
    assert EmbeddingStore(tmp_path / "cache").info()["prepared"] == 5
    again = audit_to_folder([str(PAIRS)], tmp_path / "b", FAST, scale, formats=FORMATS)
    assert again.stats.counts["prepared_hits"] == 5
    assert _diff(tmp_path / "a", tmp_path / "b") == []


def test_cache_info_and_clear_show_prepared_documents(tmp_path):
    audit_to_folder([str(PAIRS)], tmp_path / "a", FAST, ScaleOptions(cache_dir=str(tmp_path / "cache")))
    runner = CliRunner()
    r = runner.invoke(app, ["cache", "info", "--cache-dir", str(tmp_path / "cache")])
    assert r.exit_code == 0 and "prepared documents (read + aligned): 5" in r.output
    r = runner.invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path / "cache")])
    assert r.exit_code == 0
    r = runner.invoke(app, ["cache", "info", "--cache-dir", str(tmp_path / "cache")])
    assert "prepared documents (read + aligned): 0" in r.output
