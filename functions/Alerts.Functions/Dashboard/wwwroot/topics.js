// Each topic's last 24 hours: the observed mentions per bucket as bars split by emotion (negative / neutral /
// positive), the detector's expected value as a dashed line and spikes as triangles. Chart.js (window.Chart,
// bundled from npm at build time) draws on a canvas; the canvas carries a text summary for screen readers.
import { api } from "./api.js";
import { byId, h } from "./dom.js";
import { detailOf } from "./alerts.js";
import { formatClock, formatNumber, t } from "./i18n.js";

// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
const colors = { negative: "#D55E00", neutral: "#999999", positive: "#009E73", expected: "#0072B2", spike: "#E69F00" };
const panels = new Map(); // topic id -> { el, title, canvas, summary, message, chart, topic, series }
let topics = [];
let loadError = null;

export async function refreshTopics() {
  try {
    const { data } = await api("topics");
    topics = (data && data.items) || [];
    loadError = null;
  } catch (error) {
    loadError = error;
    showMessage();
    throw error;
  }

  showMessage();
  layout();
  await Promise.all(topics.map((topic) => refreshSeries(panels.get(topic.id))));
}

/** Re-labels from the last answers (after a language switch). */
export function render() {
  showMessage();
  for (const panel of panels.values()) draw(panel);
}

function showMessage() {
  byId("topics-message").textContent = loadError ? t("topicsUnavailable", { detail: detailOf(loadError) }) : topics.length === 0 ? t("topicsNone") : "";
}

function layout() {
  const container = byId("topics");
  const keep = new Set(topics.map((topic) => topic.id));
  for (const [id, panel] of panels) {
    if (!keep.has(id)) {
      panel.chart?.destroy();
      panel.el.remove();
      panels.delete(id);
    }
  }

  topics.forEach((topic, index) => {
    let panel = panels.get(topic.id);
    if (!panel) {
      const titleId = `topic-${topic.id}-title`;
      panel = { title: h("h3", { id: titleId }), canvas: h("canvas", { role: "img" }), summary: h("p", { class: "summary" }), message: h("p", { class: "muted" }) };
      panel.box = h("div", { class: "chart-box", hidden: true }, panel.canvas);
      panel.el = h("article", { class: "topic", "aria-labelledby": titleId, "data-topic-id": topic.id },
        panel.title, panel.box, panel.summary, panel.message);
      panels.set(topic.id, panel);
    }

    panel.topic = topic;
    if (container.children[index] !== panel.el) container.insertBefore(panel.el, container.children[index] || null);
  });
}

async function refreshSeries(panel) {
  try {
    const { data } = await api(`topics/${encodeURIComponent(panel.topic.id)}/series?hours=24`);
    panel.series = data;
    panel.error = null;
  } catch (error) {
    if (error.isAuth) throw error;
    panel.error = error;
  }

  draw(panel);
}

function draw(panel) {
  const { topic, series } = panel;
  panel.title.textContent = topic.name + (topic.enabled === false ? ` (${t("disabled")})` : "");
  panel.message.textContent = panel.error ? t("seriesUnavailable", { detail: detailOf(panel.error) }) : "";
  // No series yet (or an app without the series endpoint): no empty chart frame, just the message.
  panel.box.hidden = !series || !window.Chart;
  if (panel.box.hidden) return;

  const points = series.points || [];
  const spikeCount = points.filter((p) => p.spikes && p.spikes.length > 0).length;
  const sum = (name) => points.reduce((total, p) => total + (p[name] || 0), 0);
  const summary = t("chartSummary", {
    mentions: formatNumber(sum("mentions"), 0), negative: formatNumber(sum("negative"), 0),
    positive: formatNumber(sum("positive"), 0), neutral: formatNumber(sum("neutral"), 0), spikes: spikeCount,
  });
  panel.summary.textContent = summary;
  panel.canvas.setAttribute("aria-label", t("chartLabel", { topic: topic.name, summary }));

  const labels = points.map((p) => formatClock(new Date(p.start)));
  const datasets = [
    bars(t("chartNegative"), points.map((p) => p.negative || 0), colors.negative),
    bars(t("chartNeutral"), points.map((p) => p.neutral || 0), colors.neutral),
    bars(t("chartPositive"), points.map((p) => p.positive || 0), colors.positive),
    {
      type: "line", label: t("chartExpected"), stack: "expected", order: 1, data: points.map((p) => p.expected ?? null),
      borderColor: colors.expected, backgroundColor: colors.expected, borderDash: [6, 4], borderWidth: 2, pointRadius: 0, spanGaps: false,
    },
    {
      type: "line", label: t("chartSpike"), stack: "spikes", order: 0, showLine: false,
      data: points.map((p) => (p.spikes && p.spikes.length > 0 ? p.mentions : null)),
      pointStyle: "triangle", pointRadius: 7, pointHoverRadius: 9, backgroundColor: colors.spike, borderColor: "#000000", borderWidth: 1,
    },
  ];

  if (panel.chart) {
    panel.chart.data.labels = labels;
    panel.chart.data.datasets.forEach((dataset, i) => Object.assign(dataset, datasets[i]));
    panel.chart.update("none");
    return;
  }

  panel.chart = new window.Chart(panel.canvas, {
    type: "bar",
    data: { labels, datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { stacked: true, ticks: { autoSkip: true, maxTicksLimit: 8, maxRotation: 0 }, grid: { display: false } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
      },
      plugins: {
        legend: { position: "bottom", labels: { boxWidth: 12 } },
        tooltip: {
          callbacks: {
            label: (item) => {
              if (item.dataset.stack !== "spikes") return `${item.dataset.label}: ${formatNumber(item.parsed.y)}`;
              const spikes = (panel.series.points[item.dataIndex] || {}).spikes || [];
              return `${item.dataset.label}: ${spikes.map((s) => t("signal." + s)).join(", ")}`;
            },
          },
        },
      },
    },
  });
}

function bars(label, data, color) {
  return { type: "bar", label, stack: "observed", order: 2, data, backgroundColor: color, borderWidth: 0, barPercentage: 1, categoryPercentage: 1 };
}
