"""Every entry point reads an article the same way: same speakers, same article id.

`saidwhat extract`, `saidwhat.extract()`, `saidwhat ingest` and `POST /api/articles`
share one extraction default (the office-holder knowledge base) and one article id
(``models.article_id``), so what one prints the others know.
"""

from __future__ import annotations

import json
from datetime import datetime

from click.testing import CliRunner

import saidwhat
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
