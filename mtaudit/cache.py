"""Persistent embedding cache: a sentence is encoded once per machine (or shared folder), not once per run.

Stored in SQLite (WAL mode, so several worker processes read and write the same
file at once), keyed by encoder id + a hash of the text, vectors as float32
blobs. Re-auditing after a rule change then costs a lookup per sentence.

Where it lives, first that applies: `--cache-dir`, `$MTAUDIT_CACHE_DIR`,
`$XDG_CACHE_HOME/mtaudit`, `~/.cache/mtaudit`.

Layering used by the pipeline (outermost first):
    RunCache (bounded, per process) -> PersistentEncoder (SQLite) -> StableEncoder -> model
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections import OrderedDict
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from .encoders import CachedEncoder
from .errors import ConfigError

DB_NAME = "embeddings.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    encoder TEXT NOT NULL,
    key BLOB NOT NULL,
    dim INTEGER NOT NULL,
    vec BLOB NOT NULL,
    PRIMARY KEY (encoder, key)
) WITHOUT ROWID
"""
# per-document "prepared" entries: the read Document and its alignment, pickled (see mtaudit/prepared.py)
_PREPARED_SCHEMA = """
CREATE TABLE IF NOT EXISTS prepared (
    encoder TEXT NOT NULL,
    key BLOB NOT NULL,
    code TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (encoder, key, code)
) WITHOUT ROWID
"""
# per-document findings of each code rule and of each pack (mtaudit/rulecache.py): a rule-pack edit reruns only that pack's rules
_RULE_FINDINGS_SCHEMA = """
CREATE TABLE IF NOT EXISTS rule_findings (
    encoder TEXT NOT NULL,
    key BLOB NOT NULL,
    code TEXT NOT NULL,
    rule TEXT NOT NULL,
    options BLOB NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (encoder, key, code, rule, options)
) WITHOUT ROWID
"""
# kiwipiepy morpheme boundaries of Korean sentences (mtaudit/rules/matching.py), by text hash and kiwipiepy version
_MORPHEMES_SCHEMA = """
CREATE TABLE IF NOT EXISTS morphemes (
    version TEXT NOT NULL,
    key BLOB NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (version, key)
) WITHOUT ROWID
"""
# rendered report files of a document (mtaudit/report/stream.py): a re-run into a new folder, or after a rule
# change that leaves a document's result as it was, writes them without rendering; keyed by the document's
# content key (report code, options, formats, the document's result) and page name
_PAGES_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    key BLOB PRIMARY KEY,
    signature TEXT NOT NULL,
    html BLOB,
    json BLOB,
    idx BLOB
)
"""
_LOOKUP_CHUNK = 500  # keys per SELECT ... IN (...): well under SQLite's variable limit


def cache_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The cache folder: --cache-dir, then $MTAUDIT_CACHE_DIR, $XDG_CACHE_HOME/mtaudit, ~/.cache/mtaudit."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("MTAUDIT_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "mtaudit"


def text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


# per-document results (pipeline.Auditor._result_key -> the result's compact JSON, zlib): a document a rule change
# does not touch is not checked, scored and serialised again
_RESULTS_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    key BLOB PRIMARY KEY,
    data BLOB NOT NULL
) WITHOUT ROWID
"""


