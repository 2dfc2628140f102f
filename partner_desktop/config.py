"""Environment profiles: every URL, version, path template and public client setting."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from partner_desktop.errors import ConfigError, EndpointUnavailable
from partner_desktop.paths import write_atomically

#: Tracking parameter names the partner web app uses (contract section 2.6).
TRACKING_KEYS = ("referrer", "campaign", "param1", "param2", "param3")

#: Endpoint names and their default path templates (contract section 3).
#: ``{polls_version}``, ``{user_version}``, ``{wallet_version}`` and ``{poll_id}`` are filled in.
DEFAULT_PATHS: Mapping[str, str] = {
    "polls": "/polls/{polls_version}/polls",
    "poll": "/polls/{polls_version}/poll/{poll_id}",
    "user_polls": "/polls/{polls_version}/user/polls",
    "user_poll": "/polls/{polls_version}/user/poll/{poll_id}",
    "vote": "/polls/{polls_version}/user/poll/{poll_id}/vote",
    "user": "/user/{user_version}/user",
    "wallet": "/wallet/{wallet_version}/user/wallet",
}

SANDBOX_CLIENT_ID = "sandbox-desktop"
#: The sandbox's seeded, documented client secret (contract section 1): not a credential.
SANDBOX_CLIENT_SECRET = "sandbox-secret"  # noqa: S105

_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")

#: How the client authenticates to the token and revoke endpoints (RFC 6749 2.3.1, RFC 8414 2).
#: Empty: ``client_secret_basic``, or ``client_secret_post`` when the server's metadata lists
#: only that; ``none`` for a client without a secret (a public client).
CLIENT_AUTH_METHODS = ("", "client_secret_basic", "client_secret_post", "none")

#: Authorize parameters the client sets itself, or that belong to other endpoints: a profile's
#: extra parameters cannot override them (RFC 6749 4.1.1, RFC 7636 4.3, contract 2.6).
RESERVED_AUTHORIZE_PARAMS = frozenset(
    {
        "response_type",
        "client_id",
        "redirect_uri",
        "scope",
        "state",
        "code_challenge",
        "code_challenge_method",
        "code",
        "code_verifier",
        "grant_type",
        "client_secret",
        "client_assertion",
        "client_assertion_type",
        "refresh_token",
        "access_token",
        "token",
        "token_type_hint",
        "partner_tag",
        *TRACKING_KEYS,
    }
)
_PARAM_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{0,39}$")
#: Parameter names that would carry a credential in a URL (browser history, server logs).
_SECRET_NAME_RE = re.compile(r"secret|passw|token|assertion|credential|api[_-]?key", re.I)
_PARAM_VALUE_RE = re.compile(r"^[\x20-\x7e]{0,200}$")


class ProfileKind(StrEnum):
    """Which service a profile talks to (its TOML ``kind``)."""

    SANDBOX = "sandbox"
    PRODUCTION = "production"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Profile:
    """One environment the client can talk to. Holds no secret."""

    name: str
    label: str
    kind: ProfileKind
    api_base: str
    authorize_url: str
    token_url: str
    revoke_url: str
    client_id: str
    polls_version: str = "1.0.8"
    user_version: str = "1.0.0"
    wallet_version: str = "1.0.0"
    partner_tag: str = ""
    tracking: Mapping[str, str] = field(default_factory=dict)
    #: Pinned loopback port for the redirect URI; ``None`` lets the OS choose (RFC 8252 7.3).
    redirect_port: int | None = None
    scope: str = ""
    #: Extra authorize parameters the partner's server asks for (``prompt``, ``audience``...).
    authorize_params: Mapping[str, str] = field(default_factory=dict)
    #: Client authentication for every token and revoke call (see ``CLIENT_AUTH_METHODS``).
    client_auth_method: str = ""
    #: A separate client for the client-credentials grant (public routes); empty: ``client_id``.
    #: Its secret lives in the keyring, like the sign-in client's.
    app_client_id: str = ""
    paths: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_PATHS))
    #: Endpoint names the gateway has retired (contract section 4).
    unavailable: frozenset[str] = frozenset()

    def endpoint(self, name: str, **values: str) -> str:
        """The absolute URL of endpoint ``name`` with versions and ids filled in."""
        if name in self.unavailable:
            raise EndpointUnavailable(endpoint=name, status=410)
        try:
            template = self.paths[name]
        except KeyError:
            raise ConfigError(ConfigError.MISSING, setting="paths", value=name) from None
        path = template.format(
            polls_version=self.polls_version,
            user_version=self.user_version,
            wallet_version=self.wallet_version,
            **values,
        )
        return self.api_base.rstrip("/") + path

    def with_sandbox_base(self, base_url: str) -> Profile:
        """This profile pointed at a sandbox listening at ``base_url``."""
        base = base_url.rstrip("/")
        return replace(
            self,
            api_base=base,
            authorize_url=f"{base}/oauth2/authorize",
            token_url=f"{base}/oauth2/token",
            revoke_url=f"{base}/oauth2/revoke",
        )

    def validate(self) -> None:
        """Raise ``ConfigError`` for the first problem found."""
        if not _NAME_RE.match(self.name):
            raise ConfigError(ConfigError.NAME, setting="name", value=self.name)
        for key in ("api_base", "authorize_url", "token_url", "revoke_url"):
            _check_url(key, getattr(self, key))
        if not self.client_id.strip():
            raise ConfigError(ConfigError.CLIENT_ID_EMPTY, setting="client_id")
        if self.redirect_port is not None and not 1024 <= self.redirect_port <= 65535:
            raise ConfigError(
                ConfigError.REDIRECT_PORT, setting="redirect_port", value=str(self.redirect_port)
            )
        unknown = set(self.tracking) - set(TRACKING_KEYS)
        if unknown:
            raise ConfigError(
                ConfigError.UNKNOWN_TRACKING, setting="tracking", value=sorted(unknown)[0]
            )
        if self.client_auth_method not in CLIENT_AUTH_METHODS:
            raise ConfigError(
                ConfigError.AUTH_METHOD,
                setting="client_auth_method",
                value=self.client_auth_method,
            )
        if self.app_client_id != self.app_client_id.strip():
            raise ConfigError(ConfigError.SPACES, setting="app_client_id")
        for name, value in self.authorize_params.items():
            check_authorize_param(name, value)
        for name, template in self.paths.items():
            if not template.startswith("/"):
                raise ConfigError(ConfigError.PATH_SLASH, setting="paths", value=name)
            try:
                template.format(
                    polls_version="v", user_version="v", wallet_version="v", poll_id="p"
                )
            except (KeyError, IndexError, ValueError):
                raise ConfigError(
                    ConfigError.PATH_PLACEHOLDER, setting="paths", value=name
                ) from None

    def to_toml(self) -> str:
        data: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            if isinstance(value, frozenset):
                value = sorted(value)
            elif isinstance(value, Mapping):
                value = dict(value)
            elif isinstance(value, StrEnum):
                value = str(value)
            data[f.name] = value
        import tomli_w  # noqa: PLC0415 - only when a profile is saved

        return tomli_w.dumps(data)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Profile:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ConfigError(ConfigError.UNKNOWN_SETTING, setting=sorted(unknown)[0])
        values = dict(data)
        if "client_secret" in values:  # pragma: no cover - guarded by ``unknown`` above
            raise ConfigError(ConfigError.UNKNOWN_SETTING, setting="client_secret")
        _check_types(values)
        try:
            if "paths" in values:
                values["paths"] = {**DEFAULT_PATHS, **dict(values["paths"])}
            for key in ("tracking", "authorize_params"):
                if key in values:
                    values[key] = {str(k): str(v) for k, v in dict(values[key]).items()}
            if "unavailable" in values:
                values["unavailable"] = frozenset(str(v) for v in values["unavailable"])
            if "kind" in values:
                values["kind"] = ProfileKind(values["kind"])
            profile = cls(**values)
        except (TypeError, ValueError) as exc:
            raise ConfigError(ConfigError.WRONG_TYPE, detail=str(exc)) from None
        profile.validate()
        return profile


_REQUIRED = ("api_base", "authorize_url", "token_url", "revoke_url", "client_id")


def _check_types(values: Mapping[str, Any]) -> None:
    """Raise ``ConfigError`` for a setting of the wrong type, before dataclass errors leak."""
    for key in _REQUIRED:
        if key not in values:
            raise ConfigError(ConfigError.MISSING, setting=key)
    for key, value in values.items():
        if key in ("tracking", "paths", "authorize_params"):
            if not isinstance(value, Mapping) or not all(
                isinstance(v, str) for v in value.values()
            ):
                raise ConfigError(ConfigError.WRONG_TYPE, setting=key, detail="table")
        elif key == "unavailable":
            if not isinstance(value, list | tuple | set | frozenset) or not all(
                isinstance(v, str) for v in value
            ):
                raise ConfigError(ConfigError.WRONG_TYPE, setting=key, detail="list")
        elif key == "redirect_port":
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise ConfigError(ConfigError.WRONG_TYPE, setting=key, detail="integer")
        elif not isinstance(value, str):
            raise ConfigError(ConfigError.WRONG_TYPE, setting=key, detail="text")
        elif key == "kind" and value not in tuple(ProfileKind):
            raise ConfigError(ConfigError.WRONG_TYPE, setting=key, detail="ProfileKind")


def check_authorize_param(name: str, value: str) -> None:
    """Raise ``ConfigError`` for an extra authorize parameter the client must not send."""
    setting = "authorize_params"
    if not _PARAM_NAME_RE.match(name):
        raise ConfigError(ConfigError.PARAM_NAME, setting=setting, value=name[:40])
    if name.lower() in RESERVED_AUTHORIZE_PARAMS:
        raise ConfigError(ConfigError.PARAM_RESERVED, setting=setting, value=name)
    if _SECRET_NAME_RE.search(name):
        # An authorize URL goes through the browser: its history, its extensions, server logs.
        raise ConfigError(ConfigError.PARAM_SECRET, setting=setting, value=name)
    if not _PARAM_VALUE_RE.match(value):
        raise ConfigError(ConfigError.PARAM_VALUE, setting=setting, value=name)


def _check_url(key: str, url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(ConfigError.URL_SCHEME, setting=key, value=url)
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        # Tokens and codes must not cross a network in clear (RFC 6749 section 3.1).
        raise ConfigError(ConfigError.URL_NOT_HTTPS, setting=key, value=url)


SANDBOX = Profile(
    name="sandbox",
    label="Sandbox",
    kind=ProfileKind.SANDBOX,
    api_base="http://127.0.0.1:8765",
    authorize_url="http://127.0.0.1:8765/oauth2/authorize",
    token_url="http://127.0.0.1:8765/oauth2/token",  # noqa: S106 - a URL, not a secret
    revoke_url="http://127.0.0.1:8765/oauth2/revoke",
    client_id=SANDBOX_CLIENT_ID,
)

SOCIOS = Profile(
    name="socios",
    label="Socios",
    kind=ProfileKind.PRODUCTION,
    api_base="https://api-public.socios.com",
    authorize_url="https://partner.socios.com/oauth2/authorize",
    token_url="https://partner.socios.com/oauth2/token",  # noqa: S106 - a URL, not a secret
    revoke_url="https://partner.socios.com/oauth2/revoke",
    client_id="",
)

BUILTIN_PROFILES: Mapping[str, Profile] = {p.name: p for p in (SANDBOX, SOCIOS)}


class ProfileStore:
    """The built-in profiles plus the TOML files in the user's ``profiles`` folder."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder

    def _file(self, name: str) -> Path:
        return self._folder / f"{name}.toml"

    def names(self) -> list[str]:
        custom = (
            sorted(p.stem for p in self._folder.glob("*.toml")) if self._folder.is_dir() else []
        )
        return list(BUILTIN_PROFILES) + [n for n in custom if n not in BUILTIN_PROFILES]

    def load(self, name: str) -> Profile:
        """A profile by name; a file of the same name overrides a built-in one."""
        path = self._file(name)
        if path.is_file():
            # Only for a profile file: 1.8 ms of a first start's paint (python -X importtime).
            import tomllib  # noqa: PLC0415

            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(
                    ConfigError.FILE_UNREADABLE, value=path.name, detail=str(exc)
                ) from None
            base = BUILTIN_PROFILES.get(name)
            if base is not None:
                merged: dict[str, Any] = {f.name: getattr(base, f.name) for f in fields(base)}
                merged.update(data)
                data = merged
            data.setdefault("name", name)
            data.setdefault("label", name)
            data.setdefault("kind", ProfileKind.CUSTOM)
            return Profile.from_mapping(data)
        try:
            return BUILTIN_PROFILES[name]
        except KeyError:
            raise ConfigError(ConfigError.NO_PROFILE, value=name) from None

    def save(self, profile: Profile) -> Path:
        """Validate and write ``profile`` (atomically, owner-only)."""
        profile.validate()
        self._folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self._file(profile.name)
        write_atomically(path, profile.to_toml().encode("utf-8"))
        return path

    def delete(self, name: str) -> None:
        self._file(name).unlink(missing_ok=True)
