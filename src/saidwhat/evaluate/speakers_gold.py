"""The canonical-speaker gold set: reading it, checking it, and scoring whom quotes are credited to.

The set lives in ``evaluation/speakers/`` (its rules in ``GUIDELINES.md`` there):

    gold.jsonl                 one annotated quote a line
    wikinews_articles.jsonl    the Wikinews articles those quotes come from (CC BY 2.5, bundled)
    ../shared/data/bbc-news/bbc/<topic>/<n>.txt   the BBC articles: never committed, only offsets
    ../shared/data/article-extraction-benchmark/  modern web pages (ground-truth.json, html/):
                                                  never committed, only offsets
    ../shared/data/polnear/data/train/text/<doc>.txt   PolNeAR's US political news (train split only):
                                                       never committed, only offsets

A gold line::

    {"id": "wn:GUM_news_afghan:01", "source": "wikinews" | "bbc" | "web" | "polnear", "article": "GUM_news_afghan",
     "split": "train" | "dev", "spans": [[s, e], ...],
     "text": "..." (Wikinews: the span texts joined by one space) | "sha1": "12 hex" (the others: of that text),
     "mention": "as written" | null, "name": "canonical name" | null, "also": ["accepted variant", ...],
     "type": "person" | "org" | "group" | "document", "office": "..." | null,
     "missed": bool, "note": "..." | null}

Wikinews offsets index the bundled record's ``text``; BBC offsets index the whole file (headline
included), decoded as UTF-8 or, failing that, Latin-1; web offsets index the page's ``articleBody``
in the benchmark's ``ground-truth.json`` (its key is the gold's ``article``), which is the Article's
text, so that the benchmark's careful body, not our own HTML reading, is what is annotated; PolNeAR
offsets index the whole ``.txt`` file (headline line included), the Article's text as
``evaluate.gold.read_polnear`` builds it for the PolNeAR evaluation (the gold's ``article`` is
``train/<doc>``: PolNeAR's split, then the file name without ``.txt``; only the train split is
read, never dev, the PolNeAR evaluation's check, nor test, held out from all work). All are
turned into offsets of ``Article.text`` when read, so predictions and gold share one coordinate
system.

Scoring pairs each gold quote with at most one predicted quote (body, not nested), greedily by the
most shared characters, and asks of the pair: is the canonical name right (after Unicode, case,
full stops and a leading "the" are normalised away), is the type right, and if not, which error
pattern is it. This module reads files and runs the extractor only in ``evaluate_speakers``; the
scoring itself (``score_speakers``) is pure.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..models import Article, QuoteKind, Span, article_id

if TYPE_CHECKING:
    from ..extract.options import ExtractOptions

__all__ = [
    "GOLD_FILE",
    "PATTERNS",
    "PredictedSpeaker",
    "SpeakerEvaluation",
    "SpeakerGold",
    "SpeakerOutcome",
    "SpeakerQuote",
    "Tally",
    "evaluate_speakers",
    "find_bbc_root",
    "find_polnear_root",
    "find_web_root",
    "format_speaker_errors",
    "format_speaker_table",
    "is_speaker_gold",
    "normalize_name",
    "read_speaker_gold",
    "score_speakers",
    "speaker_evaluation_to_dict",
]

GOLD_FILE = "gold.jsonl"
ARTICLES_FILE = "wikinews_articles.jsonl"
SOURCES = ("wikinews", "bbc", "web", "polnear")
# The sources whose text stays outside the repository, each in a folder of its own.
_OUTSIDE = {"bbc": "BBC", "web": "web", "polnear": "PolNeAR"}
SPLITS = ("train", "dev")
TYPES = ("person", "org", "group", "document")
# The error patterns, in the order the table lists them (the list first).
PATTERNS = (
    "wrong person",
    "missing name",
    "group typed as person",
    "document typed as person",
    "org as person",
    "wrong org or document name",
    "name where the article gives none",
    "wrong type",
    "not found",
)
_REQUIRED = {"id": str, "source": str, "article": str, "split": str, "spans": list, "type": str}
_OPTIONAL = {"text": str, "sha1": str, "mention": str, "name": str, "office": str, "note": str}
_BBC_PARTS = ("shared", "data", "bbc-news", "bbc")
_WEB_PARTS = ("shared", "data", "article-extraction-benchmark")
_POLNEAR_PARTS = ("shared", "data", "polnear")
_SHARED_PARTS = {"bbc": _BBC_PARTS, "web": _WEB_PARTS, "polnear": _POLNEAR_PARTS}
# PolNeAR's splits the set may annotate: train only. Its dev split is the PolNeAR evaluation's check
# and its test split is held out from all work; neither is read.
POLNEAR_SPLITS = ("train",)
WEB_TRUTH = "ground-truth.json"


@dataclass(frozen=True, slots=True)
class SpeakerQuote:
    """One annotated quote: where it is, and whom the article credits it to."""

    id: str
    source: str
    article: str
    split: str
    spans: tuple[Span, ...]  # offsets into Article.text of its article
    text: str
    name: str | None
    type: str
    also: tuple[str, ...] = ()
    mention: str | None = None
    office: str | None = None
    missed: bool = False
    note: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return ((self.name,) if self.name else ()) + self.also


@dataclass
class SpeakerGold:
    path: str
    articles: dict[str, Article]  # keyed by the gold's "article" field
    quotes: list[SpeakerQuote]
    skipped: list[str] = field(default_factory=list)  # parts left out, and why


@dataclass(frozen=True, slots=True)
class PredictedSpeaker:
    """What the extractor said about one quote: its spans and its speaker."""

    spans: tuple[Span, ...]
    mention: str | None = None
    name: str | None = None
    type: str | None = None


@dataclass(frozen=True, slots=True)
class SpeakerOutcome:
    quote: SpeakerQuote
    predicted: PredictedSpeaker | None
    name_ok: bool
    type_ok: bool
    pattern: str | None  # None when both name and type are right


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    name_ok: int = 0
    type_ok: int = 0
    # per gold type: [gold, found, name right, type right]
    by_type: dict[str, list[int]] = field(default_factory=lambda: {t: [0, 0, 0, 0] for t in TYPES})
    patterns: Counter = field(default_factory=Counter)

    def add(self, outcome: SpeakerOutcome) -> None:
        row = self.by_type[outcome.quote.type]
        self.gold += 1
        row[0] += 1
        if outcome.predicted is not None:
            self.found += 1
            row[1] += 1
            self.name_ok += outcome.name_ok
            self.type_ok += outcome.type_ok
            row[2] += outcome.name_ok
            row[3] += outcome.type_ok
        if outcome.pattern:
            self.patterns[outcome.pattern] += 1

    def scores(self) -> dict[str, float | None]:
        out = {
            "coverage": _pct(self.found, self.gold),
            "name_accuracy": _pct(self.name_ok, self.found),
            "name_accuracy_of_gold": _pct(self.name_ok, self.gold),
            "type_accuracy": _pct(self.type_ok, self.found),
        }
        for kind, (_gold, found, name_ok, type_ok) in self.by_type.items():
            out[f"name_accuracy.{kind}"] = _pct(name_ok, found)
            out[f"type_accuracy.{kind}"] = _pct(type_ok, found)
        return out


@dataclass
class SpeakerEvaluation:
    gold: SpeakerGold
    outcomes: list[SpeakerOutcome]
    seconds: float = 0.0

    def tally(self, source: str | None = None, split: str | None = None) -> Tally:
        tally = Tally()
        for outcome in self.outcomes:
            q = outcome.quote
            if (source is None or q.source == source) and (split is None or q.split == split):
                tally.add(outcome)
        return tally


def _pct(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


# ---------------------------------------------------------------- reading


def is_speaker_gold(path: str | Path) -> bool:
    """True when ``path`` is a speaker gold set: its folder, or a JSONL file of annotated quotes."""
    path = Path(path)
    if path.is_dir():
        path = path / GOLD_FILE
    if not path.is_file() or path.suffix != ".jsonl":
        return False
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                try:
                    first = json.loads(line)
                except ValueError:
                    return False
                return isinstance(first, dict) and {"spans", "type", "article", "source"} <= first.keys()
    return False


def _find_shared(start: str | Path, parts: tuple[str, ...]) -> Path | None:
    start = Path(start).resolve()
    for folder in (start, *start.parents):
        candidate = folder.joinpath(*parts)
        if candidate.is_dir():
            return candidate
    return None


def find_bbc_root(start: str | Path) -> Path | None:
    """The BBC corpus in a ``shared`` folder beside ``start`` or one of its parents, if there is one."""
    return _find_shared(start, _BBC_PARTS)


def find_web_root(start: str | Path) -> Path | None:
    """The article-extraction benchmark in a ``shared`` folder beside ``start`` or a parent, if there is one."""
    return _find_shared(start, _WEB_PARTS)


def find_polnear_root(start: str | Path) -> Path | None:
    """The PolNeAR corpus in a ``shared`` folder beside ``start`` or a parent, if there is one."""
    return _find_shared(start, _POLNEAR_PARTS)


def read_speaker_gold(
    path: str | Path,
    *,
    bbc_root: str | Path | None = None,
    web_root: str | Path | None = None,
    polnear_root: str | Path | None = None,
    limit: int | None = None,
) -> SpeakerGold:
    """Read and check the gold at ``path`` (its folder or its ``gold.jsonl``).

    Every line is checked: its fields and their types, its spans (inside the article, in order,
    not overlapping) and the quote text they cover (Wikinews: equal to ``text``; BBC: the SHA-1
    prefix; web and PolNeAR: the same). Any fault raises InputError naming the line. The BBC part is
    left out, with the reason in ``skipped``, when ``bbc_root`` is not given and no ``shared`` folder
    is found beside ``path``; so is the web part without ``web_root`` or the benchmark there, and the
    PolNeAR part without ``polnear_root`` or the corpus there. ``limit`` keeps the quotes of the first
    N articles.
    """
    path = Path(path)
    gold_file = path / GOLD_FILE if path.is_dir() else path
    records = list(_read_lines(gold_file))
    roots = {
        "bbc": Path(bbc_root) if bbc_root else find_bbc_root(gold_file.parent),
        "web": Path(web_root) if web_root else find_web_root(gold_file.parent),
        "polnear": Path(polnear_root) if polnear_root else find_polnear_root(gold_file.parent),
    }
    gold = SpeakerGold(path=str(path), articles={}, quotes=[])
    if any(r["source"] == "wikinews" for _, r in records):
        wikinews = _read_wikinews(gold_file.parent / ARTICLES_FILE)
    else:
        wikinews = {}
    for source, label in _OUTSIDE.items():
        root = roots[source]
        if root is None or not root.is_dir():
            count = sum(1 for _, r in records if r["source"] == source)
            if count:
                where = root if root else f"a {'/'.join(_SHARED_PARTS[source])} folder beside the gold"
                gold.skipped.append(f"{label} part ({count} quotes) skipped: {where} not found; pass --{source} PATH")
            records = [(n, r) for n, r in records if r["source"] != source]
    web = _read_web_truth(roots["web"]) if any(r["source"] == "web" for _, r in records) else {}
    ids: set[str] = set()
    offsets: dict[str, int] = {}  # where each Article.text starts in the annotated string
    for number, record in records:
        where = f"{gold_file}:{number}"
        if record["id"] in ids:
            raise InputError(f"{where}: duplicate id {record['id']!r}", source=str(gold_file), reason="bad-gold")
        ids.add(record["id"])
        key = record["article"]
        if key not in gold.articles:
            if limit is not None and len(gold.articles) >= limit:
                continue
            gold.articles[key] = _load_article(record, wikinews, web, roots, where)
            offsets[key] = _body_offset(record, gold.articles[key], roots["bbc"], where)
        gold.quotes.append(_quote_from(record, gold.articles[key], offsets[key], where))
    _check_splits(gold.quotes, gold_file)
    return gold


def _read_lines(gold_file: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    try:
        lines = gold_file.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read speaker gold {gold_file}: {exc}", source=str(gold_file)) from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{gold_file}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{where}: not JSON ({exc})", source=str(gold_file), reason="bad-gold") from exc
        _check_schema(record, where)
        yield number, record


def _check_schema(record: Any, where: str) -> None:
    def fail(message: str) -> None:
        raise InputError(f"{where}: {message}", source=where, reason="bad-gold")

    if not isinstance(record, dict):
        fail("expected an object")
    for key, kind in _REQUIRED.items():
        if not isinstance(record.get(key), kind):
            fail(f"{key!r} missing or not a {kind.__name__}")
    for key, kind in _OPTIONAL.items():
        if record.get(key) is not None and not isinstance(record[key], kind):
            fail(f"{key!r} is not a {kind.__name__}")
    if record["source"] not in SOURCES:
        fail(f"source {record['source']!r} is not one of {', '.join(SOURCES)}")
    if record["split"] not in SPLITS:
        fail(f"split {record['split']!r} is not one of {', '.join(SPLITS)}")
    if record["type"] not in TYPES:
        fail(f"type {record['type']!r} is not one of {', '.join(TYPES)}")
    also = record.get("also", [])
    if not isinstance(also, list) or not all(isinstance(a, str) and a.strip() for a in also):
        fail("'also' must be a list of names")
    if also and not record.get("name"):
        fail("'also' needs a 'name'")
    if record["source"] == "wikinews" and not isinstance(record.get("text"), str):
        fail("a Wikinews quote needs its 'text'")
    if record["source"] in _OUTSIDE:
        label = _OUTSIDE[record["source"]]
        if "text" in record:
            fail(f"a {label} quote must not carry its text (the articles may not be committed); give 'sha1'")
        if not isinstance(record.get("sha1"), str):
            fail(f"a {label} quote needs the 'sha1' of its text")
    spans = record["spans"]
    if not spans or not all(
        isinstance(s, list) and len(s) == 2 and all(isinstance(x, int) for x in s) and 0 <= s[0] < s[1]
        for s in spans
    ):
        fail("'spans' must be a non-empty list of [start, end] with 0 <= start < end")
    if any(a[1] > b[0] for a, b in pairwise(spans)):
        fail("'spans' must be in text order and must not overlap")


def _read_wikinews(path: Path) -> dict[str, dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read the Wikinews articles of the gold, {path}: {exc}", source=str(path)) from exc
    records = {}
    for line in lines:
        if line.strip():
            record = json.loads(line)
            records[str(record["id"])] = record
    return records


def _read_web_truth(root: Path | None) -> dict[str, dict[str, Any]]:
    assert root is not None
    path = root / WEB_TRUTH
    try:
        truth = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the web pages of the gold, {path}: {exc}", source=str(path)) from exc
    if not isinstance(truth, dict):
        raise InputError(f"{path}: expected an object mapping page keys to {{'articleBody', 'url'}}", source=str(path))
    return truth


def _load_article(
    record: dict[str, Any], wikinews: dict, web: dict, roots: dict[str, Path | None], where: str
) -> Article:
    from ..ingest.jsonl import article_from_record
    from ..ingest.text import read_text_article

    key = record["article"]
    if record["source"] == "wikinews":
        if key not in wikinews:
            raise InputError(f"{where}: article {key!r} is not in {ARTICLES_FILE}", source=where, reason="bad-gold")
        article = article_from_record(wikinews[key], where=key, line=None)
        if not isinstance(article, Article):
            raise InputError(f"{where}: article {key!r} cannot be read: {article.detail}", source=where)
        return article
    if record["source"] == "web":
        if key not in web:
            raise InputError(f"{where}: page {key!r} is not in {WEB_TRUTH}", source=where, reason="bad-gold")
        root = roots["web"]
        assert root is not None
        return read_web_article(root, key, web[key])
    if record["source"] == "polnear":
        return _read_polnear_article(roots["polnear"], key, where)
    root = roots["bbc"]
    assert root is not None
    raw = _read_bbc(root / key, where)
    return read_text_article(raw, source=key, id=key)


def _read_polnear_article(root: Path | None, key: str, where: str) -> Article:
    """A PolNeAR document named ``<split>/<doc>``, read by the PolNeAR evaluation's own reader."""
    from .gold import read_polnear_article

    assert root is not None
    split, _, doc = key.partition("/")
    if split not in POLNEAR_SPLITS or not doc:
        raise InputError(
            f"{where}: a PolNeAR article is 'train/<doc>', not {key!r} (the dev and test splits are never read)",
            source=where,
            reason="bad-gold",
        )
    try:
        return read_polnear_article(root, doc, split=split)
    except InputError as exc:
        raise InputError(f"{where}: {exc}", source=where, reason="bad-gold") from exc


