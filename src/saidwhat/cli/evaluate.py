"""`saidwhat eval`: measure extraction on annotated news (a thin wrapper over saidwhat.evaluate)."""

from __future__ import annotations

import json
import sys

import click

from . import main


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True))
@click.option("--split", default="dev", show_default=True, help="PolNeAR split to read (ignored for JSONL gold).")
@click.option("--errors", "show_errors", is_flag=True, help="List misses and false alarms, grouped by pattern.")
@click.option(
    "--examples", default=3, show_default=True, type=click.IntRange(0), help="Examples shown per error group."
)
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N articles.")
@click.option(
    "--compare", "compare", type=click.Choice(["textacy"]), multiple=True,
    help="Also score a baseline on the same articles (needs the `compare` extra).",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option(
    "--write-floors", type=click.Path(dir_okay=False), default=None, help="Pin these scores to a floors file."
)
@click.option(
    "--check-floors", type=click.Path(exists=True, dir_okay=False), default=None,
    help="Exit with status 1 when a score drops more than the tolerance below this floors file.",
)
@click.option(
    "--bbc", "bbc_root", type=click.Path(exists=True, file_okay=False), default=None,
    help="Speaker gold only: the BBC corpus folder [default: shared/data/bbc-news/bbc beside the gold].",
)
@click.option(
    "--web", "web_root", type=click.Path(exists=True, file_okay=False), default=None,
    help="Speaker gold only: the web pages' folder (ground-truth.json, html/) "
    "[default: shared/data/article-extraction-benchmark beside the gold].",
)
@click.option(
    "--polnear", "polnear_root", type=click.Path(exists=True, file_okay=False), default=None,
    help="Speaker gold only: the PolNeAR corpus whose train articles it annotates "
    "[default: shared/data/polnear beside the gold].",
)
def evaluate_command(
    gold, split, show_errors, examples, limit, compare, fmt, write_floors, check_floors, bbc_root, web_root,
    polnear_root,
) -> None:
    """Score quote extraction against GOLD: a PolNeAR folder or a JSONL gold file.

    Prints content precision/recall/F1 at lenient, partial and strict
    matching, speaker accuracy and attributed-quote F1, for all gold
    attributions, direct/mixed, indirect and speech-cue-only subsets.

    GOLD may also be the canonical-speaker gold set (evaluation/speakers):
    then it prints canonical-name accuracy, type accuracy, coverage and
    errors by pattern for Wikinews, BBC, web pages and PolNeAR's train articles (US
    political news), train and dev halves; --split train|dev limits the --errors
    listing to that half. The BBC, web and PolNeAR texts are not committed: each
    part is read from --bbc, --web, --polnear or the shared folder beside the
    gold, and skipped, with a line saying so, when it is not there.
    """
    from ..evaluate.speakers_gold import is_speaker_gold

    if is_speaker_gold(gold):
        from .speakers_eval import run_speaker_eval

        explicit = click.get_current_context().get_parameter_source("split") != click.core.ParameterSource.DEFAULT
        unsupported = {"--compare": compare, "--write-floors": write_floors, "--check-floors": check_floors}
        run_speaker_eval(gold, split=split if explicit else None, errors=show_errors, limit=limit, fmt=fmt,
                         bbc_root=bbc_root, web_root=web_root, polnear_root=polnear_root,
                         unsupported=unsupported)
        return

    from ..evaluate import check_floors as check
    from ..evaluate import (
        evaluate,
        evaluation_to_dict,
        format_errors,
        format_rules,
        format_table,
        read_floors,
    )
    from ..evaluate import write_floors as pin

    floors = read_floors(check_floors) if check_floors else None
    evaluation = evaluate(gold, split=split, limit=limit, systems=("saidwhat", *compare), errors=show_errors)
    if fmt == "json":
        click.echo(json.dumps(evaluation_to_dict(evaluation, examples=examples), indent=2, ensure_ascii=False))
    else:
        click.echo(format_table(evaluation))
        if show_errors:
            click.echo("")
            click.echo(format_rules(evaluation))
            click.echo("")
            click.echo(format_errors(evaluation, examples=examples))
    if write_floors:
        pin(evaluation, write_floors)
        click.echo(f"pinned {evaluation.results[0].name} scores to {write_floors}", err=True)
    if floors is not None:
        failures = check(evaluation, floors)
        for failure in failures:
            click.secho(f"below floor: {failure}", fg="red", err=True)
        if failures:
            sys.exit(1)


@main.command("train-cues")
@click.argument("gold", type=click.Path(exists=True))
@click.option("--split", default="train", show_default=True, help="PolNeAR split to learn from (never dev).")
@click.option(
    "--out", type=click.Path(dir_okay=False), default=None,
    help="Where to write the lexicon [default: the package's data/cue_lexicon.json].",
)
@click.option(
    "--min-count", default=6, show_default=True, type=click.IntRange(1), help="Cue occurrences a lemma needs."
)
@click.option("--min-ratio", default=0.35, show_default=True, type=click.FloatRange(0, 1),
              help="Share of a lemma's verb uses that must be cues.")
def train_cues_command(gold, split, out, min_count, min_ratio) -> None:
    """Learn which verbs head attributions from annotated GOLD and write the cue lexicon.

    Reads a PolNeAR folder (train split) or JSONL gold with cue spans, tags it
    with spaCy (two cores: a few minutes for PolNeAR train) and writes the verbs
    that are attribution cues at least --min-ratio of the time.
    """
    from pathlib import Path

    from ..evaluate.gold import read_gold
    from ..evaluate.train_cues import learn_cue_lexicon, write_lexicon

    lexicon = learn_cue_lexicon(read_gold(gold, split=split), min_count=min_count, min_ratio=min_ratio)
    target = Path(out) if out else Path(__file__).resolve().parents[1] / "data" / "cue_lexicon.json"
    write_lexicon(lexicon, target, source=f"{Path(gold).name} ({split})")
    click.echo(f"{len(lexicon)} cue lemmas -> {target}")
    for lemma, row in sorted(lexicon.items(), key=lambda kv: -kv[1]["cue"])[:25]:
        click.echo(f"  {lemma:14s} {row['strength']:.2f}  ({row['cue']}/{row['seen']})")


@main.command("snapshot")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False), default="../shared/data/bbc-news/bbc")
@click.option(
    "--file", "digest_file", type=click.Path(dir_okay=False), default="evaluation/snapshot/bbc.tsv",
    show_default=True, help="The committed digest to check against or rewrite.",
)
@click.option("--write", is_flag=True, help="Rewrite the digest with today's output (commit it and say what changed).")
@click.option("--list", "list_changed", default=0, type=click.IntRange(0), help="Also list up to N changed articles.")
@click.option(
    "--show", "show_changed", default=0, type=click.IntRange(0),
    help="Also print up to N changed quotes with today's reading (kind, speaker words -> name (type)) and "
         "the fields that moved; read each to count it better, worse or neutral.",
)
def snapshot_command(corpus, digest_file, write, list_changed, show_changed) -> None:
    """Check that extraction output on CORPUS (the BBC corpus) is what the committed digest says.

    Extracts every article the way `ingest` does and compares one line of field
    digests per quote with DIGEST_FILE. Without --write, exits with status 1 when
    anything differs and prints what moved (quotes added, removed, fields changed).
    With --write, rewrites the digest and prints the same counts for the commit message.
    """
    from pathlib import Path

    from ..evaluate.snapshot import compare, read_snapshot, snapshot_corpus, write_snapshot

    readable: dict[tuple[str, str], str] = {}
    lines = snapshot_corpus(corpus, progress=sys.stderr.isatty(), readable=readable)
    before = read_snapshot(digest_file) if Path(digest_file).exists() else []
    diff = compare(before, lines)
    click.echo(diff.summary())
    for key in diff.articles_changed[:list_changed]:
        click.echo(f"  {key}")
    for key, spans, what in diff.quotes_changed[:show_changed]:
        click.echo(f"  {key} {spans} [{what}] {readable.get((key, spans), '(no longer extracted)')}")
    if write:
        write_snapshot(lines, digest_file)
        click.echo(f"wrote {digest_file}", err=True)
    elif not diff.identical:
        click.echo(
            f"extraction output differs from {digest_file}: rerun with --write and say why in the commit", err=True
        )
        sys.exit(1)


