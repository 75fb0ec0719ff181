"""Starting weights of a smaller student: a shipped model's encoder with only some of its layers kept
(renumbered from 0), its embeddings and both heads unchanged, as an .npz of float32 named weights that
export_torchscript.py turns into a trainable TorchScript module. Keeping the lower layers of a
fine-tuned encoder and training on ("top-layer dropping") is the cheapest strong start for a student
(Sajjad et al., "On the Effect of Dropping Layers of Pre-trained Transformer Models", 2020)."""
import argparse

import numpy as np
import torch


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--teacher", required=True, help="the teacher's model.pt (TorchScript)")
    ap.add_argument("--layers", required=True, help="encoder layers to keep, comma separated (e.g. 0,1,2,3,4,5)")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    keep = [int(x) for x in args.layers.split(",")]
    state = torch.jit.load(args.teacher, map_location="cpu").state_dict()
    out = {}
    for name, tensor in state.items():
        arr = tensor.float().numpy()
        if name.startswith("encoder.layers."):
            parts = name.split(".")
            layer = int(parts[2])
            if layer not in keep:
                continue
            parts[2] = str(keep.index(layer))
            name = ".".join(parts)
        out[name] = arr
    np.savez(args.out, **out)
    print(f"wrote {args.out}: layers {keep} of the teacher, {sum(a.size for a in out.values())} parameters")


if __name__ == "__main__":
    main()
