"""Checking a claimed quote against the record: "did they really say this, and where was it first?"

Owns the one-step check behind ``saidwhat check``, ``/check`` and
``/api/check``: find the stored quotes whose words best match a claim, align
the claim against the closest recorded wording, and give a verdict with the
statement's speaker, first source and outlets. Reads only.

How a match is found, so that small edits, truncation and reordering do not
hide it:

1. Candidates come from the full-text index: the claim's content words (its
   stop words only when it has nothing else) OR-ed over the quote text, best
   bm25 first. A changed, dropped or moved word only removes one term.
2. Each candidate is scored twice against the claim's folded words: in order
   (the words of ``diff.word_diff``'s alignment that are equal) and as a bag
   (how many of the claim's words the quote holds, in any order).
3. The best candidate's statement (``across.queries.statement_info``) says who,
   when, where first and which outlets; ``diff.word_diff`` and ``diff.classify``
   say which words differ.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from ..errors import QueryError
from ..names.kb import name_key
from .diff import FUNCTION_WORDS, WordDiff, classify, meaningful, render, word_diff
from .queries import statement_info
from .text import fold, normalize, tokens

__all__ = ["VERDICTS", "check_quote"]

VERDICTS = ("verbatim", "altered", "paraphrase", "other-speaker", "not-found")

CANDIDATES = 40  # quotes the index proposes, best bm25 first
ALIGNED = 8  # of those, the ones that hold most of the claim's content words are aligned word by word
TERMS = 8  # the claim's rarest content words looked up in the index
MIN_WORDS = 3  # a shorter claim ("we will") matches half the record
MAX_CLAIM = 2000  # characters: a claim is a quote, not an article
# A recorded quote is the claim's source when it holds this share of the claim's content
# words (in any order); it is an altered copy when it also holds this share of all the
# claim's words in order, and the claim reorders it when it holds nearly all of them.
FOUND_CONTENT = 0.6
ALTERED_IN_ORDER = 0.6
REORDERED_ANY_ORDER = 0.9


# Words as across.text.tokens reads them, for the cheap first pass only.
_QUICK = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['\-][^\W\d_]+)*", re.UNICODE)


@dataclass(frozen=True)
class _Candidate:
    quote_id: int
    text: str
    statement_id: int | None
    speaker_id: str | None
    speaker: str | None
    article_id: str
    outlet: str | None
    url: str | None
    published: str | None
    in_order: float  # share of the claim's words found in order in this quote (see _in_order)
    any_order: float  # share of the claim's words this quote holds, in any order
    content: float  # share of the claim's content words this quote holds, in any order
    diff: WordDiff

    @property
    def score(self) -> float:
        return (self.in_order + self.any_order + self.content) / 3


def _claim_words(claim: str) -> list[str]:
    words = [fold(t) for t in tokens(claim)]
    if len(words) < MIN_WORDS:
        raise QueryError(f"the claim {claim.strip()!r} is too short to check: give at least {MIN_WORDS} words "
                         "of the quote")
    return words


def _content(words: list[str]) -> list[str]:
    """The claim's content words, or all its words when every one is a function word."""
    return [w for w in words if w not in FUNCTION_WORDS and len(w) > 1] or words


# The claim's words go through the index's own tokenizer (the same as quote_fts's, from
# store migration 0013) in a temporary table, so each word meets the stemmed term the
# index holds, and the index's vocabulary says how many quotes hold that term.
_TEMP_TABLES = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.check_words"
    " USING fts5(w, tokenize = 'porter unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.check_word_terms USING fts5vocab(temp, check_words, 'instance')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.quote_terms USING fts5vocab(main, quote_fts, 'col')",
)
_RARITY_SQL = (
    "SELECT i.doc, min(coalesce(v.doc, 0)) FROM temp.check_word_terms i"
    " LEFT JOIN temp.quote_terms v ON v.term = i.term AND v.col = 'text' GROUP BY i.doc"
)


