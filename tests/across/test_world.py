"""The knowledge base built from the bundled world office tables: role descriptions at a
date, on either side of a change of holder, and the descriptions that must read as nobody."""

from __future__ import annotations

import csv
import filecmp
from datetime import date
from importlib import resources

import pytest

from saidwhat.names import kb
from saidwhat.names.kb import KnowledgeBase, Office, Person, Term, default_kb, load_kb
from saidwhat.names.world import _term_dates, read_table
from tests.conftest import shared_path

D = date.fromisoformat

# (description, day, holder): each office on both sides of a change of holder.
# 34 offices of 21 countries and 12 of 10 international bodies.
AT_DATE = [
    ("the French president", "2017-05-13", "François Hollande"),
    ("the French president", "2017-05-15", "Emmanuel Macron"),
    ("the French president", "2015-06-01", "François Hollande"),
    ("the French president", "2020-01-01", "Emmanuel Macron"),
    ("President of France", "1993-01-01", "François Mitterrand"),
    ("the French prime minister", "2019-11-07", "Édouard Philippe"),
    ("the French prime minister", "2021-01-01", "Jean Castex"),
    ("the German chancellor", "2010-01-01", "Angela Merkel"),
    ("the German chancellor", "2022-06-01", "Olaf Scholz"),
    ("Germany's chancellor", "2005-06-01", "Gerhard Schröder"),
    ("Chancellor of Germany", "2025-06-01", "Friedrich Merz"),
    ("the German president", "2015-01-01", "Joachim Gauck"),
    ("the German president", "2018-01-01", "Frank-Walter Steinmeier"),
    ("Britain's prime minister", "2019-07-01", "Theresa May"),
    ("Britain's prime minister", "2019-08-01", "Boris Johnson"),
    ("the UK prime minister", "2022-10-01", "Liz Truss"),
    ("the UK prime minister", "2023-01-01", "Rishi Sunak"),
    ("the British foreign secretary", "2017-01-01", "Boris Johnson"),
    ("the British foreign secretary", "2019-11-07", "Dominic Raab"),
    ("the chancellor of the exchequer", "2022-10-01", "Kwasi Kwarteng"),
    ("the chancellor of the exchequer", "2023-06-01", "Jeremy Hunt"),
    ("the British chancellor", "2009-01-01", "Alistair Darling"),
    ("the home secretary", "2003-01-01", "David Blunkett"),
    ("the home secretary", "2005-01-01", "Charles Clarke"),
    ("the British monarch", "2020-01-01", "Elizabeth II"),
    ("the British monarch", "2023-01-01", "Charles III"),
    ("the British king", "2023-01-01", "Charles III"),
    ("the US president", "2021-01-19", "Donald Trump"),
    ("the US president", "2021-01-21", "Joe Biden"),
    ("the American vice president", "2015-01-01", "Joe Biden"),
    ("the American vice president", "2018-01-01", "Mike Pence"),
    ("the Russian president", "2010-06-01", "Dmitry Medvedev"),
    ("the Russian president", "2013-01-01", "Vladimir Putin"),
    ("the Russian prime minister", "2010-06-01", "Vladimir Putin"),
    ("the Russian prime minister", "2013-01-01", "Dmitry Medvedev"),
    ("the Ukrainian head of state", "2016-01-01", "Petro Poroshenko"),
    ("the Ukrainian head of state", "2023-01-01", "Volodymyr Zelenskyy"),
    ("the Japanese prime minister", "2020-08-01", "Shinzo Abe"),
    ("the Japanese prime minister", "2020-10-01", "Yoshihide Suga"),
    ("the Italian prime minister", "2020-06-01", "Giuseppe Conte"),
    ("the Italian prime minister", "2021-03-01", "Mario Draghi"),
    ("the Italian president", "2020-06-01", "Sergio Mattarella"),
    ("Canada's prime minister", "2020-01-01", "Justin Trudeau"),
    ("Canada's prime minister", "2025-04-01", "Mark Carney"),
    ("the Indian prime minister", "1995-01-01", "P. V. Narasimha Rao"),
    ("the Indian prime minister", "2015-01-01", "Narendra Modi"),
    ("the Spanish prime minister", "2008-01-01", "José Luis Rodríguez Zapatero"),
    ("the Spanish prime minister", "2013-01-01", "Mariano Rajoy"),
    ("the Spanish king", "2013-01-01", "Juan Carlos I"),
    ("the Spanish king", "2015-01-01", "Felipe VI"),
    ("the Chinese premier", "2010-01-01", "Wen Jiabao"),
    ("the Chinese premier", "2016-01-01", "Li Keqiang"),
    ("the Chinese president", "2010-01-01", "Hu Jintao"),
    ("the Chinese president", "2016-01-01", "Xi Jinping"),
    ("the Australian prime minister", "2014-06-01", "Tony Abbott"),
    ("the Australian prime minister", "2016-06-01", "Malcolm Turnbull"),
    ("the Brazilian president", "2019-06-01", "Jair Bolsonaro"),
    ("the Brazilian president", "2023-06-01", "Luiz Inácio Lula da Silva"),
    ("the Mexican president", "2020-01-01", "Andrés Manuel López Obrador"),
    ("the Mexican president", "2025-01-01", "Claudia Sheinbaum"),
    ("the South Korean president", "2018-01-01", "Moon Jae-in"),
    ("the South Korean president", "2023-01-01", "Yoon Suk Yeol"),
    ("the Turkish president", "2010-01-01", "Abdullah Gül"),
    ("the Turkish president", "2016-01-01", "Recep Tayyip Erdoğan"),
    ("the Israeli prime minister", "2020-01-01", "Benjamin Netanyahu"),
    ("the Israeli prime minister", "2022-01-01", "Naftali Bennett"),
    ("the Iranian president", "2010-01-01", "Mahmoud Ahmadinejad"),
    ("the Iranian president", "2015-01-01", "Hassan Rohani"),
    ("Iran's supreme leader", "2015-01-01", "Ali Khamenei"),
    ("the Dutch prime minister", "2015-01-01", "Mark Rutte"),
    ("the Dutch prime minister", "2025-01-01", "Dick Schoof"),
    ("the Saudi king", "2010-01-01", "King Abdullah of Saudi Arabia"),
    ("the Saudi king", "2016-01-01", "King Salman"),
    ("the South African president", "2015-01-01", "Jacob Zuma"),
    ("the South African president", "2019-01-01", "Cyril Ramaphosa"),
    ("the Norwegian prime minister", "2010-01-01", "Jens Stoltenberg"),
    ("the Norwegian prime minister", "2015-01-01", "Erna Solberg"),
    ("the Polish prime minister", "2016-01-01", "Beata Szydło"),
    ("the Polish prime minister", "2019-01-01", "Mateusz Morawiecki"),
    ("the Greek prime minister", "2014-01-01", "Antónis Samarás"),
    ("the Greek prime minister", "2015-06-01", "Alexis Tsipras"),
    ("the Austrian chancellor", "2015-01-01", "Werner Faymann"),
    ("the Austrian chancellor", "2019-01-01", "Sebastian Kurz"),
    ("the UN chief", "2016-12-31", "Ban Ki-moon"),
    ("the UN chief", "2017-01-02", "António Guterres"),
    ("the NATO Secretary General", "2024-09-19", "Jens Stoltenberg"),
    ("the NATO Secretary General", "2024-11-01", "Mark Rutte"),
    ("the alliance's chief", "2012-01-01", "Anders Fogh Rasmussen"),
    ("the European Commission president", "2015-01-01", "Jean-Claude Juncker"),
    ("the European Commission president", "2020-01-01", "Ursula von der Leyen"),
    ("the European Council president", "2016-01-01", "Donald Tusk"),
    ("the European Council president", "2020-01-01", "Charles Michel"),
    ("the EU foreign policy chief", "2016-01-01", "Federica Mogherini"),
    ("the EU foreign policy chief", "2021-01-01", "Josep Borrell"),
    ("the ECB president", "2015-01-01", "Mario Draghi"),
    ("the ECB president", "2019-11-07", "Christine Lagarde"),
    ("the IMF chief", "2015-01-01", "Christine Lagarde"),
    ("the IMF chief", "2020-01-01", "Kristalina Georgieva"),
    ("the WHO chief", "2010-01-01", "Margaret Chan"),
    ("the WHO chief", "2018-01-01", "Tedros Adhanom Ghebreyesus"),
    ("the WTO chief", "2010-01-01", "Pascal Lamy"),
    ("the WTO chief", "2022-01-01", "Ngozi Okonjo-Iweala"),
    ("the World Bank president", "2015-01-01", "Jim Yong Kim"),
    ("the World Bank president", "2020-01-01", "David Malpass"),
    ("the IAEA chief", "2015-01-01", "Yukiya Amano"),
    ("the IAEA chief", "2021-01-01", "Rafael Grossi"),
    ("the Fed chair", "2016-01-01", "Janet Yellen"),
    ("the Fed chair", "2019-01-01", "Jerome Powell"),
    ("the lord chancellor", "2005-01-01", "Lord Falconer"),  # UK posts: office_phrases.csv; named as the press does
    ("the lord chancellor", "2010-06-01", "Kenneth Clarke"),
    ("the British health secretary", "2005-01-01", "John Reid"),
    ("the UK education secretary", "2017-01-01", "Justine Greening"),
    ("the Northern Ireland secretary", "2005-01-01", "Paul Murphy"),
    ("Britain's attorney general", "2005-01-01", "Lord Goldsmith"),
    ("the British deputy prime minister", "2005-01-01", "John Prescott"),
    ("the British business secretary", "2012-01-01", "Vince Cable"),
    ("the Pope", "2010-01-01", "Pope Benedict XVI"),
    ("the pontiff", "2016-01-01", "Pope Francis"),
    # curated offices the tables do not cover, kept whole by the merge
    ("US Secretary of State", "2016-01-01", "John Kerry"),
    ("the German Foreign Minister", "2022-06-01", "Annalena Baerbock"),
    ("the Russian foreign minister", "2016-01-01", "Sergey Lavrov"),
    # curated descriptions given to the tables' offices
    ("the Kremlin leader", "2016-01-01", "Vladimir Putin"),
    ("POTUS", "2016-01-01", "Barack Obama"),
]


