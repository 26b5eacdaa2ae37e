from __future__ import annotations

import json

from click.testing import CliRunner

from saidwhat.cli import main

ORIGINAL = "We will not abandon Ukraine, and we will deliver 40 more air defence systems before winter"


def test_commands_over_a_small_store(tmp_path, wire):
    from saidwhat.store import Store

    db = tmp_path / "c.db"
    with Store.open(db) as st:
        st.add(wire("a", "reuters", "2024-02-01T08:00", [(ORIGINAL, "Jens Stoltenberg")]))
        st.add(wire("b", "ap", "2024-09-19T08:00", [(ORIGINAL.replace("not ", ""), "NATO chief Jens Stoltenberg")]))
    run = CliRunner().invoke
    r = run(main, ["link", "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["articles"] == 2
    r = run(main, ["speaker", "Stoltenberg", "--db", str(db)])
    assert r.exit_code == 0 and "Q57665" in r.output and "NATO chief" in r.output
    r = run(main, ["statements", "--db", str(db), "--min-outlets", "2", "--json"])
    rows = json.loads(r.output)
    assert len(rows) == 1 and rows[0]["outlets"] == ["ap", "reuters"]
    r = run(main, ["statement", str(rows[0]["id"]), "--db", str(db)])
    assert r.exit_code == 0 and "[-not-]" in r.output
    r = run(main, ["flags", "--db", str(db), "--kind", "altered"])
    assert "negation-dropped" in r.output
    r = run(main, ["flags", "--db", str(db), "--kind", "recycled", "--json"])
    assert json.loads(r.output)[0]["evidence"]["days"] == 231
    r = run(main, ["flags", "--db", str(db), "--since", "2025-01-01", "--json"])
    assert json.loads(r.output) == []
    r = run(main, ["flags", "--db", str(db), "--since", "yesterday"])
    assert r.exit_code == 6  # QueryError
    r = run(main, ["statement", "999", "--db", str(db)])
    assert r.exit_code == 6


def test_kb_import_command(tmp_path):
    dump = tmp_path / "d.json"
    dump.write_text('[\n{"id": "Q9", "labels": {"en": {"value": "Pat Doe"}}, "claims": {"P39": [{"mainsnak": '
                    '{"datavalue": {"value": {"id": "Q8"}}}, "qualifiers": {}}]}}\n]\n')
    r = CliRunner().invoke(main, ["kb-import", str(dump), str(tmp_path / "o.json")])
    assert r.exit_code == 0, r.output
    assert "people 1" in r.output and "offices_without_label 1" in r.output


def test_a_statement_said_last_week_shows_its_week(tmp_path):
    """The store of tests/store/data (two real articles: capital's "Dubois told parliament last
    week" of 2 December 2026), linked afresh: the CLI, the JSON API and the web page show the
    statement's date as the week before, with the source that says so."""
    import gzip
    from pathlib import Path

    from fastapi.testclient import TestClient

    from saidwhat.web import create_app

    db = tmp_path / "s.db"
    fixture = Path(__file__).parents[1] / "store" / "data" / "store_v25.db.gz"
    db.write_bytes(gzip.decompress(fixture.read_bytes()))
    run = CliRunner().invoke
    assert run(main, ["link", "--all", "--db", str(db)]).exit_code == 0
    rows = json.loads(run(main, ["statements", "--db", str(db), "--min-outlets", "1", "--json"]).output)
    (pension,) = [r["id"] for r in rows if r["wording"].startswith("The pension reform")]
    r = run(main, ["statement", str(pension), "--db", str(db)])
    assert r.exit_code == 0
    assert "said: the week of 23-29 Nov 2026 (said last week, per the source: capital" in r.output
    with TestClient(create_app(db)) as client:
        said = client.get(f"/api/statements/{pension}").json()["said"]
        assert (said["from"], said["to"], said["basis"]) == ("2026-11-23", "2026-11-29", "spoken")
        page = client.get(f"/statements/{pension}").text
    assert "said the week of 23-29 Nov 2026" in page and "said last week, per the source" in page
