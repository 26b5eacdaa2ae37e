"""Word-level differences between two wordings of one statement.

Owns the alignment of a variant against the reference wording (difflib on
word tokens) and the classification of its changes. What legitimately varies
between outlets is not a change: trimming and extension at the ends,
punctuation and quote marks (invisible to the tokens), case, British against
American spelling (``breame``), hyphenation and spacing ("long-term"/"long
term", "can not"/"cannot"), numerals against number words ("4"/"four"), an
open elision ("...") and an editorial bracket ("This [the treaty] matters").
Changes are a negation added or dropped, a number changed, a word substituted,
words inserted, and words dropped mid-sentence.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from functools import lru_cache

from breame.spelling import get_american_spelling
from rapidfuzz.distance import OSA

from ..extract.rules import CURRENCY_SYMBOLS, CURRENCY_WORDS, SCALES
from .text import fold, has_ellipsis, tokens, wording, wording_set

__all__ = ["Change", "WordDiff", "benign", "canonical", "classify", "figures", "inserted_after_negation",
           "inserted_at_end", "negation_count",
           "negations_changed", "readable_ops", "render", "reordered", "word_diff"]

# The kinds of change, with how much each can alter what was said.
SEVERITY = {
    "negation-dropped": "high", "negation-added": "high", "number": "high",
    "substituted": "medium", "inserted": "medium", "dropped": "medium",
}
# Forms of one word that transcripts of the same speech print either way.
_SAME_WORD = dict(wording()["same_words"])
EDITORIAL = "[\u2026]"  # one token for a bracketed editorial insertion, whatever it says
# Square brackets, and parentheses around at most four words ("Electronic Arts (EA)"): an editor's.
_BRACKETED = re.compile(r"\[[^\[\]]{0,80}\]|\((?:[^()\s]+\s?){1,4}\)")
_NUMERALS = dict(wording()["numerals"])  # "three" -> "3"
NEGATIONS = wording_set("negations")
NUMBER_WORDS = wording_set("number_words")  # a change among these is a number change
# Words whose loss or gain does not change what was said.
STOPWORDS = wording_set("stopwords")
# Words that carry no claim of their own: STOPWORDS and the pronouns and auxiliaries every quote
# has ("we will", "I think"). Negations stay content: "not" changes a claim.
FUNCTION_WORDS = STOPWORDS | wording_set("function_words")


@dataclass(frozen=True, slots=True)
class Change:
    kind: str  # a kind of SEVERITY ("negation-dropped", "number", "substituted" ...) or "minor"
    removed: tuple[str, ...]
    added: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WordDiff:
    """``ops``: (tag, reference words, variant words) with tag equal/replace/delete/insert
    over the aligned region; ``trimmed_before``/``after``: reference words the
    variant leaves out at its ends; ``extended_before``/``after``: words it adds there;
    ``added_after``: those words after the reference's last word, as printed."""

    ops: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]
    trimmed_before: int = 0
    trimmed_after: int = 0
    extended_before: int = 0
    extended_after: int = 0
    added_after: tuple[str, ...] = ()

    @property
    def identical(self) -> bool:
        return all(tag == "equal" for tag, _, _ in self.ops)


def _is_negation(word: str) -> bool:
    w = fold(word)
    return w in NEGATIONS or w.endswith("n't")


def _is_figure(word: str) -> bool:
    # a scaled number is one token of two words ("fourteen thousand")
    return any(c.isdigit() for c in word) or any(w in NUMBER_WORDS for w in fold(word).split())


# Titles before a name: dropping "President" from "President Obama" changes no name.
_TITLE_WORDS = wording_set("name_titles")


def _is_name(word: str, first: bool) -> bool:
    # "And" opening a sentence inside a quote is no name
    f = fold(word).rstrip(".")
    return (word[:1].isupper() and not first and word != "I"
            and f not in _TITLE_WORDS and f not in STOPWORDS)


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    """The comparison form of one word: case, accents, hyphens, British spelling and
    number words folded ("Defence" -> "defense", "semi-private" -> "semiprivate", "Four" -> "4")."""
    if word == EDITORIAL:
        return word
    if _GROUPED_FIGURE.fullmatch(word):
        return word.replace(",", "")  # "1,200" and "1200" print one figure
    w = fold(word)
    if " " in w:
        return _scaled_number(w) or w
    return _compound_number(w) or _NUMERALS.get(w.replace("-", "")) or _SAME_WORD.get(w.replace("-", "")) \
        or get_american_spelling(w.replace("-", ""))


