// Sign-in, for both places the console runs (config.json says which):
// - "token" (local stack): the ADMIN_TOKEN and a name go once to POST /api/session, which answers
//   with a session token the server signed (carrying the name); the ADMIN_TOKEN is not kept.
// - "cognito" (AWS): Cognito's managed login, authorization code flow with PKCE; tokens refreshed
//   with the refresh token before they expire; 「ログアウト」 ends the Cognito session too.
// The session lives in sessionStorage: it ends with the tab, and no other page can read it.

const KEY = "linecrm.session";
const PENDING = "linecrm.pkce";
let config = { auth: "token" };

export function configure(value) { config = value; }

function load() {
  try { return JSON.parse(sessionStorage.getItem(KEY) || "null"); } catch { return null; }
}
function save(session) { sessionStorage.setItem(KEY, JSON.stringify(session)); }

export function current() {
  const session = load();
  if (!session) return null;
  if (config.auth === "token" && Date.parse(session.expires_at) <= Date.now()) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return session;
}

export async function signInWithToken(adminToken, name) {
  const response = await fetch("/api/session", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ admin_token: adminToken, name }),
  });
  const body = await response.json().catch(() => ({}));
  if (response.status !== 201) return { error: body };
  save({ token: body.token, name: body.name, expires_at: body.expires_at });
  return { session: load() };
}

// --- Cognito: authorization code + PKCE --------------------------------------------------------
const b64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)))
  .replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
const random = (n) => b64url(crypto.getRandomValues(new Uint8Array(n)));
const redirectUri = () => config.redirect_uri || `${location.origin}/`;

export async function startCognitoSignIn() {
  const verifier = random(48);
  const state = random(16);
  const challenge = b64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
  const query = new URLSearchParams({
    response_type: "code", client_id: config.client_id, redirect_uri: redirectUri(),
    scope: "openid email profile", state, code_challenge_method: "S256", code_challenge: challenge,
  });
  location.assign(`${config.domain}/oauth2/authorize?${query}`);
}

function claims(idToken) {
  const part = idToken.split(".")[1].replaceAll("-", "+").replaceAll("_", "/");
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(part), (c) => c.charCodeAt(0))));
}

async function tokenRequest(fields) {
  const response = await fetch(`${config.domain}/oauth2/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ client_id: config.client_id, ...fields }),
  });
  if (!response.ok) return null;
  const answer = await response.json();
  const previous = load() || {};
  const idToken = answer.id_token;
  const who = claims(idToken);
  save({
    token: idToken,
    refresh_token: answer.refresh_token || previous.refresh_token,
    name: who.name || who.email || who["cognito:username"],
    expires_at: new Date(Date.now() + answer.expires_in * 1000).toISOString(),
  });
  return load();
}

// On return from the managed login: exchange ?code= for tokens (once), then clean the address bar.
export async function finishCognitoSignIn() {
  const params = new URLSearchParams(location.search);
  const code = params.get("code");
  if (config.auth !== "cognito" || !code) return null;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || "null");
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, "", location.pathname + location.hash);
  if (!pending || pending.state !== params.get("state")) return null;
  return tokenRequest({
    grant_type: "authorization_code", code, redirect_uri: redirectUri(), code_verifier: pending.verifier,
  });
}

// The bearer token to send now: refreshed first when it expires within a minute.
export async function bearer() {
  const session = current();
  if (!session) return null;
  if (config.auth === "cognito" && Date.parse(session.expires_at) - Date.now() < 60_000) {
    const renewed = session.refresh_token
      ? await tokenRequest({ grant_type: "refresh_token", refresh_token: session.refresh_token })
      : null;
    return renewed ? renewed.token : null;
  }
  return session.token;
}

export function signOut() {
  sessionStorage.removeItem(KEY);
  if (config.auth === "cognito") {
    const query = new URLSearchParams({ client_id: config.client_id, logout_uri: redirectUri() });
    location.assign(`${config.domain}/logout?${query}`);
  }
}
