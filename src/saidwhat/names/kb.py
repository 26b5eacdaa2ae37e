"""The knowledge base of people and offices, with dates.

Owns: who held which office when (``holder``), which person a name or alias
means (``lookup_name``), and the importer that builds a larger base from a
Wikidata JSON dump (``import_wikidata``). Reads only its own data files; no
store, no network.

The curated base ships as ``saidwhat/data/offices.json``. A term runs from its
start day (inclusive) to its end day (exclusive: the successor's first day),
so "the NATO Secretary General" on 2024-09-19 is Jens Stoltenberg and on
2024-11-01 Mark Rutte.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from ..across.text import fold, tokens
from ..errors import ConfigError, InputError
from ..extract.rules import LIBRARY_NAME_SUFFIXES
from .world import Reading, RolePhrases, add_world

__all__ = [
    "KnowledgeBase",
    "Office",
    "Person",
    "Term",
    "contradicts",
    "default_kb",
    "holder",
    "holder_among",
    "holder_name",
    "holder_named_name",
    "holds_another_name",
    "import_wikidata",
    "load_kb",
    "lookup_name",
    "name_key",
    "role_key",
]


@dataclass(frozen=True, slots=True)
class Person:
    id: str  # the Wikidata id when known, else "kb:" + the name's key
    name: str
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Office:
    id: str
    label: str | None
    wikidata: str | None = None
    roles: tuple[str, ...] = ()  # every description that names the office
    # the world tables' offices: a country's English name or an organisation's, its
    # ISO 3166 alpha-3 code, and the role ("head_of_state", "intl_org_head" ...)
    jurisdiction: str | None = None
    iso3: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Term:
    person: str  # Person.id
    office: str  # Office.id
    start: date | None
    end: date | None  # exclusive; None while in office

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


_ONE_DAY = timedelta(days=1)
# How long a term may meet a span of days and still be only the handover to or from it: the
# tables give an outgoing holder's last day and the successor's first a day or two apart.
_HANDOVER = timedelta(days=7)


def _label_opens(office: Office, key: str) -> bool:
    """Whether a role key is the first words of the office's label: "deputy prime minister"."""
    return (role_key(office.label or "") + " ").startswith(key + " ")


def _overlap(term: Term, low: date, high: date) -> timedelta:
    start, end = max(term.start or date.min, low), min(term.end or date.max, high)
    return end - start if end > start else timedelta(0)

# Words that carry no identity in a role description: "the NATO chief" is "NATO chief".
_ROLE_FILLER = {"the", "of", "'s"}


def _bears(person: Person, name: str) -> bool:
    """Whether ``name`` (a name key) is the person's full name, an alias or the surname."""
    keys = {name_key(n) for n in (person.name, *person.aliases)}
    return name in keys or any(k.split()[-1] == name for k in keys if k)


# Resolving one mention folds the same few texts several times over (as an organisation, an
# office, the words after a role); bounded, as a corpus keeps meeting new mentions.
ASKED = 1024


@lru_cache(maxsize=ASKED)
def role_key(text: str) -> str:
    """A role description folded for lookup: case, "the", "of", possessives,
    dots and hyphens do not count ("the alliance's Secretary-General" ==
    "secretary general alliance"... in its own word order)."""
    cleaned = text.replace(".", "").replace("-", " ")
    out = []
    for tok in tokens(cleaned):
        t = fold(tok)
        t = t.removesuffix("'s")
        if t and t not in _ROLE_FILLER:
            out.append(t)
    return " ".join(out)


@lru_cache(maxsize=ASKED)
def name_key(text: str) -> str:
    """A person's name folded for lookup: accents, case, dots and hyphens do not count."""
    return " ".join(fold(t) for t in tokens(text.replace(".", " ").replace("-", " ")))


