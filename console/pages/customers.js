// 顧客 (the customer book, 大福帳): the list with its search, filters, 未読 and CSV download, and one
// customer's page: the record, tags, 1:1トーク, notes, the timeline, deletion, and the sections other
// features add (CUSTOMER_SECTIONS).
import {
  $, page, h, put, jst, when, jstInputValue, GENDERS, KINDS,
  api, download, load, showErrors, clearError, field, select, setFlash, takeFlash, render,
} from "/ui.js";
import { CUSTOMER_SECTIONS } from "/pages/customer_sections.js";


// --- 顧客一覧 -------------------------------------------------------------------------------
const customerQuery = { params: {}, cursors: [null] };
const FILTER_IDS = {
  q: "filter-q", gender: "filter-gender", age_min: "filter-age-min", age_max: "filter-age-max",
  group_id: "filter-group", tag: "filter-tag", blocked: "filter-blocked", unread: "filter-unread",
  survey: "filter-survey",  // shown only when アンケート questions exist
};

// The list's filters as query parameters (the CSV export takes the same).
function filterQuery() {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(customerQuery.params)) if (value !== undefined) query.set(key, value);
  return query;
}

// Open the list filtered by one tag (the タグ page links here).
function showCustomersWithTag(tag) {
  customerQuery.params = { tag };
  customerQuery.cursors = [null];
  if (location.hash === "#/customers") render();
  else location.hash = "#/customers";
}

const ageText = (c) => (c.age !== null && c.age !== undefined ? `${c.age}歳` : "年齢未回答");
const stateText = (c) => (c.blocked ? "ブロック中" : c.registered ? "登録済み" : "登録途中");
const shownName = (c) => c.shown_name || c.name || c.display_name || c.user_id;

