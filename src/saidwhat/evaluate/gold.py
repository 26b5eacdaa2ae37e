"""Reading annotated ("gold") articles: PolNeAR's brat standoff and a simple JSONL format.

This module owns turning annotation files into ``GoldDoc`` records; it does
not score anything and does not run the extractor.

PolNeAR layout (``<root>/data/<split>/text/<doc>.txt`` with
``<root>/data/<split>/attributions/<doc>_<annotator>.ann``):

* The Article is built as ``Article(text=<the whole .txt file>, headline=None)``
  so that every gold offset indexes ``Article.text`` unchanged. The file's
  first line is the headline; it stays in the body, and the few attributions
  annotated in it are scored like any other (an extractor sees the headline
  as the first paragraph).
* An ``E`` line ties ``Attribution:T.. Content:T.. Cue:T.. Source:T..``;
  roles may be numbered (``Content2``) and spans discontinuous
  (``Content 10 20;30 40``): all spans of a role are kept, in text order.
  Source and Cue may be absent. An ``E`` line with no Content is skipped.
  Where the annotator swapped the Source and Cue labels (a Source that opens with a verb form of
  ``rules.SWAPPED_SOURCE_OPENERS``, "said", "asked", "According to", beside a Cue that does not:
  '“...,” said Bolton' with Source "said" and Cue "Bolton"), the two are read the right way round;
  PolNeAR's own definitions (the Source is who speaks, the Cue the words that say so) leave no doubt.
  ``Discuss`` and ``Discard`` text-bound annotations are not attributions.
* A few documents were annotated by several annotators (agreement studies).
  The file with the most attributions is used, ties going to the smallest
  annotator id: PolNeAR's known weakness is missed attributions, so the most
  complete annotation penalises correct predictions least.

JSONL format: one article a line::

    {"id": "a1", "text": "...", "headline": "...", "published": "2024-09-19",
     "quotes": [{"spans": [[s, e], ...], "speaker": [[s, e], ...] or null,
                 "cue": [[s, e], ...], "kind": "direct|indirect|mixed"}]}

Offsets index ``text``. ``headline``, ``published``, ``cue`` and ``kind``
are optional; without ``kind`` it is derived from the quotation marks.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import InputError, UnreadableError
from ..models import Article, Span
from .rules import SWAPPED_SOURCE_OPENERS, is_speech_cue, quote_kind

__all__ = ["GoldDoc", "GoldQuote", "read_gold", "read_jsonl_gold", "read_polnear", "read_polnear_article", "parse_brat"]


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One annotated attribution: its content, source (speaker) and cue spans."""

    spans: tuple[Span, ...]
    speaker: tuple[Span, ...] = ()  # empty: the attribution names no source
    cue: tuple[Span, ...] = ()
    kind: str = "indirect"  # "direct", "mixed" or "indirect"
    speech: bool = True  # False for thoughts, beliefs and evidence (see rules.py)
    id: str = ""  # the annotation id ("E3"), to find it in the .ann file


@dataclass(frozen=True, slots=True)
class GoldDoc:
    article: Article
    quotes: tuple[GoldQuote, ...]
    annotator: str | None = None


def gold_quote(text: str, spans, speaker=(), cue=(), *, kind: str | None = None, id: str = "") -> GoldQuote:
    """A GoldQuote with its kind and speech flag derived from ``text`` when not given."""
    spans = tuple(sorted(spans))
    content = " ".join(s.of(text) for s in spans)
    cue = tuple(sorted(cue))
    cue_text = " ".join(s.of(text) for s in cue)
    return GoldQuote(
        spans=spans,
        speaker=tuple(sorted(speaker)),
        cue=cue,
        kind=kind or quote_kind(content),
        speech=kind in ("direct", "mixed") or quote_kind(content) != "indirect" or is_speech_cue(cue_text),
        id=id,
    )


# --- brat standoff --------------------------------------------------------------

_ANNOTATION_LINE = re.compile(r"^[TE]\d+\t")
_ROLE = re.compile(r"^([A-Za-z-]+?)\d*:(T\d+)$")


