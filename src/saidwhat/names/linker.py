"""One speaker per person across articles.

Owns ``SpeakerLinker``: turns a quote's speaker mention ("Stoltenberg",
"NATO chief Jens Stoltenberg", "the NATO Secretary General", "President
Zelensky") into a stable speaker id — the Wikidata id when the knowledge base
knows the person, else ``name:<slug>`` of the full name. A bare surname is
linked only through evidence: a full name with that surname in the same
article, a knowledge-base alias, or a single person of that surname already
seen in the same outlet within ``SURNAME_DAYS``; otherwise it stays apart
(``surname:<slug>``) and the reason is recorded. A full name the base does not know
joins the one person seen whose name it is but for middle initials or a suffix ("Paul D.
Ryan", "Paul Ryan"). Generic descriptions ("a
spokesman", "officials") get no id. A person's aliases are the mentions that
name or describe them (``is_alias``), never "He" or "who".

A mention joins a person only with evidence (``identity.Evidence``, kept with the
link), never when the evidence conflicts: a name the office contradicts on the day
("the Russian president" is not Barack Obama), a gender cue ("Mr Beckett" is not
Margaret Beckett), two people joined by "and". Organisations and places ("White
House", "NATO", "The Tories") get an ``org:<slug>`` id, never a person's. A
reviewer's ``Split`` rules are obeyed: a split mention never joins that person again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from ..across.text import fold, slug, tokens
from ..extract import rules
from ..extract.lexicon import LEXICON
from ..models import Extraction
from .given import LISTED_GENDERS
from .identity import (
    Evidence,
    alias_gender,
    gender_conflict,
    gender_cue,
    is_clean_alias,
    joins_two,
    name_conflict,
    name_gender,
    name_parts,
    name_variant,
    names_a_building,
    nickname_variant,
    pronoun_conflict,
    pronoun_gender,
    speaker_kind,
    without_opener,
)
from .kb import ASKED, KnowledgeBase, Person, default_kb, name_key

__all__ = ["Resolution", "SpeakerLinker", "SpeakerRecord", "Split", "is_alias", "strip_titles",
           "without_middle_initials"]

SURNAME_DAYS = 90
# How far apart in time two written forms of one full name may be seen and still be joined
# ("Paul D. Ryan" and "Paul Ryan"): an election's coverage, not the decade between the BBC's
# Richard Black and a Virginia senator, Richard H. Black.
VARIANT_DAYS = 730
# Speakers that are not one person: "analysts", "some MPs" (group) and documents ("the
# report said"). They stay on their quotes, shown and searchable, but never get a
# person's id, so they are never in the person lists nor merged with a person.
UNLINKED_TYPES = frozenset({"group", "document"})

# Words that precede a name without being part of it: the extraction's one list of titles
# (lexicon names.toml), its role nouns, honorifics and nationalities, and the words of an
# office's name that only a linked mention carries ("White House Press Secretary ...").
TITLES = (
    frozenset(rules.TITLES) | rules.ROLE_NOUNS | rules.HONORIFICS | rules.DEMONYMS
    | frozenset(LEXICON.mention_prefix_words)
)


def strip_titles(mention: str) -> str:
    """"President Volodymyr Zelensky" -> "Volodymyr Zelensky"; "Mr. Trump" -> "Trump"."""
    toks = mention.replace(",", " ").split()
    while len(toks) > 1 and (toks[0].lower().rstrip(".") in TITLES or not toks[0][:1].isupper()):
        toks.pop(0)
    return " ".join(toks)


# Capitalised at a sentence start, yet never a name.
PRONOUNS = frozenset("i you he she we they it him her them us me one who someone everyone".split())

# Words that stand for someone without naming them: pronouns of every kind (personal,
# possessive, reflexive, relative, interrogative, demonstrative, indefinite) and the
# quantifiers of "some people", "many" or "most of them". The extractor resolves "He"
# or "who" to the person meant, so the quote is theirs, but nobody looks a person up
# by "He": a mention made of these words alone is never an alias.
NOT_NAMES = PRONOUNS | frozenset(
    """my mine myself your yours yourself yourselves his himself hers herself its itself our ours ourselves
    their theirs themselves oneself whom whose which that what whoever whomever whichever this these those
    somebody anyone anybody everybody nobody noone none another other others all both each either neither
    some any many much most few several people of the a an""".split()
)
# An indefinite description introduces someone ("a spokesman", "some MPs", "many in
# France") rather than naming them.
_INDEFINITE = frozenset("a an some any many several few most another other such".split())
# A possessive describes someone through another ("his spokesman", "its chairman", "whose
# lawyer"), unless it opens an honorific ("His Holiness", "Her Majesty"): the lexicon's possessive
# pronouns, and the relative one, which stands for no pronoun of its own.
_POSSESSIVE = frozenset(LEXICON.possessive_pronouns) | {"whose"}


@lru_cache(maxsize=ASKED)  # asked of every quote linked: the same mentions come back
def is_alias(mention: str) -> bool:
    """Whether a speaker mention is a name or role description a reader could search for.

    "Mr Blair", "Tony Blair", "the prime minister" are; "He", "who", "some people",
    "a spokesman" and "his spokesman" are not (their quotes still link to the person)."""
    toks = tokens(mention)
    folded = [fold(t) for t in toks]
    if not folded or all(w in NOT_NAMES for w in folded):
        return False
    if folded[0] in _INDEFINITE:
        return False
    if folded[0] in _POSSESSIVE and (len(toks) < 2 or not toks[1][:1].isupper()):
        return False
    return is_clean_alias(mention)


def _is_name(text: str) -> bool:
    toks = text.split()
    if len(toks) == 1 and toks[0].lower().strip(".,") in PRONOUNS:
        return False
    if speaker_kind(text) != "person":
        return False  # "None", "Analysts", "Until December Microsoft", "White House"
    particles = ("de", "da", "von", "der", "van", "bin", "al", "la", "le")
    return bool(toks) and all(t[:1].isupper() or t.lower() in particles for t in toks)


# Honorifics that name no office: "Mr Blair" is read by surname, not by holder_named.
_PLAIN_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mx"})


def _titled(text: str) -> bool:
    """A short title-and-name mention ("President Bush", "French President Macron"), the only
    shape ``kb.holder_named`` reads: asking it of every mention costs ~3 ms each."""
    words = text.split()
    first = words[0].lower().rstrip(".") if words else ""
    return 1 < len(words) <= 4 and "," not in text and first in TITLES and first not in _PLAIN_HONORIFICS


# Small words an organisation's name may hold: "Court of Appeals for the District of Columbia".
_NAME_LINKS = frozenset(LEXICON.title_links) | {"de", "du", "des", "la", "le", "&"}


def _named(text: str) -> bool:
    """Whether an organisation's mention is its name ("Deutsche Bank", "Court of Appeals for the
    District of Columbia") rather than a description ("UK firm", "TV host", "pressure group")."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_LINKS for w in words)


