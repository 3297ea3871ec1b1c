// The staff console: グループ, メッセージ作成, 配信一覧, 顧客. Plain modules, no build step, no
// library: every call goes to this origin's /api (same origin, so no CORS and no other host).
import * as auth from "/auth.js";

const $ = (selector, root = document) => root.querySelector(selector);
const page = () => $("#page");
let flash = "";
let local = false;  // config.json: the local stack (shows the local-only footer once signed in)

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
const KINDS = {
  follow: "友だち追加", unfollow: "ブロック", inbound: "お客様", reply: "返信", reply_failed: "返信失敗",
  push: "送信", delivery: "配信", test_push: "テスト送信", coupon_use: "クーポン使用", profile: "登録",
  withdrawal: "退会",
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

// --- グループ ----------------------------------------------------------------------------------
const STANDARD_GROUPS = ["male", "female"].flatMap((gender) =>
  [["20歳未満", 0, 19], ["20〜49歳", 20, 49], ["50歳以上", 50, null]].map(([band, age_min, age_max]) => ({
    name: `${GENDERS[gender]} ${band}`, gender, age_min, age_max,
  })));

async function groupsPage(editId) {
  const loaded = await load("/api/groups");
  if (!loaded) return;
  const [{ groups: listed }] = loaded;
  const order = { male: 0, female: 1, any: 2 };
  const groups = listed.sort((a, b) => order[a.gender] - order[b.gender] || a.age_min - b.age_min);
  const editing = groups.find((g) => g.group_id === editId);
  const general = h("p", { class: "error", role: "alert", id: "group-form-error" });
  const form = h("form", { class: "card", novalidate: true, "aria-labelledby": "group-form-title" },
    h("h2", { id: "group-form-title" }, editing ? `グループを編集: ${editing.name}` : "グループを作成"),
    field("group-name", "グループ名", h("input", { maxlength: 50, value: editing?.name ?? "" })),
    field("group-gender", "性別", select([["male", "男性"], ["female", "女性"], ["any", "指定なし"]], editing?.gender ?? "male")),
    h("div", { class: "pair" },
      field("group-age-min", "年齢（下限）", h("input", { type: "number", min: 0, max: 120, inputmode: "numeric", value: editing?.age_min ?? "" })),
      field("group-age-max", "年齢（上限）", h("input", { type: "number", min: 0, max: 120, inputmode: "numeric", value: editing?.age_max ?? "" }), "空欄は上限なし")),
    general,
    h("div", { class: "row" },
      h("button", { type: "submit" }, editing ? "保存" : "作成"),
      editing ? h("a", { href: "#/groups" }, "キャンセル") : null));
  form.addEventListener("input", (event) => clearError(event.target));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const number = (id) => ($(`#${id}`).value.trim() === "" ? null : Number($(`#${id}`).value));
    const body = {
      name: $("#group-name").value, gender: $("#group-gender").value,
      age_min: number("group-age-min"), age_max: number("group-age-max"),
    };
    if (body.age_min === null) delete body.age_min;
    const result = editing
      ? await api("PUT", `/api/groups/${editing.group_id}`, body)
      : await api("POST", "/api/groups", body);
    if (!result) return;
    if (result.status === 200 || result.status === 201) {
      flash = editing ? `「${result.data.name}」を保存しました` : `「${result.data.name}」を作成しました`;
      return editing ? (location.hash = "#/groups") : render();
    }
    const ids = { name: "group-name", gender: "group-gender", age_min: "group-age-min", age_max: "group-age-max" };
    showErrors(form, result.data, (f) => ids[f], general);
  });

  const standardStatus = h("p", { class: "notice", role: "status", id: "standard-status" });
  const standard = h("button", { type: "button", class: "quiet", onclick: async () => {
    standard.disabled = true;
    const made = [], refused = [];
    for (const group of STANDARD_GROUPS) {
      const exists = groups.some((g) => g.gender === group.gender && g.age_min === group.age_min && g.age_max === group.age_max);
      if (exists) continue;
      const result = await api("POST", "/api/groups", group);
      if (!result) return;
      if (result.status === 201) made.push(group.name);
      else refused.push(`${group.name}: ${result.data.message}`);
    }
    flash = [made.length ? `${made.length}件作成しました` : "標準の6グループはすべて作成済みです", ...refused].join("／");
    render();
  } }, "標準の6グループを作成");

  const list = h("ul", { class: "list", "aria-label": "グループ一覧" }, groups.map((g) => h("li", {},
    h("div", { class: "main" }, h("strong", {}, g.name),
      h("div", { class: "meta" }, `${GENDERS[g.gender]}・${ageRange(g)}`)),
    h("span", { class: "count", "aria-label": `${g.name}の人数` }, `${g.member_count}人`),
    h("a", { href: `#/groups/${g.group_id}`, "aria-label": `${g.name}を編集` }, "編集"),
    h("button", { type: "button", class: "danger", "aria-label": `${g.name}を削除`, onclick: async () => {
      if (!confirm(`グループ「${g.name}」を削除しますか？`)) return;
      const result = await api("DELETE", `/api/groups/${g.group_id}`);
      if (!result) return;
      flash = result.status === 204 ? `「${g.name}」を削除しました` : result.data.message;
      render();
    } }, "削除"))));

  put(page(), 
    h("h1", {}, "グループ"),
    h("p", { class: "notice", role: "status" }, takeFlash()),
    h("div", { class: "split" },
      h("div", {}, groups.length ? list : h("p", {}, "グループはまだありません。"),
        h("div", { class: "row" }, standard), standardStatus),
      form));
}

