"""Small multi-article stores shaped like wire copy, linked and checked."""

from __future__ import annotations

from saidwhat.across.link import link
from saidwhat.across.queries import list_flags, list_statements, speaker_info, statement_info
from saidwhat.settings import Settings

ORIGINAL = (
    "We will not abandon Ukraine, and we will deliver 40 more air defence systems before winter, "
    "because air defence is what keeps the lights on in Kyiv"
)


def _add(store, *extractions):
    for ex in extractions:
        assert store.add(ex)
    return link(store, Settings())


def _only_statement(store):
    rows = list_statements(store, min_outlets=1)
    by_speaker = [r for r in rows if r["speaker"] == "Jens Stoltenberg"]
    assert len(by_speaker) == 1, rows
    return statement_info(store, by_speaker[0]["id"])


def test_same_statement_across_outlets_with_harmless_variants(store, wire):
    _add(
        store,
        wire("a1", "reuters", "2024-09-19T08:00", [(ORIGINAL, "NATO Secretary General Jens Stoltenberg")]),
        # re-punctuated, curly quotes inside, case changed: the same wording
        wire("a2", "ap", "2024-09-19T09:00",
             [(ORIGINAL.replace(", and", ". And").replace("Kyiv", "KYIV"), "Stoltenberg")]),
        # trimmed to its first clause
        wire("a3", "afp", "2024-09-19T10:00", [("We will not abandon Ukraine", "the NATO Secretary General")]),
        # straight quote marks and an ellipsis for a cut made in the open
        wire("a4", "bbc", "2024-09-19T11:00", [(
            "We will not abandon Ukraine ... because air defence is what keeps the lights on in Kyiv",
            "NATO chief Jens Stoltenberg")]),
        wire("a5", "dpa", "2024-09-19T12:00", [(ORIGINAL, "Jens Stoltenberg")]),
    )
    info = _only_statement(store)
    assert info["speaker"] == "Q57665"
    assert len(info["sources"]) == 5
    assert info["first"]["outlet"] == "reuters"
    assert info["first"]["date"] == "2024-09-19"
    assert info["outlets"] == ["afp", "ap", "bbc", "dpa", "reuters"]
    # case and punctuation do not make a variant; trimming and elision do, without a change of meaning
    assert {v["wording"] for v in info["variants"]} == {
        "we will not abandon ukraine",
        "we will not abandon ukraine because air defence is what keeps the lights on in kyiv",
    }
    assert all(v["changes"] == [] for v in info["variants"])
    assert list_flags(store, kind="altered") == []


def test_altered_variants_are_flagged_with_their_diff(store, wire):
    _add(
        store,
        wire("b1", "reuters", "2024-09-19T08:00", [(ORIGINAL, "Jens Stoltenberg")]),
        wire("b2", "ap", "2024-09-19T09:00", [(ORIGINAL, "Stoltenberg")]),
        wire("b3", "afp", "2024-09-19T09:30", [(ORIGINAL, "Jens Stoltenberg")]),
        wire("b4", "tabloid", "2024-09-19T10:00",
             [(ORIGINAL.replace("We will not abandon", "We will abandon"), "Jens Stoltenberg")]),
        wire("b5", "blog", "2024-09-19T11:00", [(ORIGINAL.replace("40", "400"), "Jens Stoltenberg")]),
        wire("b6", "site", "2024-09-19T12:00", [(ORIGINAL.replace("in Kyiv", "in Moscow"), "Jens Stoltenberg")]),
        wire("b7", "paper", "2024-09-19T13:00",
             [(ORIGINAL.replace("deliver 40", "deliver at most 40"), "Jens Stoltenberg")]),
    )
    info = _only_statement(store)
    assert len(info["sources"]) == 7
    assert info["wording"] == ORIGINAL
    flags = {f["article"]: f for f in list_flags(store, kind="altered")}
    by_outlet = {f["evidence"]["outlet"]: f for f in flags.values()}
    assert set(by_outlet) == {"tabloid", "blog", "site", "paper"}
    assert by_outlet["tabloid"]["evidence"]["changes"][0]["kind"] == "negation-dropped"
    assert "[-not-]" in by_outlet["tabloid"]["evidence"]["diff"]
    assert by_outlet["blog"]["evidence"]["changes"][0] == {
        "kind": "number", "removed": ["40"], "added": ["400"], "severity": "high"}
    assert by_outlet["site"]["evidence"]["changes"][0]["kind"] == "substituted"
    assert by_outlet["paper"]["evidence"]["changes"][0]["kind"] == "inserted"
    assert {o: f["evidence"]["severity"] for o, f in by_outlet.items()} == {
        "tabloid": "high", "blog": "high", "site": "medium", "paper": "medium"}
    variants = {v["text"]: v for v in info["variants"]}
    assert "[-40-] {+400+}" in variants[ORIGINAL.replace("40", "400")]["diff"]


