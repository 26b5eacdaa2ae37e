"""Grouping quotes into statements: the same words reported by many articles.

Owns the matching rule and the in-memory index. A quote joins a statement of
the same speaker when its normalised wording is identical, or when MinHash LSH
(datasketch) proposes the statement as a candidate and a word alignment
confirms it: near-duplicate (most words shared in order) or contained (a
trimmed quote inside a longer one, or a longer one around it). Candidates come
only from the LSH buckets, never from comparing against every statement.

The unit is a sentence of a speaker's quoted words (``quote_parts``): a quote of three
sentences joins three statements, and a fragment joins the statement of the sentence that
holds it. A speaker the linker is not sure of (unnamed, or a surname alone) may share a
statement with another speaker when the words are long and close (``speakers_may_share``).

Long quotes are indexed as overlapping windows of words, so that a sentence
cut out of a long quote still lands in the same bucket as the window it came
from; the query side uses a finer step than the index side so that any cut
lines up with some indexed window within a couple of words.

``StatementIndex`` keeps everything in memory (tests, one-off runs); the store
keeps the same bands in SQLite (``link.py``) through the ``Bands`` protocol.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from ..extract.rules import LIBRARY_NAME_SUFFIXES
from .dates import Spoken
from .diff import FUNCTION_WORDS, NUMBER_WORDS, classify, meaningful, negation_count, render, word_diff
from .signatures import Signature, prime, window_signatures
from .text import count_tokens, joined_pieces, normalize, straight, translation_cue

if TYPE_CHECKING:
    from datasketch import MinHash

__all__ = [
    "Bands",
    "MemoryBands",
    "Member",
    "StatementIndex",
    "StatementView",
    "Matcher",
    "Part",
    "holds_but_one",
    "holds_unnamed",
    "holds_in_row",
    "holds_in_spaced",
    "fragment_may_join",
    "copy_shared",
    "is_copied",
    "is_namesake_org",
    "is_near_copy",
    "is_swapped",
    "may_near_copy",
    "is_short_copy",
    "merged_part",
    "part_member",
    "prepare_windows",
    "quote_parts",
    "repeats",
    "sentence_pieces",
    "sentence_wording",
    "quoted_fragments",
    "id_surname",
    "speakers_may_share",
    "speaker_words",
    "within_occasion",
    "without_initial",
    "statement_words",
    "summarize",
]

NUM_PERM = 64
LSH_THRESHOLD = 0.5
LSH_BANDS = (14, 4)  # datasketch's banding of NUM_PERM values at LSH_THRESHOLD: 14 bands of 4 (``lsh_params``)
WINDOW = 12  # words in a window
INDEX_STEP = 6  # windows stored every 6 words
QUERY_STEP = 3  # and looked up every 3, so a cut quote meets one within ~2 words
MIN_CONTAINED_WORDS = 5  # a shorter fragment ("we will", "is necessary") is not evidence of anything
NEAR_RATIO = 0.7  # difflib ratio over words for a near-duplicate
CONTAINED = 0.8  # share of the shorter wording found in order in the longer one
# A sentence's opening conjunction is where outlets cut or join a speaker's sentences ("But presidents
# can't just say anything they want." / "The problem is presidents can't just say anything they
# want, because ..."): it does not count against the shorter wording's share found in the longer.
OPENING_JOINERS = frozenset({"and", "but", "so", "or", "yet"})
QUOTED_KINDS = ("direct", "nested")  # whole quotes inside quotation marks
# An unnamed speaker's quote shares a statement with another speaker's from this many words, at this
# difflib word ratio (a near copy, not a fragment), with this many words that are not function words.
# Measured (README, "Statements across outlets"): on composed dev and generated dev every setting from
# 4 to 12 words kept grouping precision at 100%; 6 words reached composed dev's last pairs (a 6-word
# fragment) but on PolNeAR train joined two unnamed "they are going to do one thing" to John McCain's
# sentence across articles; at 8, every cross-article join there was right. A content-word floor
# (3 to 5) cost generated recall and gained nothing at 8 words.
MIN_UNNAMED_WORDS = 8
UNNAMED_SCORE = 0.8
MIN_UNNAMED_CONTENT = 0
MIN_SENTENCE_WORDS = 4  # "Yes.", "Thank you.": too short to be a statement alone; kept with a neighbour
# LSH proposes a sentence with a word or two changed ("will not accept an agreement that" / "shall
# never accept an agreement which", "joy they took" / "joy [the group] took") too rarely: under this
# many words, the speaker's own statements are compared too, when the speaker has at most
# SPEAKER_SCAN wordings, and only those sharing half the words (the scan stays cheap).
SCAN_BELOW_WORDS = 40
SPEAKER_SCAN = 200
MIN_FRAGMENT_WORDS = 2  # a mixed quote's short fragment ("long overdue") joins the one statement holding it
# A speaker says a short phrase again on another occasion ("right to be angry" in two primary-night
# speeches ten days apart, "bomb the hell" out of ISIS, "radical Islamic terrorism"): a fragment of
# fewer than OCCASION_FREE_WORDS words joins the statement holding it only when one of its sources
# is dated within FRAGMENT_OCCASION_DAYS of the fragment's article (or either date is unknown).
# Measured on PolNeAR train's store: the cross-article fragment joins of 2 to 4 words that were
# right ("extremely careless", "would certainly implement", "a lot of sacrifices") had a source 0
# to 5 days away; the wrong ones 10 to 207 days. The longer joins were all within 6 days, and a
# long fragment is no stock phrase: it joins whatever the date (a re-publication a year later).
FRAGMENT_OCCASION_DAYS = 7
OCCASION_FREE_WORDS = 5
# A direct quote's short sentence near another's wording but not the same ("We're going to do a
# wall" in August, "We're going to build a wall" in February; "I think it's a bribe" / "I think
# it's a tough thing") joins it under the same rule when it has fewer than
# OCCASION_FREE_SENTENCE_WORDS words. On PolNeAR train's store this split 4 statements, all rightly,
# and changed no pair. Words a longer sentence contains keep joining it ("a terrible situation even
# worse" of Sanders's statement, quoted 14 days on: a pair of one statement in the first file).
OCCASION_FREE_SENTENCE_WORDS = 8
# A new wording this close to two statements or more joins them all: they were one statement that
# arrived in an order that opened two ("a deal" before "an agreement" under a surname alone).
MERGE_SCORE = 0.8
# Outlets translating one remark each choose their words ("will not stand by" / "is not going to look
# on", "No family will be left without a home" / "Nobody will be left homeless"): a sentence its
# article says was translated joins the same speaker's statement at this word ratio, from this many
# words. Measured on composed dev (e11, e12) and PolNeAR train (README, "Translations").
# An article prints a remark in one rendering: a sentence of the same article already in a statement
# is another sentence, however many words the two share ("Europe will not sign an agreement that puts
# our farmers at a disadvantage" / "... that lowers our food standards", word ratio 0.67), so the
# translated ratio never joins a statement holding one (``Matcher.find``'s ``same_article``).
TRANSLATED_RATIO = 0.55
MIN_TRANSLATED_WORDS = 6
# A quoted sentence of this many words that two articles give word for word to two named speakers is
# one statement (``is_copied``): on PolNeAR train's store all 6 such wordings were one outlet giving
# a remark to the wrong person (Albright's "special place in hell" to Susan Sarandon, Trump's Oreos
# to a union official); on the BBC store all 12 were that, or one person under two ids (Vince Cable
# and Vincent Cable). The shortest of them had 8 words.
MIN_COPIED_WORDS = 8
# Shorter copies join across speakers only where one side may be the other: an unnamed speaker ("a
# campaign spokesman", a quote the extractor gave nobody) against a named one, or a person against an
# organisation named after them ("Clinton" read as an organisation, "Team Clinton", the "Campaign for
# Trump"). From this many words, this many of them not function words (``is_short_copy``): the words
# printed whole and word for word in both, never a fragment held in a longer sentence.
MIN_SHORT_COPY_WORDS = 5
MIN_SHORT_COPY_CONTENT = 3
# An unnamed speaker's quoted words (a pronoun the extractor left unresolved, "a spokesman", a quote
# given nobody) join the one statement of a person the same article quotes by name that holds them
# (``holds_unnamed``; ``link._held_by_named``), from this many words, or that they hold, from
# MIN_CONTAINED_WORDS: the article names who may have said them, so a few words are enough where
# the bands' unnamed rules ask for 8 (or a 5-word copy). Measured on PolNeAR train's store (README,
# "Unnamed words held by a speaker of the article").
MIN_HELD_UNNAMED_WORDS = 3
# The words that join the two ends of a coordination, which outlets may print either way round (``is_swapped``).
COORDINATORS = frozenset({"and", "or"})
# The words an organisation's name may have beside a surname and still be that person's side.
CAMPAIGN_WORDS = frozenset({"campaign", "team", "for", "camp"})


# Words between quotation marks: what a mixed quote gives of the speaker's own words. Two
# apostrophes ('' ... '', or `` ... '') are quotation marks too, as the extractor reads them
# (``extract.marks``): the New York Times' archive copy prints every quote so, and without them
# none of its mixed quotes gave the speaker's words, only the reporter's sentence around them.
_QUOTED = re.compile(r"[\"\u201c\u201e\u00ab]([^\"\u201c\u201d\u201e\u00ab\u00bb]+)[\"\u201d\u00bb]"
                     r"|(?:''|``)((?:(?!'').)+)''")
_DIGRAPHS = ("''", "``")


def _inside(m: re.Match[str]) -> str:
    """The words inside the quotation marks ``_QUOTED`` matched, whichever marks they were."""
    return m.group(1) if m.group(1) is not None else m.group(2)


def quoted_fragments(text: str, start: int, end: int) -> tuple[str, ...]:
    """The stretches inside quotation marks of ``text[start:end]`` (the marks, one character or
    two, may sit just outside the span): what a mixed quote prints of the speaker's own words."""
    lo = start - 2 if text[max(0, start - 2) : start] in _DIGRAPHS else start - 1
    hi = end + 2 if text[end : end + 2] in _DIGRAPHS else end + 1
    window = text[max(0, lo) : hi]
    return tuple(_inside(m).strip(" ,.") for m in _QUOTED.finditer(window) if _inside(m).strip(" ,."))


