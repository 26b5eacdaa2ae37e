"""Measuring linking across outlets: statement groups and flags against gold.

Owns the gold format of a multi-outlet set (``evaluation/across/``), running a
set through the project's own ingest and ``saidwhat.across.link`` in a
temporary store, and scoring what the store then holds:

- grouping, pairwise: every pair of gold quotes is "same statement" in gold when
  they share a gold group, and predicted "same" when the statement rows they
  match share a statement id;
- flags per kind (altered, recycled, headline): a predicted flag is right when a
  gold flag of that kind names its article (and, for altered and recycled, its
  quote); a gold flag is found when some predicted flag is right about it;
- utterance dates, where the gold states one (``said``): of the gold quotes the
  extractor found, how many the linker gave a day the words were spoken
  (coverage) and how many of those days are the gold day (precision); and per gold
  statement, the date its statement shows (the earliest credible one among its
  sources) against the earliest gold ``said`` of its quotes.

A gold quote is matched to the stored quote of its article whose words cover it
best, so the score follows whatever grain (quote, sentence) the linker files
statements at. Nothing here changes the linker or the extractor; it only reads
the store they wrote.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from ..store.query import FLAG_KINDS

__all__ = [
    "FLAG_KINDS",
    "AcrossResult",
    "GoldFlag",
    "GoldQuote",
    "GoldSet",
    "evaluate_across",
    "evaluate_dates",
    "format_across",
    "format_across_errors",
    "format_dates",
    "read_composed",
    "run_set",
]

COMPOSED = Path(__file__).resolve().parents[3] / "evaluation" / "across"
# A gold quote is taken to be a stored quote when that many of its words are in it
# (or, for a stored fragment of a longer gold sentence, that many of the fragment's).
MATCH_COVER = 0.7
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*", re.UNICODE)


def _words(text: str) -> list[str]:
    """Words for matching gold to stored quotes: case and punctuation do not count."""
    return [w.casefold().replace("\u2019", "'") for w in _WORD.findall(text)]


def _cover(gold: list[str], found: list[str]) -> tuple[float, float]:
    """Share of gold's words in found, and of found's words in gold (as multisets)."""
    if not gold or not found:
        return 0.0, 0.0
    common = sum((Counter(gold) & Counter(found)).values())
    return common / len(gold), common / len(found)


# --- gold --------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldQuote:
    article: str  # the article's id in the set's articles.jsonl
    quote: str  # the quoted words as printed
    group: str  # the statement they belong to
    said: str | None = None  # the day the words were spoken (ISO), where the annotator stated it


@dataclass(frozen=True)
class GoldFlag:
    kind: str  # altered, recycled, headline
    article: str
    quote: str | None = None  # the flagged words (altered, recycled); None: the article as a whole
    change: str | None = None  # altered: substituted, negation, number, inserted, dropped
    why: str = ""


@dataclass
class GoldSet:
    name: str
    articles: list[dict[str, Any]]  # records in the JSONL article format (jsonl.read_jsonl)
    quotes: list[GoldQuote]
    flags: list[GoldFlag]
    note: str = ""  # where a generated set's quotes came from

    def only(self, article_ids: set[str]) -> GoldSet:
        return GoldSet(
            self.name,
            [a for a in self.articles if a["id"] in article_ids],
            [q for q in self.quotes if q.article in article_ids],
            [f for f in self.flags if f.article in article_ids],
            self.note,
        )


def read_gold_lines(lines: Iterable[str]) -> tuple[list[GoldQuote], list[GoldFlag]]:
    """Gold JSONL: ``{"type": "quote", "article", "quote", "group", "said"?}`` and
    ``{"type": "flag", "kind", "article", "quote"?, "change"?, "why"?}`` lines."""
    quotes, flags = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec.get("type") == "quote":
            quotes.append(GoldQuote(rec["article"], rec["quote"], rec["group"], rec.get("said")))
        elif rec.get("type") == "flag":
            if rec["kind"] not in FLAG_KINDS:
                raise ValueError(f"gold line {number}: flag kind {rec['kind']!r} is not one of {FLAG_KINDS}")
            flags.append(GoldFlag(rec["kind"], rec["article"], rec.get("quote"), rec.get("change"), rec.get("why", "")))
        else:
            raise ValueError(f"gold line {number}: 'type' must be 'quote' or 'flag'")
    return quotes, flags


def read_composed(folder: str | Path = COMPOSED, *, split: str | None = None,
                  events: Iterable[str] | None = None) -> GoldSet:
    """The hand-written set: ``articles.jsonl``, ``gold.jsonl`` and ``splits.json``
    (events per split). ``split`` None reads every event; ``events`` keeps only those
    (the events written after the code, scored apart as the unseen figure)."""
    folder = Path(folder)
    articles = [
        json.loads(line) for line in (folder / "articles.jsonl").read_text("utf-8").splitlines() if line.strip()
    ]
    quotes, flags = read_gold_lines((folder / "gold.jsonl").read_text("utf-8").splitlines())
    gold = GoldSet("composed", articles, quotes, flags)
    if events is not None:
        gold = _only_events(gold, set(events))
    if split is None:
        return gold
    splits = json.loads((folder / "splits.json").read_text("utf-8"))
    if split not in splits:
        raise ValueError(f"no split {split!r} in {folder / 'splits.json'} (it has {', '.join(splits)})")
    name = gold.name
    gold = gold.only({a["id"] for a in gold.articles if a.get("event") in set(splits[split])})
    gold.name = f"{name}/{split}"
    return gold


def _only_events(gold: GoldSet, events: set[str]) -> GoldSet:
    unknown = events - {a.get("event") for a in gold.articles}
    if unknown:
        raise ValueError(f"no event {', '.join(sorted(unknown))} in the composed set")
    kept = gold.only({a["id"] for a in gold.articles if a.get("event") in events})
    kept.name = f"composed[{','.join(sorted(events))}]"
    return kept


# --- what the store holds ----------------------------------------------------------


@dataclass(frozen=True)
class StoredQuote:
    row: int  # quotes.id
    article: str  # gold article id
    text: str
    where: str
    statements: tuple[int, ...]  # statement ids the linker filed it under (one at quote grain)
    wordings: tuple[str, ...]  # the wording of each of those rows
    spoken_on: str | None = None  # the day the linker says the words were spoken (ISO), if any
    spoken_range: tuple[str, str] | None = None  # else the stretch it says they were spoken in (ISO first, last)


@dataclass(frozen=True)
class StoredFlag:
    kind: str
    article: str  # gold article id
    quote: str | None  # the flagged quote's text
    where: str | None
    evidence: dict[str, Any]


def _article_ids(store, articles: list[dict[str, Any]]) -> dict[str, str]:
    """The store's id of each gold article: the store names articles by URL or text hash."""
    from ..ingest.jsonl import article_from_record
    from ..store.identity import identify

    out = {}
    for rec in articles:
        art = article_from_record(rec, where=rec["id"], line=None)
        out[identify(art).id] = rec["id"]
    return out


