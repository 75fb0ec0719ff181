"""Toneline tone model: a MiniLM (BERT) encoder with a target-aware head, written for TorchScript.

One encoder pass scores every target mention of a text. Inputs:
  input_ids      [B, T] int64   WordPiece ids, [CLS] ... [SEP], 0-padded
  attention_mask [B, T] int64   1 for real tokens
  target_mask    [B, K, T] float 1 where token t belongs to target k (rows of padding targets are all 0)
Output:
  logits [B, K, 3] float32 (negative, neutral, positive)

Target awareness, all inside the one pass (two richer variants, a target-to-target contrast block
and per-target slot markers, were tried and did not do better on dev; see MODEL_CARD.md):
  * mention tokens of every target get token type 1 (a marker that costs no extra pass);
  * each target pools its own token states (mean over its mention);
  * each target attends over the sentence with its own query and a learned bias per
    relative-distance bucket (local context weighting around the mention).
  Everything after the encoder costs O(K x T x H), small next to the encoder's O(T x H^2).
"""
import math
from typing import List

import torch
import torch.nn.functional as F
from torch import Tensor, nn


class Layer(nn.Module):
    def __init__(self, hidden: int, heads: int, ffn: int, eps: float, dropout: float):
        super().__init__()
        self.heads = heads
        self.head_dim = hidden // heads
        self.query = nn.Linear(hidden, hidden)
        self.key = nn.Linear(hidden, hidden)
        self.value = nn.Linear(hidden, hidden)
        self.attn_out = nn.Linear(hidden, hidden)
        self.attn_norm = nn.LayerNorm(hidden, eps=eps)
        self.ffn_in = nn.Linear(hidden, ffn)
        self.ffn_out = nn.Linear(ffn, hidden)
        self.out_norm = nn.LayerNorm(hidden, eps=eps)
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


class Encoder(nn.Module):
    def __init__(self, vocab: int = 30522, hidden: int = 384, layers: int = 6, heads: int = 12,
                 ffn: int = 1536, max_pos: int = 512, eps: float = 1e-12, dropout: float = 0.1):
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab, hidden)
        self.position_embeddings = nn.Embedding(max_pos, hidden)
        self.token_type_embeddings = nn.Embedding(2, hidden)
        self.emb_norm = nn.LayerNorm(hidden, eps=eps)
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


class TargetHead(nn.Module):
    def __init__(self, hidden: int = 384, heads: int = 6, buckets: int = 16, dropout: float = 0.1):
        super().__init__()
        self.heads = heads
        self.head_dim = hidden // heads
        self.buckets = buckets
        self.query = nn.Linear(hidden, hidden)
        self.key = nn.Linear(hidden, hidden)
        self.value = nn.Linear(hidden, hidden)
        self.distance_bias = nn.Embedding(buckets, heads)
        self.dense = nn.Linear(3 * hidden, hidden)
        self.out = nn.Linear(hidden, 3)
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


class ToneModel(nn.Module):
    def __init__(self, dropout: float = 0.1):
        super().__init__()
        self.encoder = Encoder(dropout=dropout)
        self.head = TargetHead(dropout=dropout)

    def forward(self, input_ids: Tensor, attention_mask: Tensor, target_mask: Tensor) -> Tensor:
        # the marker: tokens of any target get token type 1
        token_types = (target_mask.sum(1) > 0).long() * attention_mask
        h = self.encoder(input_ids, attention_mask, token_types)
        return self.head(h, attention_mask, target_mask)
