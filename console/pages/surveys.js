// アンケート: the questions the bot asks (one at a time, choices as quick replies), and each
// customer's answers on their page (a CUSTOMER_SECTIONS entry).
import { $, page, h, put, jst, api, load, deleteButton, showErrors, clearError, field, setFlash, takeFlash, render } from "/ui.js";

const FIELDS = { text: "survey-text", choices: "survey-choices", position: "survey-position", active: "survey-active" };

async function surveysPage(editId) {
  const loaded = await load("/api/surveys");
  if (!loaded) return;
  const [{ questions }] = loaded;
  const editing = questions.find((q) => q.question_id === editId);
  const general = h("p", { class: "error", role: "alert" });
  const active = h("input", { type: "checkbox", checked: editing ? editing.active : true });
  const form = h("form", { class: "card", novalidate: true, "aria-labelledby": "survey-form-title" },
    h("h2", { id: "survey-form-title" }, editing ? "質問を編集" : "質問を追加"),
    field("survey-text", "質問", h("input", { maxlength: 80, value: editing?.text ?? "", placeholder: "好きな部位は?" })),
    field("survey-choices", "選択肢（1行に1つ、2〜13個、各20文字まで）",
      h("textarea", { rows: 5, placeholder: "サーロイン\nヒレ\nロース" }, (editing?.choices ?? []).join("\n"))),
    field("survey-position", "順番（小さい順に聞きます）", h("input", { type: "number", min: 0, max: 999, inputmode: "numeric", value: editing?.position ?? questions.length })),
    h("div", { class: "field" },
      h("label", { class: "inline", for: "survey-active" }, active, " 回答を受け付ける"),
      h("p", { class: "error", id: "survey-active-error", "data-for": "survey-active" })),
    general,
    h("div", { class: "row" },
      h("button", { type: "submit" }, editing ? "保存" : "追加"),
      editing ? h("a", { href: "#/surveys" }, "キャンセル") : null));
  active.id = "survey-active";
  form.addEventListener("input", (event) => clearError(event.target));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const position = $("#survey-position").value.trim();
    const body = {
      text: $("#survey-text").value,
      choices: $("#survey-choices").value.split("\n").map((c) => c.trim()).filter(Boolean),
      position: position === "" ? 0 : Number(position),
      active: active.checked,
    };
    const result = editing
      ? await api("PUT", `/api/surveys/${editing.question_id}`, body)
      : await api("POST", "/api/surveys", body);
    if (!result) return;
    if (result.status === 200 || result.status === 201) {
      setFlash(`「${result.data.text}」を保存しました`);
      return editing ? (location.hash = "#/surveys") : render();
    }
    showErrors(form, result.data, (f) => FIELDS[f.split("[")[0]], general);
  });

  const list = h("ol", { class: "list" }, questions.map((q) => h("li", {},
    h("div", { class: "main" },
      h("strong", {}, q.text), q.active ? null : h("span", { class: "badge" }, " 受付停止"),
      h("div", { class: "meta" }, q.choices.join(" / ")),
      h("div", { class: "meta" }, `順番 ${q.position}・更新 ${jst(q.updated_at || q.created_at)}`)),
    h("a", { href: `#/surveys/${q.question_id}` }, "編集"),
    deleteButton(`「${q.text}」を削除しますか?（お客様の回答は残ります）`, `/api/surveys/${q.question_id}`,
      `「${q.text}」を削除しました`))));
  put(page(),
    h("h1", {}, "アンケート"),
    h("p", { class: "notice", role: "status" }, takeFlash()),
    h("p", { class: "hint" }, "登録が終わったお客様に、お礼のあと1問ずつ聞きます。「アンケート」と送ると続きから答えられます。"),
    h("div", { class: "split" },
      h("section", { "aria-labelledby": "questions-title" },
        h("h2", { id: "questions-title" }, "質問一覧"),
        questions.length ? list : h("p", {}, "質問はまだありません。")),
      form));
}

// The customer's answers, below their information (console/pages/customer_sections.js).
function surveySection(customer) {
  const answers = customer.survey || {};
  const body = h("div", {}, h("p", {}, "読み込み中…"));
  api("GET", "/api/surveys").then((result) => {
    if (!result || result.status !== 200) return put(body, h("p", {}, "アンケートを読み込めませんでした"));
    const rows = result.data.questions.map((q) => [q.text, answers[q.question_id] || "未回答"]);
    const known = new Set(result.data.questions.map((q) => q.question_id));
    for (const [id, choice] of Object.entries(answers)) if (!known.has(id)) rows.push([`（削除された質問 ${id}）`, choice]);
    put(body, rows.length
      ? h("dl", { class: "attrs", id: "survey-answers" }, rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]))
      : h("p", {}, "質問はまだありません。"));
  });
  return h("section", { class: "card", "aria-labelledby": "survey-title" }, h("h2", { id: "survey-title" }, "アンケート"), body);
}

export { surveysPage, surveySection };
