"""Frames: the short texts the parser sees.

Parsing is the expensive step, so only sentences that can hold an
attribution are parsed (a reporting-verb form, a cue phrase or a quotation
mark in them), and a long quoted passage inside such a sentence is replaced
by a short placeholder clause: the parser needs to know that a clause stands
there, not what it says. Every frame keeps a map back to article offsets.
"""

from __future__ import annotations

import calendar
import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import ftfy

from ..models import Span
from .lexicon import LEXICON
from .marks import MarkedQuote
from .rules import (
    CUE_PHRASES,
    LIGHT_SPEECH_NOUNS,
    OBJECT_CUES,
    PHRASAL_CUES,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    word_forms,
)

__all__ = ["Frame", "build_frames", "cue_word_pattern", "word_forms", "PLACEHOLDER"]

PLACEHOLDER = "this is so"
# The placeholder of a quote that a verb of naming takes as its object complement: 'one lawmaker called
# Trump “the orange prince of American self-publicity.”' framed as 'called Trump "this is so."' parses
# the clause as the sentence and loses the call with its speaker; a noun phrase keeps them.
NAMING_PLACEHOLDER = "a name"
# only the past and -ing forms: "brand", "label" and "calls" are nouns as often ("the Ivanka Trump
# brand - a business pitched as “...”")
_NAMING_VERBS = frozenset(w for w in LEXICON.naming_verbs if w.endswith(("ed", "ing")))
# how many words before a quote a verb of naming may stand: the verb and its object ("called the
# Indiana governor")
_NAMING_REACH = 6
_RELATIVES = frozenset(LEXICON.relative_pronouns) | frozenset(LEXICON.tail_relatives)
# the words after which a long quote keeps its placeholder: it opens a clause of its own ("said that
# “...”", "after “...”"), or stands as what a thing is described as ("pitched as “...”")
_CLAUSE_OPENERS = frozenset(LEXICON.quote_clause_openers) | frozenset(LEXICON.subordinating_words)
# (syntax.py's TIME_WORDS and CALENDAR, which cannot be imported here: syntax imports this module)
_SPEAKING_TIMES = frozenset(LEXICON.time_words) | frozenset(
    name.lower() for name in (*calendar.day_name, *calendar.month_name) if name
)
_OPENING_MARKS = "".join(LEXICON.quote_tokens)
# Quoted stretches longer than this (in characters) are replaced in frames.
_REPLACE_OVER = 40
_KEEP_PUNCT = set(",.!?;:…—– ")


def cue_word_pattern(lemmas=REPORTING_VERBS, phrases=CUE_PHRASES) -> re.Pattern[str]:
    words = set()
    for lemma in lemmas:
        words |= word_forms(lemma)
    alternatives = sorted(words | set(phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in alternatives) + r")\b", re.IGNORECASE)


CUE_WORDS = cue_word_pattern()

# word form -> reporting-verb lemma: the extractor's own lemmatiser, so spaCy's
# lemmatizer and attribute ruler need not run (they cost a third of the parse).
FORM_TO_LEMMA: dict[str, str] = {form: lemma for lemma in REPORTING_VERBS for form in word_forms(lemma)}
# a form of a phrasal cue's verb -> the verb ("shot" -> "shoot" of "shoot back")
PHRASAL_HEADS: dict[str, str] = {form: p.split()[0] for p in PHRASAL_CUES for form in word_forms(p.split()[0])}
# a form of an object cue's verb -> the verb ("spoke" -> "speak" of "speak of")
OBJECT_HEADS: dict[str, str] = {
    form: verb
    for verb in {p.split()[0] for p in OBJECT_CUES}
    for form in ({verb, *LEXICON.object_cue_forms[verb]} if verb in LEXICON.object_cue_forms else word_forms(verb))
}
_PHRASE_HEADS: dict[str, list[str]] = {}
for _phrase in CUE_PHRASES:
    _PHRASE_HEADS.setdefault(_phrase.split()[0], []).append(_phrase)
