"""`saidwhat eval evaluation/speakers`: the canonical-speaker gold set (a thin wrapper over
saidwhat.evaluate.speakers_gold, called from the eval command)."""

from __future__ import annotations

import json

import click

from ..errors import ConfigError


def run_speaker_eval(
    gold: str,
    *,
    split: str | None,
    errors: bool,
    limit: int | None,
    fmt: str,
    bbc_root: str | None,
    web_root: str | None = None,
    polnear_root: str | None = None,
    unsupported: dict[str, object],
) -> None:
    from ..evaluate.speakers_gold import (
        evaluate_speakers,
        format_speaker_errors,
        format_speaker_table,
        speaker_evaluation_to_dict,
    )

    given = [option for option, value in unsupported.items() if value]
    if given:
        raise ConfigError(f"{', '.join(given)}: only for quote gold (PolNeAR, JSONL), not for the speaker gold {gold}")
    if split not in (None, "train", "dev"):
        raise ConfigError(f"the speaker gold has a train and a dev half, not {split!r}: use --split train or dev")
    evaluation = evaluate_speakers(gold, bbc_root=bbc_root, web_root=web_root, polnear_root=polnear_root, limit=limit)
    if fmt == "json":
        click.echo(json.dumps(speaker_evaluation_to_dict(evaluation, errors=errors), indent=2, ensure_ascii=False))
        return
    click.echo(format_speaker_table(evaluation))
    if errors:
        click.echo("")
        click.echo(format_speaker_errors(evaluation, split=split))