async function customersPage() {
  const loaded = await load("/api/groups", "/api/tags", "/api/surveys");
  if (!loaded) return;
  const [groupsData, tagsData, surveysData] = loaded;
  const answers = surveysData.questions.flatMap((q) => q.choices.map((c) => [`${q.question_id}:${c}`, `${q.text} ${c}`]));
  const p = customerQuery.params;
  const filters = h("form", { class: "card", "aria-label": "絞り込み" },
    field("filter-q", "名前で検索", h("input", { type: "search", value: p.q ?? "", maxlength: 50 }),
      "氏名・フリガナ・LINE の名前・電話番号の一部"),
    h("div", { class: "filters" },
      field("filter-gender", "性別", select([["", "すべて"], ["male", "男性"], ["female", "女性"], ["unknown", "回答しない"]], p.gender ?? "")),
      field("filter-age-min", "年齢（下限）", h("input", { type: "number", min: 0, max: 120, value: p.age_min ?? "" })),
      field("filter-age-max", "年齢（上限）", h("input", { type: "number", min: 0, max: 120, value: p.age_max ?? "" })),
      field("filter-group", "グループ", select([["", "すべて"], ...groupsData.groups.map((g) => [g.group_id, g.name])], p.group_id ?? "")),
      field("filter-tag", "タグ", select([["", "すべて"], ...tagsData.tags.map(({ tag: t }) => [t, t])], p.tag ?? "")),
      field("filter-blocked", "ブロック", select([["", "すべて"], ["false", "友だち"], ["true", "ブロック中"]], p.blocked ?? "")),
      field("filter-unread", "未読", select([["", "すべて"], ["true", "未読のみ"]], p.unread ?? "")),
      answers.length ? field("filter-survey", "アンケート回答", select([["", "すべて"], ...answers], p.survey ?? "")) : null),
    h("p", { class: "error", role: "alert", id: "filter-error" }),
    h("div", { class: "row" }, h("button", { type: "submit" }, "絞り込む")));
  filters.addEventListener("input", (event) => clearError(event.target));
  filters.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = (id) => $(`#${id}`)?.value.trim() || undefined;
    customerQuery.params = Object.fromEntries(Object.entries(FILTER_IDS).map(([key, id]) => [key, value(id)]));
    customerQuery.cursors = [null];
    render();
  });

  const exportStatus = h("p", { class: "error", role: "alert", id: "export-error" });
  const exportButton = h("button", { type: "button", class: "quiet", onclick: async () => {
    exportButton.disabled = true;
    exportStatus.textContent = "";
    const query = filterQuery().toString();
    const failed = await download(`/api/customers/export${query ? `?${query}` : ""}`, "customers.csv");
    exportButton.disabled = false;
    if (failed) exportStatus.textContent = failed;
  } }, "CSVダウンロード");

  const query = filterQuery();
  query.set("limit", "50");
  const cursor = customerQuery.cursors.at(-1);
  if (cursor) query.set("cursor", cursor);
  const answer = await api("GET", `/api/customers?${query}`);
  if (!answer) return;
  const head = [h("h1", {}, "顧客"), h("p", { class: "notice", role: "status" }, takeFlash()), filters];
  if (answer.status !== 200) {
    put(page(), head);
    return showErrors(filters, answer.data, (f) => FILTER_IDS[f], $("#filter-error"));
  }
  const shown = answer.data.customers;
  const list = h("ul", { class: "list", "aria-label": "顧客一覧" }, shown.map((c) => h("li", { dataset: { userId: c.user_id } },
    h("div", { class: "main" },
      h("a", { href: `#/customers/${encodeURIComponent(c.user_id)}` }, shownName(c)),
      c.unread ? [" ", h("span", { class: "badge unread" }, "未読")] : null,
      h("div", { class: "meta" }, [
        c.name && c.display_name && c.display_name !== c.name ? `LINE: ${c.display_name}` : null,
        GENDERS[c.gender] || "未回答", ageText(c), c.blocked ? "ブロック中" : "友だち", ...c.tags.map((t) => `#${t}`),
      ].filter(Boolean).join("・"))))));
  const pager = h("div", { class: "row" },
    customerQuery.cursors.length > 1 ? h("button", { type: "button", class: "quiet", onclick: () => { customerQuery.cursors.pop(); render(); } }, "前へ") : null,
    answer.data.next_cursor ? h("button", { type: "button", class: "quiet", onclick: () => { customerQuery.cursors.push(answer.data.next_cursor); render(); } }, "次へ") : null);
  put(page(), head,
    h("div", { class: "row spread" },
      h("p", { class: "hint" }, "CSV は絞り込んだお客様全員（全ページ）を書き出します（Excel で開けます）。"),
      exportButton),
    exportStatus,
    shown.length ? list : h("p", {}, "該当するお客様はいません。"), pager);
}


// --- 顧客ページ ------------------------------------------------------------------------------
const TIMELINE_PAGE = 50;
// How far the timeline was read on this customer's page, kept across re-renders after an action.
const timelineView = { userId: null, pages: 1 };
// The conversation of 1:1トーク: messages both ways (the timeline has the rest).
const CHAT_KINDS = new Set(["inbound", "reply", "reply_failed", "staff_message", "push", "delivery", "test_push"]);
const RECORD_FIELDS = [
  ["name", "氏名", "record-name"], ["name_kana", "フリガナ", "record-kana"], ["phone", "電話番号", "record-phone"],
  ["email", "メールアドレス", "record-email"], ["birthday", "誕生日", "record-birthday"], ["memo", "好み・メモ", "record-memo"],
];
const customerPath = (userId) => `/api/customers/${encodeURIComponent(userId)}`;

