"""Grouping on real coverage: pairs of quotes read by hand in PolNeAR, scored on a linked store.

Owns the pairs gold (``evaluation/across/polnear_pairs.jsonl``, how it was decided in
``evaluation/across/POLNEAR.md``), ingesting a PolNeAR split into a temporary store, linking
it, and scoring which pairs the linker filed under one statement. The composed and generated
sets (``evaluate.across``) score every pair of their gold quotes; PolNeAR's gold knows no
statements, so only the pairs someone read are scored:

- a pair marked ``same`` (one statement: the same speaker's words said on one occasion, a
  fragment in a longer quote included) is found when both sides' words fall in one statement;
- a pair marked ``different`` (the same run of words, but another speaker or another occasion:
  a slogan, a stock phrase, a quote of someone's words inside one's own sentence) is a wrong
  merge when they do.

Each side names its article (PolNeAR's file name), the gold quote's character spans and
``at``, the characters of the words the two sides share: the statement a side is filed under
is that of the stored sentences those characters fall in. Articles are stored with the whole
file as their text (as ``evaluate.gold.read_polnear`` builds them), so gold offsets are
stored offsets. Nothing here changes the linker or the extractor.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["BBC_PAIRS", "DEV_PAIRS", "HELDOUT", "PAIRS", "TRAIN_PAIRS", "PairsResult", "bbc_records",
           "evaluate_bbc_pairs", "evaluate_pairs", "format_pairs", "format_pairs_errors", "link_and_score",
           "read_pairs", "score_pairs"]

PAIRS = Path(__file__).resolve().parents[3] / "evaluation" / "across" / "polnear_pairs.jsonl"
# Pairs read after the linker was tuned on PAIRS, from articles PAIRS does not use: scored apart,
# as the figure on coverage the rules were not shaped on (POLNEAR.md, "The held-out part").
HELDOUT = PAIRS.with_name("polnear_pairs_heldout.jsonl")
# Pairs of PolNeAR's dev split, read to check the rules on a split they were never shaped on; scored
# on dev linked alone (POLNEAR.md, "The dev pairs"). Read to write gold, never to tune a rule.
DEV_PAIRS = PAIRS.with_name("polnear_pairs_dev.jsonl")
# Pairs of train read after the held-out file, from candidates neither earlier file holds (POLNEAR.md,
# "The train pairs"): the set rules are shaped on from round pairs31 on, scored apart on the train link.
TRAIN_PAIRS = PAIRS.with_name("polnear_pairs_train.jsonl")
# Pairs of the BBC corpus (POLNEAR.md, "The BBC pairs"): statements the BBC printed twice, in follow-ups,
# cross-posts and near copies of one article, read before round bbcpairs35 changed a rule.
BBC_PAIRS = PAIRS.with_name("bbc_pairs.jsonl")
MIN_OVERLAP = 3  # characters of the shared words a stored sentence must hold to stand for a side


@dataclass(frozen=True)
class Side:
    article: str  # PolNeAR file name without .txt
    span: tuple[tuple[int, int], ...]  # the gold quote
    at: tuple[int, int]  # the words the pair shares, inside the gold quote


@dataclass(frozen=True)
class Pair:
    a: Side
    b: Side
    same: bool
    words: str = ""
    why: str = ""

    @property
    def cross_outlet(self) -> bool:
        return _outlet(self.a.article) != _outlet(self.b.article)


def _outlet(article: str) -> str:
    """The outlet a PolNeAR file name opens with ("nyt_..."); for the BBC's one outlet, the section
    ("politics/175"), so that its "across outlets" count is of cross-posts between sections."""
    return article.split("/", 1)[0] if "/" in article else article.split("_", 1)[0]


def read_pairs(path: str | Path = PAIRS) -> list[Pair]:
    """The pairs of a pairs file: one JSON object a line, ``a`` and ``b`` each with ``article``,
    ``span`` and ``at``, ``same`` true or false, ``words`` and ``why`` for the reader."""
    pairs = []
    for number, line in enumerate(Path(path).read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        rec = json.loads(line)
        try:
            sides = [Side(s["article"], tuple(tuple(x) for x in s["span"]), tuple(s["at"]))
                     for s in (rec["a"], rec["b"])]
            pairs.append(Pair(sides[0], sides[1], bool(rec["same"]), rec.get("words", ""), rec.get("why", "")))
        except (KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: bad pair: {exc}") from exc
    return pairs


# --- what the store holds ---------------------------------------------------------------


@dataclass(frozen=True)
class Filed:
    """One stored sentence a side's words fall in."""

    statement: int
    speaker: str
    wording: str
    how: str
    kind: str  # the stored quote's kind
    overlap: int  # characters of the side's shared words it holds