def statement_words(text: str, kind: str, fragments: tuple[str, ...] = ()) -> str:
    """The speaker's words of a quote, which is what a statement groups: a mixed quote's quoted
    ``fragments`` ("would ask for \u201c12 new frigates\u201d" -> "12 new frigates"), so that the
    reporter's words around them neither join nor split statements; any other quote whole."""
    if kind != "mixed":
        return text
    fragments = fragments or tuple(_inside(m) for m in _QUOTED.finditer(text))
    # A word or two in quotation marks ("truth", "red line") is a term the reporter borrows, not a
    # statement: matched alone it would join the speaker's every use of it. Such quotes keep their text.
    if sum(len(f.split()) for f in fragments) < MIN_CONTAINED_WORDS:
        return text
    return " ... ".join(fragments)


@dataclass(frozen=True, slots=True)
class Part:
    """One sentence of a quote's words, the unit a statement groups: ``start``/``end`` are
    character offsets into the quote's text; ``wording`` the normalised words that are matched.
    ``fragment``: a mixed quote's few quoted words ("long overdue"), which join only a statement
    of the same speaker holding them; the whole quote's words are ``wording`` otherwise."""

    index: int
    start: int
    end: int
    wording: str
    fragment: str = ""
    fragment_span: tuple[int, int] | None = None  # where the fragment's words stand in the quote's text
    quoted: bool = True  # the words stood inside quotation marks (a mixed quote's fragments do)
    translated: bool = False  # the reporter says the words were translated ("said in Spanish")
    # a mixed quote's several fragments: how many words of ``wording`` each is, in order
    pieces: tuple[int, ...] = ()

    def joined_as_fragment(self) -> Part:
        """This part as filed when its fragment joined the statement that holds it."""
        start, end = self.fragment_span or (self.start, self.end)
        return Part(self.index, start, end, self.fragment, quoted=self.quoted)


@functools.cache
def _splitter() -> tuple[Any, Any]:
    """The extractor's sentence splitter and its span type, imported on first use (a pure
    splitter: no model, no extraction state) and kept: an import statement in ``sentence_spans``
    went through the import machinery for each of the BBC corpus's 13.5k quotes."""
    from ..extract.sentences import split_sentences
    from ..models import Span

    return split_sentences, Span


def sentence_spans(text: str, breaks: tuple[int, ...] = ()) -> list[tuple[int, int]]:
    """The sentences of a quote's text as (start, end) offsets, a piece of fewer than
    MIN_SENTENCE_WORDS words kept with the sentence before it (or after, when first). A quote
    joined to its continuation ("X, This is ...") is cut there too (``joined_pieces``, with the
    ``breaks`` its spans show)."""
    split_sentences, Span = _splitter()
    merged: list[tuple[int, int, int]] = []  # start, end, words
    folded = straight(text)  # as ``tokens`` reads each sentence: once for the quote
    for s in split_sentences(text, [Span(a, b) for a, b in joined_pieces(text, breaks)]):
        # Counted up to MIN_SENTENCE_WORDS only: the counts are only compared with it, alone or summed.
        n = count_tokens(folded, s.start, s.end, MIN_SENTENCE_WORDS)
        if not n:
            continue
        if merged and (n < MIN_SENTENCE_WORDS or merged[-1][2] < MIN_SENTENCE_WORDS):
            merged[-1] = (merged[-1][0], s.end, merged[-1][2] + n)
        else:
            merged.append((s.start, s.end, n))
    return [(a, b) for a, b, _ in merged] or [(0, len(text))]


def quote_parts(text: str, kind: str, fragments: tuple[str, ...] = (), breaks: tuple[int, ...] = ()) -> list[Part]:
    """The statements' units of one quote: each sentence of a direct (or any other) quote (``breaks``:
    where its spans show a sentence ended, ``sentence_spans``); a mixed quote whole, as
    ``statement_words`` reads it (its quoted words are pieces of the reporter's sentence, not
    sentences of their own)."""
    if kind == "mixed":
        words = statement_words(text, kind, fragments)
        wording = sentence_wording(words)
        fragments = fragments or tuple(_inside(m) for m in _QUOTED.finditer(text))
        quoted = sentence_wording(" ".join(fragments))
        at = text.find(fragments[0]) if len(fragments) == 1 else -1
        if at < 0 or not MIN_FRAGMENT_WORDS <= len(quoted.split()) < MIN_CONTAINED_WORDS:
            pieces = tuple(len(sentence_wording(f).split()) for f in fragments) if words != text else ()
            if len(pieces) < 2 or sum(pieces) != len(wording.split()):
                pieces = ()
            # its fragments, or the reporter's words
            return [Part(0, 0, len(text), wording, quoted=words != text, pieces=pieces)]
        return [Part(0, 0, len(text), wording, quoted, (at, at + len(fragments[0])), quoted=False)]
    inside = kind in QUOTED_KINDS
    return [Part(k, a, b, wording, quoted=inside) for k, (a, b, wording) in enumerate(_unrepeated(text, breaks))]


def _unrepeated(text: str, breaks: tuple[int, ...] = ()) -> list[tuple[int, int, str]]:
    """The sentences of ``text`` (``sentence_spans``) with their wordings, a sentence that says the
    one before it again (``repeats``) kept with it: "And I'm just not quite there yet. I'm not
    quite there yet." is one statement, which two sentences split in two (an outlet's fragment
    "not quite there yet" was then held by both and joined neither)."""
    out: list[tuple[int, int, str]] = []
    last: list[str] = []  # the words of the sentence before, alone (not what it merged with)
    for a, b in sentence_spans(text, breaks):
        wording = sentence_wording(text[a:b])
        ws = wording.split()
        if out and repeats(last, ws):
            start = out[-1][0]
            out[-1] = (start, b, sentence_wording(text[start:b]))
        else:
            out.append((a, b, wording))
        last = ws
    return out


# A sentence's end inside a quote's words: a full stop, question or exclamation mark with more words after it.
_INNER_END = re.compile(r"[.?!][\"'\u201d\u2019)]*\s+\S")