def _rarest(conn: sqlite3.Connection, words: list[str]) -> list[str]:
    """Up to TERMS of ``words`` that the fewest quotes hold (a word no quote holds is left out).

    A common word ("government") draws thousands of quotes into the ranking and
    adds little to it; the rare ones find the quote as well, in a few milliseconds."""
    distinct = list(dict.fromkeys(words))
    for sql in _TEMP_TABLES:
        conn.execute(sql)
    conn.execute("DELETE FROM temp.check_words")
    conn.executemany("INSERT INTO temp.check_words (rowid, w) VALUES (?, ?)", enumerate(distinct))
    # A word of several tokens ("don't") counts as its rarest one.
    held = sorted((n, k) for k, n in conn.execute(_RARITY_SQL) if n)
    return [distinct[k] for _, k in held[:TERMS]]


def _match_expression(words: list[str]) -> str:
    """An FTS5 query over the quote text: any of ``words``."""
    return "text : (" + " OR ".join('"' + w.replace('"', '""') + '"' for w in words) + ")"


_CANDIDATE_SQL = (
    "SELECT qt.id, qt.text, NULL, ql.speaker_id, coalesce(sp.name, qt.speaker_name, qt.speaker_mention),"
    " qt.article_id, a.outlet, a.url, a.published"
    " FROM quote_fts JOIN quotes qt ON qt.id = quote_fts.rowid JOIN articles a ON a.id = qt.article_id"
    " LEFT JOIN quote_links ql ON ql.quote_id = qt.id"
    " LEFT JOIN across_speakers sp ON sp.id = ql.speaker_id"
    " WHERE quote_fts MATCH ? ORDER BY bm25(quote_fts) LIMIT ?"
)


def _with_statements(conn: sqlite3.Connection, rows: list[tuple], content_bag: Counter) -> list[tuple]:
    """Each candidate row with the statement of the quote's sentence that holds most of the claim's
    content words (a quote of several sentences is in several statements; the first among equals)."""
    if not rows:
        return rows
    ids = [r[0] for r in rows]
    parts: dict[int, list[tuple[int, int, int]]] = {}
    for qid, sid, start, end in conn.execute(
        f"SELECT quote_id, statement_id, span_start, span_end FROM statement_quotes WHERE quote_id IN"
        f" ({','.join('?' * len(ids))}) ORDER BY quote_id, part", ids):
        parts.setdefault(qid, []).append((sid, start, end))
    out = []
    for r in rows:
        options = parts.get(r[0], [])
        best = max(options, key=lambda p: _share(content_bag, Counter(_quick_words(r[1][p[1]:p[2]]))), default=None)
        out.append((r[0], r[1], best[0] if best else None, *r[3:]))
    return out


def _candidates(conn: sqlite3.Connection, claim: str, words: list[str]) -> list[_Candidate]:
    try:
        terms = _rarest(conn, _content(words))
        if not terms:
            return []  # no word of the claim is in any quote
        rows = conn.execute(_CANDIDATE_SQL, (_match_expression(terms), CANDIDATES)).fetchall()
    except sqlite3.OperationalError as exc:  # the terms are quoted: only a broken store gets here
        raise QueryError(f"cannot look the claim up in the store: {exc}") from exc
    claim_bag, content_bag = Counter(words), Counter(_content(words))
    # A first, cheap pass (lower-cased words, no accent folding) keeps the few worth aligning:
    # the word alignment costs about a millisecond a quote, the index proposes dozens.
    rows = sorted(rows, key=lambda r: -_share(content_bag, Counter(_quick_words(r[1]))))[:ALIGNED]
    rows = _with_statements(conn, rows, content_bag)
    out = []
    for qid, text, sid, speaker_id, speaker, article, outlet, url, published in rows:
        d = _local_diff(text, claim, claim_bag)
        held = Counter(fold(t) for t in tokens(text))
        out.append(_Candidate(qid, text, sid, speaker_id, speaker, article, outlet, url, published,
                              in_order=_in_order(d, len(words)),
                              any_order=_share(claim_bag, held), content=_share(content_bag, held), diff=d))
    # Best alignment first; among equals the earliest published, then the lowest id (stable).
    out.sort(key=lambda c: (-c.score, c.published or "9999", c.quote_id))
    return out


