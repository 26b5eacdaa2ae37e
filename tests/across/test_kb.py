from __future__ import annotations

import bz2
import gzip
import json
from datetime import date

import pytest

from saidwhat.names import kb
from saidwhat.names.kb import import_wikidata, load_kb


@pytest.mark.parametrize(
    ("role", "day", "name"),
    [
        ("the NATO Secretary General", date(2024, 9, 19), "Jens Stoltenberg"),
        ("the NATO Secretary General", date(2024, 11, 1), "Mark Rutte"),
        ("NATO Secretary General", date(2024, 10, 1), "Mark Rutte"),  # the successor's first day
        ("NATO chief", date(2012, 5, 1), "Anders Fogh Rasmussen"),
        ("the alliance's secretary general", date(2020, 1, 1), "Jens Stoltenberg"),
        ("Secretary-General of NATO", date(2016, 6, 1), "Jens Stoltenberg"),
        ("US President", date(2016, 3, 1), "Barack Obama"),
        ("the American president", date(2022, 3, 1), "Joe Biden"),
        ("U.S. President", date(2025, 3, 1), "Donald Trump"),
        ("President of Ukraine", date(2024, 9, 19), "Volodymyr Zelenskyy"),
        ("Ukrainian President", date(2016, 1, 1), "Petro Poroshenko"),
        ("German Chancellor", date(2020, 1, 1), "Angela Merkel"),
        ("British Prime Minister", date(2022, 10, 1), "Liz Truss"),
        ("UN Secretary-General", date(2015, 1, 1), "Ban Ki-moon"),
        ("EU foreign policy chief", date(2021, 1, 1), "Josep Borrell"),
        ("European Commission President", date(2020, 1, 1), "Ursula von der Leyen"),
    ],
)
def test_holder_on_the_day(role, day, name):
    person = kb.holder(role, on=day)
    assert person is not None and person.name == name


def test_holder_unknown_role_or_day():
    assert kb.holder("the president", on=date(2020, 1, 1)) is None  # which country?
    assert kb.holder("NATO Secretary General", on=None) is None  # several holders, no day
    assert kb.holder("NATO Secretary General", on=date(1950, 1, 1)) is None  # before the base


@pytest.mark.parametrize("role, name, never", [
    ("The prime minister", "Michael Howard", True),     # led the Tories, never led a government
    ("the lord chancellor", "Tony Blair", True),
    ("the prime minister", "Tony Blair", False),
    ("The home secretary", "Michael Howard", False),    # he was, from 1993 to 1997
    ("the chancellor", "Angela Merkel", False),         # Germany's, not only Britain's
    ("the shadow chancellor", "Oliver Letwin", False),  # no office the base knows: no opinion
    ("The prime minister", "Jane Marlow", False),       # nobody the base knows: no opinion
])
def test_never_held_with_no_day(role, name, never):
    assert kb.default_kb().never_held(role, name) is never


@pytest.mark.parametrize("role, name, day, another", [
    ("the information commissioner", "Tony Blair", date(2005, 3, 1), True),  # prime minister that day
    ("the prime minister", "Tony Blair", date(2005, 3, 1), False),
    # no reading of the description, but its words are all in his office's label
    ("the constitutional affairs secretary", "Lord Falconer", date(2005, 2, 1), False),
    ("the Tory leader", "Michael Howard", date(2005, 2, 1), False),          # no office the base knows that day
    ("the rural affairs minister", "Alun Michael", None, False),            # no day: only never_held speaks
    ("the culture secretary", "Lord Falconer", None, True),
    ("the information commissioner", "Jane Marlow", date(2005, 3, 1), False),  # nobody the base knows
])
def test_holds_another_office(role, name, day, another):
    assert kb.default_kb().holds_another(role, name, day) is another


@pytest.mark.parametrize("role, names, day, name", [
    ("president", ["George W. Bush", "Jeb Bush", "Laura Bush"], date(2016, 2, 17), "George W. Bush"),
    ("president", ["Bill Clinton", "Barack Obama"], date(2016, 4, 11), "Bill Clinton"),  # Obama still held it
    ("president", ["Bill Clinton", "George W. Bush"], date(2016, 4, 11), None),  # two former presidents
    ("secretary of state", ["Hillary Clinton", "Bernie Sanders"], date(2016, 1, 28), "Hillary Clinton"),
    ("president", ["Donald Trump"], date(2016, 2, 17), None),  # his term began later
    ("president", ["George W. Bush"], None, None),  # no day to ask at
])
def test_past_holder_among(role, names, day, name):
    person = kb.default_kb().past_holder_among(role, names, day)
    assert (person.name if person else None) == name


def test_surname_bearers():
    base = kb.default_kb()
    assert {base.people[i].name for i in base.surname_bearers("howard")} >= {"Michael Howard", "John Howard"}
    assert base.surname_bearers("no-such-surname") == frozenset()