@main.command("eval-across")
@click.option("--set", "which", type=click.Choice(["composed", "generated", "both", "polnear", "bbc", "dates"]),
              default="composed", show_default=True,
              help="The hand-written set (evaluation/across), the generated one, both, or PolNeAR's real coverage "
                   "scored on the pairs read by hand (evaluation/across/polnear_pairs.jsonl, and apart its "
                   "held-out part polnear_pairs_heldout.jsonl and the train pairs polnear_pairs_train.jsonl; a few "
                   "minutes; with --split dev, dev linked alone and "
                   "scored on polnear_pairs_dev.jsonl); or the BBC corpus linked and scored on "
                   "evaluation/across/bbc_pairs.jsonl; or 'dates': the utterance dates of "
                   "evaluation/across/dates_gold.jsonl (PolNeAR train quotes).")
@click.option("--split",
              type=click.Choice(["dev", "test", "test2", "test3", "test4", "test5", "test6", "all", "train"]),
              default=None,
              help="Events to score [default: dev and test, reported apart]; 'all' scores them together; "
                   "'test2' to 'test6' are the composed set's second to sixth held-out sets "
                   "(events e13-e16, e17-e20, e21-e24, e25-e28 and e29-e32, each written before the code ran on it). "
                   "--set polnear: the PolNeAR split to link [default: train, the split the pairs come from].")
