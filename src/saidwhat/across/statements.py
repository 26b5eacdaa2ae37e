"""Grouping quotes into statements: the same words reported by many articles.

Owns the matching rule and the in-memory index. A quote joins a statement of
the same speaker when its normalised wording is identical, or when MinHash LSH
(datasketch) proposes the statement as a candidate and a word alignment
confirms it: near-duplicate (most words shared in order) or contained (a
trimmed quote inside a longer one, or a longer one around it). Candidates come
only from the LSH buckets, never from comparing against every statement.

Long quotes are indexed as overlapping windows of words, so that a sentence
cut out of a long quote still lands in the same bucket as the window it came
from; the query side uses a finer step than the index side so that any cut
lines up with some indexed window within a couple of words.

``StatementIndex`` keeps everything in memory (tests, one-off runs); the store
keeps the same bands in SQLite (``link.py``) through the ``Bands`` protocol.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

import numpy as np
from datasketch import MinHash, MinHashLSH

from .diff import classify, meaningful, render, word_diff
from .signatures import Signature, window_signatures
from .text import normalize

__all__ = [
    "Bands",
    "MemoryBands",
    "Member",
    "StatementIndex",
    "StatementView",
    "Matcher",
    "quoted_fragments",
    "statement_words",
    "summarize",
]

NUM_PERM = 64
LSH_THRESHOLD = 0.5
WINDOW = 12  # words in a window
INDEX_STEP = 6  # windows stored every 6 words
QUERY_STEP = 3  # and looked up every 3, so a cut quote meets one within ~2 words
MIN_CONTAINED_WORDS = 5  # a shorter fragment ("we will", "is necessary") is not evidence of anything
NEAR_RATIO = 0.7  # difflib ratio over words for a near-duplicate
CONTAINED = 0.8  # share of the shorter wording found in order in the longer one
QUOTED_KINDS = ("direct", "nested")  # whole quotes inside quotation marks
MIN_UNNAMED_WORDS = 8  # unnamed speakers' quotes join across articles from this many words
UNNAMED_SCORE = 0.8  # and this close a match (match_score)


# Words between quotation marks: what a mixed quote gives of the speaker's own words.
_QUOTED = re.compile(r"[\"\u201c\u201e\u00ab]([^\"\u201c\u201d\u201e\u00ab\u00bb]+)[\"\u201d\u00bb]")


def quoted_fragments(text: str, start: int, end: int) -> tuple[str, ...]:
    """The stretches inside quotation marks of ``text[start:end]`` (the marks may sit just
    outside the span): what a mixed quote prints of the speaker's own words."""
    window = text[max(0, start - 1) : end + 1]
    return tuple(m.group(1).strip(" ,.") for m in _QUOTED.finditer(window) if m.group(1).strip(" ,."))


def statement_words(text: str, kind: str, fragments: tuple[str, ...] = ()) -> str:
    """The speaker's words of a quote, which is what a statement groups: a mixed quote's quoted
    ``fragments`` ("would ask for \u201c12 new frigates\u201d" -> "12 new frigates"), so that the
    reporter's words around them neither join nor split statements; any other quote whole."""
    if kind != "mixed":
        return text
    fragments = fragments or tuple(m.group(1) for m in _QUOTED.finditer(text))
    # A word or two in quotation marks ("truth", "red line") is a term the reporter borrows, not a
    # statement: matched alone it would join the speaker's every use of it. Such quotes keep their text.
    if sum(len(f.split()) for f in fragments) < MIN_CONTAINED_WORDS:
        return text
    return " ... ".join(fragments)


def _shingles(ws: list[str]) -> list[bytes]:
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


# Drawing the permutations is the costly part of a MinHash; every one shares them.
_TEMPLATE = MinHash(num_perm=NUM_PERM)
_PERMUTATIONS, _SCHEME = _TEMPLATE.permutations, _TEMPLATE.scheme


def minhashes(ws: list[str], step: int) -> list[MinHash] | list[Signature]:
    """One MinHash a window of ``ws`` (``windows``). Under datasketch's "affine32" scheme the
    values are worked out in one numpy pass (``signatures``: the same values, about 4x cheaper)."""
    if _SCHEME == "affine32":
        return window_signatures(ws, window_starts(len(ws), step), WINDOW, _PERMUTATIONS)
    return MinHash.bulk(
        [_shingles(w) for w in windows(ws, step)], num_perm=NUM_PERM, permutations=_PERMUTATIONS, scheme=_SCHEME
    )


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
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._n: Counter[str] = Counter()

    def candidates(self, hashes: list[MinHash]) -> set[str]:
        found: set[str] = set()
        for h in hashes:
            found |= {key.rsplit("#", 1)[0] for key in self.lsh.query(h)}
        return found

    def add(self, statement: str, hashes: list[MinHash]) -> None:
        for h in hashes:
            self.lsh.insert(f"{statement}#{self._n[statement]}", h)
            self._n[statement] += 1


def band_keys(h: MinHash, b: int, r: int) -> list[tuple[int, int]]:
    """(band, key) pairs of one MinHash, the same banding MinHashLSH uses for
    (``b``, ``r``): a persistent table of these is an LSH index on disk."""
    values = np.asarray(h.hashvalues, dtype=np.uint64)
    out = []
    for band in range(b):
        # The band number is hashed in, so a key alone names its bucket (one indexed lookup).
        digest = hashlib.blake2b(bytes([band]) + values[band * r : (band + 1) * r].tobytes(), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "big", signed=True)))
    return out


