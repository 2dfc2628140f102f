"""Environment profiles: built-ins, TOML files, overrides and validation sentences."""

from __future__ import annotations

import dataclasses
import stat
from pathlib import Path

import pytest

from partner_desktop.config import (
    BUILTIN_PROFILES,
    SANDBOX,
    SANDBOX_CLIENT_SECRET,
    SOCIOS,
    Profile,
    ProfileKind,
    ProfileStore,
)
from partner_desktop.errors import ConfigError, EndpointUnavailable
from partner_desktop.ui.errors import describe


def custom_profile(**overrides: object) -> Profile:
    values: dict[str, object] = {
        "name": "staging",
        "label": "Staging",
        "kind": "custom",
        "api_base": "https://api.staging.example",
        "authorize_url": "https://auth.staging.example/oauth2/authorize",
        "token_url": "https://auth.staging.example/oauth2/token",
        "revoke_url": "https://auth.staging.example/oauth2/revoke",
        "client_id": "consumer-key",
        "partner_tag": "tag-1",
        "tracking": {"referrer": "desktop", "campaign": "launch"},
        "redirect_port": 53682,
        "scope": "default",
        "unavailable": frozenset({"wallet"}),
    }
    values.update(overrides)
    return Profile(**values)  # type: ignore[arg-type]


def test_builtins_are_sandbox_and_socios() -> None:
    assert list(BUILTIN_PROFILES) == ["sandbox", "socios"]
    assert SOCIOS.api_base == "https://api-public.socios.com"
    assert SOCIOS.token_url == "https://partner.socios.com/oauth2/token"
    SANDBOX.validate()


def test_endpoints_fill_versions_and_ids() -> None:
    assert SOCIOS.endpoint("polls") == "https://api-public.socios.com/polls/1.0.8/polls"
    assert (
        SOCIOS.endpoint("vote", poll_id="p1")
        == "https://api-public.socios.com/polls/1.0.8/user/poll/p1/vote"
    )
    assert SOCIOS.endpoint("user") == "https://api-public.socios.com/user/1.0.0/user"
    assert SOCIOS.endpoint("wallet") == "https://api-public.socios.com/wallet/1.0.0/user/wallet"


def test_with_sandbox_base_moves_every_url() -> None:
    moved = SANDBOX.with_sandbox_base("http://127.0.0.1:4321/")
    assert moved.api_base == "http://127.0.0.1:4321"
    assert moved.authorize_url == "http://127.0.0.1:4321/oauth2/authorize"
    assert moved.token_url == "http://127.0.0.1:4321/oauth2/token"
    assert moved.revoke_url == "http://127.0.0.1:4321/oauth2/revoke"
    assert moved.endpoint("polls") == "http://127.0.0.1:4321/polls/1.0.8/polls"


def test_unavailable_endpoint_says_so() -> None:
    with pytest.raises(EndpointUnavailable) as info:
        custom_profile().endpoint("wallet")
    assert (info.value.endpoint, info.value.status) == ("wallet", 410)


def test_round_trip_through_toml(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles")
    profile = custom_profile(paths={**SOCIOS.paths, "polls": "/v2/polls"})
    path = store.save(profile)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = store.load("staging")
    assert loaded == profile
    assert loaded.endpoint("polls") == "https://api.staging.example/v2/polls"
    assert store.names() == ["sandbox", "socios", "staging"]
    store.delete("staging")
    assert store.names() == ["sandbox", "socios"]
    with pytest.raises(ConfigError) as info:
        store.load("staging")
    assert (info.value.problem, info.value.value) == (ConfigError.NO_PROFILE, "staging")
    assert describe(info.value) == "There is no profile named 'staging'."


def test_the_kind_is_an_enum_in_memory_and_the_same_text_on_disk(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    path = store.save(custom_profile())
    assert 'kind = "custom"' in path.read_text(encoding="utf-8")
    assert store.load("staging").kind is ProfileKind.CUSTOM
    assert SANDBOX.kind is ProfileKind.SANDBOX
    assert SOCIOS.kind == "production"  # still compares as its text
    path.write_text(path.read_text(encoding="utf-8").replace('"custom"', '"galaxy"'))
    with pytest.raises(ConfigError) as info:
        store.load("staging")
    assert describe(info.value) == "The kind setting of the profile has the wrong kind of value."


def test_file_overrides_a_builtin(tmp_path: Path) -> None:
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "socios.toml").write_text(
        'client_id = "my-key"\npartner_tag = "club"\n[tracking]\ncampaign = "winter"\n',
        encoding="utf-8",
    )
    store = ProfileStore(folder)
    socios = store.load("socios")
    assert socios.client_id == "my-key"
    assert socios.partner_tag == "club"
    assert socios.tracking == {"campaign": "winter"}
    assert socios.api_base == SOCIOS.api_base, "unspecified keys come from the built-in"
    assert socios.label == "Socios"
    assert store.names() == ["sandbox", "socios"], "an override does not add a name"


def test_partial_custom_file_gets_defaults(tmp_path: Path) -> None:
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "local.toml").write_text(
        'api_base = "http://localhost:9000"\n'
        'authorize_url = "http://localhost:9000/oauth2/authorize"\n'
        'token_url = "http://localhost:9000/oauth2/token"\n'
        'revoke_url = "http://localhost:9000/oauth2/revoke"\n'
        'client_id = "abc"\n',
        encoding="utf-8",
    )
    local = ProfileStore(folder).load("local")
    assert (local.name, local.label, local.kind) == ("local", "local", "custom")
    assert local.endpoint("user_polls") == "http://localhost:9000/polls/1.0.8/user/polls"