# A figure with thousands separators: "1,200", "14,000" (not "2,4", a decimal comma).
_GROUPED_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+")


def _compound_number(word: str) -> str | None:
    """A number word of tens and units ("seventy-two", "twenty one" joined as one token) as its
    figure ("72"), or None: outlets print "seventy-two hours" and "72 hours" for the same words."""
    tens, _, units = word.partition("-")
    ten, unit = _NUMERALS.get(tens, ""), _NUMERALS.get(units, "")
    if len(ten) == 2 and ten.endswith("0") and ten != "10" and unit in tuple("123456789"):
        return str(int(ten) + int(unit))
    return None


# The scale words spelt out in full ("thousand", not "k" or "bn"): a number before one is one figure.
_SCALE_WORDS = frozenset(w for w in SCALES if w in NUMBER_WORDS)


def _scaled_number(words_: str) -> str | None:
    """A number and its scale word, joined as one token ("fourteen thousand", "2.3 million"), as one
    figure ("14000", "2300000"), or None: outlets print "14,000 people" and "fourteen thousand
    people" for the same words (test6's a146)."""
    number, _, scale = words_.rpartition(" ")
    figure = _plain_figure(number)
    if scale not in _SCALE_WORDS or figure is None:
        return None
    value = float(figure) * SCALES[scale]
    return str(int(value)) if value == int(value) else None


def _plain_figure(token: str) -> str | None:
    """A figure in digits without its thousands separators ("14,000" -> "14000"), or None."""
    figure = _key(token).replace(",", "")
    return figure if re.fullmatch(r"\d+(?:\.\d+)?", figure) else None


def _is_number(token: str) -> bool:
    return _plain_figure(token) is not None


# Contractions print the same words: "won't" is "will not", "don't" "do not", "can't" "cannot".
_CONTRACTED = {"won't": ("will", "not"), "can't": ("cannot",), "shan't": ("shall", "not"), "ain't": ("is", "not")}
# "Britain's working" prints "Britain is working", "we're" "we are": compared spelt out, shown as
# printed (a possessive spelt out the same way on both sides still compares equal); "'d" (had or
# would) is left as it is.
_CLITICS = {"let's": "letus", "'s": "is", "'re": "are", "'m": "am", "'ve": "have", "'ll": "will"}
# The clitics a word spelt out may print as ("has" as in "he's gone").
_SPELT_AS = {"is": ("'s",), "has": ("'s",), "are": ("'re",), "am": ("'m",), "have": ("'ve",), "will": ("'ll",),
             "us": ("'s",)}


def _expand(token: str) -> list[str]:
    f = fold(token)
    if f in _CONTRACTED:
        return list(_CONTRACTED[f])
    if f.endswith("n't") and len(f) > 3:
        return [token[:-3], "not"]
    return [token]


def _spelt(token: str) -> str:
    """The comparison form of a word with its clitic spelt out ("Britain's" -> "britainis")."""
    f = fold(token)
    for clitic, word in _CLITICS.items():
        if f.endswith(clitic) and len(f) > len(clitic) or f == clitic:
            return _key(token[: len(f) - len(clitic)]) + word if f != clitic else word
    return _key(token)


@functools.cache
def _sums() -> tuple[re.Pattern[str], dict[str, str]]:
    """A sum after a currency symbol, and the word each symbol is printed as after a sum: "$300
    million" and "300 million dollars" print one sum, and so do "£9 billion" and "9 billion pounds"
    (test5's a131). The word is the first of ``currency_words`` (lexicon figures.toml) that names
    the symbol's currency."""
    words: dict[str, str] = {}
    for word, code in CURRENCY_WORDS.items():
        words.setdefault(code, word)
    named = {symbol: words[code] for symbol, code in CURRENCY_SYMBOLS.items() if code in words}
    symbols = "".join(re.escape(symbol) for symbol in named)
    return re.compile(rf"([{symbols}])\s?(\d[\d,.]*(?:\s+(?:thousand|million|billion|trillion)\b)?)"), named