def _local_diff(text: str, claim: str, claim_bag: Counter) -> WordDiff:
    """``diff.word_diff`` of ``claim`` against the stretch of a long quote where its words gather.

    Against a whole long quote, two shared words far apart ("we need ... that") anchor the
    alignment at both ends and the claim reads as one huge replacement; the stretch about
    half again as long as the claim that holds most of its words is where it was cut from."""
    n = sum(claim_bag.values())
    found = [(m.start(), m.end(), fold(m.group())) for m in _QUICK.finditer(text.replace("\u2019", "'"))]
    width = n + n // 2 + 4
    if len(found) <= width + n:
        return word_diff(text, claim)
    window: Counter = Counter()
    def overlap_of(w: str, sign: int) -> int:
        before = min(window[w], claim_bag[w])
        window[w] += sign
        return min(window[w], claim_bag[w]) - before
    overlap = sum(overlap_of(w, 1) for _, _, w in found[:width])
    best, start = overlap, 0
    for i in range(width, len(found)):
        overlap += overlap_of(found[i][2], 1) + overlap_of(found[i - width][2], -1)
        if overlap > best:
            best, start = overlap, i - width + 1
    end = start + width
    d = word_diff(text[found[start][0] : found[end - 1][1]], claim)
    return replace(d, trimmed_before=d.trimmed_before + start, trimmed_after=d.trimmed_after + len(found) - end)


def _in_order(d: WordDiff, n: int) -> float:
    """The share of the claim's ``n`` words the alignment finds equal, in order, over the claim or the
    recorded stretch it covers, whichever is longer: a recorded word the claim drops inside that
    stretch ("not") counts against the match as a claimed word changed does."""
    equal = sum(len(v) for tag, _, v in d.ops if tag == "equal")
    return equal / max(n, sum(len(r) for _, r, _ in d.ops))


def _quick_words(text: str) -> list[str]:
    return _QUICK.findall(text.lower().replace("\u2019", "'"))


def _share(wanted: Counter, held: Counter) -> float:
    """The share of the ``wanted`` words (with repeats) that ``held`` holds."""
    total = sum(wanted.values())
    return sum(min(n, held[w]) for w, n in wanted.items()) / total if total else 0.0


def _speakers_named(conn: sqlite3.Connection, name: str, candidates: list[_Candidate]) -> set[str]:
    """The candidates' linked speakers that ``name`` names: by their name or an alias, whole or its surname.

    Only the candidates' speakers are compared, not every stored speaker
    (``across.queries.find_speakers``), which costs a scan of the whole table."""
    key = name_key(name)
    ids = sorted({c.speaker_id for c in candidates if c.speaker_id})
    if not key or not ids:
        return set()
    marks = ",".join("?" * len(ids))
    names = conn.execute(f"SELECT id, name FROM across_speakers WHERE id IN ({marks}) UNION ALL"
                         f" SELECT speaker_id, alias FROM across_speaker_aliases WHERE speaker_id IN ({marks})",
                         [*ids, *ids]).fetchall()
    return {sid for sid, known in names if sid == name or _names_same(name_key(known), key)}


def _is_by(c: _Candidate, ids: set[str], key: str) -> bool:
    """Whether candidate ``c`` is by the speaker the user named (a linked id, else the name as written)."""
    if c.speaker_id and c.speaker_id in ids:
        return True
    return bool(key) and _names_same(name_key(c.speaker or ""), key)


def _names_same(full: str, key: str) -> bool:
    """Whether the folded name ``key`` names the person ``full``: the whole name, or its last words
    ("stoltenberg", "von der leyen")."""
    return full == key or full.endswith(" " + key)


def _found(c: _Candidate) -> bool:
    return c.content >= FOUND_CONTENT