def _article_ranges(spans: list[list[int]], start: int, end: int) -> list[tuple[int, int]]:
    """Where characters ``start:end`` of a stored quote's text stand in its article: the text is
    its spans joined by one space (``extract.assemble``)."""
    out, offset = [], 0
    for s, e in spans:
        length = e - s
        lo, hi = max(start, offset), min(end, offset + length)
        if lo < hi:
            out.append((s + lo - offset, s + hi - offset))
        offset += length + 1
    return out


def read_filed(conn, ids: dict[str, str]) -> dict[str, list[tuple[list[tuple[int, int]], Filed]]]:
    """Each gold article's stored body sentences: their characters in the article, and what they were filed as."""
    rows = conn.execute(
        'SELECT q.article_id, q.spans, q.kind, s.span_start, s.span_end, s.statement_id, s.speaker_id, s.wording,'
        ' s.how FROM quotes q JOIN statement_quotes s ON s.quote_id = q.id WHERE q."where" = \'body\'').fetchall()
    out: dict[str, list] = {}
    for art, spans, kind, start, end, sid, speaker, wording, how in rows:
        doc = ids.get(art)
        if doc is None:
            continue
        ranges = _article_ranges(json.loads(spans), start, end)
        out.setdefault(doc, []).append((ranges, Filed(int(sid), speaker, wording, how, kind, 0)))
    return out


def _filed_at(side: Side, filed: dict[str, list]) -> list[Filed]:
    a, b = side.at
    found = []
    for ranges, f in filed.get(side.article, ()):
        overlap = sum(max(0, min(b, e) - max(a, s)) for s, e in ranges)
        if overlap >= MIN_OVERLAP:
            found.append(Filed(f.statement, f.speaker, f.wording, f.how, f.kind, overlap))
    # The gold quote is the outer one: words it quotes of someone else ("as Hillary Clinton said,
    # 'what difference does it make?'") are stored as a nested quote of that other speaker's, which
    # stands for the side only when no quote around it was stored.
    outer = [f for f in found if f.kind != "nested"]
    return sorted(outer or found, key=lambda f: -f.overlap)


# --- scoring ----------------------------------------------------------------------------------


def miss_reason(a: list[Filed], b: list[Filed]) -> str:
    """Why a pair of one statement was not grouped, told from what each side was filed as."""
    if not a or not b:
        return "not extracted"
    fa, fb = a[0], b[0]
    if fa.speaker != fb.speaker:
        if fa.speaker.startswith("?") or fb.speaker.startswith("?"):
            return "speaker unresolved on one side"
        return "different speakers"
    short = min(len(fa.wording.split()), len(fb.wording.split()))
    if "mixed" in (fa.kind, fb.kind) or short < 5:
        return "same speaker: fragment or mixed quote"
    return "same speaker: wording not matched"


@dataclass
class PairsResult:
    name: str
    articles: int
    same: int = 0  # pairs read as one statement
    found: int = 0  # of those, grouped
    different: int = 0  # pairs read as two statements
    merged: int = 0  # of those, grouped (wrong)
    cross_same: int = 0  # pairs of one statement printed by two outlets
    cross_found: int = 0
    misses: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    errors: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def recall(self) -> float | None:
        return self.found / self.same if self.same else None

    @property
    def precision(self) -> float | None:
        """Of the pairs read (both kinds) that the linker grouped, the share that are one statement."""
        grouped = self.found + self.merged
        return self.found / grouped if grouped else None

    def as_dict(self, *, errors: bool = False) -> dict[str, Any]:
        out = {"set": self.name, "articles": self.articles, "same_pairs": self.same, "grouped": self.found,
               "recall": _round(self.recall), "different_pairs": self.different, "wrongly_grouped": self.merged,
               "precision": _round(self.precision), "cross_outlet_same_pairs": self.cross_same,
               "cross_outlet_grouped": self.cross_found, "misses_by_reason": dict(self.misses.most_common()),
               "seconds": round(self.seconds, 2)}
        if errors:
            out["errors"] = self.errors
        return out


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 4)


