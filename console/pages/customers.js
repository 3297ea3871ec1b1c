// 顧客: the customer list with its filters, and one customer's page.
import {
  $, page, h, put, jst, pad, jstInputValue, nextFiveMinutes, GENDERS, STATUSES, KINDS, ageRange,
  api, load, showErrors, clearError, field, select, setFlash, takeFlash, render,
} from "/ui.js";
import { CUSTOMER_SECTIONS } from "/pages/customer_sections.js";


// --- 顧客 -----------------------------------------------------------------------------------
const customerQuery = { params: {}, cursors: [null] };

async function customersPage() {
  const loaded = await load("/api/groups", "/api/tags", "/api/surveys");
  if (!loaded) return;
  const [groupsData, tagsData, surveysData] = loaded;
  const answers = surveysData.questions.flatMap((q) => q.choices.map((c) => [`${q.question_id}:${c}`, `${q.text} ${c}`]));
  const p = customerQuery.params;
  const filters = h("form", { class: "card", "aria-label": "絞り込み" },
    h("div", { class: "filters" },
      field("filter-name", "名前で検索", h("input", { type: "search", value: p.name ?? "" }), "LINE の名前の一部"),
      field("filter-gender", "性別", select([["", "すべて"], ["male", "男性"], ["female", "女性"], ["unknown", "回答しない"]], p.gender ?? "")),
      field("filter-age-min", "年齢（下限）", h("input", { type: "number", min: 0, max: 120, value: p.age_min ?? "" })),
      field("filter-age-max", "年齢（上限）", h("input", { type: "number", min: 0, max: 120, value: p.age_max ?? "" })),
      field("filter-group", "グループ", select([["", "すべて"], ...groupsData.groups.map((g) => [g.group_id, g.name])], p.group_id ?? "")),
      field("filter-tag", "タグ", select([["", "すべて"], ...tagsData.tags.map(({ tag: t }) => [t, t])], p.tag ?? "")),
      field("filter-blocked", "ブロック", select([["", "すべて"], ["false", "友だち"], ["true", "ブロック中"]], p.blocked ?? "")),
      answers.length ? field("filter-survey", "アンケート回答", select([["", "すべて"], ...answers], p.survey ?? "")) : null),
    h("p", { class: "error", role: "alert", id: "filter-error" }),
    h("div", { class: "row" }, h("button", { type: "submit" }, "絞り込む")));
  filters.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = (id) => $(`#${id}`).value.trim() || undefined;
    customerQuery.params = {
      name: value("filter-name"), gender: value("filter-gender"), age_min: value("filter-age-min"),
      age_max: value("filter-age-max"), group_id: value("filter-group"), tag: value("filter-tag"), blocked: value("filter-blocked"),
      survey: $("#filter-survey") ? value("filter-survey") : undefined,
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
    const ids = { name: "filter-name", gender: "filter-gender", age_min: "filter-age-min", age_max: "filter-age-max", group_id: "filter-group", tag: "filter-tag", blocked: "filter-blocked", survey: "filter-survey" };
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
    setFlash(result.status < 300 ? (isFriend ? "テスト送信先から外しました" : "テスト送信先に追加しました") : result.data.message);
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
          : h("p", {}, "履歴はありません。"))),
    CUSTOMER_SECTIONS.map((section) => section(c)));
}
export { customersPage, customerPage };