def test_recycled_months_later_and_not_within_the_window(store, wire):
    _add(
        store,
        wire("c1", "reuters", "2024-02-01T08:00", [(ORIGINAL, "Jens Stoltenberg")]),
        wire("c2", "ap", "2024-02-20T08:00", [(ORIGINAL, "Jens Stoltenberg")]),  # 19 days: still news
        wire("c3", "viral", "2024-09-19T08:00", [(ORIGINAL, "NATO chief Jens Stoltenberg")]),  # months later
    )
    flags = list_flags(store, kind="recycled")
    assert [f["article"] for f in flags] == [store.connection.execute(
        "SELECT id FROM articles WHERE outlet = 'viral'").fetchone()[0]]
    ev = flags[0]["evidence"]
    assert ev["first_seen"] == "2024-02-01" and ev["first_outlet"] == "reuters" and ev["days"] == 231
    assert list_flags(store, kind="recycled", since="2024-10-01") == []
    assert len(list_flags(store, since="2024-09-01")) == 1


def test_recycled_threshold_is_a_setting(store, wire):
    for ex in (wire("d1", "reuters", "2024-02-01T08:00", [(ORIGINAL, "Jens Stoltenberg")]),
               wire("d2", "ap", "2024-02-20T08:00", [(ORIGINAL, "Jens Stoltenberg")])):
        store.add(ex)
    link(store, Settings(recycled_days=10))
    assert len(list_flags(store, kind="recycled")) == 1


def test_incremental_link_and_backfilled_older_article(store, wire):
    _add(store, wire("e1", "viral", "2024-09-19T08:00", [(ORIGINAL, "Jens Stoltenberg")]))
    assert list_flags(store, kind="recycled") == []
    # an older report arrives later: the earlier article becomes recycled
    report = _add(store, wire("e2", "reuters", "2024-02-01T08:00", [("We will not abandon Ukraine", "Stoltenberg")]))
    assert report.articles == 1 and report.statements_new == 0
    info = _only_statement(store)
    assert info["first"]["outlet"] == "reuters"
    assert [f["evidence"]["outlet"] for f in list_flags(store, kind="recycled")] == ["viral"]
    assert link(store, Settings()).articles == 0  # nothing left to link


def test_speakers_with_the_same_surname_stay_apart(store, wire):
    _add(
        store,
        wire("f1", "politico", "2016-03-01T08:00", [
            ("The economy needs a raise for working families across this country", "Hillary Clinton"),
            ("I will fight for you every single day of my presidency", "Clinton"),
        ]),
        wire("f2", "nyt", "2016-03-02T08:00", [
            ("My wife is the best change maker I have ever known in my life", "Bill Clinton"),
        ]),
        wire("f3", "wash-post", "2016-03-03T08:00", [
            ("We are going to win this nomination and then the general election", "Clinton"),
        ]),
    )
    hillary = speaker_info(store, "Hillary Clinton")
    bill = speaker_info(store, "Bill Clinton")
    assert len(hillary) == 1 and len(bill) == 1 and hillary[0]["id"] != bill[0]["id"]
    assert hillary[0]["id"] == "Q6294"
    assert hillary[0]["quotes"] == 2  # the full name and the bare surname in the same article
    assert "Clinton" in hillary[0]["aliases"]
    # a bare "Clinton" in another article with two Clintons known: kept apart, with the reason
    apart = speaker_info(store, "surname:clinton")
    assert apart and "several people named Clinton" in apart[0]["notes"][0]


