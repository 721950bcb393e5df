"""`--encoder hf:NAME_OR_PATH`: any transformers sentence encoder, loaded locally, never downloaded.

    hf:/models/LaBSE            CLS pooling (LaBSE-style: the name or the folder says so)
    hf:/models/multilingual-e5  mean pooling (the default)
    hf:/models/x#cls, hf:/models/x#mean   force the pooling

Pooling comes from, in order: the `#cls`/`#mean` suffix; a sentence-transformers
`1_Pooling/config.json` in the folder; "labse" in the name (CLS); else mean
pooling over the attention mask. Sentences are sorted by length and batched so
padding stays small; the original order is restored, and every row is
L2-normalised. Texts are not prefixed ("query: " for e5): pass a model that
does not need one, or accept slightly lower similarities.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Sequence

import numpy as np

from .errors import ModelNotAvailable

POOLINGS = ("mean", "cls")


def _not_available(name: str, why: str = "") -> ModelNotAvailable:
    extra = f" ({why})" if why else ""
    return ModelNotAvailable(
        f"model {name!r} is not available locally{extra}: put it in a folder (save_pretrained layout) "
        f"and pass hf:/path/to/folder; mtaudit never downloads models"
    )


def _pooling_from_folder(folder: Path) -> str | None:
    cfg = folder / "1_Pooling" / "config.json"
    if not cfg.is_file():
        return None
    try:
        data = json.loads(cfg.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("pooling_mode_cls_token"):
        return "cls"
    if data.get("pooling_mode_mean_tokens"):
        return "mean"
    return None


class HFEncoder:
    """A transformers encoder behind the `Encoder` protocol (`encode(texts) -> (n, dim)` unit rows)."""

    def __init__(self, name_or_path: str, batch_size: int = 32, max_length: int = 256):
        spec = name_or_path.strip()
        pooling = None
        if "#" in spec:
            spec, _, pooling = spec.rpartition("#")
            pooling = pooling.strip().lower()
            if pooling not in POOLINGS:
                from .errors import ConfigError

                raise ConfigError(f"hf:{name_or_path}: unknown pooling '#{pooling}' (use #mean or #cls)")
        if not spec:
            raise _not_available(name_or_path, "no name or path given")
        try:
            import torch
            import transformers
        except ImportError as exc:
            raise ModelNotAvailable(f"transformers/torch are not installed ({exc.name}): pip install 'mtaudit[hf]'") from None
        folder = Path(spec).expanduser()
        source = str(folder) if folder.is_dir() else spec
        if not folder.is_dir() and (spec.startswith((".", "/", "~")) or "\\" in spec):
            raise _not_available(spec, "no such folder")
        try:
            self._tok = transformers.AutoTokenizer.from_pretrained(source, local_files_only=True)
            self._model = transformers.AutoModel.from_pretrained(source, local_files_only=True)
        except (OSError, ValueError, KeyError, ImportError) as exc:
            raise _not_available(spec, exc.__class__.__name__) from None
        self._model.eval()
        self._torch = torch
        if pooling is None:
            pooling = _pooling_from_folder(folder) if folder.is_dir() else None
        if pooling is None:
            pooling = "cls" if "labse" in spec.lower() else "mean"
        self.pooling = pooling
        self.batch_size = batch_size
        self.max_length = max_length
        self.dim = int(self._model.config.hidden_size)
        digest = ""
        cfg = folder / "config.json"
        if cfg.is_file():
            digest = "@" + hashlib.sha256(cfg.read_bytes()).hexdigest()[:8]
        self.id = f"hf:{folder.name if folder.is_dir() else spec}{digest}#{pooling}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        # length-sorted batches keep padding small; `order` puts every row back where it came from
        lengths = [len(self._tok(t, truncation=True, max_length=self.max_length)["input_ids"]) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: (lengths[i], i))
        torch = self._torch
        with torch.no_grad():
            for start in range(0, len(order), self.batch_size):
                idx = order[start : start + self.batch_size]
                batch = self._tok([texts[i] for i in idx], padding=True, truncation=True, max_length=self.max_length, return_tensors="pt")
                hidden = self._model(**batch).last_hidden_state
                if self.pooling == "cls":
                    vecs = hidden[:, 0]
                else:
                    mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                    vecs = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)
                out[idx] = vecs.float().cpu().numpy()
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return (out / norms).astype(np.float32)