@pytest.mark.parametrize(("role", "day", "name"), AT_DATE)
def test_holder_at_date(role, day, name):
    person = kb.holder(role, on=D(day))
    assert person is not None and person.name == name


def test_the_table_spans_the_issue_s_offices():
    """At least 30 offices in 15 countries and 6 international organisations."""
    offices = {tuple(o.id for o in default_kb().offices_for(role)) for role, _, _ in AT_DATE}
    places = {o.jurisdiction or o.id for role, _, _ in AT_DATE for o in default_kb().offices_for(role)}
    countries = {p for p in places if p in _country_names()}
    bodies = places - countries - {"germany-foreign-minister", "russia-foreign-minister", "us-secretary-of-state"}
    assert len(offices) >= 30 and len(countries) >= 15 and len(bodies) >= 6


def _country_names() -> set[str]:
    return {row["name_common"] for row in read_table("countries.csv")}


# Descriptions that must name nobody: precision before recall.
NOBODY = [
    ("the Spanish president", "2010-06-01"),  # a monarchy: its 'president' is the head of government's title
    ("the Congolese president", "2015-01-01"),  # two Congos
    ("the Dominican president", "2015-01-01"),  # Dominica and the Dominican Republic
    ("the Swiss president", "2015-01-01"),  # seven co-holders in the tables
    ("the Bosnian president", "2016-01-01"),  # a three-member presidency
    ("the Andorran head of state", "2016-01-01"),  # two co-princes
    ("the US prime minister", "2015-01-01"),  # the president heads the government
    ("the EU president", "2016-01-01"),  # Commission, Council or Parliament?
    ("the EU chief", "2016-01-01"),
    ("the North Korean leader", "2016-01-01"),
    ("the British queen", "2023-01-01"),  # a king by then
    ("the former French president", "2016-01-01"),  # not the holder on the day
    ("the deputy prime minister", "2016-01-01"),
    ("the chancellor", "2016-01-01"),  # Germany's, Austria's or Britain's?
    ("the president", "2016-01-01"),
    ("the US ambassador to NATO", "2016-01-01"),
    ("the ambassador to the US", "2016-01-01"),
    ("the Russian ambassador to the US", "2016-01-01"),
    ("the French foreign minister", "2016-01-01"),  # no French ministers in the tables
    ("the UK president", "2016-01-01"),
    ("the Norwegian politician", "2016-01-01"),
    ("the NATO Secretary General", "1950-01-01"),  # before the tables
    ("the Pope", "2005-04-10"),  # sede vacante
    ("the education secretary", "2017-01-01"),  # Britain's or the US's?
    ("the attorney general", "2005-01-01"),
    ("the shadow health secretary", "2005-01-01"),
    ("the French health secretary", "2005-01-01"),
    # no "WHO" in organisations.csv: folded, it is the pronoun ("WHO chief" is a phrase)
    ("the head who", "2016-01-01"),
]