def read_web_article(root: str | Path, key: str, truth: dict[str, Any]) -> Article:
    """A benchmark page as an Article: the text is its ``articleBody``; the headline, outlet and date
    come from the page's HTML, read as every HTML page is read (trafilatura and htmldate), when the
    page is there and can be read, else there are none."""
    from ..ingest.html import html_to_article

    body = truth.get("articleBody") or ""
    url = truth.get("url") or None
    page = _read_web_page(Path(root) / "html", key)
    meta = html_to_article(page, source=key, url=url) if page is not None else None
    if not isinstance(meta, Article):
        return Article(id=article_id(url, body), text=body, url=url, source=key, given_id=key)
    return Article(
        id=article_id(url, body),
        text=body,
        headline=meta.headline,
        url=url,
        outlet=meta.outlet,
        published=meta.published,
        author=meta.author,
        source=key,
        given_id=key,
    )


def _read_web_page(folder: Path, key: str) -> bytes | None:
    for path in (folder / f"{key}.html.gz", folder / f"{key}.html"):
        if path.is_file():
            raw = path.read_bytes()
            return gzip.decompress(raw) if path.suffix == ".gz" else raw
    return None


def _read_bbc(path: Path, where: str) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{where}: cannot read BBC article {path}: {exc}", source=where, reason="bad-gold") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # one BBC file (sport/199.txt) has a Latin-1 byte


