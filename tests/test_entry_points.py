"""Every entry point reads an article the same way: same speakers, same article id.

`saidwhat extract`, `saidwhat.extract()`, `saidwhat ingest` and `POST /api/articles`
share one extraction default (the office-holder knowledge base) and one article id
(``models.article_id``), so what one prints the others know: `show`, `search`, `export`,
`GET /api/articles/<id>` and the Spark job's rows too. A record's own id is its
``given_id``, carried beside the id and accepted by `show` and the API.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from click.testing import CliRunner

import saidwhat
import saidwhat.store
from saidwhat.cli import main
from saidwhat.models import article_id
from saidwhat.store.identity import identify

ROLE = "The US president said on Tuesday that the bill would pass."


def test_python_api_resolves_roles_like_ingest():
    article = saidwhat.Article(id="x", text=ROLE, published=datetime(2021, 6, 1))
    (quote,) = saidwhat.extract(article).quotes
    assert quote.speaker.name == "Joe Biden"
    (bare,) = saidwhat.extract(article, holder=None).quotes
    assert bare.speaker.name is None


def test_reader_id_is_the_store_id():
    article = saidwhat.Article(id=article_id(None, ROLE), text=ROLE)
    assert identify(article).id == article.id
    web = "https://example.com/news/1?utm_source=feed"
    assert identify(saidwhat.Article(id="x", text=ROLE, url=web)).id == article_id(web, ROLE)


def test_extract_prints_the_id_that_show_knows(tmp_path):
    path = tmp_path / "budget.txt"
    path.write_text(f"President signs bill\n\n{ROLE}\n", encoding="utf-8")
    db = tmp_path / "q.db"
    runner = CliRunner()
    printed = runner.invoke(main, ["extract", str(path), "--format", "json"])
    assert printed.exit_code == 0, printed.output
    article = json.loads(printed.output)["article"]
    assert runner.invoke(main, ["ingest", str(path), "--db", str(db)]).exit_code == 0
    shown = runner.invoke(main, ["show", article["id"], "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert "the bill would pass" in shown.output


def _speakers(quotes) -> list[tuple]:
    """What every entry point must agree on: each quote's words, kind, speaker mention, name and type."""
    out = []
    for q in quotes:
        spk = q["speaker"] if isinstance(q, dict) else (q.speaker and {"mention": q.speaker.mention,
                                                                        "name": q.speaker.name,
                                                                        "type": q.speaker.type})
        kind = q["kind"] if isinstance(q, dict) else q.kind.value
        text = q["text"] if isinstance(q, dict) else q.text
        out.append((text, kind, spk and spk["mention"], spk and spk["name"], spk and spk["type"]))
    return out


ROLE_ARTICLE = ("The US president said on Tuesday that the bill would pass.\n\n"
                "\u201cWe have the votes,\u201d a White House spokesman told reporters.\n")


def _role_file(tmp_path):
    """A role-at-date article as a JSONL record, so that every reader sees the same date."""
    path = tmp_path / "role.jsonl"
    path.write_text(json.dumps({"url": "https://example.com/2021/06/01/bill", "outlet": "Example News",
                                "headline": "Bill will pass, president says", "published": "2021-06-01",
                                "text": ROLE_ARTICLE}) + "\n", encoding="utf-8")
    return path


def _record_file(tmp_path):
    """A JSONL record carrying its own id and a "date": the id is kept as the given id, the date read."""
    path = tmp_path / "record.jsonl"
    path.write_text(json.dumps({"id": "rec-7", "date": "2021-06-01", "text": ROLE_ARTICLE}) + "\n", encoding="utf-8")
    return path


def _seed_file():
    from tests.conftest import shared_path

    return shared_path("fixtures", "seed", "stoltenberg-2024-09-19.txt")


_FILES = {"role": _role_file, "record": _record_file, "seed": lambda tmp_path: _seed_file()}


