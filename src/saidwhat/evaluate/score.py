"""The scorer: pure functions from gold and predicted spans to counts and scores.

No files, no extractor, no printing here; everything is unit tested on small
hand-made cases (tests/evaluate/test_score.py).

How a prediction is compared with the gold, and why:

* **Characters, not tokens.** A quote is the set of character offsets of its
  content spans, whitespace excluded, so a trailing space or a line break
  between two discontinuous spans never changes a score.
* **Dice** = 2|A∩B| / (|A|+|B|). Predicted and gold quotes are paired one to
  one, greedily, highest Dice first (ties: text order). A pair counts at
  *lenient* when Dice > 0 (any shared character), *partial* when Dice ≥ 0.5,
  *strict* when Dice ≥ 0.9. Greedy pairing restricted to pairs above a
  threshold is a prefix of the full greedy pairing, so one pairing serves
  all three levels.
* **Speaker** (judged on partial pairs): right when the predicted speaker
  mention overlaps a gold Source span, or when neither side names a speaker
  (PolNeAR's source-less attributions: "it is expected that ..."). A
  speaker on one side only is wrong. PolNeAR marks one mention of the
  source and has no coreference, so a prediction that names the same person
  at another mention is also right when the gold Source is a name and the
  prediction's resolved name is that name (``same_named_person``: "Mr.
  Manafort" against "he" resolved to Paul Manafort), but only where the
  article's text gives that surname to no one else (no "Bill Clinton" beside
  "Hillary Clinton", no "Mr." beside "Mrs."). A gold pronoun is never read
  this way: the scorer cannot tell whom it stands for.
* **Attributed quote** = a partial pair whose speaker is right. Its F1 is
  the headline number.
* **Subsets** (direct/mixed, indirect, speech): a gold quote belongs to a
  subset by its own kind; a prediction belongs to the subset of the gold
  quote it is paired with at any overlap, and by its own kind when unpaired
  (a false alarm). So the subsets partition both sides and their counts add
  up to the "all" row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..extract.rules import GENDER_WORDS, HONORIFICS, TITLES
from ..models import Span
from ..names.identity import gender_conflict

__all__ = [
    "LEVELS",
    "SUBSETS",
    "Counts",
    "DocScore",
    "Item",
    "Pair",
    "char_set",
    "dice",
    "pair_greedily",
    "score_document",
    "speaker_right",
    "prf",
    "same_named_person",
    "source_sharers",
]

# Minimum Dice for a pair to count, per strictness; lenient is "above zero".
LEVELS: dict[str, float] = {"lenient": 0.0, "partial": 0.5, "strict": 0.9}


@dataclass(frozen=True, slots=True)
class Item:
    """What the scorer compares: one gold attribution or one prediction."""

    spans: tuple[Span, ...]
    speaker: tuple[Span, ...] = ()  # the speaker mention (prediction) or Source spans (gold)
    kind: str = "indirect"  # "direct", "mixed" or "indirect" (rules.quote_kind)
    speech: bool = True  # has a speech cue (rules.is_speech_cue) or quotation marks
    speaker_name: str = ""  # the person a prediction's mention resolves to ("Robert Mason" for "he"); gold: empty
    cue: tuple[Span, ...] = ()  # the cue ("said", "according to"); empty where unknown


# Subset name -> which items belong to it.
SUBSETS: dict[str, Callable[[Item], bool]] = {
    "all": lambda item: True,
    "direct/mixed": lambda item: item.kind in ("direct", "mixed"),
    "indirect": lambda item: item.kind == "indirect",
    "speech": lambda item: item.speech,
}


def char_set(spans: Sequence[Span], text: str) -> frozenset[int]:
    """The offsets covered by ``spans``, leaving out whitespace characters."""
    return frozenset(i for s in spans for i in range(s.start, min(s.end, len(text))) if not text[i].isspace())


def dice(a: frozenset[int], b: frozenset[int]) -> float:
    if not a and not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def pair_greedily(gold: Sequence[frozenset[int]], pred: Sequence[frozenset[int]]) -> list[tuple[int, int, float]]:
    """One-to-one (gold index, pred index, Dice) pairs, highest Dice first; only Dice > 0."""
    candidates = []
    for gi, g in enumerate(gold):
        if not g:
            continue
        lo, hi = min(g), max(g)
        for pi, p in enumerate(pred):
            if not p or max(p) < lo or min(p) > hi:  # cheap bounds check before the set work
                continue
            d = dice(g, p)
            if d > 0:
                candidates.append((-d, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for neg_d, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi, -neg_d))
    return pairs


def speaker_right(gold: Item, pred: Item, text: str = "", *, sharers: Sequence[Item] = ()) -> bool:
    """Whether ``pred`` names the speaker of ``gold``; ``sharers`` are the other gold attributions that may
    hold the Source of a gold that has none (``source_sharers``)."""
    if not gold.speaker and pred.speaker:
        return any(_names_shared_source(pred, other) for other in sharers)
    if not gold.speaker or not pred.speaker:
        return not gold.speaker and not pred.speaker
    if any(g.overlaps(p) for g in gold.speaker for p in pred.speaker):
        return True
    if text and any(_relative_of(p, g, text) for g in gold.speaker for p in pred.speaker):
        return True
    if not text or not _names_or_refers(" ".join(p.of(text) for p in pred.speaker)):
        return False
    return any(same_named_person(g.of(text), pred.speaker_name, text) for g in gold.speaker)


def _relative_of(pred: Span, gold: Span, text: str) -> bool:
    """Whether ``pred`` is a relative pronoun right after the gold Source ("a slide show that predicted",
    "the F.B.I. report on her email practices that suggested", "Democracy for America, ..., that
    endorsed"). PolNeAR marks the pronoun as the source of a relative clause most often and its noun
    phrase sometimes; the two are one referent, bound by the clause, not a guess at coreference."""
    if pred.of(text).strip().lower() not in _RELATIVE_PRONOUNS or gold.end > pred.start:
        return False
    return not text[gold.end : pred.start].strip(" ,")


def _names_or_refers(mention: str) -> bool:
    return mention.strip().lower() in _PERSONAL_PRONOUNS or bool(_name_words(mention))


# Words that open a mention that is no name ("The council", "His campaign"), and a possessive ending.
_NOT_NAME_OPENERS = frozenset(
    "the a an he she they it we i you his her its their our my who which that this these those one some many"
    " most several all both each another other".split()
)
# The prediction's mentions read through the resolved name: a name or a personal pronoun. A relative
# pronoun's antecedent is the extraction's guess at a noun, and the noun may be no one the name says
# ("an architect who said", credited to the sentence's subject).
_PERSONAL_PRONOUNS = frozenset("he she him her his hers".split())
_RELATIVE_PRONOUNS = frozenset("who which that".split())
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_PARTY_TAG = re.compile(r"\s*\([A-Z][A-Za-z.]*-[A-Z][A-Za-z.]*\)$")  # "(D-Mass.)", "(R-WI)", "(I-Vt.)"


def _name_words(mention: str) -> list[str]:
    """The words of a mention that is a name, titles left out ("Mr. Manafort" -> ["Manafort"]) and a party tag
    in brackets after it ("Sen. Elizabeth Warren (D-Mass.)" -> ["Elizabeth", "Warren"]); [] otherwise."""
    words = _POSSESSIVE.sub("", _PARTY_TAG.sub("", mention.strip().rstrip(",")).strip()).split()
    if not words or words[0].lower() in _NOT_NAME_OPENERS or not all(w[:1].isupper() for w in words):
        return []
    return [w for w in words if w.lower() not in TITLES]


def same_named_person(gold_mention: str, resolved: str, text: str) -> bool:
    """Whether a gold Source that is a name ("Mr. Manafort", "Espinoza") names the person a prediction's
    mention resolved to ("Paul Manafort"): the same surname, the gold's other words among the resolved
    name's, and no other person the article names by that surname (``_surname_shared``)."""
    gold, name = _name_words(gold_mention), _name_words(resolved or "")
    if not gold or not name or gold[-1] != name[-1] or not set(gold) <= set(name):
        return False
    if gender_conflict(gold_mention, resolved):
        return False  # "Mrs. Clinton" is not Bill Clinton
    if any(_written_lower(w, text) for w in name[:-1]):
        return False  # a common word read as a given name ("Maybe Trump"): no name the article gives
    return len(gold) > 1 or not _surname_shared(name, text)  # a full name needs no more


def _surname_shared(name: list[str], text: str) -> bool:
    """Whether the text gives the surname of ``name`` to someone else: a capitalised word before the
    surname that is no title, no initial and no word of ``name`` ("Bill Clinton" when the name is
    Hillary Clinton), or honorifics of both genders before it ("Mr. Clinton" and "Mrs. Clinton"). A word
    opening a sentence that the text also writes in lower case is not read as a given name ("But Trump
    said")."""
    genders = set()
    for m in re.finditer(_WORD_BEFORE + re.escape(name[-1]) + r"\b", text):
        before = m.group(1)
        word = before.lower()
        if word in HONORIFICS:
            genders.add(GENDER_WORDS.get(word))
            continue
        if not before[:1].isupper() or word in TITLES or before in name or len(before.rstrip(".")) <= 1:
            continue
        if before.endswith("."):
            continue  # the last word of the sentence before ("Culberson. Espinoza"): no honorific, no initial
        if _opens_sentence(text, m.start(1)) and _written_lower(word, text):
            continue  # a common word opening a sentence ("But Trump said"): the text writes it in lower case too
        return True
    return len(genders - {None}) > 1


# The word right before a surname, one space away, where a given name or an honorific stands: a word of
# letters, with a full stop only after an honorific or an initial. The last word of the sentence before
# ("Culberson.” Espinoza", "Hillary,” Bolton", "Thursday, Trump", "Texas.\n\nEspinoza") names no one, and a
# word joined by a dash is read from the dash ("Exclusive–Maria Espinoza").
_WORD_BEFORE = r"(?<![\w'’.-])([^\W\d_][\w'’-]*\.?) "


def _written_lower(word: str, text: str) -> bool:
    return re.search(r"\b" + re.escape(word.lower()) + r"\b", text) is not None


def _opens_sentence(text: str, at: int) -> bool:
    head = text[:at].rstrip()
    return not head or head[-1] in ".!?\n\"“”'’:"


@dataclass(frozen=True, slots=True)
class Pair:
    gold: int
    pred: int
    dice: float
    speaker_ok: bool

    def at(self, level: str) -> bool:
        threshold = LEVELS[level]
        return self.dice > 0 if threshold == 0 else self.dice >= threshold - 1e-9


@dataclass(frozen=True)
class DocScore:
    """One document's gold items, predictions and their pairing."""

    gold: tuple[Item, ...]
    pred: tuple[Item, ...]
    pairs: tuple[Pair, ...]

    by_gold: dict[int, Pair] = field(init=False, repr=False, compare=False)
    by_pred: dict[int, Pair] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_gold", {p.gold: p for p in self.pairs})
        object.__setattr__(self, "by_pred", {p.pred: p for p in self.pairs})

    def counts(self) -> dict[str, Counts]:
        """Counts for every subset of SUBSETS."""
        result = {}
        for name, member in SUBSETS.items():
            c = Counts()
            c.gold = sum(1 for g in self.gold if member(g))
            for pi, p in enumerate(self.pred):
                pair = self.by_pred.get(pi)
                owner = self.gold[pair.gold] if pair else p
                if member(owner):
                    c.pred += 1
            for pair in self.pairs:
                if not member(self.gold[pair.gold]):
                    continue
                for level in LEVELS:
                    if pair.at(level):
                        c.matched[level] += 1
                if pair.at("partial") and pair.speaker_ok:
                    c.attributed += 1
            result[name] = c
        return result


def score_document(gold: Sequence[Item], pred: Sequence[Item], text: str) -> DocScore:
    """Pair the predictions of one document with its gold quotes."""
    gold_sets = [char_set(g.spans, text) for g in gold]
    pred_sets = [char_set(p.spans, text) for p in pred]
    pairs = tuple(
        Pair(gi, pi, d, speaker_right(gold[gi], pred[pi], text, sharers=source_sharers(gold, gi, text)))
        for gi, pi, d in pair_greedily(gold_sets, pred_sets)
    )
    return DocScore(tuple(gold), tuple(pred), pairs)


def source_sharers(gold: Sequence[Item], index: int, text: str) -> tuple[Item, ...]:
    """The other gold attributions with a Source in the paragraphs of a gold that has no Source.

    In PolNeAR a token plays one role in one attribution, so a source two attributions share is marked on
    one of them and the other is left without ("Clinton says she respects Sanders but argues that he
    can't deliver": "argues" has no Source). A prediction naming that mention for the other one names
    the source the annotators saw; a Source in another paragraph is no such sharing.
    """
    item = gold[index]
    if item.speaker or not item.spans:
        return ()
    start = text.rfind("\n", 0, item.spans[0].start) + 1
    end = text.find("\n", item.spans[-1].end)
    end = len(text) if end < 0 else end
    return tuple(
        other
        for i, other in enumerate(gold)
        if i != index and any(start <= s.start and s.end <= end for s in other.speaker)
    )


def _names_shared_source(pred: Item, other: Item) -> bool:
    """Whether ``pred`` names the Source of ``other`` through a cue of its own: a prediction on the other
    attribution's cue ("One message read ..." paired with a source-less quote inside it) is that
    attribution, paired with the wrong gold."""
    if any(c.overlaps(pc) for c in other.cue for pc in pred.cue):
        return False
    return any(s.overlaps(p) for s in other.speaker for p in pred.speaker)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 as fractions; 0 where undefined (nothing predicted or nothing to find)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Counts:
    """Additive counts for one subset, over one document or many."""

    gold: int = 0
    pred: int = 0
    matched: dict[str, int] = field(default_factory=lambda: {level: 0 for level in LEVELS})
    attributed: int = 0  # partial pairs with the right speaker

    def __iadd__(self, other: Counts) -> Counts:
        self.gold += other.gold
        self.pred += other.pred
        for level in LEVELS:
            self.matched[level] += other.matched[level]
        self.attributed += other.attributed
        return self

    def scores(self) -> dict[str, float]:
        """Flat scores in percent: ``partial.f1``, ``speaker.accuracy``, ``attributed.f1`` ..."""
        out: dict[str, float] = {}
        for level in LEVELS:
            p, r, f = prf(self.matched[level], self.pred, self.gold)
            out[f"{level}.precision"], out[f"{level}.recall"], out[f"{level}.f1"] = 100 * p, 100 * r, 100 * f
        partial = self.matched["partial"]
        out["speaker.accuracy"] = 100 * self.attributed / partial if partial else 0.0
        p, r, f = prf(self.attributed, self.pred, self.gold)
        out["attributed.precision"], out["attributed.recall"], out["attributed.f1"] = 100 * p, 100 * r, 100 * f
        return out
