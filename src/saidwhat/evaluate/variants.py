"""Synthetic multi-outlet coverage of real quotes, with gold: the generated set of ``eval-across``.

Takes quoted sentences with a named speaker from PolNeAR train, the BBC corpus
and the Wikinews examples, and has several invented outlets re-report each one
("an event"). Most outlets print the words as said, or with a variant that does
not change them (quotation-mark style, case, US/UK spelling, numerals, a marked
ellipsis, an editorial bracket, a fragment in a mixed quote, "can not"); about
half the events get one outlet that alters them (a word substituted, a negation
added or dropped, a number changed, words inserted, words dropped mid-sentence).
Some events add a re-publication a year later (recycled), a recall that says
when the words were said (not recycled), a headline that puts words in the
speaker's mouth, a headline that quotes correctly behind a section label, or an
unnamed speaker. Everything is drawn from one seeded ``random.Random``, so
``generate(n=500, seed=1)`` gives the same set every time.

The source texts stay where they are (licences): the set is built in memory,
and ``write_set`` writes it where the caller asks (a temporary folder in
``eval-across``). Variants are made here from lists of their own, never with
the linker's normaliser, so the set does not agree with the code by construction.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ..across.diff import negation_count
from .across import GoldFlag, GoldQuote, GoldSet

__all__ = ["ALTERATIONS", "BENIGN", "SourceQuote", "alter", "benign", "generate", "quotes_in_text", "read_sources",
           "write_set"]

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared"

OUTLETS = (
    "Harbor Ledger", "Eastgate Herald", "Coastline Times", "Summit Tribune", "Valley Dispatch",
    "Pinecrest Observer", "Capital Wire", "Lakeside Post", "Northfield Courier", "Riverbend Gazette",
    "The Daily Meridian", "Global Brief", "Westmoor Chronicle", "Ironbridge Echo", "Prairie Sentinel",
    "Bayside Record", "Kestrel News", "Granite State Wire", "Ashford Telegraph", "Orchard Journal",
)
BRITISH = frozenset({"Eastgate Herald", "The Daily Meridian", "Ashford Telegraph", "Ironbridge Echo"})
SECTIONS = ("Auto News", "World Desk", "Politics", "Business Live", "Opinion")
UNNAMED = ("a senior official", "an official", "a government spokesperson", "a spokesperson")

# US -> UK spellings the generator swaps (its own list: not the matcher's).
SPELLING = {
    "defense": "defence", "offense": "offence", "color": "colour", "favor": "favour", "favorite": "favourite",
    "honor": "honour", "labor": "labour", "neighbor": "neighbour", "behavior": "behaviour", "center": "centre",
    "organize": "organise", "organized": "organised", "organization": "organisation", "realize": "realise",
    "recognize": "recognise", "criticize": "criticise", "criticized": "criticised", "apologize": "apologise",
    "analyze": "analyse", "prioritize": "prioritise", "program": "programme", "traveled": "travelled",
    "license": "licence", "catalog": "catalogue", "theater": "theatre", "fulfill": "fulfil", "rumor": "rumour",
    "emphasize": "emphasise", "mobilize": "mobilise", "modernize": "modernise", "civilization": "civilisation",
    "authorize": "authorise", "authorized": "authorised", "minimize": "minimise", "maximize": "maximise",
    "stabilize": "stabilise", "jewelry": "jewellery", "percent": "per cent", "gray": "grey", "judgment": "judgement",
}
UK_TO_US = {uk: us for us, uk in SPELLING.items()}
# Not "one": it is as often a pronoun ("no one", "one has to") as a number.
NUMBERS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
           "eight": "8", "nine": "9", "ten": "10"}
MAGNITUDES = {"hundred": "thousand", "thousand": "million", "million": "billion", "billion": "million",
              "dozen": "hundred", "half": "third", "twice": "three times"}
# Substitutions that change what is said (a word for its opposite or a stronger one).
SUBSTITUTE = {
    "good": "bad", "bad": "good", "more": "fewer", "less": "more", "increase": "cut", "support": "oppose",
    "strong": "weak", "weak": "strong", "right": "wrong", "wrong": "right", "best": "worst", "worst": "best",
    "win": "lose", "lose": "win", "safe": "dangerous", "easy": "hard", "hard": "easy", "high": "low",
    "low": "high", "great": "terrible", "important": "irrelevant", "serious": "criminal", "always": "rarely",
    "everyone": "nobody", "all": "some", "big": "small", "small": "big", "new": "old", "clear": "unclear",
    "agree": "disagree", "happy": "furious", "first": "last", "better": "worse", "worse": "better",
    "true": "false", "fair": "unfair", "legal": "illegal", "possible": "impossible", "success": "failure",
}
INSERTS = ("deliberately", "secretly", "only", "permanently", "illegally", "personally", "never again")
AUXILIARIES = ("is", "are", "was", "were", "will", "would", "can", "could", "should", "must", "has", "have", "do",
               "does", "did", "had", "may", "might")
MODALS = ("is", "are", "was", "were", "will", "would", "can", "could", "should", "must", "may", "might")
NEGATIONS = re.compile(r"\b(not|never|no)\b ?|n['\u2019]t\b", re.IGNORECASE)
STOP = frozenset((
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
    "is", "are", "was", "were", "be", "been", "it", "this", "that", "these", "those", "he", "she", "they",
    "we", "you", "i", "his", "her", "their", "our", "my", "your", "its", "not", "will", "would", "can",
    "could", "should", "has", "have", "had", "do", "does", "did", "so", "if", "than", "then", "there",
    "here", "what", "which", "who", "whom", "when", "where", "how",
))
BENIGN = ("typography", "case", "spelling", "numerals", "ellipsis", "bracket", "fragment", "cannot")
ALTERATIONS = ("substituted", "negation", "number", "inserted", "dropped")

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*")
# A name: two or three capitalised words ("O'Brien" too), not a sentence's first word ("But Sevastis")
# nor a possessive ("Sky Networks' Sophie").
_NAME = re.compile(r"^(?!(?:But|And|So|Yet|Then|Now|When|While|If|As|Also|Meanwhile|However)\b)"
                   r"(?:(?:Mr|Mrs|Ms|Dr)\.? )?[A-Z][a-z]+(?:[ -][A-Z][a-z]*(?:'[A-Z]?[a-z]+)?){1,2}$")


@dataclass(frozen=True)
class SourceQuote:
    speaker: str  # a name as the source prints it
    sentences: tuple[str, ...]  # one or two quoted sentences of that speaker in one source article
    origin: str  # "polnear:<doc>", "bbc:<file>", "wikinews:<id>"


# --- reading the sources -------------------------------------------------------------


def _sentence_ok(s: str) -> bool:
    n = len(_WORD.findall(s))
    return (
        8 <= n <= 40
        and not re.search(r"[\"\u201c\u201d\u2018\[\]()\u2026]|(?:^|\s)'|'(?:\s|$)|\.\.|\.\s*[A-Z]|\s--?\s", s)
        and s[0].isupper()
    )


def _first_sentences(content: str) -> list[str]:
    """The whole sentences of a quotation, trailing comma or period trimmed."""
    content = content.strip().strip("\"\u201c\u201d").strip()
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z])", content)
    out = []
    for p in parts:
        p = p.strip().rstrip(",").rstrip(".").strip()
        if p and p[-1] not in "?!" and _sentence_ok(p):  # a question mark would run into the attribution
            out.append(p)
    return out


_SAID_AFTER = re.compile(
    r"[\"\u201c]([^\"\u201c\u201d]{30,300}?)[,.]?[\"\u201d],? (?:said|says|told \w+) "
    r"((?:Mr|Mrs|Ms|Dr)\.? [A-Z][a-z]+|[A-Z][a-z]+(?: [A-Z][a-z']+){1,2})\b")
_SAID_BEFORE = re.compile(
    r"((?:Mr|Mrs|Ms|Dr)\.? [A-Z][a-z]+|[A-Z][a-z]+(?: [A-Z][a-z']+){1,2}) (?:said|says|added|told [a-z ]+?):? "
    r"[\"\u201c]([^\"\u201c\u201d]{30,300}?)[\"\u201d]")


def quotes_in_text(text: str, origin: str) -> list[SourceQuote]:
    """Direct quotes with a named speaker next to them, by the two commonest news patterns."""
    found: dict[str, list[str]] = {}
    for m in _SAID_AFTER.finditer(text):
        found.setdefault(m.group(2), []).extend(_first_sentences(m.group(1)))
    for m in _SAID_BEFORE.finditer(text):
        found.setdefault(m.group(1), []).extend(_first_sentences(m.group(2)))
    return [SourceQuote(name, tuple(dict.fromkeys(s))[:2], origin) for name, s in found.items()
            if s and _NAME.match(name)]


_PRONOUNS = frozenset({"He", "She", "They", "It", "We", "I", "You", "This", "That", "Who"})


def _full_name(mention: str, text: str) -> str | None:
    """A speaker's name: the mention when it is one, else the fuller name the article gives a bare surname."""
    if _NAME.match(mention):
        return mention
    if re.fullmatch(r"[A-Z][a-z]+", mention) and mention not in _PRONOUNS:
        m = re.search(rf"\b[A-Z][a-z]+ (?:[A-Z]\. )?{mention}\b", text)
        return m.group(0) if m and _NAME.match(m.group(0)) else mention
    return None