@click.option(
    "--n", "n", default=200, show_default=True, type=click.IntRange(1), help="Generated set: source quotes (events)."
)
@click.option("--seed", default=1, show_default=True, help="Generated set: the random seed (same seed, same set).")
@click.option("--sources", default="polnear,bbc,wikinews", show_default=True,
              help="Generated set: where its quotes come from (PolNeAR train and BBC are read from ../shared).")
@click.option("--save", type=click.Path(file_okay=False), default=None,
              help="Also write the generated set here; --set polnear: keep the linked store here (store.db).")
@click.option("--errors", "show_errors", is_flag=True, help="List wrong and missed flags and pairs, with evidence.")
@click.option("--examples", default=20, show_default=True, type=click.IntRange(0), help="Errors shown per kind.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(1), help="Extraction processes.")
@click.option("--events", default=None,
              help="Composed set: score only these events (comma-separated, e.g. e7-rail,e9-pledge).")
@click.option("--polnear", "polnear_root", type=click.Path(exists=True, file_okay=False), default=None,
              help="--set polnear: the PolNeAR folder [default: ../shared/data/polnear].")
@click.option("--pairs", type=click.Path(exists=True, dir_okay=False), default=None,
              help="--set polnear: one pairs file to score [default: evaluation/across/polnear_pairs.jsonl "
                   "and, apart, polnear_pairs_heldout.jsonl and polnear_pairs_train.jsonl; with --split dev, "
                   "polnear_pairs_dev.jsonl].")
def eval_across_command(which, split, n, seed, sources, save, show_errors, examples, fmt, jobs, events,
                        polnear_root, pairs) -> None:
    """Score statement grouping and the altered, recycled and headline flags on multi-outlet gold.

    Ingests each set into a temporary store, links it (saidwhat.across.link) and prints
    pairwise grouping precision and recall (pairs of quotes in one gold group against
    pairs filed under one statement) and each flag kind's precision and recall, with counts.
    With --set polnear: PolNeAR's articles linked, and the pairs of quotes read by hand that
    the linker grouped (recall) and wrongly grouped (precision), with each miss's reason.
    """
    from ..evaluate.across import evaluate_across, format_across, format_across_errors

    if which == "dates":
        from ..evaluate.across import evaluate_dates, format_dates

        scored = evaluate_dates(polnear=polnear_root)
        click.echo(json.dumps(scored.as_dict(errors=show_errors), indent=2, ensure_ascii=False) if fmt == "json"
                   else format_dates(scored, errors=show_errors))
        return
    if which in ("polnear", "bbc"):
        _eval_polnear_pairs(split, polnear_root, pairs, save, show_errors, examples, fmt, jobs, bbc=which == "bbc")
        return
    splits = {None: ("dev", "test"), "all": (None,)}.get(split, (split,))
    try:
        chosen = [e.strip() for e in events.split(",") if e.strip()] if events else None
        results = evaluate_across(which, splits=splits, n=n, seed=seed, jobs=jobs, save=save, events=chosen,
                                  sources=tuple(s.strip() for s in sources.split(",") if s.strip()))
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    if fmt == "json":
        click.echo(
            json.dumps([r.as_dict(errors=show_errors) for r in results], indent=2, ensure_ascii=False, default=str)
        )
        return
    click.echo(format_across(results))
    if show_errors:
        click.echo("")
        click.echo(format_across_errors(results, limit=examples))


def _eval_polnear_pairs(split, root, pairs, save, show_errors, examples, fmt, jobs, *, bbc=False) -> None:
    from ..evaluate.across_pairs import evaluate_bbc_pairs, evaluate_pairs, format_pairs, format_pairs_errors
    from ..evaluate.variants import SHARED

    if bbc and split is not None:
        raise click.UsageError("--set bbc links the whole BBC corpus: it has no splits")
    if split not in (None, "train", "dev"):
        raise click.UsageError("--set polnear links PolNeAR's train or dev split")
    try:
        if bbc:
            results = evaluate_bbc_pairs(SHARED / "data" / "bbc-news" / "bbc", pairs=pairs, jobs=jobs, keep=save)
        else:
            results = evaluate_pairs(root or SHARED / "data" / "polnear", split=split or "train", pairs=pairs,
                                     jobs=jobs, keep=save)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps([r.as_dict(errors=show_errors) for r in results], indent=2, ensure_ascii=False,
                              default=str))
        return
    click.echo("\n".join(format_pairs(r) for r in results))
    if show_errors:
        for r in results:
            click.echo(f"\n{r.name}:")
            click.echo(format_pairs_errors(r, limit=examples))


