"""Toneline tone model: a BERT-style encoder with two target-aware heads, written for TorchScript.

One encoder pass scores every target mention of a text. Inputs:
  input_ids      [B, T] int64   WordPiece ids, [CLS] ... [SEP], 0-padded
  attention_mask [B, T] int64   1 for real tokens
  target_mask    [B, K, T] float 1 where token t belongs to target k (rows of padding targets are all 0)
Output:
  logits [B, K, 8] float32: columns 0-2 the sentiment head (negative, neutral, positive), columns 3-7
  the relations head (hostile, critical, neutral, cooperative, conciliatory). metadata.json names them.

Target awareness, all inside the one pass:
  * mention tokens of every target get token type 1 (a marker that costs no extra pass);
  * each head pools the target's own token states (mean over its mention);
  * each head lets the target attend over the text with its own query and a learned bias per
    relative-distance bucket (local context weighting around the mention).
  Everything after the encoder costs O(K x T x H), small next to the encoder's O(T x H^2).

Precision is chosen after loading, by the service: the artifact stores bfloat16 weights (half the
size of float32), and `set_precision("float32" | "int8" | "bfloat16")` converts them in place once.
int8 is dynamic quantization of the encoder's linear layers (per-channel int8 weights, activations
quantized per batch; libtorch runs it with FBGEMM); embeddings, layer norms and both heads stay in
float32, because quantizing the heads cost macro-F1 on dev.
"""
import math
from typing import List

import torch
import torch.nn.functional as F
from torch import Tensor, nn


def _dtype(precision: str) -> torch.dtype:
    return torch.bfloat16 if precision == "bfloat16" else torch.float32


class Dense(nn.Module):
    """nn.Linear with the same state-dict names, convertible to float32, bfloat16 or dynamic int8."""

    def __init__(self, n_in: int, n_out: int):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(n_out, n_in))
        self.bias = nn.Parameter(torch.zeros(n_out))
        nn.init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        self.int8 = False
        # a placeholder of the packed type (TorchScript attributes keep their type); replaced by set_precision
        self.packed = torch.ops.quantized.linear_prepack(
            torch.quantize_per_tensor(torch.zeros(1, 1), 1.0, 0, torch.qint8), None)

    def forward(self, x: Tensor) -> Tensor:
        if self.int8:
            return torch.ops.quantized.linear_dynamic(x.float(), self.packed, False)
        return F.linear(x, self.weight, self.bias)

    @torch.jit.export
    def set_precision(self, precision: str, quantize: bool):
        if self.int8:
            return
        if quantize and precision == "int8":
            w = self.weight.detach().float()
            scale = (w.abs().amax(dim=1) / 127.0).clamp(min=1e-8).double()
            zero = torch.zeros(w.shape[0], dtype=torch.long)
            q = torch.quantize_per_channel(w, scale, zero, 0, torch.qint8)
            self.packed = torch.ops.quantized.linear_prepack(q, self.bias.detach().float())
            self.int8 = True
            self.weight = torch.empty(0)
        else:
            dt = _dtype(precision)
            self.weight = self.weight.detach().to(dt)
            self.bias = self.bias.detach().to(dt)


class Norm(nn.Module):
    """nn.LayerNorm with the same state-dict names, convertible like Dense."""

    def __init__(self, hidden: int, eps: float):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(hidden))
        self.bias = nn.Parameter(torch.zeros(hidden))
        self.eps = eps
        self.hidden = hidden

    def forward(self, x: Tensor) -> Tensor:
        return F.layer_norm(x, [self.hidden], self.weight, self.bias, self.eps)

    @torch.jit.export
    def set_precision(self, precision: str):
        dt = _dtype(precision)
        self.weight = self.weight.detach().to(dt)
        self.bias = self.bias.detach().to(dt)


class Embedding(nn.Module):
    """nn.Embedding with the same state-dict names, convertible like Dense."""

    def __init__(self, rows: int, hidden: int):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(rows, hidden) * 0.02)

    def forward(self, ids: Tensor) -> Tensor:
        return F.embedding(ids, self.weight)

    @torch.jit.export
    def set_precision(self, precision: str):
        self.weight = self.weight.detach().to(_dtype(precision))


