"""Inter-annotator agreement of the relations annotations: the double-annotated sample
(data/relations/double.jsonl, annotator B) against the first annotation (train.jsonl / dev.jsonl).

Prints, per split and overall: targets compared, exact 5-level agreement, 3-way agreement
(hostile+critical / neutral / cooperative+conciliatory) and Cohen's kappa on both.
Usage: python3 agreement.py [data/relations]
"""
import collections
import json
import os
import sys

LEVELS = ["hostile", "critical", "neutral", "cooperative", "conciliatory"]


def three(t):
    i = LEVELS.index(t)
    return 0 if i < 2 else 1 if i == 2 else 2


def kappa(pairs):
    n = len(pairs)
    po = sum(1 for a, b in pairs if a == b) / n
    ca = collections.Counter(a for a, _ in pairs)
    cb = collections.Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return po, (po - pe) / (1 - pe) if pe < 1 else 1.0


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "data/relations"
    first = {}
    for name in ["train", "dev"]:
        for line in open(os.path.join(d, name + ".jsonl"), encoding="utf-8"):
            r = json.loads(line)
            first[r["ref"]] = (name, r.get("first_tone", r["tone"]))
    pairs = collections.defaultdict(list)
    for line in open(os.path.join(d, "double.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        if r["ref"] in first:
            split, a = first[r["ref"]]
            pairs[split].append((a, r["tone"]))
            pairs["all"].append((a, r["tone"]))
    for split in ["dev", "train", "all"]:
        p = pairs[split]
        if not p:
            continue
        e, ke = kappa(p)
        t, kt = kappa([(three(a), three(b)) for a, b in p])
        print(f"{split}: n={len(p)} exact={e:.3f} kappa5={ke:.3f} three_way={t:.3f} kappa3={kt:.3f}")


if __name__ == "__main__":
    main()
