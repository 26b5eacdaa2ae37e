"""assembly:credited-excerpt: a roundup's excerpts of reviews, each credited by a line "[ Outlet ]" after it,
and a roundup of stories crediting each at its paragraph's end ("[WaPo.]").

Composed texts of the shape of Digg's Stadia review roundup (2019, article-extraction benchmark) and of HuffPost's
morning email (2016, PolNeAR train), and the Digg page itself when the shared data is there.
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


# HuffPost's morning email (2016-01-12, shortened): a headline in capitals, the story's words in marks, the
# email's own words after them, the outlet in brackets with a full stop inside
MORNING_EMAIL = (
    "TOP STORIES.\n\n"
    "OBAMA'S LAST STATE OF THE UNION \u201cPresident Barack Obama's final State of the Union address will "
    "unmistakably attempt to frame the choice facing Americans as they select his successor.\u201d Tune in tonight "
    "at 9 p.m. EST. [AP.]\n\n"
    "HILLARY CLINTON IS FEELING THE BERN As the race tightens in Iowa, Bernie Sanders said his rival candidate is in "
    "\u201cserious trouble.\u201d [NYT.]\n\n"
    "HOW CHINA'S DECLINE AFFECTS THE REST OF THE WORLD \u201cChina's economic slowdown and financial mayhem are "
    "fostering a cycle of decline and panic across much of the world.\u201d [WaPo.]\n\n"
    "WHAT COULD HALT ALZHEIMER'S IN ITS TRACKS Stopping brain inflammation may be the key. [HuffPost.]"
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


def test_a_credit_ending_its_paragraph_gives_the_outlet_its_marked_quote(nlp):
    quotes = extract(Article(id="t", text=MORNING_EMAIL), nlp=nlp, entities=False).quotes
    got = {q.speaker.name: q for q in quotes if q.speaker is not None}
    assert [(q.speaker.name, q.speaker.type) for q in _excerpts(nlp, MORNING_EMAIL)] == [("AP", "org"), ("WaPo", "org")]
    # the marks set the outlet's words apart from the email's headline and its "Tune in tonight"
    assert got["AP"].text.startswith("President Barack Obama's final State")
    assert "Tune in" not in got["AP"].text
    # a quote with a cue of its own keeps its speaker: the credit is the link, the words are his
    assert EXCERPT not in got["Bernie Sanders"].rules
    # a credited paragraph with no marks holds no outlet's quote
    assert "HuffPost" not in got


def test_a_full_stop_inside_a_credit_line_ends_the_credit_not_the_name():
    text = "The senate passed the bill.\n\n[AP.]\n\nThe house will vote on Friday.\n\n[Reuters.]"
    assert [e.att.speaker_text for e in find_excerpts(text, split_paragraphs(text), 0)] == ["AP", "Reuters"]


@pytest.mark.parametrize("text", [
    # a reference after quoted words: no full stop inside, no credit
    "\u201cBerlaku adillah, karena adil itu lebih dekat kepada takwa.\u201d [Al Maa-idah 8]\n\n"
    "\u201cDan janganlah sekali-kali kebencian kepada sesuatu kaum.\u201d [Al Maa-idah 2]",
    # one credit is no roundup
    "BIG NEWS \u201cThe senate passed the bill late on Monday after a long debate.\u201d [AP.]",
])
def test_no_credit_ending_a_paragraph_outside_a_roundup(text):
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
