"""The web UI and JSON API over the store: ``create_app`` for ASGI servers, ``serve`` to run one.

Reads the store (read-only) and the cross-article tables; writes only through
``POST /api/articles`` when a write token is configured.
"""

from __future__ import annotations

from .app import create_app
from .serve import serve

__all__ = ["create_app", "serve"]
