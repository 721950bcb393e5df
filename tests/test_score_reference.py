"""Reference-based metrics: mtaudit's figures are exactly sacrebleu's command line on the same lines."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mtaudit.pipeline import AuditConfig
from mtaudit.score import document_meta, score_document
from mtaudit.score.reference import align_reference, reference_lines

from score_support import make_doc, seed_001_body

SACREBLEU = Path(sys.executable).with_name("sacrebleu")
CFG = AuditConfig(encoder="none")

# A reviewer's post-edit of seed 001 (seed-review.md): the fixes a human reference would carry.
POST_EDITS = [
    ("as a future food source", "as a future growth engine"),
    ("a new future food industry", "a new growth industry"),
    ("between industry and academia", "among industry, academia, research institutes and government"),
    ("government-funded researchers", "government-funded research institutes"),
    ("super-gap technological competitiveness", "an unrivalled technological edge"),
    ("national defense). .", "national defense)."),
    ("Daejeon City plans to closely support", "Daejeon City will closely support"),
]


def post_edit(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        for old, new in POST_EDITS:
            line = line.replace(old, new)
        out.append(line)
    return out


@pytest.fixture(scope="module")
def scored():
    ko, en = seed_001_body()
    ref = post_edit(en)
    assert sum(a != b for a, b in zip(en, ref)) >= 5
    doc, pairs = make_doc(ko, en, ref)
    pairs_out, doc_scores = score_document(doc, pairs, [], None, CFG)
    return doc, pairs_out, doc_scores


def _cli(args: list[str], cwd: Path) -> str:
    if not SACREBLEU.exists():
        pytest.skip("sacrebleu console script not installed next to this python")
    return subprocess.run([str(SACREBLEU), *args], cwd=cwd, capture_output=True, text=True, check=True).stdout


def _write(tmp_path: Path, doc, pairs) -> tuple[list[str], list[str]]:
    from mtaudit.score import pair_views

    hyps, refs = reference_lines(pair_views(doc, pairs, []))
    (tmp_path / "hyp.txt").write_text("\n".join(hyps) + "\n", encoding="utf-8")
    (tmp_path / "ref.txt").write_text("\n".join(refs) + "\n", encoding="utf-8")
    return hyps, refs


def test_corpus_bleu_chrf_ter_equal_the_command_line(scored, tmp_path):
    doc, pairs, doc_scores = scored
    hyps, refs = _write(tmp_path, doc, pairs)
    assert len(hyps) == 9
    out = json.loads(_cli(["ref.txt", "-i", "hyp.txt", "-m", "bleu", "chrf", "ter", "-w", "6"], tmp_path))
    cli = {d["name"]: d for d in out}
    assert round(doc_scores["bleu"], 6) == cli["BLEU"]["score"]
    assert round(doc_scores["chrf"], 6) == cli["chrF2"]["score"]
    assert round(doc_scores["ter"], 6) == cli["TER"]["score"]
    assert 20 < doc_scores["bleu"] < 100 and doc_scores["ter"] > 0  # a real, imperfect post-edit distance
    meta = document_meta(doc, CFG)
    assert meta["sacrebleu.bleu"] == cli["BLEU"]["signature"]
    assert meta["sacrebleu.chrf"] == cli["chrF2"]["signature"]
    assert meta["sacrebleu.ter"] == cli["TER"]["signature"]


@pytest.mark.parametrize("metric,key", [("bleu", "bleu"), ("chrf", "chrf"), ("ter", "ter")])
def test_sentence_scores_equal_the_command_line(scored, tmp_path, metric, key):
    doc, pairs, _ = scored
    _write(tmp_path, doc, pairs)
    lines = _cli(["ref.txt", "-i", "hyp.txt", "-m", metric, "-sl", "-w", "6"], tmp_path).strip().splitlines()
    cli = [float(re.search(r"= (-?[\d.]+)", line).group(1)) for line in lines]
    ours = [round(p.scores[key], 6) for p in pairs]
    assert ours == cli
    # the unedited pairs score perfectly, the edited ones do not
    edited = [i for i, (a, b) in enumerate(zip(seed_001_body()[1], post_edit(seed_001_body()[1]))) if a != b]
    perfect = 0.0 if key == "ter" else 100.0
    assert all((ours[i] == perfect) == (i not in edited) for i in range(len(ours)))


def test_meta_carries_sentence_bleu_signature_with_effective_order(scored):
    doc, _, _ = scored
    meta = document_meta(doc, CFG)
    assert "eff:yes" in meta["sacrebleu.sentence_bleu"] and "eff:no" in meta["sacrebleu.bleu"]
    assert document_meta(make_doc(["가"], ["a"])[0], CFG) == {}


def test_no_reference_no_reference_scores():
    ko, en = seed_001_body()
    doc, pairs = make_doc(ko, en)
    out, doc_scores = score_document(doc, pairs, [], None, CFG)
    assert not any(k in doc_scores for k in ("bleu", "chrf", "ter"))
    assert not any("bleu" in p.scores for p in out)


def test_reference_segmented_differently_is_aligned_by_content():
    ko, en = seed_001_body()
    ref = post_edit(en)
    # the reference joins paragraphs 2+3 into one line and splits paragraph 6 in two
    first, second = ref[6].split(", and to foster ")
    ref_lines = ref[:2] + [ref[2] + " " + ref[3]] + ref[4:6] + [first + ".", "It will also foster " + second] + ref[7:]
    doc, pairs = make_doc(ko, en, ref_lines, input_format="pair-files")  # NAME.ref.txt: no positional pairing
    links = align_reference(doc, pairs)
    assert links[0] == (0,) and links[1] == (1,)
    assert links[2] == (2,) and links[3] == (2,)  # two pairs share the joined reference line
    assert links[6] == (5, 6)  # one pair, the split reference
    assert links[8] == (8,)
    out, doc_scores = score_document(doc, pairs, [], None, CFG)
    assert out[6].ref == (5, 6) and out[1].scores["bleu"] == pytest.approx(100.0) and out[0].scores["bleu"] < 100.0