def sentence_pieces(printed: str) -> tuple[str, ...]:
    """The wordings of the sentences a quote's part keeps together (a sentence of fewer than
    MIN_SENTENCE_WORDS words kept with its neighbour, ``sentence_spans``, or one said again,
    ``repeats``), each as ``sentence_wording`` reads it; () for a part of one sentence."""
    if not _INNER_END.search(printed):  # the common case, told without splitting
        return ()
    split_sentences, Span = _splitter()
    spans = split_sentences(printed, [Span(a, b) for a, b in joined_pieces(printed)])
    pieces = tuple(w for w in (sentence_wording(printed[s.start:s.end]) for s in spans) if w)
    return pieces if len(pieces) > 1 else ()


def repeats(previous: list[str], words: list[str]) -> bool:
    """Whether of two neighbouring sentences of a quote one says the other again: the same words,
    or the shorter whole inside the longer with at most one word more among its own (``holds_but_one``:
    "We need very strong leadership. We need very, very strong leadership."), from
    MIN_SENTENCE_WORDS words. A speaker repeating a sentence says one thing."""
    shorter, longer = sorted((previous, words), key=len)
    if len(shorter) < MIN_SENTENCE_WORDS or not set(shorter) <= set(longer):  # the common case, told cheaply
        return False
    return shorter == longer or holds_but_one(longer, shorter)


def speaker_words(kind: str, text: str, wording: str) -> bool:
    """Whether ``wording``, filed from a quote of ``kind`` whose text is ``text``, is the speaker's
    words in quotation marks (a direct or nested quote's sentence, a mixed quote's quoted fragments)
    rather than the reporter's (reported speech, a headline's summary, a mixed quote's sentence
    whose quoted words are too few to stand for it): ``Part.quoted``, told from what the store
    keeps of a filed sentence, so that banding a statement again (``link._band_wordings``) bands
    it under the wordings its quotes were banded under when filed.

    Only these wordings are banded: the reporter's words join a statement by the exact-match
    test and their speaker's scan, never by the bands (``link._file_quote``)."""
    if kind in QUOTED_KINDS:
        return True
    return kind == "mixed" and wording != sentence_wording(text)


def sentence_wording(text: str) -> str:
    """The words a statement matches: ``normalize``'s, hyphenated words apart ("long-term" and
    "long term" are one wording)."""
    return normalize(text.replace("-", " "))


def speakers_may_share(speaker: str, owner: str) -> str | None:
    """Whether quotes of ``speaker`` may join a statement of ``owner``: "same" for one person
    (or a surname alone and a full name ending in it: the linker meets "Ms Dubois" before any
    article names Claire Dubois), "unsure" when either is an unnamed speaker ("?..."), whose
    quotes join only on long, close words; None otherwise."""
    if speaker == owner:
        return "same"
    for a, b in ((speaker, owner), (owner, speaker)):
        surname, full = a.split(":", 1)[-1], b.split(":", 1)[-1]
        if a.startswith("surname:") and (full == surname or id_surname(b) == surname):
            return "same"
        if a.startswith("name:") and b.startswith("name:") and without_initial(b) == a:
            return "same"
    if speaker.startswith("?") or owner.startswith("?"):
        return "unsure"
    return None


def id_surname(speaker: str) -> str | None:
    """A named speaker's surname as its id spells it: "name:paul-ryan" -> "ryan", and a generational
    suffix passed over, as ``identity.name_parts`` reads a name ("name:james-b-comey-jr" -> "comey":
    articles mention him as Comey, never as Jr.); None for a knowledge-base id, whose name the store
    keeps. "name:donald-jr" keeps "jr": a name of two words has no surname before its suffix."""
    kind, _, name = speaker.partition(":")
    if kind not in ("name", "surname") or not name:
        return None
    parts = name.split("-")
    if kind == "name" and len(parts) > 2 and parts[-1] in LIBRARY_NAME_SUFFIXES:
        parts.pop()
    return parts[-1]


def without_initial(speaker: str) -> str | None:
    """A full name's id without its one middle initial ("name:paul-d-ryan" -> "name:paul-ryan"), or
    None when it has none or more than one. One outlet prints "Paul D. Ryan" where the others print
    "Paul Ryan" (NYT, PolNeAR train): one person. Two initials stay apart ("George H. W. Bush" is
    not "George W. Bush"), and so does a name with an initial against one with another."""
    kind, _, name = speaker.partition(":")
    parts = name.split("-")
    inner = [k for k in range(1, len(parts) - 1) if len(parts[k]) == 1]
    if len(inner) != 1 or len(parts) < 3:
        return None
    return f"{kind}:{'-'.join(parts[:inner[0]] + parts[inner[0] + 1:])}"


def _shingles(ws: list[str]) -> list[bytes]:
    """The shingles a window's MinHash is the minimum over (``signatures`` works them out for many
    windows at once; tests check it against these)."""
    # Single words and word pairs together: pairs keep order, single words keep
    # a one-word change in a short quote from breaking every shingle.
    out = [w.encode() for w in ws]
    out += [f"{a} {b}".encode() for a, b in zip(ws, ws[1:])]
    return out or [b""]


def windows(ws: list[str], step: int) -> list[list[str]]:
    if len(ws) <= WINDOW:
        return [ws]
    starts = list(range(0, len(ws) - WINDOW + 1, step))
    if starts[-1] != len(ws) - WINDOW:
        starts.append(len(ws) - WINDOW)
    return [ws[s : s + WINDOW] for s in starts]


def _affine32_permutations(num_perm: int, seed: int = 1) -> np.ndarray:
    """datasketch's permutations (2.x, its "affine32" scheme), drawn as its ``MinHash`` draws
    them: importing datasketch's package imports scipy.integrate, 0.55 s CPU of each ``ingest``
    that links (``MemoryBands`` imports it when made). ``test_signatures`` holds them equal."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return np.array([a, b])


# Drawing the permutations is the costly part of a MinHash; every one shares them (datasketch's,
# seed 1). The values are ``signatures``' (its shingle hash is not datasketch's: migration 0023).
_PERMUTATIONS = _affine32_permutations(NUM_PERM)


def minhashes(ws: list[str], step: int) -> list[Signature]:
    """One MinHash a window of ``ws`` (``windows``), worked out in one numpy pass (``signatures``)."""
    return window_signatures(ws, window_starts(len(ws), step), WINDOW, _PERMUTATIONS)


def prepare_windows(wordings: Iterable[str], steps: Iterable[int] | None = None) -> None:
    """Work out at once the windows ``minhashes`` will be asked for of each of ``wordings`` (an
    article's sentences, before they are filed), with their band keys: at the query step, whose
    windows hold the index step's, or at each wording's step of ``steps`` when the caller knows
    that only the index step's will be asked for (a window asked for and not worked out here is
    worked out then). Changes no value, only when it is worked out."""
    word_lists = [w.split() for w in wordings]
    steps = [QUERY_STEP] * len(word_lists) if steps is None else list(steps)
    prime(word_lists, [window_starts(len(ws), step) for ws, step in zip(word_lists, steps)], WINDOW,
          _PERMUTATIONS, LSH_BANDS)


def window_starts(n: int, step: int) -> list[int]:
    """Where ``windows`` starts its windows over ``n`` words."""
    if n <= WINDOW:
        return [0]
    starts = list(range(0, n - WINDOW + 1, step))
    if starts[-1] != n - WINDOW:
        starts.append(n - WINDOW)
    return starts


class Bands(Protocol):
    """Where a statement's LSH bands live: in memory or in the store."""

    def candidates(self, hashes: list[MinHash]) -> set[str]: ...

    def add(self, statement: str, hashes: list[MinHash]) -> None: ...


class MemoryBands:
    """datasketch's MinHashLSH; keys are "statement#n" so a statement can hold many windows."""

    def __init__(self) -> None:
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._n: Counter[str] = Counter()
        self._joined: dict[str, str] = {}  # a statement joined to another: its keys stand for that one

    def candidates(self, hashes: list[MinHash]) -> set[str]:
        found: set[str] = set()
        for h in hashes:
            found |= {self._now(key.rsplit("#", 1)[0]) for key in self.lsh.query(h)}
        return found

    def _now(self, statement: str) -> str:
        while statement in self._joined:
            statement = self._joined[statement]
        return statement

    def join(self, other: str, statement: str) -> None:
        self._joined[other] = statement

    def add(self, statement: str, hashes: list[MinHash]) -> None:
        for h in hashes:
            self.lsh.insert(f"{statement}#{self._n[statement]}", h)
            self._n[statement] += 1


