"""The console's AWS sign-in (console/auth.js) against a stand-in for Cognito's managed login: the
authorization code flow with PKCE (the token endpoint checks the verifier against the challenge),
the ID token sent to /api, tokens refreshed before they expire, and sign-out through /logout.

The stand-in serves the console's own files too, as CloudFront does, so everything is one origin."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from urllib.parse import parse_qs, urlencode

import pytest
from playwright.sync_api import expect

from local.stack import console_file
from local.web import Request, Response, json_response, make_server, serve_in_thread

pytestmark = pytest.mark.browser

CLIENT_ID = "console-client"
EMAIL = "sato@kuroge.example"


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


class ManagedLogin:
    """/oauth2/authorize, /oauth2/token and /logout as Cognito answers them, and an /api that
    accepts only the latest ID token (as API Gateway's authorizer accepts only valid ones)."""

    def __init__(self):
        self.server = make_server(self.app)
        serve_in_thread(self.server)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.codes: dict[str, tuple[str, str]] = {}  # code -> (challenge, redirect_uri)
        self.grants: list[str] = []
        self.id_token = ""
        self.refresh_token = ""
        self.api_tokens: list[str] = []

    def issue(self) -> dict:
        claims = {"email": EMAIL, "token_use": "id", "n": len(self.grants)}
        self.id_token = ".".join(
            (b64url(b'{"alg":"RS256"}'), b64url(json.dumps(claims).encode()), b64url(b"signature"))
        )
        return {"id_token": self.id_token, "access_token": "access", "expires_in": 30, "token_type": "Bearer"}

    def app(self, request: Request) -> Response:
        query = {k: v[-1] for k, v in parse_qs(request.query).items()}
        if request.path == "/config.json":
            return json_response(200, {"auth": "cognito", "domain": self.url, "client_id": CLIENT_ID})
        if request.path == "/oauth2/authorize":
            assert (query["client_id"], query["response_type"]) == (CLIENT_ID, "code")
            assert query["code_challenge_method"] == "S256" and "openid" in query["scope"]
            code = secrets.token_hex(8)
            self.codes[code] = (query["code_challenge"], query["redirect_uri"])
            back = f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query['state']})}"
            return Response(302, {"Location": back})
        if request.path == "/oauth2/token" and request.method == "POST":
            form = {k: v[-1] for k, v in parse_qs(request.body.decode()).items()}
            self.grants.append(form["grant_type"])
            if form["client_id"] != CLIENT_ID:
                return json_response(400, {"error": "invalid_client"})
            if form["grant_type"] == "authorization_code":
                challenge, redirect_uri = self.codes.pop(form["code"], (None, None))
                verified = challenge == b64url(hashlib.sha256(form["code_verifier"].encode()).digest())
                if not verified or form["redirect_uri"] != redirect_uri:
                    return json_response(400, {"error": "invalid_grant"})
                self.refresh_token = secrets.token_hex(8)
                return json_response(200, {**self.issue(), "refresh_token": self.refresh_token})
            if form["grant_type"] == "refresh_token" and form["refresh_token"] == self.refresh_token:
                return json_response(200, self.issue())  # Cognito sends no new refresh token
            return json_response(400, {"error": "invalid_grant"})
        if request.path == "/logout":
            assert query["client_id"] == CLIENT_ID
            return Response(302, {"Location": query["logout_uri"]})
        if request.path.startswith("/api/"):
            presented = (request.headers.get("authorization") or "").removeprefix("Bearer ")
            self.api_tokens.append(presented)
            if presented != self.id_token:
                return json_response(401, {"message": "Unauthorized"})
            return json_response(200, {"groups": []})
        return console_file(request.path) or json_response(404, {"message": "not found"})


@pytest.fixture
def login():
    stand_in = ManagedLogin()
    yield stand_in
    stand_in.server.shutdown()
    stand_in.server.server_close()


def test_managed_login_with_pkce_refresh_and_sign_out(page, login):
    page.goto(f"{login.url}/")
    expect(page.locator("#token-form")).to_be_hidden()  # no token field in AWS
    page.get_by_role("button", name="ログイン").click()

    expect(page.locator("#staff-name")).to_have_text(f"{EMAIL} さん")
    expect(page.get_by_role("heading", name="グループ", exact=True)).to_be_visible()
    assert page.url == f"{login.url}/"  # the code and state are gone from the address bar
    assert login.grants[0] == "authorization_code"  # the verifier matched the challenge
    # The token expires within a minute, so the console refreshed it before calling the API.
    assert "refresh_token" in login.grants
    assert login.api_tokens and login.api_tokens[-1] == login.id_token

    page.get_by_role("button", name="ログアウト").click()
    expect(page.get_by_role("heading", name="ログイン")).to_be_visible()
    expect(page.locator("#nav")).to_be_hidden()
    assert page.evaluate("sessionStorage.length") == 0