def read_store(conn: sqlite3.Connection, ids: dict[str, str]) -> tuple[list[StoredQuote], list[StoredFlag]]:
    rows = conn.execute(
        'SELECT q.id, q.article_id, q.text, q."where", s.statement_id, s.wording, l.spoken_on, l.spoken_from,'
        " l.spoken_to FROM quotes q"
        " LEFT JOIN statement_quotes s ON s.quote_id = q.id LEFT JOIN quote_links l ON l.quote_id = q.id"
        " ORDER BY q.article_id, q.idx").fetchall()
    by_row: dict[int, list] = {}
    for qid, art, text, where, sid, wording, spoken, first, last in rows:
        entry = by_row.setdefault(qid, [art, text, where, [], [], spoken, (first, last) if first and last else None])
        if sid is not None:
            entry[3].append(int(sid))
            entry[4].append(wording)
    quotes = [StoredQuote(qid, ids.get(a, a), t, w, tuple(s), tuple(ws), on, stretch)
              for qid, (a, t, w, s, ws, on, stretch) in by_row.items()]
    flags = []
    for kind, art, qid, evidence in conn.execute("SELECT kind, article_id, quote_id, evidence FROM flags ORDER BY id"):
        quote = by_row.get(qid) if qid is not None else None
        flags.append(StoredFlag(kind, ids.get(art, art), quote[1] if quote else None, quote[2] if quote else None,
                                json.loads(evidence)))
    return quotes, flags


