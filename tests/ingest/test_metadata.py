"""Metadata for plain corpora (issue 18.4): --outlet, --date (fixed or from the path), a
sidecar CSV or JSON per file; README, LICENSE and COPYING files skipped in folders."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from saidwhat.cli import main
from saidwhat.errors import ConfigError
from saidwhat.ingest import read_sources
from saidwhat.ingest.metadata import SourceMetadata, date_from_path, read_sidecar
from saidwhat.models import Article, Skip

STORY = "Ad sales boost profit\n\nQuarterly profits at the media group rose 76% to $1.13bn, the firm said.\n"
DATED = "19 September 2024\nNato chief speaks\n\nThe alliance will deliver more air defence, he said.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A BBC-like folder: articles under year/month/day folders, a README.TXT and a LICENSE beside them."""
    root = tmp_path / "corpus"
    (root / "2005" / "03" / "01").mkdir(parents=True)
    (root / "2005" / "03" / "01" / "001.txt").write_text(STORY, encoding="utf-8")
    (root / "2005" / "03" / "02").mkdir(parents=True)
    (root / "2005" / "03" / "02" / "002.txt").write_text(DATED, encoding="utf-8")
    (root / "README.TXT").write_text("Consists of 2225 documents from the BBC website.\n\nFor research.\n")
    (root / "LICENSE").write_text("All rights, including copyright, in the content are the BBC's.\n\nOk.\n")
    (root / "COPYING.txt").write_text("Copying this corpus is allowed for research.\n\nNothing more.\n")
    return root


def _read(root: Path, metadata: SourceMetadata | None = None) -> tuple[dict[str, Article], list[Skip]]:
    items = list(read_sources([root], metadata=metadata))
    articles = {Path(a.source).name: a for a in items if isinstance(a, Article)}
    return articles, [s for s in items if isinstance(s, Skip)]


def test_readme_licence_and_copying_are_skipped_with_a_reason(corpus):
    articles, skips = _read(corpus)
    assert set(articles) == {"001.txt", "002.txt"}
    assert {Path(s.source).name for s in skips} == {"README.TXT", "LICENSE", "COPYING.txt"}
    assert {s.reason for s in skips} == {"not-article"} and all("README" in s.detail for s in skips)


def test_a_readme_named_on_its_own_is_read():
    # Only folders are sorted out by name: a file the user names is what they asked for.
    items = list(read_sources([Path(__file__).resolve().parents[2] / "README.md"]))
    assert items and not any(isinstance(i, Skip) and i.reason == "not-article" for i in items)


def test_outlet_and_fixed_date_fill_only_what_the_file_does_not_say(corpus):
    articles, _ = _read(corpus, SourceMetadata.build(outlet="BBC News", date="2005-01-31"))
    assert {a.outlet for a in articles.values()} == {"BBC News"}
    assert articles["001.txt"].published == datetime(2005, 1, 31)
    assert articles["002.txt"].published == datetime(2024, 9, 19)  # its own dateline wins


def test_the_date_from_a_pattern_on_the_path(corpus):
    pattern = r"(?P<year>\d{4})/(?P<month>\d\d)/(?P<day>\d\d)/"
    articles, _ = _read(corpus, SourceMetadata.build(date=pattern))
    assert articles["001.txt"].published == datetime(2005, 3, 1)
    assert articles["002.txt"].published == datetime(2024, 9, 19)


@pytest.mark.parametrize(("path", "pattern", "expected"), [
    ("bbc/2005/03/01/a.txt", r"(?P<year>\d{4})/(?P<month>\d\d)/(?P<day>\d\d)", datetime(2005, 3, 1)),
    ("news-2004-11.txt", r"(?P<year>\d{4})-(?P<month>\d\d)", datetime(2004, 11, 1)),
    ("y2003/x.txt", r"y(?P<year>\d{4})", datetime(2003, 1, 1)),
    ("bbc/2005/13/40/a.txt", r"(?P<year>\d{4})/(?P<month>\d\d)/(?P<day>\d\d)", None),  # not a date: none
    ("bbc/business/001.txt", r"(?P<year>\d{4})", None),
])
def test_date_from_path(path, pattern, expected):
    import re

    assert date_from_path(path, re.compile(pattern)) == expected