def _day(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _expand_roles(entry: dict[str, Any]) -> list[str]:
    """Role descriptions of an office: its label, explicit roles, and every
    "title of X", "X's title", "X title", "adjective title" combination."""
    roles = [r for r in [entry.get("label"), *entry.get("roles", ())] if r]
    places = entry.get("of", ())
    for title in entry.get("titles", ()):
        for place in places:
            roles += [f"{title} of {place}", f"{place}'s {title}", f"{place} {title}"]
        for adj in entry.get("adjectives", ()):
            roles.append(f"{adj} {title}")
    return roles


@dataclass
class KnowledgeBase:
    people: dict[str, Person] = field(default_factory=dict)
    offices: dict[str, Office] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)
    # the grammar of role descriptions over the world tables; None for a base of
    # curated or imported offices alone, which answers exact descriptions only
    phrases: RolePhrases | None = None
    # a name key -> the ids of the people bearing it: a tuple, as nearly every name is one
    # person's (a set costs 216 bytes; the base holds 3,500 names and every process loads it)
    _by_name: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _by_role: dict[str, set[str]] = field(default_factory=dict)
    _terms_of: dict[str, list[Term]] = field(default_factory=dict)
    _terms_of_person: dict[str, list[Term]] = field(default_factory=dict)  # filled on first use
    _by_place: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    _by_surname: dict[str, frozenset[str]] = field(default_factory=dict)  # filled on first use
    _held_by_title: dict[tuple, set[str] | None] = field(default_factory=dict)  # ``_title_held``'s answers

    # --- building ---------------------------------------------------------------
    def add_person(self, person: Person) -> None:
        self.people[person.id] = person
        for n in (person.name, *person.aliases):
            key = name_key(n)
            ids = self._by_name.get(key, ())
            if key and person.id not in ids:
                self._by_name[key] = (*ids, person.id)

    def add_office(self, office: Office) -> None:
        self.offices[office.id] = office
        for r in (*office.roles, *([office.wikidata] if office.wikidata else [])):
            self.add_role(r, office.id)
        if office.jurisdiction and office.role:
            self._by_place.setdefault((office.jurisdiction, office.role), []).append(office.id)

    def add_role(self, description: str, office_id: str) -> None:
        """One more exact description of an office ("the Kremlin leader", "UN chief")."""
        key = role_key(description)
        if key:
            self._by_role.setdefault(key, set()).add(office_id)

    def add_term(self, term: Term) -> None:
        self.terms.append(term)
        self._terms_of.setdefault(term.office, []).append(term)
        self._terms_of_person.clear()
        self._held_by_title.clear()

    def merge(self, other: KnowledgeBase) -> None:
        for p in other.people.values():
            if p.id in self.people:  # keep both alias sets
                old = self.people[p.id]
                p = Person(old.id, old.name, old.wikidata or p.wikidata, tuple(dict.fromkeys(old.aliases + p.aliases)))
            self.add_person(p)
        for o in other.offices.values():
            if o.id in self.offices:
                old = self.offices[o.id]
                o = Office(old.id, old.label or o.label, old.wikidata or o.wikidata,
                           tuple(dict.fromkeys(old.roles + o.roles)), old.jurisdiction, old.iso3, old.role)
                self.offices[o.id] = o
                for r in o.roles:
                    self.add_role(r, o.id)
            else:
                self.add_office(o)
        known = {(t.person, t.office, t.start) for t in self.terms}
        for t in other.terms:
            if (t.person, t.office, t.start) not in known:
                self.add_term(t)

    # --- queries ----------------------------------------------------------------
    def lookup_name(self, name: str) -> Person | None:
        """The one person a name or alias means, or None when unknown or shared by several."""
        key = name_key(name)
        ids = self._by_name.get(key, ())
        if len(ids) == 1:
            return self.people[ids[0]]
        return self._suffix_borne(key) if not ids else None

    def _suffix_borne(self, key: str) -> Person | None:
        """The person a name with a generational suffix means when the base lists the name without it
        ("Joseph R. Biden Jr." is "Joseph R. Biden"), only if the person's own names carry that suffix
        ("Joseph Robinette Biden Jr."): a son named after his father ("Donald Trump Jr.") is someone else."""
        words = key.split()
        if len(words) < 3 or words[-1] not in LIBRARY_NAME_SUFFIXES:
            return None
        ids = self._by_name.get(" ".join(words[:-1]), ())
        if len(ids) != 1:
            return None
        person = self.people[ids[0]]
        borne = any(name_key(n).split()[-1:] == words[-1:] for n in (person.name, *person.aliases))
        return person if borne else None

    def candidates(self, name: str) -> list[Person]:
        return [self.people[i] for i in sorted(self._by_name.get(name_key(name), ()))]

    def _readings(self, key: str) -> list[Reading]:
        return self.phrases.read(key) if self.phrases is not None and key else []

    def offices_for(self, role_text: str) -> list[Office]:
        """Every office a description may name, whatever the day."""
        key = role_key(role_text)
        ids = set(self._by_role.get(key, ()))
        if not ids:
            for reading in self._readings(key):
                ids |= {o.id for o in self._offices_of(reading)}
        return [self.offices[i] for i in sorted(ids)]

    def is_role(self, role_text: str) -> bool:
        key = role_key(role_text)
        return key in self._by_role or bool(self._readings(key))

    def holder(self, role_text: str, on: date | datetime | None) -> Person | None:
        """The person holding the office ``role_text`` describes on the day ``on``.

        An exact description (curated, or a phrase of office_aliases.csv) wins over the
        grammar's readings. None when the description is unknown, names offices held by
        different people that day (co-holders, a shared demonym, "leader" where the head
        of state and of government differ), fails its reading's condition ("the Spanish
        president": Spain has a king), or the day is unknown and the office has had more
        than one holder."""
        day = _day(on)
        key = role_key(role_text)
        ids = self._by_role.get(key)
        if ids:
            offices = [self.offices[i] for i in sorted(ids)]
        else:
            offices = [o for r in self._readings(key) if self._holds(r, day) for o in self._offices_of(r)]
        found: set[str] = set()
        for office in offices:
            people = self._holders_on(office.id, day)
            if people is None:
                return None
            found |= people
        return self.people[found.pop()] if len(found) == 1 else None

    def holder_named(self, mention: str, on: date | datetime | None) -> Person | None:
        """The office holder a title and a name mean on the day: "Chancellor Merkel",
        "President Bush" (in 2004 George W., in 1990 George H. W.), "French President
        Macron". The title is read as a role description, or as a bare title in every
        country that uses it; the name must be the holder's full name or surname, and
        one holder only may bear it. None otherwise."""
        day = _day(on)
        words = mention.split()
        for cut in range(len(words) - 1, 0, -1):
            title, name = " ".join(words[:cut]), name_key(" ".join(words[cut:]))
            key = role_key(title)
            readings = self._readings(key)
            if not readings and self.phrases is not None:
                readings = self.phrases.read_title(key, self._jurisdictions())
            held = self._title_held(key, tuple(readings), day)
            if held is None:
                continue
            named = {pid for pid in held if _bears(self.people[pid], name)}
            return self.people[named.pop()] if len(named) == 1 else None
        return None

    def _title_held(self, key: str, readings: tuple[Reading, ...], day: date | None) -> set[str] | None:
        """Who held the offices a title's readings name on ``day`` (None: the title names none then).
        Remembered for the last few titles and days: an article asks it of every surname written
        after the title, and a bare title ("president") is read in every country that uses it."""
        asked = (key, day)
        if asked not in self._held_by_title:
            if len(self._held_by_title) >= ASKED:
                self._held_by_title.clear()
            offices = [o for r in readings if self._holds(r, day) for o in self._offices_of(r)]
            self._held_by_title[asked] = (
                set().union(*(self._holders_on(o.id, day) or set() for o in offices)) if offices else None
            )
        return self._held_by_title[asked]

    def contradicts(self, role_text: str, name: str, on: date | datetime | None) -> bool:
        """Whether the knowledge base says ``name`` cannot be what ``role_text`` describes on
        the day: the description names offices whose holders that day are known, and the
        name is none of theirs ("the Russian president" in 2016 is not Barack Obama). No
        opinion (False) without a day, for a description it cannot read, when a reading's
        condition fails ("the Spanish president" may loosely be the prime minister) and on a
        day the tables give nobody."""
        day = _day(on)
        if day is None or not name.strip():
            return False
        key = role_key(role_text)
        ids = self._by_role.get(key)
        if ids:
            offices = [self.offices[i] for i in sorted(ids)]
        else:
            readings = self._readings(key)
            if not readings or not all(self._holds(r, day) for r in readings):
                return False
            offices = [o for r in readings for o in self._offices_of(r)]
        held: set[str] = set()
        for office in offices:
            held |= self._holders_on(office.id, day) or set()
        # any tail of the name may be the holder's: "Mr Putin", "President Vladimir Putin"
        words = name_key(name).split()
        tails = [" ".join(words[i:]) for i in range(len(words))]
        return bool(held) and not any(_bears(self.people[pid], t) for pid in held for t in tails)

    def surname_bearers(self, surname: str) -> frozenset[str]:
        """The ids of the people the base knows whose name or an alias ends in ``surname`` (a
        name key): Michael Howard and John Howard for "howard". Built once, on first use (3,000
        people read once a process)."""
        if not self._by_surname:
            found: dict[str, set[str]] = {}
            for person in self.people.values():
                for n in (person.name, *person.aliases):
                    words = name_key(n).split()
                    if len(words) > 1:
                        found.setdefault(words[-1], set()).add(person.id)
            self._by_surname = {k: frozenset(v) for k, v in found.items()} or {"": frozenset()}
        return self._by_surname.get(surname, frozenset())

    def never_held(self, role_text: str, name: str) -> bool:
        """With no day to ask at (the BBC files carry none): whether ``name`` is a person the base
        knows who never held any office ``role_text`` may name, while others did ("The prime
        minister" is not Michael Howard, "the lord chancellor" not Tony Blair, whatever the day). No
        opinion for a name the base does not know (its tables hold heads of state and government and
        a few cabinets, not everyone a description may fit) or a description it cannot read."""
        person = self.lookup_name(name)
        if person is None:
            return False
        holders = {t.person for office in self._described(role_text) for t in self._terms_of.get(office, ())}
        return bool(holders) and person.id not in holders

    def holds_another(self, role_text: str, name: str, on: date | datetime | None) -> bool:
        """Whether the base knows ``name`` to hold offices on the day (any day of theirs, without one) and
        ``role_text`` names none of them: "Tony Blair said ... The information commissioner said" is someone
        else, Blair being prime minister. A description the base cannot read counts as an office of theirs
        when its words are all in the office's label ("the constitutional affairs secretary" for Lord
        Falconer, "Secretary of State for Constitutional Affairs and Lord Chancellor"). No opinion for a
        name the base does not know, nor for one with no term on the day. Without a day, only ``never_held``:
        the base's terms span decades, and a speaker it knows from an old cabinet post may hold an office it
        does not list (Michael Howard, home secretary until 1997, is "the Tory leader" of 2005)."""
        day = _day(on)
        if day is None:
            return self.never_held(role_text, name)
        person = self.lookup_name(name) if name.strip() else None
        if person is None:
            return False
        terms = [t for t in self._terms_by_person(person.id) if t.covers(day)]
        if not terms:
            return False
        described, words = self._described(role_text), set(role_key(role_text).split())
        return not any(
            t.office in described or words <= set(role_key(self.offices[t.office].label or "").split()) for t in terms
        )

    def holder_among(
        self,
        role_text: str,
        named: Iterable[tuple[str, Iterable[str]]],
        surnames: Iterable[str] = (),
        others: Iterable[tuple[str, Iterable[str]]] = (),
    ) -> Person | None:
        """With no day to ask at (the BBC files carry none): the one person the article names who held
        an office ``role_text`` describes while the article's titled people held theirs.

        ``named`` gives each person the article names in full with the words written right before
        each mention ("Home Secretary" for "Home Secretary Charles Clarke"). Those titles date the
        article: "the prime minister" in an article naming Tony Blair, Gordon Brown and "Home
        Secretary Charles Clarke" (December 2004 to May 2006) is Blair, as Brown's own term as prime
        minister began after. ``surnames`` are people the article names by a surname only ("Mr
        Saakashvili", "Lord Falconer"): a holder of the office bearing one also fits. A term that
        meets the window only at a handover does not count. ``others`` date the article as ``named``
        do but hold another office there ("Constitutional Affairs Minister David Lammy" is not "the
        lord chancellor", whatever office he held later). None when nobody, or more than one person,
        fits."""
        people = [(p, befores) for name, befores in named if (p := self.lookup_name(name)) is not None]
        daters = people + [(p, befores) for name, befores in others if (p := self.lookup_name(name)) is not None]
        low, high = date.min, date.max
        for person, befores in daters:
            dated = [t for b in befores for t in self._titled(b, self._terms_by_person(person.id))]
            if dated:  # the titles a person bears may be several terms of one office: their whole run
                low = max(low, min(t.start or date.min for t in dated))
                high = min(high, max(t.end or date.max for t in dated))
        if high <= low:
            return None  # titles of different times: no day fits them all
        offices = self._described(role_text)
        fits = {
            person.id
            for person, _ in people
            for t in self._terms_by_person(person.id)
            if t.office in offices and _overlap(t, low, high) > _HANDOVER
        }
        keys = {name_key(s) for s in surnames}
        if keys:
            fits |= {
                t.person
                for office in offices
                for t in self._terms_of.get(office, ())
                if _overlap(t, low, high) > _HANDOVER and any(_bears(self.people[t.person], k) for k in keys)
            }
        return self.people[fits.pop()] if len(fits) == 1 else None

    def past_holder_among(self, role_text: str, names: Iterable[str], on: date | datetime | None) -> Person | None:
        """The one person among ``names`` (the people an article names in full) who held an office ``role_text``
        describes before the day ``on`` and no longer held it then: "the former president" in a 2016 article
        naming George W. Bush, Jeb Bush and Laura Bush is George W. Bush. None without a day, or when nobody, or
        more than one, fits (Bill Clinton and George W. Bush named together)."""
        day = _day(on)
        if day is None:
            return None
        offices = self._described(role_text)
        fits = set()
        for name in names:
            person = self.lookup_name(name)
            terms = [t for t in self._terms_by_person(person.id) if t.office in offices] if person else []
            if terms and not any(t.covers(day) for t in terms) and any(t.start and t.start < day for t in terms):
                fits.add(person.id)
        return self.people[fits.pop()] if len(fits) == 1 else None

    def _terms_by_person(self, person_id: str) -> list[Term]:
        if not self._terms_of_person:
            for t in self.terms:
                self._terms_of_person.setdefault(t.person, []).append(t)
        return self._terms_of_person.get(person_id, [])

    def _described(self, role_text: str) -> frozenset[str]:
        """The offices ``role_text`` may name, whatever the day: those the base knows it for, and those
        whose bare title it is in their country ("the chancellor": Britain's, Germany's or Austria's,
        never the Chancellor of the Duchy of Lancaster)."""
        ids = {o.id for o in self.offices_for(role_text)}
        key = role_key(role_text)
        if key and self.phrases is not None:
            ids |= {o.id for r in self.phrases.read_title(key, self._jurisdictions()) for o in self._offices_of(r)}
        return frozenset(ids)

    def _titled(self, before: str, terms: list[Term]) -> list[Term]:
        """The terms whose office the title ending the words before a name names: the longest title
        that names any ("said Home Secretary": Home Secretary, not any "Secretary"), read as a known
        description or bare title, or as the first words of the office's label ("Deputy Prime
        Minister")."""
        words = before.split()
        for i in range(len(words)):
            title = " ".join(words[i:])
            offices, key = self._described(title), role_key(title)
            matched = [t for t in terms if t.office in offices or (key and _label_opens(self.offices[t.office], key))]
            if matched:
                return matched
        return []

    def _jurisdictions(self) -> list[tuple[str, str | None]]:
        """(jurisdiction, iso3) of every office of the world tables, in order."""
        return sorted({(o.jurisdiction, o.iso3) for o in self.offices.values() if o.jurisdiction})

    def _holders_on(self, office_id: str, day: date | None) -> set[str] | None:
        """Who held the office on ``day`` (None: not knowable without a day). On a handover
        day both terms cover it (the tables' end day is inclusive): the newcomer holds it.
        Any other overlap is co-holders, and both stay."""
        terms = self._terms_of.get(office_id, [])
        if day is None:
            people = {t.person for t in terms}
            return people if len(people) == 1 else None
        covering = [t for t in terms if t.covers(day)]
        people = {t.person for t in covering}
        if len(people) > 1:
            newest = max(covering, key=lambda t: t.start or date.min)
            if all(t.person == newest.person or t.end == day + _ONE_DAY for t in covering):
                return {newest.person}
        return people

    def _offices_of(self, reading: Reading) -> list[Office]:
        out = []
        for role in reading.roles:
            for oid in self._by_place.get((reading.jurisdiction, role), ()):
                if reading.label is None or self.offices[oid].label == reading.label:
                    out.append(self.offices[oid])
        return out

    def _holds(self, reading: Reading, day: date | None) -> bool:
        """Whether the reading's condition holds on ``day`` (unknown day: only without one)."""
        if not reading.requires:
            return True
        if day is None or self.phrases is None:
            return False
        if reading.requires in ("republic", "title"):
            title = self.phrases.monarch_title(reading.iso3, day)
            if reading.requires == "republic":
                return title is None
            return title is not None and (reading.title is None or reading.title == title)
        if reading.requires == "distinct_heads":
            heads = [self._holders_of_role(reading, role, day) for role in ("head_of_state", "head_of_government")]
            return not (heads[0] & heads[1])
        raise ConfigError(f"knowledge base: unknown condition {reading.requires!r} in role_words.csv")

    def _holders_of_role(self, reading: Reading, role: str, day: date) -> set[str]:
        out: set[str] = set()
        for oid in self._by_place.get((reading.jurisdiction, role), ()):
            out |= self._holders_on(oid, day) or set()
        return out

    def roles_of(self, person_id: str, on: date | datetime | None = None) -> list[Office]:
        day = _day(on)
        return [
            self.offices[t.office]
            for t in self.terms
            if t.person == person_id and (day is None or t.covers(day))
        ]

    def split_role(self, mention: str) -> tuple[str | None, str]:
        """Split "NATO chief Jens Stoltenberg" into ("NATO chief", "Jens Stoltenberg"):
        the longest leading run of words that is a known role, and the rest."""
        toks = mention.split()
        for cut in range(len(toks) - 1, 0, -1):
            head = " ".join(toks[:cut])
            if self.is_role(head):
                return head, " ".join(toks[cut:])
        return None, mention