def read_statement_dates(conn: sqlite3.Connection) -> dict[int, str | None]:
    """Each statement's date as ``saidwhat statement`` shows it: the earliest credible one among
    its sources (``StatementView.said``), a day (ISO) or a stretch ("FIRST..LAST")."""
    from ..across.link import statement_view

    out: dict[int, str | None] = {}
    for (sid,) in conn.execute("SELECT DISTINCT statement_id FROM statement_quotes"):
        view = statement_view(conn, int(sid))
        said = view.said() if view is not None else None
        out[int(sid)] = None if not said else said["date"] or f"{said['from']}..{said['to']}"
    return out


# --- scoring -----------------------------------------------------------------------


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 4)


def _share(part: int, whole: int) -> float | None:
    """``part / whole``, or None when there is nothing to divide (no prediction, no gold)."""
    return part / whole if whole else None


@dataclass
class Score:
    found: int = 0  # predictions that are right
    predicted: int = 0
    hit: int = 0  # gold items found
    gold: int = 0

    @property
    def precision(self) -> float | None:
        return _share(self.found, self.predicted)

    @property
    def recall(self) -> float | None:
        return _share(self.hit, self.gold)

    def as_dict(self) -> dict[str, Any]:
        return {"precision": _round(self.precision), "recall": _round(self.recall), "right": self.found,
                "predicted": self.predicted, "found": self.hit, "gold": self.gold}


@dataclass
class DateScore:
    """Utterance dates against the gold ``said``: of ``annotated`` items, ``dated`` got a date,
    ``right`` of those are the gold day. Apart, a coverage of a weaker kind: ``ranged`` items got
    no day but a stretch of days, ``ranged_right`` of those a stretch that holds the gold day and
    is at most RANGE_SCORED_DAYS wide (``in_range``)."""

    annotated: int = 0
    dated: int = 0
    right: int = 0
    ranged: int = 0
    ranged_right: int = 0

    @property
    def coverage(self) -> float | None:
        return _share(self.dated, self.annotated)

    @property
    def precision(self) -> float | None:
        return _share(self.right, self.dated)

    def as_dict(self) -> dict[str, Any]:
        return {"coverage": _round(self.coverage), "precision": _round(self.precision),
                "annotated": self.annotated, "dated": self.dated, "right": self.right,
                "ranged": self.ranged, "ranged_right": self.ranged_right}


# The widest stretch that counts as giving the day: a week ("last week"). "Last month" or "in
# 2019" holds the day too, but says too little of it to count.
RANGE_SCORED_DAYS = 7


def in_range(day: str, first: str, last: str) -> bool:
    """Whether the gold ``day`` lies in the stretch ``first``..``last`` (ISO days) and the stretch
    is at most RANGE_SCORED_DAYS wide."""
    from datetime import date

    a, b = date.fromisoformat(first), date.fromisoformat(last)
    return (b - a).days + 1 <= RANGE_SCORED_DAYS and first <= day <= last


@dataclass
class AcrossResult:
    name: str
    articles: int
    gold_quotes: int
    matched_quotes: int  # gold quotes the extractor found
    stored_quotes: int  # stored body quotes
    unannotated: int  # stored body quotes no gold quote matches
    grouping: Score
    flags: dict[str, Score]
    headline_on_body: int  # headline flags whose badge sits on a body quote
    altered_by_change: dict[str, list[int]] = field(default_factory=dict)  # change -> [found, gold]
    headline_notes: int = 0  # headlines the reporter paraphrased or summarised unquoted: notes, not flags
    # utterance dates where the gold states them: per extracted gold quote, and per gold statement
    quote_dates: DateScore = field(default_factory=DateScore)
    statement_dates: DateScore = field(default_factory=DateScore)
    seconds: float = 0.0
    note: str = ""
    errors: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def as_dict(self, *, errors: bool = False) -> dict[str, Any]:
        out = {
            "set": self.name, "articles": self.articles, "gold_quotes": self.gold_quotes,
            "gold_quotes_extracted": self.matched_quotes, "stored_body_quotes": self.stored_quotes,
            "stored_quotes_not_in_gold": self.unannotated, "grouping_pairs": self.grouping.as_dict(),
            "flags": {k: s.as_dict() for k, s in self.flags.items()},
            "altered_recall_by_change": {
                k: {"found": f, "gold": g} for k, (f, g) in sorted(self.altered_by_change.items())
            },
            "headline_flags_on_body_quotes": self.headline_on_body, "headline_notes": self.headline_notes,
            "utterance_dates": {"quotes": self.quote_dates.as_dict(), "statements": self.statement_dates.as_dict()},
            "seconds": round(self.seconds, 2),
            "note": self.note,
        }
        if errors:
            out["errors"] = self.errors
        return out


