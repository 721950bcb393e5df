"""The persistent code-rule findings and morpheme caches: a re-audit after a rule-pack change reruns
only the pack rules, never loads the Kiwi model for seen documents, and changes no result."""

import filecmp
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mtaudit import rulecache, rules, serialize
from mtaudit import io as mio
from mtaudit.cache import EmbeddingStore
from mtaudit.cli import app
from mtaudit.corpus import ScaleOptions, audit_to_folder, audited_items
from mtaudit.pipeline import AuditConfig
from mtaudit.rules.base import CODE_RULES
from mtaudit.rules.matching import MORPHEMES

PAIRS = Path(__file__).resolve().parent.parent / "pairs"
FAST = AuditConfig(encoder="none")
FORMATS = ["json", "jsonl"]
NAME_RULES = {"MT-NAME-001", "MT-NAME-002"}  # the code rules that read the packs' official names

# A term the translations in pairs/ render as "secondary battery" (002, 003): the pack flags it.
TERM_PACK = """\
pack: test-extra
version: 1
description: a glossary added between two runs
rules:
  - id: TEST-TERM-001
    kind: term
    severity: error
    source: [이차전지]
    expected: [rechargeable battery]
    bad: [secondary battery]
    docs: The house style writes rechargeable battery.
    examples:
      fail: [{ko: "이차전지 산업", en: "the secondary battery industry"}]
      pass: [{ko: "이차전지 산업", en: "the rechargeable battery industry"}]
"""

# An English-only rule: a rule change that leaves the Korean term matcher as it was.
FORBIDDEN_PACK = """\
pack: test-forbid
version: 1
description: a forbidden phrase added between two runs
rules:
  - id: TEST-FORBID-001
    kind: forbidden
    severity: warning
    phrases: [secondary battery]
    suggestion: rechargeable battery
    docs: The house style writes rechargeable battery.
    examples:
      fail: [{en: "the secondary battery industry"}]
      pass: [{en: "the rechargeable battery industry"}]
"""

# An official name tagged in a pack: MT-NAME-002 then flags the near miss "Toyota Motor Corp" in 002.
OFFICIAL_PACK = """\
pack: test-official
version: 1
description: an official English name
rules:
  - id: TEST-NAME-001
    kind: term
    tags: [official-name]
    severity: error
    source: [도요타자동차]
    expected: [Toyota Motors Corp]
    docs: The name the company registered (a test entry).
    examples:
      fail: [{ko: "도요타자동차", en: "Toyota Motor Corp said so."}]
      pass: [{ko: "도요타자동차", en: "Toyota Motors Corp said so."}]
"""


def _pack(tmp_path: Path, name: str, text: str) -> str:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def _corpus(tmp_path: Path, copies: int = 3) -> str:
    """The seeds under several names: more documents than one micro-batch, so two workers share the work."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(copies):
        for f in sorted(PAIRS.glob("*.txt")):
            (folder / f"{i}{f.name}").write_bytes(f.read_bytes())
    return str(folder)


def _jsonl(folder: Path) -> bytes:
    return (folder / "mtaudit.jsonl").read_bytes()


def _same(a: Path, b: Path) -> bool:
    return all(filecmp.cmp(a / n, b / n, shallow=False) for n in ("mtaudit.jsonl", "mtaudit.json"))


def _rule_ids(folder: Path) -> list[str]:
    return [f["rule_id"] for line in _jsonl(folder).decode().splitlines() for d in json.loads(line)["documents"] for f in d["findings"]]


def _count_code_rule_calls(monkeypatch, refuse: set[str] | None = None) -> dict[str, int]:
    """Wrap every code rule's check with a call counter; a rule in `refuse` fails the run if called."""
    calls: dict[str, int] = {}
    for cls in CODE_RULES:
        original = cls.check

        def check(self, doc, pairs, ctx, _original=original):
            rid = self.info.id
            calls[rid] = calls.get(rid, 0) + 1
            if refuse is not None and rid in refuse:
                raise AssertionError(f"code rule {rid} ran on {doc.id} although its findings are cached")
            return _original(self, doc, pairs, ctx)

        monkeypatch.setattr(cls, "check", check)
    return calls


