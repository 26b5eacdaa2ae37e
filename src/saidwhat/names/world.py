"""The world office tables: heads of state and government of every country,
UK cabinet ministers, US presidents and vice presidents, and the heads of the
main international organisations, with dates, bundled as CSV under
``saidwhat/data/office-holders/`` (provenance and licences in its SOURCE.md).

Owns two things: reading those tables into a ``KnowledgeBase`` (``add_world``)
and the grammar that maps a role description to offices (``RolePhrases``):
"the French president", "Britain's prime minister", "President of Ukraine",
"the UN chief", "the alliance's chief". The grammar is data: places come from
countries.csv (names, alternative spellings, demonyms) and organisations.csv,
role words from role_words.csv, monarchs' titles from monarchies.csv. A phrase
with any word the grammar does not know ("the former French president", "the
deputy prime minister") reads as nothing: precision first.

Must not touch: the store, the network, extraction.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .kb import KnowledgeBase

__all__ = ["Reading", "RolePhrases", "add_world", "read_table"]

_DIR = "data/office-holders"
DAY = timedelta(days=1)


def read_table(name: str) -> Iterator[dict[str, str]]:
    """Rows of one bundled CSV table."""
    import csv  # here: only building the base reads the tables; extraction opens the compiled file

    with resources.files("saidwhat").joinpath(f"{_DIR}/{name}").open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a role description: the offices of ``jurisdiction`` with
    one of ``roles`` (and ``label`` when the phrase names one body's office),
    under a condition checked on the day (``requires``)."""

    jurisdiction: str
    roles: tuple[str, ...]
    label: str | None = None
    iso3: str | None = None
    requires: str = ""  # "", "republic", "distinct_heads" or "title"
    title: str | None = None  # the monarch's title the phrase used ("king")


@dataclass(frozen=True, slots=True)
class _Place:
    jurisdiction: str
    kind: str  # "country" or "organisation"
    iso3: str | None = None
    label: str | None = None


@dataclass(frozen=True, slots=True)
class _RoleWord:
    roles: tuple[str, ...]
    requires: str
    countries: frozenset[str]
    title: str | None
    label: str | None = None  # one office of the country's, by its label ("health secretary")