function takeFlash() { const text = flash; flash = ""; return text; }

// --- メッセージ作成 ---------------------------------------------------------------------------------
async function composePage(messageId) {
  const loaded = await load("/api/groups", "/api/tags", "/api/test-friends", ...(messageId ? [`/api/messages/${messageId}`] : []));
  if (!loaded) return;
  const [groupsData, tagsData, friendsData, original = null] = loaded;
  const editing = Boolean(original);
  const content = Object.fromEntries((original?.messages || []).map((m) => [m.type, m]));
  const targetValue = original
    ? (original.target.type === "group" ? `group:${original.target.group_id}` : original.target.type === "tag" ? `tag:${original.target.tag}` : "all")
    : "";
  const target = h("select", {},
    h("option", { value: "" }, "選択してください"),
    h("optgroup", { label: "グループ" }, groupsData.groups.map((g) =>
      h("option", { value: `group:${g.group_id}`, selected: targetValue === `group:${g.group_id}` }, g.name))),
    h("option", { value: "all", selected: targetValue === "all" }, "全員（一律）"),
    tagsData.tags.length ? h("optgroup", { label: "タグ" }, tagsData.tags.map(({ tag: t }) =>
      h("option", { value: `tag:${t}`, selected: targetValue === `tag:${t}` }, `タグ: ${t}`))) : null);
  const sendAt = h("input", { type: "datetime-local", step: 60,
    value: editing ? jstInputValue(new Date(original.send_at)) : nextFiveMinutes() });
  const text = h("textarea", { maxlength: 5000 });
  text.value = content.text?.text || "";
  const image = h("input", { type: "url", placeholder: "https://", value: content.image?.originalContentUrl ?? "" });
  const coupon = content.coupon_card || {};
  const couponOn = h("input", { type: "checkbox", id: "coupon-on", checked: Boolean(content.coupon_card) });
  const couponFields = h("div", { id: "coupon-fields", hidden: !content.coupon_card },
    field("coupon-title", "クーポン名", h("input", { maxlength: 40, value: coupon.title ?? "" })),
    field("coupon-description", "説明", h("input", { maxlength: 60, value: coupon.description ?? "" })),
    field("coupon-code", "コード", h("input", { maxlength: 20, value: coupon.code ?? "" })),
    field("coupon-expires", "有効期限", h("input", { type: "date", value: coupon.expires_at?.slice(0, 10) ?? "" }), "この日の終わり（日本時間）まで"));
  couponOn.addEventListener("change", () => { couponFields.hidden = !couponOn.checked; preview(); });

  const general = h("p", { class: "error", role: "alert", id: "compose-error" });
  const sent = h("p", { class: "notice", role: "status", id: "compose-status" });
  const friends = friendsData.test_friends;
  const form = h("form", { class: "card", novalidate: true, "aria-labelledby": "compose-title" },
    field("target", "配信先", target),
    h("div", { id: "reach", class: "reach", "aria-live": "polite" }),
    field("send-at", "送信日時", sendAt, "日本時間"),
    field("text", "メッセージ", text),
    h("fieldset", {}, h("legend", {}, "画像（任意）"),
      field("image-url", "画像のURL", image, "https で始まる JPEG / PNG の URL")),
    h("fieldset", {}, h("legend", {}, "クーポン（任意）"),
      h("div", { class: "row" }, couponOn, h("label", { for: "coupon-on", class: "inline" }, "クーポンを付ける")),
      couponFields),
    general, sent,
    h("div", { class: "row" },
      h("button", { type: "submit" }, editing ? "保存" : "登録"),
      h("button", { type: "button", class: "quiet", id: "test-send" }, "テスト送信")),
    h("p", { class: "hint", id: "test-friends" }, friends.length
      ? `テスト送信先: ${friends.map((f) => f.display_name).join("、")}`
      : "テスト送信先がいません。顧客の詳細画面で「テスト送信先に追加」できます。"));

  // The messages of the draft, and which field each index came from (for errors beside them).
  function draft() {
    const messages = [], from = [];
    if (text.value.trim()) { messages.push({ type: "text", text: text.value }); from.push("text"); }
    if (image.value.trim()) {
      messages.push({ type: "image", originalContentUrl: image.value.trim(), previewImageUrl: image.value.trim() });
      from.push("image-url");
    }
    if (couponOn.checked) {
      const card = { type: "coupon_card", title: $("#coupon-title").value };
      for (const [key, id] of [["description", "coupon-description"], ["code", "coupon-code"], ["expires_at", "coupon-expires"]]) {
        if ($(`#${id}`).value.trim()) card[key] = $(`#${id}`).value.trim();
      }
      messages.push(card); from.push("coupon");
    }
    return { messages, from };
  }
  function targetBody() {
    const value = target.value;
    if (value === "all") return { type: "all" };
    if (value.startsWith("group:")) return { type: "group", group_id: value.slice(6) };
    if (value.startsWith("tag:")) return { type: "tag", tag: value.slice(4) };
    return undefined;
  }
  const fieldOf = (from) => (name) => {
    if (name.startsWith("target")) return "target";
    if (name === "send_at") return "send-at";
    const match = name.match(/^messages\[(\d+)\]\.?(\w*)/);
    if (!match) return name === "messages" ? "text" : null;
    const source = from[Number(match[1])];
    if (source !== "coupon") return source;
    return { title: "coupon-title", description: "coupon-description", code: "coupon-code", expires_at: "coupon-expires" }[match[2]] || "coupon-title";
  };

  const phone = h("div", { class: "phone", id: "preview", "aria-label": "プレビュー", role: "region" });
  function preview() {
    const { messages } = draft();
    put(phone, h("div", { class: "head" }, "Kuroge（プレビュー）"),
      ...messages.map((m) => {
        if (m.type === "text") return h("div", { class: "bubble" }, m.text);
        if (m.type === "image") return h("div", { class: "bubble image" }, h("img", { src: m.previewImageUrl, alt: "画像" }));
        return h("div", { class: "coupon" },
          h("div", { class: "body" },
            h("span", { class: "title" }, m.title || "（クーポン名）"),
            m.description ? h("span", {}, m.description) : null,
            m.code ? h("span", { class: "code" }, `コード: ${m.code}`) : null,
            m.expires_at ? h("span", { class: "until" }, `有効期限: ${m.expires_at}まで`) : null),
          h("span", { class: "use", "aria-hidden": "true" }, "使う"));
      }),
      messages.length ? null : h("p", { class: "hint on-chat" }, "メッセージを入力するとここに表示されます"));
  }
  form.addEventListener("input", (event) => { clearError(event.target); preview(); });

  const reach = $("#reach", form);
  async function estimate() {
    const body = targetBody();
    if (!body) return put(reach);
    put(reach, h("span", {}, "配信対象を数えています…"));
    const answer = await api("POST", "/api/messages/estimate", { target: body });
    if (!answer) return;
    if (answer.status !== 200) return put(reach, h("span", { class: "error" }, answer.data.message));
    const { recipient_count: count, quota } = answer.data;
    let quotaText;
    if (quota.unavailable) quotaText = `今月の送信可能数: 取得できません（${quota.unavailable}）`;
    else if (quota.type === "none" || quota.limit === null) quotaText = `今月の送信数: ${quota.used ?? 0}通（上限なし）`;
    else quotaText = `今月の送信数: ${quota.used} / ${quota.limit}通（残り${quota.remaining}通）`;
    put(reach, 
      h("span", { id: "reach-count" }, `配信対象: ${count}人（現在）`),
      h("span", { id: "quota" }, quotaText),
      quota.fits === false ? h("span", { class: "error" }, "今月の残り通数が足りません。送信時に保留になります") : null);
  }
  target.addEventListener("change", estimate);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const { messages, from } = draft();
    const time = sendAt.value.length === 16 ? `${sendAt.value}:00` : sendAt.value;  // with or without seconds
    const body = { target: targetBody(), send_at: time ? `${time}+09:00` : undefined, messages };
    if (!body.target) delete body.target;
    const result = editing
      ? await api("PUT", `/api/messages/${original.message_id}`, body)
      : await api("POST", "/api/messages", body);
    if (!result) return;
    if (result.status === 200 || result.status === 201) {
      flash = editing ? "メッセージを保存しました" : `メッセージを登録しました（${jst(result.data.send_at)} に送信）`;
      location.hash = "#/messages";
      return;
    }
    showErrors(form, result.data, fieldOf(from), general);
  });
  $("#test-send", form).addEventListener("click", async () => {
    const { messages, from } = draft();
    sent.textContent = "";
    const result = await api("POST", "/api/messages/test", { messages });
    if (!result) return;
    if (result.status === 200) {
      sent.textContent = `テスト送信しました: ${result.data.sent_to.map((f) => f.display_name).join("、")}`;
      showErrors(form, { errors: [] }, () => null, general);
      general.textContent = "";
    } else {
      showErrors(form, result.data, fieldOf(from), general);
    }
  });

  put(page(), 
    h("h1", { id: "compose-title" }, editing ? "メッセージを編集" : "メッセージ作成"),
    h("div", { class: "split" }, form, h("div", {}, h("h2", {}, "プレビュー"), phone)));
  preview();
  if (target.value) estimate();
}

