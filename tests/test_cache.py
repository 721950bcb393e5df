"""Persistent embedding cache: location, hits and misses, concurrent writers, `mtaudit cache info/clear`."""

import hashlib
import multiprocessing

import numpy as np
import pytest
from typer.testing import CliRunner

from mtaudit.cache import EmbeddingStore, PersistentEncoder, RunCache, cache_dir
from mtaudit.cli import app

KO = ["산업통상자원부는 18일 이차전지 분야 협력 방안을 논의했다.", "소재·부품·장비 특화단지로 지정됐다.", "충북도는 23일 밝혔다."]
EN = ["The ministry discussed cooperation in secondary batteries on the 18th.", "It was designated a materials, parts and equipment complex."]


class CountingEncoder:
    """A deterministic stand-in model: a vector from the text's hash, and a count of what it was asked."""

    def __init__(self, id="fake-1", dim=8):
        self.id = id
        self.dim = dim
        self.seen: list[str] = []

    def encode(self, texts):
        self.seen.extend(texts)
        rows = [np.frombuffer(hashlib.sha256(t.encode()).digest()[: self.dim * 4], dtype=np.uint32).astype(np.float32) for t in texts]
        return np.array(rows, dtype=np.float32).reshape(len(texts), self.dim)


def test_cache_dir_precedence(monkeypatch, tmp_path):
    monkeypatch.delenv("MTAUDIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "mtaudit"
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "env"))
    assert cache_dir() == tmp_path / "env"
    assert cache_dir(tmp_path / "cli") == tmp_path / "cli"
    monkeypatch.delenv("MTAUDIT_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "mtaudit"


def test_second_run_reads_vectors_from_disk(tmp_path):
    model = CountingEncoder()
    enc = PersistentEncoder(model, EmbeddingStore(tmp_path))
    first = enc.encode(KO + EN + KO[:1])
    assert model.seen == KO + EN  # a repeated sentence is encoded once
    # a new process would open the file afresh: a new store and a new model
    model2 = CountingEncoder()
    enc2 = PersistentEncoder(model2, EmbeddingStore(tmp_path))
    again = enc2.encode(EN + KO + ["새 문장입니다."])
    assert model2.seen == ["새 문장입니다."]
    np.testing.assert_array_equal(again[: len(EN)], first[len(KO) : len(KO) + len(EN)])
    assert enc2.hits == len(EN) + len(KO) and enc2.misses == 1


def test_entries_are_per_encoder(tmp_path):
    store = EmbeddingStore(tmp_path)
    PersistentEncoder(CountingEncoder("a"), store).encode(KO)
    other = CountingEncoder("b", dim=4)
    vecs = PersistentEncoder(other, store).encode(KO)
    assert other.seen == KO and vecs.shape == (3, 4)
    assert store.info()["encoders"] == {"a": 3, "b": 3}
    assert store.clear("a") == 3
    assert store.info()["encoders"] == {"b": 3}


def _writer(folder: str, n: int, offset: int) -> int:
    enc = PersistentEncoder(CountingEncoder(), EmbeddingStore(folder))
    texts = [f"문장 {i}: sentence {i}" for i in range(n)]
    texts = texts[offset:] + texts[:offset]  # the workers overlap on every sentence
    for i in range(0, n, 25):
        enc.encode(texts[i : i + 25])
    return enc.misses


def test_concurrent_workers_share_one_store(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(3) as pool:
        pool.starmap(_writer, [(str(tmp_path), 300, k * 100) for k in range(3)])
    store = EmbeddingStore(tmp_path)
    assert store.info()["entries"] == 300
    ref = CountingEncoder()
    got = PersistentEncoder(ref, store).encode([f"문장 {i}: sentence {i}" for i in range(300)])
    assert ref.seen == []  # all found on disk
    np.testing.assert_array_equal(got, CountingEncoder().encode([f"문장 {i}: sentence {i}" for i in range(300)]))


def _open_at(folder: str, start_at: float) -> int:
    import time

    time.sleep(max(0.0, start_at - time.time()))
    store = EmbeddingStore(folder)
    store.put_many("race", [(folder.encode() + bytes([len(folder) % 250]), np.ones(4, dtype=np.float32))])
    return store.info()["entries"]


def test_workers_opening_a_new_cache_at_once_all_get_it(tmp_path):
    # the pool's workers start together and each opens the (not yet existing) cache file;
    # switching a new file to WAL takes an exclusive lock SQLite does not wait for
    import time

    ctx = multiprocessing.get_context("spawn")
    folders = [str(tmp_path / f"c{i}") for i in range(8)]
    with ctx.Pool(4) as pool:
        pool.map(time.sleep, [0] * 4, chunksize=1)  # workers spawned and imported before the clock starts
        start = time.time() + 0.5
        # round r: all four workers open folder r at the same instant
        counts = pool.starmap(_open_at, [(f, start + 0.15 * r) for r, f in enumerate(folders) for _ in range(4)], chunksize=1)
    assert all(c >= 1 for c in counts)
    for f in folders:
        assert EmbeddingStore(f).info()["entries"] == 1
        assert EmbeddingStore(f).conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_run_cache_is_bounded():
    model = CountingEncoder()
    enc = RunCache(model, max_entries=3)
    enc.encode(KO + EN)
    assert len(enc._cache) == 3
    enc.encode([EN[-1]])  # still held: most recently used
    assert model.seen.count(EN[-1]) == 1
    enc.encode([KO[0]])  # evicted: encoded again
    assert model.seen.count(KO[0]) == 2


def test_cli_info_and_clear(tmp_path):
    PersistentEncoder(CountingEncoder("usem3-test"), EmbeddingStore(tmp_path)).encode(KO)
    runner = CliRunner()
    r = runner.invoke(app, ["cache", "info", "--cache-dir", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert "entries: 3" in r.output and "usem3-test: 3" in r.output and str(tmp_path) in r.output
    r = runner.invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path)])
    assert r.exit_code == 0 and "removed 3 entries" in r.output
    r = runner.invoke(app, ["cache", "info", "--cache-dir", str(tmp_path)])
    assert "entries: 0" in r.output


def test_cli_info_on_missing_cache_creates_nothing(tmp_path):
    where = tmp_path / "nothing-here"
    r = CliRunner().invoke(app, ["cache", "info", "--cache-dir", str(where)])
    assert r.exit_code == 0 and "not created yet" in r.output
    assert not where.exists()


def test_corrupt_cache_file_is_a_one_line_error(tmp_path):
    (tmp_path / "embeddings.sqlite3").write_bytes(b"this is not a database" * 100)
    from mtaudit.errors import ConfigError

    with pytest.raises(ConfigError, match="cannot use the embedding cache"):
        EmbeddingStore(tmp_path).get_many("x", [b"k"])
