"""Exports a Toneline model artifact (TorchScript, bfloat16 weights) to ONNX in float32, with the same
inputs and output, so that the benchmark can run ONNX Runtime on exactly the same weights.

Usage: python3 export_onnx.py MODEL_DIR OUT.onnx
"""
import sys

import torch

from tone_module import ToneModel


def main():
    model_dir, out = sys.argv[1], sys.argv[2]
    scripted = torch.jit.load(f"{model_dir}/model.pt")
    state = {k: v.float() for k, v in scripted.state_dict().items()}
    layers = 1 + max(int(k.split(".")[2]) for k in state if k.startswith("encoder.layers."))
    model = ToneModel(layers=layers, max_pos=state["encoder.position_embeddings.weight"].shape[0])
    model.load_state_dict(state)
    model.eval()
    b, t, k = 2, 12, 2
    ids = torch.randint(1000, 2000, (b, t))
    mask = torch.ones(b, t, dtype=torch.long)
    targets = torch.zeros(b, k, t)
    targets[:, 0, 2:4] = 1
    targets[:, 1, 6:7] = 1
    with torch.no_grad():
        torch.onnx.export(model, (ids, mask, targets), out, opset_version=14,
                          input_names=["input_ids", "attention_mask", "target_mask"], output_names=["logits"],
                          dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                        "attention_mask": {0: "batch", 1: "tokens"},
                                        "target_mask": {0: "batch", 1: "targets", 2: "tokens"},
                                        "logits": {0: "batch", 1: "targets"}})
    print(f"wrote {out} ({layers} layers, float32)")


if __name__ == "__main__":
    main()