def match_quotes(gold: list[GoldQuote], stored: list[StoredQuote]) -> dict[int, tuple[StoredQuote, int] | None]:
    """Each gold quote's stored quote and the statement it was filed under (None: not extracted).

    Among the body quotes of its article, the one whose statement wording (else its text)
    covers the gold words best; a stored quote of several sentences filed as several
    statements gives each gold sentence the statement whose wording is that sentence."""
    by_article: dict[str, list[StoredQuote]] = {}
    for s in stored:
        if s.where == "body":
            by_article.setdefault(s.article, []).append(s)
    out: dict[int, tuple[StoredQuote, int] | None] = {}
    for i, g in enumerate(gold):
        gw = _words(g.quote)
        best, best_key = None, (0.0, 0.0)
        for s in by_article.get(g.article, ()):
            options = list(zip(s.statements, s.wordings)) or [(-s.row, s.text)]  # not filed: its own group
            for sid, wording in options:
                into, back = _cover(gw, _words(wording))
                if max(into, back) < MATCH_COVER or min(into, back) == 0:
                    continue
                key = (2 * into * back / (into + back), into)  # the closest in both directions
                if key > best_key:
                    best, best_key = (s, sid), key
        out[i] = best
    return out


def score_grouping(gold: list[GoldQuote], matched: dict[int, tuple[StoredQuote, int] | None]) -> tuple[Score, dict]:
    score = Score()
    wrong, missed = [], []
    for i, j in combinations(range(len(gold)), 2):
        a, b = gold[i], gold[j]
        if a.article == b.article and a.quote == b.quote:
            continue
        same_gold = a.group == b.group
        ma, mb = matched[i], matched[j]
        same_pred = ma is not None and mb is not None and ma[1] == mb[1]
        score.predicted += same_pred
        score.gold += same_gold
        if same_gold and same_pred:
            score.found += 1
            score.hit += 1
        elif same_pred:
            wrong.append(_pair(a, b, ma, mb))
        elif same_gold:
            missed.append(_pair(a, b, ma, mb))
    return score, {"grouping_wrong_pairs": wrong, "grouping_missed_pairs": missed}


def _pair(a: GoldQuote, b: GoldQuote, ma, mb) -> dict[str, Any]:
    def side(g: GoldQuote, m) -> dict[str, Any]:
        return {"article": g.article, "quote": g.quote, "gold_group": g.group,
                "statement": m[1] if m else None, "stored": m[0].text if m else "(not extracted)"}

    return {"a": side(a, ma), "b": side(b, mb)}


def _flag_matches(g: GoldFlag, p: StoredFlag) -> bool:
    if g.kind != p.kind or g.article != p.article:
        return False
    # A headline flag belongs to the article's headline; a recycled one to the article that
    # presents old words as news, whichever of its statements (paraphrases too) carries it.
    if g.kind in ("headline", "recycled") or g.quote is None or p.quote is None:
        return True
    into, back = _cover(_words(g.quote), _words(p.quote))
    return max(into, back) >= MATCH_COVER


def score_flags(gold: list[GoldFlag], stored: list[StoredFlag]) -> tuple[dict[str, Score], dict]:
    scores = {k: Score() for k in FLAG_KINDS}
    errors: dict[str, list] = {"flags_wrong": [], "flags_missed": []}
    for p in stored:
        s = scores.setdefault(p.kind, Score())
        s.predicted += 1
        if any(_flag_matches(g, p) for g in gold):
            s.found += 1
        else:
            errors["flags_wrong"].append({"kind": p.kind, "article": p.article, "quote": p.quote,
                                          "evidence": p.evidence})
    for g in gold:
        s = scores[g.kind]
        s.gold += 1
        hits = [p for p in stored if _flag_matches(g, p)]
        if hits:
            s.hit += 1
        else:
            errors["flags_missed"].append({"kind": g.kind, "article": g.article, "quote": g.quote,
                                           "change": g.change, "why": g.why})
    return scores, errors


