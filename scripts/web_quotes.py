"""List the quotes saidwhat finds in the pages of the article-extraction benchmark, to read them.

    python scripts/web_quotes.py [--web ../shared/data/article-extraction-benchmark] [--rule RULE]

Each page is read as the speaker gold reads it (``evaluate.speakers_gold.read_web_article``: the text is the
page's ``articleBody``, headline and date from its HTML). One line a quote: the page key's first 8
characters, the speaker's mention, resolved name and type, ``spoken_on``, and the quote's text. With
``--rule`` only the quotes one rule made ("assembly:embedded-tweet": every embedded tweet found), so that
a rule's precision over all 181 pages can be read, not only on the pages of the gold set.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--web", type=Path, default=ROOT.parent / "shared/data/article-extraction-benchmark")
    parser.add_argument("--rule", default=None, help="only the quotes this rule id made")
    args = parser.parse_args()

    from saidwhat.evaluate.speakers_gold import read_web_article
    from saidwhat.extract import extract_many

    truth = json.loads((args.web / "ground-truth.json").read_text("utf-8"))
    articles = (read_web_article(args.web, key, truth[key]) for key in sorted(truth))
    shown = 0
    for ex in extract_many(articles, entities=False):
        for q in ex.quotes:
            if args.rule is not None and args.rule not in q.rules:
                continue
            spk = q.speaker
            who = f"{spk.mention!r} -> {spk.name!r} ({spk.type})" if spk else "(no speaker)"
            print(f"{ex.article.source[:8]}\t{q.kind}\t{who}\t{q.spoken_on or ''}\t{q.text[:160]!r}")
            shown += 1
    print(f"{shown} quotes")


if __name__ == "__main__":
    main()
