"""List the speaker decisions of saidwhat on PolNeAR, one row per matched quote, and compare two runs;
or list the gold quotes no prediction matched.

``saidwhat eval --errors`` groups the wrong speakers by what each side named; writing speaker
rules needs more: the rules that chose each speaker, and which rows a change fixed or broke.

    python scripts/speaker_errors.py dump ../shared/data/polnear train /tmp/train.tsv [--cache /tmp/parses.pkl]
    python scripts/speaker_errors.py diff /tmp/before.tsv /tmp/after.tsv
    python scripts/speaker_errors.py misses ../shared/data/polnear train /tmp/misses.tsv [--cache ...]

``dump`` writes every partial pair (Dice >= 0.5, the pairs speaker accuracy is judged on) with
whether its speaker is right, the gold source, the predicted speaker, the cue, the rules and the
context; ``diff`` prints the rows whose verdict changed (fixed, broken) and the accuracy of each,
then the rows whose verdict held but whose resolved name or type changed: PolNeAR judges the
speaker's span, not the name it resolves to, so a name rule shows only there.
``--cache`` keeps the parses on disk, so a rule change re-runs the extraction without spaCy's
parsing for the frames it already parsed (frames a change parses anew are parsed and added).
``misses`` writes the gold quotes with no partial pair (no prediction, or one with Dice below 0.5:
the recall the attributed F1 loses before any speaker is judged), with the gold cue, content and
source, and prints them counted by kind and by the gold cue's first word, so missed classes can be
counted.
"""

from __future__ import annotations

import argparse
import csv
import os
import pickle
import sys
from collections import Counter

MISS_FIELDS = (
    "doc", "gold_id", "kind", "gold_cue", "gold_text", "gold_source", "nearest_dice", "nearest_text", "context"
)
FIELDS = (
    "doc", "gold_id", "kind", "ok", "gold_source", "pred_speaker", "pred_name", "pred_type", "cue", "rules", "context"
)


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


def _run(gold: str, split: str, cache: str | None):
    """The gold documents of a split, saidwhat's predictions for them and their scores."""
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
    return docs, preds, evaluate_docs(docs, preds)


def _write(out: str, fields, rows) -> None:
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fields, delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)


def dump(gold: str, split: str, out: str, cache: str | None) -> None:
    from saidwhat.evaluate.analysis import _text, render_context

    docs, preds, result = _run(gold, split, cache)
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
                    "pred_type": p.speaker_type,
                    "cue": p.cue,
                    "rules": " ".join(p.rules),
                    "context": render_context(text, marks).replace("\t", " ").replace("\n", " "),
                }
            )
    _write(out, FIELDS, rows)
    _summary(rows, out)


def misses(gold: str, split: str, out: str, cache: str | None) -> None:
    from saidwhat.evaluate.analysis import _text, render_context

    docs, preds, result = _run(gold, split, cache)
    rows = []
    for doc, ps, score in zip(docs, preds, result.doc_scores):
        text = doc.article.text
        for gi, g in enumerate(doc.quotes):
            pair = score.by_gold.get(gi)
            if pair is not None and pair.at("partial"):
                continue
            # The nearest prediction is marked too (⟦ ⟧), so a miss from a span cut too short or
            # run too long shows beside one with nothing found.
            marks = [(g.spans, "«", "»"), (g.speaker, "⟨", "⟩")]
            nearest = ps[pair.pred].item.spans if pair is not None else ()
            if nearest:
                marks.append((nearest, "⟦", "⟧"))
            rows.append(
                {
                    "doc": doc.article.id,
                    "gold_id": g.id,
                    "kind": g.kind,
                    "gold_cue": _text(g.cue, text),
                    "gold_text": _text(g.spans, text),
                    "gold_source": _text(g.speaker, text),
                    "nearest_dice": f"{pair.dice:.2f}" if pair is not None else "",
                    "nearest_text": _text(nearest, text) if nearest else "",
                    "context": render_context(text, marks).replace("\t", " ").replace("\n", " "),
                }
            )
    _write(out, MISS_FIELDS, rows)
    _miss_summary(rows, out)


def _cue_class(cue: str) -> str:
    """The reporting verb of a gold cue ("has been called" -> "call"), else its first words."""
    from saidwhat.evaluate.analysis import _norm_cue
    from saidwhat.extract.frames import FORM_TO_LEMMA

    words = cue.lower().split()
    return next((FORM_TO_LEMMA[w] for w in words if w in FORM_TO_LEMMA), None) or _norm_cue(cue)


def _miss_summary(rows, label: str, top: int = 15) -> None:
    """The misses counted by kind, and within each kind by the gold cue's reporting verb ("call",
    "say", "(none)"): the classes worth a rule."""
    print(f"{label}: {len(rows)} gold quotes with no partial pair")
    for kind in ("direct/mixed", "indirect"):
        sel = [r for r in rows if (r["kind"] == "indirect") == (kind == "indirect")]
        cues = Counter(_cue_class(r["gold_cue"]) for r in sel)
        shown = ", ".join(f"{cue} {n}" for cue, n in cues.most_common(top))
        print(f"  {kind:13} {len(sel):5}  by cue: {shown}")


def _read(path: str) -> dict:
    with open(path, encoding="utf-8", newline="") as fh:
        return {(r["doc"], r["gold_id"]): r for r in csv.DictReader(fh, delimiter="\t")}


def _summary(rows, label: str) -> None:
    rows = list(rows)
    for kind in ("all", "direct/mixed", "indirect"):
        sel = [r for r in rows if kind == "all" or (r["kind"] == "indirect") == (kind == "indirect")]
        right = sum(int(r["ok"]) for r in sel)
        share = f"{100 * right / len(sel):.2f}" if sel else "-"  # a dump of one article may hold no indirect pair
        print(f"{label}: {kind:13} {right}/{len(sel)} = {share}")


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
    _print_renamed(a, b)


def _print_renamed(a: dict, b: dict) -> None:
    """The pairs judged the same both times whose resolved name or type changed (dumps without a
    type column compare names only)."""
    renamed = [
        (a[key], b[key]) for key in sorted(set(a) & set(b))
        if a[key]["ok"] == b[key]["ok"]
        and (a[key]["pred_name"], a[key].get("pred_type", "")) != (b[key]["pred_name"], b[key].get("pred_type", ""))
    ]
    print(f"\n== same verdict, name or type changed: {len(renamed)}")
    for ra, rb in renamed:
        print(f"- {rb['doc']} {rb['gold_id']} [{rb['kind']}] gold ⟨{rb['gold_source']}⟩ "
              f"{ra['pred_name']!r} ({ra.get('pred_type', '')}) -> {rb['pred_name']!r} ({rb.get('pred_type', '')})"
              f"\n    {rb['context']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="mode", required=True)
    d = sub.add_parser("dump")
    d.add_argument("gold")
    d.add_argument("split")
    d.add_argument("out")
    d.add_argument("--cache")
    m = sub.add_parser("misses")
    m.add_argument("gold")
    m.add_argument("split")
    m.add_argument("out")
    m.add_argument("--cache")
    c = sub.add_parser("diff")
    c.add_argument("before")
    c.add_argument("after")
    args = ap.parse_args()
    if args.mode == "dump":
        dump(args.gold, args.split, args.out, args.cache)
    elif args.mode == "misses":
        misses(args.gold, args.split, args.out, args.cache)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