_WORD = re.compile(r"[a-z]+")
# speech nouns that are no verb's form ("admission", "assertion", "testimony"): a sentence with one and
# no reporting verb ("... was Schiff’s own doubling-down admission that he didn’t know ...") is read too
_SPEECH_NOUN_WORDS = frozenset(SPEECH_NOUNS) | {noun + "s" for noun in SPEECH_NOUNS}
# "case", "point": speech only with a that-clause ("made the case that ..."), so read only with "that" beside
_LIGHT_NOUN_WORDS = frozenset(LIGHT_SPEECH_NOUNS)


def has_cue_word(text: str) -> bool:
    """Whether a reporting-verb form, a speech noun or a cue phrase occurs in ``text``.

    A set lookup per word: an alternation of every form as one regex was a
    quarter of the extractor's time.
    """
    lowered = text.lower()
    words = _WORD.findall(lowered)
    if not FORM_TO_LEMMA.keys().isdisjoint(words) or not _SPEECH_NOUN_WORDS.isdisjoint(words):
        return True
    if "that" in words and not _LIGHT_NOUN_WORDS.isdisjoint(words):
        return True
    if _PHRASE_HEADS.keys().isdisjoint(words):
        return False  # most sentences: no word opens a cue phrase, so no need for the offsets
    for m in _WORD.finditer(lowered):
        for phrase in _PHRASE_HEADS.get(m.group(), ()):
            if lowered.startswith(phrase, m.start()):
                return True
    return False


@dataclass(slots=True)
class Frame:
    sentence: Span  # the sentence in the article
    text: str  # what the parser sees
    # (frame offset, article offset, length) for each copied stretch
    pieces: list[tuple[int, int, int]]
    # frame span of each placeholder -> the article span it stands for
    holes: list[tuple[Span, Span]]
    inside_quote: int | None = None  # index of the marked quote that contains the whole sentence
    # (as parsed, as written) for each mojibake letter the parser saw mended (_mended_letters)
    mended: tuple[tuple[str, str], ...] = ()

    def to_article(self, start: int, end: int) -> Span:
        """Map a frame span back to the article; a placeholder maps to what it replaced."""
        a = self._map(start, left=True)
        b = self._map(end, left=False)
        return Span(min(a, b), max(a, b))

    def _map(self, pos: int, *, left: bool) -> int:
        for hole, orig in self.holes:
            if hole.start <= pos <= hole.end and (left and pos < hole.end or not left and pos > hole.start):
                return orig.start if left else orig.end
        for fstart, astart, length in self.pieces:
            if fstart <= pos <= fstart + length:
                return astart + (pos - fstart)
        # between pieces: snap to the nearest piece boundary
        best = min(self.pieces, key=lambda p: min(abs(pos - p[0]), abs(pos - p[0] - p[2])))
        return best[1] if abs(pos - best[0]) <= abs(pos - best[0] - best[2]) else best[1] + best[2]

    def hole_at(self, start: int, end: int) -> Span | None:
        for hole, orig in self.holes:
            if hole.start < end and start < hole.end:
                return orig
        return None


def build_frames(text: str, sentences: list[Span], quotes: list[MarkedQuote]) -> list[Frame]:
    """A frame for each sentence that can hold an attribution."""
    pieces = sorted((piece, qi) for qi, q in enumerate(quotes) for piece in q.pieces)
    frames = []
    j = 0
    for sent in sentences:
        while j < len(pieces) and pieces[j][0].end <= sent.start:
            j += 1
        inside = []
        for p, qi in pieces[j:]:
            if p.start >= sent.end:
                break  # pieces are sorted by start
            if sent.start < p.end:
                inside.append((p, qi))
        s_text = text[sent.start : sent.end]
        has_cue = has_cue_word(s_text)
        has_mark = any(
            q.open_mark in range(sent.start, sent.end)
            or (q.close_mark is not None and sent.start <= q.close_mark < sent.end)
            for _, qi in inside
            for q in (quotes[qi],)
        )
        enclosing = next((qi for p, qi in inside if p.start <= sent.start and sent.end <= p.end), None)
        if not has_cue and not (has_mark and enclosing is None) and not _colon_before_quote(text, sent, pieces, j):
            continue
        if enclosing is not None:
            # a sentence wholly inside a quote: parse it as it is (nested speech)
            frames.append(Frame(sent, s_text, [(0, sent.start, len(s_text))], [], enclosing))
            continue
        gaps = glued_marks(text, sent, [quotes[qi] for _, qi in inside])
        frames.append(_mended_letters(_inverted_cue(_frame_with_holes(text, sent, inside, gaps))))
        # the quoted part of the sentence may report someone else's words:
        # "“As President Zelensky just said, this is ...,” Stoltenberg said."
        for piece, qi in inside:
            clip = Span(max(piece.start, sent.start), min(piece.end, sent.end))
            chunk = text[clip.start : clip.end]
            if len(clip) > _REPLACE_OVER and has_cue_word(chunk):
                frames.append(Frame(clip, chunk, [(0, clip.start, len(chunk))], [], qi))
    return frames


