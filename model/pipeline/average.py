"""Averages the weights of several checkpoints (.npz from the Java trainer) into one .npz.

Averaging the last epochs of one run lowers the epoch-to-epoch variance of the dev figures.
Usage: python3 average.py OUT.npz IN1.npz IN2.npz ...
"""
import sys

import numpy as np


def main():
    out, inputs = sys.argv[1], sys.argv[2:]
    if not inputs:
        raise SystemExit("usage: average.py OUT.npz IN.npz...")
    files = [np.load(f) for f in inputs]
    names = files[0].files
    avg = {k: sum(f[k].astype(np.float64) for f in files) / len(files) for k in names}
    np.savez(out, **{k: v.astype(np.float32) for k, v in avg.items()})
    print(f"averaged {len(inputs)} checkpoints into {out}")


if __name__ == "__main__":
    main()
