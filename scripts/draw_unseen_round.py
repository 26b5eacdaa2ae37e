"""Draw the articles of an unseen round of the canonical-speaker gold set.

    python scripts/draw_unseen_round.py SEED [--gold evaluation/speakers/gold.jsonl]
        [--snapshot evaluation/snapshot/bbc.tsv] [--bbc ../shared/data/bbc-news/bbc]
        [--wikinews ../shared/data/wikinews/wikinews_articles.jsonl]
        [--web ../shared/data/article-extraction-benchmark] [--web-only]
        [--polnear ../shared/data/polnear] [--polnear-only] [--fewest N] [--most N]

The procedure evaluation/speakers/GUIDELINES.md describes for the rounds since seed 2025:

* BBC pool: the files not in the set with 5 to 15 quotes in the committed snapshot, less the files
  whose body (the text after the headline line, spaces closed up) is an article already in the set
  (the corpus holds copies under other file names), less the near-copies: the files that share at least
  half of their 8-word runs with one article in the set or with a file kept before them in sorted order
  (the corpus also holds versions of one story a word or a few sentences apart; dropped for the draws
  after seed 2141, see ``near_copies``);
* Wikinews pool: the bundled articles not in the set where the program finds 5 to 15 body quotes,
  not nested (no near-copies among them to drop);
* web pool: the pages of the article-extraction benchmark (modern news and other pages of many
  publishers) not in the set where the program finds 5 to 15 body quotes, not nested, in the
  page's ``articleBody``;
* ``random.Random(SEED).sample`` of 10 among the sorted BBC pool, and a fresh
  ``random.Random(SEED).sample`` of 8 among the sorted Wikinews pool (or all of it when it holds
  fewer), each list printed sorted. This reproduces the draws of seeds 2026 and 2027 (with the code
  before the near-copy filter, which changes the pools: drawn again, an earlier seed need not come out
  as it did).
* with ``--web-only`` (the rounds on modern news, since seed 2032), only the web pool is drawn:
  ``random.Random(SEED).sample`` of 8 among the sorted web pool, printed sorted.
* with ``--polnear-only`` (the rounds on US political news, since seed 2070), only the PolNeAR pool
  is drawn: the articles of PolNeAR's **train** split not in the set where the program finds
  fewest-most body quotes, not nested, less the near-copies as for the BBC pool (after seed 2141);
  ``random.Random(SEED).sample`` of 8 among them, sorted, printed sorted. The dev split is PolNeAR's
  check and the test split is held out from everything: neither is read.
* ``--fewest N`` and ``--most N`` (defaults 5 and 15, the bounds above) set the quote counts a file,
  article or page must have to be in any pool. Once the web pages with 5 to 15 body quotes were used
  up (seed 2054), rounds drew from the pages outside those bounds (``--fewest 16 --most 40``, ``--fewest 3 --most 4``).

Interview transcripts (GUM_interview_*) are drawn like any article and left out when annotating,
as the guidelines say; the script marks them; so are pages that are not news (product pages,
recipes). Counting the Wikinews and web pools runs the extractor, so each takes a minute or two;
the BBC pool needs only the snapshot.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The shared data sit beside the repository (``../shared``), as every other command expects.
SHARED_DATA = ROOT.parent / "shared" / "data"
BBC_DRAWN = 10
WIKINEWS_DRAWN = 8
WEB_DRAWN = 8
POLNEAR_DRAWN = 8
POLNEAR_SPLIT = "train"  # the only PolNeAR split a round draws from
FEWEST, MOST = 5, 15  # the quote counts every draw before seed 2054 used
SHINGLE_WORDS = 8  # runs this long are shared by copies of one text, rarely by two reporters' own sentences
# The share of a pool article's 8-word runs found in one other article at or above which it is a near-copy.
# Over the 2,225 BBC files, of the pairs sharing any run, 160 share 90% or more (140 of them all: copies),
# 177 share 50% or more and 206 share 30% or more. From 50% up the pairs are one story told twice (a word
# changed, an update with most of its text kept: most of its quotes would be annotated twice); from 30% to
# 50% they are two stories with a paragraph or a background passage in common (politics/286 and 288 share
# 31-36%), whose other half is new text worth drawing.
NEAR_COPY_SHARE = 0.5


def read_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def snapshot_counts(path: Path) -> Counter:
    """Quotes per BBC file in the snapshot (one row a quote; '#' lines are its header)."""
    counts: Counter = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            counts[line.split("\t", 1)[0]] += 1
    return counts


def bbc_body(path: Path) -> str:
    """The text after the headline line, spaces closed up: what two copies of one article share."""
    return re.sub(r"\s+", "", bbc_text(path))


def shingles(text: str, n: int = SHINGLE_WORDS) -> frozenset[str]:
    """The runs of n words of a text, lowercased, punctuation left out (copies differ in quote marks)."""
    words = re.findall(r"\w+", text.lower())
    return frozenset(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))


def near_copies(
    candidates: dict[str, frozenset[str]], in_set: dict[str, frozenset[str]], share: float = NEAR_COPY_SHARE
) -> list[str]:
    """The candidates, sorted, with ``share`` of their runs or more in one set article or one kept before them.

    An index from run to article keeps it linear in the text: no pair of texts is compared word by word. A
    candidate that is a near-copy of another candidate keeps the first in sorted order, so two versions of one
    story are never drawn together.
    """
    index: dict[str, list[str]] = {}
    for name, runs in in_set.items():
        for run in runs:
            index.setdefault(run, []).append(name)
    dropped = []
    for name in sorted(candidates):
        runs = candidates[name]
        shared = Counter(other for run in runs for other in index.get(run, ()))
        if runs and shared and max(shared.values()) >= share * len(runs):
            dropped.append(name)
            continue
        for run in runs:
            index.setdefault(run, []).append(name)
    return dropped


def bbc_text(path: Path) -> str:
    """The text after the headline line."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text.replace("\r\n", "\n").split("\n", 1)[-1]