# --- loading ----------------------------------------------------------------------


def kb_from_dict(doc: dict[str, Any]) -> KnowledgeBase:
    """A base from the JSON shape of ``offices.json`` (also what the importer writes)."""
    kb = KnowledgeBase()
    by_ref: dict[str, str] = {}
    for p in doc.get("people", ()):
        qid = p.get("wikidata")
        pid = qid or "kb:" + name_key(p["name"]).replace(" ", "-")
        kb.add_person(Person(pid, p["name"], qid, tuple(p.get("aliases", ()))))
        by_ref[p["name"]] = pid
        if qid:
            by_ref[qid] = pid
    for o in doc.get("offices", ()):
        kb.add_office(Office(o["id"], o.get("label"), o.get("wikidata"), tuple(_expand_roles(o))))
        for ref, start, end in o.get("holders", ()):
            if ref not in by_ref:
                raise ConfigError(f"knowledge base: office {o['id']} names unknown person {ref!r}")
            kb.add_term(Term(by_ref[ref], o["id"], _day(start), _day(end)))
    return kb


def world_kb() -> KnowledgeBase:
    """The world office tables alone, with the grammar of role descriptions."""
    kb = KnowledgeBase(phrases=RolePhrases(role_key).load())
    add_world(kb, name_key=name_key)
    return kb