def lsh_params() -> tuple[int, int]:
    """datasketch's optimal (bands, rows) for our threshold and permutations."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def match_score(a: list[str], b: list[str], *, b_is_longest: bool = True) -> float:
    """How surely a new wording ``a`` and a stored wording ``b`` are one statement:
    1.0 identical, the difflib word ratio for a near-duplicate (>= NEAR_RATIO),
    or, for containment, the share of the shorter found in order inside one
    stretch of the longer not much longer than it. 0.0 when neither.

    A new quote may swallow a stored one only if that is the statement's
    longest wording: otherwise a slogan quoted inside many speeches would chain
    them all into one statement."""
    if a == b:
        return 1.0
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
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
    share = matched / shorter
    if share >= CONTAINED and stretch <= shorter * 1.5 + 2:
        return max(ratio, share * 0.9)
    return 0.0


class Matcher:
    """The matching rule over any storage of statements: exact wording first,
    then LSH candidates of the same speaker checked word by word."""

    def __init__(self, bands: Bands) -> None:
        self.bands = bands

    def find(
        self,
        speaker: str,
        wording: str,
        exact,  # callable: (speaker, wording) -> statement id or None
        candidate_wordings,  # callable: statement id -> (speaker, list of normalised wordings)
        *,
        quoted: bool = True,
    ) -> tuple[str | None, str, float]:
        """The statement ``wording`` belongs to: (id or None, how, score). ``quoted``: the words
        stood inside quotation marks (reported speech is the reporter's, and never joins the
        statement of an unnamed speaker in another article)."""
        found = exact(speaker, wording)
        if found is not None:
            return found, "exact", 1.0
        ws = wording.split()
        if not ws:
            return None, "empty", 0.0
        best: tuple[str | None, float] = (None, 0.0)
        near = False
        # An unnamed speaker ("a government spokesperson", "a White House official") may be one
        # across outlets when the words are long and nearly the same: such words are no coincidence.
        unnamed = quoted and speaker.startswith("?") and len(ws) >= MIN_UNNAMED_WORDS
        for sid in sorted(self.bands.candidates(minhashes(ws, QUERY_STEP))):
            owner, wordings = candidate_wordings(sid)
            if owner != speaker and not (unnamed and owner.startswith("?")):
                continue
            floor = 0.0 if owner == speaker else UNNAMED_SCORE
            longest = max(len(w.split()) for w in wordings) if wordings else 0
            for other in wordings:
                other_ws = other.split()
                if owner != speaker and len(other_ws) < MIN_UNNAMED_WORDS:
                    continue
                score = match_score(ws, other_ws, b_is_longest=len(other_ws) == longest)
                if score >= floor and score > best[1]:
                    best = (sid, score)
                    near = difflib.SequenceMatcher(None, ws, other_ws, autojunk=False).ratio() >= NEAR_RATIO
        if best[0] is None:
            return None, "new", 0.0
        return best[0], ("near" if near else "contained"), best[1]


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
    spoken_on: date | None = None
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
        evidence. A day a source says the words were spoken ("on Tuesday") counts when it is
        not after that source's own date; otherwise the earliest source's publication day."""
        found: list[tuple[date, int, dict]] = []
        for m in self.members:
            if m.spoken_on is not None and (m.day is None or m.spoken_on <= m.day):
                found.append((m.spoken_on, 0, {
                    "date": m.spoken_on.isoformat(), "evidence": "spoken on, per the source",
                    "outlet": m.outlet, "url": m.url, "article": m.article_id}))
            if m.day is not None:
                found.append((m.day, 1, {"date": m.day.isoformat(), "evidence": "earliest dated source",
                                         "outlet": m.outlet, "url": m.url, "article": m.article_id}))
        return min(found, key=lambda f: (f[0], f[1]))[2] if found else None


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
        changes = classify(d, m.text)
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

    def add(self, speaker: str | None, member: Member) -> tuple[str, str]:
        """File ``member`` under a statement of ``speaker``; returns (statement id, how)."""
        # With no speaker, "the same statement" cannot be told: such quotes group within their article only.
        spk = speaker or f"?{member.article_id}"
        wording = normalize(statement_words(member.text, member.kind, member.printed))
        sid, how, _ = self.matcher.find(spk, wording, lambda s, w: self.exact.get((s, w)), self._candidate,
                                        quoted=member.kind in QUOTED_KINDS)
        if sid is None:
            sid = f"s{self._next}"
            self._next += 1
            self.speaker_of[sid] = spk
            self.members[sid] = []
            self.wordings[sid] = []
            how = "new"
        self.members[sid].append(member)
        if (spk, wording) not in self.exact:
            self.exact[(spk, wording)] = sid
            self.wordings[sid].append(wording)
            if wording:
                self.bands.add(sid, minhashes(wording.split(), INDEX_STEP))
        return sid, how

    def view(self, sid: str) -> StatementView:
        return summarize(sid, self.speaker_of[sid], self.members[sid])

    def views(self) -> list[StatementView]:
        return [self.view(s) for s in self.members]