def _body_offset(record: dict[str, Any], article: Article, root: Path | None, where: str) -> int:
    """Where Article.text starts in the annotated string: 0 for Wikinews and web, the headline's length for BBC."""
    if record["source"] != "bbc":
        return 0
    assert root is not None
    raw = _read_bbc(root / record["article"], where).replace("\r\n", "\n").replace("\r", "\n")
    offset = raw.find(article.text)
    if offset < 0:
        raise InputError(f"{where}: the article body is not found in its file", source=where, reason="bad-gold")
    return offset


def _quote_from(record: dict[str, Any], article: Article, offset: int, where: str) -> SpeakerQuote:
    def fail(message: str) -> None:
        raise InputError(f"{where}: {message}", source=where, reason="bad-gold")

    spans = tuple(Span(s - offset, e - offset) for s, e in record["spans"] if s >= offset)
    if len(spans) != len(record["spans"]) or spans[-1].end > len(article.text):
        fail(f"spans {record['spans']} fall outside the text of {record['article']}")
    text = " ".join(s.of(article.text) for s in spans)
    if record["source"] == "wikinews" and text != record["text"]:
        fail(f"spans cover {text[:60]!r}, not the stored text {record['text'][:60]!r}")
    if record["source"] in _OUTSIDE and _sha1(text) != record["sha1"]:
        fail(f"spans cover {text[:60]!r}, whose sha1 is not {record['sha1']} (the file or the offsets changed)")
    name = record.get("name") or None
    return SpeakerQuote(
        id=record["id"],
        source=record["source"],
        article=record["article"],
        split=record["split"],
        spans=spans,
        text=text,
        name=name,
        type=record["type"],
        also=tuple(record.get("also", ())),
        mention=record.get("mention"),
        office=record.get("office"),
        missed=bool(record.get("missed", False)),
        note=record.get("note"),
    )


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _check_splits(quotes: Sequence[SpeakerQuote], gold_file: Path) -> None:
    """The split is by article: one article's quotes all sit in the same half."""
    seen: dict[str, str] = {}
    for q in quotes:
        if seen.setdefault(q.article, q.split) != q.split:
            raise InputError(
                f"{gold_file}: article {q.article} has quotes in both train and dev; the split is by article",
                source=str(gold_file),
                reason="bad-gold",
            )