// --- 配信一覧 ----------------------------------------------------------------------------------
function targetLabel(target, groups) {
  if (target.type === "all") return "全員（一律）";
  if (target.type === "tag") return `タグ: ${target.tag}`;
  return groups.find((g) => g.group_id === target.group_id)?.name || "（削除されたグループ）";
}

// A held message (the month's quota could not take it) is scheduled again at a new time.
function rescheduleForm(message) {
  const id = `reschedule-${message.message_id}`;
  const general = h("p", { class: "error", role: "alert" });
  const form = h("form", { class: "reschedule", novalidate: true },
    field(id, "新しい送信日時", h("input", { type: "datetime-local", step: 60, value: nextFiveMinutes() }), "日本時間"),
    general, h("button", { type: "submit" }, "再予約"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const value = $(`#${id}`).value;
    const time = value.length === 16 ? `${value}:00` : value;
    const result = await api("POST", `/api/messages/${message.message_id}/reschedule`, { send_at: time ? `${time}+09:00` : undefined });
    if (!result) return;
    if (result.status === 200) {
      flash = `再予約しました（${jst(result.data.send_at)} に送信）`;
      return render();
    }
    showErrors(form, result.data, (f) => (f === "send_at" ? id : null), general);
  });
  return form;
}

async function messagesPage() {
  const loaded = await load("/api/messages", "/api/groups");
  if (!loaded) return;
  const [{ messages: listed }, { groups }] = loaded;
  const rows = listed.map((m) => {
    const first = m.messages[0] || {};
    const title = first.type === "text" ? first.text : first.type === "coupon_card" ? `クーポン「${first.title}」` : first.type;
    const counts = m.status === "scheduled"
      ? `対象 ${m.recipient_count ?? 0}人（現在）`
      : `対象 ${m.recipient_count ?? 0}人・送信 ${m.sent_count ?? 0}人・失敗 ${m.failed_count ?? 0}人`;
    return h("li", { dataset: { messageId: m.message_id } },
      h("div", { class: "main" },
        h("span", { class: `badge ${m.status}` }, STATUSES[m.status] || m.status), " ",
        h("strong", {}, title.slice(0, 60)),
        h("div", { class: "meta" }, `${jst(m.send_at)}・${targetLabel(m.target, groups)}`),
        h("div", { class: "counts" }, counts),
        m.coupons.map((c) => h("div", { class: "meta" }, `クーポン「${c.title}」使用 ${c.uses}人`)),
        m.reasons.length ? h("ul", { class: "error", "aria-label": "LINE の理由" }, m.reasons.map((r) => h("li", {}, r))) : null,
        m.needs_attention ? h("p", { class: "error" }, "要確認: 再送できる期限を過ぎた送信があります") : null),
      m.status === "scheduled" ? [
        h("a", { href: `#/compose/${m.message_id}`, "aria-label": `${title.slice(0, 20)}を編集` }, "編集"),
        h("button", { type: "button", class: "danger", onclick: async () => {
          if (!confirm("このメッセージの配信を取り消しますか？")) return;
          const result = await api("POST", `/api/messages/${m.message_id}/cancel`);
          if (!result) return;
          flash = result.status === 200 ? "取り消しました" : result.data.message;
          render();
        } }, "取り消し")] : null,
      m.status === "held" ? rescheduleForm(m) : null);
  });
  put(page(), 
    h("h1", {}, "配信一覧"),
    h("p", { class: "notice", role: "status" }, takeFlash()),
    rows.length ? h("ul", { class: "list", "aria-label": "メッセージ一覧" }, rows) : h("p", {}, "メッセージはまだありません。"),
    h("p", { class: "hint" }, "時刻はすべて日本時間です。"));
}