def _tokens(text: str) -> list[str]:
    """Word tokens as written, each bracketed editorial insertion one ``EDITORIAL`` token,
    "can not" one "cannot" ("per cent" "percent": ``joined_words``), "no one" one "no-one", contractions
    spelt out and "$3 million" as "3 million dollars" ("£9 billion" "9 billion pounds")."""
    sums, named = _sums()
    text = sums.sub(lambda m: f"{m.group(2)} {named[m.group(1)]}", text)
    out: list[str] = []
    last = 0
    for m in _BRACKETED.finditer(text):
        out += tokens(text[last : m.start()]) + [EDITORIAL]
        last = m.end()
    out += tokens(text[last:])
    merged: list[str] = []
    joined = _joined_words()
    for t in (w for token in out for w in _expand(token)):
        if merged and (fold(merged[-1]), fold(t)) in joined:
            merged[-1] += t  # "can not" is "cannot", "per cent" "percent": one word, one token
        elif merged and fold(t) in _SCALE_WORDS and _is_number(merged[-1]):
            merged[-1] += " " + t  # "fourteen thousand" is one figure, "14,000"
        elif merged and fold(t) == "one" and fold(merged[-1]) == "no":
            merged[-1] += "-" + t  # "no one" is one word ("nobody"), not a figure
        else:
            merged.append(t)
    return merged


def _spell_clitics(tokens_: list[str], other: list[str]) -> list[str]:
    """``tokens_`` with "Britain's" printed as "Britain is" where ``other`` prints it so: a clitic
    is spelt out only where the other wording does, since "'s" may as well be a possessive."""
    spelt = {}
    for a, b in zip(other, other[1:]):
        for clitic in _SPELT_AS.get(fold(b), ()):
            spelt[_key(a) + clitic] = (a, b)
    out: list[str] = []
    for t in tokens_:
        pair = spelt.get(_key(t)) if "'" in t or "\u2019" in t else None
        out += list(pair) if pair else [t]
    return out


@functools.lru_cache(maxsize=4096)  # the flag step asks it of a statement's direct quotes each time it is refreshed
def canonical(text: str) -> str:
    """A wording with every benign variant folded away: two wordings with one canonical
    form say the same words. Spaces go too, so "long term" is "long-term" and "can not" "cannot"."""
    return "".join(_spelt(t) for t in _same_printed([t for t in _tokens(text) if t != EDITORIAL]))


def _same_printed(tokens_: list[str]) -> list[str]:
    """``tokens_`` with each phrase of ``same_phrases`` ("not one", "no one") as the one it prints
    the same as ("no", "nobody"), longest first. Each word is folded once, and phrases are tried
    only at a word that starts one (the flag step's ``canonical`` spent most of its time here)."""
    table = _same_phrases()
    starts = _phrase_starts()
    folded = [fold(t) for t in tokens_]
    out: list[str] = []
    k = 0
    while k < len(tokens_):
        if folded[k].split(" ", 1)[0] in starts:
            for n in (3, 2, 1):
                said = " ".join(folded[k : k + n])
                if len(tokens_) - k >= n and said in table:
                    out += table[said].split()
                    k += n
                    break
            else:
                out.append(tokens_[k])
                k += 1
        else:
            out.append(tokens_[k])
            k += 1
    return out


def word_diff(reference: str, variant: str) -> WordDiff:
    """Align ``variant`` to the part of ``reference`` it reports.

    A trimmed quote matches a stretch of the reference; aligning it against
    the whole would let stray common words ("the", "we") far away pose as
    internal deletions, so the region around the longest common run is used."""
    ref, var = _tokens(reference), _tokens(variant)
    ref, var = _spell_clitics(ref, var), _spell_clitics(var, ref)
    rf, vf = [_key(t) for t in ref], [_key(t) for t in var]
    lo, hi = 0, len(rf)
    if rf and vf:
        blocks = [b for b in difflib.SequenceMatcher(None, rf, vf, autojunk=False).get_matching_blocks() if b.size]
        # Single shared words are kept only when the variant is that short; runs of two or more anchor it.
        kept = [b for b in blocks if b.size >= 2] or blocks
        if kept:
            first, last = _cut_word_before(blocks, kept[0]), _cut_word_after(blocks, kept[-1])
            lo = max(0, first.a - first.b)
            hi = min(len(rf), last.a + last.size + (len(vf) - last.b - last.size))
    sm = difflib.SequenceMatcher(None, rf[lo:hi], vf, autojunk=False)
    ops = [
        (tag, tuple(ref[lo + i1 : lo + i2]), tuple(var[j1:j2]))
        for tag, i1, i2, j1, j2 in sm.get_opcodes()
    ]
    trimmed_before, trimmed_after = lo, len(rf) - hi
    extended_before = extended_after = 0
    added_after: tuple[str, ...] = ()
    # Words missing or added at the ends are trimming or extension, not change.
    while ops and ops[0][0] in ("delete", "insert"):
        tag, r, v = ops.pop(0)
        trimmed_before += len(r)
        extended_before += len(v)
    while ops and ops[-1][0] in ("delete", "insert"):
        tag, r, v = ops.pop()
        trimmed_after += len(r)
        extended_after += len(v)
        added_after = v + added_after
    return WordDiff(tuple(ops), trimmed_before, trimmed_after, extended_before, extended_after, added_after)


