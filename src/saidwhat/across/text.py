"""Text normalisation shared by speaker and statement linking.

Owns how two wordings are compared: case, quotation marks, dashes, punctuation
and whitespace do not count; words and figures do. Pure functions, no state.
"""

from __future__ import annotations

import calendar
import functools
import re
import tomllib
import unicodedata
from importlib import resources
from itertools import islice

__all__ = ["APOSTROPHES", "count_tokens", "fold", "has_ellipsis", "is_pronoun", "joined_pieces", "normalize", "slug",
           "straight", "tokens", "translation_cue", "words"]

# Quotation marks and apostrophes of every style fold to one form, so that
# straight versus curly quotes never make two wordings differ.
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_MARKS = ("\u2019", "\u2018", "\u02bc", "`", "\u00b4")  # APOSTROPHES' keys, for ``straight``
# A word: letters with inner apostrophes or hyphens, or a figure with its
# decimal/thousands separators ("2,4", "1.5", "30%").
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['\-][^\W\d_]+)*", re.UNICODE)
# The same tokens of an ASCII text, where a letter is [A-Za-z] and a digit [0-9]: character sets
# the regex engine tests by a bitmap, where the Unicode classes look each character's category up.
# It opens on one character set, so that the engine skips to a letter or digit at C speed (two
# alternatives were tried at every character), and the first character tells the two readings
# apart: a letter's by a look-behind, a digit's otherwise. 41% less time than ``_TOKEN`` over the
# BBC quotes' texts and mentions, the same tokens; nearly every text is ASCII (str.isascii is O(1)).
# The regex engine was 9% of linking's instructions, most of it these tokens.
_ASCII_TOKEN = re.compile(r"[0-9A-Za-z](?:(?<=[A-Za-z])[A-Za-z]*(?:['\-][A-Za-z]+)*|[0-9]*(?:[.,][0-9]+)*%?)")


def _tokens_of(text: str) -> re.Pattern[str]:
    """The token pattern for ``text``: ``_ASCII_TOKEN`` when it is ASCII, which finds the same tokens."""
    return _ASCII_TOKEN if text.isascii() else _TOKEN
_ELLIPSIS = re.compile(r"\.\.\.|\u2026")


def straight(text: str) -> str:
    """``text.translate(APOSTROPHES)``, one C search a mark instead of a table lookup a character
    (translate with a table maps each character of a text through Python objects: 5.7% of linking's
    instructions, on the quotes' texts and contexts, before this). The same string."""
    if text.isascii():  # O(1) in CPython: of the marks, only the backtick can be there
        return text.replace("`", "'") if "`" in text else text
    for mark in _MARKS:
        if mark in text:
            text = text.replace(mark, "'")
    return text


# Linking folds the same few thousand words over and over (a million calls over the BBC corpus).
@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents: "Zelenskyy" and "ZELENSKYY", "Erdoğan" and "Erdogan" meet."""
    text = straight(text)
    if text.isascii():  # NFKD leaves ASCII as it is, with no combining marks: the common case, 5x faster
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tokens(text: str) -> list[str]:
    """Word tokens as written (case kept), punctuation and quote marks dropped."""
    text = straight(text)
    return _tokens_of(text).findall(text)


def count_tokens(translated: str, start: int, end: int, most: int) -> int:
    """How many of ``tokens(text[start:end])`` there are, counted up to ``most``: ``translated`` is
    ``straight(text)``, made once for all its pieces. The token pattern has no anchor,
    so matching between ``start`` and ``end`` is matching the slice; no token list is made."""
    return sum(1 for _ in islice(_tokens_of(translated).finditer(translated, start, end), most))


def words(text: str) -> list[str]:
    """Word tokens folded for comparison."""
    text = straight(text)
    if text.isascii():  # ``fold`` of an ASCII word is its lower case: one call for the text, not one a word
        return _ASCII_TOKEN.findall(text.lower())
    return [fold(t) for t in _TOKEN.findall(text)]


def normalize(text: str) -> str:
    """The comparison form of a wording: folded words joined by single spaces."""
    return " ".join(words(text))


def has_ellipsis(text: str) -> bool:
    """Whether the writer marked an elision: a cut made in the open is not an alteration."""
    return bool(_ELLIPSIS.search(text))


def slug(text: str) -> str:
    return "-".join(words(text)) or "unknown"


@functools.cache
def _joined_at() -> re.Pattern[str]:
    """A comma, then a capitalised word that only opens sentences, or an ellipsis, then such a word
    or "I" (data/across/wording.toml)."""
    data = wording()
    openers = sorted(data["sentence_openers"], key=len, reverse=True)
    # an apostrophe either way: "It's", "It\u2019s"
    alternatives = "|".join(re.escape(w[:1].upper() + w[1:]).replace("'", "['\u2019]") for w in openers)
    after_ellipsis = sorted(data["sentence_openers"] + data["ellipsis_openers"], key=len, reverse=True)
    elided = "|".join(re.escape(w[:1].upper() + w[1:]).replace("'", "['\u2019]") for w in after_ellipsis)
    # the comma kept with the first piece; of an ellipsis, its first dot (a wording drops both)
    return re.compile(rf",\s+(?=(?:{alternatives})(?![\w'\u2019]))"
                      rf"|(?:\.\.\.|\u2026)\s*(?=(?:{elided})(?![\w'\u2019]))")


@functools.cache
def _pronoun_mentions() -> frozenset[str]:
    return wording_set("pronoun_mentions")


def is_pronoun(mention: str | None) -> bool:
    """Whether a speaker's mention as written is a pronoun (data/across/wording.toml's
    ``pronoun_mentions``): the extractor's coreference chose the name, which may be the wrong one."""
    return bool(mention) and fold(mention.strip()) in _pronoun_mentions()