@main.command("calibrate")
@click.argument("gold", type=click.Path(exists=True))
@click.option("--split", default="train", show_default=True,
              help="PolNeAR split to fit on; keep dev for checking (saidwhat eval --split dev prints its ECE).")
@click.option("--out", type=click.Path(dir_okay=False), default="src/saidwhat/data/confidence.json",
              show_default=True, help="Where to write the confidence table extraction reads.")
def calibrate_command(gold, split, out) -> None:
    """Fit the confidence table on GOLD: the measured precision of each rule signature.

    Extraction gives each quote the precision its rules earned on this split
    (saidwhat/data/confidence.json), so that a confidence of 0.8 means four in
    five such quotes were right. Prints the calibration error before and after.
    """
    from pathlib import Path

    from ..evaluate import evaluate
    from ..evaluate.calibration import Scored, calibration, fit_confidence
    from ..evaluate.report import calibration_lines
    from ..extract.confidence import calibrated
    from ..models import Quote, QuoteKind

    scored = evaluate(gold, split=split).results[0].scored
    table = fit_confidence(scored)
    flat = {key: float(row["precision"]) for key, row in table.items()}
    after = [Scored(s.rules, calibrated(Quote("", (), QuoteKind.DIRECT, rules=s.rules), flat), s.right) for s in scored]
    before_ece, _ = calibration(scored)
    after_ece, buckets = calibration(after)
    Path(out).write_text(json.dumps({
        "about": "Smoothed precision of each rule signature on annotated news (saidwhat calibrate); "
                 "extract/confidence.py reads it.",
        "gold": Path(gold).name, "split": split, "predictions": len(scored), "table": table,
    }, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    click.echo(f"fitted {len(table)} signatures on {len(scored)} predictions ({Path(gold).name} {split}); "
               f"ECE {before_ece:.3f} -> {after_ece:.3f}; wrote {out}")
    click.echo("\n".join(calibration_lines("fitted", after_ece, buckets)))
