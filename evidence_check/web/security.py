"""Access token, workspace keys, CSRF and the response headers every page carries."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from urllib.parse import urlsplit

from starlette.requests import Request

TOKEN_COOKIE = "ec_token"
CSRF_COOKIE = "ec_csrf"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"

# The app's pages: the report's policy plus our own script and form posts, nothing from elsewhere.
APP_CSP = ("default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'self'; "
           "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
# Exactly the policy laporan.html declares in its <meta>, plus no framing.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"


def new_secret() -> str:
    return secrets.token_urlsafe(24)


def workspace_key(secret: str) -> str:
    """What the store keeps: a hash, so the database alone does not give the URLs away."""
    return "ws-" + hashlib.sha256(secret.encode("utf-8")).hexdigest()[:40]


def token_ok(request: Request, token: str | None) -> bool:
    if not token:
        return True
    given = request.headers.get("authorization", "")
    given = given[7:] if given.lower().startswith("bearer ") else ""
    for candidate in (given, request.cookies.get(TOKEN_COOKIE, ""), request.query_params.get("token", "")):
        if candidate and hmac.compare_digest(candidate.encode(), token.encode()):
            return True
    return False


def csrf_cookie(request: Request) -> str:
    return request.cookies.get(CSRF_COOKIE) or ""


def csrf_ok(request: Request, submitted: str | None) -> bool:
    """Double-submit: the form field (or header) must equal the SameSite=Strict cookie, and a browser's
    Origin, when sent, must be this server."""
    cookie = csrf_cookie(request)
    sent = submitted or request.headers.get(CSRF_HEADER, "")
    if not cookie or not sent or not hmac.compare_digest(cookie.encode(), sent.encode()):
        return False
    origin = request.headers.get("origin")
    if origin and origin != "null":
        return urlsplit(origin).netloc == request.headers.get("host", "")
    return True


def security_headers(csp: str) -> dict[str, str]:
    return {
        "Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY", "Cache-Control": "no-store", "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "same-origin",
    }