# ---------------------------------------------------------------- scoring


def normalize_name(name: str) -> str:
    """A name compared without case, Unicode forms, full stops, quotes or a leading "the".

    "U.S. Department of Agriculture" and "US Department of Agriculture" match; so do
    "The BBC" and "BBC", and "Council on American - Islamic Relations" and its hyphen closed up.
    """
    text = unicodedata.normalize("NFKC", name).casefold().replace("\u2019", "'")
    text = re.sub(r"[.\"\u201c\u201d]", "", text)
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def name_is_right(quote: SpeakerQuote, predicted: PredictedSpeaker) -> bool:
    """Whether the predicted canonical name is the gold's.

    A gold quote without a name (an unnamed spokesman, "the report said") wants no name. A group
    has no canonical person name: any label is accepted when the prediction types it ``group``.
    """
    if quote.name is None:
        return not predicted.name or (quote.type == "group" and predicted.type == "group")
    if not predicted.name:
        return False
    return normalize_name(predicted.name) in {normalize_name(n) for n in quote.names}


def error_pattern(quote: SpeakerQuote, predicted: PredictedSpeaker | None, name_ok: bool, type_ok: bool) -> str | None:
    if predicted is None:
        return "not found"
    if name_ok and type_ok:
        return None
    if predicted.type == "person" and quote.type != "person":
        return "org as person" if quote.type == "org" else f"{quote.type} typed as person"
    if not name_ok:
        if quote.name and not predicted.name:
            return "missing name"
        if not quote.name:
            return "name where the article gives none"
        return "wrong person" if quote.type == "person" else "wrong org or document name"
    return "wrong type"