def _world_person(kb: KnowledgeBase, person: Person) -> str | None:
    """The world tables' id for a curated person: the same Wikidata id, else the one
    person whose name or a several-word alias is the curated name or one of its
    several-word aliases (a bare surname is too weak to join on)."""
    if person.wikidata and person.wikidata in kb.people:
        # the same id under a name with no word in common is a wrong id on one side
        # (offices.json once gave Jens Stoltenberg the id of Harald V): join on neither
        same = set(name_key(person.name).split()) & set(name_key(kb.people[person.wikidata].name).split())
        return person.wikidata if same else None
    found = {c.id for n in (person.name, *person.aliases) if len(n.split()) > 1 for c in kb.candidates(n)}
    return found.pop() if len(found) == 1 else None


def _rename_person(kb: KnowledgeBase, old: str, new: str) -> str:
    """Give a person of the tables the Wikidata id the curated base knows for them."""
    person = kb.people.pop(old)
    for key, ids in kb._by_name.items():
        if old in ids:
            kb._by_name[key] = tuple(i for i in ids if i != old)
    kb.add_person(Person(new, person.name, new, person.aliases))
    for terms in (kb.terms, *kb._terms_of.values()):
        for i, t in enumerate(terms):
            if t.person == old:
                terms[i] = Term(new, t.office, t.start, t.end)
    return new


