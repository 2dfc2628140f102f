"""Picture addresses named by a hostile server: https only and public hosts only outside the
sandbox (every redirect hop checked), one deadline per download, malformed addresses caught."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
import requests

from partner_desktop.api.client import PollsClient
from partner_desktop.config import SANDBOX, Profile
from partner_desktop.controllers.images import ImageController
from partner_desktop.errors import ApiError, NetworkError
from tests.helpers.hostile import HostileServer, NoTokens, huge_png, reply, self_signed

LOGO = huge_png(64, 64)


def _logo(handler: BaseHTTPRequestHandler) -> None:
    reply(handler, 200, LOGO, {"Content-Type": "image/png"})


@pytest.fixture
def cert(tmp_path: Path) -> tuple[Path, Path]:
    return self_signed(tmp_path)


def production(base: str) -> Profile:
    """A profile that is not the sandbox: picture hosts are strangers there."""
    return dataclasses.replace(SANDBOX.with_sandbox_base(base), name="partner", kind="custom")


def client_for(profile: Profile, cert: tuple[Path, Path], **options: Any) -> PollsClient:
    session = requests.Session()
    session.verify = str(cert[0])  # the hostile host's certificate is trusted: only policy refuses
    return PollsClient(profile, NoTokens(), session=session, **options)


@pytest.fixture
def tls_host(cert: tuple[Path, Path]) -> Iterator[HostileServer]:
    with HostileServer(_logo, tls=cert) as host:
        yield host


def test_outside_the_sandbox_a_picture_is_fetched_over_https_only(
    cert: tuple[Path, Path], tls_host: HostileServer
) -> None:
    with HostileServer(_logo) as plain:
        # This host counts as public here, so only the scheme can refuse it.
        with client_for(production(tls_host.url("")), cert, public_address=lambda _: True) as c:
            assert c.fetch_image(tls_host.url("/logo.png")) == LOGO
            with pytest.raises(ApiError, match=r"problem=not_https\b"):
                c.fetch_image(plain.url("/logo.png"))
        assert plain.requests == []
        # The sandbox itself serves its pictures over plain http on this machine.
        with client_for(SANDBOX.with_sandbox_base(plain.url("")), cert) as sandbox_client:
            assert sandbox_client.fetch_image(plain.url("/logo.png")) == LOGO


@pytest.mark.parametrize("name", ["127.0.0.1", "localhost", "[::ffff:127.0.0.1]"])
def test_outside_the_sandbox_this_computer_is_never_asked_for_a_picture(
    cert: tuple[Path, Path], tls_host: HostileServer, name: str
) -> None:
    client = client_for(production("https://partner.example"), cert)
    with client, pytest.raises(ApiError, match="problem=private_address"):
        client.fetch_image(tls_host.url("/logo.png", name=name))
    assert tls_host.requests == []


def test_every_redirect_hop_is_checked(cert: tuple[Path, Path]) -> None:
    with HostileServer(_logo, host="127.0.0.2", tls=cert) as inner:
        targets = iter([inner.url("/logo.png"), inner.url("/logo.png").replace("https:", "http:")])

        def bounce(handler: BaseHTTPRequestHandler) -> None:
            reply(handler, 302, b"", {"Location": next(targets)})

        with HostileServer(bounce, tls=cert) as outer:
            # Only the first host counts as public: the redirect leads into this computer.
            public = {"127.0.0.1"}
            with client_for(
                production(outer.url("")), cert, public_address=lambda a: str(a) in public
            ) as client:
                with pytest.raises(ApiError, match="problem=private_address"):
                    client.fetch_image(outer.url("/logo.png"))
                public.add("127.0.0.2")
                with pytest.raises(
                    ApiError, match=r"problem=not_https\b"
                ):  # a downgrade on the way
                    client.fetch_image(outer.url("/logo.png"))
            assert len(outer.requests) == 2
        assert inner.requests == []


def test_a_drip_fed_picture_is_cut_at_the_deadline() -> None:
    def drip(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "image/png")
        handler.send_header("Content-Length", str(len(LOGO)))
        handler.end_headers()
        for byte in LOGO[:40]:  # one byte every 0.25 s: no read ever times out
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(0.25)

    with HostileServer(drip) as host:
        profile = SANDBOX.with_sandbox_base(host.url(""))
        with PollsClient(profile, NoTokens(), timeout=5.0, picture_deadline=2.0) as client:
            started = time.monotonic()
            with pytest.raises(NetworkError, match=r"reason=timeout, .*seconds=2\.0"):
                client.fetch_image(host.url("/logo.png"))
            assert time.monotonic() - started < 3.5


@pytest.mark.parametrize(
    "url", ["http://[::1/x.png", "http://" + "a" * 300 + "/x.png", "http://host:99999/x.png"]
)
def test_a_malformed_picture_address_fails_once_and_quietly(
    url: str, run_async: Any, qtbot: Any, tmp_path: Path
) -> None:
    client = PollsClient(SANDBOX.with_sandbox_base("http://127.0.0.1:1"), NoTokens())
    images = ImageController(client, tmp_path / "images")
    assert images.pixmap(url) is None
    qtbot.waitUntil(lambda: images._tasks.running == 0, timeout=5000)
    # No exception escaped to the app's "Something went wrong" (the aloop fixture checks), and
    # painting the row again starts nothing.
    for _ in range(3):
        assert images.pixmap(url) is None
        assert images._tasks.running == 0
    with pytest.raises(ApiError, match="problem=bad_address"):
        client.fetch_image(url)
    images.shutdown()
    client.close()