def _colon_before_quote(text: str, sent: Span, pieces: list, j: int) -> bool:
    """"Republican presidential nominee Donald Trump issued the following statement: ¶ “...”": a sentence
    with no cue word that ends on a colon right before quoted words introduces them (cue:colon reads it)."""
    if not text[sent.start : sent.end].endswith(":"):
        return False
    nxt = next((p for p, _ in pieces[j:] if p.start >= sent.end), None)
    return nxt is not None and not text[sent.end : nxt.start].strip(_OPENING_GAP)


# what may stand between such a colon and the quoted words: space and the opening mark
_OPENING_GAP = " \t\n\xa0" + "".join(LEXICON.colon_opening_marks)


_FIRST_WORDS = re.compile(r"([A-Z][a-z]+) [A-Z]")


def _inverted_cue(frame: Frame) -> Frame:
    """"Said Ellis: “...”" opens with the verb, capitalised, and the tagger takes it
    for a name; the parser sees it in lower case (same length, so offsets hold)."""
    m = _FIRST_WORDS.match(frame.text)
    if m and m.group(1).lower() in FORM_TO_LEMMA:
        frame.text = frame.text[0].lower() + frame.text[1:]
    return frame


# a byte of a letter whose UTF-8 was read as Latin-1: the lead byte read as "Ã" (or, in a second layer, "Â"),
# then the continuation byte; PolNeAR's texts hold the lead decomposed ("A" and a combining tilde)
MOJIBAKE_BYTE = r"(?:[ÃÂ]|A[\u0302\u0303])[\u0080-\u00bf]"
# a letter written as an HTML numeric character reference, as some of the BBC corpus's texts keep them
# ("Jos&#233; Manuel Barroso"): the parser cut the word at "&#233" and ";", and the name lost its first word
CHARACTER_REFERENCE = r"&#\d{2,5};"
# a letter written in bytes or a reference: the mojibake's or the reference's characters, one letter of the word
WRITTEN_LETTER = r"(?:" + MOJIBAKE_BYTE + "|" + CHARACTER_REFERENCE + ")"
# a letter read that way once ("Ã¡") or twice ("Ã\x83Â¡"), or a reference ("&#233;"), inside a word
_MOJIBAKE_LETTER = re.compile(r"(?<=\w)(?:" + WRITTEN_LETTER + ")+")


def written_letters(text: str) -> str:
    """Letters written in bytes read as Latin-1 or as character references, as they were meant: "TomÃ¡s" is
    "Tomás", "Jos&#233;" is "José"; ftfy undoes only the layers that decode cleanly, and a reference to no
    letter ("Blair&#191;s", a mis-written apostrophe) stays as written."""
    return ftfy.fix_encoding(unicodedata.normalize("NFC", referred_letters(text)))  # ftfy reads the lead byte composed


def referred_letters(text: str) -> str:
    """The letters written as character references decoded ("Jos&#233;" is "José"), the rest as written."""
    return re.sub(CHARACTER_REFERENCE, _letter_referred, text)


def _letter_referred(m: re.Match[str]) -> str:
    letter = html.unescape(m.group())
    return letter if len(letter) == 1 and letter.isalpha() else m.group()


