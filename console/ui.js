// What every page of the console shares: building elements, dates in Japan time, the API with
// the session's token, field errors, flash notices, re-rendering. Plain module, no library.
import * as auth from "/auth.js";


const $ = (selector, root = document) => root.querySelector(selector);
const page = () => $("#page");
let flash = "";
let renderer = async () => {};

// --- small helpers ---------------------------------------------------------------------------
// h("button", {type: "button", onclick}, "text"): elements built with textContent, never innerHTML.
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

// Replace an element's children, skipping null/false (conditional parts).
function put(element, ...children) {
  element.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
}

const JST = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
});
const jst = (iso) => (iso ? JST.format(new Date(iso)) : "—");
// A moment as a <time> element, shown in Japan time.
const when = (iso) => (iso ? h("time", { datetime: iso }, jst(iso)) : "—");
// A calendar date as written by staff ("1990-05-03", no time zone): shown as "1990/05/03".
const jstDate = (ymd) => (ymd ? String(ymd).slice(0, 10).replaceAll("-", "/") : "—");
const pad = (n) => String(n).padStart(2, "0");

// "YYYY-MM-DDTHH:MM" in Japan time (for <input type="datetime-local">, whatever the PC's zone).
function jstInputValue(date) {
  const t = new Date(date.getTime() + 9 * 3600_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}
function nextFiveMinutes() {
  const step = 5 * 60_000;
  return jstInputValue(new Date(Math.floor(Date.now() / step) * step + step));
}

const GENDERS = { male: "男性", female: "女性", any: "指定なし", unknown: "回答しない" };
const STATUSES = {
  scheduled: "予約済み", sending: "送信中", sent: "送信済み", partially_failed: "一部失敗",
  failed: "失敗", held: "保留（通数不足）", cancelled: "取り消し済み",
};
// Timeline entry kinds (GET /api/customers/{id}/timeline), as staff read them.
const KINDS = {
  follow: "友だち追加", unfollow: "ブロック", unblock: "ブロック解除", inbound: "お客様", reply: "ボット返信",
  reply_failed: "返信失敗", push: "送信", staff_message: "スタッフ返信", delivery: "配信", test_push: "テスト送信",
  coupon_use: "クーポン使用", profile: "登録", withdrawal: "退会", note: "メモ", tag: "タグ", record: "記録の変更",
  visit: "来店", points: "ポイント", rank: "ランクアップ",
};
const ageRange = (g) => (g.age_max === null || g.age_max === undefined ? `${g.age_min}歳以上` : `${g.age_min}〜${g.age_max}歳`);

// The API: JSON in and out, the session's bearer token; a 401 ends the session.
async function api(method, path, body) {
  const token = await auth.bearer();
  if (!token) return signedOut("ログインしてください");
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { status: 0, data: { message: "サーバーに接続できません。通信環境を確かめて、もう一度お試しください", errors: [] } };
  }
  const data = response.status === 204 ? null : await response.json().catch(() => ({}));
  if (response.status === 401) return signedOut("ログインし直してください");
  return { status: response.status, data };
}