def _count_pack_rule_runs(monkeypatch, refuse: bool = False) -> list:
    from mtaudit.rules import engine

    runs = []  # (document id, names of the packs the rules ran for)
    original = engine._pack_findings

    def pack_findings(doc, pairs, rs, loc, *rest):
        runs.append((doc.id, tuple(p.name for p in rs.packs)))
        if refuse:
            raise AssertionError(f"pack rules ran on {doc.id} although their findings are cached")
        return original(doc, pairs, rs, loc, *rest)

    monkeypatch.setattr(engine, "_pack_findings", pack_findings)
    return runs


def _no_reading(monkeypatch):
    monkeypatch.setattr(mio, "read", lambda unit: (_ for _ in ()).throw(AssertionError(f"{unit.id} was read again")))


ALL_CODE_RULES = {cls.info.id for cls in CODE_RULES}
# per document: one per code rule, one for the (one) pack's rules, one for the anchor scorer's counts
ENTRIES = 5 * (len(ALL_CODE_RULES) + 2)


def test_rerun_takes_code_rule_findings_from_the_cache_byte_identical(tmp_path, monkeypatch):
    scale = ScaleOptions(cache_dir=str(tmp_path / "cache"))
    audit_to_folder([str(PAIRS)], tmp_path / "plain", FAST, ScaleOptions(cache=False), formats=FORMATS)
    with monkeypatch.context() as m:
        calls = _count_code_rule_calls(m)
        first = audit_to_folder([str(PAIRS)], tmp_path / "first", FAST, scale, formats=FORMATS)
    assert first.stats.counts["code_rule_hits"] == 0
    assert set(calls) == ALL_CODE_RULES and all(n == 5 for n in calls.values())
    info = EmbeddingStore(tmp_path / "cache").info()
    assert info["rule_findings"] == ENTRIES and info["rule_findings_encoders"] == {"none": ENTRIES}

    with monkeypatch.context() as m:
        _no_reading(m)
        calls = _count_code_rule_calls(m, refuse=ALL_CODE_RULES)
        packs = _count_pack_rule_runs(m, refuse=True)
        from mtaudit.score import anchors as score_anchors

        counted: list = []
        real_counts = score_anchors.pair_counts
        m.setattr(score_anchors, "pair_counts", lambda views: counted.append(1) or real_counts(views))
        auditor, items = audited_items([str(PAIRS)], FAST, scale)  # mtaudit check: no stored results, the stored findings
        got = [serialize.to_dict(r) for r in items]
    assert calls == {} and packs == [] and counted == []  # the anchor scorer's counts are kept too
    assert auditor.stats.counts["code_rule_hits"] == 5 * len(ALL_CODE_RULES)
    assert auditor.stats.counts["pack_findings_hits"] == 5
    assert got == [json.loads(line)["documents"][0] for line in (tmp_path / "plain" / "mtaudit.jsonl").read_text(encoding="utf-8").splitlines()]
    with monkeypatch.context() as m:  # the report writer's run: every document's result is stored, nothing is checked or scored
        _no_reading(m)
        calls = _count_code_rule_calls(m, refuse=ALL_CODE_RULES)
        m.setattr(score_anchors, "pair_counts", lambda views: (_ for _ in ()).throw(AssertionError("scored again")))
        again = audit_to_folder([str(PAIRS)], tmp_path / "again", FAST, scale, formats=FORMATS)
    assert again.stats.counts["result_hits"] == 5 and again.stats.counts["code_rule_hits"] == 0
    assert _same(tmp_path / "plain", tmp_path / "first") and _same(tmp_path / "plain", tmp_path / "again")
    # code-rule findings are part of what is compared: the seeds do have some
    ids = _rule_ids(tmp_path / "again")
    assert any(r.startswith("MT-") for r in ids) and any(r.startswith("KO-") for r in ids)