async function customerPage(userId) {
  const base = customerPath(userId);
  // The customer first: opening them marks their messages read (so the list's 未読 clears).
  const loaded = await load(`${base}?history_limit=200`, "/api/test-friends", `${base}/notes`, "/api/tags");
  if (!loaded) return;
  const [c, friendsData, notesData, tagsData] = loaded;
  if (timelineView.userId !== userId) Object.assign(timelineView, { userId, pages: 1 });
  const timeline = await timelineSection(base);
  if (!timeline) return;

  put(page(),
    h("p", {}, h("a", { href: "#/customers" }, "← 顧客一覧")),
    h("h1", {}, shownName(c)),
    c.name && c.display_name && c.display_name !== c.name ? h("p", { class: "hint" }, `LINE の名前: ${c.display_name}`) : null,
    h("p", { class: "notice", role: "status" }, takeFlash()),
    h("div", { class: "split side-first" },
      h("div", { class: "column" },
        infoSection(c, friendsData), recordSection(c, base), tagsSection(c, base, tagsData.tags)),
      h("div", { class: "column" },
        chatSection(c, base), notesSection(notesData.notes, base), timeline)),
    CUSTOMER_SECTIONS.map((section) => section(c)),
    deleteSection(c, base));  // last: the one action that cannot be undone
}

function infoSection(c, friendsData) {
  const isFriend = friendsData.test_friends.some((f) => f.user_id === c.user_id);
  const toggle = h("button", { type: "button", class: "quiet", onclick: async () => {
    const result = await api(isFriend ? "DELETE" : "PUT", `/api/test-friends/${encodeURIComponent(c.user_id)}`);
    if (!result) return;
    setFlash(result.status < 300 ? (isFriend ? "テスト送信先から外しました" : "テスト送信先に追加しました") : result.data.message);
    render();
  } }, isFriend ? "テスト送信先から外す" : "テスト送信先に追加");
  const attributes = [
    ["LINE の名前", c.display_name || "—"], ["性別", GENDERS[c.gender] || "未回答"],
    ["年齢", c.age !== null && c.age !== undefined ? `${c.age}歳${c.birthday ? "（誕生日から）" : ""}` : "未回答"],
    ["状態", stateText(c)], ["友だち追加", when(c.followed_at)], ["登録", when(c.registered_at)],
    c.blocked ? ["ブロック", when(c.blocked_at)] : null, ["ユーザーID", c.user_id],
  ].filter(Boolean);
  return h("section", { class: "card", "aria-labelledby": "attributes-title" },
    h("h2", { id: "attributes-title" }, "お客様の情報"),
    h("dl", { class: "attrs" }, attributes.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
    h("div", { class: "row" }, toggle));
}

// The record staff keep (PATCH: only the fields changed; an emptied field is cleared).
function recordSection(c, base) {
  const control = (key) => {
    if (key === "memo") return h("textarea", { maxlength: 2000, rows: 4 }, c.memo ?? "");
    if (key === "birthday") return h("input", { type: "date", value: c.birthday ?? "", min: "1900-01-01", max: jstInputValue(new Date()).slice(0, 10) });
    const types = { phone: "tel", email: "email" };
    return h("input", { type: types[key] || "text", value: c[key] ?? "", maxlength: key === "email" ? 254 : 50,
      autocomplete: "off", inputmode: key === "phone" ? "tel" : undefined });
  };
  const hints = { name_kana: "カタカナ（ひらがなも可）", phone: "例: 090-1234-5678", birthday: "入力すると申告の年齢の代わりに使います" };
  const general = h("p", { class: "error", role: "alert", id: "record-error" });
  const form = h("form", { novalidate: true },
    RECORD_FIELDS.map(([key, label, id]) => field(id, label, control(key), hints[key])),
    general,
    h("div", { class: "row" }, h("button", { type: "submit" }, "保存")));
  form.addEventListener("input", (event) => clearError(event.target));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = {};
    for (const [key, , id] of RECORD_FIELDS) {
      const value = key === "memo" ? $(`#${id}`).value : $(`#${id}`).value.trim();
      if (value !== (c[key] ?? "")) body[key] = value === "" ? null : value;
    }
    if (!Object.keys(body).length) { general.textContent = "変更はありません"; return; }
    const result = await api("PATCH", base, body);
    if (!result) return;
    if (result.status === 200) {
      setFlash("お客様の記録を保存しました");
      return render();
    }
    const ids = Object.fromEntries(RECORD_FIELDS.map(([key, , id]) => [key, id]));
    showErrors(form, result.data, (f) => ids[f], general);
  });
  return h("section", { class: "card", "aria-labelledby": "record-title" },
    h("h2", { id: "record-title" }, "お客様の記録"), form);
}