// A file the API makes (CSV): fetched with the bearer token, saved as the API sent it (a Blob of
// its bytes, BOM included) under the name of its Content-Disposition. Returns null when done, or
// the error message to show.
async function download(path, fallbackName) {
  const token = await auth.bearer();
  if (!token) { signedOut("ログインしてください"); return ""; }
  let response;
  try {
    response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
  } catch {
    return "サーバーに接続できません。通信環境を確かめて、もう一度お試しください";
  }
  if (response.status === 401) { signedOut("ログインし直してください"); return ""; }
  if (!response.ok) return (await response.json().catch(() => ({}))).message || `ダウンロードできませんでした（${response.status}）`;
  const blob = await response.blob();
  const named = /filename="?([^";]+)"?/.exec(response.headers.get("Content-Disposition") || "");
  const link = h("a", { href: URL.createObjectURL(blob), download: named ? named[1] : fallbackName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  return null;
}

// The JSON of GET requests a page needs, or null (the page then says why, or the sign-in shows).
async function load(...paths) {
  const answers = await Promise.all(paths.map((path) => api("GET", path)));
  if (answers.some((a) => !a)) return null;
  const failed = answers.find((a) => a.status !== 200);
  if (failed) {
    put(page(), h("p", { class: "error", role: "alert" }, failed.data?.message || "読み込めませんでした"));
    return null;
  }
  return answers.map((a) => a.data);
}

// Field errors beside their fields: `fields` maps the API's field names to input ids.
function showErrors(form, answer, fields, general) {
  for (const element of form.querySelectorAll(".error[data-for]")) element.textContent = "";
  for (const element of form.querySelectorAll("[aria-invalid]")) element.removeAttribute("aria-invalid");
  general.textContent = "";
  const errors = answer?.errors || [];
  let placed = 0;
  for (const error of errors) {
    const id = fields(error.field || "");
    const slot = id && form.querySelector(`.error[data-for="${id}"]`);
    if (!slot) continue;
    slot.textContent = slot.textContent ? `${slot.textContent} ${error.reason}` : error.reason;
    $(`#${id}`)?.setAttribute("aria-invalid", "true");
    placed += 1;
  }
  if (placed < errors.length || errors.length === 0) general.textContent = answer?.message || "エラーが発生しました";
  form.querySelector("[aria-invalid='true']")?.focus();
}

// Editing a field clears the error shown beside it.
function clearError(control) {
  if (!control.id) return;
  control.removeAttribute("aria-invalid");
  const slot = document.querySelector(`.error[data-for="${control.id}"]`);
  if (slot) slot.textContent = "";
}

// A labelled control with its error slot: field("group-name", "グループ名", h("input", ...)).
function field(id, label, control, hint) {
  control.id = id;
  const describedBy = [`${id}-error`, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  control.setAttribute("aria-describedby", describedBy);
  return h("div", { class: "field" },
    h("label", { for: id }, label),
    control,
    hint ? h("p", { class: "hint", id: `${id}-hint` }, hint) : null,
    h("p", { class: "error", id: `${id}-error`, "data-for": id }));
}

const select = (options, value) =>
  h("select", {}, options.map(([v, label]) => h("option", { value: v, selected: v === value }, label)));


// A notice shown once, on the next page drawn (「…を保存しました」).
function setFlash(text) { flash = text; }
function takeFlash() { const text = flash; flash = ""; return text; }

// Draw the current page again (app.js registers how).
function setRenderer(fn) { renderer = fn; }
function render() { return renderer(); }

// A list row's 削除 button: asks `question`, DELETEs `path`, then flashes `done` (204) or the API's
// message and redraws the page. `attributes` adds to the button's (an aria-label).
function deleteButton(question, path, done, attributes = {}) {
  return h("button", { type: "button", class: "danger", ...attributes, onclick: async () => {
    if (!confirm(question)) return;
    const result = await api("DELETE", path);
    if (!result) return;
    setFlash(result.status === 204 ? done : result.data.message);
    render();
  } }, "削除");
}

function signedOut(message) {
  sessionStorage.removeItem("linecrm.session");
  showSignIn(message);
  return null;
}

function showSignIn(message = "") {
  $("#local-footer").hidden = true;
  $("#nav").hidden = true;
  $("#who").hidden = true;
  put(page());
  $("#sign-in").hidden = false;
  $("#sign-in-notice").textContent = message;
  document.title = "ログイン - Kuroge LINE CRM";
}

export {
  $, page, h, put, JST, jst, when, jstDate, pad, jstInputValue, nextFiveMinutes, GENDERS, STATUSES, KINDS, ageRange,
  api, download, load, deleteButton, showErrors, clearError, field, select, setFlash, takeFlash, setRenderer, render, signedOut, showSignIn,
};
