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

import bz2
import gzip
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from ..errors import ConfigError, InputError
from .text import fold, tokens

__all__ = [
    "KnowledgeBase",
    "Office",
    "Person",
    "Term",
    "default_kb",
    "holder",
    "holder_name",
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


@dataclass(frozen=True, slots=True)
class Term:
    person: str  # Person.id
    office: str  # Office.id
    start: date | None
    end: date | None  # exclusive; None while in office

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


# Words that carry no identity in a role description: "the NATO chief" is "NATO chief".
_ROLE_FILLER = {"the", "of", "'s"}


def role_key(text: str) -> str:
    """A role description folded for lookup: case, "the", "of", possessives,
    dots and hyphens do not count ("the alliance's Secretary-General" ==
    "secretary general alliance"... in its own word order)."""
    cleaned = text.replace(".", "").replace("-", " ")
    out = []
    for tok in tokens(cleaned):
        t = fold(tok)
        if t.endswith("'s"):
            t = t[:-2]
        if t and t not in _ROLE_FILLER:
            out.append(t)
    return " ".join(out)


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
    _by_name: dict[str, set[str]] = field(default_factory=dict)
    _by_role: dict[str, set[str]] = field(default_factory=dict)
    _terms_of: dict[str, list[Term]] = field(default_factory=dict)

    # --- building ---------------------------------------------------------------
    def add_person(self, person: Person) -> None:
        self.people[person.id] = person
        for n in (person.name, *person.aliases):
            key = name_key(n)
            if key:
                self._by_name.setdefault(key, set()).add(person.id)

    def add_office(self, office: Office) -> None:
        self.offices[office.id] = office
        for r in (*office.roles, *( [office.wikidata] if office.wikidata else [])):
            key = role_key(r)
            if key:
                self._by_role.setdefault(key, set()).add(office.id)

    def add_term(self, term: Term) -> None:
        self.terms.append(term)
        self._terms_of.setdefault(term.office, []).append(term)

    def merge(self, other: KnowledgeBase) -> None:
        for p in other.people.values():
            if p.id in self.people:  # keep both alias sets
                old = self.people[p.id]
                p = Person(old.id, old.name, old.wikidata or p.wikidata, tuple(dict.fromkeys(old.aliases + p.aliases)))
            self.add_person(p)
        for o in other.offices.values():
            if o.id in self.offices:
                old = self.offices[o.id]
                o = Office(old.id, old.label or o.label, old.wikidata or o.wikidata, tuple(dict.fromkeys(old.roles + o.roles)))
            self.add_office(o)
        known = {(t.person, t.office, t.start) for t in self.terms}
        for t in other.terms:
            if (t.person, t.office, t.start) not in known:
                self.add_term(t)

    # --- queries ----------------------------------------------------------------
    def lookup_name(self, name: str) -> Person | None:
        """The one person a name or alias means, or None when unknown or shared by several."""
        ids = self._by_name.get(name_key(name), set())
        return self.people[next(iter(ids))] if len(ids) == 1 else None

    def candidates(self, name: str) -> list[Person]:
        return [self.people[i] for i in sorted(self._by_name.get(name_key(name), ()))]

    def offices_for(self, role_text: str) -> list[Office]:
        return [self.offices[i] for i in sorted(self._by_role.get(role_key(role_text), ()))]

    def is_role(self, role_text: str) -> bool:
        return role_key(role_text) in self._by_role

    def holder(self, role_text: str, on: date | datetime | None) -> Person | None:
        """The person holding the office ``role_text`` describes on the day ``on``.

        None when the description is unknown, names several offices held by
        different people that day, or the day is unknown and the office has had
        more than one holder."""
        day = _day(on)
        found: set[str] = set()
        for office in self.offices_for(role_text):
            terms = self._terms_of.get(office.id, [])
            if day is None:
                holders = {t.person for t in terms}
                if len(holders) == 1:
                    found |= holders
                else:
                    return None
            else:
                found |= {t.person for t in terms if t.covers(day)}
        return self.people[found.pop()] if len(found) == 1 else None

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


def load_kb(*paths: str | os.PathLike[str], curated: bool = True) -> KnowledgeBase:
    """The curated base, merged with any imported base files given."""
    kb = KnowledgeBase()
    docs: list[dict[str, Any]] = []
    if curated:
        with resources.files("saidwhat").joinpath("data/offices.json").open(encoding="utf-8") as fh:
            docs.append(json.load(fh))
    for path in paths:
        try:
            with open(path, encoding="utf-8") as fh:
                docs.append(json.load(fh))
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigError(f"cannot read knowledge base {path}: {exc}") from exc
    for doc in docs:
        kb.merge(kb_from_dict(doc))
    return kb


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The curated base, loaded once per process."""
    return load_kb()


def holder(role_text: str, on: date | datetime | None = None) -> Person | None:
    """Who held the office ``role_text`` names on ``on`` (curated base)."""
    return default_kb().holder(role_text, on)


def lookup_name(name: str) -> Person | None:
    """The person a name or alias ("Zelensky", "Zelenskyy") means (curated base)."""
    return default_kb().lookup_name(name)


# --- the Wikidata importer ----------------------------------------------------------

# P31 classes whose items are offices, so their labels are kept when met before
# anyone holding them; any other office label is picked up by a second pass.
_POSITION_CLASSES = {"Q4164871", "Q294414", "Q30461", "Q2285706", "Q48352", "Q14212", "Q83307", "Q599151"}


def _open_dump(path: str | os.PathLike[str]) -> TextIO:
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
                raise InputError(f"{path}:{lineno}: not a JSON entity: {exc}", source=str(path), reason="malformed") from exc


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