function tagsSection(c, base, catalogue) {
  const general = h("p", { class: "error", role: "alert", id: "tag-form-error" });
  const suggestions = h("datalist", { id: "tag-suggestions" },
    catalogue.filter(({ tag }) => !c.tags.includes(tag)).map(({ tag, count }) => h("option", { value: tag }, `${count}人`)));
  const form = h("form", { class: "inline-form", novalidate: true },
    field("tag-input", "タグを追加", h("input", { type: "text", maxlength: 50, list: "tag-suggestions", autocomplete: "off" }),
      "一覧から選ぶか、新しいタグを入力"),
    suggestions, general,
    h("div", { class: "row" }, h("button", { type: "submit" }, "タグを追加")));
  form.addEventListener("input", (event) => clearError(event.target));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const tag = $("#tag-input").value.trim();
    if (!tag) { showErrors(form, { errors: [{ field: "tag", reason: "タグを入力してください" }] }, () => "tag-input", general); return; }
    const result = await api("PUT", `${base}/tags/${encodeURIComponent(tag)}`);
    if (!result) return;
    if (result.status === 200) {
      setFlash(`タグ「${tag}」を追加しました`);
      return render();
    }
    showErrors(form, result.data, (f) => (f === "tag" ? "tag-input" : null), general);
  });
  const chips = h("ul", { class: "tags", "aria-label": "付いているタグ" }, c.tags.map((tag) => h("li", {},
    h("span", {}, `#${tag}`),
    h("button", { type: "button", class: "chip-remove", "aria-label": `タグ「${tag}」を外す`, title: "外す", onclick: async () => {
      const result = await api("DELETE", `${base}/tags/${encodeURIComponent(tag)}`);
      if (!result) return;
      setFlash(result.status === 200 ? `タグ「${tag}」を外しました` : result.data.message);
      render();
    } }, "×"))));
  return h("section", { class: "card", "aria-labelledby": "tags-title" },
    h("h2", { id: "tags-title" }, "タグ"),
    c.tags.length ? chips : h("p", {}, "タグはありません。"),
    form);
}

function deleteSection(c, base) {
  const general = h("p", { class: "error", role: "alert", id: "delete-error" });
  const button = h("button", { type: "button", class: "danger", onclick: async () => {
    if (!confirm(`「${shownName(c)}」さんのデータ（記録・メモ・タグ・履歴）をすべて削除します。元に戻せません。削除しますか？`)) return;
    button.disabled = true;
    const result = await api("DELETE", base);
    if (!result) return;
    button.disabled = false;
    if (result.status !== 200) { general.textContent = result.data?.message || "削除できませんでした"; return; }
    setFlash(`「${shownName(c)}」さんのデータを削除しました`);
    location.hash = "#/customers";
  } }, "顧客データを削除");
  return h("section", { class: "card", "aria-labelledby": "delete-title" },
    h("h2", { id: "delete-title" }, "顧客データの削除"),
    h("p", { class: "hint" }, "お客様のご依頼などで、記録・メモ・タグ・履歴をすべての表から削除します（配信数・クーポン使用数はそのまま）。"),
    general, h("div", { class: "row" }, button));
}