def bbc_pool(
    gold: list[dict], snapshot: Path, bbc: Path, fewest: int = FEWEST, most: int = MOST
) -> tuple[list[str], list[str], list[str]]:
    """The BBC files to draw from, the copies of articles in the set and the near-copies that were dropped."""
    in_set = {r["article"] for r in gold if r["source"] == "bbc"}
    candidates = sorted(
        name for name, n in snapshot_counts(snapshot).items() if fewest <= n <= most and name not in in_set
    )
    bodies_in_set = {bbc_body(bbc / name) for name in in_set}
    copies = [name for name in candidates if bbc_body(bbc / name) in bodies_in_set]
    left = [name for name in candidates if name not in copies]
    near = near_copies(
        {name: shingles(bbc_text(bbc / name)) for name in left},
        {name: shingles(bbc_text(bbc / name)) for name in in_set},
    )
    return [name for name in left if name not in near], copies, near


def wikinews_pool(gold: list[dict], articles: Path, fewest: int = FEWEST, most: int = MOST) -> list[str]:
    """The bundled Wikinews articles not in the set where the program finds fewest-most body quotes, not nested."""
    from saidwhat.evaluate.speakers_gold import predicted_speakers
    from saidwhat.extract import ExtractOptions, extract_many
    from saidwhat.ingest.jsonl import article_from_record

    in_set = {r["article"] for r in gold if r["source"] == "wikinews"}
    records = [json.loads(line) for line in articles.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if str(r["id"]) not in in_set]
    keys = [str(r["id"]) for r in records]
    parsed = [article_from_record(r, where=k, line=None) for r, k in zip(records, keys)]
    extractions = extract_many(parsed, ExtractOptions())
    counts = {k: len(predicted_speakers(x.quotes)) for k, x in zip(keys, extractions)}
    return sorted(k for k, n in counts.items() if fewest <= n <= most)


def web_pool(gold: list[dict], root: Path, fewest: int = FEWEST, most: int = MOST) -> tuple[list[str], dict[str, int]]:
    """The benchmark pages not in the set where the program finds fewest-most body quotes, not nested."""
    from saidwhat.evaluate.speakers_gold import WEB_TRUTH, predicted_speakers, read_web_article
    from saidwhat.extract import ExtractOptions, extract_many

    in_set = {r["article"] for r in gold if r["source"] == "web"}
    truth = json.loads((root / WEB_TRUTH).read_text(encoding="utf-8"))
    keys = sorted(k for k in truth if k not in in_set)
    extractions = extract_many([read_web_article(root, k, truth[k]) for k in keys], ExtractOptions())
    counts = {k: len(predicted_speakers(x.quotes)) for k, x in zip(keys, extractions)}
    return sorted(k for k, n in counts.items() if fewest <= n <= most), counts


def draw_web(gold: list[dict], root: Path, seed: int, fewest: int = FEWEST, most: int = MOST) -> None:
    from saidwhat.evaluate.speakers_gold import WEB_TRUTH

    pool, counts = web_pool(gold, root, fewest, most)
    truth = json.loads((root / WEB_TRUTH).read_text(encoding="utf-8"))
    print(f"Web pool: {len(pool)} of {len(counts)} benchmark pages not in the set with {fewest}-{most} body quotes;")
    print(f"  drawn {min(WEB_DRAWN, len(pool))}:")
    for key in sorted(random.Random(seed).sample(pool, min(WEB_DRAWN, len(pool)))):
        print(f"    {key} ({counts[key]}) {truth[key].get('url', '')}")