def _mended_letters(frame: Frame) -> Frame:
    """"Arturo SarukhÃ\x83Â¡n ... SarukhÃ\x83Â¡n added": the tokenizer cuts a word at the stray "¡" of a
    letter read as Latin-1 and the cue loses its speaker; the parser sees the letter ftfy repairs, repeated
    to the bytes' length ("Sarukháááán"), so offsets hold and the word stays whole; so with a letter written
    as a character reference ("Jos&#233;" is parsed "José" and five more "é"). The name a reader sees is
    repaired from the article's text (names.repaired_name)."""
    mended: dict[str, str] = {}

    def mend(m: re.Match[str]) -> str:
        letter = written_letters(m.group())
        if len(letter) != 1 or not letter.isalpha():
            return m.group()
        mended[letter * len(m.group())] = m.group()
        return letter * len(m.group())
    if _MOJIBAKE_LETTER.search(frame.text):
        frame.text = _MOJIBAKE_LETTER.sub(mend, frame.text)
        frame.mended = tuple(mended.items())
    return frame


def as_written(frame: Frame, words: str | None) -> str | None:
    """Words of the frame as the article writes them: the parser's mended letters undone, so that
    "Sarukháááán" is the "SarukhÃ\x83Â¡n" the article's name index holds."""
    if words is None:
        return None
    for parsed, written in frame.mended:
        words = words.replace(parsed, written)
    return words


def glued_marks(text: str, sent: Span, quotes: list[MarkedQuote]) -> list[int]:
    """"“...,”Clinton said", "said,“We ...": a quotation mark with no space on its outer side. The
    tokenizer splits a mark from a word only at a space, so it reads '”Clinton' as one word and the cue
    loses its speaker; the frame gets the space the writer left out (the article offsets before which
    a space goes, sorted)."""
    gaps = set()
    for q in quotes:
        close = q.close_mark
        if close is not None and sent.start <= close < sent.end - 1 and text[close + 1].isalnum():
            gaps.add(close + 1)
        if sent.start < q.open_mark < sent.end and text[q.open_mark - 1] in _GLUED_BEFORE_OPENING:
            gaps.add(q.open_mark)
    return sorted(gaps)


# what an opening mark may follow with no space the writer meant: a comma closing the cue ('said,"We')
_GLUED_BEFORE_OPENING = frozenset(",")


def _frame_with_holes(text: str, sent: Span, inside: list[tuple[Span, int]], gaps: Sequence[int] = ()) -> Frame:
    out: list[str] = []
    copied: list[tuple[int, int, int]] = []
    holes: list[tuple[Span, Span]] = []
    pos = sent.start
    flen = 0

    def copy(start: int, end: int) -> None:
        """Copy text[start:end] to the frame, with a space before each glued mark (glued_marks)."""
        nonlocal flen
        for cut in [g for g in gaps if start < g < end] + [end]:
            chunk = text[start:cut]
            copied.append((flen, start, len(chunk)))
            out.append(chunk)
            flen += len(chunk)
            if cut != end:
                out.append(" ")
                flen += 1
            start = cut
    after_quote = sent.start  # where the words before the next quote start
    for piece, _ in inside:
        start, end = max(piece.start, sent.start), min(piece.end, sent.end)
        before, after_quote = text[after_quote:start], max(after_quote, end)
        while end > start and text[end - 1] in _KEEP_PUNCT:
            end -= 1  # “...,” keeps its comma: the parser reads the frame's punctuation
        if end - start <= _REPLACE_OVER or start < pos:
            continue
        placeholder = placeholder_after(before)
        if placeholder is None:
            # the quote goes on with the words before it: the parser reads its opening words as written,
            # and the rest is left out (its own clauses would take over the parse)
            copy(pos, _opening_words_end(text, start, end))
            pos = end
            continue
        if start > pos:
            copy(pos, start)
        holes.append((Span(flen, flen + len(placeholder)), Span(start, end)))
        out.append(placeholder)
        flen += len(placeholder)
        pos = end
    if pos < sent.end:
        copy(pos, sent.end)
    return Frame(sent, "".join(out), copied or [(0, sent.start, 0)], holes)