def _cut_short(head: str, name: str) -> bool:
    """Whether the extraction's name is the last words of a longer name the mention holds
    ("Judicial Watch" named "Watch"): then the mention's name may be an organisation's."""
    words, named = head.split(), name.split()
    return len(words) > len(named) and words[-len(named):] == named


# Words that open a description of someone not named: "a New Hampshire Republican", "another
# voter", "one Iowa Democrat". The extraction may read a name out of its words ("New Hampshire").
_SOMEONE = _INDEFINITE | {"one"}


def _opens_indefinitely(mention: str) -> bool:
    """Whether the mention's first word is one of ``_SOMEONE``, read without folding: they are
    plain ASCII words."""
    first = mention.split(None, 1)[0].lower() if mention.strip() else ""
    return first in _SOMEONE


def _described_indefinitely(mention: str, name: str) -> bool:
    """"a New Hampshire Republican" named "New Hampshire", "One Iraqi woman" named "One Iraqi": the
    name is words inside an indefinite description, which names nobody. A name that ends the
    description or follows it names someone ("a proud coach Mike Ruddock", "One of his advisers,
    Tad Devine")."""
    if not _opens_indefinitely(mention):
        return False  # nearly every mention: no words to fold
    words = [fold(w) for w in tokens(mention.split(",")[0])]
    named = [fold(w) for w in tokens(name)]
    return (bool(words) and words[0] in _SOMEONE and all(w in words for w in named)
            and words[-len(named):] != named)


def _introduces_another(mention: str, name: str, text: str, start: int | None) -> bool:
    """"another supporter" named Diane Russell, who was named earlier; "A Clinton ally" named Hillary
    Clinton: an indefinite description brings in someone not named before, so a name the article
    gave before it, or one the description holds as a modifier, is not theirs. A name the article
    gives only later may be ("according to a government spokesman. ... said Ahmed Shaheed, the chief
    government spokesman"), and a name the mention holds or ends in names them ("One of his advisers,
    Tad Devine", "A teary-eyed Bush")."""
    if not _opens_indefinitely(mention):
        return False  # nearly every mention: no words to fold
    words = [fold(w) for w in tokens(mention)]
    named = [fold(w) for w in tokens(name)]
    if not named or words[-1] == named[-1] or all(w in words for w in named):
        return False
    if named[-1] in words:
        return True  # "A Clinton ally", "one Trump confidant"
    surname = re.escape(tokens(name)[-1])
    return start is not None and re.search(rf"\b{surname}\b", text[:start]) is not None


# Words that tie an indefinite description to someone else: "a spokesman for Mr Prescott", "a
# longtime adviser to Trump", "a woman at one of Trump's rallies", "one of Mr Blair's allies".
_THROUGH = frozenset({"for", "to", "of", "at", "with"})  # not "from": "An email from Neera Tanden" is hers


def _through_another(mention: str) -> bool:
    """An indefinite description of someone through another ("a spokesman for Mr Prescott"): the
    person it names is not the speaker, and nobody else is named. With an apposition the name after
    the comma may be the speaker's ("A lawyer for the victims, Eduardo Contreras"): not this rule."""
    if "," in mention or not _opens_indefinitely(mention):
        return False
    words = [fold(w) for w in tokens(mention)]
    return len(words) > 2 and words[0] in _SOMEONE and any(w in _THROUGH for w in words[1:])