@pytest.mark.parametrize(
    ("overrides", "sentence"),
    [
        ({"name": "Bad Name"}, "A profile name uses lower-case letters"),
        ({"api_base": "ftp://x"}, "Enter a web address starting with https://"),
        (
            {"token_url": "http://auth.example/token"},
            "The address http://auth.example/token must use https",
        ),
        ({"client_id": "  "}, "The client id (consumer key) is empty."),
        ({"redirect_port": 80}, "The redirect port must be between 1024 and 65535."),
        ({"tracking": {"utm_source": "x"}}, "Unknown tracking parameter: utm_source."),
        ({"paths": {"polls": "polls"}}, "The path for 'polls' must start with '/'."),
        ({"client_auth_method": "private_key_jwt"}, "The client authentication method must"),
        ({"authorize_params": {"state": "x"}}, "The authorize parameter 'state' is set by"),
        ({"authorize_params": {"Redirect_URI": "x"}}, "The authorize parameter 'Redirect_URI'"),
        ({"authorize_params": {"partner_tag": "x"}}, "The authorize parameter 'partner_tag'"),
        ({"authorize_params": {"campaign": "x"}}, "The authorize parameter 'campaign' is set"),
        ({"authorize_params": {"client_secret": "x"}}, "The authorize parameter 'client_secret'"),
        ({"authorize_params": {"api_key": "x"}}, "The authorize parameter 'api_key' looks like"),
        ({"authorize_params": {"id_token_hint": "x"}}, "The authorize parameter 'id_token_hint'"),
        ({"authorize_params": {"x y": "1"}}, "The authorize parameter name 'x y' must be"),
        ({"authorize_params": {"prompt": "a\nb"}}, "The value of the authorize parameter"),
        ({"authorize_params": {"prompt": "x" * 201}}, "The value of the authorize parameter"),
    ],
)
def test_validation_sentences(overrides: dict[str, object], sentence: str) -> None:
    with pytest.raises(ConfigError) as info:
        custom_profile(**overrides).validate()
    assert describe(info.value).startswith(sentence)
    # The error names the setting at fault (the settings dialog marks that field).
    assert info.value.setting in overrides
    assert str(info.value).startswith(f"ConfigError(problem={info.value.problem}, ")


def test_invalid_profile_is_not_saved(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    with pytest.raises(ConfigError):
        store.save(custom_profile(client_id=""))
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ('client_secret = "s3cr3t-value"\n', "Unknown profile setting: client_secret."),
        ("client_id = [\n", "The profile file broken.toml cannot be read"),
        ('api_base = "https://a.example"\n', "The profile has no authorize_url setting."),
    ],
)
def test_bad_files_give_sentences(tmp_path: Path, text: str, sentence: str) -> None:
    (tmp_path / "broken.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        ProfileStore(tmp_path).load("broken")
    assert sentence in describe(info.value)
    assert "s3cr3t-value" not in str(info.value)
    assert "s3cr3t-value" not in describe(info.value)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ('redirect_port = "high"\n', "The redirect_port setting of the profile has the wrong"),
        ("redirect_port = true\n", "The redirect_port setting of the profile has the wrong"),
        ("client_id = 5\n", "The client_id setting of the profile has the wrong kind of value."),
        ('unavailable = "wallet"\n', "The unavailable setting of the profile has the wrong"),
        ("paths = 3\n", "The paths setting of the profile has the wrong kind of value."),
        ('kind = "galaxy"\n', "The kind setting of the profile has the wrong kind of value."),
        ("[tracking]\ncampaign = 1\n", "The tracking setting of the profile has the wrong"),
        ('[paths]\npoll = "/p/{pollId}"\n', "The path for 'poll' uses a placeholder other"),
    ],
)
def test_mistyped_override_gives_a_sentence(tmp_path: Path, text: str, sentence: str) -> None:
    """A hand-edited file must never surface as a TypeError or a silently wrong value."""
    (tmp_path / "sandbox.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        ProfileStore(tmp_path).load("sandbox")
    assert describe(info.value).startswith(sentence)


def test_no_secret_in_profile_files(tmp_path: Path) -> None:
    assert "client_secret" not in {f.name for f in dataclasses.fields(Profile)}
    store = ProfileStore(tmp_path)
    for profile in (custom_profile(), SANDBOX):
        text = store.save(profile).read_text(encoding="utf-8")
        assert "secret" not in text.lower()
        assert SANDBOX_CLIENT_SECRET not in text


def test_a_partner_profile_with_its_own_client_settings(tmp_path: Path) -> None:
    """Scope, extra authorize parameters, client authentication and a separate
    client-credentials client, as a partner writes them in TOML; saved and read back."""
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "partner.toml").write_text(
        'api_base = "https://api.partner.example"\n'
        'authorize_url = "https://id.partner.example/authorize"\n'
        'token_url = "https://id.partner.example/token"\n'
        'revoke_url = "https://id.partner.example/revoke"\n'
        'client_id = "desktop"\n'
        'app_client_id = "desktop-public"\n'
        'client_auth_method = "client_secret_post"\n'
        'scope = "openid offline_access"\n'
        "[authorize_params]\n"
        'prompt = "consent"\n'
        'audience = "https://api.partner.example"\n',
        encoding="utf-8",
    )
    store = ProfileStore(folder)
    profile = store.load("partner")
    assert profile.app_client_id == "desktop-public"
    assert profile.client_auth_method == "client_secret_post"
    assert profile.scope == "openid offline_access"
    assert dict(profile.authorize_params) == {
        "prompt": "consent",
        "audience": "https://api.partner.example",
    }
    store.save(profile)
    assert store.load("partner") == profile
    assert SANDBOX.client_auth_method == ""  # Basic, or what the server's metadata says
    assert SANDBOX.app_client_id == ""  # the sign-in client serves public data too