// 1:1トーク: the conversation (newest 200 entries) and a text reply, pushed now.
function chatSection(c, base) {
  const who = (e) => {
    if (e.kind === "inbound") return "お客様";
    if (e.kind === "staff_message") return `${e.actor || "スタッフ"}（スタッフ）`;
    return KINDS[e.kind] || e.kind;
  };
  const messages = c.history.filter((e) => CHAT_KINDS.has(e.kind));
  const log = h("ol", { class: "chat", id: "chat-log", "aria-label": "会話", tabindex: 0 },
    messages.map((e) => h("li", { class: e.kind === "inbound" ? "theirs" : `ours ${e.kind}` },
      h("div", { class: "sender" }, who(e), " ", when(e.at)),
      h("div", { class: "bubble" }, e.text || "—"))));
  // The newest message in sight, and kept there when the width changes (a phone turned) unless
  // staff scrolled up to read.
  // A scroll event can reach us after the width changed but before the ResizeObserver (scroll
  // events run first in a frame): judged against the new width it would wrongly unpin, so only a
  // scroll at the width last seen counts.
  let pinned = true;
  let width = null;
  log.addEventListener("scroll", () => {
    if (log.clientWidth === width) pinned = log.scrollTop + log.clientHeight >= log.scrollHeight - 4;
  });
  new ResizeObserver(() => {
    width = log.clientWidth;
    if (pinned) log.scrollTop = log.scrollHeight;
  }).observe(log);
  const general = h("p", { class: "error", role: "alert", id: "chat-error" });
  const form = h("form", { novalidate: true },
    field("chat-text", "返信", h("textarea", { maxlength: 5000, rows: 3, disabled: c.blocked }),
      c.blocked ? "ブロック中のため送信できません" : "LINE のテキストメッセージとして今すぐ送ります（送信数に数えます）"),
    general,
    h("div", { class: "row" }, h("button", { type: "submit", disabled: c.blocked }, "送信")));
  form.addEventListener("input", (event) => clearError(event.target));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = $("#chat-text").value;
    if (!text.trim()) {
      showErrors(form, { errors: [{ field: "text", reason: "メッセージを入力してください" }] }, () => "chat-text", general);
      return;
    }
    const submit = form.querySelector("button[type=submit]");
    submit.disabled = true;
    const result = await api("POST", `${base}/messages`, { messages: [{ type: "text", text }] });
    if (!result) return;
    submit.disabled = false;
    if (result.status === 201) {
      setFlash("メッセージを送信しました");
      return render();
    }
    showErrors(form, result.data, (f) => (f.startsWith("messages") ? "chat-text" : null), general);
  });
  return h("section", { class: "card", "aria-labelledby": "chat-title" },
    h("h2", { id: "chat-title" }, "1:1トーク"),
    messages.length ? log : h("p", {}, "まだやり取りはありません。"),
    form);
}