# A variant's one word kept before or after a cut ("if … of wolves, don't go" for "if you're afraid of
# wolves, don't go") anchors the alignment there when the cut is this short: aligned from the run
# after it, "if" would stand against "afraid", a substitution the writer never made.
MAX_CUT_WORDS = 4


def _cut_word_before(blocks, anchor):
    """The single shared word just before ``anchor`` in the variant, a short cut before it in the
    reference, else ``anchor``."""
    for b in blocks:
        if b.b + b.size == anchor.b and b.a + b.size < anchor.a <= b.a + b.size + MAX_CUT_WORDS:
            return b
    return anchor


def _cut_word_after(blocks, anchor):
    """The single shared word just after ``anchor`` in the variant, a short cut after it in the
    reference, else ``anchor``."""
    end_a, end_b = anchor.a + anchor.size, anchor.b + anchor.size
    for b in blocks:
        if b.b == end_b and end_a < b.a <= end_a + MAX_CUT_WORDS:
            return b
    return anchor


Op = tuple[str, tuple[str, ...], tuple[str, ...]]


def readable_ops(ops: tuple[Op, ...] | list[Op]) -> list[Op]:
    """``ops`` for a reader: an equal run no longer than the changes on both sides of it is
    folded into one replacement of the whole stretch.

    When a variant reorders words ("make the transition to a fully liberalised" against
    "adjust to the liberalised"), the alignment keeps one stray shared word ("the") and
    strikes the other ("to"), so the diff strikes a word both wordings have. Shown as one
    replacement, the stretch reads as what it is: reworded. (diff-match-patch's semantic
    cleanup, by words.) For display only: ``classify`` reads the fine alignment, where a
    dropped "not" stays its own change."""
    out = [(tag, tuple(r), tuple(v)) for tag, r, v in ops]
    changed = True
    while changed:
        changed = False
        for i in range(1, len(out) - 1):
            tag, removed, _ = out[i]
            left, right = out[i - 1], out[i + 1]
            if tag != "equal" or left[0] == "equal" or right[0] == "equal":
                continue
            widest = min(max(len(left[1]), len(left[2])), max(len(right[1]), len(right[2])))
            if len(removed) <= widest:
                out[i - 1 : i + 2] = [("replace", left[1] + removed + right[1], left[2] + removed + right[2])]
                changed = True
                break
    return out


@functools.cache
def _same_phrases() -> dict[str, str]:
    """Each phrase of ``same_phrases`` (data/across/wording.toml) -> the one it prints the same as."""
    return {phrase: same for phrase, same in wording()["same_phrases"]}


@functools.cache
def _phrase_starts() -> frozenset[str]:
    """The first word of each phrase of ``same_phrases``."""
    return frozenset(phrase.split(" ", 1)[0] for phrase in _same_phrases())


@functools.cache
def _joined_words() -> frozenset[tuple[str, str]]:
    """Each pair of ``joined_words`` (data/across/wording.toml): two words one outlet prints as one."""
    return frozenset((first, second) for first, second in wording()["joined_words"])


def _phrase(ws: tuple[str, ...]) -> str:
    said = " ".join(fold(w) for w in ws)
    return _same_phrases().get(said, said)


def benign(removed: tuple[str, ...], added: tuple[str, ...]) -> bool:
    """An editorial bracket, the same letters spaced or hyphenated otherwise ("long-term"/"long
    term"), two phrases that print the same words ("No family"/"Not one family", "No one"/"Nobody"),
    or a slip of one letter in a long word."""
    if EDITORIAL in removed or EDITORIAL in added:
        return True
    if removed and added and _phrase(removed) == _phrase(added):
        return True
    if _slip(removed, added):
        return True
    return "".join(_spelt(w) for w in removed) == "".join(_spelt(w) for w in added)


SLIP_MIN_LETTERS = 5  # "play"/"pay" may be a slip or a change; "emenating"/"emanating" is a slip