def _same_holder(kb: KnowledgeBase, curated: KnowledgeBase, person: Person,
                 coverings: dict[str, list[Office]]) -> str | None:
    """The tables' person for a curated one known under another name ("King Salman",
    "Salman bin Abdalaziz Al Saud"): the one holder of the covering office in the middle
    of the curated term, when the two names share a word."""
    words = set(name_key(person.name).split())
    for term in (t for t in curated.terms if t.person == person.id):
        if term.start is None or not coverings.get(term.office):
            continue
        middle = term.start + ((term.end or date.today()) - term.start) / 2
        held = set().union(*(kb._holders_on(o.id, middle) or set() for o in coverings[term.office]))
        if len(held) == 1:
            wid = held.pop()
            if words & set(name_key(kb.people[wid].name).split()):
                return wid
    return None


def _covering(kb: KnowledgeBase, office: Office) -> list[Office]:
    """The world offices a curated office is: those its label reads as, else the set
    most of its descriptions read as ("British Foreign Secretary" -> both UK foreign
    secretaries' posts); empty when the tables do not cover it."""
    def read(text: str) -> frozenset[str]:
        return frozenset(o.id for r in kb._readings(role_key(text)) for o in kb._offices_of(r))

    if office.label and read(office.label):
        return [kb.offices[i] for i in sorted(read(office.label))]
    sets = [s for s in map(read, office.roles) if s]
    if not sets:
        return []
    best = max(set(sets), key=lambda s: (sets.count(s), sorted(s)))
    return [kb.offices[i] for i in sorted(best)]


