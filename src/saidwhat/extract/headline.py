"""Quotes in headlines: "Statement - Surname", "Surname: statement",
"Statement, says Surname" and quoted words with their speaker."""

from __future__ import annotations

import re

from ..models import Cue, Quote, QuoteKind, Span, Speaker
from .lexicon import LEXICON
from .rules import DASHES, STRAIGHT_SINGLE

__all__ = ["HEADLINE_RULES", "find_headline_quotes"]


def _alternatives(words) -> str:
    return "|".join(words)


_DASHES = re.escape("".join(DASHES))
_PARTICLES = _alternatives(LEXICON.headline_name_particles)
_NAME = rf"(?:[A-Z][\w'’.-]+)(?:\s+(?:[A-Z][\w'’.-]+|{_PARTICLES})){{0,3}}"
_OPENERS = "".join(LEXICON.headline_openers)
_CLOSERS = "".join(LEXICON.headline_closers)
# an apostrophe (' or ’) may stand inside quoted words ("Trump’s"), the other marks may not
_NOT_INSIDE = "".join(sorted(set(_OPENERS + _CLOSERS) - {STRAIGHT_SINGLE, "’"}))
# The headline shapes, tried in order; the first that matches decides. Each has a rule id,
# recorded in Quote.rules, and a real headline it reads.
_PATTERNS = (
    # "Bank rate rise 'a mistake' - Osborne" (also with – or —)
    (
        "headline:statement-dash-name",
        re.compile(rf"^(?P<content>.{{12,}}?)\s+(?P<cue>[{_DASHES}])\s+(?P<speaker>{_NAME})\s*$"),
    ),
    # "Measles: 'We are losing the fight', says health chief": a topic before the colon, the words in
    # quotation marks, and the speaker after the cue, a role as often as a name
    ("headline:topic-quoted-says", re.compile(
        rf"^[^:{re.escape(_OPENERS)}]{{2,40}}:\s+[{re.escape(_OPENERS)}](?P<content>[^{re.escape(_NOT_INSIDE)}]{{12,}}?)"
        rf"[{re.escape(_CLOSERS)}],\s+(?P<cue>{_alternatives(LEXICON.cues_before_speaker)})\s+"
        rf"(?P<speaker>[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){{0,3}})\s*$"
    )),
    # "Tories will lose the election, says Clarke"
    ("headline:statement-says-name", re.compile(
        rf"^(?P<content>.{{12,}}?),\s+(?P<cue>{_alternatives(LEXICON.cues_before_speaker)})\s+"
        rf"(?P<speaker>{_NAME})\s*$"
    )),
    # "Tories will lose the election, Clarke says"
    ("headline:statement-name-says", re.compile(
        rf"^(?P<content>.{{12,}}?),\s+(?P<speaker>{_NAME})\s+"
        rf"(?P<cue>{_alternatives(LEXICON.cues_after_speaker)})\s*$"
    )),
    # "Pence: Gennifer Flowers Won't Be at Debate"
    ("headline:name-colon", re.compile(rf"^(?P<speaker>{_NAME})\s*(?P<cue>:)\s+(?P<content>.{{12,}})$")),
    # "Blair says Iraq war was right"; not "X warns of a long winter", which names a topic, not words
    ("headline:name-says", re.compile(
        rf"^(?P<speaker>{_NAME})\s+(?P<cue>{_alternatives(LEXICON.cues_before_content)})\s+"
        rf"(?!(?:{_alternatives(LEXICON.topic_words)})\b)(?P<content>.{{12,}})$"
    )),
)
# quoted words in a headline, with the speaker named before a headline verb or with none
QUOTED_WITH_SPEAKER = "headline:name-verb-quoted"
QUOTED_ONLY = "headline:quoted-words"
HEADLINE_RULES = (*(rule for rule, _ in _PATTERNS), QUOTED_WITH_SPEAKER, QUOTED_ONLY)
# "Label: subject" headlines name a kind of article, not a speaker
_SECTION_LABELS = frozenset(LEXICON.section_labels)
# a headline's own sentence opener ("The ...", "Why ...") is no speaker's name
_NOT_SPEAKERS = frozenset(LEXICON.not_speaker_openers)
# quoted words stand between a mark after a space and a mark before a space or
# punctuation, so "state's closest ever governor's race" holds no quote
_QUOTED = re.compile(
    rf"(?:^|(?<=[\s(\[]))[{re.escape(_OPENERS)}](?P<content>[^{re.escape(_NOT_INSIDE)}]{{3,}}?)"
    rf"[{re.escape(_CLOSERS)}](?=$|[\s,.;:!?)\]])"
)