def _slip(removed: tuple[str, ...], added: tuple[str, ...]) -> bool:
    """One word printed with one letter wrong, missing, added or swapped with its neighbour, its first
    letter kept ("emenating"/"emanating", "adviser"/"advisor", "worshiped"/"worshipped"): a typing slip
    or a spelling no list holds, not another word chosen. A figure ("million"/"billion") or a
    negation is never a slip."""
    if len(removed) != 1 or len(added) != 1:
        return False
    a, b = fold(removed[0]), fold(added[0])
    if not (a.isalpha() and b.isalpha()) or min(len(a), len(b)) < SLIP_MIN_LETTERS or a[0] != b[0]:
        return False
    if _is_figure(a) or _is_figure(b) or _is_negation(a) != _is_negation(b):
        return False
    return OSA.distance(a, b) == 1


def _repeated(removed: tuple[str, ...], added: tuple[str, ...], reference: list[str]) -> bool:
    """A dropped stretch of two or more words the speaker said twice ("What difference, at this
    point, what difference does it make?"): the other copy stands, nothing is lost."""
    if added or len(removed) < 2:
        return False
    keys = [_key(w) for w in removed]
    n = len(keys)
    return sum(reference[i : i + n] == keys for i in range(len(reference) - n + 1)) >= 2


# "people who have grown up with the club and (have) got its interests at heart": an auxiliary
# said again or left out, or its tense heard otherwise, says the same. Not stopwords elsewhere:
# "have" counts as a word of its own when the linker weighs how distinctive a quote is.
_NO_CLAIM = STOPWORDS | {"have", "has", "had"}


def _kind(tag: str, removed: tuple[str, ...], added: tuple[str, ...], at_start: bool) -> str:
    """What one changed stretch does to the words: a kind of ``SEVERITY``, or "minor"."""
    neg_r = sum(_is_negation(w) for w in removed)
    neg_a = sum(_is_negation(w) for w in added)
    if neg_r != neg_a:
        return "negation-dropped" if neg_r > neg_a else "negation-added"
    if any(_is_figure(w) for w in removed + added):
        return "number"
    names_r = {fold(w) for k, w in enumerate(removed) if _is_name(w, at_start and k == 0)}
    names_a = {fold(w) for k, w in enumerate(added) if _is_name(w, at_start and k == 0)}
    if names_r != names_a and tag == "replace":
        return "substituted"  # a name dropped or added alone is "dropped" or "inserted", below
    content_r = [w for w in removed if fold(w) not in _NO_CLAIM]
    content_a = [w for w in added if fold(w) not in _NO_CLAIM]
    if not content_r and not content_a:
        return "minor"
    return {"insert": "inserted", "delete": "dropped"}.get(tag, "substituted")


def classify(diff: WordDiff, variant: str = "", reference_text: str = "") -> list[Change]:
    """The changes of a diff, each of a kind in ``SEVERITY`` or "minor"; ``meaningful`` keeps the former.

    A cut inside the quote marked by an ellipsis is the writer's open elision and counts only
    when it drops a negation: the variant's own cut (``variant``), the words the reference's
    writer cut (``reference_text``), and, where both wordings cut, or the variant cuts and runs on
    past the reference's end, the stretch one prints and the other leaves out."""
    elided, reference_elided = has_ellipsis(variant), has_ellipsis(reference_text)
    reference = [_key(w) for _, removed, _ in diff.ops for w in removed]
    changes: list[Change] = []
    first_index = 0
    for k, (tag, removed, added) in enumerate(diff.ops):
        at_start = first_index == 0 and diff.trimmed_before == 0
        first_index += len(removed) or 1
        if tag == "equal":
            continue
        if benign(removed, added) or _repeated(removed, added, reference):
            changes.append(Change("minor", removed, added))
            continue
        kind = _kind(tag, removed, added, at_start)
        if kind not in ("negation-dropped", "negation-added") and _cut_in_the_open(
                diff, k, elided=elided, reference_elided=reference_elided):
            kind = "minor"  # an open cut, marked "..."
        changes.append(Change(kind, removed, added))
    return changes