def _side_detail(side: Side, filed: list[Filed]) -> dict[str, Any]:
    top = filed[0] if filed else None
    return {"article": side.article, "statement": top.statement if top else None,
            "speaker": top.speaker if top else None, "how": top.how if top else None,
            "wording": top.wording if top else "(not extracted)"}


def score_pairs(pairs: list[Pair], filed: dict[str, list], *, name: str = "polnear", articles: int = 0) -> PairsResult:
    result = PairsResult(name, articles)
    missed, wrong = [], []
    for p in pairs:
        fa, fb = _filed_at(p.a, filed), _filed_at(p.b, filed)
        grouped = bool({f.statement for f in fa} & {f.statement for f in fb})
        detail = {"words": p.words, "why": p.why, "a": _side_detail(p.a, fa), "b": _side_detail(p.b, fb)}
        if p.same:
            result.same += 1
            result.found += grouped
            result.cross_same += p.cross_outlet
            result.cross_found += p.cross_outlet and grouped
            if not grouped:
                reason = miss_reason(fa, fb)
                result.misses[reason] += 1
                missed.append({"reason": reason, **detail})
        else:
            result.different += 1
            result.merged += grouped
            if grouped:
                wrong.append(detail)
    result.errors = {"missed": sorted(missed, key=lambda m: m["reason"]), "wrongly_grouped": wrong}
    return result


# --- running ----------------------------------------------------------------------------------


def polnear_records(root: str | Path, split: str) -> list[dict[str, Any]]:
    """PolNeAR's articles as JSONL article records, in file-name order: the whole file as the
    text (gold offsets index it), its outlet and publication day from ``metadata.tsv``."""
    from .gold import read_polnear

    records = []
    for doc in read_polnear(root, split=split):
        art = doc.article
        rec: dict[str, Any] = {"id": art.id, "text": art.text}
        if art.outlet:
            rec["outlet"] = art.outlet
        if art.published:
            rec["published"] = art.published.date().isoformat()
        records.append(rec)
    return records


def bbc_records(root: str | Path) -> list[dict[str, Any]]:
    """The BBC corpus's articles as JSONL article records, in path order: the body as the text (the
    way a folder ingest reads a file: headline line, then body), ``section/NNN`` as the id, "BBC News"
    as the outlet and no day, for the corpus dates none of its articles. A file a store takes for an
    earlier one (the same body, give or take spacing: 136 of them) is left out, so that the pairs name
    the file the store keeps."""
    from ..ingest.jsonl import article_from_record
    from ..ingest.raw import decode_text
    from ..ingest.text import read_text_article
    from ..store.identity import identify
    from .snapshot import corpus_files

    records, seen = [], set()
    for path in corpus_files(root):
        art = read_text_article(decode_text(path.read_bytes()))
        key = identify(article_from_record({"text": art.text, "outlet": "BBC News"}, where="", line=None)).id
        if key in seen:
            continue
        seen.add(key)
        rec: dict[str, Any] = {"id": f"{path.parent.name}/{path.stem}", "text": art.text, "outlet": "BBC News"}
        if art.headline:
            rec["headline"] = art.headline
        records.append(rec)
    return records


