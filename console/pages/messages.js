// メッセージ作成 and 配信一覧: compose, schedule, test-send, reschedule, cancel.
import {
  $, page, h, put, jst, pad, jstInputValue, nextFiveMinutes, GENDERS, STATUSES, KINDS, ageRange,
  api, load, showErrors, clearError, field, select, setFlash, takeFlash, render,
} from "/ui.js";

// --- メッセージ作成 ---------------------------------------------------------------------------------
async function composePage(messageId) {
  const loaded = await load("/api/groups", "/api/tags", "/api/test-friends", "/api/surveys", ...(messageId ? [`/api/messages/${messageId}`] : []));
  if (!loaded) return;
  const [groupsData, tagsData, friendsData, surveysData, original = null] = loaded;
  const editing = Boolean(original);
  const content = Object.fromEntries((original?.messages || []).map((m) => [m.type, m]));
  const targetValue = original
    ? (original.target.type === "group" ? `group:${original.target.group_id}` : original.target.type === "tag" ? `tag:${original.target.tag}`
      : original.target.type === "survey" ? `survey:${original.target.question_id}:${original.target.choice}` : "all")
    : "";
  const target = h("select", {},
    h("option", { value: "" }, "選択してください"),
    h("optgroup", { label: "グループ" }, groupsData.groups.map((g) =>
      h("option", { value: `group:${g.group_id}`, selected: targetValue === `group:${g.group_id}` }, g.name))),
    h("option", { value: "all", selected: targetValue === "all" }, "全員（一律）"),
    tagsData.tags.length ? h("optgroup", { label: "タグ" }, tagsData.tags.map(({ tag: t }) =>
      h("option", { value: `tag:${t}`, selected: targetValue === `tag:${t}` }, `タグ: ${t}`))) : null,
    surveysData.questions.map((q) => h("optgroup", { label: `アンケート: ${q.text}` }, q.choices.map((c) =>
      h("option", { value: `survey:${q.question_id}:${c}`, selected: targetValue === `survey:${q.question_id}:${c}` }, `${q.text} ${c}`)))));
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
    if (value.startsWith("survey:")) {
      const [, question_id, ...choice] = value.split(":");
      return { type: "survey", question_id, choice: choice.join(":") };
    }
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
      setFlash(editing ? "メッセージを保存しました" : `メッセージを登録しました（${jst(result.data.send_at)} に送信）`);
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
  if (target.type === "survey") return `アンケート回答: ${target.choice}`;
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
      setFlash(`再予約しました（${jst(result.data.send_at)} に送信）`);
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
          setFlash(result.status === 200 ? "取り消しました" : result.data.message);
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
export { composePage, messagesPage };