class RolePhrases:
    """Maps a role key (``kb.role_key`` of a description) to its readings."""

    def __init__(self, role_key) -> None:  # role_key passed in: kb imports this module
        self._key = role_key
        self.places: dict[str, tuple[_Place, ...]] = {}
        self.words: dict[tuple[str, str], list[_RoleWord]] = {}  # (scope, key) -> rows
        self.monarchies: dict[str, list[tuple[str, date | None, date | None]]] = {}
        self.iso3_name: dict[str, str] = {}
        # Set by a base that no longer grows (``kbfile``): the words some row reads as a role, and
        # the place forms several places share. ``read`` then skips the lookups that cannot read.
        self.role_words: frozenset[str] | None = None
        self.shared_places: frozenset[str] = frozenset()

    # --- building ---------------------------------------------------------------
    def add_place(self, text: str, place: _Place) -> None:
        self._put(self._key(text), place)

    def _put(self, key: str, place: _Place) -> None:
        # a tuple, not a set: nearly every form names one place, and 1,100 sets cost 240 KB
        held = self.places.get(key, ())
        if key and place not in held:
            self.places[key] = (*held, place)

    def load(self) -> RolePhrases:
        self._load_countries()
        for row in read_table("organisations.csv"):
            self.add_place(row["name"], _Place(row["jurisdiction"], "organisation", label=row["office_label"] or None))
        titles = set()
        for row in read_table("monarchies.csv"):
            start = date.fromisoformat(row["start_date"]) if row["start_date"] else None
            end = date.fromisoformat(row["end_date"]) if row["end_date"] else None
            self.monarchies.setdefault(row["iso3"], []).append((row["title"], start, end))
            titles.add(row["title"])
        for row in read_table("role_words.csv"):
            key = self._key(row["words"])
            countries = frozenset(c for c in row["countries"].split("|") if c)
            title = key if row["requires"] == "title" and key != "monarch" else None
            word = _RoleWord(tuple(row["roles"].split("|")), row["requires"], countries, title)
            self.words.setdefault((row["scope"], key), []).append(word)
        return self

    def _load_countries(self) -> None:
        """Country names, spellings and demonyms. A form two countries share goes to the
        independent one when only one is ("French" is France, not the French Southern
        Lands); when both are ("Congolese"), the form stays ambiguous and reads as nothing."""
        forms: dict[str, set[tuple[str, bool]]] = {}
        for row in read_table("countries.csv"):
            iso3, independent = row["iso3"], row["independent"] == "True" or row["un_member"] == "True"
            self.iso3_name[iso3] = row["name_common"]
            names = [row["name_common"], row["name_official"], row["demonym_en_m"], row["demonym_en_f"]]
            # two-letter codes ("IT", "NO", "IS") are words too often to name a country
            names += [a for a in row["alt_spellings"].split("|") if a and a != row["iso2"]]
            for name in names:
                for part in name.split(", ") if name in (row["demonym_en_m"], row["demonym_en_f"]) else [name]:
                    key = self._key(part)
                    if key:
                        forms.setdefault(key, set()).add((iso3, independent))
        for row in read_table("countries_extra_aliases.csv"):
            key = self._key(row["alias"])
            forms.setdefault(key, set()).add((row["iso3"], True))
        countries = {iso3: _Place(name, "country", iso3) for iso3, name in self.iso3_name.items()}
        for key, owners in forms.items():
            sovereign = {iso for iso, ind in owners if ind}
            chosen = sovereign if sovereign else {iso for iso, _ in owners}
            for iso3 in sorted(chosen):  # several left: ambiguous, and the reading below yields nobody
                self._put(key, countries[iso3])

    # --- reading ----------------------------------------------------------------
    def read(self, key: str) -> list[Reading]:
        """Readings of a role key: PLACE ROLE ("french president", "un chief") or
        ROLE PLACE ("president ukraine"). Empty when the words do not parse, and when a
        place form is shared by several countries (the phrase is then ambiguous)."""
        words = key.split()
        out: list[Reading] = []
        for cut in range(1, len(words)):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            for place_key, role_key in ((head, tail), (tail, head)):
                if not self._may_read(place_key, role_key):
                    continue
                places = self.places.get(place_key)
                if not places:
                    continue
                if len(places) > 1:
                    return []
                out += self._readings(next(iter(places)), role_key)
        return out

    def _may_read(self, place_key: str, role_key: str) -> bool:
        """Whether the place lookup of ``read`` can matter: a mention's words are mostly neither a
        place nor a role, and a lookup in the compiled base that finds nothing still reads the file."""
        return self.role_words is None or role_key in self.role_words or place_key in self.shared_places

    def _readings(self, place: _Place, role_key: str) -> list[Reading]:
        rows = self.words.get((place.kind, role_key), [])
        # a row written for this country overrides the general rows of the same words
        own = [r for r in rows if place.iso3 in r.countries]
        rows = own or [r for r in rows if not r.countries]
        return [Reading(place.jurisdiction, r.roles, r.label or place.label, place.iso3, r.requires, r.title)
                for r in rows]

    def add_office_words(self, words: str, iso3: str, role: str, label: str | None) -> None:
        """Words naming one country's office ("health secretary"), so that "the British
        health secretary" reads as it."""
        key = self._key(words)
        if key:
            self.words.setdefault(("country", key), []).append(
                _RoleWord((role,), "", frozenset({iso3}), None, label))

    def read_title(self, key: str, places: list[tuple[str, str | None]]) -> list[Reading]:
        """Readings of a bare title ("chancellor", "president") in every country of
        ``places`` ((jurisdiction, iso3) pairs) whose rows allow it: "Chancellor X" names
        Germany's, Austria's or Britain's chancellor, whichever X is."""
        # The rows depend on the key and the kind of place only: most keys have none of either
        # kind, and then no place of the ~200 need be made and asked (4 ms a mention).
        kinds = {kind for kind in ("country", "organisation") if self.words.get((kind, key))}
        out = []
        if not kinds:
            return out
        for jurisdiction, iso3 in places:
            kind = "country" if iso3 else "organisation"
            if kind in kinds:
                out += self._readings(_Place(jurisdiction, kind, iso3), key)
        return out

    def monarch_title(self, jurisdiction_iso3: str | None, day: date) -> str | None:
        """The title of the country's monarch on ``day``, or None in a republic."""
        for title, start, end in self.monarchies.get(jurisdiction_iso3 or "", ()):
            if (start is None or start <= day) and (end is None or day < end):
                return title
        return None