def lsh_params() -> tuple[int, int]:
    """datasketch's optimal (bands, rows) for our threshold and permutations."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


@functools.lru_cache(maxsize=1 << 14)
def _word_counts(wording: str) -> Counter[str]:
    return Counter(wording.split())


def _may_match(mine: Counter[str], n: int, other: str, m: int, floor: float) -> bool:
    """Whether a wording of ``n`` words counted in ``mine`` and ``other`` (``m`` words) share
    enough words for ``match_score`` (``floor`` 0) or the word ratio (else) to reach the score a
    match needs: the words in common bound the matched words from above, so this never turns
    away a match, and spares the alignment of most candidates."""
    shared = sum((mine & _word_counts(other)).values())
    if floor > 0:  # the ratio is 2 * matched / (n + m); or the shorter stands whole in the longer
        return 2 * shared >= floor * (n + m) - 1e-9 or min(n, m) >= MIN_UNNAMED_WORDS and shared >= min(n, m)
    near = 2 * shared >= NEAR_RATIO * (n + m) - 1e-9
    # one word less: ``match_score`` does not count an opening "but"/"and" the other side lacks
    contained = min(n, m) >= MIN_CONTAINED_WORDS and shared >= CONTAINED * (min(n, m) - 1) - 1e-9
    return near or contained


def match_score(a: list[str], b: list[str], *, b_is_longest: bool = True,
                matcher: difflib.SequenceMatcher | None = None) -> float:
    """How surely a new wording ``a`` and a stored wording ``b`` are one statement:
    1.0 identical, the difflib word ratio for a near-duplicate (>= NEAR_RATIO),
    or, for containment, the share of the shorter found in order inside one
    stretch of the longer not much longer than it. 0.0 when neither.

    A new quote may swallow a stored one only if that is the statement's
    longest wording: otherwise a slogan quoted inside many speeches would chain
    them all into one statement."""
    if a == b:
        return 1.0
    sm = matcher or difflib.SequenceMatcher(None, a, b, autojunk=False)  # ``matcher``: the same, made already
    ratio = sm.ratio()
    if ratio >= NEAR_RATIO:
        return ratio
    shorter = min(len(a), len(b))
    if shorter < MIN_CONTAINED_WORDS or (len(a) > len(b) and not b_is_longest):
        return 0.0
    blocks = [blk for blk in sm.get_matching_blocks() if blk.size >= 2]
    if not blocks:
        return 0.0
    matched = sum(blk.size for blk in blocks)
    # Where the blocks lie in the longer wording: they must sit together, not be scattered over it.
    side = [(blk.b, blk.size) for blk in blocks] if len(b) >= len(a) else [(blk.a, blk.size) for blk in blocks]
    stretch = side[-1][0] + side[-1][1] - side[0][0]
    opening = (a if len(a) <= len(b) else b)[0]
    share = matched / (shorter - 1 if opening in OPENING_JOINERS and matched < shorter else shorter)
    if share >= CONTAINED and stretch <= shorter * 1.5 + 2:
        return max(ratio, share * 0.9)
    return 0.0


def _may_render(mine: Counter[str], n: int, other: str, m: int) -> bool:
    """Whether two wordings share enough words for the word ratio to reach TRANSLATED_RATIO (the
    words in common bound the matched words from above: ``_may_match``)."""
    return 2 * sum((mine & _word_counts(other)).values()) >= TRANSLATED_RATIO * (n + m) - 1e-9


def _another_sentence(ws: list[str], held: Iterable[str]) -> bool:
    """Whether of the wordings ``held`` (a statement's sentences that one article prints) one is
    another sentence than ``ws``: a rendering's length (MIN_TRANSLATED_WORDS) and words of its own.
    A short fragment the article quotes before the whole sentence ("vowed that \u201cnobody will
    be left behind\u201d") is the same sentence; so is one whose words the sentence all prints."""
    mine = set(ws)
    return any(len(w.split()) >= MIN_TRANSLATED_WORDS and not set(w.split()) <= mine for w in held)


class Matcher:
    """The matching rule over any storage of statements: exact wording first,
    then LSH candidates (and, for a short wording, the speaker's own statements)
    of a speaker who may share them, checked word by word."""

    def __init__(self, bands: Bands) -> None:
        self.bands = bands
        # After ``find``: the other statements the wording matched at MERGE_SCORE or more, which
        # are the found one (their storage joins them to it).
        self.also: list[str] = []

    def find(
        self,
        speaker: str,
        wording: str,
        exact,  # callable: (speaker, wording) -> statement id or None
        candidate_wordings,  # callable: statement id -> (speaker, list of normalised wordings)
        *,
        quoted: bool = True,
        speaker_wordings=None,  # callable: speaker -> [(statement id, wording)], or None when too many
        fragment: str = "",
        translated: bool = False,
        nested: bool = False,
        same_occasion=None,  # callable: statement id -> whether a source is dated near this quote's
        pronoun: bool = False,
        printed: str = "",
        same_article=None,  # callable: statement id -> the wordings it holds that this quote's article prints
        translated_statement=None,  # callable: statement id -> whether a source of it says it was translated
        pieces: tuple[int, ...] = (),
    ) -> tuple[str | None, str, float]:
        """The statement ``wording`` belongs to: (id or None, how, score). ``quoted``: the words
        stood inside quotation marks (reported speech is the reporter's, and never joins the
        statement of an unnamed speaker in another article). ``fragment``: a mixed quote's few
        quoted words, which join the one statement of the speaker that holds them. ``translated``:
        the article says the words were translated; the speaker's own statements join at
        TRANSLATED_RATIO. ``nested``: the words are a quote inside another's quote, which
        prints them too: they never join another named speaker's statement as a copy.
        ``same_occasion``: whether a statement was reported near this quote's date
        (``fragment_may_join``); None when dates are not known. ``pronoun``: the speaker was
        reached through a pronoun ("she said"), and may be the wrong person (``copy_shared``).
        ``printed``: a direct quote's words as printed, whose sentences kept together (``sentence_pieces``)
        are looked for as copies one by one. ``same_article``: the sentences a statement holds that the
        quote's article prints in quotation marks: a translated sentence never joins a statement
        holding another sentence of its article at TRANSLATED_RATIO (``_another_sentence``); None
        when articles are not known. ``translated_statement``: whether a source of a statement says
        its words were translated; the speaker's sentence joins such a statement at TRANSLATED_RATIO
        too (one outlet saying so is enough: the others translated the same remark, and may not
        say so); None when not known. ``pieces``: the word counts of a mixed quote's several fragments,
        in ``wording`` in order, which join the one statement of the speaker holding them all
        (``holds_pieces``) when no wording matches the fragments joined."""
        self.also = []
        found = exact(speaker, wording)
        if found is not None:
            return found, "exact", 1.0
        ws = wording.split()
        if not ws:
            return None, "empty", 0.0
        if fragment and speaker_wordings is not None:
            held = _holding(fragment.split(), self._holders(speaker, fragment.split(), speaker_wordings),
                            self._quoted_holders)
            if held is not None and fragment_may_join(fragment.split(), held, same_occasion):
                return held, "fragment", 1.0
        pool = self._pool(speaker, ws, candidate_wordings, quoted=quoted, speaker_wordings=speaker_wordings)
        if not pool:
            return self._copied_or_new(speaker, wording, ws, candidate_wordings, quoted=quoted and not nested,
                                       pronoun=pronoun, printed=printed)
        if translated_statement is not None:  # asked of each wording of a statement: once a statement
            translated_statement = functools.cache(translated_statement)
        best: tuple[str | None, float, bool] = (None, 0.0, False)
        best_other: list[str] = []  # the stored wording that gave ``best``
        matched: dict[str, float] = {}
        mine = Counter(ws)
        for sid, (floor, wordings) in sorted(pool.items()):
            longest = max(len(w.split()) for w in wordings)
            for other in wordings:
                other_ws = other.split()
                may_render = ((translated or translated_statement is not None) and floor == 0
                              and min(len(ws), len(other_ws)) >= MIN_TRANSLATED_WORDS
                              and _may_render(mine, len(ws), other, len(other_ws)))
                if not _may_match(mine, len(ws), other, len(other_ws), floor) and not (
                        may_render and (translated or translated_statement(sid))):
                    continue  # too few words in common for any score ``match_score`` gives, nor a rendering
                sm = difflib.SequenceMatcher(None, ws, other_ws, autojunk=False)
                ratio = sm.ratio()
                # An unnamed speaker's words join only a near copy (floor > 0): a fragment of someone's
                # sentence inside an unattributed question or paraphrase is not their statement.
                score = (match_score(ws, other_ws, b_is_longest=len(other_ws) == longest, matcher=sm) if floor == 0
                         else unnamed_score(ws, other_ws, ratio, b_is_longest=len(other_ws) == longest))
                if may_render and not score and ratio >= TRANSLATED_RATIO and (
                        translated or translated_statement(sid)) and not (
                        same_article is not None and _another_sentence(ws, same_article(sid))):
                    score = ratio  # another outlet's translation of the same sentence
                if score > 0 and score >= floor:
                    matched[sid] = max(matched.get(sid, 0.0), score)
                if score > 0 and score >= floor and score > best[1]:
                    best = (sid, score, ratio >= NEAR_RATIO)
                    best_other = other_ws
        if best[0] is None and pieces:
            held = {sid for sid, (floor, wordings) in pool.items()
                    if floor == 0 and any(holds_pieces(w.split(), ws, pieces) for w in wordings)}
            if len(held) == 1:
                return held.pop(), "contained", CONTAINED
        if best[0] is None:
            return self._copied_or_new(speaker, wording, ws, candidate_wordings, quoted=quoted and not nested,
                                       pronoun=pronoun, printed=printed)
        # ``printed``: a sentence of a direct quote; a mixed quote's quoted words keep their own rule
        if best[2] and printed and len(ws) < OCCASION_FREE_SENTENCE_WORDS and not fragment_may_join(
                ws, best[0], same_occasion, free_words=OCCASION_FREE_SENTENCE_WORDS):
            return self._copied_or_new(speaker, wording, ws, candidate_wordings, quoted=quoted and not nested,
                                       pronoun=pronoun, printed=printed)
        # a short wording held in the other but for a changed word: only on its occasion
        if not best[2] and is_cut_containment(ws, best_other) and same_occasion is not None and not same_occasion(
                best[0]):
            return self._copied_or_new(speaker, wording, ws, candidate_wordings, quoted=quoted and not nested,
                                       pronoun=pronoun, printed=printed)
        if best[1] >= MERGE_SCORE:
            self.also = sorted(sid for sid, score in matched.items() if sid != best[0] and score >= MERGE_SCORE)
        return best[0], ("near" if best[2] else "contained"), best[1]

    def _copied_or_new(self, speaker: str, wording: str, ws: list[str], candidate_wordings, *,
                       quoted: bool, pronoun: bool = False, printed: str = "") -> tuple[str | None, str, float]:
        """A sentence no statement of its speaker's took: the statement of another speaker that
        holds these very words, when the two may share them (``copy_shared``; ``pronoun``: this
        quote's speaker was reached through a pronoun, else the statement's quote of these words
        may have been: ``_said_by_pronoun``), else a new statement. A sentence kept with a short
        neighbour ("You think I'm going to change? I'm not changing.", ``sentence_spans``) is looked
        for sentence by sentence as well (``printed``): another outlet may print one of them alone."""
        found = self._copied(speaker, wording, ws, candidate_wordings, quoted=quoted, pronoun=pronoun)
        if found is not None or not quoted:
            return found or (None, "new", 0.0)
        for piece in sentence_pieces(printed):
            found = self._copied(speaker, piece, piece.split(), candidate_wordings, quoted=quoted, pronoun=pronoun)
            if found is not None:
                return found[0], "contained", found[2]
        return None, "new", 0.0

    def _copied(self, speaker: str, wording: str, ws: list[str], candidate_wordings, *,
                quoted: bool, pronoun: bool) -> tuple[str, str, float] | None:
        """The statement of another speaker holding the very words ``ws`` (``_copied_or_new``), or None."""
        if is_copied(speaker, ws, quoted=quoted):
            for sid in sorted(self._copy_candidates(speaker, ws)):
                owner, wordings = candidate_wordings(sid)
                if owner == speaker:
                    continue
                if not copy_shared(speaker, owner, ws, self._surname, pronoun=pronoun):
                    if not (wording in wordings and copy_shared(speaker, owner, ws, self._surname, pronoun=True)
                            and self._said_by_pronoun(sid, wording)):
                        continue
                if wording in wordings:
                    return sid, "exact", 1.0
                if may_near_copy(speaker, owner, ws) and any(is_near_copy(ws, w.split()) for w in wordings):
                    return sid, "near", 1.0
        return None

    def _said_by_pronoun(self, statement: str, wording: str) -> bool:
        """Whether a quote of ``wording`` in ``statement`` had its speaker reached through a pronoun:
        the memory index keeps no mentions (the store does: ``link.SpeakerMatcher``)."""
        return False

    def _copy_candidates(self, speaker: str, ws: list[str]) -> set[str]:
        """Statements that may hold ``ws`` word for word: here, every one the bands propose."""
        return self.bands.candidates(minhashes(ws, INDEX_STEP))

    @staticmethod
    def _surname(speaker: str) -> str | None:
        """A named speaker's surname as its id spells it (``id_surname``); None for a knowledge-base
        id, whose name the store keeps (``link.SpeakerMatcher``)."""
        return id_surname(speaker)

    def _holders(self, speaker: str, fragment: list[str], speaker_wordings) -> list[tuple[str, str]]:
        """The speaker's (statement id, wording) pairs among which a fragment looks for the one
        statement holding it: all of them here (the store asks only for those that hold it)."""
        return speaker_wordings(speaker) or []

    def _quoted_holders(self, holders: set[str], fragment: list[str]) -> set[str]:
        """Of the statements holding a fragment, those holding it in words the speaker was quoted as
        saying (``_holding``): all of them here, where a wording's quote is not kept (the store
        reads it, ``link.SpeakerMatcher``)."""
        return holders

    def _pool(self, speaker: str, ws: list[str], candidate_wordings, *, quoted: bool,
              speaker_wordings) -> dict[str, tuple[float, list[str]]]:
        """The statements worth aligning against: statement id -> (the score a match needs, wordings)."""
        pool: dict[str, tuple[float, list[str]]] = {}
        found = self.bands.candidates(minhashes(ws, QUERY_STEP))
        self._add_candidates(pool, speaker, ws, found, candidate_wordings, quoted=quoted)
        if len(ws) < SCAN_BELOW_WORDS and speaker_wordings is not None:
            self._add_scanned(pool, ws, speaker_wordings(speaker) or [])
        return pool

    @staticmethod
    def _add_candidates(pool: dict[str, tuple[float, list[str]]], speaker: str, ws: list[str], found: set[str],
                        candidate_wordings, *, quoted: bool) -> None:
        """Put in ``pool`` the statements ``found`` by the bands that ``speaker`` may share, with
        all their wordings (the speaker's own) or their long ones (an unnamed speaker's)."""
        for sid in found:
            owner, wordings = candidate_wordings(sid)
            share = speakers_may_share(speaker, owner)
            if share == "same" and wordings:
                pool[sid] = (0.0, wordings)
            elif share == "unsure" and quoted and is_distinctive(ws):
                # An unnamed speaker ("a White House official") may be one with another across outlets
                # when the words are long and nearly the same: such words are no coincidence.
                long_enough = [w for w in wordings if len(w.split()) >= MIN_UNNAMED_WORDS]
                if long_enough:
                    pool[sid] = (UNNAMED_SCORE, long_enough)

    @staticmethod
    def _add_scanned(pool: dict[str, tuple[float, list[str]]], ws: list[str],
                     scanned: list[tuple[str, str]]) -> None:
        """Put in ``pool`` the speaker's own statements ``scanned`` that share half the words of
        ``ws`` (the bands miss a short sentence with a word or two changed)."""
        complete = {sid for sid, (floor, _) in pool.items() if floor == 0.0}  # the bands gave all their wordings
        mine = set(ws)
        n = len(mine)
        for sid, w in scanned:  # up to SPEAKER_SCAN wordings for each sentence filed: kept plain
            if sid in complete:
                continue
            other = _word_set(w)
            if len(mine.intersection(other)) * 2 >= (n if n < len(other) else len(other)):
                pool[sid] = (0.0, pool.get(sid, (0.0, []))[1] + [w])


def is_copied(speaker: str, ws: list[str], *, quoted: bool) -> bool:
    """Whether a quoted sentence may be looked for word for word under another speaker
    (``copy_shared`` tells whether the one found may share it): MIN_COPIED_WORDS words of a
    named speaker's, or a short copy's (``is_short_copy``). Only the words inside quotation
    marks, and never a near copy: a sentence quoted with a word changed may be someone's
    rejoinder. (Nor a quote inside another's quote (``Matcher.find``'s ``nested``): "as Erica
    said, 'It's hard, so I'm going to walk away'" is Clinton's sentence and Erica's, printed once.)"""
    if not quoted:
        return False
    return (len(ws) >= MIN_COPIED_WORDS and not speaker.startswith("?")) or is_short_copy(ws)


def may_near_copy(speaker: str, owner: str, ws: list[str]) -> bool:
    """Whether ``speaker``'s quoted sentence ``ws`` may be a near copy (``is_near_copy``) of a
    sentence of ``owner``'s: two named speakers' sentences of MIN_COPIED_WORDS words or more, as
    for a copy word for word (a short copy, or an unnamed side, stays word for word: a word more
    or less in five is another sentence as often as not)."""
    return len(ws) >= MIN_COPIED_WORDS and not speaker.startswith("?") and not owner.startswith("?")


def is_near_copy(a: list[str], b: list[str]) -> bool:
    """Whether one sentence is the other with one word dropped, at an edge or inside, or with two
    of its words swapped (``is_swapped``), or both, each of MIN_COPIED_WORDS words or more: outlets
    trim a quote's opening words ("we're going to put a lot of coal miners ..." / "going to put a
    lot of coal miners ...", Clinton's coal line given to two speakers), add a bracket, or print a
    pair the other way round ("coal companies and coal miners", a third outlet's). Not a word
    changed: a sentence quoted with a word swapped for another may be someone's rejoinder ("make
    America hate again"), nor a negation or a figure added ("will not reopen", "the 2 ships"): the
    answer to the sentence, or another claim."""
    if min(len(a), len(b)) < MIN_COPIED_WORDS:
        return False
    if len(a) == len(b):
        return is_swapped(a, b)
    if abs(len(a) - len(b)) != 1:
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    extras = list((Counter(longer) - Counter(shorter)).elements())
    if len(extras) != 1:
        return False  # a word changed as well
    (extra,) = extras
    if negation_count(extra) or any(c.isdigit() for c in extra) or extra in NUMBER_WORDS:
        return False
    if holds_but_one(longer, shorter):
        return True
    # The word dropped and two words swapped: the longer without that word is the shorter swapped.
    return any(is_swapped(longer[:k] + longer[k + 1:], shorter) for k, w in enumerate(longer) if w == extra)


def is_swapped(a: list[str], b: list[str]) -> bool:
    """Whether ``b`` is ``a`` with the two ends of a coordination changing places, and nothing
    else ("coal miners and coal companies" / "coal companies and coal miners"): the same words, so
    no negation, figure or word of another claim comes in. An "and" or "or" must stand between
    them: two words swapped across a verb are another claim ("Trump is more dangerous than
    Clinton" turned round)."""
    if len(a) != len(b):
        return False
    differ = [k for k, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(differ) != 2:
        return False
    i, j = differ
    return a[i] == b[j] and a[j] == b[i] and any(w in COORDINATORS for w in a[i + 1 : j])


def is_short_copy(ws: list[str]) -> bool:
    """Whether a sentence's words are enough for a short copy: MIN_SHORT_COPY_WORDS words,
    MIN_SHORT_COPY_CONTENT of them not function words ("a hell of a lot worse", "marked
    classified at the time"; not "we do not comment on that")."""
    if len(ws) < MIN_SHORT_COPY_WORDS:
        return False
    return sum(w not in FUNCTION_WORDS for w in ws) >= MIN_SHORT_COPY_CONTENT


def copy_shared(speaker: str, owner: str, ws: list[str], surname_of, *, pronoun: bool = False) -> bool:
    """Whether the very words ``ws`` of ``speaker``'s quoted sentence, held by a statement of
    ``owner``'s (another speaker), are one statement. Two named speakers from MIN_COPIED_WORDS
    words: two people do not say the same sentence of that length, so one outlet gave it to the
    wrong person (or one person is stored under two ids). Shorter, a short copy (``is_short_copy``)
    where one side is unnamed and the other named, or one is an organisation named after the
    other (``is_namesake_org``; ``surname_of``: a named speaker's surname, or None), or one side's
    speaker was reached through a pronoun (``pronoun``: the extractor's coreference may have chosen
    the wrong name; on PolNeAR train's store the one such copy was Clinton's "Wow, what a great
    idea" given to two other people, on the BBC store none)."""
    unnamed = speaker.startswith("?"), owner.startswith("?")
    if all(unnamed):
        return False  # "We do not comment on that": anyone may say it
    if len(ws) >= MIN_COPIED_WORDS and not any(unnamed):
        return True
    if not is_short_copy(ws):
        return False
    return (any(unnamed) or pronoun or is_namesake_org(speaker, owner, surname_of)
            or is_namesake_org(owner, speaker, surname_of))


def is_namesake_org(org: str, person: str, surname_of) -> bool:
    """Whether ``org`` is an organisation named after ``person``'s surname, alone or with campaign
    words (CAMPAIGN_WORDS: "org:team-clinton", "org:campaign-for-trump"): the person's side."""
    if not org.startswith("org:") or person.startswith(("org:", "?")):
        return False
    words = [w for w in org[4:].split("-") if w not in CAMPAIGN_WORDS]
    return len(words) == 1 and words[0] == surname_of(person)


def unnamed_score(a: list[str], b: list[str], ratio: float, *, b_is_longest: bool = True) -> float:
    """How surely an unnamed speaker's wording ``a`` and a stored wording ``b`` are one statement:
    their word ratio, or UNNAMED_SCORE when the shorter, of MIN_UNNAMED_WORDS words or more,
    stands whole and in a row inside the longer: outlets quote a fragment of an official's
    clarification ("the minimum service rules apply only on strike days") word for word.
    As in ``match_score``, a new wording swallows a stored one only if that is the longest."""
    if ratio >= UNNAMED_SCORE or min(len(a), len(b)) < MIN_UNNAMED_WORDS:
        return ratio
    inside = holds_but_one(b, a) if len(a) < len(b) else b_is_longest and holds_but_one(a, b)
    return max(ratio, UNNAMED_SCORE) if inside else ratio


def is_cut_containment(a: list[str], b: list[str]) -> bool:
    """Whether a contained match of ``a`` and ``b`` rests on a short wording (under
    OCCASION_FREE_SENTENCE_WORDS words) that the longer does not print whole: a word of it
    changed or missing ("We're going to go forward." at a January debate, "we're going to go
    marching into the Democratic convention" at a May rally: 4 of 5 words, the CONTAINED share).
    Such a join, like a short sentence near another's wording, holds only on the statement's
    occasion (``fragment_may_join``); a short wording printed whole inside the longer keeps
    joining whatever the date (Sanders's written "a terrible situation even worse", quoted 14
    days on)."""
    short, longer = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) < OCCASION_FREE_SENTENCE_WORDS and not holds_but_one(longer, short)


def holds_but_one(words: list[str], fragment: list[str]) -> bool:
    """``holds_in_row``, or ``fragment`` stands in a row inside ``words`` with one word more among
    its own: an editorial bracket one outlet adds ("not Bill [Clinton], nobody", Obama's convention
    speech, against another's "not Bill, nobody"), a word one outlet drops."""
    if holds_in_row(words, fragment):
        return True
    if len(fragment) + 1 >= len(words) + 1 or len(fragment) < 2:
        return False
    spaced = f" {' '.join(words)} "
    for k in range(1, len(fragment)):
        before, after = " ".join(fragment[:k]), " ".join(fragment[k:])
        if re.search(rf" {re.escape(before)} \S+ {re.escape(after)} ", spaced):
            return True
    return False


def holds_unnamed(named: list[str], unnamed: list[str], *, fragment: bool) -> bool:
    """Whether a named speaker's sentence ``named`` and an unnamed speaker's quoted words ``unnamed``
    are one statement by their words: the unnamed words, MIN_HELD_UNNAMED_WORDS or more, stand
    whole and in a row in the named sentence (or are it); or, unless they are a mixed quote's
    ``fragment``, the named sentence, MIN_CONTAINED_WORDS or more, stands in a row in them (an
    outlet printing more of the remark than the one that named its speaker)."""
    if len(unnamed) >= MIN_HELD_UNNAMED_WORDS and (unnamed == named or holds_in_row(named, unnamed)):
        return True
    return not fragment and len(named) >= MIN_CONTAINED_WORDS and holds_in_row(unnamed, named)


@functools.lru_cache(maxsize=1 << 14)
def _word_set(wording: str) -> frozenset[str]:
    """The distinct words of a stored wording: a speaker's wordings are scanned again for each new sentence."""
    return frozenset(wording.split())


def is_distinctive(ws: list[str]) -> bool:
    """Whether an unnamed speaker's words are long and distinctive enough to be no coincidence:
    MIN_UNNAMED_WORDS words, MIN_UNNAMED_CONTENT of them not function words."""
    if len(ws) < MIN_UNNAMED_WORDS:
        return False
    if MIN_UNNAMED_CONTENT <= 0:  # no floor: the words need not be counted (asked twice a sentence)
        return True
    from .diff import STOPWORDS

    return sum(w not in STOPWORDS for w in ws) >= MIN_UNNAMED_CONTENT


def fragment_may_join(fragment: list[str], statement: str, same_occasion,
                      free_words: int = OCCASION_FREE_WORDS) -> bool:
    """Whether a fragment may join the one statement holding it: one of ``free_words`` or more
    always, a shorter one when the statement was reported near the fragment's date
    (``same_occasion``, a callable on the statement id; None when dates are not known): see
    FRAGMENT_OCCASION_DAYS. A short sentence near another is asked the same, at
    OCCASION_FREE_SENTENCE_WORDS."""
    return len(fragment) >= free_words or same_occasion is None or same_occasion(statement)


def within_occasion(day: date | None, days: Iterable[date | None]) -> bool:
    """Whether ``day`` is within FRAGMENT_OCCASION_DAYS of one of ``days``, or any of them is unknown."""
    days = list(days)
    if day is None or not days or None in days:
        return True
    return any(abs((day - d).days) <= FRAGMENT_OCCASION_DAYS for d in days)


def recalls_a_day_of(times: Iterable[tuple[date, date, str]], days: Iterable[date | None]) -> bool:
    """Whether the reporter's words that place a quote on an earlier occasion (``times``, what
    ``dates.named_times`` finds around it) name one of the statement's: a stretch holding one of
    ``days`` (its sources' dates and the days they say the words were spoken), or ending at most
    FRAGMENT_OCCASION_DAYS before one (words of 30 December first printed on 2 January). True
    when the words name no time ("had said", "at the debate before"): nothing to disagree with.
    PolNeAR train: "when he first described the wall in December" in an August article had
    Trump's "We're going to do a wall" join the "We're going to build a wall" of a February one."""
    times = list(times)
    if not times:
        return True
    known = [d for d in days if d is not None]
    return any(lo <= d <= hi + timedelta(days=FRAGMENT_OCCASION_DAYS) for lo, hi, _ in times for d in known)


def _holding(fragment: list[str], wordings: list[tuple[str, str]], quoted_holders=None) -> str | None:
    """The one statement among ``wordings`` whose words hold ``fragment`` in a row; None when
    none does, or several do (a few words said on several occasions say nothing of which). When
    several do, the one that holds them in the speaker's quoted words (``quoted_holders``, a
    callable on the holders) when there is one: a fragment in quotation marks is the speaker's
    words, and the reporter's summary of the same remark ("Paul Ryan says he's not ready to
    support Trump", reported speech) is no other occasion of them (PolNeAR train: the Western
    Journal's "not ready" had held both that summary and Ryan's "I'm just not ready to do that at
    this point" to CNN, and joined neither)."""
    if not fragment:
        return None
    found = {sid for sid, w in wordings if holds_in_row(w.split(), fragment)}
    if len(found) > 1 and quoted_holders is not None:
        found = quoted_holders(found, fragment)
    return found.pop() if len(found) == 1 else None


def holds_pieces(words: list[str], ws: list[str], pieces: tuple[int, ...]) -> bool:
    """Whether ``ws``, a mixed quote's fragments joined (``pieces``: each one's word count), stand in
    ``words`` each in a row and in their order: "had “failed the people who trusted us” and that she
    was “deeply sorry”" is one sentence of the speaker's, though the reporter's words between spread
    the pieces too far apart for ``match_score``'s containment (test6's a142). Never fewer than
    MIN_CONTAINED_WORDS words in all, and each piece MIN_FRAGMENT_WORDS or more."""
    if len(ws) < MIN_CONTAINED_WORDS or min(pieces) < MIN_FRAGMENT_WORDS or len(ws) >= len(words):
        return False
    spaced = f" {' '.join(words)} "
    at = 0
    k = 0
    for n in pieces:
        piece = f" {' '.join(ws[k:k + n])} "
        found = spaced.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece) - 1  # the next piece stands after this one
        k += n
    return True


def holds_in_row(words: list[str], fragment: list[str]) -> bool:
    """Whether ``fragment`` (words) stands in a row inside ``words``, which are longer. Words hold
    no space, so this is a search for the joined words between spaces (one C call, not a slice
    compared at each place)."""
    return holds_in_spaced(len(words), f" {' '.join(words)} ", fragment)


def holds_in_spaced(n: int, spaced: str, fragment: list[str]) -> bool:
    """``holds_in_row`` for words already joined between spaces (``spaced``, ``n`` words), when one
    wording is asked of many fragments."""
    return 0 < len(fragment) < n and f" {' '.join(fragment)} " in spaced


# --- statement views -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Member:
    """One quote of a statement, with where and when it was reported."""

    quote: str  # a key: "article_id#idx" in memory, the quote row id in the store
    article_id: str
    text: str
    outlet: str | None = None
    url: str | None = None
    published: date | datetime | None = None
    spoken: Spoken | None = None  # when the source says the words were spoken: a day or a stretch
    where: str = "body"
    kind: str = "direct"
    # The reporter's words around the quote (its paragraph and the one before, the quote's own
    # words blanked): where an article says the words are old ("in 2019 ... he said").
    context: str = ""
    printed: tuple[str, ...] = ()  # a mixed quote's words inside quotation marks, read from its article

    @property
    def day(self) -> date | None:
        p = self.published
        return p.date() if isinstance(p, datetime) else p

    @property
    def spoken_on(self) -> date | None:
        """The day the source says the words were spoken, when it names a day (not a stretch)."""
        return self.spoken.day if self.spoken is not None else None

    def credible_spoken(self) -> Spoken | None:
        """``spoken`` when it ends on or before the source's own date (words cannot be reported
        before they are said), else None."""
        s = self.spoken
        return s if s is not None and (self.day is None or s.last <= self.day) else None


@dataclass
class StatementView:
    id: str
    speaker: str
    wording: str  # the most common normalised wording
    text: str  # that wording as first written
    members: list[Member]
    variants: list[dict] = field(default_factory=list)

    @property
    def first(self) -> Member:
        return self.members[0]

    @property
    def outlets(self) -> list[str]:
        return sorted({m.outlet for m in self.members if m.outlet})

    def first_day(self) -> date | None:
        days = [d for m in self.members for d in (m.day, m.spoken_on) if d is not None]
        return min(days) if days else None

    def said(self) -> dict | None:
        """When the words were said: the earliest credible date among the sources, with its
        evidence. What a source says of when the words were spoken counts when it ends on or
        before that source's own date: a day ("on Tuesday"), or a stretch ("last week") that ends
        before every other credible day (one that holds such a day is less precise than it;
        overlapping stretches of several sources are narrowed to the days they share,
        ``narrowed_stretch``); else the earliest source's publication day. ``basis`` tells the
        source's statement of when the words were said ("spoken") from its publication day
        ("published"); ``shown`` reads the date for a person ("24 Nov 2026", "the week of 23-29 Nov 2026")."""
        found: list[tuple[date, int, dict]] = []
        stretches: list[tuple[Spoken, dict]] = []
        for m in self.members:
            source = {"outlet": m.outlet, "url": m.url, "article": m.article_id}
            spoken = m.credible_spoken()
            if spoken is not None and spoken.day is not None:
                found.append((spoken.day, 0, _said_evidence(spoken, "spoken", "spoken on, per the source", source)))
            elif spoken is not None:
                stretches.append((spoken, source))
            if m.day is not None:
                found.append((m.day, 1, _said_evidence(Spoken(m.day, m.day), "published", "earliest dated source",
                                                       source)))
        if stretches:
            spoken, evidence, source = narrowed_stretch(stretches)
            found.append((spoken.last, 2, _said_evidence(spoken, "spoken", evidence, source)))
        return min(found, key=lambda f: (f[0], f[1]))[2] if found else None


def narrowed_stretch(stretches: list[tuple[Spoken, dict]]) -> tuple[Spoken, str, dict]:
    """The stretch the sources' stretches say the words were spoken in, with its evidence and the
    source that opens it: the one that ends first (the earliest occasion), narrowed to the days
    every other stretch overlapping it shares ("last month" in one article and "last week" in
    another: the week). The words were said once, on a day each credible source's stretch holds,
    so that day lies in their intersection; a stretch apart from it is another occasion, later."""
    ordered = sorted(stretches, key=lambda s: (s[0].last, s[0].width))
    (spoken, source), others = ordered[0], ordered[1:]
    evidence = f"said {spoken.words}, per the source"
    for other, where in others:
        first, last = max(spoken.first, other.first), min(spoken.last, other.last)
        if first > last or (first, last) == (spoken.first, spoken.last):
            continue  # another occasion, or no narrower
        spoken = Spoken(first, last, spoken.words)
        evidence += f"; {other.words}, per {where['outlet'] or 'another source'}"
    return spoken, evidence, source


def _said_evidence(spoken: Spoken, basis: str, evidence: str, source: dict) -> dict:
    """One candidate of ``StatementView.said``: the day (None for a stretch), the stretch, how a
    person reads it, whether it is the source's word on when the words were said or its
    publication day, and the source."""
    return {"date": spoken.day.isoformat() if spoken.day else None, "from": spoken.first.isoformat(),
            "to": spoken.last.isoformat(), "shown": spoken.describe(), "basis": basis, "evidence": evidence,
            **source}


def part_member(member: Member, start: int, end: int) -> Member:
    """A quote's member as one of its statements sees it: the words of ``member.text[start:end]``
    (one sentence of the quote, or the fragment of a mixed quote that joined the statement)."""
    if (start, end) == (0, len(member.text)):
        return member
    return replace(member, text=member.text[start:end])


def merged_part(text: str, previous: Part, part: Part) -> Part:
    """Two neighbouring sentences of one quote that joined one statement are one sentence
    punctuated otherwise ("We will not abandon Ukraine. And we will deliver ..."): one part."""
    return Part(previous.index, previous.start, part.end, sentence_wording(text[previous.start : part.end]))


def _order(m: Member) -> tuple:
    return (m.day or date.max, str(m.published or ""), m.article_id, m.quote)


def summarize(statement_id: str, speaker: str, members: Iterable[Member]) -> StatementView:
    """A statement's reading: members in time order (first appearance first),
    the most common wording, and every other wording as a variant with its diff."""
    ordered = sorted(members, key=_order)
    counts = Counter(normalize(m.text) for m in ordered)
    first_of: dict[str, Member] = {}
    for m in ordered:
        first_of.setdefault(normalize(m.text), m)
    # The most common wording; among equals, the longest (a trimmed copy is not the reference), then the earliest.
    wording = max(counts, key=lambda w: (counts[w], len(w.split()), -ordered.index(first_of[w])))
    reference = first_of[wording].text
    variants = []
    for w, m in first_of.items():
        if w == wording:
            continue
        d = word_diff(reference, m.text)
        changes = classify(d, m.text, reference)
        variants.append({
            "wording": w, "text": m.text, "count": counts[w], "first_quote": m.quote,
            "diff": render(d), "ops": [list(op[:1]) + [list(op[1]), list(op[2])] for op in d.ops],
            "trimmed": d.trimmed_before + d.trimmed_after, "extended": d.extended_before + d.extended_after,
            "changes": [
                {"kind": c.kind, "removed": list(c.removed), "added": list(c.added)} for c in meaningful(changes)
            ],
            "quotes": [x.quote for x in ordered if normalize(x.text) == w],
        })
    variants.sort(key=lambda v: (-v["count"], v["wording"]))
    return StatementView(statement_id, speaker, wording, reference, ordered, variants)


class StatementIndex:
    """Statements kept in memory: ``add`` a quote, get its statement id back.

    Incremental: every add may join an existing statement or open a new one."""

    def __init__(self) -> None:
        self.bands = MemoryBands()
        self.matcher = Matcher(self.bands)
        self.exact: dict[tuple[str, str], str] = {}
        self.speaker_of: dict[str, str] = {}
        self.members: dict[str, list[Member]] = {}
        self.wordings: dict[str, list[str]] = {}
        self._next = 1

    def _candidate(self, sid: str) -> tuple[str, list[str]]:
        return self.speaker_of[sid], self.wordings[sid]

    def _speaker_wordings(self, speaker: str) -> list[tuple[str, str]]:
        return [(sid, w) for (spk, w), sid in self.exact.items() if spk == speaker]

    def add(self, speaker: str | None, member: Member) -> list[tuple[str, str]]:
        """File each sentence of ``member`` under a statement of ``speaker``; returns
        (statement id, how) per sentence."""
        # With no speaker, "the same statement" cannot be told: such quotes group within their article only.
        spk = speaker or f"?{member.article_id}"
        filed: list[tuple[str, str]] = []
        last: tuple[str, Part] | None = None
        for part in quote_parts(member.text, member.kind, member.printed):
            if not part.wording:
                continue
            sid, how, _ = self.matcher.find(spk, part.wording, lambda s, w: self.exact.get((s, w)), self._candidate,
                                            quoted=part.quoted, speaker_wordings=self._speaker_wordings,
                                            fragment=part.fragment, pieces=part.pieces,
                                            translated=part.quoted and bool(translation_cue(member.context)),
                                            nested=member.kind == "nested",
                                            printed=member.text[part.start:part.end]
                                            if member.kind in QUOTED_KINDS else "",
                                            same_occasion=lambda sid: within_occasion(
                                                member.day, (m.day for m in self.members[sid])),
                                            same_article=lambda sid: self._article_wordings(sid, member),
                                            translated_statement=self._translated)
            if sid is None:
                sid = f"s{self._next}"
                self._next += 1
                self.speaker_of[sid] = spk
                self.members[sid] = []
                self.wordings[sid] = []
                how = "new"
            if how == "fragment":
                part = part.joined_as_fragment()
            for other in self.matcher.also:
                self._join(other, sid)
            if last is not None and (last[0] == sid or last[0] in self.matcher.also):
                part = merged_part(member.text, last[1], part)
                self.members[sid].pop()
                filed.pop()
            last = (sid, part)
            self.members[sid].append(part_member(member, part.start, part.end))
            if (spk, part.wording) not in self.exact:
                self.exact[(spk, part.wording)] = sid
                self.wordings[sid].append(part.wording)
                # A fragment's match key is the statement's sentence; the reporter's words are not banded.
                if how != "fragment" and speaker_words(member.kind, member.text, part.wording):
                    self.bands.add(sid, minhashes(part.wording.split(), INDEX_STEP))
            filed.append((sid, how))
        return filed

    def _translated(self, sid: str) -> bool:
        """Whether a source of statement ``sid`` says its words were translated (``link._translated``)."""
        return any(m.where == "body" and translation_cue(m.context) for m in self.members[sid])

    def _article_wordings(self, sid: str, member: Member) -> list[str]:
        """The sentences of statement ``sid`` that ``member``'s article prints in its body in quotation
        marks (``link._article_wordings``)."""
        return [sentence_wording(m.text) for m in self.members[sid]
                if m.article_id == member.article_id and m.where == "body" and m.kind in QUOTED_KINDS]

    def _join(self, other: str, sid: str) -> None:
        """Statement ``other`` is ``sid``: its members and wordings go to it."""
        self.members[sid] += self.members.pop(other)
        self.wordings[sid] += self.wordings.pop(other)
        self.speaker_of.pop(other)
        self.exact.update({key: sid for key, s in self.exact.items() if s == other})
        self.bands.join(other, sid)

    def view(self, sid: str) -> StatementView:
        return summarize(sid, self.speaker_of[sid], self.members[sid])

    def views(self) -> list[StatementView]:
        return [self.view(s) for s in self.members]
