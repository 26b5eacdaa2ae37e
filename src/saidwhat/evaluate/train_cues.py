"""Learn a cue lexicon from annotated attributions.

For every verb lemma, how often does it head an annotated cue, out of how
often it occurs as a verb at all? Lemmas that are cues most of the time
("argue", "show" in "a poll shows that ...", "endorse") become reporting
verbs with that ratio as their strength. The result is a small JSON file
shipped in the package (``saidwhat/data/cue_lexicon.json``) that the
extractor merges with the hand-written verbs of ``extract/rules.py``.

Trained by ``saidwhat train-cues GOLD`` (PolNeAR train split by default) on
two cores in a few minutes; it never reads the dev split.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from ..extract.nlp import load_pipeline
from .gold import GoldDoc

__all__ = ["learn_cue_lexicon", "write_lexicon"]

# Words that head a cue span in PolNeAR but are not verbs of attribution in
# general news (auxiliaries, light verbs).
_NEVER = frozenset({"be", "have", "do", "make", "take", "get", "go", "come", "give", "use", "let"})


def learn_cue_lexicon(
    docs: Iterable[GoldDoc], *, min_count: int = 6, min_ratio: float = 0.35, nlp=None
) -> dict[str, dict[str, float]]:
    """{lemma: {"strength": ratio, "cue": n, "seen": m}} for the verbs that head cues."""
    nlp = nlp or load_pipeline()
    cue_counts: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    docs = list(docs)
    texts = [d.article.text for d in docs]
    with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler", "lemmatizer"]):
        for doc, parsed in zip(docs, nlp.pipe(texts, batch_size=16)):
            cue_starts: set[int] = set()
            for quote in doc.quotes:
                for span in quote.cue:
                    cue_starts.update(range(span.start, span.end))
            for tok in parsed:
                if not tok.tag_.startswith("VB"):
                    continue
                lemma = tok.lemma_.lower()
                seen[lemma] += 1
                if tok.idx in cue_starts:
                    cue_counts[lemma] += 1
    lexicon = {}
    for lemma, n in cue_counts.items():
        ratio = n / max(1, seen[lemma])
        if n >= min_count and ratio >= min_ratio and lemma not in _NEVER and lemma.isalpha():
            lexicon[lemma] = {"strength": round(ratio, 3), "cue": n, "seen": seen[lemma]}
    return dict(sorted(lexicon.items()))


def write_lexicon(lexicon: dict, path: str | Path, *, source: str) -> None:
    payload = {
        "_about": "Verb lemmas that head attribution cues, learned by `saidwhat train-cues` from " + source,
        "lemmas": lexicon,
    }
    Path(path).write_text(json.dumps(payload, indent=1, sort_keys=False) + "\n", encoding="utf-8")