def _polnear(root: Path) -> Iterator[SourceQuote]:
    from .gold import read_polnear

    for doc in read_polnear(root, split="train"):
        text = doc.article.text
        found: dict[str, list[str]] = {}
        for q in doc.quotes:
            if q.kind != "direct" or not q.speaker or len(q.spans) != 1:  # a discontinuous quote is not one sentence
                continue
            name = _full_name(" ".join(s.of(text) for s in q.speaker).strip(), text)
            if name:
                found.setdefault(name, []).extend(_first_sentences(" ".join(s.of(text) for s in q.spans)))
        for name, s in found.items():
            if s:
                yield SourceQuote(name, tuple(dict.fromkeys(s))[:2], f"polnear:{doc.article.id}")


def _bbc(root: Path) -> Iterator[SourceQuote]:
    for path in sorted(root.glob("*/*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        yield from quotes_in_text(text, f"bbc:{path.parent.name}/{path.name}")


def _wikinews(path: Path) -> Iterator[SourceQuote]:
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            yield from quotes_in_text(rec["text"], f"wikinews:{rec['id']}")


def read_sources(
    sources: tuple[str, ...] = ("polnear", "bbc", "wikinews"), *, shared: Path = SHARED
) -> dict[str, list[SourceQuote]]:
    """Quotes per source; a source whose data is not there is left out (its list empty)."""
    readers = {
        "polnear": (shared / "data" / "polnear", _polnear),
        "bbc": (shared / "data" / "bbc-news" / "bbc", _bbc),
        "wikinews": (REPO / "examples" / "wikinews.jsonl", _wikinews),
    }
    out = {}
    for name in sources:
        if name not in readers:
            raise ValueError(f"unknown source {name!r}: choose from {', '.join(readers)}")
        where, reader = readers[name]
        out[name] = list(reader(where)) if where.exists() else []
    return out


# --- variants ------------------------------------------------------------------------


def _tokens(s: str) -> list[str]:
    return s.split(" ")


def _swap_word(s: str, table: dict[str, str]) -> str | None:
    """``s`` with the first word found in ``table`` replaced (case kept for a capital)."""
    for m in re.finditer(r"[A-Za-z]+", s):
        w = m.group(0)
        new = table.get(w.lower())
        if new:
            new = new.capitalize() if w[0].isupper() else new
            return s[: m.start()] + new + s[m.end():]
    return None


def _bears(word: str) -> bool:
    """Whether a word carries a negation or a figure: cuts and fragments keep clear of it. A negation
    as the altered flag counts one (``negation_count``: "nowhere", "nobody" too), so a cut the set calls
    benign never drops one."""
    w = word.lower().strip(",;:.")
    return (bool(NEGATIONS.search(w)) or negation_count(w) > 0 or w in NUMBERS or w in MAGNITUDES
            or any(c.isdigit() for c in w))


def benign(s: str, kind: str, rng: random.Random) -> str | None:
    """A variant of ``s`` that does not change what was said, or None when ``kind`` does not apply."""
    if kind == "spelling":
        return _swap_word(s, SPELLING) or _swap_word(s, UK_TO_US)
    if kind == "numerals":
        return _swap_word(s, NUMBERS)
    if kind == "cannot":
        return s.replace("cannot", "can not") if "cannot" in s else None
    if kind == "case":
        first = s.split(" ", 1)[0]  # run into the reporter's sentence; a name keeps its capital
        return s[0].lower() + s[1:] if first.lower() in STOP and first != "I" else None
    words = _tokens(s)
    if kind == "ellipsis" and len(words) >= 10:
        for _ in range(10):  # a marked cut of words that carry no negation or figure
            at, size = rng.randrange(3, len(words) - 5), rng.randint(2, 3)
            if not any(_bears(w) for w in words[at - 1 : at + size + 1]):
                return " ".join(words[:at]) + " \u2026 " + " ".join(words[at + size:])
        return None
    if kind == "bracket":  # a pronoun the editor spells out ("this" is left: it is often a determiner)
        for i, w in enumerate(words[1:], start=1):
            if w.lower() in ("it", "they", "them"):
                words[i] = "[the proposal]" if w.lower() == "it" else "[the group]"
                return " ".join(words)
        return None
    if kind == "fragment" and len(words) >= 9:
        for _ in range(10):  # a phrase: not cut off a negation, not starting or ending on a function word
            size = rng.randint(6, min(10, len(words) - 2))
            start = rng.randrange(0, len(words) - size + 1)
            piece = words[start : start + size]
            if (start == 0 or not _bears(words[start - 1])) and piece[0].lower() not in STOP - {"we", "i", "they"} \
                    and piece[-1].lower().strip(",;:.") not in STOP:
                return " ".join(piece).strip(",;:")
        return None
    if kind == "typography":
        return s  # the article's quotation marks and apostrophes change, not the words
    return None


def alter(s: str, kind: str, rng: random.Random, other: str = "") -> str | None:
    """``s`` with one change of substance of ``kind``, or None when it does not apply."""
    words = _tokens(s)
    if kind == "substituted":
        # an opposite where the list has one, else a content word of another quote (``other``) in a content word's place
        swapped = _swap_word(s, SUBSTITUTE)
        spare = [w for w in _WORD.findall(other) if len(w) >= 5 and w.lower() not in STOP and w.islower()]
        slots = [i for i, w in enumerate(words[1:], start=1) if len(w) >= 5 and w.isalpha() and w.islower()
                 and w not in STOP]
        if swapped or not spare or not slots:
            return swapped
        i, new = rng.choice(slots), rng.choice(spare)
        return " ".join(words[:i] + [new] + words[i + 1:]) if new != words[i] else None
    if kind == "negation":
        irregular = re.search(r"\b(won|can|shan)['\u2019]t\b|\bcannot\b", s, re.IGNORECASE)
        m = NEGATIONS.search(s)
        if irregular and (not m or irregular.start() <= m.start()):  # "won't" -> "will", not "wo"
            plain = {"won": "will", "can": "can", "shan": "shall"}.get((irregular.group(1) or "can").lower(), "can")
            return s[: irregular.start()] + plain + s[irregular.end():]
        if m:  # dropped: "is not" -> "is", "don't" -> "do"
            return (s[: m.start()] + s[m.end():]).replace("  ", " ")
        for i, w in enumerate(words):
            if w.lower() in AUXILIARIES:
                return " ".join(words[: i + 1] + ["not"] + words[i + 1:])
        return None
    if kind == "number":
        for i, w in enumerate(words):
            digits = re.fullmatch(r"(\d+)([.,%]?)", w)
            if digits and not (len(digits.group(1)) == 4 and digits.group(1).startswith(("19", "20"))):
                n = int(digits.group(1))
                words[i] = str(n + rng.choice((-1, 1)) * max(1, n // 3 or 1) if n > 1 else n + 2) + digits.group(2)
                return " ".join(words)
            if w.lower().strip(",.") in NUMBERS:
                other = rng.choice([k for k in NUMBERS if k != w.lower().strip(",.")])
                words[i] = other + w[len(w.rstrip(",.")):]
                return " ".join(words)
        for i, w in enumerate(words):  # "million" for "billion": a figure's size
            if w.lower().strip(",.") in MAGNITUDES:
                words[i] = MAGNITUDES[w.lower().strip(",.")] + w[len(w.rstrip(",.")):]
                return " ".join(words)
        return None
    if kind == "inserted" and len(words) >= 6:  # an adverb after an auxiliary, else "only" before a content word
        aux = [i for i, w in enumerate(words[:-1]) if w.lower() in MODALS and words[i + 1].lower() != "to"]
        if aux:
            at = rng.choice(aux) + 1
            return " ".join(words[:at] + [rng.choice(INSERTS)] + words[at:])
        slots = [i for i, w in enumerate(words[1:], start=1) if w.lower() not in STOP and w.isalpha()]
        return " ".join(words[: (at := rng.choice(slots))] + ["only"] + words[at:]) if slots else None
    if kind == "dropped" and len(words) >= 10:
        for _ in range(10):
            at = rng.randrange(2, len(words) - 5)
            size = rng.randint(2, 4)
            cut = words[at : at + size]
            if any(w.lower().strip(",.") not in STOP for w in cut):
                return " ".join(words[:at] + words[at + size:])
    return None


# --- one event -----------------------------------------------------------------------


@dataclass
class _Event:
    key: str
    source: SourceQuote
    speaker: str  # as the articles name them (a name, or an unnamed description)
    day: date
    articles: list[dict]
    quotes: list[GoldQuote]
    flags: list[GoldFlag]


def _surname(name: str) -> str:
    return name.split()[-1]


def _curly(text: str) -> str:
    """Typographic quotation marks and apostrophes for an outlet that uses them."""
    text = re.sub(r"\"(?=\w|\[|\u2026)", "\u201c", text)
    text = re.sub(r"(?:(?<=\s)|^)'", "\u2018", text)  # an opening single quote follows a space
    return text.replace('"', "\u201d").replace("'", "\u2019")


def _article(ev: _Event, outlet: str, day: date, headline: str, paragraphs: list[str], n: int, *, curly: bool) -> dict:
    slug = re.sub(r"[^a-z0-9]+", "-", outlet.lower()).strip("-")
    text = "\n\n".join(paragraphs)
    headline_out = headline
    if curly:
        text, headline_out = _curly(text), _curly(headline)
    return {"id": f"{ev.key}-{n}", "event": ev.key, "outlet": outlet, "url": f"https://{slug}.example/{day.isoformat()}/{ev.key}-{n}",
            "published": day.isoformat(), "headline": headline_out, "text": text}


def _said(speaker: str, words: str, rng: random.Random, *, weekday: str | None = None) -> str:
    when = f" on {weekday}" if weekday else ""
    if rng.random() < 0.5:
        return f'"{words}," {speaker} said{when}.'
    return f'{speaker[0].upper() + speaker[1:]} said{when}: "{words}."'


def _lead(speaker: str, weekday: str, rng: random.Random) -> str:
    return rng.choice((
        f"{speaker[0].upper() + speaker[1:]} spoke to reporters on {weekday}.",
        f"{speaker[0].upper() + speaker[1:]} made the remarks on {weekday}, according to people present.",
        f"The comments came on {weekday} as the debate continued.",
    ))


def _record(ev: _Event, art: dict, group: str, printed: str) -> None:
    """Gold for one printed quote; the printed words are found in the article as written."""
    text = art["text"]
    shown = _curly(printed) if printed not in text else printed
    assert shown in text, (art["id"], printed)
    ev.quotes.append(GoldQuote(art["id"], shown, group))


def _pick(options: dict[str, str | None], main: str, rng: random.Random) -> tuple[str, str]:
    """One of the variants that apply, each kind as likely as the others; the words as said when none does."""
    usable = sorted(k for k, v in options.items() if v and v != main or k == "typography")
    if not usable:
        return "verbatim", main
    kind = rng.choice(usable)
    return kind, options[kind] or main


def _build_event(key: str, src: SourceQuote, rng: random.Random, decoy: str) -> _Event:
    unnamed = rng.random() < 0.15
    speaker = rng.choice(UNNAMED) if unnamed else src.speaker
    day = date(2021, 1, 4) + timedelta(days=rng.randrange(0, 4 * 365))
    ev = _Event(key, src, speaker, day, [], [], [])
    main, second = src.sentences[0], (src.sentences[1] if len(src.sentences) > 1 else None)
    outlets = rng.sample(OUTLETS, rng.randint(3, 5) + 3)
    n_cover = len(outlets) - 3
    altered_at = rng.randrange(2, n_cover) if n_cover > 2 and rng.random() < 0.5 else None
    bad_headline_at = rng.randrange(1, n_cover) if rng.random() < 0.15 and not unnamed else None
    label_at = rng.randrange(0, n_cover) if rng.random() < 0.2 and not unnamed else None
    for k in range(n_cover):
        outlet = outlets[k]
        a_day = day + timedelta(days=rng.randint(0, 2))
        weekday = day.strftime("%A")
        printed, kind = main, "verbatim"
        if k == altered_at:
            options = {c: alter(main, c, rng, decoy) for c in ALTERATIONS}
            if options["number"] and rng.random() < 0.6:  # one sentence in ten has a figure: keep the kind in the set
                options = {"number": options["number"]}
            kind, printed = _pick(options, main, rng)
        elif k >= 2 and rng.random() < 0.7:
            kind, printed = _pick({c: benign(main, c, rng) for c in BENIGN}, main, rng)
        if outlet in BRITISH and kind == "verbatim":
            printed = _swap_word(main, SPELLING) or main
        surname = src.speaker if unnamed else _surname(src.speaker)
        headline = rng.choice(
            (f"{surname} speaks out", f"What {surname} said on {weekday}", f"Remarks by {surname} draw reaction")
        )
        if unnamed:
            headline = rng.choice(
                ("Officials respond to questions", "Government comments on the dispute", "Officials speak out")
            )
        paragraphs = [_lead(speaker, weekday, rng)]
        if kind in ("fragment", "case"):
            paragraphs.append(
                f'{speaker[0].upper() + speaker[1:]} said on {weekday} that "{printed}."'
                if kind == "case"
                else f'{speaker[0].upper() + speaker[1:]} spoke of "{printed}."'
            )
        else:
            paragraphs.append(_said(speaker, printed, rng, weekday=weekday if k % 2 else None))
        if second and rng.random() < 0.7:
            paragraphs.append(_said("he" if rng.random() < 0.5 else speaker, second, rng))
        paragraphs.append(rng.choice(("The remarks drew a swift response from critics.", "Further talks are planned.",
                                      "Officials did not say when a decision would be made.")))
        if k == bad_headline_at:
            headline = f"{surname}: '{decoy}'"
        elif k == label_at and kind in ("verbatim", "typography", "spelling"):  # the headline's words are in the body
            lead_words = " ".join(main.split()[:6]).rstrip(",.;:")
            headline = rng.choice(
                (f"{surname}: '{lead_words}' - {rng.choice(SECTIONS)}", f"Fact Check: What did {surname} say?")
            )
        art = _article(ev, outlet, a_day, headline, paragraphs, k, curly=(kind == "typography" or k % 3 == 1))
        ev.articles.append(art)
        _record(ev, art, f"{key}-a", printed)
        if second and second in art["text"].replace("\u2019", "'"):
            _record(ev, art, f"{key}-b", second)
        if k == altered_at and kind != "verbatim":
            ev.flags.append(
                GoldFlag(
                    "altered",
                    art["id"],
                    _curly(printed) if _curly(printed) in art["text"] else printed,
                    kind,
                    f"generated: {kind}",
                )
            )
        if k == bad_headline_at:
            ev.flags.append(
                GoldFlag(
                    "headline", art["id"], None, None, f"generated: headline words {decoy!r} are another speaker's"
                )
            )
    _add_later(ev, outlets[n_cover:], main, rng)
    return ev


def _add_later(ev: _Event, spare: list[str], main: str, rng: random.Random) -> None:
    """A re-publication a year on (recycled) and a recall that dates the words (not recycled)."""
    speaker = ev.speaker[0].upper() + ev.speaker[1:]
    if rng.random() < 0.15:
        later = ev.day + timedelta(days=rng.randint(360, 400))
        art = _article(ev, spare[0], later, f"{_surname(ev.source.speaker)} speaks out", [
            f"{speaker} spoke to reporters on {later.strftime('%A')}.", f'"{main}," {ev.speaker} said.'],
            len(ev.articles), curly=False)
        ev.articles.append(art)
        _record(ev, art, f"{ev.key}-a", main)
        ev.flags.append(
            GoldFlag(
                "recycled", art["id"], main, None, f"generated: first printed {ev.day}, republished {later} as news"
            )
        )
    if rng.random() < 0.15:
        later = ev.day + timedelta(days=rng.randint(500, 800))
        paragraphs = [f'In {ev.day.year}, {ev.speaker} said: "{main}."', "Little has changed since."]
        art = _article(ev, spare[1], later, "A look back at the dispute", paragraphs, len(ev.articles), curly=False)
        ev.articles.append(art)
        _record(ev, art, f"{ev.key}-a", main)


# --- the set -------------------------------------------------------------------------


def _pool(sources: dict[str, list[SourceQuote]], n: int, rng: random.Random) -> list[SourceQuote]:
    """``n`` quotes drawn in turn from each source that has any, each shuffled; no sentence twice."""
    lists = [rng.sample(v, len(v)) for v in sources.values() if v]
    out, seen = [], set()
    while lists and len(out) < n:
        for lst in list(lists):
            while lst and lst[-1].sentences[0] in seen:
                lst.pop()
            if not lst:
                lists.remove(lst)
                continue
            q = lst.pop()
            seen.add(q.sentences[0])
            out.append(q)
            if len(out) == n:
                break
    return out


def generate(*, n: int = 200, seed: int = 1, split: str | None = None,
             sources: tuple[str, ...] = ("polnear", "bbc", "wikinews"), shared: Path = SHARED) -> GoldSet:
    """``n`` events of multi-outlet coverage with gold; ``split`` dev (even events), test (odd) or None (all)."""
    if split not in (None, "dev", "test"):
        raise ValueError(f"split must be dev, test or None, not {split!r}")
    rng = random.Random(seed)
    found = read_sources(sources, shared=shared)
    pool = _pool(found, n, rng)
    if not pool:
        raise ValueError(f"no source quotes found in {', '.join(sources)} (is ../shared beside the repository?)")
    articles, quotes, flags = [], [], []
    for i, src in enumerate(pool):
        decoy = " ".join(pool[(i + 1) % len(pool)].sentences[0].split()[:6]).rstrip(",.;:")
        ev = _build_event(f"g{seed}-{i:04d}", src, rng, decoy)  # built for every split, so the draws do not shift
        if split is None or (split == "dev") == (i % 2 == 0):
            articles += ev.articles
            quotes += ev.quotes
            flags += ev.flags
    name = f"generated/{split}" if split else "generated"
    drawn = Counter(q.origin.split(":")[0] for q in pool)
    half = {"dev": ", the even ones here", "test": ", the odd ones here"}.get(split or "", "")
    note = f"seed {seed}, {len(pool)} events drawn{half}; source quotes: " + ", ".join(
        f"{k} {drawn.get(k, 0)} of {len(v)}" + ("" if v else " (not found)") for k, v in found.items())
    return GoldSet(name, articles, quotes, flags, note)


def write_set(gold: GoldSet, folder: str | Path) -> Path:
    """``articles.jsonl`` and ``gold.jsonl`` in ``folder``, in the composed set's format."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "articles.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in gold.articles), "utf-8"
    )
    lines = [{"type": "quote", "article": q.article, "quote": q.quote, "group": q.group} for q in gold.quotes]
    lines += [{"type": "flag", "kind": f.kind, "article": f.article, "quote": f.quote, "change": f.change, "why": f.why}
              for f in gold.flags]
    (folder / "gold.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    return folder