def parse_brat(ann: str, text: str, *, source: str = "") -> list[GoldQuote]:
    """The attributions of one brat ``.ann`` file as GoldQuotes over ``text``."""
    bound: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[tuple[str, list[str]]] = []
    for lineno, line in enumerate(ann.splitlines(), 1):
        if not _ANNOTATION_LINE.match(line):
            continue  # a blank line, a note, or the rest of a span text that holds a newline
        fields = line.split("\t")
        try:
            if line.startswith("T"):
                label, _, ranges = fields[1].partition(" ")
                spans = []
                for part in ranges.split(";"):
                    start, end = part.split()
                    spans.append(Span(int(start), int(end)))
                if any(s.end > len(text) for s in spans):
                    raise ValueError("span past the end of the text")
                bound[fields[0]] = (label, tuple(spans))
            elif line.startswith("E"):
                events.append((fields[0], fields[1].split()))
        except (IndexError, ValueError) as exc:
            raise UnreadableError(f"{source}:{lineno}: bad annotation line {line!r}: {exc}", source=source) from exc
    quotes = []
    for event_id, args in events:
        roles: dict[str, list[Span]] = {"Content": [], "Source": [], "Cue": []}
        for arg in args:
            m = _ROLE.match(arg)
            if not m or m.group(2) not in bound:
                continue
            role = m.group(1)
            if role in roles:
                roles[role].extend(bound[m.group(2)][1])
        if not roles["Content"]:
            continue  # a dangling event (PolNeAR has a few); nothing to score
        if _swapped(text, roles["Source"], roles["Cue"]):
            roles["Source"], roles["Cue"] = roles["Cue"], roles["Source"]
        quotes.append(gold_quote(text, roles["Content"], roles["Source"], roles["Cue"], id=event_id))
    quotes.sort(key=lambda q: q.spans[0])
    return quotes


def _swapped(text: str, source: list[Span], cue: list[Span]) -> bool:
    """Whether the Source and Cue labels of one attribution are the wrong way round: the Source opens
    with a verb form that is never a noun phrase's first word and the Cue does not."""

    def opens_as_cue(spans: list[Span]) -> bool:
        words = " ".join(s.of(text) for s in sorted(spans)).strip().lower()
        return any(words == o or words.startswith(o + " ") for o in SWAPPED_SOURCE_OPENERS)

    return bool(source and cue) and opens_as_cue(source) and not opens_as_cue(cue)


def _polnear_split_dir(root: Path, split: str) -> Path:
    # Accept the repository root, its data/ folder, or the split folder itself.
    for candidate in (root / "data" / split, root / split, root):
        if (candidate / "text").is_dir() and (candidate / "attributions").is_dir():
            return candidate
    raise InputError(f"{root}: no PolNeAR split {split!r} (expected data/{split}/text and data/{split}/attributions)")


def _read_metadata(root: Path) -> dict[str, dict[str, str]]:
    for path in (root / "data" / "metadata.tsv", root / "metadata.tsv", root.parent / "metadata.tsv"):
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as fh:
                return {row["filename"]: row for row in csv.DictReader(fh, delimiter="\t")}
    return {}


def _pick_annotation(files: list[Path]) -> Path:
    def rank(path: Path) -> tuple[int, str]:
        count = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("E"))
        return (-count, path.stem.rsplit("_", 1)[-1])

    return min(files, key=rank)


def read_polnear(root: str | Path, *, split: str = "dev", limit: int | None = None) -> Iterator[GoldDoc]:
    """The documents of one PolNeAR split, in file-name order."""
    root = Path(root)
    split_dir = _polnear_split_dir(root, split)
    meta = _read_metadata(root)
    by_doc: dict[str, list[Path]] = {}
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        by_doc.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    texts = sorted((split_dir / "text").glob("*.txt"))
    if not texts:
        raise InputError(f"{split_dir / 'text'}: no .txt files")
    for n, txt in enumerate(texts):
        if limit is not None and n >= limit:
            return
        doc = txt.stem
        article = _polnear_article(txt, meta.get(doc, {}))
        files = by_doc.get(doc)
        if not files:  # an article annotated with no attribution at all
            yield GoldDoc(article, (), None)
            continue
        chosen = _pick_annotation(files)
        quotes = parse_brat(chosen.read_text(encoding="utf-8"), article.text, source=str(chosen))
        yield GoldDoc(article, tuple(quotes), chosen.stem.rsplit("_", 1)[-1])


