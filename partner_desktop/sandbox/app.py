"""Flask application factory of the sandbox: authorization server, resource server, pages."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from flask import Flask, Response, render_template, request
from werkzeug.exceptions import HTTPException

from partner_desktop.sandbox import db, i18n, images, oauth, resources, seed
from partner_desktop.sandbox.context import SandboxState, close_conn, conn
from partner_desktop.sandbox.settings import Faults, SandboxConfig

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024
_HERE = Path(__file__).resolve().parent

#: Security headers on every answer; the pages are never framed, cached or leak a referrer.
SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; "
        "base-uri 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}


def prepare_database(config: SandboxConfig) -> None:
    """Create the schema, and seed an empty database when the configuration asks for it."""
    db.initialise(config.db_path)
    if not config.seed:
        return
    connection = db.connect(config.db_path)
    try:
        with db.transaction(connection):
            if not seed.is_seeded(connection):
                seed.seed(connection)
    finally:
        connection.close()


def create_app(config: SandboxConfig, faults: Faults | None = None) -> Flask:
    """Build a sandbox application over ``config.db_path`` (created and seeded if needed)."""
    prepare_database(config)
    app = Flask(
        __name__,
        static_folder=str(_HERE / "static"),
        static_url_path="/assets",
        template_folder=str(_HERE / "templates"),
    )
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY
    app.config["MAX_FORM_MEMORY_SIZE"] = MAX_BODY
    app.json.sort_keys = False  # type: ignore[attr-defined]
    faults = faults or Faults(config.latency_ms, config.error_rate, config.throttle)
    sandbox_state = SandboxState(config=config, faults=faults)
    app.extensions["partner_sandbox"] = sandbox_state
    sandbox_state.extras["oauth_server"] = oauth.create_server(app)
    sandbox_state.extras["sign_in_throttle"] = oauth.create_sign_in_throttle(config)
    app.register_blueprint(oauth.bp)
    app.context_processor(i18n.template_helpers)  # pages in the browser's language
    app.register_blueprint(resources.bp)
    app.teardown_appcontext(close_conn)

    @app.after_request
    def add_headers(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if not request.path.startswith(("/static/", "/assets/")):
            response.headers["Cache-Control"] = "no-store"
            response.headers.setdefault("Pragma", "no-cache")
        return response

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response:
        status = error.code or 500
        message = {
            404: "There is nothing at this address.",
            405: "This method is not allowed here.",
            413: "The request body is larger than 64 KiB.",
        }.get(status, error.description or error.name)
        return resources.json_response({"code": status, "message": message}, status)

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> Response:
        log.exception("Unexpected error in the sandbox")
        return resources.json_response(
            {"code": 500, "message": "The sandbox hit an unexpected error."}, 500
        )

    @app.get("/")
    def index() -> Response:
        base = config.public_base()  # never the Host header a client chose
        body = render_template(
            "index.html",
            base=base,
            client_id=seed.CLIENT_ID,
            client_secret=seed.CLIENT_SECRET,
            users=("alice", "bob", "carol"),
            password=seed.USER_PASSWORD,
        )
        return Response(body, mimetype="text/html")

    @app.get("/sandbox/ping")
    def ping() -> Response:
        return resources.json_response({"ok": True})

    @app.get("/static/partners/<slug>.png")
    def partner_logo(slug: str) -> Response:
        row = conn().execute("SELECT color FROM partners WHERE slug = ?", (slug,)).fetchone()
        if row is None:
            return resources.json_response({"code": 404, "message": "No such image."}, 404)
        return _png(images.badge_png(row["color"]))

    @app.get("/favicon.ico")
    def favicon() -> Response:
        return _png(images.badge_png("#1f4e9c", "#ffffff", 32))

    @app.get("/static/avatars/<user_id>.png")
    def avatar(user_id: str) -> Response:
        row = conn().execute("SELECT id FROM users WHERE id = ?", (user_id,)).fetchone()
        if row is None:
            return resources.json_response({"code": 404, "message": "No such image."}, 404)
        color = "#" + hashlib.sha256(user_id.encode()).hexdigest()[:6]
        return _png(images.badge_png(color, "#f4f4f4", 96))

    return app


def _png(data: bytes) -> Response:
    response = Response(data, mimetype="image/png")
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response