@pytest.mark.parametrize(("role", "day"), NOBODY)
def test_holder_is_nobody(role, day):
    assert kb.holder(role, on=D(day)) is None


def test_the_russian_president_is_never_an_american():
    americans = {default_kb().people[t.person].name for t in default_kb().terms
                 if default_kb().offices[t.office].jurisdiction == "United States"}
    for year in range(1992, 2026):
        for day in (date(year, 1, 1), date(year, 7, 1)):
            for role in ("the Russian president", "Russia's president", "President of Russia"):
                person = kb.holder(role, on=day)  # None on 2000-01-01: Putin acting, not in the tables
                assert person is None or person.name not in americans, (role, day)
            french = kb.holder("The French president", on=day)
            assert french is None or french.name not in americans


@pytest.mark.parametrize(
    ("mention", "day", "name"),
    [
        ("Chancellor Merkel", "2010-01-01", "Angela Merkel"),
        ("President Bush", "2004-01-01", "George W. Bush"),
        ("President Bush", "1990-06-01", "George H. W. Bush"),
        ("Prime Minister Blair", "2005-01-01", "Tony Blair"),
        ("Chancellor Brown", "2005-01-01", "Gordon Brown"),
        ("French President Macron", "2019-01-01", "Emmanuel Macron"),
        ("President Putin", "2010-01-01", None),  # prime minister that year
        ("President Johnson", "2020-01-01", None),
        ("Campaign Director Alvarez", "2010-01-01", None),  # a title no country's rows read: no place asked
    ],
)
def test_holder_named(mention, day, name):
    person = default_kb().holder_named(mention, D(day))
    assert (person.name if person else None) == name