class EmbeddingStore:
    """The SQLite file. Safe to open from many processes; each process opens its own connection."""

    def __init__(self, folder: str | os.PathLike | None = None, *, create: bool = True):
        self.folder = cache_dir(folder)
        self.path = self.folder / DB_NAME
        self._conn: sqlite3.Connection | None = None
        self._create = create

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            if self._create:
                try:
                    self.folder.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise ConfigError(f"cannot create the cache folder {self.folder}: {exc.strerror or exc}") from None
            self._conn = self._open()
        return self._conn

    def _open(self) -> sqlite3.Connection:
        """Connect, switch to WAL and create the tables.

        Several worker processes may open a new cache file at the same moment. Switching the
        journal mode needs an exclusive lock, and SQLite reports SQLITE_BUSY for it without
        waiting on the busy timeout, so the set-up is retried (for up to a minute) instead of
        failing the run with "database is locked".
        """
        deadline = time.monotonic() + 60
        delay = 0.02
        while True:
            conn = None
            try:
                conn = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
                mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
                if str(mode).lower() != "wal":
                    conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute(_SCHEMA)
                conn.execute(_PREPARED_SCHEMA)
                conn.execute(_RULE_FINDINGS_SCHEMA)
                conn.execute(_MORPHEMES_SCHEMA)
                conn.execute(_PAGES_SCHEMA)
                conn.execute(_RESULTS_SCHEMA)
                return conn
            except sqlite3.OperationalError as exc:
                if conn is not None:
                    conn.close()
                busy = "locked" in str(exc) or "busy" in str(exc)
                if not busy or time.monotonic() > deadline:
                    raise ConfigError(f"cannot use the embedding cache {self.path}: {exc}") from None
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
            except sqlite3.DatabaseError as exc:
                if conn is not None:
                    conn.close()
                raise ConfigError(f"cannot use the embedding cache {self.path}: {exc}") from None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __getstate__(self):  # a connection never crosses a process boundary; the path does
        return {"folder": self.folder, "path": self.path, "_conn": None, "_create": self._create}

    def get_many(self, encoder: str, keys: Sequence[bytes]) -> dict[bytes, np.ndarray]:
        rows = self._lookup("SELECT key, dim, vec FROM embeddings WHERE encoder = ? AND key IN ({marks})", [encoder], keys)
        return {bytes(key): np.frombuffer(vec, dtype=np.float32, count=dim) for key, dim, vec in rows}

    def _lookup(self, sql: str, params: list, keys: Sequence[bytes]):
        """Rows of `sql` (its `{marks}` the placeholders of a chunk of `keys`) for every distinct key."""
        uniq = list(dict.fromkeys(keys))
        for i in range(0, len(uniq), _LOOKUP_CHUNK):
            chunk = uniq[i : i + _LOOKUP_CHUNK]
            yield from self.conn.execute(sql.format(marks=",".join("?" * len(chunk))), [*params, *chunk]).fetchall()

    def put_many(self, encoder: str, items: Iterable[tuple[bytes, np.ndarray]]) -> None:
        rows = [(encoder, k, int(v.shape[0]), np.ascontiguousarray(v, dtype=np.float32).tobytes()) for k, v in items]
        self._write([("INSERT OR IGNORE INTO embeddings (encoder, key, dim, vec) VALUES (?, ?, ?, ?)", rows)])

    def get_prepared(self, encoder: str, keys: Sequence[bytes], code: str) -> dict[bytes, bytes]:
        """Stored prepared-document blobs for these keys (made by this code version), by key."""
        rows = self._lookup("SELECT key, data FROM prepared WHERE encoder = ? AND code = ? AND key IN ({marks})", [encoder, code], keys)
        return {bytes(key): bytes(data) for key, data in rows}

    def put_prepared(self, encoder: str, code: str, items: Iterable[tuple[bytes, bytes]]) -> None:
        rows = [(encoder, k, code, v) for k, v in items]
        self._write([
            # entries of older code versions of the same documents can never be hit again: drop them
            ("DELETE FROM prepared WHERE encoder = ? AND key = ? AND code != ?", [(e, k, c) for e, k, c, _ in rows]),
            ("INSERT OR REPLACE INTO prepared (encoder, key, code, data) VALUES (?, ?, ?, ?)", rows),
        ])

    def _write(self, statements: Sequence[tuple[str, list]]) -> None:
        """Run (sql, rows) executemany statements in one write transaction; busy_timeout covers most
        contention, a retry covers the rest."""
        if not any(rows for _, rows in statements):
            return
        for attempt in range(5):
            try:
                with self.conn:
                    self.conn.execute("BEGIN IMMEDIATE")
                    for sql, rows in statements:
                        if rows:
                            self.conn.executemany(sql, rows)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == 4:
                    raise
                time.sleep(0.2 * (attempt + 1))

    def get_rule_findings(self, encoder: str, keys: Sequence[bytes], code: str) -> dict[tuple[bytes, str, bytes], bytes]:
        """Stored rule findings of these documents (made by this code version), by (key, rule id, options hash)."""
        rows = self._lookup("SELECT key, rule, options, data FROM rule_findings WHERE encoder = ? AND code = ? AND key IN ({marks})",
                            [encoder, code], keys)
        return {(bytes(key), rule, bytes(options)): bytes(data) for key, rule, options, data in rows}

    def put_rule_findings(self, encoder: str, code: str, items: Iterable[tuple[bytes, str, bytes, bytes]]) -> None:
        """Store (key, rule id, options hash, findings blob) rows; entries of older code versions of these documents are dropped."""
        rows = [(encoder, k, code, rule, opts, data) for k, rule, opts, data in items]
        stale = [(encoder, k, code) for k in dict.fromkeys(r[1] for r in rows)]
        self._write([
            ("DELETE FROM rule_findings WHERE encoder = ? AND key = ? AND code != ?", stale),
            ("INSERT OR REPLACE INTO rule_findings (encoder, key, code, rule, options, data) VALUES (?, ?, ?, ?, ?, ?)", rows),
        ])

    def get_morphemes(self, version: str, keys: Sequence[bytes]) -> dict[bytes, bytes]:
        rows = self._lookup("SELECT key, data FROM morphemes WHERE version = ? AND key IN ({marks})", [version], keys)
        return {bytes(key): bytes(data) for key, data in rows}

    def put_morphemes(self, version: str, items: Iterable[tuple[bytes, bytes]]) -> None:
        rows = [(version, k, v) for k, v in items]
        self._write([("INSERT OR IGNORE INTO morphemes (version, key, data) VALUES (?, ?, ?)", rows)])

    def get_page(self, key: bytes) -> tuple[str, bytes | None, bytes | None, bytes] | None:
        """A document's stored report files: (run signature they carry, compressed HTML, compressed JSON text,
        compressed index entry)."""
        row = self.conn.execute("SELECT signature, html, json, idx FROM pages WHERE key = ?", (key,)).fetchone()
        if row is None or row[3] is None:
            return None
        return row[0], None if row[1] is None else bytes(row[1]), None if row[2] is None else bytes(row[2]), bytes(row[3])

    def put_pages(self, items: Iterable[tuple[bytes, str, bytes | None, bytes | None, bytes]]) -> None:
        self._write([("INSERT OR REPLACE INTO pages (key, signature, html, json, idx) VALUES (?, ?, ?, ?, ?)", list(items))])

    def get_results(self, keys: Sequence[str]) -> dict[str, str]:
        """The stored results' compact JSON, by result key (hex); an entry that cannot be read back is a miss."""
        import zlib

        out = {}
        for key, data in self._lookup("SELECT key, data FROM results WHERE key IN ({marks})", [], [bytes.fromhex(k) for k in keys]):
            try:
                out[bytes(key).hex()] = zlib.decompress(data).decode("utf-8", "surrogatepass")
            except (zlib.error, UnicodeDecodeError):
                continue
        return out

    def put_results(self, items: Iterable[tuple[str, str]]) -> None:
        """Store (result key (hex), compact JSON) rows."""
        import zlib

        rows = [(bytes.fromhex(k), zlib.compress(text.encode("utf-8", "surrogatepass"), 1)) for k, text in items]
        self._write([("INSERT OR REPLACE INTO results (key, data) VALUES (?, ?)", rows)])

    def info(self) -> dict:
        """Entries per encoder, prepared documents and rule findings per encoder, morphemes, report pages, and bytes on disk (database + WAL)."""
        exists = self.path.exists()

        def per_encoder(table: str) -> dict[str, int]:
            if not exists:
                return {}
            sql = f"SELECT encoder, COUNT(*) FROM {table} GROUP BY encoder ORDER BY encoder"
            return {enc: int(n) for enc, n in self.conn.execute(sql)}

        def count(table: str) -> int:
            return int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]) if exists else 0

        encoders, prepared, rule_findings = per_encoder("embeddings"), per_encoder("prepared"), per_encoder("rule_findings")
        morphemes, pages, results = count("morphemes"), count("pages"), count("results")
        size = sum(p.stat().st_size for p in self.folder.glob(DB_NAME + "*") if p.is_file()) if exists else 0
        return {"path": str(self.path), "entries": sum(encoders.values()), "bytes": size, "encoders": encoders,
                "prepared": sum(prepared.values()), "prepared_encoders": prepared,
                "rule_findings": sum(rule_findings.values()), "rule_findings_encoders": rule_findings, "morphemes": morphemes,
                "pages": pages, "results": results}

    def clear(self, encoder: str | None = None) -> int:
        """Delete entries: sentence vectors, prepared documents and rule findings (of one encoder, or all),
        and the morphemes, report pages and stored results (kept under keys that name the encoder: cleared only when clearing all); returns how many were removed."""
        if not self.path.exists():
            return 0
        n = 0
        with self.conn:
            for table in ("embeddings", "prepared", "rule_findings"):
                if encoder is None:
                    n += self.conn.execute(f"DELETE FROM {table}").rowcount
                else:
                    n += self.conn.execute(f"DELETE FROM {table} WHERE encoder = ?", (encoder,)).rowcount
            if encoder is None:
                n += self.conn.execute("DELETE FROM morphemes").rowcount
                n += self.conn.execute("DELETE FROM pages").rowcount
                n += self.conn.execute("DELETE FROM results").rowcount
        self.conn.execute("VACUUM")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(n)