@pytest.mark.parametrize("value", ["yesterday", "(?P<month>\\d\\d)", "(unclosed"])
def test_a_date_option_that_is_neither_date_nor_pattern_says_what_to_write(value):
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        SourceMetadata.build(date=value)


def test_a_sidecar_csv_wins_over_the_file_and_moves_the_id_with_the_url(corpus):
    (corpus / "meta.csv").write_text(
        "path,outlet,date,url,headline\n"
        "2005/03/01/001.txt,The Guardian,2005-03-04,https://www.example.org/ads,Ads lift profits\n"
        "2005/03/02/002.txt,Reuters,,,\n", encoding="utf-8")
    plain, _ = _read(corpus)
    articles, skips = _read(corpus, SourceMetadata.build(outlet="BBC News", sidecar=corpus / "meta.csv"))
    first, second = articles["001.txt"], articles["002.txt"]
    assert (first.outlet, first.published, first.url, first.headline) == (
        "The Guardian", datetime(2005, 3, 4), "https://www.example.org/ads", "Ads lift profits")
    assert first.id != plain["001.txt"].id  # an article with a URL is known by it
    assert (second.outlet, second.published) == ("Reuters", datetime(2024, 9, 19))
    assert second.headline == "Nato chief speaks"
    assert "meta.csv" in {Path(s.source).name for s in skips}  # the sidecar itself is not an article


def test_a_sidecar_json_as_an_object_or_a_list(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"x/1.txt": {"outlet": "AP", "published": "2004-02-03"}}))
    (tmp_path / "b.json").write_text(json.dumps([{"path": "x/1.txt", "outlet": "AP", "date": "2004-02-03"}]))
    expected = {(tmp_path / "x" / "1.txt").resolve(): {"outlet": "AP", "published": datetime(2004, 2, 3)}}
    assert read_sidecar(tmp_path / "a.json") == read_sidecar(tmp_path / "b.json") == expected


@pytest.mark.parametrize(("name", "text", "message"), [
    ("m.csv", "file,outlet\na.txt,AP\n", "'path' column"),
    ("m.csv", "path,outlet,color\na.txt,AP,red\n", "unknown fields color"),
    ("m.csv", "path,date\na.txt,March\n", "YYYY-MM-DD"),
    ("m.json", "[1, 2]", "list of objects"),
    ("m.json", "{not json", "not JSON"),
])
def test_a_bad_sidecar_says_what_is_wrong(tmp_path, name, text, message):
    (tmp_path / name).write_text(text)
    with pytest.raises(ConfigError, match=message):
        read_sidecar(tmp_path / name)


def test_read_sources_command_takes_the_options(corpus):
    result = CliRunner().invoke(main, ["read-sources", str(corpus), "--outlet", "BBC News", "--date",
                                       r"(?P<year>\d{4})/(?P<month>\d\d)/(?P<day>\d\d)"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["outlet"] for r in rows} == {"BBC News"}
    assert sorted(r["published"][:10] for r in rows) == ["2005-03-01", "2024-09-19"]
    assert "not-article 3" in result.stderr


def test_a_bad_date_option_is_a_clean_error(corpus):
    result = CliRunner().invoke(main, ["read-sources", str(corpus), "--date", "someday"])
    assert result.exit_code != 0 and "named group (?P<year>" in result.output


def test_the_bbc_corpus_readme_is_not_an_article(bbc_dir, tmp_path):
    import shutil

    # The corpus's own README.TXT and one of its articles, copied: walking all 2,225 files is not needed.
    shutil.copy(bbc_dir / "README.TXT", tmp_path / "README.TXT")
    (tmp_path / "business").mkdir()
    shutil.copy(bbc_dir / "business" / "001.txt", tmp_path / "business" / "001.txt")
    items = list(read_sources([tmp_path], metadata=SourceMetadata.build(outlet="BBC News")))
    skipped = [s for s in items if isinstance(s, Skip)]
    assert [(Path(s.source).name, s.reason) for s in skipped] == [("README.TXT", "not-article")]
    articles = [a for a in items if isinstance(a, Article)]
    assert len(articles) == 1 and articles[0].outlet == "BBC News" and articles[0].headline
