// 店舗: the stores and each register's QR code of the day (it changes at midnight JST: print it
// each morning). Scanning it opens the chat with 「来店 <店舗> <コード>」, which gives 1 point.
import { h, put, page, load, jstDate } from "/ui.js";

async function storesPage() {
  const loaded = await load("/api/stores");
  if (!loaded) return;
  const [{ stores }] = loaded;
  const codes = await load(...stores.map((s) => `/api/stores/${encodeURIComponent(s.store_id)}/qr`));
  if (!codes) return;
  put(page(),
    h("h1", {}, "店舗"),
    h("p", { class: "hint no-print" },
      "レジに置く本日のQRコードです。お客様が読み取ると、LINE のトークに「来店」のメッセージが入力され、送信すると1ポイント（1店舗1日1回）が付きます。",
      "コードは毎日0時（日本時間）に変わります。毎朝印刷してください。"),
    h("p", { class: "row no-print" }, h("button", { type: "button", onclick: () => window.print() }, "印刷")),
    h("div", { class: "stores" }, stores.map((s, i) => {
      const qr = codes[i];
      const image = h("img", { class: "register-qr", alt: `${s.name} の本日のQRコード`, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr.svg)}` });
      return h("section", { class: "card store", "aria-labelledby": `store-${s.store_id}` },
        h("h2", { id: `store-${s.store_id}` }, s.name),
        h("dl", { class: "attrs" },
          h("dt", {}, "住所"), h("dd", {}, s.address),
          h("dt", {}, "営業時間"), h("dd", {}, s.hours),
          s.phone ? [h("dt", {}, "電話"), h("dd", {}, s.phone)] : null),
        h("figure", { class: "qr" }, image,
          h("figcaption", {}, `${jstDate(qr.date)} 当日のみ有効・レジでお読み取りください`),
          h("code", { class: "qr-text" }, qr.text)));
    })));
}

export { storesPage };
