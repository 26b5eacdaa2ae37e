"""The quote check on the web: the ``/check`` page and ``GET /api/check``.

Both call ``across.check.check_quote``, as ``saidwhat check`` does. A claim
the check cannot take (too short, too long) is a 400 with a message; the page
keeps its form and says what went wrong.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from ..across.check import MAX_CLAIM, check_quote
from ..errors import QueryError
from ..store import Store
from . import render
from .deps import MAX_TEXT, store

__all__ = ["api_router", "page_router"]

api_router = APIRouter(prefix="/api", tags=["api"])
page_router = APIRouter(include_in_schema=False)

Claim = Query(..., min_length=1, max_length=MAX_CLAIM,
              description="the quote as claimed, in plain words (at least three)")
Speaker = Query(None, max_length=MAX_TEXT, description="who the claim says said it: a name, surname or speaker id")


@api_router.get("/check", summary="Check a claimed quote")
def api_check(claim: str = Claim, speaker: str | None = Speaker, st: Store = Depends(store)) -> dict[str, Any]:
    """Whether ``claim`` is in the record: ``verdict`` (verbatim, altered, paraphrase, other-speaker,
    not-found), an ``explanation``, the closest recorded quote (``match``: speaker, first source, outlets,
    sources, word diff of the claim against it) and the next closest (``others``)."""
    return check_quote(st, claim, speaker)


@page_router.get("/check", response_class=HTMLResponse)
def check_page(request: Request, claim: str | None = Query(None, max_length=MAX_CLAIM),
               speaker: str | None = Speaker, st: Store = Depends(store)) -> HTMLResponse:
    answer, error = None, None
    if claim and claim.strip():
        try:
            answer = check_quote(st, claim, speaker)
        except QueryError as exc:
            error = str(exc)
    if answer and answer["match"]:
        answer["match"]["pieces"] = render.diff_pieces(answer["match"]["diff"]["ops"])
    html = request.app.state.templates.get_template("check.html").render(
        request=request, active="check", claim=claim or "", speaker=speaker or "", answer=answer, error=error,
        safe_url=render.safe_url, urlencode=urlencode)
    return HTMLResponse(html, 400 if error else 200)
