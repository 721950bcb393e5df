"""Optional transformers models for scoring, loaded lazily and never downloaded.

- QE (`--qe hf:PATH`): a cross-encoder over (Korean source, English
  translation), AutoModelForSequenceClassification: one output label is a
  regression score (COMET-Kiwi style, roughly 0..1), two labels are
  (bad, good) logits -> probability of "good".
- Pivot (`--pivot hf:PATH`): a Marian/seq2seq ko->en model
  (AutoModelForSeq2SeqLM) that translates the Korean; the scorer compares
  Google's English to it with chrF.

PATH is a local folder (save_pretrained layout) or a hub name already in the
local Hugging Face cache: loading uses `local_files_only=True`. Inputs are
run one at a time: padding makes a batched result depend on its neighbours.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .errors import ConfigError, ModelNotAvailable


def parse_spec(spec: str, option: str) -> str:
    spec = (spec or "").strip()
    if not spec.startswith("hf:") or len(spec) <= 3:
        raise ConfigError(f"{option} {spec!r}: use hf:PATH_OR_NAME (a local transformers model folder or a cached hub name)")
    return spec[3:]


def model_id(spec: str | None) -> str:
    """Short id for run signatures: folder name + hash of its config.json (no model loading)."""
    if not spec:
        return "none"
    name = spec[3:] if spec.startswith("hf:") else spec
    cfg = Path(name) / "config.json"
    if cfg.is_file():
        digest = hashlib.sha256(cfg.read_bytes()).hexdigest()[:8]
        return f"{Path(name).resolve().name}@{digest}"
    return name.replace("|", "_")


def _imports():
    try:
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError as exc:
        raise ModelNotAvailable(f"transformers/torch are not installed ({exc.name}): pip install 'mtaudit[hf]'") from None
    return torch, transformers


def _load(kind: str, option: str, spec: str, auto_model: str):
    name = parse_spec(spec, option)
    torch, transformers = _imports()
    local = Path(name).expanduser()
    if local.is_dir():
        source = str(local)
    elif _looks_like_hub(name):
        source = name  # must already be in the local Hugging Face cache
    else:
        raise ModelNotAvailable(f"{option} {spec}: no model folder at {name}")
    import warnings

    transformers.utils.logging.set_verbosity_error()  # no progress bars or advice on the user's terminal
    transformers.utils.logging.disable_progress_bar()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. Marian's "Recommended: pip install sacremoses"
            tok = transformers.AutoTokenizer.from_pretrained(source, local_files_only=True)
            model = getattr(transformers, auto_model).from_pretrained(source, local_files_only=True)
    except (OSError, ValueError, KeyError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        raise ModelNotAvailable(
            f"{option} {spec}: cannot load the {kind} model locally (mtaudit never downloads; "
            f"put a transformers model folder there or pre-fetch it into the HF cache): {first}"
        ) from None
    model.eval()
    return tok, model


def _looks_like_hub(name: str) -> bool:
    parts = name.split("/")
    return 1 <= len(parts) <= 2 and all(parts) and not name.startswith((".", "/", "~"))


class QEModel:
    """score(sources, translations) -> one float per pair: higher = better translation."""

    def __init__(self, spec: str):
        self.spec = spec
        self.id = model_id(spec)
        self.tokenizer, self.model = _load("QE", "--qe", spec, "AutoModelForSequenceClassification")
        self.num_labels = int(getattr(self.model.config, "num_labels", 1))
        if self.num_labels not in (1, 2):
            raise ModelNotAvailable(f"--qe {spec}: expected 1 (regression) or 2 (bad/good) labels, the model has {self.num_labels}")

    def score(self, sources: Sequence[str], translations: Sequence[str]) -> list[float]:
        import torch

        out = []
        with torch.no_grad():
            for src, hyp in zip(sources, translations):
                enc = self.tokenizer(src, hyp, return_tensors="pt", truncation=True, max_length=512)
                logits = self.model(**enc).logits[0]
                if self.num_labels == 1:
                    value = float(logits[0])
                else:
                    value = float(torch.softmax(logits, dim=-1)[1])
                out.append(round(value, 6))
        return out


class PivotModel:
    """translate(korean) -> English, greedy or beam search, one sentence at a time."""

    def __init__(self, spec: str, num_beams: int = 1, max_new_tokens: int = 400):
        self.spec = spec
        self.id = model_id(spec)
        self.num_beams = num_beams
        self.max_new_tokens = max_new_tokens
        self.tokenizer, self.model = _load("pivot", "--pivot", spec, "AutoModelForSeq2SeqLM")

    def translate(self, texts: Sequence[str]) -> list[str]:
        import torch

        out = []
        with torch.no_grad():
            for text in texts:
                enc = self.tokenizer(text, return_tensors="pt", truncation=True, max_length=512)
                # English needs about 1-2 tokens per Korean token; the cap stops a model that never emits EOS
                limit = min(self.max_new_tokens, 2 * int(enc["input_ids"].shape[1]) + 8)
                ids = self.model.generate(**enc, num_beams=self.num_beams, do_sample=False, max_new_tokens=limit)
                out.append(self.tokenizer.decode(ids[0], skip_special_tokens=True).strip())
        return out


@lru_cache(maxsize=4)
def load_qe(spec: str) -> QEModel:
    return QEModel(spec)


@lru_cache(maxsize=4)
def load_pivot(spec: str) -> PivotModel:
    return PivotModel(spec)