def evaluate_pairs(root: str | Path, *, split: str = "train", pairs: str | Path | None = None, settings=None,
                   jobs: int = 1, keep: str | Path | None = None) -> list[PairsResult]:
    """Ingest PolNeAR's ``split`` into a fresh store, link it, and score pairs on it: ``pairs``, or
    by default PAIRS and, apart, HELDOUT and TRAIN_PAIRS (one result each) on train, DEV_PAIRS on dev. ``keep``: a
    folder to write the store to (``store.db``), to read its statements afterwards."""
    if pairs is not None:
        parts = {"": Path(pairs)}
    elif split == "dev":
        parts = {"": DEV_PAIRS}
    else:
        parts = {"": PAIRS, " held-out": HELDOUT, " train pairs": TRAIN_PAIRS}
    return link_and_score(polnear_records(root, split), parts, name=f"polnear/{split}", settings=settings,
                          jobs=jobs, keep=keep)


def evaluate_bbc_pairs(root: str | Path, *, pairs: str | Path | None = None, settings=None, jobs: int = 1,
                       keep: str | Path | None = None) -> list[PairsResult]:
    """Ingest the BBC corpus into a fresh store, link it, and score ``pairs`` (by default BBC_PAIRS) on it."""
    return link_and_score(bbc_records(root), {"": Path(pairs) if pairs is not None else BBC_PAIRS}, name="bbc",
                          settings=settings, jobs=jobs, keep=keep)


def link_and_score(records: list[dict[str, Any]], parts: dict[str, Path], *, name: str, settings=None,
                   jobs: int = 1, keep: str | Path | None = None) -> list[PairsResult]:
    """Ingest article ``records`` into a fresh store, link it, and score each pairs file of ``parts``
    (a label to append to ``name``, and its path) on it."""
    from ..across.link import link
    from ..pipeline import ingest
    from ..settings import Settings
    from ..store import Store
    from .across import _article_ids

    settings = settings or Settings()
    started = time.monotonic()
    wanted = {label: read_pairs(path) for label, path in parts.items() if path.exists()}
    with tempfile.TemporaryDirectory(prefix="saidwhat-pairs-") as tmp:
        folder = Path(keep) if keep is not None else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        source = Path(tmp) / f"{name.replace('/', '-')}.jsonl"
        source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
        db = folder / "store.db"
        if db.exists():
            raise ValueError(f"{db} exists: keep the store in an empty folder")
        with Store.open(db) as store:
            ingest([source], store=store, settings=settings, jobs=jobs)
            link(store, settings)
            filed = read_filed(store.connection, _article_ids(store, records))
    seconds = time.monotonic() - started
    results = []
    for label, chosen in wanted.items():
        result = score_pairs(chosen, filed, name=f"{name}{label}", articles=len(records))
        result.seconds = seconds
        results.append(result)
    return results


# --- reports ----------------------------------------------------------------------------------


def _pct(v: float | None) -> str:
    return "  -  " if v is None else f"{100 * v:5.1f}%"


def format_pairs(r: PairsResult) -> str:
    lines = [f"{r.name}: {r.articles} articles linked, {r.same + r.different} pairs read, {r.seconds:.1f} s",
             f"  grouping recall    {_pct(r.recall)}  ({r.found}/{r.same} pairs of one statement grouped; "
             f"{r.cross_found}/{r.cross_same} across outlets)",
             f"  grouping precision {_pct(r.precision)}  ({r.merged} of {r.different} pairs of two statements "
             f"grouped)"]
    if r.misses:
        lines.append("  misses by reason: " + ", ".join(f"{k} {n}" for k, n in r.misses.most_common()))
    return "\n".join(lines)


def _short(text: str | None, width: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _side_line(key: str, s: dict[str, Any]) -> str:
    return f"    {key} {s['article'][:48]} s{s['statement']} {s['speaker']} {s['how']}: {_short(s['wording'])}"


def format_pairs_errors(r: PairsResult, *, limit: int = 200) -> str:
    lines = []
    for m in r.errors.get("missed", [])[:limit]:
        lines.append(f"missed [{m['reason']}] {m['words']!r}")
        lines += [_side_line(k, m[k]) for k in ("a", "b")]
    for m in r.errors.get("wrongly_grouped", [])[:limit]:
        lines.append(f"grouped, should not be ({m['why']}) {m['words']!r}")
        lines += [_side_line(k, m[k]) for k in ("a", "b")]
    return "\n".join(lines)