def _described_alone(mention: str) -> bool:
    """A definite description naming nobody ("The prime minister", "the lord chancellor"): the
    only mentions whose name an office held at no time can rule out (``KnowledgeBase.never_held``,
    a few ms a mention, so not asked of names)."""
    words = mention.split()
    return 1 < len(words) <= 5 and fold(words[0]) == "the"


# Months that are surnames too ("May", "June"): the lexicon's list.
_NAME_MONTHS = frozenset(fold(m) for m in LEXICON.name_months)


def _month_alone(surname: str, mention: str) -> bool:
    """"May" alone, as the mention, where the article names no May: the department store chain
    ("Without this deal May would have been washed up", BBC) or the month as easily as Theresa May,
    so neither the knowledge base's one May nor the one seen lately is evidence. "Mrs May" is someone."""
    return fold(surname) in _NAME_MONTHS and fold(mention.strip()) == fold(surname)


def _given_name_alone(surname: str, mention: str) -> bool:
    """A listed given name alone, with no honorific ("Andrew", given by the extraction to "Andrew in
    Derby", a reader's letter in a BBC article, and to the "he" and "who" after it): someone's first
    name as easily as a surname, so the one person surnamed Andrew seen lately (Rob Andrew, of the BBC's
    rugby pages) is no evidence. "Mr Andrew" is a surname."""
    return fold(surname) in LISTED_GENDERS and gender_cue(mention) is None and not _titled(mention)


def without_middle_initials(name: str) -> str:
    """"Vladimir V. Putin" -> "Vladimir Putin": a name as the knowledge base may know it when an
    outlet prints a middle initial the base's names lack. Only initials between a first name and
    a surname go, and the base is asked the full form first, so "George H. W. Bush" and "George W.
    Bush" stay apart. Not used for ids of people the base does not know: "Richard H. Black" (a
    Virginia senator) is not Richard Black (a BBC correspondent)."""
    words = name.split()
    if len(words) < 3:
        return name
    inner = [w for w in words[1:-1] if not (len(w.rstrip(".")) == 1 and w[:1].isupper())]
    return " ".join([words[0], *inner, words[-1]])


def _plainer(one: str, other: str) -> bool:
    """Whether ``one`` is written with fewer words than ``other`` (no middle initial, no suffix)."""
    return len(name_key(one).split()) < len(name_key(other).split())


def _seen_near(rec: SpeakerRecord, day: date | None) -> bool:
    """Whether a person was seen within ``VARIANT_DAYS`` of the day (always, where a day is unknown)."""
    if day is None or rec.first_seen is None or rec.last_seen is None:
        return True
    if rec.first_seen <= day <= rec.last_seen:
        return True
    return min(abs((day - rec.first_seen).days), abs((day - rec.last_seen).days)) <= VARIANT_DAYS


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


@dataclass(frozen=True, slots=True)
class Resolution:
    speaker_id: str | None
    name: str | None
    # "kb-name", "kb-role", "full-name", "name-variant", "surname-in-article", "surname-kb", "surname-seen",
    # "surname-apart", "org", "split", "generic"
    how: str
    wikidata: str | None = None
    role: str | None = None  # the role description seen with the person, if any
    note: str | None = None  # why a link was or was not made, when it was a judgement call
    evidence: Evidence | None = None  # what joined the mention to the person (None: no link)


@dataclass(frozen=True, slots=True)
class Split:
    """A reviewer's rule: quotes of ``speaker_id`` whose mention is ``mention`` (compared by
    ``name_key``), or that stand in ``article``, are not that person. They go to a speaker
    of their own, ``split:<id>``, at every link from now on."""

    id: int
    speaker_id: str
    mention: str | None = None
    article: str | None = None

    def covers(self, r: Resolution | None, mention: str | None, article_id: str) -> bool:
        if r is None or r.speaker_id != self.speaker_id:
            return False
        if self.article is not None and self.article != article_id:
            return False
        return self.mention is None or (mention is not None and name_key(mention) == name_key(self.mention))

    def apply(self, r: Resolution, mention: str | None) -> Resolution:
        name = strip_titles(self.mention) if self.mention and _is_name(strip_titles(self.mention)) else None
        return Resolution(f"split:{self.id}", name or f"{r.name} (split {self.id})", "split", None, r.role,
                          f"split from {r.name} by rule {self.id}",
                          Evidence("split", alias=mention, name=r.name, rule=self.id))