// Notes (メモ): newest first with author and date; added, edited in place, deleted with a confirm.
function notesSection(notes, base) {
  const general = h("p", { class: "error", role: "alert", id: "note-error" });
  const form = h("form", { novalidate: true },
    field("note-text", "新しいメモ", h("textarea", { maxlength: 2000, rows: 3 }), "来店時の会話・近況・好み・案内した商品の反応など"),
    general,
    h("div", { class: "row" }, h("button", { type: "submit" }, "メモを追加")));
  form.addEventListener("input", (event) => clearError(event.target));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const result = await api("POST", `${base}/notes`, { text: $("#note-text").value });
    if (!result) return;
    if (result.status === 201) {
      setFlash("メモを追加しました");
      return render();
    }
    showErrors(form, result.data, (f) => (f === "text" ? "note-text" : null), general);
  });
  const noteItem = (note, index) => {
    const item = h("li", { dataset: { noteId: note.note_id } });
    const path = `${base}/notes/${encodeURIComponent(note.note_id)}`;
    const view = () => put(item,
      h("p", { class: "note-text" }, note.text),
      h("p", { class: "meta" }, `${note.author || "—"}・`, when(note.created_at),
        note.edited_at ? ["（", `${note.edited_by || "—"} が `, when(note.edited_at), " に編集）"] : null),
      h("div", { class: "row" },
        h("button", { type: "button", class: "quiet", "aria-label": `メモ（${jst(note.created_at)}）を編集`, onclick: edit }, "編集"),
        h("button", { type: "button", class: "danger", "aria-label": `メモ（${jst(note.created_at)}）を削除`, onclick: remove }, "削除")));
    async function remove() {
      if (!confirm("このメモを削除しますか？")) return;
      const result = await api("DELETE", path);
      if (!result) return;
      setFlash(result.status === 204 ? "メモを削除しました" : result.data.message);
      render();
    }
    function edit() {
      const id = `note-edit-${index}`;
      const error = h("p", { class: "error", role: "alert" });
      const editor = h("form", { novalidate: true },
        field(id, "メモの内容", h("textarea", { maxlength: 2000, rows: 3 }, note.text)),
        error,
        h("div", { class: "row" },
          h("button", { type: "submit" }, "メモを保存"),
          h("button", { type: "button", class: "quiet", onclick: view }, "キャンセル")));
      editor.addEventListener("submit", async (event) => {
        event.preventDefault();
        const result = await api("PUT", path, { text: $(`#${id}`).value });
        if (!result) return;
        if (result.status === 200) {
          setFlash("メモを保存しました");
          return render();
        }
        showErrors(editor, result.data, (f) => (f === "text" ? id : null), error);
      });
      put(item, editor);
      $(`#${id}`).focus();
    }
    view();
    return item;
  };
  return h("section", { class: "card", "aria-labelledby": "notes-title" },
    h("h2", { id: "notes-title" }, "メモ"),
    form,
    notes.length ? h("ol", { class: "notes", "aria-label": "メモ一覧（新しい順）" }, notes.map(noteItem)) : h("p", {}, "メモはありません。"));
}

// The timeline, in time order (oldest first, as the API pages it): as many pages as were shown.
async function timelineSection(base) {
  const timelinePage = (after) =>
    api("GET", `${base}/timeline?limit=${TIMELINE_PAGE}${after ? `&cursor=${encodeURIComponent(after)}` : ""}`);
  const entries = [];
  let cursor = null;
  for (let i = 0; i < timelineView.pages; i += 1) {
    const answer = await timelinePage(cursor);
    if (!answer) return null;
    if (answer.status !== 200) {
      return h("section", { class: "card", "aria-labelledby": "timeline-title" },
        h("h2", { id: "timeline-title" }, "タイムライン"), h("p", { class: "error", role: "alert" }, answer.data?.message || "読み込めませんでした"));
    }
    entries.push(...answer.data.entries);
    cursor = answer.data.next_cursor;
    if (!cursor) break;
  }
  const entry = (e) => h("li", { class: `kind-${e.kind}` },
    when(e.at),
    h("strong", {}, KINDS[e.kind] || e.kind),
    e.actor ? h("span", { class: "actor" }, `（${e.actor}）`) : null,
    " ", h("span", { class: "entry-text" }, e.text));
  const list = h("ol", { class: "history", "aria-label": "タイムライン（古い順）" }, entries.map(entry));
  const more = h("button", { type: "button", class: "quiet", onclick: async () => {
    more.disabled = true;
    const answer = await timelinePage(cursor);
    if (!answer) return;
    more.disabled = false;
    if (answer.status !== 200) return;
    timelineView.pages += 1;
    list.append(...answer.data.entries.map(entry));
    cursor = answer.data.next_cursor;
    more.hidden = !cursor;
  } }, "続きを表示");
  more.hidden = !cursor;
  return h("section", { class: "card", "aria-labelledby": "timeline-title" },
    h("h2", { id: "timeline-title" }, "タイムライン"),
    h("p", { class: "hint" }, "友だち追加・回答・メッセージ・配信・クーポン使用・メモ・タグ・記録の変更を古い順に"),
    entries.length ? list : h("p", {}, "まだ何もありません。"),
    h("div", { class: "row" }, more));
}

export { customersPage, customerPage, showCustomersWithTag };