@pytest.mark.parametrize("which", ["role", "record", "seed"])
def test_every_entry_point_gives_the_same_speakers_names_and_ids(tmp_path, which):
    from fastapi.testclient import TestClient

    from saidwhat.web import create_app

    path = _FILES[which](tmp_path)
    (article,) = [a for a in saidwhat.read_sources([path]) if isinstance(a, saidwhat.Article)]
    library = saidwhat.extract(article)
    runner = CliRunner()
    printed = json.loads(runner.invoke(main, ["extract", str(path), "--format", "json"]).output)
    db = tmp_path / "q.db"
    assert runner.invoke(main, ["ingest", str(path), "--db", str(db)]).exit_code == 0
    with saidwhat.store.Store.open(db, readonly=True) as store:
        stored = store.get_article(article.id)
    body = {"text": article.text, "headline": article.headline, "url": article.url, "id": article.given_id,
            "outlet": article.outlet, "published": article.published.isoformat() if article.published else None}
    saidwhat.store.Store.open(tmp_path / "api.db").close()  # an empty store for the API to write to
    with TestClient(create_app(tmp_path / "api.db", write_token="t")) as client:
        posted = client.post("/api/articles", json=body, headers={"Authorization": "Bearer t"}).json()
    with TestClient(create_app(db)) as client:
        got = client.get(f"/api/articles/{article.id}").json()

    expected = _speakers(library.quotes)
    assert any(name for _, _, _, name, _ in expected)
    ids = {printed["article"]["id"], stored.article.id, posted["article"]["id"], got["article"]["id"],
           library.article.id, *_searched_ids(runner, db, library), *_exported_ids(runner, db, tmp_path),
           *_spark_ids(article)}
    assert ids == {article.id}
    assert _speakers(printed["quotes"]) == expected
    assert _speakers(stored.quotes) == expected
    assert _speakers(posted["quotes"]) == expected
    assert _speakers(got["quotes"]) == expected
    if which == "role":
        assert ("Joe Biden", "person") in {(name, typ) for _, _, _, name, typ in expected}
    if which == "record":
        assert article.published == datetime(2021, 6, 1)  # read from the record's "date"
        _the_given_id_is_kept_and_finds_the_article(runner, db, printed, stored, posted, article.id)


def _searched_ids(runner, db, library) -> set[str]:
    words = library.quotes[0].text.split()[1]
    found = runner.invoke(main, ["search", words, "--db", str(db), "--format", "json"])
    assert found.exit_code == 0, found.output
    return {hit["article_id"] for hit in json.loads(found.output)}


def _exported_ids(runner, db, tmp_path) -> set[str]:
    out = tmp_path / "export.jsonl"
    assert runner.invoke(main, ["export", str(out), "--db", str(db)]).exit_code == 0
    return {json.loads(line)["article_id"] for line in out.read_text(encoding="utf-8").splitlines()}


def _spark_ids(article) -> set[str]:
    """The ids the Spark job's executors write (quote rows and the article sidecar), without Spark."""
    from saidwhat.models import to_dict
    from saidwhat.spark import records

    rows = [dict(zip(records.ROW_COLUMNS, row)) for row in
            records.extract_partition([("article", json.dumps(to_dict(article)))])]
    assert {row["record"] for row in rows} == {"quote", "article"}
    assert {row["given_id"] for row in rows} == {article.given_id}  # the record's own id rides along
    return {row["article_id"] for row in rows}


def _the_given_id_is_kept_and_finds_the_article(runner, db, printed, stored, posted, id_):
    from fastapi.testclient import TestClient

    from saidwhat.web import create_app

    assert printed["article"]["given_id"] == stored.article.given_id == posted["article"]["given_id"] == "rec-7"
    shown = runner.invoke(main, ["show", "rec-7", "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert id_ in shown.output and "the bill would pass" in shown.output
    with TestClient(create_app(db)) as client:
        assert client.get("/api/articles/rec-7").json()["article"]["id"] == id_


def test_the_options_object_is_what_every_entry_point_uses():
    article = saidwhat.Article(id="x", text=ROLE, published=datetime(2021, 6, 1))
    default = saidwhat.extract(article, saidwhat.ExtractOptions())
    assert default.quotes == saidwhat.extract(article).quotes
    assert default.quotes[0].speaker.name == "Joe Biden"
    off = saidwhat.extract(article, saidwhat.ExtractOptions(holder=None))
    assert off.quotes[0].speaker.name is None
    assert saidwhat.extract(article, holder=None).quotes == off.quotes  # keywords change fields of the options


# BBC shapes: a party, a named person with a description, a group and a document speaking.
TYPED = (
    "Oil firm cuts jobs\n\nThe Lib Dems said on Monday the cuts were a disgrace.\n\n"
    "\"The market is tough,\" said Julia Hartley, an economist at Mercer Bank.\n\n"
    "Analysts said the cuts would continue.\n\nA report by the Treasury said growth would slow next year.\n"
)


def test_the_text_view_tags_every_speakers_type(tmp_path):
    """`saidwhat extract` prints each speaker's type the same way, whichever it is: the JSON's
    person, org, group and document as [person], [organisation], [group], [document]."""
    path = tmp_path / "typed.txt"
    path.write_text(TYPED, encoding="utf-8")
    runner = CliRunner()
    quotes = json.loads(runner.invoke(main, ["extract", str(path), "--format", "json"]).output)["quotes"]
    heads = [line for line in runner.invoke(main, ["extract", str(path)]).output.splitlines() if line[:1] == "["]
    types = [q["speaker"]["type"] for q in quotes]
    assert types == ["org", "person", "group", "document"]
    tags = {"org": "organisation", "person": "person", "group": "group", "document": "document"}
    assert [f"[{tags[t]}]" in head for t, head in zip(types, heads)] == [True] * 4