def match_quotes(
    gold: Sequence[SpeakerQuote], predicted: Sequence[PredictedSpeaker]
) -> list[PredictedSpeaker | None]:
    """For each gold quote, the prediction it is paired with: one to one, most shared characters first."""
    pairs = []
    for g, quote in enumerate(gold):
        for p, pred in enumerate(predicted):
            shared = sum(max(0, min(a.end, b.end) - max(a.start, b.start)) for a in quote.spans for b in pred.spans)
            if shared:
                pairs.append((-shared, g, p))
    paired: list[PredictedSpeaker | None] = [None] * len(gold)
    used: set[int] = set()
    for _, g, p in sorted(pairs):
        if paired[g] is None and p not in used:
            paired[g] = predicted[p]
            used.add(p)
    return paired


def score_speakers(gold: SpeakerGold, predictions: dict[str, Sequence[PredictedSpeaker]]) -> list[SpeakerOutcome]:
    """One outcome per gold quote, given each article's predictions (keyed like ``gold.articles``)."""
    by_article: dict[str, list[SpeakerQuote]] = {}
    for quote in gold.quotes:
        by_article.setdefault(quote.article, []).append(quote)
    outcomes = []
    for key, quotes in by_article.items():
        for quote, pred in zip(quotes, match_quotes(quotes, predictions.get(key, ()))):
            name_ok = pred is not None and name_is_right(quote, pred)
            type_ok = pred is not None and pred.type == quote.type
            outcomes.append(SpeakerOutcome(quote, pred, name_ok, type_ok, error_pattern(quote, pred, name_ok, type_ok)))
    return outcomes