@dataclass
class SpeakerRecord:
    id: str
    name: str
    wikidata: str | None = None
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    outlets: dict[str, date | None] = field(default_factory=dict)  # outlet -> last seen there
    first_seen: date | None = None
    last_seen: date | None = None
    notes: list[str] = field(default_factory=list)
    genders: set[str] = field(default_factory=set)  # "m"/"f" from aliases like "Mrs Margaret Hollis"

    @property
    def surname(self) -> str:
        """The name's last word, a generational suffix passed over ("comey" of "James B. Comey Jr.")."""
        parts = name_parts(self.name) if self.name else None
        return parts.surname if parts else name_key(self.name).split()[-1] if self.name else ""

    def add_quote(self, r: Resolution, mention: str | None, outlet: str | None, day: date | None) -> None:
        """Take in one quote linked to this person. Everything a record holds besides its
        name comes from here, so replaying the quotes still linked rebuilds it (``link._refresh_speakers``)."""
        if mention and is_alias(mention):
            self.aliases.add(mention)
            if alias_gender(mention):
                self.genders.add(alias_gender(mention))
        if r.role:
            self.roles.add(r.role)
        if r.note and r.note not in self.notes and r.how in ("surname-apart", "surname-seen"):
            self.notes.append(r.note)
        if outlet:
            prev = self.outlets.get(outlet)
            self.outlets[outlet] = max(filter(None, (prev, day)), default=None)
        if day:
            self.first_seen = min(filter(None, (self.first_seen, day)))
            self.last_seen = max(filter(None, (self.last_seen, day)))


