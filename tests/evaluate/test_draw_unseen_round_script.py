"""scripts/draw_unseen_round.py: the BBC pool drops copies and near-copies of articles in the set."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "draw_unseen_round.py"

# A composed story in the set, and the texts a pool can hold beside it.
IN_SET = (
    "The Internet Engineering Task Force has approved a new standard for sending mail between servers. "
    "The group said the change would make it harder for spammers to forge the address a message comes from. "
    "Its chairman told reporters that the largest providers had agreed to adopt the standard within a year. "
    "Smaller firms warned that the cost of changing their systems could be high. "
    "A spokesman for one provider said it welcomed any step that cut the volume of junk mail. "
    "The standard will be reviewed again next spring."
)
NEAR_COPY = IN_SET.replace("Internet Engineering Task Force", "Internet Electronic Task Force")
SHARED_PARAGRAPH = (
    "Ministers have promised to publish new rules on data kept by mobile phone companies this autumn. "
    "The home secretary said the police needed access to records to fight serious crime, but campaigners said "
    "the plans went too far and would let officials read the habits of millions of people who had done nothing "
    "wrong. The opposition called for a vote in parliament before any rules came into force. "
    "The group said the change would make it harder for spammers to forge the address a message comes from. "
    "Its chairman told reporters that the largest providers had agreed to adopt the standard within a year."
)
UNRELATED = (
    "Wolves have appointed a new manager after a run of six defeats left the club near the foot of the table. "
    "The chairman said he was delighted to have found a man with such experience, and the fans cheered."
)


def _script():
    spec = importlib.util.spec_from_file_location("draw_unseen_round", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_near_copy_is_dropped_and_a_shared_paragraph_is_not():
    script = _script()
    runs = {name: script.shingles(text) for name, text in [("near", NEAR_COPY), ("paragraph", SHARED_PARAGRAPH)]}
    in_set = {"set": script.shingles(IN_SET)}
    # the one word changed breaks 8 of the runs: the rest are the set article's
    assert len(runs["near"] & in_set["set"]) / len(runs["near"]) > 0.9
    # two of the article's six sentences: a share of the runs under the threshold, not nothing
    assert 0.2 < len(runs["paragraph"] & in_set["set"]) / len(runs["paragraph"]) < script.NEAR_COPY_SHARE
    candidates = {
        "copy": script.shingles(IN_SET),
        "near": runs["near"],
        "paragraph": runs["paragraph"],
        "unrelated": script.shingles(UNRELATED),
    }
    assert script.near_copies(candidates, in_set) == ["copy", "near"]


def test_of_two_near_copies_in_the_pool_the_first_is_kept():
    script = _script()
    candidates = {"b": script.shingles(NEAR_COPY), "a": script.shingles(IN_SET), "c": script.shingles(UNRELATED)}
    assert script.near_copies(candidates, {}) == ["b"]
    assert script.near_copies({"short": script.shingles("Too short to have a run.")}, {}) == []


def test_the_bbc_pool_counts_copies_and_near_copies_apart(tmp_path):
    script = _script()
    bbc = tmp_path / "bbc"
    (bbc / "tech").mkdir(parents=True)
    files = {
        "tech/001.txt": IN_SET,
        "tech/002.txt": IN_SET,  # the same body under another file name and another headline
        "tech/003.txt": NEAR_COPY,
        "tech/004.txt": SHARED_PARAGRAPH,
        "tech/005.txt": UNRELATED,
    }
    for n, (name, body) in enumerate(files.items()):
        (bbc / name).write_text(f"Headline {n}\n\n{body}\n", encoding="utf-8")
    snapshot = tmp_path / "bbc.tsv"
    snapshot.write_text("# header\n" + "".join(f"{name}\tq\n" * 6 for name in files), encoding="utf-8")
    gold = [{"source": "bbc", "article": "tech/001.txt"}]
    pool, copies, near = script.bbc_pool(gold, snapshot, bbc)
    assert (pool, copies, near) == (["tech/004.txt", "tech/005.txt"], ["tech/002.txt"], ["tech/003.txt"])