def test_curated_people_join_the_tables_people():
    base = default_kb()
    assert base.lookup_name("Jens Stoltenberg").wikidata == "Q57665"  # Q57287 is Harald V
    assert base.lookup_name("Harald V of Norway").id == "Q57287"
    assert base.lookup_name("King Salman") == base.lookup_name("Salman bin Abdalaziz Al Saud")
    assert base.lookup_name("Ban Ki-moon").id == "Q1253"  # the curated id for a hand-written row
    assert base.lookup_name("Albert Arnold Gore Jr.").name == "Al Gore"  # person_aliases.csv


def test_year_precision_dates_keep_only_the_certain_years():
    row = {"jurisdiction": "X", "role": "head_of_state", "office_label": "Head of state of X",
           "start_date": "2005-01-01", "end_date": "2012-01-01", "note": "dates may be year-precision (Jan 1)"}
    assert _term_dates(row, set()) == (date(2006, 1, 1), date(2012, 1, 1))
    # a Jan 1 that is another holder's handover day is a real day
    oid = "X|head_of_state|Head of state of X"
    assert _term_dates(row, {("start", oid, date(2005, 1, 1))})[0] == date(2005, 1, 1)


def test_handover_day_goes_to_the_newcomer_and_co_holders_to_nobody():
    base = KnowledgeBase()
    for pid in ("a", "b", "c"):
        base.add_person(Person(pid, pid.upper() + " Person"))
    base.add_office(Office("o", "Head of O", roles=("O chief",)))
    base.add_term(Term("a", "o", date(2000, 1, 1), date(2010, 1, 2)))  # ends 2010-01-01, inclusive
    base.add_term(Term("b", "o", date(2010, 1, 1), None))
    assert base.holder("O chief", date(2010, 1, 1)).id == "b"
    base.add_term(Term("c", "o", date(2015, 1, 1), date(2016, 1, 1)))  # a co-holder, not a handover
    assert base.holder("O chief", date(2015, 6, 1)) is None