class SpeakerLinker:
    """Resolves the speakers of one article at a time and remembers everyone seen."""

    def __init__(self, kb: KnowledgeBase | None = None, records: dict[str, SpeakerRecord] | None = None,
                 splits: Sequence[Split] = (), surnames: dict[str, set[str]] | None = None) -> None:
        """``records`` and ``surnames`` may be mappings that load from a store on demand
        (``link.StoredRecords``): then only the people an article names are read."""
        self.kb = kb or default_kb()
        self.records: dict[str, SpeakerRecord] = records if records is not None else {}
        self.splits = list(splits)
        # surname -> ids of the people seen bearing it, kept as records are added
        self._surnames: dict[str, set[str]] = surnames if surnames is not None else {}
        if surnames is None:
            for rec in self.records.values():
                self._surnames.setdefault(rec.surname, set()).add(rec.id)
        # What a mention says by itself depends on the mention and the day only: the same
        # "Mr Blair" on the same day is read once (it was 4.6 of the 6.4 s resolve_article took
        # under the profiler on the BBC corpus).
        self._alone: dict[tuple, Resolution | None] = {}
        # Whether a text names an organisation does not depend on the day: a mention met on
        # another day (a miss of ``_alone``) is not read for it again.
        self._orgs: dict[tuple[str, str | None], Resolution | None] = {}

    # --- one mention --------------------------------------------------------------------
    def _person(self, p: Person, how: str, evidence: Evidence, role: str | None = None,
                note: str | None = None) -> Resolution:
        return Resolution(p.wikidata or p.id, p.name, how, p.wikidata, role, note, evidence)

    def _resolve_alone(self, mention: str, name: str | None, day: date | None,
                       extracted_type: str | None = None) -> Resolution | None:
        """What the mention says by itself, before looking at the article around it."""
        if joins_two(mention):
            return Resolution(None, None, "generic", note=f"two people: {mention!r}")
        head = strip_titles(mention.split(",")[0].strip())
        if name and len(head.split()) > 1 and _is_name(head) and name_key(head) != name_key(name):
            # "Mansoor Mohi-Uddin, chief currency strategist at UBS" named "UBS": the person the mention names
            name = head if self._organisation(name, extracted_type) else name
        # a one-word mention that is a firm's name wins over the extraction's reading of it
        # ("Foster's", named "Foster")
        if (name and _described_indefinitely(mention, name)) or _through_another(mention):
            return Resolution(None, None, "generic", note=f"someone described, not named: {mention!r}")
        one_word = self._organisation(mention, extracted_type) if len(mention.split()) == 1 else None
        org = one_word or self._organisation(name or mention, extracted_type)
        if not org and name and _cut_short(head, name):
            org = self._organisation(head, extracted_type)  # "Judicial Watch" named "Watch"
        if org:
            return org
        conflict = self._office_conflict(mention, name, day)
        if conflict:
            return conflict
        for text in filter(None, (name, mention)):
            found = self._read_alone(text, day)
            if found:
                return found
        return None

    def _organisation(self, text: str, extracted_type: str | None) -> Resolution | None:
        """An organisation or place ("White House", "NATO", "The Tories"): its own ``org:`` id,
        never a person's."""
        key = (text, extracted_type)
        if key not in self._orgs:
            if len(self._orgs) >= 100_000:  # bounded, as ``_alone``
                self._orgs.clear()
            self._orgs[key] = self._read_organisation(text, extracted_type)
        return self._orgs[key]

    def _read_organisation(self, text: str, extracted_type: str | None) -> Resolution | None:
        if self.kb.is_role(text) or self.kb.lookup_name(text):
            return None  # "the NATO chief", "Zelensky": people the knowledge base knows
        if speaker_kind(text, extracted_type) not in ("org", "place") and not self._named_after(text):
            return None
        words = text.split()
        name = " ".join(words[1:]) if len(words) > 1 and fold(words[0]) == "the" else text
        if not _named(name):  # "the UK firm", "a TV host": an organisation described, nobody to link
            return Resolution(None, None, "generic", note=f"an organisation described, not named: {text!r}")
        return Resolution("org:" + slug(name), name, "org", None, None, None,
                          Evidence("full-name", name=name))

    def _named_after(self, text: str) -> bool:
        """A building or venue named after someone the knowledge base knows: "Trump Tower", two words,
        a known person's surname before a building's word (``building_heads``), is a place. Only after
        such a surname: "Alexandra Tower, a spokeswoman for the North Carolina-based bank" (BBC) is
        someone."""
        return names_a_building(text, lambda surname: bool(self.kb.surname_bearers(name_key(surname))))

    def _office_conflict(self, mention: str, name: str | None, day: date | None) -> Resolution | None:
        """A role mention whose name the office contradicts on the day ("the Russian president",
        named Barack Obama by the article's coreference), or, in an article with no day, a name
        that never held the office ("The prime minister" named Michael Howard): the holder of the
        office, if the knowledge base has one, else nobody. Never the name the office rules out."""
        if not name or not mention:
            return None
        if day is None:
            # no day to ask at: the name is ruled out only if its bearer never held the office
            if not _described_alone(mention) or not self.kb.never_held(mention, name):
                return None
            why = f"{name} never held {mention!r}"
        elif self.kb.is_role(mention) and self.kb.contradicts(mention, name, day):
            why = f"{name} does not hold {mention!r} on {day}"
        else:
            return None
        p = self.kb.holder(mention, day)
        if p is None:
            return Resolution(None, None, "generic", note=why)
        return self._person(p, "kb-role", Evidence("office", alias=mention, name=p.name, office=mention,
                                                   day=str(day)), mention, why)

    def _read_office(self, text: str, day: date | None) -> Resolution | None:
        """The holder on the day of the office a role description ("the German chancellor") or a
        title and surname ("President Bush": George W. in 2004, his father in 1990) names."""
        if self.kb.is_role(text):
            p = self.kb.holder(text, day)
            if p:
                evidence = Evidence("office", alias=text, name=p.name, office=text, day=str(day))
                return self._person(p, "kb-role", evidence, text, f"holder of {text!r} on {day}")
        if _titled(text):
            p = self.kb.holder_named(text, day)
            if p:
                evidence = Evidence("office", alias=text, name=p.name, office=text, day=str(day))
                return self._person(p, "kb-role", evidence)
        return None

    def _read_alone(self, text: str, day: date | None) -> Resolution | None:
        p = self.kb.lookup_name(text) if len(text.split()) > 1 else None
        if p:
            return self._person(p, "kb-name", Evidence("kb-name", alias=text, name=p.name))
        role, rest = self.kb.split_role(text)
        if role and rest and not self.kb.contradicts(role, rest, day):
            p = self.kb.lookup_name(rest) or self.kb.lookup_name(strip_titles(rest))
            if p:
                return self._person(p, "kb-name", Evidence("kb-name", alias=rest, name=p.name), role)
        office = self._read_office(text, day)
        if office:
            return office
        clean = strip_titles(text)
        if len(clean.split()) > 1:
            plain = without_middle_initials(clean)
            p = self.kb.lookup_name(clean) or (self.kb.lookup_name(plain) if plain != clean else None)
            if p:
                return self._person(p, "kb-name", Evidence("kb-name", alias=clean, name=p.name),
                                    role if role and rest else None)
            if _is_name(clean):
                return Resolution("name:" + slug(clean), clean, "full-name", None,
                                  role if role and rest else None, None, Evidence("full-name", name=clean))
        return None

    def role_of(self, mention: str | None, name: str | None, day: date | None) -> str | None:
        """The role ``resolve_article`` gives a quote with this speaker mention and name: only
        what the mention says by itself carries one. For links stored before roles were (0012)."""
        if not (mention or name):
            return None
        r = self._resolve_alone(mention or "", name, day)
        return r.role if r else None

    def _obey_splits(self, r: Resolution | None, mention: str | None, article_id: str) -> Resolution | None:
        for rule in self.splits:
            if rule.covers(r, mention, article_id):
                return rule.apply(r, mention)
        return r

    def resolve_article(self, extraction: Extraction) -> list[Resolution | None]:
        """One resolution per quote of ``extraction`` (None where it has no speaker)."""
        art = extraction.article
        day = _day(art.published)
        first: list[Resolution | None] = []
        names = [self._trusted_name(q.speaker.mention, q.speaker.name) if q.speaker else None
                 for q in extraction.quotes]
        names = [None if n and q.speaker and _introduces_another(q.speaker.mention or "", n, art.text,
                                                                   q.speaker.span.start if q.speaker.span else None)
                 else n for q, n in zip(extraction.quotes, names)]
        for q, name in zip(extraction.quotes, names):
            spk = q.speaker
            if spk is None or not (spk.mention or name) or spk.type in UNLINKED_TYPES:
                first.append(None)
                continue
            first.append(self._obey_splits(self._alone_cached(spk.mention or "", name, day, spk.type),
                                           spk.mention, art.id))
        first = self._join_variants(first, [q.speaker.mention if q.speaker else None for q in extraction.quotes], day)
        # Full names in this article, by surname, for the bare surnames, with the genders
        # their honorifics give here ("Mrs Margaret Beckett").
        by_surname: dict[str, set[tuple[str, str]]] = {}
        genders: dict[str, set[str]] = {}
        for q, r in zip(extraction.quotes, first):
            if r and r.name and r.speaker_id and not r.speaker_id.startswith("org:"):
                by_surname.setdefault(name_key(r.name).split()[-1], set()).add((r.speaker_id, r.name))
                cue = gender_cue(q.speaker.mention) if q.speaker else None
                if cue:
                    genders.setdefault(r.speaker_id, set()).add(cue)
        out: list[Resolution | None] = []
        for q, r, name in zip(extraction.quotes, first, names):
            if r is None and q.speaker is not None and q.speaker.type not in UNLINKED_TYPES:
                cue = pronoun_conflict(q.speaker.mention or "", q.speaker.name or "")
                if cue:
                    r = self._pronoun_surname(q.speaker.name, cue, by_surname, genders, art.id)
                else:
                    text = strip_titles(self._usable_name(name, q.speaker.mention))
                    r = self._surname(text, by_surname, art.outlet, day, q.speaker.mention or "", genders, art.id)
                r = self._obey_splits(r, q.speaker.mention, art.id)
            out.append(r)
            if r and r.speaker_id:
                self._remember(r, q.speaker.mention if q.speaker else None, art.outlet, day)
        return out

    def _join_variants(self, first: list[Resolution | None], mentions: list[str | None],
                       day: date | None) -> list[Resolution | None]:
        """Each full name the knowledge base does not know, joined to the one person already seen (or
        named earlier in this article) whose name it is but for middle initials or a generational
        suffix: "Paul D. Ryan" (New York Times) to Paul Ryan, "James B. Comey Jr." to James Comey.
        A full name under its own id otherwise, as before."""
        here: dict[str, str] = {}  # the full names this article gives so far: id -> name
        # the full names the article itself writes as a speaker's mention, not those the extraction gave
        # a surname ("Bozell" named "Brent Bozell" beside "Brent Bozell III" is one man)
        named = {r.speaker_id: r.name for r, m in zip(first, mentions)
                 if r and r.how == "full-name" and r.name and m and name_key(r.name) in name_key(m)}
        out = list(first)
        # the plainest names first, whatever their order in the article: "Brent Bozell III" quoted
        # before "Brent Bozell" finds him
        full = [i for i, r in enumerate(first) if r is not None and r.how == "full-name" and r.name]
        for i in sorted(full, key=lambda i: len(name_key(first[i].name).split())):
            r = self._variant(first[i], here, named, day) or self._nickname(first[i], here) or first[i]
            here.setdefault(r.speaker_id, r.name)
            out[i] = r
        return out

    def _variant(self, r: Resolution, here: dict[str, str], named: dict[str, str],
                 day: date | None) -> Resolution | None:
        """The person ``r``'s full name is a variant of (``identity.name_variant``), when there is one
        only. Evidence against a join: a suffix left out where the person without it is the knowledge
        base's (Donald Trump Jr. is not Donald Trump: the base would list "Jr." among his names) or
        where this article names both forms (a reporter writing "Ken Griffey" and "Ken Griffey Jr."
        means two people); a person last seen more than ``VARIANT_DAYS`` away. Between two ids
        known already the plainer name wins, so the join goes one way only."""
        parts = name_parts(r.name)
        if parts is None or parts.middle_names or len(self.kb.candidates(r.name)) > 1:
            # "George Bush" is the name of two people the knowledge base knows: which, it does not say
            return None
        mine = self._peek(r.speaker_id)
        found: dict[str, tuple[str, str | None]] = {}  # id -> name, wikidata
        for sid in sorted(self._surnames.get(parts.surname, ())):
            rec = None if sid == r.speaker_id or sid.startswith(("surname:", "org:", "split:")) else self._peek(sid)
            # the very name a person was renamed to ("Paul D. Ryan" seen first, then "Paul Ryan") is the
            # same full name, however far away: as two articles writing "Paul Ryan" years apart
            same = rec is not None and name_key(rec.name) == name_key(r.name)
            if rec is not None and (same or _seen_near(rec, day)) and (mine is None or _plainer(rec.name, r.name)):
                found[sid] = (rec.name, rec.wikidata)
        for sid, name in here.items():
            if sid != r.speaker_id and sid not in found and _plainer(name, r.name):
                found[sid] = (name, None)
        kept = {sid: v for sid, v in found.items() if name_variant(r.name, v[0])
                and not self._suffix_apart(r.name, sid, v[0], named)}
        if len(kept) != 1:
            return None
        sid, (name, wikidata) = next(iter(kept.items()))
        return Resolution(sid, name, "name-variant", wikidata, r.role,
                          f"{r.name} is {name} but for middle initials or a suffix",
                          Evidence("name-variant", alias=r.name, name=name))

    def _nickname(self, r: Resolution, here: dict[str, str]) -> Resolution | None:
        """The one person named earlier in this article by the given name whose short form (or long
        form) ``r``'s name bears (``identity.nickname_variant``): "Sen. Chuck Grassley" and, in an
        editorial it quotes, "Sen. Charles Grassley" (HuffPost); "Sandra Paradis, 78" and "Jim Bennett
        and Sandy Paradis" under a photograph (PolNeAR train). One article writing both forms is the
        evidence, never the names alone. Not away from a person the store knows to one it does not, nor
        from a person the knowledge base knows."""
        if r.speaker_id.startswith(("Q", "kb:")):
            return None
        kept = [(sid, name) for sid, name in here.items() if sid != r.speaker_id and nickname_variant(r.name, name)]
        if len(kept) != 1:
            return None
        sid, name = kept[0]
        if self._peek(r.speaker_id) is not None and self._peek(sid) is None:
            return None
        wikidata = sid if sid.startswith("Q") else None
        return Resolution(sid, name, "nickname-in-article", wikidata, r.role,
                          f"{r.name} is {name}, both written in this article",
                          Evidence("nickname-in-article", alias=r.name, name=name))

    def _peek(self, sid: str) -> SpeakerRecord | None:
        """A person's record, without marking a stored one touched (``link.StoredRecords.peek``)."""
        peek = getattr(self.records, "peek", None)
        return peek(sid) if peek else self.records.get(sid)

    @staticmethod
    def _suffix_apart(name: str, sid: str, other: str, named: dict[str, str]) -> bool:
        """Whether a generational suffix one of two names bears and the other lacks marks two people:
        the one without it is the knowledge base's, or this article names both forms."""
        a, b = name_parts(name), name_parts(other)
        if not a or not b or a.suffix == b.suffix:
            return False
        if sid.startswith(("Q", "kb:")):
            return True
        return any(n != name and name_variant(name, n) and name_parts(n).suffix != a.suffix
                   for n in named.values())

    def _alone_cached(self, mention: str, name: str | None, day: date | None,
                      extracted_type: str | None) -> Resolution | None:
        key = (mention, name, day, extracted_type)
        if key not in self._alone:
            if len(self._alone) >= 100_000:  # bounded: a long link meets ever new mentions
                self._alone.clear()
            self._alone[key] = self._resolve_alone(mention, name, day, extracted_type)
        return self._alone[key]

    @staticmethod
    def _trusted_name(mention: str | None, name: str | None) -> str | None:
        """The name the extraction gave a quote, unless the mention's honorific or pronoun rules it
        out by the name's given name ("Mrs. Clinton" named Bill Clinton, "Mr. Trump" or "he" named
        Ivanka Trump): then the mention is read alone, as if no name had been given. A first word
        that is no given name goes ("Like Corker" -> "Corker")."""
        name = without_opener(name) if name else name
        if name and mention and (gender_conflict(mention, name) or pronoun_conflict(mention, name)):
            return None
        return name

    def _pronoun_surname(self, name: str, cue: str, by_surname, genders: dict[str, set[str]],
                         article_id: str) -> Resolution:
        """"she" named Bill Clinton: the one person of the name's surname and the pronoun's gender this
        article names ("Mrs. Clinton"), else nobody. Only the article counts: the surname came from
        a reading the pronoun contradicts, too weak to look for its bearer elsewhere."""
        surname = strip_titles(name).split()[-1]
        here = {(sid, n) for sid, n in by_surname.get(name_key(surname), set())
                if self._gender_of(sid, n, genders) == {cue}}
        if len(here) != 1:
            return Resolution(None, None, "generic", note=f"the pronoun's gender rules out {name}")
        sid, full = next(iter(here))
        return Resolution(sid, full, "surname-in-article", sid if sid.startswith("Q") else None,
                          note=f"the pronoun's gender rules out {name}",
                          evidence=Evidence("alias-in-article", alias=surname, name=full, article=article_id))

    @staticmethod
    def _usable_name(name: str | None, mention: str | None) -> str:
        """The extraction's name, unless it is junk ("Until December Microsoft" for "Microsoft"):
        then the mention."""
        if name and speaker_kind(name) == "junk" and mention:
            return mention
        return name or mention or ""

    def _gender_of(self, sid: str, name: str, here: dict[str, set[str]]) -> set[str]:
        """The genders known of a person: the honorifics seen with them here and in earlier
        articles, else their given name's ("Ivanka Trump" is no "Mr. Trump")."""
        rec = self.records.get(sid)
        known = here.get(sid, set()) | (rec.genders if rec else set())
        return known or {name_gender(name)} - {None}

    def _surname(self, text: str, by_surname, outlet: str | None, day: date | None, mention: str = "",
                 genders: dict[str, set[str]] | None = None, article_id: str | None = None) -> Resolution:
        if not text or not _is_name(text) or len(text.split()) != 1:
            return Resolution(None, None, "generic", note=f"not a name: {text!r}" if text else None)
        key = name_key(text)
        # an honorific's gender, or a pronoun's ("she" given the surname Obama by the extraction)
        cue = gender_cue(mention) or pronoun_gender(mention)
        here = {(sid, n) for sid, n in by_surname.get(key, set())
                if not name_conflict(mention, text, n, across_articles=False)}
        if not here and by_surname.get(key):
            why = "; ".join(filter(None, (name_conflict(mention, text, n, across_articles=False)
                                          for _, n in sorted(by_surname[key]))))
            return Resolution("surname:" + slug(text), text, "surname-apart", note=why)
        if cue:  # "Mr Beckett" is not Margaret Beckett, whatever the surname says
            kept = {(sid, n) for sid, n in here if not self._gender_of(sid, n, genders or {}) - {cue}}
            if kept != here and not kept:
                names = ", ".join(sorted(n for _, n in here))
                return Resolution("surname:" + slug(text), text, "surname-apart",
                                  note=f"gender cue of {text!r} conflicts with {names}")
            here = kept
        if len(here) == 1:
            sid, name = next(iter(here))
            evidence = Evidence("alias-in-article", alias=text, name=name, article=article_id)
            return Resolution(sid, name, "surname-in-article", sid if sid.startswith("Q") else None,
                              evidence=evidence)
        if len(here) > 1:
            names = sorted(n for _, n in here)
            return Resolution("surname:" + slug(text), text, "surname-apart",
                              note=f"ambiguous in the article: {', '.join(names)}")
        if _month_alone(text, mention):
            return Resolution("surname:" + slug(text), text, "surname-apart",
                              note=f"{text!r} alone is a month's name too: no evidence outside its article")
        p = self.kb.lookup_name(text)
        if p and cue and name_gender(p.name) not in (None, cue):
            # "Mrs. Obama", or "she" named Obama, is not Barack Obama: the base's one Obama is no evidence
            return Resolution("surname:" + slug(text), text, "surname-apart",
                              note=f"gender cue of {mention!r} conflicts with {p.name}")
        if p:
            return self._person(p, "surname-kb", Evidence("surname-kb", alias=text, name=p.name),
                                note=f"knowledge-base alias {text!r} of {p.name}")
        if _given_name_alone(text, mention):
            return Resolution("surname:" + slug(text), text, "surname-apart",
                              note=f"{text!r} alone is a given name too: no evidence outside its article")
        seen = [self.records[i] for i in sorted(self._surnames.get(key, ()))
                if not i.startswith(("surname:", "org:", "split:"))]
        if cue:
            seen = [r for r in seen if not (r.genders or {name_gender(r.name)} - {None}) - {cue}]
        seen = [r for r in seen if not name_conflict(mention, text, r.name, across_articles=True)]
        near = [
            r for r in seen
            if outlet and outlet in r.outlets and (day is None or r.outlets[outlet] is None
                                                   or abs((day - r.outlets[outlet]).days) <= SURNAME_DAYS)
        ]
        if len(near) == 1 and len(seen) == 1:
            r = near[0]
            namesakes = self._namesakes(key, r, cue)
            if namesakes:
                return Resolution("surname:" + slug(text), text, "surname-apart",
                                  note=f"{r.name} is the only {text} seen, but the knowledge base knows "
                                       f"{', '.join(namesakes)}")
            last = r.outlets[outlet]
            return Resolution(r.id, r.name, "surname-seen", r.wikidata,
                              note=f"only {r.name} bears this surname, seen in {outlet}"
                                   f" within {SURNAME_DAYS} days",
                              evidence=Evidence("surname-seen", alias=text, name=r.name,
                                                day=str(last) if last else None))
        why = (f"several people named {text}: {', '.join(sorted(r.name for r in seen))}" if len(seen) > 1
               else f"{seen[0].name} is the only {text} seen, but not in {outlet} lately" if seen
               else "surname only, no full name known")
        return Resolution("surname:" + slug(text), text, "surname-apart", note=why)

    def _namesakes(self, surname: str, seen: SpeakerRecord, cue: str | None) -> list[str]:
        """The people of the knowledge base bearing ``surname`` other than the one person of that
        surname seen lately, of the mention's gender: "Mr Howard" after only Dominic Howard was seen
        may be Michael Howard or John Howard, whom the base knows but no article has named yet. The
        surname is no evidence then."""
        ids = self.kb.surname_bearers(surname) - {seen.id, seen.wikidata}
        people = [self.kb.people[i] for i in sorted(ids)]
        return [p.name for p in people if not (cue and name_gender(p.name) not in (None, cue))]

    def _remember(self, r: Resolution, mention: str | None, outlet: str | None, day: date | None) -> None:
        rec = self.records.get(r.speaker_id)
        if rec is None:
            rec = self.records[r.speaker_id] = SpeakerRecord(r.speaker_id, r.name or r.speaker_id, r.wikidata)
            self._surnames.setdefault(rec.surname, set()).add(rec.id)
        variant = r.evidence.alias if r.evidence and r.evidence.kind == "name-variant" else None
        if variant and not rec.wikidata and _plainer(variant, rec.name):
            rec.name = variant  # "Paul Ryan", as most outlets write him, over the Times' "Paul D. Ryan"
        rec.add_quote(r, mention, outlet, day)


def link_speakers(extractions: Sequence[Extraction], kb: KnowledgeBase | None = None) -> list[list[Resolution | None]]:
    """Resolve the speakers of several articles in order, sharing what is learnt."""
    linker = SpeakerLinker(kb)
    return [linker.resolve_article(e) for e in extractions]
