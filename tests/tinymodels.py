"""Tiny, randomly initialised transformers models built inside the tests (no download).

`build_tiny_bert(folder)` trains a sentencepiece unigram vocabulary (~300
pieces) on the seed articles' Korean and English lines, wraps it as a fast
tokenizer, and saves a 2-layer, 32-wide BERT with fixed random weights next to
it: enough to exercise loading, pooling, batching and order, in about a second
once transformers is imported. Its similarities mean nothing.
"""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "pairs"


def _corpus() -> list[str]:
    lines: list[str] = []
    for name in ("001_b58148236b9982db.txt", "003_d62fabc13291d6bc.txt"):
        lines += [l.strip() for l in (SEEDS / name).read_text(encoding="utf-8").splitlines() if l.strip()]
    return lines


def build_tiny_bert(folder: Path, pooling_config: str | None = None) -> Path:
    import sentencepiece as spm
    import torch
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / "corpus.txt"
    corpus.write_text("\n".join(_corpus()), encoding="utf-8")
    prefix = folder / "sp"
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(prefix), vocab_size=300, model_type="unigram",
        character_coverage=0.98, pad_id=0, unk_id=1, bos_id=2, eos_id=3, minloglevel=2,
    )
    sp = spm.SentencePieceProcessor(model_file=str(prefix) + ".model")
    vocab = [(sp.id_to_piece(i), sp.get_score(i)) for i in range(sp.get_piece_size())]
    tk = Tokenizer(models.Unigram(vocab, unk_id=1, byte_fallback=False))
    tk.normalizer = normalizers.NFKC()
    tk.pre_tokenizer = pre_tokenizers.Metaspace()
    tk.decoder = decoders.Metaspace()
    tk.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> $B </s>", special_tokens=[("<s>", 2), ("</s>", 3)]
    )
    model_dir = folder / "model"
    tok = PreTrainedTokenizerFast(
        tokenizer_object=tk, unk_token="<unk>", pad_token="<pad>", bos_token="<s>", eos_token="</s>", cls_token="<s>", sep_token="</s>"
    )
    tok.save_pretrained(str(model_dir))
    cfg = BertConfig(
        vocab_size=sp.get_piece_size(), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=256, pad_token_id=0,
    )
    torch.manual_seed(0)
    BertModel(cfg).save_pretrained(str(model_dir))
    if pooling_config:
        (model_dir / "1_Pooling").mkdir(exist_ok=True)
        key = "pooling_mode_cls_token" if pooling_config == "cls" else "pooling_mode_mean_tokens"
        (model_dir / "1_Pooling" / "config.json").write_text(f'{{"{key}": true}}', encoding="utf-8")
    return model_dir