// --- 顧客 -----------------------------------------------------------------------------------
const customerQuery = { params: {}, cursors: [null] };

async function customersPage() {
  const loaded = await load("/api/groups", "/api/tags");
  if (!loaded) return;
  const [groupsData, tagsData] = loaded;
  const p = customerQuery.params;
  const filters = h("form", { class: "card", "aria-label": "絞り込み" },
    h("div", { class: "filters" },
      field("filter-name", "名前で検索", h("input", { type: "search", value: p.name ?? "" }), "LINE の名前の一部"),
      field("filter-gender", "性別", select([["", "すべて"], ["male", "男性"], ["female", "女性"], ["unknown", "回答しない"]], p.gender ?? "")),
      field("filter-age-min", "年齢（下限）", h("input", { type: "number", min: 0, max: 120, value: p.age_min ?? "" })),
      field("filter-age-max", "年齢（上限）", h("input", { type: "number", min: 0, max: 120, value: p.age_max ?? "" })),
      field("filter-group", "グループ", select([["", "すべて"], ...groupsData.groups.map((g) => [g.group_id, g.name])], p.group_id ?? "")),
      field("filter-tag", "タグ", select([["", "すべて"], ...tagsData.tags.map(({ tag: t }) => [t, t])], p.tag ?? "")),
      field("filter-blocked", "ブロック", select([["", "すべて"], ["false", "友だち"], ["true", "ブロック中"]], p.blocked ?? ""))),
    h("p", { class: "error", role: "alert", id: "filter-error" }),
    h("div", { class: "row" }, h("button", { type: "submit" }, "絞り込む")));
  filters.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = (id) => $(`#${id}`).value.trim() || undefined;
    customerQuery.params = {
      name: value("filter-name"), gender: value("filter-gender"), age_min: value("filter-age-min"),
      age_max: value("filter-age-max"), group_id: value("filter-group"), tag: value("filter-tag"), blocked: value("filter-blocked"),
    };
    customerQuery.cursors = [null];
    render();
  });

  const query = new URLSearchParams({ limit: "50" });
  for (const [key, value] of Object.entries(p)) if (value !== undefined) query.set(key, value);
  const cursor = customerQuery.cursors.at(-1);
  if (cursor) query.set("cursor", cursor);
  const answer = await api("GET", `/api/customers?${query}`);
  if (!answer) return;
  if (answer.status !== 200) {
    put(page(), h("h1", {}, "顧客"), filters);
    const ids = { name: "filter-name", gender: "filter-gender", age_min: "filter-age-min", age_max: "filter-age-max", group_id: "filter-group", tag: "filter-tag", blocked: "filter-blocked" };
    return showErrors(filters, answer.data, (f) => ids[f], $("#filter-error"));
  }
  const shown = answer.data.customers;
  const list = h("ul", { class: "list", "aria-label": "顧客一覧" }, shown.map((c) => h("li", {},
    h("div", { class: "main" },
      h("a", { href: `#/customers/${encodeURIComponent(c.user_id)}` }, c.display_name || c.user_id),
      h("div", { class: "meta" }, [GENDERS[c.gender] || "未回答", c.age !== null && c.age !== undefined ? `${c.age}歳` : "年齢未回答",
        c.blocked ? "ブロック中" : "友だち", ...c.tags.map((t) => `#${t}`)].join("・"))))));
  const pager = h("div", { class: "row" },
    customerQuery.cursors.length > 1 ? h("button", { type: "button", class: "quiet", onclick: () => { customerQuery.cursors.pop(); render(); } }, "前へ") : null,
    answer.data.next_cursor ? h("button", { type: "button", class: "quiet", onclick: () => { customerQuery.cursors.push(answer.data.next_cursor); render(); } }, "次へ") : null);
  put(page(), h("h1", {}, "顧客"), filters,
    shown.length ? list : h("p", {}, "該当するお客様はいません。"), pager);
}

