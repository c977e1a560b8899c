// Open alerts, newest first, with Acknowledge / Snooze / Resolve. Cards are created once per alert and updated in
// place on every refresh, so a focused button or a chosen snooze duration survives the 30-second auto-refresh.
import { api } from "./api.js";
import { announce, byId, h } from "./dom.js";
import { formatNumber, formatRelative, formatTime, t } from "./i18n.js";
import { askReviewer } from "./reviewer.js";

const snoozeMinutes = [15, 60, 240, 1440];
const cards = new Map(); // alert id -> { el, parts, alert }
let items = [];
let loadError = null;
let linked = null; // an alert named by #alert= that is not open (e.g. resolved): shown anyway
let onChanged = () => {};

export function onAlertChanged(callback) {
  onChanged = callback;
}

export async function refreshAlerts() {
  try {
    const { data } = await api("alerts?state=open");
    items = (data && data.items) || [];
    loadError = null;
  } catch (error) {
    loadError = error;
    if (!error.isAuth) byId("alerts-message").textContent = t("alertsUnavailable", { detail: detailOf(error) });
    throw error;
  }

  render();
}

/** Re-renders from the last answer (after a language switch). */
export function render() {
  const list = byId("alerts");
  const shown = linked && !items.some((a) => a.id === linked.id) ? [...items, linked] : items;
  const keep = new Set(shown.map((a) => a.id));
  const focusWasInside = [...cards.entries()].find(([id, card]) => !keep.has(id) && card.el.contains(document.activeElement));
  for (const [id, card] of cards) {
    if (!keep.has(id)) {
      card.el.remove();
      cards.delete(id);
    }
  }

  shown.forEach((alert, index) => {
    let card = cards.get(alert.id);
    if (!card) {
      card = createCard(alert);
      cards.set(alert.id, card);
    }

    card.alert = alert;
    update(card, linked && alert.id === linked.id && !items.some((a) => a.id === alert.id));
    if (list.children[index] !== card.el) list.insertBefore(card.el, list.children[index] || null);
  });

  if (focusWasInside) byId("alerts-heading").focus();
  byId("alerts-message").textContent = loadError ? t("alertsUnavailable", { detail: detailOf(loadError) }) : items.length === 0 ? t("alertsNone") : "";
}

/** #alert={id}: scrolls to that alert, highlights and focuses it; fetches it when it is not among the open ones. */
export async function showLinkedAlert() {
  const id = new URLSearchParams(location.hash.slice(1)).get("alert");
  for (const card of cards.values()) card.el.classList.remove("highlight");
  if (!id) return;
  if (!cards.has(id)) {
    try {
      const { data } = await api("alerts/" + encodeURIComponent(id));
      linked = data;
      render();
    } catch (error) {
      if (error.isAuth) throw error;
      announce(t("alertsUnavailable", { detail: detailOf(error) }), true);
      return;
    }
  }

  const card = cards.get(id);
  if (!card) return;
  card.el.classList.add("highlight");
  const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  card.el.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
  card.el.focus({ preventScroll: true });
}

function createCard(alert) {
  const id = alert.id;
  const titleId = `alert-${id}-title`;
  const parts = {
    topic: h("span", { class: "alert-topic" }),
    signal: h("span", { class: "signal" }),
    linkedLabel: h("span", { class: "badge linked" }),
    state: h("span", { class: "badge state" }),
    severity: h("span", { class: "badge severity" }),
    undeliverable: h("span", { class: "badge warn" }),
    escalated: h("span", { class: "badge" }),
    observed: fact(),
    lift: fact(),
    since: fact(),
    window: fact(),
    acknowledgedBy: fact(),
    snoozedUntil: fact(),
    snoozeSelect: h("select", { id: `alert-${id}-snooze` }),
    snoozeLabel: h("label", { for: `alert-${id}-snooze` }),
    acknowledge: h("button", { type: "button", class: "primary", "aria-describedby": titleId }),
    snooze: h("button", { type: "button", "aria-describedby": titleId }),
    resolve: h("button", { type: "button", "aria-describedby": titleId }),
    permalink: h("a", { class: "permalink", href: `#alert=${encodeURIComponent(id)}` }),
  };
  for (const minutes of snoozeMinutes) parts.snoozeSelect.append(h("option", { value: minutes }));
  parts.snoozeSelect.value = "60";

  const card = { parts, alert };
  parts.acknowledge.addEventListener("click", () => act(card, "acknowledge", {}, parts.acknowledge));
  parts.snooze.addEventListener("click", () => act(card, "snooze", { minutes: Number(parts.snoozeSelect.value) }, parts.snooze));
  parts.resolve.addEventListener("click", () => act(card, "resolve", {}, parts.resolve));

  card.el = h("li", { class: "alert", id: `alert-${id}`, tabindex: "-1", "aria-labelledby": titleId, "data-alert-id": id },
    h("div", { class: "alert-head" },
      h("h3", { id: titleId }, parts.topic, " · ", parts.signal),
      h("span", { class: "badges" }, parts.linkedLabel, parts.state, parts.severity, parts.escalated, parts.undeliverable)),
    h("dl", { class: "facts" }, parts.observed.el, parts.lift.el, parts.since.el, parts.window.el, parts.acknowledgedBy.el, parts.snoozedUntil.el),
    h("div", { class: "actions" },
      parts.acknowledge,
      h("span", { class: "snooze" }, parts.snoozeLabel, parts.snoozeSelect, parts.snooze),
      parts.resolve,
      parts.permalink));
  return card;
}

