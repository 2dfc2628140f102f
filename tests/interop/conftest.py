"""A django-oauth-toolkit server in its own process, and the partner's profile pointing at it."""

from __future__ import annotations

import contextlib
import os
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from partner_desktop.config import Profile, ProfileStore
from partner_desktop.paths import write_atomically
from tests.helpers.interop import APP_CLIENT_ID, SIGNIN_CLIENT_ID, USERNAME, DotServer

HERE = Path(__file__).resolve().parent
START_TIMEOUT = 60.0

#: The profile as a partner would write it for their own server (README, "Profiles").
PROFILE_TOML = """\
label = "Partner's OAuth server (django-oauth-toolkit)"
api_base = "{base}"
authorize_url = "{base}/o/authorize/"
token_url = "{base}/o/token/"
revoke_url = "{base}/o/revoke_token/"
client_id = "{signin_client}"
# The server registers one grant type per client: public data uses its own client.
app_client_id = "{app_client}"
scope = "read"
[authorize_params]
# django-oauth-toolkit shows its consent page on every sign-in unless told otherwise.
approval_prompt = "force"
"""


@pytest.fixture(scope="session")
def dot_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DotServer]:
    data = tmp_path_factory.mktemp("dot")
    env = dict(os.environ)
    server = DotServer(
        base_url="",
        signin_secret=secrets.token_urlsafe(24),
        app_secret=secrets.token_urlsafe(24),
        username=USERNAME,
        password=secrets.token_urlsafe(12),
    )
    env.update(
        INTEROP_SIGNIN_SECRET=server.signin_secret,
        INTEROP_APP_SECRET=server.app_secret,
        INTEROP_USER_PASSWORD=server.password,
        PYTHONWARNINGS="ignore",
    )
    log = data / "server.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, str(HERE / "dot_server.py"), str(data)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=sink,
        )
    try:
        assert process.stdout is not None
        started = time.monotonic()
        line = process.stdout.readline().decode()  # "listening on PORT" once seeded
        if not line.startswith("listening on "):
            raise AssertionError(f"the server did not start: {log.read_text()[-2000:]}")
        port = int(line.split()[-1])
        base = f"http://127.0.0.1:{port}"
        while time.monotonic() - started < START_TIMEOUT:
            with contextlib.suppress(requests.ConnectionError):
                if requests.get(f"{base}/.well-known/oauth-authorization-server", timeout=5).ok:
                    break
            time.sleep(0.1)
        yield DotServer(
            base_url=base,
            signin_secret=server.signin_secret,
            app_secret=server.app_secret,
            username=server.username,
            password=server.password,
        )
    finally:
        if process.stdout is not None:
            process.stdout.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def profile_dir(tmp_path: Path, dot_server: DotServer) -> Path:
    """A profiles folder holding ``dot.toml``, written as a partner would."""
    folder = tmp_path / "profiles"
    folder.mkdir()
    text = PROFILE_TOML.format(
        base=dot_server.base_url, signin_client=SIGNIN_CLIENT_ID, app_client=APP_CLIENT_ID
    )
    write_atomically(folder / "dot.toml", text.encode("utf-8"))
    return folder


@pytest.fixture
def profile(profile_dir: Path) -> Profile:
    return ProfileStore(profile_dir).load("dot")