def read_polnear_article(root: str | Path, doc: str, *, split: str = "train") -> Article:
    """One PolNeAR document as ``read_polnear`` gives it, without reading the rest of its split.

    Other gold sets that annotate PolNeAR articles (the canonical-speaker set) read them here, so
    their offsets index the very ``Article.text`` the PolNeAR evaluation scores.
    """
    root = Path(root)
    txt = _polnear_split_dir(root, split) / "text" / f"{doc}.txt"
    if not txt.is_file():
        raise InputError(f"{txt}: no PolNeAR document {doc!r} in the {split} split")
    return _polnear_article(txt, _read_metadata(root).get(doc, {}))


def _polnear_article(txt: Path, row: dict[str, str]) -> Article:
    """The whole .txt file as the text (headline line included), outlet, author and date from metadata.tsv."""
    published = None
    if row.get("publication_date"):
        try:
            published = datetime.fromisoformat(row["publication_date"])
        except ValueError:
            published = None
    return Article(
        id=txt.stem,
        text=txt.read_text(encoding="utf-8"),
        headline=None,
        outlet=row.get("publisher") or None,
        author=row.get("author") or None,
        published=published,
        source=str(txt),
    )


# --- JSONL ----------------------------------------------------------------------


def _spans(value, what: str, source: str) -> tuple[Span, ...]:
    if value is None:
        return ()
    try:
        return tuple(Span(int(s), int(e)) for s, e in value)
    except (TypeError, ValueError) as exc:
        raise UnreadableError(
            f"{source}: {what} must be a list of [start, end] pairs, got {value!r}", source=source
        ) from exc


def read_jsonl_gold(path: str | Path, *, limit: int | None = None) -> Iterator[GoldDoc]:
    """Gold documents from a JSONL file in the format of the module docstring."""
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        n = 0
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            if limit is not None and n >= limit:
                return
            where = f"{path}:{lineno}"
            try:
                record = json.loads(line)
                text = record["text"]
                published = record.get("published")
                article = Article(
                    id=str(record.get("id", lineno)),
                    text=text,
                    headline=record.get("headline"),
                    published=datetime.fromisoformat(published) if published else None,
                    source=where,
                )
                quotes = []
                for i, q in enumerate(record.get("quotes") or ()):
                    spans = _spans(q["spans"], "spans", where)
                    if not spans:
                        raise ValueError("a quote needs at least one content span")
                    if any(s.end > len(text) for s in (*spans, *_spans(q.get("speaker"), "speaker", where))):
                        raise ValueError("a span runs past the end of the text")
                    kind = q.get("kind")
                    if kind not in (None, "direct", "mixed", "indirect"):
                        raise ValueError(f"unknown kind {kind!r}")
                    quotes.append(
                        gold_quote(
                            text,
                            spans,
                            _spans(q.get("speaker"), "speaker", where),
                            _spans(q.get("cue"), "cue", where),
                            kind=kind,
                            id=str(q.get("id", i)),
                        )
                    )
            except (KeyError, TypeError, ValueError) as exc:
                raise UnreadableError(f"{where}: bad gold record: {exc}", source=where) from exc
            n += 1
            yield GoldDoc(article, tuple(sorted(quotes, key=lambda q: q.spans[0])), None)


def read_gold(path: str | Path, *, split: str = "dev", limit: int | None = None) -> Iterator[GoldDoc]:
    """Gold documents from a PolNeAR folder or a JSONL file, chosen by what ``path`` is."""
    path = Path(path)
    if path.is_file():
        return read_jsonl_gold(path, limit=limit)
    if path.is_dir():
        return read_polnear(path, split=split, limit=limit)
    raise InputError(f"{path}: no such gold file or folder")