def merge_curated(kb: KnowledgeBase, curated: KnowledgeBase) -> None:
    """Fold the curated base into the world one without losing either. A curated office
    the tables cover gives them its descriptions ("the Kremlin leader") and takes its
    holders from them; any other curated office stays whole. A curated person joins the
    tables' person (``_world_person``), keeping the curated name for display."""
    coverings = {o.id: _covering(kb, o) for o in curated.offices.values()}
    ids: dict[str, str] = {}
    for p in curated.people.values():
        wid = _world_person(kb, p) or _same_holder(kb, curated, p, coverings)
        ids[p.id] = wid or p.id
        if wid is None:
            kb.add_person(p)
            continue
        if p.wikidata and not kb.people[wid].wikidata and p.wikidata not in kb.people:
            wid = _rename_person(kb, wid, p.wikidata)
        old = kb.people[wid]
        aliases = tuple(dict.fromkeys((*p.aliases, old.name, *old.aliases)))
        kb.add_person(Person(wid, p.name, old.wikidata or p.wikidata, tuple(a for a in aliases if a != p.name)))
    for office in curated.offices.values():
        covering = coverings[office.id]
        for world in covering:
            for description in (*office.roles, *([office.wikidata] if office.wikidata else [])):
                kb.add_role(description, world.id)
        if len(covering) == 1:
            terms = [Term(ids.get(t.person, t.person), covering[0].id, t.start, t.end)
                     for t in curated._terms_of.get(office.id, ())]
            _fill(kb, covering[0].id, terms)
        if covering:
            continue
        kb.add_office(office)
        for term in curated._terms_of.get(office.id, ()):
            kb.add_term(Term(ids.get(term.person, term.person), term.office, term.start, term.end))


