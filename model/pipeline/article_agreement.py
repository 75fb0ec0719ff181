#!/usr/bin/env python3
"""Agreement of the two independent readings of the double-annotated articles.

    python3 model/pipeline/article_agreement.py [data/articles/articles.jsonl data/articles/double.jsonl]

Pairs: of the first reader's (paragraph, actor) pairs, how many the second reader also labelled, and on
those, agreement on the side (negative / neutral / positive) and on the exact level, with Cohen's kappa.
Actors are matched by name, case and punctuation ignored, and for people by family name.
Shifts, by the rule the article evaluation uses for the service: a turn of the second reader is right when
the first reader has a turn of the same direction for the same actor within 3 paragraphs (one to one,
nearest first). Prints recall of the first reader's turns (all and major) and precision.
"""
import json
import re
import sys
from collections import Counter

SIDE = {"hostile": -1, "critical": -1, "neutral": 0, "cooperative": 1, "conciliatory": 1}


def norm(name):
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip().removeprefix("the ")


def actor_key(a, people):
    n = norm(a)
    return people.get(n, n)


def kappa(pairs):
    n = len(pairs)
    if n == 0:
        return 0.0
    po = sum(1 for a, b in pairs if a == b) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def family_map(actors):
    """person name -> family name key, so "Xi" and "Xi Jinping" meet."""
    out = {}
    for a in actors:
        if a.get("type") == "person":
            out[norm(a["name"])] = "person:" + norm(a["name"]).split()[-1]
    return out


def match_turns(gold, other):
    used_g, used_o = set(), set()
    for d in range(4):
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for oi, o in enumerate(other):
                if oi in used_o:
                    continue
                if o[0] == g[0] and o[1] == g[1] and abs(o[2] - g[2]) == d:
                    used_g.add(gi)
                    used_o.add(oi)
                    break
    return used_g, used_o


def main():
    articles_file = sys.argv[1] if len(sys.argv) > 1 else "data/articles/articles.jsonl"
    double_file = sys.argv[2] if len(sys.argv) > 2 else "data/articles/double.jsonl"
    first = {a["id"]: a for a in map(json.loads, open(articles_file, encoding="utf-8"))}
    second = [json.loads(l) for l in open(double_file, encoding="utf-8")]
    both, exact, covered, total = [], [], 0, 0
    turns = {"gold": 0, "found": 0, "major": 0, "major_found": 0, "other": 0, "other_right": 0}
    for b in second:
        a = first[b["id"]]
        pa, pb = family_map(a["actors"]), family_map(b["actors"])
        la = {(p["p"], actor_key(p["actor"], pa)): p["tone"] for p in a["pairs"]}
        lb = {(p["p"], actor_key(p["actor"], pb)): p["tone"] for p in b["pairs"]}
        total += len(la)
        for k, t in la.items():
            if k in lb:
                covered += 1
                both.append((SIDE[t], SIDE[lb[k]]))
                exact.append((t, lb[k]))
        ga = [(actor_key(s["actor"], pa), (SIDE[s["to"]] > SIDE[s["from"]]) - (SIDE[s["to"]] < SIDE[s["from"]]),
               s["around_paragraph"], s.get("major", True)) for s in a["shifts"]]
        gb = [(actor_key(s["actor"], pb), (SIDE[s["to"]] > SIDE[s["from"]]) - (SIDE[s["to"]] < SIDE[s["from"]]),
               s["around_paragraph"]) for s in b["shifts"]]
        used_g, used_o = match_turns(ga, gb)
        turns["gold"] += len(ga)
        turns["found"] += len(used_g)
        turns["major"] += sum(1 for g in ga if g[3])
        turns["major_found"] += sum(1 for i, g in enumerate(ga) if g[3] and i in used_g)
        turns["other"] += len(gb)
        turns["other_right"] += len(used_o)
    side_agree = sum(1 for x, y in both if x == y) / len(both)
    exact_agree = sum(1 for x, y in exact if x == y) / len(exact)
    print(f"articles={len(second)} first_pairs={total} also_labelled_by_second={covered} ({covered / total:.3f})")
    print(f"pairs side_agreement={side_agree:.3f} side_kappa={kappa(both):.3f} "
          f"exact_agreement={exact_agree:.3f} exact_kappa={kappa(exact):.3f}")
    print(f"turns first={turns['gold']} second={turns['other']} recall_of_first={turns['found'] / turns['gold']:.3f} "
          f"recall_of_first_major={turns['major_found'] / max(1, turns['major']):.3f} "
          f"precision_of_second={turns['other_right'] / max(1, turns['other']):.3f}")


if __name__ == "__main__":
    main()
