"""The snapshot gate: a committed digest of the whole extraction output on a corpus.

Owns: reading a corpus of plain-text articles in a fixed order, extracting it
the way ``ingest`` does, reducing every quote to one line of short field
digests, and comparing two such digests field by field. Touches no store.

A refactor of the extraction core must leave the output identical; a change
of behaviour must say what it changed. The digest makes both visible: one line
per quote, keyed by the article's path and the quote's spans, with a short hash
of each group of fields (kind, cue, speaker mention, resolved name and type,
confidence, the rules that made it, entities, figures, the rest). ``compare`` counts what moved:
quotes added and removed, and for quotes kept, which fields changed.

The committed digest of the BBC corpus is ``evaluation/snapshot/bbc.tsv``;
``saidwhat snapshot`` regenerates or checks it.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..models import Article, Extraction, to_dict

__all__ = [
    "FIELDS",
    "SnapshotDiff",
    "compare",
    "corpus_files",
    "digest_lines",
    "read_snapshot",
    "readable_quote",
    "snapshot_corpus",
    "write_snapshot",
]

# The field groups a quote is reduced to, in column order. "rest" is whatever
# the groups before it do not cover, so a new field of Quote is never missed.
FIELDS = ("kind", "cue", "mention", "name", "type", "confidence", "rules", "entities", "figures", "rest")
_GROUPED = {"kind", "cue", "speaker", "confidence", "rules", "entities", "figures", "spans"}
_LITERAL = {"kind", "type", "confidence"}
_HEADER = "# path\tspans\t" + "\t".join(FIELDS)


def corpus_files(root: str | Path) -> list[Path]:
    """The corpus's article files in a fixed order: ``*.txt`` one folder down (the BBC layout).

    Files at the top (README.TXT) are not articles.
    """
    base = Path(root)
    return sorted(p for p in base.glob("*/*.txt") if p.is_file())


def _short(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:6]


def _spans_key(quote: dict[str, Any]) -> str:
    where = "h" if quote.get("where") == "headline" else ""
    return where + ",".join(f"{s['start']}-{s['end']}" for s in quote["spans"])


def _columns(quote: dict[str, Any]) -> list[str]:
    speaker = quote.get("speaker") or {}
    rest = {k: v for k, v in quote.items() if k not in _GROUPED}
    values = {
        "kind": quote.get("kind"),
        "cue": quote.get("cue"),
        "mention": [speaker.get("mention"), speaker.get("span")] if speaker else None,
        "name": speaker.get("name"),
        "type": speaker.get("type"),
        "confidence": quote.get("confidence"),
        "rules": quote.get("rules"),
        "entities": quote.get("entities"),
        "figures": quote.get("figures"),
        "rest": rest,
    }
    # short values stay readable in a diff; the rest (and any text of the corpus) is hashed
    return [str(v) if name in _LITERAL else _short(v) for name, v in values.items()]


def readable_quote(quote: dict[str, Any]) -> str:
    """What a reader checks in a changed row: kind, the speaker's words in the text, the name and type given."""
    speaker = quote.get("speaker") or {}
    mention = speaker.get("mention") or "-"
    return f"{quote.get('kind')}: {mention!r} -> {speaker.get('name') or '-'} ({speaker.get('type') or '-'})"


def digest_lines(key: str, extraction: Extraction) -> list[str]:
    """One tab-separated line per quote of ``extraction``: key, spans, then a digest per field group."""
    lines = []
    for quote in extraction.quotes:
        d = to_dict(quote)
        lines.append("\t".join([key, _spans_key(d), *_columns(d)]))
    if not lines:  # an article without quotes still shows that it was read
        lines.append(f"{key}\t-")
    return lines


def _articles(files: list[Path], root: Path) -> Iterator[tuple[str, Article]]:
    from ..ingest import read_sources
    from ..models import Skip

    for path in files:
        key = path.relative_to(root).as_posix()
        for item in read_sources([path]):
            if isinstance(item, Skip):
                yield key, Article(id=key, text="")  # recorded as an article without quotes
            else:
                yield key, item


def snapshot_corpus(
    root: str | Path, *, progress: bool = False, readable: dict[tuple[str, str], str] | None = None
) -> list[str]:
    """Extract every article of the corpus at ``root`` the way ``ingest`` does; return the digest lines.

    The digest hashes names (the corpus text is not ours to commit); ``readable``, when given, is
    filled with (path, spans) -> ``readable_quote`` so a caller can show today's reading of a changed row.
    """
    from ..extract import extract_many

    base = Path(root)
    files = corpus_files(base)
    pairs = list(_articles(files, base))
    keys = [key for key, _ in pairs]
    articles = [article for _, article in pairs]
    stream: Iterable[Extraction] = extract_many(articles)
    if progress:
        from rich.progress import track

        stream = track(stream, total=len(articles), description="extracting", transient=True)
    lines = [_HEADER]
    for key, extraction in zip(keys, stream):
        lines.extend(digest_lines(key, extraction))
        if readable is not None:
            for quote in extraction.quotes:
                d = to_dict(quote)
                readable[(key, _spans_key(d))] = readable_quote(d)
    return lines


def write_snapshot(lines: list[str], path: str | Path) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_snapshot(path: str | Path) -> list[str]:
    return Path(path).read_text(encoding="utf-8").splitlines()


@dataclass
class SnapshotDiff:
    """What moved between two digests of the same corpus."""

    articles: int = 0
    quotes_before: int = 0
    quotes_after: int = 0
    added: int = 0
    removed: int = 0
    changed: Counter = field(default_factory=Counter)  # field group -> quotes whose group changed
    articles_changed: list[str] = field(default_factory=list)
    # (path, spans, what moved): "added", "removed" or the changed field groups ("name,type")
    quotes_changed: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def identical(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def summary(self) -> str:
        if self.identical:
            return f"identical: {self.articles} articles, {self.quotes_after} quotes"
        parts = [
            f"{len(self.articles_changed)} of {self.articles} articles changed",
            f"quotes {self.quotes_before} -> {self.quotes_after} (+{self.added} -{self.removed})",
        ]
        if self.changed:
            parts.append(
                "fields changed in kept quotes: " + ", ".join(f"{k} {v}" for k, v in self.changed.most_common())
            )
        return "; ".join(parts)


def _parse(lines: Iterable[str]) -> dict[str, dict[str, list[str]]]:
    by_article: dict[str, dict[str, list[str]]] = {}
    for line in lines:
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        quotes = by_article.setdefault(cells[0], {})
        if cells[1] != "-":
            quotes[cells[1]] = cells[2:]
    return by_article


def _what_moved(old: list[str] | None, new: list[str] | None) -> str:
    if old is None:
        return "added"
    if new is None:
        return "removed"
    return ",".join(name for name, x, y in zip(FIELDS, old, new) if x != y)


def compare(before: Iterable[str], after: Iterable[str]) -> SnapshotDiff:
    """Count what differs between two digests, quote by quote (quotes are matched by their spans)."""
    old, new = _parse(before), _parse(after)
    diff = SnapshotDiff(articles=len(new))
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key, {}), new.get(key, {})
        diff.quotes_before += len(a)
        diff.quotes_after += len(b)
        moved = False
        for spans in sorted(set(a) | set(b)):
            what = _what_moved(a.get(spans), b.get(spans))
            if not what:
                continue
            moved = True
            diff.quotes_changed.append((key, spans, what))
            if what == "added":
                diff.added += 1
            elif what == "removed":
                diff.removed += 1
            else:
                diff.changed.update(what.split(","))
        if moved or (key in old) != (key in new):
            diff.articles_changed.append(key)
    return diff
