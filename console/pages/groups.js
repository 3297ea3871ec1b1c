// グループ: the non-overlapping groups by gender and age range.
import {
  $, page, h, put, jst, pad, jstInputValue, nextFiveMinutes, GENDERS, STATUSES, KINDS, ageRange,
  api, load, deleteButton, showErrors, clearError, field, select, setFlash, takeFlash, render,
} from "/ui.js";

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
      setFlash(editing ? `「${result.data.name}」を保存しました` : `「${result.data.name}」を作成しました`);
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
    setFlash([made.length ? `${made.length}件作成しました` : "標準の6グループはすべて作成済みです", ...refused].join("／"));
    render();
  } }, "標準の6グループを作成");

  const list = h("ul", { class: "list", "aria-label": "グループ一覧" }, groups.map((g) => h("li", {},
    h("div", { class: "main" }, h("strong", {}, g.name),
      h("div", { class: "meta" }, `${GENDERS[g.gender]}・${ageRange(g)}`)),
    h("span", { class: "count", "aria-label": `${g.name}の人数` }, `${g.member_count}人`),
    h("a", { href: `#/groups/${g.group_id}`, "aria-label": `${g.name}を編集` }, "編集"),
    deleteButton(`グループ「${g.name}」を削除しますか？`, `/api/groups/${g.group_id}`, `「${g.name}」を削除しました`,
      { "aria-label": `${g.name}を削除` }))));

  put(page(), 
    h("h1", {}, "グループ"),
    h("p", { class: "notice", role: "status" }, takeFlash()),
    h("div", { class: "split" },
      h("div", {}, groups.length ? list : h("p", {}, "グループはまだありません。"),
        h("div", { class: "row" }, standard), standardStatus),
      form));
}
export { groupsPage };