def _fill(kb: KnowledgeBase, office_id: str, curated: list[Term]) -> None:
    """Let curated terms fill what the tables lack for one office: days the tables give
    nobody (a government's formation), and a newer holder than the tables' snapshot
    (whose open term then ends on the newcomer's first day)."""
    world = kb._terms_of.get(office_id, [])
    if world and curated:
        last = max(world, key=lambda t: t.start or date.min)
        newest = max(curated, key=lambda t: t.start or date.min)
        if (last.end is None and newest.person != last.person and newest.start and last.start
                and newest.start > last.start):
            closed = Term(last.person, office_id, last.start, newest.start)
            kb.terms[kb.terms.index(last)] = closed
            world[world.index(last)] = closed
    for term in curated:
        for start, end in _uncovered(term, world):
            kb.add_term(Term(term.person, office_id, start, end))


def _uncovered(term: Term, others: list[Term]) -> list[tuple[date | None, date | None]]:
    """The parts of ``term``'s span that no term of ``others`` covers."""
    pieces = [(term.start, term.end)]
    for o in others:
        out = []
        for start, end in pieces:
            lo = max(start or date.min, o.start or date.min)
            hi = min(end or date.max, o.end or date.max)
            if lo >= hi:
                out.append((start, end))
                continue
            if (start or date.min) < lo:
                out.append((start, lo))
            if hi < (end or date.max):
                out.append((hi, end))
        pieces = out
    return pieces


def load_kb(*paths: str | os.PathLike[str], curated: bool = True, world: bool = True) -> KnowledgeBase:
    """The world office tables and the curated base, merged with any imported base files given."""
    kb = world_kb() if world else KnowledgeBase()
    docs: list[dict[str, Any]] = []
    if curated:
        with resources.files("saidwhat").joinpath("data/offices.json").open(encoding="utf-8") as fh:
            doc = json.load(fh)
        if world:
            merge_curated(kb, kb_from_dict(doc))
        else:
            docs.append(doc)
    for path in paths:
        try:
            with open(path, encoding="utf-8") as fh:
                docs.append(json.load(fh))
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigError(f"cannot read knowledge base {path}: {exc}") from exc
    for doc in docs:
        kb.merge(kb_from_dict(doc))
    # Building folded ~6,500 words of names and places that articles seldom repeat; left in
    # fold's cache they would stay resident (~1.5 MB) in every process that extracts.
    fold.cache_clear()
    return kb


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The world tables with the curated base, opened once per process from the compiled
    file bundled with the package (``names.kbfile``), which ``load_kb()`` would build."""
    from .kbfile import open_kb  # it imports this module

    return open_kb()


def holder(role_text: str, on: date | datetime | None = None) -> Person | None:
    """Who held the office ``role_text`` names on ``on`` (curated base)."""
    return default_kb().holder(role_text, on)


def contradicts(role_text: str, name: str, on: date | datetime | None = None) -> bool:
    """Whether ``name`` cannot be the holder ``role_text`` describes on ``on`` (default base)."""
    return default_kb().contradicts(role_text, name, on)


def lookup_name(name: str) -> Person | None:
    """The person a name or alias ("Zelensky", "Zelenskyy") means (curated base)."""
    return default_kb().lookup_name(name)


# --- the Wikidata importer ----------------------------------------------------------

# P31 classes whose items are offices, so their labels are kept when met before
# anyone holding them; any other office label is picked up by a second pass.
_POSITION_CLASSES = {"Q4164871", "Q294414", "Q30461", "Q2285706", "Q48352", "Q14212", "Q83307", "Q599151"}


def _open_dump(path: str | os.PathLike[str]) -> TextIO:
    import bz2  # here: only the importer reads compressed dumps, and every extracting process imports this module
    import gzip

    name = str(path)
    try:
        if name.endswith(".gz"):
            return gzip.open(name, "rt", encoding="utf-8")
        if name.endswith(".bz2"):
            return bz2.open(name, "rt", encoding="utf-8")
        return open(name, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot open Wikidata dump {name}: {exc}", source=name) from exc


def _entities(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Entities of a dump in the one-entity-per-line array format: "[", then
    one JSON object a line each ending with ",", then "]"."""
    with _open_dump(path) as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip().rstrip(",")
            if not line or line in ("[", "]"):
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(
                    f"{path}:{lineno}: not a JSON entity: {exc}", source=str(path), reason="malformed"
                ) from exc


def _label(entity: dict[str, Any], lang: str) -> str | None:
    for code in (lang, "mul"):
        value = entity.get("labels", {}).get(code)
        if value:
            return value["value"]
    return None


def _aliases(entity: dict[str, Any], lang: str) -> list[str]:
    return [a["value"] for code in (lang, "mul") for a in entity.get("aliases", {}).get(code, ())]


def _time(snaks: list[dict[str, Any]] | None) -> date | None:
    """A P580/P582 qualifier value as a day; month or year precision falls to the first day."""
    for snak in snaks or ():
        value = snak.get("datavalue", {}).get("value")
        if not isinstance(value, dict) or "time" not in value:
            continue
        raw = value["time"].lstrip("+")
        if raw.startswith("-"):
            return None
        y, m, d = raw[:10].split("-")
        try:
            return date(int(y), max(int(m), 1), max(int(d), 1))
        except ValueError:
            return None
    return None