def predicted_speakers(quotes: Iterable) -> list[PredictedSpeaker]:
    """The scorer's view of an Extraction's quotes: body quotes only, nested speech left out."""
    out = []
    for q in quotes:
        if q.where != "body" or q.kind == QuoteKind.NESTED or not q.spans:
            continue
        sp = q.speaker
        out.append(
            PredictedSpeaker(
                spans=tuple(sorted(q.spans)),
                mention=sp.mention if sp else None,
                name=sp.name if sp else None,
                type=sp.type if sp else None,
            )
        )
    return out


def evaluate_speakers(
    path: str | Path,
    *,
    bbc_root: str | Path | None = None,
    web_root: str | Path | None = None,
    polnear_root: str | Path | None = None,
    limit: int | None = None,
    options: ExtractOptions | None = None,
    nlp=None,
) -> SpeakerEvaluation:
    """Run saidwhat's extractor on the gold's articles and score the speakers it credits.

    The articles are extracted exactly as every entry point extracts them (``saidwhat extract``,
    ``saidwhat.extract()``, ingest, the JSON API): with ``ExtractOptions()`` unless ``options``
    says otherwise, so the office knowledge base resolves role descriptions at each article's date.
    The Wikinews records carry their publication date (a day, or a month for the wikinewssum
    articles, read as its first day); the BBC files carry none, so for them the base answers only
    for offices that have had a single holder; web pages carry the date their HTML gives, if any;
    PolNeAR articles the date of PolNeAR's metadata.tsv.
    """
    from ..extract import ExtractOptions, extract_many  # spaCy loads only when a run asks for it

    gold = read_speaker_gold(path, bbc_root=bbc_root, web_root=web_root, polnear_root=polnear_root, limit=limit)
    if not gold.quotes:
        raise InputError(f"{path}: no gold quotes to score", source=str(path))
    started = time.perf_counter()
    keys = list(gold.articles)
    extractions = extract_many([gold.articles[k] for k in keys], options or ExtractOptions(), nlp=nlp)
    predictions = {key: predicted_speakers(extraction.quotes) for key, extraction in zip(keys, extractions)}
    seconds = time.perf_counter() - started
    return SpeakerEvaluation(gold, score_speakers(gold, predictions), seconds)


