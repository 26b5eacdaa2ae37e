"""Slow clients against a real uvicorn server, over raw sockets: a connection that never
finishes its request headers is closed, a body that stalls gets a 408, and a client that
keeps its connection alive and sends a second request slowly is closed too."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from saidwhat.models import Article, Extraction
from saidwhat.settings import Settings
from saidwhat.store import Store

HEADER_TIMEOUT = 0.6
BODY_TIMEOUT = 0.6


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from saidwhat.web import create_app
    from saidwhat.web.serve import _protocol

    db = tmp_path_factory.mktemp("slow") / "slow.db"
    with Store.open(db) as st:
        st.add(Extraction(Article("a1", "Nothing was said here at all.", headline="Quiet"), ()))
    settings = Settings(body_timeout=BODY_TIMEOUT, header_timeout=HEADER_TIMEOUT)
    app = create_app(db, settings=settings, write_token="t0ken")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                        http=_protocol(settings.header_timeout)))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the uvicorn server did not start")
        time.sleep(0.05)
    yield port
    srv.should_exit = True
    thread.join(10)


def _connect(port: int) -> socket.socket:
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    return s


def _read_response(s: socket.socket) -> bytes:
    """One whole response on a kept-alive connection: its headers, then Content-Length bytes of body
    (a loaded machine may send them in several pieces)."""
    out = b""
    while b"\r\n\r\n" not in out:
        chunk = s.recv(65536)
        if not chunk:
            return out
        out += chunk
    head, _, body = out.partition(b"\r\n\r\n")
    length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    while len(body) < length:
        chunk = s.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def _read_all(s: socket.socket) -> bytes:
    """Everything until the server closes the connection (or 10 s)."""
    out = b""
    while True:
        try:
            chunk = s.recv(65536)
        except TimeoutError:
            return out + b"<timeout>"
        if not chunk:
            return out
        out += chunk


def test_a_connection_that_sends_nothing_is_closed(server):
    started = time.monotonic()
    with _connect(server) as s:
        assert _read_all(s) == b""
    assert HEADER_TIMEOUT * 0.8 < time.monotonic() - started < HEADER_TIMEOUT + 3


def test_headers_that_never_finish_are_cut_off(server):
    started = time.monotonic()
    with _connect(server) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        for _ in range(3):  # a trickle does not keep it open: the deadline is for the whole head
            time.sleep(HEADER_TIMEOUT / 4)
            s.sendall(b"a")
        assert _read_all(s) == b""
    assert time.monotonic() - started < HEADER_TIMEOUT + 3


def test_a_prompt_request_is_answered_and_a_slow_second_one_is_closed(server):
    with _connect(server) as s:
        s.sendall(b"GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        first = _read_response(s)
        assert first.startswith(b"HTTP/1.1 200")
        s.sendall(b"GET / HTTP/1.1\r\nHo")  # the next request on the kept-alive connection stalls
        assert _read_all(s) == b""


def test_a_stalled_body_gets_a_408(server):
    with _connect(server) as s:
        s.sendall(b"POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  b"Authorization: Bearer t0ken\r\nContent-Length: 100\r\n\r\n{\"text\": ")
        answer = _read_all(s)
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert b"did not arrive" in answer and b"x-frame-options: DENY" in answer.replace(b"X-Frame", b"x-frame")


def test_a_slow_but_complete_request_is_answered(server):
    with _connect(server) as s:
        for piece in (b"GET /favicon.ico HTTP/1.1\r\n", b"Host: 127.0.0.1\r\n", b"Connection: close\r\n\r\n"):
            s.sendall(piece)
            time.sleep(HEADER_TIMEOUT / 5)
        assert _read_all(s).startswith(b"HTTP/1.1 200")