function fact() {
  const dt = h("dt");
  const dd = h("dd");
  return { el: h("div", {}, dt, dd), dt, dd };
}

function setFact(f, label, value) {
  f.el.hidden = value === null || value === undefined || value === "";
  f.dt.textContent = label;
  f.dd.textContent = value ?? "";
}

function update(card, isLinked) {
  const { parts, alert, el } = card;
  el.className = `alert state-${alert.state} severity-${alert.severity}` + (el.classList.contains("highlight") ? " highlight" : "");
  parts.topic.textContent = alert.topicName || alert.topicId;
  parts.signal.textContent = t("signal." + alert.signal);
  parts.linkedLabel.hidden = !isLinked;
  parts.linkedLabel.textContent = t("linkedAlert");
  parts.state.textContent = t("state." + alert.state);
  parts.severity.textContent = t("severity." + alert.severity);
  parts.undeliverable.hidden = !alert.undeliverable;
  parts.undeliverable.textContent = "⚠ " + t("undeliverable");
  parts.escalated.hidden = !alert.escalated;
  parts.escalated.textContent = t("escalated");
  setFact(parts.observed, t("observedVsExpected"), t("observedValue", { observed: formatNumber(alert.observed), expected: formatNumber(alert.expected) }));
  setFact(parts.lift, t("lift"), "×" + formatNumber(alert.lift));
  setFact(parts.since, t("since"), `${formatRelative(alert.openedAt)} (${formatTime(alert.openedAt)})`);
  setFact(parts.window, t("window"), `${formatTime(alert.windowStart)} – ${formatTime(alert.windowEnd)}`);
  setFact(parts.acknowledgedBy, t("acknowledgedBy"), alert.acknowledgedBy);
  setFact(parts.snoozedUntil, t("snoozedUntil"), alert.state === "snoozed" && alert.snoozedUntil ? formatTime(alert.snoozedUntil) : null);

  parts.snoozeLabel.textContent = t("snoozeFor");
  [...parts.snoozeSelect.options].forEach((option) => {
    const minutes = Number(option.value);
    option.textContent = minutes < 60 ? t("minutes", { n: minutes }) : t("hours", { n: minutes / 60 });
  });
  parts.acknowledge.textContent = t("acknowledge");
  parts.snooze.textContent = t("snooze");
  parts.resolve.textContent = t("resolve");
  parts.permalink.textContent = t("permalink");

  const open = alert.state !== "resolved";
  setEnabled(card, parts.acknowledge, alert.state === "firing" || alert.state === "snoozed");
  setEnabled(card, parts.snooze, open);
  setEnabled(card, parts.resolve, open);
  parts.snoozeSelect.disabled = !open;
}

/** A focused button that becomes disabled would drop focus to <body>: keep it on the card instead. */
function setEnabled(card, button, enabled) {
  const hadFocus = document.activeElement === button;
  button.disabled = !enabled;
  if (hadFocus && !enabled) card.el.focus({ preventScroll: true });
}

async function act(card, action, extra, button) {
  const label = button.textContent;
  const by = await askReviewer();
  if (!by) return;
  // Disabling the focused button drops focus to <body> (focus fixup): put it back when the answer is in.
  const hadFocus = document.activeElement === button;
  button.disabled = true;
  try {
    const { data } = await api(`alerts/${encodeURIComponent(card.alert.id)}/${action}`, { method: "POST", body: { by, ...extra } });
    if (data && data.id) {
      items = items.map((a) => (a.id === data.id ? { ...a, ...data } : a));
      if (linked && linked.id === data.id) linked = { ...linked, ...data };
      if (!data.state || data.state === "resolved") items = items.filter((a) => a.id !== data.id);
    }

    render();
    const alert = data || card.alert;
    announce(t("actionDone", { action: label, topic: alert.topicName || alert.topicId, signal: t("signal." + alert.signal), state: t("state." + alert.state) }));
    onChanged();
  } catch (error) {
    // The key read the page, so a 403 here is the read-only key.
    announce(error.status === 403 ? t("readOnlyKey") : t("actionFailed", { action: label, detail: detailOf(error) }), true);
    if (cards.has(card.alert.id)) update(card, false);
  } finally {
    if (hadFocus && (!document.activeElement || document.activeElement === document.body)) {
      const target = !cards.has(card.alert.id) ? byId("alerts-heading") : button.disabled ? card.el : button;
      target.focus({ preventScroll: true });
    }
  }
}

export function detailOf(error) {
  if (error.status === 404 && !error.isProblem) return t("notFound");
  return error.status === 0 ? error.message : `${error.message} (HTTP ${error.status})`;
}
