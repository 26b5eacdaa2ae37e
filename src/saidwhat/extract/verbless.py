"""Attributions with no verb: a transcript label, or a dash and a name next to the quote.

Owns the verbless shapes assembly accepts for a marked quote that no cue
covers or adjoins; each gives the attribution it stands for and the rule id
that found it. Reads names through the article's name index, writes nothing.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from datetime import date, datetime
from typing import NamedTuple

from ..models import Span
from ..names.inarticle import ACCOUNT, OUTLET, NameIndex, person_named
from .attribute import Attribution
from .frames import FORM_TO_LEMMA
from .lexicon import LEXICON
from .marks import MarkedQuote
from .rules import DASHES, TRANSCRIPT_LABEL
from .sentences import ends_abbreviation

__all__ = ["LABEL", "Excerpt", "Tweet", "Verbless", "find_excerpts", "find_tweets", "find_verbless", "name_colon"]

LABEL = TRANSCRIPT_LABEL
_NAME_RE = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
_DASHES = re.escape("".join(DASHES))
# a hyphen alone joins words ("Jean-Marie"); two stand for a dash
_LONG_DASHES = re.escape("".join(d for d in DASHES if d != "-"))
_DASH_AFTER = re.compile(rf"^\s*[,.]?\s*(?P<cue>[{_DASHES}]+)\s*(?P<speaker>{_NAME_RE})")
# a name and a dash right before the opening mark: "including Mitt Romney -- ''It is ...''"
_DASH_BEFORE = re.compile(rf"(?P<speaker>{_NAME_RE})\s*(?P<cue>--|[{_LONG_DASHES}])\s*$")


# a name and a colon right before the opening mark, the name opening its sentence or set off by a
# dash: 'Clinton: "Our goal is ..."', '... JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “...”'. A fact
# check's exchange labels its turns with a role in lower case before the name and a party in brackets
# after it: 'Rep. Jane Roe (D-Ore.): "..."', 'Former secretary of state Jane Roe: "..."' (the role's
# words are no verb or preposition: name_colon checks them)
_ROLE = r"(?P<role>[A-Z][a-z]+(?:\s+[a-z]+){1,4})\s+"
_PARTY = r"(?:\s*\([^()\n]{1,24}\))?"
_NAME_COLON = re.compile(
    rf"(?:^|[{re.escape(LEXICON.name_colon_after)}]\s+|\n\s*|\s[{_DASHES}]+\s+)(?:{_ROLE})?"
    rf"(?P<speaker>{_NAME_RE}(?:\s+and\s+{_NAME_RE})?){_PARTY}\s*(?P<cue>:)\s*$"
)
_ROLE_STOPS = frozenset(LEXICON.name_colon_role_stops)


# a source after "From" or "More from" and a colon right before the opening mark, opening its sentence
# or set off by a dash: 'From the report: “...”', '... presidential election - More from Jones: “...”',
# "From Bush's Facebook post: ..." (a name and up to two words after it)
_OPENERS = "|".join(re.escape(w) for w in LEXICON.source_colon_openers)
_SOURCE_COLON = re.compile(
    rf"(?:^|[{re.escape(LEXICON.name_colon_after)}]\s+|\n\s*|\s[{_DASHES}]+\s*)(?:{_OPENERS})\s+"
    rf"(?P<speaker>(?:the\s+)?{_NAME_RE}(?:\s+and\s+{_NAME_RE}|\s+[a-z]+){{0,2}}|the\s+[a-z]+)\s*(?P<cue>:)\s*$"
)

# a document's label of up to three words opening its sentence, then "as follows" and a colon right before
# the opening mark: 'Transcript as follows: "Tonight we arrived ..."'
_FOLLOWS = "|".join(re.escape(w) for w in LEXICON.source_colon_follows)
_FOLLOWS_COLON = re.compile(
    rf"(?:^|[{re.escape(LEXICON.name_colon_after)}]\s+|\n\s*)"
    rf"(?P<speaker>[A-Z][a-z]+(?:\s+[a-z]+){{0,2}})\s+(?:{_FOLLOWS})\s*(?P<cue>:)\s*$"
)


# the last line inside the marks: a name, a comma and the place the speaker works, up to the closing mark
# ("...\nJane Roe, Policy Institute.")
_SIGNATURE = re.compile(
    rf"(?:^|\n)[ \t]*(?P<speaker>{_NAME_RE})(?P<cue>,)[ \t]+(?:the[ \t]+)?[A-Z][^\n,.!?]{{2,80}}[.]?\s*$"
)


# An embedded tweet's signature: a dash, the account's display name, its handle in brackets and the day it was
# posted, ending its line (or the scraped markup around it: "...</tweet>"): "— Jane Roe (@janeroe) November 18,
# 2019". The display name may carry emoji ("Jane Roe 🎄") and need not be a person's ("tall glass of coquito");
# it holds no dash or link ('-H pic.twitter.com/x SIGN UP — Hillary Clinton (@HillaryClinton)' is hers).
_TWEET_SIGNATURE = re.compile(
    rf"(?P<cue>--?|[{_LONG_DASHES}])[ \t]*(?P<name>[^\s()@<>/{_LONG_DASHES}][^\n()@<>/{_LONG_DASHES}]{{0,79}}?)?[ \t]*"
    rf"\((?P<handle>@\w{{1,15}})\)[ \t]+(?P<date>(?:{'|'.join(calendar.month_name[1:])}) \d{{1,2}}, \d{{4}})"
    r"[ \t]*(?=\n|$|<)"
)
_LINK = "|".join(re.escape(s) + r"\S*" for s in LEXICON.tweet_link_starts)
# what a tweet's words end on that is no word: its links, and a run of symbols before them ("⬇️⬇️⬇️https://...")
_TWEET_TAIL = re.compile(rf"(?:\s*(?:{_LINK})|\s+[^\w\s]+)+\s*$")
# a tag a scraper left at the start of the tweet's words ('<tweet id="..." author="@AP">')
_LEADING_TAG = re.compile(r"\s*<[^<>\n]*>\s*")


# A roundup's credit line: the source of the excerpt above it in square brackets, alone on its line ("[ Engadget ]",
# "[ Tom's Guide ]", "[AP.]": a full stop inside ends the credit, not the name); a Latin capital opens the name (a
# photo credit "[사진=JTBC]" is none).
_CREDIT = r"\[[ \t]*(?P<name>[A-Z][^\[\]\n]{0,40}?)(?P<stop>\.?)[ \t]*\][ \t]*$"
_CREDIT_LINE = re.compile(rf"^[ \t]*{_CREDIT}", re.M)
# ... or ending the excerpt's own paragraph, as HuffPost's morning email credits the stories it quotes:
# 'HOW CHINA'S DECLINE AFFECTS THE REST OF THE WORLD “China's economic slowdown ... financial losses.” [WaPo.]'.
# There the full stop inside is needed: a reference after quoted words has none ('“… Berlaku adillah …”
# [Al Maa-idah 8]', a verse of the Quran).
_CREDIT_ENDING = re.compile(rf"(?<=\S)[ \t]+{_CREDIT}", re.M)
# How many paragraphs one credit line takes up at most.
_EXCERPT_PARAGRAPHS = 3
# a paragraph's last character that ends a sentence: anything else ends a heading ("TL;DR")
_SENTENCE_ENDS = frozenset(LEXICON.excerpt_sentence_ends)


class Excerpt(NamedTuple):
    att: Attribution
    words: tuple[Span, ...]
    # the credit ends the words' own paragraph: only the marked quotes among them are the outlet's
    in_paragraph: bool = False


class Tweet(NamedTuple):
    att: Attribution
    words: Span
    posted: date


class Verbless(NamedTuple):
    att: Attribution
    pieces: list[Span]
    rule: str


def _label(text: str, mq: MarkedQuote, frame: int) -> Verbless | None:
    """assembly:transcript-label: "PENCE: Well, I think ..." inside the marks names its speaker."""
    first = mq.pieces[0]
    m = LABEL.match(text, first.start, first.end)
    if not m or m.end() >= first.end:
        return None
    speaker = Span(m.start("speaker"), m.end("speaker"))
    cue = Span(m.start("cue"), m.end("cue"))
    pieces = [Span(m.end(), first.end), *mq.pieces[1:]]
    return Verbless(_synthetic(text, cue, speaker, pieces, frame), pieces, "assembly:transcript-label")


def _dash_after(text: str, mq: MarkedQuote, frame: int) -> Verbless | None:
    """assembly:dash-after: “We are not going anywhere.” ― Jane Doe"""
    if mq.close_mark is None:
        return None
    m = _DASH_AFTER.match(text[mq.close_mark + 1 : mq.close_mark + 80])
    if not m or _sentence_on_next_line(m):
        return None
    base = mq.close_mark + 1
    speaker = Span(base + m.start("speaker"), base + m.end("speaker"))
    cue = Span(base + m.start("cue"), base + m.end("cue"))
    pieces = list(mq.pieces)
    return Verbless(_synthetic(text, cue, speaker, pieces, frame), pieces, "assembly:dash-after")


# a line that goes on as a sentence: capitals, then a word in lower case with nothing between them ("- The match
# will be televised ..."); a signature's name stops at its line's end or at a mark ('- Bernie Sanders.', '― Jane
# Doe, 1984')
_SENTENCE_LINE = re.compile(r"[ \t]*(?:[A-Z][\w'’-]*[ \t]+)+[a-z]")


def _sentence_on_next_line(m: re.Match) -> bool:
    """"... something minor to help out." ¶ - The match will be televised on BBC One at 1400 GMT on Saturday.":
    a line after the quote's paragraph that opens with a dash and goes on as a sentence is the article's next
    item (a BBC footer, a list's entry), not a signature; across a line break only a dash and a name alone on
    their line, or before a mark ('- Bernie Sanders.' under a fact check's claim), sign the quote."""
    if "\n" not in m.string[: m.start("cue")]:
        return False
    return _SENTENCE_LINE.match(m.string, m.end("cue")) is not None


def _signature(text: str, mq: MarkedQuote, frame: int, names: NameIndex) -> Verbless | None:
    """assembly:signature: an expert's comment in a roundup ends with its own line naming the expert and the
    place they work, inside the marks ('"We will enter the next slump without that consensus.\nJane Roe,
    Policy Institute."'): the name speaks, and the line is not the words. The name is a person the article
    knows, so a last line of the words that names a place ("Springfield, Ohio.") is left alone."""
    last = mq.pieces[-1]
    m = _SIGNATURE.search(text, last.start, last.end)
    if not m or person_named(m.group("speaker"), None, m.start("speaker"), names) is None:
        return None
    speaker, cue = Span(m.start("speaker"), m.end("speaker")), Span(m.start("cue"), m.end("cue"))
    words_end = m.start() if m.start() > last.start else None
    pieces = [*mq.pieces[:-1], Span(last.start, words_end)] if words_end is not None else list(mq.pieces[:-1])
    pieces = [p for p in pieces if text[p.start : p.end].strip()]
    if not pieces:
        return None
    return Verbless(_synthetic(text, cue, speaker, pieces, frame), pieces, "assembly:signature")


def _dash_before(text: str, mq: MarkedQuote, frame: int, names: NameIndex) -> Verbless | None:
    """assembly:dash-before: "including Mitt Romney -- ''It is a disgrace''", the name one the article knows."""
    m = _DASH_BEFORE.search(text, max(0, mq.open_mark - 60), mq.open_mark)
    if not m or person_named(m.group("speaker"), None, m.start("speaker"), names) is None:
        return None
    speaker, cue = Span(m.start("speaker"), m.end("speaker")), Span(m.start("cue"), m.end("cue"))
    pieces = list(mq.pieces)
    return Verbless(_synthetic(text, cue, speaker, pieces, frame), pieces, "assembly:dash-before")


def name_colon(text: str, mq: MarkedQuote, frame: int) -> Verbless | None:
    """assembly:name-colon: 'Clinton: "Our goal is not to deter ISIS."' and the roundup line
    'IOWA POLLS NOT WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “...”', and with "From" or
    "More from" before the source ('From the report: “...”', '- More from Jones: “...”'): the name before
    the colon speaks, not the subject of a clause before it; so does a document's label before "as follows"
    ('Transcript as follows: "Tonight we arrived ..."', `_follows_colon`). Not a word in capitals alone ("UPDATE:"),
    nor an inverted cue ("Said Mr Fogg:")."""
    window = max(0, mq.open_mark - 80), mq.open_mark
    m = _SOURCE_COLON.search(text, *window) or _follows_colon(text, mq, window) or _NAME_COLON.search(
        text, *window
    )
    if not m or m.group("speaker").isupper() or m.group("speaker").split()[0].lower() in FORM_TO_LEMMA:
        return None  # "Said Mr Fogg: ..." is a cue verb and its speaker, which the cue rules read
    if text[m.start() : m.start() + 1] == "." and ends_abbreviation(text, m.start()):
        return None  # 'Nelson Diaz said of Mr. Rubio: ...': the full stop of "Mr." ends no sentence
    if not _role_of_speaker(m):
        return None  # "Asked about Clinton: ...", "According to Jones: ...": no role, a cue or a phrase
    speaker, cue = Span(m.start("speaker"), m.end("speaker")), Span(m.start("cue"), m.end("cue"))
    pieces = list(mq.pieces)
    return Verbless(_synthetic(text, cue, speaker, pieces, frame), pieces, "assembly:name-colon")


def _follows_colon(text: str, mq: MarkedQuote, window: tuple[int, int]) -> re.Match | None:
    """'Transcript as follows: "Tonight we arrived ..."': the label speaks for a passage with no turns of its
    own; a passage opening on a turn ("WALLACE: Let's start ...") is left to the turns' labels (PolNeAR
    credits the turn there)."""
    if LABEL.match(text, mq.pieces[0].start, mq.pieces[0].end):
        return None
    return _FOLLOWS_COLON.search(text, *window)


def _role_of_speaker(m: re.Match) -> bool:
    """The words before the name are a role ("Former secretary of state"), or there are none: not a cue
    verb's inflected form ("Asked about Clinton:", "The senator told Jones:"; a base form is a noun as
    often: "secretary of state") nor a phrase a preposition ends ("According to")."""
    role = m.group("role") if "role" in m.re.groupindex else None
    if role is None:
        return True
    words = role.lower().split()
    return words[-1] not in _ROLE_STOPS and not any(FORM_TO_LEMMA.get(w, w) != w for w in words)


def find_verbless(text: str, mq: MarkedQuote, frame: int, names: NameIndex) -> Verbless | None:
    """The first verbless shape that attributes ``mq``; ``frame`` numbers the made-up attribution."""
    return (
        _label(text, mq, frame) or _dash_after(text, mq, frame) or _dash_before(text, mq, frame, names)
        or _signature(text, mq, frame, names)
    )


def _synthetic(
    text: str, cue: Span, speaker: Span, pieces: list[Span], frame: int, label: str | None = None
) -> Attribution:
    return Attribution(
        cue=cue, cue_text=cue.of(text), speaker=speaker, speaker_text=speaker.of(text), speaker_kind="name",
        speaker_head=speaker.of(text).split()[-1].lower(), speaker_label=label,
        content=Span(pieces[0].start, pieces[-1].end), holes=(), strength=0.8, thought=False,
        frame=frame, cue_after_content=cue.start > pieces[0].start,
    )


def find_tweets(text: str, paragraphs: tuple[Span, ...] | list[Span], frame: int) -> list[Tweet]:
    """assembly:embedded-tweet: a page keeps an embedded tweet as its words and a signature line after them
    ('Yes this is real ... https://t.co/Nc0nKoXGBP ¶ — Dianna E. Anderson 🏳️‍🌈 (@diannaeanderson) November 18,
    2019'), or both on one line as scraped markup flattens it ('... https://t.co/x — Ben Jacobs (@Bencjacobs)
    June 28, 2016'). The words, up to their links, are a direct quote of the display name, said on the line's
    date; no quotation mark marks them. ``frame`` numbers the first made-up attribution."""
    found: list[Tweet] = []
    if "(@" not in text:
        return found  # no signature: the pattern need not try every hyphen of the article
    for m in _TWEET_SIGNATURE.finditer(text):
        words = _tweet_words(text, paragraphs, m)
        if words is None:
            continue
        speaker = _display_name(text, m)
        cue = Span(m.start("handle") - 1, m.end("date"))
        att = _synthetic(text, cue, speaker, [words], frame + len(found), label=ACCOUNT)
        posted = datetime.strptime(m.group("date"), "%B %d, %Y").date()
        found.append(Tweet(att, words, posted))
    return found


def find_excerpts(text: str, paragraphs: tuple[Span, ...] | list[Span], frame: int) -> list[Excerpt]:
    """assembly:credited-excerpt: a roundup of reviews quotes each outlet's words as a block of paragraphs and
    credits it on the line after ("... at least we're getting there. ¶ [ Engadget ]"): the block, back to the
    roundup's last credit line, a heading or a paragraph that introduces it with a colon, is a direct quote of
    the outlet the line names. A roundup of stories credits each at its paragraph's end instead ('HEADLINE
    “...” [WaPo.]'): that paragraph's words, before the credit, hold the outlet's (``in_paragraph``; the marks
    tell which). A page crediting two excerpts at least is a roundup; one bracketed credit alone may be anything
    (a book's reference, an editor's note)."""
    lines = list(_CREDIT_LINE.finditer(text))
    endings = [m for m in _CREDIT_ENDING.finditer(text) if m.group("stop")]
    if len(lines) + len(endings) < 2:
        return []
    found = [e for m in lines if (e := _block_excerpt(text, paragraphs, m)) is not None]
    found += [e for m in endings if (e := _paragraph_excerpt(text, paragraphs, m)) is not None]
    found.sort(key=lambda e: e.words[0].start)
    return [e._replace(att=dataclasses.replace(e.att, frame=frame + i)) for i, e in enumerate(found)]


def _block_excerpt(text: str, paragraphs: tuple[Span, ...] | list[Span], m: re.Match) -> Excerpt | None:
    """The block of paragraphs a credit line on its own takes up, back to a heading, a paragraph that ends on a
    colon or the last credit line."""
    at = next((i for i, p in enumerate(paragraphs) if p.start <= m.start() < p.end), None)
    if at is None or paragraphs[at].of(text).strip() != m.group().strip():
        return None  # the credit shares its paragraph with other words: no line of its own
    block: list[Span] = []
    for p in reversed(paragraphs[max(0, at - _EXCERPT_PARAGRAPHS) : at]):
        words = p.of(text).strip()
        if _CREDIT_LINE.fullmatch(words) or _is_heading(words) or words.endswith(":"):
            break
        block.insert(0, p)
    if not block:
        return None
    name = Span(m.start("name"), m.end("name"))
    att = _synthetic(text, Span(m.start(), m.end()), name, block, 0, label=OUTLET)
    return Excerpt(att, tuple(_trimmed(text, p) for p in block))


def _paragraph_excerpt(text: str, paragraphs: tuple[Span, ...] | list[Span], m: re.Match) -> Excerpt | None:
    """The words of the paragraph a credit ends, before it ('HEADLINE “...” [WaPo.]')."""
    at = next((i for i, p in enumerate(paragraphs) if p.start <= m.start() < p.end), None)
    if at is None:
        return None
    words = _trimmed(text, Span(paragraphs[at].start, m.start()))
    if words.end <= words.start:
        return None
    cue = Span(text.index("[", m.start()), text.rindex("]", m.start(), m.end()) + 1)
    name = Span(m.start("name"), m.end("name"))
    att = _synthetic(text, cue, name, [words], 0, label=OUTLET)
    return Excerpt(att, (words,), in_paragraph=True)


def _is_heading(words: str) -> bool:
    """A roundup's heading between its excerpts: one line that ends on no sentence's end ("TL;DR"), or a short
    one with its words capitalised ("What Does Stadia Offer?")."""
    if "\n" in words:
        return False
    if not words or words[-1] not in _SENTENCE_ENDS:
        return True
    tokens = words.split()
    return len(tokens) <= 15 and sum(t[:1].isupper() for t in tokens) >= 0.6 * len(tokens)


def _trimmed(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Span(start, end)


def _tweet_words(text: str, paragraphs: tuple[Span, ...] | list[Span], m: re.Match) -> Span | None:
    """The tweet's words before its signature: the line's own words before the dash, else the paragraph
    the signature line closes, else the paragraph before it; its links and a scraper's tag left out."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if text[line_start : m.start()].strip():
        if not text[m.start() - 1].isspace():
            return None  # a hyphen inside a word ("pro-Roe (@x) ..."), no dash before a name
        start, end = line_start, m.start()
    else:
        at = next((i for i, p in enumerate(paragraphs) if p.start <= m.start() < p.end), None)
        if at is None:
            return None
        if paragraphs[at].start < line_start:
            start, end = paragraphs[at].start, line_start
        elif at > 0:
            start, end = paragraphs[at - 1].start, paragraphs[at - 1].end
        else:
            return None
        if _TWEET_SIGNATURE.search(text, start, end):
            return None  # the line before is another tweet's signature: this one shows no words
    tag = _LEADING_TAG.match(text, start, end)
    start = tag.end() if tag else start
    tail = _TWEET_TAIL.search(text, start, end)
    end = tail.start() if tail else end
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Span(start, end) if any(c.isalnum() for c in text[start:end]) else None


def _display_name(text: str, m: re.Match) -> Span:
    """The display name without the emoji and symbols around it ("Dianna E. Anderson 🏳️‍🌈"), or the handle
    when the name is nothing else."""
    start, end = m.span("name") if m.group("name") else (m.start("handle"), m.start("handle"))
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
        end -= 1
    return Span(start, end) if end > start else Span(m.start("handle"), m.end("handle"))