def _by_change(gold: list[GoldFlag], stored: list[StoredFlag]) -> dict[str, list[int]]:
    """Altered recall per kind of change: which alterations the flags catch."""
    out: dict[str, list[int]] = {}
    for g in gold:
        if g.kind == "altered":
            row = out.setdefault(g.change or "?", [0, 0])
            row[0] += any(_flag_matches(g, p) for p in stored)
            row[1] += 1
    return out


def score_quote_dates(gold: list[GoldQuote], matched: dict[int, tuple[StoredQuote, int] | None]
                      ) -> tuple[DateScore, dict]:
    """The day the linker gave each extracted gold quote that has a gold ``said``, against it.
    A quote with no ``said`` was not annotated for its date and is not scored."""
    score = DateScore()
    wrong, missed = [], []
    for i, g in enumerate(gold):
        m = matched[i]
        if g.said is None or m is None:
            continue
        score.annotated += 1
        spoken, stretch = m[0].spoken_on, m[0].spoken_range
        row = {"article": g.article, "quote": g.quote, "said": g.said, "spoken_on": spoken}
        if spoken is None and stretch is not None:
            score.ranged += 1
            score.ranged_right += in_range(g.said, *stretch)
        if spoken is None:
            missed.append({**row, "spoken_range": stretch} if stretch else row)
            continue
        score.dated += 1
        if spoken == g.said:
            score.right += 1
        else:
            wrong.append(row)
    return score, {"dates_wrong": wrong, "dates_missed": missed}


def score_statement_dates(gold: list[GoldQuote], matched: dict[int, tuple[StoredQuote, int] | None],
                          dates: dict[int, str | None]) -> tuple[DateScore, dict]:
    """Per gold statement whose quotes carry ``said``: the date of the statement most of its
    extracted quotes were filed under, against the earliest gold ``said`` of its quotes."""
    said: dict[str, str] = {}
    filed: dict[str, Counter] = {}
    for i, g in enumerate(gold):
        if g.said is None:
            continue
        said[g.group] = min(said.get(g.group, g.said), g.said)
        if matched[i] is not None:
            filed.setdefault(g.group, Counter())[matched[i][1]] += 1
    score = DateScore()
    wrong = []
    for group, counts in filed.items():
        score.annotated += 1
        sid = counts.most_common(1)[0][0]
        shown = dates.get(sid)
        if shown is None:
            continue
        if ".." in shown:  # a stretch, no day: scored apart
            score.ranged += 1
            score.ranged_right += in_range(said[group], *shown.split(".."))
            continue
        score.dated += 1
        if shown == said[group]:
            score.right += 1
        else:
            wrong.append({"group": group, "statement": sid, "said": said[group], "shown": shown})
    return score, {"statement_dates_wrong": wrong}


def score_store(gold: GoldSet, quotes: list[StoredQuote], flags: list[StoredFlag],
                statement_dates: dict[int, str | None] | None = None) -> AcrossResult:
    matched = match_quotes(gold.quotes, quotes)
    quote_dates, date_errors = score_quote_dates(gold.quotes, matched)
    statement_dated, statement_errors = score_statement_dates(gold.quotes, matched, statement_dates or {})
    grouping, group_errors = score_grouping(gold.quotes, matched)
    # A headline the body supports only through the reporter's paraphrase, or an unquoted summary
    # the body does not print word for word, is a note the linker shows, not a misattribution:
    # counted apart, never as a flag.
    notes = [f for f in flags if f.kind == "headline" and f.evidence.get("severity") == "note"]
    flag_scores, flag_errors = score_flags(gold.flags, [f for f in flags if f not in notes])
    used = {m[0].row for m in matched.values() if m is not None}
    body = [q for q in quotes if q.where == "body"]
    unmatched = [{"article": g.article, "quote": g.quote, "group": g.group}
                 for i, g in enumerate(gold.quotes) if matched[i] is None]
    return AcrossResult(
        name=gold.name, articles=len(gold.articles), gold_quotes=len(gold.quotes),
        matched_quotes=len(gold.quotes) - len(unmatched), stored_quotes=len(body),
        unannotated=sum(q.row not in used for q in body), grouping=grouping, flags=flag_scores,
        headline_on_body=sum(f.kind == "headline" and f.where == "body" for f in flags),
        headline_notes=len(notes),
        altered_by_change=_by_change(gold.flags, flags),
        quote_dates=quote_dates, statement_dates=statement_dated,
        errors={"quotes_not_extracted": unmatched, **group_errors, **flag_errors, **date_errors,
                **statement_errors},
    )