class Layer(nn.Module):
    def __init__(self, hidden: int, heads: int, ffn: int, eps: float, dropout: float):
        super().__init__()
        self.heads = heads
        self.head_dim = hidden // heads
        self.query = Dense(hidden, hidden)
        self.key = Dense(hidden, hidden)
        self.value = Dense(hidden, hidden)
        self.attn_out = Dense(hidden, hidden)
        self.attn_norm = Norm(hidden, eps)
        self.ffn_in = Dense(hidden, ffn)
        self.ffn_out = Dense(ffn, hidden)
        self.out_norm = Norm(hidden, eps)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x: Tensor, key_bias: Tensor) -> Tensor:
        b, t, h = x.shape
        q = self.query(x).view(b, t, self.heads, self.head_dim).transpose(1, 2)
        k = self.key(x).view(b, t, self.heads, self.head_dim).transpose(1, 2)
        v = self.value(x).view(b, t, self.heads, self.head_dim).transpose(1, 2)
        # scores and softmax in float32: bf16 softmax loses too much, and the cost is small
        scores = torch.matmul(q, k.transpose(-1, -2)).float() / math.sqrt(self.head_dim) + key_bias
        probs = self.dropout(torch.softmax(scores, dim=-1)).to(v.dtype)
        ctx = torch.matmul(probs, v).transpose(1, 2).reshape(b, t, h)
        x = self.attn_norm(x + self.dropout(self.attn_out(ctx)))
        y = self.ffn_out(F.gelu(self.ffn_in(x)))
        return self.out_norm(x + self.dropout(y))

    @torch.jit.export
    def set_precision(self, precision: str):
        for d in [self.query, self.key, self.value, self.attn_out, self.ffn_in]:
            d.set_precision(precision, True)
        # the FFN's output layer reads GELU activations with large outliers: int8 there cost most of the loss
        self.ffn_out.set_precision(precision, False)
        self.attn_norm.set_precision(precision)
        self.out_norm.set_precision(precision)


class Encoder(nn.Module):
    def __init__(self, vocab: int = 30522, hidden: int = 384, layers: int = 6, heads: int = 12,
                 ffn: int = 1536, max_pos: int = 512, eps: float = 1e-12, dropout: float = 0.1):
        super().__init__()
        self.word_embeddings = Embedding(vocab, hidden)
        self.position_embeddings = Embedding(max_pos, hidden)
        self.token_type_embeddings = Embedding(2, hidden)
        self.emb_norm = Norm(hidden, eps)
        self.dropout = nn.Dropout(dropout)
        self.layers = nn.ModuleList([Layer(hidden, heads, ffn, eps, dropout) for _ in range(layers)])

    def forward(self, input_ids: Tensor, attention_mask: Tensor, token_type_ids: Tensor) -> Tensor:
        t = input_ids.shape[1]
        pos = torch.arange(t, device=input_ids.device).unsqueeze(0)
        x = self.word_embeddings(input_ids) + self.position_embeddings(pos) \
            + self.token_type_embeddings(token_type_ids)
        x = self.dropout(self.emb_norm(x))
        key_bias = ((1.0 - attention_mask.float()) * -10000.0)[:, None, None, :]
        for layer in self.layers:
            x = layer(x, key_bias)
        return x

    @torch.jit.export
    def set_precision(self, precision: str):
        self.word_embeddings.set_precision(precision)
        self.position_embeddings.set_precision(precision)
        self.token_type_embeddings.set_precision(precision)
        self.emb_norm.set_precision(precision)
        for layer in self.layers:
            layer.set_precision(precision)


