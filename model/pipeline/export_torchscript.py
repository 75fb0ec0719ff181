"""Writes the Toneline tone model as TorchScript.

  base:    weights from a BERT-style ONNX file (encoder: MiniLM-L6, bge-small or e5-small, the
           number of layers read from the file) + two freshly initialised heads, fp32, for
           fine-tuning through DJL.
  trained: weights from an .npz written by the Java trainer, cast to --dtype (bfloat16 by
           default: half the size, and AMX makes it faster on this CPU).

Usage:
  python3 export_torchscript.py base    --onnx all-minilm-l6-v2.onnx --seed 13 --out base.pt
  python3 export_torchscript.py trained --weights trained.npz --dtype bfloat16 --out model.pt
"""
import argparse

import numpy as np
import torch

from tone_module import ToneModel

ONNX_LINEARS = {
    "attention/self/query": "query",
    "attention/self/key": "key",
    "attention/self/value": "value",
    "attention/output/dense": "attn_out",
    "intermediate/dense": "ffn_in",
    "output/dense": "ffn_out",
}
ONNX_NAMED = {
    "attention.self.query.bias": "query.bias",
    "attention.self.key.bias": "key.bias",
    "attention.self.value.bias": "value.bias",
    "attention.output.dense.bias": "attn_out.bias",
    "attention.output.LayerNorm.weight": "attn_norm.weight",
    "attention.output.LayerNorm.bias": "attn_norm.bias",
    "intermediate.dense.bias": "ffn_in.bias",
    "output.dense.bias": "ffn_out.bias",
    "output.LayerNorm.weight": "out_norm.weight",
    "output.LayerNorm.bias": "out_norm.bias",
}


def onnx_state(path):
    import onnx
    from onnx import numpy_helper
    graph = onnx.load(path).graph
    inits = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    state = {
        "encoder.word_embeddings.weight": inits["embeddings.word_embeddings.weight"],
        "encoder.position_embeddings.weight": inits["embeddings.position_embeddings.weight"],
        "encoder.token_type_embeddings.weight": inits["embeddings.token_type_embeddings.weight"],
        "encoder.emb_norm.weight": inits["embeddings.LayerNorm.weight"],
        "encoder.emb_norm.bias": inits["embeddings.LayerNorm.bias"],
    }
    for name, arr in inits.items():
        if name.startswith("encoder.layer."):
            _, _, idx, rest = name.split(".", 3)
            state[f"encoder.layers.{idx}.{ONNX_NAMED[rest]}"] = arr
    # the 36 unnamed weight matrices: identify them by the MatMul node that reads them
    for node in graph.node:
        if node.op_type != "MatMul":
            continue
        weights = [i for i in node.input if i in inits]
        if not weights or not node.name.startswith("/encoder/layer."):
            continue
        layer = node.name.split("/")[2].split(".")[1]
        part = "/".join(node.name.split("/")[3:-1])
        # ONNX stores [in, out]; torch.nn.Linear wants [out, in]
        state[f"encoder.layers.{layer}.{ONNX_LINEARS[part]}.weight"] = inits[weights[0]].T.copy()
    return state


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["base", "trained"])
    ap.add_argument("--onnx")
    ap.add_argument("--weights")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dtype", default="float32", choices=["float32", "bfloat16"])
    ap.add_argument("--max-positions", type=int, default=0,
                    help="keep only this many position embeddings (the window size): windows never use more")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    torch.manual_seed(args.seed)
    if args.mode == "base":
        loaded = onnx_state(args.onnx)
    else:
        npz = np.load(args.weights)
        loaded = {k: npz[k] for k in npz.files}
    layers = 1 + max(int(k.split(".")[2]) for k in loaded if k.startswith("encoder.layers."))
    positions = "encoder.position_embeddings.weight"
    if args.max_positions:
        loaded[positions] = loaded[positions][:args.max_positions]
    model = ToneModel(layers=layers, max_pos=loaded[positions].shape[0])
    own = model.state_dict()
    missing = [k for k in own if k.startswith("encoder.") and k not in loaded] if args.mode == "base" \
        else [k for k in own if k not in loaded]
    if missing:
        raise SystemExit(f"weights missing for: {missing[:5]}")
    for k, arr in loaded.items():
        if k not in own:
            raise SystemExit(f"unexpected weight {k}")
        if tuple(own[k].shape) != tuple(arr.shape):
            raise SystemExit(f"shape mismatch for {k}: {own[k].shape} vs {arr.shape}")
        own[k] = torch.from_numpy(np.ascontiguousarray(arr)).float()
    model.load_state_dict(own)
    if args.dtype == "bfloat16":
        model = model.to(torch.bfloat16)
        model.eval()
    else:
        model.train()
    scripted = torch.jit.script(model)
    scripted.save(args.out)
    print(f"wrote {args.out} ({args.mode}, {args.dtype}, {layers} layers, "
          f"{sum(p.numel() for p in model.parameters())} parameters)")


if __name__ == "__main__":
    main()