async function customerPage(userId) {
  const loaded = await load(`/api/customers/${encodeURIComponent(userId)}?history_limit=200`, "/api/test-friends");
  if (!loaded) return;
  const [c, friendsData] = loaded;
  const isFriend = friendsData.test_friends.some((f) => f.user_id === c.user_id);
  const toggle = h("button", { type: "button", class: "quiet", onclick: async () => {
    const result = await api(isFriend ? "DELETE" : "PUT", `/api/test-friends/${encodeURIComponent(c.user_id)}`);
    if (!result) return;
    flash = result.status < 300 ? (isFriend ? "テスト送信先から外しました" : "テスト送信先に追加しました") : result.data.message;
    render();
  } }, isFriend ? "テスト送信先から外す" : "テスト送信先に追加");
  const attributes = [
    ["LINE の名前", c.display_name || "—"], ["性別", GENDERS[c.gender] || "未回答"],
    ["年齢", c.age !== null && c.age !== undefined ? `${c.age}歳` : "未回答"],
    ["状態", c.blocked ? "ブロック中" : c.registered ? "登録済み" : "登録途中"],
    ["友だち追加", jst(c.followed_at)], ["登録", jst(c.registered_at)], ["ユーザーID", c.user_id],
  ];
  put(page(), 
    h("p", {}, h("a", { href: "#/customers" }, "← 顧客一覧")),
    h("h1", {}, c.display_name || c.user_id),
    h("p", { class: "notice", role: "status" }, takeFlash()),
    h("div", { class: "split side-first" },
      h("section", { class: "card", "aria-labelledby": "attributes-title" },
        h("h2", { id: "attributes-title" }, "お客様の情報"),
        h("dl", { class: "attrs" }, attributes.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
        h("h2", {}, "タグ"), c.tags.length ? h("p", {}, c.tags.map((t) => `#${t}`).join(" ")) : h("p", {}, "なし"),
        h("div", { class: "row" }, toggle)),
      h("section", { class: "card", "aria-labelledby": "history-title" },
        h("h2", { id: "history-title" }, "履歴（新しい順）"),
        c.history.length ? h("ol", { class: "history" }, [...c.history].reverse().map((e) => h("li", {},
          h("time", { datetime: e.at }, jst(e.at)), h("strong", {}, KINDS[e.kind] || e.kind), " ", e.text)))
          : h("p", {}, "履歴はありません。"))));
}

// --- routing and sign-in ------------------------------------------------------------------------
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

async function render() {
  const session = auth.current();
  if (!session) return showSignIn();
  $("#sign-in").hidden = true;
  $("#local-footer").hidden = !local;
  $("#nav").hidden = false;
  $("#who").hidden = false;
  $("#staff-name").textContent = `${session.name} さん`;
  const [name, id] = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  const titles = { groups: "グループ", compose: "メッセージ作成", messages: "配信一覧", customers: "顧客" };
  const current = titles[name] ? name : "groups";
  for (const link of document.querySelectorAll("#nav a")) {
    if (link.dataset.page === current) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = `${titles[current]} - Kuroge LINE CRM`;
  if (current === "compose") await composePage(id);
  else if (current === "messages") await messagesPage();
  else if (current === "customers") await (id ? customerPage(id) : customersPage());
  else await groupsPage(id);
}

async function start() {
  const config = await (await fetch("/config.json")).json();
  auth.configure(config);
  local = Boolean(config.local);
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