class TargetHead(nn.Module):
    def __init__(self, classes: int, hidden: int = 384, heads: int = 6, buckets: int = 16, dropout: float = 0.1):
        super().__init__()
        self.heads = heads
        self.head_dim = hidden // heads
        self.buckets = buckets
        self.query = Dense(hidden, hidden)
        self.key = Dense(hidden, hidden)
        self.value = Dense(hidden, hidden)
        self.distance_bias = Embedding(buckets, heads)
        self.dense = Dense(3 * hidden, hidden)
        self.out = Dense(hidden, classes)
        self.dropout = nn.Dropout(dropout)
        nn.init.zeros_(self.distance_bias.weight)

    def bucket(self, dist: Tensor) -> Tensor:
        # exact buckets for 0..4 tokens away, then logarithmic (x1.5) up to the last bucket
        d = dist.float()
        far = 5.0 + torch.floor(torch.log(torch.clamp(d, min=5.0) / 5.0) / math.log(1.5) + 1e-6)
        b = torch.where(d < 5.0, d, far)
        return torch.clamp(b, max=float(self.buckets - 1)).long()

    def forward(self, h: Tensor, attention_mask: Tensor, target_mask: Tensor) -> Tensor:
        bsz, t, hid = h.shape
        k_targets = target_mask.shape[1]
        m = target_mask.to(h.dtype)
        count = target_mask.sum(-1, keepdim=True).clamp(min=1.0)
        mention = (torch.matmul(m, h).float() / count).to(h.dtype)          # [B,K,H]

        pos = torch.arange(t, device=h.device).view(1, 1, t)
        inside = target_mask > 0
        start = torch.where(inside, pos, torch.full_like(pos, t)).min(-1, keepdim=True)[0]
        end = torch.where(inside, pos, torch.full_like(pos, -1)).max(-1, keepdim=True)[0]
        dist = torch.clamp(start - pos, min=0) + torch.clamp(pos - end, min=0)   # [B,K,T]
        bias = self.distance_bias(self.bucket(dist)).permute(0, 3, 1, 2).float()  # [B,n,K,T]
        pad = ((1.0 - attention_mask.float()) * -10000.0)[:, None, None, :]

        q = self.query(mention).view(bsz, k_targets, self.heads, self.head_dim).transpose(1, 2)
        k = self.key(h).view(bsz, t, self.heads, self.head_dim).transpose(1, 2)
        v = self.value(h).view(bsz, t, self.heads, self.head_dim).transpose(1, 2)
        scores = torch.matmul(q, k.transpose(-1, -2)).float() / math.sqrt(self.head_dim) + bias + pad
        probs = self.dropout(torch.softmax(scores, dim=-1)).to(v.dtype)
        ctx = torch.matmul(probs, v).transpose(1, 2).reshape(bsz, k_targets, hid)   # [B,K,H]

        feats = torch.cat([mention, ctx, mention * ctx], dim=-1)
        z = self.dropout(F.gelu(self.dense(self.dropout(feats))))
        return self.out(z).float()

    @torch.jit.export
    def set_precision(self, precision: str):
        # the head is never quantized: int8 here cost macro-F1 and saves almost no time
        for d in [self.query, self.key, self.value, self.dense, self.out]:
            d.set_precision(precision, False)
        self.distance_bias.set_precision(precision)


class ToneModel(nn.Module):
    def __init__(self, dropout: float = 0.1, layers: int = 6, max_pos: int = 512):
        super().__init__()
        self.encoder = Encoder(dropout=dropout, layers=layers, max_pos=max_pos)
        self.head = TargetHead(3, dropout=dropout)       # sentiment (NewsMTSC)
        self.rel_head = TargetHead(5, dropout=dropout)   # relations (hostile .. conciliatory)
        self.precision = "float32"

    def forward(self, input_ids: Tensor, attention_mask: Tensor, target_mask: Tensor) -> Tensor:
        # the marker: tokens of any target get token type 1
        token_types = (target_mask.sum(1) > 0).long() * attention_mask
        h = self.encoder(input_ids, attention_mask, token_types)
        if self.precision == "int8":
            h = h.float()
        return torch.cat([self.head(h, attention_mask, target_mask),
                          self.rel_head(h, attention_mask, target_mask)], dim=-1)

    @torch.jit.export
    def set_precision(self, precision: str) -> str:
        """Converts the weights once, after loading: float32, bfloat16, or int8 (dynamic)."""
        if precision not in ["float32", "bfloat16", "int8"]:
            raise RuntimeError("unknown precision " + precision)
        self.encoder.set_precision(precision)
        head_precision = "bfloat16" if precision == "bfloat16" else "float32"
        self.head.set_precision(head_precision)
        self.rel_head.set_precision(head_precision)
        self.precision = precision
        return precision
