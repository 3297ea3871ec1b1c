// 統計: counters kept as events happen (GET /api/stats/...), drawn as inline SVG by the small
// chart helpers below (no library). Every chart has a text fallback (title, numbers in a table or
// labels) so it reads without colours too; the page works at 390 px (charts scale to the width).
import { h, put, page, load, api } from "/ui.js";

const SVG = "http://www.w3.org/2000/svg";
const COLORS = { followed: "#06c755", blocked: "#c62828", visits: "#1a73e8", points: "#b8860b", quota: "#5c6670" };
const STAGES = [["followed", "友だち追加"], ["answered_gender", "性別を回答"], ["registered", "登録完了"]];
const RANKS = { regular: "レギュラー", silver: "シルバー", gold: "ゴールド" };

// s("rect", {x: 1}, children): an SVG element.
function s(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) element.setAttribute(name, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined) continue;
    element.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
  }
  return element;
}

const number = (n) => (n === null || n === undefined ? "—" : Number(n).toLocaleString("ja-JP"));
const percent = (r) => (r === null || r === undefined ? "—" : `${(r * 100).toFixed(1)}%`);

function niceMax(value) {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= value);
}

// Vertical bars: `rows` [{label, values: {series: n}}], `series` [[key, label]]; an optional
// horizontal `line` {value, label} (the quota). Scales to the container's width.
function barChart(title, rows, series, { line = null, labelEvery = 1 } = {}) {
  const width = 640, height = 240, left = 44, bottom = 28, top = 12;
  const plotW = width - left - 8, plotH = height - top - bottom;
  const highest = Math.max(0, line?.value ?? 0, ...rows.flatMap((r) => series.map(([k]) => r.values[k] || 0)));
  const max = niceMax(highest);
  const slot = plotW / Math.max(rows.length, 1);
  const barW = Math.max(1, (slot * 0.8) / series.length);
  const y = (v) => top + plotH - (v / max) * plotH;
  const grid = [0, 0.5, 1].map((f) => [
    s("line", { x1: left, x2: width - 8, y1: y(max * f), y2: y(max * f), stroke: "#d8dde2" }),
    s("text", { x: left - 4, y: y(max * f) + 4, "text-anchor": "end", "font-size": 13, fill: "#5c6670" }, number(max * f)),
  ]);
  const bars = rows.map((row, i) => [
    ...series.map(([key, label], j) => {
      const v = row.values[key] || 0;
      return s("rect", {
        x: left + i * slot + slot * 0.1 + j * barW, y: y(v), width: barW, height: Math.max(0, y(0) - y(v)),
        fill: COLORS[key] || "#06c755", "data-series": key,
      }, s("title", {}, `${row.label} ${label}: ${number(v)}`));
    }),
    i % labelEvery === 0
      ? s("text", { x: left + i * slot + slot / 2, y: height - 10, "text-anchor": "middle", "font-size": 13, fill: "#1f2328" }, row.label)
      : null,
  ]);
  const limit = line && line.value
    ? [s("line", { x1: left, x2: width - 8, y1: y(line.value), y2: y(line.value), stroke: COLORS.quota, "stroke-dasharray": "6 4", "stroke-width": 2 }),
       s("text", { x: width - 10, y: y(line.value) - 4, "text-anchor": "end", "font-size": 13, fill: COLORS.quota }, line.label)]
    : [];
  const figure = h("figure", { class: "chart" },
    s("svg", { class: "bars", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title },
      s("title", {}, title), grid, bars, limit),
    legend(series));
  // On a phone the chart scrolls sideways inside its card: show the newest days first.
  requestAnimationFrame(() => { figure.scrollLeft = figure.scrollWidth; });
  return figure;
}

// Horizontal bars: a label, a bar (an SVG of its own, stretched to the row) and the number, one grid
// row each, so the text keeps its size at any width. The funnel, group sizes, repeat rate, ranks.
function hBars(title, rows, { color = "#06c755", note = () => "" } = {}) {
  const max = niceMax(Math.max(0, ...rows.map((r) => r.value)));
  return h("figure", { class: "chart hbars", role: "img", "aria-label": title },
    rows.map((row) => [
      h("span", {}, row.label),
      h("span", { class: "bar" },
        s("svg", { viewBox: "0 0 100 10", preserveAspectRatio: "none", "aria-hidden": "true" },
          s("rect", { x: 0, y: 0, width: Math.max((100 * row.value) / max, 0.5), height: 10, rx: 1, fill: color, "data-value": row.value })),
        h("span", { class: "value" }, `${number(row.value)}${note(row)}`)),
    ]));
}

