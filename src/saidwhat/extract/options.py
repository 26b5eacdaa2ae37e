"""``ExtractOptions``: everything an entry point may tell the extractor, in one object.

The CLI (``saidwhat extract``), the Python API (``saidwhat.extract``), ingest,
``POST /api/articles`` and the Spark job all extract with ``ExtractOptions()``
unless told otherwise, so they cannot differ: the same knowledge base of
offices resolves roles at the article's date, the same lexicon
(``extract.lexicon.LEXICON``, the bundled data) and the same confidence table
apply. The limits on what is read at all (file and article sizes, languages)
are the readers' (``Settings``), checked before extraction by
``ingest.check_article`` on every path, the JSON API's included.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

__all__ = ["ExtractOptions", "Holder", "knowledge_base_holder"]

Holder = Callable[[str, "datetime | None"], "str | None"]


def knowledge_base_holder() -> Holder:
    """The bundled knowledge base's ``holder_name``: "the French president" on a day -> a name."""
    from ..names.kb import default_kb, holder_name

    # Loaded now, with the options and so before the spaCy pipeline, rather than at the first
    # role met (every real article has one): loaded after the model, the same base raised
    # the peak memory of a pass over the BBC corpus by 8 MB.
    default_kb()
    return holder_name


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    # resolves a role description to the office holder on the article's date when the
    # article names nobody; None turns it off
    holder: Holder | None = field(default_factory=knowledge_base_holder)
    # the people, organisations and places named inside quotes: the costliest step after parsing
    entities: bool = True
    # articles parsed in one spaCy batch
    batch_size: int = 64
