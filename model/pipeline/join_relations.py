"""Joins Toneline's relations annotations (data/relations/, ids and spans only) with the NewsMTSC text.

Writes, outside the repository:
  OUT/train.jsonl    every NewsMTSC train target (sentence, from, to, polarity) with its relations
                     "tone" where annotated, plus the added state/organisation targets (tone only),
                     plus the public-domain training paragraphs of data/relations/train_paragraphs.jsonl
  OUT/dev_rel.jsonl  the relations dev set: dev_rw + dev_mt targets and their added targets with a
                     tone (and polarity where NewsMTSC has one), plus the public-domain paragraphs
                     of data/relations/paragraphs.jsonl when present

A ref is "SPLIT:ID" for a NewsMTSC target, or "add:SPLIT:ID:FROM:TO" for an added target in the
sentence of NewsMTSC record ID. Targets marked "skip" (not an actor) are left out.

Usage: python3 join_relations.py --newsmtsc ../shared/data/newsmtsc --relations data/relations --out target/train
           [--extra ROWS.jsonl ...]   (more training rows, e.g. from io.toneline.training.ArticleTargets)
"""
import argparse
import json
import os


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--newsmtsc", required=True)
    ap.add_argument("--relations", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--extra", action="append", default=[],
                    help="more training rows ({text, from, to, tone}), e.g. the article set's train part")
    a = ap.parse_args()
    records = {}
    for split in ["train", "dev_rw", "dev_mt"]:
        for r in read_jsonl(os.path.join(a.newsmtsc, split + ".jsonl")):
            records[split + ":" + r["id"]] = r
    os.makedirs(a.out, exist_ok=True)
    counts = {}
    for name in ["train", "dev"]:
        tones = {}
        added = []
        for ann in read_jsonl(os.path.join(a.relations, name + ".jsonl")):
            if ann.get("skip"):
                continue
            ref = ann["ref"]
            if ref.startswith("add:"):
                of = ref[4:].rsplit(":", 2)[0]
                sentence = records[of]["sentence"]
                added.append({"sentence": sentence, "from": ann["from"], "to": ann["to"], "tone": ann["tone"]})
            else:
                tones[ref] = ann["tone"]
        rows = []
        for ref, r in records.items():
            split = ref.split(":", 1)[0]
            if (name == "train") != (split == "train"):
                continue
            row = {"sentence": r["sentence"], "from": r["from"], "to": r["to"], "polarity": r["polarity"]}
            if ref in tones:
                row["tone"] = tones[ref]
            elif name == "dev":
                continue  # the relations dev set holds only relations-labelled targets
            rows.append(row)
        rows.extend(added)
        paragraphs = os.path.join(a.relations, "paragraphs.jsonl" if name == "dev" else "train_paragraphs.jsonl")
        if os.path.exists(paragraphs):
            for p in read_jsonl(paragraphs):
                for t in p["targets"]:
                    rows.append({"text": p["text"], "from": t["start"], "to": t["end"], "tone": t["tone"]})
        if name == "train":
            for extra in a.extra:
                rows.extend(read_jsonl(extra))
        out = os.path.join(a.out, "train.jsonl" if name == "train" else "dev_rel.jsonl")
        with open(out, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        counts[out] = (len(rows), sum(1 for r in rows if "tone" in r))
    for out, (n, t) in counts.items():
        print(f"wrote {out}: {n} targets, {t} with a relations label")


if __name__ == "__main__":
    main()
