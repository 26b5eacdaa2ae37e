"""assembly:credited-excerpt: a roundup's excerpts of reviews, each credited by a line "[ Outlet ]" after it.

Composed texts of the shape of Digg's Stadia review roundup (2019, article-extraction benchmark), and that page
itself when the shared data is there.
"""

from __future__ import annotations

import json

import pytest

from saidwhat import Article, extract
from saidwhat.extract.verbless import find_excerpts
from saidwhat.models import split_paragraphs

from ..conftest import shared_path

EXCERPT = "assembly:credited-excerpt"

ROUNDUP = (
    "Stadia launches today. Here's what the early reviews say:\n\n"
    "What Does Stadia Offer?\n\n"
    "Stadia is Google's attempt to make cloud gaming happen. And, based on these broad qualifiers, Stadia "
    "delivers.\n\n"
    "[ Engadget ]\n\n"
    "Come November 19, buyers will receive a Stadia controller.\n\n"
    "And there's a reason for that: It's the only use case that feels finished. Google tells us more is coming.\n\n"
    "[ PC World ]\n\n"
    "TL;DR\n\n"
    "There's no reason anyone should buy into Stadia right now.\n\n"
    "[ The Verge ]"
)


def _excerpts(nlp, text: str):
    quotes = extract(Article(id="t", text=text), nlp=nlp, entities=False).quotes
    return [q for q in quotes if EXCERPT in q.rules]


def test_each_excerpt_is_its_outlets_direct_quote_one_span_a_paragraph(nlp):
    got = _excerpts(nlp, ROUNDUP)
    assert [(q.kind, q.speaker.name, q.speaker.type, len(q.spans)) for q in got] == [
        ("direct", "Engadget", "org", 1), ("direct", "PC World", "org", 2), ("direct", "The Verge", "org", 1),
    ]
    # the heading and the introduction before the first excerpt are the roundup's own words
    assert got[0].text.startswith("Stadia is Google's attempt")
    assert got[2].text == "There's no reason anyone should buy into Stadia right now."
    # speech reported inside an excerpt is no quote of its own: the excerpt stands for it
    quotes = extract(Article(id="t", text=ROUNDUP), nlp=nlp, entities=False).quotes
    assert not [q for q in quotes if q.where == "body" and EXCERPT not in q.rules]


@pytest.mark.parametrize("text", [
    # one bracketed line is no roundup: a book's reference after a passage
    "The passage ends here.\n\n[Ni'matul Ukhuwah hal. 41]",
    # a photo credit opens with no Latin capital
    "The show aired.\n\n[사진=JTBC]\n\nIt was watched.\n\n[사진=MBC]",
    # a bracket inside a paragraph is no credit line
    "Reviews were mixed [ Engadget ] and the price high.\n\nOthers agreed [ CNET ] with that.",
])
def test_no_excerpt_without_a_roundups_credit_lines(text):
    assert find_excerpts(text, split_paragraphs(text), 0) == []


def test_every_excerpt_of_the_benchmarks_review_roundup(nlp):
    root = shared_path("data", "article-extraction-benchmark", "ground-truth.json")
    if not root.is_file():
        pytest.skip("the article-extraction benchmark is not in the shared data")
    key = "680c2848e94a96f961a0964631de94ac572f83c45bfd0bec2deafa893bcfe15c"
    text = json.loads(root.read_text("utf-8"))[key]["articleBody"]
    assert [q.speaker.name for q in _excerpts(nlp, text)] == [
        "Engadget", "Tom's Guide", "PC World", "CNET", "The Verge", "Wired", "Inverse", "Tom's Guide",
        "The Guardian", "CNBC", "CNET", "CNBC", "The Verge", "PC World", "Engadget", "Wired",
    ]