def inserted_at_end(diff: WordDiff) -> Change | None:
    """The words a variant adds after the reference's last word, as an "inserted" change, when
    it prints the whole reference and nothing else differs ("The green belt is not up for
    negotiation, now or ever" for "... not up for negotiation."): None when it trims either end,
    adds before it, or adds no word that carries a claim; the caller has found no change inside
    the aligned words. Whether the reference's end was the
    sentence's end, not an outlet's cut, is the caller's to judge (``flags``)."""
    if not diff.added_after or diff.trimmed_before or diff.trimmed_after or diff.extended_before:
        return None
    kind = _kind("insert", (), diff.added_after, False)
    if kind == "minor":
        return None
    # A figure among added words changes none the reference prints ("every one of them").
    return Change("inserted" if kind == "number" else kind, (), diff.added_after)


def inserted_after_negation(diff: WordDiff) -> bool:
    """Whether each stretch of words the variant adds inside the aligned words stands right after a
    negation: "There is no serious shortage of vaccine" for "There is no shortage of vaccine", "not
    entirely safe" for "not safe". The words narrow what is denied, and so change the claim as "no"
    softened to "little" does, wherever they were added."""
    added = [k for k, (tag, _, _) in enumerate(diff.ops) if tag == "insert"]
    return bool(added) and all(
        k > 0 and diff.ops[k - 1][0] == "equal" and _is_negation(diff.ops[k - 1][1][-1]) for k in added)


def _cut_in_the_open(diff: WordDiff, k: int, *, elided: bool, reference_elided: bool) -> bool:
    """Whether change ``k`` of ``diff`` is words a writer cut with an ellipsis, no change of theirs:
    dropped where the variant marks a cut; printed where the reference marks one ("Some exhibitors
    will … you can take" against "Some exhibitors will be showcasing how … take": two cuts of one
    line, each printing what the other leaves out); or, where the variant marks a cut, a stretch
    put for the reference's last words that runs on past its end ("a vital thrust to the project;"
    against "a vital thrust to … feel it belongs to them": the variant cut and went on)."""
    tag = diff.ops[k][0]
    if tag == "delete":
        return elided
    if tag == "insert":
        return reference_elided
    last = all(t != "equal" for t, _, _ in diff.ops[k + 1:]) and not diff.trimmed_after
    return (elided and reference_elided) or (elided and last)


def reordered(diff: WordDiff) -> bool:
    """Whether the changes only move words: the variant prints the words it drops elsewhere
    ("coal miners and coal companies" / "coal companies and coal miners"), the order a
    transcript heard, not a change of what was said."""
    removed = sorted(_key(w) for tag, r, _ in diff.ops if tag != "equal" for w in r)
    added = sorted(_key(w) for tag, _, a in diff.ops if tag != "equal" for w in a)
    return bool(removed) and removed == added


def _negations(ws) -> int:
    # "without" is left out: a word ("homeless") may say it
    return sum(_is_negation(w) and fold(w) != "without" for w in ws)


def figures(text: str) -> tuple[str, ...]:
    """The figures a wording prints, in their comparison form and sorted ("43", "1200"): digits and
    number words from "two" up ("one" and "a" print each other, so neither counts)."""
    keys = (_key(t) for t in _tokens(text) if t != EDITORIAL)
    return tuple(sorted(k for k in keys if k.isdigit() and k not in ("0", "1")))


def negation_count(text: str) -> int:
    """How many negations a wording says ("not", "no", "never", "nobody"; "without" left out)."""
    return _negations(_tokens(text))


def negations_changed(changes: list[Change]) -> bool:
    """Whether the changes, all together, add or drop a negation ("not", "no", "never"; "no" softened
    to "little"): a negation only moved or reworded ("No family ... without a home" / "Nobody ...
    homeless") is none."""
    return sum(_negations(c.removed) for c in changes) != sum(_negations(c.added) for c in changes)


def meaningful(changes: list[Change]) -> list[Change]:
    return [c for c in changes if c.kind != "minor"]


def render(diff: WordDiff) -> str:
    """The diff as text: [-removed-] {+added+}, with … where the variant is trimmed."""
    parts: list[str] = []
    if diff.trimmed_before:
        parts.append(f"[…{diff.trimmed_before} words]")
    for tag, removed, added in diff.ops:
        if tag == "equal":
            parts.append(" ".join(removed))
            continue
        if removed:
            parts.append("[-" + " ".join(removed) + "-]")
        if added:
            parts.append("{+" + " ".join(added) + "+}")
    if diff.trimmed_after:
        parts.append(f"[…{diff.trimmed_after} words]")
    if diff.extended_before or diff.extended_after:
        parts.append(f"(+{diff.extended_before + diff.extended_after} words outside)")
    return " ".join(parts)
