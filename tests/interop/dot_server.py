"""An authorization server no one here wrote: django-oauth-toolkit on Django and SQLite.

Run as a separate process by ``tests/interop/conftest.py``::

    python tests/interop/dot_server.py DATA_DIR

Stock django-oauth-toolkit settings (PKCE required, refresh-token rotation, RFC 7009
revocation, RFC 8414 metadata at the root); the two clients' secrets come from the
environment (``INTEROP_SIGNIN_SECRET``, ``INTEROP_APP_SECRET``, ``INTEROP_USER_PASSWORD``).
It prints ``listening on PORT`` once it serves, and nothing secret.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import sys
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: tests.helpers

from tests.helpers.interop import APP_CLIENT_ID, SIGNIN_CLIENT_ID, USERNAME

HERE = Path(__file__).resolve().parent

#: RFC 8252 7.3: registered without a port; django-oauth-toolkit accepts any port on it.
REDIRECT_URI = "http://127.0.0.1/callback"


def configure(db_path: Path) -> None:
    from django.conf import settings

    settings.configure(
        DEBUG=False,
        SECRET_KEY=secrets.token_urlsafe(32),
        ALLOWED_HOSTS=["127.0.0.1"],
        ROOT_URLCONF=__name__,
        INSTALLED_APPS=[
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "oauth2_provider",
        ],
        MIDDLEWARE=[
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
        ],
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(db_path)}},
        TEMPLATES=[
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "DIRS": [str(HERE / "templates")],
                "APP_DIRS": True,
                "OPTIONS": {
                    "context_processors": [
                        "django.template.context_processors.request",
                        "django.contrib.auth.context_processors.auth",
                    ]
                },
            }
        ],
        LOGIN_URL="/accounts/login/",
        STATIC_URL="/static/",
        USE_TZ=True,
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
        # Only the test's speed: Django's default PBKDF2 (a million rounds) would cost about a
        # second per client authentication on this machine. The OAuth behaviour is stock.
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        LOGGING_CONFIG=None,
    )


def seed() -> None:
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from oauth2_provider.models import Application

    call_command("migrate", verbosity=0, interactive=False)
    user = User.objects.create_user(USERNAME, password=os.environ["INTEROP_USER_PASSWORD"])
    Application.objects.create(
        name="Partner Desktop",
        client_id=SIGNIN_CLIENT_ID,
        client_secret=os.environ["INTEROP_SIGNIN_SECRET"],  # hashed by the model on save
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        redirect_uris=REDIRECT_URI,
        user=user,
    )
    Application.objects.create(
        name="Partner Desktop (public data)",
        client_id=APP_CLIENT_ID,
        client_secret=os.environ["INTEROP_APP_SECRET"],
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_CLIENT_CREDENTIALS,
    )


def _account(request: Any) -> Any:
    """The contract's ``/user`` answer (section 3.4), for a DOT-protected access token."""
    from django.http import JsonResponse
    from oauth2_provider.oauth2_backends import get_oauthlib_core

    valid, oauth_request = get_oauthlib_core().verify_request(request, scopes=[])
    if not valid or oauth_request.user is None:
        response = JsonResponse({"code": 401, "message": "Invalid Credentials"}, status=401)
        response["WWW-Authenticate"] = 'Bearer error="invalid_token"'
        return response
    user = oauth_request.user
    return JsonResponse({"data": {"userId": str(user.pk), "username": user.username}})


def _inspect(request: Any) -> Any:
    """What the server holds for a token, read through django-oauth-toolkit's own models.

    For the tests' checks on the server's side; POST ``token=...`` (never in a URL).
    """
    from django.http import JsonResponse
    from oauth2_provider.models import get_access_token_model, get_refresh_token_model

    token = request.POST.get("token", "")
    checksum = hashlib.sha256(token.encode("utf-8")).hexdigest()
    access = (
        get_access_token_model()
        .objects.select_related("application", "user")
        .filter(token_checksum=checksum)
        .first()
    )
    refresh = (
        get_refresh_token_model()
        .objects.select_related("application", "user")
        .filter(token_checksum=checksum)
        .order_by("-id")
        .first()
    )
    return JsonResponse(
        {
            "access": None
            if access is None
            else {
                "client_id": access.application.client_id,
                "user": access.user.username if access.user else None,
                "scope": access.scope,
                "valid": access.is_valid(),
            },
            "refresh": None
            if refresh is None
            else {
                "client_id": refresh.application.client_id,
                "user": refresh.user.username,
                "revoked": refresh.revoked is not None,
            },
        }
    )


def _urls() -> list[Any]:
    from django.contrib.auth import views as auth_views
    from django.urls import include, path
    from django.views.decorators.csrf import csrf_exempt
    from oauth2_provider import urls as dot_urls

    return [
        path("o/", include("oauth2_provider.urls", namespace="oauth2_provider")),
        # RFC 8414 3: the metadata at the origin's well-known path (DOT's documented set-up).
        path("", include((dot_urls.metadata_urlpatterns, "metadata"))),
        path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
        path("user/1.0.0/user", _account),
        path("interop/inspect", csrf_exempt(_inspect)),
    ]


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return  # request lines carry authorization codes in their query


def main() -> int:
    data = Path(sys.argv[1])
    data.mkdir(parents=True, exist_ok=True)
    configure(data / "dot.sqlite3")
    import django

    django.setup()
    global urlpatterns
    urlpatterns = _urls()
    seed()
    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()
    server = make_server(
        "127.0.0.1", 0, application, server_class=_Server, handler_class=_QuietHandler
    )
    print(f"listening on {server.server_address[1]}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever(poll_interval=0.1)
    return 0


urlpatterns: list[Any] = []

if __name__ == "__main__":
    sys.exit(main())