# ---------------------------------------------------------------- reporting

_PARTS = (("wikinews", "Wikinews"), ("bbc", "BBC"), ("web", "web"), ("polnear", "PolNeAR"), (None, "all"))
_SPLITS = (None, "train", "dev")


def _cell(value: float | None) -> str:
    return "     -" if value is None else f"{value:6.1f}"


def format_speaker_table(evaluation: SpeakerEvaluation) -> str:
    """The scores for each source and all of them, each for all articles, the train half and the dev half."""
    gold = evaluation.gold
    n_articles = Counter(q.source for q in {q.article: q for q in gold.quotes}.values())
    n_quotes = Counter(q.source for q in gold.quotes)
    # A source with no quotes read (absent from the gold, or its folder missing) gets no columns.
    shown = [(src, label) for src, label in _PARTS if src is None or n_quotes[src]]
    parts = ", ".join(f"{label} {n_quotes[src]} in {n_articles[src]}" for src, label in shown[:-1])
    lines = [f"{gold.path}: {len(gold.quotes)} gold quotes in {len(gold.articles)} articles ({parts})"]
    lines += [f"  {reason}" for reason in gold.skipped]
    tallies = [[evaluation.tally(src, split) for split in _SPLITS] for src, _ in shown]
    header = "".join(f"{label:>21s}" for _, label in shown)
    lines += ["", f"{'':34s}{header}", f"{'':34s}" + "     all  train    dev" * len(shown)]

    def row(label: str, values: Iterable[float | int | None]) -> str:
        cells = "".join(f"  {v:5d}" if isinstance(v, int) else " " + _cell(v) for v in values)
        return f"{label:34s}{cells}"

    flat = [t for part in tallies for t in part]
    lines.append(row("gold quotes", [t.gold for t in flat]))
    lines.append(row("found (coverage %)", [t.scores()["coverage"] for t in flat]))
    lines.append(row("canonical name (% of found)", [t.scores()["name_accuracy"] for t in flat]))
    for kind in TYPES:
        counts = [t.by_type[kind][1] for t in flat]
        lines.append(row(f"  {kind} (found: {counts[-3]})", [t.scores()[f"name_accuracy.{kind}"] for t in flat]))
    lines.append(row("canonical name (% of all gold)", [t.scores()["name_accuracy_of_gold"] for t in flat]))
    lines.append(row("type (% of found)", [t.scores()["type_accuracy"] for t in flat]))
    for kind in TYPES:
        lines.append(row(f"  {kind}", [t.scores()[f"type_accuracy.{kind}"] for t in flat]))
    lines += ["", f"{'errors by pattern (quotes)':34s}" + "".join(f"{label:>8s}" for _, label in shown)]
    totals = [part[0] for part in tallies]
    for pattern in PATTERNS:
        lines.append(f"  {pattern:32s}" + "".join(f"{t.patterns[pattern]:8d}" for t in totals))
    lines.append("")
    lines.append(f"saidwhat: {evaluation.seconds:.1f} s")
    return "\n".join(lines)


