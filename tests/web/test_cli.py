"""``saidwhat serve``: a real server process answering over HTTP, and its errors."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
from click.testing import CliRunner

from saidwhat.cli import main


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_without_a_store_fails_cleanly(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 5
    assert "no store" in result.output


def test_serve_help_lists_the_options():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--write-token", "--allowed-host"):
        assert option in result.output


def test_serve_runs_read_only_until_stopped(web_store):
    port = _free_port()
    env = {**os.environ, "SAIDWHAT_WRITE_TOKEN": ""}
    proc = subprocess.Popen(
        [sys.executable, "-m", "saidwhat", "serve", "--db", str(web_store["path"]), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/quotes?limit=1", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise AssertionError(
                        "server did not start: " + proc.stdout.read().decode(errors="replace")
                    ) from None
                time.sleep(0.1)
        assert r.status_code == 200 and r.json()["total"] >= 1
        assert "server" not in r.headers  # no banner
        denied = httpx.post(f"http://127.0.0.1:{port}/api/articles", json={"text": "x"}, timeout=5)
        assert denied.status_code == 404  # read-only: writing disabled
    finally:
        proc.terminate()
        proc.wait(10)


def test_serve_answers_only_the_allowed_hosts(web_store):
    """A real `saidwhat serve --allowed-host`: its name and this machine's are answered, any other
    Host header is a 400 that reflects nothing; a HEAD is answered; an idle socket is closed."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "saidwhat", "serve", "--db", str(web_store["path"]), "--port", str(port),
         "--allowed-host", "quotes.example.org"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, "SAIDWHAT_HEADER_TIMEOUT": "1"},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(base + "/favicon.ico", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    output = proc.stdout.read().decode(errors="replace")
                    raise AssertionError("server did not start: " + output) from None
                time.sleep(0.1)
        assert httpx.get(base + "/", headers={"host": "quotes.example.org"}, timeout=5).status_code == 200
        assert httpx.get(base + "/", timeout=5).status_code == 200  # 127.0.0.1 itself
        evil = httpx.get(base + "/articles/", headers={"host": "evil.example"}, timeout=5)
        assert evil.status_code == 400 and "evil.example" not in evil.text
        head = httpx.head(base + "/articles", headers={"host": "quotes.example.org"}, timeout=5)
        assert head.status_code == 200 and head.content == b""
        with socket.create_connection(("127.0.0.1", port), timeout=10) as idle:
            started = time.monotonic()
            assert idle.recv(10) == b""  # closed by the server after header_timeout (1 s)
            assert time.monotonic() - started < 8
    finally:
        proc.terminate()
        proc.wait(10)