def test_the_data_files_agree_with_each_other():
    roles = {row["role"] for row in read_table("officeholders.csv")}
    jurisdictions = {row["jurisdiction"] for row in read_table("officeholders.csv")}
    iso3 = {row["iso3"] for row in read_table("countries.csv")}
    for row in read_table("role_words.csv"):
        assert set(row["roles"].split("|")) <= roles, row
        assert row["requires"] in ("", "republic", "distinct_heads", "title"), row
        assert {c for c in row["countries"].split("|") if c} <= iso3, row
    for row in read_table("organisations.csv"):
        assert row["jurisdiction"] in jurisdictions, row
    assert {row["iso3"] for row in read_table("monarchies.csv")} <= iso3
    labels = {(row["jurisdiction"], row["office_label"]) for row in read_table("officeholders.csv")}
    for row in read_table("office_phrases.csv"):
        target = row["office_label_or_role"]
        assert (target[5:] in roles) if target.startswith("role:") else ((row["jurisdiction"], target) in labels), row
        assert row["bare"] in ("yes", "no"), row


def test_world_coverage():
    """Nearly every UN member has a head of state and of government on the day (the rest
    are co-holders, as Switzerland and Bosnia, or gaps in the tables)."""
    members = [row["name_common"] for row in read_table("countries.csv") if row["un_member"] == "True"]
    day = date(2020, 6, 1)
    for role in ("head of state", "head of government"):
        known = sum(1 for name in members if kb.holder(f"{role} of {name}", day))
        assert known >= 185, (role, known, len(members))


def test_loads_the_whole_base():
    """Each worker process loads the base once; its cost shows in `saidwhat bench` (a timed
    assertion here failed under load and measured nothing the bench does not)."""
    base = load_kb()
    assert len(base.terms) > 4500 and len(base.people) > 3000


def test_the_bundled_tables_are_the_staged_ones():
    staged = shared_path("data", "office-holders")
    bundled = resources.files("saidwhat").joinpath("data/office-holders")
    for name in ("officeholders.csv", "person_aliases.csv", "office_aliases.csv", "countries.csv",
                 "countries_extra_aliases.csv", "SOURCE.md"):
        assert filecmp.cmp(staged / name, str(bundled / name), shallow=False), name
    with open(staged / "officeholders.csv", encoding="utf-8") as fh:
        assert sum(1 for _ in csv.DictReader(fh)) == 4577


@pytest.mark.parametrize(
    ("role", "name", "day", "expected"),
    [
        ("the Russian president", "Barack Obama", "2016-01-01", True),
        ("The French president", "Barack Obama", "2016-01-01", True),
        ("the US president", "Hillary Clinton", "2016-06-01", True),
        ("the NATO chief", "Mark Rutte", "2024-09-19", True),  # a week too early
        ("the Russian president", "Vladimir Putin", "2016-01-01", False),
        ("the Russian president", "Mr Putin", "2016-01-01", False),
        ("the NATO chief", "Jens Stoltenberg", "2024-09-19", False),
        ("the Russian president", "Barack Obama", None, False),  # no day, no opinion
        ("the Spanish president", "Mariano Rajoy", "2016-01-01", False),  # loose usage: no opinion
        ("the Swiss president", "Johann Schneider-Ammann", "2016-06-01", False),  # one of the co-holders
        ("the president", "Barack Obama", "2016-01-01", False),  # which country?
        ("the US ambassador to NATO", "Douglas Lute", "2016-01-01", False),  # not in the tables
    ],
)
def test_contradicts(role, name, day, expected):
    assert kb.contradicts(role, name, D(day) if day else None) is expected