def test_wikidata_ids_of_the_anchors():
    assert kb.lookup_name("Jens Stoltenberg").wikidata == "Q57665"
    assert kb.lookup_name("Mark Rutte").wikidata == "Q57792"
    assert kb.lookup_name("Volodymyr Zelenskyy").wikidata == "Q3874799"


@pytest.mark.parametrize("alias", ["Zelensky", "Zelenskyy", "ZELENSKIY", "Volodymyr Zelensky"])
def test_lookup_name_aliases(alias):
    assert kb.lookup_name(alias).id == "Q3874799"


def test_lookup_name_unknown():
    assert kb.lookup_name("Johnson") is None  # not an alias: too many Johnsons


@pytest.mark.parametrize("name", ["Joseph R. Biden Jr.", "Joseph Biden Jr."])
def test_a_suffix_the_person_bears_is_read_past(name):
    # The New York Times writes "Vice President Joseph R. Biden Jr."; the base lists "Joseph R. Biden"
    # and "Joseph Robinette Biden Jr.", so the suffix is his own.
    assert kb.lookup_name(name).wikidata == "Q6279"


def test_a_son_named_after_his_father_is_not_the_father():
    assert kb.lookup_name("Donald Trump") is not None
    assert kb.lookup_name("Donald Trump Jr.") is None


def _day(day: str) -> dict:
    """A Wikidata time qualifier at day precision."""
    return {"datavalue": {"value": {"time": f"+{day}T00:00:00Z", "precision": 11}}}


def _entity(qid, label, *, p39=(), p31=(), aliases=()):
    claims = {}
    if p39:
        claims["P39"] = [
            {"mainsnak": {"datavalue": {"value": {"id": office}}},
             "qualifiers": {
                 **({"P580": [_day(start)]} if start else {}),
                 **({"P582": [_day(end)]} if end else {}),
             }}
            for office, start, end in p39
        ]
    if p31:
        claims["P31"] = [{"mainsnak": {"datavalue": {"value": {"id": c}}}} for c in p31]
    return {"id": qid, "type": "item", "labels": {"en": {"language": "en", "value": label}},
            "aliases": {"en": [{"language": "en", "value": a} for a in aliases]}, "claims": claims}


def _write_dump(path, entities, opener=open):
    with opener(path, "wt", encoding="utf-8") as fh:
        fh.write("[\n")
        fh.write(",\n".join(json.dumps(e) for e in entities))
        fh.write("\n]\n")


@pytest.mark.parametrize("suffix,opener", [(".json", open), (".json.gz", gzip.open), (".json.bz2", bz2.open)])
def test_import_wikidata_dump(tmp_path, suffix, opener):
    # Office Q1 appears after its holders (found by the second pass); office Q2 is absent.
    entities = [
        _entity("Q100", "Ann Example", p39=[("Q1", "2001-01-01", "2005-06-30")], aliases=["A. Example"]),
        _entity("Q101", "Bob Sample", p39=[("Q1", "2005-06-30", None), ("Q2", "1990-01-01", "1995-01-01")]),
        _entity("Q1", "Grand Vizier of Examplia", p31=["Q4164871"], aliases=["Examplian vizier"]),
    ]
    dump = tmp_path / f"dump{suffix}"
    _write_dump(dump, entities, opener)
    out = tmp_path / "kb.json"
    counts = import_wikidata(dump, out)
    assert counts == {"people": 2, "offices": 2, "terms": 3, "offices_without_label": 1}
    base = load_kb(out, curated=False)
    assert base.holder("the Examplian vizier", on=date(2003, 1, 1)).name == "Ann Example"
    assert base.holder("Grand Vizier of Examplia", on=date(2010, 1, 1)).wikidata == "Q101"
    assert base.holder("Q2", on=date(1992, 1, 1)).name == "Bob Sample"  # label absent: the Q-id answers
    assert base.lookup_name("A. Example").id == "Q100"
    merged = load_kb(out)
    assert merged.holder("NATO chief", on=date(2020, 1, 1)).name == "Jens Stoltenberg"
    assert merged.holder("Examplian vizier", on=date(2003, 1, 1)).name == "Ann Example"


def test_import_single_pass_keeps_unlabelled_office(tmp_path):
    entities = [
        _entity("Q1", "Grand Vizier of Examplia"),  # before its holder, no position class: only a second pass knows it
        _entity("Q100", "Ann Example", p39=[("Q1", "2001-01-01", None)]),
    ]
    dump = tmp_path / "d.json"
    _write_dump(dump, entities)
    assert import_wikidata(dump, tmp_path / "a.json", second_pass=False)["offices_without_label"] == 1
    assert import_wikidata(dump, tmp_path / "b.json")["offices_without_label"] == 0