def test_pack_change_reruns_pack_rules_only_and_equals_an_uncached_run(tmp_path, monkeypatch):
    scale = ScaleOptions(cache_dir=str(tmp_path / "cache"))
    audit_to_folder([str(PAIRS)], tmp_path / "before", FAST, scale, formats=FORMATS)
    with_pack = AuditConfig(encoder="none", rules=(_pack(tmp_path, "extra.yaml", TERM_PACK),))
    with monkeypatch.context() as m:
        _no_reading(m)
        calls = _count_code_rule_calls(m, refuse=ALL_CODE_RULES)
        packs = _count_pack_rule_runs(m)
        cached = audit_to_folder([str(PAIRS)], tmp_path / "cached", with_pack, scale, formats=FORMATS)
    # the added pack's rules ran on every document; the built-in pack's and the code rules did not
    assert calls == {} and sorted(packs) == sorted((f.stem, ("test-extra",)) for f in PAIRS.glob("*.txt"))
    # the documents the pack touches (이차전지 in 001, 003, 004; "secondary battery" flagged in the English of
    # 000) were checked again with the stored findings; the result of 002, which it does not touch, was stored
    assert cached.stats.counts["result_hits"] == 1
    assert cached.stats.counts["code_rule_hits"] == 4 * len(ALL_CODE_RULES)
    assert cached.stats.counts["pack_findings_hits"] == 4
    audit_to_folder([str(PAIRS)], tmp_path / "uncached", with_pack, ScaleOptions(cache=False), formats=FORMATS)
    assert _same(tmp_path / "cached", tmp_path / "uncached")
    # the pack's findings were computed on the re-run (they are not in the run before it)
    assert "TEST-TERM-001" in _rule_ids(tmp_path / "cached")
    assert "TEST-TERM-001" not in _rule_ids(tmp_path / "before")


# A Korean term inside a longer term of the built-in pack (먹거리 in 미래먹거리, 001), and one around a
# built-in term (이차전지산업 around 이차전지): with both packs loaded the shorter hit is dropped, so the
# packs' findings cannot be computed one pack at a time for such a document.
NESTED_PACK = """\
pack: test-nested
version: 1
description: terms nested in and around the built-in pack's
rules:
  - id: TEST-NEST-001
    kind: term
    severity: warning
    source: [먹거리]
    expected: [food supply]
    bad: [food]
    docs: A term inside 미래먹거리.
    examples:
      fail: [{ko: "먹거리 물가", en: "food prices"}]
      pass: [{ko: "먹거리 물가", en: "food supply prices"}]
  - id: TEST-NEST-002
    kind: term
    severity: warning
    source: [이차전지산업]
    expected: [battery sector]
    docs: A term around 이차전지.
    examples:
      fail: [{ko: "이차전지산업", en: "the secondary battery industry"}]
      pass: [{ko: "이차전지산업", en: "the battery sector"}]
"""