class PersistentEncoder:
    """Looks sentences up in the store first; encodes and stores only the misses."""

    def __init__(self, inner, store: EmbeddingStore):
        self.inner = inner
        self.store = store
        self.id = inner.id
        self.dim = inner.dim
        self.hits = 0
        self.misses = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        keys = [text_key(t) for t in texts]
        found = self.store.get_many(self.id, keys)
        todo: dict[bytes, str] = {}
        for k, t in zip(keys, texts):
            if k not in found and k not in todo:
                todo[k] = t
        self.hits += len(keys) - len(todo)
        self.misses += len(todo)
        if todo:
            vecs = np.asarray(self.inner.encode(list(todo.values())), dtype=np.float32)
            new = dict(zip(todo, vecs))
            self.store.put_many(self.id, new.items())
            found.update(new)
        for i, k in enumerate(keys):
            out[i] = found[k]
        return out


class RunCache(CachedEncoder):
    """The per-run cache, bounded (least recently used out) so memory stays flat over a big corpus."""

    def __init__(self, inner, max_entries: int = 20_000):
        super().__init__(inner)
        self._cache = OrderedDict()
        self.max_entries = max_entries

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        keys = [self.key(t) for t in texts]
        todo: dict[str, str] = {}
        for k, t in zip(keys, texts):
            if k in self._cache:
                self._cache.move_to_end(k)
            elif k not in todo:
                todo[k] = t
        self.hits += len(keys) - len(todo)
        self.misses += len(todo)
        fresh: dict[str, np.ndarray] = {}
        if todo:
            vecs = self.inner.encode(list(todo.values()))
            fresh = dict(zip(todo, vecs))
            self._cache.update(fresh)
        if not keys:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = np.stack([fresh[k] if k in fresh else self._cache[k] for k in keys])
        while len(self._cache) > self.max_entries:
            self._cache.popitem(last=False)
        return out


class TimedEncoder:
    """Adds the seconds spent below it to `stats[name]` (minus those already counted as `exclude`)."""

    def __init__(self, inner, stats, name: str = "encode", exclude: str | None = None):
        self.inner = inner
        self.stats = stats
        self.name = name
        self.exclude = exclude
        self.id = inner.id
        self.dim = inner.dim

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        before = self.stats.seconds.get(self.exclude, 0.0) if self.exclude else 0.0
        t0 = time.perf_counter()
        try:
            return self.inner.encode(texts)
        finally:
            spent = time.perf_counter() - t0
            if self.exclude:
                spent -= self.stats.seconds.get(self.exclude, 0.0) - before
            else:
                self.stats.count("encoded_sentences", len(texts))
                self.stats.count("encoder_calls")
            self.stats.add(self.name, spent)