def format_speaker_errors(evaluation: SpeakerEvaluation, *, split: str | None = None, context: int = 70) -> str:
    """Every wrong or missed gold quote, grouped by pattern, with the text before the quote."""
    wrong = [o for o in evaluation.outcomes if o.pattern and (split is None or o.quote.split == split)]
    lines = [f"{len(wrong)} speaker errors" + (f" ({split} articles)" if split else "")]
    for pattern in PATTERNS:
        group = [o for o in wrong if o.pattern == pattern]
        if not group:
            continue
        lines += ["", f"== {pattern} ({len(group)})"]
        for o in group:
            lines += _describe(o, evaluation.gold.articles[o.quote.article], context)
    return "\n".join(lines)


def _describe(outcome: SpeakerOutcome, article: Article, context: int) -> list[str]:
    q = outcome.quote
    start = q.spans[0].start
    before = article.text[max(0, start - context) : start].replace("\n", " ")
    quote = q.text if len(q.text) <= 120 else q.text[:117] + "..."
    gold = f"{q.name or '(no name)'} ({q.type})" + (f" [{q.mention}]" if q.mention else "")
    p = outcome.predicted
    said = (
        "no quote found" if p is None else f"{{{p.mention or ''}}} -> {p.name or '(no name)'} ({p.type or 'no type'})"
    )
    lines = [
        f"- {q.id} [{q.source} {q.split}] {q.article}",
        f"    …{before}«{quote}»",
        f"    gold: {gold}   predicted: {said}",
    ]
    if q.note:
        lines.append(f"    note: {q.note}")
    return lines


def speaker_evaluation_to_dict(evaluation: SpeakerEvaluation, *, errors: bool = False) -> dict[str, Any]:
    scores = {}
    for src, label in _PARTS:
        for split in _SPLITS:
            tally = evaluation.tally(src, split)
            scores[f"{label.lower()}.{split or 'all'}"] = {
                "gold": tally.gold,
                "found": tally.found,
                **{k: (round(v, 2) if v is not None else None) for k, v in tally.scores().items()},
                "patterns": dict(tally.patterns),
            }
    out: dict[str, Any] = {
        "gold": evaluation.gold.path,
        "quotes": len(evaluation.gold.quotes),
        "articles": len(evaluation.gold.articles),
        "skipped": evaluation.gold.skipped,
        "seconds": round(evaluation.seconds, 2),
        "scores": scores,
    }
    if errors:
        out["errors"] = [
            {
                "id": o.quote.id,
                "pattern": o.pattern,
                "gold": {"name": o.quote.name, "type": o.quote.type, "mention": o.quote.mention},
                "predicted": None
                if o.predicted is None
                else {"mention": o.predicted.mention, "name": o.predicted.name, "type": o.predicted.type},
            }
            for o in evaluation.outcomes
            if o.pattern
        ]
    return out