def _verdict(c: _Candidate, claim: str) -> tuple[str, list[dict[str, Any]]]:
    """verbatim / altered / paraphrase for a found candidate, with the changed words."""
    changes = [{"kind": ch.kind, "recorded": list(ch.removed), "claimed": list(ch.added)}
               for ch in classify(c.diff, claim)]
    aligned_whole = not c.diff.extended_before and not c.diff.extended_after
    if c.diff.identical and aligned_whole and c.in_order >= ALTERED_IN_ORDER:
        return "verbatim", []
    if c.any_order >= REORDERED_ANY_ORDER:
        # Words the alignment calls substituted but that the quote holds elsewhere were moved:
        # the claim reorders the quote. A change of negation is named whatever moved it.
        held = {fold(t) for t in tokens(c.text)}
        moved = [ch for ch in changes if ch["claimed"] and not ch["kind"].startswith("negation")
                 and all(fold(w) in held for w in ch["claimed"])]
        if moved:
            return "altered", [_REORDERED, *(ch for ch in changes if ch not in moved)]
    if c.in_order >= ALTERED_IN_ORDER:
        return "altered", changes
    if c.any_order >= REORDERED_ANY_ORDER:
        return "altered", [_REORDERED, *changes]
    return "paraphrase", changes


_REORDERED = {"kind": "reordered", "recorded": [], "claimed": []}


def _explain(verdict: str, c: _Candidate | None, changes: list[dict[str, Any]], speaker: str | None) -> str:
    if c is None:
        return "No recorded quote holds enough of these words: the claim is not in the store."
    who = c.speaker or "an unknown speaker"
    if verdict == "other-speaker":
        return f"Recorded, but said by {who}, not by {speaker}."
    if verdict == "verbatim":
        cut = c.diff.trimmed_before + c.diff.trimmed_after
        return (f"{who} said these exact words" + (f" (part of a longer quote: {cut} words left out)." if cut else "."))
    if verdict == "altered":
        named = "; ".join(_change_text(ch) for ch in changes) or "words added outside the recorded quote"
        return f"{who} said something close, but the claim changes it: {named}."

    return (f"{who} said something with many of these words, but not in this wording "
            f"({round(c.any_order * 100)}% of the claim's words, {round(c.in_order * 100)}% in order).")


def _change_text(ch: dict[str, Any]) -> str:
    if ch["kind"] == "reordered":
        return "the recorded words put in another order"
    recorded, claimed = " ".join(ch["recorded"]), " ".join(ch["claimed"])
    kind = ch["kind"].replace("-", " ")
    if recorded and claimed:
        return f'"{recorded}" became "{claimed}" ({kind})'
    if recorded:
        return f'"{recorded}" left out ({kind})'
    return f'"{claimed}" added ({kind})'


def _match_json(store: Any, c: _Candidate) -> dict[str, Any]:
    """The candidate with its statement's record: who, first source, every outlet, the word diff."""
    d = c.diff
    out: dict[str, Any] = {
        "quote": c.quote_id, "statement": c.statement_id, "speaker_id": c.speaker_id, "speaker": c.speaker,
        "wording": c.text, "article": c.article_id, "outlet": c.outlet, "url": c.url, "published": c.published,
        "in_order": round(c.in_order, 3), "any_order": round(c.any_order, 3), "content": round(c.content, 3),
        "diff": {"ops": [[tag, list(r), list(v)] for tag, r, v in d.ops], "text": render(d),
                 "trimmed_before": d.trimmed_before, "trimmed_after": d.trimmed_after,
                 "extended_before": d.extended_before, "extended_after": d.extended_after},
    }
    if c.statement_id is not None:
        info = statement_info(store, c.statement_id)
        out.update(first=info["first"], outlets=info["outlets"], reference=info["wording"],
                   sources=[{k: s[k] for k in ("quote", "article", "date", "outlet", "url")} for s in info["sources"]])
    else:  # a store not linked yet: the quote is its own record
        out.update(first={"date": (c.published or "")[:10] or None, "outlet": c.outlet, "url": c.url,
                          "article": c.article_id, "spoken_on": None}, reference=c.text,
                   outlets=[c.outlet] if c.outlet else [],
                   sources=[{"quote": c.quote_id, "article": c.article_id, "date": (c.published or "")[:10] or None,
                             "outlet": c.outlet, "url": c.url}])
    return out