# the most words of a quote's opening the frame keeps when the quote goes on with the words before it
_OPENING_WORDS = 12
# ... and the fewest words before a clause break it ends them at
_OPENING_MIN_WORDS = 3
_CLAUSE_BREAK = re.compile(r"[,;:.!?—–(]| - ")


def _opening_words_end(text: str, start: int, end: int) -> int:
    """Where the opening words of the quoted passage text[start:end] end: at its first clause break
    ('“taken every punch they’ve thrown, and he’s standing tall.”' keeps "taken every punch they’ve
    thrown"), or after its first _OPENING_WORDS words. A quote that goes on with the words before it
    is a mixed quote, whose span runs to the closing mark whatever the parse reads of it."""
    cut = end
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        # a break after a word or two lists adjectives ('a “well-managed, conservatively run bank ...”')
        if len(text[start : m.start()].split()) >= _OPENING_MIN_WORDS:
            cut = m.start()
            break
    words = list(re.finditer(r"\S+", text[start:cut]))
    if len(words) > _OPENING_WORDS:
        cut = start + words[_OPENING_WORDS - 1].end()
    return cut if cut > start else end


def placeholder_after(before: str) -> str | None:
    """The placeholder of a quote after the words ``before`` it (from the sentence's start or the last
    quote): a noun phrase when a verb of naming stands among its last few words (NAMING_PLACEHOLDER),
    else the clause. Not when a relative word stands among them: 'called himself an iTunes customer who
    “was also forced to purchase an Apple iPod”' quotes that clause's verb phrase, and 'Vote for Clinton,
    whom he called “the most divisive political figure in the past 25 years,” or ...' is a naming inside
    the words someone else reports, which annotated news leaves to them. None (no placeholder) when the
    quote goes on with the words before it (_continues_words) and no verb of naming stands before it."""
    all_words = _WORD.findall(before.lower())
    words = all_words[-_NAMING_REACH:]
    named = [i for i, w in enumerate(words) if w in _NAMING_VERBS]
    if (named and _RELATIVES.isdisjoint(words)) or _fronted_participle(before, all_words):
        return NAMING_PLACEHOLDER
    if _NAMING_VERBS.isdisjoint(all_words) and _continues_words(before, words):
        return None
    return PLACEHOLDER


def _fronted_participle(before: str, words: list[str]) -> bool:
    """The sentence opens on a reporting verb's "-ing" alone before the quote: "Recalling ''the consequences to
    Jews who were unable to flee Nazism,'' the statement urged ...", "Citing “obligations in Tennessee,” the former
    vice president's spokeswoman told POLITICO ...": the quoted words are the participle's object, a noun
    phrase; a clause placeholder there ('Recalling “this is so,” the statement') became the subject of its
    own verb and the participle lost the speaker of the clause after it."""
    return len(words) == 1 and words[0].endswith("ing") and words[0] in FORM_TO_LEMMA and before[:1].isupper()


def _continues_words(before: str, words: list[str]) -> bool:
    """The quote carries on the clause its words before began, with no cue, "that" or punctuation
    between: 'He says Americans don't need any more “emotional, condescending lectures ...”', 'noting that
    he has put together “what is probably the best national ground-game campaign.”'. A clause placeholder
    there ('any more this is so') ends the reported clause at the mark and drops the quoted words; the
    words as written are parsed instead."""
    tail = before.rstrip().rstrip(_OPENING_MARKS).rstrip()
    if not tail or not tail[-1].isalnum() or not words or _ends_on_object_cue(words):
        return False
    last = words[-1]
    return last not in FORM_TO_LEMMA and last not in _CLAUSE_OPENERS and last not in _SPEAKING_TIMES


def _ends_on_object_cue(words: list[str]) -> bool:
    """The words before end on an object cue's verb and its preposition ('Chris Christie spoke of “...”',
    'warned about “...”'): the quote is that preposition's whole object, the words said, which the
    clause placeholder stands for as it does after a reporting verb; parsed as written, the quoted words
    ('spoke of “abundantly clear that he didn't fight ...”') took over the parse and the cue was lost."""
    if len(words) < 2 or words[-2] not in OBJECT_HEADS:
        return False
    return f"{OBJECT_HEADS[words[-2]]} {words[-1]}" in OBJECT_CUES