def _item_ids(claims: Iterable[dict[str, Any]]) -> list[str]:
    out = []
    for c in claims:
        value = c.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, dict) and "id" in value:
            out.append(value["id"])
    return out


def import_wikidata(
    dump: str | os.PathLike[str], out: str | os.PathLike[str], *, lang: str = "en", second_pass: bool = True
) -> dict[str, int]:
    """Build a knowledge base file from a Wikidata JSON dump's P39 "position held"
    claims with their P580 start / P582 end qualifiers.

    People keep their label and aliases in ``lang``. Offices take their labels
    and aliases from their own entities when the dump holds them (met before a
    holder, or found by a second pass over the file); when it does not, the
    office is kept under its Q-id with no label, and ``holder("Q…", on)`` still
    answers. Returns counts: people, offices, terms, offices_without_label."""
    people: list[dict[str, Any]] = []
    holders: dict[str, list[list[Any]]] = {}
    office_info: dict[str, dict[str, Any]] = {}
    for entity in _entities(dump):
        eid = entity.get("id", "")
        claims = entity.get("claims", {})
        if any(v in _POSITION_CLASSES for v in _item_ids(claims.get("P31", ()))) or eid in holders:
            office_info[eid] = {"label": _label(entity, lang), "aliases": _aliases(entity, lang)}
        p39 = claims.get("P39")
        if not p39:
            continue
        name = _label(entity, lang)
        if not name:
            continue
        people.append({"name": name, "wikidata": eid, "aliases": _aliases(entity, lang)})
        for claim in p39:
            value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
            if not isinstance(value, dict) or "id" not in value:
                continue
            qualifiers = claim.get("qualifiers", {})
            start, end = _time(qualifiers.get("P580")), _time(qualifiers.get("P582"))
            holders.setdefault(value["id"], []).append(
                [eid, start.isoformat() if start else None, end.isoformat() if end else None]
            )
    missing = {o for o in holders if not office_info.get(o, {}).get("label")}
    if missing and second_pass:
        for entity in _entities(dump):
            if entity.get("id") in missing:
                office_info[entity["id"]] = {"label": _label(entity, lang), "aliases": _aliases(entity, lang)}
    offices = []
    unlabelled = 0
    for oid, terms in sorted(holders.items()):
        info = office_info.get(oid, {})
        if not info.get("label"):
            unlabelled += 1
        offices.append({
            "id": oid, "label": info.get("label"), "wikidata": oid,
            "roles": info.get("aliases", []), "holders": terms,
        })
    doc = {
        "_about": f"Imported by saidwhat kb-import from {Path(dump).name}: P39 position held with P580/P582.",
        "people": people,
        "offices": offices,
    }
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False)
    return {
        "people": len(people), "offices": len(offices),
        "terms": sum(len(t) for t in holders.values()), "offices_without_label": unlabelled,
    }


def holder_name(role_text: str, on: date | datetime | None = None) -> str | None:
    """``holder`` as the extractor's ``holder=`` callback wants it: the name, or None."""
    person = holder(role_text, on)
    return person.name if person else None


def holder_among(
    role_text: str,
    named: Iterable[tuple[str, Iterable[str]]],
    surnames: Iterable[str] = (),
    others: Iterable[tuple[str, Iterable[str]]] = (),
) -> str | None:
    """``KnowledgeBase.holder_among`` of the default base, as a name: for an article with no date."""
    person = default_kb().holder_among(role_text, named, surnames, others)
    return person.name if person else None


def holder_named_name(mention: str, on: date | datetime | None = None) -> str | None:
    """``KnowledgeBase.holder_named`` of the default base, as a name: "President Trump" on a day."""
    person = default_kb().holder_named(mention, on)
    return person.name if person else None


def past_holder_among_name(role_text: str, names: Iterable[str], on: date | datetime | None = None) -> str | None:
    """``KnowledgeBase.past_holder_among`` of the default base, as a name: "the former president" on a day."""
    person = default_kb().past_holder_among(role_text, names, on)
    return person.name if person else None


def holds_another_name(role_text: str, name: str, on: date | datetime | None = None) -> bool:
    """``KnowledgeBase.holds_another`` of the default base: whether ``name`` holds offices ``role_text`` is not."""
    return default_kb().holds_another(role_text, name, on)


# the extractor asks the holder callback for this when an article has no date (``names.inarticle``)
holder_name.among = holder_among  # type: ignore[attr-defined]
# and for this to read a surname the article writes only after a title ("President Trump")
holder_name.named = holder_named_name  # type: ignore[attr-defined]
# and for this before an office's description takes up the speaker just heard
holder_name.holds_another = holds_another_name  # type: ignore[attr-defined]
# and for this before a past office's description ("the former president") takes up the speaker just heard
holder_name.past_among = past_holder_among_name  # type: ignore[attr-defined]