# --- the office-holder table ---------------------------------------------------------


def _person_ids(rows: list[dict[str, str]], key) -> dict[tuple[str, str], str]:
    """(source id or name, name) -> the person's id: the Wikidata id, else "kb:" and the
    name's key (as the curated base makes them), with the source's own id appended only
    when two people of the tables share a name."""
    owners: dict[str, set[str]] = {}
    for row in rows:
        if not row["person_qid"]:
            owners.setdefault(key(row["person_name"]), set()).add(row["source_person_id"] or row["person_name"])
    out: dict[tuple[str, str], str] = {}
    for row in rows:
        ident = (row["source_person_id"] or row["person_name"], row["person_name"])
        if row["person_qid"]:
            out[ident] = row["person_qid"]
            continue
        name = key(row["person_name"])
        base = "kb:" + name.replace(" ", "-")
        tail = row["source_person_id"].split(":")[-1][:8] if row["source_person_id"] else row["source"]
        out[ident] = base if len(owners[name]) == 1 else f"{base}-{tail}"
    return out


def _term_dates(row: dict[str, str], handovers: set[tuple[str, str, date]]) -> tuple[date | None, date | None]:
    """The certain part of a row's term, end exclusive. The table's end day is
    inclusive (Wikidata mixes "last day" and "handover day"). A row whose dates may be
    year-precision (Jan 1) keeps only the whole years it surely covers, unless another
    holder's term of the same office ends or starts on that Jan 1 (a handover: the day
    is real, as Brazil's inaugurations are)."""
    oid = _row_office(row)
    raw_start = date.fromisoformat(row["start_date"]) if row["start_date"] else None
    raw_end = date.fromisoformat(row["end_date"]) if row["end_date"] else None
    start, end = raw_start, (raw_end + DAY if raw_end else None)
    if "year-precision" in row["note"]:
        new_year = raw_start is not None and (raw_start.month, raw_start.day) == (1, 1)
        if new_year and ("start", oid, raw_start) not in handovers:
            start = date(raw_start.year + 1, 1, 1)
        if raw_end is not None and (raw_end.month, raw_end.day) == (1, 1) and ("end", oid, raw_end) not in handovers:
            end = date(raw_end.year, 1, 1)
        if start is not None and end is not None and end <= start:
            return None, None
    return start, end


def _handovers(rows: list[dict[str, str]]) -> set[tuple[str, str, date]]:
    """("start" or "end", office, day) where a term meets a different holder's term:
    it starts the day another ends or the day after, or ends the day another starts or
    the day before."""
    starts: dict[tuple[str, date], set[str]] = {}
    ends: dict[tuple[str, date], set[str]] = {}
    for row in rows:
        oid = _row_office(row)
        if row["start_date"]:
            starts.setdefault((oid, date.fromisoformat(row["start_date"])), set()).add(row["person_name"])
        if row["end_date"]:
            ends.setdefault((oid, date.fromisoformat(row["end_date"])), set()).add(row["person_name"])
    out: set[tuple[str, str, date]] = set()
    for (oid, day), names in starts.items():
        for end_day in (day, day - DAY):
            if ends.get((oid, end_day), set()) - names:
                out.add(("start", oid, day))
                out |= {("end", oid, end_day)}
    return out


def _row_office(row: dict[str, str]) -> str:
    return office_id(row["jurisdiction"], row["role"], row["office_label"])


