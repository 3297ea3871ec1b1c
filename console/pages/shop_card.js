// ショップカード on one customer's page: the rank, the points (by store) and a form to award
// points (店舗, ポイント, 理由) through POST /api/customers/{id}/points.
import { $, h, put, api, showErrors, clearError, field, setFlash, render } from "/ui.js";

const FIELDS = { store_id: "points-store", points: "points-amount", reason: "points-reason" };

function shopCardSection(c) {
  const card = c.shop_card || { points: 0, rank_label: "レギュラー", visits: 0, by_store: {} };
  const storeSelect = h("select", {}, h("option", { value: "" }, "読み込み中…"));
  const byStore = h("ul", { class: "by-store" });
  const general = h("p", { class: "error", role: "alert", id: "points-form-error" });
  const form = h("form", { class: "points-form", novalidate: true, "aria-label": "ポイント付与" },
    h("div", { class: "pair" },
      field("points-store", "店舗", storeSelect),
      field("points-amount", "ポイント", h("input", { type: "number", min: 1, max: 100, inputmode: "numeric", value: 1 }))),
    field("points-reason", "理由", h("input", { maxlength: 100, placeholder: "例: ご来店（レシート確認）" })),
    general,
    h("div", { class: "row" }, h("button", { type: "submit" }, "ポイントを付与")));
  form.addEventListener("input", (event) => clearError(event.target));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const amount = $("#points-amount").value.trim();
    const body = { store_id: $("#points-store").value, points: amount === "" ? null : Number(amount), reason: $("#points-reason").value };
    if (body.points === null) delete body.points;
    const result = await api("POST", `/api/customers/${encodeURIComponent(c.user_id)}/points`, body);
    if (!result) return;
    if (result.status !== 201) return showErrors(form, result.data, (f) => FIELDS[f], general);
    const up = result.data.rank_up;
    setFlash(`${body.points}ポイントを付与しました（合計${result.data.shop_card.points}ポイント）` +
      (up ? `。${up.rank_label}ランクに昇格し、特典クーポンを${up.pushed ? "送信しました" : "送信できませんでした（次回再送します）"}` : ""));
    render();
  });
  api("GET", "/api/stores").then((answer) => {
    if (!answer || answer.status !== 200) return;
    const stores = answer.data.stores;
    put(storeSelect, stores.map((s) => h("option", { value: s.store_id }, s.name)));
    const names = Object.fromEntries(stores.map((s) => [s.store_id, s.name]));
    put(byStore, Object.entries(card.by_store || {}).map(([id, points]) => h("li", {}, `${names[id] || id}: ${points}ポイント`)));
  });
  const next = card.next_rank ? `あと${card.points_to_next}ポイントで${card.next_rank_label}ランク` : "最高ランクです";
  return h("section", { class: "card shop-card", "aria-labelledby": "shop-card-title" },
    h("h2", { id: "shop-card-title" }, "ショップカード"),
    h("p", { class: "shop-card-summary" },
      h("strong", { id: "shop-card-rank" }, `${card.rank_label}ランク`), " ",
      h("span", { id: "shop-card-points" }, `${card.points}ポイント`), `・来店${card.visits}回`),
    h("p", { class: "hint" }, next),
    byStore,
    form);
}

export { shopCardSection };