# --- running -----------------------------------------------------------------------


def run_set(gold: GoldSet, *, settings=None, workdir: str | Path | None = None, jobs: int = 1) -> AcrossResult:
    """Ingest the set's articles into a fresh store, link it, and score what it holds."""
    import time

    from ..across.link import link
    from ..pipeline import ingest
    from ..settings import Settings
    from ..store import Store

    settings = settings or Settings()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="saidwhat-across-", dir=workdir) as tmp:
        source = Path(tmp) / f"{gold.name.replace('/', '-')}.jsonl"
        source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in gold.articles), "utf-8")
        with Store.open(Path(tmp) / "store.db") as store:
            ingest([source], store=store, settings=settings, jobs=jobs)
            link(store, settings)
            quotes, flags = read_store(store.connection, _article_ids(store, gold.articles))
            dates = read_statement_dates(store.connection) if any(q.said for q in gold.quotes) else {}
    result = score_store(gold, quotes, flags, dates)
    result.seconds = time.monotonic() - started
    result.note = gold.note
    return result


def evaluate_across(which: str = "composed", *, splits: Iterable[str | None] = ("dev", "test"), n: int = 200,
                    seed: int = 1, sources: tuple[str, ...] = ("polnear", "bbc", "wikinews"), settings=None,
                    jobs: int = 1, save: str | Path | None = None,
                    events: Iterable[str] | None = None) -> list[AcrossResult]:
    """Score the composed set, the generated set or both (``which``) on each of ``splits``
    (dev, test; None: every event). ``save`` keeps the generated articles and gold there;
    ``events`` scores only those events of the composed set."""
    from .variants import generate, write_set

    if which not in ("composed", "generated", "both"):
        raise ValueError(f"which must be composed, generated or both, not {which!r}")
    results = []
    for split in splits:
        if which in ("composed", "both"):
            results.append(run_set(read_composed(split=split, events=events), settings=settings, jobs=jobs))
        if which in ("generated", "both"):
            gold = generate(n=n, seed=seed, split=split, sources=sources)
            if save is not None:
                write_set(gold, Path(save) / (split or "all"))
            results.append(run_set(gold, settings=settings, jobs=jobs))
    return results


# --- utterance dates on real coverage ------------------------------------------------

DATES_GOLD = COMPOSED / "dates_gold.jsonl"


@dataclass
class DatesResult:
    """``dates_gold.jsonl`` scored: ``days`` over the rows whose gold is a day (coverage: dated;
    precision: right of dated), ``dated_none`` the rows with no gold day that got one anyway."""

    rows: int = 0
    extracted: int = 0
    days: DateScore = field(default_factory=DateScore)
    no_day: int = 0  # extracted rows whose gold names no day
    dated_none: int = 0  # of those, dated all the same (each a wrong date)
    ranged_none: int = 0  # of those, given a stretch of days ("last week": no day, and not wrong)
    by_class: dict[str, list[int]] = field(default_factory=dict)  # class -> [right or rightly none, rows]
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        dated = self.days.dated + self.dated_none
        return self.days.right / dated if dated else None

    def as_dict(self, *, errors: bool = False) -> dict[str, Any]:
        out = {"set": "dates", "rows": self.rows, "extracted": self.extracted,
               "with_a_day": self.days.as_dict(), "without_a_day": self.no_day,
               "dated_without_a_day": self.dated_none, "stretch_without_a_day": self.ranged_none,
               "precision": _round(self.precision),
               "by_class": {k: {"right": r, "rows": n} for k, (r, n) in sorted(self.by_class.items())}}
        if errors:
            out["errors"] = self.errors
        return out


