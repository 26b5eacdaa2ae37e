"""Replay saidwhat's extraction over saved parses, to measure its own cost without spaCy's.

Parsing is most of ``saidwhat bench``'s time and the same before and after a change to the
rules, so a change's cost is best seen with the parses taken out: ``prepare`` parses the
frames (and the entity windows) of the first N BBC articles once and saves the Docs;
``run`` extracts those articles again with a stand-in pipeline that hands back the saved
Docs, and prints the CPU time and a digest of the output (the same digest means the same
quotes, speakers, rules and confidences). Run both with the tree to measure first on the
path; prepare once per tree (the frames a tree parses may differ).

    PYTHONPATH=src python scripts/replay_extraction.py prepare 300 /tmp/docs-300.pkl
    PYTHONPATH=src python scripts/replay_extraction.py run 300 /tmp/docs-300.pkl [--profile out.prof]

Instruction counts are not disturbed by other processes, unlike CPU time; under callgrind,
``--callgrind`` counts the extraction alone:

    PYTHONPATH=src valgrind --tool=callgrind --instr-atstart=no \\
        python scripts/replay_extraction.py run 100 /tmp/docs-300.pkl --callgrind
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import pickle
import subprocess
import time

BBC = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "bbc-news", "bbc")


class SavedPipeline:
    """Stands in for the spaCy pipeline: ``pipe`` answers with the Docs saved for each text
    (keyed by the text and the components switched off), recording them when ``record``."""

    def __init__(self, nlp, docs: dict, *, record: bool) -> None:
        self.nlp, self.docs, self.record = nlp, docs, record
        self.pipe_names = nlp.pipe_names

    def make_doc(self, text: str):
        return self.nlp.make_doc(text)

    def pipe(self, texts, batch_size: int = 256, disable=()):
        key, texts = tuple(disable), list(texts)
        if self.record:
            for text, doc in zip(texts, self.nlp.pipe(texts, batch_size=batch_size, disable=list(disable))):
                self.docs[(text, key)] = doc
        for text in texts:
            yield self.docs[(text, key)]


def _articles(n: int, directory: str):
    from saidwhat.bench import find_article_files, read_articles

    return list(read_articles(find_article_files(directory)[:n]))


def _digest(extractions) -> str:
    h = hashlib.sha1()
    for x in extractions:
        for q in x.quotes:
            h.update(repr(q.to_dict() if hasattr(q, "to_dict") else q).encode())
    return h.hexdigest()[:12]


def _callgrind(state: str) -> None:
    subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], check=True, stdout=subprocess.DEVNULL)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=("prepare", "run"))
    ap.add_argument("n", type=int, help="the first N articles of the corpus")
    ap.add_argument("cache", help="where the parses are saved")
    ap.add_argument("--corpus", default=BBC)
    ap.add_argument("--profile", help="write a cProfile of the extraction here")
    ap.add_argument("--callgrind", action="store_true", help="count instructions of the extraction only")
    args = ap.parse_args()

    from spacy.tokens import DocBin

    from saidwhat.bench import _WARMUP
    from saidwhat.extract import extract_many
    from saidwhat.extract.nlp import load_pipeline

    nlp = load_pipeline()
    articles = _articles(args.n, args.corpus)
    if args.mode == "prepare":
        saved = SavedPipeline(nlp, {}, record=True)
        for _ in extract_many(articles, nlp=saved):
            pass
        keys = list(saved.docs)
        bin_ = DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "SENT_START", "LEMMA", "POS",
                             "MORPH", "SPACY", "NORM"])
        for key in keys:
            bin_.add(saved.docs[key])
        with open(args.cache, "wb") as fh:
            pickle.dump((keys, bin_.to_bytes()), fh)
        print(f"saved {len(keys)} parses of {len(articles)} articles")
        return
    with open(args.cache, "rb") as fh:
        keys, data = pickle.load(fh)
    saved = SavedPipeline(nlp, dict(zip(keys, DocBin().from_bytes(data).get_docs(nlp.vocab))), record=False)
    list(extract_many([_WARMUP], nlp=nlp))  # lazy loads (knowledge base, tables) happen here, as in the bench
    profile = cProfile.Profile() if args.profile else None
    if args.callgrind:
        _callgrind("on")
    if profile:
        profile.enable()
    t0 = time.process_time()
    out = list(extract_many(articles, nlp=saved))
    cpu = time.process_time() - t0
    if profile:
        profile.disable()
        profile.dump_stats(args.profile)
    if args.callgrind:
        _callgrind("off")
    quotes = sum(len(x.quotes) for x in out)
    print(f"articles {len(out)} quotes {quotes} cpu {cpu:.3f}s digest {_digest(out)}")


if __name__ == "__main__":
    main()