# A site's or a section's name after a bar at a headline's end ("... | Politics | Daily Example"):
# the page title's, not the headline's words.
_TRAILING_LABEL = re.compile(r"\s+\|\s+(?P<label>[^|]+?)\s*$")
MAX_LABEL_WORDS = 4


def _without_trailing_labels(headline: str) -> str:
    """The headline with the site and section names a page title puts after it, behind bars,
    cut off: "Renwick: 'We are losing the fight' | Health | Hollowmere Gazette" reads as
    "Renwick: 'We are losing the fight'". A name is cut while it is shorter than what stands
    before it, so "Opinion | The wall will never be built" keeps its headline."""
    while (m := _TRAILING_LABEL.search(headline)) is not None:
        label, rest = m.group("label"), headline[: m.start()]
        if len(label.split()) > MAX_LABEL_WORDS or len(label.split()) >= len(rest.split()):
            break
        headline = rest
    return headline


def find_headline_quotes(headline: str) -> list[Quote]:
    if not headline or not headline.strip():
        return []
    headline = _without_trailing_labels(headline)  # a cut at the end: the offsets still hold
    for rule, pattern in _PATTERNS:
        m = pattern.match(headline)
        if not m:
            continue
        content = m.group("content").strip(" " + _OPENERS + _CLOSERS)
        cs = headline.find(content, m.start("content"))
        speaker = m.group("speaker")
        if speaker.split()[0] in _NOT_SPEAKERS:
            continue
        if speaker.lower() in _SECTION_LABELS or len(content.split()) < 3:
            continue  # "Profile: David Miliband", "Analysis: ..." name a kind of article
        if rule == "headline:name-colon":
            # "Trump Addresses Munich Attack: '...'": the speaker is the words before the verb
            before_verb = _speaker_before_verb(speaker)
            speaker = before_verb[0].mention if before_verb else speaker
        start = m.start("speaker")
        return [
            Quote(
                text=content,
                spans=(Span(cs, cs + len(content)),),
                kind=QuoteKind.HEADLINE,
                cue=Cue(m.group("cue"), Span(m.start("cue"), m.end("cue"))),
                speaker=Speaker(speaker, Span(start, start + len(speaker)), None, None),
                confidence=0.7,
                where="headline",
                rules=(rule,),
            )
        ]
    m = _QUOTED.search(headline)
    if m and len(m.group("content").split()) >= 2:
        s, e = m.span("content")
        speaker = _speaker_before_verb(headline[: m.start()])
        cue = None
        if speaker is not None:
            speaker, cue = speaker
        return [
            Quote(
                text=headline[s:e], spans=(Span(s, e),), kind=QuoteKind.HEADLINE, cue=cue, speaker=speaker,
                confidence=0.6 if speaker else 0.4, where="headline",
                rules=(QUOTED_WITH_SPEAKER if speaker else QUOTED_ONLY,),
            )
        ]
    return []


# headline verbs for what someone says of something: "Warren Hammers Wells Fargo CEO: ‘...’"
_HEADLINE_VERBS = frozenset(LEXICON.headline_verbs)
_WORD = re.compile(r"\S+")


def _speaker_before_verb(lead: str) -> tuple[Speaker, Cue] | None:
    """"Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud’": the capitalised
    words before the first headline verb name the speaker."""
    words = list(_WORD.finditer(lead))
    for i, w in enumerate(words[1:5], start=1):
        form = w.group().lower()
        base = form.removesuffix("s")
        if base in _HEADLINE_VERBS or (form.endswith("es") and form[:-2] in _HEADLINE_VERBS):
            names = words[:i]
            if names[0].group() in _NOT_SPEAKERS:
                return None
            if not all(n.group()[:1].isupper() for n in names):
                return None
            start, end = names[0].start(), names[-1].end()
            return Speaker(lead[start:end], Span(start, end), None, None), Cue(w.group(), Span(w.start(), w.end()))
    return None