def joined_pieces(text: str, breaks: tuple[int, ...] = ()) -> list[tuple[int, int]]:
    """``text`` cut where the extractor joined a quote to its continuation: "X, This is ..." from
    "X," he added. "This is ...". (start, end) offsets, the comma kept with the first piece.
    ``breaks``: offsets where a piece of the quote starts after reporter's words that ended a
    sentence ("...until then," said McIlroy. "I thought ..."; ``link._span_breaks``), cut there
    whatever word opens it: "I", a name or "However" open a sentence as often as "We" does."""
    cuts = {(m.start() + 1, m.end()) for m in _joined_at().finditer(text)}
    cuts |= {(b - 1, b) for b in breaks if 0 < b < len(text)}  # the one space the pieces were joined by
    pieces, start = [], 0
    for end, after in sorted(cuts):
        if end > start:
            pieces.append((start, end))
            start = after
    pieces.append((start, len(text)))
    return pieces


@functools.cache
def wording() -> dict:
    """The word lists of data/across/wording.toml, read once for the whole package."""
    return tomllib.loads(resources.files("saidwhat.data").joinpath("across/wording.toml").read_text("utf-8"))


@functools.cache
def wording_set(key: str) -> frozenset[str]:
    """One word list of data/across/wording.toml."""
    return frozenset(wording()[key])


@functools.cache
def _said_in() -> str:
    """"in Spanish" before a word of ``after_language`` or punctuation (data/across/wording.toml)."""
    data = wording()
    languages = "|".join(w.title() for w in data["languages"])
    after = "|".join(data["after_language"])
    # "[Ii]" first, then the word boundary before it as a look-behind ("\b[Ii]" is the same test):
    # a pattern that opens on a character set lets the regex engine skip to the I's: half the time.
    return rf"[Ii](?<!\w[Ii])n (?:{languages})\b(?=\s*(?:[,.;:)\u201d\"]|$|(?:{after})\b|[A-Z]))"


@functools.cache
def _languages() -> frozenset[str]:
    """The languages of ``_said_in`` as written there, capitalised."""
    return frozenset(w.title() for w in wording()["languages"])


# A capitalised word after "n ": where "in Spanish" can stand. A literal start, which the regex
# engine finds at C speed; ``_said_in`` is run only where one of these is a language.
_AFTER_N = re.compile(r"n ([A-Z][a-z]+)")


@functools.cache
def _translation_cue(with_words: bool) -> re.Pattern[str]:
    """What says a quote's words were translated: "in Spanish" (``_said_in``), and with
    ``with_words`` the words of ``translation_words`` ("through an interpreter", "a translation")."""
    if not with_words:
        return re.compile(_said_in())
    return re.compile(rf"{_said_in()}|\b(?i:{'|'.join(wording()['translation_words'])})\b")


# Marks that open or close a quotation in a paragraph (not the apostrophe, nor the single closing mark).
_QUOTE_MARKS = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb\u2018]")
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w'\u2019-]*")
# Capitalised words that name a time, not someone: "she said on Monday".
_CALENDAR = frozenset(calendar.day_name) | frozenset(calendar.month_name[1:])


def _cue_paragraphs(context: str) -> str:
    """The paragraphs of a quote's context (``link.quote_context``: the paragraph before, then the
    quote's own) that can say its words were translated: its own, and the one before it when
    that quotes no one ("Speaking in Japanese, the chief executive apologised to customers." leads
    into the quote after it) or when the quote's paragraph names no one it does not ("..., she
    said." after "Markaki told reporters in Greek: "..."", test3's a88). Otherwise a paragraph
    with quotations of its own says it of those: "... told a news conference in Tokyo, speaking in
    Japanese." is not about "In Frankfurt, Lena Achterberg ... said:" after it (test5's a126)."""
    *before, own = context.split("\n")
    named = _names(own)
    return "\n".join([p for p in before if not _QUOTE_MARKS.search(p) or all(n in p for n in named)] + [own])


def _names(paragraph: str) -> set[str]:
    """The capitalised words of a paragraph that open no sentence, days, months and titles left
    out ("Mr Takebayashi said" names only "Takebayashi"): the people and places it names."""
    from ..extract.rules import TITLES  # at call time: the extractor's modules import this one

    names = set()
    for m in _CAPITALISED.finditer(paragraph):
        before = paragraph[: m.start()].rstrip(" \"'\u201c\u2018")
        word = m.group(0)
        if before and before[-1] not in ".!?:" and word not in _CALENDAR and word.lower() not in TITLES:
            names.add(word)
    return names


def translation_cue(context: str) -> str | None:
    """The words of ``context`` (the reporter's, around a quote) that say the quote was translated
    ("told reporters in Spanish", "through an interpreter"), or None."""
    # The case-blind words stop the regex engine's fast scan; most contexts hold none of them,
    # and no language after "in" either (16,182 BBC contexts: 120 hold a language after "n ").
    lowered = context.lower()
    with_words = any(w in lowered for w in wording()["translation_words"])
    if not with_words and _languages().isdisjoint(_AFTER_N.findall(context)):
        return None
    found = _translation_cue(with_words).search(_cue_paragraphs(context))  # where one was seen at all
    return found.group(0) if found else None