def evaluate_dates(gold: str | Path = DATES_GOLD, *, polnear: str | Path | None = None) -> DatesResult:
    """Each row's article extracted, its quote found, and the day ``spoken_times`` gives it,
    against the row's ``said`` (a day, or null: the article names no day for these words); a
    stretch given instead of a day is counted apart (``DateScore.ranged``)."""
    from ..across.link import spoken_times
    from ..extract import extract
    from .gold import read_polnear_article
    from .variants import SHARED

    root = Path(polnear) if polnear else SHARED / "data" / "polnear"
    rows = [json.loads(line) for line in Path(gold).read_text("utf-8").splitlines() if line.strip()]
    extractions: dict[str, Any] = {}
    days: dict[str, list] = {}
    result = DatesResult(rows=len(rows))
    for row in rows:
        if row["doc"] not in extractions:
            extractions[row["doc"]] = extract(read_polnear_article(root, row["doc"], split="train"))
            days[row["doc"]] = spoken_times(extractions[row["doc"]])
        ex = extractions[row["doc"]]
        quote = _quote_at(row["quote"], ex) or _best_quote(row["quote"], ex.quotes)
        tally = result.by_class.setdefault(row.get("class", "?"), [0, 0])
        tally[1] += 1
        if quote is None:
            result.errors.append({**row, "spoken_on": "(not extracted)"})
            continue
        result.extracted += 1
        spoken = days[row["doc"]][ex.quotes.index(quote)]
        found = spoken.day.isoformat() if spoken and spoken.day else None
        stretch = (spoken.first.isoformat(), spoken.last.isoformat()) if spoken and not spoken.day else None
        if row["said"] is None:
            result.no_day += 1
            result.dated_none += found is not None
            result.ranged_none += stretch is not None
        else:
            result.days.annotated += 1
            result.days.dated += found is not None
            result.days.right += found == row["said"]
            result.days.ranged += stretch is not None
            result.days.ranged_right += stretch is not None and in_range(row["said"], *stretch)
        tally[0] += found == row["said"]
        if found != row["said"]:
            result.errors.append({**row, "spoken_on": found or (f"{stretch[0]}..{stretch[1]}" if stretch else None)})
    return result


def _quote_at(text: str, ex) -> Any:
    """The tightest body quote whose span holds where ``text`` is printed (a fragment may be
    printed twice, in a headline line and in the body: the gold row means the body's)."""
    at = [m.start() for m in re.finditer(re.escape(text), ex.article.text)]
    holding = [q for q in ex.quotes if q.where == "body" and any(q.start <= a < q.end for a in at)]
    return min(holding, key=lambda q: q.end - q.start) if holding else None


def _best_quote(text: str, quotes) -> Any:
    """The extracted quote whose words cover the gold words best (as ``match_quotes``)."""
    gw = _words(text)
    best, best_key = None, (0.0, 0.0)
    for q in quotes:
        if q.where != "body":  # the gold quotes are the body's
            continue
        into, back = _cover(gw, _words(q.text))
        if max(into, back) < MATCH_COVER or min(into, back) == 0:
            continue
        key = (2 * into * back / (into + back), into)
        if key > best_key:
            best, best_key = q, key
    return best


def format_dates(r: DatesResult, *, errors: bool = False) -> str:
    lines = [f"dates: {r.rows} PolNeAR train quotes ({r.extracted} extracted), {r.days.annotated} with a gold day, "
             f"{r.no_day} with none",
             "  " + _dates_line("quotes with a day", r.days),
             f"  quotes with no day that got one: {r.dated_none}/{r.no_day}, a stretch: {r.ranged_none}/{r.no_day}; "
             f"precision over every day given {_pct(r.precision).strip()}",
             "  right (or rightly undated) by class: " + ", ".join(
                 f"{k} {right}/{n}" for k, (right, n) in sorted(r.by_class.items()))]
    if errors:
        for e in r.errors:
            lines.append(f"  {e['class']:10s} {e['doc'][:40]} {_short(e['quote'], 50)!r} said {e['said']}, "
                         f"got {e['spoken_on']} ({e['evidence']})")
    return "\n".join(lines)


# --- reports -----------------------------------------------------------------------


def _pct(v: float | None) -> str:
    return "   -  " if v is None else f"{100 * v:5.1f}%"


