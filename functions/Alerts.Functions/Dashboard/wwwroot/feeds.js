// Feed health (one row per feed) and the app's health summary (storage, queue depths, poison counts).
import { api } from "./api.js";
import { byId, h } from "./dom.js";
import { detailOf } from "./alerts.js";
import { formatNumber, formatRelative, formatTime, t } from "./i18n.js";

let feeds = null;
let feedsError = null;
let health = null;
let healthError = null;

export async function refreshFeeds() {
  const [feedAnswer, healthAnswer] = await Promise.allSettled([api("feeds"), api("health")]);
  for (const answer of [feedAnswer, healthAnswer]) {
    if (answer.status === "rejected" && answer.reason.isAuth) throw answer.reason;
  }

  feeds = feedAnswer.status === "fulfilled" ? (feedAnswer.value.data && feedAnswer.value.data.items) || [] : feeds;
  feedsError = feedAnswer.status === "rejected" ? feedAnswer.reason : null;
  // 503 means "storage unreachable": its body is still the health document.
  const rejected = healthAnswer.status === "rejected" ? healthAnswer.reason : null;
  health = rejected ? (rejected.status === 503 && rejected.data && rejected.data.status ? rejected.data : null) : healthAnswer.value.data;
  healthError = health ? null : rejected;
  render();
}

export function render() {
  byId("feeds-message").textContent = feedsError
    ? t("feedsUnavailable", { detail: detailOf(feedsError) })
    : feeds && feeds.length === 0 ? t("feedsNone") : "";
  const body = byId("feeds").tBodies[0];
  body.replaceChildren(...(feeds || []).map(row));
  byId("health").textContent = health ? healthText(health) : healthError ? t("healthUnavailable", { detail: detailOf(healthError) }) : "";
}

function row(feed) {
  const status = (feed.health && feed.health.status) || (feed.enabled === false ? "disabled" : "pending");
  const state = feed.health || {};
  const success = state.lastSuccess ? `${formatRelative(state.lastSuccess)} (${formatTime(state.lastSuccess)})` : t("never");
  const error = state.lastError ? `${state.lastError}${state.lastFailure ? ` (${formatTime(state.lastFailure)})` : ""}` : "–";
  return h("tr", { class: `feed-${status}` },
    h("th", { scope: "row" }, h("span", { text: feed.name || feed.id }), h("span", { class: "muted small", text: ` ${feed.kind || ""}` })),
    h("td", {}, h("span", { class: `badge feed-status ${status}`, text: t("feed." + status) })),
    h("td", { text: success }),
    h("td", { class: "number", text: formatNumber(state.consecutiveFailures ?? 0, 0) }),
    h("td", { class: "number", text: formatNumber(state.itemsCounted ?? 0, 0) }),
    h("td", { class: "error-text", text: error }));
}

function healthText(doc) {
  const queues = (doc.queues || []).map((q) => t("healthQueue", { name: q.name, depth: q.depth, poison: q.poison })).join(", ") || "–";
  const storage = doc.storage && doc.storage.reachable ? t("reachable", { ms: doc.storage.latencyMs }) : t("unreachableShort");
  return t("healthSummary", { status: t("health." + doc.status), storage, queues });
}