def office_id(jurisdiction: str, role: str, label: str) -> str:
    # interned: every term of an office holds its id, one string for all of them
    return sys.intern(f"{jurisdiction}|{role}|{label}")


# The columns of officeholders.csv the knowledge base reads; the rest (sources, notes of
# provenance, dates of the snapshot) stay in the file.
_HOLDER_COLUMNS = ("jurisdiction", "jurisdiction_iso3", "office_label", "office_qid", "role", "person_name",
                   "person_qid", "start_date", "end_date", "source", "source_person_id", "note")


_REPEATED = frozenset(("jurisdiction", "jurisdiction_iso3", "office_label", "office_qid", "role", "source"))


class _HolderRow:
    """A row with only what is read, its repeated values one string each, read as a dict is
    (``row["role"]``). The 4,600 rows are all held while the terms are worked out, and
    extraction loads the base in every process: as dicts they took 640 bytes each, past the
    size Python's small-object allocator serves, so they went to malloc's heap and left it
    fragmented for the spaCy parses after; these take 128."""

    __slots__ = _HOLDER_COLUMNS

    def __init__(self, row: dict[str, str]) -> None:
        for key in _HOLDER_COLUMNS:
            setattr(self, key, sys.intern(row[key]) if key in _REPEATED else row[key])

    def __getitem__(self, key: str) -> str:
        return getattr(self, key)


def add_world(kb: KnowledgeBase, *, name_key) -> None:
    """Read the office-holder and alias tables into ``kb``."""
    from .kb import Office, Person, Term

    names: dict[str, tuple[str, str | None]] = {}
    rows = [_HolderRow(row) for row in read_table("officeholders.csv")]
    handovers = _handovers(rows)
    person_ids = _person_ids(rows, name_key)
    by_source: dict[str, str] = {}  # a source id -> the person's id, for person_aliases.csv
    for row in rows:
        start, end = _term_dates(row, handovers)
        if start is None and end is None and row["start_date"]:
            continue  # nothing certain left of a year-precision row
        pid = person_ids[(row["source_person_id"] or row["person_name"], row["person_name"])]
        if row["source_person_id"]:
            by_source[row["source_person_id"]] = pid
        names.setdefault(pid, (row["person_name"], pid if row["person_qid"] else None))  # one string for both
        oid = _row_office(row)
        if oid not in kb.offices:
            kb.add_office(Office(oid, row["office_label"], row["office_qid"] or None, (),
                                 jurisdiction=row["jurisdiction"], iso3=row["jurisdiction_iso3"] or None,
                                 role=row["role"]))
        kb.add_term(Term(pid, oid, start, end))
    aliases: dict[str, list[str]] = {}
    for row in read_table("person_aliases.csv"):
        pid = row["person_qid"] or by_source.get(row["source_person_id"])
        if pid:
            aliases.setdefault(pid, []).append(row["alias"])
    for pid, (name, qid) in names.items():
        kb.add_person(Person(pid, name, qid, tuple(aliases.get(pid, ()))))
    for table in ("office_aliases.csv", "office_phrases.csv"):
        for row in read_table(table):
            _add_office_alias(kb, row)


def _add_office_alias(kb: KnowledgeBase, row: dict[str, str]) -> None:
    """A phrase news uses for an office ("UN chief", "home secretary", "health secretary").
    Alone it names the office unless the row says ``bare=no`` (the US has an education
    secretary too: only "the British education secretary" is Britain's); after the
    country's name it always does. A row whose target carries a caveat ("chancellor": UK
    context only) is left out: such a phrase cannot be read without the country."""
    target = row["office_label_or_role"]
    if "(" in target:
        return
    by_role = target.startswith("role:")
    offices = [
        o for o in kb.offices.values()
        if o.jurisdiction == row["jurisdiction"] and (o.role == target[5:] if by_role else o.label == target)
    ]
    for office in offices:
        if row.get("bare", "yes") != "no":
            kb.add_role(row["phrase"], office.id)
        if office.iso3 and kb.phrases is not None and office.role:
            label = None if by_role else office.label
            kb.phrases.add_office_words(row["phrase"], office.iso3, office.role, label)
