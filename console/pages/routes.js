// 流入経路: entry routes (a name, the keyword the QR code types for the customer, the tag they get),
// how many customers arrived by each, their QR codes and the account's add-friend QR, printable.
import {
  $, page, h, put, api, load, deleteButton, showErrors, clearError, field, setFlash, takeFlash, render,
} from "/ui.js";

let localStack = null;  // config.json's `local`: the LINE emulator is on this origin
async function isLocal() {
  if (localStack === null) {
    localStack = await fetch("/config.json").then((r) => r.json()).then((c) => Boolean(c.local)).catch(() => false);
  }
  return localStack;
}

// Print one QR code (or all of them: `only` null): the others are left off the paper.
function printQr(only) {
  const blocks = [...document.querySelectorAll(".qr-block")];
  for (const block of blocks) block.classList.toggle("print-skip", only !== null && block !== only);
  window.print();
  for (const block of blocks) block.classList.remove("print-skip");
}

function qrFigure(src, alt, caption, hint) {
  return h("figure", { class: "qr-card" },
    h("img", { src, alt, width: 180, height: 180 }),
    h("figcaption", {}, h("strong", {}, caption), hint ? h("span", { class: "qr-hint" }, hint) : null));
}

function friendCard(account) {
  if (!account.basic_id) {
    return h("p", { class: "notice", role: "note" },
      "LINE の Basic ID（LINE_BASIC_ID、AWS では -c line_basic_id=@…）が設定されていないため、QRコードを表示できません。");
  }
  const block = h("section", { class: "card qr-block", "aria-labelledby": "friend-qr-title" },
    h("h2", { id: "friend-qr-title", class: "no-print" }, "友だち追加QR"),
    qrFigure(account.friend_qr, "友だち追加のQRコード", "友だち追加", `LINE で読み取って友だち追加（${account.basic_id}）`),
    h("div", { class: "row no-print" },
      h("button", { type: "button", class: "quiet", onclick: () => printQr(block) }, "友だち追加QRを印刷")));
  return block;
}

function routeItem(route, local) {
  const item = h("li", { class: "qr-block" },
    h("div", { class: "main" },
      h("strong", {}, route.name),
      h("div", { class: "meta" }, `キーワード「${route.keyword}」・タグ「${route.tag}」`)),
    h("span", { class: "count", "aria-label": `${route.name}の人数` }, `${route.arrivals}人`),
    route.qr
      ? qrFigure(route.qr, `${route.name}のQRコード`, route.name, `読み取ると「${route.keyword}」が入力されたトークが開きます`)
      : null,
    h("div", { class: "row no-print" },
      route.qr ? h("button", { type: "button", class: "quiet", "aria-label": `${route.name}のQRコードを印刷`, onclick: () => printQr(item) }, "印刷") : null,
      local ? h("a", { href: `/emulator/?text=${encodeURIComponent(route.keyword)}`, target: "_blank", rel: "noopener", "aria-label": `${route.name}をエミュレーターで読み取る` }, "エミュレーターで読み取る") : null,
      h("a", { href: `#/routes/${route.route_id}`, "aria-label": `${route.name}を編集` }, "編集"),
      deleteButton(`流入経路「${route.name}」を削除しますか？（お客様に付いたタグは残ります）`, `/api/routes/${route.route_id}`,
        `「${route.name}」を削除しました`, { "aria-label": `${route.name}を削除` })));
  return item;
}

function routeForm(editing) {
  const general = h("p", { class: "error", role: "alert", id: "route-form-error" });
  const form = h("form", { class: "card no-print", novalidate: true, "aria-labelledby": "route-form-title" },
    h("h2", { id: "route-form-title" }, editing ? `流入経路を編集: ${editing.name}` : "流入経路を作成"),
    field("route-name", "経路名", h("input", { maxlength: 30, value: editing?.name ?? "", placeholder: "例: セミナー" })),
    field("route-keyword", "キーワード", h("input", { maxlength: 30, value: editing?.keyword ?? "", placeholder: "例: セミナー参加" }),
      "QRコードを読み取ると、この言葉が入力された状態でトークが開きます"),
    field("route-tag", "タグ", h("input", { maxlength: 50, value: editing?.tag ?? "", placeholder: "例: セミナー経由" }),
      "キーワードを送ったお客様に付けるタグ"),
    general,
    h("div", { class: "row" },
      h("button", { type: "submit" }, editing ? "保存" : "作成"),
      editing ? h("a", { href: "#/routes" }, "キャンセル") : null));
  form.addEventListener("input", (event) => clearError(event.target));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { name: $("#route-name").value, keyword: $("#route-keyword").value, tag: $("#route-tag").value };
    const result = editing
      ? await api("PUT", `/api/routes/${editing.route_id}`, body)
      : await api("POST", "/api/routes", body);
    if (!result) return;
    if (result.status === 200 || result.status === 201) {
      setFlash(editing ? `「${result.data.name}」を保存しました` : `「${result.data.name}」を作成しました`);
      return editing ? (location.hash = "#/routes") : render();
    }
    const ids = { name: "route-name", keyword: "route-keyword", tag: "route-tag" };
    showErrors(form, result.data, (f) => ids[f], general);
  });
  return form;
}

async function routesPage(editId) {
  const [loaded, local] = await Promise.all([load("/api/routes"), isLocal()]);
  if (!loaded) return;
  const [{ account, routes }] = loaded;
  const editing = routes.find((r) => r.route_id === editId);
  const list = h("ul", { class: "list routes", "aria-label": "流入経路一覧" }, routes.map((r) => routeItem(r, local)));
  put(page(),
    h("h1", { class: "no-print" }, "流入経路"),
    h("p", { class: "notice no-print", role: "status" }, takeFlash()),
    h("div", { class: "split" },
      h("div", {},
        routes.length ? list : h("p", {}, "流入経路はまだありません。右のフォームから作成できます。"),
        routes.some((r) => r.qr)
          ? h("div", { class: "row no-print" }, h("button", { type: "button", class: "quiet", onclick: () => printQr(null) }, "すべてのQRコードを印刷"))
          : null),
      h("div", {}, routeForm(editing), friendCard(account))));
}

export { routesPage };