def test_a_pack_nested_in_another_is_checked_with_it_and_equals_an_uncached_run(tmp_path, monkeypatch):
    scale = ScaleOptions(cache_dir=str(tmp_path / "cache"))
    audit_to_folder([str(PAIRS)], tmp_path / "before", FAST, scale, formats=FORMATS)
    nested = AuditConfig(encoder="none", rules=(_pack(tmp_path, "nested.yaml", NESTED_PACK),))
    audit_to_folder([str(PAIRS)], tmp_path / "uncached", nested, ScaleOptions(cache=False), formats=FORMATS)
    with monkeypatch.context() as m:
        packs = _count_pack_rule_runs(m)
        audit_to_folder([str(PAIRS)], tmp_path / "cached", nested, scale, formats=FORMATS)
    assert _same(tmp_path / "cached", tmp_path / "uncached")
    # 001 holds both 미래먹거리 and 이차전지산업: its findings were made on both packs together
    both = {doc for doc, names in packs if len(names) == 2}
    assert any(d.startswith("001") for d in both)
    with monkeypatch.context() as m:  # every result stored now: no rule runs, the same files
        packs = _count_pack_rule_runs(m)
        audit_to_folder([str(PAIRS)], tmp_path / "again", nested, scale, formats=FORMATS)
    assert packs == []
    assert _same(tmp_path / "again", tmp_path / "uncached")
    with monkeypatch.context() as m:  # without the stored results (mtaudit check): every finding entry is known,
        packs = _count_pack_rule_runs(m)  # and the documents with nested hits are still checked on both packs together
        auditor, items = audited_items([str(PAIRS)], nested, scale)
        got = [serialize.to_dict(r) for r in items]
    assert {doc for doc, names in packs} == both and all(len(names) == 2 for _, names in packs)
    uncached = [json.loads(line)["documents"][0] for line in (tmp_path / "uncached" / "mtaudit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert got == uncached


def _pack_findings_both_ways(tmp_path, pack_text: str):
    """Per seed: the pack rules' findings on all packs at once, and each pack's own findings put together
    (both after the engine's dedupe), and what the engine gives with nothing stored."""
    from mtaudit.align import align
    from mtaudit.rules import engine
    from mtaudit.rules.textmap import SegmentLocator

    rs = rules.load_ruleset([_pack(tmp_path, "extra.yaml", pack_text)])
    out = {}
    for f in sorted(PAIRS.glob("*.txt")):
        units, _ = mio.discover([str(f)])
        doc = mio.read(units[0])
        pairs = align(doc)
        loc = SegmentLocator(doc)
        dedupe = lambda found: engine._dedupe(list(found), rs.kinds, rs.later)  # noqa: E731
        together = dedupe(engine._pack_findings(doc, pairs, rs, loc))
        one_by_one = dedupe(f for _, sub in rs.pack_parts() for f in engine._one_pack(doc, pairs, sub, loc)[0])
        stored = dedupe(engine._stored_pack_findings(doc, pairs, rs, loc, rules.StoredFindings()))
        out[f.stem[:3]] = (together, one_by_one, stored)
    return out


def test_pack_by_pack_findings_equal_all_packs_at_once_unless_terms_nest(tmp_path):
    # an added pack whose terms do not nest in the built-in pack's: pack by pack gives the same findings
    for seed, (together, one_by_one, stored) in _pack_findings_both_ways(tmp_path, TERM_PACK).items():
        assert one_by_one == together and stored == together, seed
    assert any("TEST-TERM-001" in {f.rule_id for f in together} for together, _, _ in _pack_findings_both_ways(tmp_path, TERM_PACK).values())
    # nested terms: pack by pack would differ on 001; the engine then checks the packs together
    nested = _pack_findings_both_ways(tmp_path, NESTED_PACK)
    together, one_by_one, stored = nested["001"]
    assert one_by_one != together and stored == together
    assert all(stored == together for together, _, stored in nested.values())


def test_changed_official_names_rerun_the_name_rules(tmp_path, monkeypatch):
    scale = ScaleOptions(cache_dir=str(tmp_path / "cache"))
    audit_to_folder([str(PAIRS)], tmp_path / "before", FAST, scale, formats=FORMATS)
    with_names = AuditConfig(encoder="none", rules=(_pack(tmp_path, "official.yaml", OFFICIAL_PACK),))
    with monkeypatch.context() as m:
        calls = _count_code_rule_calls(m, refuse=ALL_CODE_RULES - NAME_RULES)
        cached = audit_to_folder([str(PAIRS)], tmp_path / "cached", with_names, scale, formats=FORMATS)
    assert calls == {rid: 5 for rid in NAME_RULES}
    # a document whose name findings and pack entries came out as before has its stored result; the others
    # (001 at least: it gains an MT-NAME-002 finding, below) took every other code rule's findings from the cache
    hits = cached.stats.counts["result_hits"]
    assert 1 <= hits < 5 and cached.stats.counts["code_rule_hits"] == (5 - hits) * (len(ALL_CODE_RULES) - len(NAME_RULES))
    audit_to_folder([str(PAIRS)], tmp_path / "uncached", with_names, ScaleOptions(cache=False), formats=FORMATS)
    assert _same(tmp_path / "cached", tmp_path / "uncached")
    # the new official name changes MT-NAME-002's findings: stale cached ones would have hidden this
    before, after = _rule_ids(tmp_path / "before"), _rule_ids(tmp_path / "cached")
    assert after.count("MT-NAME-002") > before.count("MT-NAME-002")
    # both option variants are kept: going back to the built-in packs runs no code rule
    with monkeypatch.context() as m:
        calls = _count_code_rule_calls(m, refuse=ALL_CODE_RULES)
        audit_to_folder([str(PAIRS)], tmp_path / "back", FAST, scale, formats=FORMATS)
    assert calls == {} and _same(tmp_path / "back", tmp_path / "before")


def test_rules_declaring_no_options_ignore_them():
    """A code rule keyed on no options (`reads_options = ()`) must give the same findings whatever the options hold."""
    from mtaudit.align import align
    from mtaudit.rules.names import OfficialName

    ruleset = rules.load_ruleset()
    extra = ruleset.official_names() + (OfficialName("Toyota Motors Corp", ("도요타자동차",), "test"),)
    units, _ = mio.discover([str(PAIRS)])
    changed = set()
    for unit in units:
        doc = mio.read(unit)
        pairs = align(doc, None)
        for rule in ruleset.code_rules:
            a = list(rule.check(doc, pairs, rules.CheckContext(options={})))
            b = list(rule.check(doc, pairs, rules.CheckContext(options={"official_names": extra})))
            if a != b:
                changed.add(rule.info.id)
    assert "MT-NAME-002" in changed  # the option matters to the rules that declare it ...
    for rule in ruleset.code_rules:  # ... and to no rule that declares it does not read it
        if rule.info.id in changed:
            assert rule.reads_options is None or "official_names" in rule.reads_options, rule.info.id


def test_options_key_covers_what_a_rule_reads():
    names = next(r for r in rules.code_rule_instances() if r.info.id == "MT-NAME-002")
    numbers = next(r for r in rules.code_rule_instances() if r.info.id.startswith("MT-NUM"))
    a, b = {"official_names": ("x",)}, {"official_names": ("y",)}
    assert rulecache.options_key(names, a) != rulecache.options_key(names, b)
    assert rulecache.options_key(numbers, a) == rulecache.options_key(numbers, b)

    class Undeclared(rules.CodeRule):  # a rule that says nothing is keyed on every option
        pass

    assert rulecache.options_key(Undeclared(), a) != rulecache.options_key(Undeclared(), b)
    assert rulecache.options_key(Undeclared(), a) != rulecache.options_key(Undeclared(), {**a, "other": 1})


def test_rule_code_version_covers_rule_sources():
    root = Path(rulecache.__file__).parent
    covered = {p.relative_to(root).as_posix() for pat in rulecache._MODULES for p in root.glob(pat)}
    assert {"rules/names.py", "rules/numbers.py", "rules/omission.py", "rules/surface.py", "rules/data/official_names.tsv",
            "numbers.py", "anchors.py", "romanize.py", "align.py"} <= covered


def test_other_rule_code_version_or_damaged_entry_is_recomputed(tmp_path, monkeypatch):
    scale = ScaleOptions(cache_dir=str(tmp_path / "cache"))
    audit_to_folder([str(PAIRS)], tmp_path / "a", FAST, scale, formats=FORMATS)
    store = EmbeddingStore(tmp_path / "cache")
    store.conn.execute("UPDATE rule_findings SET data = x'00ff00'")
    store.close()
    damaged = audit_to_folder([str(PAIRS)], tmp_path / "b", FAST, scale, formats=FORMATS)
    assert damaged.stats.counts["code_rule_hits"] == 0
    assert _same(tmp_path / "a", tmp_path / "b")
    monkeypatch.setattr(rulecache, "CODE_VERSION", "0" * 32)
    other = audit_to_folder([str(PAIRS)], tmp_path / "c", FAST, scale, formats=FORMATS)
    assert other.stats.counts["code_rule_hits"] == 0
    assert _same(tmp_path / "a", tmp_path / "c")
    # entries of the older rule code were replaced, not kept beside the new ones
    assert EmbeddingStore(tmp_path / "cache").info()["rule_findings"] == ENTRIES


def _kiwi_counter(monkeypatch) -> list:
    import mtaudit.segment

    built = []
    real = mtaudit.segment.kiwi

    def kiwi():
        built.append(1)
        return real()

    monkeypatch.setattr(mtaudit.segment, "kiwi", kiwi)
    return built


def _audit_in_a_new_process(monkeypatch, out: Path, config: AuditConfig, scale: ScaleOptions):
    """Audit the seeds with no morphemes in memory (as a new process would): (Kiwi models built,
    pack rule runs, summary)."""
    MORPHEMES.clear()
    with monkeypatch.context() as m:
        built = _kiwi_counter(m)
        packs = _count_pack_rule_runs(m)
        summary = audit_to_folder([str(PAIRS)], out, config, scale, formats=FORMATS)
    return built, packs, summary


def test_rerun_never_asks_kiwi(tmp_path, monkeypatch):
    scale = ScaleOptions(cache_dir=str(tmp_path / "cache"))
    MORPHEMES.clear()  # as in a new process
    audit_to_folder([str(PAIRS)], tmp_path / "a", FAST, scale, formats=FORMATS)
    assert EmbeddingStore(tmp_path / "cache").info()["morphemes"] > 0

    MORPHEMES.clear()
    with monkeypatch.context() as m:
        built = _kiwi_counter(m)
        audit_to_folder([str(PAIRS)], tmp_path / "b", FAST, scale, formats=FORMATS)
    assert built == []
    assert _same(tmp_path / "a", tmp_path / "b")

    # an English-only pack added: it runs, and nothing is asked of kiwipiepy or even preloaded for it
    forbid = AuditConfig(encoder="none", rules=(_pack(tmp_path, "forbid.yaml", FORBIDDEN_PACK),))
    built, packs, changed = _audit_in_a_new_process(monkeypatch, tmp_path / "f", forbid, scale)
    assert built == [] and len(packs) == 5 and "morphemes_preloaded" not in changed.stats.counts

    # a Korean term pack added (이차전지 inside 이차전지산업 needs morphemes): its term matcher finds every
    # morpheme it needs in the cache
    with_pack = AuditConfig(encoder="none", rules=(_pack(tmp_path, "term.yaml", TERM_PACK),))
    built, packs, changed = _audit_in_a_new_process(monkeypatch, tmp_path / "c", with_pack, scale)
    assert built == [] and len(packs) == 5
    assert changed.stats.counts["morphemes_preloaded"] > 0
    audit_to_folder([str(PAIRS)], tmp_path / "c-plain", with_pack, ScaleOptions(cache=False), formats=FORMATS)
    assert _same(tmp_path / "c", tmp_path / "c-plain")

    # without the stored morphemes the same re-run does ask kiwipiepy (so the check above can fail)
    store = EmbeddingStore(tmp_path / "cache")
    store.conn.execute("DELETE FROM morphemes")
    store.conn.execute("DELETE FROM rule_findings")
    store.close()
    MORPHEMES.clear()
    with monkeypatch.context() as m:
        built = _kiwi_counter(m)
        audit_to_folder([str(PAIRS)], tmp_path / "d", with_pack, scale, formats=FORMATS)
    assert built
    assert _same(tmp_path / "c", tmp_path / "d")


def test_two_jobs_share_the_rule_cache(tmp_path):
    corpus = _corpus(tmp_path)
    plain = ScaleOptions(cache=False)
    pack = AuditConfig(encoder="none", rules=(_pack(tmp_path, "extra.yaml", TERM_PACK),))
    scale = ScaleOptions(cache_dir=str(tmp_path / "cache"), jobs=2)
    audit_to_folder([corpus], tmp_path / "plain", FAST, plain, formats=FORMATS)
    audit_to_folder([corpus], tmp_path / "plain-pack", pack, plain, formats=FORMATS)
    first = audit_to_folder([corpus], tmp_path / "first", FAST, scale, formats=FORMATS)
    again = audit_to_folder([corpus], tmp_path / "again", pack, scale, formats=FORMATS)
    assert first.documents == 15 and first.stats.counts.get("code_rule_hits", 0) == 0
    # the workers find the results the first run stored for the three copies of 002, which the pack does not touch
    assert again.stats.counts["result_hits"] == 3 and again.stats.counts["code_rule_hits"] == 12 * len(ALL_CODE_RULES)
    assert _same(tmp_path / "plain", tmp_path / "first")
    assert _same(tmp_path / "plain-pack", tmp_path / "again")


def test_cache_info_and_clear_cover_rule_findings_and_morphemes(tmp_path):
    MORPHEMES.clear()  # as in a new process: kiwipiepy's answers are then stored
    audit_to_folder([str(PAIRS)], tmp_path / "a", FAST, ScaleOptions(cache_dir=str(tmp_path / "cache")))
    runner = CliRunner()
    cache = ["--cache-dir", str(tmp_path / "cache")]
    r = runner.invoke(app, ["cache", "info", *cache])
    assert r.exit_code == 0
    assert f"rule findings (per document and rule): {ENTRIES}" in r.output
    assert "Korean morpheme analyses: 0" not in r.output and "Korean morpheme analyses:" in r.output
    # one encoder's entries: its findings go, the encoder-independent morphemes stay
    r = runner.invoke(app, ["cache", "clear", "--encoder", "none", *cache])
    assert r.exit_code == 0
    info = EmbeddingStore(tmp_path / "cache").info()
    assert info["rule_findings"] == 0 and info["morphemes"] > 0
    r = runner.invoke(app, ["cache", "clear", *cache])
    assert r.exit_code == 0
    r = runner.invoke(app, ["cache", "info", *cache])
    assert "rule findings (per document and rule): 0" in r.output and "Korean morpheme analyses: 0" in r.output


def test_packs_key_is_the_packs_content_not_their_location(tmp_path):
    a = _pack(tmp_path, "extra.yaml", TERM_PACK)
    (tmp_path / "elsewhere").mkdir()
    b = _pack(tmp_path / "elsewhere", "extra.yaml", TERM_PACK)
    c = _pack(tmp_path, "edited.yaml", TERM_PACK.replace("rechargeable battery]", "rechargeable cell]"))
    key = lambda *paths, m="kiwi-1": rulecache.packs_key(rules.load_ruleset(list(paths)).packs, m)  # noqa: E731
    assert key(a) == key(b)  # the review's promoted rules are written to a new temporary folder each run
    assert key(a) != key(c) and key() != key(a) and key(a) != key(a, m="kiwi-2")


@pytest.mark.slow
def test_dask_threads_share_the_rule_cache(tmp_path):
    """Dask workers run audits in threads of one process: the stored findings and morphemes are used the same way."""
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    corpus = _corpus(tmp_path)
    pack = AuditConfig(encoder="none", rules=(_pack(tmp_path, "term.yaml", TERM_PACK),))  # a Korean term: morphemes needed
    audit_to_folder([corpus], tmp_path / "plain", FAST, ScaleOptions(cache=False), formats=FORMATS)
    audit_to_folder([corpus], tmp_path / "plain-pack", pack, ScaleOptions(cache=False), formats=FORMATS)
    cluster = LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None, silence_logs=40)
    try:
        scale = ScaleOptions(executor="dask", scheduler=cluster.scheduler_address, cache_dir=str(tmp_path / "cache"))
        MORPHEMES.clear()
        first = audit_to_folder([corpus], tmp_path / "first", FAST, scale, formats=FORMATS)
        MORPHEMES.clear()
        again = audit_to_folder([corpus], tmp_path / "again", pack, scale, formats=FORMATS)
    finally:
        cluster.close(timeout=30)
    assert first.documents == 15 and first.stats.counts.get("code_rule_hits", 0) == 0
    assert again.stats.counts["result_hits"] == 3 and again.stats.counts["code_rule_hits"] == 12 * len(ALL_CODE_RULES)
    assert again.stats.counts["morphemes_preloaded"] > 0
    assert _same(tmp_path / "plain", tmp_path / "first")
    assert _same(tmp_path / "plain-pack", tmp_path / "again")
