"""List the speaker decisions of saidwhat on PolNeAR, one row per matched quote, and compare two runs.

``saidwhat eval --errors`` groups the wrong speakers by what each side named; writing speaker
rules needs more: the rules that chose each speaker, and which rows a change fixed or broke.

    python scripts/speaker_errors.py dump ../shared/data/polnear train /tmp/train.tsv [--cache /tmp/parses.pkl]
    python scripts/speaker_errors.py diff /tmp/before.tsv /tmp/after.tsv

``dump`` writes every partial pair (Dice >= 0.5, the pairs speaker accuracy is judged on) with
whether its speaker is right, the gold source, the predicted speaker, the cue, the rules and the
context; ``diff`` prints the rows whose verdict changed (fixed, broken) and the accuracy of each.
``--cache`` keeps the parses on disk, so a rule change re-runs the extraction without spaCy's
parsing for the frames it already parsed (frames a change parses anew are parsed and added).
"""

from __future__ import annotations

import argparse
import csv
import os
import pickle
import sys

FIELDS = ("doc", "gold_id", "kind", "ok", "gold_source", "pred_speaker", "pred_name", "cue", "rules", "context")


class CachingPipeline:
    """Stands in for the spaCy pipeline, answering from saved parses and parsing only new texts."""

    def __init__(self, nlp, docs: dict) -> None:
        self.nlp, self.docs, self.added = nlp, docs, 0
        self.pipe_names = nlp.pipe_names

    def make_doc(self, text: str):
        return self.nlp.make_doc(text)

    def pipe(self, texts, batch_size: int = 256, disable=()):
        key, texts = tuple(disable), list(texts)
        new = [t for t in dict.fromkeys(texts) if (t, key) not in self.docs]
        for text, doc in zip(new, self.nlp.pipe(new, batch_size=batch_size, disable=list(disable))):
            self.docs[(text, key)] = doc
        self.added += len(new)
        for text in texts:
            yield self.docs[(text, key)]


_ATTRS = ["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "SENT_START", "LEMMA", "POS", "MORPH", "SPACY", "NORM"]


def _load_cache(path: str, nlp) -> dict:
    from spacy.tokens import DocBin

    if not path or not os.path.exists(path):
        return {}
    with open(path, "rb") as fh:
        keys, data = pickle.load(fh)
    return dict(zip(keys, DocBin().from_bytes(data).get_docs(nlp.vocab)))


def _save_cache(path: str, docs: dict) -> None:
    from spacy.tokens import DocBin

    keys = list(docs)
    bin_ = DocBin(attrs=_ATTRS)
    for key in keys:
        bin_.add(docs[key])
    with open(path, "wb") as fh:
        pickle.dump((keys, bin_.to_bytes()), fh)


def dump(gold: str, split: str, out: str, cache: str | None) -> None:
    from saidwhat.evaluate.analysis import _text, render_context
    from saidwhat.evaluate.gold import read_gold
    from saidwhat.evaluate.run import evaluate_docs
    from saidwhat.evaluate.systems import predict_saidwhat
    from saidwhat.extract.nlp import load_pipeline

    nlp = load_pipeline()
    pipeline = CachingPipeline(nlp, _load_cache(cache, nlp) if cache else {})
    docs = list(read_gold(gold, split=split))
    outputs = list(predict_saidwhat([d.article for d in docs], nlp=pipeline))
    if cache and pipeline.added:
        _save_cache(cache, pipeline.docs)
    preds = [o.predictions for o in outputs]
    result = evaluate_docs(docs, preds)
    rows = []
    for doc, ps, score in zip(docs, preds, result.doc_scores):
        text = doc.article.text
        for pair in score.pairs:
            if not pair.at("partial"):
                continue
            g, p = doc.quotes[pair.gold], ps[pair.pred]
            marks = [(g.spans, "«", "»"), (g.speaker, "⟨", "⟩"), (p.item.spans, "⟦", "⟧"), (p.item.speaker, "{", "}")]
            rows.append(
                {
                    "doc": doc.article.id,
                    "gold_id": g.id,
                    "kind": g.kind,
                    "ok": int(pair.speaker_ok),
                    "gold_source": _text(g.speaker, text),
                    "pred_speaker": _text(p.item.speaker, text),
                    "pred_name": p.item.speaker_name,
                    "cue": p.cue,
                    "rules": " ".join(p.rules),
                    "context": render_context(text, marks).replace("\t", " ").replace("\n", " "),
                }
            )
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, FIELDS, delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    _summary(rows, out)


def _read(path: str) -> dict:
    with open(path, encoding="utf-8", newline="") as fh:
        return {(r["doc"], r["gold_id"]): r for r in csv.DictReader(fh, delimiter="\t")}


def _summary(rows, label: str) -> None:
    rows = list(rows)
    for kind in ("all", "direct/mixed", "indirect"):
        sel = [r for r in rows if kind == "all" or (r["kind"] == "indirect") == (kind == "indirect")]
        right = sum(int(r["ok"]) for r in sel)
        print(f"{label}: {kind:13} {right}/{len(sel)} = {100 * right / len(sel):.2f}")


def diff(before: str, after: str) -> None:
    a, b = _read(before), _read(after)
    _summary(a.values(), before)
    _summary(b.values(), after)
    groups = {"fixed": [], "broken": [], "lost pair (was right)": [], "new pair (right)": []}
    for key in sorted(set(a) | set(b)):
        ra, rb = a.get(key), b.get(key)
        if ra and rb and ra["ok"] != rb["ok"]:
            groups["fixed" if rb["ok"] == "1" else "broken"].append(rb)
        elif ra and not rb and ra["ok"] == "1":
            groups["lost pair (was right)"].append(ra)
        elif rb and not ra and rb["ok"] == "1":
            groups["new pair (right)"].append(rb)
    for name, rows in groups.items():
        print(f"\n== {name}: {len(rows)}")
        for r in rows:
            before_speaker = a[(r["doc"], r["gold_id"])]["pred_speaker"] if (r["doc"], r["gold_id"]) in a else "-"
            print(f"- {r['doc']} {r['gold_id']} [{r['kind']}] gold ⟨{r['gold_source']}⟩ "
                  f"{before_speaker!r} -> {r['pred_speaker']!r} ({r['rules']})\n    {r['context']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="mode", required=True)
    d = sub.add_parser("dump")
    d.add_argument("gold")
    d.add_argument("split")
    d.add_argument("out")
    d.add_argument("--cache")
    c = sub.add_parser("diff")
    c.add_argument("before")
    c.add_argument("after")
    args = ap.parse_args()
    if args.mode == "dump":
        dump(args.gold, args.split, args.out, args.cache)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
