// The staff console: one page per entry of PAGES (console/pages/*.js), shown by the URL's hash
// (#/<page>/<id>). Plain modules, no build step, no library: every call goes to this origin's /api
// (same origin, so no CORS and no other host).
import * as auth from "/auth.js";
import { $, put, render, setRenderer, showSignIn } from "/ui.js";
import { groupsPage } from "/pages/groups.js";
import { composePage, messagesPage } from "/pages/messages.js";
import { customerPage, customersPage } from "/pages/customers.js";
import { tagsPage } from "/pages/tags.js";
import { routesPage } from "/pages/routes.js";
import { storesPage } from "/pages/stores.js";
import { statsPage } from "/pages/stats.js";
import { surveysPage } from "/pages/surveys.js";

// The menu, in order: the hash name, its label (also the page's title), and how to draw it
// (`id`: what follows the name in the hash, e.g. a group or customer id).
const PAGES = [
  { name: "groups", title: "グループ", show: (id) => groupsPage(id) },
  { name: "compose", title: "メッセージ作成", show: (id) => composePage(id) },
  { name: "messages", title: "配信一覧", show: () => messagesPage() },
  { name: "customers", title: "顧客", show: (id) => (id ? customerPage(id) : customersPage()) },
  { name: "tags", title: "タグ", show: () => tagsPage() },
  { name: "routes", title: "流入経路", show: (id) => routesPage(id) },
  { name: "stores", title: "店舗", show: () => storesPage() },
  { name: "surveys", title: "アンケート", show: (id) => surveysPage(id) },
  { name: "stats", title: "統計", show: () => statsPage() },
];

let local = false;  // config.json: the local stack (shows the local-only footer once signed in)

async function draw() {
  const session = auth.current();
  if (!session) return showSignIn();
  $("#sign-in").hidden = true;
  $("#local-footer").hidden = !local;
  $("#nav").hidden = false;
  $("#who").hidden = false;
  $("#staff-name").textContent = `${session.name} さん`;
  const [name, id] = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  const current = PAGES.find((p) => p.name === name) || PAGES[0];
  for (const link of document.querySelectorAll("#nav a")) {
    if (link.dataset.page === current.name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = `${current.title} - Kuroge LINE CRM`;
  // aria-busy while the page is drawn again (screen readers wait; tests know when it is done)
  const view = $("#page");
  view.setAttribute("aria-busy", "true");
  try {
    await current.show(id);
  } finally {
    view.removeAttribute("aria-busy");
  }
}

function menu() {
  put($("#nav"), PAGES.map((p) => {
    const link = document.createElement("a");
    link.href = `#/${p.name}`;
    link.dataset.page = p.name;
    link.textContent = p.title;
    return link;
  }));
}

async function start() {
  const config = await (await fetch("/config.json")).json();
  auth.configure(config);
  local = Boolean(config.local);
  menu();
  setRenderer(draw);
  $("#token-form").hidden = config.auth !== "token";
  $("#cognito-sign-in").hidden = config.auth !== "cognito";
  await auth.finishCognitoSignIn();

  $("#token-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const error = $("#token-error");
    const result = await auth.signInWithToken($("#admin-token").value, $("#staff-name-input").value);
    if (result.error) {
      error.textContent = result.error.message || "ログインできませんでした";
      return;
    }
    $("#admin-token").value = "";
    error.textContent = "";
    await render();
    $("#view").focus();
  });
  $("#cognito-button").addEventListener("click", () => auth.startCognitoSignIn());
  $("#sign-out").addEventListener("click", () => {
    auth.signOut();
    showSignIn("ログアウトしました");
  });
  $("#dispatch-now").addEventListener("click", async () => {
    const out = $("#dispatch-result");
    out.textContent = "配信処理を実行中…";
    const response = await fetch("/_local/dispatch", { method: "POST" });
    const summary = await response.json().catch(() => ({}));
    const sent = (summary.messages || []).length;
    out.textContent = response.ok ? `配信処理を実行しました（送信したメッセージ: ${sent}件）` : `配信処理に失敗しました（${response.status}）`;
    if (auth.current()) render();
  });
  window.addEventListener("hashchange", () => render().then(() => $("#view").focus()));
  await render();
}

start();