def format_across(results: list[AcrossResult]) -> str:
    lines = []
    for r in results:
        lines.append(f"{r.name}: {r.articles} articles, {r.gold_quotes} gold quotes "
                     f"({r.matched_quotes} extracted), {r.stored_quotes} stored body quotes "
                     f"({r.unannotated} not in gold), {r.seconds:.1f} s")
        if r.note:
            lines.append(f"  {r.note}")
        lines.append(f"  {'':24s} {'precision':>9s} {'recall':>7s}   right/predicted  found/gold")
        rows = [("grouping", r.grouping)] + [(k, r.flags[k]) for k in r.flags]
        for name, s in rows:
            lines.append(f"  {name:24s} {_pct(s.precision):>9s} {_pct(s.recall):>7s}   "
                         f"{s.found:>7d}/{s.predicted:<7d}  {s.hit:>5d}/{s.gold}")
        if r.altered_by_change:
            lines.append("  altered recall by change: " + ", ".join(
                f"{k} {f}/{g}" for k, (f, g) in sorted(r.altered_by_change.items())))
        lines.append(f"  headline flags on body quotes: {r.headline_on_body}; headline notes (a paraphrase or "
                     f"an unquoted summary, not counted): {r.headline_notes}")
        if r.quote_dates.annotated:
            lines.append("  utterance dates (gold 'said'): " + _dates_line("quotes", r.quote_dates) + "; "
                         + _dates_line("statements", r.statement_dates))
    return "\n".join(lines)


def _dates_line(name: str, s: DateScore) -> str:
    return (f"{name} {s.dated}/{s.annotated} dated (coverage {_pct(s.coverage).strip()}), "
            f"{s.right} right (precision {_pct(s.precision).strip()}), "
            f"{s.ranged} given a stretch, {s.ranged_right} holding the day")


def _short(text: str | None, width: int = 110) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _flag_detail(e: dict[str, Any]) -> str:
    if "summary" in e:
        return str(e["summary"])
    if "diff" in e:
        return ", ".join(c.get("kind", "?") for c in e.get("changes", ())) + ": " + str(e["diff"])
    if "first_seen" in e:
        return f"first seen {e.get('first_seen')} ({e.get('first_outlet')}), {e.get('days')} days before"
    return json.dumps(e, ensure_ascii=False, default=str)


def format_across_errors(results: list[AcrossResult], *, limit: int = 20) -> str:
    lines = []
    for r in results:
        e = r.errors
        lines.append(f"== {r.name}")
        for f in e["flags_wrong"][:limit]:
            lines.append(
                f"false {f['kind']}: {f['article']}  {_short(f['quote'], 70)!r}  {_short(_flag_detail(f['evidence']))}"
            )
        for f in e["flags_missed"][:limit]:
            lines.append(f"missed {f['kind']}: {f['article']}  {_short(f['quote'], 70)!r}"
                         f"{' [' + f['change'] + ']' if f['change'] else ''}  {f['why']}")
        for p in e["grouping_wrong_pairs"][:limit]:
            lines.append(f"grouped, should not be: {p['a']['article']} {_short(p['a']['quote'], 50)!r} "
                         f"[{p['a']['gold_group']}] + {p['b']['article']} {_short(p['b']['quote'], 50)!r} "
                         f"[{p['b']['gold_group']}] -> statement {p['a']['statement']}")
        for p in e["grouping_missed_pairs"][:limit]:
            lines.append(f"not grouped [{p['a']['gold_group']}]: {p['a']['article']} {_short(p['a']['quote'], 50)!r} "
                         f"(statement {p['a']['statement']}) + {p['b']['article']} {_short(p['b']['quote'], 50)!r} "
                         f"(statement {p['b']['statement']})")
        for d in e.get("dates_wrong", [])[:limit]:
            lines.append(f"wrong date: {d['article']} {_short(d['quote'], 70)!r} spoken_on {d['spoken_on']}, "
                         f"said {d['said']}")
        for d in e.get("statement_dates_wrong", [])[:limit]:
            lines.append(f"wrong statement date: [{d['group']}] statement {d['statement']} shows {d['shown']}, "
                         f"said {d['said']}")
        for d in e.get("dates_missed", [])[:limit]:
            stretch = f", given {'..'.join(d['spoken_range'])}" if d.get("spoken_range") else ""
            lines.append(f"no date: {d['article']} {_short(d['quote'], 70)!r} said {d['said']}{stretch}")
        for q in e["quotes_not_extracted"][:limit]:
            lines.append(f"not extracted: {q['article']} {_short(q['quote'], 90)!r}")
        hidden = {k: len(v) - limit for k, v in e.items() if len(v) > limit}
        if hidden:
            lines.append(
                "  (more not shown: " + ", ".join(f"{k} {n}" for k, n in hidden.items()) + "; use --format json)"
            )
    return "\n".join(lines)
