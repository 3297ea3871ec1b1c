// タグ: the tag catalogue with how many customers carry each tag; rename or delete a tag for every
// customer at once (the API does it customer by customer, each audited and in their timeline).
import { $, page, h, put, api, load, showErrors, clearError, field, setFlash, takeFlash, render } from "/ui.js";
import { showCustomersWithTag } from "/pages/customers.js";

async function tagsPage() {
  const loaded = await load("/api/tags");
  if (!loaded) return;
  const [{ tags }] = loaded;
  const path = (tag) => `/api/tags/${encodeURIComponent(tag)}`;
  const item = ({ tag, count }, index) => {
    const id = `tag-rename-${index}`;
    const general = h("p", { class: "error", role: "alert" });
    const rename = h("form", { class: "rename", novalidate: true, "aria-label": `タグ「${tag}」の名前を変更` },
      field(id, "新しい名前", h("input", { type: "text", maxlength: 50, value: tag, autocomplete: "off" })),
      general,
      h("div", { class: "row" },
        h("button", { type: "submit", "aria-label": `タグ「${tag}」の名前を変更` }, "名前を変更"),
        h("button", { type: "button", class: "danger", "aria-label": `タグ「${tag}」を削除`, onclick: async () => {
          if (!confirm(`タグ「${tag}」を${count}人のお客様全員から外して削除しますか？`)) return;
          const result = await api("DELETE", path(tag));
          if (!result) return;
          setFlash(result.status === 200 ? `タグ「${tag}」を削除しました（${result.data.count}人から外しました）` : result.data.message);
          render();
        } }, "削除")));
    rename.addEventListener("input", (event) => clearError(event.target));
    rename.addEventListener("submit", async (event) => {
      event.preventDefault();
      const name = $(`#${id}`).value.trim();
      if (name === tag) { general.textContent = "新しい名前を入力してください"; return; }
      if (name && !confirm(`タグ「${tag}」を「${name}」に変更します（${count}人のお客様全員）。よろしいですか？`)) return;
      const result = await api("PUT", path(tag), { name });
      if (!result) return;
      if (result.status === 200) {
        setFlash(`タグ「${tag}」を「${name}」に変更しました（${result.data.count}人）`);
        return render();
      }
      showErrors(rename, result.data, (f) => (f === "name" ? id : null), general);
    });
    return h("li", { dataset: { tag } },
      h("div", { class: "main" },
        h("strong", {}, `#${tag}`), " ",
        h("span", { class: "count", "aria-label": `タグ「${tag}」の人数` }, `${count}人`), " ",
        h("button", { type: "button", class: "link", onclick: () => showCustomersWithTag(tag) }, "お客様を表示")),
      rename);
  };
  put(page(),
    h("h1", {}, "タグ"),
    h("p", { class: "notice", role: "status" }, takeFlash()),
    h("p", { class: "hint" }, "タグはお客様のページで付けます。名前の変更と削除は、そのタグが付いたお客様全員に反映されます。"),
    tags.length
      ? h("ul", { class: "list", "aria-label": "タグ一覧" }, tags.map(item))
      : h("p", {}, "タグはまだありません。"));
}

export { tagsPage };