def _against_reference(match: dict[str, Any], claim: str) -> list[dict[str, Any]]:
    """The meaning-bearing changes of ``claim`` against its statement's reference wording (the one most
    sources carry), when the closest recorded wording is another, altered copy; else none.

    A claim that repeats a misquote word for word is still a misquote."""
    reference = match.get("reference")
    if not reference or normalize(reference) == normalize(match["wording"]):
        return []
    d = word_diff(reference, claim)
    if sum(len(v) for tag, _, v in d.ops if tag == "equal") < ALTERED_IN_ORDER * len(tokens(claim)):
        return []  # the claim is another part of a long quote than the reference wording gives
    match["reference_diff"] = {"ops": [[tag, list(r), list(v)] for tag, r, v in d.ops], "text": render(d)}
    return [{"kind": ch.kind, "recorded": list(ch.removed), "claimed": list(ch.added)}
            for ch in meaningful(classify(d, claim, reference))]


def _others(candidates: list[_Candidate], best: _Candidate | None, n: int) -> list[_Candidate]:
    """The next best candidates, one per statement, none of the best match's statement or wording."""
    seen_statements = {best.statement_id} if best is not None and best.statement_id is not None else set()
    seen_texts = {best.text} if best is not None else set()
    out = []
    for c in candidates:
        if c is best or c.text in seen_texts or (c.statement_id is not None and c.statement_id in seen_statements):
            continue
        seen_texts.add(c.text)
        if c.statement_id is not None:
            seen_statements.add(c.statement_id)
        out.append(c)
    return out[:n]


def check_quote(store: Any, claim: str, speaker: str | None = None, *, others: int = 3) -> dict[str, Any]:
    """Check ``claim`` (a quote as someone says it was said) against the stored record.

    Returns a JSON-ready dict: ``verdict`` (one of ``VERDICTS``), ``explanation``
    (a sentence naming the speaker and any changed words), ``match`` (the
    closest recorded quote with its statement's speaker, first source, outlets,
    sources and the word diff of claim against it; None when not found), and
    ``others`` (the next best recorded quotes, briefly). With ``speaker``, a
    match by that speaker is preferred, and a claim recorded only from someone
    else is "other-speaker". Raises QueryError for a claim too short or long.
    """
    claim = (claim or "").strip()
    if len(claim) > MAX_CLAIM:
        raise QueryError(f"the claim is {len(claim)} characters long; give the quote itself "
                         f"({MAX_CLAIM} characters or fewer)")
    words = _claim_words(claim)
    candidates = [c for c in _candidates(store.connection, claim, words) if _found(c)]
    best = candidates[0] if candidates else None
    verdict, changes = ("not-found", []) if best is None else _verdict(best, claim)
    named = (speaker or "").strip() or None
    if best is not None and named:
        ids, key = _speakers_named(store.connection, named, candidates), name_key(named)
        theirs = [c for c in candidates if _is_by(c, ids, key)]
        if theirs:
            best = theirs[0]
            verdict, changes = _verdict(best, claim)
        else:
            verdict, changes = "other-speaker", []
    rest = _others(candidates, best, others)
    match = _match_json(store, best) if best is not None else None
    explanation = _explain(verdict, best, changes, named)
    if verdict == "verbatim" and match is not None:
        altered = _against_reference(match, claim)
        if altered:
            verdict, changes = "altered", altered
            explanation = (f"These exact words were printed, but they alter what {best.speaker or 'the speaker'} said "
                           f"as most sources report it: {'; '.join(_change_text(ch) for ch in altered)}.")
    return {
        "claim": claim, "speaker": named, "verdict": verdict,
        "explanation": explanation,
        "changes": changes,
        "match": match,
        "others": [{"quote": c.quote_id, "statement": c.statement_id, "speaker": c.speaker, "wording": c.text,
                    "outlet": c.outlet, "published": c.published, "in_order": round(c.in_order, 3),
                    "any_order": round(c.any_order, 3)} for c in rest],
    }