function legend(series) {
  if (series.length < 2) return null;
  return h("figcaption", { class: "legend" }, series.map(([key, label]) =>
    h("span", {}, s("svg", { viewBox: "0 0 10 10", width: 12, height: 12, "aria-hidden": "true" },
      s("rect", { width: 10, height: 10, rx: 2, fill: COLORS[key] || "#06c755" })), label)));
}

function table(headers, rows, kind = "") {
  return h("div", { class: "table-wrap" },
    h("table", { class: `stats ${kind}`.trim() },
      h("thead", {}, h("tr", {}, headers.map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, rows.map((cells) => h("tr", {}, cells.map((c, i) => (i === 0 ? h("th", { scope: "row" }, c) : h("td", {}, c))))))));
}

function friendsSection(friends) {
  const out = h("div", {});
  const from = h("input", { type: "date", id: "friends-from", value: friends.from });
  const to = h("input", { type: "date", id: "friends-to", value: friends.to });
  const error = h("p", { class: "error", role: "alert" });
  const draw = (data) => {
    const rows = data.days.map((d) => ({ label: d.date.slice(5).replace("-", "/"), values: d }));
    put(out,
      h("p", {}, `${data.from} 〜 ${data.to}: 友だち追加 ${number(data.followed)}人 / ブロック ${number(data.blocked)}人`),
      barChart("友だち追加・ブロック数（日別）", rows, [["followed", "友だち追加"], ["blocked", "ブロック"]],
        { labelEvery: Math.max(1, Math.ceil(rows.length / 8)) }));
  };
  const form = h("form", { class: "pair range" },
    h("div", {}, h("label", { for: "friends-from" }, "開始日"), from),
    h("div", {}, h("label", { for: "friends-to" }, "終了日"), to),
    h("button", { type: "submit", class: "quiet" }, "表示"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const answer = await api("GET", `/api/stats/friends?from=${from.value}&to=${to.value}`);
    if (!answer) return;
    if (answer.status !== 200) {
      error.textContent = answer.data?.errors?.[0]?.reason || answer.data?.message || "表示できませんでした";
      return;
    }
    error.textContent = "";
    draw(answer.data);
  });
  draw(friends);
  return h("section", { class: "card", "aria-labelledby": "friends-title" },
    h("h2", { id: "friends-title" }, "友だち追加・ブロック（日別）"), form, error, out);
}

function funnelSection(funnel) {
  const top = funnel.followed || 0;
  const rows = STAGES.map(([key, label]) => ({ label, value: funnel[key] || 0 }));
  return h("section", { class: "card", "aria-labelledby": "funnel-title" },
    h("h2", { id: "funnel-title" }, "登録ファネル"),
    hBars("登録ファネル", rows, { note: (r) => (top ? `人（${percent(r.value / top)}）` : "人") }));
}

function groupsSection(groups) {
  return h("section", { class: "card", "aria-labelledby": "groups-title" },
    h("h2", { id: "groups-title" }, "グループの人数"),
    groups.length
      ? hBars("グループの人数", groups.map((g) => ({ label: g.name, value: g.member_count })), { note: () => "人" })
      : h("p", {}, "グループはまだありません"));
}

function messagesSection(perMonth) {
  const quota = perMonth.quota || {};
  const rows = perMonth.months.map((m) => ({ label: m.month.slice(2).replace("-", "/"), values: m }));
  const limit = quota.type === "limited" ? quota.limit : null;
  const text = quota.unavailable
    ? quota.unavailable
    : quota.type === "limited"
      ? `今月の上限 ${number(quota.limit)}通、使用済み ${number(quota.used)}通、残り ${number(quota.remaining)}通`
      : `今月の使用済み ${number(quota.used)}通（上限なし）`;
  return h("section", { class: "card", "aria-labelledby": "messages-title" },
    h("h2", { id: "messages-title" }, "配信数（月別）と上限"),
    h("p", {}, text),
    barChart("配信数（月別）", rows, [["messages", "配信数"]],
      { line: limit ? { value: limit, label: `上限 ${number(limit)}` } : null, labelEvery: rows.length > 12 ? 2 : 1 }));
}

function resultsSection(results) {
  return h("section", { class: "card", "aria-labelledby": "results-title" },
    h("h2", { id: "results-title" }, "メッセージ別の効果"),
    results.length
      ? table(["メッセージ", "配信数", "クーポン使用", "使用率", "24時間以内のブロック", "来店"],
        results.map((m) => [
          h("a", { href: `#/messages` }, m.summary || m.message_id), number(m.recipients),
          m.has_coupon ? number(m.coupon_uses) : "—", m.has_coupon ? percent(m.use_rate) : "—",
          number(m.blocks_24h), number(m.visits),
        ]))
      : h("p", {}, "配信済みのメッセージはまだありません"));
}

function visitsSection(visits, stores) {
  // store ids (ginza) shown as the stores' names (銀座店); an id no longer configured as itself
  const name = Object.fromEntries(stores.map((s) => [s.store_id, s.name]));
  const label = (id) => name[id] || id;
  const series = visits.stores.map((store) => [store, label(store)]);
  const rows = visits.months.map((m) => ({
    label: m.month.slice(2).replace("-", "/"),
    values: Object.fromEntries(visits.stores.map((s) => [s, m.stores[s]?.visits || 0])),
  }));
  const palette = ["#1a73e8", "#06c755", "#b8860b", "#8e24aa", "#ef6c00"];
  visits.stores.forEach((store, i) => { COLORS[store] = palette[i % palette.length]; });
  const points = visits.months.map((m) => [m.month, ...visits.stores.flatMap((s) => [number(m.stores[s]?.visits || 0), number(m.stores[s]?.points || 0)])]);
  const order = Object.keys(RANKS);
  const place = (rank) => (order.includes(rank) ? order.indexOf(rank) : order.length);
  const ranks = Object.entries(visits.ranks).sort(([a], [b]) => place(a) - place(b) || a.localeCompare(b))
    .map(([rank, n]) => ({ label: RANKS[rank] || rank, value: n }));
  return [
    h("section", { class: "card", "aria-labelledby": "visits-title" },
      h("h2", { id: "visits-title" }, "店舗別の来店・ポイント（月別）"),
      visits.stores.length
        ? [barChart("店舗別の来店数（月別）", rows, series, { labelEvery: rows.length > 12 ? 2 : 1 }),
           table(["月", ...visits.stores.flatMap((s) => [`${label(s)} 来店`, `${label(s)} ポイント`])], points, "by-month")]
        : h("p", {}, "来店の記録はまだありません")),
    h("section", { class: "card", "aria-labelledby": "repeat-title" },
      h("h2", { id: "repeat-title" }, "リピート率"),
      h("p", { class: "count", id: "repeat-rate" }, percent(visits.repeat_rate)),
      h("p", {}, `来店したお客様 ${number(visits.visited)}人のうち、2回以上来店 ${number(visits.repeat)}人`),
      hBars("リピート率", [{ label: "1回以上来店", value: visits.visited }, { label: "2回以上来店", value: visits.repeat }], { note: () => "人", color: "#1a73e8" })),
    h("section", { class: "card", "aria-labelledby": "ranks-title" },
      h("h2", { id: "ranks-title" }, "ランク分布"),
      ranks.length ? hBars("ランク分布", ranks, { note: () => "人", color: "#b8860b" }) : h("p", {}, "ランクの記録はまだありません")),
  ];
}

async function statsPage() {
  const loaded = await load(
    "/api/stats/funnel", "/api/stats/friends", "/api/stats/groups", "/api/stats/messages",
    "/api/stats/message_results", "/api/stats/visits", "/api/stores",
  );
  if (!loaded) return;
  const [funnel, friends, groups, perMonth, results, visits, stores] = loaded;
  put(page(),
    h("h1", {}, "統計"),
    friendsSection(friends),
    funnelSection(funnel),
    groupsSection(groups.groups),
    messagesSection(perMonth),
    resultsSection(results.messages),
    visitsSection(visits, stores.stores));
}

export { statsPage };