def polnear_pool(
    gold: list[dict], root: Path, fewest: int = FEWEST, most: int = MOST
) -> tuple[list[str], dict[str, int], list[str]]:
    """PolNeAR's train articles not in the set where the program finds fewest-most body quotes, not nested.

    Less the near-copies (``near_copies``, returned third): train holds one outlet's versions of a story
    on two days, or a live blog's two updates (7 pairs share half of their 8-word runs or more, 3 of them 90% or more).

    Keys are the gold's ``article`` field, ``train/<doc>``; the articles are read by the PolNeAR
    evaluation's reader, so the program sees them as ``saidwhat eval`` does.
    """
    from saidwhat.evaluate.gold import read_polnear
    from saidwhat.evaluate.speakers_gold import predicted_speakers
    from saidwhat.extract import ExtractOptions, extract_many

    in_set = {r["article"] for r in gold if r["source"] == "polnear"}
    every = [doc.article for doc in read_polnear(root, split=POLNEAR_SPLIT)]
    runs = {f"{POLNEAR_SPLIT}/{a.id}": shingles(a.text) for a in every}
    articles = [a for a in every if f"{POLNEAR_SPLIT}/{a.id}" not in in_set]
    keys = [f"{POLNEAR_SPLIT}/{a.id}" for a in articles]
    extractions = extract_many(articles, ExtractOptions())
    counts = {k: len(predicted_speakers(x.quotes)) for k, x in zip(keys, extractions)}
    bounded = sorted(k for k, n in counts.items() if fewest <= n <= most)
    near = near_copies({k: runs[k] for k in bounded}, {k: runs[k] for k in in_set if k in runs})
    return [k for k in bounded if k not in near], counts, near


def draw_polnear(gold: list[dict], root: Path, seed: int, fewest: int = FEWEST, most: int = MOST) -> None:
    pool, counts, near = polnear_pool(gold, root, fewest, most)
    print(
        f"PolNeAR pool: {len(pool) + len(near)} of {len(counts)} {POLNEAR_SPLIT} articles not in the set "
        f"with {fewest}-{most} body quotes;"
    )
    print(f"  {len(near)} dropped as near-copies (a set article's or each other's): {' '.join(near)}")
    drawn = random.Random(seed).sample(pool, min(POLNEAR_DRAWN, len(pool)))
    print(f"  drawn {len(drawn)} of {len(pool)} (in the order drawn: {' '.join(drawn)}):")
    for key in sorted(drawn):
        print(f"    {key} ({counts[key]})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seed", type=int)
    parser.add_argument("--gold", type=Path, default=ROOT / "evaluation/speakers/gold.jsonl")
    parser.add_argument("--snapshot", type=Path, default=ROOT / "evaluation/snapshot/bbc.tsv")
    parser.add_argument("--bbc", type=Path, default=SHARED_DATA / "bbc-news/bbc")
    parser.add_argument("--wikinews", type=Path, default=SHARED_DATA / "wikinews/wikinews_articles.jsonl")
    parser.add_argument("--web", type=Path, default=SHARED_DATA / "article-extraction-benchmark")
    parser.add_argument("--web-only", action="store_true", help="draw only from the web pages (modern news)")
    parser.add_argument("--polnear", type=Path, default=SHARED_DATA / "polnear")
    parser.add_argument(
        "--polnear-only", action="store_true", help="draw only from PolNeAR's train articles (US political news)"
    )
    parser.add_argument("--fewest", type=int, default=FEWEST, help=f"fewest quotes to be in a pool (default {FEWEST})")
    parser.add_argument("--most", type=int, default=MOST, help=f"most quotes to be in a pool (default {MOST})")
    args = parser.parse_args(argv)

    gold = read_gold(args.gold)
    if args.polnear_only:
        draw_polnear(gold, args.polnear, args.seed, args.fewest, args.most)
        return 0
    if args.web_only:
        draw_web(gold, args.web, args.seed, args.fewest, args.most)
        return 0
    bbc, copies, near = bbc_pool(gold, args.snapshot, args.bbc, args.fewest, args.most)
    bounds = f"{args.fewest}-{args.most}"
    print(f"BBC pool: {len(bbc) + len(copies) + len(near)} files not in the set with {bounds} quotes in the snapshot;")
    print(f"  {len(copies)} dropped as copies of articles in the set: {' '.join(copies)}")
    print(f"  {len(near)} dropped as near-copies (a set article's or each other's): {' '.join(near)}")
    print(f"  drawn {BBC_DRAWN} of {len(bbc)}:")
    counts = snapshot_counts(args.snapshot)
    for name in sorted(random.Random(args.seed).sample(bbc, BBC_DRAWN)):
        print(f"    {name} ({counts[name]})")

    # Not filtered for near-copies: no two of the 231 bundled Wikinews articles share even 30% of their 8-word runs.
    wikinews = wikinews_pool(gold, args.wikinews, args.fewest, args.most)
    drawn = sorted(random.Random(args.seed).sample(wikinews, min(WIKINEWS_DRAWN, len(wikinews))))
    interviews = [k for k in drawn if k.startswith("GUM_interview_")]
    print(f"Wikinews pool: {len(wikinews)} articles not in the set with {bounds} body quotes;")
    print(f"  drawn {len(drawn)}, {len(interviews)} of them interview transcripts (left out):")
    for key in drawn:
        print(f"    {key}{' (interview transcript)' if key in interviews else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