def test_role_descriptions_resolve_by_date(store, wire):
    _add(
        store,
        wire("g1", "reuters", "2024-09-19T08:00",
             [("Ukraine will become a member of this alliance one day", "the NATO Secretary General")]),
        wire("g2", "reuters", "2024-11-01T08:00",
             [("We must do more to support Ukraine this winter and beyond", "the NATO Secretary General")]),
    )
    rutte = speaker_info(store, "Mark Rutte")[0]
    stoltenberg = speaker_info(store, "Jens Stoltenberg")[0]
    assert rutte["quotes"] == 1 and stoltenberg["quotes"] == 1
    assert "the NATO Secretary General" in rutte["roles"]
    assert stoltenberg["quotes_by_month"] == {"2024-09": 1}


def test_spoken_on_recorded_from_the_cue(store, wire):
    ex = wire("h1", "reuters", "2024-09-19T08:00", [(ORIGINAL, "Jens Stoltenberg")])
    art = ex.article
    text = art.text.replace(" said.", " said on Tuesday.")
    from dataclasses import replace

    ex = type(ex)(replace(art, text=text, paragraphs=()), ex.quotes)
    _add(store, ex)
    row = store.connection.execute("SELECT spoken_on FROM quote_links").fetchone()
    assert row[0] == "2024-09-17"


def test_linking_extractions_in_hand_gives_what_the_store_gives(tmp_path, wire, monkeypatch):
    """``Linking.link_pending`` given the extractions just stored (as ``ingest`` does) links them
    as they are, under their store ids, without reading them back, and records what linking
    them from the store records."""
    from saidwhat.across.link import Linking
    from saidwhat.store import Store
    from tests.across.test_link_killed import record

    articles = [
        wire("a1", "reuters", "2024-09-19T08:00", [(ORIGINAL, "NATO Secretary General Jens Stoltenberg")]),
        wire("a2", "ap", "2024-09-19T09:00", [(ORIGINAL.replace("40", "four"), "Stoltenberg")]),
        wire("a3", "afp", "2024-09-19T10:00", [("We will not abandon Ukraine", "the NATO Secretary General")]),
    ]
    for name, in_hand in (("store.db", ()), ("in_hand.db", articles)):
        with Store.open(tmp_path / name) as store:
            assert all(store.add_many(articles))
            if in_hand:
                monkeypatch.setattr(store, "get_article", None)  # not called: the articles are in hand
            run = Linking(store, Settings())
            run.start()
            assert run.link_pending(in_hand) == 3
            run.finish()
    assert record(tmp_path / "in_hand.db") == record(tmp_path / "store.db")


def test_a_generational_suffix_is_no_surname(store, wire):
    """"name:james-b-comey-jr" is Comey's id: the surname a statement under "surname:comey" shares,
    and the one a store saved before ``SpeakerRecord.surname`` passed over a suffix gets back."""
    from saidwhat.across.link import _fill_surnames
    from saidwhat.across.statements import id_surname, speakers_may_share

    assert id_surname("name:james-b-comey-jr") == "comey"
    assert id_surname("name:paul-ryan") == "ryan"
    assert id_surname("name:donald-jr") == "jr"  # two words: no surname before the suffix
    assert id_surname("Q6294") is None
    assert speakers_may_share("surname:comey", "name:james-b-comey-jr") == "same"
    assert speakers_may_share("name:james-b-comey-jr", "surname:comey") == "same"
    assert speakers_may_share("surname:jr", "name:james-b-comey-jr") is None

    _add(store, wire("j1", "nyt", "2016-07-05T08:00", [(
        "Although there is evidence of potential violations, no reasonable prosecutor would bring such a case",
        "James B. Comey Jr.")]))
    conn = store.connection
    speaker = conn.execute("SELECT speaker_id FROM quote_links").fetchone()[0]
    assert conn.execute("SELECT surname FROM across_speakers WHERE id = ?", (speaker,)).fetchone()[0] == "comey"
    conn.execute("UPDATE across_speakers SET surname = 'jr' WHERE id = ?", (speaker,))  # as stored before
    _fill_surnames(conn)
    assert conn.execute("SELECT surname FROM across_speakers WHERE id = ?", (speaker,)).fetchone()[0] == "comey"
