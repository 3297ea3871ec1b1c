// The emulator's chat page: plays simulated customers against the product through /emulator/api/.
"use strict";

const state = { customers: [], selected: null, entries: [], lastSeq: 0, busy: false, richMenuId: null };
const $ = (id) => document.getElementById(id);
const { el } = FlexRender;

async function api(method, path, body) {
  const response = await fetch("/emulator/api" + path, {
    method, headers: body ? { "Content-Type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.message || `HTTP ${response.status}`);
  return data;
}

function showError(error) { $("error").textContent = error ? `エラー: ${error.message || error}` : ""; }

// --- customers -----------------------------------------------------------------------------------
async function loadCustomers() {
  const data = await api("GET", "/customers");
  state.customers = data.customers;
  renderCustomers();
}

function customerStatus(c) {
  if (c.blocked) return ["ブロック中", "blocked"];
  return c.friend ? ["友だち", "friend"] : ["未追加", ""];
}

function renderCustomers() {
  const list = $("customers");
  list.replaceChildren();
  const shown = state.customers.slice(-300);  // seeded stacks can hold thousands
  for (const c of shown) {
    const item = el("li", c.user_id === state.selected ? "selected" : "");
    item.dataset.userId = c.user_id;
    item.appendChild(el("span", "name", c.display_name));
    const [label, cls] = customerStatus(c);
    item.appendChild(el("span", `badge ${cls}`, label));
    item.addEventListener("click", () => select(c.user_id));
    list.appendChild(item);
  }
  $("customer-count").textContent = `(${state.customers.length}人)`;
  renderHeader();
}

async function select(userId) {
  state.selected = userId; state.entries = []; state.lastSeq = 0;
  $("messages").replaceChildren();
  renderCustomers();
  await refreshChat();
}

function current() { return state.customers.find((c) => c.user_id === state.selected); }

function renderHeader() {
  const c = current();
  $("chat-title").textContent = c ? c.display_name : "お客様を選んでください";
  $("chat-status").textContent = c ? `${customerStatus(c)[0]} · ${c.user_id}` : "";
  const canTalk = !!c && c.friend && !c.blocked;
  $("follow-button").disabled = !c || c.friend || c.blocked;
  $("block-button").disabled = !c || !c.friend || c.blocked;
  $("unblock-button").disabled = !c || !c.blocked;
  for (const id of ["text-input", "send-button", "sticker-button"]) $(id).disabled = !canTalk;
  for (const area of document.querySelectorAll(".rich-menu-area")) area.disabled = !canTalk;
}

// --- rich menu: the channel's default menu (set through the Messaging API), as LINE shows it ----
// The image with one transparent button per area at the area's position (percentages of the
// menu's size); a tap is the area's action, as a tap on LINE (a message action sends its text).
async function loadRichMenu() {
  const data = await api("GET", "/richmenu");
  const menu = data.rich_menu;
  if ((menu && menu.richMenuId) === state.richMenuId) return;
  state.richMenuId = menu ? menu.richMenuId : null;
  const box = $("rich-menu"), panel = $("rich-menu-panel");
  for (const old of panel.querySelectorAll(".rich-menu-area")) old.remove();
  box.hidden = !menu;
  if (!menu) return;
  box.dataset.richMenuId = menu.richMenuId;
  $("rich-menu-bar-text").textContent = menu.chatBarText;
  $("rich-menu-image").src = data.image_url;
  $("rich-menu-image").alt = menu.areas.map((a) => a.action.label || a.action.text || "").join(" / ");
  const { width, height } = menu.size;
  menu.areas.forEach((area, index) => {
    const b = area.bounds;
    const button = el("button", "rich-menu-area");
    button.type = "button";
    button.dataset.index = index;
    button.setAttribute("aria-label", area.action.label || area.action.text || area.action.type);
    Object.assign(button.style, {
      left: `${(100 * b.x) / width}%`, top: `${(100 * b.y) / height}%`,
      width: `${(100 * b.width) / width}%`, height: `${(100 * b.height) / height}%`,
    });
    button.addEventListener("click", () => onAction(area.action));
    panel.appendChild(button);
  });
  setRichMenuOpen(menu.selected);
  renderHeader();
}

function setRichMenuOpen(open) {
  $("rich-menu-panel").hidden = !open;
  $("rich-menu-bar").setAttribute("aria-expanded", String(open));
}

// --- chat ----------------------------------------------------------------------------------------
async function refreshChat() {
  if (!state.selected) return;
  const userId = state.selected;
  const data = await api("GET", `/customers/${userId}/chat?since=${state.lastSeq}`);
  if (userId !== state.selected) return;
  const index = state.customers.findIndex((c) => c.user_id === userId);
  if (index >= 0) state.customers[index] = data.customer;
  for (const entry of data.entries) {
    if (entry.seq <= state.lastSeq) continue;  // a poll and a send may fetch the same entries
    state.entries.push(entry);
    state.lastSeq = Math.max(state.lastSeq, entry.seq);
    appendEntry(entry);
  }
  renderHeader();
  renderQuickReplies();
}

function timeOf(entry) {
  return new Date(entry.at).toLocaleTimeString("ja-JP", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Tokyo" });
}

function appendEntry(entry) {
  const box = $("messages");
  const m = entry.message;
  if (entry.via === "follow" || entry.via === "unfollow") {
    box.appendChild(el("div", "notice", entry.via === "follow" ? "友だち追加しました" : "ブロックしました"));
  } else {
    const row = el("div", `row ${entry.from}`);
    row.dataset.seq = entry.seq;
    if (entry.from === "bot") row.appendChild(el("div", "avatar", "K"));
    const content = renderMessage(m, entry.from === "bot");
    if (entry.from === "customer") row.appendChild(el("span", "time", timeOf(entry)));
    row.appendChild(content);
    if (entry.from === "bot") row.appendChild(el("span", "time", timeOf(entry)));
    box.appendChild(row);
  }
  box.scrollTop = box.scrollHeight;
}

function renderMessage(m, fromBot) {
  switch (m.type) {
    case "text": return el("div", "bubble text", m.text);
    case "postback": return el("div", "bubble text", m.label || `(postback: ${m.data})`);
    case "sticker": return el("div", "sticker", "🐻");
    case "image": {
      const b = el("div", "bubble image"); const img = el("img"); img.src = m.previewImageUrl || m.originalContentUrl;
      img.alt = "画像"; b.appendChild(img); return b;
    }
    case "flex": {
      const node = FlexRender.flex(m.contents, onAction); node.title = m.altText || ""; return node;
    }
    case "template": return FlexRender.template(m.template, onAction);
    default: return el("div", "bubble text", fromBot ? `（${m.type} メッセージ）` : `(${m.type})`);
  }
}

function renderQuickReplies() {
  const bar = $("quick-replies");
  bar.replaceChildren();
  const last = state.entries[state.entries.length - 1];
  const c = current();
  if (!last || last.from !== "bot" || !last.message.quickReply || !c || c.blocked) return;
  for (const item of last.message.quickReply.items || []) {
    const action = item.action || {};
    const button = el("button", "", action.label || action.text || "");
    button.type = "button";
    button.addEventListener("click", () => onAction(action));
    bar.appendChild(button);
  }
}

// Sends go one after another (a tap while the previous webhook is still running waits its turn).
let sending = Promise.resolve();
function send(action, body) {
  const userId = state.selected;
  if (!userId) return Promise.resolve();
  sending = sending.then(() => sendNow(userId, action, body));
  return sending;
}

async function sendNow(userId, action, body) {
  state.busy = true; showError(null);
  try {
    const data = await api("POST", `/customers/${userId}/${action}`, body);
    if (data.webhook && data.webhook.status !== 200) {
      showError(`webhook の応答: ${data.webhook.status ?? "なし"} ${data.webhook.error || data.webhook.body || ""}`);
    }
  } catch (error) { showError(error); }
  state.busy = false;
  await refreshChat();
  renderCustomers();
  await loadWebhooks();
}

function onAction(action) {
  if (!action) return;
  if (action.type === "message") return send("text", { text: action.text || action.label });
  if (action.type === "postback") return send("postback", { data: action.data, label: action.displayText || action.label });
  if (action.type === "uri") return window.open(action.uri, "_blank", "noopener");
  showError(`このエミュレーターは ${action.type} アクションに対応していません`);
}

// --- panel ---------------------------------------------------------------------------------------
async function loadWebhooks() {
  const data = await api("GET", "/webhooks");
  const list = $("webhooks");
  list.replaceChildren();
  for (const w of data.webhooks.slice(-15).reverse()) {
    const ok = w.status === 200 && !w.too_slow_for_line;
    const text = `${(w.event_types || []).join(", ") || "-"}${w.redelivery ? "（再送）" : ""} → ${w.status ?? "送信失敗"}`
      + (w.elapsed_ms !== undefined ? ` ${w.elapsed_ms}ms` : "") + (w.too_slow_for_line ? " ⚠ LINE なら時間切れ" : "");
    list.appendChild(el("li", ok ? "" : "bad", text));
  }
}

async function loadSettings() {
  const s = await api("GET", "/settings");
  $("fault-share").value = s.fault_share; $("fault-statuses").value = s.fault_statuses.join(",");
  $("multicast-rate").value = s.multicast_rate_per_second;
  $("quota-limit").value = s.quota_limit ?? ""; $("quota-consumption").textContent = s.quota_consumption;
}

$("create-form").addEventListener("submit", async (event) => {
  event.preventDefault(); showError(null);
  const body = { count: Number($("create-count").value || 1), follow: $("create-follow").checked };
  const name = $("create-name").value.trim();
  if (name) body.display_name = name;
  try {
    const data = await api("POST", "/customers", body);
    await loadCustomers();
    if (data.customers.length) await select(data.customers[data.customers.length - 1].user_id);
  } catch (error) { showError(error); }
});
$("send-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = $("text-input").value;
  if (!text.trim()) return;
  $("text-input").value = "";
  $("scan-hint").hidden = true;
  await send("text", { text });
});
$("sticker-button").addEventListener("click", () => send("sticker"));
$("rich-menu-bar").addEventListener("click", () => setRichMenuOpen($("rich-menu-panel").hidden));
$("follow-button").addEventListener("click", () => send("follow"));
$("block-button").addEventListener("click", () => send("block"));
$("unblock-button").addEventListener("click", () => send("unblock"));
$("redeliver-button").addEventListener("click", async () => {
  try { await api("POST", "/redeliver"); } catch (error) { showError(error); }
  await loadWebhooks(); await refreshChat();
});
$("settings-form").addEventListener("submit", async (event) => {
  event.preventDefault(); showError(null);
  const quota = $("quota-limit").value;
  try {
    await api("PUT", "/settings", {
      fault_share: Number($("fault-share").value || 0),
      fault_statuses: $("fault-statuses").value.split(",").map((s) => Number(s.trim())).filter(Boolean),
      multicast_rate_per_second: Number($("multicast-rate").value || 200),
      quota_limit: quota === "" ? null : Number(quota),
    });
    await loadSettings();
  } catch (error) { showError(error); }
});

async function poll() {
  try {
    if (!state.busy) await refreshChat();
  } catch (error) { /* the next poll tries again */ }
  setTimeout(poll, 1000);
}

// A scanned entry route's QR code: /emulator/?text=<keyword> opens the chat with the keyword typed,
// as LINE's https://line.me/R/oaMessage/{basic id}/?{keyword} does on a phone.
function prefillScannedText() {
  const text = new URLSearchParams(location.search).get("text");
  if (!text) return;
  $("text-input").value = text;
  $("scan-hint").hidden = false;
  $("scan-hint").textContent = `QRコードを読み取りました: 「${text}」が入力されています。お客様を選んで送信してください。`;
}

(async () => {
  prefillScannedText();
  await loadCustomers(); await loadWebhooks(); await loadSettings();
  await loadRichMenu().catch(() => {});
  poll();
  setInterval(() => loadCustomers().catch(() => {}), 4000);
  setInterval(() => loadRichMenu().catch(() => {}), 3000);  // a menu created or replaced meanwhile
})();
